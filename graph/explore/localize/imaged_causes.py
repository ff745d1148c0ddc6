"""The causes an imaging line names: which of a cord syndrome's causes the scan shows.

"MRI: calcified central T9-T10 disc herniation indenting the cord" places the lesion in the thoracic cord (``studies``)
and names its cause, a thoracic disc herniation; "MRI: enhancing intramedullary mass at the conus" names a tumour.
Until stop 39 the line was read only as the place: the causes listed under a cord syndrome kept the shares the graph
gives them (``causes.causes_by_site``), and eleven development cases whose writer named the imaged thoracic disc as
the red flag, and eight naming a spinal malignancy for an imaged conus mass, went unflagged.

A cause is named by the words a report uses for its kind of lesion (:data:`CAUSE_WORDS`: a mass or metastasis, a
collection, a haematoma, myelitis) or, for a disc herniation the graph places at a disc level (``atDiscLevel``), by a
herniation word with a spinal level of that disc's region in the same clause ("T9-T10": thoracic). A word after a
denial or a question in its stretch ("no cord compression, mass or collection", "? abscess") or before a denial ("mass
excluded") names nothing, nor does "mass effect", nor a line naming no spinal structure or level ("MRI hip: fluid
collection"): the guards of the two reviews of stop 39. Since stop 40 a red-flag condition a line shows by
stricter words (a discitis, an epidural collection, a metastasis: :data:`RAISING`) raises its flag by the line
wherever the lesion is (``raising_lines``, ``red_flags``); a vertebra's "lateral mass" and a haematoma outside the
canal ("mural", "prevertebral") name nothing. Since stop 48 a cervical cord's signal change beside a spondylotic
narrowing raises a cervical myelopathy the same way (:data:`CORD_SIGNAL_WORDS`).
The words are a reading table, like the reader's (each entry names a node of the graph): no library reads a radiology
report's lesion types, and the denial words and their reach are the study reader's (``study_words.denied``).

How much a named cause gains is the imaging model's own (``parameters``): P(the scan shows it | it) is
:data:`IMAGING_SENSITIVITY`; P(the scan shows it | another cause of the syndrome) is :data:`IMAGING_INCIDENTAL` for a
disc herniation (discs bulge in people without symptoms) and :data:`LEAK` for anything else (a mass, a collection;
the project's stand-in, no measured rate).
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterable, Mapping

from graph.explore.localize import levels
from graph.explore.localize.anatomy import Anatomy
from graph.explore.localize.observation import Observation
from graph.explore.localize.parameters import IMAGING_INCIDENTAL, IMAGING_SENSITIVITY, LEAK
from graph.explore.localize.studies import a_sequence
from graph.explore.localize.study_words import BONE_WORDS, NORMAL_WORDS, a_met, denied
from graph.explore.related import BROADER
from graph.namespaces import BASE, RADIX

TUMOUR_WORDS = frozenset({"mass", "tumour", "tumor", "neoplasm", "neoplastic", "ependymoma", "astrocytoma",
                          "schwannoma", "meningioma", "neurofibroma", "lipoma"})  # fmt: skip
MALIGNANT_WORDS = frozenset({"metastasis", "metastases", "metastatic", "mets", "deposit", "deposits", "malignancy",
                             "malignant", "cancer", "carcinoma", "myeloma", "lymphoma", "plasmacytoma"})  # fmt: skip
CAUSE_WORDS: dict[str, frozenset[str]] = {
    BASE + "spinal_malignancy": MALIGNANT_WORDS | {"mass"},  # a malignancy shows as a mass as often as any tumour
    BASE + "spinal_tumour": TUMOUR_WORDS | MALIGNANT_WORDS,  # a metastasis is a tumour (the graph's broader one)
    BASE + "spinal_epidural_abscess": frozenset({"abscess", "collection", "empyema", "phlegmon"}),
    BASE + "spinal_infection": frozenset({"discitis", "osteomyelitis", "spondylodiscitis", "abscess"}),
    BASE + "spinal_epidural_haematoma": frozenset({"haematoma", "hematoma", "haemorrhage", "hemorrhage", "bleed"}),
    BASE + "transverse_myelitis": frozenset({"myelitis"}),
}
"""The words by which an imaging report names each cause of a cord or cauda equina syndrome."""
IN_THE_CANAL = frozenset({"epidural", "intraspinal", "subdural", "extradural"})
RAISING: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    BASE + "spinal_infection": (frozenset({"discitis", "osteomyelitis", "spondylodiscitis", "abscess"}), frozenset()),
    BASE + "spinal_epidural_abscess": (frozenset({"abscess", "collection", "empyema", "phlegmon"}), IN_THE_CANAL),
    BASE + "spinal_malignancy": (MALIGNANT_WORDS - {"deposit", "deposits"}, frozenset()),
    BASE + "spinal_epidural_haematoma": (CAUSE_WORDS[BASE + "spinal_epidural_haematoma"], IN_THE_CANAL),
    BASE + "transverse_myelitis": (frozenset({"myelitis"}), frozenset()),
}
"""The words by which an imaging line shows a red-flag condition, and the words one of which must stand in the same
clause (``raising_lines``): an abscess of the spine (a psoas or paravertebral one spreads from a discitis) is a spinal
infection, but an epidural abscess or haematoma only in the canal; a malignancy by a malignant word, not a "mass" or a
"calcium deposit". Stop 40, narrowed by its clinical review."""
SPONDYLOTIC_WORDS = frozenset({"spondylotic", "spondylosis", "stenosis", "stenotic", "osteophyte", "osteophytes",
                               "osteophytic", "opll"})  # fmt: skip
"""Words of a degenerative narrowing of the canal: spondylosis, its osteophytes and bars, ossified ligament (OPLL)."""
CORD_SIGNAL_WORDS = frozenset({"oedema", "edema", "myelomalacia", "hyperintensity", "hyperintensities", "hyperintense"})
"""Words of a cord's own signal change ("signal" counts beside a word of :data:`SIGNAL_CHANGE`): a cervical cord's
signal change beside a spondylotic narrowing shows a cervical myelopathy (``raised_in``). In cervical spondylotic
myelopathy MRI shows the narrowed canal deforming the cord, and in some patients increased T2 signal within the cord at
the level of compression (Pearls and Pitfalls in Head and Neck and Neuroimaging, Cambridge 2013, "Disc herniation and
cord compression"; PubMed 23698105, abstract read through a stored copy: intramedullary high T2 signal is pathological
change in the cord). Stop 48: writers named cervical myelopathy the red flag of five public central cord pictures on
"C3-C5 spondylotic stenosis with cord T2 signal" (J115-068, N118-096, S121-033, T122-094, Y93-093), none raised."""
LOWER_THORACIC = frozenset(f"t{n}" for n in range(3, 13))
"""The thoracic levels below T2, as ``levels.level`` names them (T1 and T2 are also MRI sequences)."""
SIGNAL_CHANGE = frozenset({"t2", "change", "changes", "abnormal", "abnormality", "high", "increased"})
"""Words that make a line's "signal" a change of it ("T2 cord signal", "abnormal cord signal", "high signal")."""
OTHER_SIGNAL_WORDS = frozenset({"plaque", "plaques", "demyelination", "demyelinating", "enhancing", "longitudinally",
                                "columns", "annular", "fissure", "prevertebral", "facet", "effusion", "periventricular",
                                "resolved", "chiari", "syringomyelia", "syringobulbia", "voids", "b12", "nmo", "nmosd",
                                "enhancement", "syrinx", "myelitis", "radiation", "fracture", "burst", "mass", "lesion",
                                "lesions", "tumour", "tumor", "contusion", "haematoma", "hematoma", "csf", "loss",
                                "thoracic", "lumbar", "lumbosacral", "dorsal", "sacral"})  # fmt: skip
"""Words of a line whose signal change is another disease's, or not the cord's, or below the neck: an MS plaque, a
tumour, a myelitis, NMO, B12, a syrinx, a fracture's contusion, radiation beside incidental spondylosis, a change
resolved; an annular fissure's, a facet's, the prevertebral tissue's, the brain's, the CSF's or a disc's signal
("effacing the CSF signal", "loss of T2 signal"); a thoracic or lumbar spine named in words (the three reviews of stop
48). Said words only: "no fracture" leaves the myelopathy of a central cord picture."""
NOT_A_MYELOPATHY_SIGNAL = (NORMAL_WORDS - {"within"}) | BONE_WORDS | OTHER_SIGNAL_WORDS
"""A line's words that leave its cord signal no spondylotic myelopathy's: normal, bone and other-signal words ("high T2
signal within the cord" is no normal cord)."""
PAST_WORDS = frozenset({"old", "healed", "prior", "previous", "treated", "postoperative", "post", "operative"})
"""Words of a clause that speak of a lesion past or made by surgery ("old healed discitis", "post-operative fluid
collection"): it raises no flag (the code review of stop 40)."""
UNSEEN_KINDS = frozenset(CAUSE_WORDS) - {BASE + "transverse_myelitis"}
"""The causes a scan that names another cause at their site would have shown (``site_ratios``)."""
NOT_A_LESION_AFTER = {"mass": frozenset({"effect"})}
"""A word that names no lesion before these: "disc herniation with mass effect on the cord" (the reviews of stop 39)."""
OUTSIDE_THE_CANAL = frozenset({"mural", "intramural", "prevertebral", "paravertebral", "retroperitoneal", "psoas",
                               "subcutaneous", "intramuscular", "muscle", "scalp", "subgaleal"})  # fmt: skip
NOT_A_LESION_BEFORE = {"mass": frozenset({"lateral"}), "haematoma": OUTSIDE_THE_CANAL, "hematoma": OUTSIDE_THE_CANAL}
"""A word that names no cause of a cord syndrome after these (stop 40, when a named condition began to raise its red
flag wherever the lesion is): a vertebra's "lateral mass" is a part of it ("C6 lateral mass fracture"), and a haematoma
in an artery's wall, before the vertebrae or in a muscle is outside the canal ("mural hematoma of the vertebral
artery", "prevertebral haematoma")."""
HERNIATION_WORDS = frozenset({"herniation", "herniated", "protrusion", "protruding", "extrusion", "extruded",
                              "prolapse", "prolapsed", "sequestration", "sequestered", "hnp", "pivd"})  # fmt: skip
"""Words that name a disc herniation; "disc" with :data:`COMPRESSION_WORDS` does too ("calcified disc indenting the
cord")."""
COMPRESSION_WORDS = frozenset({"indenting", "indents", "compressing", "compresses", "compression", "effacing",
                               "impinging", "deforming", "abutting"})  # fmt: skip
SPINAL_WORDS = frozenset({"spine", "spinal", "cord", "thecal", "epidural", "intradural", "extradural", "intramedullary",
                          "conus", "cauda", "vertebra", "vertebral", "canal", "foramen", "foraminal", "disc",
                          "paraspinal", "myelogram"})  # fmt: skip
"""A line names a spinal lesion only with one of these words or a spinal level (not "MRI hip: fluid collection")."""
SaidClause = tuple[str, set[str], set[str]]
"""An imaging line, the words said in one of its clauses, and the spinal regions named there (``said_clauses``)."""
TOKENS = re.compile(r"[a-z]+\d*|\d+|[?,;.]")
DISC_SUFFIX = "_disc"


def log_ratio(cause: str, discs: Mapping[str, frozenset[str]]) -> float:
    """Return log P(the scan names the cause | it) / P(the scan names it | another cause): the named cause's gain."""
    return math.log(IMAGING_SENSITIVITY / _seen_otherwise(cause, discs))


def _seen_otherwise(cause: str, discs: Mapping[str, frozenset[str]]) -> float:
    """Return P(a scan shows this kind of cause | the lesion is another): a disc's incidental rate, else the leak."""
    return IMAGING_INCIDENTAL if discs.get(cause) else LEAK


def site_ratios(
    named: Collection[str], listed: Collection[str], discs: Mapping[str, frozenset[str]]
) -> dict[str, float]:
    """Return the log ratio of each cause listed at a site, when a scan names one of them: named ones gain, unseen lose.

    A scan that names one cause at the site looked where the others would be: a mass, a collection, a haematoma or a
    disc it does not name is that much less likely, P(not shown | it) / P(not shown | another) = (1 -
    :data:`IMAGING_SENSITIVITY`) / (1 - the rate of one seen when the lesion is another). Myelitis is not lowered so: a
    report shows it as a cord signal, in words the table does not read. The clinical review of stop 39: a scan showing a
    calcified disc indenting the thoracic cord, and no mass, had left a malignancy above the disc.
    """
    shown = set(named) & set(listed)
    if not shown:
        return {}
    found = {cause: log_ratio(cause, discs) for cause in shown}
    for cause in set(listed) - shown:
        if cause in UNSEEN_KINDS or discs.get(cause):
            found[cause] = math.log((1.0 - IMAGING_SENSITIVITY) / (1.0 - _seen_otherwise(cause, discs)))
    return found


def disc_regions(causes: Iterable[str], anatomy: Anatomy) -> dict[str, frozenset[str]]:
    """Return, per cause, the spinal regions (c, t, l) of the disc levels the graph places its herniations at.

    Only a disc herniation has them, by its name ("herniated cervical disc", "thoracic disc herniation"): its own
    levels, and those of the herniations narrower than it or than a broader disc herniation (the central cervical disc
    herniation is a herniated cervical disc, whose narrower ones lie at C4-C5 to C7-T1: region c). A stenosis or cyst
    near a disc is no disc herniation (the code review of stop 39: walking to every sibling had made a lumbar spinal
    stenosis, and through the spinal stenosis a cervical one, "named" by an L4-5 disc line).
    """
    found: dict[str, frozenset[str]] = {}
    for cause in causes:
        if not _a_disc(anatomy, cause):
            found[cause] = frozenset()
            continue
        kin = {cause, *(b for b in anatomy.beyond(cause, (BROADER,)) if _a_disc(anatomy, b))}
        todo = list(kin)
        while todo:  # and every disc herniation narrower than them
            for narrower, _ in anatomy.into(todo.pop(), BROADER):
                if narrower not in kin and _a_disc(anatomy, narrower):
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


def _a_disc(anatomy: Anatomy, condition: str) -> bool:
    """Return True for a disc herniation, by the graph's name of it."""
    return (
        "disc" in str(anatomy.G.nodes[condition].get("label", "")).lower().split() if condition in anatomy.G else False
    )


def named(observations: Iterable[Observation], discs: Mapping[str, frozenset[str]]) -> set[str]:
    """Return the causes (the keys of ``discs``, with their disc regions) that a present spinal imaging line names."""
    return named_in(said_clauses(observations), discs)


def named_in(clauses: Iterable[SaidClause], discs: Mapping[str, frozenset[str]]) -> set[str]:
    """Return the causes ``named`` finds, from a request's said clauses (``said_clauses``, found once for both uses)."""
    found: set[str] = set()
    for _, kept, regions in clauses:
        herniation = bool(kept & HERNIATION_WORDS) or ("disc" in kept and bool(kept & COMPRESSION_WORDS))
        for cause, disc in discs.items():
            if kept & CAUSE_WORDS.get(cause, frozenset()) or (herniation and disc & regions):
                found.add(cause)
    return found


def raising_lines(observations: Iterable[Observation]) -> dict[str, str]:
    """Return each red-flag condition a present spinal imaging line shows, with the first such line (``raised_in``)."""
    return raised_in(said_clauses(observations))


def raised_in(clauses: Iterable[SaidClause]) -> dict[str, str]:
    """Return each red-flag condition a present spinal imaging line shows, with the first such line.

    The conditions of :data:`RAISING` by their words, and a cervical myelopathy by a cord signal change beside a
    spondylotic narrowing (``_a_spondylotic_myelopathy``, since stop 48).

    Stricter than ``named``, which weighs a cause among the causes of a cord syndrome already placed there: this raises
    a flag wherever the lesion is, so a bare "mass" (a schwannoma, a synovial cyst, "low bone mass"), a bare
    "collection" (after surgery) or a haemorrhage in a haemangioma raises nothing (the clinical review of stop 40).
    """
    found: dict[str, str] = {}
    lines: dict[str, tuple[set[str], set[str]]] = {}
    for line, kept, regions in clauses:
        if kept & PAST_WORDS:
            continue  # "old healed discitis at L2-L3", "post-operative collection": no new lesion to flag
        for condition, (words, qualifiers) in RAISING.items():
            if kept & words and (not qualifiers or kept & qualifiers):
                found.setdefault(condition, line)
        said, named = lines.setdefault(line, (set(), set()))  # a narrowing and its cord signal: often two clauses
        said |= kept
        named |= regions
    for line, (said_words, named) in lines.items():
        if _a_spondylotic_myelopathy(said_words, named):
            found.setdefault(BASE + "cervical_myelopathy", line)
    return found


def _a_spondylotic_myelopathy(kept: set[str], regions: set[str]) -> bool:
    """Return True when a line shows the cord's own signal changed beside a spondylotic narrowing, in the neck.

    The line's said words (its clauses together: "C3-C6 spondylotic stenosis, T2 cord signal at C4-C5") name the cord,
    its signal change (:data:`CORD_SIGNAL_WORDS`, or "signal" with :data:`SIGNAL_CHANGE`) and a narrowing
    (:data:`SPONDYLOTIC_WORDS`); no lumbar level or thoracic level below T2 ("T2" and "T1" are read as levels beside
    some sequence words: "T2 myelomalacia"), and no bone, normal word or other cause of the signal
    (:data:`OTHER_SIGNAL_WORDS`).
    """
    signal = bool(kept & CORD_SIGNAL_WORDS) or ("signal" in kept and bool(kept & SIGNAL_CHANGE))
    clean = not kept & NOT_A_MYELOPATHY_SIGNAL
    below = {"l"} & regions or any(levels.level(word) in LOWER_THORACIC for word in kept)
    return signal and clean and "cord" in kept and bool(kept & SPONDYLOTIC_WORDS) and not below


def said_clauses(observations: Iterable[Observation]) -> list[SaidClause]:
    """Return (line, the words said in one of its clauses, the spinal regions named there) of each spinal imaging line.

    A word after a denial or a question in its stretch, or naming no lesion where it stands ("mass effect"), is not
    said; a line naming no spinal structure or level yields nothing.
    """
    found: list[SaidClause] = []
    for line in dict.fromkeys(o.phrase for o in observations if o.kind == "imaging" and o.present):
        words = TOKENS.findall(line.lower().replace("r/o", "ro"))
        region_at = [_region(words, i) for i in range(len(words))]
        words = ["metastasis" if a_met(words, i) else w for i, w in enumerate(words)]  # "T8 met"; not "criteria met"
        if not (SPINAL_WORDS & set(words) or any(region_at)):
            continue
        said = [not denied(words, i) and not _no_lesion(words, i) for i in range(len(words))]
        found += [
            (line, {words[i] for i in clause if said[i]}, {region_at[i] for i in clause if region_at[i]})
            for clause in _clauses(words)
        ]
    return found


def _no_lesion(words: list[str], index: int) -> bool:
    """Return True when the word at ``index`` names no lesion for the word after or before it ("mass effect")."""
    after = index + 1 < len(words) and words[index + 1] in NOT_A_LESION_AFTER.get(words[index], frozenset())
    return after or (index > 0 and words[index - 1] in NOT_A_LESION_BEFORE.get(words[index], frozenset()))


def _region(words: list[str], index: int) -> str:
    """Return the spinal region of a level at ``index`` ("t9": t; "s1": l), or "" (none, or an MRI sequence)."""
    found = levels.level(words[index])  # a level with a dermatome, as the reader's own rules read one
    if found is None or a_sequence(words, index):
        return ""
    after, before = words[index + 1 : index + 2], words[index - 1 : index]
    if found in ("t1", "t2") and (after in (["w"], ["weighted"]) or before == ["on"]):
        return ""  # "T2W", "low signal on T1": the sequence
    return "l" if found[0] == "s" else found[0]


def _clauses(words: list[str]) -> list[range]:
    """Return the index ranges of the line's clauses, split at commas, semicolons and full stops."""
    found, start = [], 0
    for i, word in enumerate([*words, ","]):
        if word in (",", ";", "."):
            found.append(range(start, i))
            start = i + 1
    return found
