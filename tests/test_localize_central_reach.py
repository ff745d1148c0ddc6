"""A central lesion's weakness beyond the movements it names (stop 51): the segments of the weakness it states.

Until stop 51 a brain or cord lesion reached no muscle (the traversals follow roots and nerves), so a hand-knob stroke
counted a weak thumb abductor against itself and lost a mixed weak hand to motor neuron disease, and a cortical leg
stroke counted a mildly weak plantar flexion as a sciatic nerve's. ``central_reach.CentralReach`` gives a lesion of
the brain or of the cord's corticospinal tracts the muscles of the segments its stated weakness covers, at the
contributing share; these tests hold it to that and to nothing more.
"""

from __future__ import annotations

import pytest

from graph.explore.explorer import Explorer
from graph.explore.localize.lesion import Hypothesis
from graph.explore.localize.parameters import CONTRIBUTING_SHARE
from graph.namespaces import BASE, RADIX

RADIX_PRIMARY = str(RADIX.hasPrimaryRoot)


def _hypothesis(explorer: Explorer, condition: str) -> Hypothesis:
    return next(h for h in explorer.localizer.hypotheses if h.iri == BASE + condition and not h.both_sides)


@pytest.mark.parametrize(
    ("condition", "muscle", "reached"),
    [
        ("cortical_hand_stroke", "abductor_pollicis_brevis", True),  # a hand muscle it names no weakness of
        ("cortical_hand_stroke", "first_dorsal_interosseous", True),
        ("cortical_hand_stroke", "deltoid", False),  # C5: no segment of its stated weakness
        ("cortical_hand_stroke", "biceps_brachii", False),  # C5 and C6: not every root of it is a segment
        ("cortical_hand_stroke", "serratus_anterior", False),  # winging: the code review of stop 51
        ("cortical_hand_stroke", "tibialis_anterior", False),
        ("cortical_leg_stroke", "tibialis_posterior", True),  # its dorsiflexors' segments, L4 and L5
        ("cortical_leg_stroke", "gastrocnemius", False),  # S1 alone: no muscle its weakness names is of S1
        ("cortical_leg_stroke", "biceps_brachii", False),
        ("hemiparetic_stroke", "triceps_brachii", True),  # its weak hand's skin: C6 to C8
        ("hemiparetic_stroke", "iliopsoas", False),  # its hemiparesis names no place in the graph (see the module)
        ("C8_radiculopathy", "deltoid", False),  # not a brain lesion: its reach is its root's
        ("thoracic_myelopathy", "tibialis_anterior", True),  # the cord's tracts: the legs below them
        ("thoracic_myelopathy", "biceps_brachii", False),
        ("conus_medullaris_syndrome", "tibialis_anterior", False),  # the conus is segmental, as the roots are
    ],
)
def test_a_brain_lesion_reaches_the_muscles_of_its_stated_segments(
    explorer: Explorer, condition: str, muscle: str, reached: bool
) -> None:
    model = explorer.localizer.model
    h = _hypothesis(explorer, condition)
    through = model.central.through(h, "muscle", BASE + muscle)
    assert (through.strength > 0.0) is reached
    if reached:  # as a root reaches a muscle it only contributes to, scaled by how often the weakness is stated
        stated, _ = h.explicit[through.finding]
        assert through.strength == pytest.approx(CONTRIBUTING_SHARE * stated)
        assert set(through.roots) == {root for root, _ in explorer.localizer.anatomy.out(BASE + muscle, RADIX_PRIMARY)}


def test_a_movement_is_reached_when_most_of_the_muscles_doing_it_are(explorer: Explorer) -> None:
    model = explorer.localizer.model
    h = _hypothesis(explorer, "cortical_leg_stroke")
    assert model.central.through(h, "movement", BASE + "ankle_dorsiflexion").strength > 0.0
    assert model.central.through(h, "movement", BASE + "hip_flexion").strength == 0.0  # its TFL alone is L4-L5
    assert model.central.through(h, "movement", BASE + "shoulder_abduction_movement").strength == 0.0
    assert model.central.through(h, "reflex", BASE + "ankle_reflex").strength == 0.0  # weakness only


def test_a_wasted_hand_names_no_segment_of_a_cervical_myelopathy(explorer: Explorer) -> None:
    """A wasted hand is a lower motor neuron sign at the cord's own level, not the weakness it gives below it."""
    model = explorer.localizer.model
    h = _hypothesis(explorer, "cervical_myelopathy")
    segments = model.central._segments_of(h)
    assert all("wasting" not in finding for _, finding in segments.values())


HAND_KNOB = [
    "woke with a clumsy weak right hand, sent in as a wrist drop",
    "R finger extension 3/5, finger spreading 3/5, thumb abduction 4/5",
    "R finger jerks brisker than the left",
    "no numbness anywhere",
    "irregularly irregular pulse, AF on ECG",
]


def test_a_weak_hand_of_several_nerves_with_brisk_jerks_is_the_hand_knob(explorer: Explorer) -> None:
    answer = explorer.localize(HAND_KNOB, limit=20)
    assert answer["sites"][0]["id"] == "radix:precentral_hand_knob"
    why = [item["why"] for item in answer["sites"][0]["supporting"] + answer["sites"][0]["against"]]
    assert not any("outside what" in line for line in why)  # the thumb is within its segments, not the leak


def test_a_weak_hand_without_upper_motor_neuron_signs_stays_peripheral(explorer: Explorer) -> None:
    """The segments only stop counting the muscles against the stroke: a lower motor neuron hand is no stroke."""
    note = [
        "R finger spreading 3/5, thumb abduction 4/5, little finger flexion 4/5",
        "wasting of the first dorsal interosseous",
        "numb little finger and the inner half of the ring finger",
        "Tinel +ve at the elbow",
    ]
    answer = explorer.localize(note, limit=20)
    assert answer["sites"][0]["id"] != "radix:precentral_hand_knob"


def test_a_winged_scapula_raises_no_stroke(explorer: Explorer) -> None:
    flags = {flag["id"] for flag in explorer.localize(["R winged scapula", "R serratus anterior weak"])["red_flags"]}
    assert not flags & {"radix:cortical_hand_stroke", "radix:hemiparetic_stroke"}
