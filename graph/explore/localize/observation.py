"""An observation: one thing a clinician noted, read as present or absent, and what it is about.

The reader (``reader.py``) turns phrases, CURIEs and excluded features into observations; the
model (``model.py``) scores hypotheses against them. An observation is one of these kinds:

``finding``
    graph findings it may stand for (``findings``: alternatives, most specific first);
``weakness`` / ``sensory`` / ``reflex`` / ``pain``
    a deficit of that kind in the anatomy named (``anatomy``: (kind, node) pairs), when no finding
    of the graph names it;
``global``
    "no sensory loss", "neurological examination normal": no deficit of ``kinds`` anywhere;
``modifier``
    aggravated or relieved (``modifier``) by the activities in ``anatomy``;
``imaging`` / ``electrodiagnostic``
    a study result, with the roots, nerves or structures it implicates (``implicates``);
    ``electro`` says what the study shows (``denervation``, ``snap``, ``conduction``).

``present`` is False for a normal or negated finding. ``side`` is ``left``, ``right``,
``bilateral`` or empty. ``how`` tells, step by step, how the phrase was read. A finding one phrase names twice is
one observation (:func:`one_per_finding`, stop 43).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import networkx as nx

from graph.explore.localize.hypotheses import curie


@dataclass(frozen=True)
class Observation:
    """One observation (see the module docstring)."""

    phrase: str
    present: bool
    kind: str
    findings: tuple[str, ...] = ()
    anatomy: tuple[tuple[str, str], ...] = ()
    kinds: tuple[str, ...] = ()
    modifier: str = ""
    side: str = ""
    implicates: tuple[str, ...] = ()
    electro: str = ""
    how: tuple[str, ...] = ()
    source: str = "phrase"

    def identity(self) -> tuple[Any, ...]:
        """Return what makes two observations the same evidence (read twice, it counts once)."""
        return (self.present, self.kind, self.findings, self.anatomy, self.kinds, self.modifier, self.side,
                self.implicates, self.electro)  # fmt: skip

    def finding_identity(self) -> tuple[Any, ...]:
        """Return what makes two readings of one phrase the same finding, whatever anatomy each names."""
        return (self.present, self.kind, self.findings, self.side, self.modifier, self.implicates, self.electro)

    def describe(self, G: nx.MultiDiGraph) -> str:
        """Say in words what the phrase was read as."""

        def name(node: str) -> str:
            return str(G.nodes[node]["label"]) if node in G else curie(node)

        side = f" ({self.side})" if self.side else ""
        if self.kind == "modifier":
            activities = ", ".join(name(n) for _, n in self.anatomy)
            return ("" if self.present else "not ") + f"{self.modifier} by {activities}"
        if self.kind == "global":
            return "no " + " or ".join(self.kinds) + " change anywhere"
        if self.kind in ("imaging", "electrodiagnostic"):
            what = f"{self.kind} {self.electro or 'finding'}".strip()
            named = ", ".join(name(n) for n in self.implicates) or ", ".join(name(n) for _, n in self.anatomy)
            return ("" if self.present else "normal: ") + f"{what} implicating {named}{side}"
        if self.findings:
            what = name(self.findings[0])
            if len(self.findings) > 1:
                what += f" (or {len(self.findings) - 1} close reading{'s' if len(self.findings) > 2 else ''})"
        else:
            what = f"{self.kind} in {', '.join(name(n) for _, n in self.anatomy)}"
        return ("" if self.present else "normal: ") + what + side

    def as_dict(self, G: nx.MultiDiGraph) -> dict[str, Any]:
        """Return the observation as a JSON-ready dict."""
        return {
            "phrase": self.phrase,
            "present": self.present,
            "kind": self.kind,
            "read_as": self.describe(G),
            "findings": [curie(f) for f in self.findings],
            "anatomy": [curie(n) for _, n in self.anatomy],
            "implicates": [curie(n) for n in self.implicates],
            "modifier": self.modifier or None,
            "side": self.side or None,
            "how": list(self.how),
            "source": self.source,
        }


@dataclass
class Reading:
    """Every observation read from the input, and the phrases that could not be read."""

    observations: list[Observation] = field(default_factory=list)
    unresolved: list[dict[str, Any]] = field(default_factory=list)


def one_per_finding(observations: list[Observation]) -> list[Observation]:
    """Merge the observations of one phrase that name the same finding ("weak thumb flexion (FPL)") into one.

    The same finding read from two words of one phrase is one piece of evidence; counted twice, its likelihood
    ratio would be squared (a naive-Bayes model assumes each finding observed once). :meth:`Observation.identity`
    merges readings alike in everything (the model's ``_distinct``, across lines); here the anatomy may differ (the
    muscle named, or not: :meth:`Observation.finding_identity`), so the merged observation keeps the anatomy and the
    reading steps of both.
    """
    merged: dict[tuple[object, ...], Observation] = {}
    for o in observations:
        key = o.finding_identity() if o.findings else (id(o),)
        first = merged.get(key)
        merged[key] = (
            o
            if first is None
            else replace(
                first,
                anatomy=tuple(dict.fromkeys(first.anatomy + o.anatomy)),
                how=tuple(dict.fromkeys(first.how + o.how)),
            )
        )
    return list(merged.values())
