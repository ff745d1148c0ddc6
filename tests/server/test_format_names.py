"""Format names as clients send them, Accept winning over a format that cannot be honoured, one style of 406.

The names are Fuseki's and SPARQLWrapper's; a 406 message lists the formats that fit the query type.
"""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from graph.web.negotiation import negotiate

SELECT = "SELECT ?s WHERE { ?s a <https://w3id.org/radix/NerveRoot> } LIMIT 2"
ROOT = "<https://w3id.org/radix/NerveRoot>"
CONSTRUCT = f"CONSTRUCT {{ ?s a {ROOT} }} WHERE {{ ?s a {ROOT} }} LIMIT 2"


@pytest.mark.parametrize(
    ("name", "media_type"),
    [
        ("turtle", "text/turtle"),
        ("ttl", "text/turtle"),
        ("n3", "text/turtle"),
        ("text", "text/turtle"),
        ("json-ld", "application/ld+json"),
        ("jsonld", "application/ld+json"),
        ("json", "application/ld+json"),
        ("rdf+xml", "application/rdf+xml"),
        ("rdf", "application/rdf+xml"),
        ("xml", "application/rdf+xml"),
        ("nt", "application/n-triples"),
        ("ntriples", "application/n-triples"),
        ("application/ld+json", "application/ld+json"),
    ],
)
def test_graph_format_names(client: FlaskClient, name: str, media_type: str) -> None:
    response = client.get("/sparql", query_string={"query": CONSTRUCT, "format": name})
    assert response.status_code == 200 and response.mimetype == media_type


def test_output_is_a_synonym_of_format(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": CONSTRUCT, "output": "json-ld"})
    assert response.mimetype == "application/ld+json"


def test_sparqlwrapper_sends_a_name_then_a_media_type(client: FlaskClient) -> None:
    query = [("query", CONSTRUCT), ("format", "rdf+xml"), ("format", "application/rdf+xml"), ("output", "rdf+xml")]
    response = client.get("/sparql", query_string=query, headers={"Accept": "application/rdf+xml"})
    assert response.mimetype == "application/rdf+xml"


def test_an_accept_that_can_be_honoured_wins_over_a_format_that_cannot(client: FlaskClient) -> None:
    response = client.get("/sparql", query_string={"query": SELECT, "format": "turtle"}, headers={"Accept": "text/csv"})
    assert response.status_code == 200 and response.mimetype == "text/csv"


def test_406_lists_the_formats_that_fit_the_query_type(client: FlaskClient) -> None:
    query = {"query": SELECT, "format": "turtle"}
    response = client.get("/sparql", query_string=query, headers={"Accept": "text/turtle"})
    message = response.data.decode()
    assert response.status_code == 406
    assert message.startswith("406 Not Acceptable: the answer to this query is a table of solutions, available as json")
    assert "csv (text/csv)" in message and "ttl" not in message


def test_every_406_reads_the_same_way(client: FlaskClient) -> None:
    messages = [
        client.get("/sparql", query_string={"query": CONSTRUCT}, headers={"Accept": "text/csv"}).data.decode(),
        client.get("/sparql", query_string={"query": SELECT}, headers={"Accept": "image/png"}).data.decode(),
        client.get("/void", headers={"Accept": "text/csv"}).data.decode(),
        client.get("/entity/S1_root", headers={"Accept": "image/png"}).get_json()["error"],
    ]
    for message in messages:
        assert ", available as " in message and "ask for one in the Accept header or with format=NAME" in message


def test_negotiation_keeps_each_kind_apart() -> None:
    choice = negotiate("application/sparql-results+json", ("turtle",))
    assert (choice.solutions, choice.graph) == ("application/sparql-results+json", "text/turtle")
