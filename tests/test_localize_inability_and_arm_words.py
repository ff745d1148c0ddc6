"""The inability "could not", and an arm lifted with no direction said (stop 53's reader mends).

"As the pain eased he could not lift the arm" had been read as shoulder abduction weakness *denied*: NegEx took the
"not" of "could not" as a denial of the movement ("can't", "couldn't" and "could no longer" were already inabilities,
``inability.INABILITY``), and "knee jerk could not be elicited" read as a normal knee jerk. "Then he couldn't lift his
arm" (107 of 424 public lines lifting or raising an arm) was unread: the arm lifted with no direction said is raised
from the side (``lay.MOVEMENTS``). These tests hold both readings and the examiner's own "could not" beside them.
"""

from __future__ import annotations

import pytest

from graph.explore.explorer import Explorer
from graph.namespaces import BASE


def _read(explorer: Explorer, line: str) -> list[tuple[bool, str, tuple[str, ...], tuple[str, ...]]]:
    """Return each observation of a line as (present, kind, findings, anatomy's local names)."""
    reading = explorer.localizer.read([line])
    assert not reading.unresolved, f"{line!r} was not read"
    return [
        (o.present, o.kind, tuple(f.removeprefix(BASE) for f in o.findings),
         tuple(node.removeprefix(BASE) for _, node in o.anatomy))
        for o in reading.observations
    ]  # fmt: skip


ABDUCTION = (True, "weakness", (), ("shoulder_abduction_movement",))


@pytest.mark.parametrize(
    "line",
    ["As the pain eased he could not lift the arm", "she could not lift her arm", "she can not lift her arm",
     "then he couldn't lift his arm", "can't lift R arm", "cannot lift the left arm out sideways",
     "unable to raise the arm"],
)  # fmt: skip
def test_an_arm_that_cannot_be_lifted_is_weak_shoulder_abduction(explorer: Explorer, line: str) -> None:
    assert ABDUCTION in _read(explorer, line)


def test_could_not_walk_on_the_heels_is_the_difficulty_itself(explorer: Explorer) -> None:
    assert (True, "finding", ("difficulty_walking_on_heels",), ()) in _read(explorer, "she could not walk on her heels")


def test_a_reflex_that_could_not_be_elicited_is_absent(explorer: Explorer) -> None:
    read = _read(explorer, "knee jerk could not be elicited")
    assert any(present and "diminished_or_absent_patellar_reflex" in findings for present, _, findings, _ in read)


def test_difficulty_raising_the_arm_stays_the_graphs_weak_abduction(explorer: Explorer) -> None:
    """The graph's own synonym, which a rewrite of every "raising the arm" had hidden (the code review of stop 53)."""
    read = _read(explorer, "difficulty raising the arm")
    assert any(present and "weak_shoulder_abduction" in findings for present, _, findings, _ in read)


@pytest.mark.parametrize(
    ("line", "place"),
    [("can't dorsiflex the foot, no pain", "ankle_dorsiflexion"),
     ("could not lift arm, no pain", "shoulder_abduction_movement"),
     ("couldn't lift arm, no numbness", "shoulder_abduction_movement"),
     ("can't straighten the fingers, no numbness", "finger_extension")],
)  # fmt: skip
def test_an_inability_beside_a_denied_symptom_stays_a_weakness(explorer: Explorer, line: str, place: str) -> None:
    """The code review of stop 53: the denied pain or numbness of the next clause had denied the movement too."""
    assert (True, "weakness", (), (place,)) in _read(explorer, line)


@pytest.mark.parametrize(
    ("line", "finding"),
    [("Spurling test could not reproduce the pain", "positive_spurling_sign"),
     ("SLR could not be performed due to pain", "positive_straight_leg_raise"),
     ("Hoffmann's sign could not be elicited", "hoffmann_sign")],
)  # fmt: skip
def test_an_examiners_could_not_is_no_positive_sign(explorer: Explorer, line: str, finding: str) -> None:
    """The clinical review of stop 53 found these read as positive signs when every "could not" was an inability."""
    reading = explorer.localizer.read([line])
    assert not any(o.present and finding in {f.removeprefix(BASE) for f in o.findings} for o in reading.observations)


@pytest.mark.parametrize("line", ["could not do PR", "plantar responses could not be elicited"])
def test_an_examiners_could_not_invents_no_deficit(explorer: Explorer, line: str) -> None:
    reading = explorer.localizer.read([line])
    assert not any(o.present for o in reading.observations)


def test_raising_the_arm_that_brings_on_numbness_is_the_provocation(explorer: Explorer) -> None:
    read = _read(explorer, "numbness when raising the arm overhead")
    assert (True, "modifier", (), ("arm_elevation",)) in read
    assert not any(kind == "weakness" for _, kind, _, _ in read)


@pytest.mark.parametrize("line", ["can't straighten knee due to pain", "can't plantarflex due to calf pain"])
def test_a_movement_that_pain_stops_is_no_weakness(explorer: Explorer, line: str) -> None:
    """The late review of stop 53: the pain after the movement is its cause, and stays the finding."""
    assert not any(kind == "weakness" for _, kind, _, _ in _read(explorer, line))


def test_a_denied_weakness_is_not_overridden_by_an_inability(explorer: Explorer) -> None:
    read = _read(explorer, "can't lift arm, no weakness on testing")
    assert not any(present and kind == "weakness" for present, kind, _, _ in read)


@pytest.mark.parametrize(
    ("line", "finding"),
    [("knee jerks could not be elicited, plantars flexor", "diminished_or_absent_patellar_reflex"),
     ("could not feel anything in the saddle area", "saddle_anaesthesia"),
     ("could not do up buttons", "hand_clumsiness")],
)  # fmt: skip
def test_the_late_reviews_could_nots_are_losses(explorer: Explorer, line: str, finding: str) -> None:
    """A plantar named in another clause no longer mutes the knee jerk; feeling and doing up are the patient's."""
    assert any(present and finding in findings for present, _, findings, _ in _read(explorer, line))


def test_babinski_that_could_not_be_elicited_is_denied(explorer: Explorer) -> None:
    read = _read(explorer, "Babinski could not be elicited")
    assert not any(present for present, _, _, _ in read)


@pytest.mark.parametrize(
    ("line", "place"),
    [("unable to straighten the fingers, no numbness", "finger_extension"),
     ("could not quite straighten the fingers", "finger_extension")],
)  # fmt: skip
def test_an_inability_with_words_between_is_still_the_weakness(explorer: Explorer, line: str, place: str) -> None:
    assert (True, "weakness", (), (place,)) in _read(explorer, line)
