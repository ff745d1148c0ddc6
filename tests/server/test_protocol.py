"""SPARQL 1.1 Protocol paths: GET, POST form, POST direct, the protocol dataset, and the discovery documents."""

from __future__ import annotations

import json

import pyoxigraph as ox
from flask.testing import FlaskClient

from tests.server.support import EX

NAMES = f"SELECT ?name WHERE {{ ?who <{EX}name> ?name }} ORDER BY ?name"


def names(response_data: bytes) -> list[str]:
    """Return the ?name values of a SPARQL JSON answer, in order."""
    answer = json.loads(response_data)
    return [row["name"]["value"] for row in answer["results"]["bindings"]]


def test_get_with_query_parameter_answers(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": NAMES})
    assert response.status_code == 200
    assert names(response.data) == ["Alice", "Bob"]


def test_post_form_encoded_answers(client: FlaskClient) -> None:
    response = client.post("/sparql", data={"query": NAMES})
    assert response.status_code == 200
    assert names(response.data) == ["Alice", "Bob"]


def test_post_direct_sparql_query_answers(client: FlaskClient) -> None:
    response = client.post("/sparql", data=NAMES, content_type="application/sparql-query")
    assert response.status_code == 200
    assert names(response.data) == ["Alice", "Bob"]


def test_named_graphs_from_trig_are_queryable_with_graph(client: FlaskClient) -> None:
    query = f"SELECT ?name WHERE {{ GRAPH <{EX}g1> {{ ?who <{EX}name> ?name }} }}"
    response = client.get("/sparql", query_string={"query": query})
    assert names(response.data) == ["Carol"]


def test_named_graph_triples_stay_out_of_the_default_graph(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": NAMES})
    assert "Carol" not in names(response.data)


def test_radix_graph_is_in_the_default_graph(client: FlaskClient) -> None:
    query = "ASK { ?root a radix:NerveRoot }"
    response = client.get("/sparql", query_string={"query": query})
    assert json.loads(response.data)["boolean"] is True


def test_default_graph_uri_makes_those_graphs_the_default_graph(client: FlaskClient) -> None:
    response = client.get(
        "/sparql", query_string=[("query", NAMES), ("default-graph-uri", f"{EX}g1"), ("default-graph-uri", f"{EX}g2")]
    )
    assert names(response.data) == ["Carol", "Dave"]


def test_named_graph_uri_limits_the_graphs_graph_can_see(client: FlaskClient) -> None:
    query = f"SELECT ?name WHERE {{ GRAPH ?g {{ ?who <{EX}name> ?name }} }} ORDER BY ?name"
    response = client.post("/sparql", data={"query": query, "named-graph-uri": f"{EX}g2"})
    assert names(response.data) == ["Dave"]


def test_protocol_dataset_overrides_from_in_the_query(client: FlaskClient) -> None:
    query = f"SELECT ?name FROM <{EX}g1> WHERE {{ ?who <{EX}name> ?name }}"
    response = client.get("/sparql", query_string={"query": query, "default-graph-uri": f"{EX}g2"})
    assert names(response.data) == ["Dave"]


def test_from_picks_a_graph_of_the_local_dataset(client: FlaskClient) -> None:
    query = f"SELECT ?name FROM <{EX}g1> WHERE {{ ?who <{EX}name> ?name }}"
    response = client.get("/sparql", query_string={"query": query})
    assert names(response.data) == ["Carol"]


def test_get_without_query_returns_a_service_description(client: FlaskClient) -> None:
    response = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    assert response.mimetype == "text/turtle"
    triples = list(ox.parse(response.data, format=ox.RdfFormat.TURTLE))
    types = {t.object.value for t in triples if t.predicate.value.endswith("#type")}
    assert "http://www.w3.org/ns/sparql-service-description#Service" in types


def test_browser_get_without_query_gets_the_query_page(client: FlaskClient) -> None:
    accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    response = client.get("/sparql", headers={"Accept": accept})
    assert response.mimetype == "text/html"
    assert b'id="query-form"' in response.data


def test_void_counts_every_triple_of_the_dataset(client: FlaskClient) -> None:
    response = client.get("/void", headers={"Accept": "application/n-triples"})
    triples = list(ox.parse(response.data, format=ox.RdfFormat.N_TRIPLES))
    dataset = next(t.subject for t in triples if t.object.value == "http://rdfs.org/ns/void#Dataset")
    stated = next(
        int(t.object.value) for t in triples if t.subject == dataset and t.predicate.value.endswith("#triples")
    )
    count = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
    counted = json.loads(client.get("/sparql", query_string={"query": count}).data)
    assert stated == int(counted["results"]["bindings"][0]["n"]["value"])


def test_void_is_also_at_the_well_known_address(client: FlaskClient) -> None:
    assert client.get("/.well-known/void").data == client.get("/void").data


def test_health_reports_ready_workers(client: FlaskClient) -> None:
    body = client.get("/health").get_json()
    assert body["status"] == "ok"
    assert body["workers"]["live"] == body["workers"]["size"] + body["workers"]["reserved"]["size"]


def test_answers_allow_any_origin(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": "ASK {}"}, headers={"Origin": "https://example.com"})
    assert response.headers["Access-Control-Allow-Origin"] == "*"


def test_cors_preflight_allows_post_with_content_type(client: FlaskClient) -> None:
    response = client.options(
        "/sparql", headers={"Origin": "https://example.com", "Access-Control-Request-Method": "POST"}
    )
    assert response.status_code == 204
    assert "POST" in response.headers["Access-Control-Allow-Methods"]
    assert "Content-Type" in response.headers["Access-Control-Allow-Headers"]


def test_predeclared_radix_prefixes_need_no_prefix_line(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": "SELECT ?l WHERE { radix:S1_root rdfs:label ?l }"})
    assert response.status_code == 200
    assert json.loads(response.data)["results"]["bindings"]
