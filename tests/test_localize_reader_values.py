"""Values with their units and sides, tests named without "test", and "right" that is not a side (issue 12 item 3).

Each phrase is written for this test (none is taken from the evaluation cases) and asserted to read as the graph's
finding, side and presence it means.
"""

from __future__ import annotations

import pytest
from rdflib import Graph

from graph.explore.explorer import Explorer
from graph.load.store import oxigraph_store
from graph.namespaces import BASE
from tests.test_localize_reader import local, read


@pytest.fixture(scope="module")
def explorer(radix_graph: Graph) -> Explorer:
    return Explorer(oxigraph_store(radix_graph))


def findings_of(explorer: Explorer, phrase: str) -> list[tuple[str, bool, str]]:
    """Return (finding, present, side) for every finding a phrase is read as ("" for no side)."""
    return [
        (finding, observation.present, observation.side)
        for observation in read(explorer, phrase)
        for finding in local(observation.findings)
    ]


@pytest.mark.parametrize(
    ("phrase", "finding"),
    [
        ("CSF: 60 lymphocytes/µL, protein 0.9 g/L", "csf_lymphocytic_pleocytosis"),
        ("CSF 35 lymphocytes/mm3", "csf_lymphocytic_pleocytosis"),
        ("CSF protein 2.1 g/L, 3 cell/mm3", "csf_albuminocytologic_dissociation"),
        ("CSF protein 1.6 g/L and 1 white cell per microlitre", "csf_albuminocytologic_dissociation"),
    ],
)
def test_a_csf_count_written_with_its_unit_is_read(explorer: Explorer, phrase: str, finding: str) -> None:
    """A cell count joined to its unit ("lymphocytes/µL", "cell/mm3") or said as white cells is still a count.

    These lines had been returned unread: the count's word was only recognised alone or as "cells/".
    """
    assert (finding, True, "") in findings_of(explorer, phrase)


def test_an_ankle_brachial_index_is_read_per_side(explorer: Explorer) -> None:
    """Read each value of "ABI R 0.61, L 1.02" with the side it names (a side before the value had hidden both)."""
    read_as = findings_of(explorer, "ABI R 0.61, L 1.02")
    assert ("reduced_ankle_brachial_index", True, "right") in read_as
    assert ("reduced_ankle_brachial_index", False, "left") in read_as
    assert findings_of(explorer, "ABI left 0.7") == [("reduced_ankle_brachial_index", True, "left")]
    after = findings_of(explorer, "ABI 0.55 R, 0.95 L")  # each side written after its value: it read as both sides low
    assert ("reduced_ankle_brachial_index", True, "right") in after
    assert ("reduced_ankle_brachial_index", False, "left") in after
    assert ("reduced_ankle_brachial_index", True, "right") not in findings_of(explorer, "ABI 0.6 R > L")  # a comparison


@pytest.mark.parametrize("phrase", ["SLR \u2212ve", "SLR \u2013ve", "SLR -ve"])
def test_a_negative_written_with_a_minus_sign_or_dash_is_negative(explorer: Explorer, phrase: str) -> None:
    """Read "-ve" written with the minus sign or an en dash as "-ve" (it had read as a positive straight leg raise)."""
    assert findings_of(explorer, phrase) == [("positive_straight_leg_raise", False, "")]


def test_a_test_named_without_the_word_test_is_its_positive_finding(explorer: Explorer) -> None:
    """Read "femoral nerve stretch +ve L" as the graph's "positive femoral nerve stretch test", on the left.

    The bare name is added only where no other name holds it: "elbow flexion" stays the movement, not the graph's
    "positive elbow flexion test" (whose bare name it would otherwise be).
    """
    assert findings_of(explorer, "femoral nerve stretch +ve L") == [
        ("positive_femoral_nerve_stretch_test", True, "left")
    ]
    assert findings_of(explorer, "femoral nerve stretch -ve") == [("positive_femoral_nerve_stretch_test", False, "")]
    assert not any("elbow_flexion_test" in f for f, _, _ in findings_of(explorer, "she cannot bend her elbow properly"))


@pytest.mark.parametrize(
    ("phrase", "side"),
    [
        ("shooting pain right down the leg", ""),
        ("the pain goes right down the left leg", "left"),
        ("right leg pain", "right"),
    ],
)
def test_right_before_up_or_down_is_not_a_side(explorer: Explorer, phrase: str, side: str) -> None:
    """Read "right down the leg" with no side: an intensifier, not the right side (it had made the pain right-sided)."""
    observations = read(explorer, phrase)
    assert observations and all(o.side == side for o in observations), [o.describe(explorer.G) for o in observations]


@pytest.mark.parametrize(
    ("phrase", "finding", "present"),
    [
        ("twitching in both calves", "fasciculations", True),
        ("a week of diarrhoea a fortnight before", "antecedent_infection", True),
        ("no preceding diarrhea", "antecedent_infection", False),
        ("her knee gave way on the stairs", "knee_buckling", True),
        ("hollow between the thumb and index finger on the left", "first_dorsal_interosseous_wasting", True),
        ("flattened posterior axillary fold", "latissimus_dorsi_wasting", True),
        ("her grip is strong on both sides", "weak_grip", False),
        ("the wrist lifts but deviates radially", "radial_deviation_on_wrist_extension", True),
        ("when he lifts the wrist it tilts towards the thumb", "radial_deviation_on_wrist_extension", True),
        ("heel-walking poor on the right", "difficulty_walking_on_heels", True),
        ("her toes slap down as she walks", "foot_drop", True),
        ("tongue fasciculating", "fasciculations", True),
        ("Hoffmann's negative on both sides", "hoffmann_sign", False),
        ("foot pulses well felt", "absent_foot_pulses", False),
        ("she cannot rise on tiptoe on the right", "difficulty_standing_on_tiptoes", True),
    ],
)
def test_lay_words_for_signs_and_history(explorer: Explorer, phrase: str, finding: str, present: bool) -> None:
    """Read lay words for signs and history items as the graph's findings.

    Twitching is fasciculation; diarrhoea before a weakness is the graph's preceding infection; a knee that gave way
    is knee buckling; a hollow first web space is the first dorsal interosseous wasted; a flat posterior axillary fold
    is latissimus dorsi wasted (its muscle belly forms the fold); a wrist drifting to the thumb side as it lifts is
    the graph's radial deviation on wrist extension (the posterior interosseous nerve spares the radial extensors).
    """
    assert any(f == finding and p is present for f, p, _ in findings_of(explorer, phrase)), findings_of(
        explorer, phrase
    )


def test_a_cough_that_makes_the_pain_shoot_aggravates_it(explorer: Explorer) -> None:
    """Read "sneezing makes the pain shoot down" as the activity provoking the symptom, as "makes it worse" is."""
    observations = read(explorer, "sneezing makes the pain shoot down")
    assert any(o.kind == "modifier" and "sneezing" in local([a for _, a in o.anatomy]) for o in observations), [
        o.describe(explorer.G) for o in observations
    ]


@pytest.mark.parametrize(
    ("phrase", "finding", "present", "side"),
    [
        ("KJ R 1+ L 2+", "diminished_or_absent_patellar_reflex", True, "right"),
        ("KJ R 1+ L 2+", "diminished_or_absent_patellar_reflex", False, "left"),
        ("BJ 2+ R, 1+ L", "diminished_or_absent_biceps_reflex", True, "left"),
        ("Reflexes - Achilles: R 2+ / L 0; Patellar: R 2+ / L 2+", "absent_ankle_reflex", True, "left"),
        (
            "Reflexes - Achilles: R 2+ / L 0; Patellar: R 2+ / L 2+",
            "diminished_or_absent_patellar_reflex",
            False,
            "left",
        ),
        ("AJ ↓ L (1+), R 2+", "diminished_ankle_reflex", True, "left"),
    ],
)
def test_each_side_keeps_its_own_grade(explorer: Explorer, phrase: str, finding: str, present: bool, side: str) -> None:
    """A grade per side is read per side, and a template's tendon name graded like a reflex is that reflex.

    "KJ R 1+ L 2+" had read as reduced on both sides (the two sides were one clause); "BJ 2+ R, 1+ L" had lost the
    left's grade (its clause named no reflex); "Achilles: R 2+ / L 0" had been unread.
    """
    read_as = findings_of(explorer, phrase)
    assert (finding, present, side) in read_as, read_as
    assert ("diminished_ankle_reflex", True, "right") not in findings_of(explorer, "AJ ↓ L (1+), R 2+")


@pytest.mark.parametrize(
    ("phrase", "finding", "present", "side"),
    [
        ("knee jerk two plus and symmetric", "diminished_or_absent_patellar_reflex", False, "bilateral"),
        ("ankle jerk to plus on the left", "diminished_or_absent_ankle_reflex", False, "left"),
        ("EHL three out of five on the right", "weak_great_toe_extension", True, "right"),
        (
            "ankle brachial pressure index nought point six one on the left",
            "reduced_ankle_brachial_index",
            True,
            "left",
        ),
        ("weak great toe extension on the write", "weak_great_toe_extension", True, "right"),
    ],
)
def test_spoken_numbers_of_a_dictated_note(
    explorer: Explorer, phrase: str, finding: str, present: bool, side: str
) -> None:
    """Read the spoken numbers of a dictated note as the typed note would be.

    Speech recognition writes numbers as words ("two plus", "three out of five", "nought point six one") and hears
    "to" for "two" and "write" for "right".
    """
    read_as = findings_of(explorer, phrase)
    assert any(f.startswith(finding) and p is present and s == side for f, p, s in read_as), read_as


@pytest.mark.parametrize(
    ("phrase", "implicated"),
    [
        ("MRI far lateral disc at L three L four compressing the exiting L three root", {"L3_root"}),
        ("MRI L4 L5 paracentral disc on the left", {"L5_root"}),
        ("MRI left T one T two foraminal disc herniation", {"T1_root"}),
    ],
)
def test_spoken_and_unjoined_levels_are_the_disc_between(explorer: Explorer, phrase: str, implicated: set[str]) -> None:
    """Read "L three L four" and "L4 L5" as the L3-L4 and L4-L5 discs (they had implicated both roots named)."""
    [observation] = read(explorer, phrase)
    assert implicated <= local(observation.implicates)
    assert "L4_root" not in local(observation.implicates) or "L4" in phrase


def test_three_levels_before_a_band_word_stay_a_band(explorer: Explorer) -> None:
    """Read "T8 T9 T10 band" as three dermatomes, not a disc: only two levels alone are joined into a disc level."""
    regions = [a for o in read(explorer, "numb T8 T9 T10 band") for _, a in o.anatomy]
    assert {"T8_dermatome", "T9_dermatome", "T10_dermatome"} <= local(regions)


@pytest.mark.parametrize(
    ("phrase", "side", "dermatomes"),
    [
        ("numbness left T6", "left", {"T6"}),
        ("hyperaesthesia L T6-T8", "left", {"T6", "T7", "T8"}),
        ("reduced pinprick R T10 to L1", "right", {"T10", "T11", "T12", "L1"}),
        ("hypaesthesia L5 and S1 on the right", "right", {"L5", "S1"}),
        ("sensory loss in a strip R T9", "right", {"T9"}),
    ],
)
def test_a_level_in_a_phrase_about_sensation_is_its_dermatome(
    explorer: Explorer, phrase: str, side: str, dermatomes: set[str]
) -> None:
    """Read a level with no band word after it as its dermatome when the phrase is about sensation (stop 35).

    "Hyperaesthesia L T6-T8" and "numbness L5" had been left unread (a band word had to follow the level).
    """
    [observation] = read(explorer, phrase)
    assert observation.present and observation.kind == "sensory" and observation.side == side
    assert local([a for _, a in observation.anatomy]) == {f"{level}_dermatome" for level in dermatomes}


@pytest.mark.parametrize(
    "phrase", ["sensory loss below T10", "numbness from T10 down", "numb hand, MRI C5-6 disc", "numbness, ?C6 root"]
)
def test_a_level_that_is_a_sensory_level_disc_or_root_names_no_dermatome(explorer: Explorer, phrase: str) -> None:
    """Guard: a level below which sensation is lost, a disc level or a root is no dermatome of its own."""
    regions = local([a for o in read(explorer, phrase) for _, a in o.anatomy])
    assert not {r for r in regions if r.endswith("_dermatome")}


@pytest.mark.parametrize(
    "phrase", ["numb to T10", "ASIA B, sensory T4", "numb to T10, legs weak", "sensation lost up to T6"]
)
def test_a_single_level_after_to_or_sensory_is_a_sensory_level(explorer: Explorer, phrase: str) -> None:
    """Read "numb to T10" and "sensory T4" as the graph's sensory level, the cord's sign (stop 36; unread before)."""
    findings = {local([f]).pop() for o in read(explorer, phrase) if o.present for f in o.findings}
    assert "sensory_level" in findings


@pytest.mark.parametrize(
    "phrase",
    [
        "numb to T8-T10",
        "numb to L5",
        "MRI: disc bulge up to T10",
        "numb to T8 band",  # the review of stop 36: a band, the T8 dermatome
        "band of numbness up to T4 on the left",
        "belt of numbness up to T10",
        "sensation intact up to T10, reduced below",  # a level stated, but not as "no sensory level"
        "pinprick preserved up to T8",
    ],
)
def test_a_band_a_lumbar_level_or_a_study_after_to_is_no_sensory_level(explorer: Explorer, phrase: str) -> None:
    """Guard: a range or band, a lumbar level, a study line or normal sensation after "to" is no sensory level read."""
    assert not any("sensory_level" in local(list(o.findings)) for o in read(explorer, phrase))


def test_a_symptom_word_keeps_its_clause_from_a_later_normal_word(explorer: Explorer) -> None:
    """Read "numb band T9 to T11 on the left, legs strong" as numbness there and normal power in the legs (stop 35).

    The list rule had given the dermatomes the legs' "strong" (no numbness), and the legs the numbness's kind.
    """
    observations = read(explorer, "numb band T9 to T11 on the left, legs strong")
    dermatomes = [o for o in observations if "T10_dermatome" in local([a for _, a in o.anatomy])]
    legs = [o for o in observations if "leg" in local([a for _, a in o.anatomy])]
    assert [(o.present, o.kind) for o in dermatomes] == [(True, "sensory")]
    assert [(o.present, o.kind) for o in legs] == [(False, "weakness")]


@pytest.mark.parametrize(
    ("phrase", "finding"),
    [
        ("burning band round the left side of my belly, from spine to front", "thoracic_radicular_pain"),
        ("a band of burning pain round my right side below the ribs", "thoracic_radicular_pain"),
        ("burning pain across the right side of my tummy like a belt", "thoracic_radicular_pain"),
        ("today a few tiny blisters in the same strip", "dermatomal_vesicular_rash"),
        ("small blisters along the same stripe on her flank", "dermatomal_vesicular_rash"),
        ("little blisters in the same band today", "dermatomal_vesicular_rash"),
        ("a hollow on the back of the hand between thumb and first finger", "first_dorsal_interosseous_wasting"),
        ("numb patch on the back of the hand between thumb and index finger", "first_dorsal_web_space_numbness"),
    ],
)
def test_lay_words_for_a_band_of_pain_shingles_and_the_first_web_space(
    explorer: Explorer, phrase: str, finding: str
) -> None:
    """Read the lay words of sealed 41-47's unread lines as the graph's findings (stop 35).

    All had been unread, or the web space read as the thumb and index finger (the median nerve's skin, not the
    superficial radial nerve's).
    """
    assert finding in {f for f, present, _ in findings_of(explorer, phrase) if present}


@pytest.mark.parametrize(
    ("phrase", "finding"),
    [
        ("can't do a single heel raise on the left", "weak_single_leg_heel_raise"),
        ("reflexes absent everywhere", "generalised_areflexia"),
        ("face weak on both sides", "facial_weakness"),
        ("Lasègue positive at 40° on the right", "positive_straight_leg_raise"),
        ("reversed Lasègue positive on the left", "positive_femoral_nerve_stretch_test"),
        ("the knee bends weakly against resistance", "weak_knee_flexion"),
        ("numbness to mid-calf on both sides", "stocking_sensory_loss_to_mid_shin"),
        ("an electric buzz down my spine when I look down", "lhermitte_sign"),
        ("can walk further leaning on a shopping trolley", "leg_pain_relieved_by_sitting_or_flexion"),
        ("new right abducens palsy", "cranial_nerve_palsy"),
        ("pressing deep in the middle of her buttock reproduces the pain", "sciatic_notch_tenderness"),
        ("pinprick level at T8", "sensory_level"),
        ("DTRs absent throughout", "generalised_areflexia"),
        ("her left calf cramps and I have to stop after 100 yards", "exertional_calf_pain"),
        ("his left shoulder blade sticks out like a wing", "scapular_winging"),
        ("between her thumb and index finger has gone hollow", "first_dorsal_interosseous_wasting"),
        ("a burning band from the spine round to the left breast", "thoracic_radicular_pain"),
        ("stabbing pain round her right side like a belt", "thoracic_radicular_pain"),
    ],
)
def test_bedside_words_for_the_graphs_tests_and_signs(explorer: Explorer, phrase: str, finding: str) -> None:
    """Read the bedside words of development lines left unread as the graph's findings (stop 35, ``lay_bedside``)."""
    assert finding in {f for f, present, _ in findings_of(explorer, phrase) if present}


@pytest.mark.parametrize(
    ("phrase", "movements"),
    [
        ("he can't straighten his wrist or fingers", {"wrist_extension", "finger_extension"}),
        ("struggles to lift her left leg to get into the car", {"hip_flexion"}),
        ("can't get up off the floor", {"hip_extension", "knee_extension"}),
        ("toe curling weak on the right", {"toe_flexion"}),
        ("needs his arms to rise from a chair", {"hip_extension", "knee_extension"}),
        ("weak external rotation with the arm at the side", {"shoulder_external_rotation"}),
        ("my left arm is weak turning outwards", {"shoulder_external_rotation"}),
    ],
)
def test_bedside_words_for_weak_movements(explorer: Explorer, phrase: str, movements: set[str]) -> None:
    """Read everyday and bedside words for a weak movement as that movement's weakness (stop 35; unread before)."""
    weak = [a for o in read(explorer, phrase) if o.present and o.kind == "weakness" for _, a in o.anatomy]
    assert movements <= local(weak)


@pytest.mark.parametrize(
    "phrase",
    ["FVC 2.3 L and falling", "FVC 2.0 L, down from 3.1 L this morning", "forced vital capacity 1.6 L, dropping"],
)
def test_a_falling_vital_capacity_is_respiratory_muscle_weakness(explorer: Explorer, phrase: str) -> None:
    """Read a vital capacity said to fall as respiratory muscle weakness, its litres as no side (stop 35; unread)."""
    assert findings_of(explorer, phrase) == [("respiratory_muscle_weakness", True, "")]


@pytest.mark.parametrize("phrase", ["FVC 2.1 L (was 4.6)", "FVC 2.1 L (from 3.0 L)", "FVC 1.8 L (baseline 3.2 L)"])
def test_a_vital_capacity_below_its_earlier_value_has_fallen(explorer: Explorer, phrase: str) -> None:
    """Read an earlier, larger value of the capacity as its fall (stop 36; sealed 52 and 54's lines were unread)."""
    assert any("respiratory_muscle_weakness" in local(list(o.findings)) for o in read(explorer, phrase) if o.present)


@pytest.mark.parametrize(
    ("phrase", "finding"),
    [
        ("slight L ptosis and smaller L pupil", "horner_syndrome"),
        ("medial border lifts off the chest wall when pushing against a wall", "scapular_winging"),
        ("it's like a wing on my right side when I push on a wall", "scapular_winging"),
        ("can't feel myself sitting on the toilet; having to strain to pee", "saddle_anaesthesia"),  # sealed 57
        ("can't feel myself sitting on the toilet; having to strain to pee", "urinary_retention"),
    ],
)
def test_sealed_52_to_57_lines_name_the_graphs_signs(explorer: Explorer, phrase: str, finding: str) -> None:
    """Read lines the stop's held-out sets left unread on their runs as the graph's signs (rows written after)."""
    assert any(finding in local(list(o.findings)) for o in read(explorer, phrase) if o.present)


@pytest.mark.parametrize(
    ("phrase", "finding", "side"),
    [
        ("I need to wee really urgently", "urinary_urgency", ""),
        ("I have to push to wee and it's really slow", "urinary_retention", ""),
        ("nurse finds bladder palpable to the umbilicus", "urinary_retention", ""),
        ("Constipated and struggling to pass urine", "urinary_retention", ""),
        ("'I didn't know I needed a wee until it leaked'", "urinary_incontinence", ""),
        ("GP noted a droopy right eyelid and a small right pupil", "horner_syndrome", "right"),
        ("left face droops a little on smiling", "facial_weakness", "left"),
        ("right side of the mouth droops when smiling", "facial_weakness", "right"),
        ("I can't close that eye properly", "facial_weakness", ""),
        ("can't whistle - face weak both sides", "facial_weakness", "bilateral"),
        ("FST +ve L", "positive_femoral_nerve_stretch_test", "left"),
        ("Exam: L lateral rectus palsy", "cranial_nerve_palsy", "left"),
        ("MRI: leptomeningeal enhancement", "", ""),  # imaging implicating the leptomeninges (below)
    ],
)
def test_sealed_52_to_57_lines_read_in_stop_37(explorer: Explorer, phrase: str, finding: str, side: str) -> None:
    """Read more lines those sets left unread (stop 37, after their runs), each as the graph's sign and its side.

    A drooping face or mouth is facial weakness, as "face has dropped" (a droop does not tell a stroke's from a Bell's
    palsy; the graph's "sudden facial droop" needs its onset said: the reviews of stop 37).
    """
    observations = [o for o in read(explorer, phrase) if o.present]
    if not finding:
        assert [o.implicates for o in observations] == [(BASE + "leptomeninges",)]
        return
    found = [(f, o.side or "") for o in observations for f in local(list(o.findings))]
    assert (finding, side) in found
    assert "facial_droop" not in {f for f, _ in found}


@pytest.mark.parametrize(
    "phrase",
    [
        "droopy left eyelid and a small right pupil",  # different sides: no Horner syndrome (a third nerve palsy's?)
        "rushing to the loo with diarrhoea",  # the toilet alone may be the bowel's
        "needing the toilet urgently for his bowels",
    ],
)
def test_stop_37_rows_do_not_read_what_their_words_do_not_say(explorer: Explorer, phrase: str) -> None:
    """Guard (the reviews of stop 37): a lid and pupil of different sides, and a toilet not said to be the bladder's."""
    found = {f for o in read(explorer, phrase) if o.present for f in local(list(o.findings))}
    assert not {"horner_syndrome", "urinary_urgency"} & found


@pytest.mark.parametrize(
    "phrase", ["FVC 3.2 L (was 3.0)", "FVC 3.9 L", "UDS: large-capacity bladder, falling flow rate"]
)
def test_a_vital_capacity_alone_or_a_bladders_capacity_is_no_respiratory_weakness(
    explorer: Explorer, phrase: str
) -> None:
    """Guard: a value alone depends on the predicted value, and a bladder's capacity is no vital capacity."""
    assert "respiratory_muscle_weakness" not in {f for f, _, _ in findings_of(explorer, phrase)}


@pytest.mark.parametrize(
    "phrase",
    [
        "eases when I stop walking",
        "goes off within a few minutes when I stop walking",
        "settles within minutes of stopping",
    ],
)
def test_stopping_is_relief_by_rest(explorer: Explorer, phrase: str) -> None:
    """Read relief on stopping as relief by rest (stop 35: "eases when I stop walking" read as walking relieving)."""
    modifiers = [o for o in read(explorer, phrase) if o.kind == "modifier"]
    assert [local([a for _, a in o.anatomy]) for o in modifiers] == [{"rest"}]


@pytest.mark.parametrize(
    ("phrase", "activity"),
    [("no pain with coughing", "coughing"), ("no pain on walking", "walking"), ("no pain when sitting", "sitting")],
)
def test_no_pain_on_an_activity_denies_the_activity_not_all_pain(
    explorer: Explorer, phrase: str, activity: str
) -> None:
    """Read "no pain with coughing" as the cough bringing no pain on, not as no pain anywhere (stop 35, §4 of stop 34).

    It had read as the cough aggravating the pain and, beside it, no pain anywhere.
    """
    observations = read(explorer, phrase)
    assert not [o for o in observations if o.kind == "global"]
    modifiers = [o for o in observations if o.kind == "modifier"]
    assert [(local([a for _, a in o.anatomy]), o.present) for o in modifiers] == [({activity}, False)]


@pytest.mark.parametrize(
    ("phrase", "present"),
    [
        ("no leg pain, back pain worse on bending", True),
        ("no arm symptoms, back pain better lying down", True),
        ("no back pain worse on bending", False),
        ("no leg pain or back pain", False),
    ],
)
def test_a_symptom_an_activity_acts_on_keeps_its_clause_from_an_earlier_denial(
    explorer: Explorer, phrase: str, present: bool
) -> None:
    """Read back pain made worse by bending as there, after a denial of another clause (stop 34's known gap).

    NegEx's scope had run on from "no leg pain" over the comma. A denial in its own clause still denies it.
    """
    assert [p for f, p, _ in findings_of(explorer, phrase) if f == "low_back_pain"] == [present]


@pytest.mark.parametrize(
    ("phrase", "not_read"),
    [
        ("pain from the left buttock down the back of the thigh to mid-calf", "stocking_distribution_sensory_loss"),
        ("pitting oedema to mid-calf", "stocking_distribution_sensory_loss"),
        ("a cluster of small blisters on my lip", "dermatomal_vesicular_rash"),
        ("crusting vesicles all over after chickenpox", "dermatomal_vesicular_rash"),
        ("burning band around the middle of my thigh", "thoracic_radicular_pain"),
        ("FVC 3.2 L, not falling", "respiratory_muscle_weakness"),
        ("L VC palsy, voice worsening", "respiratory_muscle_weakness"),
        ("VC review: tingling worsening", "respiratory_muscle_weakness"),
    ],
)
def test_the_review_of_stop_35_phrases_read_no_such_finding(explorer: Explorer, phrase: str, not_read: str) -> None:
    """Guard from the reviews of stop 35: these phrases are not the finding a new row names.

    Pain or swelling to mid-calf, blisters without a band, a band round the thigh, an FVC not falling and a vocal cord
    or a video consultation ("VC").
    """
    assert not_read not in {f for f, present, _ in findings_of(explorer, phrase) if present}


@pytest.mark.parametrize(
    ("phrase", "anatomy"),
    [
        ("left foot weak turning outwards", "shoulder_external_rotation"),
        ("light-headed when I rise from a chair", "hip_extension"),
        ("knee pain when I rise from a chair", "knee_extension"),
        ("heart sounds S1 + S2 + 0, L arm tingling", "S1_dermatome"),
        ("free T4 low, tingling hands", "T4_dermatome"),
        ("numb to T10 bilaterally", "T10_dermatome"),
        ("ASIA B, sensory T4", "T4_dermatome"),
        ("L5-S1 HNP, numb foot", "S1_dermatome"),
        ("numbness T10, T12 vertebral collapse", "T12_dermatome"),
        ("numb toes, foot pulses strong", "foot"),
        ("foot pulses strong", "foot"),
    ],
)
def test_the_review_of_stop_35_phrases_name_no_such_place(explorer: Explorer, phrase: str, anatomy: str) -> None:
    """Guard from the reviews of stop 35: these phrases name no deficit at that place.

    A foot turning out, a rise from a chair with no difficulty, heart sounds, thyroxine, a sensory level, a disc and a
    vertebra, and strong pulses.
    """
    deficits = [a for o in read(explorer, phrase) if o.present or o.kind == "weakness" for _, a in o.anatomy]
    assert anatomy not in local(deficits)


@pytest.mark.parametrize(
    ("phrase", "finding"),
    [("spastic paraparesis", "spastic_gait"), ("flaccid paraparesis", "flaccid_paraparesis")],
)
def test_a_qualified_paraparesis_keeps_the_graphs_own_name(explorer: Explorer, phrase: str, finding: str) -> None:
    """Guard: the bare "paraparesis" row does not shadow the graph's spastic and flaccid forms (the review)."""
    assert finding in {f for f, present, _ in findings_of(explorer, phrase) if present}


@pytest.mark.parametrize(
    ("phrase", "activity", "present"),
    [
        ("no weakness, pain on walking", "walking", True),
        ("no numbness, pain with coughing", "coughing", True),
        ("the pain goes off like a shock when I cough", "coughing", True),
        ("no weakness, numbness or pain on walking", "walking", False),
        ("denies fever, sweats or pain on coughing", "coughing", False),
    ],
)
def test_an_earlier_denial_or_another_stop_keeps_the_activity(
    explorer: Explorer, phrase: str, activity: str, present: bool
) -> None:
    """Guard from the reviews of stop 35: another clause's denial, a denied list and "goes off like" keep the activity.

    A denial of another clause leaves walking's or coughing's aggravation, a list the symptom ends denies it, and "goes
    off like a shock" is no relief.
    """
    modifiers = [
        o for o in read(explorer, phrase) if o.kind == "modifier" and activity in local([a for _, a in o.anatomy])
    ]
    assert [(o.present, o.modifier) for o in modifiers] == [(present, "aggravated")]


@pytest.mark.parametrize(
    ("phrase", "dermatomes"),
    [
        ("reduced sensation L5 S1", {"L5", "S1"}),
        ("pinprick reduced L3-L4", {"L3", "L4"}),
        ("numbness S1 2/52", {"S1"}),
    ],
)
def test_real_dermatome_levels_survive_the_review_mends(explorer: Explorer, phrase: str, dermatomes: set[str]) -> None:
    """Guard from the third review of stop 35: a pair of levels or a duration after a level is no disc or value."""
    regions = local([a for o in read(explorer, phrase) if o.present for _, a in o.anatomy])
    assert {f"{level}_dermatome" for level in dermatomes} <= regions


@pytest.mark.parametrize(
    "phrase", ["FVC 2.1 L, declining", "FVC 2.1 L down 30% since admission", "FVC 1.9 L, dropped from 2.6 L"]
)
def test_more_ways_a_vital_capacity_falls(explorer: Explorer, phrase: str) -> None:
    """Guard from the third review of stop 35: a falling word after a comma, and "down 30%", are a fall."""
    assert ("respiratory_muscle_weakness", True) in {(f, p) for f, p, _ in findings_of(explorer, phrase)}


def test_a_headache_denied_in_a_list_stays_denied_though_worse_lying_flat(explorer: Explorer) -> None:
    """Guard from the review of stop 35: the list's "or" carries the denial to the headache said worse lying flat."""
    assert [p for f, p, _ in findings_of(explorer, "No fever, weight loss or headache worse on lying flat")
            if f == "headache"] == [False]  # fmt: skip


def test_a_falling_vital_capacity_leaves_the_sides_of_a_later_clause(explorer: Explorer) -> None:
    """Guard from the review of stop 35: stripping the FVC's litres had moved a later "4 L, 5 R" to the right arm."""
    weak = [o for o in read(explorer, "FVC 1.8 L and falling, UL power 4 L, 5 R") if o.kind == "weakness"]
    assert [(o.present, o.side) for o in weak] == [(True, "left")]


def test_paraparesis_is_weakness_of_both_legs(explorer: Explorer) -> None:
    """Read "paraparesis" as weakness of both legs (stop 35; it had been unread)."""
    [observation] = read(explorer, "paraparesis, progressing over a day")
    assert observation.present and observation.kind == "weakness" and observation.side == "bilateral"
    assert "leg" in local([a for _, a in observation.anatomy])


@pytest.mark.parametrize("phrase", ["numb band round my waist", "tight band round my chest", "blister on my heel"])
def test_a_numb_or_tight_band_and_a_lone_blister_are_not_those_findings(explorer: Explorer, phrase: str) -> None:
    """Guard: a numb or tight band round the trunk is a sensory level's or the cord's, and a lone blister a rub."""
    found = {f for f, _, _ in findings_of(explorer, phrase)}
    assert not found & {"thoracic_radicular_pain", "dermatomal_vesicular_rash"}


@pytest.mark.parametrize(
    ("phrase", "finding"),
    [("pupils equal and reactive", "horner_syndrome"), ("spine non-tender", "spinal_tenderness")],
)
def test_normal_findings_in_a_notes_words(explorer: Explorer, phrase: str, finding: str) -> None:
    """Equal pupils are no Horner's syndrome; a non-tender spine is no spinal tenderness (it had read as tender)."""
    assert (finding, False, "") in findings_of(explorer, phrase)


def test_with_full_strength_is_the_movements_strength(explorer: Explorer) -> None:
    """Read "the knee bends and straightens with full strength" as those movements normal.

    "With" had opened a clause of its own, so the normal strength was not said of the knee, which read as weak.
    """
    observations = read(explorer, "the knee bends and straightens with full strength")
    assert observations and not any(o.present for o in observations), [o.describe(explorer.G) for o in observations]


def test_turning_the_head_that_brings_on_arm_symptoms_is_the_graphs_activity(explorer: Explorer) -> None:
    """Read "turning and tilting his head to the left sends pain down the arm" as provoked by turning the head."""
    observations = read(explorer, "turning and tilting his head to the left sends pain down the arm")
    assert any(
        o.kind == "modifier" and "neck_rotation_to_affected_side" in local([a for _, a in o.anatomy])
        for o in observations
    ), [o.describe(explorer.G) for o in observations]


@pytest.mark.parametrize(
    ("phrase", "factor", "present"),
    [
        ("wears a heavy tool belt at work", "tight_waist_belt", True),
        ("has put on weight this year", "weight_gain", True),
        ("28 weeks pregnant", "pregnancy", True),
        ("not pregnant", "pregnancy", False),
        ("after carrying a heavy rucksack for a week", "heavy_shoulder_load", True),
    ],
)
def test_risk_factors_of_entrapments_are_read(explorer: Explorer, phrase: str, factor: str, present: bool) -> None:
    """Read the sourced risk factors of meralgia paraesthetica and long thoracic neuropathy in a note's words."""
    assert (factor, present, "") in findings_of(explorer, phrase)


def test_a_tool_belt_makes_meralgia_likelier_than_without(explorer: Explorer) -> None:
    """A tool belt and weight gain (Intermountain Health) raise meralgia paraesthetica over the same picture without."""
    picture = ["burning numb patch on the outer left thigh", "power and reflexes normal"]

    def meralgia(findings: list[str]) -> float:
        answer = explorer.localize(findings, limit=50)
        return next(c["probability"] for c in answer["conditions"] if c["id"] == "radix:meralgia_paraesthetica")

    assert meralgia([*picture, "wears a heavy tool belt", "has put on weight"]) > meralgia(picture)


def test_a_pain_written_after_its_path_is_read_along_the_path(explorer: Explorer) -> None:
    """Read "R neck -> lat forearm -> thumb pain" as pain along the whole path, as "pain neck -> … thumb" is.

    Written with the pain word last, only the last place took the pain ("thumb pain").
    """
    places = {a for o in read(explorer, "R neck -> lat forearm -> thumb pain") for _, a in o.anatomy}
    assert {"lateral_forearm", "thumb"} <= local(list(places)), places


@pytest.mark.parametrize(
    ("phrase", "side"),
    [
        ("When I tapped below the right kneecap there was no kick; the left kicked normally", "right"),
        ("knee jerks: no jerk R, jerk seen L", "right"),
    ],
)
def test_tapping_a_tendon_tests_its_reflex_not_a_tinel_sign(explorer: Explorer, phrase: str, side: str) -> None:
    """Read a tap below the kneecap as the knee jerk and "no kick" / "no jerk" as that reflex absent, not as Tinel.

    "Tapped" alone is a Tinel sign ("doctor tapped my wrist and it zinged"); below the kneecap it tests the reflex.
    """
    found = findings_of(explorer, phrase)
    assert ("diminished_or_absent_patellar_reflex", True, side) in found, found
    assert not any(finding.startswith("tinel") for finding, _, _ in found), found
    assert any(f.startswith("tinel") for f, p, _ in findings_of(explorer, "doctor tapped my wrist and it zinged") if p)


@pytest.mark.parametrize(
    ("phrase", "finding", "present"),
    [
        ("knee stable, no effusion", "knee_effusion", False),
        (
            "TTP at lateral epicondyle/ECRB origin; no tenderness over the supinator",
            "lateral_epicondyle_tenderness",
            True,
        ),
        ("knee effusion, no warmth", "knee_effusion", True),
        ("Neck ROM painless", "neck_pain", False),
        ("knee joint not swollen, no crepitus", "knee_effusion", False),
        ("Lumbar flexion and extension pain-free", "low_back_pain", False),
        ("Anticoagulants: none; afebrile", "anticoagulant_therapy", False),
        ("Reflexes present and not brisk; plantars flexor", "hyperreflexia", False),
        (
            "tender exactly at the lateral epicondyle, not tender over the supinator",
            "lateral_epicondyle_tenderness",
            True,
        ),
        ("Anticoagulants: nil", "anticoagulant_therapy", False),
        ("lumbar flexion pain-free, extension painful", "low_back_pain", True),
        ("calf cramps walking uphill not on the flat", "exertional_calf_pain", True),
    ],
)
def test_a_closest_name_is_denied_only_by_its_own_clause(
    explorer: Explorer, phrase: str, finding: str, present: bool
) -> None:
    """A phrase read by its closest name is denied by the clause that names it best, and by nothing else.

    The clause opens with "no", or has a word of the name after "not" ("not swollen"), a pain said to be
    "painless" or "pain-free", or "none".
    """
    assert (finding, present) in [(f, p) for f, p, _ in findings_of(explorer, phrase)], findings_of(explorer, phrase)


@pytest.mark.parametrize(
    ("phrase", "finding", "present"),
    [
        ("Holding the wrists bent for a minute brings the tingling on", "positive_phalen_test", True),
        (
            "Pushing against the wall, the inner border of the right shoulder blade lifts off the ribs",
            "scapular_winging",
            True,
        ),
        ("Lifting the arm sideways hurts between roughly 60 and 120 degrees", "painful_arc", True),
        ("target-like rash on R thigh a month ago, resolved", "erythema_migrans", True),
        ("Both pupils look the same size and the eyelids are level", "horner_syndrome", False),
        ("CSF: protein 1.2 g/L, low glucose, atypical cells", "csf_malignant_cells", True),
        ("blood cultures: MSSA", "recent_bacterial_infection", True),
        ("vib mildly reduced at both halluces", "stocking_distribution_sensory_loss", True),
        ("saddle PP ↓ S3-S5", "saddle_anaesthesia", True),
        ("saddle LT normal", "saddle_anaesthesia", False),
        ("'can't feel the paper when I wipe'", "saddle_anaesthesia", True),
        ("straining to start stream, reduced urge to void", "urinary_retention", True),
        ("'My hands wake me up at 3 am and I have to shake them out'", "nocturnal_hand_paraesthesia", True),
        ("'I keep dropping my coffee mug'", "hand_clumsiness", True),
        ("wrist extends but drifts radially", "radial_deviation_on_wrist_extension", True),
        ("'It still burns where the rash was'", "persistent_post_zoster_pain", True),
        ("CSF: atypical lymphoid cells on cytology, protein 1.5 g/L", "csf_malignant_cells", True),
        ("'Both my feet have started to catch on the pavement'", "foot_drop", True),
        ("R calf cramp after 150 m, eases standing still 2 min", "exertional_calf_pain", True),
        ("Shoulder abduction relieves the arm pain", "shoulder_abduction_relief_sign", True),
        ("Diplopia from a R VI nerve palsy", "cranial_nerve_palsy", True),
        ("Q: any change in passing water or controlling your bowels? A: no", "faecal_incontinence", False),
        ("has not passed urine since last night", "urinary_retention", True),
        ("continent of urine, walking as usual", "urinary_incontinence", False),
        ("bladder: not continent since this morning", "urinary_incontinence", True),
        ("Caller: 'my toes keep catching on the carpet'", "foot_drop", True),
        ("'I can't push up onto my tiptoes on the right'", "difficulty_standing_on_tiptoes", True),
        ("'sex feels different down there'", "sexual_dysfunction", True),
        ("on chemotherapy for lymphoma", "immunosuppression", True),
        ("'cramp in my right calf every time I walk to the bus stop'", "exertional_calf_pain", True),
        ("Crural stretch test (Leri) positive on the left", "positive_femoral_nerve_stretch_test", True),
        ("can't undo jar lids, grip feels feeble", "weak_grip", True),
        ("ankle reflex on the left not there (school doctor checked)", "absent_ankle_reflex", True),
        ("knee jerk not present", "diminished_or_absent_patellar_reflex", True),
        ("saddle sensation absent", "saddle_anaesthesia", True),
        ("saddle sensation lost on the left", "saddle_anaesthesia", True),
        ("no saddle sensation", "saddle_anaesthesia", True),
        ("saddle sensation: none", "saddle_anaesthesia", True),
        ("saddle sensation intact", "saddle_anaesthesia", False),
        ("reflexes brisk, no clonus", "ankle_clonus", False),
        ("no clonus on the right, sustained clonus on the left", "ankle_clonus", True),
        ("fever denied, saddle anaesthesia", "saddle_anaesthesia", True),
        ("urinary retention denied", "urinary_retention", False),
        ("fever was denied, saddle anaesthesia", "saddle_anaesthesia", True),
        ("fever - denied, saddle anaesthesia", "saddle_anaesthesia", True),
        ("saddle anaesthesia previously denied now reports numbness", "saddle_anaesthesia", True),
        ("urinary retention - not reported previously", "urinary_retention", True),
        ("stopped warfarin last week", "anticoagulant_therapy", False),
        ("no fever, but saddle anaesthesia", "saddle_anaesthesia", True),
        ("no fever, new saddle anaesthesia", "saddle_anaesthesia", True),
        ("denies fever, had saddle anaesthesia", "saddle_anaesthesia", True),
        ("no fever, known breast cancer", "history_of_cancer", True),
        ("no fever. Saddle anaesthesia since this morning", "saddle_anaesthesia", True),
        ("Power 5/5 incl. EHL and ankle DF", "weak_great_toe_extension", False),
        ("No anal tone; catheterised", "reduced_anal_tone", True),
        ("today it's numb when I wipe, like sitting on nothing", "saddle_anaesthesia", True),
        ("gotta rush to pee, nearly didn't make it twice", "urinary_urgency", True),
        ("reflexes absent all 4 limbs", "generalised_areflexia", True),
        ("off apixaban for the procedure", "anticoagulant_therapy", False),
        ("apixaban for DVT plus aspirin for a coronary stent", "anticoagulant_therapy", True),
        ("warfarin, INR 2.6 in range", "anticoagulant_therapy", True),
        ("no warfarin or DOAC", "anticoagulant_therapy", False),
        ("Crohn's disease on infliximab, in remission", "immunosuppression", True),
        ("urinary retention ruled out", "urinary_retention", False),
        ("saddle anaesthesia, urinary retention denied", "saddle_anaesthesia", True),
        ("saddle anaesthesia, urinary retention denied", "urinary_retention", False),
        ("fever not reported; saddle anaesthesia present", "saddle_anaesthesia", True),
        ("denied fever, reports weight loss", "unexplained_weight_loss", True),
        ("no fever, weight loss or saddle numbness", "saddle_anaesthesia", False),
        ("saddle sensation not present", "saddle_anaesthesia", True),
        ("SLR not present", "positive_straight_leg_raise", False),
        ("upgoing toes on the left", "extensor_plantar_response", True),
        ("face symmetric, speech normal", "facial_droop", False),
        ("her mum: 'she's dragging her left foot'", "foot_drop", True),
        ("skin very tender to clothes", "dermatomal_allodynia", True),
        ("muscles in arms and thighs flicker all the time", "fasciculations", True),
        ("no saddle loss, continent of urine", "saddle_anaesthesia", False),
        ("heavy ache in left arm and across chest when he walks uphill", "exertional_chest_pain", True),
    ],
)
def test_bedside_and_laboratory_words_of_later_notes(
    explorer: Explorer, phrase: str, finding: str, present: bool
) -> None:
    """Read the words of later notes for signs and results the graph holds.

    A held wrist flexion is Phalen's test, a shoulder blade lifting off the ribs is winging, pain between 60 and 120
    degrees of abduction the painful arc, a target rash erythema migrans, equal pupils no Horner syndrome, atypical CSF
    cells positive cytology, MSSA a bacterial infection, the halluces the great toes; pinprick or light touch in the
    saddle is saddle sensation, and not feeling the paper when wiping saddle anaesthesia; straining to start the
    stream is hesitancy, read as retention; shaking the hands out at night is the flick sign.
    """
    assert (finding, present) in [(f, p) for f, p, _ in findings_of(explorer, phrase)], findings_of(explorer, phrase)


def test_a_hand_knob_infarct_implicates_the_hand_knob(explorer: Explorer) -> None:
    """Read "hand-knob infarct" on a brain MRI as the graph's infarct of the precentral hand knob."""
    observations = read(explorer, "MRI brain DWI: small L precentral gyrus hand-knob infarct")
    assert any("precentral_hand_knob" in local(o.implicates) for o in observations), [
        o.describe(explorer.G) for o in observations
    ]


def test_intramedullary_signal_on_a_cervical_line_implicates_the_cord(explorer: Explorer) -> None:
    """Read signal change within the cord ("intramedullary") on a cervical MRI line as the cord's, not unread."""
    observations = read(explorer, "MRI: multilevel cervical canal stenosis C4-C6 with intramedullary signal change")
    assert any("cervical_spinal_cord" in local(o.implicates) for o in observations), [
        o.describe(explorer.G) for o in observations
    ]


@pytest.mark.parametrize(
    ("phrase", "finding", "present"),
    [
        ("SLR \u2212, slump \u2212", "positive_slump_test", False),
        ("Spurling -", "positive_spurling_sign", False),
        ("FABER +, Gaenslen \u2212", "positive_faber_test", True),
        ("Tinel + R, Phalen - R", "positive_phalen_test", False),
        ("BJ + R, 2+ L", "diminished_or_absent_biceps_reflex", True),
        ("KJ R + L +", "diminished_or_absent_patellar_reflex", True),
        ("Romberg -", "positive_romberg_sign", False),
        ("Spurling - and Lhermitte -", "positive_spurling_sign", False),
        ("Foot drop - R", "foot_drop", True),
        ("Power: EHL 4/5 - R", "weak_great_toe_extension", True),
    ],
)
def test_a_sign_written_alone_after_a_test_is_its_result(
    explorer: Explorer, phrase: str, finding: str, present: bool
) -> None:
    """Read "+" or "-" alone after a test's name as positive or negative ("SLR -" had read as a positive SLR).

    Only after a test the graph names ("positive Romberg sign" names Romberg's): after a reflex the sign stays its
    grade ("BJ +", "KJ R + L +" are reduced jerks), and a dash used as a separator ("Foot drop - R", "EHL 4/5 - R")
    leaves the finding present.
    """
    assert (finding, present) in [(f, p) for f, p, _ in findings_of(explorer, phrase)], findings_of(explorer, phrase)
    if phrase.startswith("Tinel"):
        assert all(p for f, p, _ in findings_of(explorer, phrase) if f.startswith("tinel"))


def test_a_course_not_regressing_is_no_denial_and_sacral_numbness_is_saddle_anaesthesia(explorer: Explorer) -> None:
    """Sealed 27 after its run: "block not regressing: legs 0/5" read as denied, "sacral numbness" not at all.

    A course that is not regressing, resolving or improving says the deficit persists (NegEx pseudo-negations), and
    the sacral dermatomes (S2-S5) are the saddle's skin. Both misreadings together left a post-partum epidural
    haematoma's cauda equina and conus unflagged.
    """
    legs = explorer.localizer.read(["block not regressing: legs 0/5 bilat"]).observations
    assert [(o.kind, o.present) for o in legs] == [("weakness", True)]
    for phrase, present in (("sacral numbness", True), ("no sacral numbness", False)):
        (saddle,) = explorer.localizer.read([phrase]).observations
        assert saddle.findings == (f"{BASE}saddle_anaesthesia",) and saddle.present is present


@pytest.mark.parametrize(
    ("phrase", "finding", "present"),
    [
        ("'it burns and stings, clothes touching it is agony'", "dermatomal_allodynia", True),
        ("clustered blisters from the left groin down the front of the upper thigh", "dermatomal_vesicular_rash", True),
        ("Electric shock down the spine and into both hands on bending the neck", "lhermitte_sign", True),
        ("'can't feel myself when I wipe'", "saddle_anaesthesia", True),
        ("'no water problems'", "urinary_retention", False),
    ],
)
def test_lay_words_of_sealed_27_after_its_run(explorer: Explorer, phrase: str, finding: str, present: bool) -> None:
    """Sealed 27's lay and pharmacist lines, read after its one run: each is the graph's finding it describes."""
    (observation,) = explorer.localizer.read([phrase]).observations
    assert observation.findings == (f"{BASE}{finding}",) and observation.present is present


@pytest.mark.parametrize(
    ("phrase", "finding"),
    [
        ("hollow between thumb and first finger on the back of the hand", "first_dorsal_interosseous_wasting"),
        ("on camera: hollow between the L thumb and index metacarpals", "first_dorsal_interosseous_wasting"),
        ("can't make OK sign - no flexion thumb IP or index DIP", "weak_index_finger_distal_flexion"),
        ("Asked to make an 'OK' circle with thumb and index, the fingertips flatten into a triangle",
         "weak_index_finger_distal_flexion"),
        ("unable to make an OK sign", "weak_index_finger_distal_flexion"),
        ("can't make an OK sign", "weak_index_finger_distal_flexion"),
    ],
)  # fmt: skip
def test_a_hollow_first_web_and_a_failed_ok_sign_are_read(explorer: Explorer, phrase: str, finding: str) -> None:
    """A hollow between thumb and index is the first dorsal interosseous wasted; a failed "OK" sign the AIN's sign.

    Left as known: "she makes a triangle: the tips will not flex" reads "will not" as NegEx's negation, so the
    rewrite of "makes a triangle" was not kept (it turned one anterior interosseous case the wrong way).
    """
    (observation,) = explorer.localizer.read([phrase]).observations
    assert observation.findings == (f"{BASE}{finding}",) and observation.present


@pytest.mark.parametrize(
    ("phrase", "finding"),
    [
        ("on questioning: tip of penis feels numb since yesterday", "saddle_anaesthesia"),
        ("couldn't get an erection this morning", "sexual_dysfunction"),
        ("found he had wet himself without knowing", "urinary_incontinence"),
    ],
)
def test_sacral_root_symptoms_in_a_caller_s_words(explorer: Explorer, phrase: str, finding: str) -> None:
    """Sealed 28 after its run: a caller's cauda equina symptoms (genital numbness, erection, unnoticed wetting)."""
    (observation,) = explorer.localizer.read([phrase]).observations
    assert observation.findings == (f"{BASE}{finding}",) and observation.present


@pytest.mark.parametrize(
    ("phrase", "words"),
    [
        ("M R I thoracic cord T2 signal T seven to nine no compression", "mri thoracic cord t2 signal t7 to t9"),
        ("E M G paraspinal muscles normal", "emg paraspinal"),
        ("M R I C four five right foraminal narrowing", "mri c4-c5 right foraminal"),
    ],
)
def test_dictated_study_letters_and_level_runs_are_read(explorer: Explorer, phrase: str, words: str) -> None:
    """Join "M R I" and read "C four five" as C4-C5 (stop 33): the lone R of a dictated MRI had read as "right"."""
    rewritten, _how = explorer.localizer.reader.rewrite(" ".join(phrase.split()))
    assert " ".join(rewritten).startswith(words)


@pytest.mark.parametrize(
    ("phrase", "present"),
    [
        ("MRI thoracic cord: T2 signal T7 to T9, no compression", True),
        ("MRI: cord signal change C4-C6, no compression", True),  # read as a normal scan before stop 33
        ("MRI: normal cord signal, no compression", False),
        ("MRI whole spine: T2 signal of the conus normal", False),  # the review of stop 33: a normal word after it
        ("MRI: T2 signal change in the conus at T12-L1, no compression", True),  # the second review: the conus
        (
            "MRI: cord T2 signal change C4-C6, no compression, vertebral bodies normal",
            True,
        ),  # the normal word's own clause
        ("MRI: Modic 1 endplate T2 signal change L4-L5, no compression", False),  # bone, not the cord
        ("MRI C-spine: cord normal, T2 signal change in C5/6 disc", False),  # the third review: the cord in its clause
        ("MRI: conus normal, T2 signal change at T11", False),
    ],
)
def test_a_cords_changed_signal_is_an_abnormal_scan(explorer: Explorer, phrase: str, present: bool) -> None:
    """Read "T2 signal" or "signal change" in the cord as a lesion though compression is denied (stop 33)."""
    [observation] = explorer.localizer.read([phrase]).observations
    assert observation.kind == "imaging" and observation.present is present


@pytest.mark.parametrize(
    ("phrase", "finding", "present"),
    [
        ("PSR \u2205 li., ASR normal", "diminished_or_absent_patellar_reflex", True),
        ("BSR \u2205, TSR normal", "diminished_or_absent_biceps_reflex", True),
        ("ASR \u2205 bilat.", "bilateral_absent_ankle_reflexes", True),
        ("Fem stretch +ve R", "positive_femoral_nerve_stretch_test", True),
    ],
)
def test_reflex_and_test_abbreviations_of_letters_from_abroad(
    explorer: Explorer, phrase: str, finding: str, present: bool
) -> None:
    """Read German reflex abbreviations (PSR, ASR, RPR), "\u2205" for absent and "fem stretch" (stop 33)."""
    observations = explorer.localizer.read([phrase]).observations
    assert any(o.present is present and finding in {f.rsplit("/", 1)[-1] for f in o.findings} for o in observations)


@pytest.mark.parametrize(
    ("phrase", "present"),
    [
        ("right leg numb all right", True),
        ("the sciatic is better", False),
        ("Exercises: glute bridge, bird dog", False),
    ],
)
def test_idioms_the_reader_leaves_alone(explorer: Explorer, phrase: str, present: bool) -> None:
    """An emphatic "numb all right" stays numb; a resolved "sciatic" and an exercise list are no deficit (stop 33).

    The second review of stop 33 found "all right" read as normal after a deficit, "the sciatic is better" read as
    leg pain and "glute bridge" in an exercise list read as weak hip extension; those rows were taken out.
    """
    observations = read(explorer, phrase)
    assert any(o.present for o in observations) is present, [o.describe(explorer.G) for o in observations]


@pytest.mark.parametrize(
    "phrase",
    [
        "RPR negative",
        "RPR reactive, treponemal antibodies positive",
    ],
)
def test_a_syphilis_test_is_no_reflex(explorer: Explorer, phrase: str) -> None:
    """Read "RPR" as no reflex: it is the syphilis test (the review of stop 33)."""
    observations = read(explorer, phrase)
    assert not any(o.present and o.kind == "imaging" for o in observations)
    assert not any("reflex" in f for o in observations for f in o.findings)
    assert not any(kind == "reflex" for o in observations for kind, _ in o.anatomy)


def test_a_side_word_from_abroad_is_not_read_alone(explorer: Explorer) -> None:
    """Put no side on "PSR re. \u2205, li. normal": read with "li." as left, the right side's loss went to the left."""
    observations = read(explorer, "PSR re. \u2205, li. normal")
    assert not any(o.present and o.side == "left" for o in observations)


@pytest.mark.parametrize("phrase", ["response to pain absent", "withdrawal to pain absent"])
def test_a_response_to_pain_is_no_pain_denied(explorer: Explorer, phrase: str) -> None:
    """Read no global "no pain anywhere" from an absent response to pain (the third review of stop 33)."""
    assert not any(o.kind == "global" for o in read(explorer, phrase))


@pytest.mark.parametrize(
    ("phrase", "side"),
    [
        ("calf raises: 12 on the left, 2 on the right", "right"),  # sealed 55's two lines, unread on its run
        ("right calf raises 4 vs left 15", "right"),
        ("heel raises 25 R / 10 L", "left"),
    ],
)
def test_both_sides_heel_raise_counts_name_the_side_with_fewer(explorer: Explorer, phrase: str, side: str) -> None:
    """Read counts at least 7 apart (beyond the test's ±6.2 limits of agreement) as fewer heel raises on that side."""
    assert findings_of(explorer, phrase) == [("weak_single_leg_heel_raise", True, side)]


@pytest.mark.parametrize(
    "phrase",
    [
        "single-leg heel raises R 20, L 18",  # within the limits of agreement
        "R 35, L 28 calf raises",  # a strong calf's: 80 % of the other
        "calf raise 10 reps",  # one side's count alone
        "raises 3 on the left, 20 on the right",  # no heel or calf named
        # the reviews of stop 37: a denial before, other numbers after, pain limiting, digits that are not counts
        "no difference in calf raises: 20 R, 12 L",
        "calf raises fine; SLR R 80, L 30",
        "heel raises symmetrical. Grip R 40 kg, L 20 kg",
        "calf raises 25 on the left, 10 on the right, limited by Achilles pain",
        "heel raises R 10², L 2",
    ],
)
def test_close_counts_one_count_or_no_test_named_say_nothing(explorer: Explorer, phrase: str) -> None:
    """Guard: only a clause of both sides' counts, clearly apart and not limited by pain, is read."""
    assert "weak_single_leg_heel_raise" not in {f for f, _, _ in findings_of(explorer, phrase)}


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("calf raises 12 L, 2 R; L ankle jerk absent", ("diminished_or_absent_ankle_reflex", True, "left")),
        ("heel raises R 8 vs L 22, R ankle jerk absent", ("diminished_or_absent_ankle_reflex", True, "right")),
        ("heel raises: R 0, L 5", ("weak_single_leg_heel_raise", True, "right")),  # none is "cannot do a single one"
        ("calf raises 20 R 5 L", ("weak_single_leg_heel_raise", True, "left")),
    ],
)
def test_heel_raise_counts_leave_the_rest_of_the_line_read(
    explorer: Explorer, phrase: str, expected: tuple[str, bool, str]
) -> None:
    """The counts' reading takes only their clause's place: the line's other findings are still read (the reviews)."""
    assert expected in findings_of(explorer, phrase)


@pytest.mark.parametrize(
    ("phrase", "finding"),
    [
        ("food poisoning 10 days ago", "antecedent_infection"),
        ("'had the runs last week'", "antecedent_infection"),
        ("Crusting band of vesicles L medial arm and axilla", "dermatomal_vesicular_rash"),
        ("'my face feels stiff and I can't smile properly'", "facial_weakness"),
        ("thin muscles between thumb and first finger, L", "first_dorsal_interosseous_wasting"),
        ("front-of-elbow reflex weaker on right", "diminished_or_absent_biceps_reflex"),
        ("jumps when I tap the middle of his back", "spinal_tenderness"),
        ("I can't lift my hand up at the wrist", "wrist_drop"),
        ("feet cold and pale, couldn't find foot pulses", "absent_foot_pulses"),
        ("dorsalis pedis and posterior tibial pulses not palpable bilaterally", "absent_foot_pulses"),
        ("'I haven't been able to wee properly since yesterday'", "urinary_retention"),
        ("'my back is agony and I need a wee but nothing comes'", "urinary_retention"),
        ("sways and nearly falls when he shuts his eyes standing", "positive_romberg_sign"),
        ("'I can't feel my socks'", "stocking_distribution_sensory_loss"),
        ("can't hold paper between fingers", "finger_adduction"),  # a weakness of the movement (its anatomy)
        ("'I lean on the shopping trolley and it goes'", "leg_pain_relieved_by_sitting_or_flexion"),
        ("'I can't get up onto demi-pointe on my left any more'", "difficulty_standing_on_tiptoes"),
        ("single-leg relevé: 3 reps L vs 20 R", "weak_single_leg_heel_raise"),
    ],
)
def test_sealed_58_and_59_lines_name_the_graphs_signs(explorer: Explorer, phrase: str, finding: str) -> None:
    """Read lines sealed 58 and 59 left unread on their runs as the graph's signs (rows written after, stop 37)."""
    observations = [o for o in read(explorer, phrase) if o.present]
    named = {f for o in observations for f in local(list(o.findings))}
    assert finding in named | {node.rsplit("/", 1)[-1] for o in observations for _, node in o.anatomy}


@pytest.mark.parametrize(
    ("phrase", "finding"),
    [
        ("small blisters appearing in the band", "dermatomal_vesicular_rash"),
        ("Right ptosis with a small right pupil", "horner_syndrome"),
        ("CSF: lymphocytes 180, protein 1.2 g/L", "csf_lymphocytic_pleocytosis"),
        ("paraesth R middle finger", "middle_finger_numbness"),
        ("paraesth R thumb + index", "thumb_numbness"),
        ("All tendon reflexes are absent in arms and legs", "generalised_areflexia"),  # sealed 15's J15-014
        ("reflexes absent in all limbs", "generalised_areflexia"),
    ],
)
def test_sealed_64_and_65_lines_name_the_graphs_signs(explorer: Explorer, phrase: str, finding: str) -> None:
    """Read lines sealed 64 and 65 left unread on their runs as the graph's signs (rows written after, stop 38)."""
    observations = [o for o in read(explorer, phrase) if o.present]
    assert finding in {f for o in observations for f in local(list(o.findings))}


def test_stop_38_rows_do_not_read_what_their_words_do_not_say(explorer: Explorer) -> None:
    """Blisters not in a band, a count too small for pleocytosis, a ptosis without a pupil named: not these signs."""
    assert not [o for o in read(explorer, "small blisters on the heel from new boots") if o.findings]
    normal_count = read(explorer, "CSF: lymphocytes 3, WCC 3")  # the count rule says nothing (a closest name may)
    assert not [o for o in normal_count if any("raised CSF cell count" in step for step in o.how)]
    legs = {f for o in read(explorer, "reflexes absent in both legs") for f in local(list(o.findings))}
    assert "generalised_areflexia" not in legs  # the legs alone are not every limb
    assert "horner_syndrome" not in {
        f for o in read(explorer, "right ptosis after cataract surgery") for f in local(list(o.findings))
    }
