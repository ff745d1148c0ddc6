"""A spine image that writes a root lesion at two or more levels: a lesion at each level, each explained or incidental.

"MRI: left C7-T1 and T1-T2 foraminal stenosis" and "CT myelogram: pseudomeningoceles at C8 and T1" report a lesion at
each of two roots. Until stop 56 the line counted as surely as its best-named root (``Model._implicated`` takes the
largest share): the C8 radiculopathy alone explained it as well as the radiculopathy of C8 and T1 together, the T1-T2
lesion was left unexplained at no cost, and the medial cord of the plexus (twice C8's prior) came first. Read as the
lesions it reports, the line is as probable under a lesion of one root or two adjacent roots as each level's lesion
is, the levels independent given the lesion as every finding of the naive Bayes model is: :data:`IMAGING_SENSITIVITY`
at a level whose root the lesion is, :data:`IMAGING_INCIDENTAL` (a lesion found without symptoms from it) at each
other, and *none* (no lesion the graph holds) the incidental rate at every level (``Model.none_likelihood``). Any
other lesion keeps its one-line value, the other levels incidental as for *none* (:func:`levels_probability`). No new
number: the two of the one-level image, per level. The lesion of both roots gets 0.81, one of them 0.27, a plexus,
nerve or joint 0.09.

Only a report that writes a lesion *at a root* at two levels (:func:`root_lesions_written`): the parts of the line
that name a foraminal or lateral recess stenosis, a root compressed or contacted, an avulsion or its
pseudomeningocele, and deny none, call none incidental, normal or a cyst. Stop 56's clinical review found the first
version, which counted every level the line wrote, reading degenerative wording ("L4-5 and L5-S1 degenerative disc
disease", "bulges", "Modic change", "wear and tear") as two lesions: a polyneuropathy, an arterial claudication and a
single S1 root whose report named a second, incidental level lost ground, and the cauda equina's flags were raised.
Disc bulges and degeneration are common without symptoms (Brinjikji et al., AJNR 2015;36:811-816), as the one-level
rate already says; a report naming the root it compresses beside a degenerate level ("L5-S1 protrusion compressing S1,
mild L4-5 bulge") is one root lesion. Also only a line that names roots and nothing else (a line naming the cauda
equina, a nerve or a condition is read as before), no more roots than lesions written; only an image (paraspinal
denervation on EMG spreads over several levels from one root); and only a lesion inside the canal involves the roots
(a plexus lesion carrying the roots' fibres is not what a spine image shows, as ``Model._implicated`` says).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from graph.explore.localize.hypotheses import Hypothesis
from graph.explore.localize.observation import Observation
from graph.explore.localize.parameters import IMAGING_INCIDENTAL, IMAGING_SENSITIVITY

DISC_LEVEL = re.compile(r"\b([ctls])(\d{1,2})\s*(?:[-/\u2013]|\bon\b)\s*([ctls]?)(\d{1,2})\b", re.IGNORECASE)
"""A disc space or a vertebra's slip as a note writes it ("C7-T1", "L4/5", "L2-3", "L4 on L5"): one level."""

LEVEL = re.compile(r"\b[ctls]\d{1,2}\b(?!\s*(?:vertebra|body|pedicle|collapse|fracture))", re.IGNORECASE)
"""A root named alone ("C8", "T1"); not a vertebra ("L2 vertebral body fracture")."""

ROOT_LESION = re.compile(
    r"\b(?:(?:extra)?foram\w*|recess\w*|pseudomeningocel\w*|avuls\w*|compress\w*|imping\w*|contact\w*|exiting|traversing)\b",
    re.IGNORECASE,
)
"""Words of a lesion at a root (foraminal or lateral recess stenosis, a root compressed or contacted, an avulsion and
its pseudomeningocele): a part of a report without one (a bulge, a degenerated or desiccated disc, Modic change,
"multilevel spondylosis", a central canal stenosis, "enhancement of the L4 and L5 roots") names a level, not a root's
lesion (stop 56's reviews)."""

NO_ROOT_LESION = re.compile(
    r"\b(?:no|not|without)\b[\w\s-]{0,30}?\b(?:(?:extra)?foram|recess|compress|imping|contact|avuls|pseudomeningocel)"
    r"|\b(?:normal|patent|unremarkable|spared|incidental|cysts?|tarlov|enhanc\w*)\b",
    re.IGNORECASE,
)
"""A part of a report that denies the root lesion it names ("no foraminal stenosis at C5-6"), calls its level normal, or
names a lesion that compresses no root (an incidental finding, a root sleeve or Tarlov cyst, enhancement)."""

LEVEL_WORDS = frozenset({"and", "at", "to", "left", "right", "bilateral", "l", "r", "mild", "moderate", "severe"})
"""Words beside the levels of a part that holds only levels (sides and grades): such a part shares the root lesion of
its section's other parts ("C5-6, C6-7 foraminal stenosis")."""

SECTIONS = re.compile(r";|\bplus\b|\balso\b", re.IGNORECASE)
"""Where a report's findings meet ("…; severe at C6-7", "plus …", "also …")."""

PARTS = re.compile(r",")
"""Where a finding's parts meet in a section ("C5-6, C6-7 foraminal stenosis"; "compressing S1, mild L4-5 bulge")."""

INCIDENTAL = re.compile(r"\bincidental|\bnot\s+(?:clinically\s)?\s*significant", re.IGNORECASE)
"""A report calling what it shows incidental: no root lesion however many levels it names."""


@lru_cache(maxsize=4096)
def root_lesions_written(text: str) -> int:
    """Return how many root lesions a report writes: the levels of each part that names a lesion at a root.

    Kept per text: ``Model.term`` asks it of the same image line for every hypothesis (and *none*), about 14 µs a time.

    A part's disc spaces are its levels ("C7-T1 and T1-T2 foraminal stenosis": two); a part with none counts the roots
    it names alone ("pseudomeningoceles at C8 and T1": two); a root named beside its own disc space is that level
    ("L5-S1 protrusion compressing S1": one). A part that holds only levels shares the lesion of a part of its section
    that names one ("C5-6, C6-7 foraminal stenosis"); a part without a root lesion's word, or denying one, counts none.
    """
    if INCIDENTAL.search(text):
        return 0
    levels: set[tuple[str, ...]] = set()
    for section in SECTIONS.split(text.split(":", 1)[-1] if ":" in text[:20] else text):
        parts = PARTS.split(section)
        lesion = [bool(ROOT_LESION.search(part)) and not NO_ROOT_LESION.search(part) for part in parts]
        for part, names_lesion in zip(parts, lesion, strict=True):
            if names_lesion or (any(lesion) and _only_levels(part)):
                levels |= _levels(part)
    return len(levels)


def _only_levels(part: str) -> bool:
    """Return True when a part names levels and nothing but sides and grades beside them."""
    rest = re.findall(r"[a-z]+", LEVEL.sub(" ", DISC_LEVEL.sub(" ", part)).lower())
    return bool(_levels(part)) and set(rest) <= LEVEL_WORDS


def _levels(part: str) -> set[tuple[str, ...]]:
    """Return a part's disc spaces, or else the roots it names alone ("L4 on L5" is the L4-L5 space)."""
    spaces: set[tuple[str, ...]] = {(a.lower(), m, (b or a).lower(), n) for a, m, b, n in DISC_LEVEL.findall(part)}
    return spaces or {(match.lower(),) for match in LEVEL.findall(part)}


def root_levels(observation: Observation, is_root: Callable[[str], bool]) -> list[str]:
    """Return the roots an image names when it writes two or more root lesions and names nothing else, else none."""
    if observation.kind != "imaging" or not observation.present:
        return []
    named = sorted(observation.implicates)
    if len(named) < 2 or not all(is_root(node) for node in named):
        return []
    if len(named) > root_lesions_written(observation.phrase):
        return []  # more roots than lesions written: which root is whose level is not known (the old reading stands)
    return named


ROOT_SITES = ("root", "roots")
"""Site kinds of a lesion of one root or of two adjacent roots: the lesions an image of root lesions is scored as."""


def levels_probability(h: Hypothesis, roots: list[str], one_line: float) -> tuple[float, str]:
    """Return P(an image of root lesions at these roots | h) and why.

    A lesion of one root or two adjacent roots: the image's sensitivity at each root it is, an incidental finding at
    each other. Any other lesion: its one-line value (``Model._implicated``, a stenosis's or a cauda equina lesion's
    share of each root), the other levels incidental as they are for *none*, so its standing against *none* is as for
    one level (stop 56's late review: as a product over roots, every two-level lumbar image made a stenosis, a
    leptomeningeal or CMV polyradiculopathy 1.7 times likelier than a root, and raised their flags).
    """
    if h.site.kind not in ROOT_SITES:
        return one_line * IMAGING_INCIDENTAL ** (len(roots) - 1), f"imaging names {len(roots)} root levels"
    own = set(h.site.anatomy) | h.lesion.roots
    count = sum(root in own for root in roots)
    p = IMAGING_SENSITIVITY**count * IMAGING_INCIDENTAL ** (len(roots) - count)
    return p, f"imaging names {len(roots)} root levels; {h.site.label} accounts for {count}"
