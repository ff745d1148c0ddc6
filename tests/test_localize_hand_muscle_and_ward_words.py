"""The hand's interossei, a hand nerve's skin and a ward chart's "not PU"; and a weakness of every limb left unread.

Sealed 169 had "Right interossei 3/5 with ulnar sensory loss" unread and sealed 171 "not PU since yesterday; bladder
700 mL", a retention (``lay_limbs.py``, ``shorthand.PHRASES``); stop 54's known gaps listed "1st dorsal interosseous".
A weakness said of every limb at once ("power 4/5 globally") was read for a while in stop 55 and withdrawn after its
clinical review (below).
"""

from __future__ import annotations

import pytest

from graph.explore.explorer import Explorer
from graph.namespaces import BASE


def _read(explorer: Explorer, line: str) -> list[tuple[bool, str, str, tuple[str, ...], tuple[str, ...]]]:
    """Return each observation of one line as (present, kind, side, findings, anatomy), ids without the base."""
    reading = explorer.localizer.read([line])
    return [
        (
            o.present,
            o.kind,
            o.side,
            tuple(f.removeprefix(BASE) for f in o.findings),
            tuple(iri.removeprefix(BASE) for _, iri in o.anatomy),
        )
        for o in reading.observations
    ]


@pytest.mark.parametrize(
    "note",
    [
        ["CGA: 90F, 'off legs', muddled and sleepy since Tuesday", "power 4/5 globally, effort poor",
         "reflexes symmetric, plantars flexor", "urine dip +ve nitrites"],
        ["found in a snow hole, core temperature 32.5", "confused", "power 4/5 globally, reflexes sluggish"],
    ],
)  # fmt: skip
def test_a_weakness_said_of_every_limb_in_a_delirious_or_cold_patient_does_not_localise(
    explorer: Explorer, note: list[str]
) -> None:
    """Stop 55 read "power 4/5 globally" as both arms and both legs weak, and these notes went to Guillain-Barré.

    The clinical review of stop 55 found this reading raising Guillain-Barré and CIDP flags in delirium, hypothermia and
    frailty, and taking cervical fracture flags from a fall with quadriparesis: the model counts both arms' symptoms and
    both legs' weakness as two pieces of a polyradiculopathy's ascending weakness. The reading was withdrawn until the
    model can weigh a weakness of every limb once, as the non-localising finding it often is.
    """
    assert explorer.localize(note)["abstain"]


def test_graded_interossei_are_the_finger_abductors_and_ulnar_sensory_loss_the_ulnar_fingers(
    explorer: Explorer,
) -> None:
    observations = _read(explorer, "Right interossei 3/5 with ulnar sensory loss")
    assert (True, "weakness", "right", (), ("finger_abduction",)) in observations
    assert (True, "finding", "right", ("ulnar_distribution_numbness",), ()) in observations


def test_interossei_named_in_a_wasting_are_no_weakness_of_finger_abduction(explorer: Explorer) -> None:
    observations = _read(explorer, "marked wasting of APB, lesser wasting of hypothenar and interossei")
    assert not any("finger_abduction" in anatomy for *_, anatomy in observations)


@pytest.mark.parametrize("line", ["1st DI 4/5 L", "L 1st dorsal interosseous 4/5"])
def test_the_first_dorsal_interosseous_written_with_a_numeral(explorer: Explorer, line: str) -> None:
    assert _read(explorer, line) == [(True, "weakness", "left", (), ("first_dorsal_interosseous",))]


@pytest.mark.parametrize(
    ("line", "finding"),
    [
        ("reduced sensation in the median distribution R", "median_distribution_numbness"),
        ("sensory loss in the ulnar distribution", "ulnar_distribution_numbness"),
    ],
)
def test_sensory_loss_in_a_hand_nerves_distribution_is_its_fingers_numbness(
    explorer: Explorer, line: str, finding: str
) -> None:
    assert [findings for present, _, _, findings, _ in _read(explorer, line) if present] == [(finding,)]


@pytest.mark.parametrize("line", ["not PU since yesterday; bladder 700 mL", "not PU'd today"])
def test_not_pu_on_a_ward_chart_is_a_retention(explorer: Explorer, line: str) -> None:
    assert (True, "finding", "", ("urinary_retention",), ()) in _read(explorer, line)


def test_no_pu_history_is_no_retention(explorer: Explorer) -> None:
    """A peptic ulcer's history (the clinical review of stop 55 found it read as a retention)."""
    assert not any(findings == ("urinary_retention",) for _, _, _, findings, _ in _read(explorer, "no PU history"))


def test_a_hand_nerves_numbness_sparing_a_part_keeps_the_spared_part(explorer: Explorer) -> None:
    """The clinical review of stop 55: the rewritten ulnar numbness was read as denied by "sparing"."""
    observations = _read(explorer, "Ulnar sensory loss sparing the dorsum of the hand")
    assert not any(findings == ("ulnar_distribution_numbness",) for _, _, _, findings, _ in observations)
    assert (False, "finding", "", ("dorsal_ulnar_hand_numbness",), ("dorsum_of_hand",)) in observations


@pytest.mark.parametrize(
    "line", ["median sensory loss - absent SNAP", "median sensory loss (absent SNAP)", "ulnar sensory loss on NCS"]
)
def test_a_nerve_studys_sensory_loss_stays_a_study(explorer: Explorer, line: str) -> None:
    """The late review of stop 55: "absent" denied the rewritten numbness, and the study's reading was lost."""
    observations = _read(explorer, line)
    assert [(present, kind) for present, kind, *_ in observations] == [(True, "electrodiagnostic")]


def test_an_ulnar_sensory_loss_reaching_the_medial_forearm_keeps_the_forearm(explorer: Explorer) -> None:
    """The medial forearm is what parts C8, the lower trunk and the medial cord from the ulnar nerve (late review)."""
    assert _read(explorer, "ulnar sensory loss involving the medial forearm") == [
        (True, "finding", "", ("medial_forearm_numbness",), ("medial_forearm",))
    ]


def test_ulnar_and_median_sensory_loss_is_both_nerves_numbness(explorer: Explorer) -> None:
    assert {findings for _, _, _, findings, _ in _read(explorer, "ulnar and median sensory loss L")} == {
        ("ulnar_distribution_numbness",),
        ("median_distribution_numbness",),
    }


def test_not_pu_since_is_a_retention_whatever_follows(explorer: Explorer) -> None:
    """The late review of stop 55: "…, feels well" had denied the retention."""
    assert (True, "finding", "", ("urinary_retention",), ()) in _read(explorer, "not PU since yesterday, feels well")
