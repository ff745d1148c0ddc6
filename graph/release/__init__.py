"""The release: Radix as the ontology tools of the field read it (``radix release -o DIR``).

ODK-shaped artefacts built from the asserted graph, never from hand-edited copies: the full ontology
with the import modules merged under one header (``radix.owl``), Radix's own axioms (``radix-base.owl``),
the OBO flat file (``radix.obo``), OBO Graphs JSON (``radix.json``), the SSSOM mapping set, a dated
version IRI, and release notes that diff the release against the previous one. :mod:`~graph.release.views`
adds the class-level view (each entity also an ``owl:Class``) that OBO tools walk; see docs/release.md.
"""

from __future__ import annotations
