"""Pieces the OpenAPI description is built from: response schemas, error responses, parameters."""

from __future__ import annotations

from typing import Any

from graph.explore.explorer import MAX_FINDINGS, MAX_TEXT

ERROR = {
    "type": "object",
    "properties": {"error": {"type": "string"}, "suggestions": {"type": "array", "items": {"type": "string"}}},
    "required": ["error"],
}
TEXT_ERROR = {"text/plain": {"schema": {"type": "string"}}}
HIT = {
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
REF = {"type": "object", "properties": {"id": {"type": "string"}, "label": {"type": "string"}}}
EDGE = {
    "type": "object",
    "properties": {
        "predicate": {"type": "string"},
        "words": {"type": "string"},
        "from": REF,
        "to": REF,
        "sources": {"type": "array", "items": REF},
        "evidence": {"type": "array", "items": REF},
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
EVIDENCE = {
    "type": "object",
    "properties": {
        "phrase": {"type": "string"},
        "present": {"type": "boolean"},
        "likelihood": {"type": "number"},
        "likelihood_ratio": {"type": "number"},
        "why": {"type": "string"},
    },
}
RANKED = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "label": {"type": "string"},
        "probability": {"type": "number"},
        "supporting": {"type": "array", "items": EVIDENCE},
        "against": {"type": "array", "items": EVIDENCE},
    },
    "required": ["id", "label", "probability", "supporting", "against"],
}
RDF_TYPES = ("text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml")
SPARQL_TYPES = (
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
    *RDF_TYPES,
)


def json_response(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def error_responses(*codes: int) -> dict[str, Any]:
    meanings = {
        400: "bad input (a missing or malformed parameter, or an entity not in the graph); "
        "the body suggests close matches",
        404: "no such entity; the body suggests close matches",
        406: "no acceptable format",
        415: "the body is not JSON",
    }
    return {str(code): json_response(ERROR, meanings[code]) for code in codes}


def query_parameter(
    name: str, description: str, *, required: bool = False, schema: dict[str, Any] | None = None
) -> dict[str, Any]:
    return {
        "name": name,
        "in": "query",
        "required": required,
        "description": description,
        "schema": schema or {"type": "string"},
    }


IDENTIFIER = {
    "name": "identifier",
    "in": "path",
    "required": True,
    "description": "a Radix id (S1_root), CURIE (radix:S1_root), IRI or exact label",
    "schema": {"type": "string", "maxLength": MAX_TEXT, "examples": ["S1_radiculopathy"]},
}

TEXT = {"type": "string", "minLength": 1, "maxLength": MAX_TEXT}
"""A search text or entity named in a parameter: longer ones are refused (400)."""

FINDINGS = {"type": "array", "items": {"type": "string", "maxLength": MAX_TEXT}, "maxItems": MAX_FINDINGS}
"""A list of findings to localise (or exclude): longer lists or findings are refused (400)."""
