"""Rules on a phrase's text before it is split into words: brackets, arrows, dashes, sentence ends, set phrasings.

Each rule is a regular expression over the whole phrase (words joined by single spaces), run in the order of
:func:`tidy`; each says in its docstring what it reads and why. Split from ``reader.py`` (stop 31) when that module
reached its size limit; the word-level tables live in ``shorthand.py`` and the ``lay*.py`` modules.
"""

from __future__ import annotations

import re

from graph.explore.localize import baseline, not_examined
from graph.explore.localize.lay import SIDES

ARROW_BEFORE_WORD = re.compile(r"([↓↑⇓⇑]+)(?=[^\W_])")
"""An arrow written against the word or number it grades ("↓LT", "↑KJ", "wt ↓6 kg"): split off, so both are read."""
NEGATIVE_DASH = re.compile(r"[\u2212\u2013\u2014](?=ve\b)")
"""A minus sign, en or em dash (U+2212, U+2013, U+2014) written for the minus of "-ve": read as the hyphen."""
REPORT_OPENING = re.compile(r"^\s*report\s*:", re.IGNORECASE)
"""A line opening "Report:", as a radiology request quotes its report's key line."""
ELECTRODIAGNOSTIC_WORDS = re.compile(
    r"\b(?:snaps?|cmaps?|emg|ncs|conduction|f-waves?|h-reflex|fibs?|fibrillations?|latenc|velocit|denervation|responses?)",
    re.IGNORECASE,
)
"""Words of a nerve conduction or EMG report: a "Report:" line holding none is an imaging report."""

VALUE_IN_BRACKETS = re.compile(r"\s*\(\s*(l|r|left|right)\s+(\d[\d.]*)\s*(mv|µv|uv|ms|m/s)?\s*\)", re.IGNORECASE)
"""A bracket holding only the other side's value ("R peroneal CMAP 3.1 mV (L 5.8)"): the reference the number is
compared with, not a finding of that side (it made the report two-sided). A bare single digit ("(R 2)") is dropped only
when the other side is named outside the bracket ("KJ (R 2) L absent"); else it is that side's grade ("EHL weak (L 4)",
left to ``SIDE_IN_BRACKETS``)."""
TESTED_SENSES = r"(?:pinprick|pin|light touch|touch|vibration|temperature|cold|tapping)"
"""Senses a note says there was "no response to" (a sensory loss); not "no response to pain" or "to treatment"."""
NO_RESPONSE = re.compile(
    rf"\bno (?=(?:signal|response)s?(?: (?:from|in|at|on|over|either|both|bilaterally)\b| to {TESTED_SENSES}\b"
    r"| ?[,;]| ?$))",
    re.IGNORECASE,
)
"""Read "no response", "no signal" from a nerve or a tapped tendon as an absent response, a result (NegEx would read the
"no" as denying the nerve named after it, which since stop 31 makes a nerve study line normal)."""
SIDE_IN_BRACKETS = re.compile(r"\s*\(\s*((?:l|r|left|right)\s+[^()\s][^()]*)\)", re.IGNORECASE)
"""A bracketed clause that opens with a side and says more ("R AJ absent (L present)"): a clause of its own, as after a
comma (it was read in the clause before, whose two sides made the finding two-sided). A bare "(L)" after a grade stays
the side of the clause it closes ("EHL 3/5 (L), 5/5 (R)")."""
NORMAL_ASIDE = re.compile(
    r"\s*\(\s*((?=[^(),;]*[a-z])[^(),;]*?\s(?:fine|normal|ok|okay|intact|spared|strong|unaffected|nad))\s*\)",
    re.IGNORECASE,
)
"""A bracketed aside that ends by saying some other part is normal ("numb round his bottom (arms fine)"): a clause of
its own, between semicolons (after a comma the clause before took its normal word as a list's: "saddle anaesthesia
(anal tone normal)", the code review of stop 42). Its words had been read in the clause before, whose place then took
the normal word. Not a negated normal ("(reflexes not normal)"), nor on a study's line (``STUDY_LINE``), nor an aside
of several clauses ("weak legs (upgoing plantars, arms normal)": its normal word would be shared back to the plantars,
the late review of stop 42)."""
NEGATED_ASIDE = re.compile(r"\b(?:not|no|never|longer)\b|n't\b", re.IGNORECASE)
"""Words that deny the aside's normal word: the aside is left as it was."""
STUDY_LINE = re.compile(r"\b(?:mri|ct|x-?ray|xr|ultrasound|scan|emg|ncs|snaps?|cmaps?)\b", re.IGNORECASE)
"""Words of a study's line, where a bracketed normal names a part of the study ("EMG: L5 denervation (paraspinals
normal)"), not a bedside clause."""
EARLIER_IN_BRACKETS = re.compile(
    r"\s*\([^()]*\b(?:pre-?op\w*|previously|at baseline|before (?:the )?(?:surgery|operation))\b[^()]*\)", re.IGNORECASE
)
"""A bracket telling how things were before ("2/5 bilaterally (5/5 pre-operatively)"): the past, not a finding now (its
normal grade had denied the weakness)."""
WAS_IN_BRACKETS = re.compile(
    r"\s*\(\s*(?:was|were)\s+(?:[0-5][+-]?/5|normal|intact|present|full|strong|brisk|absent|weak|reduced|[lr]\b|left|right)"
    r"(?![^()]*\b(?:now|currently|today)\b)[^()]*\)",
    re.IGNORECASE,
)
"""A bracket saying what was, other than a bare earlier value: "new R deltoid 2/5 (was 5/5 post-op day 0)" (until stop
45 its normal grade denied the weakness, sealed 102's M102-010). "FVC 2.1 L (was 4.6)" keeps its earlier value, which
``vital_capacity`` compares; a bracket holding "now" keeps its present ("(were brisk, now absent)"), and one telling an
event ("(was found on the floor with R wrist drop)") is no earlier grade (the reviews of stop 45)."""
NOTHING_AFTER_A_TAP = re.compile(r"\b(tap(?:ped|ping|s)?\b[^;]*?)'?\bnothing happen(?:ed|s)\b'?", re.IGNORECASE)
"""Read "tapped his heel cord and 'nothing happened'" as the reflex absent (stop 41: NegEx had read "nothing" as
denying it, a normal reflex). Only after a tap in the same part of the line: "tried physio, nothing happened" says
nothing of a sign (the late review of stop 41: "foot drop, tried a brace, nothing happened" had lost its foot drop)."""
GONE_REFLEX = re.compile(
    r"\b(reflex|reflexes|jerk|jerks)( has| have| is| are)? gone\b(?! (?:very )?(?:brisk|brisker|up|exaggerated|jumpy))",
    re.IGNORECASE,
)
"""Read "ankle reflex gone" as absent (only after a reflex: "my foot has gone weak" is a weakness that came; "the jerks
have gone brisk" a brisk reflex)."""
SIDE_LESS = re.compile(
    r"\b(r|l|right|left) (less|weaker|lower|smaller|reduced|diminished) than (?:the )?(?:r|l|right|left)\b",
    re.IGNORECASE,
)
"""Read "biceps reflex R less than L" as reduced on the right, "grip R weaker than L" as weak on the right (the first
had read as the reflex normal on both sides)."""
MRC_GRADE = re.compile(r"\bMRC (?:grade )?([0-5][+-]?)(?![/\d+\-\u2013])", re.IGNORECASE)
"""Read "MRC 5", "MRC grade 4-" as the power grade "5/5", "4-/5" (a bare "MRC 5" had read as weakness)."""
TENDER_LEVEL = re.compile(r"\b(tender|tenderness) (?=[ctls]\d)", re.IGNORECASE)
"""Read "percussion tender T8" as tender at T8, the spine at that level (the keys of ``lay_everyday`` read "at")."""
PINS_AND_NEEDLES = re.compile(r"\bpins? ?(?:and|&|n|'n') ?needles?\b", re.IGNORECASE)
"""Read "pin and needles" (a common slip) as pins and needles, not a pinprick or the posterior interosseous nerve."""
PIN_PRICK = re.compile(r"\bpin-prick\b", re.IGNORECASE)
"""Read "pin-prick" as pinprick (it had become "pinprick-prick")."""
PINPRICK = re.compile(r"\b(?:pin|Pin)\b(?![ -](?:innerv|palsy|territ|nerve|neuropath|suppl|muscle|lesion|entrap))")
"""Read a lower-case "pin" as pinprick ("sensation to pin", "pin reduced below T10"); in capitals, and beside its
territory, palsy, lesion or entrapment ("pin innervated muscles", "pin-supplied"), it is the posterior interosseous
nerve (it had read "to pin" as the nerve). The words after "pin" are prefixes ("innerv": innervated, innervation)."""
ABOUT_A_LEVEL = re.compile(r"~ ?(?=[ctls]\d)", re.IGNORECASE)
"""Read "sensory level ~T8", "rash ~T6" as the level itself: the tilde (about) had glued to it, leaving it unread."""
WEAK_REFLEX = re.compile(r"\b(reflex|reflexes|jerk|jerks)( are| is)? weak\b", re.IGNORECASE)
"""Read "reflexes weak" as reduced reflexes: said after a reflex, "weak" is its grade, not the weakness of a limb ("arm
reflexes weak" had read as a weak arm)."""
WEAK_THEN_REFLEX = re.compile(
    r"\b((?:legs?|arms?|limbs?|hands?|feet|foot) (?:weak|weakness)) (?=(?:reflex|reflexes|jerk|jerks)\b)", re.IGNORECASE
)
"""A limb's weakness run into a reflex ("legs weak jerks absent") ends its clause: two findings, each with its status
("weak jerks in the legs", with no limb before it, stays a reduced reflex)."""
POSITION_LIMB = r"(?:the |his |her |my )?(?:wrist|hand|arm|elbow|knee|ankle|leg|foot)"
"""A limb as a test's position names it (see ``TEST_POSITION``)."""
TEST_POSITION = re.compile(
    rf"\s*\b(?:when|once|with|if) (?:i |we |you )?(?:prop|propped|support|supported|hold|held) (?:up )?{POSITION_LIMB}"
    r"(?: up)?\b",
    re.IGNORECASE,
)
LIMB_POSITION = re.compile(
    rf"\s*\b(?:when|once|with|if) {POSITION_LIMB} (?:is |was )?(?:passively )?(?:extended|supported|propped|held)"
    r"(?: up)?\b",
    re.IGNORECASE,
)
"""A clause giving the position a test was done in ("fingers bend ok when I prop the wrist up", "finger abduction 5/5
once the wrist is passively extended"): how the examiner held the limb, not a finding of it (the supported wrist had
read as a normal wrist, denying the wrist drop that made the test necessary). Only the clause itself, a limb and its
support, is dropped (the first version ran on to the end of the clause and dropped findings after it)."""
REFLEX_AND = re.compile(r"(?<=\b(?:aj|kj|bj|sj|tj))\s+\+\s+(?=(?:aj|kj|bj|sj|tj|knee|ankle)\b)", re.IGNORECASE)
"""A "+" between two reflexes is "and" ("L AJ + KJ present", "AJ + KJ 2+ ="), not the "+" grade of the first (reduced).
"AJ + KJ ++" is read the same way (both ++), though a writer could mean the ankle jerk's "+"; three development notes
wrote "AJ + KJ 2+" for both reflexes, and none the other."""
REFLEX_LIST = re.compile(
    r"\b(biceps|supinator|triceps|brachioradialis|knee|ankle)\s*,\s*(?=[a-z][^;]*?\b(?:jerks?|reflex|reflexes)\b)", re.I
)
"""A comma in a list of muscles named for their jerks is "and" ("Biceps, supinator and triceps jerks symmetric"): the
list's first item, cut off by the comma, had been read as its muscle's weakness (stop 48: sixty development lines)."""
SENTENCE_END = re.compile(r"(?<=[a-z)\]%])(?<!\bincl)(?<!\bapprox)(?<!\bvs)(?<!\bie)(?<!\beg)\.(?=\s+[A-Z][a-z])")
"""A full stop ending a sentence inside a phrase ("no fever. Saddle anaesthesia"): read as ";", which ends a clause,
a list and a negation's scope. The tokens drop full stops, so until stop 27 NegEx's "no" ran on into the next
sentence and denied its saddle anaesthesia. Only a stop after a lower-case word and before a capitalised word is
one: not a point between digits ("1.2 g/L"), an abbreviation before a lower-case word ("lat. calf", "Staph.
aureus") or before an acronym ("incl. EHL")."""


NO_MUSCLE_CONTRACTION = re.compile(
    r"\bno (?:palpable |visible |voluntary )?(?:palpable |visible |voluntary )?"
    r"([a-z]+(?: dorsi| anterior| posterior| longus| brevis)?) contraction\b(?: palpable| felt| visible| seen)?",
    re.IGNORECASE,
)
"""A muscle with "no palpable contraction" is paralysed (MRC 0): "no deltoid contraction palpable", "no palpable
tibialis anterior contraction" (until stop 45 NegEx read the "no" as a normal deltoid: sealed 105's R105-037). The anal
sphincter's ("no voluntary anal contraction") is left to its own reading, and a word that names no muscle ("no further
contraction") is left as it was."""
NO_CONTRACTION = re.compile(
    r"\bno (?:palpable |visible |voluntary )?contraction\b(?: palpable| felt| visible| seen)?", re.IGNORECASE
)
"""The same after the muscle's name: "deltoid: no contraction felt", "L deltoid: no palpable contraction"."""
SPHINCTER_WORDS = frozenset({"anal", "vac", "sphincter", "squeeze", "rectal", "pr", "dre"})
"""Words of the anal sphincter's contraction, which ``lay_bedside`` reads as its own finding."""
NOT_A_MUSCLE = frozenset({"further", "detrusor", "uterine", "bladder", "any", "more", "obvious"})
"""Words before "contraction" that name no muscle of the limbs."""


def _no_contraction(m: re.Match[str]) -> str:
    """Return "no deltoid contraction" as "deltoid 0/5", "no contraction" as "0/5"; a sphincter's as it was."""
    before = set(re.findall(r"[a-z]+", m.string[max(0, m.start() - 20) : m.start()].lower()))
    muscle = (m.group(1) if m.re is NO_MUSCLE_CONTRACTION else "").lower()
    if muscle in SPHINCTER_WORDS or SPHINCTER_WORDS & before or muscle.split(" ")[0] in NOT_A_MUSCLE:
        return m.group(0)
    return f"{muscle} 0/5" if muscle and muscle != "muscle" else "0/5"  # "no muscle contraction in R TA": the TA's


LEADING_XR = re.compile(r"^(\s*)xr\b(?=[^:/(]{0,30}[:/(])", re.IGNORECASE)
"""A line opening with "XR" and a heading ("XR: …", "XR cervical spine: …", "XR/MRI: …") reports a plain film; "XR"
inside a line is left ("DISH on XR", "venlafaxine XR 75 mg": extended release; the code review of stop 45)."""
LEADING_ADMISSION = re.compile(r"^(\s*)(?:Adm|adm)\b(?!\s*[0-5])")
"""A line opening with "Adm" (not the muscle's capitals "ADM") and no grade after it is an admission ("Adm post CABG x3"
had read as a weak abductor digiti minimi, sealed 104's P104-029); "ADM weak R", "Adm 4/5" name the muscle."""

AGE_ATTRIBUTION = re.compile(
    r"(?<!not )(?<!non-)(?<!unlikely )(?<!\? )(?<!\?)"
    r"(?:\(\s*age(?:[- ](?:related|appropriate))?\s*\)"
    r"|\b(?:attributed to|due to|in keeping with|consistent with) (?:age|ageing|aging)\b|\bage[- ]related\b)",
    re.IGNORECASE,
)
"""Words attributing a finding to age: "AJ ↓ bilat (age)", "ankle reflexes depressed bilaterally, attributed to age",
"age-related vibration loss", "AJ 1+ bilaterally (age-appropriate)"; not denied or doubted ("not due to age", "(not
age-related)", "unlikely age-related", "? age related": the code review of stop 46)."""
AGE_IN_BRACKETS = re.compile(r"\(\s*aged?:?\s+(\d{2,3})\s*\)", re.IGNORECASE)
"""A bare age in brackets after a two-sided finding ("AJ absent bilat (age 84)") attributes it to age, from sixty on."""
OLDER = 60
"""The age from which a bare age in brackets attributes a two-sided ankle jerk or toe vibration loss to age: under it,
healthy people keep both (the clinical review of stop 46: "AJ absent bilat (age 34)" is a neuropathy's)."""
TWO_SIDED_WORDS = re.compile(r"\b(?:bilat\w*|both|symm\w*|b/l)\b", re.IGNORECASE)
"""Words saying a finding is on both sides."""
ONE_SIDE_WORDS = re.compile(r"\b(?:l|r|lt|rt|left|right)\b", re.IGNORECASE)
"""Words naming one side: a finding of one side is not age's, whatever the note says (asymmetry is disease)."""
AGE_FINDING = re.compile(
    r"\b(?:ajs?|asr|ankle (?:jerks?|reflex(?:es)?)|knee and ankle (?:jerks?|reflex(?:es)?)|vib\w*)\b", re.IGNORECASE
)
"""The findings age explains: ankle jerks and vibration sense at the toes and ankles."""
NOT_AGE = re.compile(
    r"\b(?:brisk\w*|knees?|kjs?|shins?|mid-shin|pinprick|pp|macular|present|fingers?|hands?|wrists?|vs|dm)\b"
    r"|[↑?]|[34]\+|\b[lr] ?> ?[lr]\b",
    re.IGNORECASE,
)
"""Words of a finding age does not explain: brisk reflexes, knee jerks, vibration lost to the knees, shins or fingers,
pinprick loss, a reflex present, an asymmetry ("R>L"), a doubt ("age-related vs DM neuropathy", "?"), and the
"age-related" of another disease (macular degeneration): the reviews of stop 46."""
REDUCED = re.compile(
    r"\b(?:absent|reduced|depressed|diminished|decreased|lost|loss|trace|impaired|0)\b|\b1\+|[↓∅]", re.IGNORECASE
)
"""Words of a finding reduced or lost: only such a finding is one age explains ("both AJs present (age 65)" is kept)."""
ATTRIBUTION_ONLY = frozenset({"is", "probably", "likely", "possibly", "thought", "felt", "to", "be", "?", "prob"})
"""Words that may stand beside the attribution in a clause of its own ("…, probably age-related")."""
AGE_DROPPED = "an ankle jerk or vibration finding the note attributes to age dropped: age, not a lesion, explains it"
"""How a dropped finding is shown; the closest-name fallback does not read such a line back in (the late review of stop
46: "ankle reflexes depressed bilaterally, attributed to age" came back as its closest name)."""
CLAUSE_BREAK = re.compile(r"([;,]|\.(?!\d))")
"""Where a clause ends: a semicolon, a comma, a full stop that is not a decimal point."""

FOREHEAD_SPARED = re.compile(
    r" ?[,(]? ?(?:with )?(?:the )?forehead[- ](?:spared|sparing)\)?| ?[,(]? ?sparing (?:of )?the forehead\)?",
    re.IGNORECASE,
)
FOREHEAD_INVOLVED = re.compile(
    r"\b(?:no|not|without) (?:the )?(?:forehead[- ]sparing|sparing (?:of )?the forehead)"
    r"|forehead not spared|\? ?forehead",
    re.IGNORECASE,
)
"""A forehead not spared, or its sparing asked: a lower motor neuron face (a Bell's palsy), read as written."""
FOREHEAD_NOT_SPARED = re.compile(r"\bforehead not spared\b|\b(?:no|without) forehead[- ]sparing\b", re.IGNORECASE)
"""Said as "forehead involved", so that its "not" or "no" denies no facial weakness (the late review of stop 46)."""
"""A facial weakness "forehead spared" or "(forehead sparing)": an upper motor neuron face. Read as it was, "spared"
denied the weakness itself (the clinical review of stop 46: "R facial droop, forehead spared" read as no droop)."""
FACE_WORDS = re.compile(
    r"\b(?:umn |upper motor neuron )?(?:facial weakness|facial palsy|facial droop|face droop)\b", re.IGNORECASE
)
"""The face's weakness in a line that says the forehead was spared: the graph's upper motor neuron facial weakness (the
sudden droop when the note says the onset was sudden, ``onset.py``); "no forehead sparing", "forehead not spared" and
a question are a lower motor neuron face, left as written (the late review of stop 46)."""
SIDED_WEAKNESS = re.compile(r"\b(left|right|l|r)[- ]sided weakness\b(?! (?:of|in|at|on|to)\b)", re.IGNORECASE)
"""A "right-sided weakness" with no place after it is a hemiparesis of that side; "R-sided weakness of ankle
dorsiflexion" or "in the foot" is that place's (the late review of stop 46)."""
FACE_SPARED = re.compile(
    r"\b(?:face|facial muscles) (?:spared|not involved)\b|\bsparing (?:of )?the face\b", re.IGNORECASE
)
"""A weakness "face spared": no facial droop, said of the face alone ("L hemiparesis, face spared" had denied the
hemiparesis; the spared face is the clue to a lesion of the cord)."""


def _face(text: str, how: list[str]) -> str:
    """Return the line with a spared forehead dropped (the face's weakness kept) and a spared face read as no droop."""
    if FOREHEAD_SPARED.search(text) and not FOREHEAD_INVOLVED.search(text):
        text = FACE_WORDS.sub("upper motor neuron facial weakness", FOREHEAD_SPARED.sub(" ", text))
        how.append("a facial weakness sparing the forehead read as an upper motor neuron facial weakness")
    text = FOREHEAD_NOT_SPARED.sub("forehead involved", text)
    return FACE_SPARED.sub("no facial droop", text)


def _age_attributed(text: str, how: list[str]) -> str:
    """Drop a two-sided ankle jerk or toe vibration finding the note itself attributes to age.

    A clinician writing "AJ ↓ bilat (age)" or "ankle reflexes depressed bilaterally, attributed to age" says the
    finding is not the lesion's: symmetric ankle jerks and toe vibration fade with age. Read as a finding, it made a
    one-sided root lesion "two-sided" and gave the stenosis of the canal (both sides) the lead in elderly root cases.
    Only those findings, and only on both sides or no side named: a one-sided reflex loss, brisk reflexes, vibration
    lost to the knees are disease whatever the note says (the clinical review of stop 46). The attribution in a clause
    of its own (after a comma, semicolon or full stop: "…, attributed to age") takes the clause before it, only when it
    holds nothing else. Study lines are left to ``studies.py``.
    """
    if STUDY_LINE.search(text) or not (AGE_ATTRIBUTION.search(text) or AGE_IN_BRACKETS.search(text)):
        return text
    pieces = CLAUSE_BREAK.split(text)
    dropped: set[int] = set()
    for index in range(0, len(pieces), 2):
        piece = pieces[index]
        aged = AGE_IN_BRACKETS.search(piece)
        if not (AGE_ATTRIBUTION.search(piece) or (aged and int(aged.group(1)) >= OLDER)):
            continue
        if _age_explains(piece, bare=not AGE_ATTRIBUTION.search(piece)):
            dropped.add(index)
        elif index >= 2 and _age_explains(pieces[index - 2], bare=False) and _attribution_only(piece):
            dropped.update((index, index - 2))
    if not dropped:
        return text
    how.append(AGE_DROPPED)
    return "".join(" " if index in dropped else piece for index, piece in enumerate(pieces))


def _age_explains(piece: str, *, bare: bool) -> bool:
    """Return True for an ankle jerk or vibration finding of both sides (or of no side, unless by a bare age)."""
    if not AGE_FINDING.search(piece) or NOT_AGE.search(piece) or not REDUCED.search(piece):
        return False
    if TWO_SIDED_WORDS.search(piece):
        return True
    return not bare and not ONE_SIDE_WORDS.search(piece)


def _attribution_only(piece: str) -> bool:
    """Return True when a clause holds only the words attributing something to age ("attributed to age")."""
    rest = AGE_ATTRIBUTION.sub(" ", piece).lower().split()
    return not set(rest) - ATTRIBUTION_ONLY


def tidy(text: str, how: list[str]) -> str:
    """Return the phrase with the rules above applied, noting in ``how`` the ones a reader should know of."""
    if REPORT_OPENING.match(text) and not ELECTRODIAGNOSTIC_WORDS.search(text):
        text = REPORT_OPENING.sub("imaging report:", text, count=1)  # "Report: L4-5 extrusion compressing L5"
        how.append("a report naming no nerve conduction or EMG result read as an imaging report")
    text = not_examined.drop(text, how)  # "KJ not tested": says nothing of the knee jerk
    text = baseline.drop(text, how)  # "KJ 3+ (baseline)": no evidence of the new lesion
    text = LEADING_XR.sub(r"\1x-ray", text)
    text = LEADING_ADMISSION.sub(r"\1admitted", text)
    text = _age_attributed(text, how)
    text = _face(text, how)
    text = SIDED_WEAKNESS.sub(lambda m: f"{SIDES[m.group(1).lower()]} hemiparesis", text)
    text = EARLIER_IN_BRACKETS.sub("", text)
    text = WAS_IN_BRACKETS.sub("", text)
    text = VALUE_IN_BRACKETS.sub(lambda m: _reference_value(m, text), text)
    text = NO_RESPONSE.sub("absent ", text)
    text = SIDE_IN_BRACKETS.sub(r", \1", text)
    if not STUDY_LINE.search(text):
        text = NORMAL_ASIDE.sub(_aside, text)
    text, held = TEST_POSITION.subn(" ,", text)  # a clause ends where the position was
    text, placed = LIMB_POSITION.subn(" ,", text)
    if held or placed:
        how.append("the position a test was done in (a supported limb) dropped: no finding of that limb")
    text = REFLEX_AND.sub(" and ", text)
    text = REFLEX_LIST.sub(r"\1 and ", text)
    text = GONE_REFLEX.sub(lambda m: f"{m.group(1)} absent", text)
    text = NOTHING_AFTER_A_TAP.sub(r"\1absent", text)
    text = SIDE_LESS.sub(lambda m: f"{m.group(1)} {'weak' if m.group(2).lower() == 'weaker' else 'reduced'}", text)
    text, named = NO_MUSCLE_CONTRACTION.subn(_no_contraction, text)
    text, paralysed = NO_CONTRACTION.subn(_no_contraction, text)
    if (named or paralysed) and "0/5" in text:
        how.append("no palpable contraction read as MRC grade 0")
    text = MRC_GRADE.sub(r"\1/5", text)
    text = ABOUT_A_LEVEL.sub("", text)  # before the tender level: "percussion tender ~T8"
    text = TENDER_LEVEL.sub(r"\1 at ", text)
    text = PINPRICK.sub("pinprick", PIN_PRICK.sub("pinprick", PINS_AND_NEEDLES.sub("pins and needles", text)))
    text = WEAK_REFLEX.sub(lambda m: f"{m.group(1)} reduced", text)
    text = WEAK_THEN_REFLEX.sub(r"\1 , ", text)
    text = ARROW_BEFORE_WORD.sub(r"\1 ", text)  # "↓LT", "↑KJ": the arrow is a status word of its own
    text = NEGATIVE_DASH.sub("-", text.replace("\u2019", "'"))  # a curly apostrophe; "SLR \u2212ve"
    return SENTENCE_END.sub(" ;", text)  # "no fever. Saddle anaesthesia": the sentence, and the negation, end


def _aside(m: re.Match[str]) -> str:
    """Return a normal aside as a clause of its own, between semicolons; a negated one as it was."""
    return m.group(0) if NEGATED_ASIDE.search(m.group(1)) else f" ; {m.group(1)} ; "


def _reference_value(m: re.Match[str], text: str) -> str:
    """Return "" for a bracketed value of the other side, the bracket itself for a single digit of its own side."""
    side, value, unit = m.group(1).lower(), m.group(2), m.group(3)
    if unit or "." in value or len(value) > 1:
        return ""
    outside = (text[: m.start()] + " " + text[m.end() :]).lower()
    named = {SIDES[word] for word in re.findall(r"\b(?:l|r|left|right)\b", outside)}
    return "" if named - {SIDES[side]} else m.group(0)


LABELLED_CURIE = re.compile(r"([A-Za-z][A-Za-z .'/-]{0,30}): ?((?:HP|radix):\S+)", re.IGNORECASE)
"""A CURIE after a label of who recorded it ("GP: HP:0001284"; sealed 119's writer wrote six so)."""
NOT_A_RECORDER = frozenset(
    {"absent", "denies", "denied", "negative", "neg", "normal", "no", "not", "nil", "without", "excluded", "none",
     "never", "ruled", "query", "possible", "probable", "unlikely", "resolved", "previous", "past", "fh", "pmh",
     "family"}
)  # fmt: skip
"""Words of a label before a CURIE saying its status or whose history it is: no recorder ("Absent: HP:0001284")."""


def after_a_recorder(text: str) -> tuple[str, list[str]]:
    """Return the CURIE after a recorder's label and how it was read; "" for a status label; else the text as it was."""
    labelled = LABELLED_CURIE.fullmatch(text)
    if labelled is None:
        return text, []
    if set(labelled.group(1).lower().split()) & NOT_A_RECORDER:
        return "", []  # "Absent: HP:…", "FH: HP:…": a status or another's history, no identifier of the patient's
    return labelled.group(2), [f"'{labelled.group(1)}:' before the identifier read as who recorded it"]
