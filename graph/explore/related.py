"""Related conditions: rank other conditions by what they share with one, and say what that is.

Two conditions are related by the mimic links between them and by the roots, nerves, muscles,
causes and findings they share. Each kind of shared item has a weight; a shared finding weighs
more the fewer conditions have it (an inverse document frequency), so "absent ankle reflex"
counts for more than "pain". The answer lists every shared item, so the ranking can be checked.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from graph.explore.traverse import require
from graph.namespaces import BASE, RADIX

CONDITION_TYPES = {
    "Condition", "Radiculopathy", "Mononeuropathy", "Plexopathy", "Polyneuropathy", "SpinalCordDisorder",
    "MotorNeuronDisorder", "MusculoskeletalDisorder", "VascularDisorder",
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
    """Return True when ``node`` is typed as a condition of some kind."""
    return bool(CONDITION_TYPES & set(G.nodes[node].get("types", ())))


def conditions(G: nx.MultiDiGraph) -> list[str]:
    """Return every condition node of ``G``, sorted."""
    return sorted(node for node in G if not G.nodes[node].get("external") and is_condition(G, node))


def _targets(G: nx.MultiDiGraph, node: str, predicate: str) -> set[str]:
    return {target for _, target, key in G.out_edges(node, keys=True) if key == predicate}


def _sources(G: nx.MultiDiGraph, node: str, predicate: str) -> set[str]:
    return {source for source, _, key in G.in_edges(node, keys=True) if key == predicate}


def nerve_tree(G: nx.MultiDiGraph, nerves: set[str]) -> set[str]:
    """Return ``nerves`` with all their branches (a lesion of a nerve involves its branches).

    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("deep fibular", "common fibular", key="https://w3id.org/radix/branchOf")
    'https://w3id.org/radix/branchOf'
    >>> sorted(nerve_tree(G, {"common fibular"}))
    ['common fibular', 'deep fibular']
    """
    found, frontier = set(nerves), list(nerves)
    while frontier:
        for branch in _sources(G, frontier.pop(), str(RADIX.branchOf)):
            if branch not in found:
                found.add(branch)
                frontier.append(branch)
    return found


def profile(G: nx.MultiDiGraph, condition: str) -> Profile:
    """Return what ``condition`` involves (direct assertions, plus muscles supplied by its roots and nerves)."""
    roots = _targets(G, condition, str(RADIX.affectsRoot))
    nerves = nerve_tree(G, _targets(G, condition, str(RADIX.affectsNerve)))
    muscles = {m for root in roots for m in _sources(G, root, str(RADIX.hasPrimaryRoot))}
    muscles |= {m for nerve in nerves for m in _sources(G, nerve, str(RADIX.innervatedByNerve))}
    return Profile(
        roots=roots,
        nerves=nerves,
        muscles=muscles,
        causes=_sources(G, condition, str(RADIX.causes)),
        structures=_targets(G, condition, str(RADIX.affectsStructure)),
        findings=_targets(G, condition, str(RADIX.hasFinding)),
    )


def all_profiles(G: nx.MultiDiGraph) -> dict[str, Profile]:
    """Return the profile of every condition of ``G`` (compute once, pass to :func:`related_conditions`)."""
    return {node: profile(G, node) for node in conditions(G)}


def related_conditions(
    G: nx.MultiDiGraph, condition: str, *, limit: int = 10, profiles: dict[str, Profile] | None = None
) -> list[Related]:
    """Rank the other conditions of ``G`` by what they share with ``condition``; best first.

    Edges are read in their own direction (a mimic link counts whichever way it points). Conditions
    sharing nothing are left out. ``profiles`` (from :func:`all_profiles`) saves recomputing them.
    """
    require(G, condition)
    if not is_condition(G, condition):
        raise ValueError(f"{condition} is not a condition")
    profiles = profiles if profiles is not None else all_profiles(G)
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
