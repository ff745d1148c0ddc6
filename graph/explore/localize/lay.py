"""Lay and clinic descriptions the reader rewrites into names the graph holds, by kind of description.

Each table maps a description, written as the words a patient or a note uses, to words that name
something the graph already holds (a movement, a region, a finding, a risk factor): the rewrite adds
no knowledge, it says which of the graph's names the description means. A ``*`` in a key stands for
an optional possessive or article ("lift * arm": "lift my arm", "lift the arm", "lift arm"). Every
target is checked against the graph by ``tests/test_localize_reader_kinds.py`` (a rewrite to a
name the graph lacks would read as nothing, or as something else).

The history, laboratory, cranial nerve and body-function tables are in ``lay_history.py``, the bedside signs in
``lay_signs.py``, everyday tasks, skin and functions in ``lay_everyday.py``, bedside words, bands of pain round the
trunk and shingles blisters in ``lay_bedside.py``, the hand's small muscles and a hand nerve's skin in ``lay_limbs.py``,
activities and what they do to a symptom in ``lay_activities.py``
(split for size).
Where a description has a published lay synonym it is cited in the table's docstring; the others
are the project's own reading of what the words mean anatomically, with the reasoning given. The
tables are vocabulary, not rules about cases: none names a patient's circumstances.
"""

from __future__ import annotations

from itertools import product

from graph.explore.localize.lay_activities import ACTIVITIES
from graph.explore.localize.lay_bedside import BEDSIDE, HEMIPARESIS, SHINGLES, TRUNK_BANDS
from graph.explore.localize.lay_everyday import FACE, FUNCTIONS, HISTORY_WORDS, PRESSURE, SKIN, TASKS
from graph.explore.localize.lay_history import BODY_FUNCTIONS, CHEST, CRANIAL, HISTORY, LABS
from graph.explore.localize.lay_limbs import HAND_MUSCLES, NERVE_SKIN
from graph.explore.localize.lay_signs import SIGNS
from graph.explore.localize.lay_studies import STUDIES

_DETERMINERS = ("", "my", "the", "his", "her", "their", "your", "a")
SLOT_WORDS = (
    *_DETERMINERS,
    *(f"{determiner} {side}".strip() for determiner in _DETERMINERS for side in ("left", "right", "l", "r")),
    "myself",
    "himself",
    "herself",
)
"""What a ``*`` in a key may stand for: nothing, a possessive or an article, and a side ("lift my left arm");
the reader keeps a side word it finds in a rewritten key."""

SIDES = {"left": "left", "right": "right", "l": "left", "r": "right"}
"""Side words a rewrite keeps, as the side they name (``reader.rewrite`` appends them to the meaning)."""

MOVEMENTS = {
    "lift * arm out to * side": "abduction of the arm",
    "raise * arm out to * side": "abduction of the arm",
    "lifting * arm out to * side": "abduction of the arm",
    "raising * arm out to * side": "abduction of the arm",
    "lift * arm sideways": "abduction of the arm",
    "lift * arm above * head": "abduction of the arm",
    # stop 53: an arm the patient cannot lift, with no direction said ("then he couldn't lift his arm", 107 of 424 such
    # public lines unread), is raised from the side, abduction's work (the deltoid and supraspinatus, C5); only after an
    # inability ("could not" is contracted first, ``inability.contract``): "tingling on raising the arm" is the graph's
    # arm elevation, a provocation, and "difficulty raising the arm" its weak abduction (the code review of stop 53)
    **{
        f"{unable} {verb} * arm{out}": f"{unable} abduction of the arm"
        for unable in ("can't", "cannot", "couldn't", "unable to", "can no longer", "could no longer")
        for verb in ("lift", "raise")
        for out in ("", " out sideways")
    },
    "raise * arm sideways": "abduction of the arm",
    "turn * arm outwards": "external rotation of the arm",
    "turn * arm out": "external rotation of the arm",
    "turning * arm outwards": "external rotation of the arm",
    "turning * arm outward": "external rotation of the arm",
    "index finger extension": "extensor indicis",  # the index finger's own extensor (a C8 muscle), not its skin
    "index extension": "extensor indicis",
    "extension of * index finger": "extensor indicis",
    "straighten * index finger": "extensor indicis",
    "bend * elbow": "elbow flexion",
    "bending * elbow": "elbow flexion",
    "straighten * elbow": "elbow extension",
    "lift * wrist back": "wrist extension",
    "lift * wrist or fingers": "wrist extension and finger extension",
    "extend * wrist or fingers": "wrist extension and finger extension",
    "extend * right wrist or fingers": "wrist extension and finger extension",
    "extend * left wrist or fingers": "wrist extension and finger extension",
    "lift * wrist and fingers": "wrist extension and finger extension",
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
    "knee feels weak": "knee extension weak",
    "knee gives way": "knee extension weak",
    "knee gives out": "knee extension weak",
    "thigh gives out": "knee extension weak",  # the quadriceps failing in stance, as the knee giving way
    "toes scuff": "foot drop",
    "thigh gives way": "knee extension weak",
    "knee buckles": "knee extension weak",
    "knee keeps giving way": "knee extension weak",
    "lift * leg up": "hip flexion",
    "lift * front of * foot": "ankle dorsiflexion",
    "lift * foot up": "ankle dorsiflexion",
    "pull * foot up": "ankle dorsiflexion",
    "bring * foot up": "ankle dorsiflexion",
    "lift * big toe": "great toe extension",
    "big toe won't lift": "weak great toe extension",
    "wrist extends but deviates radially": "radial deviation of the wrist on extension",
    "big toe will not lift": "weak great toe extension",
    "scuff * shoe": "foot drop",
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
graph's "cannot bend the tip of the thumb"); squeezing the knees together is hip adduction; a knee that feels weak,
gives way or buckles is weak knee extension (the quadriceps holds the knee straight in stance); lifting the
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

ARM_SIDES = ("left", "right", "l", "r")
ARM_OWNERS = (*ARM_SIDES, "my", "his", "her", "their")
WHOLE_ARM_PAIN = {
    **{f"{owner} arm {word}": "upper limb pain" for owner in ARM_OWNERS for word in ("pain", "ache")},
    **{f"{word} {way} * arm": "upper limb pain" for word in ("pain", "ache", "aching") for way in ("in", "down")},
    **{f"{word} {side} arm": "upper limb pain" for word in ("pain", "ache", "aching") for side in ARM_SIDES},
}
"""A pain or ache of a whole arm, said with its side or owner ("L arm ache walking uphill") or in or down it ("heavy
ache in my left arm"), is the upper limb's (stop 48: angina's arm pain was unread). A bare "arm pain" is not:
"medial arm pain" and "neck or arm pain?" keep their own readings. ("lt", "rt" are no side the rewrite keeps.) Since
stop 49 also an ache before its sided arm ("heavy ache L arm + jaw", F132-065)."""
WHOLE_ARM_PAIN |= {f"{key} {night}": "upper limb pain and night pain" for key in list(WHOLE_ARM_PAIN)
                   for night in ("worse at night", ", worse at night", "at night")}  # fmt: skip
ARM_AND_JAW_PAIN = {
    f"{start} arm and {into}jaw": "upper limb pain and jaw pain"
    for start in ("pain in *", "ache in *", "pain down *", "ache down *", "spreading into *", "radiating into *",
                  "radiating to *", "going into *")
    for into in ("", "into * ")
} | {f"{word} {side} arm {joint} jaw": "upper limb pain and jaw pain" for word in ("pain", "ache", "aching")
     for side in ARM_SIDES for joint in ("and", "+", "&")}  # fmt: skip
"""A pain or ache in an arm and the jaw, or spreading into them, is both (angina's spread: "heavy ache in my left arm
and jaw"); "numbness of the left arm and jaw" and "arm and jaw jerks" are not pain (the code review of stop 48)."""

TIGHT_BANDS = {
    **{f"{head} {way} * {part}chest": "altered sensation in chest wall"
       for head in ("band of tightness", "tight band feeling", "band feeling", "tightness", "tight feeling")
       for way in ("round", "around") for part in ("", "lower ", "upper ")},
    "tightness in * chest band-like": "altered sensation in chest wall",
}  # fmt: skip
"""A tight band round the chest (an MS hug) is the chest wall's sensation, a sensory level's or the cord's
(``lay_bedside.TRUNK_BANDS``), not angina's tight chest, as "band of tightness around the chest" had read (stop 48)."""

REGIONS = {
    "little finger side of * hand": "ulnar side of the hand",
    "little finger side of * forearm": "ulnar side of the forearm",
    "thumb side of * forearm": "radial side of the forearm",
    "thumb side of * hand": "radial side of the hand",
    "arms": "upper limbs",
    "arm reflexes": "reflexes in upper limbs",  # the reflexes of the arms (the singular "arm" names nothing alone)
    "arm jerks": "reflexes in upper limbs",
    **WHOLE_ARM_PAIN,
    **ARM_AND_JAW_PAIN,
    "adductors": "hip adductors",  # the plural alone is the thigh's adductor group (the thumb's is one muscle)
    "thumb adductors": "thumb adduction",  # the hand's adductors are not the hip's
    "finger adductors": "finger adduction",
    "hip adductors": "hip adductors",
    "thigh adductors": "hip adductors",
    "1st finger": "thumb",
    "2nd finger": "index finger",
    "3rd finger": "middle finger",
    "4th finger": "ring finger",
    "5th finger": "little finger",
    "digits 1-3": "thumb index finger middle finger",
    "thumb , first two fingers and half * ring finger": "median distribution numbness",
    "thumb , first two fingers and half of * ring finger": "median distribution numbness",
    "thumb , index , middle and half * ring finger": "median distribution numbness",
    "little finger and half * ring finger": "ulnar distribution numbness",
    "little finger and half of * ring finger": "ulnar distribution numbness",
    "line across * tummy and below it": "; sensory level on the trunk ;",
    "line across * chest and below it": "; sensory level on the trunk ;",
    "side of * thigh": "lateral thigh",
    "index and first web space": "index finger and first dorsal web space",  # the hand's, not the foot's
    "thumb and first web space": "thumb and first dorsal web space",
    "first web space of * hand": "first dorsal web space",
    "dorsal first web space": "first dorsal web space",
    "wrist deviates radially when extended": "radial deviation of the wrist on extension",
    "wrist deviates radially on extension": "radial deviation of the wrist on extension",
    "thumb and index": "thumb and index finger",  # "index" alone is no finger ("ankle-brachial index")
    "thumb / index": "thumb and index finger",
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
    "under * breast": "t5 dermatome",
    "below * breast": "t5 dermatome",
    "beneath * breast": "t5 dermatome",
    "band-like pain around * chest": "band-like chest pain",
    "band-like pain round * chest": "band-like chest pain",
    "band of pain around * chest": "band-like chest pain",
    "band of pain round * chest": "band-like chest pain",
    "side of * chest": "chest wall",
    "around * chest": "chest wall",
    "round * chest": "chest wall",
    "back of * hand": "dorsum of the hand",  # the graph's synonym "back of the hand", not the posterior of a part
    "back of * hand between * thumb and index finger": "first dorsal web space",
    "back of * hand between * thumb and first finger": "first dorsal web space",
    "collarbone": "clavicle",
    # the scapula's fossae are named for the muscles that fill them ("wasting of R supraspinous + infraspinous fossae")
    "infraspinous fossae": "infraspinatus",
    "supraspinous fossa": "supraspinatus",
    "supraspinous fossae": "supraspinatus",
    "supraspinous and infraspinous fossae": "supraspinatus and infraspinatus",
    "supraspinous + infraspinous fossae": "supraspinatus and infraspinatus",
    # the skin between the great and second toes is the foot's first web space (the deep fibular nerve's patch)
    "between * great and 2nd toe": "first web space of the foot",
    "between * great and second toe": "first web space of the foot",
    "between * big and 2nd toe": "first web space of the foot",
    "between * big and second toe": "first web space of the foot",
    "between * great toe and 2nd toe": "first web space of the foot",
    "between * great toe and second toe": "first web space of the foot",
    "between * big toe and 2nd toe": "first web space of the foot",
    "between * big toe and second toe": "first web space of the foot",
    "between * 1st and 2nd toes": "first web space of the foot",
    "between * first and second toes": "first web space of the foot",
    # numb skin "over the deltoid" is the lateral upper arm (the graph's "skin over the deltoid"), not the muscle:
    # "numb patch over lower deltoid ('regimental badge')" had read as a weak deltoid (sealed 105's R105-037)
    "numb patch over * deltoid": "numbness of the lateral upper arm",
    "numb patch over * lower deltoid": "numbness of the lateral upper arm",
    "numb over * deltoid": "numbness of the lateral upper arm",
    "numb over * lower deltoid": "numbness of the lateral upper arm",
    "numbness over * lower deltoid": "numbness of the lateral upper arm",
    # the notches are the suprascapular nerve's passages: "MRI: spinoglenoid notch ganglion cyst" is a mass on it
    "spinoglenoid notch": "suprascapular nerve at the spinoglenoid notch",
    "suprascapular notch": "suprascapular nerve at the suprascapular notch",
    "outer arm": "lateral arm",
    "collar bone": "clavicle",
}
"""Lay and clinic names of places -> the graph's names of those places.

The thumb side of the hand and forearm is the radial side and the little finger side the ulnar side
(anatomical position; the graph's own synonyms use "radial side of the forearm", "ulnar side of the
hand"). Fingers are numbered from the thumb (1st) to the little finger (5th), the graph's "fifth
digit of the hand" and so on. The trunk's landmarks are those of the graph's key sensory points
(ISNCSCI): the xiphoid process is the xiphisternum (T6), the nipple line T4, the umbilicus T10. "Arms" in
the plural is the upper limbs ("my arms and hands are normal"). The skin round or at the side of the chest is the
chest wall (the graph's region of the T2-T7 dermatomes), not a level of its own, and a band of pain round it
the graph's band-like chest pain (thoracic radicular pain); under the breast is below the
nipples, the graph's T5 dermatome ("a band of the chest wall below the nipples")."""

SENSATIONS = {
    "like wearing * thick glove": "hand numb",
    "like wearing * glove": "hand numb",
    "wearing * thick glove": "hand numb",
    "stocking distribution": "length-dependent sensory loss",
    "to mid-shin": "length-dependent sensory loss to mid-shin",
    "to * mid-shin": "length-dependent sensory loss to mid-shin",
    "to mid-shin both sides": "length-dependent sensory loss to mid-shin",
    "stocking distribution sensory loss": "length-dependent sensory loss",
    "stocking distribution numbness": "length-dependent sensory loss",
    "stocking distribution sensory change": "length-dependent sensory loss",
    "glove and stocking": "glove and stocking sensory loss",
    "can't bear clothes": "allodynia",
    "can't bear clothing": "allodynia",
    "can't tolerate clothing": "allodynia",
    "can't tolerate clothes": "allodynia",
    **{f"can't bear * {cloth} touching": "allodynia" for cloth in ("top", "bra")},  # stop 49: the trunk's garments
    "sensitive to light touch": "allodynia",
    "sensitive to touch": "allodynia",
    "painful to light touch": "allodynia",
    "painful to touch": "allodynia",
    "sore to touch": "allodynia",
    "burns when * jeans rub": "allodynia",
    "burns when * clothes rub": "allodynia",
    "allodynia to clothing": "allodynia",
    "hurts when * shirt touches": "allodynia",
    "hurts when * clothes touch": "allodynia",
    "hurts when * clothing touches": "allodynia",
    "hurts when * bra touches": "allodynia",
    "shirt touching * skin": "allodynia",
    "shirt touching it": "allodynia",
    "bra touching * skin": "allodynia",
    "clothes touching * skin": "allodynia",
    "hurts even with * t-shirt on": "allodynia",
    "hurts even with * shirt on": "allodynia",
    "touch of clothing": "allodynia",
    "touch of clothes": "allodynia",
    "can't bear * bra": "allodynia",
    "can't bear * shirt": "allodynia",
    "allodynia to light touch": "allodynia",
    "hyperaesthesia in * same band": "dermatomal hyperaesthesia",
    "hyperesthesia in * same band": "dermatomal hyperaesthesia",
    "hyperaesthesia in * band": "dermatomal hyperaesthesia",
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

TABLES = (
    MOVEMENTS, REGIONS, SENSATIONS, SIGNS, HISTORY, LABS, ACTIVITIES, CRANIAL, BODY_FUNCTIONS, STUDIES, TASKS, SKIN,
    FUNCTIONS, PRESSURE, FACE, HISTORY_WORDS, TRUNK_BANDS, TIGHT_BANDS, SHINGLES, BEDSIDE, CHEST, HEMIPARESIS,
    HAND_MUSCLES, NERVE_SKIN,
)  # fmt: skip
"""Every table, older first: a key two tables hold keeps the older table's meaning (the tables above are consulted
before the keys of ``lay_everyday.py``, whose keys carry no status words)."""

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
