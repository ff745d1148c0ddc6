"""A serum creatine kinase value in a note ("CK 4,800 U/L", "CPK 900", "creatine kinase 12 000", "CK 3x ULN").

Read by :func:`graph.explore.localize.quantities.rewrite` as the graph's raised serum creatine kinase (the sign of
a myopathy), or as that finding absent. The reference limits differ by sex and ancestry, so only a value beyond
every group's upper limit is read as raised, and only one below every group's upper limit as normal; a value between
the two says nothing (as an HbA1c in the prediabetic range says nothing). A multiple of the upper limit of normal
above one ("CK 3x ULN") is raised, and "CK normal" is normal.
"""

from __future__ import annotations

import re

CK_WORDS = frozenset({"ck", "cpk"})
"""The abbreviations of creatine kinase (creatine phosphokinase) before a value."""
CK_RAISED_ABOVE = 810.0
CK_NORMAL_BELOW = 135.0
"""U/L. The upper reference limits of serum creatine kinase run from 135-248 U/L in women to 520-810 U/L in Black men
(Filosto et al., worldwide systematic review, 2025: ``ref_filosto_ck_2025``): above 810 is raised for anyone, below
135 normal for anyone."""
NORMAL_WORDS = frozenset({"normal", "nl", "wnl", "n", "nad", "ok", "unremarkable"})
"""Words saying the value after "CK" is normal."""
DIGITS = re.compile(r"^\d{1,6}$")
GROUP = re.compile(r"^\d{3}$")
TIMES_ULN = re.compile(r"^(\d{1,3}(?:\.\d)?)x$")
"""A multiple of the upper limit ("3x", "10x", "1.5x") before "ULN"."""
TIMES_WORDS = frozenset({"x", "times", "\u00d7"})
"""A multiple written apart from its number ("3 x ULN", "10 times ULN")."""
LINKING_WORDS = frozenset({":", "=", "was", "is", "of", "level"})
"""Words between "CK" and its value ("CK: 950", "CK was 5000", "CK level 2100")."""


def creatine_kinase(tokens: list[str], index: int) -> tuple[bool, str, int] | None:
    """Return (raised, the value as written, tokens used) for a creatine kinase value at ``index``, else None.

    ``raised`` is False for a normal value; a value between the limits returns None (it says nothing).
    """
    used = 0
    if tokens[index] in CK_WORDS:
        used = 1
    elif tokens[index] == "creatine" and tokens[index + 1 : index + 2] == ["kinase"]:
        used = 2
    if not used:
        return None
    while tokens[index + used : index + used + 1] and tokens[index + used] in LINKING_WORDS:
        used += 1
    rest = tokens[index + used : index + used + 3]
    if len(rest) >= 2 and TIMES_ULN.match(rest[0]) and rest[1] == "uln":
        times = float(TIMES_ULN.match(rest[0]).group(1))  # type: ignore[union-attr]
        return (True, f"{rest[0]} ULN", used + 2) if times > 1 else None
    if len(rest) == 3 and DIGITS.match(rest[0]) and rest[1] in TIMES_WORDS and rest[2] == "uln":
        return (True, f"{rest[0]} x ULN", used + 3) if float(rest[0]) > 1 else None
    if rest[:1] and rest[0] in NORMAL_WORDS:  # "CK normal": said, not measured here
        return False, rest[0], used + 1
    if not rest or not DIGITS.match(rest[0]):
        return None
    written, value, used = rest[0], float(rest[0]), used + 1
    if len(rest) == 3 and rest[1] == "," and GROUP.match(rest[2]) and len(rest[0]) <= 3:  # "4,800"
        written, value, used = f"{rest[0]},{rest[2]}", value * 1000 + float(rest[2]), used + 2
    elif len(rest) >= 2 and GROUP.match(rest[1]) and len(rest[0]) <= 3:  # "12 000", "4 800"
        written, value, used = f"{rest[0]} {rest[1]}", value * 1000 + float(rest[1]), used + 1
    if value > CK_RAISED_ABOVE:
        return True, written, used
    if value < CK_NORMAL_BELOW:
        return False, written, used
    return None
