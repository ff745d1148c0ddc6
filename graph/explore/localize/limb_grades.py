"""Both arms graded below the legs: the arms are weaker than the legs (a central cord syndrome's defining finding).

"arms 2/5 distally, legs 4/5", "grip 2/5 bilat, elbows 3/5; legs 4/5" grade each limb and never say the comparison the
graph's finding names ("weakness of both arms more than the legs"): read alone, each grade is a weakness of its limb,
and the pictures went to a conus or a thoracic cord (stop 48: sealed 122's T122-094 and 93's Y93-093). A line whose
every arm grade is below every leg grade, on both sides (arms or hands in the plural, or "bilat") and naming no one
side, gains the comparison; one side's arm below its leg ("R arm 3/5, R leg 4/5") is a hemiparesis, not this.
The grades are read as ``note_text`` leaves them ("MRC 4" is "4/5" by then).
"""

from __future__ import annotations

import re

GRADED_WORD = re.compile(r"[a-z]+|[0-5](?:-[0-5])?/5")
"""A line's words and its power grades ("2-3/5": its range, the higher grade the one compared)."""
ARM_WORDS = frozenset({"arm", "arms", "hand", "hands", "grip", "grips", "ul", "uls", "elbow", "elbows", "wrist",
                       "wrists", "deltoid", "deltoids", "biceps", "triceps", "finger", "fingers", "shoulder",
                       "shoulders"})  # fmt: skip
LEG_WORDS = frozenset({"leg", "legs", "ll", "lls", "hip", "hips", "knee", "knees", "ankle", "ankles", "foot", "feet"})
BOTH_ARMS = frozenset({"arms", "hands", "grips", "uls", "elbows", "wrists", "deltoids", "shoulders", "bilat",
                       "bilaterally", "bilateral", "both"})  # fmt: skip
BOTH_LEGS = frozenset({"legs", "lls", "hips", "knees", "ankles", "feet", "bilat", "bilaterally", "bilateral", "both"})
ONE_SIDE = frozenset({"r", "l", "right", "left", "rt", "lt"})
COMPARISON = " ; arms weaker than legs"
"""Said the way the lay table reads the finding (``lay_bedside``: "arms weaker than * legs")."""


def compared(text: str, how: list[str]) -> str:
    """Return the line with the arms-weaker-than-legs comparison added when its grades say so (see the module)."""
    words = GRADED_WORD.findall(text.lower())
    if ONE_SIDE & set(words):
        return text
    arms: list[int] = []
    legs: list[int] = []
    limb = ""
    for word in words:
        if word in ARM_WORDS:
            limb = "arm"
        elif word in LEG_WORDS:
            limb = "leg"
        elif "/" in word and limb:
            (arms if limb == "arm" else legs).append(int(word.split("/")[0][-1]))
    if not arms or not legs or max(arms) >= min(legs) or not (BOTH_ARMS & set(words) and BOTH_LEGS & set(words)):
        return text
    how.append("both arms graded below the legs read as the arms weaker than the legs")
    return text + COMPARISON
