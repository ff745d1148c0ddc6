"""Where a side word belongs in a phrase: a compared side dropped, a side inside a name moved.

A side named only as the comparison ("compared with the right") is dropped; a side word inside a name
("external rotation of the right arm") is moved to the end of its clause. These are two rewrites the reader
makes to its words before names are matched (``reader.NoteReader.rewrite``), kept apart from it so that each
module keeps one job: the reader reads, this module places sides.
"""

from __future__ import annotations

import re

from graph.explore.localize.observation import Observation
from graph.explore.localize.phrase import CLAUSE_BREAKS
from graph.namespaces import BASE

COMPARED_WITH = frozenset({"compared", "comparison", "than", "relative", "vs", "versus"})
"""Words after which a side is the one compared against: "ankle jerk reduced on the left compared with the
right", "weaker than the right". The finding is on the other side."""

BEFORE_COMPARED_SIDE = frozenset({"with", "to", "on", "side", "of", "that"})
"""Words that may stand between a comparison word and the side it names ("compared with", "relative to")."""

GRADE = re.compile(r"^(?:\d[+-]?|\d/5|x\d+)$")
"""A reflex or power grade, or a count, given for the compared side before it is named ("vs 2+ on the right")."""

REPETITIONS = re.compile(r"^x\d+$")
"""A count of repetitions after the compared side ("heel raise x2 R vs L x12"): the count is no finding."""


def without_compared_side(words: list[str], how: list[str]) -> list[str]:
    """Drop a side named only as the comparison ("… compared with the right"), when another side is named.

    A note that says "left ankle reflex reduced compared with right" is about the left; read with both side
    words it would be a two-sided finding. A comparison side is dropped only when the phrase names the other
    side elsewhere (so "KJ 1+ on the right vs 2+ on the left" keeps its clause-by-clause reading), and when
    nothing but a count of repetitions follows it ("R single-leg heel raise x2 vs L x12").
    """
    out: list[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        out.append(word)
        index += 1
        if word not in COMPARED_WITH:
            continue
        ahead = index
        while ahead < len(words) and (words[ahead] in BEFORE_COMPARED_SIDE or GRADE.match(words[ahead])):
            ahead += 1  # "1+ compared with 2+ on the right": the other side's grade, then its side
        if ahead < len(words) and words[ahead] in ("left", "right"):
            other = "right" if words[ahead] == "left" else "left"
            after = words[ahead + 1 : ahead + 2]
            if other in words[:index] and not (
                after and after[0] not in CLAUSE_BREAKS and not REPETITIONS.match(after[0])
            ):
                out += words[index:ahead]
                how.append(f"'{words[ahead]}' read as the side compared with")
                index = ahead + 1
    return out


def sides_last(words: list[str]) -> list[str]:
    """Move a side word that sits inside a name to the end of its clause: "weak external rotation of the right arm".

    A side is read from anywhere in its clause (``phrase.side_of``), but a side word between the words of a
    name ("external rotation of the right arm", "R foot drop") splits the name so that it is not matched. A
    side word followed by a word that is not a clause break is moved to just before the clause's end. Study
    lines are left as they are (``studies.py`` reads their sides, and "right paracentral L4-L5" is a zone).
    """
    out: list[str] = []
    held: list[str] = []
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else None
        if word in SIDES and following is not None and following not in CLAUSE_BREAKS | SIDES | {"and", "or", "side"}:
            held.append(word)
            continue
        if word in CLAUSE_BREAKS and held:
            out += held
            held = []
        out.append(word)
    return out + held


SIDES = frozenset({"left", "right", "bilateral"})
"""Side words (after rewriting)."""

PAIRED_PLURALS = frozenset({"feet", "legs", "knees", "ankles", "thighs", "calves", "shins", "soles"})
"""Plurals of a part of the leg there is one of on each side: "tingling feet", "no reflexes at knees or ankles" speak of
both sides. Not the hands and arms: a carpal tunnel syndrome is often in both hands, and the graph's median nerve at
the wrist is one lesion of one side, which "my hands go numb at night" would then meet only by the leak (a trial this
stop lost such cases); nor "buttocks" ("a fall onto the buttocks"); nor toes and fingers (several on one foot or
hand), nor heels ("can't walk on my heels": a test of both feet that one weak foot fails)."""


BOTH_BY_PLURAL = "a part of the leg in the plural read as both sides"
"""The words ``compose`` adds to a phrase's ``how`` when ``both_by_plural`` made anything two-sided."""
PAIN_WORDS = frozenset({"pain", "pains", "painful", "ache", "aches", "aching", "hurt", "hurts", "sore", "cramp",
                        "cramps", "cramping", "claudication"})  # fmt: skip
"""Words of a pain: a clause with one is left as it is ("painful knees", "pain in legs on walking": arthritis,
claudication, no deficit of both sides; the clinical review of stop 40)."""


POSTURE_WORDS = frozenset({"crossing", "crossed", "cross", "squatting", "squat", "kneeling", "kneel", "sitting",
                           "after", "when", "while", "during"})  # fmt: skip
"""Words of a posture or a trigger: the plural then says how the legs were, not where the deficit is ("foot drop after
squatting on his heels and knees", "numb lateral thigh worse when crossing legs"; the code review of stop 40)."""


def both_by_plural(words: list[str], clauses: list[int], sides: list[str]) -> list[str]:
    """Return each word's side, a clause naming no side but a paired part in the plural read as both sides.

    Stop 40: "3 days tingling feet + hands, now legs weak" and "the doctor said his knee and ankle reflexes have
    gone" (writers' Guillain-Barré notes) named no side, so each deficit was read as of one unknown side and a lesion of
    both sides met it no better than a one-sided one. Not a clause of pain (:data:`PAIN_WORDS`); undone in a note
    naming a side (``plural_undone``).
    """
    in_clause = list(zip(words, clauses, strict=True))  # the reader numbers every word's clause
    plural_clauses = {clause for word, clause in in_clause if word in PAIRED_PLURALS}
    plural_clauses -= {clause for word, clause in in_clause if word in PAIN_WORDS | POSTURE_WORDS}
    if not plural_clauses:
        return sides
    return [  # ``sides`` has one more entry than the words (a match may end the phrase): it keeps its side
        "bilateral" if not side and index < len(clauses) and clauses[index] in plural_clauses else side
        for index, side in enumerate(sides)
    ]


def plural_undone(observations: list[Observation]) -> bool:
    """Return True when a note naming a left or right side has a deficit made two-sided by a plural alone.

    There the plural is the patient's way of speaking, not a finding of both sides: "right sciatica for 3 weeks",
    then "legs numb on walking" (the clinical review of stop 40 found such a line pushing a one-sided L5 picture to
    the cauda equina and raising its flag). ``NoteReader.read_all`` then reads the note again without the rule. A side
    named only by a band of pain round the trunk (:data:`TRUNK_BAND`) does not count.
    """
    return any(BOTH_BY_PLURAL in o.how for o in observations) and any(
        o.side in ("left", "right") and TRUNK_BAND not in o.findings for o in observations
    )


TRUNK_BAND = BASE + "thoracic_radicular_pain"
"""A band of pain round one side of the trunk: a root's or the cord's, which says nothing of the legs' sides ("pain in
a band round the right side of my belly" with "weak legs" is a thoracic cord picture; the late review of stop 42)."""
