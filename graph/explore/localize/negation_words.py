"""The NegEx trigger words the note reader adds to or takes from negspacy's clinical English termset.

negspacy (NegEx) decides which matched names a negation covers; these lists adapt its clinical English
triggers to neurological notes (``vocabulary.py`` builds the termset from them). They live apart from the
shorthand tables (``shorthand.py``) because they speak to NegEx, not to the reader's rewriting.
"""

from __future__ import annotations

TERMINATE = [
    "with",
    "while",
    "whereas",
    "and",
    "&",
    "+",
    ",",
    ";",
    "then",
    "plus",
    "yet",
    "but",
    "despite",
    "vs",
    "versus",
]
"""Words that end a negation's scope in a short clinical phrase (added to NegEx's terminations):
"numbness of the sole with the heel spared" negates the heel only."""

PSEUDO = [
    "no change",
    "not only",
    "not just",
    "no further",
    "difficulty",
    "without difficulty",
    "not able",
    "not able to",
    "can no longer",
    "could no longer",
]
"""Phrases that look like negations but are not (NegEx pseudo-negations). "Can no longer do up buttons" says a
function is lost (read as a deficit word, ``shorthand.DEFICIT_WORDS``), not that a finding is absent."""

NOT_NEGATIONS = ["can't", "cant", "cannot", "couldn't", "couldnt", "versus"]
"""NegEx triggers that in a neurological note say a function is lost, not that a finding is absent: "can't
straighten my fingers" is weakness of finger extension, "ankle jerk cannot be elicited" an absent reflex. They
are removed from NegEx's preceding negations and read as deficit words (``shorthand.DEFICIT_WORDS``). "versus" compares
two sides ("1+ on the right vs 2+ on the left"); it ends a clause instead."""

FOLLOWING_NEGATIONS = ["not detected", "not found", "undetectable", "not elevated", "not raised", "not seen"]
"""Laboratory and report words that negate what comes before them ("anti-GM1 antibodies not detected"). "denied",
"ruled out" and "not reported" were tried in stop 26 and taken out: NegEx then carried them across a list ("fever
denied, saddle anaesthesia" read the saddle anaesthesia as absent)."""
