"""Inability words ("can't", "unable") and the actions they are said of: a patient's loss, or a finding's denial.

"Wrist drop - can't extend the wrist" is wrist drop; "Babinski can't be elicited" is the examiner's and denies it;
"R shoulder pain, couldn't sleep" says nothing of the pain (stop 47: the inability, said of sleeping, had been taken as
the status of a list whose item was the pain). ``INABILITY`` and ``PATIENT_ACTIONS`` moved here from ``shorthand.py``
and ``compose.py`` at stop 47, when the list's status (``phrase.shared_status``) came to need them too;
``shorthand.DEFICIT_WORDS`` still lists the same words as deficits.
"""

from __future__ import annotations

from collections.abc import Sequence

from graph.explore.localize.comma_clause import comma_clause

INABILITY = frozenset(
    {"can't", "cant", "cannot", "can not", "couldn't", "couldnt", "unable", "inability", "not able", "impossible",
     "can no longer", "could no longer"}
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


CONTRACTED_ACTIONS = PATIENT_ACTIONS - frozenset(
    {"do", "use", "make", "get", "go", "keep", "stay", "put", "pass", "control", "turn"}
) | frozenset({"feel", "detect", "perceive", "sense", "tell", "distinguish"})  # fmt: skip
"""The patient's actions before which "could not" is contracted: the movements, bodily acts and sensing ("could not
feel anything in the saddle area": the late review of stop 53), not the verbs an examiner also says ("could not do PR",
"could not get a reflex", "could not pass the probe": the code review found the first read as reduced anal tone)."""
CONTRACTED_PHRASES = (["do", "up"], ["make", "a"], ["get", "up"])
"""Phrasal actions of those verbs that are the patient's ("could not do up buttons", "make a fist", "get up")."""
URINE = (["pass", "urine"], ["pass", "water"])
"""A bladder that could not be emptied ("could not pass urine", "couldn't pass water"): retention, as the graph's
"unable to pass urine" (the clinical review of stop 53: a cauda equina note's own "could not", unread)."""
ELICITED = frozenset({"elicited", "elicitable"})
"""An examiner's verbs after "could not be" that say a reflex was sought and not found ("knee jerk could not be
elicited": absent, as "couldn't be elicited" reads), unlike "tested", "assessed" or "obtained", which stay denials."""
NOT_A_LOSS_WHEN_MUTE = frozenset({"plantar", "plantars"})
"""A plantar response that could not be elicited is mute, no extensor response (the clinical review of stop 53): the
contraction is not made in a clause naming one (a clause, not the phrase: "knee jerks could not be elicited, plantars
flexor" had read a normal knee jerk; "Babinski could not be elicited" is a denial, as "couldn't" reads)."""


def contract(tokens: list[str], how: list[str]) -> list[str]:
    """Return the tokens with "could not" / "can not" before a patient's action contracted ("couldn't lift").

    NegEx reads the "not" of "he could not lift the arm" as a denial of the movement; the contracted inability is read
    as the patient's loss (``said_of_its_own_action``), as "couldn't" always was. Only before one of
    :data:`CONTRACTED_ACTIONS`, or in "could not be elicited" of a reflex (:data:`ELICITED`): the examiner's "Spurling
    could not reproduce the pain", "could not be tested" and "could not exclude" keep NegEx's denial (the clinical
    review of stop 53, which found them read as positive signs when every "could not" was an inability).
    """
    out: list[str] = []
    index = 0
    while index < len(tokens):
        inability = next((w for w in INABILITIES_TO_CONTRACT if tokens[index : index + len(w)] == w), None)
        if inability is None:
            out.append(tokens[index])
            index += 1
            continue
        rest = index + len(inability)
        if inability != ["can", "not"] and tokens[rest : rest + 2] in URINE:  # "could not / couldn't pass urine"
            how.append(f"'{' '.join(inability)} pass' read as 'unable to pass'")
            out += ["unable", "to"]
        elif inability != ["couldn't"] and _of_an_action(tokens, rest, index):
            word = "couldn't" if inability[0] == "could" else "can't"
            how.append(f"'{' '.join(inability)}' read as '{word}'")
            out.append(word)
        else:
            out += inability
        index = rest
    return out


INABILITIES_TO_CONTRACT = (["could", "not"], ["can", "not"], ["couldn't"])
"""The inabilities :func:`contract` reads ("couldn't" only before urine: elsewhere it is read as it stands)."""


def _of_an_action(tokens: list[str], rest: int, index: int) -> bool:
    """Return True when the words from ``rest`` (adverbs skipped) are a patient's action or a reflex not elicited."""
    skip = next((i for i, w in enumerate(tokens[rest:]) if not (w in SKIPPED - {"be"} or w.endswith("ly"))), 0)
    after = tokens[rest + skip : rest + skip + 2]  # "could not quite straighten", "could not even lift"
    if not after:
        return False
    elicited = after[0] == "be" and after[1:2] != [] and after[1] in ELICITED and not _mute(tokens, index)
    return after[0] in CONTRACTED_ACTIONS or after in CONTRACTED_PHRASES or elicited


def _mute(tokens: list[str], index: int) -> bool:
    """Return True when the clause around ``tokens[index]`` (between commas or ``;``) names a plantar response."""
    start, end = comma_clause(tokens, index)
    return bool(NOT_A_LOSS_WHEN_MUTE & set(tokens[start:end]))
