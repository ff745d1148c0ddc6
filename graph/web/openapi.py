"""The OpenAPI 3.1 description of every route the server answers (served at ``/api/openapi.json``)."""

from __future__ import annotations

from typing import Any

from graph import __version__

_ERROR = {
    "type": "object",
    "properties": {"error": {"type": "string"}, "suggestions": {"type": "array", "items": {"type": "string"}}},
    "required": ["error"],
}
_TEXT_ERROR = {"text/plain": {"schema": {"type": "string"}}}
_HIT = {
    "type": "object",
    "properties": {
        "id": {"type": "string", "examples": ["radix:S1_radiculopathy"]},
        "iri": {"type": "string"},
        "label": {"type": "string"},
        "types": {"type": "array", "items": {"type": "string"}},
        "matched": {"type": "string"},
        "via": {"type": "string", "enum": ["id", "label", "synonym", "related synonym", "external"]},
        "score": {"type": "number"},
    },
    "required": ["id", "iri", "label", "types", "score"],
}
_REF = {"type": "object", "properties": {"id": {"type": "string"}, "label": {"type": "string"}}}
_EDGE = {
    "type": "object",
    "properties": {
        "predicate": {"type": "string"},
        "words": {"type": "string"},
        "from": _REF,
        "to": _REF,
        "sources": {"type": "array", "items": _REF},
        "evidence": {"type": "array", "items": _REF},
        "frequency": {"type": "array", "items": {"type": "string"}},
        "share_of_cases": {"type": "array", "items": {"type": "string"}},
        "contested": {"type": "boolean"},
        "consensus": {"type": "boolean", "description": "true when the edge is its contest group's consensus variant"},
        "contexts": {
            "type": "array",
            "description": "the contexts the edge holds in, one per qualified axiom ({'laterality': 'bilateral'})",
            "items": {"type": "object", "additionalProperties": {"type": "string"}},
        },
    },
}
_EVIDENCE = {
    "type": "object",
    "properties": {
        "phrase": {"type": "string"},
        "present": {"type": "boolean"},
        "likelihood": {"type": "number"},
        "likelihood_ratio": {"type": "number"},
        "why": {"type": "string"},
    },
}
_RANKED = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "label": {"type": "string"},
        "probability": {"type": "number"},
        "supporting": {"type": "array", "items": _EVIDENCE},
        "against": {"type": "array", "items": _EVIDENCE},
    },
    "required": ["id", "label", "probability", "supporting", "against"],
}
_RDF_TYPES = ("text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml")
_SPARQL_TYPES = (
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
    *_RDF_TYPES,
)


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _errors(*codes: int) -> dict[str, Any]:
    meanings = {
        400: "bad input (a missing or malformed parameter)",
        404: "no such entity; the body suggests close matches",
        406: "no acceptable format",
        415: "the body is not JSON",
    }
    return {str(code): _json(_ERROR, meanings[code]) for code in codes}


def _query(
    name: str, description: str, *, required: bool = False, schema: dict[str, Any] | None = None
) -> dict[str, Any]:
    return {
        "name": name,
        "in": "query",
        "required": required,
        "description": description,
        "schema": schema or {"type": "string"},
    }


_IDENTIFIER = {
    "name": "identifier",
    "in": "path",
    "required": True,
    "description": "a Radix id (S1_root), CURIE (radix:S1_root), IRI or exact label",
    "schema": {"type": "string", "examples": ["S1_radiculopathy"]},
}


def openapi_document(server_url: str) -> dict[str, Any]:
    """Return the OpenAPI document, with ``server_url`` as the server."""
    sparql_parameters = [
        _query("query", "a SPARQL 1.1 query"),
        _query("default-graph-uri", "a graph of the dataset to use as default graph (repeatable)"),
        _query("named-graph-uri", "a graph of the dataset to make available by name (repeatable)"),
        _query("format", "answer format: json, xml, csv, tsv, ttl, nt, jsonld (overrides Accept)"),
    ]
    sparql_responses = {
        "200": {
            "description": "the answer, or without a query the service description",
            "content": {media: {"schema": {"type": "string"}} for media in _SPARQL_TYPES},
        },
        **{
            str(code): {"description": meaning, "content": _TEXT_ERROR}
            for code, meaning in (
                (400, "malformed query or request"),
                (403, "an update, or SERVICE to an endpoint not allowed"),
                (406, "no acceptable format"),
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
                        _query("findings", "findings, one per line (phrases or CURIEs)"),
                        _query("excluded", "features looked for and absent, one per line"),
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
                        _query("q", "what to look for", required=True, schema={"type": "string", "minLength": 1}),
                        _query(
                            "limit", "how many hits (1-100)", schema={"type": "integer", "minimum": 1, "maximum": 100}
                        ),
                        _query("types", "comma-separated class names to keep, e.g. Symptom,Sign"),
                    ],
                    "responses": {
                        "200": _json(
                            {
                                "type": "object",
                                "properties": {"query": {"type": "string"}, "hits": {"type": "array", "items": _HIT}},
                            },
                            "ranked hits",
                        ),
                        **_errors(400),
                    },
                }
            },
            "/api/entity/{identifier}": {
                "get": {
                    "summary": "An entity's card: label, types, definition, synonyms, mappings, "
                    "every edge with provenance",
                    "parameters": [_IDENTIFIER],
                    "responses": {
                        "200": _json(
                            {
                                "type": "object",
                                "properties": {
                                    "id": {"type": "string"},
                                    "iri": {"type": "string"},
                                    "label": {"type": "string"},
                                    "types": {"type": "array", "items": {"type": "string"}},
                                    "definition": {"type": ["string", "null"]},
                                    "synonyms": {"type": "array", "items": {"type": "string"}},
                                    "mappings": {"type": "array", "items": _EDGE},
                                    "out": {"type": "array", "items": _EDGE},
                                    "in": {"type": "array", "items": _EDGE},
                                },
                                "required": ["id", "iri", "label", "types", "out", "in"],
                            },
                            "the card",
                        ),
                        **_errors(400, 404),
                    },
                }
            },
            "/api/entity/{identifier}/neighbors": {
                "get": {
                    "summary": "The entities within depth steps, either direction, optionally along some predicates",
                    "parameters": [
                        _IDENTIFIER,
                        _query("depth", "steps (0-3)", schema={"type": "integer", "minimum": 0, "maximum": 3}),
                        _query("predicates", "comma-separated predicates to follow, e.g. radix:hasPrimaryRoot"),
                    ],
                    "responses": {"200": _json({"type": "object"}, "nodes and edges"), **_errors(400, 404)},
                }
            },
            "/api/path": {
                "get": {
                    "summary": "Shortest paths between two entities, each step told in words",
                    "parameters": [
                        _query("from", "the start entity", required=True, schema={"type": "string", "minLength": 1}),
                        _query("to", "the end entity", required=True, schema={"type": "string", "minLength": 1}),
                        _query(
                            "limit", "how many paths (1-20)", schema={"type": "integer", "minimum": 1, "maximum": 20}
                        ),
                    ],
                    "responses": {"200": _json({"type": "object"}, "the paths"), **_errors(400, 404)},
                }
            },
            "/api/related/{identifier}": {
                "get": {
                    "summary": "Other conditions ranked by what they share with this one "
                    "(findings, roots, nerves, muscles, causes, mimic links)",
                    "parameters": [
                        _IDENTIFIER,
                        _query("limit", "how many (1-100)", schema={"type": "integer", "minimum": 1, "maximum": 100}),
                    ],
                    "responses": {
                        "200": _json({"type": "object"}, "related conditions with what they share"),
                        **_errors(400, 404),
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
                                            "type": "array",
                                            "items": {"type": "string"},
                                            "examples": [["AJ absent R", "HP:0031955", "knee reflex normal"]],
                                        },
                                        "excluded": {
                                            "type": "array",
                                            "items": {"type": "string"},
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
                                    },
                                    "minProperties": 1,
                                }
                            }
                        },
                    },
                    "responses": {
                        "200": _json(
                            {
                                "type": "object",
                                "properties": {
                                    "abstain": {"type": "boolean"},
                                    "message": {"type": ["string", "null"]},
                                    "none_probability": {"type": "number"},
                                    "sites": {"type": "array", "items": _RANKED},
                                    "conditions": {"type": "array", "items": _RANKED},
                                    "candidates": {"type": "array", "items": _RANKED},
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
                        **_errors(400, 415),
                    },
                }
            },
            "/entity/{identifier}": {
                "get": {
                    "summary": "A Radix entity's page: HTML to a browser, Turtle / JSON-LD / N-Triples / RDF/XML "
                    "by content negotiation",
                    "parameters": [_IDENTIFIER, _query("format", "ttl, jsonld, nt or xml (overrides Accept)")],
                    "responses": {
                        "200": {
                            "description": "the page or the entity's RDF description",
                            "content": {
                                "text/html": {"schema": {"type": "string"}},
                                **{m: {"schema": {"type": "string"}} for m in _RDF_TYPES},
                            },
                        },
                        **_errors(400, 404, 406),
                    },
                }
            },
        },
    }
