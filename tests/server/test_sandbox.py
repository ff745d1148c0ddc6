"""The worker pool on its own (no HTTP): deadlines kill, crashes are contained, workers are replaced."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.errors import QuerySyntaxError
from graph.serve.query_errors import QueryCrashedError, QueryEngineError, QueryTimeoutError, WorkersBusyError
from graph.serve.sandbox import Job, PoolSettings, Snapshot, WorkerPool
from tests.server.support import Listener

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    """Write a dataset of 300 triples: enough for a cross product to run for minutes."""
    path = tmp_path_factory.mktemp("snapshot") / "data.nq"
    quads = [ox.Quad(ox.NamedNode(f"urn:s{i}"), ox.NamedNode("urn:p"), ox.Literal(str(i))) for i in range(300)]
    ox.serialize(quads, str(path), format=ox.RdfFormat.N_QUADS)
    return Snapshot(path, "application/n-quads", {"ex": "urn:"})


@pytest.fixture
def pool(snapshot: Snapshot) -> Iterator[WorkerPool]:
    workers = WorkerPool(snapshot, PoolSettings(size=1)).start()
    yield workers
    workers.close()


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def wait_for(condition: object, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.02)
    return False


def test_job_is_answered_in_the_requested_format(pool: WorkerPool) -> None:
    answer = pool.run(Job("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", solutions_type="text/csv"), timeout=5)
    assert answer.body == b"n\r\n300\r\n"


def test_deadline_raises_timeout_at_the_deadline(pool: WorkerPool) -> None:
    started = time.monotonic()
    with pytest.raises(QueryTimeoutError):
        pool.run(Job(SLOW), timeout=0.5)
    # SLOW would run for hours; stopping it at all proves the deadline. The bound is generous so that a
    # machine ten times slower still passes; how soon after the deadline it stops is a benchmark's job.
    assert 0.45 <= time.monotonic() - started < 30  # poll() counts whole milliseconds: allow rounding down


def test_worker_past_its_deadline_is_killed(pool: WorkerPool) -> None:
    [pid] = pool.pids()
    with pytest.raises(QueryTimeoutError):
        pool.run(Job(SLOW), timeout=0.3)
    assert wait_for(lambda: not alive(pid))


def test_killed_worker_is_replaced(pool: WorkerPool) -> None:
    [pid] = pool.pids()
    with pytest.raises(QueryTimeoutError):
        pool.run(Job(SLOW), timeout=0.3)
    assert pool.run(Job("ASK {}"), timeout=10).body == b'{"head":{},"boolean":true}'
    assert pool.pids() != [pid]


def test_crash_is_reported_with_its_signal(pool: WorkerPool) -> None:
    with pytest.raises(QueryCrashedError, match="SIGSEGV"):
        pool.run(Job("SELECT * WHERE " + "{" * 3000 + "}" * 3000), timeout=10)


def test_crashed_worker_is_replaced(pool: WorkerPool) -> None:
    with pytest.raises(QueryCrashedError):
        pool.run(Job("SELECT * WHERE " + "{" * 3000 + "}" * 3000), timeout=10)
    assert pool.run(Job("ASK {}"), timeout=10).kind == "boolean"


def test_syntax_error_keeps_the_worker(pool: WorkerPool) -> None:
    [pid] = pool.pids()
    with pytest.raises(QuerySyntaxError):
        pool.run(Job("SELECT WHERE"), timeout=5)
    assert pool.pids() == [pid]


def test_busy_pool_refuses_after_the_deadline(pool: WorkerPool) -> None:
    def block() -> None:
        with pytest.raises(QueryTimeoutError):
            pool.run(Job(SLOW), 2.0)

    blocker = threading.Thread(target=block)
    blocker.start()
    assert wait_for(lambda: pool.idle_count() == 0), "the blocking job never took the worker"
    with pytest.raises(WorkersBusyError):
        pool.run(Job("ASK {}"), timeout=0.3)
    blocker.join()


def test_isolated_worker_cannot_reach_the_network(pool: WorkerPool, listener: Listener) -> None:
    if not pool.stats.isolated:
        pytest.skip("this kernel refuses network namespaces; the SERVICE guard is the only protection here")
    with pytest.raises(QueryEngineError):
        pool.run(Job(f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"), timeout=10)
    assert listener.connections == 0


def test_memory_cap_stops_a_greedy_query(snapshot: Snapshot) -> None:
    greedy = WorkerPool(snapshot, PoolSettings(size=1, memory_mb=300)).start()
    try:
        grow = '"abcdefghij"'
        for _ in range(7):  # each REPLACE makes the string 11 times longer: 214 MB in the end
            grow = f'REPLACE({grow}, "", "0123456789")'
        query = f"SELECT (STRLEN({grow}) AS ?n) WHERE {{}}"
        with pytest.raises(QueryCrashedError, match="SIGABRT"):
            greedy.run(Job(query), timeout=20)
    finally:
        greedy.close()


def test_close_ends_every_worker(snapshot: Snapshot) -> None:
    workers = WorkerPool(snapshot, PoolSettings(size=2)).start()
    pids = workers.pids()
    workers.close()
    assert wait_for(lambda: not any(alive(pid) for pid in pids))


def test_workers_load_the_snapshot(tmp_path: Path) -> None:
    path = tmp_path / "one.nq"
    path.write_text("<urn:a> <urn:b> <urn:c> <urn:g> .\n", encoding="utf-8")
    workers = WorkerPool(Snapshot(path, "application/n-quads", {}), PoolSettings(size=1)).start()
    try:
        answer = workers.run(Job("ASK { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }"), timeout=5)
    finally:
        workers.close()
    assert b"true" in answer.body
