"""The one place where errors become HTTP responses: status code, headers and a plain-text message.

Both the WSGI hot path (:mod:`graph.web.lane`) and the Flask app (:func:`register`) answer errors through
:func:`error_response`. Only errors caused by the request are mapped here; anything else is a bug in
Radix and is left to propagate (and logged) rather than disguised as bad input.
"""

from __future__ import annotations

import logging

from flask import Flask, Response
from werkzeug.exceptions import HTTPException, MethodNotAllowed

from graph.errors import QuerySyntaxError, RadixError, UnsupportedFormatError
from graph.serve.query_errors import (
    ClientLimitError,
    QueryCancelledError,
    QueryCrashedError,
    QueryEngineError,
    QueryInvalidError,
    QueryTimeoutError,
    QueryTooComplexError,
    QueryTooLargeError,
    ServiceRefusedError,
    UnacceptableAnswerError,
    UpdateRefusedError,
    WorkersBusyError,
)
from graph.web.headers import CORS_HEADERS
from graph.web.protocol import ProtocolError

log = logging.getLogger(__name__)

STATUS: list[tuple[type[Exception], int]] = [  # first match wins: subclasses before their bases
    (QuerySyntaxError, 400),
    (UnsupportedFormatError, 400),
    (QueryTooLargeError, 413),
    (QueryTooComplexError, 400),
    (UpdateRefusedError, 403),
    (ServiceRefusedError, 403),
    (ClientLimitError, 429),
    (UnacceptableAnswerError, 406),
    (QueryCancelledError, 409),
    (QueryTimeoutError, 503),
    (WorkersBusyError, 503),
    (QueryCrashedError, 400),
    (QueryInvalidError, 400),
    (QueryEngineError, 502),
    (RadixError, 400),
]
"""Status code for each error a request can cause."""

REASONS = {
    400: "Bad Request",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    406: "Not Acceptable",
    408: "Request Timeout",
    409: "Conflict",
    413: "Content Too Large",
    415: "Unsupported Media Type",
    429: "Too Many Requests",
    502: "Bad Gateway",
    503: "Service Unavailable",
}


def status_of(error: Exception) -> int | None:
    """Return the HTTP status for an error a request caused, or None if ``error`` is not one (a bug)."""
    if isinstance(error, ProtocolError):
        return error.status
    if isinstance(error, HTTPException) and error.code is not None:
        return error.code
    for kind, status in STATUS:
        if isinstance(error, kind):
            return status
    return None


def message_of(error: Exception) -> str:
    """Return the text to show the client for ``error``."""
    if isinstance(error, HTTPException):
        return error.description or error.name
    return str(error)


def error_response(error: Exception) -> tuple[str, list[tuple[str, str]], bytes]:
    """Return (status line, headers, body) for a request error; re-raise anything else."""
    status = status_of(error)
    if status is None:
        raise error
    reason = REASONS.get(status) or (error.name if isinstance(error, HTTPException) else "Error")
    body = f"{status} {reason}: {message_of(error)}\n".encode()
    headers = [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body))), *CORS_HEADERS]
    if status in (429, 503):
        headers.append(("Retry-After", "1"))
    if status in (408, 413):  # the body was not read (whole): the connection cannot carry another request
        headers.append(("Connection", "close"))
    if status == 405:
        headers.append(("Allow", "GET, POST, OPTIONS"))
    return f"{status} {reason}", headers, body


def register(app: Flask) -> None:
    """Answer every request error of ``app`` through :func:`error_response`."""

    def handle(error: Exception) -> Response:
        if status_of(error) is None:
            log.exception("unexpected error while answering a request")
            raise error
        status, headers, body = error_response(error)
        response = Response(body, status=int(status.split()[0]))
        response.headers.clear()
        for name, value in headers:
            response.headers.add(name, value)
        if isinstance(error, MethodNotAllowed) and error.valid_methods:
            response.headers["Allow"] = ", ".join(error.valid_methods)
        return response

    for kind in (HTTPException, ProtocolError, RadixError):
        app.register_error_handler(kind, handle)
