"""Traversals over the networkx projection: neighbourhoods and paths told in words.

All functions are pure: ``(G, node, *, options) -> result``, with ``G`` the projection built by
:mod:`graph.explore.projection` (a ``MultiDiGraph`` whose edges are keyed by predicate IRI and whose
``G.graph["words"]`` maps each predicate to its forward and backward wording). Edges are followed
in both directions unless said otherwise; a step against an edge's direction is told with the
predicate's backward words ("S1 root — supplies muscle — gastrocnemius").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice
from typing import Any

import networkx as nx

from graph.errors import RadixError, UnknownEntityError

NEGATIVE = frozenset({"https://w3id.org/radix/typicallyLacksFinding"})
"""Predicates that link by absence: a path through one comes after the paths that link by presence."""

CANDIDATES = 200
"""How many equally short paths are looked at before the best ``limit`` are chosen."""


@dataclass(frozen=True)
class Step:
    """One step of a path: from a node, along a predicate (forwards or backwards), to the next node."""

    source: str
    predicate: str
    forward: bool
    target: str
    words: str

    def as_dict(self, G: nx.MultiDiGraph) -> dict[str, Any]:
        """Return the step as a JSON-ready dict, with the labels of both ends."""
        return {
            "from": self.source,
            "from_label": G.nodes[self.source]["label"],
            "predicate": self.predicate,
            "direction": "forward" if self.forward else "backward",
            "words": self.words,
            "to": self.target,
            "to_label": G.nodes[self.target]["label"],
        }


def require(G: nx.MultiDiGraph, node: str) -> None:
    """Raise :class:`UnknownEntityError` unless ``node`` is in ``G``."""
    if node not in G:
        raise UnknownEntityError(node)


def _allowed(G: nx.MultiDiGraph, predicates: Iterable[str] | None) -> nx.MultiDiGraph:
    """Return ``G``, or a view keeping only edges whose predicate is in ``predicates``."""
    if predicates is None:
        return G
    keep = set(predicates)
    return nx.subgraph_view(G, filter_edge=lambda _u, _v, key: key in keep)


def neighbourhood(
    G: nx.MultiDiGraph, node: str, *, depth: int = 1, predicates: Iterable[str] | None = None
) -> nx.MultiDiGraph:
    """Return the subgraph of nodes within ``depth`` steps of ``node``, either direction, start included.

    Only edges whose predicate is in ``predicates`` are followed (all when None); the subgraph keeps
    every such edge among the nodes reached.

    >>> G = nx.MultiDiGraph(words={})
    >>> G.add_edge("muscle", "root", key="p"); G.add_edge("reflex", "root", key="t")
    'p'
    't'
    >>> sorted(neighbourhood(G, "root", depth=1).nodes)
    ['muscle', 'reflex', 'root']
    >>> sorted(neighbourhood(G, "muscle", depth=1, predicates=["t"]).nodes)
    ['muscle']
    """
    require(G, node)
    if depth < 0:
        raise RadixError(f"depth must be 0 or more, not {depth}")
    view = _allowed(G, predicates)
    reached = nx.single_source_shortest_path_length(view.to_undirected(as_view=True), node, cutoff=depth)
    return view.subgraph(reached).copy()


def step_words(G: nx.MultiDiGraph, predicate: str, forward: bool) -> str:
    """Return the words for following ``predicate`` forwards (subject to object) or backwards."""
    forwards, backwards = G.graph.get("words", {}).get(predicate, (predicate, f"inverse of {predicate}"))
    return str(forwards if forward else backwards)


def shortest_paths(
    G: nx.MultiDiGraph,
    source: str,
    target: str,
    *,
    limit: int = 3,
    predicates: Iterable[str] | None = None,
) -> list[list[Step]]:
    """Return up to ``limit`` shortest paths from ``source`` to ``target``, ignoring edge direction.

    Each path is a list of :class:`Step`; parallel edges between the same two nodes give one path
    per predicate. Among equally short paths, those that link by presence come before those that
    pass through a "typically lacks" link. An empty list means the two are not connected.

    >>> G = nx.MultiDiGraph(words={"p": ("innervated by", "supplies"), "t": ("tests", "tested by")})
    >>> G.add_edge("gastrocnemius", "S1", key="p"); G.add_edge("ankle reflex", "S1", key="t")
    'p'
    't'
    >>> [s.words for s in shortest_paths(G, "gastrocnemius", "ankle reflex")[0]]
    ['innervated by', 'tested by']
    """
    require(G, source)
    require(G, target)
    view = _allowed(G, predicates)
    undirected = view.to_undirected(as_view=True)
    try:
        node_paths = list(islice(nx.all_shortest_paths(undirected, source, target), CANDIDATES))
    except nx.NetworkXNoPath:
        return []
    paths = list(islice((steps for nodes in node_paths for steps in _expand(view, nodes)), CANDIDATES))
    paths.sort(key=lambda steps: sum(step.predicate in NEGATIVE for step in steps))
    return paths[:limit]


def _expand(G: nx.MultiDiGraph, nodes: list[str]) -> Iterable[list[Step]]:
    """Yield the step sequences along ``nodes``, one per choice of parallel edge."""
    if len(nodes) < 2:
        yield []
        return
    first, second = nodes[0], nodes[1]
    options = [Step(first, key, True, second, step_words(G, key, True)) for key in G.get_edge_data(first, second) or {}]
    options += [
        Step(first, key, False, second, step_words(G, key, False)) for key in G.get_edge_data(second, first) or {}
    ]
    for option in sorted(options, key=lambda step: (step.predicate, not step.forward)):
        for rest in _expand(G, nodes[1:]):
            yield [option, *rest]


def tell(G: nx.MultiDiGraph, path: list[Step]) -> str:
    """Tell a path in words: "gastrocnemius — innervated by root — S1 nerve root — is tested by — ankle reflex"."""
    if not path:
        return ""
    parts = [G.nodes[path[0].source]["label"]]
    for step in path:
        parts += [step.words, G.nodes[step.target]["label"]]
    return " — ".join(parts)
