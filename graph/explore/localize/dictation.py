"""Numbers and grades as speech recognition writes them: "L three L four", "one point two", "two plus", "4 out of 5".

A dictated note keeps the words the clinician spoke. Before the note's shorthand is read, spoken numbers are put
as a typed note writes them: a level letter and a number word are the level ("L three" -> "l3", "T one T two" ->
"t1 t2"), a number word, "point" and number words a decimal ("one point two" -> "1.2", "nought point five eight" ->
"0.58"), a number word and "plus" a reflex grade ("two plus" -> "2+"), and "four out of five" or "four over five"
a power grade ("4/5"). "To plus" is how speech recognition hears "two plus" and is read so; "the write" is heard
for "the right" (a note never speaks of *the* write).
"""

from __future__ import annotations

import itertools

from graph.explore.localize import levels

DIGITS = {"nought": 0, "zero": 0, "one": 1, "two": 2, "to": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip
"""Number words as spoken in a level, a decimal or a grade ("to" only before "plus": speech recognition's "two")."""

LEVEL_LETTERS = frozenset({"c", "t", "l", "s"})
"""Letters of a spinal level spoken with a number word after them ("L three")."""

NEXT_LEVEL = dict(itertools.pairwise(levels.ORDER[: levels.ORDER.index("s1") + 1]))
"""Each spinal level -> the one below it, down to S1 (C7 -> T1, L5 -> S1): two in a row are the disc between them."""

SPELLED = {("m", "r", "i"): "mri", ("e", "m", "g"): "emg", ("n", "c", "s"): "ncs"}
"""Studies whose letters speech recognition writes apart ("M R I", "E M G"): the lone R had read as "right"."""

GRADE_OVER = (("out", "of"), ("over",))
"""Words between a power grade's two numbers ("four out of five", "four over five")."""


def rewrite(tokens: list[str], how: list[str]) -> list[str]:
    """Return the tokens with spoken levels, decimals and grades written as numbers; say what was read."""
    out: list[str] = []
    index = 0
    while index < len(tokens):
        token, rest = tokens[index], tokens[index + 1 :]
        spoken = _spoken(token, rest)
        if spoken is not None:
            written, used = spoken
            how.append(f"'{' '.join(tokens[index : index + used])}' read as '{written}'")
            out.extend(written.split())
            index += used
            continue
        out.append(token)
        index += 1
    return _disc_levels(out, how)


def _disc_levels(tokens: list[str], how: list[str]) -> list[str]:
    """Join levels written apart one after another: "l4 l5" -> "l4-l5", "t9 t10 t11 band" -> "t9-t11 band".

    Two adjacent levels are the disc between them, or before a word for skin a band (``levels.py`` tells which
    from the word after); three or more are joined only as a band.
    """
    out: list[str] = []
    index = 0
    while index < len(tokens):
        end = index + 1
        while end < len(tokens) and NEXT_LEVEL.get(tokens[end - 1]) == tokens[end]:
            end += 1
        run = end - index
        band = tokens[end : end + 1] and tokens[end] in levels.BAND_WORDS
        if run == 2 or (run > 2 and band):
            joined = f"{tokens[index]}-{tokens[end - 1]}"
            how.append(f"'{' '.join(tokens[index:end])}' read as '{joined}'")
            out.append(joined)
        else:
            out.extend(tokens[index:end])
        index = end
    return out


def _level_run(letter: str, value: int, rest: list[str]) -> tuple[str, int] | None:
    """Return a spoken level followed by the next one's number or a range ("C four five", "T seven to nine"), if any.

    The letter is spoken once: "C four five" is C4-C5, "T seven to nine" T7 to T9 (the second number alone had read as
    a count).
    """
    if rest[:1] and rest[0] in DIGITS and rest[0] != "to" and DIGITS[rest[0]] == value + 1:
        second = f"{letter}{value + 1}"
        return (f"{letter}{value} {second}", 3) if second in levels.ORDER else None
    if rest[:1] == ["to"] and rest[1:2] and rest[1] in DIGITS and rest[1] != "to" and value < DIGITS[rest[1]]:
        last = f"{letter}{DIGITS[rest[1]]}"  # a level the spine has: "L four to nine" is no range
        return (f"{letter}{value} to {last}", 4) if last in levels.ORDER else None
    return None


def _spoken(token: str, rest: list[str]) -> tuple[str, int] | None:
    """Return what a spoken number starting at ``token`` is written as, and how many tokens it takes."""
    following = rest[:1]
    for letters, study in SPELLED.items():
        if (token, *rest[: len(letters) - 1]) == letters:
            return study, len(letters)
    if token in LEVEL_LETTERS and following and following[0] in DIGITS and following[0] != "to":
        value = DIGITS[following[0]]
        if not 0 < value <= 12:
            return None
        return _level_run(token, value, rest[1:]) or (f"{token}{value}", 2)
    if token == "the" and following == ["write"]:
        return "the right", 2
    if token not in DIGITS:
        return None
    if following == ["plus"] and DIGITS[token] <= 4:
        return f"{DIGITS[token]}+", 2
    if token == "to":
        return None
    if following == ["point"] and rest[1:2] and rest[1] in DIGITS and rest[1] != "to":
        decimals = []
        for word in rest[1:]:
            if word not in DIGITS or DIGITS[word] > 9 or word == "to":
                break
            decimals.append(str(DIGITS[word]))
        return f"{DIGITS[token]}.{''.join(decimals)}", 2 + len(decimals)
    for words in GRADE_OVER:
        end = len(words)
        if tuple(rest[:end]) == words and rest[end : end + 1] == ["five"] and DIGITS[token] <= 5:
            return f"{DIGITS[token]}/5", 2 + end
    return None
