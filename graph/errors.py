"""The small exception hierarchy of Radix.

Every error a user can cause derives from :class:`RadixError` and carries a message that names the
offending value and, where there is one, the fix. The CLI and the HTTP layer each map these to exit
codes / status codes in one place; anything else escaping is a bug in Radix, not bad input.
"""

from __future__ import annotations


class RadixError(Exception):
    """Base class of errors caused by input (files, queries, arguments), never by a Radix bug."""


class SourceFileError(RadixError):
    """An ontology or data file cannot be read or parsed; the message names the file and line."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")


class QuerySyntaxError(RadixError):
    """A SPARQL query does not parse; the message says where (line and column, 1-based) and what is wrong."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None) -> None:
        self.line = line
        self.column = column
        super().__init__(message)


class UnsupportedFormatError(RadixError):
    """An output or input format name is not one Radix supports; the message lists those it does."""

    def __init__(self, name: str, supported: list[str], what: str = "format") -> None:
        self.name = name
        self.supported = supported
        super().__init__(f"unknown {what} {name!r}; choose one of: {', '.join(supported)}")


class UnknownEntityError(RadixError):
    """An identifier, CURIE or label does not resolve to an entity of the graph."""

    def __init__(self, identifier: str, suggestions: list[str] | None = None) -> None:
        self.identifier = identifier
        self.suggestions = suggestions or []
        hint = f"; did you mean: {', '.join(self.suggestions)}" if self.suggestions else ""
        super().__init__(f"no entity {identifier!r} in the graph{hint}")


class NamedQueryError(RadixError):
    """A named query file is missing, or its comment header is malformed."""
