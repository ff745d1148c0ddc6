"""Every Radix IRI dereferences: HTML to a browser, RDF to an RDF client, by content negotiation."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from flask.testing import FlaskClient

RDF = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
S1 = "https://w3id.org/radix/S1_radiculopathy"


def test_a_browser_gets_the_page(client: FlaskClient) -> None:
    response = client.get("/entity/S1_radiculopathy", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert response.status_code == 200 and response.mimetype == "text/html"
    page = response.data.decode()
    assert "<svg" in page and "Related conditions" in page and "Radix seed text" in page


@pytest.mark.parametrize("media_type", sorted(RDF))
def test_an_rdf_client_gets_rdf(client: FlaskClient, media_type: str) -> None:
    response = client.get("/entity/S1_radiculopathy", headers={"Accept": media_type})
    assert response.status_code == 200 and response.mimetype == media_type
    assert response.headers["Vary"] == "Accept"
    triples = list(ox.parse(response.data, format=RDF[media_type]))
    predicates = {triple.predicate.value for triple in triples if triple.subject == ox.NamedNode(S1)}
    assert "https://w3id.org/radix/hasFinding" in predicates
    annotated = {t.object for t in triples if t.predicate.value == "http://www.w3.org/2002/07/owl#annotatedSource"}
    assert ox.NamedNode(S1) in annotated, "the description carries the provenance of its assertions"


def test_format_parameter_and_406(client: FlaskClient) -> None:
    assert client.get("/entity/S1_root", query_string={"format": "nt"}).mimetype == "application/n-triples"
    assert client.get("/entity/S1_root", headers={"Accept": "image/png"}).status_code == 406


def test_unknown_entity_page_suggests(client: FlaskClient) -> None:
    response = client.get("/entity/S1_radiculopthy", headers={"Accept": "text/html"})
    assert response.status_code == 404
    assert "S1_radiculopathy" in response.data.decode()
