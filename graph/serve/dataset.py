"""The dataset a server publishes: the Radix graph and/or the user's own RDF files, frozen once.

The Radix graph goes in the default graph, as :func:`graph.load.store.load_graph` builds it, with the
super-properties of its object properties materialised (:mod:`graph.load.entail`). Each ``--data``
file is parsed by its suffix: triples (Turtle, N-Triples, RDF/XML, JSON-LD) join the default graph, so
queries join them with Radix without a ``GRAPH`` clause; quads (TriG, N-Quads) keep their graph names
and are queried with ``GRAPH``. A file that does not parse, or passes a limit of
:mod:`graph.load.limits`, stops the load, naming the file (and line).

The frozen dataset is written once as an N-Quads snapshot, which every query worker loads; or, with
``radix serve --store DIR``, into Oxigraph's persistent store in DIR, which every worker opens read-only
(no parsing at start, and the operating system's page cache shared between workers). The store is
reused as long as its sources are unchanged (``radix-store.json`` records their sizes and times) and
rebuilt when they change.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from graph.errors import RadixError
from graph.load.entail import entail
from graph.load.limits import LoadLimits
from graph.load.store import load_file, load_graph, oxigraph_store
from graph.namespaces import PREFIXES
from graph.serve.sandbox import Snapshot
from graph.serve.sandbox_worker import STORE_TYPE

SNAPSHOT_TYPE = "application/n-quads"
STORE_MARKER = "radix-store.json"
STORE_FORMAT = 1


@dataclass(frozen=True)
class Partition:
    """Triples whose subject has ``subject_class`` and predicate ``property``, by the class or datatype of the value."""

    subject_class: str
    property: str
    object_class: str | None
    datatype: str | None
    triples: int


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
    partitions: tuple[Partition, ...] = ()


def build_store(
    ontology_dir: Path | None, data_files: Sequence[Path] = (), limits: LoadLimits | None = None
) -> ox.Store:
    """Load the Radix graph from ``ontology_dir`` (None: leave it out) and each of ``data_files`` within ``limits``."""
    store = oxigraph_store(load_graph(ontology_dir)) if ontology_dir is not None else ox.Store()
    if ontology_dir is not None:
        entail(store)  # the RO-aligned super-properties answer (graph/load/entail.py)
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


_PARTITIONS = """
SELECT ?c ?p ?oc ?dt (COUNT(*) AS ?n) WHERE {
  ?s a ?c . FILTER(isIRI(?c) && ?c != <http://www.w3.org/2002/07/owl#NamedIndividual>)
  ?s ?p ?o .
  OPTIONAL { ?o a ?oc . FILTER(isIRI(?oc) && ?oc != <http://www.w3.org/2002/07/owl#NamedIndividual>) }
  BIND(IF(isLITERAL(?o), DATATYPE(?o), ?unbound) AS ?dt)
} GROUP BY ?c ?p ?oc ?dt ORDER BY ?c ?p ?oc ?dt
"""
"""Default-graph triples by subject class, property, and value class or datatype (owl:NamedIndividual,
on every Radix individual, says nothing an editor can use)."""


def partitions(store: ox.Store) -> tuple[Partition, ...]:
    """Count the default graph's triples by subject class, property, and the value's class or datatype."""
    return tuple(
        Partition(
            row["c"].value,
            row["p"].value,
            row["oc"].value if row["oc"] is not None else None,
            row["dt"].value if row["dt"] is not None else None,
            int(row["n"].value),
        )
        for row in _rows(store, _PARTITIONS)
    )


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
        partitions=partitions(store),
    )


def _fingerprint(ontology_dir: Path | None, data_files: Sequence[Path]) -> dict[str, object]:
    """Describe the sources well enough to tell when a persistent store is stale: each file's size and time."""
    files: list[Path] = sorted(path for path in ontology_dir.rglob("*") if path.is_file()) if ontology_dir else []
    files += [Path(path) for path in data_files]
    entries = []
    for path in files:
        status = path.stat()
        entries.append([str(path.resolve()), status.st_size, status.st_mtime_ns])
    return {"format": STORE_FORMAT, "ontology": str(ontology_dir) if ontology_dir else None, "files": entries}


def persistent_store(
    directory: Path,
    ontology_dir: Path | None,
    data_files: Sequence[Path] = (),
    limits: LoadLimits | None = None,
    *,
    describe_as: Callable[..., DatasetStats] | None = None,
) -> tuple[Snapshot, DatasetStats, bool]:
    """Open the persistent store in ``directory``, building it first (within ``limits``) if missing or stale.

    ``describe_as(store, sources=...)``, given, describes a new store with the Radix graph in it (the
    server passes :func:`graph.serve.description.publish`, which adds the example queries and VoID).

    Returns the snapshot the workers open, the dataset's counts, and whether it was (re)built. A
    ``directory`` that holds other files and no Radix store is refused rather than emptied.
    """
    data = [Path(path) for path in data_files]
    for path in data:
        if not path.is_file():
            raise RadixError(f"no data file {path}")
    limits = limits or LoadLimits()
    fingerprint = _fingerprint(ontology_dir, data)
    fingerprint["limits"] = [limits.max_literal_length, limits.max_entity_expansion]  # a file passed these
    marker = directory / STORE_MARKER
    snapshot = Snapshot(path=directory, media_type=STORE_TYPE, prefixes=dict(PREFIXES))
    if marker.is_file():
        recorded = json.loads(marker.read_text(encoding="utf-8"))
        if recorded.get("fingerprint") == fingerprint:
            stats = recorded["stats"]
            stats["sources"] = tuple(stats["sources"])
            stats["partitions"] = tuple(Partition(**part) for part in stats.get("partitions", ()))
            return snapshot, DatasetStats(**stats), False
        shutil.rmtree(directory)
    elif directory.exists() and any(directory.iterdir()):
        raise RadixError(f"--store {directory} holds other files and no Radix store; give an empty or new folder")
    directory.mkdir(parents=True, exist_ok=True)
    store = ox.Store(str(directory))
    if ontology_dir is not None:
        memory = build_store(ontology_dir)
        store.bulk_extend(memory.quads_for_pattern(None, None, None, None))
    for path in data:
        load_file(store, path, limits=limits)
    store.flush()
    store.optimize()
    sources = ([str(ontology_dir)] if ontology_dir is not None else []) + [str(path) for path in data]
    if describe_as is not None and ontology_dir is not None:
        stats = describe_as(store, sources=sources)
    else:
        stats = describe(store, sources)
    del store  # close the writer before any worker opens the store read-only
    record = {"fingerprint": fingerprint, "stats": dataclasses.asdict(stats)}
    marker.write_text(json.dumps(record, indent=1), encoding="utf-8")
    return snapshot, stats, True
