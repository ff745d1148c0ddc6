"""Flask views of the endpoint: the service description at ``/sparql``, VoID, ``/health`` and CORS preflight.

Query requests to ``/sparql`` are normally answered by :class:`graph.web.lane.SparqlLane` before Flask sees
them; the view below answers the ones that reach it (HEAD, or an app without the lane) the same way.
"""

from __future__ import annotations

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, jsonify, request, url_for

from graph.serve.description import serialize, service_description, void_description
from graph.serve.query_errors import UnacceptableAnswerError
from graph.web.api import EXTENSION as EXPLORER_EXTENSION
from graph.web.headers import PREFLIGHT_HEADERS
from graph.web.lane import answer_query
from graph.web.negotiation import listing, negotiate, prefers_html
from graph.web.page import render_query_page
from graph.web.state import radix

blueprint = Blueprint("endpoint", __name__)


@blueprint.route("/sparql", methods=["GET", "HEAD", "POST", "OPTIONS"])
def sparql() -> Response:
    """Answer a query; without one, describe the service (or show the query page to a browser)."""
    if request.method == "OPTIONS":
        return Response(status=204, headers=PREFLIGHT_HEADERS)
    try:
        status, headers, body = answer_query(request.environ, radix().executor, radix().max_body)
    except LookupError:
        return _service_description()
    return Response(body, status=int(status.split()[0]), headers=headers)


def _service_description() -> Response:
    accept = request.headers.get("Accept")
    if prefers_html(accept) and not (request.args.get("format") or request.args.get("output")):
        return render_query_page()
    endpoint = url_for("endpoint.sparql", _external=True)
    triples = service_description(
        endpoint, url_for("endpoint.void", _external=True), radix().stats, federated=radix().federated
    )
    return _rdf(triples, accept)


@blueprint.route("/void")
@blueprint.route("/.well-known/void")
def void() -> Response:
    """Describe the dataset in VoID."""
    dataset = url_for("endpoint.void", _external=True) + "#dataset"
    triples = void_description(dataset, url_for("endpoint.sparql", _external=True), radix().stats)
    return _rdf(triples, request.headers.get("Accept"))


@blueprint.route("/health")
def health() -> Response:
    """Liveness and readiness: the dataset size, the query workers and the cache."""
    state = radix()
    pool = state.executor.pool
    cache = state.executor.cache.stats
    ready = pool.idle_count() > 0 or bool(pool.pids())
    settings = state.executor.settings
    body = {
        "status": "ok" if ready else "starting",
        "triples": state.stats.quads,
        "graphs": len(state.stats.graphs),
        "workers": {
            "size": pool.settings.size,
            "live": len(pool.pids()),  # ordinary and reserved
            "idle": pool.idle_count(),
            "reserved": {
                "size": pool.settings.reserved,
                "idle": pool.idle_count(reserved=True),
                "jobs": pool.stats.reserved_jobs,
            },
            "waiting": pool.waiting(),
            "refused": pool.stats.refused,
            "network_isolated": pool.stats.isolated,
            "jobs": pool.stats.jobs,
            "timeouts": pool.stats.timeouts,
            "crashes": pool.stats.crashes,
            "cancelled": pool.stats.cancelled,
        },
        "exploration": _exploration_status(),
        "cache": {"entries": cache.entries, "bytes": cache.bytes, "hits": cache.hits, "misses": cache.misses},
        "limits": {
            "timeout_s": settings.timeout,
            "max_rows": settings.max_rows,
            "max_query_bytes": settings.limits.max_bytes,
            "max_answer_bytes": settings.max_answer_bytes,
            "reserved_timeout_s": pool.settings.reserved_timeout,
            "max_waiting": pool.settings.max_waiting,
            "client_queries": state.executor.admission.max_per_client,
        },
    }
    response = jsonify(body)
    response.status_code = 200 if ready else 503
    return response


def _exploration_status() -> str:
    """Report the state of the exploration index behind ``/api`` (SPARQL does not wait for it)."""
    holder = current_app.extensions.get(EXPLORER_EXTENSION)
    return holder.status if holder is not None else "unavailable"


def _rdf(triples: list[ox.Triple], accept: str | None) -> Response:
    choice = negotiate(accept, tuple(request.args.getlist("format") + request.args.getlist("output")))
    if choice.graph is None:
        raise UnacceptableAnswerError("graph", listing("graph"), what="this description is an RDF graph")
    return Response(
        serialize(triples, choice.graph),
        headers={"Content-Type": choice.graph, "Vary": "Accept", "Access-Control-Allow-Origin": "*"},
    )
