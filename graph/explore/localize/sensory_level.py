"""When "below T8" or "from T8 down" in a note is a sensory level: only in a clause that may say a sensory loss.

"From the umbilicus down" is one too, at the level whose key sensory point the landmark is (stop 42).

``quantities.py`` reads a level after "below", or a thoracic level between "from" and "down", as the graph's sensory
level on the trunk (a sign of the cord). The reviews of stop 41 found it read so in clauses of no loss ("no sensory
loss below T6", "sensation normal from T5 down"), of pain or a rash ("pain from T12 down to the groin": a band, not a
level) and of an operation's or a scan's extent ("fusion from T10 down"); these words now keep it unread.
"""

from __future__ import annotations

import re

from graph.explore.localize.comma_clause import comma_clause

THORACIC_LEVEL = re.compile(r"^t\d{1,2}$")
"""A level "from" which loss runs down is a sensory level only when thoracic ("reduced pinprick from L1 down" is no
level of the trunk)."""
LANDMARK_LEVELS = {
    "nipple": "t4", "nipples": "t4", "xiphisternum": "t6", "xiphoid": "t6", "umbilicus": "t10", "navel": "t10",
}  # fmt: skip
"""Landmarks of the trunk a loss may run down from ("numb from about umbilicus down"), as the levels whose ISNCSCI key
sensory points they are (the graph's T4, T6 and T10 key sensory points: nipple line, xiphisternum, umbilicus)."""
BEFORE_A_LANDMARK = frozenset({"about", "approx", "approximately", "around", "roughly", "the", "his", "her", "my"})
"""Words that may stand between "from" and a landmark ("from about the umbilicus down")."""
SENSORY_LOSS_WORDS = frozenset({
    "numb", "numbness", "pp", "pinprick", "pin", "prick", "lt", "touch", "sensation", "sensory", "anaesthesia",
    "anesthesia", "hypoaesthesia", "hypoesthesia", "hypaesthesia", "↓", "reduced", "decreased", "loss", "lost",
    "absent", "diminished", "impaired", "altered", "temperature", "feel", "feeling",
})  # fmt: skip
"""Words of sensation or its loss: "from T5 down" is a sensory level only in a clause holding one."""
NOT_A_LOSS_WORDS = frozenset({
    "no", "not", "nil", "normal", "intact", "preserved", "pain", "painful", "ache", "aching", "burning", "rash",
    "scar", "fusion", "fused", "instrumented", "instrumentation", "mri", "ct", "x-ray", "xray", "scan", "radiotherapy",
    "surgery", "operation", "op", "abdominoplasty", "caesarean", "cesarean", "section", "repair", "hernia",
    "laparotomy", "incision", "wound", "groin", "pubis", "pubic", "mons",
})  # fmt: skip
"""Words of a clause that is no sensory loss: a normal or denied one, a path of pain or a rash (a band, not a level),
an operation or a scan's extent ("no sensory loss below T6", "pain from T12 down to the groin", "fusion from T10
down"; the reviews of stop 41), an operation's numb skin or a band bounded at the groin ("numb from the umbilicus down
since the caesarean", "down to the pubis"; the late review of stop 42)."""


SPINOTHALAMIC_WORDS = frozenset({"temperature", "temp", "thermal", "pinprick", "pp"})
"""Words of the spinothalamic modalities: "pain" joined to one, in a clause with a word of loss, is the sensation lost,
not a pain ("loss of pain and temperature below T8", a cord's dissociated level: stop 52; until then "pain" had kept the
clause no loss). Otherwise it stays a pain: "temp 38.5 and back pain below T8" is a fever and a pain (the reviews of
stop 52)."""
LOSS_WORDS = frozenset({"loss", "lost", "reduced", "decreased", "absent", "impaired", "diminished", "↓"})
"""Words saying a sensation is lost, which make "pain" joined to a spinothalamic word the modality lost."""
MODALITY_JOINS = frozenset({"and", "&", "/", "+", "or"})
"""Words joining "pain" to another modality ("pain and temperature", "pain/temp")."""


def pain_is_a_modality(clause: list[str]) -> bool:
    """Return True when "pain" is joined to a spinothalamic word in the clause ("pain and temperature", "pain/temp").

    Beside one is not enough ("temp 38 and reduced appetite and back pain below T8": the late review of stop 52), and
    "temp" before a number is a temperature taken, no modality.
    """
    for i, token in enumerate(clause):
        if token != "pain":
            continue
        for j in (i - 2, i + 2):  # the modality two words away, the join between them ("pain and temperature")
            if 0 <= j < len(clause) and clause[min(i, j) + 1] in MODALITY_JOINS and clause[j] in SPINOTHALAMIC_WORDS:
                number_after = j + 1 < len(clause) and clause[j + 1][:1].isdigit()  # "temp 38.5": a temperature taken
                if not number_after:
                    return True
    return False


NO_SENSATION_WORDS = frozenset({"sensation", "feeling", "pinprick", "pp", "lighttouch", "light", "touch"})
"""Sensations a "no" before them says are absent ("no sensation below T6", the spinal injury examination's wording;
stop 53: the "no" had made the clause a denial), unless a word of change follows ("no sensation loss below T6")."""
CHANGE_STEMS = (
    "loss", "lost", "chang", "deficit", "disturb", "problem", "issue", "abnorm", "impair", "alter", "reduc", "decreas",
    "diminish", "differ", "asymm",
)  # fmt: skip
"""Beginnings of words anywhere after "no <sensation>" in its clause that make it a denial of a change, not a sensation
absent ("no pinprick or light touch loss below T8", "no sensation abnormal below T6": the reviews of stop 53 found them
read as levels); "of" or "level" right after the sensation too ("no sensation of tingling", "no sensory level")."""


def a_loss(tokens: list[str], index: int, *, sensory_word: bool) -> bool:
    """Return True when the clause around ``tokens[index]`` (between commas or ``;``) may say a sensory loss.

    None of :data:`NOT_A_LOSS_WORDS` ("pain" excepted when it is a modality lost, :func:`pain_is_a_modality`; "no"
    excepted when it says a sensation is absent, :func:`no_sensation`), and, when ``sensory_word``, one of
    :data:`SENSORY_LOSS_WORDS`.
    """
    start, end = comma_clause(tokens, index)
    clause = set(tokens[start:end])
    if clause & LOSS_WORDS and pain_is_a_modality(tokens[start:end]):
        clause.discard("pain")  # the modality lost
    if no_sensation(tokens[start:end]):
        clause.discard("no")  # "no sensation below T6": the sensation is absent
    return not NOT_A_LOSS_WORDS & clause and (not sensory_word or bool(SENSORY_LOSS_WORDS & clause))


def no_sensation(clause: list[str]) -> bool:
    """Return True when every "no" of the clause says a sensation is absent ("no sensation", "no LT or PP")."""
    if {"?", "query"} & set(clause):
        return False  # "? no sensation below T6": a question, no finding
    nos = [i for i, token in enumerate(clause) if token == "no"]
    return bool(nos) and all(
        clause[i + 1 : i + 2]
        and clause[i + 1] in NO_SENSATION_WORDS
        and clause[i + 2 : i + 3] not in (["of"], ["level"])
        and not any(w.startswith(CHANGE_STEMS) for w in clause[i + 2 :])
        for i in nos
    )


def running_down(tokens: list[str], index: int, about: frozenset[str]) -> tuple[str, str, int] | None:
    """Return (level, the words it was read from, the index of "down") for a loss running down from ``tokens[index]``.

    "from [about] T5 down[wards]" (one of ``about`` before a thoracic level, "~" stripped) and "from [about the]
    <landmark> down[wards]" (:data:`LANDMARK_LEVELS`, after any of :data:`BEFORE_A_LANDMARK`); None for anything else.
    """
    if tokens[index] != "from":
        return None
    skip = 1 if index + 2 < len(tokens) and tokens[index + 1] in about else 0
    level = tokens[index + 1 + skip].lstrip("~") if index + 1 + skip < len(tokens) else ""
    down = index + 2 + skip
    if THORACIC_LEVEL.match(level) and tokens[down : down + 1] in (["down"], ["downwards"]):
        return level, level, down
    ahead = index + 1
    while ahead < len(tokens) and tokens[ahead] in BEFORE_A_LANDMARK:
        ahead += 1
    landmark = LANDMARK_LEVELS.get(tokens[ahead]) if ahead < len(tokens) else None
    if landmark is None or tokens[ahead + 1 : ahead + 2] not in (["down"], ["downwards"]):
        return None
    return landmark, " ".join(tokens[index + 1 : ahead + 1]), ahead + 1


LEVEL_NAMED = re.compile(r"\blevel (?:at )?~?[ct]\d|\b[ct]\d{1,2} sensory level")
"""A sensory level said with its segment ("sensory level T4", "sensory level at T10", "level ~T6", "T6 sensory
level")."""


def level_named(text: str) -> bool:
    """Return True when a note's line (lower-cased) names a sensory level with its segment.

    Such a level is a deficit by itself, whatever status a later clause of the line gives ("sensory level T4 (nipple
    line), arms 5/5": stop 52, it had taken the arms' normal grade); a bare "sensory level" in a list of tests
    ("sensory level, vibration and proprioception normal") still shares the list's status.
    """
    return bool(LEVEL_NAMED.search(text))
