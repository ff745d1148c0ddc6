"""Bound every request body's size, before any route sees it (413 with a message), however the app is served.

``/api/localize`` once read a 20 MB body whole before any limit looked at it (a 20 MB one froze
``/health`` for 35 s; issue 14). Here a body announced (``Content-Length``) as longer than
``max_bytes`` is refused before it is read, and one without a length is read only up to one byte
past the limit. What passes is handed on as an in-memory ``wsgi.input`` with its exact length, so
every route (the SPARQL hot path, the API, Flask's views) reads a complete, bounded body.

The *time* a body may take to arrive is bounded in front of the app, by :mod:`graph.web.front`
under ``radix serve``: a WSGI app cannot stop waiting for a body it has started to read.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable
from typing import Any

from graph.web.errors import error_response
from graph.web.protocol import ProtocolError

StartResponse = Callable[..., Any]
WSGIApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


class BodyLimit:
    """WSGI middleware: refuse a request body longer than ``max_bytes`` with 413; pass the rest on in memory."""

    def __init__(self, app: WSGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        try:
            data = self._body(environ)
        except ProtocolError as error:
            status, headers, body = refusal(environ.get("PATH_INFO", ""), error)
            start_response(status, headers)
            return [body]
        if data is not None:
            environ["wsgi.input"] = io.BytesIO(data)
            environ["CONTENT_LENGTH"] = str(len(data))
            environ.pop("HTTP_TRANSFER_ENCODING", None)
        return self.app(environ, start_response)

    def _body(self, environ: dict[str, Any]) -> bytes | None:
        """Return the whole body (None when the request announces none), or raise why it is refused."""
        header = (environ.get("CONTENT_LENGTH") or "").strip()
        chunked = "chunked" in environ.get("HTTP_TRANSFER_ENCODING", "").lower()
        if not header and not chunked:
            return None
        length = content_length(header, self.max_bytes)
        data: bytes = environ["wsgi.input"].read(length if length is not None else self.max_bytes + 1)
        if len(data) > self.max_bytes:
            raise ProtocolError(413, f"the request body is over {self.max_bytes} bytes, the most accepted")
        return data


def content_length(header: str, max_bytes: int) -> int | None:
    """Return the length a ``Content-Length`` header announces (None: none), refusing a bad or too large one."""
    if not header:
        return None
    try:
        length = int(header)
    except ValueError:
        raise ProtocolError(400, f"invalid Content-Length {header!r}") from None
    if length < 0:
        raise ProtocolError(400, f"invalid Content-Length {header!r}")
    if length > max_bytes:
        raise ProtocolError(413, f"the request body is {length} bytes; the most accepted is {max_bytes}")
    return length


def refusal(path: str, error: ProtocolError) -> tuple[str, list[tuple[str, str]], bytes]:
    """Return the answer to a refused body: plain text, or JSON on the API (whose errors are all JSON)."""
    status, headers, body = error_response(error)
    if path.startswith("/api/"):
        body = json.dumps({"error": error.message}).encode()
        headers = [
            (
                name,
                "application/json" if name == "Content-Type" else str(len(body)) if name == "Content-Length" else value,
            )
            for name, value in headers
        ]
    return status, headers, body
