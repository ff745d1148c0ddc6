"""The parsimony term: a lesion of several units counts the units a note says nothing of (stop 36)."""

from __future__ import annotations

import math

import pytest
from rdflib import Graph

from graph.explore.explorer import Explorer
from graph.explore.localize import parameters
from graph.explore.localize.hypotheses import Hypothesis
from graph.explore.localize.parsimony import Silence, part_of_root
from graph.load.store import oxigraph_store
from graph.namespaces import BASE

R = BASE

MUSCULOCUTANEOUS = [
    "elbow flexion weak 4-/5 with forearm supinated",
    "biceps jerk reduced",
    "numbness over the lateral forearm",
    "deltoid and wrist extensors 5/5",
]
"""A musculocutaneous picture: it speaks of the lateral cord's musculocutaneous nerve and of nothing else of it."""


@pytest.fixture(scope="module")
def explorer(radix_graph: Graph) -> Explorer:
    return Explorer(oxigraph_store(radix_graph))


def condition(explorer: Explorer, name: str) -> Hypothesis:
    return next(h for h in explorer.localizer.hypotheses if h.iri == R + name and not h.at_root)


def test_the_units_of_a_lesion_are_its_roots_nerves_or_a_plexuss_outermost_parts(explorer: Explorer) -> None:
    """Find a lesion's units: its roots, its nerves, or a plexus's outermost parts.

    Lumbar stenosis is its three roots at the graph's shares; one root is no lesion of several; no unit of the
    brachial plexus reaches another (its trunks, and the nerves that leave the roots), so nothing counts twice.
    """
    parsimony = explorer.localizer.model.parsimony
    stenosis = {
        u.node.rsplit("/", 1)[-1]: u.share for u in parsimony.units(condition(explorer, "lumbar_spinal_stenosis"))
    }
    involvement = dict(condition(explorer, "lumbar_spinal_stenosis").lesion.involvement)
    assert stenosis == {root.rsplit("/", 1)[-1]: share for root, share in involvement.items()}
    assert parsimony.units(condition(explorer, "S1_radiculopathy")) == ()
    plexus = parsimony.units(condition(explorer, "brachial_plexopathy"))
    names = {u.node.rsplit("/", 1)[-1] for u in plexus}
    assert {
        "upper_trunk_of_brachial_plexus",
        "middle_trunk_of_brachial_plexus",
        "lower_trunk_of_brachial_plexus",
    } <= names
    assert all(u.share == parameters.PLEXUS_SHARE for u in plexus)
    for unit in plexus:
        reached = parsimony.reach_of(unit.node).nerves
        assert not any(other.node in reached for other in plexus if other is not unit)


def test_a_unit_the_note_is_silent_on_counts_against_its_lesion_at_its_share(explorer: Explorer) -> None:
    """Count each silent unit with skin at its share.

    The lateral cord's median nerve, silent in a musculocutaneous picture, takes 1 - share x UNIT_DEFICIT x
    MENTIONED; the musculocutaneous nerve, spoken of, takes nothing, and the lateral pectoral nerve, with no skin,
    is seldom examined and counts for nothing.
    """
    localizer = explorer.localizer
    parsimony = localizer.model.parsimony
    said = parsimony.said(localizer.read(MUSCULOCUTANEOUS).observations)
    silence = parsimony.silence(condition(explorer, "lateral_cord_brachial_plexopathy"), said)
    expected = 1 - parameters.PLEXUS_SHARE * parameters.UNIT_DEFICIT * parameters.MENTIONED
    assert dict(silence.units) == {"median nerve": pytest.approx(expected)}
    assert silence.log == pytest.approx(math.log(expected))


def test_nested_lesions_pay_for_the_same_silent_units(explorer: Explorer) -> None:
    """Look into a spoken plexus element's own units: the lower trunk is silent on what the medial cord is, and more.

    Until the review of stop 36 the lower trunk's two divisions were its only units, both spoken of by an ulnar
    picture, so it paid less than the medial cord it contains.
    """
    localizer = explorer.localizer
    parsimony = localizer.model.parsimony
    ulnar = ["numb little finger and ulnar half of ring finger", "FDI weak 4/5", "Froment's positive"]
    said = parsimony.said(localizer.read(ulnar).observations)
    cord = parsimony.silence(condition(explorer, "medial_cord_brachial_plexopathy"), said)
    trunk = parsimony.silence(condition(explorer, "lower_trunk_brachial_plexopathy"), said)
    assert (
        {"median nerve", "medial cutaneous nerve of the forearm"} <= dict(cord.units).keys() < dict(trunk.units).keys()
    )
    assert trunk.log < cord.log < 0


def test_units_without_skin_roots_a_nerve_carries_and_pains_do_not_count(explorer: Explorer) -> None:
    """Count no unit with no skin, no root inside a nerve unit, and no part of the body only a pain speaks of.

    The review of stop 36: a posterior cord picture paid for the thoracodorsal and subscapular nerves; the Pancoast
    tumour counted C8 and T1 beside the lower trunk that carries them; a claudication felt in the buttock made the
    saddle "examined", so a cauda equina lesion paid for a silent S4 and lost its red flags.
    """
    localizer = explorer.localizer
    parsimony = localizer.model.parsimony
    radial = ["deltoid weak 3/5", "wrist drop", "triceps weak", "numb over the deltoid", "numb back of forearm"]
    said = parsimony.said(localizer.read(radial).observations)
    assert parsimony.silence(condition(explorer, "posterior_cord_brachial_plexopathy"), said).units == ()
    pancoast = {u.node.rsplit("/", 1)[-1] for u in parsimony.units(condition(explorer, "pancoast_tumour"))}
    assert pancoast == {"anterior_division_of_lower_trunk", "posterior_division_of_lower_trunk"}
    claudication = ["neurogenic claudication", "numb dorsum of both feet", "EHL weak bilat", "ankle jerks present"]
    said = parsimony.said(localizer.read(claudication).observations)
    silent = dict(parsimony.silence(condition(explorer, "central_canal_stenosis"), said).units)
    assert silent.keys() == {"L2 nerve root", "L3 nerve root", "L4 nerve root"}  # the leg's; no saddle root
    flags = {f["label"] for f in explorer.localize(claudication, limit=5)["red_flags"]}
    assert {"cauda equina syndrome", "spinal epidural abscess"} <= flags


def test_a_pair_counts_a_unit_both_lesions_are_silent_on_once() -> None:
    """Join two lesions' silences with each unit once, at its least likelihood."""
    one = Silence(math.log(0.8) + math.log(0.9), (("median nerve", 0.8), ("L4 nerve root", 0.9)))
    two = Silence(math.log(0.7), (("median nerve", 0.7),))
    joined = one.joined(two)
    assert dict(joined.units) == {"median nerve": 0.7, "L4 nerve root": 0.9}
    assert joined.log == pytest.approx(math.log(0.7) + math.log(0.9))


def test_a_part_of_the_body_the_note_says_nothing_of_counts_for_nothing(explorer: Explorer) -> None:
    """Count no unit where the note says nothing of the lesion: a leg note and the Pancoast tumour.

    A two-root lesion in the arm counts the root the note is silent on, either way round.
    """
    localizer = explorer.localizer
    parsimony = localizer.model.parsimony
    said = parsimony.said(localizer.read(["EHL weak 4/5", "numb dorsum of the foot"]).observations)
    assert parsimony.silence(condition(explorer, "pancoast_tumour"), said).log == 0.0
    two_roots = next(h for h in localizer.hypotheses if h.at_roots == (R + "C5_root", R + "C6_root"))
    arm = parsimony.said(localizer.read(["numbness of the lateral upper arm"]).observations)  # C5's skin only
    assert dict(parsimony.silence(two_roots, arm).units).keys() == {"C6 nerve root"}
    thumb = parsimony.said(localizer.read(["numb thumb"]).observations)  # C6's
    assert dict(parsimony.silence(two_roots, thumb).units).keys() == {"C5 nerve root"}


def test_the_focal_lesion_gains_on_the_plexus_and_the_explanation_names_the_silent_units(explorer: Explorer) -> None:
    """Name the silent units in the evidence against a lesion, with their likelihood ratios.

    The musculocutaneous nerve stays first; the lateral cord's evidence against it lists each silent unit.
    """
    answer = explorer.localize(MUSCULOCUTANEOUS, limit=5)
    sites = {s["label"]: s for s in answer["sites"]}
    assert answer["sites"][0]["label"] == "musculocutaneous nerve"
    cord = sites["lateral cord of the brachial plexus"]
    rows = {r["phrase"]: r["likelihood_ratio"] for r in cord["against"]}
    assert rows["nothing said of the median nerve"] == pytest.approx(0.83, abs=0.01)


@pytest.mark.parametrize(
    ("root", "part"), [("C4_root", "neck"), ("T1_root", "arm"), ("T6_root", "trunk"), ("S2_root", "leg"),
                       ("S4_root", "saddle"), ("coccygeal_root", "")]
)  # fmt: skip
def test_each_root_lies_in_one_part_of_the_body(root: str, part: str) -> None:
    """A unit counts only where the note speaks of another unit of its lesion: the roots' parts of the body."""
    assert part_of_root(R + root) == part


def test_the_third_reviews_cases(explorer: Explorer) -> None:
    """Count a silent unit once, let studies speak but not examine, and leave out red flags and motor-only disease.

    The third review of stop 36: a brachial plexopathy paid three times for the axillary nerve; an MRI line made the
    leg "examined"; the cauda equina syndrome lost flags at the threshold; multifocal motor neuropathy paid, through
    sensory testing's sensitivity, for nerves whose skin it never numbs; a part of a lesion involved less often than
    a plexus's share passed the larger share to its own units.
    """
    localizer = explorer.localizer
    parsimony = localizer.model.parsimony

    def silent(name: str, phrases: list[str]) -> dict[str, float]:
        said = parsimony.said(localizer.read(phrases).observations)
        return dict(parsimony.silence(condition(explorer, name), said).units)

    reflexes = silent("brachial_plexopathy", ["biceps, triceps and supinator jerks absent", "Horner's on L"])
    assert list(reflexes).count("axillary nerve") == 1
    assert silent("lumbar_spinal_stenosis", ["L leg pain", "MRI: L4/5 disc protrusion compressing L5 root"]) == {}
    assert silent("lumbar_spinal_stenosis", ["EHL 4/5 L", "numb dorsum of foot L", "AJ normal"]).keys() == {
        "L4 nerve root"
    }
    saddle = ["saddle anaesthesia", "urinary retention", "reduced anal tone", "weak plantarflexion both legs"]
    assert silent("cauda_equina_syndrome", saddle) == {}
    wrist_drop = ["slowly progressive R wrist drop, painless", "finger extension 3/5 R", "triceps 5/5"]
    assert silent("multifocal_motor_neuropathy", [*wrist_drop, "grip 5/5"]) == {}
    thigh = silent("diabetic_amyotrophy", ["quads 4/5", "knee jerk absent", "numb anterior thigh"])
    plexus = dict(condition(explorer, "diabetic_amyotrophy").lesion.involvement)[R + "lumbosacral_plexus"]
    floor = 1 - plexus * parameters.PLEXUS_SHARE * parameters.UNIT_DEFICIT * parameters.MENTIONED  # its parts' share
    assert thigh and all(value == pytest.approx(floor) for value in thigh.values())


def test_a_finding_of_the_other_side_speaks_of_no_unit_of_a_one_sided_lesion(explorer: Explorer) -> None:
    """Count a unit as spoken of only by findings of the lesion's side (or both sides, or no side).

    The third review of stop 36: a normal left knee jerk took the L4 root's silence away from a right L4 and L5 lesion.
    """
    localizer = explorer.localizer
    scored = localizer.model.score(localizer.read(["EHL 4/5 R", "numb dorsum of foot R", "KJ normal L"]).observations)
    [two_roots] = [  # the pair of unstated cause (its foraminal stenosis form, since stop 47, is the same lesion)
        s
        for s in scored
        if len(s.members) == 1 and s.members[0].at_roots == (R + "L4_root", R + "L5_root") and not s.members[0].carries
    ]
    assert two_roots.side == "right"
    assert dict(two_roots.silence.units).keys() == {"L4 nerve root"}
