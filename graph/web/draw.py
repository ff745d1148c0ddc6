"""Draw an entity's neighbourhood as SVG, on the server: the entity in the middle, its neighbours around it.

A radial layout, deterministic so the same graph gives the same picture: the entity at the centre,
the entities one step away on a ring (grouped by the predicate that links them, so related
neighbours sit together), two steps away on an outer ring. Each edge is labelled with its
predicate's words; each node links to its own page, or, outside Radix, to its http(s) IRI (never
to another scheme: :mod:`graph.web.links`). The output is plain SVG 1.1 text with escaped labels, no
script.
"""

from __future__ import annotations

import math
from html import escape

import networkx as nx

from graph.web.links import link_target

WIDTH = 1000
HEIGHT = 760
RINGS = (0.0, 175.0, 280.0)
MAX_NODES = 48
"""More neighbours than this are summarised, not drawn (the card lists them all)."""

COLOURS = {
    "NerveRoot": "#b45309",
    "PeripheralNerve": "#a16207",
    "NervePlexus": "#a16207",
    "Muscle": "#b91c1c",
    "Reflex": "#7c3aed",
    "MotorAction": "#be185d",
    "ClinicalFinding": "#0369a1",
    "Symptom": "#0369a1",
    "Sign": "#0e7490",
    "RedFlag": "#dc2626",
    "Condition": "#15803d",
    "Radiculopathy": "#15803d",
    "Cause": "#4d7c0f",
    "ExaminationTest": "#6d28d9",
    "BodyRegion": "#57534e",
    "Dermatome": "#57534e",
}


def _colour(types: list[str]) -> str:
    for name in ("RedFlag", *COLOURS):
        if name in types:
            return COLOURS[name]
    return "#475569"


def _relation(G: nx.MultiDiGraph, center: str, node: str) -> str:
    """Return the words of the first link between ``center`` and ``node``, read from the centre."""
    words = G.graph.get("words", {})
    forward = sorted((G.get_edge_data(center, node) or {}).keys())
    if forward:
        return str(words.get(forward[0], (forward[0].rsplit("/", 1)[-1], ""))[0])
    backward = sorted((G.get_edge_data(node, center) or {}).keys())
    if backward:
        return str(words.get(backward[0], ("", backward[0].rsplit("/", 1)[-1]))[1])
    return ""


def layout(G: nx.MultiDiGraph, center: str) -> tuple[dict[str, tuple[float, float]], dict[str, str]]:
    """Place ``center`` in the middle, its neighbours on a ring grouped by relation, the next ones outside.

    Returns the positions and, for each node beyond the centre, the node it hangs from.

    >>> G = nx.MultiDiGraph(); G.add_edge("a", "b", key="p"); G.add_edge("c", "a", key="q")
    'p'
    'q'
    >>> positions, parent = layout(G, "a")
    >>> positions["a"] == (WIDTH / 2, HEIGHT / 2) and parent == {"b": "a", "c": "a"}
    True
    """
    undirected = G.to_undirected(as_view=True)
    first = sorted(undirected.neighbors(center), key=lambda n: (_relation(G, center, n), G.nodes[n].get("label", n)))
    parent = {node: center for node in first}
    second: list[str] = []
    for node in first:
        for outer in sorted(undirected.neighbors(node), key=lambda n: G.nodes[n].get("label", n)):
            if outer != center and outer not in parent:
                parent[outer] = node
                second.append(outer)
    positions = {center: (WIDTH / 2, HEIGHT / 2)}
    for ring, nodes in ((1, first), (2, second)):
        for index, node in enumerate(nodes):
            angle = 2 * math.pi * (index + 0.5) / max(len(nodes), 1) - math.pi / 2
            positions[node] = (
                WIDTH / 2 + RINGS[ring] * math.cos(angle) * 1.3,
                HEIGHT / 2 + RINGS[ring] * math.sin(angle),
            )
    return positions, parent


def _radial_label(x: float, y: float, radius: float, label: str, *, outer: bool) -> str:
    """Return a label written along the spoke, outward from the node (flipped on the left to stay upright)."""
    angle = math.degrees(math.atan2(y - HEIGHT / 2, x - WIDTH / 2))
    left = abs(angle) > 90
    rotation = angle + 180 if left else angle
    anchor, offset = ("end", -(radius + 4)) if left else ("start", radius + 4)
    size = ' font-size="10" fill-opacity="0.8"' if outer else ""
    return (
        f'<text transform="translate({x:.1f},{y:.1f}) rotate({rotation:.1f})" x="{offset}" y="4" '
        f'text-anchor="{anchor}" fill="#0f172a"{size}>{label}</text>'
    )


def _short(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def neighbourhood_svg(G: nx.MultiDiGraph, center: str, *, link_prefix: str = "/entity/") -> str:
    """Return the SVG picture of ``G`` (a neighbourhood subgraph) around ``center``."""
    positions, parent = layout(G, center)
    if len(positions) > MAX_NODES:
        kept = [center, *[n for n in parent if parent[n] == center]][:MAX_NODES]
        positions = {n: positions[n] for n in kept}
    label_of = {node: str(G.nodes[node].get("label", node)) for node in positions}
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="Neighbourhood of {escape(label_of[center])}" font-family="sans-serif" font-size="12">'
    ]
    sectors: dict[str, list[tuple[float, float]]] = {}
    for node, hub in parent.items():
        if node not in positions or hub not in positions:
            continue
        (x1, y1), (x2, y2) = positions[hub], positions[node]
        parts.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#cbd5e1"/>')
        if hub == center:
            sectors.setdefault(_relation(G, center, node), []).append((x2, y2))
    for relation, points in sorted(sectors.items()):
        x = sum(p[0] for p in points) / len(points)
        y = sum(p[1] for p in points) / len(points)
        x, y = WIDTH / 2 + (x - WIDTH / 2) * 0.55, HEIGHT / 2 + (y - HEIGHT / 2) * 0.55
        parts.append(
            f'<text x="{x:.1f}" y="{y:.1f}" fill="#64748b" font-size="11" font-style="italic" '
            f'text-anchor="middle">{escape(relation)} ({len(points)})</text>'
        )
    for node in sorted(positions):
        x, y = positions[node]
        label = escape(_short(label_of[node]))
        radius = 11 if node == center else (7 if parent.get(node) == center else 5)
        colour = _colour(list(G.nodes[node].get("types", [])))
        if node == center:
            text = f'<text x="{x:.1f}" y="{y + radius + 14:.1f}" text-anchor="middle" font-weight="bold">{label}</text>'
        else:
            text = _radial_label(x, y, radius, label, outer=parent.get(node) != center)
        mark = (
            f"<g><title>{escape(label_of[node])}</title>"
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius}" fill="{colour}"/>{text}</g>'
        )
        target = link_target(node, link_prefix)
        parts.append(mark if target is None else f'<a href="{escape(target)}">{mark}</a>')
    parts.append("</svg>")
    return "\n".join(parts)
