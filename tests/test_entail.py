"""The RO-aligned super-properties answer at the endpoint's store and in ``radix query`` (graph/load/entail.py)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from graph.ask.sparql import select
from graph.cli import main
from graph.explore.projection import project_store
from graph.load.entail import entail, super_properties
from graph.load.store import load_graph, oxigraph_store
from graph.paths import ONTOLOGY_DIR
from graph.serve.dataset import build_store


@pytest.fixture(scope="module")
def entailed() -> ox.Store:
    """Build the store ``radix serve`` publishes: the Radix graph with its super-property triples."""
    return build_store(ONTOLOGY_DIR)


def test_innervated_by_root_answers_for_primary_and_contributing_roots(entailed: ox.Store) -> None:
    rows = select(entailed, "SELECT ?m WHERE { ?m radix:innervatedByRoot radix:S1_root }")
    assert "https://w3id.org/radix/gastrocnemius" in {row["m"].value for row in rows}


def test_ro_innervated_by_answers_for_roots_and_nerves(entailed: ox.Store) -> None:
    rows = select(entailed, "SELECT ?x WHERE { radix:gastrocnemius obo:RO_0002005 ?x }")
    targets = {row["x"].value.removeprefix("https://w3id.org/radix/") for row in rows}
    assert {"S1_root", "tibial_nerve"} <= targets


def test_every_asserted_triple_holds_for_every_super_property(entailed: ox.Store) -> None:
    table = super_properties(entailed)
    assert "http://purl.obolibrary.org/obo/RO_0002200" in table["https://w3id.org/radix/hasFinding"]
    for prop, parents in table.items():
        for parent in parents:
            missing = select(
                entailed,
                f"SELECT ?s ?o WHERE {{ ?s <{prop}> ?o FILTER NOT EXISTS {{ ?s <{parent}> ?o }} }} LIMIT 1",
            )
            assert missing == [], f"{prop} triples lack their {parent} triple"


def test_entailed_triples_do_not_become_edges_of_the_projection() -> None:
    store = oxigraph_store(load_graph())
    before = project_store(store).number_of_edges()
    assert entail(store) > 0
    assert project_store(store).number_of_edges() == before


def test_radix_query_answers_with_the_super_property(capsys: pytest.CaptureFixture[str]) -> None:
    query = "SELECT ?m WHERE { ?m obo:RO_0002005 radix:S1_root }"
    assert main(["query", query, "--format", "csv"]) == 0
    assert "gastrocnemius" in capsys.readouterr().out
