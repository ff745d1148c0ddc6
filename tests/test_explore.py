"""Search, entity cards, neighbourhoods, paths, related conditions and localisation (issue 5, domain side)."""

from __future__ import annotations

from typing import Any

import pytest
from rdflib import Graph

from graph.errors import RadixError, UnknownEntityError
from graph.explore.explorer import Explorer
from graph.load.store import oxigraph_store


@pytest.fixture(scope="module")
def explorer(radix_graph: Graph) -> Explorer:
    return Explorer(oxigraph_store(radix_graph))


def top(explorer: Explorer, text: str) -> str:
    return str(explorer.search(text, limit=1)[0]["id"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("S1 radiculopathy", "radix:S1_radiculopathy"),
        ("s1 RADICULOPATHY", "radix:S1_radiculopathy"),
        ("radiculopathy S1", "radix:S1_radiculopathy"),
        ("first sacral radiculopathy", "radix:S1_radiculopathy"),
        ("absent ankle jerk", "radix:absent_ankle_reflex"),
        ("ankle reflx absent", "radix:absent_ankle_reflex"),
        ("gastrocnemus", "radix:gastrocnemius"),
        ("paresthesia of the lateral foot", "radix:lateral_foot_numbness"),
        ("paraesthesia of the lateral foot", "radix:lateral_foot_numbness"),
        ("radix:S1_root", "radix:S1_root"),
        ("https://w3id.org/radix/S1_root", "radix:S1_root"),
        ("HP:0003438", "radix:absent_ankle_reflex"),
        ("hp:0031955", "radix:antalgic_gait"),
        ("ICD10CM:M54.17", "radix:lumbosacral_radiculopathy"),
        ("UBERON:0001388", "radix:gastrocnemius"),
    ],
)
def test_search_resolves_names_and_identifiers(explorer: Explorer, text: str, expected: str) -> None:
    assert top(explorer, text) == expected


def test_search_ranks_the_exact_name_first(explorer: Explorer) -> None:
    hits = explorer.search("ankle reflex", limit=5)
    assert hits[0]["id"] == "radix:ankle_reflex"
    assert [hit["score"] for hit in hits] == sorted((hit["score"] for hit in hits), reverse=True)


def test_empty_search_is_refused(explorer: Explorer) -> None:
    with pytest.raises(RadixError):
        explorer.search("   ")


def test_entity_card_has_edges_with_provenance(explorer: Explorer) -> None:
    card = explorer.entity("radix:S1_radiculopathy")
    assert card["label"] == "S1 radiculopathy" and "Radiculopathy" in card["types"]
    reflex = [e for e in card["out"] if e["to"]["id"] == "radix:diminished_or_absent_ankle_reflex"]
    assert reflex and {"id": "radix:ref_seed", "label": reflex[0]["sources"][0]["label"]} in reflex[0]["sources"]
    assert any(m["to"]["id"] == "MONDO:0002959" and m["words"] == "falls under" for m in card["mappings"])
    assert any(e["from"]["id"] == "radix:lumbar_disc_herniation" for e in card["in"])


def test_entity_card_shows_qualifiers_and_the_consensus(explorer: Explorer) -> None:
    """An edge that holds only in a context says so on the card; a contest variant says if it is the consensus."""
    card = explorer.entity("radix:tarsal_tunnel_syndrome")
    nerves = {edge["to"]["id"]: edge for edge in card["out"] if edge["predicate"] == "radix:affectsNerve"}
    assert nerves["radix:tibial_nerve"]["contexts"] == [{"site": "tarsal_tunnel"}]
    assert nerves["radix:medial_plantar_nerve"]["contexts"] == []
    reflex = explorer.entity("radix:patellar_reflex")
    roots = {edge["to"]["id"]: edge for edge in reflex["out"] if edge["predicate"] == "radix:testsRoot"}
    assert roots["radix:L4_root"]["consensus"] and not roots["radix:L2_root"]["consensus"]
    assert all(edge["contested"] for edge in roots.values())


def test_unknown_entity_suggests_close_names(explorer: Explorer) -> None:
    with pytest.raises(UnknownEntityError) as caught:
        explorer.entity("S1 radiculopthy")
    assert "radix:S1_radiculopathy" in caught.value.suggestions


def test_neighbourhood_by_depth_and_predicate(explorer: Explorer) -> None:
    near = explorer.neighbours("radix:S1_root", depth=1, predicates=["radix:hasPrimaryRoot"])
    ids = {node["id"] for node in near["nodes"]}
    assert {"radix:gastrocnemius", "radix:soleus", "radix:S1_root"} <= ids
    assert all(edge["predicate"] == "radix:hasPrimaryRoot" for edge in near["edges"])
    with pytest.raises(RadixError, match="unknown predicate"):
        explorer.neighbours("radix:S1_root", predicates=["radix:suppliedBy"])
    with pytest.raises(RadixError, match="depth"):
        explorer.neighbours("radix:S1_root", depth=9)


def test_path_is_told_in_words(explorer: Explorer) -> None:
    answer = explorer.path("radix:lumbar_disc_herniation", "radix:diminished_or_absent_ankle_reflex", limit=20)
    texts = [path["text"] for path in answer["paths"]]
    assert (
        "herniated lumbar disc — causes — S1 radiculopathy — has finding — diminished or absent ankle reflex" in texts
    )


def test_path_reads_edges_backwards_with_inverse_words(explorer: Explorer) -> None:
    steps = explorer.path("radix:S1_root", "radix:gastrocnemius")["paths"][0]["steps"]
    assert any(step["direction"] == "backward" and step["words"] == "is primary root of" for step in steps)


def test_related_conditions_list_what_they_share(explorer: Explorer) -> None:
    related = explorer.related("radix:S1_radiculopathy")["related"]
    assert related, "S1 radiculopathy should have related conditions"
    scores = [item["score"] for item in related]
    assert scores == sorted(scores, reverse=True)
    assert all(item["shared"] for item in related)


def test_related_is_asked_of_a_condition(explorer: Explorer) -> None:
    with pytest.raises(RadixError, match="not a condition"):
        explorer.related("radix:gastrocnemius")


def test_localize_s1_from_the_seed_findings(explorer: Explorer) -> None:
    # part 2's tibial nerve reaches the lateral foot (sural) and the ankle reflex: a root sign tells S1 from it
    findings = [
        "absent ankle jerk",
        "numbness of the lateral foot",
        "weak plantar flexion",
        "positive straight leg raise",
    ]
    answer = explorer.localize(findings)
    first = answer["conditions"][0]
    assert first["id"] == "radix:S1_radiculopathy"
    assert answer["sites"][0]["id"] == "radix:S1_root"
    assert "radix:absent_ankle_reflex" in {f for item in first["supporting"] for f in item["findings"]}


def test_localize_reads_normal_findings(explorer: Explorer) -> None:
    answer = explorer.localize(["absent ankle reflex", "knee reflex normal", "no saddle anaesthesia"])
    observations = {o["phrase"]: o for o in answer["observations"]}
    assert observations["knee reflex normal"]["present"] is False
    assert observations["no saddle anaesthesia"]["present"] is False
    assert observations["absent ankle reflex"]["present"] is True


def test_localize_returns_unresolved_phrases(explorer: Explorer) -> None:
    answer = explorer.localize(["absent ankle reflex", "xyzzy plugh"])
    assert [item["phrase"] for item in answer["unresolved"]] == ["xyzzy plugh"]


def test_localize_accepts_curies(explorer: Explorer) -> None:
    answer = explorer.localize(["HP:0003438", "radix:lateral_foot_numbness"])
    assert answer["candidates"][0]["id"] == "radix:S1_radiculopathy"


def test_localize_needs_findings(explorer: Explorer) -> None:
    with pytest.raises(RadixError, match="at least one finding"):
        explorer.localize([" "])


# ---- two conditions side by side (issue 15) ------------------------------------------------------
@pytest.fixture(scope="module")
def comparison(explorer: Explorer) -> dict[str, Any]:
    return explorer.compare("L5_radiculopathy", "common fibular neuropathy")


def labels(items: list[dict[str, Any]]) -> set[str]:
    return {item["finding"]["label"] for item in items}


def test_shared_findings_are_found_with_both_sides_sources(comparison: dict[str, Any]) -> None:
    assert "foot drop" in labels(comparison["shared"])
    for item in comparison["shared"]:
        assert item["first"]["sources"] and item["second"]["sources"]


def test_findings_of_one_only_say_when_the_other_typically_lacks_them(comparison: dict[str, Any]) -> None:
    only_l5 = {item["finding"]["label"]: item for item in comparison["only_first"]}
    assert only_l5["positive straight leg raise"]["other_lacks"]["sources"]  # the neuropathy typically lacks it
    assert "Tinel sign at the fibular head" in labels(comparison["only_second"])
    assert not labels(comparison["only_first"]) & labels(comparison["shared"])
    lacked = [item["other_lacks"] is None for item in comparison["only_first"]]
    assert lacked == sorted(lacked)  # the separating ones (typically lacking in the other) first


def test_separating_tests_point_to_one_condition_with_their_sources(comparison: dict[str, Any]) -> None:
    tests = {(item["test"]["label"], item["points_to"]["label"]): item for item in comparison["tests"]}
    assert ("straight leg raise", "L5 radiculopathy") in tests
    assert ("Tinel test at the fibular head", "common fibular neuropathy") in tests
    for item in comparison["tests"]:
        assert item["reasons"] and all(reason["claim"]["sources"] for reason in item["reasons"])
    assert len(tests) == len(comparison["tests"])  # one entry per test and side, its reasons together


def test_only_conditions_are_compared(explorer: Explorer) -> None:
    with pytest.raises(RadixError, match="not a condition"):
        explorer.compare("S1_root", "L5_radiculopathy")
    with pytest.raises(RadixError, match="two different"):
        explorer.compare("L5_radiculopathy", "L5_radiculopathy")
    with pytest.raises(UnknownEntityError):
        explorer.compare("L5_radiculopathy", "no such condition at all")
