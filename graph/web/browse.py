"""Pages for finding and comparing: ``/search`` (the search box's results) and ``/compare`` (two conditions).

Both are plain HTML forms answered on the server, so they work with JavaScript off; the search box
of every page adds suggestions as one types (``static/search.js``). ``/api/compare`` gives the
comparison as JSON. Each view calls one method of :class:`graph.explore.explorer.Explorer`.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, jsonify, render_template, request

from graph.errors import RadixError, UnknownEntityError
from graph.explore.related import CONDITION_TYPES
from graph.web.api import MAX_LIMIT, ExplorationTimeout, explore

blueprint = Blueprint("browse", __name__, template_folder="templates")

EXAMPLE = ("L5_radiculopathy", "common_fibular_neuropathy")
"""The comparison the empty compare page offers: a root lesion and its commonest mimic."""


@blueprint.route("/search")
def search() -> Response:
    """Show the ranked matches for ``q``: each hit's label, kind, CURIE and IRI."""
    text = request.args.get("q", "").strip()
    hits: list[dict[str, Any]] = []
    error, status = None, 200
    if text:
        try:
            limit = _limit()
            hits = explore(lambda current: current.search(text, limit=limit))
        except ExplorationTimeout as exc:
            error, status = str(exc), 503
        except RadixError as exc:
            error, status = str(exc), 400
    return Response(render_template("search.html", hits=hits, error=error), status=status, mimetype="text/html")


def _limit() -> int:
    raw = request.args.get("limit", "")
    if raw.isascii() and raw.isdigit() and 1 <= int(raw) <= MAX_LIMIT:  # "²" is a digit to isdigit(), not to int()
        return int(raw)
    if raw:
        raise RadixError(f"limit must be a whole number between 1 and {MAX_LIMIT}, not {raw!r}")
    return 25


@blueprint.route("/compare")
def compare() -> Response:
    """Show two conditions side by side: shared findings, findings of one only, the tests that separate them."""
    first, second = request.args.get("a", "").strip(), request.args.get("b", "").strip()
    context: dict[str, Any] = {
        "first": first,
        "second": second,
        "example": EXAMPLE,
        "condition_types": ",".join(sorted(CONDITION_TYPES)),
    }
    status = 200
    if first or second:
        try:
            if not (first and second):
                raise RadixError("give two conditions to compare")
            context["comparison"] = explore(lambda current: current.compare(first, second))
        except ExplorationTimeout as exc:
            context["error"] = str(exc)
            status = 503
        except UnknownEntityError as exc:
            context["error"], context["suggestions"] = str(exc), exc.suggestions
            status = 400
        except RadixError as exc:
            context["error"] = str(exc)
            status = 400
    return Response(render_template("compare.html", **context), status=status, mimetype="text/html")


@blueprint.route("/api/compare")
def compare_api() -> Response:
    """Return the comparison of conditions ``a`` and ``b`` as JSON, every item with its sources."""
    first, second = request.args.get("a", "").strip(), request.args.get("b", "").strip()
    if not (first and second):
        raise RadixError("give two conditions: /api/compare?a=L5_radiculopathy&b=common_fibular_neuropathy")
    return jsonify(explore(lambda current: current.compare(first, second)))


@blueprint.errorhandler(RadixError)
def _error(error: RadixError) -> Response:
    body: dict[str, Any] = {"error": str(error)}
    if isinstance(error, UnknownEntityError):
        body["suggestions"] = error.suggestions
    response = jsonify(body)
    if isinstance(error, ExplorationTimeout):
        response.status_code = 503
        response.headers["Retry-After"] = "1"
    else:
        response.status_code = 404 if isinstance(error, UnknownEntityError) else 400
    return response
