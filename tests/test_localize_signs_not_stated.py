"""A sign the graph does not state for a lesion is another lesion's: the leak, not the open-world rate of a symptom.

Stop 56's blind sets had four herpes zoster flags missed by both engines (sealed 178, B178-032, -067 and -071;
sealed 181, E181-069): a dermatomal vesicular rash with weakness in the root's muscles. The rash, not stated for a disc
radiculopathy, took the open-world rate of a symptom (0.17, "occasional"), so the radiculopathy, which explains the
weakness better than zoster's anatomy does, kept the lead and zoster was never flagged. An examiner's sign with no
anatomy (a rash, erythema migrans, Horner syndrome, a sensory level, fever, a test result) now takes the leak for a
lesion that does not state it, as a sign with anatomy but no deficit kind (an effusion) already did; a symptom or a
history item keeps the open-world rate. Pronator drift, an upper motor neuron sign wherever the corticospinal tract is
damaged (the graph's own rows say so), is read as one: with the leak, a hand-knob stroke that states upper motor neuron
signs but not the drift had fallen behind motor neuron disease on development cases.
"""

from __future__ import annotations

import pytest

from graph.explore.explorer import Explorer
from graph.explore.localize.observation import Observation
from graph.explore.localize.parameters import LEAK, UNSTATED
from graph.namespaces import BASE

# sealed 178, B178-032 (public since stop 56): segmental zoster paresis of C5
C5_ZOSTER = [
    "Forestry contractor, 62",
    "Burning pain over the right shoulder and outer upper arm, then a band of blisters there 10 days ago",
    "Now can't lift the right arm above shoulder height",
    "Deltoid and supraspinatus 3/5, biceps 4/5; biceps jerk reduced",
    "Healing crusted vesicles in the right C5 dermatome",
    "Triceps, wrist and hand strength normal",
]

# sealed 181, E181-069 (public since stop 56): zoster of T1 with weak hand muscles
T1_ZOSTER = [
    "78-year-old father of a Refsum clinic patient",
    "burning pain, then crusting vesicles along the inner right arm and axilla",
    "right hand intrinsic muscles 4/5",
    "no ptosis or miosis",
    "arm reflexes normal",
]


def _hypothesis(explorer: Explorer, key: str):  # type: ignore[no-untyped-def]
    return next(h for h in explorer.localizer.hypotheses if h.key.removeprefix(BASE) == key)


def _flags(explorer: Explorer, lines: list[str]) -> set[str]:
    return {flag["id"] for flag in explorer.localize(lines, limit=20)["red_flags"]}


@pytest.mark.parametrize("lines", [C5_ZOSTER, T1_ZOSTER], ids=["B178-032", "E181-069"])
def test_zoster_at_a_root_it_weakens_is_flagged(explorer: Explorer, lines: list[str]) -> None:
    assert "radix:herpes_zoster" in _flags(explorer, lines)


def test_a_sign_a_lesion_does_not_state_takes_the_leak(explorer: Explorer) -> None:
    model = explorer.localizer.model
    radiculopathy = _hypothesis(explorer, "C5_radiculopathy")
    rash = model.finding_term(radiculopathy, BASE + "dermatomal_vesicular_rash")
    assert rash.p == pytest.approx(LEAK)
    assert "a sign not stated" in rash.why


def test_a_symptom_a_lesion_does_not_state_keeps_the_open_world_rate(explorer: Explorer) -> None:
    model = explorer.localizer.model
    radiculopathy = _hypothesis(explorer, "C5_radiculopathy")
    assert not model.findings.facts[BASE + "night_pain"].sign
    assert model.finding_term(radiculopathy, BASE + "night_pain").p == pytest.approx(UNSTATED)


def test_a_stated_sign_keeps_its_frequency(explorer: Explorer) -> None:
    zoster = _hypothesis(explorer, "herpes_zoster@https://w3id.org/radix/C5_root")
    rash = explorer.localizer.model.finding_term(zoster, BASE + "dermatomal_vesicular_rash")
    assert rash.p > 0.8
    assert "herpes zoster" in rash.why


def test_none_gives_a_line_of_signs_the_leak_and_an_unread_line_the_open_world_rate(explorer: Explorer) -> None:
    model = explorer.localizer.model
    rash = Observation(
        phrase="vesicles in a band", present=True, kind="finding", findings=(BASE + "dermatomal_vesicular_rash",)
    )
    unread = Observation(phrase="something odd", present=True, kind="finding", findings=())
    assert model.none_likelihood(rash)[0] == pytest.approx(LEAK)
    assert model.none_likelihood(unread)[0] == pytest.approx(UNSTATED)


def test_pronator_drift_is_an_upper_motor_neuron_sign_for_a_lesion_stating_such_signs(explorer: Explorer) -> None:
    model = explorer.localizer.model
    stroke = _hypothesis(explorer, "cortical_hand_stroke")
    drift = model.finding_term(stroke, BASE + "pronator_drift")
    assert drift.p > LEAK
    assert "upper motor neuron" in drift.why


def test_a_hand_knob_stroke_with_a_drift_leads_motor_neuron_disease(explorer: Explorer) -> None:
    # development case I159-012 (sealed 159), first-site lost on the first version of this change
    answer = explorer.localize(
        [
            "Day 3 after mechanical aortic valve replacement; INR subtherapeutic",
            "Woke with weakness of wrist and finger extension, right hand",
            "Finger abduction and grip also mildly weak on the right; brachioradialis and triceps strong",
            "Right biceps and finger jerks brisker than the left",
            "Subtle right lower facial weakness",
            "No sensory loss on the dorsum of the hand",
            "Right pronator drift",
        ],
        limit=10,
    )
    assert answer["sites"][0]["label"] == "hand knob of the precentral gyrus"


def test_a_progressive_weakness_of_one_side_is_read_with_its_course(explorer: Explorer) -> None:
    reading = explorer.localizer.read(["progressive R arm and leg weakness 8/12"])
    read = {(f.removeprefix(BASE), o.side) for o in reading.observations if o.present for f in o.findings}
    assert read >= {("progressive_neurological_deficit", "right"), ("hemiparesis", "right")}


def test_a_sudden_weakness_of_one_side_is_no_progressive_deficit(explorer: Explorer) -> None:
    reading = explorer.localizer.read(["R arm and leg weakness since this morning"])
    read = {f.removeprefix(BASE) for o in reading.observations if o.present for f in o.findings}
    assert "hemiparesis" in read and "progressive_neurological_deficit" not in read
