"""What a statement's qualifiers mean to a traversal: when an edge holds, and what a nerve lesion reaches.

Every edge of the projection carries ``contexts``: one dict of qualifiers per distinct axiom
context (``{}`` for an unqualified axiom). The rule every consumer follows (docs/model.md):

* **restrictive** qualifiers (``laterality``, ``when``) say when a statement holds at all. An edge
  holds in a given context when one of its contexts asks nothing the given one does not say;
  ``{}`` always holds. A multi-hop answer crosses an edge only where it holds: "S2 radiculopathy
  gives urinary retention (when bilateral), a red flag for cauda equina syndrome" is not an answer
  for a unilateral lesion.
* the **structural** qualifier ``site`` places a nerve lesion (``affectsNerve``) and the branches
  of a nerve (``innervatedByNerve``, ``branchOf``, ``hasSensoryTerritory``, ``carriedByNerve``) along
  the limb. A lesion at site L reaches a branch that leaves at X only when X is L or distal to L
  (``radix:distalTo``); an unsited lesion reaches every branch; a sited lesion does not reach an
  unsited branch. Tarsal tunnel syndrome therefore does not reach the heel (the medial calcaneal
  branches leave above the tunnel) or the ankle reflex.
* **descriptive** qualifiers (``onset``, ``course``, ``timing``) say how a statement holds; they are
  shown with it and never block a path.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from graph.load.qualifiers import RESTRICTIVE
from graph.namespaces import RADIX

Context = Mapping[str, str]

LESION = str(RADIX.affectsNerve)
"""A condition's edge to the nerve it injures; its site says where."""

BRANCHES_IN = frozenset({str(RADIX.innervatedByNerve), str(RADIX.branchOf), str(RADIX.carriedByNerve)})
"""Edges that point from a branch (muscle, nerve branch, reflex) to the nerve it leaves."""
BRANCHES_OUT = frozenset({str(RADIX.hasSensoryTerritory)})
"""Edges that point from the nerve to a branch (its sensory territory)."""
BRANCHES = BRANCHES_IN | BRANCHES_OUT


def satisfied(qualifiers: Context, given: Context | None = None) -> bool:
    """Return True when ``given`` says everything the restrictive ``qualifiers`` ask.

    >>> satisfied({"laterality": "bilateral"}, {})
    False
    >>> satisfied({"laterality": "bilateral", "timing": "late"}, {"laterality": "bilateral"})
    True
    >>> satisfied({"site": "tarsal_tunnel"})
    True
    """
    given = given or {}
    return all(given.get(key) == value for key, value in qualifiers.items() if key in RESTRICTIVE)


def holds(data: Mapping[str, Any], given: Context | None = None) -> bool:
    """Return True when an edge (its projection data) holds in ``given``: one of its contexts is satisfied."""
    return any(satisfied(context, given) for context in data.get("contexts", [{}]))


def qualified(data: Mapping[str, Any]) -> list[dict[str, str]]:
    """Return the edge's contexts when every axiom of it is qualified, else [] (it holds plainly)."""
    contexts = [dict(c) for c in data.get("contexts", [{}])]
    return contexts if all(contexts) else []


def sites(data: Mapping[str, Any]) -> set[str | None]:
    """Return the sites an edge's axioms give (None for an axiom without one)."""
    return {context.get("site") for context in data.get("contexts", [{}])}


def reaches(G: nx.MultiDiGraph, lesion: Iterable[str | None], branch: Iterable[str | None]) -> bool:
    """Return True when a lesion at one of the ``lesion`` sites reaches a branch leaving at one of ``branch``.

    >>> G = nx.MultiDiGraph(distal={"popliteal_fossa": {"leg", "tarsal_tunnel"}, "leg": {"tarsal_tunnel"}})
    >>> reaches(G, {"tarsal_tunnel"}, {"leg"}), reaches(G, {"popliteal_fossa"}, {"leg"})
    (False, True)
    >>> reaches(G, {None}, {"leg"}), reaches(G, {"tarsal_tunnel"}, {None})
    (True, False)
    """
    lesion_sites, branch_sites = set(lesion), set(branch)
    if None in lesion_sites:
        return True
    distal: Mapping[str, set[str]] = G.graph.get("distal", {})
    return any(
        where is not None and (where == site or where in distal.get(site, set()))  # type: ignore[arg-type]
        for site in lesion_sites
        for where in branch_sites
    )


def branch_end(nerve: str, source: str, target: str, key: str) -> str | None:
    """Return the branch end of an edge that leaves ``nerve`` (muscle, branch, reflex, region), else None."""
    if key in BRANCHES_IN and target == nerve:
        return source
    if key in BRANCHES_OUT and source == nerve:
        return target
    return None


def nerve_reach(G: nx.MultiDiGraph, lesions: Iterable[tuple[str, set[str | None]]]) -> dict[str, set[str]]:
    """Return what lesions of nerves reach, by predicate: ``{predicate IRI: {branch ends}}``, plus ``"nerves"``.

    ``lesions`` are ``(nerve, sites)`` pairs (``{None}`` for an unsited lesion). A nerve branch that
    is reached is affected whole: its own branches are all reached, and so on down the tree.
    """
    reached: dict[str, set[str]] = {"nerves": set()}
    frontier = [(nerve, set(where)) for nerve, where in lesions]
    seen: set[tuple[str, frozenset[str | None]]] = set()
    while frontier:
        nerve, where = frontier.pop()
        key = (nerve, frozenset(where))
        if key in seen or nerve not in G:
            continue
        seen.add(key)
        reached["nerves"].add(nerve)
        edges = list(G.in_edges(nerve, keys=True, data=True)) + list(G.out_edges(nerve, keys=True, data=True))
        for source, target, predicate, data in edges:
            end = branch_end(nerve, source, target, predicate)
            if end is None or not reaches(G, where, sites(data)):
                continue
            reached.setdefault(predicate, set()).add(end)
            if predicate == str(RADIX.branchOf):
                frontier.append((end, {None}))
    return reached


def condition_lesions(G: nx.MultiDiGraph, condition: str) -> list[tuple[str, set[str | None]]]:
    """Return the nerve lesions of a condition: ``(nerve, sites)`` from its ``affectsNerve`` edges."""
    return [
        (target, sites(data))
        for _, target, predicate, data in G.out_edges(condition, keys=True, data=True)
        if predicate == LESION
    ]


def step_allowed(G: nx.MultiDiGraph, before: tuple[str, str, str, bool], after: tuple[str, str, str, bool]) -> bool:
    """Return True unless two steps meeting at a nerve go from a sited lesion to a branch it does not reach.

    A step is ``(source, predicate, target, forward)`` as walked (``forward`` False when walked
    against the edge); they meet at ``before``'s target, which is ``after``'s source.
    """
    node = before[2]
    pair = [before, after]
    lesion = [step for step in pair if step[1] == LESION]
    branch = [step for step in pair if step[1] in BRANCHES]
    if len(lesion) != 1 or len(branch) != 1:
        return True
    lesion_data = _edge_data(G, lesion[0])
    branch_data = _edge_data(G, branch[0])
    if lesion_data is None or branch_data is None:
        return True
    nerve_is_object = _as_edge(lesion[0])[1] == node
    edge_source, edge_target = _as_edge(branch[0])
    if not nerve_is_object or branch_end(node, edge_source, edge_target, branch[0][1]) is None:
        return True
    return reaches(G, sites(lesion_data), sites(branch_data))


def _as_edge(step: tuple[str, str, str, bool]) -> tuple[str, str]:
    source, _predicate, target, forward = step
    return (source, target) if forward else (target, source)


def _edge_data(G: nx.MultiDiGraph, step: tuple[str, str, str, bool]) -> Mapping[str, Any] | None:
    source, target = _as_edge(step)
    data = G.get_edge_data(source, target, key=step[1])
    return data if isinstance(data, Mapping) else None
