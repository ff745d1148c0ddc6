"""Turn ``ontology/mappings.sssom.tsv`` into SKOS mapping triples, each with its justification.

The SSSOM table is the one place mappings are edited. Each row becomes the plain triple
``radix:x skos:broadMatch MONDO:y`` and an ``owl:Axiom`` carrying the row's
``sssom:mapping_justification``, ``sssom:object_label``, comment, and, as ``dcterms:source``, the
Radix reference for the release the object comes from.

The file is read with the standard library rather than sssom-py: sssom-py pulls in pandas and
LinkML and takes about a second to import, which the server's start-up cannot afford. The test
suite validates the same file with sssom-py against the SSSOM schema.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from graph.load.templates import Triple, axiom_node
from graph.load.tsv import Row, read_rows
from graph.namespaces import BASE, CONVERTER, ENTITY, EXTERNAL_ONTOLOGY_PREFIXES, SSSOM

REQUIRED = ("subject_id", "predicate_id", "object_id", "mapping_justification", "object_label", "comment")
OPTIONAL = (
    "subject_label",
    "author_id",
    "mapping_date",
    "confidence",
    "subject_source",
    "object_source",
    "object_source_version",
)

MAPPING_PREDICATES = {
    "skos:exactMatch": SKOS.exactMatch,
    "skos:closeMatch": SKOS.closeMatch,
    "skos:broadMatch": SKOS.broadMatch,
    "skos:narrowMatch": SKOS.narrowMatch,
    "skos:relatedMatch": SKOS.relatedMatch,
}

RELEASE_REFERENCES = {
    "UBERON": "ref_uberon_release",
    "HP": "ref_hpo_release",
    "MONDO": "ref_mondo_release",
    "DOID": "ref_doid_release",
    "ICD10CM": "ref_icd10cm_release",
}
"""The reference (in ``ontology/sources.ttl``) for the release each mapped ontology comes from."""


def mapping_triples(path: Path) -> Iterator[Triple]:
    """Yield the SKOS triples and mapping axioms of the SSSOM table at ``path``."""
    seen: dict[tuple[str, str, str], int] = {}
    for row in read_rows(path, REQUIRED, OPTIONAL):
        subject = _subject(row)
        predicate = _predicate(row)
        target, prefix = _object(row)
        key = (str(subject), str(predicate), str(target))
        if key in seen:
            raise row.error(f"repeats the mapping of line {seen[key]}")
        seen[key] = row.line
        yield subject, predicate, target
        yield from _mapping_axiom(row, subject, predicate, target, prefix)


def _subject(row: Row) -> URIRef:
    curie = row.get("subject_id")
    if not curie.startswith("radix:"):
        raise row.error(f"subject_id {curie!r} must be a Radix CURIE (radix:...)")
    return ENTITY[curie.removeprefix("radix:")]


def _predicate(row: Row) -> URIRef:
    name = row.get("predicate_id")
    if name not in MAPPING_PREDICATES:
        raise row.error(f"predicate_id {name!r} is not one of {', '.join(MAPPING_PREDICATES)}")
    return MAPPING_PREDICATES[name]


def _object(row: Row) -> tuple[URIRef, str]:
    curie = row.get("object_id")
    prefix = curie.split(":", 1)[0]
    if prefix not in EXTERNAL_ONTOLOGY_PREFIXES:
        allowed = ", ".join(EXTERNAL_ONTOLOGY_PREFIXES)
        raise row.error(f"object_id {curie!r} must be a CURIE of one of {allowed}")
    iri = CONVERTER.expand(curie)
    if iri is None or iri.startswith(BASE):
        raise row.error(f"object_id {curie!r} cannot be expanded")
    return URIRef(iri), prefix


def _mapping_axiom(row: Row, subject: URIRef, predicate: URIRef, target: URIRef, prefix: str) -> Iterator[Triple]:
    justification = CONVERTER.expand(row.get("mapping_justification"))
    if justification is None or not justification.startswith("https://w3id.org/semapv/vocab/"):
        raise row.error(f"mapping_justification {row.get('mapping_justification')!r} is not a semapv: term")
    axiom = axiom_node("map", subject, predicate, target)
    yield axiom, RDF.type, OWL.Axiom
    yield axiom, OWL.annotatedSource, subject
    yield axiom, OWL.annotatedProperty, predicate
    yield axiom, OWL.annotatedTarget, target
    yield axiom, SSSOM.mapping_justification, URIRef(justification)
    yield axiom, SSSOM.object_label, Literal(row.get("object_label"))
    yield axiom, DCTERMS.source, ENTITY[RELEASE_REFERENCES[prefix]]
    if row.get("comment"):
        yield axiom, RDFS.comment, Literal(row.get("comment"))
    if row.get("confidence"):
        yield axiom, SSSOM.confidence, Literal(row.get("confidence"))
