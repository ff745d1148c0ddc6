"""A phrase being read: its words, the names matched in it, and the grammar that ties them together.

The reader (``reader.py``) fills a :class:`Phrase`; the composer (``compose.py``) turns it into
observations. The functions here answer the small questions composition asks of a phrase: on which
side it is, which word is nearest to a name in its clause, and what status ("absent", "normal",
"brisk") that name has, a list sharing the status word at its end.
"""

from __future__ import annotations

from dataclasses import dataclass, field

CLAUSE_BREAKS = frozenset({",", ";", "with", "but", "while", "whereas", "then", "though", "although"})
"""Words that end a clause: a status word is looked for within its name's clause."""

ANATOMY = ("muscle", "movement", "reflex", "region")
"""Categories of names that are anatomy a deficit can be in."""


@dataclass
class Match:
    """One matched name in a phrase."""

    start: int
    end: int
    category: str
    key: str
    meaning: list[str]
    negated: bool
    clause: int


@dataclass
class Phrase:
    """A phrase being read: its rewritten words, matches and the steps taken."""

    text: str
    words: list[str]
    matches: list[Match] = field(default_factory=list)
    how: list[str] = field(default_factory=list)
    clauses: list[int] = field(default_factory=list)


def side_of(matches: list[Match]) -> str:
    """Return the side a phrase names: left, right, bilateral (both, or left and right), or ''."""
    sides = {value for m in matches if m.category == "side" for value in m.meaning}
    if "bilateral" in sides or {"left", "right"} <= sides:
        return "bilateral"
    return next(iter(sides), "")


def nearest(phrase: Phrase, m: Match, categories: tuple[str, ...], same_clause: bool = True) -> Match | None:
    """Return the match of these categories nearest to ``m`` (in its clause), the word after on a tie."""
    best: tuple[int, Match] | None = None
    for other in phrase.matches:
        if other is m or other.category not in categories:
            continue
        if same_clause and other.clause != m.clause:
            continue
        distance = other.start - m.end if other.start >= m.end else m.start - other.end
        distance = distance * 2 + (1 if other.start < m.start else 0)  # ties go to the word after
        if best is None or distance < best[0]:
            best = (distance, other)
    return best[1] if best else None


def status_of(phrase: Phrase, m: Match) -> tuple[str, str]:
    """Return the status of a match ('absent', 'reduced', 'brisk', 'positive', 'normal', '') and its word.

    The nearest status word of the match's clause; in a list ("deltoid, supraspinatus,
    infraspinatus 5/5") a clause with none takes the first one after it, up to the next ';'.
    """
    word = nearest(phrase, m, ("deficit", "normal"))
    if word is None:
        word = shared_status(phrase, m)
    status = word.meaning[0] if word and word.meaning else ""
    if word is not None:
        phrase.how.append(f"'{' '.join(phrase.words[word.start:word.end])}' said of "
                          f"'{' '.join(phrase.words[m.start:m.end])}'")  # fmt: skip
    return status, (word.key if word else "")


def shared_status(phrase: Phrase, m: Match) -> Match | None:
    """Return the first status word in a later clause of the same list (clauses joined by commas)."""
    for other in phrase.matches:
        if other.start < m.end or other.category not in ("deficit", "normal"):
            continue
        between = phrase.words[m.end : other.start]
        if ";" in between or any(word in CLAUSE_BREAKS - {","} for word in between):
            return None
        if any(has_own_status(phrase, o, m, other) for o in phrase.matches):
            return None
        return other
    return None


def has_own_status(phrase: Phrase, o: Match, m: Match, other: Match) -> bool:
    """Return True when ``o``, between ``m`` and the status word ``other``, has a status word of its own."""
    between = o.category in (*ANATOMY, "finding") and m.end <= o.start < other.start
    return (
        between and o.clause not in (m.clause, other.clause) and nearest(phrase, o, ("deficit", "normal")) is not None
    )


def note_negation(phrase: Phrase, m: Match) -> None:
    """Record in the phrase's reading steps that NegEx negated a match."""
    if m.negated:
        phrase.how.append(f"'{' '.join(phrase.words[m.start : m.end])}' negated (NegEx)")


def symmetric(phrase: Phrase) -> bool:
    """Return True when the phrase says "symmetric(al)" (both sides alike)."""
    return any(m.category == "side" and m.key.startswith("symmetric") for m in phrase.matches)
