"""The causes listed at a site, weighed by the findings each states: which cause the note speaks for.

A cord syndrome's causes are listed under it by how often the graph says each causes it (``causes.causes_by_site``):
a thoracic myelopathy's metastatic compression, disc, transverse myelitis, abscess and haematoma had the same shares
whatever the note said, and the syndrome led (in the development cases whose first condition was a thoracic
myelopathy, the writer named a cause in 110 of 113). A cause scored as a condition of its own states findings (a known
cancer for a spinal malignancy, fever for an abscess): each observation of such a finding multiplies the cause's share
by its likelihood ratio against the site's own lesion, P(finding | cause) / P(finding | syndrome) (or the absent
finding's), and the shares are normalised. Only a finding of the cause's own counts (``_log_ratio``): what the
syndrome states as well is the cause's too, and anatomy (a place of pain or deficit) is the site's evidence, already in
the site's probability, which the causes share. A cause stating nothing the note speaks of keeps its share.

An imaging line naming a cause ("MRI: calcified T9-T10 disc indenting the cord", ``imaged_causes``) multiplies that
cause's share by the imaging model's likelihood ratio, scored or not (since stop 39).

A scored cause more probable than the other causes together (:data:`LEADS`) names its site first, its syndrome after
it, as a cause placed at a root does (``engine.Localizer._conditions``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from graph.explore.localize.lesion import Hypothesis
from graph.explore.localize.model import Model
from graph.explore.localize.observation import Observation
from graph.explore.localize.parameters import LACKED
from graph.namespaces import RADIX

LEADS = 0.5
"""A cause leads its site when its weighed share is above this: more probable than the other causes together."""


def weigh(
    model: Model,
    listed: Sequence[tuple[str, float]],
    hypotheses: dict[str, Hypothesis],
    observations: list[Observation],
    syndrome: Hypothesis,
    imaged: Mapping[str, float] | None = None,
) -> list[tuple[str, float, bool]]:
    """Return the listed causes, each with its share weighed by the findings it states, and whether it leads its site.

    Only a cause of the syndrome (``causes``) is weighed against it: a spinal malignancy listed at the cauda equina as a
    cause of the cauda equina syndrome is no evidence about leptomeningeal disease leading that site. A cause in
    ``imaged`` (an imaging line names it) gains its log ratio there (``imaged_causes.log_ratio``), scored or not.
    """
    imaged = imaged or {}
    causing = [
        cause in hypotheses and syndrome.iri in {e for e, _ in model.findings.anatomy.out(cause, RADIX.causes)}
        for cause, _ in listed
    ]
    logs = [
        (math.log(share) if share > 0 else -math.inf)
        + (
            sum(_log_ratio(model, hypotheses[cause], o, syndrome) for o in observations)
            if weighed and share > 0
            else 0.0
        )
        + (imaged.get(cause, 0.0) if share > 0 else 0.0)
        for (cause, share), weighed in zip(listed, causing, strict=True)
    ]
    top = max(logs, default=-math.inf)
    if top == -math.inf:
        return [(cause, share, False) for cause, share in listed]
    weights = [math.exp(log - top) for log in logs]
    total = sum(weights)
    return [
        (cause, weight / total, weighed and weight / total > LEADS)
        for (cause, _), weight, weighed in zip(listed, weights, causing, strict=True)
    ]


def _log_ratio(model: Model, h: Hypothesis, o: Observation, syndrome: Hypothesis) -> float:
    """Return log P(o | h) / P(o | syndrome) for a finding of the cause's own, else 0 (it says nothing of the cause).

    A finding of the cause's own is one it states or typically lacks, that the syndrome does not state, and that has
    no anatomy: the syndrome's signs are the cause's too when the cause makes the syndrome (a sign the cause states less
    often had counted against it), and a place of pain or a deficit is the site's evidence (back or neck pain had
    raised any cause stating it eightfold against the syndrome's pain outside its territory; the second review of
    stop 32).
    """
    if o.kind != "finding" or not o.findings:
        return 0.0
    kin = set().union(*(model.findings.kin(f) for f in o.findings))
    if kin & syndrome.explicit.keys() or any(
        model.findings.facts[f].anatomy for f in o.findings if f in model.findings.facts
    ):
        return 0.0
    stated = [f for f in o.findings if model.findings.kin(f) & h.explicit.keys()]
    if stated:
        p = max(model.finding_term(h, f).p for f in stated)
    elif kin & h.lacks:
        p = LACKED
    else:
        return 0.0
    q = model.term(syndrome, o).p
    return math.log(p if o.present else 1.0 - p) - math.log(q if o.present else 1.0 - q)
