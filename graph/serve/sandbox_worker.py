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
    """Raised by :class:`_RowBound` to stop the engine once an answer has more rows than allowed."""


class _OverBytes(_OverCap):
    """Raised by :class:`_RowBound` to stop the engine once an answer is longer than allowed."""


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
    The buffer also stops the engine once it holds more than ``max_bytes`` (0: no limit), so an
    answer costs the worker at most that much memory however large the engine would make it.
    """

    MARKERS: ClassVar[dict[str, tuple[bytes, int]]] = {
        "tsv": (b"\n", 1),
        "csv": (b"\n", 1),
        "xml": (b"<result>", 0),
        "json": (b"},{", -1),
    }

    def __init__(self, kind: str, cap: int, max_bytes: int = 0) -> None:
        super().__init__()
        self.marker, self.overhead = self.MARKERS[kind]
        self.cap = cap
        self.max_bytes = max_bytes
        self.count = 0
        self.tail = b""

    def write(self, data: bytes) -> int:  # type: ignore[override]
        chunk = bytes(data)  # the engine may hand over any buffer
        written = super().write(chunk)
        self.count += (self.tail + chunk).count(self.marker)
        self.tail = chunk[-(len(self.marker) - 1) :] if len(self.marker) > 1 else b""
        if self.count - self.overhead > self.cap:
            raise _OverCap
        if self.max_bytes and self.tell() > self.max_bytes:
            raise _OverBytes
        return written


FORMAT_KINDS = {
    ox.QueryResultsFormat.TSV: "tsv",
    ox.QueryResultsFormat.CSV: "csv",
    ox.QueryResultsFormat.XML: "xml",
    ox.QueryResultsFormat.JSON: "json",
}


def _solutions(run: Callable[[], Any], media_type: str, max_rows: int, max_bytes: int = 0) -> tuple[bytes, str]:
    """Serialise a SELECT answer of at most ``max_rows`` rows and ``max_bytes`` bytes; return (bytes, cut).

    ``cut`` says why rows were left out: ``""`` (none were), ``"rows"`` or ``"bytes"``. The answer is
    written straight in the requested format while it is bounded (see :class:`_RowBound`); only when a
    bound is passed is the query run again, written as TSV (one line per row) within both bounds, and
    the whole rows kept converted natively to the requested format (halving them until it fits).
    """
    target = ox.QueryResultsFormat.from_media_type(media_type)
    if target is None:
        raise ValueError(f"not a query results format: {media_type}")
    direct = _RowBound(FORMAT_KINDS[target], max_rows, max_bytes)
    try:
        run().serialize(output=direct, format=target)
        return direct.getvalue(), ""
    except _OverBytes:
        cut = "bytes"
    except _OverCap:
        cut = "rows"
    if target == ox.QueryResultsFormat.TSV:
        tsv = direct.getvalue()
    else:
        exact = _RowBound("tsv", max_rows, max_bytes)
        cut = ""
        try:
            run().serialize(output=exact, format=ox.QueryResultsFormat.TSV)
        except _OverBytes:
            cut = "bytes"
        except _OverCap:
            cut = "rows"
        tsv = exact.getvalue()
    header, *rows = tsv.split(b"\n")
    rows = rows[: min(len(rows) - 1, max_rows)]  # each row ends with a newline: the last part is partial or empty
    if max_bytes:  # whole rows while they fit (the engine may have written a long one in one go)
        room = max_bytes - len(header) - 1
        for index, row in enumerate(rows):
            room -= len(row) + 1
            if room < 0:
                rows, cut = rows[:index], "bytes"
                break
    while True:
        kept = b"\n".join([header, *rows]) + b"\n"
        if target == ox.QueryResultsFormat.TSV:
            body = kept
        else:
            parsed = ox.parse_query_results(kept, format=ox.QueryResultsFormat.TSV)
            body = parsed.serialize(format=target) or b""
        if not max_bytes or len(body) <= max_bytes or not rows:
            return body, cut
        rows, cut = rows[: len(rows) // 2], "bytes"


def _triples(
    answer: ox.QueryTriples, media_type: str, max_rows: int, prefixes: dict[str, str], max_bytes: int = 0
) -> tuple[bytes, str]:
    """Serialise a CONSTRUCT/DESCRIBE answer of at most ``max_rows`` triples and ``max_bytes`` bytes.

    Triples are taken while their N-Triples length stays within ``max_bytes``; if the chosen format
    writes them longer than that, half of them are dropped until it fits. Returns (bytes, cut) as
    :func:`_solutions` does.
    """
    triples: list[ox.Triple] = []
    size, cut = 0, ""
    for triple in answer:
        if len(triples) == max_rows:
            cut = "rows"
            break
        size += len(str(triple)) + 3
        if max_bytes and size > max_bytes:
            cut = "bytes"
            break
        triples.append(triple)
    target = ox.RdfFormat.from_media_type(media_type)
    used = prefixes if target in (ox.RdfFormat.TURTLE, ox.RdfFormat.JSON_LD, ox.RdfFormat.RDF_XML) else None
    while True:
        body = ox.serialize(triples, format=target, prefixes=used) or b""
        if not max_bytes or len(body) <= max_bytes or not triples:
            return body, cut
        triples, cut = triples[: len(triples) // 2], "bytes"


def answer(store: ox.Store, job: tuple[Any, ...], prefixes: dict[str, str]) -> tuple[Any, ...]:
    """Run one job and return the reply.

    Job: ``("query", text, default_graphs, named_graphs, solutions_media_type, graph_media_type,
    max_rows, base_iri, max_bytes, bindings)`` where the graph lists are IRIs or None (the store's own
    dataset), a media type is None when the client accepts no format of that kind, and ``bindings``
    lists ``[variable, "iri" | "literal", value]`` for the engine to substitute (never pasted into the
    text). Replies: ``("ok", kind, body, cut)`` (``cut``: ``""``, ``"rows"`` or ``"bytes"``),
    ``("unacceptable", kind)`` or ``("error", "syntax" | "engine" | "binding" | "memory" | "invalid",
    message)``. Every exception a query can raise becomes an error reply, so no query ends the worker
    (only a crash of the engine itself does).

    The predeclared ``prefixes`` are handed to the engine only when the query uses one it does not
    declare (handing them over costs as much as a small query).
    """
    _, text, default_graphs, named_graphs, solutions_type, graph_type, max_rows, base_iri, max_bytes, bindings = job
    options: dict[str, Any] = {"base_iri": base_iri}
    if bindings:
        try:
            options["substitutions"] = {
                ox.Variable(name): ox.NamedNode(value) if kind == "iri" else ox.Literal(value)
                for name, kind, value in bindings
            }
        except ValueError as exc:  # checked by the server first; a worker must never die of bad input
            return ("error", "binding", str(exc))
    try:
        if default_graphs is not None:
            options["default_graph"] = [ox.NamedNode(iri) for iri in default_graphs]
        if named_graphs is not None:
            options["named_graphs"] = [ox.NamedNode(iri) for iri in named_graphs]
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
            return ("ok", "boolean", result.serialize(format=fmt) or b"", "")
        if isinstance(result, ox.QuerySolutions):
            if solutions_type is None:
                return ("unacceptable", "solutions")
            first = [result]

            def run() -> Any:
                """Return the first run's answer, then fresh runs (to write a capped answer again)."""
                return first.pop() if first else store.query(text, **options)

            return ("ok", "solutions", *_solutions(run, solutions_type, max_rows, max_bytes))
        if graph_type is None:
            return ("unacceptable", "graph")
        return ("ok", "graph", *_triples(result, graph_type, max_rows, prefixes, max_bytes))
    except SyntaxError as exc:
        return ("error", "syntax", str(exc))
    except OSError as exc:  # pyoxigraph reports evaluation failures (e.g. a SERVICE call) as OSError
        return ("error", "engine", f"{type(exc).__name__}: {exc}")
    except RuntimeError as exc:  # e.g. a bound variable the query does not project
        return ("error", "binding" if bindings else "engine", str(exc))
    except MemoryError:
        return ("error", "memory", "the query needs more memory than a query worker may use")
    except Exception as exc:  # e.g. ValueError for an invalid base or graph IRI: the query's fault, not ours
        return ("error", "invalid", f"{type(exc).__name__}: {exc}")


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
