"""Inability words ("can't", "unable") and the actions they are said of: a patient's loss, or a finding's denial.

"Wrist drop - can't extend the wrist" is wrist drop; "Babinski can't be elicited" is the examiner's and denies it;
"R shoulder pain, couldn't sleep" says nothing of the pain (stop 47: the inability, said of sleeping, had been taken as
the status of a list whose item was the pain). ``INABILITY`` and ``PATIENT_ACTIONS`` moved here from ``shorthand.py``
and ``compose.py`` at stop 47, when the list's status (``phrase.shared_status``) came to need them too;
``shorthand.DEFICIT_WORDS`` still lists the same words as deficits.
"""

from __future__ import annotations

from collections.abc import Sequence

INABILITY = frozenset(
    {"can't", "cant", "cannot", "can not", "couldn't", "couldnt", "unable", "inability", "not able", "impossible",
     "can no longer", "could no longer", "could not"}
)  # fmt: skip
"""Deficit words that say an action fails ("can't extend the wrist"): a loss, never a finding's denial (they had read
"wrist drop - can't extend wrist" as no wrist drop)."""

PATIENT_ACTIONS = frozenset(
    {"lift", "raise", "extend", "straighten", "bend", "flex", "walk", "stand", "grip", "hold", "get", "climb", "rise",
     "move", "open", "close", "spread", "squeeze", "push", "pull", "keep", "stay", "go", "put", "pinch", "turn",
     "point", "wiggle", "cross", "kick", "hop", "jump", "run", "write", "button", "reach", "dorsiflex", "evert",
     "invert", "empty", "control", "pass", "void", "wee", "pee", "urinate", "use", "make", "do", "shrug", "abduct",
     "adduct", "plantarflex", "pronate", "supinate", "tiptoe", "heel", "toe", "squat", "kneel", "sit", "dress"}
)  # fmt: skip
"""Actions a patient fails at ("can't extend the wrist", "can't empty my bladder"): after an inability word, one of them
(or a movement or muscle the phrase names) makes the inability the patient's loss. After anything else the inability is
read as before stop 31, as the finding's denial: "can't be elicited", "unable to determine a sensory level", "cannot
exclude Horner syndrome" (three reviews of stop 31 found first an examiner's list, then a patient's, too short; an
unknown verb now falls back to the reading of old)."""
DAILY_ACTIONS = frozenset(
    {"sleep", "work", "drive", "cope", "concentrate", "eat", "lie", "rest", "settle", "relax", "weight-bear", "weight",
     "bear", "weightbear"}
)  # fmt: skip
"""What a patient says they cannot do besides moving a part ("couldn't sleep", "unable to weight-bear"): its own."""
OWN_ACTIONS = (PATIENT_ACTIONS | DAILY_ACTIONS) - {"get", "make", "do", "use", "keep", "put", "go", "stay"}
"""The actions an inability is said of in a list: not the verbs an examiner uses too ("knee jerks, ankle jerks: can't
get" is the reflexes' status, as before stop 47: the late review of stop 47 found the first reflex read as normal)."""
SKIPPED = frozenset({"to", "be", "been", "even", "really", "quite", "properly", "at", "all"})
"""Words between an inability and its verb ("unable to be elicited", "couldn't really sleep")."""


def said_of_its_own_action(words: Sequence[str], end: int, clauses: Sequence[int], clause: int) -> bool:
    """Return True when the inability ending at ``end`` is followed in its clause by an action it is said of.

    Only a listed action counts (``OWN_ACTIONS``): "couldn't be elicited", "cannot be obtained", "can't get"
    and an unknown verb keep the inability the list's status, as ``compose`` keeps it a denial (the code review of
    stop 47 found "be" and "really" read as actions, denying the first reflex of "knee jerk, ankle jerk: couldn't be
    elicited").
    """
    following = next(
        (w for w, c in zip(words[end:], clauses[end:], strict=False) if c == clause and w not in SKIPPED
         and not w.endswith("ly")),
        None,
    )  # fmt: skip
    return following in OWN_ACTIONS
