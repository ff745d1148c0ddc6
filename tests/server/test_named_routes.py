"""Named queries as REST routes: parameters bound by the engine, bad values refused with a message, all in OpenAPI."""

from __future__ import annotations

import json
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from graph.ask.namedqueries import load_named_queries
from graph.serve.executor import QuerySpec
from graph.web.state import EXTENSION


def rows(response: Any) -> list[dict[str, Any]]:
    assert response.status_code == 200, response.data
    return list(json.loads(response.data)["results"]["bindings"])


def test_a_parameter_changes_the_answer(client: FlaskClient) -> None:
    l5 = rows(client.get("/api/queries/root_muscles", query_string={"root": "radix:L5_root"}))
    s1 = rows(client.get("/api/queries/root_muscles", query_string={"root": "radix:S1_root"}))
    assert {row["_root_iri"]["value"] for row in l5} == {"https://w3id.org/radix/L5_root"}
    assert "https://w3id.org/radix/tibialis_anterior" in {row["muscle"]["value"] for row in l5}
    assert {row["muscle"]["value"] for row in l5} != {row["muscle"]["value"] for row in s1}


def test_the_default_is_used_when_a_parameter_is_left_out(client: FlaskClient) -> None:
    answer = rows(client.get("/api/queries/distinguishing_findings"))
    pairs = {(row["_first_iri"]["value"], row["_second_iri"]["value"]) for row in answer}
    assert pairs == {("https://w3id.org/radix/L5_radiculopathy", "https://w3id.org/radix/common_fibular_neuropathy")}


@pytest.mark.parametrize(
    "value", ["L5_root", "L5 nerve root", "https://w3id.org/radix/L5_root", "<https://w3id.org/radix/L5_root>"]
)
def test_an_entity_may_be_named_by_id_label_or_iri(client: FlaskClient, value: str) -> None:
    answer = rows(client.get("/api/queries/root_muscles", query_string={"root": value}))
    assert answer and answer[0]["_root_iri"]["value"] == "https://w3id.org/radix/L5_root"


def test_an_unknown_entity_is_a_400_with_suggestions(client: FlaskClient) -> None:
    response = client.get("/api/queries/root_muscles", query_string={"root": "radix:L9_root"})
    assert response.status_code == 400
    body = response.get_json()
    assert "radix:L9_root" in body["error"]
    assert body["suggestions"] and all(suggestion.endswith("_root") for suggestion in body["suggestions"])


@pytest.mark.parametrize(
    "value",
    [
        "radix:S1_root> } UNION { ?s ?p ?o",
        "<https://w3id.org/radix/S1_root> . ?x ?y ?z",
        'radix:S1_root" ; DROP ALL',
        "http://example.org/has space",
    ],
)
def test_an_injected_or_malformed_value_is_a_400_and_nothing_runs_unbound(client: FlaskClient, value: str) -> None:
    response = client.get("/api/queries/root_muscles", query_string={"root": value})
    assert response.status_code == 400
    assert "error" in response.get_json()


def test_a_bound_value_stays_one_term_whatever_it_holds(app: Flask) -> None:
    """The engine binds the value: SPARQL inside it is text, not query (as a literal parameter is bound)."""
    executor = app.extensions[EXTENSION].executor
    evil = '"} UNION { ?s ?p ?o } #'
    spec = QuerySpec("SELECT ?_text WHERE {}", bindings=(("_text", "literal", evil),))
    answer = json.loads(executor.execute(spec).body)["results"]["bindings"]
    assert answer == [{"_text": {"type": "literal", "value": evil}}]


def test_an_unknown_parameter_is_named(client: FlaskClient) -> None:
    response = client.get("/api/queries/root_muscles", query_string={"rot": "radix:S1_root"})
    assert response.status_code == 400
    assert "rot" in response.get_json()["error"] and "root" in response.get_json()["error"]


def test_a_misspelt_query_is_a_404_with_the_closest_names(client: FlaskClient) -> None:
    response = client.get("/api/queries/root_muscle")
    assert response.status_code == 404
    assert response.get_json()["suggestions"][0] == "root_muscles"


def test_the_answer_format_is_negotiated(client: FlaskClient) -> None:
    csv = client.get("/api/queries/root_muscles", query_string={"root": "radix:S1_root", "format": "csv"})
    assert csv.mimetype == "text/csv" and csv.data.startswith(b"_root_iri,muscle")
    xml = client.get("/api/queries/root_muscles", headers={"Accept": "application/sparql-results+xml"})
    assert xml.mimetype == "application/sparql-results+xml"


def test_the_list_gives_each_query_its_parameters(client: FlaskClient) -> None:
    listed = {query["name"]: query for query in client.get("/api/queries").get_json()["queries"]}
    assert listed["root_muscles"]["parameters"][0]["name"] == "root"
    assert listed["root_muscles"]["route"] == "/api/queries/root_muscles"
    assert set(listed) == set(load_named_queries())


def test_openapi_gives_each_named_query_its_parameters(client: FlaskClient) -> None:
    paths = client.get("/api/openapi.json").get_json()["paths"]
    operation = paths["/api/queries/distinguishing_findings"]["get"]
    names = {parameter["name"] for parameter in operation["parameters"]}
    assert {"first", "second", "format"} <= names
    first = next(p for p in operation["parameters"] if p["name"] == "first")
    assert first["schema"]["default"] == "radix:L5_radiculopathy" and not first["required"]
    assert "400" in operation["responses"]


def test_the_api_docs_page_is_served_without_a_cdn(client: FlaskClient) -> None:
    page = client.get("/api/docs").data.decode()
    assert 'src="/api/docs/assets/swagger-ui-bundle.js"' in page
    assert "http://" not in page.split("<main>")[1].split("</main>")[0] and "https://" not in page.replace(
        "https://w3id.org", ""
    )
    assert client.get("/api/docs/assets/swagger-ui-bundle.js").status_code == 200
    assert client.get("/api/docs/assets/oauth2-redirect.html").status_code == 404
