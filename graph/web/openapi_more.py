"""The OpenAPI operations of the named queries and of the pages (search, compare, explorer, API docs).

Split from :mod:`graph.web.openapi` (which holds the endpoint and exploration API and the document
itself) to keep each module readable; both use the same schema helpers.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from graph.ask.namedqueries import NamedQuery
from graph.web.openapi_parts import (
    ERROR,
    IDENTIFIER,
    SPARQL_TYPES,
    TEXT,
    error_responses,
    json_response,
    query_parameter,
)


def page_paths() -> dict[str, Any]:
    """Return the operations of the pages and their helpers."""
    return {
        "/api/docs": {
            "get": {
                "summary": "This API's documentation, readable and callable in a browser (Swagger UI)",
                "responses": {"200": {"description": "HTML page"}},
            }
        },
        "/api/queries": {
            "get": {
                "tags": ["named queries"],
                "summary": "The named queries, each with its parameters, their meaning and defaults",
                "responses": {"200": json_response({"type": "object"}, "the named queries")},
            }
        },
        "/api/cancel/{query_id}": {
            "post": {
                "summary": "Stop a running query sent with the header X-Radix-Query-Id: {query_id}",
                "parameters": [
                    {
                        "name": "query_id",
                        "in": "path",
                        "required": True,
                        "description": "the id the client sent with its query (8-64 letters, digits, - or _)",
                        "schema": {"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_-]{7,63}$"},
                    }
                ],
                "responses": {
                    "200": json_response({"type": "object"}, "the query was stopped"),
                    **error_responses(400),
                    "404": json_response(ERROR, "no query is running with that id"),
                },
            }
        },
        "/api/docs/assets/{name}": {
            "get": {
                "summary": "A file of Swagger UI, for the API docs page",
                "parameters": [
                    {
                        "name": "name",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string", "enum": ["swagger-ui.css", "swagger-ui-bundle.js"]},
                    },
                ],
                "responses": {"200": {"description": "the file"}, "404": {"description": "no such file"}},
            }
        },
        "/search": {
            "get": {
                "summary": "Search results as a page (the search box of every page sends here)",
                "parameters": [
                    query_parameter("q", "what to look for"),
                    query_parameter("limit", "how many hits (1-100)", schema={"type": "integer"}),
                ],
                "responses": {"200": {"description": "HTML page"}, "400": {"description": "bad input"}},
            }
        },
        "/compare": {
            "get": {
                "summary": "Two conditions side by side as a page: separating tests, findings of one only, "
                "shared findings, each with its sources",
                "parameters": [query_parameter("a", "a condition"), query_parameter("b", "another condition")],
                "responses": {"200": {"description": "HTML page"}, "400": {"description": "bad input"}},
            }
        },
        "/api/compare": {
            "get": {
                "summary": "Two conditions compared: separating tests, findings of one only, shared findings, "
                "every item with its sources",
                "parameters": [
                    query_parameter("a", "a condition", required=True, schema=TEXT),
                    query_parameter("b", "another condition", required=True, schema=TEXT),
                ],
                "responses": {"200": json_response({"type": "object"}, "the comparison"), **error_responses(400, 404)},
            }
        },
        "/api/entity/{identifier}/explorer": {
            "get": {
                "summary": "An entity's explorer (relation filters, legend, picture) as an HTML fragment",
                "parameters": [
                    IDENTIFIER,
                    query_parameter("hide", "a relation group to hide, e.g. out-radix:hasFinding (repeatable)"),
                    query_parameter("expand", "a neighbour whose own links to list, e.g. radix:S1_root (repeatable)"),
                    query_parameter("whole", "a relation group to show whole (repeatable)"),
                ],
                "responses": {"200": {"description": "HTML fragment"}, **error_responses(400, 404)},
            }
        },
    }


def named_query_paths(queries: Iterable[NamedQuery]) -> dict[str, Any]:
    """Return one operation per named query: ``GET /api/queries/<name>`` with its parameters."""
    paths: dict[str, Any] = {}
    for query in queries:
        parameters = [
            {
                "name": parameter.name,
                "in": "query",
                "required": parameter.default is None,
                "description": parameter.description
                + (
                    " (a CURIE, an IRI, or a Radix id or label; must be in the graph)"
                    if parameter.takes_iri
                    else " (text)"
                ),
                "schema": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 2000,
                    **({"default": parameter.default} if parameter.default else {}),
                },
                **({"example": parameter.default} if parameter.default else {}),
            }
            for parameter in query.parameters
        ]
        parameters.append(query_parameter("format", "answer format: json, xml, csv or tsv (overrides Accept)"))
        paths[f"/api/queries/{query.name}"] = {
            "get": {
                "tags": ["named queries"],
                "operationId": f"query_{query.name}",
                "summary": query.summary,
                "description": query.description + "\n\nParameters are bound by the engine, never pasted into "
                "the query text; the answer is the query's, as SPARQL results.",
                "parameters": parameters,
                "responses": {
                    "200": {
                        "description": "the answer",
                        "content": {media: {"schema": {"type": "string"}} for media in SPARQL_TYPES[:4]},
                    },
                    **error_responses(400, 406),
                    "503": json_response(ERROR, "the query ran past its deadline, or every worker is busy"),
                },
            }
        }
    return paths
