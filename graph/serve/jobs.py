"""What a query worker is asked and what it answers, and how a reply becomes an answer or an error.

The :class:`Job` goes down the pipe, the :class:`Answer` comes back, and :func:`answer_of` turns a
worker's reply into an answer or the matching error.

Kept apart from :mod:`graph.serve.sandbox` (which starts, drives and replaces the worker processes) so
each stays under the size guide; the wire format itself is :mod:`graph.serve.sandbox_worker`'s.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from graph.ask.sparql import GRAPH_FORMATS, SOLUTION_FORMATS
from graph.ask.syntax import syntax_error
from graph.serve.query_errors import (
    BindingError,
    QueryCrashedError,
    QueryEngineError,
    QueryInvalidError,
    UnacceptableAnswerError,
)


@dataclass(frozen=True)
class Job:
    """One query to run: text, protocol dataset (None: the store's own), accepted media types, row cap.

    ``base_iri`` resolves relative IRIs in the query (the endpoint's URL, as HTTP servers do).
    ``bindings`` are values the engine substitutes for variables (a named query's parameters),
    each ``(variable, "iri" | "literal", value)``: never pasted into the text.
    """

    text: str
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    solutions_type: str | None = "application/sparql-results+json"
    graph_type: str | None = "text/turtle"
    max_rows: int = 10_000
    base_iri: str | None = None
    max_bytes: int = 0
    bindings: tuple[tuple[str, str, str], ...] = ()

    def message(self) -> tuple[Any, ...]:
        """Return the job as the worker's wire tuple."""
        return (
            "query",
            self.text,
            None if self.default_graphs is None else list(self.default_graphs),
            None if self.named_graphs is None else list(self.named_graphs),
            self.solutions_type,
            self.graph_type,
            self.max_rows,
            self.base_iri,
            self.max_bytes,
            [list(binding) for binding in self.bindings],
        )


@dataclass(frozen=True)
class Answer:
    """A serialised answer: its kind (solutions, boolean, graph), bytes, media type and truncation.

    ``cut`` says why rows (or triples) were left out: ``""`` (none were), ``"rows"`` (the row cap) or
    ``"bytes"`` (the answer size cap).
    """

    kind: str
    body: bytes
    media_type: str
    cut: str = ""

    @property
    def truncated(self) -> bool:
        """True when the answer was cut, by either cap."""
        return bool(self.cut)


def answer_of(reply: tuple[Any, ...], job: Job) -> Answer:
    """Turn a worker's reply into an :class:`Answer` or raise the matching error."""
    status = reply[0]
    if status == "ok":
        _, kind, body, cut = reply
        media_type = (job.graph_type if kind == "graph" else job.solutions_type) or ""
        return Answer(kind, body, media_type, cut)
    if status == "unacceptable":
        kind = reply[1]
        formats = GRAPH_FORMATS if kind == "graph" else SOLUTION_FORMATS
        raise UnacceptableAnswerError(kind, [(name, fmt.media_type.split(";")[0]) for name, fmt in formats.items()])
    _, error_kind, message = reply
    if error_kind == "syntax":
        raise syntax_error(message, job.text)
    if error_kind == "binding":
        raise BindingError(f"a parameter value is not a valid RDF term: {message}")
    if error_kind == "memory":
        raise QueryCrashedError(f"the query could not be evaluated: {message}; simplify it")
    if error_kind == "invalid":
        raise QueryInvalidError(f"the query could not be evaluated: {message}")
    raise QueryEngineError(f"the query could not be evaluated: {message}")
