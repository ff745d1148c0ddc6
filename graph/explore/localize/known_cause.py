"""A cause at the site of the lesion it makes carries that lesion's picture: the lesion with a known cause.

A root's radiculopathy and the disc herniation that compresses the root are two hypotheses at one site, the L5
root. Scored on its own statements alone, the herniation explains an L5 picture only by its MRI line: it then
takes part of the site's prior (priors are split evenly between the hypotheses at a site, ``hypotheses.py``)
while explaining less, and the site falls behind a single-condition site (a fibular neuropathy) that fits no
better.

At its site a cause *is* the lesion it causes there (``causes``), with its cause known: the findings of the lesion
are its findings too, and its own can only add to them (the larger probability where both state one). The hypotheses
at a root are then refinements of its lesion (L5 radiculopathy of unstated cause, from an L4-L5 disc, from a
far-lateral L5-S1 disc), as a cause placed at one root of several already was (``one_root.py``). Only a cause the
graph says *usually* makes the lesion carries it: a frequency word above the unqualified middle bin
(:data:`parameters.UNQUALIFIED`) on its ``causes`` statement; the disc herniations "typically" make their root's
radiculopathy. An unqualified statement says the cause can make the lesion, not how often: the central discs and the
cauda equina syndrome (the graph's "commonly" there is the discs' share of the syndrome's cases, not how often a disc
makes it), so a central disc keeps its own picture and raises the syndrome as a red flag at P(disc) x 0.545 before
the sphincters go (``causes.syndromes_of_causes``). Carrying the syndrome's picture as well had won 10 development
near ties of the cauda equina against the conus, but the review of stop 34 found it dropped that flag on a
threatened cauda equina (a central disc, signs in both legs, sphincters normal), since the note's normal sphincters
then counted against the discs, and tripled a bladder symptom's weight at the cauda equina on look-alikes. Central
canal stenosis makes the syndrome "rarely" (0.05) and carries nothing either.

The alternative, a two-layer network marginalised over the lesion (each finding at P(lesion | cause) x P(finding |
lesion)), was measured on the 4,865 development cases public at the start of stop 34 and not kept
(docs/localisation.md §3).
"""

from __future__ import annotations

from collections import defaultdict

from graph.explore.localize.anatomy import Anatomy
from graph.explore.localize.frequency import edge_probability
from graph.explore.localize.lesion import Hypothesis
from graph.explore.localize.parameters import UNQUALIFIED
from graph.namespaces import RADIX


def merged_statements(own: Hypothesis, lesion: Hypothesis | None) -> tuple[dict[str, tuple[float, str]], set[str]]:
    """Return the findings (the larger probability where both state one) and lacked findings of a cause at a lesion."""
    explicit = dict(lesion.explicit) if lesion else {}
    for finding, stated in own.explicit.items():
        if finding not in explicit or stated[0] > explicit[finding][0]:
            explicit[finding] = stated
    lacks = (own.lacks | (lesion.lacks if lesion else set())) - set(explicit)
    return explicit, lacks


def carry_pictures(hypotheses: list[Hypothesis], anatomy: Anatomy, words: dict[str, float]) -> list[str]:
    """Give each cause the picture of the lesion it usually makes at its own site; return what was carried.

    Only hypotheses of a named condition at a site of their own are looked at: a cause already placed at one root
    of several has its root's radiculopathy (``one_root.py``), and a lesion known only by its anatomy causes nothing.
    """
    at_site: dict[str, dict[str, Hypothesis]] = defaultdict(dict)
    for h in hypotheses:
        if not h.anatomical and not h.at_root:
            at_site[h.site.key][h.iri] = h
    carried = []
    for h in hypotheses:
        if h.anatomical or h.at_root:
            continue
        made: dict[str, float] = {}  # P(lesion | cause) for each lesion it makes at its site (the largest statement)
        for effect, data in anatomy.out(h.iri, RADIX.causes):
            if effect in at_site[h.site.key] and effect != h.iri:
                made[effect] = max(made.get(effect, 0.0), edge_probability(data, words)[0])
        usual = sorted(effect for effect, p in made.items() if p > UNQUALIFIED)
        if not usual:
            continue
        lesion = at_site[h.site.key][usual[0]]
        h.explicit, h.lacks = merged_statements(h, lesion)
        h.pain_regions = h.pain_regions | lesion.pain_regions
        h.aggravated = {**lesion.aggravated, **h.aggravated}
        h.relieved = {**lesion.relieved, **h.relieved}
        h.carries = lesion.iri
        carried.append(f"{h.label}: {lesion.label}")
    return carried
