"""Follow a nerve's fibres up through a plexus; say which lesion (root, trunk, division, cord or nerve) fits a deficit.

The graph links each nerve to the plexus elements it comes from (``radix:branchOf`` for a branch
all of whose fibres leave one element, ``radix:formedFrom`` for a nerve or element made from
several, e.g. the median nerve from the lateral and medial cords) and each element to the roots or
elements that form it, down to the roots. Following those edges upwards gives every element a
nerve's fibres pass through, and every root an element carries.

A lesion of an element reaches a muscle when the muscle's nerve passes through that element *and*
the element carries one of the muscle's primary roots: the lateral cord (C5-C7) reaches pronator
teres (median, C6-C7) but not abductor pollicis brevis (median, C8-T1), whose fibres run in the
medial cord. A root reaches the muscles it is the primary root of; a nerve reaches the muscles it
or its branches supply. An electrodiagnostic finding narrows the answer through
``radix:implicates``: a present finding (a reduced sensory response, paraspinal fibrillation)
keeps the lesions it implicates, an absent one rules them out.

Pure functions of the networkx projection of :mod:`graph.explore.projection`; no SPARQL. The
projection's ``radix:formedFromRoot`` edges (a nerve straight to its roots) are deliberately not
followed: they would let a nerve skip the elements its fibres run through.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import networkx as nx

from graph.errors import RadixError, UnknownEntityError
from graph.explore.traverse import require
from graph.namespaces import RADIX

UPWARD = frozenset({str(RADIX.branchOf), str(RADIX.formedFrom)})
"""Edges that lead from a nerve or element towards the roots its fibres come from."""

LEVELS = ("root", "trunk", "division", "cord", "nerve")
"""The levels of a lesion, proximal to distal."""


@dataclass(frozen=True)
class Lesion:
    """A place a lesion can be, and the muscles it would weaken."""

    iri: str
    label: str
    level: str
    roots: tuple[str, ...]
    reaches: frozenset[str]

    def as_dict(self, G: nx.MultiDiGraph) -> dict[str, object]:
        """Return the lesion as a JSON-ready dict (muscles by label)."""
        return {
            "id": _curie(self.iri),
            "label": self.label,
            "level": self.level,
            "roots": [G.nodes[root]["label"] for root in self.roots],
            "muscles": sorted(G.nodes[muscle]["label"] for muscle in self.reaches),
        }


@dataclass
class Plexus:
    """The upward structure of a projection: parents of each nerve or element, roots, and muscles."""

    G: nx.MultiDiGraph
    parents: dict[str, set[str]] = field(default_factory=dict)
    forms_elements: set[str] = field(default_factory=set)
    primary: dict[str, set[str]] = field(default_factory=dict)
    nerves_of: dict[str, set[str]] = field(default_factory=dict)
    performers: dict[str, set[str]] = field(default_factory=dict)
    implicated: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, G: nx.MultiDiGraph) -> Plexus:
        """Read the plexus structure, muscle supply and implicated anatomy out of a projection."""
        plexus = cls(G)
        for source, target, key in G.edges(keys=True):
            if key in UPWARD and not _is(G, target, "NervePlexus"):
                plexus.parents.setdefault(source, set()).add(target)
                if _is(G, source, "PlexusElement"):
                    plexus.forms_elements.add(target)
            elif key == str(RADIX.hasPrimaryRoot):
                plexus.primary.setdefault(source, set()).add(target)
            elif key == str(RADIX.innervatedByNerve):
                plexus.nerves_of.setdefault(source, set()).add(target)
            elif key == str(RADIX.performs):
                plexus.performers.setdefault(target, set()).add(source)
            elif key == str(RADIX.implicates):
                plexus.implicated.setdefault(source, set()).add(target)
        return plexus

    def resolve(self, name: str) -> str:
        """Return the IRI of an entity named by local id, ``radix:`` CURIE or IRI; raise UnknownEntityError."""
        from graph.namespaces import BASE

        text = name.strip()
        iri = BASE + text.removeprefix("radix:") if not text.startswith("http") else text
        if iri not in self.G:
            raise UnknownEntityError(name)
        return iri

    # ---- the path of the fibres ---------------------------------------------------------------

    def above(self, node: str) -> set[str]:
        """Return every nerve, element and root the fibres of ``node`` pass through on their way to the roots."""
        found: set[str] = set()
        frontier = list(self.parents.get(node, ()))
        while frontier:
            current = frontier.pop()
            if current not in found:
                found.add(current)
                frontier.extend(self.parents.get(current, ()))
        return found

    def roots(self, node: str) -> set[str]:
        """Return the roots whose fibres ``node`` carries (a root carries its own)."""
        if _is(self.G, node, "NerveRoot"):
            return {node}
        return {item for item in self.above(node) if _is(self.G, item, "NerveRoot")}

    def level(self, node: str) -> str:
        """Say whether ``node`` is a root, a trunk, a division, a cord or a nerve.

        A plexus element's level follows from what forms it and what it forms: an element formed
        from a trunk is a division (the brachial divisions; the sacral plexus divisions, formed from
        the lumbosacral trunk with S1-S4), one formed from divisions is a cord. An element formed
        from roots alone is a trunk when other elements are formed from it (the upper, middle and
        lower trunks, the lumbosacral trunk), and a division when only nerves are: the lumbar
        plexus divides straight from the L2-L4 rami into anterior and posterior divisions, with no
        trunk between. Anything else that carries fibres is a nerve.
        """
        if _is(self.G, node, "NerveRoot"):
            return "root"
        if not _is(self.G, node, "PlexusElement"):
            return "nerve"
        above = {self.level(parent) for parent in self.parents.get(node, set())}
        if "trunk" in above:
            return "division"
        if "division" in above:
            return "cord"
        return "trunk" if node in self.forms_elements else "division"

    def path(self, nerve: str) -> list[dict[str, object]]:
        """Return the elements a nerve's fibres run through, proximal first, each with its level and roots."""
        require(self.G, nerve)
        # proximal first: by level, then within a level by how much lies above (sciatic, tibial division, tibial)
        chain = sorted(
            {nerve, *self.above(nerve)}, key=lambda node: (LEVELS.index(self.level(node)), len(self.above(node)), node)
        )
        return [
            {
                "id": _curie(node),
                "label": self.G.nodes[node]["label"],
                "level": self.level(node),
                "roots": sorted(self.G.nodes[root]["label"] for root in self.roots(node)),
            }
            for node in chain
        ]

    # ---- what a lesion reaches ----------------------------------------------------------------

    def reaches(self, lesion: str, muscle: str) -> bool:
        """Return True when a lesion of ``lesion`` (a root, element or nerve) weakens ``muscle``."""
        primary = self.primary.get(muscle, set())
        if _is(self.G, lesion, "NerveRoot"):
            return lesion in primary
        on_path = any(lesion == nerve or lesion in self.above(nerve) for nerve in self.nerves_of.get(muscle, ()))
        return on_path and bool(primary & self.roots(lesion))

    def reach(self, lesion: str) -> frozenset[str]:
        """Return the muscles a lesion of ``lesion`` weakens."""
        return frozenset(muscle for muscle in self.primary if self.reaches(lesion, muscle))

    def lesion(self, node: str) -> Lesion:
        """Describe a lesion of ``node``: its level, the roots it carries and the muscles it reaches."""
        roots = tuple(sorted(self.roots(node), key=lambda root: self.G.nodes[root].get("label", root)))
        return Lesion(node, self.G.nodes[node]["label"], self.level(node), roots, self.reach(node))

    def places(self) -> list[str]:
        """Return every root, plexus element and nerve that a lesion can be placed at."""
        kinds = ("NerveRoot", "PlexusElement", "PeripheralNerve")
        return sorted(node for node in self.G if any(_is(self.G, node, kind) for kind in kinds))

    # ---- localising a deficit -----------------------------------------------------------------

    def localise(
        self,
        weak: Iterable[str],
        spared: Iterable[str] = (),
        present: Iterable[str] = (),
        absent: Iterable[str] = (),
    ) -> list[Lesion]:
        """Return the lesions that explain a deficit, the most circumscribed first.

        ``weak`` and ``spared`` are muscles or movements (a movement is weak when the lesion
        reaches one of the muscles that perform it, and spared when it reaches none);
        ``present`` and ``absent`` are findings with ``radix:implicates`` edges, such as a
        reduced sensory response: a present one keeps only the lesions it implicates, an absent
        one rules them out. A lesion qualifies when it weakens everything weak and nothing
        spared; ties in size go proximal first.
        """
        weak, spared, present, absent = (list(items) for items in (weak, spared, present, absent))
        for node in [*weak, *spared, *present, *absent]:
            require(self.G, node)
        if not weak:
            raise RadixError("say at least one weak muscle or movement")
        for finding in [*present, *absent]:
            if finding not in self.implicated:
                raise RadixError(f"{_curie(finding)} implicates no anatomy, so it cannot place a lesion")
        found = []
        for place in self.places():
            reached = self.reach(place)
            if not all(self._touches(reached, item) for item in weak):
                continue
            if any(self._touches(reached, item) for item in spared):
                continue
            if any(place not in self.implicated[finding] for finding in present):
                continue
            if any(place in self.implicated[finding] for finding in absent):
                continue
            found.append(self.lesion(place))
        return sorted(found, key=lambda item: (len(item.reaches), LEVELS.index(item.level), item.label))

    def _touches(self, reached: frozenset[str], item: str) -> bool:
        """Return True when the reached muscles include ``item`` or a muscle that performs it."""
        return item in reached or bool(self.performers.get(item, set()) & reached)

    def compare(self, first: str, second: str) -> dict[str, list[str]]:
        """Return the muscles only ``first`` reaches, only ``second`` reaches, and both (by label).

        "Which muscles are spared in a lateral cord lesion but weak in C6 radiculopathy" is
        ``compare(C6 root, lateral cord)["only_first"]``.
        """
        a, b = self.reach(first), self.reach(second)
        label = lambda nodes: sorted(self.G.nodes[node]["label"] for node in nodes)  # noqa: E731
        return {"only_first": label(a - b), "only_second": label(b - a), "both": label(a & b)}


def ask_plexus(
    plexus: Plexus,
    path: str | None,
    compare: Sequence[str] | None,
    weak: Sequence[str],
    spared: Sequence[str],
    present: Sequence[str],
    absent: Sequence[str],
    *,
    limit: int = 5,
) -> tuple[object, list[str]]:
    """Answer one ``radix plexus`` question (a nerve's path, a comparison, or a deficit to place).

    Returns the JSON-ready answer and its lines of text; names are local ids, CURIEs or IRIs.
    """
    if limit < 1:
        raise RadixError(f"--limit must be 1 or more, not {limit}")
    if path:
        steps = plexus.path(plexus.resolve(path))
        return steps, [f"{step['level']:9} {step['label']}  ({', '.join(step['roots'])})" for step in steps]  # type: ignore[arg-type]
    if compare:
        first, second = (plexus.resolve(name) for name in compare)
        sides = plexus.compare(first, second)
        names = [plexus.G.nodes[node]["label"] for node in (first, second)]
        return sides, [
            f"only {names[0]}: {', '.join(sides['only_first']) or '—'}",
            f"only {names[1]}: {', '.join(sides['only_second']) or '—'}",
            f"both: {', '.join(sides['both']) or '—'}",
        ]
    found = plexus.localise(*([plexus.resolve(name) for name in names] for names in (weak, spared, present, absent)))
    answer = [lesion.as_dict(plexus.G) for lesion in found[:limit]]
    lines = [f"{rank}. {item['label']} ({item['level']})" for rank, item in enumerate(answer, start=1)]
    return answer, lines or ["no single root, plexus element or nerve explains that pattern"]


def _is(G: nx.MultiDiGraph, node: str, kind: str) -> bool:
    return kind in G.nodes[node].get("types", ()) if node in G else False


def _curie(iri: str) -> str:
    from graph.namespaces import BASE

    return "radix:" + iri.removeprefix(BASE) if iri.startswith(BASE) else iri
