"""The lexical guard: what it refuses, and that keywords in strings, IRIs and comments do not fool it."""

from __future__ import annotations

import pytest

from graph.serve.guard import Limits, check
from graph.serve.query_errors import QueryTooComplexError, QueryTooLargeError, ServiceRefusedError, UpdateRefusedError

ALLOWED = "http://allowed.example/sparql"
LIMITS = Limits(max_bytes=10_000, max_depth=20, service_allow=frozenset({ALLOWED}))


def test_plain_query_passes() -> None:
    assert check("SELECT * WHERE { ?s ?p ?o }", LIMITS).cacheable


def test_query_over_the_size_limit_is_refused() -> None:
    with pytest.raises(QueryTooLargeError, match="10000 bytes"):
        check("ASK {}" + " " * 10_000, LIMITS)


def test_size_is_counted_in_utf8_bytes() -> None:
    with pytest.raises(QueryTooLargeError):
        check("ASK { ?s ?p 'é' }" + "é" * 5_000, LIMITS)


def test_nesting_deeper_than_the_limit_is_refused() -> None:
    with pytest.raises(QueryTooComplexError, match="more than 20 deep"):
        check("SELECT * WHERE " + "{" * 21 + "}" * 21, LIMITS)


def test_many_shallow_groups_pass() -> None:
    check("SELECT * WHERE { " + "{ ?s ?p ?o } UNION " * 30 + "{ ?s ?p ?o } }", LIMITS)


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    check("SELECT * WHERE { ?s ?p '" + "{" * 50 + "' }", LIMITS)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://evil.example/> { ?s ?p ?o } }",
        "SELECT * WHERE { service silent <http://evil.example/> { ?s ?p ?o } }",
        "SELECT * WHERE { SERVICE <http://\\u0065vil.example/> { ?s ?p ?o } }",
        "SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } }",
        "PREFIX e: <http://evil.example/> SELECT * WHERE { SERVICE e:sparql { ?s ?p ?o } }",
        "SELECT * WHERE { SERVICE undeclared:sparql { ?s ?p ?o } }",
        "BASE <http://evil.example/> SELECT * WHERE { SERVICE <sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p ?o FILTER(?s<?o&&?o>?s) SERVICE <http://evil.example/> {} }",
    ],
)
def test_service_outside_the_allow_list_is_refused(query: str) -> None:
    with pytest.raises(ServiceRefusedError):
        check(query, LIMITS)


def test_service_in_the_allow_list_passes_and_is_not_cacheable() -> None:
    profile = check(f"SELECT * WHERE {{ SERVICE <{ALLOWED}> {{ ?s ?p ?o }} }}", LIMITS)
    assert profile.services == (ALLOWED,)
    assert not profile.cacheable


def test_allow_listed_endpoint_may_be_written_with_a_prefix() -> None:
    query = "PREFIX a: <http://allowed.example/> SELECT * WHERE { SERVICE a:sparql { ?s ?p ?o } }"
    assert check(query, LIMITS).services == (ALLOWED,)


def test_service_in_a_string_or_comment_is_not_a_clause() -> None:
    query = "SELECT * WHERE { ?s ?p 'SERVICE <http://evil.example/> {}' } # SERVICE <http://evil.example/>"
    assert check(query, LIMITS).services == ()


@pytest.mark.parametrize(
    "query",
    [
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "PREFIX x: <urn:x:> DELETE WHERE { ?s ?p ?o }",
        "CLEAR ALL",
        "LOAD <http://example.org/data.ttl>",
        "DROP GRAPH <urn:g>",
    ],
)
def test_updates_are_refused(query: str) -> None:
    with pytest.raises(UpdateRefusedError, match="read-only"):
        check(query, LIMITS)


def test_update_words_as_variables_are_not_updates() -> None:
    check("SELECT ?insert ?load WHERE { ?insert <urn:p> ?load }", LIMITS)


@pytest.mark.parametrize("function", ["RAND()", "NOW()", "UUID()", "STRUUID()", "BNODE()"])
def test_nondeterministic_functions_make_a_query_uncacheable(function: str) -> None:
    assert not check(f"SELECT ({function} AS ?x) WHERE {{}}", LIMITS).cacheable


def test_variable_named_like_a_function_stays_cacheable() -> None:
    assert check("SELECT ?now WHERE { ?s <urn:at> ?now }", LIMITS).cacheable
