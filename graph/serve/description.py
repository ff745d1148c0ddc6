"""Describe the endpoint in RDF: a SPARQL 1.1 Service Description, a VoID description, and the example queries.

The service description and ``/void`` are built from the :class:`~graph.serve.dataset.DatasetStats`
counted at start-up and the URLs the client used to reach the server (so ``sd:endpoint`` is the URL
it asked), and serialised by Oxigraph in whichever RDF format was negotiated.

The conventions of the field's SPARQL editors (SIB's sparql-editor, QLever's UI) are followed so
they can autocomplete against Radix: VoID class partitions, each with property partitions that say
which classes (or datatypes) the property's values have; the named queries as SHACL SPARQL
executables (``sh:SPARQLExecutable`` / ``sh:SPARQLSelectExecutable`` with ``sh:select``,
``rdfs:comment`` and ``schema:target``), as the SIB examples do; and the prefixes as ``sh:declare``.
:func:`publish` adds these to the served dataset itself, so a SPARQL query to the endpoint finds them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox

from graph import __version__
from graph.ask.namedqueries import NamedQuery
from graph.ask.sparql import GRAPH_FORMATS
from graph.namespaces import BASE, PREFIXES
from graph.serve.dataset import DatasetStats, Partition, describe

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
VOID_EXT = "http://ldf.fi/void-ext#"
SH = "http://www.w3.org/ns/shacl#"
SCHEMA = "https://schema.org/"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD_ANYURI = ox.NamedNode("http://www.w3.org/2001/XMLSchema#anyURI")
ONTOLOGY = BASE + "radix.owl"
"""The Radix ontology's IRI: it declares the prefixes (``sh:declare``) the example queries use."""
DATASET = BASE + "dataset"
"""The IRI of the served dataset in the VoID description published inside it."""
QUERY_BASE = BASE + "query/"
"""Each named query's IRI is this followed by its name."""
DCTERMS = "http://purl.org/dc/terms/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
FORMATS = "http://www.w3.org/ns/formats/"
XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")

RESULT_FORMATS = ["SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV"]
RDF_RESULT_FORMATS = ["Turtle", "N-Triples", "JSON-LD", "RDF_XML"]
DESCRIPTION_PREFIXES = {
    "sd": SD,
    "void": VOID,
    "void-ext": VOID_EXT,
    "sh": SH,
    "schema": SCHEMA,
    "dcterms": DCTERMS,
    "formats": FORMATS,
    **PREFIXES,
}


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
    return triples + _linked_partitions(stats.partitions, list(stats.classes))


def _linked_partitions(partitions: tuple[Partition, ...], classes: list[str]) -> list[ox.Triple]:
    """Describe, per class, which properties its instances have and what their values are (class or datatype).

    Hangs property partitions (``void:property``, ``void:triples``) under the class partitions, each
    with a ``void:classPartition`` or ``void-ext:datatypePartition`` of its values: the shape SIB's
    sparql-editor reads to suggest, after ``?x a radix:Muscle ; ``, the properties muscles have.
    """
    triples: list[ox.Triple] = []
    index = {iri: position for position, iri in enumerate(classes)}
    seen: dict[tuple[str, str], ox.BlankNode] = {}
    for number, part in enumerate(partitions):
        subject = ox.BlankNode(f"class{index[part.subject_class]}") if part.subject_class in index else None
        if subject is None:
            continue
        key = (part.subject_class, part.property)
        if key not in seen:
            seen[key] = ox.BlankNode(f"link{len(seen)}")
            triples += [
                ox.Triple(subject, _n(VOID + "propertyPartition"), seen[key]),
                ox.Triple(seen[key], _n(VOID + "property"), _n(part.property)),
            ]
        values = ox.BlankNode(f"values{number}")
        if part.object_class:
            triples += [
                ox.Triple(seen[key], _n(VOID + "classPartition"), values),
                ox.Triple(values, _n(VOID + "class"), _n(part.object_class)),
                ox.Triple(values, _n(VOID + "triples"), _count(part.triples)),
            ]
        elif part.datatype:
            triples += [
                ox.Triple(seen[key], _n(VOID_EXT + "datatypePartition"), values),
                ox.Triple(values, _n(VOID_EXT + "datatype"), _n(part.datatype)),
                ox.Triple(values, _n(VOID + "triples"), _count(part.triples)),
            ]
    totals: dict[tuple[str, str], int] = {}
    for part in partitions:
        totals[part.subject_class, part.property] = totals.get((part.subject_class, part.property), 0) + part.triples
    triples += [ox.Triple(node, _n(VOID + "triples"), _count(totals[key])) for key, node in seen.items()]
    return triples


def examples(queries: list[NamedQuery], endpoint: str | None) -> list[ox.Triple]:
    """Describe each named query as a SHACL SPARQL executable, as the SIB example queries are.

    The text is the query's own (its ``#+`` header dropped: the header becomes ``rdfs:comment``);
    its PREFIX lines are kept, and the prefixes are also declared on the Radix ontology.
    """
    triples: list[ox.Triple] = []
    for query in queries:
        node = _n(QUERY_BASE + query.name)
        body = "\n".join(line for line in query.text.splitlines() if not line.startswith("#+")).strip()
        form = _form(body)
        comment = query.summary + (f" {query.description}" if query.description else "")
        triples += [
            ox.Triple(node, RDF_TYPE, _n(SH + "SPARQLExecutable")),
            ox.Triple(node, RDF_TYPE, _n(SH + f"SPARQL{form.title()}Executable")),
            ox.Triple(node, _n(RDFS + "label"), ox.Literal(query.name)),
            ox.Triple(node, _n(RDFS + "comment"), ox.Literal(comment, language="en")),
            ox.Triple(node, _n(SH + form), ox.Literal(body)),
            ox.Triple(node, _n(SH + "prefixes"), _n(ONTOLOGY)),
        ]
        triples += [ox.Triple(node, _n(SCHEMA + "keywords"), ox.Literal(tag)) for tag in query.tags]
        if endpoint:
            triples.append(ox.Triple(node, _n(SCHEMA + "target"), _n(endpoint)))
    return triples


def _form(text: str) -> str:
    """Return the query form's SHACL name (``select``, ``construct``, ``ask``, ``describe``) of a query text."""
    code = "\n".join(line.split("#", 1)[0] for line in text.splitlines() if not line.lstrip().startswith("PREFIX"))
    words = code.upper().split()
    return next((word.lower() for word in words if word in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")), "select")


def prefix_declarations(prefixes: dict[str, str]) -> list[ox.Triple]:
    """Declare each prefix on the Radix ontology with ``sh:declare`` (``sh:prefix``, ``sh:namespace``)."""
    ontology = _n(ONTOLOGY)
    triples = []
    for index, (prefix, namespace) in enumerate(sorted(prefixes.items())):
        declaration = ox.BlankNode(f"prefix{index}")
        triples += [
            ox.Triple(ontology, _n(SH + "declare"), declaration),
            ox.Triple(declaration, _n(SH + "prefix"), ox.Literal(prefix)),
            ox.Triple(declaration, _n(SH + "namespace"), ox.Literal(namespace, datatype=XSD_ANYURI)),
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


def publish(
    store: ox.Store,
    queries: list[NamedQuery],
    prefixes: dict[str, str],
    endpoint: str | None,
    sources: Iterable[str] = (),
) -> DatasetStats:
    """Add the example queries, prefix declarations and VoID description to ``store``; return its final counts.

    The VoID description counts every triple of the dataset it is part of (itself included): its
    number of triples does not depend on the counts it states, so the total is known before it is added.
    """
    described = examples(queries, endpoint) + prefix_declarations(prefixes)
    _add(store, described)
    before = describe(store)
    void = void_description(DATASET, endpoint or DATASET, before)
    if not endpoint:  # no public URL known: say nothing rather than a wrong one
        void = [triple for triple in void if triple.predicate.value != VOID + "sparqlEndpoint"]
    total = len(store) + len(set(void))
    void = [
        ox.Triple(t.subject, t.predicate, _count(total))
        if t.subject == _n(DATASET) and t.predicate.value == VOID + "triples"
        else t
        for t in void
    ]
    _add(store, void)
    return describe(store, tuple(sources))


def _add(store: ox.Store, triples: list[ox.Triple]) -> None:
    """Add ``triples`` to the default graph, each labelled blank node made fresh (none may meet the data's)."""
    fresh: dict[str, ox.BlankNode] = {}

    def term(node: Any) -> Any:
        if isinstance(node, ox.BlankNode):
            return fresh.setdefault(node.value, ox.BlankNode())
        return node

    store.extend(ox.Quad(term(t.subject), t.predicate, term(t.object), ox.DefaultGraph()) for t in triples)
