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

from graph.web.openapi import openapi_document

SCHEMA_ROUTE = "/api/openapi.json"
"""schemathesis leaves out the document's own route; test_explore_api.py covers it."""
OPERATIONS = [
    f"{method.upper()} {path}"
    for path, methods in openapi_document("http://localhost")["paths"].items()
    for method in methods
    if path != SCHEMA_ROUTE
]
EXAMPLES = 30


@pytest.fixture(scope="module")
def api_schema(app: Flask) -> Any:
    return schemathesis.openapi.from_wsgi("/api/openapi.json", app)


def test_every_operation_is_fuzzed(api_schema: Any) -> None:
    assert len(OPERATIONS) >= 12
    assert {result.ok().label for result in api_schema.get_all_operations()} == set(OPERATIONS)


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=["fitting", "breaking"])
@pytest.mark.parametrize("label", OPERATIONS)
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
