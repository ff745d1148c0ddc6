"""The OWL views of a release: the merged full ontology, Radix's own axioms (base), and the class-level view.

Input is the asserted graph as :func:`graph.load.store.load_graph` builds it (no entailed triples);
output is lists of Oxigraph triples, written by :mod:`graph.release.build`.

**Full** (``radix.owl``): every triple of the graph, the import modules merged under the one Radix
header (their own ``owl:Ontology`` headers dropped, their release and licence kept as
``dcterms:source`` text on the Radix header), the version IRI dated, plus the class view.

**Base** (``radix-base.owl``): the triples about Radix's own IRIs, with the blank nodes they use
(axiom annotations, restrictions, disjointness lists), plus the declarations of the external terms
they mention, so the file is valid OWL 2 DL on its own (the ODK "base" idea: what Radix asserts).

**Class view.** Radix states its knowledge between named individuals (a muscle *is innervated by* a
root), which OBO tools (OAK, relation-graph, Ubergraph) do not walk. Each Radix entity is therefore
also an ``owl:Class`` (OWL 2 punning: the same IRI names the individual and the class) with:

* ``rdfs:subClassOf`` each Radix class it is typed with, each Radix entity it is ``skos:broader``
  than, and each Mondo / UBERON / HPO / DOID class it equals or narrows (SSSOM ``skos:exactMatch``
  and ``skos:broadMatch`` rows, where the object is the same or broader);
* ``rdfs:subClassOf (p some F)`` for each fact ``E p F`` between entities whose property says
  something of every instance (not :data:`NOT_CLASS_LEVEL`), **when at least one of the fact's axioms
  is unqualified**: no contest (unless it is the consensus variant), no restrictive context qualifier
  (``laterality``, ``when``: :mod:`graph.load.qualifiers`), and no frequency weaker than
  "typically"/"classic". An existential claims the relation for *every* instance: a finding that a
  condition "may" have, one held only when the lesion is bilateral, or one contested variant, must not
  be stated so. A site (where a branch leaves the nerve, where the nerve is injured) and an onset,
  course or timing say where or how the fact holds, not whether: they keep it universal.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable

import pyoxigraph as ox

from graph.load.qualifiers import QUALIFIERS, RESTRICTIVE
from graph.namespaces import BASE, HAS_EVIDENCE, PREFIXES

OWL = "http://www.w3.org/2002/07/owl#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
XSD = "http://www.w3.org/2001/XMLSchema#"

ONTOLOGY = BASE + "radix.owl"
BASE_ONTOLOGY = BASE + "radix-base.owl"
TYPE = ox.NamedNode(RDF + "type")
SUBCLASS = ox.NamedNode(RDFS + "subClassOf")
OWL_CLASS = ox.NamedNode(OWL + "Class")

NOT_ENTITIES = frozenset(BASE + name for name in ("Reference", "Frequency", "ContestedFact", "Measurement"))
"""Radix classes whose members are not domain entities (references, qualifier values, contest groups,
numbers): they get no class view."""

NOT_CLASS_LEVEL = frozenset(
    BASE + name
    for name in (
        "typicallyLacksFinding",
        "mimics",
        "redFlagFor",
        "testsFor",
        "elicitedBy",
        "aggravatedBy",
        "relievedBy",
    )
)
"""Radix properties that relate particular presentations, not every instance (a condition *mimics*
another, a test *tests for* one): no existential restriction is made of them."""

PLACED_UNDER = (
    "http://purl.obolibrary.org/obo/MONDO_",
    "http://purl.obolibrary.org/obo/UBERON_",
    "http://purl.obolibrary.org/obo/HP_",
    "http://purl.obolibrary.org/obo/DOID_",
)
"""The ontologies whose classes a Radix class is placed under (ICD-10-CM is a code set, kept as a mapping)."""

NEUTRAL = frozenset(
    {
        RDF + "type",
        OWL + "annotatedSource",
        OWL + "annotatedProperty",
        OWL + "annotatedTarget",
        DCTERMS + "source",
        str(HAS_EVIDENCE),
        RDFS + "comment",
        BASE + "sequenceIndex",
        BASE + "shareOfCases",
    }
    | {str(qualifier.property) for key, qualifier in QUALIFIERS.items() if key not in RESTRICTIVE}
)
"""Axiom annotations that say where a statement comes from, or where and how it holds, not whether it holds."""
UNIVERSAL_FREQUENCIES = frozenset({BASE + "typically", BASE + "classic"})
CONTEST = frozenset({BASE + "contested", BASE + "inContest", BASE + "variant"})
CONSENSUS = BASE + "consensus"

DECLARATION_TYPES = frozenset(
    OWL + name for name in ("Class", "ObjectProperty", "DatatypeProperty", "AnnotationProperty", "NamedIndividual")
)


def value(term: object) -> str:
    """Return the lexical value of an RDF term (IRI, blank node label or literal text); '' for None."""
    if isinstance(term, ox.NamedNode | ox.BlankNode | ox.Literal):
        return term.value
    return "" if term is None else str(term)


def is_radix(term: object) -> bool:
    """Say whether ``term`` is a Radix IRI (not a release or import-module IRI)."""
    return (
        isinstance(term, ox.NamedNode)
        and term.value.startswith(BASE)
        and not term.value.startswith((BASE + "releases/", BASE + "imports/"))
    )


def release_iri(date: str, name: str) -> str:
    """Return the dated version IRI of a release file: ``https://w3id.org/radix/releases/DATE/NAME``."""
    return f"{BASE}releases/{date}/{name}"


def _select(store: ox.Store, query: str) -> list[ox.QuerySolution]:
    answer = store.query(query, prefixes=PREFIXES)
    if not isinstance(answer, ox.QuerySolutions):
        raise TypeError("expected a SELECT query")
    return list(answer)


def _bnode(*parts: str) -> ox.BlankNode:
    return ox.BlankNode("cv" + hashlib.sha1("\t".join(parts).encode()).hexdigest()[:20])


def entities(store: ox.Store) -> dict[str, set[str]]:
    """Return each Radix domain entity with the Radix classes it is typed with."""
    rows = _select(
        store,
        """SELECT ?e ?type WHERE { ?e a owl:NamedIndividual ; a ?type .
             FILTER(STRSTARTS(STR(?e), STR(radix:)) && STRSTARTS(STR(?type), STR(radix:))) }""",
    )
    types: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        types[value(row["e"])].add(value(row["type"]))
    return {entity: kinds for entity, kinds in types.items() if not kinds & NOT_ENTITIES}


def _universal_facts(store: ox.Store, known: dict[str, set[str]]) -> set[tuple[str, str, str]]:
    """Return the facts between entities that hold of every instance (see the module docstring)."""
    rows = _select(
        store,
        """SELECT ?axiom ?s ?p ?o ?q ?v WHERE {
             ?p a owl:ObjectProperty . FILTER(STRSTARTS(STR(?p), "https://w3id.org/radix/"))
             ?axiom owl:annotatedSource ?s ; owl:annotatedProperty ?p ; owl:annotatedTarget ?o ; ?q ?v . }""",
    )
    annotations: dict[tuple[str, str, str, str], list[tuple[str, str]]] = defaultdict(list)
    for row in rows:
        key = (str(row["axiom"]), value(row["s"]), value(row["p"]), value(row["o"]))
        annotations[key].append((value(row["q"]), value(row["v"])))
    facts: set[tuple[str, str, str]] = set()
    for (_, subject, predicate, target), pairs in annotations.items():
        if subject in known and target in known and predicate not in NOT_CLASS_LEVEL and _unqualified(pairs):
            facts.add((subject, predicate, target))
    return facts


def _unqualified(pairs: list[tuple[str, str]]) -> bool:
    consensus = (CONSENSUS, "true") in pairs
    for key, value in pairs:
        if key in NEUTRAL or key == CONSENSUS or (key in CONTEST and consensus):
            continue
        if key == BASE + "frequency" and value in UNIVERSAL_FREQUENCIES:
            continue
        return False
    return True


def class_view(store: ox.Store) -> list[ox.Triple]:
    """Return the class-level view of the graph in ``store`` (see the module docstring)."""
    known = entities(store)
    triples: list[ox.Triple] = []
    for entity, kinds in sorted(known.items()):
        node = ox.NamedNode(entity)
        triples.append(ox.Triple(node, TYPE, OWL_CLASS))
        triples.extend(ox.Triple(node, SUBCLASS, ox.NamedNode(kind)) for kind in sorted(kinds))
    for row in _select(store, "SELECT ?s ?o WHERE { ?s skos:broader ?o }"):
        if value(row["s"]) in known and value(row["o"]) in known:
            triples.append(ox.Triple(row["s"], SUBCLASS, row["o"]))
    for row in _select(store, "SELECT ?s ?o WHERE { VALUES ?p { skos:exactMatch skos:broadMatch } ?s ?p ?o }"):
        if value(row["s"]) in known and value(row["o"]).startswith(PLACED_UNDER):
            triples.append(ox.Triple(row["s"], SUBCLASS, row["o"]))
    for subject, predicate, target in sorted(_universal_facts(store, known)):
        restriction = _bnode(subject, predicate, target)
        triples += [
            ox.Triple(ox.NamedNode(subject), SUBCLASS, restriction),
            ox.Triple(restriction, TYPE, ox.NamedNode(OWL + "Restriction")),
            ox.Triple(restriction, ox.NamedNode(OWL + "onProperty"), ox.NamedNode(predicate)),
            ox.Triple(restriction, ox.NamedNode(OWL + "someValuesFrom"), ox.NamedNode(target)),
        ]
    return sorted(set(triples), key=str)


def _header(iri: str, version_iri: str, date: str, store: ox.Store) -> list[ox.Triple]:
    """Return the Radix header re-issued as ``iri``: its annotations, a dated version IRI and version."""
    node = ox.NamedNode(iri)
    header = [ox.Triple(node, TYPE, ox.NamedNode(OWL + "Ontology"))]
    replaced = {OWL + "versionIRI", OWL + "versionInfo", RDF + "type"}
    for quad in store.quads_for_pattern(ox.NamedNode(ONTOLOGY), None, None, ox.DefaultGraph()):
        if value(quad.predicate) not in replaced:
            header.append(ox.Triple(node, quad.predicate, quad.object))
    header += [
        ox.Triple(node, ox.NamedNode(OWL + "versionIRI"), ox.NamedNode(version_iri)),
        ox.Triple(node, ox.NamedNode(OWL + "versionInfo"), ox.Literal(date)),
        ox.Triple(node, ox.NamedNode(DCTERMS + "issued"), ox.Literal(date, datatype=ox.NamedNode(XSD + "date"))),
    ]
    return header


def full(store: ox.Store, date: str) -> list[ox.Triple]:
    """Return the full release: every triple, imports merged under one dated header, plus the class view."""
    modules = {
        value(row["m"])
        for row in _select(store, "SELECT ?m WHERE { ?m a owl:Ontology }")
        if value(row["m"]) != ONTOLOGY
    }
    triples = _header(ONTOLOGY, release_iri(date, "radix.owl"), date, store)
    for module in sorted(modules):
        for quad in store.quads_for_pattern(ox.NamedNode(module), ox.NamedNode(DCTERMS + "title"), None, None):
            versions = [
                value(q.object)
                for q in store.quads_for_pattern(quad.subject, ox.NamedNode(OWL + "versionInfo"), None, None)
            ]
            text = f"merged import module <{module}>: {value(quad.object)}" + (
                f", release {', '.join(sorted(versions))}" if versions else ""
            )
            triples.append(ox.Triple(ox.NamedNode(ONTOLOGY), ox.NamedNode(DCTERMS + "source"), ox.Literal(text)))
    for quad in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
        subject = quad.subject
        if isinstance(subject, ox.NamedNode) and (subject.value in modules or subject.value == ONTOLOGY):
            continue
        triples.append(quad.triple)
    return sorted(set(triples + class_view(store)), key=str)


def base(full_triples: Iterable[ox.Triple], date: str, store: ox.Store) -> list[ox.Triple]:
    """Return Radix's own axioms from the full release, with the declarations of the external terms they use."""
    triples = list(full_triples)
    by_subject: dict[object, list[ox.Triple]] = defaultdict(list)
    objects_of_bnodes: set[object] = set()
    for triple in triples:
        by_subject[triple.subject].append(triple)
        if isinstance(triple.object, ox.BlankNode):
            objects_of_bnodes.add(triple.object)
    kept: list[ox.Triple] = []
    seen: set[object] = set()

    def take(node: object) -> None:
        if node in seen:
            return
        seen.add(node)
        for triple in by_subject.get(node, []):
            kept.append(triple)
            if isinstance(triple.object, ox.BlankNode):
                take(triple.object)

    for subject in list(by_subject):
        if (is_radix(subject) and subject != ox.NamedNode(ONTOLOGY)) or (
            isinstance(subject, ox.BlankNode) and subject not in objects_of_bnodes and _about_radix(subject, by_subject)
        ):
            take(subject)
    header = _header(BASE_ONTOLOGY, release_iri(date, "radix-base.owl"), date, store)
    declared = {t.subject for t in triples if t.predicate == TYPE and value(t.object) in DECLARATION_TYPES}
    used = {
        term for t in kept + header for term in (t.subject, t.predicate, t.object) if isinstance(term, ox.NamedNode)
    }
    declarations = [
        t
        for t in triples
        if t.subject in used
        and not is_radix(t.subject)
        and t.subject in declared
        and t.predicate == TYPE
        and value(t.object) in DECLARATION_TYPES
    ]
    return sorted(set(header + kept + declarations), key=str)


def _about_radix(root: ox.BlankNode, by_subject: dict[object, list[ox.Triple]]) -> bool:
    """Say whether an unreferenced blank node (an axiom annotation, a disjointness axiom) is about Radix terms."""
    todo, seen = [root], set()
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        for triple in by_subject.get(node, []):
            if triple.predicate != TYPE and is_radix(triple.object):
                return True
            if isinstance(triple.object, ox.BlankNode):
                todo.append(triple.object)
    return False
