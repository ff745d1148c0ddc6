"""Syntax errors read as a line, a column and a short message, not the parser's token list."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from graph.ask.syntax import syntax_error


def parse_error(query: str) -> str:
    with pytest.raises(SyntaxError) as caught:
        ox.Store().query(query)
    return str(caught.value)


@pytest.mark.parametrize(
    ("query", "line", "column", "says"),
    [
        ("SELECT ?x WHERE {", 1, 18, 'the query ends here; expected "}"'),
        ("SELECT ?x\nWHERE { ?x a foo:Bar }", 2, 21, "unknown prefix 'foo:'"),
        ("SELEC ?x WHERE {}", 1, 10, "unexpected 'WHERE'; expected CONSTRUCT"),
        ("SELECT ?é WHERE { ?é ?p ?o", 1, 27, "the query ends here"),
    ],
)
def test_position_and_short_message(query: str, line: int, column: int, says: str) -> None:
    error = syntax_error(parse_error(query), query)
    assert (error.line, error.column) == (line, column)
    assert str(error).startswith(f"malformed SPARQL query at line {line}, column {column}: ")
    assert says in str(error)
    assert "[" not in str(error) and len(str(error)) < 220


def test_a_message_without_a_position_is_kept() -> None:
    error = syntax_error("something else went wrong", "ASK {}")
    assert error.line is None and "something else went wrong" in str(error)
