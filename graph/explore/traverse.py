"""Traversals over the networkx projection: neighbourhoods and paths told in words.

All functions are pure: ``(G, node, *, options) -> result``, with ``G`` the projection built by
:mod:`graph.explore.projection` (a ``MultiDiGraph`` whose edges are keyed by predicate IRI and whose
``G.graph["words"]`` maps each predicate to its forward and backward wording). Edges are followed
in both directions unless said otherwise; a step against an edge's direction is told with the
predicate's backward words ("S1 root — supplies muscle — gastrocnemius").

Qualified statements are honoured (:mod:`graph.explore.context`): a multi-hop answer crosses an
edge only where it holds in the caller's ``context`` (``{"laterality": "bilateral"}``; none by
default), and never goes from a nerve lesion at a site to a branch that lesion does not reach. A
one-step answer may be a qualified edge: it is told with its qualifiers ("has finding [laterality:
bilateral]").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice
from typing import Any

import networkx as nx

from graph.errors import RadixError, UnknownEntityError
from graph.explore.context import Context, holds, qualified, step_allowed

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
    qualifiers: tuple[tuple[tuple[str, str], ...], ...] = ()

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
            "qualifiers": [dict(context) for context in self.qualifiers],
        }

    @property
    def walked(self) -> tuple[str, str, str, bool]:
        """The step as ``(source, predicate, target, forward)``, for the site rule of :mod:`graph.explore.context`."""
        return (self.source, self.predicate, self.target, self.forward)


def require(G: nx.MultiDiGraph, node: str) -> None:
    """Raise :class:`UnknownEntityError` unless ``node`` is in ``G``."""
    if node not in G:
        raise UnknownEntityError(node)


def _allowed(
    G: nx.MultiDiGraph, predicates: Iterable[str] | None, context: Context | None = None, *, crossing: bool = False
) -> nx.MultiDiGraph:
    """Return ``G``, or a view keeping only edges whose predicate is in ``predicates``.

    With ``crossing``, also only the edges that hold in ``context`` (those a multi-hop answer may cross).
    """
    if predicates is None and not crossing:
        return G
    keep = set(predicates) if predicates is not None else None

    def edge_ok(u: str, v: str, key: str) -> bool:
        if keep is not None and key not in keep:
            return False
        return not crossing or holds(G.edges[u, v, key], context)

    return nx.subgraph_view(G, filter_edge=edge_ok)


def neighbourhood(
    G: nx.MultiDiGraph,
    node: str,
    *,
    depth: int = 1,
    predicates: Iterable[str] | None = None,
    context: Context | None = None,
) -> nx.MultiDiGraph:
    """Return the subgraph of nodes within ``depth`` steps of ``node``, either direction, start included.

    Only edges whose predicate is in ``predicates`` are followed (all when None). The first step
    may take any edge; later steps only edges that hold in ``context``, and never from a sited nerve
    lesion to a branch it does not reach (or back). The subgraph keeps the edges among the nodes
    reached that touch ``node`` or hold in ``context``.

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
    reached = _walk(view, node, depth, context)
    sub = view.subgraph(reached).copy()
    drop = [
        (u, v, key)
        for u, v, key, data in sub.edges(keys=True, data=True)
        if node not in (u, v) and not holds(data, context)
    ]
    sub.remove_edges_from(drop)
    return sub


def _incident(G: nx.MultiDiGraph, node: str) -> Iterable[Step]:
    """Yield every step out of ``node``, along or against its edges."""
    for _, target, key in G.out_edges(node, keys=True):
        yield Step(node, key, True, target, "")
    for source, _, key in G.in_edges(node, keys=True):
        yield Step(node, key, False, source, "")


def _walk(G: nx.MultiDiGraph, start: str, depth: int, context: Context | None) -> set[str]:
    """Return the nodes within ``depth`` steps of ``start`` by the crossing rules of :func:`neighbourhood`."""
    reached = {start}
    frontier: list[Step | None] = [None]
    seen: set[tuple[str, str, bool] | None] = set()
    for hop in range(depth):
        following: list[Step | None] = []
        for arrived in frontier:
            here = start if arrived is None else arrived.target
            if arrived is not None and not holds(_data(G, arrived), context):
                continue  # reached through an edge that does not hold here: shown, not crossed
            for step in _incident(G, here):
                if arrived is not None and not (
                    holds(_data(G, step), context) and step_allowed(G, arrived.walked, step.walked)
                ):
                    continue  # beyond the first step only edges that hold, and never past a lesion's reach
                reached.add(step.target)
                mark = (step.target, step.predicate, step.forward)
                if hop + 1 < depth and mark not in seen:
                    seen.add(mark)
                    following.append(step)
        frontier = following
    return reached


def _data(G: nx.MultiDiGraph, step: Step) -> dict[str, Any]:
    source, target = (step.source, step.target) if step.forward else (step.target, step.source)
    return dict(G.edges[source, target, step.predicate])


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
    context: Context | None = None,
) -> list[list[Step]]:
    """Return up to ``limit`` shortest paths from ``source`` to ``target``, ignoring edge direction.

    Each path is a list of :class:`Step`; parallel edges between the same two nodes give one path
    per predicate. Among equally short paths, those that link by presence come before those that
    pass through a "typically lacks" link. A path of several steps uses only edges that hold in
    ``context`` and never goes from a sited nerve lesion to a branch it does not reach; when every
    shortest path breaks that rule, longer paths are tried. An empty list means no such path.

    >>> G = nx.MultiDiGraph(words={"p": ("innervated by", "supplies"), "t": ("tests", "tested by")})
    >>> G.add_edge("gastrocnemius", "S1", key="p"); G.add_edge("ankle reflex", "S1", key="t")
    'p'
    't'
    >>> [s.words for s in shortest_paths(G, "gastrocnemius", "ankle reflex")[0]]
    ['innervated by', 'tested by']
    """
    require(G, source)
    require(G, target)
    direct = _allowed(G, predicates)
    if source != target and (direct.has_edge(source, target) or direct.has_edge(target, source)):
        paths = list(_expand(direct, [source, target]))
    else:
        paths = _multi_hop(_allowed(G, predicates, context, crossing=True), source, target, limit)
    paths.sort(key=lambda steps: sum(step.predicate in NEGATIVE for step in steps))
    return paths[:limit]


def _multi_hop(view: nx.MultiDiGraph, source: str, target: str, limit: int) -> list[list[Step]]:
    """Return the shortest step paths in ``view`` that keep the site rule, trying longer ones if need be."""
    undirected = view.to_undirected(as_view=True)
    try:
        node_paths = list(islice(nx.all_shortest_paths(undirected, source, target), CANDIDATES))
    except (nx.NetworkXNoPath, nx.NodeNotFound):
        return []
    paths = list(islice((steps for nodes in node_paths for steps in _expand(view, nodes)), CANDIDATES))
    if paths:
        return paths
    simple = nx.Graph(undirected)
    found: list[list[Step]] = []
    for nodes in islice(nx.shortest_simple_paths(simple, source, target), CANDIDATES):
        found.extend(_expand(view, nodes))
        if len(found) >= limit:
            break
    return found


def _expand(G: nx.MultiDiGraph, nodes: list[str], before: Step | None = None) -> Iterable[list[Step]]:
    """Yield the step sequences along ``nodes``, one per choice of parallel edge, keeping the site rule."""
    if len(nodes) < 2:
        yield []
        return
    first, second = nodes[0], nodes[1]
    options = [_step(G, first, key, True, second, data) for key, data in (G.get_edge_data(first, second) or {}).items()]
    options += [
        _step(G, first, key, False, second, data) for key, data in (G.get_edge_data(second, first) or {}).items()
    ]
    for option in sorted(options, key=lambda step: (step.predicate, not step.forward)):
        if before is not None and not step_allowed(G, before.walked, option.walked):
            continue
        for rest in _expand(G, nodes[1:], option):
            yield [option, *rest]


def _step(G: nx.MultiDiGraph, source: str, key: str, forward: bool, target: str, data: dict[str, Any]) -> Step:
    contexts = tuple(tuple(sorted(context.items())) for context in qualified(data))
    return Step(source, key, forward, target, step_words(G, key, forward), contexts)


def tell(G: nx.MultiDiGraph, path: list[Step]) -> str:
    """Tell a path in words: "gastrocnemius — innervated by root — S1 nerve root — is tested by — ankle reflex"."""
    if not path:
        return ""
    parts = [G.nodes[path[0].source]["label"]]
    for step in path:
        parts += [step.words + _qualifier_words(step), G.nodes[step.target]["label"]]
    return " — ".join(parts)


def _qualifier_words(step: Step) -> str:
    """Return " [laterality: bilateral]" for a step whose edge holds only in some contexts, else ''."""
    if not step.qualifiers:
        return ""
    told = [", ".join(f"{key}: {value}" for key, value in context) for context in step.qualifiers]
    return " [" + " | ".join(told) + "]"
