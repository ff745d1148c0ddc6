"""The networkx projection: nodes are IRIs with label and types, edges keyed by predicate with provenance."""

from __future__ import annotations

import networkx as nx
import pytest
from rdflib import Graph

from graph.explore.projection import project
from graph.namespaces import ENTITY, RADIX


@pytest.fixture(scope="module")
def projection(radix_graph: Graph) -> nx.MultiDiGraph:
    return project(radix_graph, include_mappings=True)


def test_nodes_carry_label_and_types(projection: nx.MultiDiGraph) -> None:
    node = projection.nodes[str(ENTITY.S1_radiculopathy)]
    assert node["label"] == "S1 radiculopathy"
    assert "Radiculopathy" in node["types"]
    assert "first sacral radiculopathy" in node["synonyms"]


def test_edges_are_keyed_by_predicate_with_provenance(projection: nx.MultiDiGraph) -> None:
    edge = projection.get_edge_data(str(ENTITY.gastrocnemius), str(ENTITY.S1_root), key=str(RADIX.hasPrimaryRoot))
    assert edge is not None
    assert "ref_aids_lower_limb" in edge["sources"]  # the book is cited by its section (issue 10, item 6)
    assert edge["evidence"] == ["http://purl.obolibrary.org/obo/ECO_0000304"]


def test_qualifiers_travel_with_the_edge(projection: nx.MultiDiGraph) -> None:
    edge = projection.get_edge_data(str(ENTITY.S1_radicular_pain), str(ENTITY.little_toe), key=str(RADIX.radiatesAlong))
    assert edge["sequence"] == 5
    assert edge["frequency"] == ["often"]


def test_references_are_not_nodes(projection: nx.MultiDiGraph) -> None:
    assert str(ENTITY.ref_seed) not in projection


def test_mappings_reach_external_terms(projection: nx.MultiDiGraph) -> None:
    mondo = "http://purl.obolibrary.org/obo/MONDO_0002959"
    assert projection.nodes[mondo]["external"] is True
    assert projection.nodes[mondo]["label"] == "radiculopathy"


def test_gastrocnemius_reaches_the_ankle_reflex_through_s1(projection: nx.MultiDiGraph) -> None:
    undirected = projection.to_undirected(as_view=True)
    path = nx.shortest_path(undirected, str(ENTITY.gastrocnemius), str(ENTITY.ankle_reflex))
    assert len(path) == 2 or str(ENTITY.S1_root) in path
