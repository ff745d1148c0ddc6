"""A two-root radiculopathy with its cause known, and imaging lines naming the foramen and the lateral recess at once.

Bartynski et al. (2010) found adjacent double-root lesions from disc protrusion and from subarticular (lateral recess)
or foraminal stenosis. Until stop 47 the pair was one hypothesis whose modifiers were the one-root radiculopathies',
which their sources give for a disc herniation ("worse sitting"): a two-root stenosis picture, worse standing and
eased by sitting, went to lumbar canal stenosis. Each phrase is written for this test (none is taken from the
evaluation cases).
"""

from __future__ import annotations

import pytest
from rdflib import Graph

from graph.explore.explorer import Explorer
from graph.load.store import oxigraph_store
from tests.test_localize_reader import local, read

R = "https://w3id.org/radix/"
L4_L5 = (f"{R}L4_root", f"{R}L5_root")


@pytest.fixture(scope="module")
def explorer(radix_graph: Graph) -> Explorer:
    return Explorer(oxigraph_store(radix_graph))


def implicated(explorer: Explorer, phrase: str) -> set[str]:
    """Return everything the phrase's one observation implicates."""
    [observation] = read(explorer, phrase)
    return local(observation.implicates)


def test_each_sourced_cause_of_two_roots_is_the_pair_with_its_cause_known(explorer: Explorer) -> None:
    """Each scored cause the graph names carries the pair: its findings, its own modifiers, its roots' share of prior.

    The disc protrusion Bartynski also names has no findings of its own and is not scored anywhere: at a pair it is the
    pair of unstated cause, whose modifiers (the one-root radiculopathies') are the disc's.
    """
    at_pair = [h for h in explorer.localizer.hypotheses if h.at_roots == L4_L5]
    generic = next(h for h in at_pair if not h.carries)
    by_cause = {h.iri.removeprefix(R): h for h in at_pair if h.carries}
    assert sorted(by_cause) == ["foraminal_stenosis", "lateral_recess_stenosis"]  # a disc protrusion is not scored
    for h in by_cause.values():
        assert h.carries == generic.iri
        assert h.site == generic.site and h.parts == generic.parts
        assert set(generic.explicit) <= set(h.explicit)
    total = sum(h.priors["uniform"] for h in at_pair)
    for h in by_cause.values():  # its share of the pair, the mean of its shares at the two roots
        shares = []
        for root in L4_L5:
            site = [s for s in explorer.localizer.hypotheses if s.site.kind == "root" and s.site.anatomy[0] == root]
            mine = sum(s.priors["uniform"] for s in site if s.iri == h.iri)
            shares.append(mine / sum(s.priors["uniform"] for s in site))
        assert h.priors["uniform"] / total == pytest.approx(sum(shares) / 2)
    assert generic.priors["uniform"] / total == pytest.approx(
        1 - sum(h.priors["uniform"] for h in by_cause.values()) / total
    )
    assert generic.priors["uniform"] > max(h.priors["uniform"] for h in by_cause.values())
    assert f"{R}sitting" in generic.aggravated  # the radiculopathies' disc rows
    stenosis = by_cause["lateral_recess_stenosis"]
    assert f"{R}sitting" in stenosis.relieved and f"{R}sitting" not in stenosis.aggravated
    cervical = [h for h in explorer.localizer.hypotheses if h.at_roots == (f"{R}C6_root", f"{R}C7_root")]
    assert len(cervical) == 1  # the graph names no cause of the cervical pair


def test_foramen_and_lateral_recess_at_one_level_are_the_leaving_and_the_crossing_root(explorer: Explorer) -> None:
    """The foramen at L4-L5 holds the L4 root, the lateral recess the L5 root: a line naming both implicates both."""
    assert {"L4_root", "L5_root"} <= implicated(
        explorer, "MRI: L4-L5 anterolisthesis, foraminal and lateral recess narrowing on the left"
    )
    both_levels = implicated(explorer, "MRI: lateral recess and foraminal stenosis on the right at L3-L4 and L4-L5")
    assert {"L3_root", "L4_root", "L5_root"} <= both_levels
    recess = implicated(explorer, "MRI: subarticular recess stenosis at L4-L5")
    assert "L5_root" in recess and "S1_root" not in recess  # S1 is the recess's root at L5-S1, not at L4-L5


def test_a_disc_line_keeps_its_own_reading(explorer: Explorer) -> None:
    """A paracentral disc names no lateral recess; a central one keeps the cauda equina."""
    paracentral = implicated(explorer, "MRI: L4-L5 left paracentral disc protrusion")
    assert "L5_root" in paracentral and "lateral_recess" not in paracentral and "L4_root" not in paracentral
    assert "cauda_equina" in implicated(explorer, "MRI: large central disc extrusion at L4-L5")


def test_a_two_root_stenosis_picture_is_at_the_two_roots(explorer: Explorer) -> None:
    """Worse standing, eased by sitting, L4 and L5 deficits on one side and an MRI of both: the pair, by a stenosis."""
    answer = explorer.localize(
        ["left thigh and shin pain after standing for ten minutes, better once seated",
         "L patellar reflex diminished, ankle reflexes normal", "L tibialis anterior and EHL 4/5",
         "reduced sensation L medial calf and top of the foot",
         "MRI: L4-L5 anterolisthesis, foraminal and lateral recess narrowing on the left"]
    )  # fmt: skip
    assert set(answer["sites"][0]["anatomy"]) == {"radix:L4_root", "radix:L5_root"}
    assert answer["conditions"][0]["id"] in {"radix:foraminal_stenosis", "radix:lateral_recess_stenosis"}


def test_a_two_root_disc_picture_is_not_given_to_a_stenosis(explorer: Explorer) -> None:
    """Worse sitting and on coughing, the same deficits: the pair still, not by a stenosis."""
    answer = explorer.localize(
        ["left leg pain down the front of the shin, worse sitting and on coughing",
         "L patellar reflex diminished, ankle reflexes normal", "L tibialis anterior and EHL 4/5",
         "reduced sensation L medial calf and top of the foot", "MRI: L4-L5 left disc protrusion into the foramen"]
    )  # fmt: skip
    assert set(answer["sites"][0]["anatomy"]) == {"radix:L4_root", "radix:L5_root"}
    assert answer["conditions"][0]["id"] not in {"radix:foraminal_stenosis", "radix:lateral_recess_stenosis"}
