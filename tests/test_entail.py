"""The RO-aligned super-properties answer at the endpoint's store and in ``radix query`` (graph/load/entail.py)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from graph.ask.sparql import run, select
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


def test_the_hpo_hierarchy_reaches_the_class_a_radix_finding_maps_to(store: ox.Store) -> None:
    rows = select(
        store,
        """SELECT ?hp ?finding WHERE { HP:0003438 rdfs:subClassOf+ ?hp . ?finding skos:exactMatch ?hp .
             FILTER(STRSTARTS(STR(?finding), STR(radix:))) }""",
    )
    reached = {(row["hp"].value.rsplit("/", 1)[-1], row["finding"].value.rsplit("/", 1)[-1]) for row in rows}
    # Absent Achilles reflex is_a Decreased/absent ankle reflexes, which radix:diminished_or_absent_ankle_reflex equals
    assert ("HP_0200101", "diminished_or_absent_ankle_reflex") in reached
    assert bool(run(store, "ASK { HP:0003438 rdfs:subClassOf+ HP:0000001 }"))  # up to the root, All
