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


def test_an_arm_that_lifts_normally_is_no_weakness(explorer: Explorer) -> None:
    assert (False, "weakness", (), ("shoulder_abduction_movement",)) in _read(explorer, "lifting the arm normal")
