"""Per-client admission of queries: how many each client may have in flight, and who may use the reserve.

A client is the address the request came from. One client may have at most ``max_per_client``
queries running or waiting for a worker at once; one more is refused at once (429), so a single
client cannot park every serving thread behind its own long queries. A client that has had a query
in flight for longer than ``long_after`` seconds is running something long: its other queries may
not use the reserved query worker (:mod:`graph.serve.sandbox`), which stays free for everyone else's
small queries. (That is asked when the reserved worker comes free, not when the query arrives: a
client's runaway queries all look short in their first second.) And a client one of whose queries
was stopped on the reserved worker may not use it for ``cooldown`` seconds, doubled at each further
stop (up to an hour): a distributed attack, one runaway per address, costs the reserve at most
``reserved_timeout`` per address and cooldown, not all of its time. Behind a reverse proxy every request
comes from the proxy's address, so there the proxy should enforce per-client limits and
``max_per_client`` be raised (``--client-queries``).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from graph.serve.query_errors import ClientLimitError

MAX_COOLDOWN = 3600.0
"""The longest a client is kept off the reserved worker, however often it ran long there."""
MAX_REMEMBERED = 10_000
"""Clients whose cooldown is remembered (the memory of a distributed attack is bounded too)."""


class Admission:
    """Counts each client's queries in flight; thread-safe."""

    def __init__(self, max_per_client: int | None = None, long_after: float = 1.0, cooldown: float = 600.0) -> None:
        self.max_per_client = max_per_client
        self.long_after = long_after
        self.cooldown = cooldown
        self._lock = threading.Lock()
        self._started: dict[str, list[list[float]]] = {}
        self._barred: OrderedDict[str, tuple[float, float]] = OrderedDict()  # client: (until, last cooldown)

    @contextmanager
    def enter(self, client: str | None) -> Iterator[Callable[[], bool]]:
        """Admit one query of ``client`` for the ``with`` block; yield the question "may it use the reserve now?".

        Raises :class:`ClientLimitError` when the client has ``max_per_client`` queries in flight.
        None (a caller without an address, such as a test client) is neither counted nor limited.
        """
        if client is None:
            yield lambda: True
            return
        entry = [time.monotonic()]
        with self._lock:
            flights = self._started.setdefault(client, [])
            if self.max_per_client is not None and len(flights) >= self.max_per_client:
                if not flights:
                    del self._started[client]
                raise ClientLimitError(
                    f"this client has {len(flights)} queries running or waiting already, as many as one "
                    "client may; wait for an answer before sending more"
                )
            flights.append(entry)

        def reserve_ok() -> bool:
            """Say no when another query of this client has been in flight ``long_after`` s, or it is barred."""
            now = time.monotonic()
            with self._lock:
                others = [other for other in self._started.get(client, []) if other is not entry]
                barred = self._barred.get(client, (0.0, 0.0))[0] > now
            return not barred and all(now - other[0] < self.long_after for other in others)

        try:
            yield reserve_ok
        finally:
            with self._lock:
                flights = self._started[client]
                flights.remove(entry)
                if not flights:
                    del self._started[client]

    def bar(self, client: str | None) -> None:
        """Keep ``client`` off the reserve for the cooldown (doubled if barred before): it ran long there."""
        if client is None:
            return
        now = time.monotonic()
        with self._lock:
            _, last = self._barred.pop(client, (0.0, 0.0))
            seconds = min(MAX_COOLDOWN, last * 2 if last else self.cooldown)
            self._barred[client] = (now + seconds, seconds)
            while len(self._barred) > MAX_REMEMBERED:  # forget the longest-ago barred first
                self._barred.popitem(last=False)

    def in_flight(self, client: str) -> int:
        """How many queries of ``client`` are running or waiting now."""
        with self._lock:
            return len(self._started.get(client, []))
