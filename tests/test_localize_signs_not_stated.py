"""A sign the graph does not state for a lesion is another lesion's: the leak, not the open-world rate of a symptom.

Stop 56's blind sets had four herpes zoster flags missed by both engines (sealed 178, B178-032, -067 and -071;
sealed 181, E181-069): a dermatomal vesicular rash with weakness in the root's muscles. The rash, not stated for a disc
radiculopathy, took the open-world rate of a symptom (0.17, "occasional"), so the radiculopathy, which explains the
weakness better than zoster's anatomy does, kept the lead and zoster was never flagged. An examiner's sign with no
anatomy (a rash, erythema migrans, Horner syndrome, fever, a test result) now takes the leak for a lesion that does not
state it; a symptom or a history item keeps the open-world rate. A sign naming a deficit (a hemiparesis, a sensory
level) keeps the open-world rate for a lesion giving deficits of its kind; a cord or cauda equina syndrome takes its
listed causes' rates; *none* keeps the open-world rate for every sign. Stop 57's code and late reviews found the first
forms putting a motor neuron disease's hemiparesis behind a stroke, a febrile cauda equina at the abscess's own site,
and febrile illnesses with a normal examination at the spine.
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


def test_none_gives_a_sign_of_illness_the_open_world_rate_and_a_local_sign_the_leak(explorer: Explorer) -> None:
    # the late review of stop 57: with the leak for fever under *none*, "fever and cough, CRP 180" went to the spine
    model = explorer.localizer.model

    def none(finding: str) -> float:
        line = Observation(phrase=finding, present=True, kind="finding", findings=(BASE + finding,))
        return model.none_likelihood(line)[0]

    assert none("fever") == pytest.approx(UNSTATED)
    assert none("dermatomal_vesicular_rash") == pytest.approx(LEAK)
    assert none("hemiparesis") == pytest.approx(UNSTATED)  # a deficit sign


@pytest.mark.parametrize(
    "note",
    [["fever 38.7 and productive cough", "CRP 180", "normal neurological examination"],
     ["Brisk reflexes", "Anxious"]],
)  # fmt: skip
def test_a_note_with_no_deficit_still_does_not_localise(explorer: Explorer, note: list[str]) -> None:
    assert explorer.localize(note)["abstain"]


def test_a_febrile_root_picture_keeps_its_root_and_raises_the_abscess(explorer: Explorer) -> None:
    # the late review of stop 57: the causes' mixture had reached every lesion at the cauda equina site (a central disc
    # herniation took the abscess's fever); the syndrome itself keeps it, and is still flagged here at about 13 %
    answer = explorer.localize(
        ["fever 38.4, raised CRP", "back pain with pain down the right leg to the big toe",
         "weak right big toe extension", "numb top of the right foot"],
        limit=10,
    )  # fmt: skip
    assert answer["sites"][0]["label"] == "L5 nerve root"
    assert "radix:spinal_epidural_abscess" in {flag["id"] for flag in answer["red_flags"]}
    herniation = _hypothesis(explorer, "L4_L5_central_disc_herniation")
    # not the abscess's rate; since stop 58 a sign of illness anywhere is any lesion's at the open-world rate, but a
    # cord or cauda equina syndrome's (its late review: a febrile conus had outranked the abscess's cauda equina)
    assert explorer.localizer.model.finding_term(herniation, BASE + "fever").p == pytest.approx(UNSTATED)


def test_a_deficit_sign_keeps_the_open_world_rate_for_a_lesion_giving_its_kind(explorer: Explorer) -> None:
    model = explorer.localizer.model
    hemiparesis = BASE + "hemiparesis"
    assert model.findings.facts[hemiparesis].sign and model.findings.facts[hemiparesis].deficit == "weakness"
    motor_neuron_disease = _hypothesis(explorer, "motor_neuron_disease")
    assert model.finding_term(motor_neuron_disease, hemiparesis).p == pytest.approx(UNSTATED)
    sensory_level = BASE + "sensory_level"
    assert model.findings.facts[sensory_level].deficit == "sensory"
    assert model.finding_term(motor_neuron_disease, sensory_level).p <= LEAK  # it gives no sensory deficit


def test_horner_syndrome_takes_the_leak_at_the_medial_cord_which_cannot_give_it(explorer: Explorer) -> None:
    # its synonyms name a palsy ("oculosympathetic"): no limb weakness, so no open-world rate for a weakening lesion
    model = explorer.localizer.model
    assert not model.findings.facts[BASE + "horner_syndrome"].deficit
    medial_cord = _hypothesis(explorer, "medial_cord_brachial_plexopathy")
    assert model.finding_term(medial_cord, BASE + "horner_syndrome").p == pytest.approx(LEAK)


def test_a_febrile_cauda_equina_keeps_its_site_first_and_raises_the_abscess(explorer: Explorer) -> None:
    # the code review of stop 57: the abscess's own site, stating fever, had taken the lead from the cauda equina,
    # whose syndrome took the leak for fever; it now takes its listed causes' mixture (``Model._through_causes``)
    answer = explorer.localize(
        ["Temperature 39, CRP 180", "Back pain for a week", "Bilateral leg weakness", "Perianal numbness",
         "Painless urinary retention"],
        limit=10,
    )  # fmt: skip
    assert answer["sites"][0]["label"] == "cauda equina"
    flags = {flag["id"] for flag in answer["red_flags"]}
    assert {"radix:cauda_equina_syndrome", "radix:spinal_epidural_abscess"} <= flags
    syndrome = _hypothesis(explorer, "cauda_equina_syndrome")
    fever = explorer.localizer.model.finding_term(syndrome, BASE + "fever")
    assert LEAK < fever.p < 0.5 and "listed causes" in fever.why  # the abscess's share of its causes, not the rule
