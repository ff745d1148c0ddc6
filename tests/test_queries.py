"""The named competency questions of queries/: each parses, documents its parameters and gives its answer."""

from __future__ import annotations

import tomllib
from typing import Any

import pyoxigraph as ox
import pytest

from graph.ask.namedqueries import load_named_queries
from graph.ask.sparql import display, run, table
from tests.conftest import DATA

QUERIES = load_named_queries()
CASES: list[dict[str, Any]] = [
    case
    for path in sorted(DATA.glob("query_cases*.toml"))  # query_cases.toml, plus one file per body of work
    for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]
]


def test_there_are_enough_competency_questions() -> None:
    assert len(QUERIES) >= 25
    assert QUERIES["s1_symptoms"].summary == "What are the symptoms of S1 radiculopathy?"


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_every_query_has_a_case(name: str) -> None:
    assert any(case["query"] == name for case in CASES), (
        f"queries/{name}.rq has no case in tests/data/query_cases*.toml"
    )


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_header_documents_the_query(name: str) -> None:
    query = QUERIES[name]
    assert query.summary and query.description
    for parameter in query.parameters:
        assert parameter.description, f"{name}: parameter {parameter.name} is not described"


def _rows(store: ox.Store, case: dict[str, Any]) -> list[dict[str, str]]:
    query = QUERIES[case["query"]]
    answer = run(store, query.text, bindings=query.bindings(case.get("params")))
    assert isinstance(answer, ox.QuerySolutions)
    result = table(answer)
    return [dict(zip(result.variables, map(display, row), strict=True)) for row in result.rows]


def _same(actual: str | None, expected: object) -> bool:
    """Compare a cell; GROUP_CONCAT cells (whose order SPARQL leaves open) are compared as sets.

    An expected list means "the cell includes each of these items", for multi-valued cells that
    may grow as content is added.
    """
    if actual is None:
        return False
    if isinstance(expected, list):
        items = {item.strip() for separator in ("; ", ", ") for item in actual.split(separator)} | {actual}
        return all(str(item) in items or str(item) in actual.split(", ") for item in expected)
    expected = str(expected)
    if actual == expected:
        return True
    for separator in ("; ", ", ", " "):
        if separator in expected:
            return set(actual.split(separator)) == set(expected.split(separator))
    return False


def _matches(row: dict[str, str], expected: dict[str, object]) -> bool:
    return all(_same(row.get(column), value) for column, value in expected.items())


@pytest.mark.parametrize("case", CASES, ids=[f"{case['query']}-{i}" for i, case in enumerate(CASES)])
def test_query_gives_its_answer(store: ox.Store, case: dict[str, Any]) -> None:
    rows = _rows(store, case)
    assert len(rows) >= case.get("min_rows", 1), f"{case['query']}: {len(rows)} rows"
    for expected in case.get("contains", []):
        assert any(_matches(row, expected) for row in rows), f"{case['query']}: no row matches {expected}; rows: {rows}"
    for unexpected in case.get("excludes", []):
        assert not any(_matches(row, unexpected) for row in rows), f"{case['query']}: a row matches {unexpected}"
