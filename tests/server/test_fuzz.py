"""No input makes the endpoint answer 500: random queries, bodies, headers and methods (Hypothesis)."""

from __future__ import annotations

from urllib.parse import urlencode

from flask import Flask
from hypothesis import given, settings
from hypothesis import strategies as st

FRAGMENTS = [
    "SELECT",
    "ASK",
    "CONSTRUCT",
    "DESCRIBE",
    "WHERE",
    "*",
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    ".",
    ";",
    ",",
    "?x",
    "$y",
    "<urn:a>",
    "<http://127.0.0.1:9/>",
    "<file:///etc/passwd>",
    "ex:a",
    "PREFIX ex: <urn:ex:>",
    "BASE <urn:b>",
    "SERVICE",
    "SILENT",
    "FROM",
    "NAMED",
    "GRAPH",
    "OPTIONAL",
    "UNION",
    "MINUS",
    "FILTER",
    "BIND",
    "AS",
    "VALUES",
    "LIMIT 3",
    "OFFSET 1",
    "ORDER BY",
    "GROUP BY",
    "COUNT(*)",
    "REGEX(?x, 'a')",
    "'text'",
    '"""long"""',
    "1",
    "2.5",
    "true",
    "a",
    "#comment\n",
    "\\u0041",
    "INSERT DATA",
    "DELETE",
    "CLEAR ALL",
    "LOAD",
    "NOW()",
    "RAND()",
    "é",
    "\x00",
]
METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]
CONTENT_TYPES = [
    "application/x-www-form-urlencoded",
    "application/sparql-query",
    "application/sparql-update",
    "text/plain",
    "application/sparql-query; charset=latin-1",
    "multipart/form-data; boundary=x",
    "",
    "application/json",
]
ACCEPTS = [
    "*/*",
    "text/csv",
    "application/sparql-results+xml;q=0.1",
    "text/turtle, */*;q=0",
    "image/png",
    "",
    ";;;",
    "application/json;q=abc",
    "text/html",
]

sparqlish = st.lists(st.sampled_from(FRAGMENTS), max_size=25).map(" ".join)
queries = st.one_of(sparqlish, st.text(max_size=200))
fuzz_settings = settings(max_examples=150, deadline=None)


@fuzz_settings
@given(query=queries, accept=st.sampled_from(ACCEPTS), format_name=st.one_of(st.none(), st.text(max_size=8)))
def test_no_get_query_answers_500(small_app: Flask, query: str, accept: str, format_name: str | None) -> None:
    params = {"query": query} if format_name is None else {"query": query, "format": format_name}
    response = small_app.test_client().get("/sparql", query_string=params, headers={"Accept": accept})
    assert response.status_code != 500, response.data


@fuzz_settings
@given(body=st.one_of(queries.map(str.encode), st.binary(max_size=200)), content_type=st.sampled_from(CONTENT_TYPES))
def test_no_post_body_answers_500(small_app: Flask, body: bytes, content_type: str) -> None:
    response = small_app.test_client().post("/sparql", data=body, headers={"Content-Type": content_type})
    assert response.status_code != 500, response.data


@fuzz_settings
@given(
    method=st.sampled_from(METHODS),
    path=st.sampled_from(["/sparql", "/", "/void", "/health", "/static/radix.js", "/x"]),
    raw_query=st.text(alphabet="%=&?+query;update-graph-uri0123456789abcdefABCDEF\u00e9", max_size=40),
)
def test_no_request_line_answers_500(small_app: Flask, method: str, path: str, raw_query: str) -> None:
    with small_app.test_client().open(f"{path}?{raw_query}", method=method) as response:  # closes static files
        assert response.status_code != 500, response.data


@fuzz_settings
@given(
    pairs=st.lists(
        st.tuples(st.sampled_from(["query", "update", "default-graph-uri", "named-graph-uri", "format"]), queries),
        max_size=5,
    )
)
def test_no_form_answers_500(small_app: Flask, pairs: list[tuple[str, str]]) -> None:
    body = urlencode(pairs)
    response = small_app.test_client().post("/sparql", data=body, content_type="application/x-www-form-urlencoded")
    assert response.status_code != 500, response.data
