"""A list of examined kinds headed by a limb, and the toilet seat that eases a pudendal pain (stop 53's reader mends).

"Leg power, reflexes and sensation normal" had been read as the leg's power normal and *no reflex or sensory change
anywhere* (a comma ends a clause, and the reflexes and sensation stood in clauses naming no place), which counted
against every lesion with a sensory sign elsewhere: a pudendal neuralgia's perineum, an arm's numb fingers
(``list_head.py``). "Eased sitting on a toilet seat" had been read as relief by sitting, against the sitting that
worsens a pudendal neuralgia (``lay_activities.py``). These tests hold both readings and what they change.
"""

from __future__ import annotations

import pytest

from graph.explore.explorer import Explorer
from graph.namespaces import BASE


def _read(explorer: Explorer, line: str) -> list[tuple[bool, str, str, tuple[str, ...]]]:
    """Return each observation of a line as (present, kind, modifier, anatomy's local names)."""
    reading = explorer.localizer.read([line])
    assert not reading.unresolved, f"{line!r} was not read"
    return [
        (o.present, o.kind, o.modifier, tuple(node.removeprefix(BASE) for _, node in o.anatomy))
        for o in reading.observations
    ]


@pytest.mark.parametrize(
    ("line", "place"),
    [("Leg power, reflexes and sensation normal", "leg"), ("Legs: tone, power, reflexes, sensation normal", "leg"),
     ("Upper limb tone, power, reflexes and sensation normal", "upper_limb")],
)  # fmt: skip
def test_a_list_of_kinds_headed_by_a_limb_is_that_limbs(explorer: Explorer, line: str, place: str) -> None:
    read = _read(explorer, line)
    assert {(False, kind, "", (place,)) for kind in ("weakness", "reflex", "sensory")} <= set(read)
    assert not [kind for _, kind, _, _ in read if kind == "global"], "no kind of the list is denied everywhere"
    assert len(read) == len(set(read)), "a kind the list names twice (tone and power) is denied once"


def test_a_list_broken_by_a_semicolon_keeps_its_own_scope(explorer: Explorer) -> None:
    read = _read(explorer, "leg power normal; reflexes and sensation normal")
    assert (False, "weakness", "", ("leg",)) in read
    assert any(kind == "global" for _, kind, _, _ in read)


def test_a_limbs_normal_sensation_does_not_count_against_a_perineal_lesion(explorer: Explorer) -> None:
    note = ["burning perineal pain, worse on sitting", "leg power, reflexes and sensation normal"]
    pudendal = next(s for s in explorer.localize(note, limit=100)["sites"] if s["id"] == "radix:pudendal_nerve")
    against = " ".join(e["why"] for e in pudendal["against"])
    assert "would give some sensory change" not in against


@pytest.mark.parametrize(
    "line",
    ["burning perineal pain worse sitting, eased sitting on a toilet seat",
     "perineal pain, worse sitting, eased standing or sitting on a toilet seat"],
)  # fmt: skip
def test_a_toilet_seat_that_eases_the_pain_is_no_relief_by_sitting(explorer: Explorer, line: str) -> None:
    sitting = [(present, modifier) for present, kind, modifier, where in _read(explorer, line) if "sitting" in where]
    assert sitting and all(modifier == "aggravated" for _, modifier in sitting)


def test_sitting_on_a_toilet_seat_that_brings_the_pain_on_is_still_sitting(explorer: Explorer) -> None:
    line = "Deep aching in the left buttock when sitting on a toilet seat or a bicycle saddle"
    assert any("sitting" in where for _, kind, _, where in _read(explorer, line) if kind == "modifier")


def test_a_side_that_cannot_be_lain_on_provokes_the_pain_named_before_it(explorer: Explorer) -> None:
    """The inability goes with the lying (stop 53): rewritten without it, it had denied the hip pain before it."""
    read = _read(explorer, "R lat hip pain, can't lie on R side at night")
    assert any(present and kind == "finding" for present, kind, _, _ in read), "the hip pain stays present"
    assert (True, "modifier", "aggravated", ("lying_on_affected_side",)) in read


def test_a_list_item_takes_the_side_of_its_head(explorer: Explorer) -> None:
    """The code review of stop 53: the side had been the first observation's at that place (the weak right leg's)."""
    reading = explorer.localizer.read(["R leg power 4/5, L leg power normal, sensation normal"])
    sensory = [(o.present, o.side) for o in reading.observations if o.kind == "sensory"]
    assert sensory == [(False, "left")]


@pytest.mark.parametrize(
    "line", ["Neck supple, reflexes and sensation normal", "Shoulder: full range, power, reflexes and sensation normal"]
)
def test_a_place_that_is_no_limb_heads_no_list(explorer: Explorer, line: str) -> None:
    """The clinical review of stop 53: a neck or a shoulder named first does not hold the whole examination."""
    assert any(kind == "global" for _, kind, _, _ in _read(explorer, line))


@pytest.mark.parametrize(
    "line", ["Arms and legs: power, reflexes and sensation normal", "UL & LL: power 5/5, reflexes ++, sens intact"]
)
def test_two_limbs_at_the_head_both_take_the_list(explorer: Explorer, line: str) -> None:
    read = _read(explorer, line)
    for place in ("upper_limb", "lower_limb") if "UL" in line else ("upper_limb", "leg"):
        assert (False, "sensory", "", (place,)) in read, place


@pytest.mark.parametrize(
    "line",
    ["eased sitting on the toilet", "pain relieved sitting on a doughnut cushion", "relief sitting on a toilet seat"],
)
def test_other_seats_that_ease_the_pain_are_no_relief_by_sitting(explorer: Explorer, line: str) -> None:
    reading = explorer.localizer.read([line])
    assert not any(o.kind == "modifier" and o.modifier == "relieved" for o in reading.observations)


def test_the_affected_side_that_cannot_be_lain_on_provokes_the_pain(explorer: Explorer) -> None:
    assert (True, "modifier", "aggravated", ("lying_on_affected_side",)) in _read(
        explorer, "unable to lie on the affected side"
    )
