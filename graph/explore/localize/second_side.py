"""A second side's clause that gives only a status: "SLR negative L, positive R", "plantar upgoing L, downgoing R".

A note often names a sign once and grades each side in its own clause. Read as written, the second clause has
no name, so its status was shared back to the first clause's name (a list's status: "deltoid, biceps 5/5") and
the second side was lost: "SLR negative L, positive R" read as a normal left SLR only, and "plantar upgoing L,
downgoing R" as a normal left plantar (the wrong way for an upper motor neuron sign). Here the second clause is
given the first clause's name, so each side is read as its own finding, as ``grades.sides_apart`` does for
reflex grades ("KJ R 1+ L 2+"), which ``phrase._compared`` otherwise reads as one finding with the other side
its comparison.

Only a sign of :data:`SIGNS` is named again, and only from a first clause that is that sign, its status and its
side: the reviews of stop 42 found a wider rule copying a field's header ("Legs: KJ absent R, present L" made the
right leg normal), a negation ("no SLR L, positive R"), a finding named by its own deficit ("saddle sensation
normal R, absent L" read no saddle anaesthesia on either side) and the first item of a list. The plantar response
is named by its own status ("upgoing" is read as "extensor plantar response"), so its second clause is written
out as present or negative.
"""

from __future__ import annotations

from graph.explore.localize.phrase import CLAUSE_BREAKS

SIDE_WORDS = frozenset({"left", "right"})
"""The sides a clause may grade (after rewriting; "both" grades no second side)."""

SIGNS = frozenset({
    ("straight", "leg", "raise"), ("babinski",), ("hoffmann",), ("spurling",), ("tinel",), ("phalen",),
    ("faber", "test"), ("femoral", "stretch", "test"), ("ankle", "jerk"), ("knee", "jerk"), ("biceps", "jerk"),
    ("triceps", "jerk"), ("supinator", "jerk"), ("ankle", "reflex"), ("knee", "reflex"), ("biceps", "reflex"),
    ("triceps", "reflex"), ("extensor", "hallucis", "longus"), ("extensor", "plantar", "response"),
})  # fmt: skip
"""Signs and reflexes a note grades side by side (as the reader writes them): the names that are repeated."""

SECOND_STATUS = frozenset({"absent", "normal", "present", "intact", "positive", "negative", "flexor", "extensor"})
"""The statuses a second side's clause is read with. Not a lesser grade ("AJ absent R, L 1+", "↓ R"): read as a
second deficit, it moved one-sided root pictures with a lower reflex on the other side to a polyneuropathy (three
first sites on the development cases), so the lesser side stays the comparison it was read as before (a known gap:
an asymmetric loss on both sides is a clue to a cauda equina lesion, the clinical review of stop 42). Not "brisk"
(read as clonus) nor "weak" beside an absent reflex ("AJ absent R, weak L"): the late review of stop 42."""
FIRST_STATUS = SECOND_STATUS | {"weak", "brisk", "reduced", "diminished"}
"""The statuses the first side's clause may give its sign (read as they were before: this module adds nothing there)."""

QUALIFIERS = frozenset({"at", "deg", "degrees", "°"})
"""Words of an angle or a place after a status ("positive at 30 deg"): kept in the second clause as written."""

PLANTAR = ("extensor", "plantar", "response")
PLANTAR_NORMAL = frozenset({"flexor", "negative", "normal", "absent"})
"""A second clause's words that say the plantar response on that side is not extensor."""
PLANTAR_EXTENSOR = frozenset({"extensor", "positive", "present"})
"""A second clause's words that say the plantar response on that side is extensor."""

FIELD_MARKS = frozenset({":", "-", "="})
"""Marks after a field's name in a record template ("Reflexes - Achilles: R absent"): the sign is named after them."""


def named_again(words: list[str], how: list[str]) -> list[str]:
    """Return the words with each status-only second side's clause given the sign of the comma clause before it."""
    clauses, breaks = _clauses(words)
    for index in range(1, len(clauses)):
        first, second = clauses[index - 1], clauses[index]
        if breaks[index - 1] != "," or not _status_and_side(second):
            continue
        sign = _sign(first)
        if sign is None or first[-1] == second[-1]:
            continue
        statuses = {word for word in second if word in SECOND_STATUS}
        if sign == PLANTAR:
            extensor = bool(PLANTAR_EXTENSOR & statuses)
            if not extensor and not PLANTAR_NORMAL & statuses:
                continue
            if first[-1] in SIDE_WORDS and first[-2] == "response":  # "extensor plantar response left": said present
                clauses[index - 1] = [*first[:-1], "present", first[-1]]
                how.append(f"the plantar response read as present on the {first[-1]}, beside the other side's")
            clauses[index] = [*sign, "present" if extensor else "negative", second[-1]]
            how.append(f"the {second[-1]} side's '{' '.join(second[:-1])}' read as the plantar response "
                       f"{'present' if extensor else 'negative'} there")  # fmt: skip
        else:
            clauses[index] = [*sign, *second]
            how.append(f"the {second[-1]} side's '{' '.join(second[:-1])}' read as said of '{' '.join(sign)}'")
    out: list[str] = []
    for index, clause in enumerate(clauses):
        out += clause + ([breaks[index]] if index < len(breaks) else [])
    return out


def _clauses(words: list[str]) -> tuple[list[list[str]], list[str]]:
    """Split the words at the reader's clause breaks; return the clauses and the break after each but the last."""
    clauses: list[list[str]] = [[]]
    breaks: list[str] = []
    for word in words:
        if word in CLAUSE_BREAKS:
            clauses.append([])
            breaks.append(word)
        else:
            clauses[-1].append(word)
    return clauses, breaks


def _status_and_side(clause: list[str]) -> bool:
    """Return True for a clause of status words, maybe an angle, and one side at its end ("positive 30 deg left")."""
    if len(clause) < 2 or clause[-1] not in SIDE_WORDS or clause[0] not in SECOND_STATUS:
        return False
    return all(word in SECOND_STATUS or word in QUALIFIERS or word.isdigit() for word in clause[:-1])


def _sign(clause: list[str]) -> tuple[str, ...] | None:
    """Return the sign a first clause grades, when it is that sign, a status, maybe an angle, and a side, else None.

    A field's name before a mark is dropped ("lower limbs : straight leg raise positive right" grades the SLR); any
    other word (a negation, a second item, a finding named by its own deficit) makes it no such clause.
    """
    if len(clause) < 2 or clause[-1] not in SIDE_WORDS:
        return None
    marks = [i for i, word in enumerate(clause) if word in FIELD_MARKS]
    bodies = [clause[:-1]]
    if marks:
        after_the_field = clause[marks[-1] + 1 : -1]  # "lower limbs : straight leg raise positive"
        field_start = marks[-2] + 1 if len(marks) > 1 else 0
        the_field_graded = [w for w in clause[field_start:-1] if w not in FIELD_MARKS]  # "ankle jerk : absent"
        bodies = [after_the_field, the_field_graded]
    for body in bodies:
        for size in (3, 2, 1):
            sign, rest = tuple(body[:size]), body[size:]
            if sign in SIGNS and all(w in FIRST_STATUS or w in QUALIFIERS or w.isdigit() for w in rest):
                return sign if rest or sign == PLANTAR else None
    return None
