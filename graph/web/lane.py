"""The hot path: answer SPARQL query requests straight from the WSGI environ, in front of Flask.

Measured on this project's 2-core machine, Flask's request and response objects cost more per request
than a cached answer does; for a public endpoint serving thousands of small queries a second that is
the difference between meeting and missing the throughput target. So query requests to ``/sparql``
(a GET with ``query``/``update``, or any POST) are parsed by :mod:`graph.web.protocol`, negotiated by
:mod:`graph.web.negotiation`, answered by the :class:`~graph.serve.executor.Executor`, and their errors written
by :mod:`graph.web.errors` -- the same modules Flask's views use. Every other request goes to Flask.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from graph.errors import RadixError
from graph.serve.executor import Executor, QuerySpec
from graph.serve.query_errors import UnacceptableAnswerError
from graph.serve.sandbox import Answer
from graph.web.errors import CORS_HEADERS, error_response
from graph.web.negotiation import listing, negotiate
from graph.web.protocol import ProtocolError, check_iri, read_request

QUERY_ID_HEADER = "HTTP_X_RADIX_QUERY_ID"
"""``X-Radix-Query-Id``: an id the client picks for its query, to cancel it with ``POST /api/cancel/<id>``."""

StartResponse = Callable[..., Any]
WSGIApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


def answer_query(
    environ: dict[str, Any], executor: Executor, max_body: int
) -> tuple[str, list[tuple[str, str]], bytes]:
    """Answer the query request in ``environ``: (status line, headers, body), errors included.

    Raises :class:`LookupError` when the request holds no query (a GET for the service description).
    """
    try:
        request = read_request(environ, max_body)
        if request is None:
            raise LookupError("no query in this request")
        choice = negotiate(environ.get("HTTP_ACCEPT"), request.format)
        if choice.solutions is None and choice.graph is None:
            raise UnacceptableAnswerError(
                "query",
                listing("solutions") + listing("graph"),
                what="the answer to a query is a table of solutions, a yes/no answer or an RDF graph",
            )
        spec = QuerySpec(
            request.query, request.default_graphs, request.named_graphs, choice.solutions, choice.graph, _url(environ)
        )
        answer = executor.execute(
            spec, query_id=environ.get(QUERY_ID_HEADER), client=environ.get("REMOTE_ADDR") or None
        )
    except (ProtocolError, RadixError) as error:
        return error_response(error)
    settings = executor.settings
    return "200 OK", success_headers(answer, settings.max_rows, settings.max_answer_bytes), answer.body


def _url(environ: dict[str, Any]) -> str:
    """Return the URL the request was sent to (without its query string): the base of relative IRIs.

    A Host header that makes no valid IRI (``Host: a b``) is the client's error, refused here.
    """
    host = environ.get("HTTP_HOST") or f"{environ.get('SERVER_NAME', 'localhost')}:{environ.get('SERVER_PORT', '80')}"
    path = environ.get("SCRIPT_NAME", "") + environ.get("PATH_INFO", "")
    return check_iri(f"{environ.get('wsgi.url_scheme', 'http')}://{host}{path}", "the request's URL (from Host)")


def success_headers(answer: Answer, max_rows: int, max_bytes: int = 0) -> list[tuple[str, str]]:
    """Headers of a successful answer: type, length, Vary, CORS, and the cap that cut the answer if one did."""
    headers = [
        ("Content-Type", answer.media_type),
        ("Content-Length", str(len(answer.body))),
        ("Vary", "Accept"),
        *CORS_HEADERS,
    ]
    if answer.cut == "rows":
        headers += [("X-SPARQL-MaxRows", str(max_rows)), ("X-Radix-Truncated", "true")]
    elif answer.cut == "bytes":
        headers += [("X-Radix-Max-Answer-Bytes", str(max_bytes)), ("X-Radix-Truncated", "true")]
    return headers


class SparqlLane:
    """WSGI middleware answering query requests at ``path`` itself and passing the rest to ``app``."""

    def __init__(self, app: WSGIApp, executor: Executor, *, path: str = "/sparql", max_body: int = 1 << 20) -> None:
        self.app = app
        self.executor = executor
        self.path = path
        self.max_body = max_body

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD")
        if environ.get("PATH_INFO") != self.path or method not in ("GET", "POST"):
            return self.app(environ, start_response)
        if method == "GET" and "=" not in environ.get("QUERY_STRING", ""):
            return self.app(environ, start_response)
        try:
            status, headers, body = answer_query(environ, self.executor, self.max_body)
        except LookupError:
            return self.app(environ, start_response)
        start_response(status, headers)
        return [body]
