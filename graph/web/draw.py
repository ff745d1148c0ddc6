"""Draw an entity's neighbourhood as an explorer, in SVG, on the server: grouped relations around the entity.

The entity sits in the middle; what it points to is on the right and what points to it on the left,
one group per relation ("has finding (22)", "is caused by (13)"), each group joined to the entity by
one connector. Every neighbour has its own row: a dot coloured by its kind, its label wrapped to the
column (never cut, never over another label: rows are stacked, and labels are measured with
:mod:`graph.web.textwidth`), a link to its page (or, outside Radix, to its http(s) IRI; never to another
scheme: :func:`graph.web.links.link_target`), and a ⊕ that lists its own neighbours beneath it.
Large groups show their first rows and a link to the rest. What is shown is a :class:`View` (groups
hidden, neighbours expanded, groups shown whole) read from the page's URL, so every state has an
address and the picture works without JavaScript; ``static/explorer.js`` only swaps it in place.
Plain SVG 1.1 with escaped text and no script: no CDN, no third-party code.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from html import escape

import networkx as nx

from graph.explore.related import CONDITION_TYPES
from graph.namespaces import CONVERTER
from graph.web.links import link_target
from graph.web.textwidth import wrap

WIDTH = 1000
COLUMN = 330
CENTRE = 230
MARGIN = 12
SIZE = 12.5
SMALL = 11.0
LINE = 16.0
HEADER = 24.0
GROUP_GAP = 14.0
CAP = 12
"""Rows a group shows before "and N more"."""
SUB_CAP = 6
"""Rows an expanded neighbour shows per relation before "and N more"."""

COLOURS = {
    "RedFlag": "#dc2626",
    "NerveRoot": "#b45309",
    "PeripheralNerve": "#a16207",
    "NervePlexus": "#a16207",
    "Muscle": "#b91c1c",
    "Reflex": "#7c3aed",
    "MotorAction": "#be185d",
    "Sign": "#0e7490",
    "Symptom": "#0369a1",
    "ClinicalFinding": "#0369a1",
    "Radiculopathy": "#15803d",
    "Condition": "#15803d",
    "Cause": "#4d7c0f",
    "ExaminationTest": "#6d28d9",
    "Dermatome": "#57534e",
    "BodyRegion": "#57534e",
}
"""A colour per kind, first match wins (a red flag is drawn as a red flag whatever else it is)."""
KIND_NAMES = {
    "RedFlag": "red flag",
    "NerveRoot": "nerve root",
    "PeripheralNerve": "nerve",
    "NervePlexus": "plexus",
    "Muscle": "muscle",
    "Reflex": "reflex",
    "MotorAction": "movement",
    "Sign": "sign",
    "Symptom": "symptom",
    "ClinicalFinding": "finding",
    "Radiculopathy": "condition",
    "Condition": "condition",
    "Cause": "cause",
    "ExaminationTest": "test",
    "Dermatome": "region",
    "BodyRegion": "region",
}
OTHER = ("other", "#64748b")
EXTERNAL = ("term of another ontology", "#94a3b8")


@dataclass(frozen=True)
class View:
    """What the explorer shows: groups hidden, neighbours expanded, groups shown whole (all by id)."""

    hidden: frozenset[str] = frozenset()
    expanded: frozenset[str] = frozenset()
    whole: frozenset[str] = frozenset()

    def toggled(self, name: str, item: str) -> View:
        """Return this view with ``item`` added to or removed from the set ``name``."""
        current: frozenset[str] = getattr(self, name)
        return replace(self, **{name: current - {item} if item in current else current | {item}})


@dataclass
class Group:
    """The neighbours linked to the entity by one relation, in one direction."""

    id: str
    side: str
    words: str
    members: list[str] = field(default_factory=list)


def kind(G: nx.MultiDiGraph, node: str) -> tuple[str, str]:
    """Return the legend name and colour of a node's kind."""
    data = G.nodes[node]
    if data.get("external"):
        return EXTERNAL
    types = set(data.get("types", ()))
    if "RedFlag" not in types and types & CONDITION_TYPES:
        return KIND_NAMES["Condition"], COLOURS["Condition"]
    for name, colour in COLOURS.items():
        if name in types:
            return KIND_NAMES[name], colour
    return OTHER


def label(G: nx.MultiDiGraph, node: str) -> str:
    """Return a node's label (its CURIE when it has none); a term of another ontology also shows its CURIE."""
    data = G.nodes[node]
    short = CONVERTER.compress(node) or node
    text = str(data.get("label") or short)
    return f"{text} ({short})" if data.get("external") and text != short else text


def groups(G: nx.MultiDiGraph, center: str) -> list[Group]:
    """Return the relation groups around ``center``: outgoing (right) then incoming (left), by their words.

    >>> G = nx.MultiDiGraph(words={"p": ("has part", "is part of")})
    >>> _ = G.add_edge("a", "b", key="p"); _ = G.add_edge("c", "a", key="p")
    >>> [(g.id, g.words, g.members) for g in groups(G, "a")]
    [('out-p', 'has part', ['b']), ('in-p', 'is part of', ['c'])]
    """
    words = G.graph.get("words", {})
    found: dict[str, Group] = {}
    for side, edges in (("out", G.out_edges(center, keys=True)), ("in", G.in_edges(center, keys=True))):
        for source, target, predicate in edges:
            other = target if side == "out" else source
            if other == center:
                continue
            short = CONVERTER.compress(predicate) or predicate
            forward, backward = words.get(predicate, (short, f"{short} of"))
            group = found.setdefault(
                f"{side}-{short}", Group(f"{side}-{short}", side, forward if side == "out" else backward)
            )
            if other not in group.members:
                group.members.append(other)
    for group in found.values():
        group.members.sort(key=lambda node: label(G, node).lower())
    return sorted(found.values(), key=lambda g: (g.side != "out", g.words))


def _neighbours(G: nx.MultiDiGraph, node: str, skip: str) -> list[tuple[str, list[str]]]:
    """Return ``node``'s own relations (read from it), without the entity ``skip`` the page is about."""
    relations: dict[str, list[str]] = {}
    for group in groups(G, node):
        members = [member for member in group.members if member != skip]
        if members:
            relations.setdefault(group.words, []).extend(m for m in members if m not in relations.get(group.words, []))
    return sorted(relations.items())


@dataclass
class _Canvas:
    """SVG parts being written, and the kinds drawn (for the legend)."""

    parts: list[str] = field(default_factory=list)
    kinds: dict[str, str] = field(default_factory=dict)

    def text(self, x: float, y: float, content: str, **attributes: str | float) -> None:
        extra = "".join(f' {name.replace("_", "-")}="{value}"' for name, value in attributes.items())
        self.parts.append(f'<text x="{x:.1f}" y="{y:.1f}"{extra}>{escape(content)}</text>')


def _node_row(
    canvas: _Canvas, G: nx.MultiDiGraph, node: str, x: float, y: float, width: float, size: float, link_prefix: str
) -> float:
    """Draw a dot and the wrapped label of ``node`` from (x, y) (top left); return the row's height."""
    name, colour = kind(G, node)
    canvas.kinds.setdefault(name, colour)
    lines = wrap(label(G, node), width - 14, size)
    height = len(lines) * LINE + 4
    href = link_target(node, link_prefix)
    opening = f'<a href="{escape(href)}" class="node">' if href else '<g class="node">'
    canvas.parts.append(opening + f"<title>{escape(label(G, node))} ({escape(name)})</title>")
    canvas.parts.append(
        f'<circle cx="{x + 5:.1f}" cy="{y + LINE / 2 + 1:.1f}" r="{4.5 if size == SIZE else 3.5}" fill="{colour}"/>'
    )
    for index, line in enumerate(lines):
        canvas.text(x + 14, y + (index + 1) * LINE - 4, line, font_size=size, fill="#0f172a")
    canvas.parts.append("</a>" if href else "</g>")
    return height


def explorer_svg(
    G: nx.MultiDiGraph,
    center: str,
    *,
    view: View = View(),
    link_prefix: str = "/entity/",
    view_url: Callable[[View], str] = lambda view: "#",
) -> tuple[str, dict[str, str]]:
    """Return the SVG of ``center``'s neighbourhood in ``G`` as ``view`` asks, and the kinds drawn (legend)."""
    canvas = _Canvas()
    columns = {"in": MARGIN, "out": WIDTH - MARGIN - COLUMN}
    heights = {"in": 0.0, "out": 0.0}
    anchors: list[tuple[str, float, str]] = []  # (side, y of the group's header, colour)
    for group in groups(G, center):
        if group.id in view.hidden:
            continue
        x, y = columns[group.side], heights[group.side]
        shown = group.members if group.id in view.whole else group.members[:CAP]
        top = y
        canvas.parts.append(f'<g class="group" data-group="{escape(group.id)}">')
        canvas.parts.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{COLUMN}" height="{HEADER - 4}" rx="3" fill="#eef1f5"/>'
        )
        canvas.text(
            x + 8, y + 14.5, f"{group.words} ({len(group.members)})", font_size=SIZE, font_weight="600", fill="#334155"
        )
        anchors.append((group.side, y + (HEADER - 4) / 2, "#94a3b8"))
        y += HEADER
        for member in shown:
            expanded = member in view.expanded
            sign = "\u2212" if expanded else "+"
            action = "Hide" if expanded else "Show"
            href = escape(view_url(view.toggled("expanded", member)))
            canvas.parts.append(
                f'<a href="{href}" class="expand" data-view="1"><title>{action} what {escape(label(G, member))} '
                f'is linked to</title><circle cx="{x + 9:.1f}" cy="{y + LINE / 2 + 1:.1f}" r="7" fill="#fff" '
                f'stroke="#64748b"/><text x="{x + 9:.1f}" y="{y + LINE / 2 + 5:.1f}" text-anchor="middle" '
                f'font-size="13" fill="#334155">{sign}</text></a>'
            )
            y += _node_row(canvas, G, member, x + 22, y, COLUMN - 22, SIZE, link_prefix)
            if expanded:
                y = _expansion(canvas, G, member, center, x + 40, y, link_prefix)
        if len(shown) < len(group.members):
            href = escape(view_url(view.toggled("whole", group.id)))
            canvas.parts.append(f'<a href="{href}" class="more" data-view="1">')
            canvas.text(
                x + 36, y + LINE - 4, f"and {len(group.members) - len(shown)} more…", font_size=SMALL, fill="#1f5fa8"
            )
            canvas.parts.append("</a>")
            y += LINE + 2
        bracket = x + COLUMN if group.side == "in" else x
        canvas.parts.append(
            f'<line x1="{bracket:.1f}" y1="{top + HEADER - 4:.1f}" x2="{bracket:.1f}" y2="{y:.1f}" stroke="#cbd5e1"/>'
        )
        canvas.parts.append("</g>")
        heights[group.side] = y + GROUP_GAP
    return _assemble(canvas, G, center, heights, anchors, link_prefix), canvas.kinds


def _expansion(
    canvas: _Canvas, G: nx.MultiDiGraph, node: str, center: str, x: float, y: float, link_prefix: str
) -> float:
    """List ``node``'s own neighbours beneath its row, by relation; return the new bottom."""
    width = COLUMN - (x - (MARGIN if x < WIDTH / 2 else WIDTH - MARGIN - COLUMN))
    relations = _neighbours(G, node, center)
    if not relations:
        canvas.text(
            x, y + LINE - 4, "nothing else is linked to it", font_size=SMALL, font_style="italic", fill="#64748b"
        )
        return y + LINE + 4
    for words, members in relations:
        for line in wrap(f"{words}:", width, SMALL):
            canvas.text(x, y + LINE - 4, line, font_size=SMALL, font_style="italic", fill="#475569")
            y += LINE
        for member in members[:SUB_CAP]:
            y += _node_row(canvas, G, member, x + 6, y, width - 6, SMALL, link_prefix)
        if len(members) > SUB_CAP:
            href = escape(link_target(node, link_prefix) or "#")
            canvas.parts.append(f'<a href="{href}" class="more">')
            canvas.text(
                x + 20, y + LINE - 4, f"and {len(members) - SUB_CAP} more on its page…", font_size=SMALL, fill="#1f5fa8"
            )
            canvas.parts.append("</a>")
            y += LINE
    return y + 6


def _assemble(
    canvas: _Canvas,
    G: nx.MultiDiGraph,
    center: str,
    heights: dict[str, float],
    anchors: list[tuple[str, float, str]],
    link_prefix: str,
) -> str:
    """Put the entity in the middle, join each group to it, and wrap everything in the SVG element."""
    lines = wrap(label(G, center), CENTRE - 24, 14)
    box_height = len(lines) * 18 + 30
    height = max(heights["in"], heights["out"], box_height + 20) + MARGIN
    box_x, box_y = (WIDTH - CENTRE) / 2, max(MARGIN, min(height / 2, 220) - box_height / 2)
    middle = box_y + box_height / 2
    name, colour = kind(G, center)
    canvas.kinds.setdefault(name, colour)
    connectors = []
    for side, y, stroke in anchors:
        start = box_x if side == "in" else box_x + CENTRE
        end = MARGIN + COLUMN if side == "in" else WIDTH - MARGIN - COLUMN
        bend = (start + end) / 2
        connectors.append(
            f'<path d="M{start:.1f},{middle:.1f} C{bend:.1f},{middle:.1f} {bend:.1f},{y:.1f} {end:.1f},{y:.1f}" '
            f'fill="none" stroke="{stroke}" stroke-width="1.2"/>'
        )
    centre = [
        f'<g class="centre"><title>{escape(label(G, center))} ({escape(name)})</title>',
        f'<rect x="{box_x:.1f}" y="{box_y:.1f}" width="{CENTRE}" height="{box_height:.1f}" rx="8" fill="#fff" '
        f'stroke="{colour}" stroke-width="2.5"/>',
    ]
    for index, line in enumerate(lines):
        centre.append(
            f'<text x="{WIDTH / 2:.1f}" y="{box_y + 22 + index * 18:.1f}" text-anchor="middle" font-size="14" '
            f'font-weight="bold" fill="#0f172a">{escape(line)}</text>'
        )
    centre.append(
        f'<text x="{WIDTH / 2:.1f}" y="{box_y + box_height - 10:.1f}" text-anchor="middle" font-size="{SMALL}" '
        f'fill="{colour}">{escape(name)}</text></g>'
    )
    header = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height:.0f}" width="{WIDTH}" '
        f'height="{height:.0f}" role="img" aria-label="What {escape(label(G, center))} is linked to, by relation" '
        f'font-family="DejaVu Sans, Verdana, sans-serif">'
    )
    return "\n".join([header, *connectors, *centre, *canvas.parts, "</svg>"])


def neighbourhood_svg(G: nx.MultiDiGraph, center: str, *, link_prefix: str = "/entity/") -> str:
    """Return the explorer's picture of ``center`` with nothing hidden or expanded (the SVG only)."""
    return explorer_svg(G, center, link_prefix=link_prefix)[0]
