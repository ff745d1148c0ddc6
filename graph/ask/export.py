"""Write the whole graph, provenance included, as Turtle, N-Triples, JSON-LD or RDF/XML.

Output is deterministic: blank nodes (the owl:Axiom nodes that carry provenance, RDF lists) are
relabelled by RDF Dataset Canonicalization (RDFC-1.0, as implemented by Oxigraph) and triples are
written in sorted order, so the same sources always give the same bytes. Turtle is written by
rdflib (which groups each subject's triples and nests blank nodes, in sorted order); the other
formats by Oxigraph, which keeps the sorted input order (rdflib's JSON-LD and RDF/XML writers do
not, and its "pretty" RDF/XML drops assertions on blank nodes that are also list cells).
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from graph.errors import UnsupportedFormatError
from graph.load.store import oxigraph_store
from graph.namespaces import PREFIXES

EXPORT_FORMATS = {
    "ttl": None,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
}
"""Export format names (as the CLI takes them) and the Oxigraph format for each (Turtle: rdflib)."""


def canonical_triples(graph: Graph) -> list[ox.Triple]:
    """Return the default-graph triples of ``graph`` with canonical blank nodes, sorted."""
    dataset = ox.Dataset(oxigraph_store(graph).quads_for_pattern(None, None, None, ox.DefaultGraph()))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return sorted((quad.triple for quad in dataset), key=str)


def export(graph: Graph, format_name: str) -> bytes:
    """Serialise all of ``graph`` in ``format_name`` (one of :data:`EXPORT_FORMATS`)."""
    if format_name not in EXPORT_FORMATS:
        raise UnsupportedFormatError(format_name, list(EXPORT_FORMATS))
    triples = canonical_triples(graph)
    oxigraph_format = EXPORT_FORMATS[format_name]
    if oxigraph_format is not None:
        return ox.serialize(triples, format=oxigraph_format, prefixes=PREFIXES) or b""
    output = Graph()
    for prefix, namespace in PREFIXES.items():
        output.bind(prefix, namespace, override=True, replace=True)
    for triple in triples:
        output.add((_from_ox(triple.subject), _from_ox(triple.predicate), _from_ox(triple.object)))
    return output.serialize(format="turtle", encoding="utf-8")


def _from_ox(term: object) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"unexpected term in the graph: {term!r}")
