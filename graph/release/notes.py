"""Release notes: what changed in Radix's own axioms since the previous release (a diff of terms and statements).

Both releases are compared through their base files (``radix-base.owl``): **terms** are the Radix IRIs
with a label (added, removed, relabelled, newly deprecated); **statements** are the triples between
named terms (blank nodes left out: the class view's restrictions repeat the facts) together with the
source each fact's axiom cites, so a fact that gained or lost a reference shows up too.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from graph.errors import SourceFileError
from graph.namespaces import CONVERTER
from graph.release.views import is_radix, value

LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
DEPRECATED = "http://www.w3.org/2002/07/owl#deprecated"
HEADER_PREDICATES = (
    "http://www.w3.org/2002/07/owl#versionIRI",
    "http://www.w3.org/2002/07/owl#versionInfo",
    "http://purl.org/dc/terms/issued",
)
SOURCED = """
SELECT ?s ?p ?o ?source WHERE {
  ?axiom owl:annotatedSource ?s ; owl:annotatedProperty ?p ; owl:annotatedTarget ?o ; dcterms:source ?source .
}
"""
SHOWN = 200
"""Lines listed per section; the counts are always complete."""


@dataclass(frozen=True)
class Snapshot:
    """What a base release says, reduced to comparable sets."""

    labels: dict[str, str]
    deprecated: frozenset[str]
    statements: frozenset[str]


def _text(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> str:
    if isinstance(term, ox.NamedNode):
        return CONVERTER.compress(term.value) or f"<{term.value}>"
    if isinstance(term, ox.Literal):
        return (
            f'"{term.value}"' if term.datatype.value.endswith("#string") else f'"{term.value}"^^{_text(term.datatype)}'
        )
    return str(term)


def snapshot(triples: list[ox.Triple]) -> Snapshot:
    """Reduce a base release's triples to its terms and statements."""
    store = ox.Store()
    store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples)
    labels: dict[str, str] = {}
    deprecated: set[str] = set()
    statements: set[str] = set()
    for t in triples:
        if isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode):
            continue
        if value(t.predicate) in HEADER_PREDICATES:
            continue
        if is_radix(t.subject) and value(t.predicate) == LABEL:
            labels[_text(t.subject)] = value(t.object)
        if is_radix(t.subject) and value(t.predicate) == DEPRECATED and value(t.object) == "true":
            deprecated.add(_text(t.subject))
        statements.add(f"{_text(t.subject)} {_text(t.predicate)} {_text(t.object)}")
    answer = store.query(
        SOURCED, prefixes={"owl": "http://www.w3.org/2002/07/owl#", "dcterms": "http://purl.org/dc/terms/"}
    )
    if isinstance(answer, ox.QuerySolutions):
        for row in answer:
            s, p, o, source = (row[name] for name in ("s", "p", "o", "source"))
            if s is not None and p is not None and o is not None and source is not None:
                statements.add(f"{_text(s)} {_text(p)} {_text(o)} (source: {_text(source)})")
    return Snapshot(labels, frozenset(deprecated), frozenset(statements))


def read_base(path: Path) -> list[ox.Triple]:
    """Read a previous release's base file (RDF/XML)."""
    try:
        return [quad.triple for quad in ox.parse(path=str(path), format=ox.RdfFormat.RDF_XML)]
    except (OSError, SyntaxError, ValueError) as exc:
        raise SourceFileError(str(path), f"cannot read the previous release: {exc}") from exc


def _section(title: str, lines: list[str]) -> list[str]:
    out = [f"### {title} ({len(lines)})", ""]
    out += [f"- {line}" for line in lines[:SHOWN]] or ["None."]
    if len(lines) > SHOWN:
        out.append(f"- … and {len(lines) - SHOWN} more")
    return [*out, ""]


def release_notes(
    current: Snapshot, previous: Snapshot | None, *, date: str, previous_version: str | None, sizes: dict[str, int]
) -> str:
    """Return the Markdown release notes: sizes, then the diff of terms and statements against ``previous``."""
    lines = [f"# Radix release {date}", ""]
    lines += ["| file | bytes |", "| --- | ---: |"] + [
        f"| `{name}` | {size:,} |" for name, size in sorted(sizes.items())
    ]
    lines += ["", f"{len(current.labels)} Radix terms, {len(current.statements)} statements in the base.", ""]
    if previous is None:
        return "\n".join([*lines, "First release: no previous release to compare with.", ""])
    lines += [f"## Changes since {previous_version or 'the previous release'}", ""]
    added = sorted(set(current.labels) - set(previous.labels))
    removed = sorted(set(previous.labels) - set(current.labels))
    relabelled = sorted(
        term for term in set(current.labels) & set(previous.labels) if current.labels[term] != previous.labels[term]
    )
    lines += _section("Terms added", [f"{term} {current.labels[term]!r}" for term in added])
    lines += _section("Terms removed", [f"{term} {previous.labels[term]!r}" for term in removed])
    lines += _section(
        "Terms relabelled", [f"{term}: {previous.labels[term]!r} → {current.labels[term]!r}" for term in relabelled]
    )
    lines += _section("Terms deprecated", sorted(current.deprecated - previous.deprecated))
    lines += _section("Statements added", sorted(current.statements - previous.statements))
    lines += _section("Statements removed", sorted(previous.statements - current.statements))
    return "\n".join(lines)
