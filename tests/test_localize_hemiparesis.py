"""Stop 46: a stroke of one hemisphere's motor pathway, and the words a note uses for it.

The graph's central mimics were the small strokes that imitate a root or nerve lesion (the hand knob, the leg area, the
thalamus). A stroke weakening the face, arm and leg of one side had no hypothesis: "R hand weak, lower R facial
weakness, reflexes brisker on the R, R pronator drift" went to motor neuron disease, its weak hand read as a split hand.
``radix:hemiparetic_stroke`` (Arboix 2013; FPnotebook's middle cerebral artery stroke; the FAST signs) is that stroke,
at the graph's ``radix:brain``.
"""

from __future__ import annotations

import pytest

from graph.explore.explorer import Explorer
from graph.namespaces import BASE
from tests.test_localize_reader import read


def _present(explorer: Explorer, text: str) -> set[tuple[str, str | None]]:
    return {(f.removeprefix(BASE), o.side) for o in read(explorer, text) if o.present for f in o.findings}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("sudden L arm and leg weakness", "left"),
        ("weak R arm and leg", "right"),
        ("right-sided weakness", "right"),
        ("L hemiparesis", "left"),
    ],
)
def test_the_arm_and_leg_of_one_side_weak_together_is_hemiparesis(explorer: Explorer, text: str, side: str) -> None:
    assert ("hemiparesis", side) in _present(explorer, text)


@pytest.mark.parametrize("text", ["word-finding difficulty", "expressive dysphasia", "dysphasic"])
def test_aphasia_in_a_notes_words_is_the_strokes_speech_disturbance(explorer: Explorer, text: str) -> None:
    assert {name for name, _ in _present(explorer, text)} == {"speech_disturbance"}


def test_pronator_drift_is_read_on_its_side(explorer: Explorer) -> None:
    assert ("pronator_drift", "right") in _present(explorer, "R pronator drift")


def test_the_hemiparetic_stroke_is_a_hypothesis_at_the_brain(explorer: Explorer) -> None:
    [stroke] = [h for h in explorer.localizer.model.hypotheses if h.iri == BASE + "hemiparetic_stroke"]
    assert stroke.site.anatomy == (BASE + "brain",)


def test_a_weak_hand_with_a_weak_face_and_upper_motor_neuron_signs_is_the_brains(explorer: Explorer) -> None:
    answer = explorer.localize(
        [
            "R hand clumsy and weak over 10 days",
            "lower R facial weakness, forehead spared",
            "reflexes brisker on the R",
            "R pronator drift",
            "no neck or arm pain",
        ]
    )
    assert answer["sites"][0]["label"] == "brain"
    assert "stroke" in {flag["label"] for flag in answer["red_flags"]}


def test_a_lower_cervical_root_picture_stays_at_its_root(explorer: Explorer) -> None:
    """Pain from the neck, a root's weakness and a reduced reflex: no upper motor neuron sign, no face."""
    answer = explorer.localize(
        [
            "neck pain radiating down the R arm to the middle finger",
            "R triceps 4/5, wrist flexion 4/5",
            "R triceps jerk reduced",
            "numb R middle finger",
        ]
    )
    assert answer["sites"][0]["label"] == "C7 nerve root"
    brain = [site for site in answer["sites"] if site["label"] == "brain"]
    assert not brain or brain[0]["probability"] < 0.01
