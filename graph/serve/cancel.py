"""Stop a running query on request: a query id the client chose, mapped to the worker process running it.

A client (the query page's Cancel button) sends a fresh random id with its query and, to stop it,
asks the server to cancel that id. The request to cancel may reach another serving process than
the query (``radix serve --workers N``), so the map lives in files every serving process shares:
one file per running query, named by its id, holding the worker's process id once it has one.
Cancelling kills that worker (a query cannot be stopped inside the engine: see
:mod:`graph.serve.sandbox`); the serving process that owns the query sees its worker die, replaces
it, and answers the query's request with :class:`~graph.serve.query_errors.QueryCancelledError`.

The owner and a canceller each hold the entry's ``flock`` while they act, so a cancel that comes as
the query finishes either kills the worker before the owner takes it back (and the owner replaces
it) or finds the entry gone: a worker already serving someone else's query is never killed.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import signal
from collections.abc import Iterator
from pathlib import Path

from graph.serve.query_errors import QueryCancelledError, QueryIdError

QUERY_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{7,63}$")
"""What a query id looks like: 8-64 letters, digits, ``-`` or ``_`` (a UUID fits)."""


def check_id(query_id: str) -> str:
    """Return ``query_id`` if it is well formed, else raise :class:`QueryIdError`."""
    if not QUERY_ID.match(query_id):
        raise QueryIdError(
            f"query id {query_id[:80]!r} is malformed: use 8-64 letters, digits, '-' or '_' (a random UUID fits)"
        )
    return query_id


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[int]:
    """Open ``path`` and hold an exclusive lock on it; raises FileNotFoundError if it is gone."""
    fd = os.open(path, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield fd
    finally:
        os.close(fd)  # closing releases the lock


class Ticket:
    """A running query's entry: records its worker, and says at the end whether it was cancelled."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.marker = path.with_suffix(".cancelled")
        self._cancelled: bool | None = None

    def attach(self, pid: int) -> None:
        """Record the worker running the query; raise :class:`QueryCancelledError` if it was cancelled already."""
        with _locked(self.path) as fd:
            if self.marker.exists():
                raise QueryCancelledError()
            os.ftruncate(fd, 0)
            os.pwrite(fd, str(pid).encode(), 0)

    def close(self) -> bool:
        """Remove the entry (once; later calls repeat the answer); True if the query was cancelled."""
        if self._cancelled is None:
            with _locked(self.path):
                self._cancelled = self.marker.exists()
                self.path.unlink(missing_ok=True)
                self.marker.unlink(missing_ok=True)
        return self._cancelled


class Cancellations:
    """The shared map of running queries, in ``directory`` (one file per query id)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        directory.mkdir(parents=True, exist_ok=True)

    def open(self, query_id: str) -> Ticket:
        """Register ``query_id`` as running; raise :class:`QueryIdError` if it is malformed or already running."""
        path = self.directory / check_id(query_id)
        try:
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except FileExistsError:
            raise QueryIdError(f"a query with id {query_id!r} is already running; send a fresh id") from None
        return Ticket(path)

    def cancel(self, query_id: str) -> bool:
        """Stop the query running under ``query_id``; return False if none is (finished, or never sent)."""
        path = self.directory / check_id(query_id)
        try:
            with _locked(path) as fd:
                if os.fstat(fd).st_nlink == 0:  # finished while we waited for the lock
                    return False
                path.with_suffix(".cancelled").touch()
                pid = os.pread(fd, 32, 0).decode().strip()
                if pid:
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(int(pid), signal.SIGKILL)
                return True
        except FileNotFoundError:
            return False
