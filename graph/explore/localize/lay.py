"""Lay and clinic descriptions the reader rewrites into names the graph holds, by kind of description.

Each table maps a description, written as the words a patient or a note uses, to words that name
something the graph already holds (a movement, a region, a finding, a risk factor): the rewrite adds
no knowledge, it says which of the graph's names the description means. A ``*`` in a key stands for
an optional possessive or article ("lift * arm": "lift my arm", "lift the arm", "lift arm"). Every
target is checked against the graph by ``tests/test_localize_reader_kinds.py`` (a rewrite to a
name the graph lacks would read as nothing, or as something else).

Where a description has a published lay synonym it is cited in the table's docstring; the others
are the project's own reading of what the words mean anatomically, with the reasoning given. The
tables are vocabulary, not rules about cases: none names a patient's circumstances.
"""

from __future__ import annotations

from itertools import product

_DETERMINERS = ("", "my", "the", "his", "her", "their", "your", "a")
SLOT_WORDS = (
    *_DETERMINERS,
    *(f"{determiner} {side}".strip() for determiner in _DETERMINERS for side in ("left", "right")),
    "myself",
    "himself",
    "herself",
)
"""What a ``*`` in a key may stand for: nothing, a possessive or an article, and a side ("lift my left arm");
the reader keeps a side word it finds in a rewritten key."""

SIDES = frozenset({"left", "right"})
"""Side words a rewrite keeps (``reader.rewrite`` appends them to the meaning)."""

MOVEMENTS = {
    "lift * arm out to * side": "abduction of the arm",
    "raise * arm out to * side": "abduction of the arm",
    "lifting * arm out to * side": "abduction of the arm",
    "raising * arm out to * side": "abduction of the arm",
    "lift * arm sideways": "abduction of the arm",
    "raise * arm sideways": "abduction of the arm",
    "turn * arm outwards": "external rotation of the arm",
    "turn * arm out": "external rotation of the arm",
    "turning * arm outwards": "external rotation of the arm",
    "bend * elbow": "elbow flexion",
    "bending * elbow": "elbow flexion",
    "straighten * elbow": "elbow extension",
    "lift * wrist back": "wrist extension",
    "lift * wrist up": "wrist extension",
    "bend * wrist back": "wrist extension",
    "cock * wrist": "wrist extension",
    "straighten * fingers": "finger extension",
    "straighten * fingers or thumb": "finger extension and thumb extension",
    "make * fist": "finger flexion",
    "bend * tip of * thumb": "thumb interphalangeal flexion",
    "bend * tip of * little finger": "finger flexion",
    "bending * tip of * little finger": "finger flexion",
    "spread * fingers": "finger abduction",
    "squeeze * knees together": "hip adduction",
    "bend * knee": "knee flexion",
    "lift * leg up": "hip flexion",
    "lift * front of * foot": "ankle dorsiflexion",
    "lift * foot up": "ankle dorsiflexion",
    "pull * foot up": "ankle dorsiflexion",
    "bring * foot up": "ankle dorsiflexion",
    "lift * big toe": "great toe extension",
    "lift * big toe up": "great toe extension",
    "pull * big toe up": "great toe extension",
    "push * foot down": "ankle plantar flexion",
    "turn * foot in": "ankle inversion",
    "turn * foot inwards": "ankle inversion",
    "turn * foot out": "ankle eversion",
    "turn * foot outwards": "ankle eversion",
    "turn * foot in or out": "ankle inversion or ankle eversion",
    "push * up out of * chair with * arms": "elbow extension",
    "pushing * up out of * chair with * arms": "elbow extension",
    "pushing up on * arms": "elbow extension",
    "pushing up on * hands": "elbow extension",
    "push * up from * chair with * arms": "elbow extension",
    "pushing * up from * chair with * arms": "elbow extension",
    "pushing * up out of * chair": "elbow extension",
    "push * up out of * chair": "elbow extension",
    "reach round to * back pocket": "shoulder internal rotation",
    "reach to * back pocket": "shoulder internal rotation",
    "reaching to * back pocket": "shoulder internal rotation",
    "pulling * arm down and back": "shoulder adduction",
    "pulling * arm in to * side": "shoulder adduction",
    "abduct * arm": "abduction of the arm",
    "invert or evert * foot": "ankle inversion or ankle eversion",
    "invert * foot": "ankle inversion",
    "evert * foot": "ankle eversion",
    "extend * fingers or thumb": "finger extension and thumb extension",
    "extend * fingers": "finger extension",
    "can't do up * buttons": "difficulty doing up buttons",
    "cannot do up * buttons": "difficulty doing up buttons",
    "struggle to do up * buttons": "difficulty doing up buttons",
    "trouble with buttons": "difficulty doing up buttons",
    "difficulty with buttons": "difficulty doing up buttons",
    "clumsy with fine things": "difficulty with fine hand movements",
    "dropping things": "clumsy hands",
    "dropping cups": "clumsy hands",
    "drops things": "clumsy hands",
    "grip ↓": "weak grip",
    "grip is weak": "weak grip",
    "impaired fine dexterity": "loss of manual dexterity",
}
"""Lay descriptions of movements -> the graph's name of the movement (MotorAction labels and synonyms).

The project's own reading, by the joint and direction each description moves: lifting the arm out
to the side is abduction at the shoulder ("difficulty raising the arm sideways" is already a graph
synonym of weak shoulder abduction); turning the arm outwards is external rotation; lifting the wrist
back is wrist extension; bending the tip of the thumb is flexion at its interphalangeal joint (the
graph's "cannot bend the tip of the thumb"); squeezing the knees together is hip adduction; lifting the
front of the foot or the big toe is ankle dorsiflexion or great toe extension; turning the foot in or
out is inversion or eversion; pushing up out of a chair with the arms is elbow extension (triceps:
"push up from a chair with the arms" is the usual bedside description of triceps function); reaching to
a back pocket is internal rotation of the shoulder and pulling the arm down and back or in to the side
adduction (latissimus dorsi's actions: adduction, extension, internal rotation). Dropping things from the
hand is clumsiness (the graph's "clumsy hands"): it comes from numbness as much as from weakness, so it is not
read as a weak grip.
Trouble with buttons and fine things are the graph's own words for hand clumsiness ("difficulty doing up
buttons", "difficulty with fine hand movements"); the key includes the "can't", which would otherwise be
read as the finding's status ("can't" + a finding reads as that finding absent, as in "can't be elicited")."""

REGIONS = {
    "little finger side of * hand": "ulnar side of the hand",
    "little finger side of * forearm": "ulnar side of the forearm",
    "thumb side of * forearm": "radial side of the forearm",
    "thumb side of * hand": "radial side of the hand",
    "arms": "upper limbs",
    "1st finger": "thumb",
    "2nd finger": "index finger",
    "3rd finger": "middle finger",
    "4th finger": "ring finger",
    "5th finger": "little finger",
    "digits 1-3": "thumb index finger middle finger",
    "xiphoid level": "level of the xiphisternum",
    "level of * xiphoid": "level of the xiphisternum",
    "at * xiphoid": "at the level of the xiphisternum",
    "xiphisternal level": "level of the xiphisternum",
    "nipple level": "nipple line",
    "level of * nipples": "nipple line",
    "level of * nipple": "nipple line",
    "umbilical level": "umbilicus",
    "level of * umbilicus": "umbilicus",
    "level of * belly button": "umbilicus",
    "collarbone": "clavicle",
    "outer arm": "lateral arm",
    "collar bone": "clavicle",
}
"""Lay and clinic names of places -> the graph's names of those places.

The thumb side of the hand and forearm is the radial side and the little finger side the ulnar side
(anatomical position; the graph's own synonyms use "radial side of the forearm", "ulnar side of the
hand"). Fingers are numbered from the thumb (1st) to the little finger (5th), the graph's "fifth
digit of the hand" and so on. The trunk's landmarks are those of the graph's key sensory points
(ISNCSCI): the xiphoid process is the xiphisternum (T6), the nipple line T4, the umbilicus T10. "Arms" in
the plural is the upper limbs ("my arms and hands are normal")."""

SENSATIONS = {
    "like wearing * thick glove": "hand numb",
    "like wearing * glove": "hand numb",
    "wearing * thick glove": "hand numb",
    "stocking distribution": "length-dependent sensory loss",
    "stocking distribution sensory loss": "length-dependent sensory loss",
    "stocking distribution numbness": "length-dependent sensory loss",
    "stocking distribution sensory change": "length-dependent sensory loss",
    "glove and stocking": "glove and stocking sensory loss",
    "can't bear clothes": "allodynia",
    "can't bear clothing": "allodynia",
    "can't tolerate clothing": "allodynia",
    "can't tolerate clothes": "allodynia",
    "sensitive to light touch": "allodynia",
    "sensitive to touch": "allodynia",
    "painful to light touch": "allodynia",
    "painful to touch": "allodynia",
    "sore to touch": "allodynia",
    "burns when * jeans rub": "allodynia",
    "burns when * clothes rub": "allodynia",
    "allodynia to clothing": "allodynia",
    "allodynia to light touch": "allodynia",
    "electric sensation down * back": "lhermitte sign",
    "electric buzz down * back": "lhermitte sign",
    "electric shock down * back": "lhermitte sign",
}
"""Lay descriptions of sensations -> the graph's words for them.

Allodynia is "pain due to a stimulus that does not normally provoke pain" (HPO HP:0012533, the term
the graph's "allodynia in a dermatome" maps to): clothes or light touch that hurt are that stimulus.
A hand that feels as if in a thick glove is numb (the usual lay description of hypoaesthesia of the
hand; MedlinePlus "Numbness and tingling": "loss of feeling"); a stocking distribution is the graph's
length-dependent sensory loss ("glove and stocking sensory loss"). An electric sensation down the back
is Lhermitte's phenomenon (the graph's synonym: "electric shock down the spine on neck flexion"; neck
flexion is how it is brought on, and a note rarely names it otherwise)."""

SIGNS = {
    "tapping": "tinel",
    "tapped": "tinel",
    "taps": "tinel",
    "percussion over": "tinel over",
    "spinous tenderness": "spinal tenderness",
    "percussion tenderness": "spinal tenderness",
    "tenderness to percussion": "spinal tenderness",
    "tender to percussion": "spinal tenderness",
    "sensory level": "sensory level on the trunk",
    "plantar ↑": "extensor plantar",
    "reflexes ↑": "brisk reflexes",
    "reflexes equal": "reflexes symmetric",
    "plantars ↑": "extensor plantar",
    "make an o": "ok sign",
    "instead of an o": "pinch sign",
    "not an o": "pinch sign",
}
"""Lay descriptions of bedside signs -> the graph's names of the signs.

Tapping over a nerve that sends tingling along it is Tinel's sign (the graph's eponym "Tinel" then
narrows it to the place named: "tapping the inside of my ankle" is Tinel at the tarsal tunnel, which
the graph describes as "tingling on tapping behind the medial malleolus"); percussion tenderness is
read as spinal tenderness only in these words, which clinicians use of the spine; a pinch that cannot
form an O (a flattened D or a square instead) is the graph's "pinch sign" / abnormal OK sign; a plantar
response marked ↑ is an up-going (extensor) plantar, as the shorthand table reads "upgoing plantars", and
reflexes marked ↑ brisk; reflexes "equal" are symmetric (the shorthand table's "reflexes symmetrical")."""

HISTORY = {
    "breast ca": "history of cancer",
    "lung ca": "history of cancer",
    "prostate ca": "history of cancer",
    "bowel ca": "history of cancer",
    "hx ca": "history of cancer",
    "known ca": "history of cancer",
    "radiotherapy to * breast": "radiotherapy to the axilla, chest wall or supraclavicular region",
    "radiotherapy to * axilla": "radiotherapy to the axilla, chest wall or supraclavicular region",
    "radiotherapy to * chest": "radiotherapy to the axilla, chest wall or supraclavicular region",
    "radiotherapy to * chest wall": "radiotherapy to the axilla, chest wall or supraclavicular region",
    "radiotherapy to * scf": "radiotherapy to the axilla, chest wall or supraclavicular region",
    "radiotherapy to * supraclavicular fossa": "radiotherapy to the axilla, chest wall or supraclavicular region",
    "radiotherapy to * supraclavicular region": "radiotherapy to the axilla, chest wall or supraclavicular region",
    "rt to * breast": "radiotherapy to the axilla, chest wall or supraclavicular region",
    "rt to * axilla": "radiotherapy to the axilla, chest wall or supraclavicular region",
    "rt to * chest": "radiotherapy to the axilla, chest wall or supraclavicular region",
    "rt to * chest wall": "radiotherapy to the axilla, chest wall or supraclavicular region",
    "rt to * scf": "radiotherapy to the axilla, chest wall or supraclavicular region",
    "rt to * supraclavicular fossa": "radiotherapy to the axilla, chest wall or supraclavicular region",
    "rt to * supraclavicular region": "radiotherapy to the axilla, chest wall or supraclavicular region",
    "axillary rt": "radiotherapy to the axilla, chest wall or supraclavicular region",
    "axillary radiotherapy": "radiotherapy to the axilla, chest wall or supraclavicular region",
    "a bad cold": "preceding infection",
    "a heavy cold": "preceding infection",
    "heavy cold": "preceding infection",
    "bad cold": "preceding infection",
    "a cold": "preceding infection",
    "had flu": "preceding infection",
    "diarrhoeal illness": "preceding infection",
    "diarrheal illness": "preceding infection",
    "chest infection": "preceding infection",
    "stomach bug": "preceding infection",
    "tick on * leg": "tick bite",
    "found * tick": "tick bite",
    "tick found": "tick bite",
    "not anticoagulated": "no anticoagulation",
    "on warfarin": "anticoagulation",
    "on apixaban": "anticoagulation",
    "on rivaroxaban": "anticoagulation",
    "on heparin": "anticoagulation",
    "on long-term steroids": "immunosuppressed",
    "wt loss": "unexplained weight loss",
    "wt ↓": "unexplained weight loss",
    "weight ↓": "unexplained weight loss",
    "lost weight without trying": "unintentional weight loss",
    "hb fell": "falling haemoglobin",
    "haemoglobin fell": "falling haemoglobin",
    "hemoglobin fell": "falling haemoglobin",
    "blistery red rash": "vesicular rash in a dermatome",
    "blistery rash": "vesicular rash in a dermatome",
    "red vesicular rash": "vesicular rash in a dermatome",
    "band of little blisters": "vesicular rash in a dermatome",
    "band of blisters": "vesicular rash in a dermatome",
    "after shingles": "pain after shingles",
    "ring-shaped rash": "erythema migrans",
    "expanding red rash": "erythema migrans",
    "expanding red ring-shaped rash": "erythema migrans",
    "bacteraemia": "recent bacterial infection",
    "bacteremia": "recent bacterial infection",
    "blood cultures grow": "recent bacterial infection",
    "positive blood cultures": "recent bacterial infection",
    "on mtx": "immunosuppressed",
    "on methotrexate": "immunosuppressed",
    "after herpes zoster": "pain after shingles",
}
"""History items in a note's words -> the graph's names of the risk factors and findings they are.

"ca" after a cancer's site (or "hx", "known") is carcinoma, the usual abbreviation; "Ca" alone is
left alone (it is also calcium). Radiotherapy to the breast, axilla, chest wall or supraclavicular fossa
(SCF) is the graph's "radiotherapy to the axilla, chest wall or supraclavicular region" (the breast is
treated through the chest wall); radiotherapy named without its field is left unread. A cold, flu, a
diarrhoeal illness or a chest infection before the illness is the graph's "preceding infection" (a recent respiratory or
gastrointestinal infection); warfarin and the direct oral anticoagulants are anticoagulation; long-term
steroids and methotrexate (MTX) are immunosuppression; bacteria grown from the blood (bacteraemia) are
a bacterial infection; an expanding red ring-shaped rash is erythema migrans (MedlinePlus, "Lyme disease": "a
red, expanding rash called erythema migrans", often bull's-eye); a blistering rash in a band is the graph's
vesicular rash in a dermatome, and pain after shingles its own synonym of persistent post-zoster pain."""

LABS = {
    "anti-gm1 antibodies": "raised serum igm anti-gm1 antibodies",
    "anti-gm1 igm": "raised serum igm anti-gm1 antibodies",
    "anti-gm1": "raised serum igm anti-gm1 antibodies",
    "cmv pcr": "cmv dna detected in csf",
    "lymphocytic pleocytosis": "csf lymphocytic pleocytosis",
    "pmn pleocytosis": "csf neutrophilic pleocytosis",
    "mostly neutrophils": "csf neutrophilic pleocytosis",
    "malignant cells": "csf cytology positive for malignancy",
}
"""Laboratory shorthand -> the graph's names of the results.

The graph holds CSF findings (lymphocytic and neutrophil pleocytosis, CMV DNA, malignant cells,
albuminocytological dissociation) and raised anti-GM1 antibodies; these are their clinic abbreviations
(PMN: polymorphonuclear, i.e. neutrophil; CMV PCR: the test that detects CMV DNA)."""

ACTIVITIES = {
    "stand still": "standing still",
    "stands still": "standing still",
    "standing still for": "standing still",
    "on * feet": "standing",
    "exercise bike": "stationary cycling",
    "on * bike": "on cycling",
    "when i cycle": "when cycling",
    "going uphill": "walking uphill",
    "goes away": "relieved",
    "go away": "relieved",
    "makes it go": "relieved",
    "it goes": "relieved",
    "sets it off": "provoked",
    "set it off": "provoked",
    "brings it on": "provoked",
    "bring it on": "provoked",
    "holding * phone": "sustained gripping",
    "holding * steering wheel": "sustained gripping",
    "bend * neck forward": "neck flexion",
    "bending * neck forward": "neck flexion",
    "tipping * head back": "neck extension",
    "tip * head back": "neck extension",
    "cough/sneeze": "coughing or sneezing",
}
"""Lay words for the activities the graph holds, and for what an activity does to a symptom.

The activity names are the graph's own (Activity labels and synonyms: "standing still", "walking uphill",
"stationary cycling", "holding a phone or book"/"sustained gripping", "bending the head forward", "tilting
the head back"); "on my feet" is standing. "Goes away", "makes it go" say the activity relieves the symptom
and "sets it off", "brings it on" that it provokes it (the reader's modifier words ``relieved`` and
``provoked``); "stands still" is compared as "standing still" because "standing" keeps its ending."""

CRANIAL = {
    "vii palsy": "facial palsy",
    "cn vii palsy": "facial palsy",
    "seventh nerve palsy": "facial palsy",
    "7th nerve palsy": "facial palsy",
    "face has dropped": "facial palsy",
    "face dropped": "facial palsy",
    "drooping of * face": "facial palsy",
    "drooping of * right side of * face": "facial palsy right",
    "drooping of * left side of * face": "facial palsy left",
    "side of * face has dropped": "facial palsy",
    "vi palsy": "cranial nerve palsy",
    "cn vi palsy": "cranial nerve palsy",
    "sixth nerve palsy": "cranial nerve palsy",
    "6th nerve palsy": "cranial nerve palsy",
    "iii palsy": "cranial nerve palsy",
    "third nerve palsy": "cranial nerve palsy",
    "3rd nerve palsy": "cranial nerve palsy",
    "iv palsy": "cranial nerve palsy",
    "fourth nerve palsy": "cranial nerve palsy",
    "ptosis with * small pupil": "horner syndrome",
    "ptosis with * miosis": "horner syndrome",
    "eyelid droops and * pupil is small": "horner syndrome",
}
"""Cranial nerve palsies as a note writes them -> the graph's findings.

The seventh cranial nerve is the facial nerve (VII palsy: facial palsy); a face that has dropped or droops
is facial weakness (the "Face" of the NHS stroke FAST test: "has their face fallen on one side?"); the
third, fourth and sixth are the graph's "cranial nerve palsy" (diplopia from cranial nerve palsy); ptosis
with a small pupil (miosis) is Horner syndrome, as the shorthand table already reads "ptosis and small
pupil"."""

BODY_FUNCTIONS = {
    "overflow dribbling": "urinary retention",
    "overflow incontinence": "urinary retention",
    "stream is weak": "urinary retention",
    "strain to start peeing": "urinary retention",
    "rushing to * toilet": "urinary urgency",
    "trouble getting erections": "sexual dysfunction",
    "erectile dysfunction": "sexual dysfunction",
    "bladder and bowels": "urinary retention or urinary incontinence or faecal incontinence",
    "bladder and bowel function": "urinary retention or urinary incontinence or faecal incontinence",
    "bowels and bladder": "urinary retention or urinary incontinence or faecal incontinence",
    "b&b": "urinary retention or urinary incontinence or faecal incontinence",
    "bladder/bowel": "urinary retention or urinary incontinence or faecal incontinence",
    "bladder ok": "urinary retention or urinary incontinence ok",
    "bladder normal": "urinary retention or urinary incontinence normal",
    "bladder fine": "urinary retention or urinary incontinence fine",
    "bladder sx": "urinary retention or urinary incontinence",
    "urinary sx": "urinary retention or urinary incontinence",
    "urinary symptoms": "urinary retention or urinary incontinence",
    "saddle sx": "saddle anaesthesia",
    "saddle symptoms": "saddle anaesthesia",
}
"""Bladder, bowel and sexual function in lay words, and named as a whole ("bladder normal", "no urinary sx")
-> the graph's findings. Overflow incontinence and a weak stream one has to strain to start are retention
(MSD Manual, "Urinary retention": "overflow incontinence", "weak stream", "straining"); rushing to the toilet
is urgency; trouble getting erections is the graph's sexual dysfunction. Bladder and bowel named as a whole
read as each of the graph's findings of that function, so that a normal or negated whole says each of them
is absent (the pattern of the shorthand table's "bladder or bowel")."""

STUDIES = {
    "sensory potential": "snap",
    "sensory potentials": "snap",
    "needle test": "emg",
}
"""Study words -> the reader's study lexicon (``shorthand.STUDY_WORDS``): a sensory potential is a sensory nerve
action potential (SNAP); "the needle test" is a patient's name for needle EMG."""

TABLES = (MOVEMENTS, REGIONS, SENSATIONS, SIGNS, HISTORY, LABS, ACTIVITIES, CRANIAL, BODY_FUNCTIONS, STUDIES)

LIMBS = {
    "ul": "upper limb",
    "uls": "upper limb",
    "ll": "lower limb",
    "lls": "lower limb",
}
"""Words for a whole limb -> the graph's region of that limb (matched as extra names of the region).

UL/LL are the clinic abbreviations of upper and lower limb. (The plural "arms" is rewritten to "upper limbs" in
``REGIONS``: "my arms are normal" speaks of the whole limbs; the singular "arm" is left as the graph has it,
where it names nothing alone, and "legs" too, since "leg" is the graph's own lower leg.)"""


def expand(key: str) -> list[tuple[str, ...]]:
    """Return every token sequence a key stands for (each ``*`` as each of ``SLOT_WORDS``)."""
    parts = key.split(" ")
    choices = [SLOT_WORDS if part == "*" else (part,) for part in parts]
    return [tuple(word for part in combo for word in part.split()) for combo in product(*choices)]


def phrases() -> dict[tuple[str, ...], str]:
    """Return every table as token sequences -> meaning (the form ``shorthand.PHRASES`` takes)."""
    found: dict[tuple[str, ...], str] = {}
    for table in TABLES:
        for key, meaning in table.items():
            for words in expand(key):
                found.setdefault(words, meaning)
    return found
