"""Per-client admission of queries: how many each client may have in flight, and who may use the reserve.

A client is the address the request came from. One client may have at most ``max_per_client``
queries running or waiting for a worker at once; one more is refused at once (429), so a single
client cannot park every serving thread behind its own long queries. A client that has had a query
in flight for longer than ``long_after`` seconds is running something long: its other queries may
not use the reserved query worker (:mod:`graph.serve.sandbox`), which stays free for everyone else's
small queries. (That is asked when the reserved worker comes free, not when the query arrives: a
client's runaway queries all look short in their first second.) Behind a reverse proxy every request
comes from the proxy's address, so there the proxy should enforce per-client limits and
``max_per_client`` be raised (``--client-queries``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from graph.serve.query_errors import ClientLimitError


class Admission:
    """Counts each client's queries in flight; thread-safe."""

    def __init__(self, max_per_client: int | None = None, long_after: float = 1.0) -> None:
        self.max_per_client = max_per_client
        self.long_after = long_after
        self._lock = threading.Lock()
        self._started: dict[str, list[list[float]]] = {}

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
            """Say no when another query of this client has been in flight for ``long_after`` seconds."""
            now = time.monotonic()
            with self._lock:
                others = [other for other in self._started.get(client, []) if other is not entry]
            return all(now - other[0] < self.long_after for other in others)

        try:
            yield reserve_ok
        finally:
            with self._lock:
                flights = self._started[client]
                flights.remove(entry)
                if not flights:
                    del self._started[client]

    def in_flight(self, client: str) -> int:
        """How many queries of ``client`` are running or waiting now."""
        with self._lock:
            return len(self._started.get(client, []))
