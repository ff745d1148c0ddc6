"""A phrase being read: its words, the names matched in it, and the grammar that ties them together.

The reader (``reader.py``) fills a :class:`Phrase`; the composer (``compose.py``) turns it into
observations. The functions here answer the small questions composition asks of a phrase: on which
side it is, which word is nearest to a name in its clause, and what status ("absent", "normal",
"brisk") that name has, a list sharing the status word at its end.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from graph.explore.localize.inability import INABILITY, said_of_its_own_action
from graph.explore.localize.negation_words import AFFIRMING
from graph.explore.localize.sensory_level import level_named
from graph.explore.localize.shorthand import DEFICIT_WORDS

CLAUSE_BREAKS = frozenset(
    {",", ";", "with", "but", "while", "whereas", "then", "though", "although", "despite", "vs", "versus"}
)
"""Words that end a clause: a status word is looked for within its name's clause."""

LIST_BREAKS = CLAUSE_BREAKS - {","}
"""Clause breaks that also end a list (a comma joins its items)."""

ANATOMY = ("muscle", "movement", "reflex", "region")
"""Categories of names that are anatomy a deficit can be in."""


@dataclass
class Match:
    """One matched name in a phrase."""

    start: int
    end: int
    category: str
    key: str
    meaning: list[str]
    negated: bool
    clause: int


@dataclass
class Phrase:
    """A phrase being read: its rewritten words, matches and the steps taken."""

    text: str
    words: list[str]
    matches: list[Match] = field(default_factory=list)
    how: list[str] = field(default_factory=list)
    clauses: list[int] = field(default_factory=list)
    negex: list[bool] = field(default_factory=list)
    """What NegEx said of each matched name, before negation is carried along lists."""
    both_by_plural: bool = True
    """Whether a clause naming a part of the leg in the plural is read as both sides (``sides.both_by_plural``)."""


def side_of(matches: list[Match]) -> str:
    """Return the side a phrase names: left, right, bilateral (both, or left and right), or ''.

    When left and right are both named, each in its own clause, and one clause says normal while the other
    says abnormal ("KJ 1+ on the right vs 2+ on the left", "saphenous SNAP absent L, present R"), the finding
    is on the abnormal side: the other side is named as the comparison.
    """
    sides = {value for m in matches if m.category == "side" for value in m.meaning}
    if "bilateral" in sides:
        return "bilateral"
    if {"left", "right"} <= sides:
        return _compared(matches) or "bilateral"
    return next(iter(sides), "")


def _compared(matches: list[Match]) -> str:
    """Return the abnormal side when left and right are compared clause by clause, else ''."""
    abnormal: set[str] = set()
    normal: set[str] = set()
    for m in matches:
        if m.category != "side" or m.meaning[0] not in ("left", "right"):
            continue
        statuses = {o.meaning[0] for o in matches if o.category in ("deficit", "normal") and o.clause == m.clause}
        if statuses == {"normal"}:
            normal.add(m.meaning[0])
        elif statuses and "normal" not in statuses:
            abnormal.add(m.meaning[0])
    if len(abnormal) == 1 and normal and not abnormal & normal:
        return next(iter(abnormal))
    return ""


def nearest(phrase: Phrase, m: Match, categories: tuple[str, ...], same_clause: bool = True) -> Match | None:
    """Return the match of these categories nearest to ``m`` (in its clause), the word after on a tie."""
    best: tuple[int, Match] | None = None
    for other in phrase.matches:
        if other is m or other.category not in categories:
            continue
        if same_clause and other.clause != m.clause:
            continue
        distance = other.start - m.end if other.start >= m.end else m.start - other.end
        distance = distance * 2 + (1 if other.start < m.start else 0)  # ties go to the word after
        if best is None or distance < best[0]:
            best = (distance, other)
    return best[1] if best else None


def status_of(phrase: Phrase, m: Match, shared: bool = True) -> tuple[str, str]:
    """Return the status of a match ('absent', 'reduced', 'brisk', 'positive', 'normal', '') and its word.

    The nearest status word of the match's clause; in a list ("deltoid, supraspinatus,
    infraspinatus 5/5") a clause with none takes the first one after it, up to the next ';', unless
    ``shared`` is False (a finding named by its own deficit, "weak plantar flexion, knee jerk normal", is
    no item of a list waiting for its status).
    """
    word = nearest(phrase, m, ("deficit", "normal"))
    if word is None:
        own = own_deficit_kind(phrase, m)
        if own is not None:  # "deltoid 4/5, biceps 5/5": the deltoid's own "weak", not the biceps' grade
            phrase.how.append(f"'{own.key}' said of '{' '.join(phrase.words[m.start : m.end])}'")
            return DEFICIT_WORDS[own.key], own.key
        word = (shared_status(phrase, m) or included_status(phrase, m)) if shared else None
    status = word.meaning[0] if word and word.meaning else ""
    if word is not None:
        phrase.how.append(f"'{' '.join(phrase.words[word.start:word.end])}' said of "
                          f"'{' '.join(phrase.words[m.start:m.end])}'")  # fmt: skip
    return status, (word.key if word else "")


def own_deficit_kind(phrase: Phrase, m: Match) -> Match | None:
    """Return a kind word of ``m``'s own clause that is itself a deficit ("weak", "paralysed"), if any.

    An MRC grade below 5 is read as "weak", a kind word; an item with one in its own clause has its
    status and does not borrow a later item's ("APB 3/5, FDI 4/5, FDP 5/5": only FDP is normal).
    """
    return next(
        (o for o in phrase.matches if o.category == "kind" and o.clause == m.clause and o.key in DEFICIT_WORDS),
        None,
    )


def sign_status(phrase: Phrase, m: Match, shared: bool = True) -> str:
    """Return the status of a named sign or finding: as :func:`status_of`, but "present" says it is there.

    "Present" is a normal word for a reflex ("ankle jerk present"); of a sign ("Hoffmann present") it is positive.
    """
    status, word = status_of(phrase, m, shared)
    return "positive" if word == "present" else status


def negated_after(phrase: Phrase, m: Match) -> bool:
    """Return True when NegEx negates a name after ``m`` in its clause ("Finkelstein: no pain…")."""
    return any(o.negated and o.clause == m.clause and o.start > m.start for o in phrase.matches)


INCLUDING = frozenset({"including", "incl", "incl.", "especially", "even"})
"""Words that open a clause naming part of what the clause before said ("sensation normal, including the
dorsal first web space"): the part has the whole's status."""


def clause_words(phrase: Phrase, clause: int) -> list[str]:
    """Return the words of one clause of a phrase, without the words that break clauses."""
    return [w for w, c in zip(phrase.words, phrase.clauses, strict=False) if c == clause and w not in CLAUSE_BREAKS]


def included_status(phrase: Phrase, m: Match) -> Match | None:
    """Return the status word of the clause before, when the match's clause opens with "including"."""
    words = clause_words(phrase, m.clause)
    if not words or words[0] not in INCLUDING:
        return None
    before = [o for o in phrase.matches if o.clause == m.clause - 1 and o.category in ("deficit", "normal")]
    return before[-1] if before else None


def shared_status(phrase: Phrase, m: Match) -> Match | None:
    """Return the first status word in a later clause of the same list (clauses joined by commas).

    An item whose own clause has a symptom word is no item waiting for the list's status: "numb band T9 to T11 on
    the left, legs strong" is numbness in those dermatomes, and "strong" is said of the legs. Since stop 44, nor is an
    item whose clause names a deficit in the note's own words when the status's clause names something of its own, in
    a phrase that is no checklist (``_own_statement``: "areflexia in legs, arms normal", "foot drop, hip abduction
    5/5"; "hyperreflexia, Hoffmann's - negative" is a checklist and still shares); nor, in a phrase with no kind word
    ("numb", "power", "sensation"), a region of a list closed by its own "and" before a status clause naming its own
    part (``closed_before``: "it's my thumb and first two fingers, my little finger's fine", whose thumb had been read
    as normal); nor an item before a status standing right before its own name ("saddle anaesthesia, absent VAC"). The
    reviews of stop 44 found a first version refusing the status to kind-headed lists ("sensation over shoulder and
    lateral arm, forearm, hand intact" read as numbness) and to checklists of signs.
    """
    if any(k.category == "kind" and k.clause == m.clause and k.key in SYMPTOM_WORDS for k in phrase.matches):
        return None
    for other in phrase.matches:
        if other.start < m.end or other.category not in ("deficit", "normal"):
            continue
        between = phrase.words[m.end : other.start]
        if ";" in between or not LIST_BREAKS.isdisjoint(between):
            return None
        if any(o.start == other.end and o.category in (*ANATOMY, "finding") for o in phrase.matches):
            return None  # a status right before its own name is that name's ("saddle anaesthesia, absent VAC")
        if m.category == "finding" and _own_kind_and_place(phrase, other) and "all" not in between:
            return None  # "pinprick level T10, vibration lost in feet": the vibration's own status (stop 49)
        if other.key in INABILITY and said_of_its_own_action(phrase.words, other.end, phrase.clauses, other.clause):
            return None  # "R shoulder pain, couldn't sleep": said of its own action (it had denied the pain)
        if _own_statement(phrase, other) and any(
            o.category == "finding" and o.clause == m.clause and names_deficit(phrase, o) for o in phrase.matches
        ):
            return None
        if m.category == "region" and closed_before(phrase, m, other):
            return None
        if any(has_own_status(phrase, o, m, other) for o in phrase.matches):
            return None
        return other
    return None


def _own_kind_and_place(phrase: Phrase, status: Match) -> bool:
    """Return True when a status's clause names its own kind before it and a region ("vibration lost in feet").

    Its own statement, no list's (stop 49: "pinprick level T10, vibration lost in feet" had read the level as absent);
    a status with no region, or said of "all", stays shared ("sensory level, vibration and proprioception normal").
    """
    clause = [o for o in phrase.matches if o.clause == status.clause]
    kind = any(o.category == "kind" and o.start < status.start for o in clause)
    return kind and any(o.category == "region" for o in clause)


def _names_region(phrase: Phrase, status: Match) -> bool:
    """Return True when the status's clause names a region of the body before it ("arms normal", "shin spared")."""
    return any(o.clause == status.clause and o.start < status.start and o.category == "region" for o in phrase.matches)


def _own_statement(phrase: Phrase, status: Match) -> bool:
    """Return True when the status's clause names something of its own before it, in a phrase that is no checklist.

    "foot drop, hip abduction 5/5", "saddle anaesthesia, anal tone normal", "brisk reflexes, Babinski negative": the
    status is the later item's. A checklist, a heading or a status set off by ":" or "-" ("UMN signs: hyperreflexia,
    clonus absent", "hyperreflexia, Hoffmann's - negative"), shares its status with every item (the late review of
    stop 44; the clinical reviews disagreed on the dash form, read here as a checklist).
    """
    if not CHECKLIST_MARKS.isdisjoint(phrase.words[: status.start]):
        return False
    own = (*ANATOMY, "finding", "kind")
    return any(o.clause == status.clause and o.start < status.start and o.category in own for o in phrase.matches)


def closed_before(phrase: Phrase, m: Match, status: Match) -> bool:
    """Return True when an "and" closed ``m``'s list before the status's clause, which names its own part, no "and".

    "it's my thumb and first two fingers, my little finger's fine": the little finger's is a second statement. In
    "elbow flexion/extension, wrist and grip 5/5" the status's clause closes the list with its own "and": shared.
    Asked of regions in a phrase with no kind word and no named finding only (``shared_status``): with one, a region
    refused its status is read as a deficit ("power: shoulder and elbow, wrist, hand 5/5" would be weak), and a
    movement named alone is read as weak.
    """
    if any(o.category in ("kind", "finding") for o in phrase.matches):
        return False
    words = list(zip(phrase.words, phrase.clauses, strict=False))
    before = {w for w, c in words if m.clause <= c < status.clause}
    own = {w for w, c in words if c == status.clause}
    return _names_region(phrase, status) and not CLOSING_JOINS.isdisjoint(before) and CLOSING_JOINS.isdisjoint(own)


def has_own_status(phrase: Phrase, o: Match, m: Match, other: Match) -> bool:
    """Return True when ``o``, between ``m`` and the status word ``other``, has a status word of its own."""
    between = o.category in (*ANATOMY, "finding") and m.end <= o.start < other.start
    if not between or o.clause in (m.clause, other.clause):
        return False
    # "diabetic, numb feet to mid-shin, AJs absent": the feet are numb and the sensory loss is a loss by its own
    # name, so the list's "absent" is the ankle jerks' and says nothing of the diabetes before them
    named_deficit = o.category == "finding" and names_deficit(phrase, o)
    symptom = any(k.category == "kind" and k.clause == o.clause and k.key in SYMPTOM_WORDS for k in phrase.matches)
    return (
        nearest(phrase, o, ("deficit", "normal")) is not None
        or own_deficit_kind(phrase, o) is not None
        or named_deficit
        or symptom
    )


SYMPTOM_WORDS = frozenset({
    "numb", "numbness", "tingling", "paraesthesia", "paresthesia", "hypoaesthesia", "hypoesthesia", "anaesthesia",
    "anesthesia", "dysaesthesia", "dysesthesia", "allodynia", "wasting", "wasted", "wast", "atrophy", "pain",
    "painful", "ache", "aching", "burning", "sore",
})  # fmt: skip
"""Kind words that say a deficit or symptom is there by themselves ("numb feet"): an item with one has its status.
"wast" is the key "wasted" is matched under: "L infraspinatus fossa wasted, supraspinatus bulk normal" had read both
muscles as normal (sealed 103's N103-065, after its run)."""

CLOSING_JOINS = frozenset({"and", "&", "+"})
"""Words that close a list ("thumb, index and middle fingers"): a later clause is a statement of its own."""

CHECKLIST_MARKS = frozenset({":", "-"})
"""Marks of a checklist or a heading ("UMN signs: …", "… - negative"): its status is every item's."""

DEFICIT_NAMES = SYMPTOM_WORDS | {
    "areflexia", "hyporeflexia", "hyperreflexia", "drop", "palsy", "clawing", "wasted", "retention", "incontinence",
}  # fmt: skip
"""Words that make a matched finding's name a deficit by itself ("areflexia", "numb sole", "foot drop", "saddle
anaesthesia"), beside the deficit words."""


def names_deficit(phrase: Phrase, o: Match) -> bool:
    """Return True when a matched finding's own words say a deficit ("numb sole", "weak grip", "areflexia").

    The word must be the note's own, not a rewrite's: "saddle sensation" is rewritten "saddle anaesthesia", a neutral
    name for a test (the late review of stop 44); so is a level said with its segment ("sensory level T4", stop 52).
    """
    said = {word for word in phrase.words[o.start : o.end] if word in DEFICIT_WORDS or word in DEFICIT_NAMES}
    text = phrase.text.lower()
    return any(word in text for word in said) or ("level" in phrase.words[o.start : o.end] and level_named(text))


def note_negation(phrase: Phrase, m: Match) -> None:
    """Record in the phrase's reading steps that NegEx negated a match."""
    if m.negated:
        phrase.how.append(f"'{' '.join(phrase.words[m.start : m.end])}' negated (NegEx)")


def symmetric(phrase: Phrase) -> bool:
    """Return True when the phrase says "symmetric(al)" (both sides alike)."""
    return any(m.category == "side" and m.key.startswith("symmetric") for m in phrase.matches)


LIST_JOINS = frozenset({",", "or", "and", "nor", "/", "&"})
"""Words that join the items of a list ("no fever, weight loss or bladder symptoms")."""
LISTED = frozenset({"finding", "kind", "region", "muscle", "movement", "reflex"})
"""Categories of names that can be items of a negated list."""
OPENING_DENIALS = frozenset({"no", "denies", "denied", "nil", "without"})
"""Words that open a phrase denying the list after them ("no …", "denies …", "nil …")."""
PREDICATE_KINDS = frozenset({"weak", "numb", "sore", "painful", "tingly", "tender", "dead", "heavy", "hurts"})
"""Kind words that are said of a place after it ("toes weak"), not nouns of a list ("numbness, weakness")."""
UNMATCHED_BETWEEN = 2
"""At most this many words that are neither joins nor names may sit between two items of one list."""


def carry_negation(phrase: Phrase, following: frozenset[tuple[str, ...]] = frozenset()) -> None:
    """Carry a negation along a list: "no fever, weight loss, cancer history or bladder symptoms" negates every item.

    NegEx's scope ends at a comma here (so "numbness of the sole, heel spared" negates the heel only);
    an item that follows a negated item across list joins only, with no status word of its own in its
    clause, is an item of the same negated list, as NegEx reads "no A, B or C" in running text. So is the
    first item the graph names in a list that opens with "no" ("no bladder, bowel or saddle symptoms", where
    "bladder" and "bowel" alone name nothing: the saddle symptoms had read as present).

    A negation that follows its item (``following``, NegEx's following triggers as word tuples: "fever denied,
    saddle anaesthesia") ends at that item and is not carried; nor is any across a word that affirms
    (``negation_words.AFFIRMING``: "denied fever, reports weight loss").
    """
    ordered = sorted((m for m in phrase.matches if m.category in LISTED), key=lambda m: m.start)
    covered = {index for m in phrase.matches for index in range(m.start, m.end)}
    if ordered and not ordered[0].negated and phrase.words[:1] and phrase.words[0] in OPENING_DENIALS:
        # "no bladder, bowel or saddle symptoms": the list opens with "no" and items the graph does not name
        denied = {index for m in phrase.matches if m.negated for index in range(m.start, m.end)}
        opening = [(i, word) for i, word in enumerate(phrase.words[: ordered[0].start]) if i and i not in denied]
        loose = [word for _, word in opening if word not in LIST_JOINS]
        if LIST_JOINS & {word for _, word in opening} and len(loose) <= UNMATCHED_BETWEEN:
            ordered[0].negated = True
    for before, after in pairwise(ordered):
        if not before.negated or after.negated:
            continue
        between = phrase.words[before.end : after.start]
        if not between and before.category == "kind" and after.category in ("region", "muscle", "movement"):
            after.negated = True  # "no … or numb bottom": the kind word and its place are one negated item
            continue
        loose = [word for word in between if word not in LIST_JOINS]
        if not between or len(loose) > UNMATCHED_BETWEEN or covered & set(range(before.end, after.start)):
            continue
        if not LIST_JOINS & set(between):
            continue
        if any(o.category in ("deficit", "normal") and o.clause == after.clause for o in phrase.matches):
            continue
        if _has_own_predicate(phrase, after):
            continue  # "no foot numbness, toes weak": the toes are said to be weak, no item of the denied list
        if AFFIRMING & set(between) or any(_contains(between, words) for words in following):
            continue
        if LIST_BREAKS & set(between):
            continue  # "no fever, but saddle anaesthesia": the list ended
        after.negated = True


def _has_own_predicate(phrase: Phrase, item: Match) -> bool:
    """Return True when a place is followed in its clause by a word said of it ("calf weak", "shin numb").

    Such an item is a statement of its own, not one more noun of a denied list: "no foot numbness, calf weak" keeps the
    weak calf (the review of stop 32 found "toes weak" read as no weakness anywhere; "toes", which the graph does not
    name as a place, is now dropped instead).
    """
    if item.category == "kind":  # "no foot numbness, toes weak": a word the graph does not name, then "weak"
        before = phrase.words[item.start - 1] if item.start else ""
        named = any(o.start <= item.start - 1 < o.end for o in phrase.matches)
        return item.key in PREDICATE_KINDS and before not in LIST_JOINS and not named
    if item.category not in ("region", "muscle", "movement"):
        return False
    return any(
        o.category == "kind" and o.key in PREDICATE_KINDS and o.clause == item.clause and o.start >= item.end
        for o in phrase.matches
    )  # "leg pain" is one noun, an item of the list ("no back pain, leg pain or numbness")


def _contains(words: list[str], phrase: tuple[str, ...]) -> bool:
    """Return True if ``phrase`` occurs in ``words`` as consecutive words ("fever was denied, ...": "denied")."""
    n = len(phrase)
    return any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1))
