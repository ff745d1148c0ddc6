"""Whole regions said to be normal ("arms normal", "my elbow, wrist and hand are all strong").

A region named with a normal status word and no kind word anywhere in its phrase says that nothing
is wrong there: no weakness, and, unless the word speaks of power only ("strong"), no sensory
change. The composer (``compose.py``) reads a region only with a kind word ("numb", "weak"), since a
place named alone is usually context ("after a fall on the elbow"); a region with a normal status word
is not context, and this step reads it. The observations are ordinary anatomy observations, absent.
"""

from __future__ import annotations

from graph.explore.localize.observation import Observation
from graph.explore.localize.phrase import Match, Phrase, side_of, status_of
from graph.explore.localize.shorthand import STUDY_WORDS

POWER_WORDS = frozenset({"strong", "normal power"})
"""Normal status words that speak of power only (their normal forms)."""
PULSE_WORDS = frozenset({"pulse", "pulses"})
"""Words of a pulse, whose "strong" is its strength, not power (the review of stop 35)."""


def normal_regions(phrase: Phrase) -> list[Observation]:
    """Return absent weakness (and sensory change) observations for each region the phrase says is normal."""
    if any(m.category == "kind" for m in phrase.matches) or PULSE_WORDS & set(phrase.words):
        return []  # "foot pulses strong": the pulses' strength, not the foot's power (the review of stop 35)
    observations: list[Observation] = []
    side = side_of(phrase.matches)
    for m in phrase.matches:
        if m.category != "region" or m.negated:
            continue
        if STUDY_WORDS.keys() & set(_before_in_clause(phrase, m)):
            continue  # "ulnar SNAP to the little finger normal": where a study records, not the bedside (stop 41)
        status, word = status_of(phrase, m)
        if status != "normal":
            continue
        kinds = ("weakness",) if word in POWER_WORDS else ("weakness", "sensory")
        phrase.how.append(f"'{m.key}' said to be normal: no {' or '.join(kinds)} change there")
        anatomy = tuple(("region", node) for node in m.meaning)
        observations += [
            Observation(phrase.text, False, kind, (), anatomy, side=side, how=tuple(phrase.how)) for kind in kinds
        ]
    return observations


def _before_in_clause(phrase: Phrase, match: Match) -> list[str]:
    """Return the words of the match's clause before it ("ulnar SNAP to" before "little finger")."""
    before = zip(phrase.words[: match.start], phrase.clauses, strict=False)
    return [word for word, clause in before if clause == match.clause]
