"""Both arms graded below the legs: the arms are weaker than the legs (a central cord syndrome's defining finding).

"arms 2/5 distally, legs 4/5", "grip 2/5 bilat, elbows 3/5; legs 4/5" grade each limb and never say the comparison the
graph's finding names ("weakness of both arms more than the legs"): read alone, each grade is a weakness of its limb,
and the pictures went to a conus or a thoracic cord (stop 48: sealed 122's T122-094 and 93's Y93-093). A line whose
every arm grade is below every leg grade (a range's higher end for the arms, its lower end for the legs: "arms 2-3/5,
legs 3-4/5" says nothing), with both arms (a plural or "bilat" among the arm words) and both legs, and naming no one
side, gains the comparison; one side's arm below its leg ("R arm 3/5, R leg 4/5") is a hemiparesis, not this, and a
line writing grades before their limbs or grades of the past says nothing.
The grades are read as ``note_text`` leaves them ("MRC 4" is "4/5" by then); "2/52" (weeks) and "C4/5" (a level) are no
grades (the code review of stop 48).
"""

from __future__ import annotations

import re

GRADED_WORD = re.compile(r"[a-z]+|(?<![\w/])[0-5][+-]?-?[0-5]?[+-]?/5(?!\d)")
"""A line's words and its power grades ("4/5", "4-/5", "2+/5", "2-3/5"), none inside a fraction or after a letter."""
ARM_WORDS = frozenset({"arm", "arms", "hand", "hands", "grip", "grips", "ul", "uls", "elbow", "elbows", "wrist",
                       "wrists", "deltoid", "deltoids", "biceps", "triceps", "finger", "fingers", "shoulder",
                       "shoulders"})  # fmt: skip
LEG_WORDS = frozenset({"leg", "legs", "ll", "lls", "hip", "hips", "knee", "knees", "ankle", "ankles", "foot", "feet"})
BOTH = frozenset({"bilat", "bilaterally", "bilateral", "both"})
BOTH_ARMS = BOTH | {"arms", "hands", "grips", "uls", "elbows", "wrists", "deltoids", "shoulders"}
BOTH_LEGS = BOTH | {"legs", "lls", "hips", "knees", "ankles", "feet"}
ONE_SIDE = frozenset({"r", "l", "right", "left", "rt", "lt"})
PAST = frozenset({"admission", "previously", "recovered", "resolved", "was", "were"})
"""Words of grades no longer current ("on admission arms 2/5, legs 4/5; now full power": the late review of stop 48)."""
COMPARISON = " ; arms weaker than legs"
"""Said the way the lay table reads the finding (``lay_bedside``: "arms weaker than * legs")."""


def compared(text: str, how: list[str]) -> str:
    """Return the line with the arms-weaker-than-legs comparison added when its grades say so (see the module)."""
    words = GRADED_WORD.findall(text.lower())
    first_grade = next((i for i, word in enumerate(words) if "/" in word), len(words))
    if (ONE_SIDE | PAST) & set(words) or not (ARM_WORDS | LEG_WORDS) & set(words[:first_grade]):
        return text  # one side, the past, or grades written before their limbs ("5/5 arms, 3/5 hips")
    arms: list[int] = []
    legs: list[int] = []
    said: dict[str, set[str]] = {"arm": set(), "leg": set()}  # the words said while each limb was graded
    limb = ""
    for word in words:
        if word in ARM_WORDS:
            limb = "arm"
        elif word in LEG_WORDS:
            limb = "leg"
        if not limb:
            continue
        said[limb].add(word)
        if "/" in word:
            grades = [int(digit) for digit in word.split("/")[0] if digit.isdigit()]
            (arms if limb == "arm" else legs).append(max(grades) if limb == "arm" else min(grades))
    both = bool(said["arm"] & BOTH_ARMS and said["leg"] & BOTH_LEGS)
    if not arms or not legs or max(arms) >= min(legs) or not both:
        return text
    how.append("both arms graded below the legs read as the arms weaker than the legs")
    return text + COMPARISON
