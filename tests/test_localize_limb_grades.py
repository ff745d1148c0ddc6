"""Both arms graded below the legs are the arms weaker than the legs, the central cord syndrome's sign (stop 48).

"arms 2/5 distally, legs 4/5" graded each limb but never said the comparison (sealed 93's Y93-093, sealed 122's
T122-094); one side's arm graded below its leg is a hemiparesis, not this.
"""

from __future__ import annotations

import pytest

from graph.explore.explorer import Explorer
from graph.explore.localize import limb_grades
from tests.test_localize_reader import local, read

ARMS_BELOW_LEGS = "arm_weakness_greater_than_leg"


def test_one_sides_arm_and_leg_graded_is_not_the_arms_below_the_legs(explorer: Explorer) -> None:
    said = read(explorer, "R arm 3/5, R leg 4/5")
    assert not any(ARMS_BELOW_LEGS in local(list(o.findings)) for o in said)


@pytest.mark.parametrize(
    "phrase",
    ["ED: arms 2-3/5, distal worse than proximal; legs 4/5", "arms 2/5 distally, legs 4/5",
     "grip 2/5 bilat, elbows 3/5, legs 4/5", "ED: grip 2/5 bilaterally, legs 4/5", "arms 4-/5, legs 5/5"],
)  # fmt: skip
def test_both_arms_graded_below_the_legs_are_the_arms_weaker_than_the_legs(explorer: Explorer, phrase: str) -> None:
    assert any(ARMS_BELOW_LEGS in local(list(o.findings)) and o.present for o in read(explorer, phrase))


@pytest.mark.parametrize(
    "phrase",
    [
        "arms 4/5, legs 4/5",
        "legs 2/5, arms 4/5",
        "L arm 2/5, L leg 4/5",
        "grip 2/5 R, legs 4/5",
        "grip 3/5, legs 4/5",
        "grip 3/5, legs 4/5 bilaterally",
        "numb hands for 2/52, legs 5/5",
        "bilateral hand numbness after C4/5 ACDF, legs 5/5",
        "arms 2-3/5, legs 3-4/5",
        "arms 3/5, legs 4/5 proximally and 2+/5 distally",
        "5/5 arms, 3/5 hips, 4/5 knees, 5/5 ankles",
        "on admission arms 2/5, legs 4/5; now full power",
    ],
)
def test_equal_grades_weaker_legs_one_side_one_hand_or_no_grade_say_no_comparison(phrase: str) -> None:
    """No grade, or no comparison, in each: the code review of stop 48.

    Weeks ("2/52"), a disc level ("C4/5"), overlapping ranges, "2+/5" and a "bilaterally" said of the legs only had each
    read as the comparison.
    """
    how: list[str] = []
    assert limb_grades.compared(phrase, how) == phrase and how == []
