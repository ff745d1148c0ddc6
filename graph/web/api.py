"""Exploring related conditions over HTTP: the JSON API under ``/api`` and the linked-data pages ``/entity/<id>``.

Every view parses the request, calls one method of :class:`graph.explore.explorer.Explorer` and formats the
answer. The API answers errors in JSON (``{"error": ..., "suggestions": [...]}``): an unknown entity
is 404 with the closest matches, bad input 400, a body that is not JSON 415. ``/entity/<id>`` is the
entity's own IRI dereferenced: HTML to a browser, Turtle, JSON-LD, N-Triples or RDF/XML to an RDF
client, by content negotiation.

The explorer is built once per serving process, in the background after start-up, so the endpoint
is ready as fast as before; the first exploration request waits for it if it is not yet built.

Every exploration has a deadline, like a SPARQL query (``RADIX_TIMEOUT``): it runs in one of a few
exploration threads (:class:`Deadline`) while the serving thread waits for it; past the deadline the
client gets 503. A thread cannot be killed, so the work itself runs on to its end; what bounds it is
that inputs are capped (:data:`graph.explore.explorer.MAX_TEXT`, ``MAX_FINDINGS``) and no regular
expression on the way backtracks catastrophically, and at most ``RADIX_EXPLORE_THREADS`` explorations
run at once, whatever the number of clients.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, TypeVar

import pyoxigraph as ox
from flask import (
    Blueprint,
    Response,
    copy_current_request_context,
    current_app,
    jsonify,
    render_template,
    request,
    url_for,
)
from werkzeug.exceptions import HTTPException

from graph.ask.sparql import GRAPH_FORMATS
from graph.errors import RadixError, UnknownEntityError
from graph.explore.explorer import Explorer, curie
from graph.namespaces import BASE, PREFIXES
from graph.serve.dataset import SNAPSHOT_TYPE
from graph.serve.query_errors import UnacceptableAnswerError
from graph.serve.sandbox_worker import STORE_TYPE
from graph.web.errors import status_of
from graph.web.negotiation import listing, negotiate, prefers_html
from graph.web.neighbourhood import explorer_context
from graph.web.openapi import openapi_document
from graph.web.state import EXTENSION as RADIX
from graph.web.state import Radix

EXTENSION = "radix.explorer"
DEADLINE_EXTENSION = "radix.explore-deadline"
MAX_LIMIT = 100
T = TypeVar("T")

blueprint = Blueprint("explore", __name__, template_folder="templates")


class ExplorerHolder:
    """Builds the :class:`Explorer` once, in a background thread, and hands it out when ready."""

    def __init__(self, build: Callable[[], Explorer | None]) -> None:
        self._build = build
        self._explorer: Explorer | None = None
        self._error: BaseException | None = None
        self._ready = threading.Event()
        threading.Thread(target=self._run, name="radix-explorer", daemon=True).start()

    def _run(self) -> None:
        try:
            self._explorer = self._build()
        except BaseException as error:  # reported to the first request that needs the explorer
            self._error = error
        finally:
            self._ready.set()

    @property
    def status(self) -> str:
        """``building``, ``ready``, ``unavailable`` (nothing to explore: --data-only) or ``failed``."""
        if not self._ready.is_set():
            return "building"
        if self._error is not None:
            return "failed"
        return "ready" if self._explorer is not None else "unavailable"

    def wait(self) -> None:
        """Block until the build has finished (successfully or not)."""
        self._ready.wait()

    def get(self) -> Explorer:
        """Return the explorer, waiting for it to be built; raise if there is none to explore."""
        self._ready.wait()
        if self._error is not None:
            raise self._error
        if self._explorer is None:
            raise ExplorationUnavailable("exploration needs the Radix graph; this server runs with --data-only")
        return self._explorer


class ExplorationUnavailable(RadixError):
    """The server serves only the user's data, so there is no Radix graph to explore."""


def holder_from_snapshot(path: str | None, media_type: str = SNAPSHOT_TYPE) -> ExplorerHolder:
    """Return a holder that builds the explorer from the served snapshot (None: nothing to explore)."""

    def build() -> Explorer | None:
        if path is None:
            return None
        if media_type == STORE_TYPE:
            return Explorer(ox.Store.read_only(path))
        store = ox.Store()
        store.bulk_load(path=path, format=ox.RdfFormat.from_media_type(media_type))
        return Explorer(store)

    return ExplorerHolder(build)


def explorer() -> Explorer:
    """Return the current app's explorer."""
    holder: ExplorerHolder = current_app.extensions[EXTENSION]
    return holder.get()


class ExplorationTimeout(RadixError):
    """An exploration did not finish within its deadline (answered 503, like a SPARQL query)."""


class Deadline:
    """Run explorations in ``threads`` threads, each waited for at most ``timeout`` seconds."""

    def __init__(self, timeout: float, threads: int = 2) -> None:
        self.timeout = timeout
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="radix-explore")

    def run(self, work: Callable[[], T]) -> T:
        """Return ``work()``; raise :class:`ExplorationTimeout` when it has not finished by the deadline.

        A request still queued for a thread at its deadline is dropped; one already running finishes
        in its thread, unseen (threads cannot be stopped), while the client has its 503.
        """
        future = self._pool.submit(work)
        try:
            return future.result(timeout=self.timeout)
        except FutureTimeout:
            future.cancel()
            raise ExplorationTimeout(
                f"the exploration did not finish within the {self.timeout:g} s deadline; "
                "ask about fewer or shorter findings, or try again shortly"
            ) from None

    def close(self) -> None:
        """Stop taking work (running explorations finish)."""
        self._pool.shutdown(wait=False, cancel_futures=True)


def explore(work: Callable[[Explorer], T]) -> T:
    """Run ``work`` on the current app's explorer under the exploration deadline.

    ``work`` runs in an exploration thread with a copy of the request's context, so it may read the
    request and build URLs (the explorer's drawing does both).
    """
    current = explorer()
    deadline: Deadline = current_app.extensions[DEADLINE_EXTENSION]
    return deadline.run(copy_current_request_context(lambda: work(current)))


# ---- errors ------------------------------------------------------------------------------------


@blueprint.errorhandler(RadixError)
@blueprint.errorhandler(HTTPException)
def _json_error(error: Exception) -> Response:
    if isinstance(error, UnknownEntityError):
        body: dict[str, Any] = {"error": str(error), "suggestions": error.suggestions}
        status = 404
    elif isinstance(error, ExplorationUnavailable):
        body, status = {"error": str(error)}, 404
    elif isinstance(error, ExplorationTimeout):
        body, status = {"error": str(error)}, 503
    elif isinstance(error, HTTPException):
        body, status = {"error": error.description or error.name}, error.code or 400
    else:
        body, status = {"error": str(error)}, status_of(error) or 400
    if not request.path.startswith("/api/") and status == 404 and prefers_html(request.headers.get("Accept")):
        html = render_template("entity_missing.html", message=body["error"], suggestions=body.get("suggestions", []))
        return Response(html, status=404, mimetype="text/html")
    response = jsonify(body)
    response.status_code = status
    if status == 503:
        response.headers["Retry-After"] = "1"
    return response


def _int(name: str, default: int, low: int, high: int) -> int:
    raw = request.args.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise RadixError(f"{name} must be a whole number, not {raw!r}") from None
    if not low <= value <= high:
        raise RadixError(f"{name} must be between {low} and {high}, not {value}")
    return value


def _required(name: str) -> str:
    value = request.args.get(name, "").strip()
    if not value:
        raise RadixError(f"give the {name!r} parameter")
    return value


# ---- the API -----------------------------------------------------------------------------------


@blueprint.route("/api/openapi.json")
def openapi() -> Response:
    """Describe every route of the server (OpenAPI 3.1)."""
    state: Radix = current_app.extensions[RADIX]
    return jsonify(openapi_document(request.host_url.rstrip("/"), state.named_queries.values()))


@blueprint.route("/api/search")
def search() -> Response:
    """Find entities by label, synonym, CURIE, IRI or mapped external id, ranked."""
    text = _required("q")
    limit = _int("limit", 10, 1, MAX_LIMIT)
    types = {name.strip() for name in request.args.get("types", "").split(",") if name.strip()} or None
    return jsonify({"query": text, "hits": explore(lambda current: current.search(text, limit=limit, types=types))})


@blueprint.route("/api/entity/<path:identifier>")
def entity(identifier: str) -> Response:
    """Return an entity's card: label, types, definition, synonyms, mappings, edges with provenance."""
    return jsonify(explore(lambda current: current.entity(identifier)))


@blueprint.route("/api/entity/<path:identifier>/neighbors")
def neighbors(identifier: str) -> Response:
    """Return the entities within ``depth`` steps, optionally along some ``predicates`` only."""
    depth = _int("depth", 1, 0, 3)
    raw = request.args.get("predicates", "")
    predicates = [name.strip() for name in raw.split(",") if name.strip()] or None
    return jsonify(explore(lambda current: current.neighbours(identifier, depth=depth, predicates=predicates)))


@blueprint.route("/api/path")
def path() -> Response:
    """Return the shortest paths between two entities, each step in words."""
    limit = _int("limit", 3, 1, 20)
    source, target = _required("from"), _required("to")
    return jsonify(explore(lambda current: current.path(source, target, limit=limit)))


@blueprint.route("/api/related/<path:identifier>")
def related(identifier: str) -> Response:
    """Return the conditions most related to a condition, each with what they share."""
    limit = _int("limit", 10, 1, MAX_LIMIT)
    return jsonify(explore(lambda current: current.related(identifier, limit=limit)))


@blueprint.route("/api/localize", methods=["POST"])
def localize() -> Response:
    """Rank roots and mimics for findings present and excluded, or for a GA4GH phenopacket.

    Bodies: ``{"findings": ["absent ankle reflex", "HP:0031955"], "excluded": ["knee jerk lost"]}``;
    ``{"phenopacket": {...}, "findings": [...]}``; or a phenopacket itself (it has ``phenotypicFeatures``).
    """
    if not request.is_json:
        return _json_error(_UnsupportedMedia("send the findings as JSON: Content-Type: application/json"))
    body = _json_body()
    if isinstance(body, dict) and "phenotypicFeatures" in body:  # a bare GA4GH phenopacket
        return jsonify(explore(lambda current: current.localize_phenopacket(body)))
    if not isinstance(body, dict) or not ({"findings", "excluded", "phenopacket"} & set(body)):
        raise RadixError(
            'the body must be a JSON object {"findings": [...], "excluded": [...]}, {"phenopacket": {...}} '
            "or a GA4GH phenopacket"
        )
    findings, excluded = _strings(body, "findings"), _strings(body, "excluded")
    limit = body.get("limit", 10)
    if not isinstance(limit, int) or isinstance(limit, bool) or not 1 <= limit <= MAX_LIMIT:
        raise RadixError(f"limit must be a whole number between 1 and {MAX_LIMIT}")
    priors = body.get("priors", "uniform")
    if priors not in ("uniform", "incidence"):
        raise RadixError('priors must be "uniform" (every site alike) or "incidence" (population incidence)')
    if "phenopacket" in body:
        if not isinstance(body["phenopacket"], dict):
            raise RadixError("phenopacket must be a JSON object (a GA4GH Phenopacket v2)")
        packet = body["phenopacket"]
        return jsonify(
            explore(
                lambda current: current.localize_phenopacket(
                    packet, findings=findings, excluded=excluded, limit=limit, priors=priors
                )
            )
        )
    return jsonify(explore(lambda current: current.localize(findings, excluded=excluded, limit=limit, priors=priors)))


def _strings(body: dict[str, Any], key: str) -> list[str]:
    """Return the list of strings ``body[key]`` (absent: empty), or fail naming the key."""
    value = body.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise RadixError(f"{key} must be a list of strings: phrases, CURIEs or IRIs")
    return value


def _json_body() -> Any:
    """Parse the request body as JSON; malformed, wrongly encoded or too deeply nested JSON is a 400.

    The body is already bounded in size (:mod:`graph.web.body`); nesting deeper than the parser's
    recursion limit raises :class:`RecursionError`, which is bad input like any other here.
    """
    try:
        return json.loads(request.get_data(cache=False))
    except (ValueError, RecursionError) as error:
        reason = "it nests too deeply" if isinstance(error, RecursionError) else str(error)
        raise RadixError(f'the body is not valid JSON ({reason}); send {{"findings": ["...", ...]}}') from None


class _UnsupportedMedia(HTTPException):
    code = 415
    description = "unsupported media type"

    def __init__(self, description: str) -> None:
        super().__init__(description)


@blueprint.route("/api/entity/<path:identifier>/explorer")
def explorer_fragment(identifier: str) -> Response:
    """Return an entity's explorer (relation filters, legend, picture) as an HTML fragment, for in-place updates."""
    drawing = explore(lambda current: explorer_context(current.G, current.resolve(identifier)))
    html = render_template("_explorer.html", **drawing)
    return Response(html, mimetype="text/html")


# ---- linked-data pages -------------------------------------------------------------------------


@blueprint.route("/entity/<path:identifier>")
def entity_page(identifier: str) -> Response:
    """Dereference a Radix IRI: an HTML page to a browser, RDF to an RDF client."""
    accept = request.headers.get("Accept")
    format_name = tuple(request.args.getlist("format") + request.args.getlist("output"))
    if not format_name and prefers_html(accept):
        return _html_page(identifier)
    choice = negotiate(accept, format_name)
    if choice.graph is None:
        raise UnacceptableAnswerError(
            "graph", [("html", "text/html"), *listing("graph")], what="an entity's description is a page or RDF"
        )
    triples = explore(lambda current: current.describe(identifier))
    rdf_format = next(fmt for fmt in GRAPH_FORMATS.values() if fmt.media_type == choice.graph)
    data = ox.serialize(triples, format=rdf_format, prefixes=PREFIXES) or b""
    return Response(data, mimetype=choice.graph, headers={"Vary": "Accept"})


def _html_page(identifier: str) -> Response:
    def gather(current: Explorer) -> tuple[dict[str, Any], bool, list[dict[str, Any]], dict[str, Any]]:
        card = current.entity(identifier)
        is_condition = "Condition" in _kinds(card)
        related = current.related(card["iri"], limit=8)["related"] if is_condition else []
        return card, is_condition, related, explorer_context(current.G, card["iri"])

    card, is_condition, related_items, drawing = explore(gather)
    iri = card["iri"]
    html = render_template(
        "entity.html",
        card=card,
        **drawing,
        related=related_items,
        is_condition=is_condition,
        has_localize=any(rule.rule == "/localize" for rule in current_app.url_map.iter_rules()),
        rdf_links={
            name: url_for("explore.entity_page", identifier=curie_local(iri), format=name)
            for name in ("ttl", "jsonld", "nt", "xml")
        },
        base=BASE,
    )
    return Response(html, mimetype="text/html", headers={"Vary": "Accept"})


def _kinds(card: dict[str, Any]) -> set[str]:
    condition_types = {"Radiculopathy", "Mononeuropathy", "Plexopathy", "Polyneuropathy", "SpinalCordDisorder",
                       "MotorNeuronDisorder", "MusculoskeletalDisorder", "VascularDisorder", "FunctionalDisorder",
                       "Condition"}  # fmt: skip
    return {"Condition"} if condition_types & set(card["types"]) else set()


def curie_local(iri: str) -> str:
    """Return the local id of a Radix IRI (``S1_root``) for building page URLs."""
    return iri.removeprefix(BASE) if iri.startswith(BASE) else curie(iri)
