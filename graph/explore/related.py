"""Related conditions: rank other conditions by what they share with one, and say what that is.

Two conditions are related by the mimic links between them and by the roots, nerves, muscles,
causes and findings they share. Each kind of shared item has a weight; a shared finding weighs
more the fewer conditions have it (an inverse document frequency), so "absent ankle reflex"
counts for more than "pain". The answer lists every shared item, so the ranking can be checked.

Sharing an item is a two-hop answer, so qualifiers are honoured (:mod:`graph.explore.context`): a
finding, root or cause counts only through an edge that holds in the given context (S2
radiculopathy's urinary retention, a finding only when bilateral, is not shared with cauda equina
syndrome unless the context says ``laterality=bilateral``), and a nerve lesion at a site involves
only the branches, muscles and territory it reaches.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from graph.explore.context import Context, condition_lesions, holds, nerve_reach
from graph.explore.traverse import require
from graph.namespaces import BASE, RADIX

CONDITION_TYPES = {
    "Condition", "Radiculopathy", "Mononeuropathy", "Plexopathy", "Polyneuropathy", "SpinalCordDisorder",
    "MotorNeuronDisorder", "MusculoskeletalDisorder", "VascularDisorder", "FunctionalDisorder",
}  # fmt: skip

WEIGHTS = {"mimic": 4.0, "root": 2.0, "nerve": 2.0, "cause": 1.0, "muscle": 0.4, "structure": 1.0, "finding": 1.0}
"""How much one shared item of each kind adds to the score (findings are further weighted by rarity)."""

BROADER = "http://www.w3.org/2004/02/skos/core#broader"


@dataclass
class Profile:
    """What a condition involves: its roots, nerves, muscles, causes, structures and findings."""

    roots: set[str] = field(default_factory=set)
    nerves: set[str] = field(default_factory=set)
    muscles: set[str] = field(default_factory=set)
    causes: set[str] = field(default_factory=set)
    structures: set[str] = field(default_factory=set)
    findings: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Related:
    """Another condition, its score, and the items it shares, by kind."""

    iri: str
    label: str
    score: float
    shared: dict[str, list[str]]

    def as_dict(self, G: nx.MultiDiGraph) -> dict[str, Any]:
        """Return the result as a JSON-ready dict, shared items with their labels."""
        return {
            "id": "radix:" + self.iri.removeprefix(BASE),
            "label": self.label,
            "score": round(self.score, 2),
            "shared": {
                kind: [{"id": "radix:" + item.removeprefix(BASE), "label": G.nodes[item]["label"]} for item in items]
                if kind != "mimic"
                else items
                for kind, items in self.shared.items()
            },
        }


def is_condition(G: nx.MultiDiGraph, node: str) -> bool:
    """Return True when ``node`` is typed as a condition of some kind (a subclass of radix:Condition)."""
    supers: dict[str, set[str]] = G.graph.get("superclasses", {})
    types = set(G.nodes[node].get("types", ()))
    return bool(CONDITION_TYPES & types) or any("Condition" in supers.get(kind, ()) for kind in types)


def conditions(G: nx.MultiDiGraph) -> list[str]:
    """Return every condition node of ``G``, sorted."""
    return sorted(node for node in G if not G.nodes[node].get("external") and is_condition(G, node))


def _targets(G: nx.MultiDiGraph, node: str, predicate: str, context: Context | None = None) -> set[str]:
    return {
        target
        for _, target, key, data in G.out_edges(node, keys=True, data=True)
        if key == predicate and holds(data, context)
    }


def _sources(G: nx.MultiDiGraph, node: str, predicate: str, context: Context | None = None) -> set[str]:
    return {
        source
        for source, _, key, data in G.in_edges(node, keys=True, data=True)
        if key == predicate and holds(data, context)
    }


def profile(G: nx.MultiDiGraph, condition: str, context: Context | None = None) -> Profile:
    """Return what ``condition`` involves in ``context``.

    That is: its direct assertions that hold there, the muscles supplied by its roots, and the nerves,
    muscles and territory its nerve lesions reach.
    """
    roots = _targets(G, condition, str(RADIX.affectsRoot), context)
    lesions = [
        (nerve, where)
        for nerve, where in condition_lesions(G, condition)
        if holds(G.edges[condition, nerve, str(RADIX.affectsNerve)], context)
    ]
    reach = nerve_reach(G, lesions)
    muscles = {m for root in roots for m in _sources(G, root, str(RADIX.hasPrimaryRoot))}
    muscles |= reach.get(str(RADIX.innervatedByNerve), set())
    return Profile(
        roots=roots,
        nerves=reach["nerves"],
        muscles=muscles,
        causes=_sources(G, condition, str(RADIX.causes), context),
        structures=_targets(G, condition, str(RADIX.affectsStructure), context),
        findings=_targets(G, condition, str(RADIX.hasFinding), context),
    )


def all_profiles(G: nx.MultiDiGraph, context: Context | None = None) -> dict[str, Profile]:
    """Return the profile of every condition of ``G`` (compute once, pass to :func:`related_conditions`)."""
    return {node: profile(G, node, context) for node in conditions(G)}


def related_conditions(
    G: nx.MultiDiGraph,
    condition: str,
    *,
    limit: int = 10,
    profiles: dict[str, Profile] | None = None,
    context: Context | None = None,
) -> list[Related]:
    """Rank the other conditions of ``G`` by what they share with ``condition`` in ``context``; best first.

    Edges are read in their own direction (a mimic link counts whichever way it points). Conditions
    sharing nothing are left out. ``profiles`` (from :func:`all_profiles`, for the same context)
    saves recomputing them.
    """
    require(G, condition)
    if not is_condition(G, condition):
        raise ValueError(f"{condition} is not a condition")
    profiles = profiles if profiles is not None else all_profiles(G, context)
    everyone = sorted(profiles)
    finding_weight = _finding_weights(profiles)
    mine = profiles[condition]
    results = []
    for other in everyone:
        if other == condition:
            continue
        theirs = profiles[other]
        shared: dict[str, list[str]] = defaultdict(list)
        score = 0.0
        mimic = _mimic_words(G, condition, other)
        if mimic:
            shared["mimic"] = mimic
            score += WEIGHTS["mimic"]
        for kind in ("roots", "nerves", "muscles", "causes", "structures"):
            common = sorted(getattr(mine, kind) & getattr(theirs, kind))
            if common:
                shared[kind] = common
                score += WEIGHTS[kind.removesuffix("s")] * len(common)
        common_findings = sorted(mine.findings & theirs.findings)
        if common_findings:
            shared["findings"] = common_findings
            score += sum(finding_weight[finding] for finding in common_findings)
        if score > 0:
            results.append(Related(other, G.nodes[other]["label"], score, dict(shared)))
    return sorted(results, key=lambda related: (-related.score, related.label))[:limit]


def _finding_weights(profiles: dict[str, Profile]) -> dict[str, float]:
    """Weight each finding by how few conditions have it: log(1 + N / conditions with the finding)."""
    counts: dict[str, int] = defaultdict(int)
    for item in profiles.values():
        for finding in item.findings:
            counts[finding] += 1
    total = len(profiles)
    return {
        finding: WEIGHTS["finding"] * math.log(1 + total / count) / math.log(1 + total)
        for finding, count in counts.items()
    }


def _mimic_words(G: nx.MultiDiGraph, condition: str, other: str) -> list[str]:
    words = []
    if G.has_edge(condition, other, key=str(RADIX.mimics)):
        words.append("mimics")
    if G.has_edge(other, condition, key=str(RADIX.mimics)):
        words.append("is mimicked by")
    return words
