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
    """Said to be sudden, it is the sudden hemiparesis, the FAST sign, first."""
    assert {("hemiparesis", side), ("sudden_hemiparesis", side)} & _present(explorer, text)


@pytest.mark.parametrize(
    "text",
    [
        "both arm and leg weak",
        "bilateral arm and leg weakness",
        "proximal arm and leg weakness",
        "ascending arm and leg weakness over 1 week",
        "left-sided weakness of the face",
    ],
)
def test_arm_and_leg_weakness_without_one_side_is_no_hemiparesis(explorer: Explorer, text: str) -> None:
    """The code review of stop 46: two-sided and patterned weakness had read as a hemiparesis."""
    assert "hemiparesis" not in {name for name, _ in _present(explorer, text)}


@pytest.mark.parametrize("text", ["word-finding difficulty", "expressive dysphasia", "dysphasic"])
def test_aphasia_in_a_notes_words_is_the_graphs_aphasia(explorer: Explorer, text: str) -> None:
    assert {name for name, _ in _present(explorer, text)} == {"aphasia"}


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


def test_a_sudden_hemiparesis_with_a_droop_is_the_brains_and_flags_a_stroke(explorer: Explorer) -> None:
    answer = explorer.localize(
        ["sudden L arm and leg weakness 1 hr ago", "L facial droop, forehead spared", "dysarthria", "L pronator drift"]
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


@pytest.mark.parametrize("text", ["R facial droop, forehead spared", "R facial droop (forehead sparing)"])
def test_a_spared_forehead_is_no_denial_of_the_face(explorer: Explorer, text: str) -> None:
    """The clinical review of stop 46: "spared" had denied the droop itself; the face is the upper motor neuron's."""
    assert ("umn_facial_weakness", "right") in _present(explorer, text)


def test_a_spared_face_denies_the_face_only(explorer: Explorer) -> None:
    said = read(explorer, "L hemiparesis, face spared")
    assert {(f.removeprefix(BASE), o.present) for o in said for f in o.findings} >= {
        ("hemiparesis", True),
        ("facial_droop", False),
    }


@pytest.mark.parametrize(
    "text", ["CT head in ED: no acute change", "CT head: ?bleed", "MRI brain: old L cerebellar infarct"]
)
def test_a_brain_line_showing_no_new_lesion_implicates_nothing(explorer: Explorer, text: str) -> None:
    """Until the brain held a hypothesis, such a line kept the brain and said nothing; now it would be a stroke's."""
    assert not [o for o in read(explorer, text) if o.kind == "imaging" and o.present]


def test_a_slowly_progressive_one_sided_weakness_with_fasciculations_is_not_a_stroke(explorer: Explorer) -> None:
    answer = explorer.localize(
        [
            "progressive R arm and leg weakness 8/12",
            "fasciculations tongue and R arm",
            "brisk reflexes, upgoing plantars",
            "no sensory loss",
        ]
    )
    assert answer["sites"][0]["label"] == "anterior horn cells, corticospinal tracts"


def test_an_old_hemiparesis_raises_no_stroke_flag(explorer: Explorer) -> None:
    answer = explorer.localize(
        ["numb R thumb index middle at night", "Phalen +ve R", "old L hemiparesis (stroke 2015)"]
    )
    assert "stroke" not in {flag["label"] for flag in answer["red_flags"]}
    assert answer["sites"][0]["label"] == "median nerve at carpal tunnel"


def test_a_progressive_word_finding_difficulty_is_aphasia_not_the_sudden_red_flag(explorer: Explorer) -> None:
    assert {name for name, _ in _present(explorer, "progressive word-finding difficulty 2 years")} == {"aphasia"}


def test_a_parasagittal_lesion_may_weaken_both_legs(explorer: Explorer) -> None:
    [lesion] = [h for h in explorer.localizer.model.hypotheses if h.iri == BASE + "parasagittal_lesion"]
    assert lesion.lesion.bilateral


@pytest.mark.parametrize(
    "lines",
    [
        ["72F sudden onset L arm and leg weakness 1 hr ago", "no facial droop, speech normal"],
        ["sudden right-sided weakness 40 min ago", "R arm 2/5, R leg 3/5"],
    ],
)
def test_a_sudden_hemiparesis_alone_raises_the_stroke_flag(explorer: Explorer, lines: list[str]) -> None:
    """The late review of stop 46: with hemiparesis no red flag of its own, a sudden one went unflagged."""
    assert "stroke" in {flag["label"] for flag in explorer.localize(lines)["red_flags"]}


@pytest.mark.parametrize(
    "text",
    ["38F sudden R facial weakness, no forehead sparing", "sudden onset R facial palsy, forehead not spared"],
)
def test_a_face_whose_forehead_is_not_spared_is_no_stroke(explorer: Explorer, text: str) -> None:
    """A lower motor neuron face (a Bell's palsy): the weakness read, present, and no stroke flag."""
    answer = explorer.localize([text])
    assert ("facial_weakness", "right") in _present(explorer, text)
    assert not {"stroke", "stroke with weakness of one side of the body (hemiparesis)"} & {
        flag["label"] for flag in answer["red_flags"]
    }


def test_a_face_whose_forehead_is_spared_is_the_upper_motor_neuron_face(explorer: Explorer) -> None:
    assert ("umn_facial_weakness", "right") in _present(explorer, "lower R facial weakness, forehead spared")


@pytest.mark.parametrize(
    "text", ["R-sided weakness of ankle dorsiflexion and EHL", "right sided weakness in the foot, can't heel walk R"]
)
def test_a_sided_weakness_of_a_place_is_that_places(explorer: Explorer, text: str) -> None:
    assert "hemiparesis" not in {name for name, _ in _present(explorer, text)}


def test_the_arm_and_leg_numb_on_one_side_is_hemisensory_loss(explorer: Explorer) -> None:
    assert ("hemisensory_loss", "left") in _present(explorer, "L arm and leg numbness")
