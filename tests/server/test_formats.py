"""Answer formats: each SELECT/ASK and CONSTRUCT/DESCRIBE format, chosen by Accept (q-values) or ``format``."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest
from flask.testing import FlaskClient

from tests.server.support import EX

SELECT = f"SELECT ?who ?name WHERE {{ ?who <{EX}name> ?name }} ORDER BY ?name"
CONSTRUCT = f"CONSTRUCT {{ ?who <{EX}name> ?name }} WHERE {{ ?who <{EX}name> ?name }}"
DESCRIBE = f"DESCRIBE <{EX}alice>"

SOLUTION_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}


def solution_rows(data: bytes, fmt: ox.QueryResultsFormat) -> list[tuple[str, ...]]:
    """Return the (who, name) values of a SELECT answer as strings (CSV is lossy, so read as text)."""
    if fmt == ox.QueryResultsFormat.CSV:
        return [tuple(row) for row in csv.reader(io.StringIO(data.decode()))][1:]
    answer = ox.parse_query_results(data, format=fmt)
    assert isinstance(answer, ox.QuerySolutions)
    return [tuple(row[name].value for name in ("who", "name")) for row in answer]


def graph_triples(data: bytes, fmt: ox.RdfFormat) -> set[str]:
    return {str(triple) for triple in ox.parse(data, format=fmt)}


@pytest.mark.parametrize("media_type", SOLUTION_TYPES)
def test_select_is_answered_in_each_results_format(client: FlaskClient, media_type: str) -> None:
    response = client.get("/sparql", query_string={"query": SELECT}, headers={"Accept": media_type})
    assert response.mimetype == media_type
    rows = solution_rows(response.data, SOLUTION_TYPES[media_type])
    assert rows == [(f"{EX}alice", "Alice"), (f"{EX}bob", "Bob")]


@pytest.mark.parametrize("media_type", SOLUTION_TYPES)
def test_ask_is_answered_in_each_results_format(client: FlaskClient, media_type: str) -> None:
    response = client.get(
        "/sparql", query_string={"query": f"ASK {{ <{EX}alice> ?p ?o }}"}, headers={"Accept": media_type}
    )
    assert response.mimetype == media_type
    assert b"true" in response.data


@pytest.mark.parametrize("media_type", GRAPH_TYPES)
def test_construct_is_answered_in_each_rdf_format(client: FlaskClient, media_type: str) -> None:
    response = client.get("/sparql", query_string={"query": CONSTRUCT}, headers={"Accept": media_type})
    reference = client.get("/sparql", query_string={"query": CONSTRUCT}, headers={"Accept": "application/n-triples"})
    assert response.mimetype == media_type
    expected = graph_triples(reference.data, ox.RdfFormat.N_TRIPLES)
    assert len(expected) == 2
    assert graph_triples(response.data, GRAPH_TYPES[media_type]) == expected


@pytest.mark.parametrize("media_type", GRAPH_TYPES)
def test_describe_is_answered_in_each_rdf_format(client: FlaskClient, media_type: str) -> None:
    response = client.get("/sparql", query_string={"query": DESCRIBE}, headers={"Accept": media_type})
    subjects = {triple.subject.value for triple in ox.parse(response.data, format=GRAPH_TYPES[media_type])}
    assert subjects == {f"{EX}alice"}


def test_highest_q_value_wins(client: FlaskClient) -> None:
    accept = "application/sparql-results+json;q=0.5, text/csv;q=0.9, application/sparql-results+xml;q=0.7"
    response = client.get("/sparql", query_string={"query": SELECT}, headers={"Accept": accept})
    assert response.mimetype == "text/csv"


def test_wildcard_accept_gets_the_default_formats(client: FlaskClient) -> None:
    select = client.get("/sparql", query_string={"query": SELECT}, headers={"Accept": "*/*"})
    construct = client.get("/sparql", query_string={"query": CONSTRUCT}, headers={"Accept": "*/*"})
    assert (select.mimetype, construct.mimetype) == ("application/sparql-results+json", "text/turtle")


def test_q_zero_excludes_a_format(client: FlaskClient) -> None:
    accept = "application/sparql-results+json;q=0, */*;q=0.1"
    response = client.get("/sparql", query_string={"query": SELECT}, headers={"Accept": accept})
    assert response.mimetype != "application/sparql-results+json"


def test_format_parameter_overrides_accept(client: FlaskClient) -> None:
    response = client.get(
        "/sparql",
        query_string={"query": SELECT, "format": "tsv"},
        headers={"Accept": "application/sparql-results+json"},
    )
    assert response.mimetype == "text/tab-separated-values"


def test_format_parameter_xml_means_rdf_xml_for_a_graph(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": CONSTRUCT, "format": "xml"})
    assert response.mimetype == "application/rdf+xml"


def test_nothing_acceptable_gets_406(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": SELECT}, headers={"Accept": "image/png"})
    assert response.status_code == 406


def test_graph_answer_with_only_table_formats_acceptable_gets_406(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": CONSTRUCT}, headers={"Accept": "text/csv"})
    assert response.status_code == 406
    assert b"ttl" in response.data


def test_unknown_format_parameter_gets_400_listing_the_formats(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": SELECT, "format": "yaml"})
    assert response.status_code == 400
    assert b"json" in response.data and b"ttl" in response.data


def test_csv_answer_is_plain_csv_with_a_header(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": SELECT, "format": "csv"})
    rows = list(csv.reader(io.StringIO(response.data.decode())))
    assert rows[0] == ["who", "name"]


def test_json_answer_keeps_language_tags(client: FlaskClient) -> None:
    query = f"SELECT ?name WHERE {{ <{EX}bob> <{EX}name> ?name }}"
    response = client.get("/sparql", query_string={"query": query})
    assert json.loads(response.data)["results"]["bindings"][0]["name"]["xml:lang"] == "en"
