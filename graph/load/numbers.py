"""Turn the number tables of ``ontology/numbers/`` into ``radix:Measurement`` entities.

One row is one number a source reports, with who was studied and the source's own figure:

``id``, ``measure`` (``sensitivity``, ``specificity``, ``positive_lr``, ``negative_lr``,
``prevalence``, ``share_of_cases``, ``pretest_probability``, ``incidence``, ``annual_incidence``),
``subject`` (the test, root, disc level or cause it is about; ``bilateral`` for the share of a condition's cases on
both sides), ``target`` (the condition), ``value``,
``ci_low``, ``ci_high``, ``unit`` (rates only), ``population``, ``source_figure``, ``sources``,
``evidence``, ``note``.

``annual_incidence`` is the rate meant for the localisation priors (issue 12, ``numbers/incidence.tsv``):
new cases per 100,000 person-years, so its unit must be exactly :data:`ANNUAL_INCIDENCE_UNIT`; a figure a
source prints per 1,000 or per million is restated per 100,000 and the row's note says so. ``incidence``
keeps a free unit for rates printed in other terms.

Each row becomes ``radix:<id> a radix:Measurement`` with ``radix:measure``, ``radix:ofSubject``,
``radix:forCondition``, ``radix:value`` (``xsd:decimal``), ``radix:ciLow``/``radix:ciHigh``,
``radix:population``, ``radix:sourceFigure``, ``dcterms:source`` and RO "has evidence", labelled in
words ("sensitivity of straight leg raise for lumbar disc herniation"; the labels of subject and
target are looked up in the term rows passed in). Unlike a fact, a measurement is an entity of its
own, so its provenance sits on it rather than on an ``owl:Axiom``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal, InvalidOperation
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, XSD

from graph.load.templates import ECO_CURIE, TERM_COLUMNS, TERM_OPTIONAL, Triple, entity
from graph.load.tsv import Row, read_rows
from graph.namespaces import CONVERTER, HAS_EVIDENCE, ONTOLOGY_IRI, RADIX

NUMBER_COLUMNS = ("id", "measure", "subject", "target", "value", "population", "source_figure", "sources", "evidence")
NUMBER_OPTIONAL = ("ci_low", "ci_high", "unit", "note")

PROPORTIONS = ("sensitivity", "specificity", "prevalence", "share_of_cases", "pretest_probability")
RATIOS = ("positive_lr", "negative_lr")
RATES = ("incidence", "annual_incidence")
MEASURES = PROPORTIONS + RATIOS + RATES
ANNUAL_INCIDENCE_UNIT = "per 100000 person-years"
"""The only unit an ``annual_incidence`` may carry, so that every prior is on one scale."""


def number_triples(rows: Iterable[Row], labels: Mapping[str, str] | None = None) -> Iterator[Triple]:
    """Yield the triples of each number row (fails with file and line on a malformed row)."""
    labels = labels or {}
    seen: dict[str, int] = {}
    for row in rows:
        node = entity(row.get("id"), row, "id")
        if row.get("id") in seen:
            raise row.error(f"id {row.get('id')!r} is already used on line {seen[row.get('id')]}")
        seen[row.get("id")] = row.line
        measure = row.get("measure")
        if measure not in MEASURES:
            raise row.error(f"measure must be one of {', '.join(MEASURES)}, not {measure!r}")
        subject = entity(row.get("subject"), row, "subject")
        target = entity(row.get("target"), row, "target")
        value = _decimal(row, "value")
        low, high = _decimal(row, "ci_low", optional=True), _decimal(row, "ci_high", optional=True)
        _check_range(row, measure, value, low, high)
        for column in ("population", "source_figure"):
            if not row.get(column):
                raise row.error(f"{column} is empty: every number says who was studied and how the source prints it")
        sources = row.values("sources")
        if not sources:
            raise row.error("sources is empty: every number needs its reference")
        evidence = row.get("evidence")
        if not ECO_CURIE.match(evidence):
            raise row.error(f"evidence {evidence!r} is not an ECO CURIE such as ECO:0006017")
        yield node, RDF.type, OWL.NamedIndividual
        yield node, RDF.type, RADIX.Measurement
        yield node, RDFS.isDefinedBy, ONTOLOGY_IRI
        yield node, RDFS.label, Literal(_label(row, labels))
        yield node, RADIX.measure, URIRef(RADIX[measure])
        yield node, RADIX.ofSubject, subject
        yield node, RADIX.forCondition, target
        yield node, RADIX.value, Literal(str(value), datatype=XSD.decimal)
        if low is not None:
            yield node, RADIX.ciLow, Literal(str(low), datatype=XSD.decimal)
        if high is not None:
            yield node, RADIX.ciHigh, Literal(str(high), datatype=XSD.decimal)
        if row.get("unit"):
            if measure == "annual_incidence" and row.get("unit") != ANNUAL_INCIDENCE_UNIT:
                raise row.error(
                    f"an annual_incidence is counted {ANNUAL_INCIDENCE_UNIT!r}, not {row.get('unit')!r}: "
                    "restate the source's figure per 100,000 and say so in the note"
                )
            yield node, RADIX.unit, Literal(row.get("unit"))
        elif measure in RATES:
            raise row.error(f"a {measure} needs its unit (e.g. 'per 100,000 person-years')")
        yield node, RADIX.population, Literal(row.get("population"))
        yield node, RADIX.sourceFigure, Literal(row.get("source_figure"))
        for source in sources:
            yield node, DCTERMS.source, entity(source, row, "sources")
        yield node, HAS_EVIDENCE, URIRef(CONVERTER.expand_strict(evidence))
        if row.get("note"):
            yield node, RDFS.comment, Literal(row.get("note"))


def _decimal(row: Row, column: str, *, optional: bool = False) -> Decimal | None:
    text = row.get(column)
    if not text:
        if optional:
            return None
        raise row.error(f"{column} is empty")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise row.error(f"{column} must be a number, not {text!r}") from None
    if not number.is_finite():
        raise row.error(f"{column} must be a finite number, not {text!r}")
    return number


def _check_range(row: Row, measure: str, value: Decimal | None, low: Decimal | None, high: Decimal | None) -> None:
    assert value is not None
    numbers = [n for n in (value, low, high) if n is not None]
    if measure in PROPORTIONS and any(not 0 <= n <= 1 for n in numbers):
        raise row.error(f"a {measure} is a proportion from 0 to 1; write 0.91, not 91")
    if measure not in PROPORTIONS and any(n < 0 for n in numbers):
        raise row.error(f"a {measure} cannot be negative")
    if (low is None) != (high is None):
        raise row.error("give both ci_low and ci_high, or neither")
    if low is not None and high is not None and not low <= value <= high:
        raise row.error(f"value {value} lies outside its confidence interval {low}-{high}")


def _label(row: Row, labels: Mapping[str, str]) -> str:
    measure = row.get("measure").replace("_", " ").replace(" lr", " likelihood ratio")
    subject = labels.get(row.get("subject"), row.get("subject").replace("_", " "))
    target = labels.get(row.get("target"), row.get("target").replace("_", " "))
    joiner = "for" if row.get("measure") in PROPORTIONS[:2] + RATIOS + ("pretest_probability",) else "in"
    own_rate = ("prevalence", "incidence", "annual_incidence", "pretest_probability")
    if row.get("measure") in own_rate and subject == target:
        return f"{measure} of {target} ({row.get('id')})"
    return f"{measure} of {subject} {joiner} {target} ({row.get('id')})"


def read_numbers(path: Path, labels: Mapping[str, str] | None = None) -> list[Triple]:
    """Read one numbers table into triples."""
    return list(number_triples(read_rows(path, NUMBER_COLUMNS, NUMBER_OPTIONAL), labels))


def term_labels(paths: Iterable[Path]) -> dict[str, str]:
    """Return id -> label of every term row in ``paths`` (for the words of a measurement's label)."""
    labels: dict[str, str] = {}
    for path in paths:
        for row in read_rows(path, TERM_COLUMNS, TERM_OPTIONAL):
            labels[row.get("id")] = row.get("label")
    return labels
