"""Serving slots: at most ``slots`` requests are worked on at once, and a request takes one only once its body is in.

``radix serve`` runs under Granian's WSGI interface, which hands a request to one of its threads as
soon as the headers are in; the thread then reads the body, blocking until the client sends it.
Granian bounds the time to send headers (``header_read_timeout``, ``--header-timeout``) but has no
setting for the body, and a thread that gives up on a body cannot help: Granian 2.8.9, once the app
has answered, takes the body's lock while holding the GIL (``src/wsgi/callbacks.rs``:
``body_stream.blocking_lock()``), so a read abandoned in another thread stalls every thread of the
process until that client sends more or leaves (measured). So a slow body is left to the thread that
reads it, and threads are made cheap and many (Granian's ``blocking_threads`` is the connection limit,
``--max-connections``): a thread blocked on a socket holds no GIL. What was scarce -- the threads that
do the work, 16 by default -- is this module's semaphore, taken by :class:`ServingSlots` after
:class:`graph.web.body.BodyLimit` has read the whole body. A client sending its body one byte every
10 s thus costs its connection and an idle thread, never a slot (issue 14, item 2).

Slots are handed out first come, first served (:class:`graph.serve.handoff.FairHandoff`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from graph.serve.handoff import FairHandoff
from graph.web.errors import error_response
from graph.web.protocol import ProtocolError

StartResponse = Callable[..., Any]
WSGIApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


class ServingSlots:
    """WSGI middleware: run ``app`` for at most ``slots`` requests at once; wait up to ``wait`` s for a slot."""

    def __init__(self, app: WSGIApp, *, slots: int, wait: float = 60.0) -> None:
        self.app = app
        self.size = slots
        self.wait = wait
        self._free: FairHandoff[int] = FairHandoff()
        for slot in range(slots):
            self._free.put(slot)

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        slot = self._free.take(self.wait)
        if slot is None:
            status, headers, body = error_response(
                ProtocolError(503, f"every serving thread stayed busy for {self.wait:g} s; try again shortly")
            )
            start_response(status, headers)
            return [body]
        try:
            result = self.app(environ, start_response)
            try:
                return list(result)  # the answer is complete before the slot is free
            finally:
                close = getattr(result, "close", None)
                if close is not None:
                    close()
        finally:
            self._free.put(slot)

    def busy(self) -> int:
        """How many slots are taken now."""
        return self.size - self._free.idle_count()
