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
                        "ischemia"})  # fmt: skip
"""Imaging words naming a lesion that is there unless a denial opens its clause: "no epidural collection or
haematoma" denies the haematoma four words on (the late check of stop 45; the three words ``LESION_WORDS`` look back
had missed it)."""
CLAUSE_OPENERS = frozenset({",", ";", ":", "but", "with"})
"""Words that open a new clause of an imaging line: a denial before them is another clause's."""
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
SEQUENCE_WORDS = frozenset({"signal", "weighted", "hyperintensity", "hyperintense", "hypointense", "bright", "stir"})
"""Words after "T1" or "T2" that make it an MRI sequence ("T2 signal change"), not a spinal level."""
SEQUENCE_BETWEEN = frozenset({"cord", "weighted"})
"""The words that may stand between "T1"/"T2" and its sequence word: "T2 cord signal change", "T1-weighted bright"
("right T2 disc with hyperintense cord" and "T1 nerve root bright on STIR" name the levels)."""
