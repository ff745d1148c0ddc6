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
    "now",
]
"""Words that end a negation's scope in a short clinical phrase (added to NegEx's terminations):
"numbness of the sole with the heel spared" negates the heel only; "now" turns a history round ("saddle
anaesthesia previously denied, now reports numbness")."""

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
    "previously denied",
    "initially denied",
    "not previously reported",
    "not reported previously",
    "not reported until",
    "not regressing",
    "not resolving",
    "not resolved",
    "not improving",
    "not improved",
    "not recovering",
    "not recovered",
    "not settling",
    "not wearing off",
    "not worn off",
    "without contrast",
    "non contrast",
    "non-contrast",
    "without gadolinium",
    "isn't mine",
    "is not mine",
    "not my own",
]
"""Phrases that look like negations but are not (NegEx pseudo-negations). "Can no longer do up buttons" says a function
is lost (read as a deficit word, ``shorthand.DEFICIT_WORDS``), not that a finding is absent. A denial said to be
earlier ("initially denied", "not reported previously") is no denial now: the finding was reported since. A course that
is "not regressing", "not resolving" or "not improving" says a deficit persists: "block not regressing: legs 0/5" is
paralysis of the legs, not its absence. A scan done "without contrast" or "non-contrast" is a technique, not a normal
result: "MRI (no contrast): large central L5-S1 disc extrusion" shows the extrusion. Skin that "isn't mine" is a
strange-feeling skin, not a normal one ("it's like the skin isn't mine when the sheet touches it" had read as no
sensory change anywhere, sealed 102)."""

NOT_NEGATIONS = ["can't", "cant", "cannot", "couldn't", "couldnt", "versus"]
"""NegEx triggers that in a neurological note say a function is lost, not that a finding is absent: "can't
straighten my fingers" is weakness of finger extension, "ankle jerk cannot be elicited" an absent reflex. They
are removed from NegEx's preceding negations and read as deficit words (``shorthand.DEFICIT_WORDS``). "versus" compares
two sides ("1+ on the right vs 2+ on the left"); it ends a clause instead."""

PRECEDING_NEGATIONS = ["hasn't", "hasnt", "haven't", "havent", "hadn't", "hadnt"]
"""Contracted denials NegEx's clinical English lacks (it has "has not", "doesn't have"): "hasn't lost control of her
bladder" had read as incontinence present (the code review of stop 52)."""

FOLLOWING_NEGATIONS = [
    "not detected",
    "not found",
    "undetectable",
    "not elevated",
    "not raised",
    "not seen",
    "denied",
    "ruled out",
    "not reported",
]
"""Laboratory, report and history words that negate what comes before them ("anti-GM1 antibodies not detected",
"urinary retention denied"). A following negation ends at its own item: the reader carries a negation along a
list only from an item a preceding trigger negates (``phrase.carry_negation``), so "fever denied, saddle
anaesthesia" leaves the saddle anaesthesia present (in stop 26 this carry read it as absent, and "denied", "ruled
out" and "not reported" were taken out until it was mended)."""

AFFIRMING = frozenset(
    {"reports", "reported", "endorses", "endorsed", "complains", "admits", "describes", "has", "had", "new", "known"}
)
"""Words that state a finding present: a negated list does not carry across them ("denied fever, reports weight
loss" keeps the weight loss; "no fever, new saddle anaesthesia", "no fever, known breast cancer"). ConText's
affirmed status, in the few words notes use for it."""
