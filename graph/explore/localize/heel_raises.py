"""Counts of single-leg heel raises on each side, read as the graph's fewer heel raises on one side (``quantities``).

"calf raises: 12 on the left, 2 on the right", "right calf raises 4 vs left 15", "heel raises R 20 L 5": the graph's
sign is "fewer single-leg heel raises than on the normal side" (the S1 root's, the calf's). Only a clause of counts is
read: the test's words, side words, counts and the words between them, and nothing else (a range in degrees, a grip in
kilograms, "limited by Achilles pain", "no difference", "previously" leave it unread; the reviews of stop 37).

When a count is fewer: no published criterion compares the two sides in one session. Repeating the test on the same
leg a week later changes the count by up to about 6 (95 % limits of agreement -6.2 to 6.5 and -6.1 to 6.2, in the
32 adults retested by Hébert-Losier et al., Physiotherapy 2017;103:446-452); a side is read as fewer when it is at
least :data:`FEWER_BY` fewer than the other, beyond that, and at most :data:`AT_MOST_SHARE` of it, so that a strong
calf's 35 against 28 is not (a judgement). None against any is the graph's own synonym, "cannot do a single heel raise".
Sealed 55 wrote such counts twice, unread on its run (stop 37).
"""

from __future__ import annotations

import re

from graph.explore.localize.lay import SIDES

TEST_WORDS = frozenset({"raise", "raises", "rise", "rises"})
"""The test's word, after "heel" or "calf" ("calf raises", "heel rises")."""
TEST_ALONE = frozenset({"relevé", "releve", "relevés", "releves"})
"""The test named by one word: a dancer's single-leg relevé is a heel raise on one leg (sealed 58, after its run)."""
BEFORE_TEST = frozenset({"heel", "calf"})
LEADING = frozenset({"single", "leg", "single-leg", "one-leg", "standing", "repeated"})
"""Words a count's clause may open with besides a side ("single-leg heel raises")."""
BETWEEN = frozenset({",", ":", "vs", "vs.", "versus", "and", "/", "on", "the", "x", "reps", "times", "-"})
"""Words between the counts and sides ("12 on the left, 2 on the right", "R 20 vs L 5")."""
SIDE_WORDS = {**SIDES, "rt": "right", "lt": "left"}
MRC_GRADE = re.compile(r"[0-5][+-]?/5")
"""A muscle's grade: the clause before it is over ("R plantarflexion 4/5 (10 single heel raises L, 3 R)")."""
FEWER_BY = 7
"""The least difference read as fewer: beyond the ±6.2 limits of agreement of a count retested on one leg."""
LIMITED_WORDS = frozenset({"limited", "pain", "painful", "sore", "achilles", "tendon", "tendinopathy"})
"""Words after the counts, before the next ``;``, that say pain or a tendon limited them: no nerve sign then."""
AT_MOST_SHARE = 0.75
"""The most a fewer count may be of the other's to be read as fewer (a judgement, see the module docstring)."""


def fewer_heel_raises(tokens: list[str]) -> tuple[int, int, str, int, int] | None:
    """Return (start, end, the side with fewer, its count, the other's) of a clause counting both sides' heel raises.

    ``tokens[start:end]`` is the clause, to be put in the reading's place: it opens the phrase, or follows a ``;``, a
    label's ``:`` or a grade (the bracket of "R plantarflexion 4/5 (10 single heel raises L, 3 R)", whose brackets the
    reader has dropped: until stop 46 its "L" made the weakness two-sided), and ends after the second count and its
    side (at the next comma or ``;``).
    None unless it holds only the test's words, two sides with a count each and the words between them, and the counts
    differ as the module docstring says.
    """
    if BEFORE_TEST.isdisjoint(tokens) and TEST_ALONE.isdisjoint(tokens):
        return None  # the cheap test first: this runs for every phrase, and few name the test
    alone = next((i + 1 for i, token in enumerate(tokens) if token in TEST_ALONE), None)
    test = next((i for i in range(1, len(tokens)) if tokens[i] in TEST_WORDS and tokens[i - 1] in BEFORE_TEST), alone)
    if test is None:
        return None
    start = test - 1
    while start > 0 and (tokens[start - 1] in SIDE_WORDS or tokens[start - 1] in LEADING or _count(tokens[start - 1])):
        start -= 1
    if start > 0 and tokens[start - 1] not in (";", ":") and not MRC_GRADE.fullmatch(tokens[start - 1]):
        return None
    paired = _pairs(tokens, start)
    if paired is None:
        return None
    counts, end = paired
    after = tokens[end : next((i for i in range(end, len(tokens)) if tokens[i] == ";"), len(tokens))]
    if LIMITED_WORDS & set(after):  # "10 on the right, limited by Achilles pain": the tendon's, not the nerve's
        return None
    (weak, fewer), (_, more) = sorted(counts.items(), key=lambda item: item[1])
    if (fewer == 0 < more) or (more - fewer >= FEWER_BY and fewer <= AT_MOST_SHARE * more):
        return start, end, weak, fewer, more
    return None


def _pairs(tokens: list[str], start: int) -> tuple[dict[str, int], int] | None:
    """Pair two counts with the side word next to each ("R 20", "20 R", "12 on the left"), from ``start``.

    Return the two sides' counts and where the clause ends (the comma or ``;`` after the second pair, or the end);
    None if a word of anything else comes first, or a side or count is left without its pair.
    """
    counts: dict[str, int] = {}
    side: str | None = None
    count: int | None = None
    for position in range(start, len(tokens)):
        word = tokens[position]
        if len(counts) == 2:
            return (counts, position) if word in (",", ";") else None
        if word in SIDE_WORDS:
            side = SIDE_WORDS[word]
        elif _count(word):
            count = int(word.strip("x"))
        elif word in LEADING or word in BETWEEN or word in BEFORE_TEST or word in TEST_WORDS or word in TEST_ALONE:
            continue
        else:
            return None
        if side is not None and count is not None:
            if side in counts:
                return None
            counts[side], side, count = count, None, None
    return (counts, len(tokens)) if len(counts) == 2 and side is None and count is None else None


def _count(word: str) -> bool:
    """Return True for a count of heel raises: up to three ASCII digits, with or without an "x" ("x12", "12x")."""
    digits = word.strip("x")
    return digits.isdecimal() and digits.isascii() and len(digits) <= 3
