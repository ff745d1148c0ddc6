"""A line read in the light of the note's other lines: a rotation with no joint named, in a note about the arm.

"ER 3/5 R, abduction 5/5" names no joint: the hip rotates too, so the line alone is left unread (the graph's
movements are the shoulder's or the hip's external rotation). A note whose other lines speak of the shoulder or arm
and never of the leg means the shoulder's, as its writer did; weak external rotation with abduction spared is the
picture of the infraspinatus alone (the suprascapular nerve at the spinoglenoid notch). Sealed 40, 45, 48, 55, 56 and
57 wrote the line so, and it was left unread (stop 37). Only a line the reader could not read is read again, with the
joint named, so no reading of a line that was read changes; only a strength (a grade out of 5, "weak") is read, never a
range in degrees, a receptor's score ("ER 8/8", "ER 90%") or an emergency-room visit ("ER 3 days ago"); the other lines
are taken as the reader rewrites them ("SLR" is the straight leg raise), and a line saying its part is normal or absent
("shoulders and arms normal") says nothing of where the note is (the reviews of stop 37).
"""

from __future__ import annotations

import re

from graph.explore.localize.shorthand import TOKENS

BARE_ROTATION = re.compile(
    r"\b(?:(external|internal|ext|int) rotation|(?<!in )(?<!to )(?<!at )(?<!the )(?<!from )(er|ir))"
    r"(?= ?(?:(?:l|r|left|right) )?(?:[0-5][+-]?/5|weak|[↓⇓]))",
    re.I,
)
"""A rotation named without its joint, with a strength after it: "external rotation 3/5", "ext rotation 4-/5" (sealed
59), "ER 4-/5", "ER weak", "ER L 4-/5" (a side between, sealed 103); not the emergency room ("seen in ER weak R arm",
the clinical review of stop 45)."""
WEAK_ROTATION = re.compile(r"\bweak (external|internal) rotation", re.I)
"""A rotation named without its joint, with a weakness before it ("painful weak external rotation")."""
RANGE_WORDS = frozenset({"°", "deg", "degrees", "rom", "range", "passive", "passively"})
"""Words of a range of movement: a stiff shoulder's, not a weak one's."""
JOINT_NAMED = frozenset({"shoulder", "hip", "thigh", "leg", "knee", "foot", "feet"})
"""A joint or limb named in the line itself: the rotation is that one's, not the note's. The arm is not among them: the
arm rotates at the shoulder ("R ER 3/5 arm at side" is the shoulder's, sealed 104)."""
SAID_NORMAL = frozenset({"no", "not", "normal", "nil", "denies", "fine", "ok", "unremarkable", "intact"})
"""Words of a line that says its part is normal or absent: such a line does not say where the note is."""
ARM_WORDS = frozenset({
    "shoulder", "shoulders", "arm", "arms", "scapula", "scapular", "spinoglenoid", "suprascapular", "infraspinatus",
    "supraspinatus", "isp", "ssp", "deltoid", "cuff", "biceps", "triceps", "elbow", "elbows", "forearm", "forearms",
    "wrist", "wrists", "hand", "hands", "finger", "fingers", "thumb", "thumbs", "neck", "brachial", "pollicis",
    "ulnar", "radial", "median", "axillary",
})  # fmt: skip
"""Words of the shoulder and arm (and the neck their roots leave)."""
LEG_WORDS = frozenset({
    "hip", "hips", "thigh", "thighs", "leg", "legs", "knee", "knees", "ankle", "ankles", "foot", "feet", "toe", "toes",
    "calf", "calves", "buttock", "buttocks", "groin", "gait", "walk", "walking", "walks", "sciatica", "lumbar",
    "faber", "fadir", "trochanter", "trochanteric", "gluteal", "gluteus", "trendelenburg", "piriformis", "sacroiliac",
    "adductor", "adductors", "quadriceps", "hallucis", "heel", "heels", "patellar", "achilles",
    "l1", "l2", "l3", "l4", "l5", "s1", "s2", "s3", "s4", "s5",
})  # fmt: skip
"""Words of the hip and leg (and the low back their roots leave)."""


def bare_rotation(line: str) -> bool:
    """Return True when a line names a rotation without its joint, with a strength (the cheap test, run first)."""
    return bool(BARE_ROTATION.search(line) or WEAK_ROTATION.search(line))


def with_the_shoulder(line: str, others: list[list[str]]) -> str | None:
    """Return the line with its bare rotation named the shoulder's, when the note speaks of the arm and not the leg.

    ``others``: the words of the note's other lines, as the reader rewrites them. None when the line names a joint or
    a range, has no bare rotation with a strength, or the other lines do not speak of the arm alone. A line that
    speaks of the arm itself and not of the leg ("external rotation 3/5 R; abduction 5/5, deltoid and biceps 5/5") is
    the shoulder's whatever the others say (stop 45: the line's deltoid had been read, its rotation dropped).
    """
    found = BARE_ROTATION.search(line) or WEAK_ROTATION.search(line)
    words = set(re.findall(r"[\w°-]+", line.lower().replace("°", " ° ")))  # "hand-held" is no hand
    if found is None or JOINT_NAMED & words or RANGE_WORDS & words or LEG_WORDS & words:
        return None
    spoken = {word for other in others if not SAID_NORMAL & set(other) for word in other}
    if LEG_WORDS & spoken and not ARM_WORDS & spoken:
        return None  # a note about the hip alone: its rotation is the hip's, whatever one arm word says
    if not ARM_WORDS & words and (not ARM_WORDS & spoken or LEG_WORDS & spoken):
        return None
    if found.re is WEAK_ROTATION:  # "weak external rotation": the shoulder's named before the rotation
        return f"{line[: found.start()]}weak shoulder {found.group(1)} rotation{line[found.end() :]}"
    named = (found.group(1) or TOKENS[found.group(2).lower()].split()[0]).lower()
    which = {"ext": "external", "int": "internal"}.get(named, named)
    return f"{line[: found.start()]}shoulder {which} rotation{line[found.end() :]}"
