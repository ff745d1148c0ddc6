"""Every protocol error gets its 4xx status and a message naming the problem; none changes anything."""

from __future__ import annotations

import json

from flask.testing import FlaskClient

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def count(client: FlaskClient) -> int:
    response = client.get("/sparql", query_string={"query": COUNT})
    return int(json.loads(response.data)["results"]["bindings"][0]["n"]["value"])


def test_malformed_query_gets_400_with_line_column_and_a_short_message(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": "SELECT ?x\nWHERE { ?x ?p ?o "})
    assert response.status_code == 400
    message = response.data.decode()
    assert 'malformed SPARQL query at line 2, column 18: the query ends here; expected "}"' in message
    assert "[" not in message and len(message) < 200  # no raw token list with its character classes


def test_unknown_prefix_is_named(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": "SELECT * WHERE { ?x a foo:Bar }"})
    assert response.status_code == 400
    assert b"unknown prefix 'foo:'" in response.data


def test_error_body_is_plain_text_without_a_traceback(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": "SELECT"})
    assert response.mimetype == "text/plain"
    assert b"Traceback" not in response.data


def test_post_form_without_query_gets_400(client: FlaskClient) -> None:
    response = client.post("/sparql", data={"default-graph-uri": "http://example.org/g"})
    assert response.status_code == 400
    assert b"missing query" in response.data


def test_empty_direct_post_gets_400(client: FlaskClient) -> None:
    response = client.post("/sparql", data=b"", content_type="application/sparql-query")
    assert response.status_code == 400


def test_query_and_update_together_get_400(client: FlaskClient) -> None:
    response = client.post("/sparql", data={"query": "ASK {}", "update": "CLEAR ALL"})
    assert response.status_code == 400
    assert b"both a query and an update" in response.data


def test_two_queries_get_400(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string=[("query", "ASK {}"), ("query", "ASK {}")])
    assert response.status_code == 400


def test_wrong_method_gets_405_with_allow(client: FlaskClient) -> None:
    response = client.put("/sparql", data="ASK {}")
    assert response.status_code == 405
    assert "POST" in response.headers["Allow"]


def test_delete_method_gets_405(client: FlaskClient) -> None:
    assert client.delete("/sparql").status_code == 405


def test_unsupported_content_type_gets_415(client: FlaskClient) -> None:
    response = client.post("/sparql", data="ASK {}", content_type="text/plain")
    assert response.status_code == 415
    assert b"text/plain" in response.data


def test_missing_content_type_gets_415(client: FlaskClient) -> None:
    response = client.post("/sparql", data=b"query=ASK%20%7B%7D", headers={"Content-Type": ""})
    assert response.status_code == 415


def test_non_utf8_charset_gets_415(client: FlaskClient) -> None:
    body = "ASK {}".encode("utf-16")
    response = client.post("/sparql", data=body, content_type="application/sparql-query; charset=UTF-16")
    assert response.status_code == 415


def test_invalid_utf8_body_gets_400(client: FlaskClient) -> None:
    response = client.post("/sparql", data=b"ASK { \xff }", content_type="application/sparql-query")
    assert response.status_code == 400
    assert b"UTF-8" in response.data


def test_over_long_get_query_gets_413(client: FlaskClient) -> None:
    query = "ASK {}" + "#" * 70_000
    response = client.get("/sparql", query_string={"query": query})
    assert response.status_code == 413
    assert b"65536" in response.data


def test_over_long_post_body_gets_413_unread(client: FlaskClient) -> None:
    response = client.post("/sparql", data=b"#" * 300_000, content_type="application/sparql-query")
    assert response.status_code == 413


def test_update_parameter_gets_403_read_only(client: FlaskClient) -> None:
    response = client.post("/sparql", data={"update": "CLEAR ALL"})
    assert response.status_code == 403
    assert b"read-only" in response.data


def test_sparql_update_body_gets_403(client: FlaskClient) -> None:
    response = client.post("/sparql", data="CLEAR ALL", content_type="application/sparql-update")
    assert response.status_code == 403


def test_update_sent_as_a_query_gets_403(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"})
    assert response.status_code == 403


def test_refused_updates_change_nothing(client: FlaskClient) -> None:
    before = count(client)
    client.post("/sparql", data={"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"})
    client.post("/sparql", data="CLEAR ALL", content_type="application/sparql-update")
    client.get("/sparql", query_string={"query": "DELETE WHERE { ?s ?p ?o }"})
    assert count(client) == before


def test_unknown_path_gets_404(client: FlaskClient) -> None:
    assert client.get("/nowhere").status_code == 404


def test_invalid_percent_encoding_gets_400(client: FlaskClient) -> None:
    response = client.get("/sparql?query=ASK%20%7B%FF%7D")
    assert response.status_code == 400
