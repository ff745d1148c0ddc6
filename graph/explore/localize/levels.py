"""Spinal levels written as skin bands read as the dermatomes they name: "a T8-T10 band", "the T5 distribution".

Notes give a band of skin by its spinal levels: "reduced pinprick in a T8-T10 band", "allodynia in the left
T9 to T11 bands", "hyperaesthesia in a T5 distribution", "T8, T9 and T10 dermatomes". The graph names each
root's skin ``T8 dermatome``; a level followed by a word for a band of skin is that level's dermatome, and a
range (a hyphen, a dash or "to") or a list of levels before such a word is each dermatome of the range or
list, named one by one, so the composer (``compose.py``) reads them as one band. A range or list after
"across" or "over" is a band too ("patchy sensory loss across T8-T10"), except two adjacent cervical or
lumbosacral levels, the way a disc level is written ("tender over L5-S1").

In a part of a phrase about sensation (between commas or semicolons) with no word of a study, a disc, vertebra or
procedure, or a sensory level in it, a level needs no band word: "numbness L5", "Hyperaesthesia L T6-T8", "patchy
reduced sensation R T10 to L3", "reduced pinprick in a band L T5-T6" name the dermatomes of those levels, the way
ISNCSCI charts sensation by the level of each key sensory point. A level right after "to", "up", "below", "sensory" and
the like is a sensory level ("numb to T10", "ASIA B, sensory T4"), not a band: it is left to ``quantities.py``, which
reads "below T8" (the others go unread); words of heart sounds, thyroid tests and diabetes in the part block it too
("S1 S2 normal", "free T4", "T2 diabetic": the reviews of stop 35).

A level followed by any other word is left alone: "L4-L5" before "disc" is a disc level (``shorthand.py``),
"below T8" a sensory level (``quantities.py``), "T10 root" a root.
"""

from __future__ import annotations

import re

from graph.explore.localize.shorthand import KIND_WORDS

BAND_WORDS = frozenset({"band", "bands", "distribution", "distributions", "strip", "strips", "dermatome",
                        "dermatomes", "dermatomal", "territory"})  # fmt: skip
"""Words after a spinal level that make it a band of skin (a dermatome), not a disc, root or sensory level."""

LEVEL = re.compile(r"^([ctls])(\d{1,2})$", re.IGNORECASE)
RANGE = re.compile(r"^([ctls])(\d{1,2})[-\u2013\u2014]([ctls])?(\d{1,2})$", re.IGNORECASE)

ORDER = (
    [f"c{n}" for n in range(2, 9)] + [f"t{n}" for n in range(1, 13)] + [f"l{n}" for n in range(1, 6)]
    + [f"s{n}" for n in range(1, 6)]
)  # fmt: skip
"""The spinal levels with a dermatome, top to bottom: a range runs along this list (T12-L2 is T12, L1, L2)."""

ACROSS_WORDS = frozenset({"across", "over", "covering", "spanning"})
"""Words before a range or list of levels that make it a band of skin without a word for one after it ("numb
across T8-T10"); a single level after them is left alone ("over T10" may be a spinous process)."""

TENDER_WORDS = frozenset({"tender", "tenderness", "percussion", "spinous", "palpation"})
"""Words of a phrase about the spine itself, in which two adjacent levels name a disc ("tender over L4-5")."""

JOINERS = frozenset({",", "and", "&", "to", "-", "through"})
"""Words between the levels of a list or range ("T8, T9 and T10", "T9 to T11")."""
RANGE_WORDS = frozenset({"to", "-", "through"})

SENSORY_WORDS = frozenset(
    {word for word, kind in KIND_WORDS.items() if kind == "sensory"}
    | {"pp", "lighttouch", "hypaesthesia", "hypesthesia", "hypersensitive", "hypalgesia", "hypoalgesia", "analgesia"}
)
"""Words of a part of a phrase about sensation, in which a level names its dermatome (``shorthand.KIND_WORDS``'
sensory words, with the spellings the shorthand table rewrites only later)."""

NOT_SKIN_WORDS = frozenset({
    "mri", "ct", "xr", "x-ray", "scan", "myelogram", "emg", "ncs", "disc", "discs", "root", "roots", "radiculopathy",
    "radic", "fracture", "fx", "#", "vertebra", "vertebrae", "vertebral", "spinous", "foramen", "foraminal", "level",
    "nli", "ais", "asia", "esi", "tfesi", "laminectomy", "fusion", "discectomy", "microdiscectomy", "decompression",
    "acdf", "op", "surgery", "injection", "block", "epidural", "lp", "below", "above", "down", "downwards", "from",
    "cord", "myelopathy", "tender", "tenderness", "percussion", "stenosis", "bulge", "prolapse", "protrusion",
    "herniation", "pivd", "hnp", "spondylolisthesis", "listhesis", "slip", "pars", "collapse", "mets", "metastasis",
    "metastases", "lesion", "lesions", "hyperintense", "hyperintensity", "weighted", "diabetic", "diabetes", "dm",
    "heart", "hs", "tsh", "free", "thyroid",
})  # fmt: skip
"""Words that make a level in a part of a phrase about sensation something other than a band of skin: a study, a
disc, root or vertebra, a procedure, a sensory level ("below T10", "from T10 down", "pinprick level at T10"), the cord,
a lesion or a scan's weighting, and the other things a note writes as a letter and a number (type 2 diabetes, heart
sounds, thyroxine)."""

SKIN_WORDS = SENSORY_WORDS | BAND_WORDS
"""Words of a part of a phrase about sensation or a band of skin ("numbness L5", "a band over R T5")."""

LEVEL_AFTER = frozenset({"to", "up", "upto", "below", "above", "beneath", "under", "distal", "caudal", "sensory"})
"""Words right before a level that make it a sensory level, not a band ("numb to T10", "ASIA B, sensory T4")."""
NOT_A_LEVEL_WORDS = BAND_WORDS | frozenset({
    "belt", "girdle", "around", "round", "wrapping", "wraps", "stripe",  # a band on one side
    "intact", "normal", "preserved", "spared", "full", "unaffected", "fine", "ok",  # sensation normal up to it
})  # fmt: skip
"""Words of a phrase part that keep a level after "to" or "sensory" from being a sensory level: a band's, or normal."""
PARTS_BETWEEN = frozenset({",", ";"})
"""Where a part of a phrase ends, for the rule on bare levels."""
BLISTER_WORDS = frozenset({"vesicles", "vesicle", "blisters", "blister"})
"""Blisters in a phrase that names a band of dermatomes are a rash in that band, the graph's dermatomal vesicular
rash (MSD, "Herpes zoster": clusters of vesicles on a red base in a dermatome): "vesicles over the left buttock and
perianal skin in an S2-S3 distribution" (sealed 173) was unread. Blisters with no band stay unread (``lay_bedside``),
and so do blisters beside a band that is another finding's ("blisters on the feet and L5 numbness": the code review of
stop 55): the band must say where they are ("in an S2-S3 distribution", "along the T10 dermatome")."""
BAND_PLACE = frozenset({"in", "along", "within", "following", "over", "across", "at"})
"""Words of place before a band of blisters (an article or a side may come between): "in an S2-S3 distribution",
"along the left T6 band"; not "and the L5 dermatome is numb", the band of another finding."""
BAND_SKIPPED = frozenset({"a", "an", "the", "same", "left", "right", "l", "r", "lt", "rt"})
PAST_WORDS = frozenset(
    {"h/o", "history", "hx", "previous", "previously", "prior", "past", "old", "healed", "ago", "pmh"}
)
"""Words of a past rash ("h/o vesicles in the T4 dermatome", "healed vesicles in the T6 band"): not read as one now."""


def rewrite(tokens: list[str], how: list[str]) -> list[str]:
    """Return the tokens with every band of levels written as the dermatomes it names."""
    out: list[str] = []
    index = 0
    bare = _bare_parts(tokens)
    while index < len(tokens):
        if bare[index] and _sensory_level(tokens, index):
            how.append(f"'{' '.join(tokens[index - 1 : index + 1])}' read as a sensory level")
            out += ["sensory", "level"]  # "numb to T10", "sensory T4": the cord's sign, not the T10 band
            index += 1
            continue
        found = _band(tokens, index, bare=bare[index])
        if found is None:
            out.append(tokens[index])
            index += 1
            continue
        levels, used = found
        names = [f"{level} dermatome" for level in levels]
        how.append(f"'{' '.join(tokens[index : index + used])}' read as the {', '.join(names)}")
        for position, name in enumerate(names):
            out += (["and"] if position else []) + name.split()  # "and", not ",": one clause, one band
        index += used
    return _blisters_in_a_band(out) if any(token in BLISTER_WORDS for token in out) else out


def _blisters_in_a_band(tokens: list[str]) -> list[str]:
    """Return the tokens with each blister word written as a vesicular rash when a band of dermatomes says where it is.

    The band follows the blisters in their part of the phrase after a word of place (``BAND_PLACE``), no word of a
    sensation comes between ("blisters on heels and numbness in the L5 dermatome" is the numbness's band), and the part
    names no past rash (``PAST_WORDS``).
    """
    out = list(tokens)
    for index, token in enumerate(tokens):
        if token not in BLISTER_WORDS or PAST_WORDS & set(_part_of(tokens, index)):
            continue
        for after in range(index + 1, len(tokens)):
            word = tokens[after]
            if word in PARTS_BETWEEN or word in SENSORY_WORDS:
                break
            if word == "dermatome" and _placed(tokens, after - 1):
                out[index] = "vesicular rash"
                break
    return [word for token in out for word in token.split()]


def _placed(tokens: list[str], level_at: int) -> bool:
    """Return True when a word of place comes just before the level at ``level_at`` (an article or side between)."""
    before = level_at - 1
    while before >= 0 and tokens[before] in BAND_SKIPPED:
        before -= 1
    return before >= 0 and tokens[before] in BAND_PLACE


def _part_of(tokens: list[str], index: int) -> list[str]:
    """Return the part of the phrase (between commas or semicolons) the token at ``index`` is in."""
    start = max((i + 1 for i in range(index) if tokens[i] in PARTS_BETWEEN), default=0)
    end = next((i for i in range(index, len(tokens)) if tokens[i] in PARTS_BETWEEN), len(tokens))
    return tokens[start:end]


def _band(tokens: list[str], index: int, *, bare: bool = False) -> tuple[list[str], int] | None:
    """Return (levels, tokens used) when a band of levels starts at ``index``, else None.

    ``bare``: the part of the phrase the level is in is about sensation, with no word of a study, structure or sensory
    level (:func:`_bare_parts`), so levels with no band word after them are a band too ("numbness L5").
    """
    first = level(tokens[index])
    ranged = range_levels(tokens[index])
    if first is None and ranged is None:
        return None
    if ranged is not None:  # "t8-t10", "t10-11"
        levels, position = ranged, index + 1
    else:
        assert first is not None
        levels, position = [first], index + 1
        while position + 1 < len(tokens) and tokens[position] in JOINERS and level(tokens[position + 1]):
            following = level(tokens[position + 1])
            assert following is not None
            if tokens[position] in RANGE_WORDS:
                levels = levels[:-1] + between(levels[-1], following)
            else:
                levels.append(following)
            position += 2
    across = index > 0 and tokens[index - 1] in ACROSS_WORDS and len(levels) > 1 and not _a_disc_level(levels, tokens)
    if across and (position >= len(tokens) or tokens[position] not in BAND_WORDS):
        return levels, position - index  # "sensory loss across T8-T10": a band, its word unsaid
    if bare and levels and (position >= len(tokens) or tokens[position] not in BAND_WORDS):
        crossed = [i for i in range(index, position) if tokens[i] in PARTS_BETWEEN]
        end = next((i for i in range(position, len(tokens)) if tokens[i] in PARTS_BETWEEN), len(tokens))
        if crossed and NOT_SKIN_WORDS & set(tokens[crossed[0] : end]):
            return _band(tokens[: crossed[0]], index, bare=True)  # "numbness T10, T12 vertebral collapse": T10 only
        if not (index > 0 and tokens[index - 1] in LEVEL_AFTER):  # "numb to T10": a sensory level, not a band
            return levels, position - index  # "Hyperaesthesia L T6-T8": a band in a phrase about sensation
    if not levels or position >= len(tokens) or tokens[position] not in BAND_WORDS:
        return None
    if len(levels) == 1 and tokens[position].startswith("dermatome"):
        return None  # "T10 dermatome": the graph's own name already
    return levels, position + 1 - index


def _sensory_level(tokens: list[str], index: int) -> bool:
    """Return True when a single thoracic or L1 level, right after a word of :data:`LEVEL_AFTER`, is a sensory level.

    "numb to T10", "ASIA B, sensory T4": a border on the trunk below which sensation is lost, the graph's sensory
    level (a sign of the cord), not the band of one dermatome. Until stop 36 they were left unread.
    """
    found = level(tokens[index])
    if not (found and index > 0 and tokens[index - 1] in LEVEL_AFTER and re.fullmatch(r"t\d+|l1", found)):
        return False  # the cheap tests first: this runs for every word of a phrase part about sensation
    joined = index + 2 < len(tokens) and tokens[index + 1] in JOINERS and level(tokens[index + 2]) is not None
    if joined or range_levels(tokens[index]):  # "to T8-T10", "to T8, T9" stay bands
        return False
    # "numb to T8 band", "a belt of numbness up to T10 on the left": one band; "intact up to T10": no loss said
    # (the review of stop 36; the level was read as the cord's, and a normal one as no sensory level)
    return not NOT_A_LEVEL_WORDS & set(_part_of(tokens, index))


def _bare_parts(tokens: list[str]) -> list[bool]:
    """Return, for each token, whether its part of the phrase may name a band of skin by its levels alone.

    A part may when it is about sensation or a band ("numbness L5", "a band over R T5") and names no study, structure
    or sensory level.
    """
    parts: list[set[str]] = [set()]
    numbers = []
    for token in tokens:
        numbers.append(len(parts) - 1)  # a separator belongs to the part it ends
        if token in PARTS_BETWEEN:
            parts.append(set())
        else:
            parts[-1].add(token)
    bare = [bool(SKIN_WORDS & part) and not NOT_SKIN_WORDS & part for part in parts]
    return [bare[number] for number in numbers]


def _a_disc_level(levels: list[str], tokens: list[str]) -> bool:
    """Return True for two adjacent cervical, lumbar or sacral levels in a phrase about tenderness: a disc level.

    "Percussion tenderness over L5-S1" is the spine at that disc, not the L5 and S1 dermatomes; "numbness over L4-L5"
    and "reduced sensation over L4 and S1" stay bands (the review of stop 30: the first rule had taken every pair),
    and a thoracic pair stays a band ("sensory loss over T10-T11").
    """
    if len(levels) != 2 or any(level.startswith("t") for level in levels) or not TENDER_WORDS & set(tokens):
        return False
    return abs(ORDER.index(levels[0]) - ORDER.index(levels[1])) == 1


def range_levels(token: str) -> list[str] | None:
    """Return the levels a range written as one token names, top to bottom ("t9-t11" -> t9, t10, t11), or None."""
    ranged = RANGE.match(token)
    if ranged is None:
        return None
    return between(f"{ranged[1].lower()}{int(ranged[2])}", f"{(ranged[3] or ranged[1]).lower()}{int(ranged[4])}")


def level(token: str) -> str | None:
    """Return the level a token names ("t8" -> "t8"), if it is one with a dermatome."""
    match = LEVEL.match(token)
    if match is None:
        return None
    level = f"{match[1].lower()}{int(match[2])}"
    return level if level in ORDER else None


def between(start: str, end: str) -> list[str]:
    """Return the levels from ``start`` to ``end`` inclusive, top to bottom ([] if either is not a level)."""
    if start not in ORDER or end not in ORDER:
        return []
    first, last = sorted((ORDER.index(start), ORDER.index(end)))
    return list(ORDER[first : last + 1])
