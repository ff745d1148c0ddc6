"""Qualifiers on a small hand-made projection: when an edge holds, what a sited nerve lesion reaches (issue 10, item 4).

The content tests (tests/test_knowledge_v2.py) show the same rules on the real graph; these pin the
rules themselves, one qualifier kind at a time, where every edge is known.
"""

from __future__ import annotations

import networkx as nx
import pytest

from graph.explore.context import holds, nerve_reach, reaches, satisfied
from graph.explore.related import related_conditions
from graph.explore.traverse import neighbourhood, shortest_paths, tell
from graph.load.qualifiers import DESCRIPTIVE, QUALIFIERS, RESTRICTIVE, STRUCTURAL, parse_qualifiers
from graph.namespaces import RADIX

R = "https://w3id.org/radix/"
FINDING, LESION, TERRITORY, INNERVATED = (
    str(RADIX.hasFinding),
    str(RADIX.affectsNerve),
    str(RADIX.hasSensoryTerritory),
    str(RADIX.innervatedByNerve),
)
RED_FLAG = str(RADIX.redFlagFor)


def _graph() -> nx.MultiDiGraph:
    """Build a tibial nerve with sited branches, a tarsal tunnel lesion, and a finding held only when bilateral."""
    G = nx.MultiDiGraph(
        words={},
        distal={"popliteal_fossa": {"leg", "tarsal_tunnel"}, "leg": {"tarsal_tunnel"}},
        superclasses={"Radiculopathy": {"Radiculopathy", "Condition"}, "Condition": {"Condition"}},
    )
    for name, types in [
        ("tts", ["Mononeuropathy"]), ("tibial", ["PeripheralNerve"]), ("heel", ["BodyRegion"]),
        ("sole", ["BodyRegion"]), ("gastrocnemius", ["Muscle"]), ("abductor_hallucis", ["Muscle"]),
        ("s2", ["Radiculopathy"]), ("ces", ["Radiculopathy"]), ("retention", ["Sign"]), ("pain", ["Symptom"]),
    ]:  # fmt: skip
        G.add_node(R + name, label=name, types=types, synonyms=[], definition=None)
    G.graph["superclasses"]["Mononeuropathy"] = {"Mononeuropathy", "Condition"}

    def edge(s: str, p: str, o: str, *contexts: dict[str, str]) -> None:
        G.add_edge(R + s, R + o, key=p, predicate=p, contexts=list(contexts) or [{}])

    edge("tts", LESION, "tibial", {"site": "tarsal_tunnel"})
    edge("tibial", TERRITORY, "heel", {"site": "leg"})
    edge("tibial", TERRITORY, "sole", {"site": "tarsal_tunnel"})
    edge("gastrocnemius", INNERVATED, "tibial", {"site": "popliteal_fossa"})
    edge("abductor_hallucis", INNERVATED, "tibial", {"site": "tarsal_tunnel"})
    edge("s2", FINDING, "retention", {"laterality": "bilateral"})
    edge("ces", FINDING, "retention")
    edge("s2", FINDING, "pain")
    edge("ces", FINDING, "pain")
    edge("retention", RED_FLAG, "ces")
    return G


def test_the_registry_sorts_every_key_into_one_kind() -> None:
    assert set(QUALIFIERS) == RESTRICTIVE | STRUCTURAL | DESCRIPTIVE
    assert {"laterality", "when"} == RESTRICTIVE and {"site"} == STRUCTURAL
    assert {"onset", "course", "timing"} == DESCRIPTIVE
    assert parse_qualifiers("when=walking;laterality=bilateral") == {"when": "walking", "laterality": "bilateral"}


@pytest.mark.parametrize(
    ("qualifiers", "given", "expected"),
    [
        ({}, {}, True),
        ({"laterality": "bilateral"}, {}, False),
        ({"laterality": "bilateral"}, {"laterality": "bilateral"}, True),
        ({"laterality": "bilateral"}, {"laterality": "unilateral"}, False),
        ({"when": "walking"}, {}, False),
        ({"when": "walking"}, {"when": "walking"}, True),
        ({"onset": "acute"}, {}, True),  # descriptive: says how, never blocks
        ({"course": "progressive"}, {}, True),
        ({"timing": "early"}, {}, True),
        ({"site": "tarsal_tunnel"}, {}, True),  # structural: checked pairwise, not here
    ],
)
def test_which_contexts_satisfy_a_qualifier(qualifiers: dict[str, str], given: dict[str, str], expected: bool) -> None:
    assert satisfied(qualifiers, given) is expected


def test_an_edge_holds_when_one_of_its_axioms_does() -> None:
    assert holds({"contexts": [{"laterality": "bilateral"}, {}]})
    assert not holds({"contexts": [{"laterality": "bilateral"}]})


def test_a_sited_lesion_reaches_only_what_leaves_at_or_below_it() -> None:
    G = _graph()
    assert not reaches(G, {"tarsal_tunnel"}, {"leg"})
    assert reaches(G, {"tarsal_tunnel"}, {"tarsal_tunnel"})
    assert reaches(G, {"popliteal_fossa"}, {"tarsal_tunnel"})
    assert not reaches(G, {"tarsal_tunnel"}, {None})
    assert reaches(G, {None}, {"leg"})
    reach = nerve_reach(G, [(R + "tibial", {"tarsal_tunnel"})])
    assert reach[TERRITORY] == {R + "sole"}
    assert reach[INNERVATED] == {R + "abductor_hallucis"}


def test_a_path_never_takes_a_sited_lesion_to_a_branch_it_spares() -> None:
    G = _graph()
    assert shortest_paths(G, R + "tts", R + "heel") == []
    assert shortest_paths(G, R + "tts", R + "gastrocnemius") == []
    [path] = shortest_paths(G, R + "tts", R + "sole")
    assert [step.target for step in path] == [R + "tibial", R + "sole"]


def test_a_multi_hop_path_does_not_cross_a_restrictive_qualifier() -> None:
    G = _graph()
    paths = shortest_paths(G, R + "s2", R + "ces")
    assert paths and all(R + "retention" not in [step.target for step in path] for path in paths)
    crossing = shortest_paths(G, R + "s2", R + "ces", context={"laterality": "bilateral"}, limit=5)
    assert any(R + "retention" in [step.target for step in path] for path in crossing)


def test_a_one_step_path_is_told_with_its_qualifier() -> None:
    G = _graph()
    [path] = shortest_paths(G, R + "s2", R + "retention")
    assert path[0].qualifiers == ((("laterality", "bilateral"),),)
    assert "[laterality: bilateral]" in tell(G, path)


def test_a_neighbourhood_shows_a_qualified_edge_but_does_not_cross_it() -> None:
    G = _graph()
    G.remove_edge(R + "ces", R + "pain", key=FINDING)  # leave urinary retention the only way from S2 to CES
    near = neighbourhood(G, R + "s2", depth=2)
    assert R + "retention" in near  # one step: shown
    assert R + "ces" not in near  # reached only by crossing "when bilateral"
    assert R + "ces" in neighbourhood(G, R + "s2", depth=2, context={"laterality": "bilateral"})
    lesion = neighbourhood(G, R + "tts", depth=2)
    assert R + "sole" in lesion and R + "heel" not in lesion and R + "gastrocnemius" not in lesion


def test_related_conditions_share_only_what_holds() -> None:
    G = _graph()
    [ces] = [item for item in related_conditions(G, R + "s2") if item.iri == R + "ces"]
    assert ces.shared["findings"] == [R + "pain"]
    [both] = [
        item for item in related_conditions(G, R + "s2", context={"laterality": "bilateral"}) if item.iri == R + "ces"
    ]
    assert both.shared["findings"] == [R + "pain", R + "retention"]
