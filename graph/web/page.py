"""The query page at ``/``, and what every page's layout needs: the navigation and the search box.

The page is a form that works without JavaScript: ``GET /?query=...`` runs a query, and
``GET /?named=<name>&<parameter>=<value>`` runs a named query with its parameters bound by the
engine; the answer is rendered on the server, so either URL is a permalink to the query and its
answer (the dataset is immutable: the same URL gives the same answer). With JavaScript, the page
runs queries in place, with a Cancel button, autocompletion and downloads (``static/radix.js``).

Pages extend ``templates/layout.html``; :func:`layout_context` gives them the navigation links (the
localisation page's too, once the app serves ``/localize``) and the text of the current search.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from flask import Blueprint, Response, current_app, render_template, request, url_for

from graph.ask.namedqueries import NamedQuery
from graph.errors import QuerySyntaxError, RadixError
from graph.serve.executor import QuerySpec
from graph.web.errors import status_of
from graph.web.named import NoSuchQuery, ParameterError, bind_parameters, describe, named_query
from graph.web.results import Shown, read_answer
from graph.web.state import radix

blueprint = Blueprint("page", __name__, template_folder="templates", static_folder="static", static_url_path="/static")

OPTIONAL_PAGES = (("/localize", "Localize"),)
"""Pages other parts of Radix serve: linked from the navigation when the app has their route."""

EXAMPLE = """PREFIX radix: <https://w3id.org/radix/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

SELECT ?root ?label WHERE {
  ?root a radix:NerveRoot ; rdfs:label ?label .
}
ORDER BY ?label"""
"""The query the empty page offers."""


@blueprint.app_context_processor
def layout_context() -> dict[str, Any]:
    """Give every template the navigation links and the search box's text."""
    return {"nav_links": nav_links, "search_text": request.args.get("q", "")}


def nav_links() -> list[dict[str, Any]]:
    """Return the navigation: label, address, and whether it is the current page."""
    rules = {rule.rule for rule in current_app.url_map.iter_rules()}
    links = [("Query", url_for("page.index")), ("Search", url_for("browse.search"))]
    links.append(("Compare", url_for("browse.compare")))
    links += [(label, request.script_root + path) for path, label in OPTIONAL_PAGES if path in rules]
    links.append(("API", url_for("docs.index")))
    return [{"label": label, "href": href, "current": request.path == href} for label, href in links]


@dataclass
class PageQuery:
    """What the page shows: the query (own text, or a named query and its values), and its answer or error."""

    text: str = EXAMPLE
    named: str = ""
    values: dict[str, str] = field(default_factory=dict)
    shown: Shown | None = None
    error: str | None = None
    suggestions: list[str] = field(default_factory=list)
    error_line: int | None = None
    error_column: int | None = None
    status: int = 200


def body_of(query: NamedQuery) -> str:
    """Return a named query's text without its ``#+`` header (the header is shown as the description)."""
    return "\n".join(line for line in query.text.splitlines() if not line.startswith("#+")).strip()


def _current() -> PageQuery:
    """Read the query the URL asks for, run it, and return what to show."""
    args = request.args
    current = PageQuery(text=args.get("query") or EXAMPLE, named=args.get("named", "").strip())
    if not current.named and not args.get("query", "").strip():
        return current
    try:
        bindings: tuple[tuple[str, str, str], ...] = ()
        text = current.text
        if current.named:
            query = named_query(current.named)
            current.values = {p.name: args.get(p.name, "").strip() or (p.default or "") for p in query.parameters}
            text = current.text = query.text
            bindings = bind_parameters(query, current.values)
            current.text = body_of(query)
        spec = QuerySpec(text, graph_type="application/n-triples", bindings=bindings)
        answer = radix().executor.execute(spec, client=request.remote_addr or None)
        current.shown = read_answer(answer, radix().executor.prefixes, request.script_root + "/entity/")
    except RadixError as error:
        current.error, current.status = str(error), status_of(error) or 400
        if isinstance(error, ParameterError | NoSuchQuery):
            current.suggestions = error.suggestions
        if isinstance(error, QuerySyntaxError):
            current.error_line, current.error_column = error.line, error.column
    return current


def render_query_page() -> Response:
    """Render the query page for the current request (also what a browser visiting ``/sparql`` gets)."""
    state = radix()
    current = _current()
    queries = [{**describe(query), "text": body_of(query)} for query in state.named_queries.values()]
    selected = state.named_queries.get(current.named)
    vocabulary = {
        "classes": sorted(state.stats.classes, key=lambda iri: -state.stats.classes[iri]),
        "properties": sorted(state.stats.properties, key=lambda iri: -state.stats.properties[iri]),
    }
    html = render_template(
        "index.html",
        named_queries=queries,
        selected=describe(selected) if selected else None,
        prefixes=state.executor.prefixes,
        vocabulary=vocabulary,
        stats=state.stats,
        current=current,
        error_context=_error_context(current),
    )
    return Response(html, status=current.status, mimetype="text/html")


def _error_context(current: PageQuery) -> str | None:
    """Return the query line a syntax error points at, with a caret under its column."""
    if current.error_line is None or current.error_column is None or current.named:
        return None
    lines = current.text.split("\n")
    if not 1 <= current.error_line <= len(lines):
        return None
    line = lines[current.error_line - 1]
    return f"{line}\n{' ' * (current.error_column - 1)}^"


@blueprint.route("/")
def index() -> Response:
    """Show the query page; with ``query`` or ``named`` in the URL, run it and show its answer too."""
    return render_query_page()
