"""The idle-worker queue is first come, first served: no request overtakes an earlier one."""

from __future__ import annotations

import threading
import time

from graph.serve.handoff import FairHandoff


def _wait_for_waiters(handoff: FairHandoff[int], count: int) -> None:
    deadline = time.monotonic() + 5
    while len(handoff._waiters) < count:
        assert time.monotonic() < deadline, "the waiting threads never queued"
        time.sleep(0.001)


def test_an_idle_resource_is_taken_at_once() -> None:
    handoff: FairHandoff[int] = FairHandoff()
    handoff.put(7)
    assert handoff.idle_count() == 1
    assert handoff.take(timeout=0) == 7
    assert handoff.idle_count() == 0


def test_waiters_are_served_in_the_order_they_came() -> None:
    handoff: FairHandoff[int] = FairHandoff()
    got: dict[str, int | None] = {}

    def wait(name: str) -> None:
        got[name] = handoff.take(timeout=5)

    threads = []
    for index, name in enumerate(["first", "second", "third"]):
        thread = threading.Thread(target=wait, args=(name,))
        thread.start()
        threads.append(thread)
        _wait_for_waiters(handoff, index + 1)
    for item in (1, 2, 3):
        handoff.put(item)
    for thread in threads:
        thread.join(5)
    assert got == {"first": 1, "second": 2, "third": 3}


def test_a_newcomer_cannot_take_what_was_handed_to_a_waiter() -> None:
    handoff: FairHandoff[int] = FairHandoff()
    got: list[int | None] = []
    waiter = threading.Thread(target=lambda: got.append(handoff.take(timeout=5)))
    waiter.start()
    _wait_for_waiters(handoff, 1)
    handoff.put(1)
    assert handoff.take(timeout=0) is None  # the returned resource already belongs to the waiter
    waiter.join(5)
    assert got == [1]


def test_a_timed_out_waiter_leaves_the_queue() -> None:
    handoff: FairHandoff[int] = FairHandoff()
    started = time.monotonic()
    assert handoff.take(timeout=0.05) is None
    assert time.monotonic() - started >= 0.05
    assert not handoff._waiters
    handoff.put(9)  # goes to the idle set, not to the waiter that gave up
    assert handoff.take(timeout=0) == 9
