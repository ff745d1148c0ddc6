"""Two conditions side by side: the findings they share, those of one only, and the tests that tell them apart.

Read from the projection (``radix:hasFinding``, ``radix:typicallyLacksFinding``, ``radix:elicitedBy``,
``radix:testsFor``), every item with the sources of the assertions it rests on, so a reader can check
each line. A finding of one condition is *separating* when the other condition is said to typically
lack it (an assertion with its own source); otherwise it is only *not recorded* for the other, which
is weaker: the sources may simply not mention it. The tests listed are those that elicit a finding of
one condition only, and those said to test for one condition and not the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from graph.namespaces import RADIX

HAS_FINDING = str(RADIX.hasFinding)
LACKS_FINDING = str(RADIX.typicallyLacksFinding)
ELICITED_BY = str(RADIX.elicitedBy)
TESTS_FOR = str(RADIX.testsFor)


@dataclass(frozen=True)
class Claim:
    """One assertion behind an item: its sources (reference ids), evidence and frequency words."""

    sources: tuple[str, ...]
    evidence: tuple[str, ...] = ()
    frequency: tuple[str, ...] = ()
    contested: bool = False


@dataclass
class Comparison:
    """What :func:`compare` finds; each finding or test IRI maps to the claims behind it."""

    first: str
    second: str
    shared: dict[str, tuple[Claim, Claim]] = field(default_factory=dict)
    only: dict[str, dict[str, Claim]] = field(default_factory=dict)
    lacked: dict[str, dict[str, Claim]] = field(default_factory=dict)
    tests: list[tuple[str, str, str | None, Claim]] = field(default_factory=list)
    """(test, the condition it points to, the finding it elicits or None when it tests for the condition, claim)."""


def _claim(G: nx.MultiDiGraph, source: str, target: str, predicate: str) -> Claim | None:
    data = (G.get_edge_data(source, target) or {}).get(predicate)
    if data is None:
        return None
    return Claim(
        tuple(data.get("sources", ())),
        tuple(data.get("evidence", ())),
        tuple(data.get("frequency", ())),
        bool(data.get("contested", False)),
    )


def _targets(G: nx.MultiDiGraph, node: str, predicate: str) -> set[str]:
    return {target for _, target, key in G.out_edges(node, keys=True) if key == predicate}


def compare(G: nx.MultiDiGraph, first: str, second: str) -> Comparison:
    """Compare conditions ``first`` and ``second`` (IRIs, both in ``G``) by findings and tests.

    >>> G = nx.MultiDiGraph()
    >>> for s, t, p in [("a", "f1", HAS_FINDING), ("b", "f1", HAS_FINDING), ("a", "f2", HAS_FINDING),
    ...                 ("b", "f2", LACKS_FINDING), ("f2", "t", ELICITED_BY)]:
    ...     _ = G.add_edge(s, t, key=p, sources=["ref"])
    >>> result = compare(G, "a", "b")
    >>> sorted(result.shared), sorted(result.only["a"]), sorted(result.lacked["b"]), result.tests[0][:3]
    (['f1'], ['f2'], ['f2'], ('t', 'a', 'f2'))
    """
    findings = {condition: _targets(G, condition, HAS_FINDING) for condition in (first, second)}
    result = Comparison(first, second)
    for finding in sorted(findings[first] & findings[second]):
        a, b = _claim(G, first, finding, HAS_FINDING), _claim(G, second, finding, HAS_FINDING)
        if a is not None and b is not None:
            result.shared[finding] = (a, b)
    for condition, other in ((first, second), (second, first)):
        result.only[condition] = {}
        result.lacked[other] = {}
        for finding in sorted(findings[condition] - findings[other]):
            claim = _claim(G, condition, finding, HAS_FINDING)
            if claim is None:
                continue
            result.only[condition][finding] = claim
            lack = _claim(G, other, finding, LACKS_FINDING)
            if lack is not None:
                result.lacked[other][finding] = lack
            for test in sorted(_targets(G, finding, ELICITED_BY)):
                elicits = _claim(G, finding, test, ELICITED_BY)
                if elicits is not None:
                    result.tests.append((test, condition, finding, elicits))
    tested = {
        condition: {source for source, _, key in G.in_edges(condition, keys=True) if key == TESTS_FOR}
        for condition in (first, second)
    }
    for condition, other in ((first, second), (second, first)):
        for test in sorted(tested[condition] - tested[other]):
            claim = _claim(G, test, condition, TESTS_FOR)
            if claim is not None:
                result.tests.append((test, condition, None, claim))
    return result


def as_dict(result: Comparison, describe: Any, source: Any) -> dict[str, Any]:
    """Return the comparison as JSON-ready data; ``describe(iri)`` and ``source(claim)`` format entities and claims."""

    def side(condition: str) -> list[dict[str, Any]]:
        other = result.second if condition == result.first else result.first
        lacked = result.lacked.get(other, {})
        items = [
            {
                "finding": describe(finding),
                "claim": source(claim),
                "other_lacks": source(lacked[finding]) if finding in lacked else None,
            }
            for finding, claim in result.only.get(condition, {}).items()
        ]
        return sorted(items, key=lambda item: (item["other_lacks"] is None, item["finding"]["label"].lower()))

    return {
        "first": describe(result.first),
        "second": describe(result.second),
        "shared": sorted(
            (
                {"finding": describe(finding), "first": source(a), "second": source(b)}
                for finding, (a, b) in result.shared.items()
            ),
            key=lambda item: item["finding"]["label"].lower(),
        ),
        "only_first": side(result.first),
        "only_second": side(result.second),
        "tests": _tests(result, describe, source),
    }


def _tests(result: Comparison, describe: Any, source: Any) -> list[dict[str, Any]]:
    """Group the separating tests: one entry per test and the condition it points to, with every reason."""
    grouped: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for test, condition, finding, claim in result.tests:
        reason = {"finding": describe(finding) if finding else None, "claim": source(claim)}
        grouped.setdefault((test, condition), []).append(reason)
    order = sorted(grouped, key=lambda key: (key[1] != result.first, key[0]))
    return [{"test": describe(test), "points_to": describe(condition), "reasons": grouped[test, condition]}
            for test, condition in order]  # fmt: skip
