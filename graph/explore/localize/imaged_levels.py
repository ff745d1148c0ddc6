"""A spine image that names two or more root levels: a lesion at each level, each explained or incidental.

"MRI: left C7-T1 and T1-T2 foraminal stenosis" and "CT myelogram: pseudomeningoceles at C8 and T1" report a lesion at
each of two roots. Until stop 56 the line counted as surely as its best-named root (``Model._implicated`` takes the
largest share): the C8 radiculopathy alone explained it as well as the radiculopathy of C8 and T1 together, the T1-T2
lesion was left unexplained at no cost, and the medial cord of the plexus (twice C8's prior) came first. Read as the
lesions it reports, the line is as probable under a hypothesis as each level's lesion is, the levels independent given
the lesion as every finding of the naive Bayes model is: :data:`IMAGING_SENSITIVITY` at a level whose root the
hypothesis's lesion involves, :data:`IMAGING_INCIDENTAL` (a lesion found without symptoms from it) at a level it does
not. No new number: the two of the one-level image, per level. The lesion of both roots gets 0.81, one of them 0.27,
a lesion elsewhere 0.09.

A root counts as involved when the lesion can involve it at all: the image shows the lesion there, so a lumbar
stenosis's share of cases that compress each root (``Lesion.involvement``, which ``Model._implicated`` uses for a
one-level line) is not taken again per level. Measured on the development cases (stop 56, against stop 55's final
engine): the product as above gained 37 first sites and lost 3; the mean over the levels of the share explained (one
line weighed once, 0.9 / 0.6 / 0.3) gained 14 and lost 4; the product with the involvement shares cost two lumbar
stenoses whose report names two stenotic levels.

Only a line that names roots and nothing else (a line naming the cauda equina, a nerve or a condition is read as
before); only a line that writes two separate levels (:func:`written_levels`: two disc spaces or two roots; one disc
space, "L5-S1 foraminal and lateral recess stenosis", is one lesion reaching two roots; "X-ray: medial compartment
narrowing, osteophytes", a knee's film that the reader takes for a spondylosis, writes none; "L2 vertebral body fracture
with a fragment in the L2-3 foramen" writes one); only an image (paraspinal denervation on EMG spreads over several
levels from one root); and only a lesion inside the canal involves the roots (a plexus lesion carrying the roots'
fibres is not what a spine image shows, as ``Model._implicated`` says).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graph.explore.localize.hypotheses import INTRASPINAL_KINDS, Hypothesis
from graph.explore.localize.observation import Observation
from graph.explore.localize.parameters import IMAGING_INCIDENTAL, IMAGING_SENSITIVITY

DISC_LEVEL = re.compile(r"\b([ctls])(\d{1,2})\s*(?:[-/\u2013]|\bon\b)\s*([ctls]?)(\d{1,2})\b", re.IGNORECASE)
"""A disc space or a vertebra's slip as a note writes it ("C7-T1", "L4/5", "L2-3", "L4 on L5"): one level."""

LEVEL = re.compile(r"\b[ctls]\d{1,2}\s*(?:[-/\u2013]|\bon\b)\s*[ctls]?\d{1,2}\b", re.IGNORECASE)
"""A disc space or a vertebra's slip as a note writes it ("C7-T1", "L4/5", "L2-3", "L4 on L5"): one level."""

LEVEL = re.compile(r"\b[ctls]\d{1,2}\b(?!\s*(?:vertebra|body|pedicle|collapse|fracture))", re.IGNORECASE)
"""A root named alone ("C8", "T1"), once the disc spaces are taken out; not a vertebra ("L2 vertebral body fracture
with a fragment in the L2-3 foramen" writes one level, not two)."""


def written_levels(text: str) -> int:
    """Return how many separate levels a line writes: its disc spaces, then the roots or vertebrae named alone."""
    spaces = {(a.lower(), m, (b or a).lower(), n) for a, m, b, n in DISC_LEVEL.findall(text)}  # "L4 on L5" is L4-L5
    alone = {match.lower() for match in LEVEL.findall(DISC_LEVEL.sub(" ", text))}
    return len(spaces) + len(alone)


def root_levels(observation: Observation, is_root: Callable[[str], bool]) -> list[str]:
    """Return the roots an imaging line names when it names two or more and nothing else, else an empty list."""
    if observation.kind != "imaging" or not observation.present:
        return []
    named = sorted(observation.implicates)
    if len(named) < 2 or not all(is_root(node) for node in named):
        return []
    if written_levels(observation.phrase) < 2:
        return []
    return named


def levels_probability(h: Hypothesis, roots: list[str]) -> tuple[float, int]:
    """Return P(the image's lesions at these roots | h) and how many of the roots h's lesion involves.

    Each level: the image's sensitivity when h's lesion involves its root at all, else an incidental finding.
    """
    own = h.lesion.roots | set(h.site.anatomy) if h.site.kind in INTRASPINAL_KINDS else set()
    p = 1.0
    for root in roots:
        p *= IMAGING_SENSITIVITY if root in own else IMAGING_INCIDENTAL
    return p, sum(root in own for root in roots)
