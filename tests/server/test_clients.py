"""Real SPARQL clients against a real ``radix serve``: SPARQLWrapper and rdflib's SPARQLStore just work.

SPARQLWrapper sends ``format=`` (and ``output=``, ``results=``) with short names such as ``turtle``,
``json-ld``, ``n3`` and ``rdf+xml``, sometimes twice (a name, then a media type), beside an Accept
header; Fuseki accepts those names, and so must Radix.
"""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, JSONLD, N3, RDFXML, TURTLE, XML, SPARQLWrapper

from tests.server.support import LiveServer

pytestmark = pytest.mark.filterwarnings(
    # SPARQLWrapper 2.0 parses RDF answers into an rdflib ConjunctiveGraph, which rdflib 7 deprecates
    "ignore:ConjunctiveGraph is deprecated:DeprecationWarning"
)

RADIX = "https://w3id.org/radix/"
CONSTRUCT_QUERY = """
PREFIX radix: <https://w3id.org/radix/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
CONSTRUCT { ?m radix:hasPrimaryRoot radix:S1_root ; rdfs:label ?l }
WHERE { ?m radix:hasPrimaryRoot radix:S1_root ; rdfs:label ?l }
"""


def wrapper(server: LiveServer, query: str, return_format: str) -> SPARQLWrapper:
    client = SPARQLWrapper(server.url + "/sparql")
    client.setQuery(query)
    client.setReturnFormat(return_format)
    return client


def test_select_as_json(live_server: LiveServer) -> None:
    client = wrapper(live_server, "SELECT ?l WHERE { <https://w3id.org/radix/S1_root> rdfs:label ?l }", JSON)
    answer = client.queryAndConvert()
    assert isinstance(answer, dict)
    assert answer["results"]["bindings"][0]["l"]["value"] == "S1 nerve root"


def test_ask_as_xml(live_server: LiveServer) -> None:
    client = wrapper(live_server, "ASK { <https://w3id.org/radix/ankle_reflex> ?p ?o }", XML)
    document = client.queryAndConvert()
    assert "true" in document.toxml()  # type: ignore[union-attr]


@pytest.mark.parametrize("return_format", [TURTLE, JSONLD, RDFXML, N3, XML])
def test_construct_in_every_rdf_format_sparqlwrapper_asks_for(live_server: LiveServer, return_format: str) -> None:
    client = wrapper(live_server, CONSTRUCT_QUERY, return_format)
    result = client.query()
    assert result.response.status == 200
    converted = result.convert()
    if isinstance(converted, Graph):
        graph = converted
    else:  # SPARQLWrapper hands TURTLE, JSONLD and N3 answers over as bytes, for the caller to parse
        assert isinstance(converted, bytes)
        media_type = result.info()["content-type"].split(";")[0]
        graph = Graph().parse(data=converted, format={"application/ld+json": "json-ld"}.get(media_type, "turtle"))
    assert (URIRef(RADIX + "gastrocnemius"), URIRef(RADIX + "hasPrimaryRoot"), URIRef(RADIX + "S1_root")) in graph


def test_rdflib_sparqlstore_queries_the_endpoint(live_server: LiveServer) -> None:
    store = SPARQLStore(live_server.url + "/sparql", returnFormat="json")
    graph = Graph(store=store)
    rows = list(
        graph.query("SELECT ?m WHERE { ?m <https://w3id.org/radix/hasPrimaryRoot> <https://w3id.org/radix/S1_root> }")
    )
    assert URIRef(RADIX + "gastrocnemius") in {row[0] for row in rows}  # type: ignore[index]
    assert (URIRef(RADIX + "S1_root"), None, None) in graph
    graph.close()


def test_rdflib_sparqlstore_gets_a_graph_from_construct(live_server: LiveServer) -> None:
    graph = Graph(store=SPARQLStore(live_server.url + "/sparql"))
    result = graph.query(CONSTRUCT_QUERY)
    assert result.graph is not None and len(result.graph) > 5
    graph.close()
