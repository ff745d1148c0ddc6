"""A second side's clause that gives only a status: "SLR negative L, positive R", "plantar upgoing L, downgoing R".

A note often names a sign once and grades each side in its own clause. Read as written, the second clause has
no name, so its status was shared back to the first clause's name (a list's status: "deltoid, biceps 5/5") and
the second side was lost: "SLR negative L, positive R" read as a normal left SLR only, and "plantar upgoing L,
downgoing R" as a normal left plantar (the wrong way for an upper motor neuron sign). Here the second clause is
given the first clause's name, so each side is read as its own finding, as ``grades.sides_apart`` does for
reflex grades ("KJ R 1+ L 2+"). The plantar response is named by its own status ("upgoing" is read as "extensor
plantar response"), so its two clauses are written out in full: present on one side, negative on the other.
"""

from __future__ import annotations

from graph.explore.localize import shorthand

SIDE_WORDS = frozenset({"left", "right"})
"""The sides a clause may grade (after rewriting; "both" grades no second side)."""

STATUS = frozenset(
    {*shorthand.DEFICIT_WORDS, "normal", "present", "intact", "positive", "negative", "flexor", "extensor"}
)
"""Words that say how a sign is on a side, and nothing of what the sign is (after rewriting)."""

SECOND_STATUS = frozenset(
    {"absent", "normal", "present", "intact", "positive", "negative", "flexor", "extensor", "brisk"}
)
"""The statuses a second side's clause is read with. Not a lesser grade ("AJ absent R, L 1+", "↓ R"): a grade of 1+
is the low end of normal on the NINDS scale, and a side written only as a lower grade beside an absent reflex is
the comparison, as it was read before this module."""

PLANTAR = ("extensor", "plantar", "response")
"""How the reader writes an upgoing plantar: the name carries its status."""

PLANTAR_NORMAL = frozenset({"flexor", "negative", "normal", "absent"})
"""A second clause's words that say the plantar response on that side is not extensor."""

PLANTAR_EXTENSOR = frozenset({"extensor", "positive", "present"})
"""A second clause's words that say the plantar response on that side is extensor."""

PUNCTUATION = frozenset({":", "-", "="})
"""Marks between a name and its status in a record template ("ankle jerk: R absent")."""


def named_again(words: list[str], how: list[str]) -> list[str]:
    """Return the words with each status-only second side's clause given the name of the clause before it."""
    clauses = _clauses(words)
    for index in range(1, len(clauses)):
        first, second = clauses[index - 1], clauses[index]
        if not _status_and_side(second) or not first or first[-1] not in SIDE_WORDS or first[-1] == second[-1]:
            continue
        name = _name(first)
        if not name:
            continue
        if tuple(name) == PLANTAR:
            extensor = bool(PLANTAR_EXTENSOR & set(second[:-1]))
            if not PLANTAR_NORMAL & set(second[:-1]) and not extensor:
                continue
            if not STATUS & set(first[len(name) : -1]):
                clauses[index - 1] = [*name, "present", first[-1]]
            clauses[index] = [*name, "present" if extensor else "negative", second[-1]]
        else:
            clauses[index] = [*name, *second]
        how.append(f"the {second[-1]} side's '{' '.join(second[:-1])}' read as said of '{' '.join(name)}'")
    return [word for position, clause in enumerate(clauses) for word in ([","] if position else []) + clause]


def _clauses(words: list[str]) -> list[list[str]]:
    """Split the words at commas."""
    clauses: list[list[str]] = [[]]
    for word in words:
        if word == ",":
            clauses.append([])
        else:
            clauses[-1].append(word)
    return clauses


def _status_and_side(clause: list[str]) -> bool:
    """Return True for a clause of status words and one side at its end ("positive right")."""
    return len(clause) >= 2 and clause[-1] in SIDE_WORDS and all(word in SECOND_STATUS for word in clause[:-1])


def _name(clause: list[str]) -> list[str]:
    """Return the name a clause grades: its words up to the first status word after a word of the name.

    "straight leg raise positive at 30 deg right" names "straight leg raise"; "extensor hallucis longus weak right"
    names "extensor hallucis longus" (a leading "extensor" belongs to the name); "extensor plantar response left"
    names the whole; "absent pedal pulses right" names "pedal pulses" (a reader's rewriting put the status first). A
    name with a side in it is no name: nothing is repeated.
    """
    name: list[str] = []
    for word in clause[:-1]:
        if word in PUNCTUATION or (word in STATUS and word != "extensor" and not name):
            if name:
                break
            continue  # "absent pedal pulses right": the first side's status, read before the name
        if word in STATUS and name:
            break
        if word in SIDE_WORDS:
            return []
        name.append(word)
    return name if any(word not in STATUS for word in name) else []
