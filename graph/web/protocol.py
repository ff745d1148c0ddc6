"""Read a SPARQL 1.1 Protocol query request (GET, POST form, POST direct) from a WSGI environ.

Framework-free on purpose: the hot path (:mod:`graph.web.lane`) parses straight from the environ. Every
violation of the protocol raises :class:`ProtocolError` with its status code and a message that
names the problem; nothing is executed for a request that fails here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

import pyoxigraph as ox

FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"
DATASET_PARAMETERS = ("default-graph-uri", "named-graph-uri")


class ProtocolError(Exception):
    """A request that breaks the SPARQL Protocol (or our limits); carries the HTTP status to answer."""

    def __init__(self, status: int, message: str) -> None:
        self.status = status
        self.message = message
        super().__init__(message)


@dataclass(frozen=True)
class QueryRequest:
    """A protocol query request: the text, the protocol dataset (None: the service's) and the format asked for.

    ``format`` holds every ``format`` and ``output`` value, in order (Fuseki reads both names, and
    SPARQLWrapper sends both, sometimes twice: a short name, then a media type).
    """

    query: str
    default_graphs: tuple[str, ...] | None
    named_graphs: tuple[str, ...] | None
    format: tuple[str, ...] = ()


def read_request(environ: dict[str, Any], max_body: int) -> QueryRequest | None:
    """Return the :class:`QueryRequest` of a GET or POST to the endpoint, or raise :class:`ProtocolError`.

    None means a GET (or HEAD) without ``query`` or ``update``: a request for the service description.
    """
    method = environ.get("REQUEST_METHOD", "GET")
    url_pairs = _pairs(environ.get("QUERY_STRING", ""), "the URL")
    if method in ("GET", "HEAD"):
        if not any(name in ("query", "update") for name, _ in url_pairs):
            return None
        return _from_pairs(url_pairs)
    if method != "POST":
        raise ProtocolError(405, f"method {method} is not allowed for SPARQL queries; use GET or POST")
    media_type, charset = _content_type(environ.get("CONTENT_TYPE", ""))
    if media_type == SPARQL_UPDATE:
        raise ProtocolError(403, "this endpoint is read-only: SPARQL Update requests are refused")
    if media_type not in (FORM, SPARQL_QUERY):
        shown = media_type or "none"
        raise ProtocolError(
            415, f"unsupported Content-Type {shown!r}; POST a query as {FORM} (query=...) or as {SPARQL_QUERY}"
        )
    if charset not in ("", "utf-8", "utf8"):
        raise ProtocolError(415, f"unsupported charset {charset!r}; send the request body in UTF-8")
    body = _text(_body(environ, max_body), "the request body")
    if media_type == FORM:
        return _from_pairs(url_pairs + _pairs(body, "the form"))
    if any(name in ("query", "update") for name, _ in url_pairs):
        raise ProtocolError(400, "a query sent as application/sparql-query must not also have a query= parameter")
    return _from_pairs([("query", body), *url_pairs])


def _from_pairs(pairs: list[tuple[str, str]]) -> QueryRequest:
    queries = [value for name, value in pairs if name == "query"]
    updates = [value for name, value in pairs if name == "update"]
    if queries and updates:
        raise ProtocolError(400, "the request has both a query and an update; send exactly one query")
    if updates:
        raise ProtocolError(403, "this endpoint is read-only: SPARQL Update requests are refused")
    if not queries:
        raise ProtocolError(400, "missing query: give the SPARQL query in the query parameter")
    if len(queries) > 1:
        raise ProtocolError(400, f"the request has {len(queries)} query parameters; send exactly one")
    if not queries[0].strip():
        raise ProtocolError(400, "the query is empty")
    graphs = {name: tuple(value for key, value in pairs if key == name) for name in DATASET_PARAMETERS}
    for name, iris in graphs.items():
        for iri in iris:
            check_iri(iri, name)
    protocol_dataset = any(graphs.values())
    formats = tuple(value for name, value in pairs if name in ("format", "output") and value.strip())
    return QueryRequest(
        query=queries[0],
        default_graphs=graphs["default-graph-uri"] if protocol_dataset else None,
        named_graphs=graphs["named-graph-uri"] if protocol_dataset else None,
        format=formats,
    )


def check_iri(iri: str, where: str) -> str:
    """Return ``iri`` if it is an absolute IRI; else raise a 400 naming ``where`` it came from.

    Checked here, before a job is sent, with the engine's own IRI parser: an invalid graph name or
    base IRI must be the client's 400, not an error inside a query worker.
    """
    try:
        ox.NamedNode(iri)
    except ValueError as error:
        raise ProtocolError(400, f"{where} {iri!r} is not an absolute IRI ({error})") from None
    return iri


def _pairs(encoded: str, where: str) -> list[tuple[str, str]]:
    """Decode URL-encoded ``name=value`` pairs (strictly UTF-8)."""
    if not encoded:
        return []
    try:
        return parse_qsl(encoded, keep_blank_values=True, errors="strict", max_num_fields=1000)
    except UnicodeDecodeError:
        raise ProtocolError(400, f"{where} is not valid UTF-8 once URL-decoded") from None
    except ValueError as exc:
        raise ProtocolError(400, f"{where} cannot be decoded: {exc}") from None


def _content_type(header: str) -> tuple[str, str]:
    """Split a Content-Type header into its lower-cased media type and charset."""
    media_type, *params = (part.strip() for part in header.split(";"))
    charset = ""
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    return media_type.lower(), charset


def _body(environ: dict[str, Any], max_body: int) -> bytes:
    """Read the request body, refusing one larger than ``max_body`` bytes before reading it."""
    length_header = environ.get("CONTENT_LENGTH") or ""
    try:
        length = int(length_header) if length_header else None
    except ValueError:
        raise ProtocolError(400, f"invalid Content-Length {length_header!r}") from None
    if length is not None and length > max_body:
        raise ProtocolError(413, f"the request body is {length} bytes; this endpoint accepts at most {max_body}")
    stream = environ["wsgi.input"]
    data: bytes = stream.read(length) if length is not None else stream.read(max_body + 1)
    if len(data) > max_body:
        raise ProtocolError(413, f"the request body is over {max_body} bytes; this endpoint accepts at most that")
    return data


def _text(data: bytes, where: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProtocolError(400, f"{where} is not valid UTF-8 (byte {exc.start}); send UTF-8 text") from None
