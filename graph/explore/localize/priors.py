"""Priors from the graph's numbers: how often each root is the one affected.

Without numbers every site has the same prior (``hypotheses.py``). The knowledge model gives
numbers as ``radix:Measurement`` entities (docs/model-v2-plan.md §3); a ``share_of_cases`` whose
subject is a root (or a root's condition) and whose target is a condition grouping those roots
("C7 accounts for about 60 % of cervical radiculopathy") reshapes the priors of the root sites under
that grouping: their summed prior is kept and redistributed in proportion to the shares, the roots
without a number sharing what the numbers leave over.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from graph.explore.localize.anatomy import Anatomy
from graph.explore.localize.hypotheses import Hypothesis
from graph.explore.related import BROADER
from graph.namespaces import BASE, RADIX

MEASUREMENTS = """
SELECT ?m ?measure ?subject ?target ?value WHERE {
  ?m a radix:Measurement ; radix:measure ?measure ; radix:ofSubject ?subject ; radix:value ?value .
  OPTIONAL { ?m radix:forCondition ?target }
}
"""
"""The numbers, as the plan names their properties (an empty answer while the graph has none)."""

SMALLEST_SHARE = 0.01
"""A root left with no share when the numbers sum to 1 keeps this much, so it can still be found."""


def apply_shares(hypotheses: list[Hypothesis], anatomy: Anatomy, numbers: list[dict[str, Any]]) -> list[str]:
    """Reshape root priors by ``share_of_cases`` numbers; return what was applied, in words."""
    applied: list[str] = []
    shares: dict[str, dict[str, float]] = defaultdict(dict)
    for row in numbers:
        if str(row.get("measure", "")).rsplit("/", 1)[-1] != "share_of_cases" or not row.get("target"):
            continue
        subject = _iri(str(row["subject"]))
        row = {**row, "target": _iri(str(row["target"]))}
        roots = (
            {subject}
            if "NerveRoot" in anatomy.types(subject)
            else {r for r, _ in anatomy.out(subject, RADIX.affectsRoot)}
        )
        for root in roots:
            shares[str(row["target"])][root] = float(row["value"])
    for target, by_root in shares.items():
        members = [h for h in hypotheses if h.site.kind == "root" and _under(h, target, anatomy)]
        if not members:
            continue
        mass = sum(h.prior for h in members)
        given = sum(by_root.get(h.site.anatomy[0], 0.0) for h in members)
        missing = [h for h in members if h.site.anatomy[0] not in by_root]
        left = max(1.0 - given, SMALLEST_SHARE * len(missing))
        for h in members:
            share = by_root.get(h.site.anatomy[0])
            h.prior = mass * (share if share is not None else left / max(len(missing), 1)) / max(given + left, 1e-9)
        applied.append(
            f"{anatomy.G.nodes[target]['label'] if target in anatomy.G else target}: {len(by_root)} root shares"
        )
    return applied


def _iri(value: str) -> str:
    """Return a Radix IRI for a local name or a ``radix:`` CURIE (the projection gives local names)."""
    if value.startswith("http"):
        return value
    return BASE + value.removeprefix("radix:")


def _under(h: Hypothesis, target: str, anatomy: Anatomy) -> bool:
    """Return True when the hypothesis's condition is ``target`` or narrower than it (skos:broader, transitively)."""
    frontier, seen = [h.iri], {h.iri}
    while frontier:
        current = frontier.pop()
        if current == target:
            return True
        for broader, _ in anatomy.out(current, BROADER):
            if broader not in seen:
                seen.add(broader)
                frontier.append(broader)
    return False
