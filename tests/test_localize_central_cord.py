"""Stop 43: central cord syndrome, the commonest incomplete cord injury, is a condition of the graph.

A fall onto the face of an older person with a spondylotic neck, burning useless hands, legs that still walk and a
retained bladder went to motor neuron disease, the thoracic cord or the conus (sealed 88's T88-040, 89's U89-097,
93's Y93-093): the graph held no central cord syndrome, gave cervical myelopathy no weakness of the arms, and read no
hyperextension. It now holds the syndrome (StatPearls; FPnotebook) at the cervical cord's grey matter, with the arms
weaker than the legs, a weak grip, retention and the neck injury its findings; a fall striking the forehead or a neck
forced back is read as that injury (not a provocation, another joint's hyperextension or an unrelated wound, as a
first version did: the reviews of stop 43). Its site is its own (the grey matter), so multiple sclerosis keeps the
cervical cord's prior undivided; a slow myelopathy without an injury stays cervical myelopathy.
"""

from __future__ import annotations

import pytest

from graph.explore.explorer import Explorer
from tests.test_localize_reader import local, read

INJURY = [
    "79M fell forwards down stairs, struck his forehead",
    "c/o burning both hands, grip 2/5 bilat",
    "arms weaker than legs, legs 4/5",
    "urinary retention on arrival, catheterised",
    "CT no fracture; MRI: C3-C6 spondylotic stenosis with cord oedema C4-C5",
]


def test_a_fall_onto_the_face_with_weak_hands_and_retention_is_a_central_cord_syndrome(explorer: Explorer) -> None:
    answer = explorer.localize(INJURY)
    assert set(answer["sites"][0]["anatomy"]) == {"radix:cervical_spinal_cord", "radix:spinal_cord_grey_matter"}
    assert answer["conditions"][0]["id"] == "radix:central_cord_syndrome"
    assert "radix:central_cord_syndrome" in {flag["id"] for flag in answer["red_flags"]}


@pytest.mark.parametrize(
    "phrase",
    ["skier fell forward, neck forced back", "79M fell down the stairs and struck his forehead",
     "neck forced back in a scrum", "prop, neck forced into extension", "fell forward striking his chin",
     "fell onto his face in the garden", "62 y tripped, hit forehead, neck snapped back"],
)  # fmt: skip
def test_a_neck_forced_back_is_read_as_a_recent_neck_injury(explorer: Explorer, phrase: str) -> None:
    assert any("recent_neck_trauma" in local(list(o.findings)) and o.present for o in read(explorer, phrase))


@pytest.mark.parametrize(
    "phrase",
    ["neck bent back for hours painting a ceiling", "knee hyperextension injury playing football",
     "forehead laceration sutured in ED", "hit his forehead on a cupboard",
     "no head injury, did not strike his forehead", "arm pain worse when neck hyperextended",
     "arm pain worse with the neck bent back and turned to the right", "PMH: whiplash injury 2009",
     "old whiplash injury 20 years ago", "tic disorder: head jerked back repeatedly"],
)  # fmt: skip
def test_a_provocation_another_joint_or_a_denied_blow_is_no_neck_injury(explorer: Explorer, phrase: str) -> None:
    """The reviews of stop 43: a first version read these as a recent neck injury and raised a fracture flag."""
    assert not any("recent_neck_trauma" in local(list(o.findings)) and o.present for o in read(explorer, phrase))


@pytest.mark.parametrize(
    "phrase", ["arms much weaker than legs", "hands weaker than legs", "arms weaker than the legs"]
)
def test_arms_weaker_than_legs_is_the_syndromes_finding_not_weak_legs(explorer: Explorer, phrase: str) -> None:
    """The clinical review: "arms much weaker than legs" had been read as symptoms in both arms and weak legs."""
    said = read(explorer, phrase)
    assert any("arm_weakness_greater_than_leg" in local(list(o.findings)) for o in said)
    assert not any(o.kind == "weakness" for o in said)


def test_a_slow_myelopathy_without_an_injury_stays_cervical_myelopathy(explorer: Explorer) -> None:
    answer = explorer.localize([
        "neck stiffness and clumsy hands, dropping keys",
        "walks like he is drunk",
        "Hoffmann's sign positive bilaterally",
        "new urinary urgency",
    ])  # fmt: skip
    assert answer["conditions"][0]["id"] == "radix:cervical_myelopathy"


def test_tingling_hands_at_night_are_no_central_cord_syndrome(explorer: Explorer) -> None:
    """Symptoms in both hands are no weakness of the arms: the syndrome's defining finding names no region.

    Located in the arm, it took "both hands tingle" (symptoms in both arms, whose synonyms name weakness) as its
    own finding and led two public carpal tunnel cases (Q33-067, B71-058).
    """
    answer = explorer.localize([
        "both hands tingle at night, R>L",
        "numb thumb, index and middle fingers; little fingers normal",
        "Tinel +ve at both wrists, Phalen +ve bilat",
        "NCS: prolonged median sensory latencies across both wrists; ulnar and sural normal",
    ])  # fmt: skip
    assert "radix:central_cord_syndrome" not in {c["id"] for c in answer["conditions"][:3]}


@pytest.mark.parametrize(
    "phrase",
    [
        "numbness in arms more than legs",
        "pain in arms more than legs",
        "spastic paraparesis, legs more than arms",
        "legs weaker than arms",
    ],
)
def test_a_sensory_or_reversed_comparison_is_not_the_syndromes_finding(explorer: Explorer, phrase: str) -> None:
    """The late review of stop 43: these had been read as the arms weaker than the legs."""
    assert not any("arm_weakness_greater_than_leg" in local(list(o.findings)) for o in read(explorer, phrase))
