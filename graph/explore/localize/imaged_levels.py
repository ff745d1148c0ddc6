"""A spine image that writes a root lesion at two or more levels: a lesion at each level, each explained or incidental.

"MRI: left C7-T1 and T1-T2 foraminal stenosis" and "CT myelogram: pseudomeningoceles at C8 and T1" report a lesion at
each of two roots. Until stop 56 the line counted as surely as its best-named root (``Model._implicated`` takes the
largest share): the C8 radiculopathy alone explained it as well as the radiculopathy of C8 and T1 together, the T1-T2
lesion was left unexplained at no cost, and the medial cord of the plexus (twice C8's prior) came first. Read as the
lesions it reports, the line is as probable under a hypothesis as each level's lesion is, the levels independent given
the lesion as every finding of the naive Bayes model is: :data:`IMAGING_SENSITIVITY` at a level whose root the
hypothesis's lesion involves (as surely as it involves it: a stenosis's share of cases compressing each root,
``Lesion.involvement``), :data:`IMAGING_INCIDENTAL` (a lesion found without symptoms from it) at a level it does not,
and *none* (no lesion the graph holds) the incidental rate at every level (``Model.none_likelihood``). No new number:
the two of the one-level image, per level. The lesion of both roots gets 0.81, one of them 0.27, a lesion elsewhere
0.09.

Only a report that writes a lesion *at a root* at two levels (:func:`root_lesions_written`): the parts of the line
(split at commas, semicolons and "plus") that name a foraminal or lateral recess stenosis, a root compressed or
contacted, an avulsion or its pseudomeningocele, and deny nothing. Stop 56's clinical review found the first version,
which counted every level the line wrote, reading degenerative wording ("L4-5 and L5-S1 degenerative disc disease",
"bulges", "Modic change", "wear and tear") as two lesions: a polyneuropathy, an arterial claudication and a single S1
root whose report named a second, incidental level lost ground, and the cauda equina's flags were raised. Disc bulges
and degeneration are common without symptoms (Brinjikji et al., AJNR 2015;36:811-816), as the one-level rate already
says; a report naming the root it compresses beside a degenerate level ("L5-S1 protrusion compressing S1, mild L4-5
bulge") is one root lesion. Also only a line that names roots and nothing else (a line naming the cauda equina, a
nerve or a condition is read as before); only an image (paraspinal denervation on EMG spreads over several levels from
one root); and only a lesion inside the canal involves the roots (a plexus lesion carrying the roots' fibres is not
what a spine image shows, as ``Model._implicated`` says).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.explore.localize.hypotheses import INTRASPINAL_KINDS, Hypothesis
from graph.explore.localize.observation import Observation
from graph.explore.localize.parameters import IMAGING_INCIDENTAL, IMAGING_SENSITIVITY

DISC_LEVEL = re.compile(r"\b([ctls])(\d{1,2})\s*(?:[-/\u2013]|\bon\b)\s*([ctls]?)(\d{1,2})\b", re.IGNORECASE)
"""A disc space or a vertebra's slip as a note writes it ("C7-T1", "L4/5", "L2-3", "L4 on L5"): one level."""

LEVEL = re.compile(r"\b[ctls]\d{1,2}\b(?!\s*(?:vertebra|body|pedicle|collapse|fracture))", re.IGNORECASE)
"""A root named alone ("C8", "T1"); not a vertebra ("L2 vertebral body fracture")."""

ROOT_LESION = re.compile(
    r"\b(?:(?:extra)?foram\w*|recess\w*|pseudomeningocel\w*|avuls\w*|compress\w*|imping\w*|contact\w*|roots?|exiting|traversing)\b",
    re.IGNORECASE,
)
"""Words of a lesion at a root (foraminal or lateral recess stenosis, a root compressed or contacted, an avulsion and
its pseudomeningocele): a part of a report without one (a bulge, a degenerated or desiccated disc, Modic change,
"multilevel spondylosis", a central canal stenosis) names a level, not a root's lesion (stop 56's clinical review)."""

DENIED_PART = re.compile(r"\b(?:no|not|without|normal|free|patent|unremarkable|spared)\b", re.IGNORECASE)
"""A part of a report that denies what it names ("no root compression", "right side normal")."""

PARTS = re.compile(r"[;,]|\bplus\b", re.IGNORECASE)
"""Where a report's parts meet ("L5-S1 protrusion compressing S1, mild L4-5 bulge"; "…; also …", "plus …")."""


def root_lesions_written(text: str) -> int:
    """Return how many root lesions a report writes: the levels of each part that names a lesion at a root.

    A part's disc spaces are its levels ("C7-T1 and T1-T2 foraminal stenosis": two); a part with none counts the roots
    it names alone ("pseudomeningoceles at C8 and T1": two); a root named beside its own disc space is that level
    ("L5-S1 protrusion compressing S1": one). Parts without a root lesion's word, or denying one, count none.
    """
    levels: set[tuple[str, ...]] = set()
    for part in PARTS.split(text):
        if not ROOT_LESION.search(part) or DENIED_PART.search(part):
            continue
        spaces: set[tuple[str, ...]] = {(a.lower(), m, (b or a).lower(), n) for a, m, b, n in DISC_LEVEL.findall(part)}
        levels |= spaces or {(match.lower(),) for match in LEVEL.findall(part)}  # "L4 on L5" is L4-L5
    return len(levels)


def root_levels(observation: Observation, is_root: Callable[[str], bool]) -> list[str]:
    """Return the roots an image names when it writes two or more root lesions and names nothing else, else none."""
    if observation.kind != "imaging" or not observation.present:
        return []
    named = sorted(observation.implicates)
    if len(named) < 2 or not all(is_root(node) for node in named):
        return []
    if not 2 <= len(named) <= root_lesions_written(observation.phrase):
        return []  # more roots than lesions written: which root is whose level is not known (the old reading stands)
    return named


def levels_probability(h: Hypothesis, roots: list[str]) -> tuple[float, int]:
    """Return P(the image's lesions at these roots | h) and how many of the roots h's lesion involves.

    Each level: the image's sensitivity as surely as h's lesion involves its root (a root lesion's own root fully, a
    stenosis's roots as often as it compresses each, ``Lesion.involvement``), else an incidental finding.
    """
    involved = dict(h.lesion.involvement)
    own = h.lesion.roots | set(h.site.anatomy) if h.site.kind in INTRASPINAL_KINDS else set()
    p, count = 1.0, 0
    for root in roots:
        share = (1.0 if root in h.site.anatomy else involved.get(root, 1.0)) if root in own else 0.0
        count += share > 0
        p *= share * IMAGING_SENSITIVITY + (1.0 - share) * IMAGING_INCIDENTAL
    return p, count
