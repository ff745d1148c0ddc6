"""A facial droop or slurred speech in a note that says the onset was sudden raises the stroke flag (stop 39)."""

from __future__ import annotations

import pytest
from rdflib import Graph

from graph.explore.explorer import Explorer
from graph.explore.localize.onset import said_sudden
from graph.load.store import oxigraph_store
from graph.namespaces import BASE

STROKE_NOTE = [
    "crew: 'his face dropped on the left all of a sudden while he was eating'",
    "words slurred",
    "no headache, no neck pain, no fall",
]
"""Sealed 64's T64-038, shortened: the stroke flag went unraised (its droop read as facial weakness alone)."""


@pytest.fixture(scope="module")
def explorer(radix_graph: Graph) -> Explorer:
    return Explorer(oxigraph_store(radix_graph))


@pytest.mark.parametrize(
    "lines",
    [
        ["right hand suddenly clumsy"],
        ["onset 20 minutes ago over the Atlantic"],
        ["I woke up an hour ago and my hand won't work"],
        ["Pt sudden onset L arm + face weakness, onset 40 min ago"],
        ["FAST +ve, pre-alert stroke unit"],
        ["at 8 pm his arm went weak", "onset at 8 pm"],
        ["no headache, sudden onset L face droop"],  # the denial is the headache's (the code review of stop 39)
        ["sudden onset R facial droop 1 hour ago", "gradually improving since"],
    ],
)
def test_a_sudden_onset_is_said(lines: list[str]) -> None:
    assert said_sudden(lines)


@pytest.mark.parametrize(
    "lines",
    [
        ["facial weakness over 3 days", "ascending numbness"],
        ["gradual onset of a facial droop over a week", "suddenly worse today"],
        ["no sudden onset; face droops", "speech slurred"],
        ["back pain for 3 months"],
        # the reviews of stop 39: times beyond a day, no time at all, other sudden things, and waking with it
        ["ear pain started 48 hours ago"],
        ["onset about 3 weeks ago"],
        ["onset at 40"],
        ["father died of sudden cardiac death"],
        ["neck pain worse with sudden movements"],
        ["woke up with a right facial palsy"],
    ],
)
def test_a_gradual_or_denied_or_unsaid_onset_is_not_sudden(lines: list[str]) -> None:
    assert not said_sudden(lines)


def _findings(explorer: Explorer, lines: list[str]) -> list[tuple[str, ...]]:
    return [o.findings for o in explorer.localizer.read(lines).observations if o.kind == "finding"]


def test_a_sudden_droop_and_slurred_speech_are_the_fast_signs_and_keep_their_reading(explorer: Explorer) -> None:
    findings = _findings(explorer, STROKE_NOTE)
    assert (BASE + "facial_droop", BASE + "facial_weakness") in findings
    assert (BASE + "speech_disturbance", BASE + "bulbar_weakness") in findings
    answer = explorer.localize(STROKE_NOTE, limit=100)
    assert "radix:stroke" in {flag["id"] for flag in answer["red_flags"]}


def test_without_the_onset_said_a_droop_is_facial_weakness_alone(explorer: Explorer) -> None:
    lines = ["his face dropped on the left", "words slurred", "no headache"]
    findings = _findings(explorer, lines)
    assert (BASE + "facial_weakness",) in findings and (BASE + "bulbar_weakness",) in findings
    assert "radix:stroke" not in {flag["id"] for flag in explorer.localize(lines, limit=100)["red_flags"]}


def test_swallowing_and_a_foot_drop_on_waking_have_no_sudden_sign(explorer: Explorer) -> None:
    findings = _findings(explorer, ["woke up with a foot drop", "difficulty swallowing"])
    flat = {f for found in findings for f in found}
    assert BASE + "speech_disturbance" not in flat and BASE + "sudden_foot_drop" not in flat


def test_the_sudden_sign_leaves_each_lesions_term_at_least_as_it_was(explorer: Explorer) -> None:
    model = explorer.localizer.model
    sudden = explorer.localizer.read(STROKE_NOTE).observations
    plain = explorer.localizer.read(["his face dropped on the left", "words slurred", *STROKE_NOTE[2:]]).observations
    for h in model.hypotheses:
        for before, after in zip(plain, sudden, strict=True):
            assert model.term(h, after).p >= model.term(h, before).p


def test_a_facial_nerve_palsy_or_a_weak_face_on_both_sides_is_no_sudden_droop(explorer: Explorer) -> None:
    """The reviews of stop 39: a Bell's palsy (eye, forehead) and facial diplegia (GBS, Lyme) are no stroke's droop."""
    for lines in (
        ["sudden right facial weakness, cannot close the right eye", "onset 2 hours ago"],
        ["sudden weakness of the face on both sides", "onset 2 hours ago"],
    ):
        flat = {f for found in _findings(explorer, lines) for f in found}
        assert BASE + "facial_droop" not in flat, lines
