"""Shared fixtures: the real graph (built once per session) and small ontologies to plant faults in."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from graph.explore.explorer import Explorer
from graph.load.store import load_graph, oxigraph_store
from graph.paths import ONTOLOGY_DIR

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def radix_graph() -> Graph:
    """Load the whole Radix graph from ontology/ once per session (Oxigraph backend)."""
    return load_graph()


@pytest.fixture(scope="session")
def store(radix_graph: Graph) -> ox.Store:
    """Return the Oxigraph store under the session graph."""
    return oxigraph_store(radix_graph)


@pytest.fixture(scope="session")
def explorer(store: ox.Store) -> Explorer:
    """Return one explorer over the session store, for test modules that only ask it (a module may build its own)."""
    return Explorer(store)


@pytest.fixture()
def mini_ontology(tmp_path: Path) -> Path:
    """Copy the ontology with only schema, references, imports, checks, shapes and the S1 seed tables.

    Small enough to load and validate in about a second, and a real, valid Radix ontology: tests
    plant one fault in it and see the right check catch it.
    """
    target = tmp_path / "ontology"
    target.mkdir()
    for name in ("radix.ttl", "sources.ttl", "shapes.ttl"):
        shutil.copy(ONTOLOGY_DIR / name, target / name)
    for folder in ("imports", "checks"):
        shutil.copytree(ONTOLOGY_DIR / folder, target / folder)
    for folder in ("terms", "facts"):
        (target / folder).mkdir()
        shutil.copy(ONTOLOGY_DIR / folder / "s1.tsv", target / folder / "s1.tsv")
    _copy_mappings_of(target / "terms" / "s1.tsv", target / "mappings.sssom.tsv")
    return target


def _copy_mappings_of(terms: Path, target: Path) -> None:
    """Copy the metadata, header and the mapping rows whose subject is declared in ``terms`` (or is a class)."""
    declared = {line.split("\t", 1)[0] for line in terms.read_text(encoding="utf-8").splitlines()[1:]}
    lines = (ONTOLOGY_DIR / "mappings.sssom.tsv").read_text(encoding="utf-8").splitlines()
    keep = declared | {"Radiculopathy"}
    kept = [
        line for line in lines if not line.startswith("radix:") or line.split("\t", 1)[0].removeprefix("radix:") in keep
    ]
    target.write_text("\n".join(kept) + "\n", encoding="utf-8")


@pytest.fixture()
def append_row() -> Callable[..., None]:
    """Return a function that appends one row, given cell by cell, to a TSV table."""

    def append(path: Path, *cells: str) -> None:
        with path.open("a", encoding="utf-8") as handle:
            handle.write("\t".join(cells) + "\n")

    return append


RELEASE_DATE = "2026-12-03"


@pytest.fixture(scope="session")
def release_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the release of the real ontology once per session (about 5 seconds)."""
    from graph.release.build import build_release

    output = tmp_path_factory.mktemp("release")
    build_release(output, date=RELEASE_DATE)
    return output
