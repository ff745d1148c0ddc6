"""Project the graph to networkx for traversals: entities as nodes, sourced assertions as edges.

The projection is a ``networkx.MultiDiGraph``:

* one node per Radix entity (its IRI), with ``label``, ``types`` (Radix class local names),
  ``synonyms`` and ``definition``, and for a spinal root its ``segment`` (``radix:segmentIndex``: C2 is 2,
  T1 is 9, S1 is 26), so that neighbouring roots can be told;
* one edge per asserted triple whose predicate is a Radix object property or ``skos:broader``,
  from subject to object (asserted: stated with an ``owl:Axiom``; the super-property triples a served
  store has materialised, :mod:`graph.load.entail`, are left out, since each repeats a sourced edge),
  **keyed by the predicate IRI**, carrying ``predicate``, the provenance of
  the assertion (``sources``, ``evidence``), its frequency words (``frequency``, ``share_of_cases``),
  ``contested``, ``contests`` (the contest groups), ``consensus`` (true when an axiom is in its
  group's consensus variant), ``sequence``, and ``contexts``: one dict of qualifiers per distinct
  context among its axioms
  (``{"laterality": "bilateral"}``, ``{"site": "tarsal_tunnel"}``, ``{}`` for an unqualified axiom,
  which makes the edge hold unconditionally); values are local names. Qualifier semantics for
  traversals are in :mod:`graph.explore.context`;
* mapping edges (``skos:exactMatch`` ...) to external terms, whose nodes carry the external label,
  when ``include_mappings`` is true;
* ``G.graph["words"]``: for each predicate IRI, the words that read an edge forwards and backwards
  ("innervated by root" / "supplies muscle"), for telling a path in words;
* ``G.graph["distal"]``: for each lesion site, the sites distal to it (``radix:distalTo``, closed
  transitively), so a traversal can say whether a nerve lesion reaches a branch;
* ``G.graph["superclasses"]``: for each Radix class (local name), itself and its Radix superclasses;
* ``G.graph["measurements"]``: every number of ``ontology/numbers/`` as a dict (``id``, ``measure``,
  ``subject``, ``target``, ``value``, ``ci_low``, ``ci_high``, ``sources``), for consumers that turn
  numbers into probabilities. Measurements and contest groups are not nodes: they describe
  statements and numbers, and a path through them would link a test to every condition measured.

Edge direction is the triple's direction (a muscle points to its root); traversals that ignore
direction use ``G.to_undirected(as_view=True)``.
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx
import pyoxigraph as ox
from rdflib import Graph

from graph.ask.sparql import select
from graph.load.qualifiers import QUALIFIERS
from graph.load.store import oxigraph_store
from graph.namespaces import BASE

_NODES = """
SELECT ?entity ?label ?type ?synonym ?definition ?segment WHERE {
  ?entity a owl:NamedIndividual ; rdfs:label ?label .
  FILTER(STRSTARTS(STR(?entity), "https://w3id.org/radix/"))
  FILTER NOT EXISTS {
    ?entity a ?described . VALUES ?described { radix:Reference radix:Measurement radix:ContestedFact }
  }
  OPTIONAL { ?entity a ?type . FILTER(STRSTARTS(STR(?type), "https://w3id.org/radix/")) }
  OPTIONAL { ?entity oboInOwl:hasExactSynonym ?synonym . }
  OPTIONAL { ?entity skos:definition ?definition . }
  OPTIONAL { ?entity radix:segmentIndex ?segment . }
}
"""

_EDGES = """
SELECT ?s ?p ?o ?axiom ?source ?evidence ?frequency ?share ?contest ?consensus ?sequence WHERE {
  { ?s ?p ?o . ?p a owl:ObjectProperty . FILTER(STRSTARTS(STR(?p), "https://w3id.org/radix/")) }
  UNION { ?s skos:broader ?o . BIND(skos:broader AS ?p) }
  FILTER(isIRI(?o) && STRSTARTS(STR(?s), "https://w3id.org/radix/") && STRSTARTS(STR(?o), "https://w3id.org/radix/"))
  ?axiom owl:annotatedSource ?s ; owl:annotatedProperty ?p ; owl:annotatedTarget ?o .
  OPTIONAL { ?axiom dcterms:source ?source . }
  OPTIONAL { ?axiom obo:RO_0002558 ?evidence . }
  OPTIONAL { ?axiom radix:frequency ?frequency . }
  OPTIONAL { ?axiom radix:shareOfCases ?share . }
  OPTIONAL { ?axiom radix:inContest ?contest . }
  OPTIONAL { ?axiom radix:consensus ?consensus . }
  OPTIONAL { ?axiom radix:sequenceIndex ?sequence . }
}
"""

_QUALIFIERS = """
SELECT ?axiom ?q ?v WHERE {
  ?axiom owl:annotatedSource ?s ; ?q ?v .
  ?q radix:qualifierKey ?key .
}
"""

_DISTAL = """SELECT ?site ?proximal WHERE { ?site radix:distalTo+ ?proximal }"""

_SUPERCLASSES = """
SELECT ?class ?super WHERE {
  ?class a owl:Class ; rdfs:subClassOf* ?super .
  FILTER(STRSTARTS(STR(?class), "https://w3id.org/radix/") && STRSTARTS(STR(?super), "https://w3id.org/radix/"))
}
"""

_MEASUREMENTS = """
SELECT ?m ?measure ?subject ?target ?value ?low ?high ?source WHERE {
  ?m a radix:Measurement ; radix:measure ?measure ; radix:ofSubject ?subject ; radix:forCondition ?target ;
     radix:value ?value ; dcterms:source ?source .
  OPTIONAL { ?m radix:ciLow ?low ; radix:ciHigh ?high . }
}
"""

_PROPERTIES = """
SELECT ?p ?label ?inverse WHERE {
  { ?p a owl:ObjectProperty . FILTER(STRSTARTS(STR(?p), "https://w3id.org/radix/")) }
  UNION { VALUES ?p { skos:broader } }
  OPTIONAL { ?p rdfs:label ?label . }
  OPTIONAL { ?p radix:inverseLabel ?inverse . }
}
"""

FALLBACK_WORDS = {
    "http://www.w3.org/2004/02/skos/core#broader": ("is a kind of", "has kind"),
    "http://www.w3.org/2004/02/skos/core#exactMatch": ("is the same as", "is the same as"),
    "http://www.w3.org/2004/02/skos/core#closeMatch": ("closely matches", "closely matches"),
    "http://www.w3.org/2004/02/skos/core#broadMatch": ("falls under", "covers"),
    "http://www.w3.org/2004/02/skos/core#narrowMatch": ("covers", "falls under"),
    "http://www.w3.org/2004/02/skos/core#relatedMatch": ("is related to", "is related to"),
}
"""Words for the non-Radix predicates of the projection: (subject to object, object to subject)."""

_MAPPINGS = """
SELECT ?s ?p ?o ?label WHERE {
  VALUES ?p { skos:exactMatch skos:closeMatch skos:broadMatch skos:narrowMatch skos:relatedMatch }
  ?s ?p ?o .
  FILTER(STRSTARTS(STR(?s), "https://w3id.org/radix/"))
  OPTIONAL { ?o rdfs:label ?label . }
}
"""


def project(graph: Graph, *, include_mappings: bool = False) -> nx.MultiDiGraph:
    """Return the networkx projection of ``graph`` (see the module docstring for its shape)."""
    return project_store(oxigraph_store(graph), include_mappings=include_mappings)


def project_store(store: ox.Store, *, include_mappings: bool = False) -> nx.MultiDiGraph:
    """Build the projection from an Oxigraph store holding the Radix graph."""
    projection = nx.MultiDiGraph()
    projection.graph["words"] = _property_words(store)
    projection.graph["distal"] = _distal(store)
    projection.graph["superclasses"] = _superclasses(store)
    projection.graph["measurements"] = _measurements(store)
    _add_nodes(projection, store)
    _add_edges(projection, store)
    if include_mappings:
        _add_mappings(projection, store)
    return projection


def _property_words(store: ox.Store) -> dict[str, tuple[str, str]]:
    """Return, per predicate IRI, the words that read it forwards and backwards."""
    words = dict(FALLBACK_WORDS)
    for row in select(store, _PROPERTIES):
        iri = row["p"].value
        forward = row["label"].value if "label" in row else words.get(iri, (iri, iri))[0]
        backward = row["inverse"].value if "inverse" in row else words.get(iri, (iri, f"is {forward} of"))[1]
        words[iri] = (forward, backward)
    return words


def _local(iri: str) -> str:
    return iri.removeprefix(BASE)


def _distal(store: ox.Store) -> dict[str, set[str]]:
    """Return, per lesion site (local name), every site distal to it."""
    distal: dict[str, set[str]] = defaultdict(set)
    for row in select(store, _DISTAL):
        distal[_local(row["proximal"].value)].add(_local(row["site"].value))
    return dict(distal)


def _superclasses(store: ox.Store) -> dict[str, set[str]]:
    """Return, per Radix class (local name), itself and all its Radix superclasses."""
    supers: dict[str, set[str]] = defaultdict(set)
    for row in select(store, _SUPERCLASSES):
        supers[_local(row["class"].value)].add(_local(row["super"].value))
    return dict(supers)


def _measurements(store: ox.Store) -> list[dict[str, object]]:
    """Return every measurement as a dict, sorted by id."""
    found: dict[str, dict[str, object]] = {}
    for row in select(store, _MEASUREMENTS):
        item = found.setdefault(
            row["m"].value,
            {
                "id": _local(row["m"].value),
                "measure": _local(row["measure"].value),
                "subject": row["subject"].value,
                "target": row["target"].value,
                "value": float(row["value"].value),
                "ci_low": float(row["low"].value) if "low" in row else None,
                "ci_high": float(row["high"].value) if "high" in row else None,
                "sources": [],
            },
        )
        item["sources"].append(_local(row["source"].value))  # type: ignore[attr-defined]
    return [found[key] for key in sorted(found)]


def _contexts(store: ox.Store) -> dict[str, dict[str, str]]:
    """Return, per axiom (blank node id), its qualifiers as ``{key: value local name}``."""
    keys = {str(q.property): key for key, q in QUALIFIERS.items()}
    contexts: dict[str, dict[str, str]] = defaultdict(dict)
    for row in select(store, _QUALIFIERS):
        key = keys.get(row["q"].value)
        if key is not None:
            contexts[row["axiom"].value][key] = _local(row["v"].value)
    return dict(contexts)


def _add_nodes(projection: nx.MultiDiGraph, store: ox.Store) -> None:
    nodes: dict[str, dict[str, object]] = {}
    for row in select(store, _NODES):
        iri = row["entity"].value
        node = nodes.setdefault(
            iri, {"label": row["label"].value, "types": set(), "synonyms": set(), "definition": None, "segment": None}
        )
        if "type" in row:
            node["types"].add(row["type"].value.removeprefix(BASE))  # type: ignore[attr-defined]
        if "synonym" in row:
            node["synonyms"].add(row["synonym"].value)  # type: ignore[attr-defined]
        if "definition" in row:
            node["definition"] = row["definition"].value
        if "segment" in row:
            node["segment"] = int(row["segment"].value)
    for iri, node in nodes.items():
        projection.add_node(
            iri,
            label=node["label"],
            types=sorted(node["types"]),  # type: ignore[call-overload]
            synonyms=sorted(node["synonyms"]),  # type: ignore[call-overload]
            definition=node["definition"],
            external=False,
            **({"segment": node["segment"]} if node["segment"] is not None else {}),
        )


def _add_edges(projection: nx.MultiDiGraph, store: ox.Store) -> None:
    contexts = _contexts(store)
    edges: dict[tuple[str, str, str], dict[str, object]] = defaultdict(
        lambda: {
            "sources": set(),
            "evidence": set(),
            "frequency": set(),
            "share_of_cases": set(),
            "contests": set(),
            "consensus": False,
            "sequence": None,
            "axioms": set(),
        }
    )
    for row in select(store, _EDGES):
        key = (row["s"].value, row["p"].value, row["o"].value)
        edge = edges[key]
        edge["axioms"].add(row["axiom"].value if "axiom" in row else "")  # type: ignore[attr-defined]
        if "source" in row:
            edge["sources"].add(_local(row["source"].value))  # type: ignore[attr-defined]
        if "evidence" in row:
            edge["evidence"].add(row["evidence"].value)  # type: ignore[attr-defined]
        if "frequency" in row:
            edge["frequency"].add(_local(row["frequency"].value))  # type: ignore[attr-defined]
        if "share" in row:
            edge["share_of_cases"].add(_local(row["share"].value))  # type: ignore[attr-defined]
        if "contest" in row:
            edge["contests"].add(_local(row["contest"].value))  # type: ignore[attr-defined]
        if "consensus" in row and row["consensus"].value == "true":
            edge["consensus"] = True
        if "sequence" in row:
            edge["sequence"] = int(row["sequence"].value)
    for (subject, predicate, target), edge in sorted(edges.items()):
        if subject not in projection or target not in projection:
            continue  # a link to a schema term (a class) or a reference: not an entity of the projection
        axiom_contexts = [contexts.get(axiom, {}) for axiom in sorted(edge["axioms"])]  # type: ignore[call-overload]
        unique = sorted({tuple(sorted(c.items())) for c in axiom_contexts})
        projection.add_edge(
            subject,
            target,
            key=predicate,
            predicate=predicate,
            sources=sorted(edge["sources"]),  # type: ignore[call-overload]
            evidence=sorted(edge["evidence"]),  # type: ignore[call-overload]
            frequency=sorted(edge["frequency"]),  # type: ignore[call-overload]
            share_of_cases=sorted(edge["share_of_cases"]),  # type: ignore[call-overload]
            contested=bool(edge["contests"]),
            contests=sorted(edge["contests"]),  # type: ignore[call-overload]
            consensus=edge["consensus"],
            sequence=edge["sequence"],
            contexts=[dict(items) for items in unique],
        )


def _add_mappings(projection: nx.MultiDiGraph, store: ox.Store) -> None:
    for row in select(store, _MAPPINGS):
        if row["s"].value not in projection:
            continue  # a schema class mapped to an external class is not an entity of the projection
        target = row["o"].value
        if target not in projection:
            label = row["label"].value if "label" in row else target
            projection.add_node(target, label=label, types=[], synonyms=[], definition=None, external=True)
        predicate = row["p"].value
        projection.add_edge(
            row["s"].value,
            target,
            key=predicate,
            predicate=predicate,
            sources=[],
            evidence=[],
            frequency=[],
            share_of_cases=[],
            contested=False,
            contests=[],
            consensus=False,
            sequence=None,
            contexts=[{}],
        )
