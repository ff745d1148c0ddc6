"""Run SPARQL on the Oxigraph store and write the answers in the standard result formats.

Parameters are bound with Oxigraph's ``substitutions`` (SEP-0007), never pasted into query text.
Syntax errors come back as :class:`~graph.errors.QuerySyntaxError` carrying the parser's message
with its line and column.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pyoxigraph as ox

from graph.ask.syntax import syntax_error
from graph.errors import QuerySyntaxError, UnsupportedFormatError
from graph.namespaces import CONVERTER, PREFIXES

SOLUTION_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
"""Formats for SELECT and ASK answers (W3C SPARQL 1.1 result formats)."""

GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
}
"""Formats for CONSTRUCT and DESCRIBE answers."""

Term = ox.NamedNode | ox.BlankNode | ox.Literal
Answer = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples


@dataclass(frozen=True)
class Table:
    """A SELECT answer read into memory: variable names and rows of terms (None when unbound)."""

    variables: list[str]
    rows: list[list[Term | None]]


def run(
    store: ox.Store,
    query: str,
    *,
    bindings: Mapping[str, Term] | None = None,
    use_default_graph_as_union: bool = False,
) -> Answer:
    """Evaluate ``query`` on ``store`` with ``bindings`` substituted for its variables.

    The Radix prefixes (``radix:``, ``HP:``, ``skos:`` ...) are predeclared, so queries may use
    them without a PREFIX line; a query's own PREFIX declarations take precedence.
    """
    substitutions: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
        ox.Variable(name): value for name, value in (bindings or {}).items()
    }
    try:
        return store.query(
            query,
            prefixes=PREFIXES,
            substitutions=substitutions,
            use_default_graph_as_union=use_default_graph_as_union,
        )
    except SyntaxError as exc:
        raise syntax_error(str(exc), query) from exc


def query_kind(answer: Answer) -> str:
    """Return ``"solutions"``, ``"boolean"`` or ``"graph"`` for an answer of :func:`run`."""
    if isinstance(answer, ox.QuerySolutions):
        return "solutions"
    if isinstance(answer, ox.QueryBoolean):
        return "boolean"
    return "graph"


def formats_for(answer: Answer) -> list[str]:
    """Return the serialisation formats available for ``answer`` (the CLI adds ``table``)."""
    return list(GRAPH_FORMATS) if query_kind(answer) == "graph" else list(SOLUTION_FORMATS)


def serialize(answer: Answer, format_name: str) -> bytes:
    """Write ``answer`` in ``format_name``; raise :class:`UnsupportedFormatError` if it does not fit."""
    kind = query_kind(answer)
    if kind == "graph":
        if format_name not in GRAPH_FORMATS:
            raise UnsupportedFormatError(format_name, list(GRAPH_FORMATS), what="format for a graph answer")
        assert isinstance(answer, ox.QueryTriples)
        return answer.serialize(format=GRAPH_FORMATS[format_name]) or b""
    if format_name not in SOLUTION_FORMATS:
        raise UnsupportedFormatError(format_name, list(SOLUTION_FORMATS), what=f"format for a {kind} answer")
    assert isinstance(answer, ox.QuerySolutions | ox.QueryBoolean)
    return answer.serialize(format=SOLUTION_FORMATS[format_name]) or b""


def table(answer: ox.QuerySolutions) -> Table:
    """Read a SELECT answer into a :class:`Table` (consumes the answer)."""
    variables = [variable.value for variable in answer.variables]
    rows = [[solution[name] for name in variables] for solution in answer]
    return Table(variables, rows)


def select(store: ox.Store, query: str, *, bindings: Mapping[str, Term] | None = None) -> list[dict[str, Term]]:
    """Run a SELECT query and return its rows as dicts of the bound variables (for Python callers)."""
    answer = run(store, query, bindings=bindings)
    if not isinstance(answer, ox.QuerySolutions):
        raise QuerySyntaxError("expected a SELECT query")
    result = table(answer)
    return [
        {name: value for name, value in zip(result.variables, row, strict=True) if value is not None}
        for row in result.rows
    ]


def display(term: Term | None) -> str:
    """Render a term for people: IRIs as prefixed names where the prefix map knows them."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return CONVERTER.compress(term.value) or f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def render_table(result: Table) -> str:
    """Render a :class:`Table` as aligned plain text with a header rule."""
    cells = [[display(term) for term in row] for row in result.rows]
    widths = [len(name) for name in result.variables]
    for row in cells:
        widths = [max(width, len(cell)) for width, cell in zip(widths, row, strict=True)]
    lines = [
        "  ".join(name.ljust(width) for name, width in zip(result.variables, widths, strict=True)),
        "  ".join("-" * width for width in widths),
    ]
    lines += ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) for row in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(line.rstrip() for line in lines)
