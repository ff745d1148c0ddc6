"""The explorer on an entity's page: which relations, expansions and whole groups the URL asks for, drawn.

The state lives in the page's query string (``hide``, ``expand``, ``whole``; the filter form sends
``filtered=1`` with a ``show`` per ticked relation), so every picture has an address and the links
inside it work without JavaScript. ``/api/entity/<id>/explorer`` (in :mod:`graph.web.api`) answers
the same state as an HTML fragment, which ``static/explorer.js`` swaps into the page in place.
"""

from __future__ import annotations

from typing import Any

import networkx as nx
from flask import request, url_for

from graph.explore.explorer import curie
from graph.namespaces import BASE, CONVERTER
from graph.web.draw import View, explorer_svg, groups


def _node(text: str, G: nx.MultiDiGraph) -> str | None:
    """Return the node named by a CURIE or Radix id in the URL, if the graph has it."""
    iri = CONVERTER.expand(text) if ":" in text else BASE + text
    return iri if iri is not None and iri in G else None


def read_view(G: nx.MultiDiGraph, center: str) -> View:
    """Read the :class:`View` from the request's query string (unknown names are ignored)."""
    args = request.args
    ids = {group.id for group in groups(G, center)}
    shown = set(args.getlist("show"))  # the filter form's ticked relations
    hidden = ids - shown if args.get("filtered") else ids & set(args.getlist("hide"))
    expanded = {node for text in args.getlist("expand") if (node := _node(text, G)) is not None}
    return View(frozenset(hidden), frozenset(expanded), frozenset(ids & set(args.getlist("whole"))))


def view_args(view: View) -> dict[str, list[str]]:
    """Return the query-string arguments for ``view`` (sorted, so one state has one address)."""
    return {
        "hide": sorted(view.hidden),
        "expand": sorted(curie(node) for node in view.expanded),
        "whole": sorted(view.whole),
    }


def explorer_context(G: nx.MultiDiGraph, center: str) -> dict[str, Any]:
    """Return what ``_explorer.html`` needs: the picture, its legend, the relation filters and the state."""
    view = read_view(G, center)
    local = center.removeprefix(BASE) if center.startswith(BASE) else curie(center)

    def view_url(other: View) -> str:
        arguments: dict[str, Any] = dict(view_args(other))
        return url_for("explore.entity_page", identifier=local, **arguments) + "#picture"

    svg, kinds = explorer_svg(G, center, view=view, link_prefix=request.script_root + "/entity/", view_url=view_url)
    return {
        "svg": svg,
        "legend": sorted(kinds.items()),
        "groups": groups(G, center),
        "view": view,
        "view_args": view_args(view),
        "fragment_url": url_for("explore.explorer_fragment", identifier=local),
        "page_url": url_for("explore.entity_page", identifier=local),
        "address": view_url(view),
    }
