"""What a lesion can reach, from the graph's traversals: roots, plexus elements, nerves at sites.

A lesion of a **root** reaches the muscles whose primary (or, at half strength, contributing) root
it is, the movements it powers, the reflexes that test it and the skin of its dermatome and key
sensory point. A lesion of a **nerve** reaches its muscles, their movements, its reflexes and its
sensory territory, and those of every branch (``branchOf``) and of every nerve formed from it
(``formedFrom``: a plexus element reaches the nerves downstream of it). A nerve lesion **at a
site** reaches only what leaves the nerve at or distal to that site (docs/model-v2-plan.md §1): an
edge qualified ``site=X`` is reached from a lesion at L iff X is L or X ``distalTo`` L; an edge
without a site is reached only by a lesion without one.

Every edge is read through its ``contexts`` (one dict per axiom, ``{}`` for an unqualified one):
an edge holds for a lesion if one of its contexts is satisfied (no qualifier it does not meet), so
no reach crosses a qualifier the lesion does not satisfy. Regions reach their parts (``partOf``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import networkx as nx

from graph.explore.localize.lesion import Lesion, Reach, holds, local_name
from graph.explore.localize.parameters import CONTRIBUTING_SHARE, PLEXUS_SHARE
from graph.namespaces import BASE, RADIX

FORMED_FROM = BASE + "formedFrom"
DISTAL_TO = BASE + "distalTo"
"""Terms of the knowledge model v2 (docs/model-v2-plan.md §1 and §6), spelled here until the schema
declares them; an absent term simply matches no edge."""

DOWNSTREAM = (str(RADIX.branchOf), FORMED_FROM)
"""Predicates from a nerve to the nerve or plexus element it comes from (``a branchOf b``)."""
PARTS = (str(RADIX.partOf),)
"""Predicates from a plexus element to the plexus it is part of (``upper trunk partOf brachial plexus``)."""
LIMBS = frozenset(BASE + name for name in ("upper_limb", "lower_limb"))
"""The graph's two limbs, the wholes every skin region of an arm or a leg is part of (``Anatomy.limbs_of``)."""


class Anatomy:
    """The traversals a lesion's reach is read from, indexed once per projection."""

    def __init__(self, G: nx.MultiDiGraph) -> None:
        self.G = G
        self.outgoing: dict[str, dict[str, list[tuple[str, dict[str, Any]]]]] = defaultdict(lambda: defaultdict(list))
        self.incoming: dict[str, dict[str, list[tuple[str, dict[str, Any]]]]] = defaultdict(lambda: defaultdict(list))
        for source, target, key, data in G.edges(keys=True, data=True):
            self.outgoing[source][key].append((target, data))
            self.incoming[target][key].append((source, data))
        self.distal = self._distal_closure()
        self.sited = self._sited_nerves()
        self._region_parts: dict[str, set[str]] = {}
        self._region_wholes: dict[str, set[str]] = {}
        self._reflex_limbs: dict[str, frozenset[str]] = {}
        self._cache: dict[Lesion, Reach] = {}
        self._root_reaches: dict[str, Reach] | None = None
        self._closures: dict[tuple[str, tuple[str, ...]], frozenset[str]] = {}

    # ---- plain lookups -------------------------------------------------------------------------

    def out(self, node: str, predicate: object) -> list[tuple[str, dict[str, Any]]]:
        """Return (target, edge data) of ``node``'s edges with ``predicate``."""
        return self.outgoing.get(node, {}).get(str(predicate), [])

    def into(self, node: str, predicate: object) -> list[tuple[str, dict[str, Any]]]:
        """Return (source, edge data) of the edges with ``predicate`` that end at ``node``."""
        return self.incoming.get(node, {}).get(str(predicate), [])

    def beyond(self, node: str, predicates: tuple[str, ...]) -> frozenset[str]:
        """Return every node reached from ``node`` by edges with these predicates, transitively (not ``node`` itself).

        Computed once per node and predicates: the graph does not change under a projection.
        """
        key = (node, predicates)
        if key not in self._closures:
            found: set[str] = set()
            frontier = [node]
            while frontier:
                current = frontier.pop()
                for predicate in predicates:
                    for target, _ in self.out(current, predicate):
                        if target not in found:
                            found.add(target)
                            frontier.append(target)
            self._closures[key] = frozenset(found - {node})
        return self._closures[key]

    def outermost(self, nerves: Iterable[str]) -> list[str]:
        """Return the named nerves or plexus elements that lie within no other of them, sorted.

        Within is upwards, ``branchOf``, ``formedFrom`` and ``partOf``: a nerve of the lumbar plexus, and the lumbar
        plexus itself, lie within the lumbosacral plexus, so a lesion named by all three is a lesion of that plexus
        (diabetic radiculoplexus neuropathy); neuralgic amyotrophy's suprascapular nerve lies within its brachial
        plexus. Shared by the hypotheses (a lesion's main nerves) and the parsimony term (a lesion's units).
        """
        named = set(nerves)
        return sorted(n for n in named if not self.beyond(n, (*DOWNSTREAM, *PARTS)) & named)

    def types(self, node: str) -> set[str]:
        """Return the Radix class names of a node."""
        return set(self.G.nodes[node].get("types", ())) if node in self.G else set()

    def _distal_closure(self) -> dict[str, set[str]]:
        """Return, for each lesion site, every site it is distal to (``radix:distalTo``, transitively).

        The projection's own ``G.graph["distal"]`` (proximal site -> the sites distal to it) is used
        when it has one; else the ``distalTo`` edges are closed here.
        """
        given = self.G.graph.get("distal")
        if given:
            inverted: dict[str, set[str]] = defaultdict(set)
            for proximal, distals in given.items():
                for site in distals:
                    inverted[local_name(site)].add(local_name(proximal))
            return dict(inverted)
        direct: dict[str, set[str]] = defaultdict(set)
        for source, target, key in self.G.edges(keys=True):
            if key == DISTAL_TO:
                direct[local_name(source)].add(local_name(target))
        closure: dict[str, set[str]] = {}
        for site in direct:
            seen: set[str] = set()
            frontier = list(direct[site])
            while frontier:
                current = frontier.pop()
                if current not in seen:
                    seen.add(current)
                    frontier.extend(direct.get(current, ()))
            closure[site] = seen
        return closure

    def parts(self, region: str) -> set[str]:
        """Return a region and every region that is part of it, transitively."""
        if region not in self._region_parts:
            found, frontier = {region}, [region]
            while frontier:
                for part, _ in self.into(frontier.pop(), RADIX.partOf):
                    if part not in found:
                        found.add(part)
                        frontier.append(part)
            self._region_parts[region] = found
        return self._region_parts[region]

    def wholes(self, region: str) -> set[str]:
        """Return every region that ``region`` is part of, transitively (not the region itself)."""
        if region not in self._region_wholes:
            found: set[str] = set()
            frontier = [region]
            while frontier:
                for whole, _ in self.out(frontier.pop(), RADIX.partOf):
                    if whole not in found:
                        found.add(whole)
                        frontier.append(whole)
            self._region_wholes[region] = found
        return self._region_wholes[region]

    def limbs_of(self, akind: str, node: str) -> frozenset[str]:
        """Return the limbs (upper, lower) a place of a deficit is in: a region's own, a reflex's through its roots.

        A tendon reflex is in the limb of the skin its roots reach (the knee jerk's L2-L4 roots reach the thigh and
        leg: the lower limb), so a note's reflex losses can be said to span the arms and the legs (``Model``).
        """
        if akind == "region":
            places = {node} | self.wholes(node)
        elif akind == "reflex":
            if node not in self._reflex_limbs:  # found once per reflex: asked per note, per several-roots lesion
                reaches = self._every_root_reach().values()
                wholes = {whole for reach in reaches if node in reach.reflexes for whole in reach.wholes}
                self._reflex_limbs[node] = frozenset(wholes & LIMBS)
            return self._reflex_limbs[node]
        else:
            places = set()
        return frozenset(places & LIMBS)

    # ---- reach ------------------------------------------------------------------------------

    def name(self, node: str) -> str:
        """Return a node's label (the node itself when the graph has none), for explanations."""
        return str(self.G.nodes[node]["label"]) if node in self.G else node

    def reach(self, lesion: Lesion) -> Reach:
        """Return what a lesion reaches (cached per lesion)."""
        if lesion not in self._cache:
            total = Reach()
            involved = dict(lesion.involvement)
            for root in sorted(lesion.roots):
                total.merge(self._root_reach(root).scaled(involved.get(root, 1.0)))
            for nerve in sorted(lesion.nerves):
                total.merge(self._nerve_reach(nerve, lesion).scaled(involved.get(nerve, 1.0)))
            self._cache[lesion] = total
        return self._cache[lesion]

    def _root_reach(self, root: str, *, postganglionic: bool = False) -> Reach:
        """Return what a lesion of one root reaches (``postganglionic``: its fibres in a plexus element)."""
        reach = Reach(roots=set() if postganglionic else {root})
        for muscle, _ in self.into(root, RADIX.hasPrimaryRoot):
            reach.muscles[muscle] = 1.0
        for muscle, _ in self.into(root, RADIX.hasContributingRoot):
            reach.muscles.setdefault(muscle, CONTRIBUTING_SHARE)
        for movement, _ in self.into(root, RADIX.poweredByRoot):
            reach.movements[movement] = 1.0
        for movement, _ in self.out(root, RADIX.hasKeyMovement):
            reach.movements[movement] = 1.0
        for reflex, _ in self.into(root, RADIX.testsRoot):
            if "Reflex" in self.types(reflex):
                reach.reflexes[reflex] = 1.0
        regions: set[str] = set()
        for dermatome, _ in self.out(root, RADIX.hasDermatome):
            # the dermatome itself too: "numbness in the T5 dermatome" names it, not the regions it covers
            regions |= {dermatome} | {region for region, _ in self.out(dermatome, RADIX.coversRegion)}
        own_points = {point for point, _ in self.out(root, RADIX.hasKeySensoryPoint)}
        self._add_regions(reach, regions | own_points)
        for point in [node for node in reach.regions if "KeySensoryPoint" in self.types(node)]:
            if point not in own_points:
                del reach.regions[point]  # another root's key point, inside a region this dermatome covers
        return reach

    def _nerve_reach(self, nerve: str, lesion: Lesion) -> Reach:
        """Return the reach of a lesion of ``nerve`` (at ``lesion.at``): its own edges and its branches'.

        A plexus (or plexus element) is made of several units, its branches and its parts (``partOf``):
        a lesion of it involves each unit as often as a statement without a frequency word says
        (:data:`PLEXUS_SHARE`, "frequent"), as a condition naming several roots or nerves does, so a
        lesion of the whole plexus reaches each nerve only partly (parsimony: a focal lesion that
        explains the same deficits is the likelier). A plexus element from which the graph names no
        branch reaches what its roots reach (``formedFromRoot``): the upper trunk, C5 and C6.
        """
        reach = Reach()
        regions: dict[str, float] = {}
        frontier: list[tuple[str, float]] = [(nerve, 1.0)]
        best = {nerve: 1.0}
        while frontier:
            current, strength = frontier.pop()
            if best.get(current, 0.0) > strength:
                continue
            reach.nerves.add(current)
            for muscle, data in self.into(current, RADIX.innervatedByNerve):
                if self._holds(data, current, nerve, lesion):
                    reach.muscles[muscle] = max(reach.muscles.get(muscle, 0.0), strength)
            for reflex, data in self.into(current, RADIX.carriedByNerve):
                if self._holds(data, current, nerve, lesion):
                    reach.reflexes[reflex] = max(reach.reflexes.get(reflex, 0.0), strength)
            for region, data in self.out(current, RADIX.hasSensoryTerritory):
                if self._holds(data, current, nerve, lesion):
                    regions[region] = max(regions.get(region, 0.0), strength)
            units = [
                (branch, data)
                for predicate in (*DOWNSTREAM, *(PARTS if self.is_plexus(current) else ()))
                for branch, data in self.into(current, predicate)
                if self._holds(data, current, nerve, lesion)
            ]
            share = PLEXUS_SHARE if self.is_plexus(current) and len(units) > 1 else 1.0
            for branch, _ in units:
                if strength * share > best.get(branch, 0.0):
                    best[branch] = strength * share
                    frontier.append((branch, strength * share))
            if self.is_plexus(current) and not units:
                for root, _ in self.out(current, RADIX.formedFromRoot):
                    reach.merge(self._root_reach(root, postganglionic=True).scaled(strength))
        for muscle, strength in list(reach.muscles.items()):
            for movement, _ in self.out(muscle, RADIX.performs):
                reach.movements[movement] = max(reach.movements.get(movement, 0.0), strength)
            for reflex, _ in self.into(muscle, RADIX.reflexOfMuscle):
                reach.reflexes.setdefault(reflex, strength)
        for strength in sorted(set(regions.values())):
            scaled = Reach()
            self._add_regions(scaled, {region for region, value in regions.items() if value == strength})
            reach.merge(scaled.scaled(strength))
        if self.is_plexus(nerve):
            self._keep_carried(reach, self.carried_roots(nerve))
        return reach

    def carried_roots(self, node: str) -> set[str]:
        """Return the roots whose fibres a nerve or plexus element carries, following it up to the roots.

        Upwards is ``branchOf``/``formedFrom`` (as in :mod:`graph.explore.plexus`), with the element's own
        ``formedFromRoot`` edges where the graph gives them; the whole plexus carries all its roots.
        """
        found: set[str] = set()
        seen, frontier = {node}, [node]
        while frontier:
            current = frontier.pop()
            if "NerveRoot" in self.types(current):
                found.add(current)
                continue
            found |= {root for root, _ in self.out(current, RADIX.formedFromRoot)}
            for predicate in DOWNSTREAM:
                for parent, _ in self.out(current, predicate):
                    if parent not in seen:
                        seen.add(parent)
                        frontier.append(parent)
        return found

    def _keep_carried(self, reach: Reach, roots: set[str]) -> None:
        """Keep of a plexus element's reach only what the roots it carries supply.

        A branch downstream of an element also carries fibres that joined it elsewhere: the radial nerve
        runs through the lower trunk's posterior division, yet the lower trunk (C8, T1) does not reach the
        C5-C6 skin of the lateral elbow or biceps. A muscle, reflex or skin region is kept when one of the
        carried roots supplies it (a muscle whose carried root only contributes, at the contributing share);
        one whose roots the graph does not give is kept (nothing says it is out of reach).
        """
        if not roots:
            return
        root_reaches = self._every_root_reach()
        carried = [root_reaches[root] for root in roots if root in root_reaches]

        def supplied(table: str, node: str) -> float | None:
            if not any(node in getattr(r, table) for r in root_reaches.values()):
                return None  # the graph names no root for it
            return max((getattr(r, table).get(node, 0.0) for r in carried), default=0.0)

        for kind in ("muscles", "reflexes", "regions"):
            table: dict[str, float] = getattr(reach, kind)
            for node in list(table):
                share = supplied(kind, node)
                if share is None:
                    continue
                if share <= 0.0:
                    del table[node]
                else:
                    table[node] = table[node] * share
        reach.movements = {
            movement: strength
            for movement, strength in reach.movements.items()
            if any(muscle in reach.muscles for muscle, _ in self.into(movement, RADIX.performs))
            or not self.into(movement, RADIX.performs)
        }
        reach.wholes = {
            whole: strength
            for whole, strength in reach.wholes.items()
            if any(whole in self.wholes(region) for region in reach.regions)
        }

    def _every_root_reach(self) -> dict[str, Reach]:
        """Return what each root of the graph reaches through its fibres (built once)."""
        if self._root_reaches is None:
            self._root_reaches = {
                node: self._root_reach(node, postganglionic=True)
                for node, data in self.G.nodes(data=True)
                if "NerveRoot" in data.get("types", ())
            }
        return self._root_reaches

    def is_plexus(self, node: str) -> bool:
        """Return True for a plexus or a plexus element (a lesion of it is a lesion of several units)."""
        return bool(self.types(node) & {"NervePlexus", "PlexusElement"})

    def _holds(self, data: dict[str, Any], current: str, lesioned: str, lesion: Lesion) -> bool:
        """Return True when an edge of ``current`` (the lesioned nerve or one of its branches) is reached.

        Site qualifiers are read on the lesioned nerve's own edges only (a branch's edges follow the
        branch). A lesion with a site does not reach an unsited edge of a nerve whose edges are
        sited (the plan's rule); a lesion without a site reaches the whole nerve.
        """
        contexts = data.get("contexts")
        if not contexts:
            return lesion.at is None or current != lesioned or lesioned not in self.sited
        if current != lesioned or lesion.at is None:
            contexts = [{k: v for k, v in context.items() if k != "site"} for context in contexts]
        return holds(contexts, lesion, self.distal)

    def _sited_nerves(self) -> set[str]:
        """Return the nerves with at least one site-qualified edge (the site rule applies to them)."""
        sited: set[str] = set()
        predicates = {str(RADIX.innervatedByNerve), str(RADIX.carriedByNerve), *DOWNSTREAM}
        for source, target, key, data in self.G.edges(keys=True, data=True):
            if any("site" in context for context in data.get("contexts") or ()):
                if key in predicates:
                    sited.add(target)
                elif key == str(RADIX.hasSensoryTerritory):
                    sited.add(source)
        return sited

    def _add_regions(self, reach: Reach, regions: set[str]) -> None:
        for region in regions:
            reach.regions.update(dict.fromkeys(self.parts(region), 1.0))
            reach.wholes.update(dict.fromkeys(self.wholes(region), 1.0))
        for region in reach.regions:
            reach.wholes.pop(region, None)
