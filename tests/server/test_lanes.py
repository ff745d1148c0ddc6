"""The reserved lane and per-client admission on their own (no HTTP): who may take the reserved worker, and when.

These are the parts of issue 14 item 4 that can be shown without a server: the reserved worker goes
only to callers that may use it (asked when it comes free), it runs a job for ``reserved_timeout`` at
most and is then replaced, the queue of waiters is bounded, and a client's in-flight queries are
counted. Waits are bounded by timeouts; nothing depends on how fast this machine is.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.errors import RadixError
from graph.serve.admission import Admission
from graph.serve.handoff import FairHandoff, HandoffFull
from graph.serve.query_errors import ClientLimitError, ReservedTimeoutError, WorkersBusyError
from graph.serve.sandbox import Job, PoolSettings, Snapshot, WorkerPool
from tests.server.support import poll

START = 120.0
"""Seconds a worker may take to start: these tests are about lanes, and a loaded CI machine once took over 30."""
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


class Item:
    def __init__(self, name: str, reserved: bool = False) -> None:
        self.name = name
        self.reserved = reserved


def _handoff() -> FairHandoff[Item]:
    return FairHandoff(is_reserved=lambda item: item.reserved)


def _waiting(handoff: FairHandoff[Item], count: int) -> None:
    assert poll(lambda: handoff.waiting() == count, seconds=10), "the waiting threads never queued"


def test_a_reserved_item_goes_only_to_callers_that_may_use_it() -> None:
    handoff = _handoff()
    handoff.put(Item("spare", reserved=True))
    assert handoff.take(0, reserve_ok=False) is None
    taken = handoff.take(0, reserve_ok=True)
    assert taken is not None and taken.name == "spare"


def test_an_ordinary_item_is_preferred_to_a_reserved_one() -> None:
    handoff = _handoff()
    handoff.put(Item("spare", reserved=True))
    handoff.put(Item("ordinary"))
    taken = handoff.take(0, reserve_ok=True)
    assert taken is not None and taken.name == "ordinary"


def test_a_freed_reserved_item_skips_waiters_that_may_not_use_it() -> None:
    handoff = _handoff()
    got: dict[str, str] = {}
    allowed = {"late": True}

    def wait(name: str, reserve_ok: bool | object) -> None:
        item = handoff.take(10, reserve_ok=reserve_ok)  # type: ignore[arg-type]
        got[name] = item.name if item else "none"

    first = threading.Thread(target=wait, args=("not allowed", False))
    first.start()
    _waiting(handoff, 1)
    second = threading.Thread(target=wait, args=("asked when freed", lambda: allowed["late"]))
    second.start()
    _waiting(handoff, 2)
    handoff.put(Item("spare", reserved=True))  # skips the first waiter, asks the second
    handoff.put(Item("ordinary"))  # to the first, still waiting
    first.join(10)
    second.join(10)
    assert got == {"not allowed": "ordinary", "asked when freed": "spare"}


def test_waiting_is_bounded() -> None:
    handoff = _handoff()
    waiter = threading.Thread(target=lambda: handoff.take(10, max_waiting=1))
    waiter.start()
    _waiting(handoff, 1)
    with pytest.raises(HandoffFull):
        handoff.take(10, max_waiting=1)
    handoff.put(Item("ordinary"))
    waiter.join(10)


def test_callers_that_may_use_the_reserve_are_counted_apart() -> None:
    handoff = _handoff()
    waiters = [
        threading.Thread(target=lambda: handoff.take(10, reserve_ok=False, max_waiting=1)),
        threading.Thread(target=lambda: handoff.take(10, reserve_ok=True, max_waiting=1)),
    ]
    for count, waiter in enumerate(waiters, start=1):
        waiter.start()
        _waiting(handoff, count)  # a full queue of one kind does not shut out the other kind
    for reserve_ok in (False, True):
        with pytest.raises(HandoffFull):
            handoff.take(10, reserve_ok=reserve_ok, max_waiting=1)
    handoff.put(Item("ordinary"))
    handoff.put(Item("ordinary"))
    for waiter in waiters:
        waiter.join(10)


def test_a_client_stopped_on_the_reserve_is_kept_off_it_for_a_while() -> None:
    admission = Admission(max_per_client=10, long_after=3600, cooldown=3600)
    admission.bar("10.0.0.1")
    with admission.enter("10.0.0.1") as barred, admission.enter("10.0.0.2") as other:
        assert not barred()
        assert other()
    admission.bar(None)  # no address: nothing to remember
    short = Admission(cooldown=0.0)  # a cooldown of nothing: barred, and at once free again
    short.bar("10.0.0.1")
    with short.enter("10.0.0.1") as again:
        assert again()


def test_a_client_may_have_only_so_many_queries_in_flight() -> None:
    admission = Admission(max_per_client=2, long_after=3600)
    with admission.enter("10.0.0.1"), admission.enter("10.0.0.1"):
        with pytest.raises(ClientLimitError, match="2 queries running or waiting"), admission.enter("10.0.0.1"):
            pass
        with admission.enter("10.0.0.2"):  # another client is not affected
            assert admission.in_flight("10.0.0.1") == 2
    assert admission.in_flight("10.0.0.1") == 0


def test_a_client_running_a_long_query_may_not_use_the_reserve() -> None:
    admission = Admission(max_per_client=10, long_after=0.0)  # every query in flight counts as long at once
    with admission.enter("10.0.0.1") as first:
        assert first()  # nothing else of this client is in flight
        with admission.enter("10.0.0.1") as second:
            assert not second()  # the first is "long"
            assert not first()  # and so is the second, for the first
        with admission.enter("10.0.0.2") as other:
            assert other()
    with admission.enter(None) as anonymous:  # no address: not counted, not limited
        assert anonymous()


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    path = tmp_path_factory.mktemp("lanes") / "data.nq"
    quads = [ox.Quad(ox.NamedNode(f"urn:s{i}"), ox.NamedNode("urn:p"), ox.Literal(str(i))) for i in range(300)]
    ox.serialize(quads, str(path), format=ox.RdfFormat.N_QUADS)
    return Snapshot(Path(path), "application/n-quads", {})


@pytest.fixture
def pool(snapshot: Snapshot) -> Iterator[WorkerPool]:
    settings = PoolSettings(size=1, reserved=1, reserved_timeout=0.5, max_waiting=1, start_timeout=START)
    workers = WorkerPool(snapshot, settings).start()
    yield workers
    workers.close()


def _hold_the_ordinary_worker(pool: WorkerPool) -> threading.Thread:
    def block() -> None:
        with contextlib.suppress(RadixError):  # its worker is killed when the pool closes
            pool.run(Job(SLOW), 30.0)

    blocker = threading.Thread(target=block, daemon=True)
    blocker.start()
    assert poll(lambda: pool.idle_count() == 0, seconds=10), "the slow job never took the ordinary worker"
    return blocker


def test_the_reserved_worker_answers_while_the_ordinary_one_is_held(pool: WorkerPool) -> None:
    _hold_the_ordinary_worker(pool)
    answer = pool.run(Job("ASK { <urn:s1> ?p ?o }"), 30.0, reserve_ok=True)
    assert answer.body == b'{"head":{},"boolean":true}'
    assert pool.stats.reserved_jobs == 1


def test_a_long_query_on_the_reserved_worker_is_stopped_at_its_short_limit(pool: WorkerPool) -> None:
    _hold_the_ordinary_worker(pool)
    reserved_before = set(pool.pids())
    started = time.monotonic()
    with pytest.raises(ReservedTimeoutError, match=r"0\.5 s that the worker kept for small queries"):
        pool.run(Job(SLOW), 30.0, reserve_ok=True)
    # Stopped at the reserve's 0.5 s, not the job's 30 s deadline; 25 s is room for a slow machine.
    assert time.monotonic() - started < 25
    assert poll(lambda: pool.idle_count(reserved=True) == 1, seconds=30), "the reserved worker was not replaced"
    assert set(pool.pids()) != reserved_before


def test_a_caller_that_may_not_use_the_reserve_waits_and_the_queue_is_bounded(pool: WorkerPool) -> None:
    _hold_the_ordinary_worker(pool)
    outcome: list[BaseException] = []

    def wait() -> None:
        try:
            pool.run(Job("ASK {}"), 1.0)  # may not use the reserve: waits for the ordinary worker, in vain
        except RadixError as error:
            outcome.append(error)

    waiter = threading.Thread(target=wait)
    waiter.start()
    assert poll(lambda: pool.waiting() == 1, seconds=10)
    with pytest.raises(WorkersBusyError, match="1 queries are waiting"):
        pool.run(Job("ASK {}"), 30.0)  # refused at once: max_waiting is 1
    assert pool.idle_count(reserved=True) == 1  # the reserve stayed free: nobody here could use it
    waiter.join(30)
    assert [type(error) for error in outcome] == [WorkersBusyError]
