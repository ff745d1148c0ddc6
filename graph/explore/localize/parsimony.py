"""Parsimony: the units of a lesion of several roots or nerves that the note says nothing of.

A noisy-OR network in the QMR-DT tradition counts only the findings a note reports, present or absent. A lesion of
many units (the cauda equina, lumbar stenosis, a plexus, a radiculopathy of two roots, several nerves) then explains a
few deficits of one unit about as well as that unit's own lesion, and nothing counts against it for the units it
would also involve (the "missing parsimony term" of docs/localisation.md §4 since stop 34).

This module adds that term as negative evidence the note gives by silence. Each unit of such a lesion (a root, a
nerve, or a branch or part of a plexus) is involved as often as the graph says (``Lesion.involvement``, a plexus's
units at :data:`~parameters.PLEXUS_SHARE`); an involved unit shows a deficit on examination of its territory with
:data:`~parameters.UNIT_DEFICIT`; a deficit found is written down with :data:`~parameters.MENTIONED`. A unit the
note says nothing of, present or absent, in a part of the body the note does speak of for the same lesion (another
of its units there is spoken of), therefore has likelihood ``1 - share * UNIT_DEFICIT * MENTIONED``. A unit in a part
of the body the note says nothing of counts for nothing (that limb was not examined, or not written about).

A lesion of one root or one nerve has one unit and no such term: parsimony is about the units a lesion adds.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from graph.explore.localize.anatomy import DOWNSTREAM, PARTS, Anatomy
from graph.explore.localize.findings import Findings
from graph.explore.localize.lesion import Hypothesis, Lesion, Reach
from graph.explore.localize.observation import Observation
from graph.explore.localize.parameters import MENTIONED, PLEXUS_SHARE, UNIT_DEFICIT

LEVEL = re.compile(r"([CTLS])(\d+)_root$")
"""A root's local name ("L5_root"): its region letter and number, for the part of the body it serves."""

LIMB_OF_ROOTS = (
    ("neck", (("C", 1, 4),)),
    ("arm", (("C", 5, 8), ("T", 1, 1))),
    ("trunk", (("T", 2, 12),)),
    ("leg", (("L", 1, 5), ("S", 1, 2))),
    ("saddle", (("S", 3, 5),)),
)
"""The part of the body each root's territory lies in: a unit counts against its lesion only when the note speaks of
another unit of the lesion there (a cauda equina lesion's S3-S5 roots in the saddle, L5-S2 in the leg)."""


@dataclass(frozen=True)
class Unit:
    """One unit of a lesion: a root or nerve, how often the lesion involves it, and where its territory lies."""

    node: str
    share: float
    part: str


@dataclass(frozen=True)
class Silence:
    """The parsimony term of one hypothesis: its log-likelihood and the units the note is silent on."""

    log: float
    units: tuple[tuple[str, float], ...] = ()
    """(the unit's name, its likelihood 1 - share * UNIT_DEFICIT * MENTIONED), for the words of explanations."""

    def joined(self, other: Silence) -> Silence:
        """Return the term of two lesions together (a pair): each lesion's silent units."""
        return Silence(self.log + other.log, self.units + other.units)


NO_SILENCE = Silence(0.0)


@dataclass(frozen=True)
class Said:
    """What a note's observations speak of, present or absent: the nodes they name, or everything."""

    nodes: frozenset[str]
    everything: bool = False


def part_of_root(root: str) -> str:
    """Return the part of the body a root's territory lies in (``LIMB_OF_ROOTS``), or "" for none known."""
    match = LEVEL.search(root)
    if match is None:
        return ""
    letter, number = match[1], int(match[2])
    for part, ranges in LIMB_OF_ROOTS:
        if any(letter == first and low <= number <= high for first, low, high in ranges):
            return part
    return ""


class Parsimony:
    """Finds each hypothesis's units and scores the ones a note is silent on (units and their reach cached)."""

    def __init__(self, anatomy: Anatomy, findings: Findings) -> None:
        self.anatomy = anatomy
        self.findings = findings
        self._units: dict[str, tuple[Unit, ...]] = {}
        self._reach: dict[str, Reach] = {}
        self._territories: dict[str, frozenset[str]] = {}

    def units(self, h: Hypothesis) -> tuple[Unit, ...]:
        """Return the units of h's lesion when it has two or more (roots, nerves, or a plexus's branches and parts)."""
        if h.key not in self._units:
            self._units[h.key] = self._find_units(h.lesion)
        return self._units[h.key]

    def _find_units(self, lesion: Lesion) -> tuple[Unit, ...]:
        involved = dict(lesion.involvement)
        units = [Unit(root, involved.get(root, 1.0), part_of_root(root)) for root in sorted(lesion.roots)]
        for nerve in self._outermost(lesion.nerves):
            share = involved.get(nerve, 1.0)
            parts = self._outermost(self._plexus_units(nerve)) if self.anatomy.is_plexus(nerve) else []
            if len(parts) > 1:
                units += [Unit(part, share * PLEXUS_SHARE, "nerves") for part in parts]
            else:
                units.append(Unit(nerve, share, "nerves"))
        kept = {unit.node: unit for unit in units if unit.part}
        return tuple(kept.values()) if len(kept) > 1 else ()

    def _outermost(self, nerves: Iterable[str]) -> list[str]:
        """Return the nerves or plexus elements that no other of them reaches, so that no deficit is counted twice.

        Neuralgic amyotrophy names the brachial plexus and the suprascapular and long thoracic nerves within it: its
        unit is the plexus. The brachial plexus's own parts and branches are its trunks, cords, divisions and
        nerves; the trunks reach the rest, so the trunks (and the branches that leave the roots) are its units.
        """
        named = set(nerves)
        reaches = {nerve: self._unit_reach(nerve).nerves for nerve in named}
        return sorted(n for n in named if not any(n in reached for m, reached in reaches.items() if m != n))

    def _plexus_units(self, node: str) -> list[str]:
        """Return a plexus element's own units: its branches and the elements that are part of it."""
        return sorted({unit for predicate in (*DOWNSTREAM, *PARTS) for unit, _ in self.anatomy.into(node, predicate)})

    def _unit_reach(self, unit: str) -> Reach:
        if unit not in self._reach:
            is_root = "NerveRoot" in self.anatomy.types(unit)
            lesion = Lesion(roots=frozenset({unit})) if is_root else Lesion(nerves=frozenset({unit}))
            reach = self.anatomy.reach(lesion)
            self._reach[unit] = reach
        return self._reach[unit]

    def _territory(self, unit: str) -> frozenset[str]:
        """Return everything a unit reaches: its muscles, movements, reflexes, skin, roots and nerves, and itself."""
        if unit not in self._territories:
            reach = self._unit_reach(unit)
            tables = (reach.muscles, reach.movements, reach.reflexes, reach.regions, reach.wholes)
            nodes = {node for table in tables for node, strength in table.items() if strength > 0}
            self._territories[unit] = frozenset(nodes | reach.roots | reach.nerves | {unit})
        return self._territories[unit]

    def said(self, observations: list[Observation]) -> Said:
        """Return what the observations, present or absent, speak of: their anatomy, findings' anatomy, studies."""
        nodes: set[str] = set()
        for observation in observations:
            nodes |= set(observation.implicates)
            nodes |= {node for _, node in observation.anatomy}
            for finding in observation.findings:
                facts = self.findings.facts.get(finding)
                if facts is not None:
                    nodes |= {node for _, node in facts.anatomy} | set(facts.places)
        everything = any(o.kind == "global" for o in observations)  # "reflexes absent everywhere": every unit
        return Said(frozenset(nodes), everything)

    def silence(self, h: Hypothesis, said: Said, memo: dict[str, bool] | None = None) -> Silence:
        """Return the parsimony term of h: each unit silent in a part of the body the note speaks of for h.

        ``memo``: whether each unit is spoken of in ``said``, shared by the hypotheses of one request.
        """
        units = self.units(h)
        if not units:
            return NO_SILENCE
        memo = {} if memo is None else memo
        for unit in units:
            if unit.node not in memo:
                memo[unit.node] = said.everything or not said.nodes.isdisjoint(self._territory(unit.node))
        spoken = {unit.node: memo[unit.node] for unit in units}
        examined = {unit.part for unit in units if spoken[unit.node]}
        silent = [
            (self.anatomy.name(unit.node), 1.0 - unit.share * UNIT_DEFICIT * MENTIONED)
            for unit in units
            if not spoken[unit.node] and unit.part in examined
        ]
        return Silence(sum(math.log(p) for _, p in silent), tuple(silent))
