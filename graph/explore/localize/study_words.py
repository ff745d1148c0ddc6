"""The words a study line is read by: lesion, denial, request, cord, bone and sequence words of imaging and EMG.

Split from ``studies.py`` (size, stop 45): the sets each say which reading they serve; ``studies.py`` reads the line.
"""

from __future__ import annotations

LESION_WORDS = frozenset({"hyperintense", "hyperintensity", "enhancing", "enhancement", "lesion", "lesions", "oedema",
                          "edema", "myelomalacia", "syrinx"})  # fmt: skip
"""Imaging words that say a structure is diseased, not only compressed: "T2 hyperintense cord lesion T8-T10, no
compression" is abnormal though compression is denied (until stop 27 the denial made the whole line normal), and "MRI
shoulder: paralabral cyst at spinoglenoid notch, cuff tendons intact" shows the cyst (stop 45: a mass, a cyst, an
infarct or a bleed named and not denied is the finding, whatever else the line calls intact: ``MASS_WORDS``)."""
MASS_WORDS = frozenset({"cyst", "infarct", "infarction", "infarcts", "haemorrhage", "hemorrhage", "haematoma",
                        "hematoma", "mass", "tumour", "tumor", "meningioma", "hypodensity", "bleed", "ischaemia",
                        "ischemia", "metastasis", "metastases", "metastatic", "mets"})  # fmt: skip
"""Imaging words naming a lesion that is there unless ``denied`` finds it denied or asked ("no epidural collection or
haematoma" denies the haematoma four words on, which the three words ``LESION_WORDS`` look back miss: the code review of
stop 45) or ``incidental`` finds it old or incidental. A metastasis too, since stop 49: "T1 vertebral body met extending
into the T1-T2 foramen, no cord compression" had been read as a normal scan."""
INCIDENTAL_WORDS = frozenset({"old", "chronic", "previous", "prior", "incidental", "remote", "healed", "involutional",
                              "background", "longstanding", "long-standing"})  # fmt: skip
"""Words before a lesion word, in its stretch, that make it the past or a chance finding, not the cause of a new deficit
("incidental 12 mm Tarlov cyst at S2", "old L frontal infarct": the clinical review of stop 45)."""
ABNORMAL_EMG = ("fibrillation", "denervation", "neurogenic", "reinnervation", "sharp", "positive sharp", "myokymi")
"""Starts of the (normalised) study words that say a needle EMG found something abnormal."""
DENIALS = frozenset({"no", "without", "nil", "not", "nor", "neither"})
REQUEST_WORDS = frozenset({"exclude", "excluding", "rule", "suspected", "query", "?", "possible", "r/o", "ro"})
"""Words before a condition an imaging line names that make it the question asked, not the answer."""
NOT_DONE_AFTER = frozenset({"yet", "done", "performed", "available", "pending", "awaited", "booked", "today"})
"""Words after "no MRI" that say the study was not done ("no imaging yet"), not that it showed nothing."""
CORD_WORDS = frozenset({"cord", "intramedullary", "myelopathy", "myelitis", "conus"})
"""Words that put an imaging line's signal change in the cord (the conus is its end)."""
NORMAL_WORDS = frozenset({"normal", "unremarkable", "preserved", "intact", "within"})
"""Words that say an imaging line's signal is normal."""
BONE_WORDS = frozenset({"endplate", "endplates", "modic", "vertebral", "marrow", "bone"})
"""Words that put an imaging line's signal change in bone, not in the cord."""
SEQUENCE_WORDS = frozenset({"signal", "weighted", "hyperintensity", "hyperintense", "hypointense", "bright", "stir",
                            "lesion", "lesions"})  # fmt: skip
"""Words after "T1" or "T2" that make it an MRI sequence ("T2 signal change", "intramedullary T2 lesion C3-4": the
lesion seen on T2, not the T2 root, sealed 107), not a spinal level."""
SEQUENCE_BETWEEN = frozenset({"cord", "weighted"})
"""The words that may stand between "T1"/"T2" and its sequence word: "T2 cord signal change", "T1-weighted bright"
("right T2 disc with hyperintense cord" and "T1 nerve root bright on STIR" name the levels)."""
AFTER_DENIALS = frozenset({"excluded", "absent", "unlikely", "ruled"})
"""Words after a lesion word that deny it ("mass excluded", "infarct ruled out"), as "not seen" does."""
PSEUDO_DENIALS = frozenset({("no", "change"), ("without", "contrast"), ("without", "gadolinium"), ("no", "contrast")})
"""A denial word that denies nothing before the word after it ("no change in size of L frontal meningioma", "MRI brain
without contrast: acute L parietal infarct": the reviews of stop 45)."""
CLAUSE_ENDS = frozenset({";", ".", "but", "however"})
"""Where a denial stops: "no cord compression, mass or collection" denies all three, "no stenosis; mass at T8" not."""


def denied(words: list[str], index: int) -> bool:
    """Return True when a denial or a question stands before ``index`` in its stretch, or a denial follows it.

    A denial before a word reaches to the end of its stretch, across commas when they join a list ("no cord
    compression, mass or collection": an "or" ends it) but not past a semicolon, a full stop or "but", nor across a
    comma that starts a statement of its own ("no haemorrhage, acute infarct L precentral gyrus", the late review of
    stop 45); one after it is "not seen" or :data:`AFTER_DENIALS` in the next three words.
    """
    crossed = False
    for at in range(index - 1, -1, -1):
        word = words[at]
        if word in CLAUSE_ENDS:
            break
        crossed = crossed or word == ","
        if (word, (words[at + 1 : at + 2] or [""])[0]) in PSEUDO_DENIALS:
            continue  # "no change in size of the meningioma": the meningioma is there
        if (word in DENIALS or word in REQUEST_WORDS) and (not crossed or _a_list(words, at)):
            return True
    after = words[index + 1 : index + 4]
    return bool(AFTER_DENIALS & set(after)) or ("not" in after and "seen" in after)


def incidental(words: list[str], index: int) -> bool:
    """Return True when an incidental or old word stands before ``index`` in its stretch (``stretch_before``)."""
    return bool(INCIDENTAL_WORDS & set(stretch_before(words, index)))


def stretch_before(words: list[str], index: int) -> list[str]:
    """Return the words before ``index`` back to the last comma or clause end (the lesion word's own stretch)."""
    start = max((i + 1 for i in range(index) if words[i] in CLAUSE_ENDS or words[i] == ","), default=0)
    return words[start:index]


def _a_list(words: list[str], start: int) -> bool:
    """Return True when the stretch from the denial at ``start`` is a list its "or" or "nor" closes."""
    for word in words[start + 1 :]:
        if word in CLAUSE_ENDS:
            return False
        if word in ("or", "nor"):
            return True
    return False


MET_AFTER = frozenset({"vertebral", "vertebra", "bone", "bony", "spinal", "epidural", "sacral", "body"})
"""Words after which "met" is a metastasis, as it is after a spinal level ("T8 met", "vertebral body met"); "criteria
met" is no lesion (the code review of stop 39)."""
