"""The words a study line is read by: lesion, denial, request, cord, bone and sequence words of imaging and EMG.

Split from ``studies.py`` (size, stop 45): the sets each say which reading they serve; ``studies.py`` reads the line.
"""

from __future__ import annotations

from graph.explore.localize import levels

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
MET_AFTER = frozenset({"vertebral", "vertebra", "bone", "bony", "spinal", "epidural", "sacral", "body"})
"""Words after which "met" is a metastasis, as it is after a spinal level ("T8 met", "vertebral body met"); "criteria
met" is no lesion (the code review of stop 39)."""
OPEN_WORDS = frozenset({"patent", "adequate", "capacious", "maintained"})
"""Words that say a canal is of normal width ("canal patent"), as the normal words say a signal is normal."""
COMPRESSION_WORDS = frozenset(
    {
        "compression",
        "compressing",
        "compressed",
        "indenting",
        "indentation",
        "effacing",
        "effacement",
        "flattening",
        "flattened",
        "stenosis",
        "narrow",
        "narrowed",
        "narrowing",
    }
)
"""Words that put the cord at risk whatever its signal ("cord compression at C5-6 with normal cord signal")."""


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


def a_met(words: list[str], index: int) -> bool:
    """Return True when "met" at ``index`` is a metastasis: after a spinal level or a bone's word ("T1 body met")."""
    before = words[index - 1] if index else ""
    return words[index] == "met" and (before in MET_AFTER or levels.level(before) is not None)


def cord_regions(words: list[str], line_regions: set[str]) -> set[str]:
    """Return the regions ("c", "t") whose cord an imaging line names as diseased or at risk.

    The cord, or the thecal sac holding it above the conus, named neither denied nor said normal in its clause (unless
    the clause compresses it) stands at the line's levels ("T6-T7 disc indenting the thecal sac, no cord signal change":
    the clinical review of stop 49); a canal so named at its own clause's cervical or thoracic levels ("congenitally
    narrow cervical canal C3-C5") is where the cord is. Until stop 49 any "cord" counted: "T1 body met extending into
    the T1-T2 foramen, no cord compression" and "disc bulge, no cord compression, cord signal normal" implicated the
    cord they name only to deny (the code review of stop 49: a canal takes its own clause's levels only, not "L4-5
    canal stenosis" beside a C5-6 disc, nor Guyon's canal).
    """
    found: set[str] = set()
    for index, word in enumerate(words):
        if word not in ("cord", "canal", "thecal") or denied(words, index):
            continue
        end = next((i for i in range(index, len(words)) if words[i] in CLAUSE_ENDS or words[i] == ","), len(words))
        clause = [*stretch_before(words, index), *words[index:end]]
        if (NORMAL_WORDS | OPEN_WORDS) & set(clause) and not COMPRESSION_WORDS & set(clause):
            continue
        if word != "canal":  # the cord, or the thecal sac that holds it above the conus
            found |= line_regions
        else:
            found |= {w[:1] for w in clause if w[:1] in "ct" and w[1:2].isdigit()}
    return found
