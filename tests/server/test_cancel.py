"""A query sent with an id can be stopped: the server maps the id to the worker running it and kills that worker."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from flask import Flask

from graph.serve.cancel import Cancellations
from graph.serve.query_errors import QueryCancelledError, QueryIdError
from graph.web.state import EXTENSION, Radix
from tests.server.support import write_test_data

DIGITS = "{ 0 1 2 3 4 5 6 7 8 9 }"
SLOW = "SELECT (COUNT(*) AS ?count) WHERE { " + " ".join(f"VALUES ?v{i} {DIGITS}" for i in range(10)) + " }"
"""Ten billion rows to count: it runs until stopped, whatever the data."""


@pytest.fixture(scope="module")
def slow_app(app_factory: Callable[..., Flask], tmp_path_factory: pytest.TempPathFactory) -> Flask:
    data = write_test_data(tmp_path_factory.mktemp("cancel-data"))
    # one query process and no reserved one, so "the worker that ran it" is the only one
    return app_factory(RADIX_DATA=data, RADIX_TIMEOUT=30.0, RADIX_QUERY_WORKERS=1, RADIX_RESERVED_WORKERS=0)


def wait_for(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.02)


def test_cancel_stops_the_running_query_and_its_worker(slow_app: Flask, tmp_path: Path) -> None:
    state: Radix = slow_app.extensions[EXTENSION]
    before = state.executor.pool.pids()
    outcome: dict[str, object] = {}

    def send() -> None:
        response = slow_app.test_client().post(
            "/sparql", data={"query": SLOW}, headers={"X-Radix-Query-Id": "test-cancel-0001"}
        )
        outcome["status"], outcome["body"] = response.status_code, response.data

    thread = threading.Thread(target=send)
    thread.start()
    client = slow_app.test_client()
    wait_for(lambda: state.executor.pool.idle_count() == 0 or not thread.is_alive())  # the worker has the query
    assert thread.is_alive(), outcome
    assert client.post("/api/cancel/test-cancel-0001").status_code == 200
    thread.join(timeout=20)
    assert outcome["status"] == 409 and b"cancelled" in outcome["body"]  # type: ignore[operator]
    wait_for(lambda: len(state.executor.pool.pids()) == 1 and state.executor.pool.idle_count() == 1)
    assert state.executor.pool.pids() != before  # the worker that ran it was killed and replaced
    assert client.get("/health").get_json()["workers"]["cancelled"] >= 1
    assert client.get("/sparql", query_string={"query": "ASK {}"}).status_code == 200


def test_cancelling_an_unknown_or_finished_query_is_a_404(slow_app: Flask) -> None:
    client = slow_app.test_client()
    client.post("/sparql", data={"query": "ASK {}"}, headers={"X-Radix-Query-Id": "finished-query-01"})
    assert client.post("/api/cancel/finished-query-01").status_code == 404
    assert client.post("/api/cancel/never-sent-query").status_code == 404


def test_a_malformed_id_is_a_400(slow_app: Flask) -> None:
    client = slow_app.test_client()
    assert client.post("/api/cancel/x").status_code == 400
    response = client.post("/sparql", data={"query": "ASK {}"}, headers={"X-Radix-Query-Id": "../../etc"})
    assert response.status_code == 400


def test_a_query_cancelled_before_it_starts_never_runs(tmp_path: Path) -> None:
    cancellations = Cancellations(tmp_path)
    ticket = cancellations.open("waiting-query-1")
    assert cancellations.cancel("waiting-query-1")  # no worker yet: nothing to kill, but it must not start
    with pytest.raises(QueryCancelledError):
        ticket.attach(12345)
    assert ticket.close() and not list(tmp_path.iterdir())


def test_an_id_in_use_is_refused(tmp_path: Path) -> None:
    cancellations = Cancellations(tmp_path)
    cancellations.open("same-id-twice")
    with pytest.raises(QueryIdError):
        cancellations.open("same-id-twice")
