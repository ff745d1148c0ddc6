"""The OpenAPI 3.1 description of every route the server answers (served at ``/api/openapi.json``).

Each named query is its own operation, ``GET /api/queries/<name>``, with its parameters, their
meaning and defaults read from the query's header, so a client generator or the API docs page
(``/api/docs``) shows them as a form; those operations and the pages' routes are described in
:mod:`graph.web.openapi_more`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from graph import __version__
from graph.ask.namedqueries import NamedQuery
from graph.web.openapi_more import named_query_paths, page_paths
from graph.web.openapi_parts import (
    EDGE,
    FINDINGS,
    HIT,
    IDENTIFIER,
    RANKED,
    RDF_TYPES,
    SPARQL_TYPES,
    TEXT,
    TEXT_ERROR,
    error_responses,
    json_response,
    query_parameter,
)


def openapi_document(server_url: str, named_queries: Iterable[NamedQuery] = ()) -> dict[str, Any]:
    """Return the OpenAPI document, with ``server_url`` as the server and an operation per named query."""
    sparql_parameters = [
        query_parameter("query", "a SPARQL 1.1 query"),
        query_parameter("default-graph-uri", "a graph of the dataset to use as default graph (repeatable)"),
        query_parameter("named-graph-uri", "a graph of the dataset to make available by name (repeatable)"),
        query_parameter(
            "format",
            "answer format (overrides Accept for the answer kinds it fits): json, xml, csv, tsv, ttl, turtle, n3, "
            "nt, ntriples, jsonld, json-ld, rdf+xml, or a media type; `output` is a synonym, as in Fuseki",
        ),
    ]
    sparql_responses = {
        "200": {
            "description": "the answer, or without a query the service description",
            "content": {media: {"schema": {"type": "string"}} for media in SPARQL_TYPES},
        },
        **{
            str(code): {"description": meaning, "content": TEXT_ERROR}
            for code, meaning in (
                (400, "malformed query or request"),
                (403, "an update, or SERVICE to an endpoint not allowed"),
                (406, "no acceptable format; the message lists those that fit the query type"),
                (409, "the query was cancelled (POST /api/cancel/{query_id})"),
                (413, "query too long"),
                (415, "unsupported media type"),
                (503, "the query ran past its deadline, or every worker is busy"),
            )
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Radix",
            "version": __version__,
            "description": "A sourced clinical knowledge graph of spinal nerve root disorders: a read-only SPARQL "
            "1.1 endpoint, exploration API (search, entity cards, neighbourhoods, paths, related conditions, "
            "localisation) and linked-data pages.",
            "license": {"name": "CC BY 4.0 (content)", "url": "https://creativecommons.org/licenses/by/4.0/"},
        },
        "servers": [{"url": server_url}],
        "paths": {
            "/sparql": {
                "get": {
                    "summary": "Run a SPARQL query (SPARQL 1.1 Protocol), or describe the service",
                    "parameters": sparql_parameters,
                    "responses": sparql_responses,
                },
                "post": {
                    "summary": "Run a SPARQL query sent in the body (form-encoded or application/sparql-query)",
                    "requestBody": {
                        "content": {
                            "application/x-www-form-urlencoded": {
                                "schema": {"type": "object", "properties": {"query": {"type": "string"}}}
                            },
                            "application/sparql-query": {"schema": {"type": "string"}},
                        }
                    },
                    "responses": sparql_responses,
                },
            },
            "/void": {
                "get": {"summary": "VoID description of the dataset", "responses": {"200": {"description": "RDF"}}}
            },
            "/health": {
                "get": {
                    "summary": "Readiness, worker state and whether the exploration index is built",
                    "responses": {"200": {"description": "ready"}, "503": {"description": "starting"}},
                }
            },
            "/": {"get": {"summary": "The query page (HTML)", "responses": {"200": {"description": "HTML page"}}}},
            "/localize": {
                "get": {
                    "summary": "The localisation page (HTML): findings one per line, read, localised and explained",
                    "parameters": [
                        query_parameter("findings", "findings, one per line (phrases or CURIEs)"),
                        query_parameter("excluded", "features looked for and absent, one per line"),
                    ],
                    "responses": {
                        "200": {"description": "HTML page", "content": {"text/html": {"schema": {"type": "string"}}}},
                        "400": {"description": "the findings could not be read (the page says why)"},
                    },
                }
            },
            "/api/openapi.json": {
                "get": {"summary": "This document", "responses": {"200": {"description": "OpenAPI"}}}
            },
            "/api/search": {
                "get": {
                    "summary": "Find entities by label, synonym, CURIE, IRI or mapped external id "
                    "(HP:0003438, ICD10CM:M54.17)",
                    "parameters": [
                        query_parameter("q", "what to look for", required=True, schema=TEXT),
                        query_parameter(
                            "limit", "how many hits (1-100)", schema={"type": "integer", "minimum": 1, "maximum": 100}
                        ),
                        query_parameter("types", "comma-separated class names to keep, e.g. Symptom,Sign"),
                    ],
                    "responses": {
                        "200": json_response(
                            {
                                "type": "object",
                                "properties": {"query": {"type": "string"}, "hits": {"type": "array", "items": HIT}},
                            },
                            "ranked hits",
                        ),
                        **error_responses(400),
                    },
                }
            },
            "/api/entity/{identifier}": {
                "get": {
                    "summary": "An entity's card: label, types, definition, synonyms, mappings, "
                    "every edge with provenance",
                    "parameters": [IDENTIFIER],
                    "responses": {
                        "200": json_response(
                            {
                                "type": "object",
                                "properties": {
                                    "id": {"type": "string"},
                                    "iri": {"type": "string"},
                                    "label": {"type": "string"},
                                    "types": {"type": "array", "items": {"type": "string"}},
                                    "definition": {"type": ["string", "null"]},
                                    "synonyms": {"type": "array", "items": {"type": "string"}},
                                    "mappings": {"type": "array", "items": EDGE},
                                    "out": {"type": "array", "items": EDGE},
                                    "in": {"type": "array", "items": EDGE},
                                },
                                "required": ["id", "iri", "label", "types", "out", "in"],
                            },
                            "the card",
                        ),
                        **error_responses(400, 404),
                    },
                }
            },
            "/api/entity/{identifier}/neighbors": {
                "get": {
                    "summary": "The entities within depth steps, either direction, optionally along some predicates",
                    "parameters": [
                        IDENTIFIER,
                        query_parameter("depth", "steps (0-3)", schema={"type": "integer", "minimum": 0, "maximum": 3}),
                        query_parameter(
                            "predicates", "comma-separated predicates to follow, e.g. radix:hasPrimaryRoot"
                        ),
                    ],
                    "responses": {
                        "200": json_response({"type": "object"}, "nodes and edges"),
                        **error_responses(400, 404),
                    },
                }
            },
            "/api/path": {
                "get": {
                    "summary": "Shortest paths between two entities, each step told in words",
                    "parameters": [
                        query_parameter("from", "the start entity", required=True, schema=TEXT),
                        query_parameter("to", "the end entity", required=True, schema=TEXT),
                        query_parameter(
                            "limit", "how many paths (1-20)", schema={"type": "integer", "minimum": 1, "maximum": 20}
                        ),
                    ],
                    "responses": {"200": json_response({"type": "object"}, "the paths"), **error_responses(400, 404)},
                }
            },
            "/api/related/{identifier}": {
                "get": {
                    "summary": "Other conditions ranked by what they share with this one "
                    "(findings, roots, nerves, muscles, causes, mimic links)",
                    "parameters": [
                        IDENTIFIER,
                        query_parameter(
                            "limit", "how many (1-100)", schema={"type": "integer", "minimum": 1, "maximum": 100}
                        ),
                    ],
                    "responses": {
                        "200": json_response({"type": "object"}, "related conditions with what they share"),
                        **error_responses(400, 404),
                    },
                }
            },
            "/api/localize": {
                "post": {
                    "summary": "The lesion site and the condition at it for examination findings, with the "
                    "evidence as likelihood ratios, the next test and red flags",
                    "description": (
                        "Findings present and excluded (phrases or CURIEs), or a GA4GH Phenopacket v2: as "
                        "`phenopacket`, or as the whole body (a body with `phenotypicFeatures` is read as one). "
                        "Observed phenotypic features are present, `excluded: true` ones absent; an HPO term more "
                        "specific than Radix maps reaches Radix through the HPO hierarchy."
                    ),
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "findings": {
                                            **FINDINGS,
                                            "examples": [["AJ absent R", "HP:0031955", "knee reflex normal"]],
                                        },
                                        "excluded": {
                                            **FINDINGS,
                                            "examples": [["HP:0002019", "saddle anaesthesia"]],
                                        },
                                        "phenopacket": {
                                            "type": "object",
                                            "description": "a GA4GH Phenopacket v2 (JSON)",
                                        },
                                        "phenotypicFeatures": {
                                            "type": "array",
                                            "description": "present when the whole body is a phenopacket",
                                        },
                                        "limit": {"type": "integer", "minimum": 1, "maximum": 100},
                                        "priors": {
                                            "type": "string",
                                            "enum": ["uniform", "incidence"],
                                            "default": "uniform",
                                            "description": "every site alike, or proportional to population "
                                            "incidence where the graph has a number",
                                        },
                                    },
                                    "minProperties": 1,
                                }
                            }
                        },
                    },
                    "responses": {
                        "200": json_response(
                            {
                                "type": "object",
                                "properties": {
                                    "abstain": {"type": "boolean"},
                                    "message": {"type": ["string", "null"]},
                                    "none_probability": {"type": "number"},
                                    "sites": {"type": "array", "items": RANKED},
                                    "conditions": {"type": "array", "items": RANKED},
                                    "candidates": {"type": "array", "items": RANKED},
                                    "multi_lesion": {"type": "array"},
                                    "unresolved": {"type": "array"},
                                    "next_test": {"type": ["object", "null"]},
                                    "red_flags": {"type": "array"},
                                    "observations": {"type": "array"},
                                    "phenopacket": {"type": "object", "description": "how each feature reached Radix"},
                                },
                                "required": ["abstain", "sites", "conditions", "unresolved", "next_test", "red_flags"],
                            },
                            "ranked sites and conditions with the evidence for and against, the next test, red flags",
                        ),
                        **error_responses(400, 415),
                    },
                }
            },
            "/entity/{identifier}": {
                "get": {
                    "summary": "A Radix entity's page: HTML to a browser, Turtle / JSON-LD / N-Triples / RDF/XML "
                    "by content negotiation",
                    "parameters": [IDENTIFIER, query_parameter("format", "ttl, jsonld, nt or xml (overrides Accept)")],
                    "responses": {
                        "200": {
                            "description": "the page or the entity's RDF description",
                            "content": {
                                "text/html": {"schema": {"type": "string"}},
                                **{m: {"schema": {"type": "string"}} for m in RDF_TYPES},
                            },
                        },
                        **error_responses(400, 404, 406),
                    },
                }
            },
            **page_paths(),
            **named_query_paths(named_queries),
        },
    }
