"""Radix: a sourced clinical knowledge graph of spinal nerve root disorders.

The package is cut along the way data flows, one room per stage::

    ontology/ files --load--> store --+--> ask      (SPARQL, named queries, export, KGX)
                                      +--> check    (SHACL, quality checks, OWL RL, coverage)
                                      +--> explore  (networkx projection, traversals, search,
                                      |              reading findings and phenopackets, localisation)
                                      +--> release  (OWL full/base with a class view, OBO, OBO Graphs,
                                                     SSSOM, release notes)
    the store, frozen --> serve (killable query workers, guard, cache) --> web (Flask, HTTP)
    cli: the `radix` command, calling the rooms above

Why this cut: each room answers one question a newcomer asks ("where do triples come from?", "how
do I query?", "is the data right?", "how are related conditions found?", "how is an untrusted query
kept from hurting the server?", "where is the HTTP code?"), and the dependencies only point down the
flow. The knowledge rooms (``load``, ``ask``, ``check``, ``explore``, ``release``) never import ``serve`` or
``web``; only ``web`` imports Flask; ``tests/test_layers.py`` fails when either rule is broken.
The modules left at the top are the ones every room shares: ``errors`` (the exception hierarchy),
``namespaces`` (every IRI spelled once), ``paths`` (where the data folders are), and ``cli``.
"""

from __future__ import annotations

__version__ = "0.1.0"
