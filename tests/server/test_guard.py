"""The lexical guard: what it refuses, and that keywords in strings, IRIs and comments do not fool it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.serve.guard import Limits, _tokens, check
from graph.serve.query_errors import QueryTooComplexError, QueryTooLargeError, ServiceRefusedError, UpdateRefusedError
from tests.server.support import ROOT

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


# The tokenizer before issue 14 (quadratic on long runs of name characters), kept as the reference the
# one-pass tokenizer must agree with, token for token.
_OLD_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
    | (?P<comment>\#[^\r\n]*)
    | (?P<iri><(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>)
    | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
                 |"(?:[^"\\\r\n]|\\.)*"|'(?:[^'\\\r\n]|\\.)*')
    | (?P<var>[?$][\w\u00B7\u0300-\u036F\u203F-\u2040]+)
    | (?P<pname>(?:[^\W\d_][\w.\-\u00B7]*)?:(?:[\w:%\-\u00B7]|\\[_~.\-!$&'()*+,;=/?\#@%]|\.(?=[\w:%\-]))*)
    | (?P<word>[^\W\d][\w]*)
    | (?P<open>[{(\[])
    | (?P<close>[})\]])
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


def _old_tokens(query: str) -> tuple[list[int], list[tuple[str | None, str]]]:
    matches = [match for match in _OLD_TOKEN.finditer(query) if match.lastgroup not in ("space", "comment")]
    return [match.start() for match in matches], [(match.lastgroup, match.group()) for match in matches]


CORPUS = [
    *(path.read_text(encoding="utf-8") for path in sorted((ROOT / "queries").glob("*.rq"))),
    "PREFIX my-ns.x: <http://e/> SELECT * WHERE { SERVICE my-ns.x:sparql { ?s ?p ?o } }",
    "SELECT * { ?s a-b-c ?o . _:b1 ex:p-q.r 1.5e3 . ?x ex:a\\.b ?y FILTER(?a-?b > -1) } # a-b service",
    "select*{?s<http://x>'''a'b''''\"x\\\"y\"}  rdfs:label· :local ex:·x _x:y a1b2_c3",
]


@pytest.mark.parametrize("query", CORPUS, ids=range(len(CORPUS)))
def test_the_one_pass_tokenizer_gives_the_old_tokens(query: str) -> None:
    assert _tokens(query) == _old_tokens(query)


@settings(max_examples=300, deadline=None, database=None)
@given(st.text(alphabet=st.sampled_from(list("abAB_1-.·:%\\?$<>'\"#{}()[] \n\tSERVICEé")), max_size=80))
def test_the_one_pass_tokenizer_agrees_on_any_text(query: str) -> None:
    assert _tokens(query) == _old_tokens(query)
