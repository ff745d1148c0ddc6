"""The query worker: a child process that holds a copy of the dataset and answers SPARQL jobs over a pipe.

Neither pyoxigraph nor rdflib can cancel a running query from another thread, and a pathological query
can crash the engine (a deep nesting overflows its stack), so queries run here, in a process the server
can kill at a deadline and replace. :mod:`graph.serve.sandbox` starts and drives these processes; this module
is their ``main`` and imports only pyoxigraph and the standard library, so a replacement starts fast.

Wire format (both directions): a 4-byte big-endian length, then a :mod:`marshal`-encoded tuple. The
parent sends one set-up tuple, the worker answers ``("ready", isolated)`` once the dataset is loaded,
then each job tuple (see :func:`answer`) gets exactly one reply tuple.
"""

from __future__ import annotations

import ctypes
import io
import itertools
import marshal
import os
import resource
import struct
import sys
from collections.abc import Callable
from typing import Any, ClassVar

import pyoxigraph as ox

STORE_TYPE = "application/x-oxigraph-store"
"""A snapshot that is an Oxigraph store directory (``radix serve --store``), opened read-only, not parsed."""

HEADER = struct.Struct(">I")
CLONE_NEWNET = 0x40000000
CLONE_NEWUSER = 0x10000000
PR_SET_PDEATHSIG = 1
SIGKILL = 9


class _OverCap(Exception):
    """Raised by :class:`_RowCounter` to stop the engine once a result has more rows than allowed."""


def write_frame(fd: int, message: tuple[Any, ...]) -> None:
    """Write one length-prefixed marshal frame to ``fd``."""
    payload = marshal.dumps(message)
    data = HEADER.pack(len(payload)) + payload
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def read_frame(fd: int) -> tuple[Any, ...] | None:
    """Read one frame from ``fd`` (one system call for small frames); None once the other end has closed."""
    data = os.read(fd, 1 << 16)
    while 0 < len(data) < HEADER.size:
        more = os.read(fd, 1 << 16)
        if not more:
            return None
        data += more
    if not data:
        return None
    (size,) = HEADER.unpack_from(data)
    chunks, have = [data], len(data)
    while have < HEADER.size + size:
        more = os.read(fd, min(HEADER.size + size - have, 1 << 20))
        if not more:
            return None
        chunks.append(more)
        have += len(more)
    payload = b"".join(chunks) if len(chunks) > 1 else data
    message = marshal.loads(memoryview(payload)[HEADER.size :])
    if not isinstance(message, tuple):
        raise ValueError("a frame must hold a tuple")
    return message


class _RowBound(io.BytesIO):
    """A buffer that keeps an answer and stops the engine once it surely holds more than ``cap`` rows.

    Rows are counted by a marker of the format: a line of TSV or CSV, ``<result>`` in XML, ``},{``
    between JSON rows. Markers inside values can only add to the count, so the count bounds the rows
    from above: exact for TSV and XML, and when it stays within the cap the answer surely does too.
    """

    MARKERS: ClassVar[dict[str, tuple[bytes, int]]] = {
        "tsv": (b"\n", 1),
        "csv": (b"\n", 1),
        "xml": (b"<result>", 0),
        "json": (b"},{", -1),
    }

    def __init__(self, kind: str, cap: int) -> None:
        super().__init__()
        self.marker, self.overhead = self.MARKERS[kind]
        self.cap = cap
        self.count = 0
        self.tail = b""

    def write(self, data: bytes) -> int:  # type: ignore[override]
        chunk = bytes(data)  # the engine may hand over any buffer
        written = super().write(chunk)
        self.count += (self.tail + chunk).count(self.marker)
        self.tail = chunk[-(len(self.marker) - 1) :] if len(self.marker) > 1 else b""
        if self.count - self.overhead > self.cap:
            raise _OverCap
        return written


FORMAT_KINDS = {
    ox.QueryResultsFormat.TSV: "tsv",
    ox.QueryResultsFormat.CSV: "csv",
    ox.QueryResultsFormat.XML: "xml",
    ox.QueryResultsFormat.JSON: "json",
}


def _solutions(run: Callable[[], Any], media_type: str, max_rows: int) -> tuple[bytes, bool]:
    """Serialise a SELECT answer, keeping at most ``max_rows`` rows; return (bytes, truncated).

    The answer is written straight in the requested format while its rows are bounded (see
    :class:`_RowBound`); only when the bound passes the cap is the query run again, written as TSV
    (one line per row) up to the cap, and the kept rows converted natively to the requested format.
    """
    target = ox.QueryResultsFormat.from_media_type(media_type)
    if target is None:
        raise ValueError(f"not a query results format: {media_type}")
    direct = _RowBound(FORMAT_KINDS[target], max_rows)
    try:
        run().serialize(output=direct, format=target)
        return direct.getvalue(), False
    except _OverCap:
        pass
    if target == ox.QueryResultsFormat.TSV:
        tsv, truncated = direct.getvalue(), True
    else:
        exact = _RowBound("tsv", max_rows)
        truncated = False
        try:
            run().serialize(output=exact, format=ox.QueryResultsFormat.TSV)
        except _OverCap:
            truncated = True
        tsv = exact.getvalue()
    if truncated:
        tsv = b"\n".join(tsv.split(b"\n", max_rows + 1)[: max_rows + 1]) + b"\n"
    if target == ox.QueryResultsFormat.TSV:
        return tsv, truncated
    parsed = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
    return parsed.serialize(format=target) or b"", truncated


def _triples(answer: ox.QueryTriples, media_type: str, max_rows: int, prefixes: dict[str, str]) -> tuple[bytes, bool]:
    """Serialise a CONSTRUCT/DESCRIBE answer, keeping at most ``max_rows`` triples."""
    triples = list(itertools.islice(answer, max_rows + 1))
    truncated = len(triples) > max_rows
    target = ox.RdfFormat.from_media_type(media_type)
    used = prefixes if target in (ox.RdfFormat.TURTLE, ox.RdfFormat.JSON_LD, ox.RdfFormat.RDF_XML) else None
    return ox.serialize(triples[:max_rows], format=target, prefixes=used) or b"", truncated


def answer(store: ox.Store, job: tuple[Any, ...], prefixes: dict[str, str]) -> tuple[Any, ...]:
    """Run one job and return the reply.

    Job: ``("query", text, default_graphs, named_graphs, solutions_media_type, graph_media_type,
    max_rows, base_iri, bindings)`` where the graph lists are IRIs or None (the store's own dataset),
    a media type is None when the client accepts no format of that kind, and ``bindings`` lists
    ``[variable, "iri" | "literal", value]`` for the engine to substitute (never pasted into the text).
    Replies: ``("ok", kind, body, truncated)``, ``("unacceptable", kind)`` or
    ``("error", "syntax" | "engine" | "binding", message)``.

    The predeclared ``prefixes`` are handed to the engine only when the query uses one it does not
    declare (handing them over costs as much as a small query).
    """
    _, text, default_graphs, named_graphs, solutions_type, graph_type, max_rows, base_iri, bindings = job
    options: dict[str, Any] = {"base_iri": base_iri}
    if bindings:
        try:
            options["substitutions"] = {
                ox.Variable(name): ox.NamedNode(value) if kind == "iri" else ox.Literal(value)
                for name, kind, value in bindings
            }
        except ValueError as exc:  # checked by the server first; a worker must never die of bad input
            return ("error", "binding", str(exc))
    if default_graphs is not None:
        options["default_graph"] = [ox.NamedNode(iri) for iri in default_graphs]
    if named_graphs is not None:
        options["named_graphs"] = [ox.NamedNode(iri) for iri in named_graphs]
    try:
        try:
            result = store.query(text, **options)
        except SyntaxError as error:
            if "Prefix not found" not in str(error):
                raise
            options["prefixes"] = prefixes
            result = store.query(text, **options)
        if isinstance(result, ox.QueryBoolean):
            if solutions_type is None:
                return ("unacceptable", "boolean")
            fmt = ox.QueryResultsFormat.from_media_type(solutions_type)
            return ("ok", "boolean", result.serialize(format=fmt) or b"", False)
        if isinstance(result, ox.QuerySolutions):
            if solutions_type is None:
                return ("unacceptable", "solutions")
            first = [result]

            def run() -> Any:
                """Return the first run's answer, then fresh runs (to write a capped answer again)."""
                return first.pop() if first else store.query(text, **options)

            return ("ok", "solutions", *_solutions(run, solutions_type, max_rows))
        if graph_type is None:
            return ("unacceptable", "graph")
        return ("ok", "graph", *_triples(result, graph_type, max_rows, prefixes))
    except SyntaxError as exc:
        return ("error", "syntax", str(exc))
    except OSError as exc:  # pyoxigraph reports evaluation failures (e.g. a SERVICE call) as OSError
        return ("error", "engine", f"{type(exc).__name__}: {exc}")
    except RuntimeError as exc:  # e.g. a bound variable the query does not project: never let it end the worker
        return ("error", "binding" if bindings else "engine", str(exc))


def isolate_network() -> bool:
    """Move this process into a new, empty network namespace (no interface is up); True on success.

    Tried as root first (CLONE_NEWNET alone), then with a user namespace, which unprivileged users
    may create on most Linux systems. Elsewhere the SERVICE guard is the only protection.
    """
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    return any(libc.unshare(flags) == 0 for flags in (CLONE_NEWNET, CLONE_NEWNET | CLONE_NEWUSER))


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when the thread that started it ends (see graph.serve.sandbox)."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, SIGKILL)


def main(argv: list[str]) -> int:
    """Serve jobs on the pipe fds given in ``argv`` (read fd, write fd) until the parent closes it."""
    read_fd, write_fd, parent = int(argv[0]), int(argv[1]), int(argv[2])
    _die_with_parent()
    if os.getppid() != parent:  # the parent died before the death signal was armed
        return 0
    setup = read_frame(read_fd)
    if setup is None:
        return 0
    _, snapshot, snapshot_type, prefixes, memory_bytes, offline = setup
    if snapshot_type == STORE_TYPE:  # radix serve --store: Oxigraph's on-disk store, shared read-only
        store = ox.Store.read_only(snapshot)
    else:
        store = ox.Store()
        store.bulk_load(path=snapshot, format=ox.RdfFormat.from_media_type(snapshot_type))
    if memory_bytes:
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    isolated = isolate_network() if offline else False
    write_frame(write_fd, ("ready", isolated))
    while (job := read_frame(read_fd)) is not None:
        write_frame(write_fd, answer(store, job, prefixes))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
