"""Export the graph as KGX TSV (``radix_nodes.tsv``, ``radix_edges.tsv``): Biolink categories and predicates.

What Monarch and Translator tools load. Nodes are the Radix entities (category from their Radix class)
and the HPO / Mondo / UBERON / DOID terms they map to; edges are the sourced facts (one per triple, with
every reference and evidence code of its axioms) and the SSSOM mappings.

* **Predicates**: the closest Biolink predicate (:data:`PREDICATES`) whose domain and range hold; where
  Biolink has none (innervation, dermatomes, disc levels; "aggravated by" an activity, whose Biolink
  counterpart takes only chemicals and treatments; "tests for", whose Biolink counterpart takes only
  diagnostic aids) the edge is ``biolink:related_to`` and ``original_predicate`` keeps the Radix
  property, so nothing is said more strongly than Radix says it. ``typicallyLacksFinding`` is
  ``biolink:has_phenotype`` with ``negated`` true.
* **Knowledge sources and evidence**: ``primary_knowledge_source`` is ``infores:radix`` (Radix's own
  name in the infores scheme; it is not registered in the Translator Information Resource Registry yet),
  ``knowledge_level`` ``knowledge_assertion``, ``agent_type`` ``manual_agent``; ``publications`` lists the
  references each fact cites (``radix:ref_*``, each a page at the endpoint) and ``has_evidence`` the ECO
  codes. Radix's own qualifiers travel in two extra columns, ``frequency`` (the source's word) and
  ``contested``.

Deterministic: rows sorted, edge ids a hash of subject, predicate and object.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

from graph.errors import RadixError
from graph.namespaces import BASE, CONVERTER, PREFIXES

KNOWLEDGE_SOURCE = "infores:radix"
NODE_COLUMNS = ("id", "category", "name", "description", "synonym", "xref", "iri", "provided_by")
EDGE_COLUMNS = (
    "id",
    "subject",
    "predicate",
    "object",
    "category",
    "original_predicate",
    "negated",
    "knowledge_level",
    "agent_type",
    "primary_knowledge_source",
    "publications",
    "has_evidence",
    "frequency",
    "contested",
)
EXTRA_EDGE_COLUMNS = frozenset({"frequency", "contested"})
"""Edge columns that are Radix's own, not Biolink slots."""

CATEGORIES = {
    "NerveRoot": "biolink:GrossAnatomicalStructure",
    "PeripheralNerve": "biolink:GrossAnatomicalStructure",
    "NervePlexus": "biolink:GrossAnatomicalStructure",
    "Muscle": "biolink:GrossAnatomicalStructure",
    "AnatomicalStructure": "biolink:GrossAnatomicalStructure",
    "IntervertebralDisc": "biolink:GrossAnatomicalStructure",
    "BodyRegion": "biolink:AnatomicalEntity",
    "Dermatome": "biolink:AnatomicalEntity",
    "KeySensoryPoint": "biolink:AnatomicalEntity",
    "AnatomicalEntity": "biolink:AnatomicalEntity",
    "LesionSite": "biolink:AnatomicalEntity",
    "PlexusElement": "biolink:GrossAnatomicalStructure",
    "ClinicalFinding": "biolink:PhenotypicFeature",
    "Symptom": "biolink:PhenotypicFeature",
    "Sign": "biolink:PhenotypicFeature",
    "RedFlag": "biolink:PhenotypicFeature",
    "Condition": "biolink:Disease",
    "Cause": "biolink:DiseaseOrPhenotypicFeature",
    "RiskFactor": "biolink:DiseaseOrPhenotypicFeature",
    "Mechanism": "biolink:PathologicalProcess",
    "NeuralFunction": "biolink:PhysiologicalProcess",
    "MotorAction": "biolink:PhysiologicalProcess",
    "Reflex": "biolink:PhysiologicalProcess",
    "Activity": "biolink:Activity",
    "ExaminationTest": "biolink:Procedure",
}
"""Radix class (local name) -> Biolink category. A class not listed (a qualifier value) gives NamedThing."""

EXTERNAL_CATEGORIES = {
    "HP": "biolink:PhenotypicFeature",
    "MONDO": "biolink:Disease",
    "DOID": "biolink:Disease",
    "UBERON": "biolink:AnatomicalEntity",
}
"""External ontologies whose mapped terms become nodes (ICD-10-CM codes stay node xrefs)."""

PREDICATES = {
    "hasFinding": "biolink:has_phenotype",
    "typicallyLacksFinding": "biolink:has_phenotype",
    "causes": "biolink:causes",
    "leadsTo": "biolink:causes",
    "affectsRoot": "biolink:disease_has_location",
    "affectsNerve": "biolink:disease_has_location",
    "affectsStructure": "biolink:disease_has_location",
    "compressesRoot": "biolink:affects",
    "hasEffect": "biolink:affects",
    "impairsFunction": "biolink:disrupts",
    "hasMechanism": "biolink:disease_has_basis_in",
    "mimics": "biolink:similar_to",
    "redFlagFor": "biolink:associated_with_increased_likelihood_of",
    "partOf": "biolink:part_of",
    "branchOf": "biolink:part_of",
    "locatedIn": "biolink:located_in",
    "radiatesAlong": "biolink:located_in",
    "atDiscLevel": "biolink:located_in",
    "inZone": "biolink:located_in",
    "performs": "biolink:capable_of",
}
"""Radix property (local name) -> Biolink predicate; the others are biolink:related_to (see the docstring)."""
NEGATED = frozenset({"typicallyLacksFinding"})
MAPPING_PREDICATES = {
    "http://www.w3.org/2004/02/skos/core#exactMatch": "biolink:exact_match",
    "http://www.w3.org/2004/02/skos/core#closeMatch": "biolink:close_match",
    "http://www.w3.org/2004/02/skos/core#broadMatch": "biolink:broad_match",
    "http://www.w3.org/2004/02/skos/core#narrowMatch": "biolink:narrow_match",
    "http://www.w3.org/2004/02/skos/core#relatedMatch": "biolink:related_to_at_concept_level",
    "http://www.w3.org/2004/02/skos/core#broader": "biolink:subclass_of",
}

_NODES = """
SELECT ?e ?type ?label ?definition ?synonym WHERE {
  ?e a owl:NamedIndividual ; rdfs:label ?label .
  FILTER(STRSTARTS(STR(?e), STR(radix:)))
  OPTIONAL { ?e a/rdfs:subClassOf* ?type . FILTER(STRSTARTS(STR(?type), STR(radix:))) }
  OPTIONAL { ?e skos:definition ?definition }
  OPTIONAL { ?e oboInOwl:hasExactSynonym ?synonym }
}
"""
_EXTERNAL = """
SELECT ?t ?label ?definition WHERE {
  VALUES ?m { skos:exactMatch skos:closeMatch skos:broadMatch skos:narrowMatch skos:relatedMatch }
  ?e ?m ?t . ?t rdfs:label ?label . OPTIONAL { ?t obo:IAO_0000115 ?definition }
}
"""
_XREFS = """
SELECT ?e ?t WHERE {
  VALUES ?m { skos:exactMatch skos:closeMatch } ?e ?m ?t . FILTER(STRSTARTS(STR(?e), STR(radix:)))
}
"""
_FACTS = """
SELECT ?s ?p ?o ?source ?evidence ?frequency ?contested WHERE {
  { ?p a owl:ObjectProperty . FILTER(STRSTARTS(STR(?p), STR(radix:))) } UNION { VALUES ?p { skos:broader } }
  ?axiom owl:annotatedSource ?s ; owl:annotatedProperty ?p ; owl:annotatedTarget ?o .
  FILTER(STRSTARTS(STR(?s), STR(radix:)) && isIRI(?o) && STRSTARTS(STR(?o), STR(radix:)))
  OPTIONAL { ?axiom dcterms:source ?source }
  OPTIONAL { ?axiom obo:RO_0002558 ?evidence }
  OPTIONAL { ?axiom radix:frequency ?frequency }
  OPTIONAL { ?axiom radix:contested ?contested }
}
"""
_MAPPINGS = """
SELECT ?s ?p ?o ?source WHERE {
  VALUES ?p { skos:exactMatch skos:closeMatch skos:broadMatch skos:narrowMatch skos:relatedMatch }
  ?s ?p ?o . FILTER(STRSTARTS(STR(?s), STR(radix:)))
  OPTIONAL {
    ?axiom owl:annotatedSource ?s ; owl:annotatedProperty ?p ; owl:annotatedTarget ?o ; dcterms:source ?source
  }
}
"""


def _select(store: ox.Store, query: str) -> list[dict[str, str]]:
    answer = store.query(query, prefixes=PREFIXES)
    if not isinstance(answer, ox.QuerySolutions):
        raise TypeError("expected a SELECT query")
    names = [variable.value for variable in answer.variables]
    rows = []
    for solution in answer:
        row = {}
        for name in names:
            term = solution[name]
            if isinstance(term, ox.NamedNode | ox.Literal | ox.BlankNode):
                row[name] = term.value
        rows.append(row)
    return rows


def curie(iri: str) -> str:
    """Compress ``iri`` with the Radix prefix map (whole IRI when it cannot)."""
    return CONVERTER.compress(iri) or iri


def _clean(text: str) -> str:
    """Make a cell safe for TSV: no tabs, newlines or the ``|`` that separates list values."""
    return " ".join(text.replace("|", "/").split())


def _category(types: set[str]) -> str:
    named = sorted(CATEGORIES[name] for name in types if name in CATEGORIES)
    specific = [c for c in named if c not in {"biolink:AnatomicalEntity", "biolink:PhenotypicFeature"}] or named
    return specific[0] if specific else "biolink:NamedThing"


def nodes(store: ox.Store) -> list[dict[str, str]]:
    """Return the node rows: Radix entities, then the external terms they map to."""
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in _select(store, _NODES):
        node = found[row["e"]]
        node["label"].add(row["label"])
        for key, name in (("type", "type"), ("definition", "definition"), ("synonym", "synonym")):
            if name in row:
                node[key].add(row[name].removeprefix(BASE) if key == "type" else row[name])
    xrefs: dict[str, set[str]] = defaultdict(set)
    for row in _select(store, _XREFS):
        xrefs[row["e"]].add(curie(row["t"]))
    rows = []
    for iri, node in sorted(found.items()):
        if node["type"] & {"Reference", "Frequency", "ContestedFact", "Measurement"}:
            continue
        rows.append(
            {
                "id": curie(iri),
                "category": _category(node["type"]),
                "name": _clean(min(node["label"])),
                "description": _clean(min(node["definition"])) if node["definition"] else "",
                "synonym": "|".join(sorted(_clean(s) for s in node["synonym"])),
                "xref": "|".join(sorted(xrefs[iri])),
                "iri": iri,
                "provided_by": KNOWLEDGE_SOURCE,
            }
        )
    external: dict[str, dict[str, str]] = {}
    for row in _select(store, _EXTERNAL):
        prefix = curie(row["t"]).split(":", 1)[0]
        if prefix in EXTERNAL_CATEGORIES and row["t"] not in external:
            external[row["t"]] = {
                "id": curie(row["t"]),
                "category": EXTERNAL_CATEGORIES[prefix],
                "name": _clean(row["label"]),
                "description": _clean(row.get("definition", "")),
                "synonym": "",
                "xref": "",
                "iri": row["t"],
                "provided_by": KNOWLEDGE_SOURCE,
            }
    return rows + [external[iri] for iri in sorted(external)]


def edges(store: ox.Store, node_ids: set[str]) -> list[dict[str, str]]:
    """Return the edge rows: each sourced fact once (its axioms' sources and evidence merged), then mappings."""
    facts: dict[tuple[str, str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in _select(store, _FACTS):
        fact = facts[(curie(row["s"]), row["p"], curie(row["o"]))]
        for key in ("source", "evidence", "frequency", "contested"):
            if key in row:
                fact[key].add(curie(row[key]) if key != "contested" else row[key])
    for row in _select(store, _MAPPINGS):
        fact = facts[(curie(row["s"]), row["p"], curie(row["o"]))]
        if "source" in row:
            fact["source"].add(curie(row["source"]))
    rows = []
    for (subject, predicate, target), fact in sorted(facts.items()):
        if subject not in node_ids or target not in node_ids:
            continue
        local = predicate.removeprefix(BASE)
        biolink = MAPPING_PREDICATES.get(predicate) or PREDICATES.get(local, "biolink:related_to")
        rows.append(
            {
                "id": "urn:radix:edge:" + hashlib.sha1(f"{subject} {predicate} {target}".encode()).hexdigest()[:16],
                "subject": subject,
                "predicate": biolink,
                "object": target,
                "category": "biolink:Association",
                "original_predicate": curie(predicate),
                "negated": "True" if local in NEGATED else "",
                "knowledge_level": "knowledge_assertion",
                "agent_type": "manual_agent",
                "primary_knowledge_source": KNOWLEDGE_SOURCE,
                "publications": "|".join(sorted(fact["source"])),
                "has_evidence": "|".join(sorted(fact["evidence"])),
                "frequency": "|".join(sorted(value.removeprefix("radix:") for value in fact["frequency"])),
                "contested": "True" if "true" in fact["contested"] else "",
            }
        )
    return rows


def _tsv(rows: list[dict[str, str]], columns: tuple[str, ...]) -> bytes:
    lines = ["\t".join(columns)] + ["\t".join(row.get(column, "") for column in columns) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def write_kgx(store: ox.Store, output: Path, *, name: str = "radix") -> dict[str, int]:
    """Write ``{name}_nodes.tsv`` and ``{name}_edges.tsv`` into the folder ``output``; return the row counts."""
    node_rows = nodes(store)
    edge_rows = edges(store, {row["id"] for row in node_rows})
    files = {f"{name}_nodes.tsv": _tsv(node_rows, NODE_COLUMNS), f"{name}_edges.tsv": _tsv(edge_rows, EDGE_COLUMNS)}
    try:
        output.mkdir(parents=True, exist_ok=True)
        for filename, data in files.items():
            temporary = output / f".{filename}.partial"
            temporary.write_bytes(data)
            temporary.replace(output / filename)
    except OSError as exc:
        raise RadixError(f"cannot write the KGX files into {output}: {exc.strerror}") from exc
    return {"nodes": len(node_rows), "edges": len(edge_rows)}
