"""Stop 43: a finding one phrase names twice is one piece of evidence.

"weak thumb flexion (FPL)" names the weakness of thumb interphalangeal flexion by its movement and again by its
muscle; the reader gave two observations of it, so a naive-Bayes model squared its likelihood ratio. In the C8 root
notes this counted each "may" of C8 radiculopathy twice against the root and each "commonly" of the medial cord twice
for it (``observation.one_per_finding``).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from graph.explore.explorer import Explorer
from graph.explore.localize.observation import Observation, one_per_finding
from graph.namespaces import BASE
from tests.test_localize_reader import read

THUMB_FLEXION = f"{BASE}weak_thumb_flexion"
FPL = f"{BASE}flexor_pollicis_longus"


def test_a_finding_named_by_movement_and_muscle_is_read_once_with_its_muscle(explorer: Explorer) -> None:
    said = [o for o in read(explorer, "weak thumb flexion (FPL) on the left") if THUMB_FLEXION in o.findings]
    assert len(said) == 1
    assert ("muscle", FPL) in said[0].anatomy
    assert said[0].present and said[0].side == "left"


def test_the_once_read_finding_weighs_once_in_the_explanation(explorer: Explorer) -> None:
    answer = explorer.localize(["weak long finger flexors and weak thumb flexion (FPL) on the left"], limit=40)
    c8 = next(s for s in answer["sites"] if s["id"] == "radix:C8_root")
    weighed = [e for e in c8["supporting"] + c8["against"] if "radix:weak_thumb_flexion" in e["findings"]]
    assert len(weighed) == 1


def test_the_merged_observation_keeps_what_each_reading_named() -> None:
    """Merged, the observation keeps both readings' anatomy and steps (the code review: one had been dropped)."""
    plain = Observation("weak thumb flexion (FPL)", True, "finding", (THUMB_FLEXION,), side="left", how=("a",))
    muscle = replace(plain, anatomy=(("muscle", FPL),), how=("a", "b"))
    other = replace(plain, findings=(f"{BASE}weak_finger_flexion",))
    merged = one_per_finding([plain, muscle, other])
    assert [o.findings for o in merged] == [(THUMB_FLEXION,), other.findings]
    assert merged[0].anatomy == (("muscle", FPL),) and merged[0].how == ("a", "b")


@pytest.mark.parametrize(
    ("first", "second"),
    [({"side": "left"}, {"side": "right"}), ({"present": True}, {"present": False})],
)
def test_readings_of_different_sides_or_status_stay_apart(first: dict[str, object], second: dict[str, object]) -> None:
    base = Observation("weak thumb flexion", True, "finding", (THUMB_FLEXION,), side="left")
    assert len(one_per_finding([replace(base, **first), replace(base, **second)])) == 2  # type: ignore[arg-type]
