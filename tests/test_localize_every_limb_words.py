"""Every limb at once, the hand's interossei, a hand nerve's skin and a ward chart's "not PU".

Stop 54's known gaps listed "power 4/5 globally", "MRC 4/5 throughout", "generalised weakness" and "quadriparesis" as
unread (``every_limb.py``); sealed 169 had "Right interossei 3/5 with ulnar sensory loss" unread and sealed 171 "not PU
since yesterday; bladder 700 mL", a retention (``lay_limbs.py``, ``shorthand.PHRASES``). Every limb is read as the
graph's two limb regions on both sides, never as a named pattern, and only where its clause says something is wrong: a
normal examination of every limb stays the reader's normal of every part.
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
    "line",
    [
        "power 4/5 globally",
        "MRC 4/5 throughout",
        "generalised weakness",
        "quadriparesis",
        "flaccid weakness of all four limbs",
        "new weakness all 4 limbs 4/5",
    ],
)
def test_a_weakness_of_every_limb_is_both_upper_limbs_and_both_legs(explorer: Explorer, line: str) -> None:
    observations = _read(explorer, line)
    assert (True, "weakness", "bilateral", (), ("leg",)) in observations
    assert any(
        present and side == "bilateral" and anatomy == ("upper_limb",) for present, _, side, _, anatomy in observations
    )
    assert all(present for present, *_ in observations)


def test_reflexes_reduced_everywhere_are_reduced_in_the_arms_and_the_legs(explorer: Explorer) -> None:
    observations = _read(explorer, "reflexes globally reduced")
    assert {(present, kind, side, anatomy) for present, kind, side, _, anatomy in observations} == {
        (True, "reflex", "bilateral", ("upper_limb",)),
        (True, "reflex", "bilateral", ("leg",)),
    }


@pytest.mark.parametrize(
    "line",
    [
        "power 5/5 throughout incl. hip abduction and extension",
        "afterwards power, reflexes and sensation normal in all limbs",
    ],
)
def test_a_normal_examination_of_every_limb_stays_a_normal_of_every_part(explorer: Explorer, line: str) -> None:
    """Before the clause test, these read as two regions only, and a hip osteoarthritis went behind the cauda equina."""
    observations = _read(explorer, line)
    assert not any(present for present, *_ in observations)
    assert "global" in {kind for _, kind, *_ in observations} or ("hip_abduction",) in {o[4] for o in observations}
    assert not any(anatomy in {("upper_limb",), ("leg",)} for *_, anatomy in observations)


def test_throughout_one_arm_is_not_every_limb(explorer: Explorer) -> None:
    assert not any(
        side == "bilateral" for _, _, side, _, _ in _read(explorer, "reflexes reduced throughout the left arm")
    )


def test_a_patient_who_feels_weak_all_over_has_no_weakness_read(explorer: Explorer) -> None:
    assert not any(kind == "weakness" for _, kind, *_ in _read(explorer, "I feel weak all over and tired"))


def test_proximal_and_distal_in_every_limb_is_not_rewritten(explorer: Explorer) -> None:
    """The graph's pattern of a polyradiculoneuropathy keeps its own words, as it read before this stop."""
    assert _read(explorer, "proximal and distal weakness in all four limbs") == [
        (True, "finding", "", ("symmetric_proximal_and_distal_weakness",), ())
    ]


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


def test_not_pu_on_a_ward_chart_is_a_retention(explorer: Explorer) -> None:
    assert (True, "finding", "", ("urinary_retention",), ()) in _read(
        explorer, "not PU since yesterday; bladder 700 mL"
    )
