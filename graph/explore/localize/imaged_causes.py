"""The causes an imaging line names: which of a cord syndrome's causes the scan shows.

"MRI: calcified central T9-T10 disc herniation indenting the cord" places the lesion in the thoracic cord (``studies``)
and names its cause, a thoracic disc herniation; "MRI: enhancing intramedullary mass at the conus" names a tumour.
Until stop 39 the line was read only as the place: the causes listed under a cord syndrome kept the shares the graph
gives them (``causes.causes_by_site``), and eleven development cases whose writer named the imaged thoracic disc as
the red flag, and eight naming a spinal malignancy for an imaged conus mass, went unflagged.

A cause is named by the words a report uses for its kind of lesion (:data:`CAUSE_WORDS`: a mass or metastasis, a
collection, a haematoma, myelitis) or, for a disc herniation the graph places at a disc level (``atDiscLevel``), by a
herniation word with a spinal level of that disc's region ("T9-T10": thoracic). A word after a denial or a question
("no mass", "? collection", "to exclude abscess") names nothing. The words are a reading table, like the reader's
(each entry names a node of the graph): no library reads a radiology report's lesion types, and a NegEx pass
over the line would find the same denials the studies reader already names (``studies.DENIALS``).

How much a named cause gains is the imaging model's own (``parameters``): P(the scan shows it | it) is
:data:`IMAGING_SENSITIVITY`; P(the scan shows it | another cause of the syndrome) is :data:`IMAGING_INCIDENTAL` for a
disc herniation (discs bulge in people without symptoms) and :data:`LEAK` for anything else (a mass, a collection).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping

from graph.explore.localize.anatomy import Anatomy
from graph.explore.localize.observation import Observation
from graph.explore.localize.parameters import IMAGING_INCIDENTAL, IMAGING_SENSITIVITY, LEAK
from graph.explore.localize.studies import DENIALS, REQUEST_WORDS, a_sequence
from graph.explore.related import BROADER
from graph.namespaces import BASE, RADIX

TUMOUR_WORDS = frozenset({"mass", "tumour", "tumor", "neoplasm", "neoplastic", "ependymoma", "astrocytoma",
                          "schwannoma", "meningioma", "neurofibroma", "lipoma"})  # fmt: skip
MALIGNANT_WORDS = frozenset({"metastasis", "metastases", "metastatic", "mets", "met", "deposit", "deposits",
                             "malignancy", "malignant", "cancer", "carcinoma", "myeloma", "lymphoma",
                             "plasmacytoma"})  # fmt: skip
CAUSE_WORDS: dict[str, frozenset[str]] = {
    BASE + "spinal_malignancy": MALIGNANT_WORDS | {"mass"},  # a mass may be a metastasis: it names both
    BASE + "spinal_tumour": TUMOUR_WORDS | MALIGNANT_WORDS,  # a metastasis is a tumour (the graph's broader one)
    BASE + "spinal_epidural_abscess": frozenset({"abscess", "collection", "empyema", "phlegmon"}),
    BASE + "spinal_infection": frozenset({"discitis", "osteomyelitis", "spondylodiscitis", "abscess"}),
    BASE + "spinal_epidural_haematoma": frozenset({"haematoma", "hematoma", "haemorrhage", "hemorrhage", "bleed"}),
    BASE + "transverse_myelitis": frozenset({"myelitis"}),
}
"""The words by which an imaging report names each cause of a cord or cauda equina syndrome."""
HERNIATION_WORDS = frozenset({"herniation", "herniated", "protrusion", "protruding", "extrusion", "extruded",
                              "prolapse", "prolapsed", "sequestration", "sequestered", "hnp", "pivd"})  # fmt: skip
"""Words that name a disc herniation; "disc" with :data:`COMPRESSION_WORDS` does too ("calcified disc indenting the
cord")."""
COMPRESSION_WORDS = frozenset({"indenting", "indents", "compressing", "compresses", "compression", "effacing",
                               "impinging", "deforming", "abutting"})  # fmt: skip
LEVEL = re.compile(r"^([ctls])\d{1,2}$")
TOKENS = re.compile(r"[a-z]+\d*|\?")
DISC_SUFFIX = "_disc"


def log_ratio(cause: str, discs: Mapping[str, frozenset[str]]) -> float:
    """Return log P(the scan names the cause | it) / P(the scan names it | another cause): the named cause's gain."""
    incidental = IMAGING_INCIDENTAL if discs.get(cause) else LEAK
    return math.log(IMAGING_SENSITIVITY / incidental)


def disc_regions(causes: Iterable[str], anatomy: Anatomy) -> dict[str, frozenset[str]]:
    """Return, per cause, the spinal regions (c, t, l) of the disc levels the graph places its herniations at.

    A cause's herniations are its own and those of its kin by ``skos:broader``: the central cervical disc herniation is
    a cervical disc herniation, whose narrower ones lie at C4-C5 to C7-T1 (region c). A cause with no disc level in its
    kin has none (a mass, a collection).
    """
    found = {}
    for cause in causes:
        kin = {cause, *anatomy.beyond(cause, (BROADER,))}
        todo = list(kin)
        while todo:  # and everything narrower than them
            for narrower, _ in anatomy.into(todo.pop(), BROADER):
                if narrower not in kin:
                    kin.add(narrower)
                    todo.append(narrower)
        regions = set()
        for condition in kin:
            for disc, _ in anatomy.out(condition, RADIX.atDiscLevel):
                name = disc.rsplit("/", 1)[-1].lower()
                if name.endswith(DISC_SUFFIX):
                    regions.add("l" if name[:1] == "s" else name[:1])
        found[cause] = frozenset(regions)
    return found


def named(observations: Iterable[Observation], discs: Mapping[str, frozenset[str]]) -> set[str]:
    """Return the causes (the keys of ``discs``, with their disc regions) that a present imaging line names."""
    lines = {o.phrase for o in observations if o.kind == "imaging" and o.present}
    found: set[str] = set()
    for line in lines:
        words = TOKENS.findall(line.lower().replace("r/o", "ro"))
        said = {word for i, word in enumerate(words) if not _denied(words, i)}
        regions = {
            "l" if match[1] == "s" else match[1]
            for i, word in enumerate(words)
            if (match := LEVEL.match(word)) and not a_sequence(words, i)
        }
        herniation = bool(said & HERNIATION_WORDS) or ("disc" in said and bool(said & COMPRESSION_WORDS))
        for cause, disc in discs.items():
            if said & CAUSE_WORDS.get(cause, frozenset()) or (herniation and disc & regions):
                found.add(cause)
    return found


def _denied(words: list[str], index: int) -> bool:
    """Return True when a denial or a question stands in the three words before ``index`` ("no mass", "? abscess")."""
    before = set(words[max(0, index - 3) : index])
    return bool(before & DENIALS or before & REQUEST_WORDS)
