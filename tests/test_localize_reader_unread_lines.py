"""Stop 41's readings of lines sealed 76-81 left unread, each naming a sign the graph already holds.

A big toe that goes up when the sole is scratched is the extensor plantar response; numbness below a landmark of the
trunk, or pinprick reduced "from T5 downwards", is a sensory level; blisters on a red base, a rash in a single strip or
one that stops at the midline is the dermatomal (shingles) rash; an antalgic limp is the antalgic gait; a weak tiptoe
is difficulty standing on tiptoes; "straight-leg raise negative" is the test said negative. Their counter-examples
stay as they were read: a path of pain from a lumbar level, a lift the patient cannot do, a rash with no band.
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
        ("Rash does not cross midline", "dermatomal_vesicular_rash", True, ""),
        ("rash in a single strip shoulder tip -> outer arm", "dermatomal_vesicular_rash", True, ""),
        ("Today: vesicles in cluster L lateral foot + posterior calf", "dermatomal_vesicular_rash", True, "left"),
        ("'It wraps round under my ribs like a belt'", "thoracic_radicular_pain", True, ""),
        ("antalgic limp", "antalgic_gait", True, ""),
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
        ("pain from L5 down the leg", "sensory_level"),  # a path of pain, not a level: only thoracic levels are read
        ("unable to straight-leg raise; knee extension 2/5 on the right", "positive_straight_leg_raise"),
        ("no rash", "sensory_level"),
        ("itchy rash on both forearms", "dermatomal_vesicular_rash"),
    ],
)
def test_the_counter_examples_stay_as_they_were(explorer: Explorer, phrase: str, not_read_as: str) -> None:
    assert not_read_as not in _read(explorer, phrase), phrase


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


def test_a_volume_after_other_words_is_no_residual(explorer: Explorer) -> None:
    assert "urinary_retention" not in _read(explorer, "bladder scan after lunch 700 mL")


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
    ],
)
def test_a_region_a_study_records_from_is_no_bedside_normal(explorer: Explorer, phrase: str, kinds: list[str]) -> None:
    """Stop 41: a normal ulnar SNAP "to the little finger" was read as the little finger's sensation normal too."""
    assert [o.kind for o in read(explorer, phrase)] == kinds
