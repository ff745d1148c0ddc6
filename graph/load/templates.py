"""Turn the term and fact tables of ``ontology/`` into RDF: plain triples plus their provenance.

The tables follow the spirit of ROBOT templates: people edit rows, the loader writes the RDF.

* ``ontology/terms/<family>.tsv`` declares entities, one row each: ``id``, ``type``, ``label``,
  ``synonyms``, ``related_synonyms``, ``definition``, ``definition_source``, ``comment``,
  ``deprecated``, ``replaced_by``, plus any column named by a property CURIE (``radix:segmentIndex``).
* ``ontology/facts/<family>.tsv`` asserts relations, one sourced assertion per row: ``subject``,
  ``predicate``, ``object``, ``sources``, ``evidence``, ``frequency``, ``share_of_cases``,
  ``qualifiers``, ``contested``, ``variant``, ``consensus``, ``sequence``, ``note``.

Each fact row becomes the plain triple ``subject predicate object`` (directly queryable) and one
``owl:Axiom`` annotating it with ``dcterms:source`` (each reference), RO "has evidence" (an ECO
class), and, where given, ``radix:frequency``, ``radix:shareOfCases``, the qualifiers of
:mod:`graph.load.qualifiers` (``radix:laterality``, ``radix:atSite`` ...), the contest group
(``radix:inContest``, ``radix:variant``, ``radix:consensus``, and ``radix:contested`` as a
shorthand), ``radix:sequenceIndex`` and an ``rdfs:comment``. An axiom (of a fact or a
definition) whose only source is the seed text gets ``radix:seedOnly true``. The same triple stated
by several rows keeps one axiom per row: that is how two sources, or two contested variants, stay
side by side. Each contest group named in
the ``contested`` column becomes a ``radix:ContestedFact`` node ``radix:contest_<group>`` with its
``radix:consensusVariant``.

This module checks form (columns, identifier syntax, known classes and properties); whether the
identifiers a row mentions exist is left to ``radix validate``, so that its checks can name them.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD

from graph.errors import SourceFileError
from graph.load.qualifiers import QUALIFIERS, parse_qualifiers
from graph.load.tsv import Row, read_rows
from graph.namespaces import CONVERTER, ENTITY, HAS_EVIDENCE, OIO, ONTOLOGY_IRI, RADIX, TERM_REPLACED_BY

Triple = tuple[URIRef | BNode, URIRef, URIRef | BNode | Literal]

TERM_COLUMNS = ("id", "type", "label")
TERM_OPTIONAL = (
    "synonyms",
    "related_synonyms",
    "definition",
    "definition_source",
    "comment",
    "deprecated",
    "replaced_by",
)
FACT_COLUMNS = ("subject", "predicate", "object", "sources", "evidence")
FACT_OPTIONAL = (
    "frequency",
    "share_of_cases",
    "qualifiers",
    "contested",
    "variant",
    "consensus",
    "sequence",
    "note",
)

LOCAL_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
GROUP_ID = re.compile(r"^[a-z][a-z0-9_]*$")
SEED = "ref_seed"
CONTEST_PREFIX = "contest_"
ECO_CURIE = re.compile(r"^ECO:\d{7}$")
YES = {"yes", "true"}

# Property columns of term tables, with the datatype of their values.
_DATATYPES = {str(RADIX.segmentIndex): XSD.integer, str(RADIX.spinalRegion): XSD.string}

# Properties a fact row may use besides the object properties of the Radix schema.
_EXTRA_FACT_PREDICATES = {str(SKOS.broader): SKOS.broader}


def entity(local_id: str, row: Row, column: str) -> URIRef:
    """Return the Radix IRI of ``local_id``, or fail naming the row and column."""
    if not LOCAL_ID.match(local_id):
        raise row.error(f"{column} {local_id!r} is not a Radix identifier (letters, digits, _)")
    return ENTITY[local_id]


def schema_term(name: str, row: Row, column: str) -> URIRef:
    """Return the schema term ``name`` (a class or property of ``radix.ttl``), or fail."""
    try:
        return URIRef(RADIX[name])
    except (AttributeError, KeyError):
        raise row.error(f"{column} {name!r} is not a class or property of ontology/radix.ttl") from None


def term_triples(rows: Iterable[Row]) -> Iterator[Triple]:
    """Yield the triples declaring the entities of a terms table."""
    for row in rows:
        subject = entity(row.get("id"), row, "id")
        types = row.values("type")
        label = row.get("label")
        if not types:
            raise row.error("type is empty")
        if not label:
            raise row.error("label is empty")
        yield subject, RDF.type, OWL.NamedIndividual
        for name in types:
            yield subject, RDF.type, schema_term(name, row, "type")
        yield subject, RDFS.label, Literal(label)
        yield subject, RDFS.isDefinedBy, ONTOLOGY_IRI
        for synonym in row.values("synonyms"):
            yield subject, OIO.hasExactSynonym, Literal(synonym)
        for synonym in row.values("related_synonyms"):
            yield subject, OIO.hasRelatedSynonym, Literal(synonym)
        if row.get("comment"):
            yield subject, RDFS.comment, Literal(row.get("comment"))
        definition = row.get("definition")
        if definition:
            text = Literal(definition)
            yield subject, SKOS.definition, text
            sources = row.values("definition_source")
            if sources:
                yield from _axiom(row, subject, SKOS.definition, text, [("sources", sources)])
        yield from _deprecation(row, subject)
        yield from _property_columns(row, subject)


def _deprecation(row: Row, subject: URIRef) -> Iterator[Triple]:
    flag = row.get("deprecated").lower()
    if flag and flag not in YES:
        raise row.error(f"deprecated must be 'yes' or empty, not {flag!r}")
    if flag:
        yield subject, OWL.deprecated, Literal(True)
    if row.get("replaced_by"):
        yield subject, TERM_REPLACED_BY, entity(row.get("replaced_by"), row, "replaced_by")


def _property_columns(row: Row, subject: URIRef) -> Iterator[Triple]:
    for column, value in row.cells.items():
        if ":" not in column or not value.strip():
            continue
        predicate = CONVERTER.expand(column)
        if predicate is None or predicate not in _DATATYPES:
            raise row.error(f"column {column!r} is not a datatype property Radix tables can fill")
        datatype = _DATATYPES[predicate]
        digits = value.strip().lstrip("-")
        if datatype == XSD.integer and not (digits.isascii() and digits.isdigit()):
            raise row.error(f"{column} must be an integer, not {value.strip()!r}")
        typed = Literal(value.strip()) if datatype == XSD.string else Literal(value.strip(), datatype=datatype)
        yield subject, URIRef(predicate), typed


def fact_triples(rows: Iterable[Row]) -> Iterator[Triple]:
    """Yield, for each fact row, the plain triple and the owl:Axiom that carries its provenance."""
    seen: dict[tuple[str, ...], int] = {}
    for row in rows:
        subject = entity(row.get("subject"), row, "subject")
        predicate = _fact_predicate(row)
        target = entity(row.get("object"), row, "object")
        sources = row.values("sources")
        if not sources:
            raise row.error("sources is empty: every assertion needs at least one reference")
        evidence = row.get("evidence")
        if not ECO_CURIE.match(evidence):
            raise row.error(f"evidence {evidence!r} is not an ECO CURIE such as ECO:0000304")
        key = (str(subject), str(predicate), str(target), row.get("qualifiers"), row.get("variant"), *sorted(sources))
        if key in seen:
            raise row.error(f"repeats the assertion and sources of line {seen[key]}")
        seen[key] = row.line
        yield subject, predicate, target
        yield from _axiom(row, subject, predicate, target, [("sources", sources), ("evidence", [evidence])])
        yield from _contest_node(row)


def _fact_predicate(row: Row) -> URIRef:
    name = row.get("predicate")
    if ":" in name:
        expanded = CONVERTER.expand(name)
        if expanded in _EXTRA_FACT_PREDICATES:
            return _EXTRA_FACT_PREDICATES[expanded]
        raise row.error(f"predicate {name!r} is not allowed; use a Radix property or skos:broader")
    return schema_term(name, row, "predicate")


def _axiom(
    row: Row,
    subject: URIRef,
    predicate: URIRef,
    target: URIRef | Literal,
    annotations: list[tuple[str, list[str]]],
) -> Iterator[Triple]:
    """Yield the owl:Axiom annotating (subject, predicate, target) with the row's provenance.

    The blank node's label is a hash of the row's content, so loading the same files twice gives
    the same labels: exports are byte-for-byte repeatable.
    """
    extra = [row.get(column) for column in ("qualifiers", "variant") if row.get(column)]
    axiom = axiom_node("ax", subject, predicate, target, *(v for _, vs in annotations for v in vs), *extra)
    yield axiom, RDF.type, OWL.Axiom
    yield axiom, OWL.annotatedSource, subject
    yield axiom, OWL.annotatedProperty, predicate
    yield axiom, OWL.annotatedTarget, target
    if dict(annotations).get("sources") == [SEED]:
        yield axiom, RADIX.seedOnly, Literal(True)
    for kind, values in annotations:
        for value in values:
            if kind == "sources":
                yield axiom, DCTERMS.source, entity(value, row, "sources")
            elif kind == "evidence":
                yield axiom, HAS_EVIDENCE, URIRef(CONVERTER.expand_strict(value))
    yield from _qualifiers(row, axiom)


def axiom_node(kind: str, *parts: object) -> BNode:
    """Return a blank node whose label is a hash of ``parts``: the same content, the same label."""
    digest = hashlib.sha1("\t".join(str(part) for part in parts).encode()).hexdigest()[:20]
    return BNode(f"{kind}{digest}")


def _qualifiers(row: Row, axiom: BNode) -> Iterator[Triple]:
    frequency = row.get("frequency")
    if frequency:
        yield axiom, RADIX.frequency, entity(frequency, row, "frequency")
    yield from _share_of_cases(row, axiom)
    try:
        context = parse_qualifiers(row.get("qualifiers"))
    except ValueError as exc:
        raise row.error(f"qualifiers: {exc}") from None
    for key, value in context.items():
        yield axiom, QUALIFIERS[key].property, entity(value, row, f"qualifier {key}")
    yield from _contest(row, axiom)
    sequence = row.get("sequence")
    if sequence:
        if not (sequence.isascii() and sequence.isdigit()):  # "²" is a digit to isdigit(), not to int()
            raise row.error(f"sequence must be a whole number, not {sequence!r}")
        yield axiom, RADIX.sequenceIndex, Literal(int(sequence))
    if row.get("note"):
        yield axiom, RDFS.comment, Literal(row.get("note"))


def _share_of_cases(row: Row, axiom: BNode) -> Iterator[Triple]:
    """Write ``radix:shareOfCases``: a frequency word (an entity) or a decimal between 0 and 1."""
    share = row.get("share_of_cases")
    if not share:
        return
    if row.get("predicate") != "causes":
        raise row.error("share_of_cases is said only of a 'causes' statement (what share of the condition's cases)")
    try:
        number = float(share)
    except ValueError:
        yield axiom, RADIX.shareOfCases, entity(share, row, "share_of_cases")
        return
    if not 0 <= number <= 1:
        raise row.error(f"share_of_cases must be a frequency word or a number from 0 to 1, not {share!r}")
    yield axiom, RADIX.shareOfCases, Literal(share, datatype=XSD.decimal)


def _contest(row: Row, axiom: BNode) -> Iterator[Triple]:
    """Write the contest group, variant and consensus flag of a contested row."""
    group, variant, consensus = row.get("contested"), row.get("variant"), row.get("consensus").lower()
    if consensus and consensus not in YES:
        raise row.error(f"consensus must be 'yes' or empty, not {consensus!r}")
    if not group:
        if variant or consensus:
            raise row.error("variant and consensus belong to a contested row: name its contest group in 'contested'")
        return
    if group.lower() in YES or not GROUP_ID.match(group):
        raise row.error(
            f"contested must name a contest group (lower-case letters, digits, _), e.g. patellar_reflex_roots, "
            f"not {group!r}"
        )
    if not variant:
        raise row.error(f"contested row of group {group!r} lacks its variant (e.g. L3-L4)")
    yield axiom, RADIX.contested, Literal(True)
    yield axiom, RADIX.inContest, ENTITY[CONTEST_PREFIX + group]
    yield axiom, RADIX.variant, Literal(variant)
    if consensus:
        yield axiom, RADIX.consensus, Literal(True)


def _contest_node(row: Row) -> Iterator[Triple]:
    """Declare the row's contest group (the same triples from every row of the group) and its consensus variant."""
    group = row.get("contested")
    if not group:
        return
    node = ENTITY[CONTEST_PREFIX + group]
    yield node, RDF.type, OWL.NamedIndividual
    yield node, RDF.type, RADIX.ContestedFact
    yield node, RDFS.label, Literal("contested: " + group.replace("_", " "))
    yield node, RDFS.isDefinedBy, ONTOLOGY_IRI
    if row.get("consensus"):
        yield node, RADIX.consensusVariant, Literal(row.get("variant"))


def read_terms(path: Path) -> list[Triple]:
    """Read one terms table into triples (fails with file and line on a malformed row)."""
    return list(term_triples(read_rows(path, TERM_COLUMNS, TERM_OPTIONAL)))


def read_facts(path: Path) -> list[Triple]:
    """Read one facts table into triples (fails with file and line on a malformed row)."""
    return list(fact_triples(read_rows(path, FACT_COLUMNS, FACT_OPTIONAL)))


def table_paths(folder: Path) -> list[Path]:
    """Return the ``*.tsv`` tables of ``folder`` in name order (an absent folder has none)."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.tsv"))


__all__ = ["SourceFileError", "Triple", "axiom_node", "read_facts", "read_terms", "table_paths"]
