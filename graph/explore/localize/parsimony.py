"""Parsimony: the units of a lesion of several roots or nerves that the note says nothing of.

A noisy-OR network in the QMR-DT tradition counts only the findings a note reports, present or absent. A lesion of
many units (the cauda equina, lumbar stenosis, a plexus, a radiculopathy of two roots, several nerves) then explains a
few deficits of one unit about as well as that unit's own lesion, and nothing counts against it for the units it
would also involve (the "missing parsimony term" of docs/localisation.md §4 since stop 34).

This module adds that term as negative evidence the note gives by silence. Each unit of such a lesion (a root, a
nerve, or a branch or part of a plexus element) is involved as often as the graph says (``Lesion.involvement``, a
plexus element's units at :data:`~parameters.PLEXUS_SHARE`); an involved unit shows a deficit on sensory testing of
its skin with :data:`~parameters.UNIT_DEFICIT`; a deficit found is written down with :data:`~parameters.MENTIONED`.
A unit with skin that the note says nothing of, present or absent, therefore has likelihood
``1 - share * UNIT_DEFICIT * MENTIONED``, when the note examined that part of the body: it reports a deficit or a
normal finding (not a pain) in the territory of another unit of the lesion there. A unit with no skin (the nerve to
subclavius, the thoracodorsal nerve) is seldom examined and counts for nothing; so does a part of the body the note
does not examine. A unit the note does speak of that is itself a plexus element is looked into the same way: its
own units silent count too (a lower trunk lesion in a note that speaks only of the ulnar nerve is silent on the
median and medial antebrachial cutaneous nerves, as a medial cord lesion is), so how finely the graph divides a
plexus does not decide which of two nested lesions pays more (a part's own units at its share or the plexus's, the
less).

A lesion naming one root or one nerve has no such term: parsimony is about the units a lesion adds. Nor has a
red-flag or urgent condition (silence, the weakest evidence, is not allowed to lower a flag; but see ``weighed`` for a
lesion of several named nerves) or a purely motor
disorder (sensory testing, the term's premise, says nothing of it). A study line speaks of a unit but examines
nothing; each silent nerve counts once, and not beside a silent nerve it lies within.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from graph.explore.localize.anatomy import DOWNSTREAM, PARTS, Anatomy
from graph.explore.localize.findings import OBJECTIVE_SENSORY_LOSS, Findings
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
"""The part of the body each root's territory lies in: a unit counts against its lesion only when the note examines
another unit of the lesion there (a cauda equina lesion's S3-S5 roots in the saddle, L5-S2 in the leg)."""

KEPT_SILENCES = 4096
"""How many terms ``Parsimony.silence`` keeps across requests (a bound on memory, not a parameter of the model)."""

NERVES = "nerves"
"""The part of the body of a lesion's nerves and plexus elements: they are examined together (one limb)."""

DEFICIT_KINDS = frozenset({"weakness", "sensory", "reflex"})
"""Observations that show a part of the body was examined, normal or not: a pain says where it is felt, and a study
what it looked at, not that the territory was tested at the bedside (until the reviews of stop 36 a claudication felt
in the buttock, or an MRI naming a root, made the part "examined")."""


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
        """Return the term of two lesions together (a pair): a unit both are silent on counts once, at its least."""
        if not self.units or not other.units:  # most pairs: one lesion of one root or nerve
            return other if not self.units else self
        least: dict[str, float] = {}
        for name, value in self.units + other.units:
            least[name] = min(value, least.get(name, 1.0))
        return Silence(sum(math.log(value) for value in least.values()), tuple(sorted(least.items())))


NO_SILENCE = Silence(0.0)


@dataclass(frozen=True)
class Said:
    """What a note's observations speak of, present or absent, and what they show was examined."""

    nodes: frozenset[str]
    """Every node an observation names: its anatomy, its findings' anatomy and places, a study's implicates."""
    examined: frozenset[str]
    """The nodes of observations of a deficit kind (``DEFICIT_KINDS``), normal or not."""
    kinds: frozenset[str] = frozenset()
    """The kinds of a global observation ("reflexes normal throughout"): every unit reaching that kind is spoken of."""


Heard = tuple[Said, dict[str, tuple[bool, bool]], dict[int, Silence]]
"""What one request's note says on one side, with the memos ``Parsimony.silence`` shares across its hypotheses."""


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
        self._one_of: dict[tuple[Unit, ...], tuple[Unit, ...]] = {}
        self._weighed: dict[str, bool] = {}
        self._reach: dict[str, Reach] = {}
        self._territories: dict[str, frozenset[str]] = {}
        self._children: dict[str, list[str]] = {}
        self._territory_of_units: dict[int, frozenset[str]] = {}
        self._kept: dict[tuple[object, ...], Silence] = {}
        """Terms found, by the units and what the note says of their territory (``silence``), kept across requests."""

    # ---- a lesion's units --------------------------------------------------------------------------

    def units(self, h: Hypothesis) -> tuple[Unit, ...]:
        """Return the units of h's lesion when it has two or more (roots, nerves, or a plexus's branches and parts)."""
        if h.key not in self._units:
            units = self._find_units(h.lesion)
            self._units[h.key] = self._one_of[units] = self._one_of.get(units, units)  # equal units, one tuple
        return self._units[h.key]

    def _find_units(self, lesion: Lesion) -> tuple[Unit, ...]:
        involved = dict(lesion.involvement)
        units: list[Unit] = []
        for nerve in self.anatomy.outermost(lesion.nerves):
            share = involved.get(nerve, 1.0)
            parts = self.children(nerve)
            if len(parts) > 1:
                units += [Unit(part, share * PLEXUS_SHARE, NERVES) for part in parts]
            else:
                units.append(Unit(nerve, share, NERVES))
        # a root a nerve unit carries is within it (the Pancoast tumour's C8 and T1 and its lower trunk): counted once
        carried = {root for unit in units for root in self.anatomy.carried_roots(unit.node)}
        units += [
            Unit(root, involved.get(root, 1.0), part_of_root(root))
            for root in sorted(lesion.roots)
            if root not in carried
        ]
        kept = {unit.node: unit for unit in units if unit.part}
        return tuple(kept.values()) if len(kept) > 1 else ()

    def weighed(self, h: Hypothesis) -> bool:
        """Return True when ``silence`` weighs h's units: two or more, and no red-flag, urgent or purely motor lesion.

        Silence, the weakest evidence, is not allowed to lower a flag; sensory testing, the term's premise, says
        nothing of a purely motor disorder (the module docstring). A lesion of several named nerves is known by the
        nerves it involves, so its silences count though it is a red flag: a vasculitic mononeuritis multiplex is urgent
        (BMJ Best Practice) but no single nerve's palsy is one (stop 58: unweighed, it led 38 development pictures of
        one nerve, a sciatic or a fibular palsy). Found once per hypothesis.
        """
        if h.key not in self._weighed:
            self._weighed[h.key] = bool(self.units(h)) and not (
                h.urgent or (h.red_flag and h.site.kind != "nerve") or OBJECTIVE_SENSORY_LOSS in h.lacks
            )
        return self._weighed[h.key]

    def children(self, node: str) -> list[str]:
        """Return a plexus element's own units (its outermost branches and parts), passing through a lone one.

        The anterior division of the lower trunk has one unit, the medial cord: its units are the medial cord's.
        """
        if node not in self._children:
            found: list[str] = []
            if self.anatomy.is_plexus(node):
                direct = {unit for predicate in (*DOWNSTREAM, *PARTS) for unit, _ in self.anatomy.into(node, predicate)}
                found = self.anatomy.outermost(direct)
                if len(found) == 1:
                    found = self.children(found[0]) or found
            self._children[node] = found
        return self._children[node]

    def reach_of(self, unit: str) -> Reach:
        """Return what a lesion of this one unit (a root or a nerve) reaches, found once per unit."""
        if unit not in self._reach:
            is_root = "NerveRoot" in self.anatomy.types(unit)
            lesion = Lesion(roots=frozenset({unit})) if is_root else Lesion(nerves=frozenset({unit}))
            self._reach[unit] = self.anatomy.reach(lesion)
        return self._reach[unit]

    def _territory(self, unit: str) -> frozenset[str]:
        """Return what a unit reaches by name: its muscles, movements, reflexes, skin, roots and nerves, and itself.

        Not the regions its skin is part of ("the leg"): a phrase as vague as "leg pain" speaks of no unit in
        particular (until the review of stop 36 it spoke of every unit of the leg).
        """
        if unit not in self._territories:
            reach = self.reach_of(unit)
            tables = (reach.muscles, reach.movements, reach.reflexes, reach.regions)
            nodes = {node for table in tables for node, strength in table.items() if strength > 0}
            self._territories[unit] = frozenset(nodes | reach.roots | reach.nerves | {unit})
        return self._territories[unit]

    def _reaches(self, unit: str, kinds: frozenset[str]) -> bool:
        """Return True when the unit reaches anatomy of any of these kinds (for a global observation)."""
        reach = self.reach_of(unit)
        tables = {"sensory": reach.regions, "weakness": reach.muscles or reach.movements, "reflex": reach.reflexes}
        return any(tables.get(kind) for kind in kinds)

    # ---- what a note says, and the term ------------------------------------------------------------

    def said(self, observations: list[Observation]) -> Said:
        """Return what the observations, present or absent, speak of, and what they show was examined."""
        nodes: set[str] = set()
        examined: set[str] = set()
        kinds: set[str] = set()
        for observation in observations:
            named = set(observation.implicates) | {node for _, node in observation.anatomy}
            deficit = observation.kind in DEFICIT_KINDS
            for finding in observation.findings:
                facts = self.findings.facts.get(finding)
                if facts is not None:
                    named |= {node for _, node in facts.anatomy} | set(facts.places)
                    deficit = deficit or bool(facts.kinds & DEFICIT_KINDS)
            nodes |= named
            if deficit:
                examined |= named
            if observation.kind == "global":
                kinds |= set(observation.kinds)
        return Said(frozenset(nodes), frozenset(examined), frozenset(kinds))

    def silence(
        self,
        h: Hypothesis,
        said: Said,
        memo: dict[str, tuple[bool, bool]] | None = None,
        found: dict[int, Silence] | None = None,
    ) -> Silence:
        """Return the parsimony term of h: each unit with skin silent in a part of the body the note examines.

        ``memo``: whether each unit is spoken of and examined in ``said``, shared by the hypotheses of one request;
        ``found``: the term of each set of units in ``said``, shared likewise (the conditions at one site have one
        lesion, so one term: a request asked for 432 terms of 47 sets of units).
        """
        if not self.weighed(h):
            return NO_SILENCE
        units = self.units(h)
        if found is not None:  # by identity: ``units`` gives equal units one tuple (hashing dataclasses is slow)
            if id(units) not in found:
                found[id(units)] = self._kept_silence(h, units, said, memo)
            return found[id(units)]
        memo = {} if memo is None else memo
        examined = {unit.part for unit in units if self._seen(unit.node, said, memo)[1]}
        silent: dict[str, float] = {}
        frontier = [(unit.node, unit.share) for unit in units if unit.part in examined]
        visited: set[str] = set()
        while frontier:
            node, share = frontier.pop()
            if node in visited:
                continue
            visited.add(node)
            if self._seen(node, said, memo)[0]:  # its own units too, each as often as the part is involved, at most
                frontier += [(child, min(share, PLEXUS_SHARE)) for child in self.children(node)]
            elif self.reach_of(node).regions:  # a unit with skin; one without is seldom examined
                silent[node] = 1.0 - share * UNIT_DEFICIT * MENTIONED
        # a silent unit within another silent one is that one's silence (the sciatic nerve and its fibular division)
        within = {inner for node in silent for inner in self.reach_of(node).nerves if inner != node}
        counted = sorted((self.anatomy.name(node), p) for node, p in silent.items() if node not in within)
        return Silence(sum(math.log(p) for _, p in counted), tuple(counted))

    def _kept_silence(
        self, h: Hypothesis, units: tuple[Unit, ...], said: Said, memo: dict[str, tuple[bool, bool]] | None
    ) -> Silence:
        """Return h's term, kept across requests by what the note says of its units' territory.

        The term reads the note only through ``_seen`` of the units and of the parts of the plexus elements among them
        (their children, all the way down): what the note names, and names as examined, within those nodes'
        territories, and the kinds of its global observations. Two notes saying the same there give the same term,
        however they differ elsewhere (a note of the leg says nothing of the arm's units). At most
        :data:`KEPT_SILENCES` are kept; all are dropped when that many are.
        """
        territory = self._territory_of(units)
        key = (id(units), said.kinds, said.nodes & territory, said.examined & territory)
        kept = self._kept.get(key)
        if kept is None:
            if len(self._kept) >= KEPT_SILENCES:
                self._kept.clear()
            kept = self._kept[key] = self.silence(h, said, memo)
        return kept

    def _territory_of(self, units: tuple[Unit, ...]) -> frozenset[str]:
        """Return every node ``_seen`` may look at for these units: their territories and their parts', down."""
        if id(units) not in self._territory_of_units:
            nodes: set[str] = set()
            frontier = [unit.node for unit in units]
            while frontier:
                node = frontier.pop()
                if node not in nodes:
                    nodes.add(node)
                    frontier += self.children(node)
            territory = frozenset().union(*(self._territory(node) for node in nodes))
            self._territory_of_units[id(units)] = territory
        return self._territory_of_units[id(units)]

    def _seen(self, unit: str, said: Said, memo: dict[str, tuple[bool, bool]]) -> tuple[bool, bool]:
        """Return (spoken of, examined) for a unit: its territory named by any observation, or by a deficit's."""
        if unit not in memo:
            territory = self._territory(unit)
            everywhere = bool(said.kinds) and self._reaches(unit, said.kinds)
            spoken = everywhere or not said.nodes.isdisjoint(territory)
            memo[unit] = (spoken, everywhere or not said.examined.isdisjoint(territory))
        return memo[unit]
