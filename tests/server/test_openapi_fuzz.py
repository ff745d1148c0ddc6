"""A property-based fuzz run over the OpenAPI document (schemathesis): no request makes the server answer 500.

For every operation the document describes, schemathesis generates requests that fit it (positive)
and requests that break it (negative: wrong types, missing parameters, odd strings); each is sent
to the app and must not be answered with a 5xx. The test uses schemathesis's programmatic API
(one pytest test per operation, each a Hypothesis run) rather than its pytest plugin, which does
not work with pytest 9.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from flask import Flask
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.generation import GenerationMode

from graph.ask.namedqueries import load_named_queries
from graph.web.openapi import openapi_document

SCHEMA_ROUTE = "/api/openapi.json"
"""schemathesis leaves out the document's own route; test_explore_api.py covers it."""
DOCUMENT = openapi_document("http://localhost", load_named_queries().values())
ALL_OPERATIONS = [
    f"{method.upper()} {path}"
    for path, methods in DOCUMENT["paths"].items()
    for method in methods
    if path != SCHEMA_ROUTE
]
WITHOUT_INPUT = {
    f"{method.upper()} {path}"
    for path, methods in DOCUMENT["paths"].items()
    for method, operation in methods.items()
    if not operation.get("parameters") and "requestBody" not in operation
}
"""Operations that take nothing at all: there is no request that breaks their description."""
NAMED_FUZZED = ("GET /api/queries/distinguishing_findings", "GET /api/queries/contested_facts")
"""Every named query is one view with its own parameters: one with two IRI parameters and one with none
stand for all (fuzzing each of the 27 would add minutes and nothing the view does not already meet)."""
OPERATIONS = [label for label in ALL_OPERATIONS if not label.startswith("GET /api/queries/") or label in NAMED_FUZZED]
EXAMPLES = 30


@pytest.fixture(scope="module")
def api_schema(app: Flask) -> Any:
    return schemathesis.openapi.from_wsgi("/api/openapi.json", app)


def test_every_operation_is_fuzzed(api_schema: Any) -> None:
    assert len(OPERATIONS) >= 12 and set(NAMED_FUZZED) <= set(OPERATIONS)
    assert {result.ok().label for result in api_schema.get_all_operations()} == set(ALL_OPERATIONS)


@pytest.mark.parametrize(
    ("label", "mode"),
    [
        pytest.param(label, mode, id=f"{label}-{name}")
        for label in OPERATIONS
        for mode, name in ((GenerationMode.POSITIVE, "fitting"), (GenerationMode.NEGATIVE, "breaking"))
        if mode is GenerationMode.POSITIVE or label not in WITHOUT_INPUT
    ],
)
def test_no_request_gets_a_server_error(api_schema: Any, label: str, mode: GenerationMode) -> None:
    operation = api_schema.find_operation_by_label(label)
    statuses: list[int] = []

    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(case=operation.as_strategy(generation_mode=mode))
    def run(case: Any) -> None:
        response = case.call()
        statuses.append(response.status_code)
        assert response.status_code < 500, f"{case.method} {case.formatted_path} -> {response.status_code}"

    try:
        run()
    except Unsatisfiable:
        if mode is GenerationMode.NEGATIVE:
            pytest.skip(f"{label}: nothing in its parameters can be made invalid (no types or bounds to break)")
        raise
    assert statuses, "no request was generated"
