"""Read the class-level content of a full release into OBO-shaped records, for the OBO and OBO Graphs writers.

One :class:`Stanza` per class or object property whose IRI the Radix prefix map can compress: its
label, definition (with the references that support it), synonyms, cross-references, comments, named
superclasses / super-properties, existential restrictions (``relationship:``), SKOS mappings, and
deprecation. Individuals and axiom annotations have no place in OBO; they stay in ``radix.owl``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from graph.namespaces import CONVERTER, PREFIXES
from graph.release.views import value

OIO = "http://www.geneontology.org/formats/oboInOwl#"
DEFINITIONS = ("http://www.w3.org/2004/02/skos/core#definition", "http://purl.obolibrary.org/obo/IAO_0000115")
MAPPINGS = tuple(
    "http://www.w3.org/2004/02/skos/core#" + name
    for name in ("exactMatch", "closeMatch", "broadMatch", "narrowMatch", "relatedMatch")
)


@dataclass
class Stanza:
    """One OBO term or typedef."""

    id: str
    iri: str
    kind: str  # "Term" or "Typedef"
    name: str = ""
    definition: str = ""
    definition_xrefs: list[str] = field(default_factory=list)
    synonyms: list[tuple[str, str]] = field(default_factory=list)  # (scope, text)
    xrefs: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    is_a: list[str] = field(default_factory=list)
    relationships: list[tuple[str, str]] = field(default_factory=list)  # (property id, filler id)
    mappings: list[tuple[str, str]] = field(default_factory=list)  # (skos predicate CURIE, object CURIE)
    deprecated: bool = False
    replaced_by: list[str] = field(default_factory=list)


def _rows(store: ox.Store, query: str) -> list[ox.QuerySolution]:
    answer = store.query(query, prefixes=PREFIXES)
    if not isinstance(answer, ox.QuerySolutions):
        raise TypeError("expected a SELECT query")
    return list(answer)


def compress(iri: str) -> str | None:
    """Return the CURIE of ``iri`` in the Radix prefix map, or None."""
    return CONVERTER.compress(iri)


def read_stanzas(store: ox.Store) -> list[Stanza]:
    """Return the terms and typedefs of the full release in ``store``, sorted by id."""
    stanzas: dict[str, Stanza] = {}
    for kind, owl_type in (("Term", "owl:Class"), ("Typedef", "owl:ObjectProperty")):
        for row in _rows(store, f"SELECT ?x WHERE {{ ?x a {owl_type} FILTER(isIRI(?x)) }}"):
            iri = value(row["x"])
            curie = compress(iri)
            if curie and iri not in stanzas:
                stanzas[iri] = Stanza(curie, iri, kind)
    _annotations(store, stanzas)
    _parents(store, stanzas)
    return sorted(stanzas.values(), key=lambda stanza: (stanza.kind != "Term", stanza.id))


def _annotations(store: ox.Store, stanzas: dict[str, Stanza]) -> None:
    sources: dict[str, list[str]] = defaultdict(list)
    for row in _rows(
        store,
        """SELECT ?x ?source WHERE { ?axiom owl:annotatedSource ?x ; owl:annotatedProperty skos:definition ;
             dcterms:source ?source }""",
    ):
        source = compress(value(row["source"]))
        if source:
            sources[value(row["x"])].append(source)
    for quad in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
        stanza = stanzas.get(value(quad.subject)) if isinstance(quad.subject, ox.NamedNode) else None
        if stanza is None:
            continue
        predicate, target, text = value(quad.predicate), quad.object, value(quad.object)
        if predicate == "http://www.w3.org/2000/01/rdf-schema#label" and not stanza.name:
            stanza.name = text
        elif predicate in DEFINITIONS and not stanza.definition:
            stanza.definition = text
            stanza.definition_xrefs = sorted(set(sources.get(stanza.iri, [])))
        elif predicate == OIO + "hasExactSynonym":
            stanza.synonyms.append(("EXACT", text))
        elif predicate == OIO + "hasRelatedSynonym":
            stanza.synonyms.append(("RELATED", text))
        elif predicate == OIO + "hasDbXref":
            stanza.xrefs.append(text)
        elif predicate == "http://www.w3.org/2000/01/rdf-schema#comment":
            stanza.comments.append(text)
        elif predicate in MAPPINGS and isinstance(target, ox.NamedNode) and compress(text):
            stanza.mappings.append((compress(predicate) or predicate, compress(text) or text))
        elif predicate == "http://www.w3.org/2002/07/owl#deprecated" and text == "true":
            stanza.deprecated = True
        elif predicate == "http://purl.obolibrary.org/obo/IAO_0100001" and compress(text):
            stanza.replaced_by.append(compress(text) or text)
    for stanza in stanzas.values():
        stanza.synonyms.sort()
        stanza.xrefs.sort()
        stanza.comments.sort()
        stanza.mappings.sort()


def _parents(store: ox.Store, stanzas: dict[str, Stanza]) -> None:
    for row in _rows(
        store, "SELECT ?x ?y WHERE { { ?x rdfs:subClassOf ?y } UNION { ?x rdfs:subPropertyOf ?y } FILTER(isIRI(?y)) }"
    ):
        stanza, parent = stanzas.get(value(row["x"])), stanzas.get(value(row["y"]))
        if stanza and parent:
            stanza.is_a.append(parent.id)
    for row in _rows(
        store,
        """SELECT ?x ?p ?y WHERE {
             ?x rdfs:subClassOf [ a owl:Restriction ; owl:onProperty ?p ; owl:someValuesFrom ?y ] .
             FILTER(isIRI(?y)) }""",
    ):
        stanza = stanzas.get(value(row["x"]))
        prop, filler = stanzas.get(value(row["p"])), stanzas.get(value(row["y"]))
        if stanza and prop and filler:
            stanza.relationships.append((prop.id, filler.id))
    for stanza in stanzas.values():
        stanza.is_a = sorted(set(stanza.is_a))
        stanza.relationships = sorted(set(stanza.relationships))
