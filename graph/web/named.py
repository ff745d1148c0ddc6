"""The named queries as a REST API: ``GET /api/queries/<name>?<param>=<value>``, and cancelling a running query.

Each value is checked, then bound by the engine (Oxigraph substitutions), never pasted into the
query text: an IRI parameter takes a CURIE (``radix:L5_root``), an IRI, or a Radix id or label,
and must name something the dataset holds; a literal parameter takes any short text. A value that
is malformed or names nothing is answered 400 with a message (and the closest entities), a name
that is no named query 404 with the closest names. The answer is the query's, in the format
negotiated as at ``/sparql`` (SPARQL JSON by default; ``format=csv`` and Accept work).
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from typing import Any

import pyoxigraph as ox
from flask import Blueprint, Response, current_app, jsonify, request

from graph.ask.namedqueries import NamedQuery, Parameter, expand_iri
from graph.errors import RadixError, UnknownEntityError
from graph.serve.executor import QuerySpec
from graph.serve.query_errors import UnacceptableAnswerError
from graph.web.api import EXTENSION as EXPLORER_EXTENSION
from graph.web.api import ExplorerHolder
from graph.web.errors import status_of
from graph.web.lane import success_headers
from graph.web.negotiation import listing, negotiate
from graph.web.state import radix

blueprint = Blueprint("queries", __name__)

RESERVED = ("format", "output")
"""Query-string names that are not parameters: they choose the answer format."""
MAX_VALUE = 2000
"""Longest parameter value accepted (characters)."""

_EXISTS = "ASK { { ?_entity ?p ?o } UNION { ?s ?p ?_entity } UNION { ?s ?_entity ?o } }"
"""Whether the dataset holds an IRI anywhere in a triple (the IRI is bound, not pasted)."""


class ParameterError(RadixError):
    """A named query's parameter value is missing, malformed, or names nothing in the dataset."""

    def __init__(self, message: str, suggestions: list[str] | None = None) -> None:
        self.suggestions = suggestions or []
        super().__init__(message)


class NoSuchQuery(RadixError):
    """The name is no named query; the closest names are suggested."""

    def __init__(self, name: str, suggestions: list[str]) -> None:
        self.suggestions = suggestions
        hint = f"; did you mean: {', '.join(suggestions)}" if suggestions else ""
        super().__init__(f"no named query {name!r}{hint}; GET /api/queries lists them")


def describe(query: NamedQuery) -> dict[str, Any]:
    """Return what a client needs to call ``query``: its meaning, parameters, defaults and route."""
    return {
        "name": query.name,
        "summary": query.summary,
        "description": query.description,
        "tags": query.tags,
        "parameters": [
            {
                "name": parameter.name,
                "takes": "iri" if parameter.takes_iri else "literal",
                "description": parameter.description,
                "default": parameter.default,
            }
            for parameter in query.parameters
        ],
        "route": f"/api/queries/{query.name}",
    }


@blueprint.errorhandler(RadixError)
def _error(error: RadixError) -> Response:
    status = 404 if isinstance(error, NoSuchQuery) else status_of(error) or 400
    body: dict[str, Any] = {"error": str(error)}
    if isinstance(error, ParameterError | NoSuchQuery):
        body["suggestions"] = error.suggestions
    response = jsonify(body)
    response.status_code = status
    return response


@blueprint.route("/api/queries")
def index() -> Response:
    """List the named queries with their parameters."""
    return jsonify({"queries": [describe(query) for query in radix().named_queries.values()]})


@blueprint.route("/api/queries/<name>")
def run(name: str) -> Response:
    """Run a named query with the parameters given in the query string (defaults for the rest)."""
    query = named_query(name)
    known = {parameter.name for parameter in query.parameters}
    unknown = sorted(set(request.args) - known - set(RESERVED))
    if unknown:
        names = ", ".join(sorted(known)) or "none"
        raise ParameterError(f"query {name!r} has no parameter {', '.join(unknown)}; its parameters: {names}")
    bindings = bind_parameters(query, request.args)
    formats = tuple(value for key in RESERVED for value in request.args.getlist(key))
    choice = negotiate(request.headers.get("Accept"), formats)
    if choice.solutions is None and choice.graph is None:
        raise UnacceptableAnswerError("solutions", listing("solutions"))
    spec = QuerySpec(query.text, solutions_type=choice.solutions, graph_type=choice.graph, bindings=bindings)
    executor = radix().executor
    answer = executor.execute(spec, client=request.remote_addr or None)
    settings = executor.settings
    return Response(answer.body, headers=success_headers(answer, settings.max_rows, settings.max_answer_bytes))


@blueprint.route("/api/cancel/<query_id>", methods=["POST"])
def cancel(query_id: str) -> Response:
    """Stop the query sent with header ``X-Radix-Query-Id: <query_id>``, wherever it runs."""
    if radix().executor.cancel(query_id):
        return jsonify({"cancelled": query_id})
    response = jsonify({"error": f"no query is running with id {query_id!r} (it may have finished)"})
    response.status_code = 404
    return response


def named_query(name: str) -> NamedQuery:
    """Return the named query ``name``, or raise :class:`NoSuchQuery` with the closest names."""
    queries = radix().named_queries
    if name not in queries:
        raise NoSuchQuery(name, difflib.get_close_matches(name, list(queries), n=5, cutoff=0.5))
    return queries[name]


def bind_parameters(query: NamedQuery, values: Mapping[str, str]) -> tuple[tuple[str, str, str], ...]:
    """Check each parameter's value (or its default) and return what the engine is to bind.

    Raises :class:`ParameterError` for a missing, malformed or unknown value.
    """
    return tuple(_binding(parameter, _value(query, parameter, values)) for parameter in query.parameters)


def _value(query: NamedQuery, parameter: Parameter, values: Mapping[str, str]) -> str:
    value = values.get(parameter.name)
    if value is None or not value.strip():
        value = parameter.default
    if value is None:
        raise ParameterError(f"query {query.name!r} needs a value for parameter {parameter.name!r}")
    if len(value) > MAX_VALUE:
        raise ParameterError(f"parameter {parameter.name!r} is {len(value)} characters long; at most {MAX_VALUE}")
    return value.strip()


def _binding(parameter: Parameter, value: str) -> tuple[str, str, str]:
    """Check ``value`` and return what the engine binds: ``(variable, "iri" | "literal", value)``."""
    if not parameter.takes_iri:
        return (parameter.variable, "literal", value)
    iri = expand_iri(value)
    if iri is None:
        iri = _resolve(parameter, value)
    try:
        ox.NamedNode(iri)
    except ValueError:
        raise ParameterError(f"parameter {parameter.name!r}: {value!r} is not a valid IRI") from None
    answer = radix().executor.execute(QuerySpec(_EXISTS, bindings=(("_entity", "iri", iri),)))
    if b"true" not in answer.body:
        raise ParameterError(
            f"parameter {parameter.name!r}: nothing in the dataset is called {value!r}", _suggestions(value)
        )
    return (parameter.variable, "iri", iri)


def _resolve(parameter: Parameter, value: str) -> str:
    """Resolve a Radix id or label to its IRI with the exploration index, if this server has one."""
    holder: ExplorerHolder | None = current_app.extensions.get(EXPLORER_EXTENSION)
    if holder is None or holder.status == "unavailable":
        raise ParameterError(f"parameter {parameter.name!r}: {value!r} is neither a known CURIE nor an absolute IRI")
    try:
        return holder.get().resolve(value)
    except UnknownEntityError as error:
        raise ParameterError(
            f"parameter {parameter.name!r}: no entity {value!r} in the graph", error.suggestions
        ) from None


def _suggestions(value: str) -> list[str]:
    holder: ExplorerHolder | None = current_app.extensions.get(EXPLORER_EXTENSION)
    if holder is None or holder.status == "unavailable":
        return []
    text = value.rsplit(":", 1)[-1].rsplit("/", 1)[-1].replace("_", " ")
    return [hit.curie for hit in holder.get().index.search(text, limit=5, min_score=40)] if text.strip() else []
