"""Describe the endpoint in RDF: a SPARQL 1.1 Service Description and a VoID description of the dataset.

Both are built from the :class:`~graph.serve.dataset.DatasetStats` counted at start-up and the URLs the
client used to reach the server (so ``sd:endpoint`` is the URL it asked), and serialised by Oxigraph
in whichever RDF format was negotiated.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from graph import __version__
from graph.ask.sparql import GRAPH_FORMATS
from graph.namespaces import BASE, PREFIXES
from graph.serve.dataset import DatasetStats

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
DCTERMS = "http://purl.org/dc/terms/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
FORMATS = "http://www.w3.org/ns/formats/"
XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")

RESULT_FORMATS = ["SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV"]
RDF_RESULT_FORMATS = ["Turtle", "N-Triples", "JSON-LD", "RDF_XML"]
DESCRIPTION_PREFIXES = {"sd": SD, "void": VOID, "dcterms": DCTERMS, "formats": FORMATS, **PREFIXES}


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _count(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=XSD_INTEGER)


def service_description(
    endpoint: str, void_url: str, stats: DatasetStats, *, federated: bool = False
) -> list[ox.Triple]:
    """Describe the endpoint at ``endpoint`` in the W3C SPARQL 1.1 Service Description vocabulary."""
    service = _n(endpoint)
    dataset = ox.BlankNode("dataset")
    default_graph = ox.BlankNode("default")
    triples = [
        ox.Triple(service, RDF_TYPE, _n(SD + "Service")),
        ox.Triple(service, _n(SD + "endpoint"), service),
        ox.Triple(service, _n(SD + "supportedLanguage"), _n(SD + "SPARQL11Query")),
        ox.Triple(service, _n(SD + "defaultEntailmentRegime"), _n("http://www.w3.org/ns/entailment/Simple")),
        ox.Triple(service, _n(DCTERMS + "title"), ox.Literal("Radix SPARQL endpoint (read-only)", language="en")),
        ox.Triple(service, _n(DCTERMS + "description"), ox.Literal(f"Radix {__version__}", language="en")),
        ox.Triple(service, _n(SD + "defaultDataset"), dataset),
        ox.Triple(dataset, RDF_TYPE, _n(SD + "Dataset")),
        ox.Triple(dataset, _n(VOID + "sparqlEndpoint"), service),
        ox.Triple(dataset, _n(SD + "defaultGraph"), default_graph),
        ox.Triple(default_graph, RDF_TYPE, _n(SD + "Graph")),
        ox.Triple(default_graph, _n(VOID + "triples"), _count(stats.default_triples)),
        ox.Triple(dataset, _n(DCTERMS + "source"), _n(void_url)),
    ]
    triples += [ox.Triple(service, _n(SD + "resultFormat"), _n(FORMATS + name)) for name in RESULT_FORMATS]
    triples += [ox.Triple(service, _n(SD + "resultFormat"), _n(FORMATS + name)) for name in RDF_RESULT_FORMATS]
    if federated:
        triples.append(ox.Triple(service, _n(SD + "feature"), _n(SD + "BasicFederatedQuery")))
    for index, (name, size) in enumerate(stats.graphs.items()):
        named = ox.BlankNode(f"named{index}")
        graph = ox.BlankNode(f"graph{index}")
        triples += [
            ox.Triple(dataset, _n(SD + "namedGraph"), named),
            ox.Triple(named, RDF_TYPE, _n(SD + "NamedGraph")),
            ox.Triple(named, _n(SD + "name"), _n(name)),
            ox.Triple(named, _n(SD + "graph"), graph),
            ox.Triple(graph, RDF_TYPE, _n(SD + "Graph")),
            ox.Triple(graph, _n(VOID + "triples"), _count(size)),
        ]
    return triples


def void_description(dataset_iri: str, endpoint: str, stats: DatasetStats) -> list[ox.Triple]:
    """Describe the served dataset in VoID: sizes, vocabularies, class and property partitions."""
    dataset = _n(dataset_iri)
    triples = [
        ox.Triple(dataset, RDF_TYPE, _n(VOID + "Dataset")),
        ox.Triple(dataset, _n(DCTERMS + "title"), ox.Literal("Radix", language="en")),
        ox.Triple(
            dataset,
            _n(DCTERMS + "description"),
            ox.Literal("A sourced clinical knowledge graph of spinal nerve root disorders", language="en"),
        ),
        ox.Triple(dataset, _n(VOID + "sparqlEndpoint"), _n(endpoint)),
        ox.Triple(dataset, _n(VOID + "uriSpace"), ox.Literal(BASE)),
        ox.Triple(dataset, _n(VOID + "triples"), _count(stats.quads)),
        ox.Triple(dataset, _n(VOID + "distinctSubjects"), _count(stats.distinct_subjects)),
        ox.Triple(dataset, _n(VOID + "distinctObjects"), _count(stats.distinct_objects)),
        ox.Triple(dataset, _n(VOID + "properties"), _count(len(stats.properties))),
        ox.Triple(dataset, _n(VOID + "classes"), _count(len(stats.classes))),
    ]
    triples += [ox.Triple(dataset, _n(VOID + "feature"), _n(FORMATS + name)) for name in RDF_RESULT_FORMATS]
    for vocabulary in sorted({_namespace(iri) for iri in stats.properties}):
        triples.append(ox.Triple(dataset, _n(VOID + "vocabulary"), _n(vocabulary)))
    for index, (iri, entities) in enumerate(stats.classes.items()):
        partition = ox.BlankNode(f"class{index}")
        triples += [
            ox.Triple(dataset, _n(VOID + "classPartition"), partition),
            ox.Triple(partition, _n(VOID + "class"), _n(iri)),
            ox.Triple(partition, _n(VOID + "entities"), _count(entities)),
        ]
    for index, (iri, uses) in enumerate(stats.properties.items()):
        partition = ox.BlankNode(f"property{index}")
        triples += [
            ox.Triple(dataset, _n(VOID + "propertyPartition"), partition),
            ox.Triple(partition, _n(VOID + "property"), _n(iri)),
            ox.Triple(partition, _n(VOID + "triples"), _count(uses)),
        ]
    return triples


def _namespace(iri: str) -> str:
    """Return the namespace of an IRI: up to its last ``#`` or ``/``."""
    cut = max(iri.rfind("#"), iri.rfind("/"))
    return iri[: cut + 1] if cut > 0 else iri


def serialize(triples: Iterable[ox.Triple], media_type: str) -> bytes:
    """Write ``triples`` in the RDF format of ``media_type`` (one of the graph answer formats)."""
    rdf_format = ox.RdfFormat.from_media_type(media_type)
    if rdf_format is None or rdf_format not in GRAPH_FORMATS.values():
        raise ValueError(f"not a graph answer format: {media_type}")
    prefixes = DESCRIPTION_PREFIXES if rdf_format != ox.RdfFormat.N_TRIPLES else None
    return ox.serialize(list(triples), format=rdf_format, prefixes=prefixes) or b""
