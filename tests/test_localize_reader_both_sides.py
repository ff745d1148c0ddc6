"""Stop 40's readings of a Guillain-Barré note: legs and feet in the plural are both sides, jelly legs are weak.

Writers' notes of Guillain-Barré syndrome say "3 days tingling feet + hands, now legs weak", "no reflexes at knees or
ankles", "my legs feel like jelly": no side word, so each deficit was read as of one unknown side, and the
polyradiculopathy (a lesion of both sides) met it no better than a lumbar stenosis did; twelve development cases
missed its red flag. Hands are left alone (a carpal tunnel syndrome in both hands is one-sided lesions twice, which
the graph cannot pair), and so are heels, toes and fingers. A volume in litres after a word of volume is no left side.
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


def _sides(explorer: Explorer, phrase: str) -> dict[str, str]:
    """Return each observation's side by what it names (its findings, else its anatomy)."""
    found = {}
    for o in read(explorer, phrase):
        for name in [*local(list(o.findings)), *(node.rsplit("/", 1)[-1] for _, node in o.anatomy)]:
            found[name] = o.side
    return found


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("no reflexes at knees or ankles", "patellar_reflex"),
        ("numb feet", "foot"),
        ("29yo F, gastro 2 wks ago; 3 days tingling feet + hands, now legs weak", "leg"),
        ("the doctor said his knee and ankle reflexes have gone, and his legs are weak", "leg"),
    ],
)
def test_legs_and_feet_in_the_plural_are_both_sides(explorer: Explorer, phrase: str, name: str) -> None:
    assert _sides(explorer, phrase).get(name) == "bilateral", _sides(explorer, phrase)


@pytest.mark.parametrize(
    ("phrase", "name", "side"),
    [
        ("my hands go numb at night", "nocturnal_hand_paraesthesia", ""),  # often both carpal tunnels: no side
        ("foot numb, legs fine otherwise", "foot", ""),  # the plural is in another clause
        ("R foot numb; legs strong", "foot", "right"),  # a side named wins
        ("can't walk on my heels", "difficulty_walking_on_heels", ""),
    ],
)
def test_a_plural_elsewhere_or_of_the_hands_is_no_side(explorer: Explorer, phrase: str, name: str, side: str) -> None:
    assert _sides(explorer, phrase).get(name) == side, _sides(explorer, phrase)


@pytest.mark.parametrize(
    "phrase", ["my legs feel like jelly", "'my legs have turned to jelly since yesterday'", "legs like jelly on stairs"]
)
def test_jelly_legs_are_weak_legs(explorer: Explorer, phrase: str) -> None:
    kinds = {(o.kind, o.side) for o in read(explorer, phrase) if o.present}
    assert ("weakness", "bilateral") in kinds, kinds


def test_a_volume_in_litres_is_a_residual_and_no_side(explorer: Explorer) -> None:
    observations = read(explorer, "perineum numb, unable to void, catheter drained 1.2 L")
    retention = [o for o in observations if "urinary_retention" in local(list(o.findings))]
    assert retention and all(o.present and o.side == "" for o in retention)
    assert all(o.side != "left" for o in observations)
    assert any(o.side == "left" for o in read(explorer, "KJ 2 L"))  # a grade and a side stay so


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("foot drop after squatting on his heels and knees for hours", "foot_drop"),
        ("numb lateral thigh worse when crossing legs", "lateral_thigh_numbness"),
        ("painful knees", "knee_pain"),
    ],
)
def test_a_plural_of_posture_or_pain_names_no_side(explorer: Explorer, phrase: str, name: str) -> None:
    assert _sides(explorer, phrase).get(name) == "", _sides(explorer, phrase)


def test_a_note_naming_a_side_reads_its_plurals_as_the_patients_words(explorer: Explorer) -> None:
    """The clinical review of stop 40: "right sciatica", then "legs", had put an L5 picture at the cauda equina."""
    note = ["right sciatica for 3 weeks", "legs numb on walking", "weak big toe extension"]
    assert all(o.side != "bilateral" for o in explorer.localizer.read(note).observations)
    answer = explorer.localize(note)
    assert answer["sites"][0]["id"] == "radix:L5_root"
    assert "radix:cauda_equina_syndrome" not in {flag["id"] for flag in answer["red_flags"]}
    both = explorer.localizer.read(["numb feet", "no reflexes at knees or ankles"]).observations
    assert all(o.side == "bilateral" for o in both)


def test_a_nerve_study_value_keeps_its_side(explorer: Explorer) -> None:
    assert any(o.side == "left" for o in read(explorer, "retention of urine; sural SNAP 2.1 L"))
    assert any(o.side == "left" for o in read(explorer, "urinary retention, EHL 3.5 L"))
