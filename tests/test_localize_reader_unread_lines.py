"""Stop 41's readings of lines sealed 76-82 left unread, each naming a sign the graph already holds.

A big toe that goes up when the sole is scratched is the extensor plantar response; numbness below a landmark of the
trunk, or pinprick reduced "from T5 downwards", is a sensory level; blisters on a red base in a band, or a rash in a
single strip, is the dermatomal (shingles) rash; an antalgic limp is the antalgic gait; a weak tiptoe
is difficulty standing on tiptoes; "straight-leg raise negative" is the test said negative. Their counter-examples
are not read so (the two reviews of stop 41): a normal or denied clause, a path of pain, an operation's extent, a lift
the patient cannot do, a cold sore, a belt's rash, a count of voids before a volume. Stop 42 added the head tipped
back, or turned and tilted, in other tenses (the Spurling position in a patient's words).
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


def _read(explorer: Explorer, phrase: str) -> dict[str, tuple[bool, str]]:
    """Return each finding read, with whether it is present and its side."""
    return {f: (o.present, o.side) for o in read(explorer, phrase) for f in local(list(o.findings))}


@pytest.mark.parametrize(
    ("phrase", "finding", "present", "side"),
    [
        ("nurse: L big toe goes up when sole scratched", "extensor_plantar_response", True, "left"),
        ("toes go up when the sole is stroked on the right", "extensor_plantar_response", True, "right"),
        ("numb below the rib margin front and back", "sensory_level", True, ""),
        ("numbness below the nipples", "sensory_level", True, ""),
        ("PP ↓ from ~T5 downwards", "sensory_level", True, ""),
        ("PP reduced from T10 down", "sensory_level", True, ""),
        ("Today: clusters of blisters on red base in a R band from spine to front", "dermatomal_vesicular_rash", True,
         "right"),
        ("rash in a single strip shoulder tip -> outer arm", "dermatomal_vesicular_rash", True, ""),
        ("'It wraps round under my ribs like a belt'", "thoracic_radicular_pain", True, ""),
        ("burning pain in a band round the right side of my belly, worse at night", "thoracic_radicular_pain", True,
         "right"),  # sealed 91's W91-083, stop 42
        ("antalgic limp", "antalgic_gait", True, ""),
        ("Says the GP tapped his heel cord last month and 'nothing happened' on the left", "absent_ankle_reflex", True,
         "left"),  # read as a Tinel sign, and "nothing" as denying it, until stop 41
        ("GP tapped below his kneecap and nothing happened on the left", "diminished_or_absent_patellar_reflex", True,
         "left"),
        ("Straight-leg raising negative bilaterally", "positive_straight_leg_raise", False, "bilateral"),
        ("Walks on a wider base and is unsteady on ballast", "wide_based_gait", True, ""),
        ("I catch my toes on the carpet", "foot_drop", True, ""),
        ("R partial ptosis with smaller R pupil", "horner_syndrome", True, "right"),
        ("Mild L ptosis + smaller L pupil in dim light", "horner_syndrome", True, "left"),
        ("weak tiptoe bilat", "difficulty_standing_on_tiptoes", True, "bilateral"),
        ("Straight-leg raise negative on both sides", "positive_straight_leg_raise", False, "bilateral"),
        ("negative straight-leg raise on the left", "positive_straight_leg_raise", False, "left"),
    ],
)  # fmt: skip
def test_a_line_left_unread_names_the_graphs_sign(
    explorer: Explorer, phrase: str, finding: str, present: bool, side: str
) -> None:
    assert _read(explorer, phrase).get(finding) == (present, side), phrase


@pytest.mark.parametrize(
    ("phrase", "not_read_as"),
    [
        # the reviews of stop 41: a level only in a clause of sensory loss, not a normal one, a path of pain, a rash,
        # an operation's or a scan's extent
        ("sensation normal from T5 down", "sensory_level"),
        ("no sensory loss from T6 down", "sensory_level"),
        ("no sensory loss below T6", "sensory_level"),
        ("pain from T12 down to the groin", "sensory_level"),
        ("rash from T4 down to T6 on the left", "sensory_level"),
        ("fusion from T10 down to the pelvis", "sensory_level"),
        ("MRI from T5 downwards normal", "sensory_level"),
        ("reduced pinprick from L1 down", "sensory_level"),  # no level of the trunk
        ("unable to straight-leg raise; knee extension 2/5 on the right", "positive_straight_leg_raise"),
        # blisters on a red base with no band are a cold sore's or impetigo's too; a rash in a band a belt's
        ("blisters on a red base on the lip", "dermatomal_vesicular_rash"),
        ("itchy rash in a band on the forearm", "dermatomal_vesicular_rash"),
        ("rash in a band around the waist from his new belt", "dermatomal_vesicular_rash"),
        ("big toe goes up when the sole is tickled", "extensor_plantar_response"),  # a withdrawal, maybe
        # the late review of stop 41: "nothing happened" only after a tap; a kick only as if felt; Horner's only with
        # the smaller pupil on the ptosis's side; reduced sensation below a landmark in a band is no level
        ("foot drop, tried physio, nothing happened", "tinel_sign_at_elbow"),
        ("I kicked the back of my heel on the step", "feeling_of_being_kicked_in_the_calf"),
        ("left ptosis with a smaller right pupil", "horner_syndrome"),
        ("reduced sensation below the nipple line on the right in a band", "sensory_level"),
    ],
)
def test_the_counter_examples_are_not_read_so(explorer: Explorer, phrase: str, not_read_as: str) -> None:
    assert _read(explorer, phrase).get(not_read_as, (False, ""))[0] is False, phrase


def test_a_rash_said_absent_is_still_no_rash(explorer: Explorer) -> None:
    assert _read(explorer, "no rash")["dermatomal_vesicular_rash"][0] is False


@pytest.mark.parametrize(
    ("phrase", "present"),
    [
        ("Tummy swollen low down; bladder scan after pad change 700 mL", True),  # sealed 82's cauda equina syndrome
        ("PVR post void 450 mL", True),
        ("bladder scan after voiding 80 mL", False),
    ],
)
def test_a_residual_after_voiding_is_read_by_its_volume(explorer: Explorer, phrase: str, present: bool) -> None:
    assert _read(explorer, phrase)["urinary_retention"] == (present, "")


@pytest.mark.parametrize(
    "phrase", ["bladder scan after lunch 700 mL", "PVR after 2 voids 700 mL", "pvr after 3 hours 600 mL"]
)
def test_a_volume_after_other_words_or_a_count_is_no_residual(explorer: Explorer, phrase: str) -> None:
    """A count after "after" is no volume: "2 voids" read as 2 mL was false reassurance (the reviews of stop 41)."""
    assert "urinary_retention" not in _read(explorer, phrase)


def test_wetting_through_pads_is_incontinence(explorer: Explorer) -> None:
    line = "carer: 'he's been wetting through his pads since Tuesday and he never used to'"
    assert _read(explorer, line)["urinary_incontinence"] == (True, "")


@pytest.mark.parametrize(
    ("phrase", "kinds"),
    [
        ("ulnar sensory nerve action potential to the little finger normal", ["electrodiagnostic"]),
        ("ulnar SNAP to the little finger normal", ["electrodiagnostic"]),
        ("little finger normal", ["weakness", "sensory"]),  # the bedside: nothing wrong there
        ("MRI normal, arms normal", ["imaging", "weakness", "sensory"]),  # the study's clause only
        ("hands normal and MRI pending", ["imaging", "weakness", "sensory"]),  # a study after the region
    ],
)
def test_a_region_a_study_records_from_is_no_bedside_normal(explorer: Explorer, phrase: str, kinds: list[str]) -> None:
    """Stop 41: a normal ulnar SNAP "to the little finger" was read as the little finger's sensation normal too."""
    assert [o.kind for o in read(explorer, phrase)] == kinds


def test_the_little_toe_side_of_the_foot_is_its_lateral_edge(explorer: Explorer) -> None:
    line = "Gym induction form Q7 (pain travelling down a leg?): YES - left, back of leg into little-toe side of foot"
    read_as = _read(explorer, line)
    assert "burning_feet" not in read_as  # sealed 84's S1 pain, read as burning feet until stop 41
    assert any(present and side == "left" for present, side in read_as.values())
    assert {o.kind for o in read(explorer, line)} == {"finding"}


def test_nothing_happening_after_treatment_denies_nothing(explorer: Explorer) -> None:
    assert _read(explorer, "foot drop, tried physio, nothing happened")["foot_drop"] == (True, "")


@pytest.mark.parametrize(
    ("phrase", "activity"),
    [
        ("Pain shoots down the arm when he tips his head back and to the right", "neck_extension"),
        ("pain shoots down arm when head turned and tilted to R", "neck_rotation_to_affected_side"),
    ],
)
def test_the_head_tipped_back_or_turned_and_tilted_provokes_the_arm_pain(
    explorer: Explorer, phrase: str, activity: str
) -> None:
    """Read the Spurling position in a patient's words (sealed 89's U89-024, unread until stop 42)."""
    assert any(
        o.kind == "modifier"
        and o.modifier == "aggravated"
        and ("activity", f"https://w3id.org/radix/{activity}") in o.anatomy
        for o in read(explorer, phrase)
    )


@pytest.mark.parametrize(
    ("phrase", "present", "side"),
    [
        ("numb from about umbilicus down; plantars up", True, ""),  # read as a normal plantar until stop 42
        ("plantars down bilat", False, "bilateral"),
    ],
)
def test_plantars_up_or_down_say_which_way_the_toe_went(
    explorer: Explorer, phrase: str, present: bool, side: str
) -> None:
    assert _read(explorer, phrase)["extensor_plantar_response"] == (present, side)


@pytest.mark.parametrize(
    ("phrase", "level"),
    [
        ("numb from about umbilicus down", True),  # sealed 88's T88-091, stop 42
        ("pinprick reduced from the nipples downwards", True),
        ("sensation normal from the umbilicus down", False),  # a normal clause: no level
        ("pain from the umbilicus down to the groin", False),  # a path of pain: no level
    ],
)
def test_a_loss_from_a_trunk_landmark_down_is_a_sensory_level(explorer: Explorer, phrase: str, level: bool) -> None:
    assert _read(explorer, phrase).get("sensory_level", (False, ""))[0] is level


@pytest.mark.parametrize(
    ("phrase", "finding", "present"),
    [
        ("bladder USS (station POCUS): 950 mL, no urge", "urinary_retention", True),  # sealed 89, stop 42
        ("bladder: retained 400 mL on POCUS", "urinary_retention", True),
        ("POCUS bladder 150 mL", "urinary_retention", False),
        ("couldn't feel the loo roll when wiping", "saddle_anaesthesia", True),  # sealed 88's T88-009
    ],
)
def test_a_bladder_ultrasound_volume_and_the_unfelt_loo_roll(
    explorer: Explorer, phrase: str, finding: str, present: bool
) -> None:
    assert _read(explorer, phrase)[finding][0] is present


@pytest.mark.parametrize(
    "phrase",
    [
        "PVR: 2 voids, 600 mL",  # a count of voids after a colon is no volume (false reassurance)
        "bladder USS: 1 litre",
        "bladder USS 600 mL pre-void, 40 mL post-void",  # a full bladder before voiding is no retention
        "retained 2 stones",
        "bladder ultrasound: 2 diverticula",
    ],
)
def test_the_late_reviews_residuals_that_are_no_residuals(explorer: Explorer, phrase: str) -> None:
    """Read no residual from a count, a unitless number after a mark or a pre-void volume (the late review, stop 42)."""
    assert "urinary_retention" not in _read(explorer, phrase)


def test_a_one_sided_band_round_the_trunk_keeps_both_legs(explorer: Explorer) -> None:
    """Keep "weak legs" two-sided beside a band of pain round one side of the trunk (a thoracic cord picture)."""
    answer = explorer.localize(["pain in a band round the right side of my belly", "weak legs"])
    legs = next(o for o in answer["observations"] if o["phrase"] == "weak legs")
    assert legs["side"] == "bilateral"
    assert "radix:thoracic_myelopathy" in {flag["id"] for flag in answer["red_flags"]}


@pytest.mark.parametrize(
    "phrase",
    ["numb from the umbilicus down after the abdominoplasty", "numb from the umbilicus down to the groin"],
)
def test_an_operations_numb_skin_or_a_bounded_band_is_no_level(explorer: Explorer, phrase: str) -> None:
    assert "sensory_level" not in _read(explorer, phrase)


@pytest.mark.parametrize(
    "phrase",
    ["no saddle anaesthesia, PVR 800 mL", "denies incontinence, PVR 600 mL", "no saddle numbness, bladder scan 900 mL"],
)
def test_a_negation_before_a_comma_does_not_deny_a_later_residual(explorer: Explorer, phrase: str) -> None:
    """Read the retention of a large residual after a denied symptom (the late review of stop 42: read as normal)."""
    assert _read(explorer, phrase)["urinary_retention"][0] is True
