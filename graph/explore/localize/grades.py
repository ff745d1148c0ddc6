"""A grade given to each side on its own, and a record template's fields: read as a note would write them.

"KJ R 1+ L 2+" grades each side apart; "Reflexes - Achilles: R 0 / L 2+" names the ankle reflex by its tendon;
"Bladder: NAD" is a field and its status; "groin → thigh → knee pain" is a pain along a path. Token rewrites the
reader (``reader.py``) makes before a phrase's sides are moved to the end of their clauses.
"""

from __future__ import annotations

import re

from graph.explore.localize import quantities, shorthand
from graph.explore.localize.phrase import CLAUSE_BREAKS

POWER_GRADE = re.compile(r"[0-5][+-]?/5")
"""An MRC power grade as a token ("4/5", "4-/5")."""

SIDE_TOKENS = quantities.SIDE_WORDS
"""The words of a note that name one side (one list, kept in ``quantities``)."""
STATUS_WORDS = frozenset({*shorthand.DEFICIT_WORDS, *shorthand.REFLEX_GRADES, "normal", "present", "intact", "equal"})
"""Words that say how a thing is, not what it is: never repeated as the name of a side's grade."""


def sides_apart(tokens: list[str]) -> list[str]:
    """Give each side graded on its own a clause, with the name graded: "KJ R 1+ L 2+", "BJ 2+ R, 1+ L".

    "Reflexes - Achilles: R 0 / L 2+" becomes "… achilles: r 0 , achilles l 2+" (the last field name). Without it
    the two sides were one clause, moved to its end together, and both grades were read as both sides' (a right knee
    jerk of 1+ had read as reduced on both sides); a second clause naming only a side and a grade had lost what it
    grades.
    """
    out = list(tokens)
    index = 0
    while index + 3 < len(out):
        first, after = out[index : index + 2], out[index + 2 : index + 5]
        gap = 1 if after[:1] in ([","], ["/"]) else 0
        second = after[gap : gap + 2]
        if _graded_side(first) and len(second) == 2 and _graded_side(second):
            start = index
            while start > 0 and out[start - 1] not in (",", ";", "/") and index - start < 4:
                start -= 1
            segments: list[list[str]] = [[]]  # "reflexes - achilles :": the last field name, "achilles"
            for token in out[start:index]:
                if token in (":", "-"):
                    segments.append([])
                else:
                    segments[-1].append(token)
            field = next((segment for segment in reversed(segments) if segment), [])
            name = [token for token in field if token.isalpha() and token not in STATUS_WORDS]  # "AJ ↓ R": not "↓"
            out[index + 2 : index + 2 + gap] = [",", *name]
            index += 3 + len(name)
        else:
            index += 1
    return out


TENDONS = frozenset(
    {"achilles", "patellar", "biceps", "triceps", "supinator", "brachioradialis", "br", "knee", "ankle"}
)
"""Names of a tendon reflex that a record template writes without "reflex" ("Achilles: R 0 / L 2+"); "BR 2+" is the
brachioradialis reflex (it had read as the muscle's power)."""


AFTER_A_GRADE = frozenset(
    {*SIDE_TOKENS, "bilaterally", "bilateral", "bilat", "symmetrical", "symmetric", "symm", "sym", "equal", "on", "at",
     "in", "throughout", "both", "and", "only", "today", "now"}
)  # fmt: skip
"""Words that follow a reflex grade ("biceps + bilaterally"), not a second muscle joined by "+"."""


def tendon_reflexes(tokens: list[str]) -> list[str]:
    """Read a tendon's name graded like a reflex as its reflex: "Achilles: R 0 / L 2+" -> "achilles reflex: …".

    Only when a reflex grade follows (a side and ":" or "-" may come between; after "knee" or "ankle" one of them
    must), so "biceps: R 4/5" stays power; "Achilles tap" is its reflex too.
    """
    out: list[str] = []
    index = 0
    while index < len(tokens):
        token, following = tokens[index], tokens[index + 1 : index + 2]
        out.append(token)
        index += 1
        if token not in TENDONS:
            continue
        if following in (["tap"], ["taps"]):
            out.append("reflex")
            index += 1
            continue
        between = [t for t in tokens[index : index + 3] if t in (":", "-") or t in SIDE_TOKENS]
        ahead = [t for t in tokens[index : index + 3] if t not in between]
        # "BR + ECRL 5/5": "+" joins two muscles; "biceps + bilaterally" is the "+" grade, its side after it
        joins = ahead[:1] == ["+"] and ahead[1:2] != [] and ahead[1][:1].isalpha() and ahead[1] not in AFTER_A_GRADE
        if ahead and ahead[0] in shorthand.REFLEX_GRADES and not joins and (between or token not in ("knee", "ankle")):
            out.append("reflex")
    return out


def _graded_side(pair: list[str]) -> bool:
    """Return True for a side and its grade, in either order ("r 1+", "2+ l", "l 4/5")."""
    one, two = pair
    return (one in SIDE_TOKENS and _graded(two)) or (_graded(one) and two in SIDE_TOKENS)


def _graded(token: str) -> bool:
    """Return True for a reflex grade ("0", "2+") or a power grade ("4/5", "4-/5")."""
    return token in shorthand.REFLEX_GRADES or bool(POWER_GRADE.fullmatch(token))


FIELD_STATUS = frozenset(
    {"normal", "nad", "intact", "nil", "negative", "positive", "absent", "reduced", "present", "weak"}
)
"""Statuses a template writes as a field's value ("Bladder: NAD", "Saddle sensation: intact")."""


def field_status(tokens: list[str]) -> list[str]:
    """Join a field to the status that ends its line: "bladder : normal" -> "bladder normal".

    Only a colon before the phrase's last word, when that word is a status: "MRI: …" and "Q: … A: …" keep theirs.
    """
    if len(tokens) > 2 and tokens[-2] == ":" and tokens[-1] in FIELD_STATUS:
        return [*tokens[:-2], tokens[-1]]
    return tokens


ARROWS = frozenset({"→", "->"})
"""Arrows between the places of a pain's path ("buttock → lateral foot")."""
PATH_PAIN = frozenset({"pain", "ache", "aching"})
"""Pain words that may close a path written with arrows."""


def pain_before_its_path(words: list[str]) -> list[str]:
    """Put a pain word written after its path before it: "groin → thigh → knee pain" -> "pain groin → thigh → knee".

    Written so, only the last place took the pain ("knee pain"); written with the pain first ("pain buttock →
    lateral foot") every place of the path is read, as the composer reads a radiation.
    """
    arrows = [index for index, word in enumerate(words) if word in ARROWS]
    if not arrows:
        return words
    start = max((i + 1 for i, word in enumerate(words[: arrows[0]]) if word in CLAUSE_BREAKS), default=0)
    end = next((i for i in range(arrows[-1], len(words)) if words[i] in CLAUSE_BREAKS), len(words))
    if PATH_PAIN & set(words[start : arrows[0]]):
        return words  # the pain is named before its path already
    pain = next((i for i in range(arrows[-1], end) if words[i] in PATH_PAIN), None)
    if pain is None:
        return words
    return [*words[:start], words[pain], *words[start:pain], *words[pain + 1 :]]
