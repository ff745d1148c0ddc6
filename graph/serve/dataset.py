"""The dataset a server publishes: the Radix graph and/or the user's own RDF files, frozen once.

The Radix graph goes in the default graph, as :func:`graph.load.store.load_graph` builds it. Each ``--data``
file is parsed by its suffix: triples (Turtle, N-Triples, RDF/XML, JSON-LD) join the default graph, so
queries join them with Radix without a ``GRAPH`` clause; quads (TriG, N-Quads) keep their graph names
and are queried with ``GRAPH``. A file that does not parse, or passes a limit of
:mod:`graph.load.limits`, stops the load, naming the file (and line).

The frozen dataset is written once as an N-Quads snapshot, which every query worker loads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from graph.load.limits import LoadLimits
from graph.load.store import load_file, load_graph, oxigraph_store
from graph.namespaces import PREFIXES
from graph.serve.sandbox import Snapshot

SNAPSHOT_TYPE = "application/n-quads"


@dataclass(frozen=True)
class DatasetStats:
    """Counts describing the dataset, for the service description, VoID and ``/health``."""

    quads: int
    default_triples: int
    graphs: dict[str, int] = field(default_factory=dict)
    classes: dict[str, int] = field(default_factory=dict)
    properties: dict[str, int] = field(default_factory=dict)
    distinct_subjects: int = 0
    distinct_objects: int = 0
    sources: tuple[str, ...] = ()


def build_store(
    ontology_dir: Path | None, data_files: Sequence[Path] = (), limits: LoadLimits | None = None
) -> ox.Store:
    """Load the Radix graph from ``ontology_dir`` (None: leave it out) and each of ``data_files`` within ``limits``."""
    store = oxigraph_store(load_graph(ontology_dir)) if ontology_dir is not None else ox.Store()
    for path in data_files:
        load_file(store, Path(path), limits=limits)
    return store


def write_snapshot(store: ox.Store, directory: Path) -> Snapshot:
    """Dump ``store`` into ``directory`` as N-Quads and return the :class:`Snapshot` workers load."""
    path = directory / "dataset.nq"
    store.dump(str(path), format=ox.RdfFormat.N_QUADS)
    return Snapshot(path=path, media_type=SNAPSHOT_TYPE, prefixes=dict(PREFIXES))


def _rows(store: ox.Store, query: str) -> list[ox.QuerySolution]:
    answer = store.query(query)
    if not isinstance(answer, ox.QuerySolutions):
        raise TypeError(f"expected a SELECT query: {query}")
    return list(answer)


def _counts(store: ox.Store, query: str) -> dict[str, int]:
    """Run a two-column SELECT (term, count) and return it as a dict."""
    return {row[0].value: int(row[1].value) for row in _rows(store, query)}


def _number(store: ox.Store, query: str) -> int:
    return int(_rows(store, query)[0][0].value)


def describe(store: ox.Store, sources: Sequence[str] = ()) -> DatasetStats:
    """Count what ``store`` holds: quads, triples per graph, instances per class, uses per property."""
    graphs = _counts(store, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g")
    classes = _counts(
        store, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c FILTER(isIRI(?c)) } GROUP BY ?c ORDER BY ?c"
    )
    properties = _counts(store, "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY ?p")
    return DatasetStats(
        quads=len(store),
        default_triples=_number(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
        graphs=graphs,
        classes=classes,
        properties=properties,
        distinct_subjects=_number(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }"),
        distinct_objects=_number(store, "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }"),
        sources=tuple(sources),
    )
