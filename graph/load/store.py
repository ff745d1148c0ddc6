"""Load every ontology file into one rdflib graph backed by Oxigraph (plain rdflib as a fallback).

Load order: the Turtle sources (``radix.ttl``, ``sources.ttl``, every other ``*.ttl`` of
``ontology/`` except the SHACL shapes, then ``imports/*.ttl``), the term tables, the fact tables,
the number tables, then ``mappings.sssom.tsv``. Turtle is parsed by Oxigraph straight into its
store; the tables are turned into triples by :mod:`graph.load.templates`, :mod:`graph.load.numbers`
and :mod:`graph.load.mappings`. A file that does not parse fails the whole load with a
:class:`~graph.errors.SourceFileError` naming the file and line.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.parsers.notation3 import BadSyntax
from rdflib.term import Node

from graph.errors import SourceFileError, UnsupportedFormatError
from graph.load.limits import PARSER_TERM_LIMIT, LoadLimits, check_entities, checked
from graph.load.mappings import mapping_triples
from graph.load.numbers import read_numbers, term_labels
from graph.load.templates import Triple, read_facts, read_terms, table_paths
from graph.namespaces import PREFIXES
from graph.paths import ONTOLOGY_DIR

BACKENDS = ("oxigraph", "memory")
XSD_STRING = URIRef("http://www.w3.org/2001/XMLSchema#string")

RDF_FORMATS: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
}
"""RDF file formats Radix reads, by file suffix."""

NOT_DATA = {"shapes.ttl"}
"""Turtle files of ``ontology/`` that describe the data rather than belong to it."""


def turtle_sources(ontology_dir: Path = ONTOLOGY_DIR) -> list[Path]:
    """Return the Turtle files of the graph in load order (schema first, then sources, then imports)."""
    top = sorted(path for path in ontology_dir.glob("*.ttl") if path.name not in NOT_DATA)
    first = [path for name in ("radix.ttl", "sources.ttl") for path in top if path.name == name]
    rest = [path for path in top if path not in first]
    return first + rest + sorted((ontology_dir / "imports").glob("*.ttl"))


def table_triples(ontology_dir: Path = ONTOLOGY_DIR) -> list[Triple]:
    """Return the triples of the term, fact, number and mapping tables of ``ontology_dir``."""
    triples: list[Triple] = []
    for path in table_paths(ontology_dir / "terms"):
        triples.extend(read_terms(path))
    for path in table_paths(ontology_dir / "facts"):
        triples.extend(read_facts(path))
    number_tables = table_paths(ontology_dir / "numbers")
    if number_tables:
        labels = term_labels(table_paths(ontology_dir / "terms"))
        for path in number_tables:
            triples.extend(read_numbers(path, labels))
    for path in mapping_paths(ontology_dir):
        triples.extend(mapping_triples(path))
    return triples


def mapping_paths(ontology_dir: Path = ONTOLOGY_DIR) -> list[Path]:
    """Return the SSSOM table of ``ontology_dir`` (``mappings.sssom.tsv``), if it has one."""
    main = ontology_dir / "mappings.sssom.tsv"
    return [main] if main.exists() else []


def load_graph(ontology_dir: Path = ONTOLOGY_DIR, *, backend: str = "oxigraph") -> Graph:
    """Load the whole Radix graph from ``ontology_dir`` into a new rdflib graph.

    ``backend="oxigraph"`` (the default) stores the triples in an in-memory Oxigraph store, which
    then answers SPARQL; ``backend="memory"`` uses rdflib's own store and engine.
    """
    if backend not in BACKENDS:
        raise UnsupportedFormatError(backend, list(BACKENDS), what="backend")
    if not Path(ontology_dir).is_dir():  # an empty graph would answer every question with nothing
        raise SourceFileError(str(ontology_dir), "no such ontology folder; give --ontology a folder of Turtle files")
    if backend == "oxigraph":
        graph = Graph(store="Oxigraph", identifier=DATASET_DEFAULT_GRAPH_ID)
        inner = oxigraph_store(graph)
        for path in turtle_sources(ontology_dir):
            load_file(inner, path)
    else:
        graph = Graph(identifier=DATASET_DEFAULT_GRAPH_ID)
        for path in turtle_sources(ontology_dir):
            _parse_with_rdflib(graph, path)
    _add(graph, table_triples(ontology_dir))
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def _add(graph: Graph, triples: Iterable[Triple]) -> None:
    graph.addN((s, p, o, graph) for s, p, o in triples)


def _parse_with_rdflib(graph: Graph, path: Path) -> None:
    try:
        graph.parse(path, format="turtle")
    except BadSyntax as exc:
        raise SourceFileError(str(path), exc.message if hasattr(exc, "message") else str(exc), exc.lines + 1) from exc
    except (OSError, ValueError) as exc:
        raise SourceFileError(str(path), str(exc)) from exc


def load_file(
    store: ox.Store, path: Path, graph_name: ox.NamedNode | None = None, limits: LoadLimits | None = None
) -> None:
    """Parse the RDF file ``path`` (format from its suffix) into ``store``, within ``limits``.

    Triples go to ``graph_name`` (the default graph when None); quads of TriG and N-Quads files
    keep their own graph names. Raises :class:`SourceFileError` with the line of a syntax error, and
    for a file past a limit of :mod:`graph.load.limits` (XML entity expansion, literal length).
    """
    limits = limits or LoadLimits()
    rdf_format = RDF_FORMATS.get(path.suffix.lower())
    if rdf_format is None:
        raise SourceFileError(str(path), f"unknown RDF file suffix; use one of {', '.join(RDF_FORMATS)}")
    target = None if rdf_format in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS) else graph_name
    try:
        if rdf_format == ox.RdfFormat.RDF_XML:
            check_entities(path, limits.max_entity_expansion)
        store.bulk_extend(checked(ox.parse(path=str(path), format=rdf_format), path, limits, target))
    except SyntaxError as exc:
        message = exc.msg if exc.msg else str(exc)
        raise SourceFileError(str(path), message, exc.lineno) from exc
    except MemoryError as exc:  # Oxigraph's parsers stop at a term of 16 MiB with this error
        raise SourceFileError(
            str(path), f"a term is longer than the {PARSER_TERM_LIMIT:,} bytes the RDF parser reads ({exc})"
        ) from exc
    except (OSError, ValueError) as exc:
        raise SourceFileError(str(path), str(exc)) from exc


def memory_copy(graph: Graph) -> Graph:
    """Copy ``graph`` into a plain in-memory rdflib graph, for tools that walk triples one by one.

    pySHACL and owlrl make many small triple-pattern calls, which are fast on rdflib's own store
    and slow across the Python/Rust boundary. Literals typed ``xsd:string`` are made plain, since
    RDF 1.1 holds them equal but rdflib compares them as different terms.
    """
    copy = Graph()
    for prefix, namespace in graph.namespaces():
        copy.bind(prefix, namespace, override=True, replace=True)
    copy += ((s, p, _plain(o)) for s, p, o in graph)
    return copy


def _plain(term: Node) -> Node:
    if isinstance(term, Literal) and term.datatype == XSD_STRING:
        return Literal(str(term))
    return term


def oxigraph_store(graph: Graph) -> ox.Store:
    """Return the Oxigraph store holding ``graph``: its own store, or a copy for the memory backend."""
    inner = getattr(graph.store, "_inner", None)
    if isinstance(inner, ox.Store):
        return inner
    store = ox.Store()
    store.bulk_extend(ox.Quad(_to_ox(s), _to_ox(p), _to_ox(o)) for s, p, o in graph)  # type: ignore[arg-type]
    return store


def _to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")
