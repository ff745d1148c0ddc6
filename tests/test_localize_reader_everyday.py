"""Everyday tasks, skin and body functions in a patient's words (``lay_everyday.py``), issue 12 item 3.

The keys of that table carry no status word, so one key must read both ways: "I can still go up on tiptoe" is a
normal test and "I can't go up on tiptoe on the left" an abnormal one. Each phrase is written for this test (none is
taken from the evaluation cases).
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


def readings(explorer: Explorer, phrase: str) -> set[tuple[bool, str]]:
    """Return (present, name) for every finding, movement or region the phrase was read as."""
    found = set()
    for o in read(explorer, phrase):
        for name in local(o.findings) | local([node for _, node in o.anatomy]):
            found.add((o.present, name))
    return found


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("she can still go up on tiptoe without trouble", (False, "difficulty_standing_on_tiptoes")),
        ("he cannot go up on his toes on the right any more", (True, "difficulty_standing_on_tiptoes")),
        ("walking on her heels is fine", (False, "difficulty_walking_on_heels")),
        ("single leg heel raise reduced on the left", (True, "weak_single_leg_heel_raise")),
        ("single leg heel raises normal", (False, "weak_single_leg_heel_raise")),
        ("can lift his toes normally", (False, "toe_extension")),
        ("his left toes keep catching on the stairs", (True, "foot_drop")),
        ("tripped on my left toes on a kerb", (True, "foot_drop")),  # stop 33: sealed 41's B41-016
        ("I need to wee urgently these days", (True, "urinary_urgency")),  # stop 33
        ("he can no longer rise onto the ball of his right foot", (True, "difficulty_standing_on_tiptoes")),
        ("can rise onto the ball of the foot fine", (False, "difficulty_standing_on_tiptoes")),
        ("in chair pose the right thigh gives out", (True, "knee_extension")),
        ("my water works are normal", (False, "urinary_retention")),  # stop 33: an older patient's letter
        ("Reports not having passed urine since last night, no urge", (True, "urinary_retention")),
        ("doesn't wake her at night", (False, "night_pain")),
        ("toes scuff on the L when fatigued on the treadmill", (True, "foot_drop")),
        ("Pt: needing to rush to pass urine lately", (True, "urinary_urgency")),
        ("woke with the wrist just hanging and could not lift it", (True, "wrist_drop")),
        ("struggles to lift her arm overhead to hang washing", (True, "shoulder_abduction_movement")),
        ("difficult to lift the leg into the car", (True, "hip_flexion")),
    ],
)
def test_an_everyday_task_is_read_as_its_test_with_the_status_around_it(
    explorer: Explorer, phrase: str, expected: tuple[bool, str]
) -> None:
    """The task words name the movement or test; the words around them say normal or not (they read as nothing)."""
    assert expected in readings(explorer, phrase), readings(explorer, phrase)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("blisters came up in the same band this morning", (True, "dermatomal_vesicular_rash")),
        ("no clusters of vesicles seen", (False, "dermatomal_vesicular_rash")),
        ("the skin is so sensitive that a shirt hurts", (True, "dermatomal_allodynia")),
        ("numb from the waist down since this morning", (True, "sensory_level")),
        ("hasn't passed urine since breakfast", (True, "urinary_retention")),
        ("no problems with her waterworks", (False, "urinary_retention")),
        ("new wetting accidents this week", (True, "urinary_incontinence")),
        ("peeing and pooing normal", (False, "faecal_incontinence")),
        ("her last two fingers tingle at night", (True, "little_finger_numbness")),
        ("a numb strip on the back of the thumb side of the left hand", (True, "first_dorsal_web_space_numbness")),
        ("tingling over the front-outer thigh since the long operation", (True, "lateral_thigh_numbness")),
        ("pins and needles on the back of my hand near the thumb", (True, "first_dorsal_web_space_numbness")),
        ("her smile is flat on both sides today", (True, "facial_weakness")),
        ("gap palpable just above the right heel", (True, "palpable_achilles_gap")),
        ("a numb band along the outside edge of her left foot", (True, "lateral_foot_numbness")),
        ("he cannot lift his knee up to his chest on the right", (True, "hip_flexion")),
        ("adductors weak on the right", (True, "hip_adduction")),
        ("she's weeing normally", (False, "urinary_retention")),
        ("can't get up off the couch on her own", (True, "knee_extension")),
        ("hip flexors and quadriceps MRC 5", (False, "weak_knee_extension")),
        ("deltoid MRC grade 3 on the left", (True, "deltoid")),
    ],
)
def test_skin_and_body_functions_in_lay_words(explorer: Explorer, phrase: str, expected: tuple[bool, str]) -> None:
    """Shingles vesicles, allodynia, a sensory level, retention and incontinence in lay words (unread before)."""
    assert expected in readings(explorer, phrase), readings(explorer, phrase)


@pytest.mark.parametrize(
    "phrase",
    ["blisters on both heels", "little blisters on both heels from new boots", "seminal vesicles unremarkable",
     "blisters on his chest from the hot water burn"],
)  # fmt: skip
def test_plain_blisters_are_not_shingles(explorer: Explorer, phrase: str) -> None:
    """Friction blisters, a burn, the seminal vesicles: only blisters or vesicles in a band are the shingles rash."""
    assert not any(name == "dermatomal_vesicular_rash" for _, name in readings(explorer, phrase))


@pytest.mark.parametrize(
    "phrase",
    ["advised calf raises and stretches", "he tends to walk on his toes", "since the dentist he can't whistle",
     "my leg goes dead and I have to shake it", "his grip didn't feel full strength",
     "catheterised for 2 days after her hysterectomy", "fell asleep with his wrist hanging over the armrest",
     "slowly progressive face and arm weakness over two years", "exquisitely sensitive to light"],
)  # fmt: skip
def test_everyday_words_that_mean_something_else_are_not_read_as_findings(explorer: Explorer, phrase: str) -> None:
    """Keys the review found too wide (stop 29) were dropped: each of these had been read as a finding it is not."""
    wrong = {"weak_single_leg_heel_raise", "difficulty_standing_on_tiptoes", "facial_weakness", "shaking_the_hand",
             "urinary_retention", "wrist_drop", "facial_droop", "dermatomal_allodynia"}  # fmt: skip
    assert not {name for present, name in readings(explorer, phrase) if present} & wrong, readings(explorer, phrase)


def test_a_bladder_that_feels_full_is_not_full_power(explorer: Explorer) -> None:
    """Read "full" after the bladder as no status (not full power): it had denied the retention before it."""
    assert (True, "urinary_retention") in readings(
        explorer, "has not passed urine since last night, bladder feels full"
    )


def test_shaking_the_hand_to_bring_the_feeling_back_relieves(explorer: Explorer) -> None:
    """The flick of carpal tunnel syndrome: the graph's shaking-the-hand relief."""
    [observation] = read(explorer, "shaking my hand gets the feeling back")
    assert observation.modifier == "relieved"
    assert "shaking_the_hand" in local([node for _, node in observation.anatomy])


@pytest.mark.parametrize(
    ("findings", "site"),
    [
        (["woke on the sofa with his arm hooked over the back of a chair", "weak wrist and finger extension",
          "numb patch on the back of the hand"], "radial nerve at spiral groove of the humerus"),
        (["dislocated her shoulder skiing three weeks ago", "weak shoulder abduction",
          "numb patch over the lateral upper arm"], "axillary nerve"),
    ],
)  # fmt: skip
def test_a_pressure_or_an_injury_in_the_history_is_a_risk_factor_of_the_nerve_it_harms(
    explorer: Explorer, findings: list[str], site: str
) -> None:
    """Saturday night pressure on the arm and a dislocated shoulder are the graph's risk factors (stop 29)."""
    first = explorer.localize(findings, limit=3)["sites"][0]
    assert first["label"] == site, first
    risk = {f for row in first["supporting"] for f in row["findings"]}
    assert risk & {"radix:prolonged_upper_arm_compression", "radix:anterior_shoulder_dislocation"}, first["supporting"]


def test_a_guyon_canal_picture_is_the_ulnar_nerve_at_the_wrist(explorer: Explorer) -> None:
    """Handlebar palsy: the graph's Tinel sign at Guyon's canal, the spared dorsal ulnar skin, the cyclist (stop 29).

    Until stop 29 "Tinel over the hook of hamate" read as every Tinel sign, "dorsal ulnar hand sensation normal" as a
    normal hand, and the cubital tunnel came first on such pictures.
    """
    assert (True, "tinel_sign_at_guyon_canal") in readings(explorer, "Tinel positive over the pisiform")
    assert (False, "dorsal_ulnar_hand_numbness") in readings(explorer, "dorsal ulnar hand sensation intact")
    both = read(explorer, "Tinel positive over Guyon's canal, elbow Tinel negative")
    assert {(o.present, name) for o in both for name in local(o.findings)} >= {
        (True, "tinel_sign_at_guyon_canal"),
        (False, "tinel_sign_at_elbow"),
    }  # each clause's own place narrows its own Tinel sign
    assert (True, "tinel_sign_at_wrist") in readings(explorer, "Tinel +ve at wrist")
    assert not any(name == "tinel_sign_at_guyon_canal" for _, name in readings(explorer, "Tinel +ve at wrist"))
    answer = explorer.localize(
        ["keen cyclist, numb little finger after long rides", "weak finger spreading on the right",
         "FDP to the little finger 5/5", "dorsal ulnar hand sensation normal", "Tinel +ve over the hook of hamate"],
        limit=3,
    )  # fmt: skip
    assert answer["conditions"][0]["id"] == "radix:ulnar_neuropathy_at_wrist", answer["conditions"][:3]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Ca breast, known liver mets", (True, "history_of_cancer")),
        ("melanoma excised 2019", (True, "history_of_cancer")),
        ("known bone mets at L4", (True, "history_of_cancer")),
        ("sudden left face and arm weakness an hour ago", (True, "facial_droop")),
        ("her face is drooping on the right", (True, "facial_droop")),
        ("cant feel the loo roll when I wipe", (True, "saddle_anaesthesia")),
        ("can't stand the sleeve rubbing on it", (True, "dermatomal_allodynia")),
    ],
)
def test_history_face_and_saddle_words_seen_unread_in_sealed_31_and_32(
    explorer: Explorer, phrase: str, expected: tuple[bool, str]
) -> None:
    """A cancer in clinic shorthand, a sudden face and arm, a drooping face, the loo roll (after the runs, stop 29)."""
    assert expected in readings(explorer, phrase), readings(explorer, phrase)


def test_calcium_and_a_slow_face_and_arm_are_not_read_as_cancer_or_stroke(explorer: Explorer) -> None:
    """Read "Ca" alone as nothing (it is also calcium), and face and arm weakness over years as no facial droop."""
    assert not readings(explorer, "Ca 2.1 mmol/L")
    assert not readings(explorer, "melanoma screening clinic next week")
    assert (True, "facial_droop") not in readings(explorer, "slowly progressive face and arm weakness over two years")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("voiding normally, bowels regular", (False, "urinary_retention")),
        ("voids normally per the ward nurse", (False, "urinary_retention")),
        ("no problems passing urine", (False, "urinary_retention")),
        ("failed TWOC on the ward", (True, "urinary_retention")),
        ("he is unable to void", (True, "urinary_retention")),
        ("not passing urine since the fall", (True, "urinary_retention")),
    ],
)
def test_voiding_in_a_nurse_or_ward_note(explorer: Explorer, phrase: str, expected: tuple[bool, str]) -> None:
    """Voiding normally is no retention; a failed trial without catheter or being unable to void is (stop 30).

    Passing urine is the status itself, so each key carries its status: a bare "voiding" and pain or burning on voiding
    (dysuria, not retention) read as no retention or as none.
    """
    assert expected in readings(explorer, phrase), readings(explorer, phrase)
    assert (True, "urinary_retention") not in readings(explorer, "burning on voiding since Tuesday")


def test_a_limb_that_feels_weak_is_weak_not_a_feeling(explorer: Explorer) -> None:
    """Read "my leg feels weak" as weakness of the leg: "feels" had made it a sensory change there (stop 30)."""
    observations = read(explorer, "my left leg feels weak going up the stairs")
    assert [(o.kind, o.present) for o in observations] == [("weakness", True)], observations
    assert [(o.kind, o.present) for o in read(explorer, "my left leg feels numb")] == [("sensory", True)]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("difficulty rising from a low chair", (True, "knee_extension")),
        ("no difficulty getting up from a chair", (False, "hip_extension")),
        ("i cant lift my right arm up to the side anymore", (True, "shoulder_abduction_movement")),
    ],
)
def test_a_chair_and_an_arm_to_the_side_in_lay_words(
    explorer: Explorer, phrase: str, expected: tuple[bool, str]
) -> None:
    """Read a chair and an arm to the side in lay words (unread in sealed 31 and 32, stop 30).

    Rising from a chair is hip and knee extension, the arm out to the side abduction. The chair keys name the
    difficulty: the task alone is context ("groin pain on rising from a chair"). A numbness splitting at the midline
    stays unread: only all-modality or vibration splitting is the functional sign (docs/localisation.md §4), and keys
    for it, added first, were taken out before the review.
    """
    assert (True, "midline_splitting_sensory_loss") not in readings(explorer, "numbness splits exactly at the midline")
    assert expected in readings(explorer, phrase), readings(explorer, phrase)
    assert not {name for present, name in readings(explorer, "groin pain on rising from a chair") if present} & {
        "hip_extension",
        "knee_extension",
    }


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("urodynamics: detrusor underactivity", (True, "urinary_retention")),
        ("on intermittent self catheterisation since 2019", (True, "urinary_retention")),
        ("PR: lax tone", (True, "reduced_anal_tone")),
        ("saddle numb, anal tone lax", (True, "reduced_anal_tone")),
        ("monofilament 10/10 all sites bilat", (False, "stocking_distribution_sensory_loss")),
        ("monofilament absent at 6 of 10 sites, both feet", (True, "stocking_distribution_sensory_loss")),
    ],
)
def test_urology_and_podiatry_words(explorer: Explorer, phrase: str, expected: tuple[bool, str]) -> None:
    """A detrusor that does not empty, self-catheterisation, a lax sphincter and the 10 g monofilament (stop 30)."""
    assert expected in readings(explorer, phrase), readings(explorer, phrase)


def test_a_test_named_without_its_result_and_pins_plus_needles_are_not_misread(explorer: Explorer) -> None:
    """Read "prostate enlarged on DRE" as no anal tone finding, and "pins + needles" as tingling, not an EMG.

    A test whose positive result is a loss was read as positive when named with no result; "+" between pins and
    needles left "pins" (the posterior interosseous nerve) and "needle" (an EMG) to be read apart (stop 30).
    """
    assert not read(explorer, "prostate enlarged on DRE")
    [tingling] = read(explorer, "L heel pins + needles")
    assert tingling.kind != "electrodiagnostic" and tingling.present


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("↓ PP saddle bilat", (True, "saddle_anaesthesia")),
        ("PP saddle intact", (False, "saddle_anaesthesia")),
        ("it takes ages to start peeing", (True, "urinary_retention")),
        ("Pt noticed L foot catching kerb x3 wks", (True, "foot_drop")),
        ("R gastroc-soleus 4+/5", (True, "weak_ankle_plantar_flexion")),
        ("3/52 mid-thoracic back pain, worse lying flat", (True, "thoracic_spinal_pain")),
    ],
)
def test_words_seen_unread_in_sealed_34_to_36(explorer: Explorer, phrase: str, expected: tuple[bool, str]) -> None:
    """Read words seen unread in sealed 34 to 36 (stop 30, after the sets' runs).

    Pinprick in the saddle, hesitancy in lay words, a foot that catches, the calf muscles named together, and
    mid-thoracic back pain (which "back pain" had made low back pain). A "percussion tender" key was dropped after the
    review: it read percussion tenderness over the renal angle as the spine's.
    """
    assert expected in readings(explorer, phrase), readings(explorer, phrase)
    assert (True, "low_back_pain") not in readings(explorer, "mid-thoracic back pain")


def test_a_bracketed_side_and_right_as_an_intensifier(explorer: Explorer) -> None:
    """Read "R AJ absent (L present)" as the right ankle jerk absent, "goes right to" as no side (stop 30).

    The bracket had kept both sides in one clause (a two-sided absent ankle jerk), and "right" in "the pain goes right
    to the outside of my foot" was the right side. Found in sealed 35 and 36 after their runs. Since stop 42 the left
    side's "present" is read too, as the left ankle jerk normal (``second_side.py``).
    """
    [ankle, other] = read(explorer, "R AJ absent (L present)")
    assert ankle.present and ankle.side == "right", ankle
    assert not other.present and other.side == "left", other
    [pain] = read(explorer, "the pain goes right to the outside of my foot")
    assert pain.side == "", pain
    assert (True, "horner_syndrome") in readings(explorer, "L eyelid slightly lower than R, L pupil smaller")


def test_pain_said_to_be_present_is_there(explorer: Explorer) -> None:
    """Read "bilateral leg pain now present at rest" as the pain present (sealed 36, after its run).

    "Present" is a normal word of a reflex or a function ("ankle jerks present", "power present"); said of a pain or
    of a change named by its kind word ("numbness present"), it denied it.
    """
    assert (True, "bilateral_leg_symptoms") in readings(explorer, "bilateral leg pain now present at rest")
    assert (False, "diminished_or_absent_ankle_reflex") in readings(explorer, "ankle jerks present")
    assert (True, "lateral_foot_numbness") in readings(explorer, "numbness present over the lateral foot")
    [power] = read(explorer, "power present in the left leg")
    assert power.kind == "weakness" and not power.present, power


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("ankle jerk L missing", (True, "absent_ankle_reflex")),
        ("the reflexes at both my ankles were missing", (True, "bilateral_absent_ankle_reflexes")),
        ("reflexes at the knees normal", (False, "diminished_or_absent_patellar_reflex")),
        ("numb 1st web space R", (True, "first_web_space_numbness")),
        ("numb 1st web space of the hand", (True, "first_dorsal_web_space_numbness")),
    ],
)
def test_missing_reflexes_a_region_reflex_and_the_first_web_space(
    explorer: Explorer, phrase: str, expected: tuple[bool, str]
) -> None:
    """Read a missing reflex, the reflexes at a place, and the first web space (sealed 30 and 34, after their runs).

    "Missing" had denied the ankle jerk; "the reflexes at both my ankles" matched no finding; "1st web space" is the
    foot's unless the hand is named.
    """
    assert expected in readings(explorer, phrase), readings(explorer, phrase)


def test_a_paraspinal_range_samples_its_roots_only(explorer: Explorer) -> None:
    """Read "T9-T11 paraspinals" as those three roots: a three-level range is no disc, and had sampled every root."""
    [emg] = read(explorer, "EMG: denervation L T9-T11 paraspinals + abdominal wall")
    assert local(emg.implicates) == {"T9_root", "T10_root", "T11_root"}, emg


def test_a_plus_between_two_reflexes_is_and(explorer: Explorer) -> None:
    """Read "L AJ + KJ present" as both reflexes present: the "+" had been the ankle jerk's grade (reduced), stop 30.

    A "+" written against a reflex ("AJ + bilaterally") is still its grade.
    """
    assert (False, "diminished_or_absent_ankle_reflex") in readings(explorer, "L AJ + KJ present")
    assert (True, "diminished_ankle_reflex") in readings(explorer, "AJ + bilaterally")


def test_the_state_before_an_operation_and_a_study_not_done_are_no_findings(explorer: Explorer) -> None:
    """Read "2/5 bilaterally (5/5 pre-operatively)" as weak now, and "no imaging yet" as no study (stop 30).

    The bracketed earlier grade had denied the weakness, and a study not yet done had been a normal scan (sealed 36,
    after its run). "Saddle intact" and "PU normally" (passing urine) are the ward's words for the saddle and voiding.
    """
    [weak] = read(explorer, "Ankle dorsiflexion now 2/5 bilaterally (5/5 pre-operatively)")
    assert weak.present and weak.kind == "weakness", weak
    assert not read(explorer, "no imaging yet")
    [normal] = read(explorer, "MRI L-spine unremarkable")
    assert not normal.present
    said = readings(explorer, "saddle intact, PU normally")
    assert {(False, "saddle_anaesthesia"), (False, "urinary_retention")} <= said, said


def test_a_weak_movement_done_weakly_and_a_wasted_fossa(explorer: Explorer) -> None:
    """Read "can still plantarflex weakly" as weak, and a wasted infraspinous fossa as the infraspinatus's.

    The "can still" had made the plantar flexion normal (sealed 34, after its run).
    """
    assert (True, "weak_ankle_plantar_flexion") in readings(explorer, "can still plantarflex weakly (long flexors)")
    assert (True, "infraspinatus_wasting") in readings(explorer, "painless wasting infraspinous fossa R")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("DRE: no tone", (True, "reduced_anal_tone")),
        ("PR - no sphincter tone", (True, "reduced_anal_tone")),
        ("EHL 3/5 (L), 5/5 (R)", (False, "weak_great_toe_extension")),
        ("monofilament felt at all sites", (False, "foot")),
        ("not voiding normally", (True, "urinary_retention")),
        ("numbness over L4-L5", (True, "L5_dermatome")),
        ("reduced sensation over L4 and S1", (True, "S1_dermatome")),
    ],
)
def test_readings_the_review_of_stop_30_found_broken(
    explorer: Explorer, phrase: str, expected: tuple[bool, str]
) -> None:
    """Read what the independent review of stop 30 found broken by this stop's rules as it read before them.

    A test denied by its result, a bare bracketed side, a full monofilament, a negated key, sensory bands after "over".
    """
    assert expected in readings(explorer, phrase), readings(explorer, phrase)


def test_a_bare_bracketed_side_stays_with_its_grade_and_partial_monofilament_is_not_normal(explorer: Explorer) -> None:
    """Read "EHL 3/5 (L), 5/5 (R)" as weak on the left only, and "monofilament felt at 4/10 sites" as no normal foot."""
    weak = [o for o in read(explorer, "EHL 3/5 (L), 5/5 (R)") if o.present]
    assert [o.side for o in weak] == ["left"], weak
    assert (False, "foot") not in readings(explorer, "monofilament felt at 4/10 sites")
    assert "spinal_tenderness" not in {name for _, name in readings(explorer, "percussion tender over the renal angle")}


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("monofilament felt", (False, "foot")),
        ("monofilament felt bilaterally", (False, "stocking_distribution_sensory_loss")),
        ("monofilament felt 6/10", (True, "foot")),
        ("percussion tender at L3", (True, "spinal_tenderness")),
        ("spinal percussion tender", (True, "spinal_tenderness")),
    ],
)
def test_readings_the_second_review_of_stop_30_found_broken(
    explorer: Explorer, phrase: str, expected: tuple[bool, str]
) -> None:
    """Read the monofilament's normal wordings and the spine's percussion tenderness as before the first mends."""
    assert expected in readings(explorer, phrase), readings(explorer, phrase)


@pytest.mark.parametrize("phrase", ["DRE: not done", "DRE: no masses", "PR: no concerns", "DRE: no tone abnormality"])
def test_a_rectal_examination_denying_something_else_is_no_reduced_tone(explorer: Explorer, phrase: str) -> None:
    """Read only a denial of the tone or squeeze itself as the examination's result ("DRE: no tone").

    The first mend of stop 30 took any denial after the test for it.
    """
    assert (True, "reduced_anal_tone") not in readings(explorer, phrase)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("foot drop - she can't lift the toes off the floor", (True, "foot_drop")),
        ("wrist drop, unable to straighten the wrist or fingers", (True, "wrist_drop")),
        ("Babinski can't be elicited", (False, "extensor_plantar_response")),
    ],
)
def test_an_inability_is_a_loss_said_of_an_action_not_a_findings_denial(
    explorer: Explorer, phrase: str, expected: tuple[bool, str]
) -> None:
    """Read "wrist drop - can't extend the wrist" as wrist drop (it had read as none); the examiner's "can't" denies."""
    assert expected in readings(explorer, phrase), readings(explorer, phrase)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("arm reflexes weak", (True, "upper_limb")),
        ("his arm jerks are normal", (False, "upper_limb")),
    ],
)
def test_the_arm_reflexes_are_the_reflexes_of_the_upper_limbs(
    explorer: Explorer, phrase: str, expected: tuple[bool, str]
) -> None:
    """Read "arm reflexes weak" as reduced reflexes of the upper limbs: not a weak arm, not unread."""
    assert expected in readings(explorer, phrase), readings(explorer, phrase)
    assert all(o.kind != "weakness" for o in read(explorer, phrase))


def test_both_closing_two_parts_of_one_limb_is_no_second_side(explorer: Explorer) -> None:
    """Read "left arm weaker for a year, elbow and hand both" as the left arm's parts, not both arms."""
    observations = read(explorer, "left arm weaker for a year, elbow and hand both")
    assert observations and all(o.side == "left" for o in observations)


def test_the_position_a_test_was_done_in_is_no_finding_of_that_limb(explorer: Explorer) -> None:
    """Read "finger spread 5/5 with the wrist passively supported" without a normal wrist (it denied the wrist drop)."""
    found = readings(explorer, "finger abduction 5/5 with the wrist passively supported")
    assert (False, "finger_abduction") in found
    assert not {name for _, name in found} & {"wrist", "wrist_drop", "wrist_extension"}, found


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("knee reflex gone on the left", (True, "diminished_or_absent_patellar_reflex")),
        ("BR 1+ on the right", (True, "diminished_or_absent_brachioradialis_reflex")),
        ("BR + ECRL 5/5", (False, "brachioradialis")),
        ("percussion tender T9", (True, "spinal_tenderness")),
        ("triceps jerk L less than R", (True, "diminished_or_absent_triceps_reflex")),
    ],
)
def test_reflexes_gone_graded_or_joined_and_a_tender_level(
    explorer: Explorer, phrase: str, expected: tuple[bool, str]
) -> None:
    """Read a reflex "gone" as absent, "BR 1+" as the brachioradialis reflex, "BR + ECRL" as two muscles."""
    assert expected in readings(explorer, phrase), readings(explorer, phrase)


def test_a_limb_gone_weak_is_weak_not_absent(explorer: Explorer) -> None:
    assert (True, "foot") in readings(explorer, "my left foot has gone weak")


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # the position a test was done in drops only itself (the first rule dropped what followed it)
        ("wrist drop; finger flexion 5/5 when I prop the wrist up", (True, "wrist_drop")),
        ("numbness in the L5 distribution with weak EHL and foot drop needing an AFO for support", (True, "foot_drop")),
        ("Weak ankle dorsiflexion 4/5 with the knee supported and absent ankle jerk", (True, "absent_ankle_reflex")),
        ("wrist drop with finger extension weak even when the wrist is supported", (True, "finger_extension")),
        # the examiner's inability denies; the patient's is a loss
        ("cannot detect a sensory level", (False, "sensory_level")),
        ("cannot demonstrate Hoffmann's sign", (False, "hoffmann_sign")),
        ("can't convincingly demonstrate an upgoing plantar", (False, "extensor_plantar_response")),
        ("unable to identify any fasciculations", (False, "fasciculations")),
        # "no signal change" on a scan is a normal scan, not an absent response
        ("MRI: no signal change within the cord at C5", None),
        # "+" followed by a side or status is the reflex grade
        ("biceps + bilaterally", (True, "diminished_or_absent_biceps_reflex")),
        ("supinator + on the left", (True, "diminished_or_absent_brachioradialis_reflex")),
        # reflexes gone brisk are brisk; the hand's adductors are not the hip's; MRC 4-5 is no 4/5-5
        ("knee jerks have gone brisk since the fall", (True, "patellar_reflex")),
        ("thumb adductors weak on the right", (True, "thumb_adduction")),
        ("MRC 4-5 in the quads", (True, "weak_knee_extension")),
        # the second review: a patient's inability after any verb but an examiner's; a single digit's side; "to"
        ("can't empty my bladder", (True, "urinary_retention")),
        ("unable to reliably demonstrate Hoffmann's sign", (False, "hoffmann_sign")),
        ("KJ (R 2) L absent", (True, "diminished_or_absent_patellar_reflex")),
        ("no response to pinprick in the left leg", (True, "leg")),
        # the third review: an unknown verb after an inability denies, as before stop 31; a digit of its own side
        ("unable to determine a sensory level", (False, "sensory_level")),
        ("unable to induce ankle clonus", (False, "ankle_clonus")),
        ("cannot exclude saddle anaesthesia", (False, "saddle_anaesthesia")),
        ("weak jerks in the legs", (True, "leg")),
        ("biceps + in the right arm", (True, "diminished_or_absent_biceps_reflex")),
        ("EHL weak (L 4)", (True, "weak_great_toe_extension")),
        ("no response to pain in the legs", (False, "leg")),
    ],
)
def test_the_review_of_stop_31s_readings(explorer: Explorer, phrase: str, expected: tuple[bool, str] | None) -> None:
    """Phrases the three reviews of stop 31 found read wrongly by that stop's rules (each written by a reviewer)."""
    observations = read(explorer, phrase)
    if phrase.startswith("wrist drop;"):
        assert (False, "finger_flexion") in readings(explorer, phrase)
    if phrase.startswith("MRI"):
        assert observations and all(not o.present for o in observations)
        return
    assert expected in readings(explorer, phrase), readings(explorer, phrase)
    if phrase.startswith("EHL weak"):
        assert all(o.side == "left" for o in observations)
    if phrase.startswith("knee jerks"):
        assert all(
            not o.present or "diminished_or_absent_patellar_reflex" not in local(o.findings) for o in observations
        )
