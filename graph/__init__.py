"""Radix: a sourced clinical knowledge graph of spinal nerve root disorders.

Data flows one way: the files in ``ontology/`` are loaded into a store (rdflib over Oxigraph), which
answers SPARQL, validation checks and the networkx projection; the CLI (``graph.cli``) and the HTTP
server (``server.py``) sit on top.
"""

from __future__ import annotations

__version__ = "0.1.0"
