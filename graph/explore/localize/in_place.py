"""Put the graph's name of a finding in place of the words of a note that say it (``muscle_words``, ``vascular_words``).

The name goes in as a clause of its own (between ``;``), so the words around it say nothing about it, with the side
the words gave ("R calf 3 cm larger" -> "; R calf swelling ;"), from the matched words or the word just before them.
Two words that say a finding together ("tender" and "hamstring", "pop" and "back of my thigh") are found as two short
patterns a few characters apart in one clause, not as one long pattern, so that every pattern stays one literal
without nested repetition (``tests/test_localize_reader.py::test_no_regex_of_the_reader_nests_repetition``).
"""

from __future__ import annotations

import re

SIDE = re.compile(r"\b(left|right|l|r|lt|rt)\b", re.I)
SIDE_JUST_BEFORE = re.compile(r"\b(left|right|l|r|lt|rt) $", re.I)
"""A side written just before the matched words ("R calf circumference 3.5 cm > L": the calf is the right)."""
CLAUSE_END = re.compile(r"[,;.]")
"""Where a clause ends for two words said together (a list's comma too: "tender, bruised thigh" are two)."""
SENTENCE_END = re.compile(r"[;.]")
"""Where a sentence ends, for words a comma may part ("swollen, blue, heavy left arm")."""
NEGATED_BEFORE = re.compile(
    r"\b(?:no|not|nil|denies|denied|negative for)\b[^,;.]{0,30}$"
    r"|\b(?:without(?! (?:warning|reason|cause))|never(?! had| before))\b[^,;.]{0,30}$",
    re.I,
)
"""A negation in the clause just before the matched words ("no pitting oedema", "denies a pop in the thigh")."""
NEGATED_WITHIN = re.compile(r"\b(?:not|no|non-?|nil)\b|\bnon-|n't\b", re.I)
"""A negation inside the matched words ("calf not tender", "calf non-tender", "fingers don't go white")."""
CONJUNCTION = re.compile(r"\b(?:but|and|with|although|though|however)\b| - ", re.I)
"""Where a negation's scope ends, after ConText's terminating words: "no back pain but felt a pop" affirms the pop."""


def put_name(pattern: re.Pattern[str], text: str, name: str, how: list[str], side: str = "") -> str:
    """Return the text with ``name`` (and its side) in place of the first match of ``pattern``.

    ``side``: the side to give when the words name none (a calf's, for the oedema and tenderness of the same line).
    """
    found = pattern.search(text)
    return put_span(text, found.span(), name, how, side) if found else text


def near(
    first: re.Pattern[str],
    second: re.Pattern[str],
    text: str,
    gap: int,
    *,
    either: bool = True,
    stop: re.Pattern[str] = CLAUSE_END,
) -> tuple[int, int] | None:
    """Return the span from a match of ``first`` to one of ``second`` at most ``gap`` characters after it in its clause.

    ``either``: the two may come in either order ("tender hamstring", "hamstring tender"); ``stop``: where the clause
    ends.
    """
    orders = ((first, second), (second, first)) if either else ((first, second),)
    for one, other in orders:
        for found in one.finditer(text):
            window = text[found.end() : found.end() + gap]
            end = stop.search(window)
            after = other.search(window[: end.start()] if end else window)
            if after:
                return found.start(), found.end() + after.end()
    return None


def put_span(
    text: str,
    span: tuple[int, int],
    name: str,
    how: list[str],
    side: str = "",
    *,
    deny: bool = True,
    keep: bool = False,
) -> str:
    """Return the text with ``name`` (and its side) in place of the characters of ``span``.

    ``deny``: a denial around the words makes the name absent (not for values, which say it themselves); ``keep``:
    the words stay after the name, for what else they say ("R calf swollen and tender": the tenderness too).
    """
    start, end = span
    said = text[start:end]
    side = side_of(text, span) or side
    words = f"{side} {name}" if side else name
    if deny and negated(text, span):
        words = f"no {words}"
    how.append(f"'{said}' read as '{words}'")
    return f"{text[:start]} ; {words} ; {said + ' ' if keep else ''}{text[end:]}"


def side_of(text: str, span: tuple[int, int]) -> str:
    """Return the side the words of ``span`` name, or the side word written just before them, else ""."""
    named = SIDE.search(text[span[0] : span[1]]) or SIDE_JUST_BEFORE.search(text[: span[0]])
    return named.group(1) if named else ""


def negated(text: str, span: tuple[int, int]) -> bool:
    """Return True when the words of ``span`` are denied: inside them, or in their clause before them.

    The clause before is cut at its last conjunction (ConText's terminating words), so "no back pain but a pop in the
    back of the thigh" still affirms the pop; the name then goes in as "no <name>", which the reader reads as absent.
    """
    before = text[: span[0]]
    clause = re.split(r"[,;.]", before)[-1]
    scope = CONJUNCTION.split(clause)[-1]
    return bool(NEGATED_BEFORE.search(scope) or NEGATED_WITHIN.search(text[span[0] : span[1]]))
