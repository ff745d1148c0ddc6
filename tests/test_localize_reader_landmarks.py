"""Readings of stop 47: a finding at a key point, "~T8", a lower-case "pin", postures, an inability, "agonising".

Development lines left unread or misread: "vesicles … in a band from the spine to the sternum at nipple level" read as a
rash with no place (the nipple line is the T4 key sensory point, which a band of skin names as a dermatome does);
"percussion tender ~T8" left the level unread (the tilde glued to it); "sensory level T8 to pin" read the posterior
interosseous nerve (PIN) in "pin" (pinprick, in lower case; the nerve is written in capitals); "better once seated" and
"worse when stood" left the posture unread; "woke with severe R shoulder pain, couldn't sleep" denied the pain (the
inability, said of sleeping, was taken as the status of a list whose item was the pain). Each phrase is written for
this test (none is taken from the evaluation cases).
"""

from __future__ import annotations

import pytest
from rdflib import Graph

from graph.explore.explorer import Explorer
from graph.load.store import oxigraph_store
from tests.test_localize_reader import local, read


@pytest.fixture(scope="module")
def explorer(radix_graph: Graph) -> Explorer:
    return Explorer(oxigraph_store(radix_graph))


def places(explorer: Explorer, phrase: str) -> set[str]:
    """Return the anatomy every observation of the phrase names."""
    return {node.rsplit("/", 1)[-1] for o in read(explorer, phrase) for _, node in o.anatomy}


def findings(explorer: Explorer, phrase: str) -> set[str]:
    return {f for o in read(explorer, phrase) if o.present for f in local(list(o.findings))}


def test_a_rash_at_a_key_point_is_in_that_dermatome(explorer: Explorer) -> None:
    """A finding named at a key sensory point is in its skin, as one named in a dermatome is."""
    phrase = "grouped blisters on a red base in a band round the left chest at nipple level"
    assert "dermatomal_vesicular_rash" in findings(explorer, phrase)
    assert "T4_key_sensory_point" in places(explorer, phrase)
    answer = explorer.localize([phrase, "burning pain in the same band for four days before the blisters"])
    assert answer["sites"][0]["anatomy"] == ["radix:T4_root"]


def test_a_tilde_before_a_level_is_about_that_level(explorer: Explorer) -> None:
    for phrase in ("vesicular rash in the ~T10 dermatome on the right", "vesicular rash in a ~ T10 band, right side"):
        assert "T10_dermatome" in places(explorer, phrase)


def test_pin_in_lower_case_is_pinprick_and_in_capitals_the_nerve(explorer: Explorer) -> None:
    """A lower-case "pin" is pinprick; "PIN" (capitals) stays the posterior interosseous nerve."""
    lower = read(explorer, "reduced to pin over the lateral calf on the right")
    assert not any("posterior_interosseous_nerve" in node for o in lower for _, node in o.anatomy)
    assert any("lateral" in f and "leg" in f for o in lower if o.present for f in local(list(o.findings)))
    reader = explorer.localizer.reader
    assert "pinprick" not in reader.rewrite("EMG: denervation in the PIN territory")[0]
    assert "pinprick" in reader.rewrite("Pin: reduced over the L lateral calf")[0]
    assert "pins" in " ".join(o.phrase for o in read(explorer, "pins and needles in the right sole"))


@pytest.mark.parametrize(
    ("phrase", "modifier", "activity"),
    [
        ("calf pain better once seated", "relieved", "sitting"),
        ("shin pain eased when seated", "relieved", "sitting"),
        ("buttock pain worse when seated", "aggravated", "sitting"),
        ("thigh pain better when stood", "relieved", "standing"),
        ("thigh pain worse when stood at the cooker", "aggravated", "standing"),
        ("leg pain subsides on sitting", "relieved", "sitting"),
        ("shin pain disappears when she sits down", "relieved", "sitting"),
        ("buttock ache easing with sitting", "relieved", "sitting"),
    ],
)
def test_posture_words(explorer: Explorer, phrase: str, modifier: str, activity: str) -> None:
    """The words "seated" and "stood" beside relief or worsening; "subsides", "disappears", "easing" as relief."""
    modifiers = {(o.modifier, node.rsplit("/", 1)[-1]) for o in read(explorer, phrase) if o.modifier
                 for _, node in o.anatomy}  # fmt: skip
    assert (modifier, activity) in modifiers


@pytest.mark.parametrize(
    "phrase", ["hip flexion 4/5 on the left (tested seated)", "straight leg raise 40 degrees lying, full when seated"]
)
def test_a_position_a_test_was_done_in_is_no_posture_of_the_pain(explorer: Explorer, phrase: str) -> None:
    assert not [o for o in read(explorer, phrase) if o.modifier]


@pytest.mark.parametrize(
    "phrase",
    ["left shoulder pain like toothache, couldn't sleep for days", "burning L calf pain, unable to work",
     "right groin pain after the fall, couldn't weight-bear"],
)  # fmt: skip
def test_an_inability_said_of_its_own_action_denies_no_finding_before_it(explorer: Explorer, phrase: str) -> None:
    assert [o for o in read(explorer, phrase) if o.present and (o.findings or o.anatomy)]
    assert not [o for o in read(explorer, phrase) if not o.present]


def test_an_inability_with_the_examiner_s_verb_is_still_the_list_s_status(explorer: Explorer) -> None:
    """The words "couldn't elicit" and "unable to" with no verb of the patient's are said of every item of the list."""
    elicit = read(explorer, "biceps jerk, supinator jerk: couldn't elicit on the left")
    assert len([o for o in elicit if o.present]) == 2
    tasks = read(explorer, "heel walking, tiptoe walking: unable")
    assert len([o for o in tasks if o.present]) == 2


def test_agonising_shoulder_pain_is_the_sudden_severe_shoulder_pain(explorer: Explorer) -> None:
    """The word "agonising" is "excruciating", the graph's own word for neuralgic amyotrophy's onset pain."""
    assert "acute_severe_shoulder_pain" in findings(explorer, "woke at 3 am with agonising left shoulder pain")


def test_a_curie_after_a_label_of_who_recorded_it_is_that_curie(explorer: Explorer) -> None:
    """A note writer's "GP: HP:…" had left the identifier unread; anything else after the label is no identifier."""
    [labelled] = read(explorer, "Neuro reg: HP:0001284")
    [bare] = read(explorer, "HP:0001284")
    assert labelled.findings == bare.findings and labelled.present
    assert explorer.localizer.reader.identifier("GP: reflexes HP:0001284") is None


@pytest.mark.parametrize(
    "phrase",
    ["ankle jerks, knee jerks: couldn't be elicited", "triceps jerk, biceps jerk: unable even with reinforcement"],
)
def test_an_inability_before_the_examiner_s_words_is_still_the_list_s_status(explorer: Explorer, phrase: str) -> None:
    """The word after the inability ("be", "even") is no action of the patient's: both reflexes are absent."""
    assert len([o for o in read(explorer, phrase) if o.present]) == 2


def test_course_words_without_an_activity_after_them_are_no_modifier(explorer: Explorer) -> None:
    """The words "easing" and "subsides" alone are the course over time; tied to an activity, its relief."""
    assert not [o for o in read(explorer, "back and leg pain easing this week, walking further") if o.modifier]
    tied = read(explorer, "calf ache subsides with rest")
    assert any(o.modifier == "relieved" for o in tied)


def test_pin_beside_its_territory_is_the_nerve_and_pin_and_needles_is_paraesthesia(explorer: Explorer) -> None:
    """Lower-case "pin" is the nerve beside its territory; "pin and needles" (and "&", "needle") is paraesthesia."""
    reader = explorer.localizer.reader
    for phrase in ("EMG: fibrillations in pin supplied muscles", "EMG: pin-innervated muscles denervated"):
        assert "pinprick" not in reader.rewrite(phrase)[0]
    for phrase in ("pin and needles in the right thumb", "pin & needles in the right thumb",
                   "pin and needle sensation in the right thumb"):  # fmt: skip
        assert "thumb_numbness" in findings(explorer, phrase), phrase
    assert "anterolateral_leg_numbness" in findings(explorer, "Pin-prick reduced over the left lateral calf")
    assert "spinal_tenderness" in findings(explorer, "percussion tender ~T9")


def test_a_key_point_beside_a_sensory_level_or_on_both_sides_is_no_root_s_skin(explorer: Explorer) -> None:
    """A sensory level at the nipple line is the cord's level; a band on both sides is no one root's (late review)."""
    assert "T4_key_sensory_point" not in places(explorer, "a sensory level at the nipple line")
    assert "T4_key_sensory_point" not in places(explorer, "band-like pain round the chest at nipple level, both sides")


@pytest.mark.parametrize("phrase", ["Absent: HP:0001284", "FH: HP:0001284", "Negative: HP:0001284"])
def test_a_status_or_history_label_before_a_curie_is_no_recorder(explorer: Explorer, phrase: str) -> None:
    assert explorer.localizer.reader.identifier(phrase) is None


def test_an_examiner_s_verb_after_an_inability_keeps_it_the_list_s_status(explorer: Explorer) -> None:
    """The words "can't get" are the examiner's: both reflexes absent, as before stop 47 (the late review)."""
    assert len([o for o in read(explorer, "knee jerks, ankle jerks: can't get") if o.present]) == 2
