"""Examination words that read as something other than their parts: the plantar response, muscle groups.

"Toes downgoing" and "plantars ↓" are a normal plantar response, not weak toe flexors or a reduced reflex;
"wrist extensors" is wrist extension, whose word "extensor" would otherwise read as the plantar response's
abnormal status. Merged into ``shorthand.PHRASES`` (token sequences, lower-cased -> meaning), kept apart so
that each table stays a size a reader can check.
"""

from __future__ import annotations

import re

PHRASES: dict[tuple[str, ...], str] = {
    # muscle groups named by what they move: "extensor" alone is also the plantar response's status word
    ("apart", "from"): ";",  # "power 5/5 apart from toe flexors 4/5": the exception is a part of its own
    ("except", "for"): ";",
    ("except",): ";",
    ("other", "than"): ";",
    ("tib", "ant"): "tibialis anterior",  # clinic shorthand for the muscles
    ("tib", "post"): "tibialis posterior",
    ("wrist", "extensors"): "wrist extension",
    ("wrist", "extensor"): "wrist extension",
    ("finger", "extensors"): "finger extension",
    ("finger", "extensor"): "finger extension",
    ("toe", "extensors"): "toe extension",
    ("elbow", "extensors"): "elbow extension",
    ("wrist", "flexors"): "wrist flexion",
    ("elbow", "flexors"): "elbow flexion",
    ("plantar", "flexors"): "plantar flexion",
    ("plantarflexors",): "plantar flexion",
    ("ankle", "plantarflexors"): "plantar flexion",
    ("foot", "dorsiflexors"): "ankle dorsiflexion",
    ("plantars", "↓"): "no extensor plantar response",  # the arrow says which way the toe goes, not less
    ("plantars", "↓↓"): "no extensor plantar response",
    ("plantar", "↓"): "no extensor plantar response",
    ("plantars", "↑↑"): "extensor plantar response",
    ("plantar", "upgoing"): "extensor plantar response",
    ("plantars", "upgoing"): "extensor plantar response",
    ("plantar", "downgoing"): "no extensor plantar response",
    ("plantars", "downgoing"): "no extensor plantar response",
    ("toes", "downgoing"): "no extensor plantar response",  # the plantar response, not the toe flexors
    ("toe", "downgoing"): "no extensor plantar response",
    ("toes", "down"): "no extensor plantar response",
    ("toes", "go", "down"): "no extensor plantar response",
    ("toes", "going", "down"): "no extensor plantar response",
    ("toes", "upgoing"): "extensor plantar response",
    ("toe", "upgoing"): "extensor plantar response",
    ("toes", "go", "up"): "extensor plantar response",
    ("plantars", "up"): "extensor plantar response",  # "plantars up": upgoing (read as a normal plantar, stop 42);
    ("plantars", "down"): "no extensor plantar response",  # not "plantar up", the sole ("numb plantar up to ankle")
    ("toes", "going", "up"): "extensor plantar response",
    # stop 49: hyphenated, one token ("plantars up-going" had read as a normal plantar response: R120-096)
    **{(word, "up-going"): "extensor plantar response" for word in ("plantar", "plantars", "toes")},
    **{("up-going", word): "extensor plantar response" for word in ("plantar", "plantars")},
    **{(word, "down-going"): "no extensor plantar response" for word in ("plantar", "plantars", "toes")},
    **{("down-going", word): "no extensor plantar response" for word in ("plantar", "plantars", "toes")},
    ("responses", "up-going"): "extensor plantar response",  # "plantar responses up-going" (the code review of stop 49)
    ("responses", "down-going"): "no extensor plantar response",
    ("fem", "stretch", "test"): "femoral stretch test",  # "Fem stretch +ve R": the femoral nerve stretch test
    ("fem", "stretch"): "femoral stretch test",
    # German reflex abbreviations, as letters from clinics abroad write them (Patellarsehnenreflex,
    # Achillessehnenreflex, Bizeps-, Trizepssehnenreflex) and the empty-set sign for "absent"; not "RPR" (the syphilis
    # test in English notes), nor "li." / "re." for the sides ("re." is "regarding" in English, and one without the
    # other put a right-sided finding on the left: the review of stop 33)
    ("psr",): "knee jerk",
    ("asr",): "ankle jerk",
    ("bsr",): "biceps jerk",
    ("tsr",): "triceps jerk",
    ("\u2205",): "absent",
    ("jumpy",): "brisk",  # "reflexes jumpy": brisk
}  # fmt: skip
"""Token sequences -> their meaning, as ``shorthand.PHRASES``; ``shorthand`` merges them."""

ONLY_ABOVE_THE_KNEE = re.compile(
    r"\b(?:thigh|buttock|hamstrings?|sit bone|ischial tuberosity)\b[^,;]*\b(?:only|locally|local)\b"
    r"|\b(?:only|locally|local)\b[^,;]*\b(?:thigh|buttock|hamstrings?|sit bone|ischial tuberosity)\b"
)
"""A straight leg raise's pain said to stay in the thigh or buttock ("limited at 50° by thigh pain only", "painful at
40° locally in the thigh"), within one clause."""
NOTHING_BELOW_THE_KNEE = re.compile(
    r"\b(?:no (?:pain|radiation|leg pain|leg symptoms)|nothing|not)\b[^,;]{0,12}\bbelow (?:the )?knee\b"
)
"""A pain said not to go below the knee ("no pain below knee", "nothing below the knee"), not a numbness denied."""
SAID_POSITIVE = re.compile(r"\b(?:positive|pos|reproduc\w*)\b|\+|\bve\b")
"""The test called positive in so many words ("SLR +ve at 40°, thigh pain only"): the writer's reading stands."""
BELOW_THE_KNEE = re.compile(r"\b(?:calf|calves|shin|ankle|foot|feet|heel|sole|toes?)\b|\b(?:past|to) (?:the )?knee\b")
"""A place below the knee named in the line: the pain does radiate there ("… then down to the calf")."""


def pain_stays_above_the_knee(words_after: str, words_before: str = "") -> bool:
    """Return True when a straight leg raise's line says its pain stays above the knee: the test is then not read.

    Its line says the pain stays in the thigh or buttock, or that no pain goes below the knee; not
    when the writer calls the test positive, nor when the line names a place below the knee, before the test or after
    it (the reviews of stop 50: "SLR +ve L 40°, no numbness below knee", "… buttock and calf pain, L only" and "R
    sciatica to foot, SLR 30 deg R, pain in buttock and posterior thigh only" had read as negative). Such a test is
    left unread, not denied: a raise limited by thigh pain is equivocal for a root (the late review of stop 50).
    """
    line = words_after.split(";")[0]
    before = words_before.split(";")[-1]
    if SAID_POSITIVE.search(line) or BELOW_THE_KNEE.search(NOTHING_BELOW_THE_KNEE.sub("", before + " " + line)):
        return False
    return bool(ONLY_ABOVE_THE_KNEE.search(line) or NOTHING_BELOW_THE_KNEE.search(line))


CALF_SQUEEZE_NAMES = frozenset({"thompson", "thompson's", "simmonds", "simmonds'", "calf-squeeze"})
SQUEEZE_WORDS = frozenset({"squeeze", "squeezing", "squeezed"})
ABSENT_MOVEMENT = (("no", "plantarflexion"), ("no", "plantar", "flexion"), ("no", "movement"),
                   ("no", "foot", "movement"), ("does", "not", "move"), ("doesn't", "move"), ("did", "not", "move"),
                   ("didn't", "move"), ("no", "plantar-flexion"))  # fmt: skip
POSITIVE_WORDS = frozenset({"positive", "+ve", "+", "absent"})
NEGATIVE_WORDS = frozenset({"negative", "-ve", "normal", "intact", "plantarflexes", "present"})


def calf_squeeze(tokens: list[str], how: list[str]) -> list[str]:
    """Return the tokens with a calf squeeze (Simmonds-Thompson) test and its result put as the graph names it.

    The test is positive when squeezing the calf gives *no* plantar flexion (a ruptured Achilles tendon): its
    result is an absence, which NegEx would read as a negation ("Thompson: no plantarflexion" as normal), and
    "no plantarflexion" alone as normal plantar flexion. The test named ("Thompson", "Simmonds", "calf
    squeeze", "squeezing the calf") with an absent movement or a positive word after it is the graph's positive
    calf squeeze test; with a negative word, that finding absent. The words from the test to its result are
    replaced, as their own clause (keeping a side word said among them); other words of the phrase are kept.
    """
    start = _calf_squeeze_start(tokens)
    if start is None:
        return tokens
    rest = tokens[start:]
    end, positive = None, None
    for index in range(len(rest)):
        for words in ABSENT_MOVEMENT:
            if tuple(rest[index : index + len(words)]) == words:
                end, positive = index + len(words), True
                break
        if positive:
            break
    if positive is None:
        for index, token in enumerate(rest):
            if token in POSITIVE_WORDS or token in NEGATIVE_WORDS:
                end, positive = index + 1, token in POSITIVE_WORDS
                break
    if end is None:
        return tokens
    meaning = "positive calf squeeze test" if positive else "calf squeeze test negative"
    how.append(f"'{' '.join(rest[:end])}' read as '{meaning}'")
    sides = [token for token in rest[:end] if token in ("left", "right", "l", "r")]  # "squeezing the left calf"
    return [*tokens[:start], ";", *meaning.split(), *sides, ";", *rest[end:]]


def _calf_squeeze_start(tokens: list[str]) -> int | None:
    """Return where a calf squeeze test is named ("Thompson", "calf squeeze", "squeezing the calf"), or None."""
    for index, token in enumerate(tokens):
        if token in CALF_SQUEEZE_NAMES:
            return index
        near = tokens[index + 1 : index + 4]
        if token == "calf" and SQUEEZE_WORDS & set(near[:1]):
            return index
        if token in SQUEEZE_WORDS and "calf" in near:
            return index
    return None
