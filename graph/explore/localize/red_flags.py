"""Red flags, listed first: the urgent conditions the findings raise or make possible.

A condition is flagged when a present finding is a red flag for it (``redFlagFor``), or a present deficit
lies in a region that only a red-flag finding of its kind is located in (numbness of the perianal skin is
saddle anaesthesia), or when it is
itself a red-flag condition (the target of some ``redFlagFor``, or of an urgent kind: cauda equina,
conus, cord) and the model gives it at least :data:`RED_FLAG_THRESHOLD`. Polyradiculopathies (cauda
equina syndrome, in knowledge v2) and cord disorders (conus, myelopathy) come first, by probability, then
the others, by probability. A condition's probability is the sum over every explanation it is part of, single
or in a pair (until stop 22, singles only: Guillain-Barré syndrome leading on a polyneuropathy went unflagged), or
as a narrower condition's broader one (since stop 32: a Pancoast tumour is a neoplastic brachial plexopathy).
(Until stop 21 every polyradiculopathy came before every cord disorder: once
CMV polyradiculopathy reached the cauda equina's roots, a 3 % CMV came before a 51 % conus.)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping
from typing import Any

from graph.explore.localize.findings import Findings
from graph.explore.localize.hypotheses import URGENT_TYPES, Hypothesis, curie
from graph.explore.localize.model import Scored
from graph.explore.localize.observation import Observation
from graph.explore.localize.parameters import RED_FLAG_THRESHOLD
from graph.explore.related import BROADER
from graph.namespaces import RADIX


def red_flags(
    findings: Findings,
    hypotheses: list[Hypothesis],
    scored: list[Scored],
    observations: list[Observation],
    causes: dict[str, float] | None = None,
    imaged: Collection[str] = (),
    seen: Mapping[str, str] | None = None,
) -> list[dict[str, Any]]:
    """Return the red flags raised, most urgent first, each with what raised it.

    ``causes`` gives P(cause) for the causes listed at cord and cauda equina sites (the site's probability times
    the cause's share there): a red-flag condition among them (a target of ``redFlagFor``) is flagged at
    :data:`RED_FLAG_THRESHOLD` like a scored one, its probability the larger of the two. So is a cause of a cord
    syndrome that an imaging line names (``imaged``, ``imaged_causes``): the disc herniation a scan shows indenting the
    thoracic cord is what compresses it, as urgent as the myelopathy it makes (stop 39: eleven development cases whose
    writers named that disc as the red flag went unflagged, the disc being no ``redFlagFor`` target). ``seen``: the
    conditions a spinal imaging line names, each with that line (``imaged_causes.raising_lines``): a red-flag condition
    among them is raised by the line, as by a red-flag finding, wherever the lesion is (stop 40: "MRI: L4-L5 discitis
    with small epidural collection" beside an L5 radiculopathy raised no spinal infection, the flag of a cause seen
    only at a cord site).
    """
    G = findings.anatomy.G
    raised: dict[str, list[str]] = defaultdict(list)
    regions = findings.red_flag_regions()
    for observation in observations:
        if observation.present and observation.kind in ("sensory", "weakness", "pain"):
            for _, node in observation.anatomy:  # "perianal sensation reduced": part of saddle anaesthesia
                for finding in regions.get((observation.kind, node), ()):
                    for condition in findings.red_flag_for(finding):
                        if observation.phrase not in raised[condition]:
                            raised[condition].append(observation.phrase)
        if not observation.present or observation.kind != "finding":
            continue
        for finding in observation.findings[:1]:  # a phrase read loosely as several findings raises nothing alone
            for condition in findings.red_flag_for(finding):
                if observation.phrase not in raised[condition]:
                    raised[condition].append(observation.phrase)
    for condition, line in (seen or {}).items():  # a scan showing it: "MRI: L4-L5 discitis", "T8 met"
        if findings.anatomy.into(condition, RADIX.redFlagFor) and line not in raised[condition]:
            raised[condition].append(line)
    probability: dict[str, float] = defaultdict(float)
    for s in scored:  # a condition's probability is every explanation's it is part of: a cause at each of its roots,
        # a pair (GBS on a polyneuropathy) as much as alone, and a narrower condition's (a Pancoast tumour is a
        # neoplastic brachial plexopathy: until stop 32 that flag was missed with the tumour at 97 %)
        for member in {c for m in s.members for c in (m.iri, *findings.anatomy.beyond(m.iri, (BROADER,)))}:
            probability[member] += s.posterior
    for cause, p in (causes or {}).items():
        if cause in imaged or findings.anatomy.into(cause, RADIX.redFlagFor):
            probability[cause] = max(probability[cause], p)
            if p >= RED_FLAG_THRESHOLD and cause not in raised:
                raised[cause] = []
    for h in hypotheses:
        if (h.red_flag or h.urgent) and probability.get(h.iri, 0.0) >= RED_FLAG_THRESHOLD and h.iri not in raised:
            raised[h.iri] = []

    def urgency(item: tuple[str, list[str]]) -> tuple[int, float, str]:
        types = set(G.nodes[item[0]].get("types", ()))
        rank = 0 if types & set(URGENT_TYPES) else 1
        return (rank, -probability.get(item[0], 0.0), G.nodes[item[0]]["label"])

    return [
        {
            "id": curie(condition),
            "label": G.nodes[condition]["label"],
            "raised_by": phrases,
            "probability": round(probability.get(condition, 0.0), 3),
            "why": "raised by a red-flag finding" if phrases else "possible on the findings: not to be missed",
        }
        for condition, phrases in sorted(raised.items(), key=urgency)
    ]
