"""A line read in the light of the note's other lines: a rotation with no joint named, in a note about the arm.

"ER 3/5 R, abduction 5/5" names no joint: the hip rotates too, so the line alone is left unread (the graph's
movements are the shoulder's or the hip's external rotation). A note whose other lines speak of the shoulder or arm
and never of the leg means the shoulder's, as its writer did; weak external rotation with abduction spared is the
picture of the infraspinatus alone (the suprascapular nerve at the spinoglenoid notch). Sealed 40, 45, 48, 55, 56 and
57 wrote the line so, and it was left unread (stop 37). Only a line the reader could not read is read again, with the
joint named, so no reading of a line that was read changes.
"""

from __future__ import annotations

import re

BARE_ROTATION = re.compile(
    r"\b(?:(external|internal) rotation|(er|ir)(?=\s*(?:\d|[↓⇓]|weak|power|strength|reduced|painful)))",
    re.IGNORECASE,
)
"""A rotation named without its joint: "external rotation 3/5", "ER 4-/5", "painful weak external rotation"."""
JOINT_NAMED = re.compile(r"\b(?:shoulder|arm|hip|thigh|leg|knee|foot|feet)\b", re.IGNORECASE)
"""A joint or limb named in the line itself: the rotation is that one's, not the note's."""
ARM_WORDS = re.compile(
    r"\b(?:shoulders?|arms?|scapula|scapular|spinoglenoid|suprascapular|infraspinatus|supraspinatus|isp|ssp|deltoid"
    r"|rotator cuff|biceps|triceps|elbows?|forearms?|wrists?|hands?|fingers?|thumbs?|neck|brachial)\b",
    re.IGNORECASE,
)
"""Words of the shoulder and arm (and the neck their roots leave)."""
LEG_WORDS = re.compile(
    r"\b(?:hips?|thighs?|legs?|knees?|ankles?|foot|feet|toes?|calf|calves|buttocks?|groin|gait|walk\w*|sciatica"
    r"|lumbar|[ls][1-5])\b",
    re.IGNORECASE,
)
"""Words of the hip and leg (and the low back their roots leave)."""
ROTATION_WORDS = {"external": "external", "internal": "internal", "er": "external", "ir": "internal"}


def with_the_shoulder(line: str, note: list[str]) -> str | None:
    """Return the line with its bare rotation named the shoulder's, when the note speaks of the arm and not the leg.

    None when the line names a joint, has no bare rotation, or the note's other lines do not speak of the arm alone.
    """
    found = BARE_ROTATION.search(line)
    if found is None or JOINT_NAMED.search(line):
        return None
    others = " ".join(other for other in note if other != line)
    if not ARM_WORDS.search(others) or LEG_WORDS.search(others):
        return None
    which = ROTATION_WORDS[(found.group(1) or found.group(2)).lower()]
    return f"{line[: found.start()]}shoulder {which} rotation{line[found.end() :]}"
