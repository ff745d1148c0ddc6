"""Every pair of conditions the graph must tell apart has at least two discriminators (issue 11, item 8)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from graph.check.discrimination import Pair, discrimination_markdown, pairs_to_tell_apart, short_pairs
from graph.paths import ONTOLOGY_DIR

R = "https://w3id.org/radix/"


def _ids(pair: Pair) -> tuple[str, str]:
    return (pair.first.removeprefix(R), pair.second.removeprefix(R))


def test_no_pair_is_short(store: ox.Store) -> None:
    """Issue 11, item 8: every mimic pair (and every pair sharing a root) has two discriminators or more."""
    short = {_ids(pair): sorted(pair.findings) for pair in short_pairs(store)}
    assert short == {}, f"pairs with fewer than two discriminating findings or tests: {short}"


def test_the_pairs_the_issue_named_are_told_apart(store: ox.Store) -> None:
    pairs = {_ids(pair): pair for pair in pairs_to_tell_apart(store).values()}
    for pair in [
        ("cauda_equina_syndrome", "conus_medullaris_syndrome"),
        ("L4_radiculopathy", "lumbosacral_plexopathy"),
        ("hip_osteoarthritis", "lumbar_spinal_stenosis"),
        ("length_dependent_polyneuropathy", "lumbar_spinal_stenosis"),
        ("lumbosacral_plexopathy", "lumbosacral_radiculopathy"),
        ("L3_radiculopathy", "diabetic_amyotrophy"),
        # the upper-limb pairs short of two discriminators until both part-2 halves were merged
        ("C5_radiculopathy", "neuralgic_amyotrophy"),
        ("C6_radiculopathy", "neuralgic_amyotrophy"),
        ("C8_radiculopathy", "pancoast_tumour"),
        ("T1_radiculopathy", "pancoast_tumour"),
        ("T1_radiculopathy", "thoracic_outlet_syndrome"),
        ("carpal_tunnel_syndrome", "thoracic_outlet_syndrome"),
        ("pancoast_tumour", "thoracic_outlet_syndrome"),
    ]:
        assert pair in pairs, f"{pair} is not linked as a pair to tell apart"
        assert len(pairs[pair].findings) >= 2, f"{pair} has {sorted(pairs[pair].findings)}"


def test_sphincter_timing_counts_as_a_discriminator_of_conus_and_cauda_equina(store: ox.Store) -> None:
    pair = pairs_to_tell_apart(store)[(R + "cauda_equina_syndrome", R + "conus_medullaris_syndrome")]
    timing = [item for item in pair.discriminators if item.finding == R + "urinary_retention"]
    assert timing and timing[0].how == "timing: late vs early"
    assert {R + "extensor_plantar_response", R + "asymmetric_saddle_anaesthesia"} <= pair.findings


def test_pairs_sharing_a_root_are_compared_but_a_cause_or_a_kind_is_not(store: ox.Store) -> None:
    pairs = pairs_to_tell_apart(store)
    assert "shared root" in pairs[(R + "S1_radiculopathy", R + "cauda_equina_syndrome")].reasons
    assert (R + "L5_radiculopathy", R + "lumbosacral_radiculopathy") not in pairs  # skos:broader
    assert (R + "L5_S1_disc_herniation", R + "S1_radiculopathy") not in pairs  # a cause, not a rival


def _store(triples: list[tuple[str, str, str]]) -> ox.Store:
    store = ox.Store()
    for s, p, o in triples:
        store.add(ox.Quad(ox.NamedNode(R + s), ox.NamedNode(R + p), ox.NamedNode(R + o)))
    return store


@pytest.mark.parametrize(
    ("triples", "short"),
    [
        ([("a", "mimics", "b"), ("a", "hasFinding", "f"), ("b", "typicallyLacksFinding", "f")], True),
        (
            [("a", "mimics", "b"), ("a", "hasFinding", "f"), ("b", "typicallyLacksFinding", "f"),
             ("b", "hasFinding", "g"), ("a", "typicallyLacksFinding", "g")],
            False,
        ),
        ([("a", "mimics", "b")], True),
    ],
)  # fmt: skip
def test_a_planted_pair_is_reported_short_or_not(triples: list[tuple[str, str, str]], short: bool) -> None:
    found = short_pairs(_store(triples))
    assert bool(found) is short
    if short:
        assert _ids(found[0]) == ("a", "b")


def test_the_pair_document_equals_the_graph(store: ox.Store) -> None:
    document = ONTOLOGY_DIR.parent / "docs" / "discrimination.md"
    assert document.read_text(encoding="utf-8") == discrimination_markdown(store), (
        "docs/discrimination.md disagrees with the graph: "
        "run `python -m graph.check.discrimination docs/discrimination.md`"
    )
