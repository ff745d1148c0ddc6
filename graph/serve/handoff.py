"""A first-come, first-served queue of idle resources: the oldest waiter gets the next one returned.

``queue.Queue`` (and ``threading.Semaphore``) are not fair: ``put`` wakes a waiting thread, but a
thread arriving meanwhile may take the item first, and the woken thread waits again -- at the back.
With more serving threads than query workers, measured on this project's machine, that barging let
a few requests wait 10-25 ms for a worker while most waited under 2 ms (the p99 of the whole
endpoint). Here a returned resource is handed straight to the oldest waiter, so a request waits only
for the requests that arrived before it.

Some resources may be *reserved* (``is_reserved``): they go only to callers that may use them
(``take(reserve_ok=...)``, a flag or a question asked at the moment one comes free), so a share of the
query workers stays free for cheap work while others are held by long queries (see
:mod:`graph.serve.sandbox`). The queue of waiters can be bounded (``max_waiting``): past it,
:meth:`FairHandoff.take` refuses at once instead of parking one more serving thread. Callers that
may take a reserved resource and callers that may not are counted apart, so a queue full of the
latter (clients running long queries) never shuts out the former.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")
ReserveOk = bool | Callable[[], bool]
"""Whether a caller may take a reserved resource: fixed, or asked each time one comes free."""


class HandoffFull(Exception):
    """Raised by :meth:`FairHandoff.take` when ``max_waiting`` callers are waiting already."""


class _Waiter(Generic[T]):
    """One blocked :meth:`FairHandoff.take`: an event, whether it may take a reserved resource, and its resource."""

    __slots__ = ("event", "item", "reserve_ok")

    def __init__(self, reserve_ok: ReserveOk) -> None:
        self.event = threading.Event()
        self.item: T | None = None
        self.reserve_ok = reserve_ok

    def may_reserve(self) -> bool:
        """Say whether this waiter may take a reserved resource now."""
        return self.reserve_ok() if callable(self.reserve_ok) else self.reserve_ok


class FairHandoff(Generic[T]):
    """Idle resources, handed out in the order the requests for them arrived. Thread-safe.

    Invariants (under the lock): an idle ordinary resource means nobody waits; an idle reserved
    resource means nobody who could take it when it came free waits. So a newcomer may take an idle
    resource at once without overtaking anyone. (A waiter refused a reserved resource because its
    client was running a long query is not offered it again if that changes; it waits for an
    ordinary one, or for the next reserved one to come free.)
    """

    def __init__(self, is_reserved: Callable[[T], bool] | None = None) -> None:
        self._lock = threading.Lock()
        self._is_reserved = is_reserved or (lambda item: False)
        self._idle: deque[T] = deque()
        self._idle_reserved: deque[T] = deque()
        self._waiters: deque[_Waiter[T]] = deque()

    def put(self, item: T) -> None:
        """Return ``item``: to the oldest waiter that may take it if any, else to the idle set."""
        reserved = self._is_reserved(item)
        with self._lock:
            for waiter in self._waiters:
                if not reserved or waiter.may_reserve():
                    self._waiters.remove(waiter)
                    waiter.item = item
                    waiter.event.set()
                    return
            (self._idle_reserved if reserved else self._idle).append(item)

    def take(self, timeout: float, *, reserve_ok: ReserveOk = False, max_waiting: int | None = None) -> T | None:
        """Return an idle resource, waiting up to ``timeout`` seconds behind earlier callers; None on timeout.

        ``reserve_ok`` lets the caller have a reserved resource (an ordinary one is always preferred);
        with ``max_waiting``, raise :class:`HandoffFull` instead of waiting when that many callers of
        its kind (allowed a reserved resource now, or not) wait already.
        """
        reserving = reserve_ok() if callable(reserve_ok) else reserve_ok
        with self._lock:
            if self._idle:
                return self._idle.popleft()
            if self._idle_reserved and reserving:
                return self._idle_reserved.popleft()
            if max_waiting is not None:
                alike = sum(1 for waiter in self._waiters if waiter.may_reserve() == reserving)
                if alike >= max_waiting:
                    raise HandoffFull(f"{alike} requests are waiting already")
            waiter: _Waiter[T] = _Waiter(reserve_ok)
            self._waiters.append(waiter)
        deadline = time.monotonic() + max(0.0, timeout)
        while not waiter.event.wait(max(0.0, deadline - time.monotonic())):
            with self._lock:
                if waiter.event.is_set():  # handed one just as the wait ended
                    break
                if time.monotonic() >= deadline:
                    self._waiters.remove(waiter)
                    return None
        return waiter.item

    def idle_count(self, *, reserved: bool = False) -> int:
        """How many ordinary (or, with ``reserved``, reserved) resources are idle now."""
        return len(self._idle_reserved if reserved else self._idle)

    def waiting(self) -> int:
        """How many callers are waiting now."""
        return len(self._waiters)
