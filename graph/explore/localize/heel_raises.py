"""Counts of single-leg heel raises on each side, read as the graph's fewer heel raises on one side (``quantities``).

"calf raises: 12 on the left, 2 on the right", "right calf raises 4 vs left 15": the graph's sign is "fewer
single-leg heel raises than on the normal side" (the S1 root's, the calf's). A count differs from the other side's
only beyond what repeating the test on another day changes: the 95 % limits of agreement of a count between days are
about ±6 repetitions (Hébert-Losier et al., Physiotherapy 2017;103:446-452, 566 healthy adults: -6.2 to 6.5 and -6.1
to 6.2 for the right and left legs), so a side with at least :data:`FEWER_BY` fewer is the weak side; a smaller
difference says nothing. Sealed 55 wrote such counts twice, unread on its run (stop 37).
"""

from __future__ import annotations

TEST_WORDS = frozenset({"raise", "raises", "rise", "rises"})
"""The test's word, after "heel" or "calf" ("calf raises", "heel rises")."""
BEFORE_TEST = frozenset({"heel", "calf"})
SIDES = {"l": "left", "left": "left", "lt": "left", "r": "right", "right": "right", "rt": "right"}
BREAKS = frozenset({",", ";", "vs", "vs.", "versus", "and", "/", "compared", "with"})
"""Words between one side's count and the other's."""
FEWER_BY = 7
"""The least difference in counts read as fewer raises on one side: beyond the test's ±6.2 limits of agreement."""


def fewer_heel_raises(tokens: list[str]) -> tuple[str, int, int] | None:
    """Return (the side with fewer raises, its count, the other's) when a phrase counts both sides' heel raises.

    None unless the phrase names the test, exactly two counts each with its own side word in its part of the phrase,
    and the counts differ by at least :data:`FEWER_BY`.
    """
    named = any(
        token in TEST_WORDS and tokens[position - 1 : position] and tokens[position - 1] in BEFORE_TEST
        for position, token in enumerate(tokens)
    )
    if not named:
        return None
    parts: list[list[str]] = [[]]
    for token in tokens:
        if token in BREAKS:
            parts.append([])
        else:
            parts[-1].append(token)
    counts: dict[str, int] = {}
    for part in parts:
        sides = {SIDES[token] for token in part if token in SIDES}
        numbers = [int(token) for token in part if token.isdigit() and len(token) <= 3]
        if len(sides) == 1 and len(numbers) == 1:
            side = sides.pop()
            if side in counts:
                return None
            counts[side] = numbers[0]
    if len(counts) != 2:
        return None
    (weak, fewer), (_, more) = sorted(counts.items(), key=lambda item: item[1])
    return (weak, fewer, more) if more - fewer >= FEWER_BY else None
