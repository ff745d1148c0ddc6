"""Why a query was refused or did not finish: the errors of running untrusted SPARQL.

Each derives from :class:`~graph.errors.RadixError` and says what was wrong and what to do. They know
nothing of HTTP: the web layer maps each class to one status code, in one place (``graph/web/errors.py``).
"""

from __future__ import annotations

from typing import ClassVar

from graph.errors import RadixError


class QueryRefusedError(RadixError):
    """A query this endpoint will not run, whatever the load (a policy, not a failure)."""


class QueryTooLargeError(QueryRefusedError):
    """The query text is longer than the configured limit."""

    def __init__(self, size: int, limit: int) -> None:
        self.size = size
        self.limit = limit
        super().__init__(f"the query is {size} bytes long; this endpoint accepts at most {limit} bytes")


class QueryTooComplexError(QueryRefusedError):
    """The query nests groups or expressions deeper than the engine can safely evaluate."""


class ServiceRefusedError(QueryRefusedError):
    """The query has a SERVICE clause whose endpoint is not in the allow-list."""


class UpdateRefusedError(QueryRefusedError):
    """A SPARQL Update was sent to the read-only endpoint."""


class BindingError(RadixError):
    """A value to bind to a query variable is not a valid RDF term (an IRI with spaces, say)."""


class QueryFailedError(RadixError):
    """The query was accepted but its evaluation did not produce an answer."""


class QueryTimeoutError(QueryFailedError):
    """The query ran past its deadline; its worker process was killed."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(
            f"the query did not finish within the {seconds:g} s deadline and was stopped; "
            "make it more selective (add LIMIT, constrain variables) and try again"
        )


class ReservedTimeoutError(QueryTimeoutError):
    """The query ran past the short deadline of the reserved worker, the only one free when it came."""

    def __init__(self, seconds: float) -> None:
        QueryFailedError.__init__(
            self,
            f"every query worker was busy with long queries, and this query did not finish within the "
            f"{seconds:g} s that the worker kept for small queries allows; it was stopped. Try again shortly",
        )
        self.seconds = seconds


class QueryCrashedError(QueryFailedError):
    """The engine crashed while evaluating the query (its worker process died and was replaced)."""


class QueryEngineError(QueryFailedError):
    """The engine reported an error while evaluating the query (e.g. a remote SERVICE failed)."""


class QueryInvalidError(QueryFailedError):
    """The engine refused a value of the request (e.g. an invalid base or graph IRI) while evaluating it."""


class QueryCancelledError(QueryFailedError):
    """The client asked for the query to be stopped (by its query id), and it was."""

    def __init__(self) -> None:
        super().__init__("the query was cancelled at the client's request; its worker was stopped")


class QueryIdError(RadixError):
    """A query id (for cancelling) is malformed, or already in use by a running query."""


class WorkersBusyError(QueryFailedError):
    """Every query worker stayed busy until the request's deadline, or too many requests wait already."""


class ClientLimitError(QueryRefusedError):
    """The client has as many queries running or waiting as one client may (``max_per_client``)."""


class UnacceptableAnswerError(RadixError):
    """The answer's kind has no format the client accepts; the message lists the formats it has.

    Every 406 of the server is one of these, so each reads the same way: what the answer is, the
    formats it can be had in (short name and media type), and how to ask for one.
    """

    KINDS: ClassVar[dict[str, str]] = {
        "graph": "an RDF graph",
        "solutions": "a table of solutions",
        "boolean": "a yes/no answer",
    }

    def __init__(self, kind: str, formats: list[tuple[str, str]], *, what: str | None = None) -> None:
        self.kind = kind
        self.formats = formats
        subject = what or f"the answer to this query is {self.KINDS.get(kind, kind)}"
        listed = ", ".join(f"{name} ({media_type})" for name, media_type in formats)
        super().__init__(
            f"{subject}, available as {listed}; the request accepts none of these: "
            "ask for one in the Accept header or with format=NAME"
        )
