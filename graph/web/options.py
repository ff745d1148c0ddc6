"""The command line of ``radix serve`` and the settings it maps to: defaults, limits, option checks.

:data:`DEFAULTS` are the app's settings (``create_app(config)`` overrides any of them); every limit that
keeps one client from stalling the server (issue 14) is one of them and an option here
(:data:`LIMIT_OPTIONS`), listed in docs/server.md#limits. Kept apart from :mod:`graph.web.app`, which
builds and runs the app, so each stays under the size guide.
"""

from __future__ import annotations

import argparse
import errno
import os
import socket
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from graph.load.limits import LoadLimits
from graph.paths import ONTOLOGY_DIR, QUERIES_DIR

DEFAULT_QUERY_WORKERS = max(2, os.cpu_count() or 2)

DEFAULTS: dict[str, Any] = {
    "RADIX_ONTOLOGY": ONTOLOGY_DIR,  # None serves the --data files only
    "RADIX_DATA": [],  # extra RDF files, by suffix (.ttl .nt .trig .nq .rdf .jsonld ...)
    "RADIX_QUERIES": QUERIES_DIR,  # named queries shown on the page
    "RADIX_PREBUILT": None,  # (Snapshot, DatasetStats) made once by `radix serve`, shared by its processes
    "RADIX_TIMEOUT": 10.0,  # seconds before a query is stopped (503)
    "RADIX_MAX_ROWS": 10_000,  # rows (or triples) kept in an answer
    "RADIX_MAX_QUERY_BYTES": 64 * 1024,  # longer queries get 413
    "RADIX_MAX_DEPTH": 128,  # deeper bracket nesting gets 400 (the engine's stack is finite)
    "RADIX_SERVICE_ALLOW": [],  # SERVICE endpoints queries may call; empty: none
    "RADIX_QUERY_WORKERS": 2,  # killable query processes; `radix serve` passes DEFAULT_QUERY_WORKERS (cores)
    "RADIX_RESERVED_WORKERS": 1,  # more query processes, used only while all the others are busy ...
    "RADIX_RESERVED_TIMEOUT": 0.5,  # ... and only this many seconds per query
    "RADIX_RESERVED_COOLDOWN": 600.0,  # a client stopped there may not use them for this long (doubling)
    "RADIX_MAX_WAITING": 8,  # requests waiting for a query process; more get 503 at once
    "RADIX_CLIENT_QUERIES": 8,  # queries one client address may have running or waiting; more get 429
    "RADIX_WORKER_MEMORY_MB": 2048,  # address-space cap of each query process
    "RADIX_CACHE_MB": 64,  # answer cache per serving process
    "RADIX_MAX_ANSWER_BYTES": 8 * 1024 * 1024,  # longer answers are cut (whole rows) and say so
    "RADIX_MAX_BODY_BYTES": 256 * 1024,  # longer request bodies get 413, on every route
    "RADIX_THREADS": 16,  # requests worked on at once (a request takes a slot once its body is in)
    "RADIX_HEADER_TIMEOUT": 10.0,  # `radix serve`: seconds a client may take to send a request's headers
    "RADIX_MAX_CONNECTIONS": 256,  # `radix serve`: open connections per serving process, each with a thread
    "RADIX_EXPLORE_THREADS": 2,  # explorations (/api, entity pages) running at once; each has RADIX_TIMEOUT
    "RADIX_MAX_LITERAL_LENGTH": LoadLimits.max_literal_length,  # characters; a --data file with a longer one fails
    "RADIX_MAX_ENTITY_EXPANSION": LoadLimits.max_entity_expansion,  # bytes XML entities may add to an RDF/XML file
    "RADIX_PUBLIC_URL": None,  # the endpoint's public URL, named by the example queries (schema:target)
    "RADIX_RUNNING_DIR": None,  # where running queries' ids are kept, for Cancel (None: beside the snapshot)
}


def load_limits(config: Mapping[str, Any]) -> LoadLimits:
    """Return the limits a ``--data`` file must keep (literal length, XML entity expansion)."""
    return LoadLimits(
        max_literal_length=int(config["RADIX_MAX_LITERAL_LENGTH"]),
        max_entity_expansion=int(config["RADIX_MAX_ENTITY_EXPANSION"]),
    )


def arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="radix serve", description="Serve Radix over HTTP: a read-only SPARQL 1.1 endpoint and a query page."
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=5000, help="port to listen on (default 5000)")
    parser.add_argument("--workers", type=int, default=1, help="serving processes (default 1)")
    parser.add_argument(
        "--threads", type=int, default=16, help="requests worked on at once per serving process (default 16)"
    )
    parser.add_argument(
        "--query-workers",
        type=int,
        default=DEFAULT_QUERY_WORKERS,
        help=f"killable query processes per serving process (default: cores, at least 2: {DEFAULT_QUERY_WORKERS})",
    )
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds before a query is stopped (default 10)")
    parser.add_argument(
        "--data",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="an RDF file to serve alongside Radix (Turtle, N-Triples, TriG, N-Quads, RDF/XML, JSON-LD); repeatable",
    )
    parser.add_argument("--data-only", action="store_true", help="serve only the --data files, not the Radix graph")
    parser.add_argument(
        "--store",
        type=Path,
        metavar="DIR",
        help="keep the dataset in Oxigraph's on-disk store in DIR: built once, reused while the sources are "
        "unchanged, opened read-only by every query process (for large --data files)",
    )
    parser.add_argument("--max-rows", type=int, default=10_000, help="rows (or triples) kept in an answer")
    parser.add_argument("--max-query-bytes", type=int, default=64 * 1024, help="longest query accepted (413 above)")
    parser.add_argument(
        "--service-allow",
        action="append",
        default=[],
        metavar="URL",
        help="a SERVICE endpoint queries may call (repeatable; none by default)",
    )
    parser.add_argument("--worker-memory-mb", type=int, default=2048, help="memory cap of each query process")
    parser.add_argument("--cache-mb", type=int, default=64, help="answer cache per serving process")
    parser.add_argument("--access-log", action="store_true", help="log every request")
    limits = parser.add_argument_group("limits that keep one client from stalling the server (docs/server.md#limits)")
    for flag, kind, key, meaning in LIMIT_OPTIONS:
        limits.add_argument(flag, type=kind, default=DEFAULTS[key], help=f"{meaning} (default {DEFAULTS[key]})")
    parser.add_argument(
        "--public-url",
        metavar="URL",
        help="the endpoint's public URL, named by the example queries it publishes (default http://HOST:PORT/sparql)",
    )
    argv = list(argv)
    if argv[:1] == ["--"]:  # `radix serve -- --port 8000` passes the separator through
        argv = argv[1:]
    args = parser.parse_args(argv)
    if args.data_only and not args.data:
        parser.error("--data-only needs at least one --data FILE")
    positive = ["port", "workers", "threads", "query_workers", "timeout", "max_rows", "max_query_bytes"]
    positive += [flag[2:].replace("-", "_") for flag, _, key, _ in LIMIT_OPTIONS if key != "RADIX_RESERVED_WORKERS"]
    for name in positive:
        if getattr(args, name) <= 0:
            parser.error(f"--{name.replace('_', '-')} must be positive")
    if args.reserved_workers < 0:
        parser.error("--reserved-workers cannot be negative")
    try:
        load_limits(limit_config(args))
    except ValueError as error:
        parser.error(str(error))
    if args.port > 65535:
        parser.error(f"--port must be between 1 and 65535, not {args.port}")
    return args


LIMIT_OPTIONS: list[tuple[str, type, str, str]] = [
    (
        "--reserved-workers",
        int,
        "RADIX_RESERVED_WORKERS",
        "query processes for small queries while all others are busy",
    ),
    ("--reserved-timeout", float, "RADIX_RESERVED_TIMEOUT", "seconds a query may run on a reserved query process"),
    ("--reserved-cooldown", float, "RADIX_RESERVED_COOLDOWN", "seconds a client stopped there may not use one"),
    ("--max-waiting", int, "RADIX_MAX_WAITING", "queries that may wait for a query process; more get 503 at once"),
    ("--client-queries", int, "RADIX_CLIENT_QUERIES", "queries one client address may have running or waiting (429)"),
    ("--max-answer-bytes", int, "RADIX_MAX_ANSWER_BYTES", "longest answer in bytes; longer ones are cut, whole rows"),
    ("--max-body-bytes", int, "RADIX_MAX_BODY_BYTES", "longest request body on any route (413)"),
    ("--header-timeout", float, "RADIX_HEADER_TIMEOUT", "seconds a client may take to send a request's headers"),
    ("--max-connections", int, "RADIX_MAX_CONNECTIONS", "open connections per serving process (a thread each)"),
    (
        "--explore-threads",
        int,
        "RADIX_EXPLORE_THREADS",
        "explorations (/api, entity pages) at once, each with --timeout",
    ),
    ("--max-literal-length", int, "RADIX_MAX_LITERAL_LENGTH", "longest literal of a --data file, in characters"),
    ("--max-entity-expansion", int, "RADIX_MAX_ENTITY_EXPANSION", "bytes XML entities may add to an RDF/XML file"),
]
"""The options of ``radix serve`` that set a limit of :data:`DEFAULTS`: (flag, type, setting, meaning)."""


def limit_config(args: argparse.Namespace) -> dict[str, Any]:
    """Return the settings the limit options of ``args`` give."""
    return {key: getattr(args, flag[2:].replace("-", "_")) for flag, _, key, _ in LIMIT_OPTIONS}


def port_in_use(host: str, port: int) -> bool:
    """Say whether something already listens on ``host``:``port``.

    Granian binds with ``SO_REUSEPORT``, so a second ``radix serve`` on a busy port would not fail:
    the kernel would share the port between the two servers, each answering some requests with its
    own data. A plain bind (``SO_REUSEADDR`` only, so a closed server's lingering connections do not
    count) fails on a port a server listens on; that is checked before starting.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            return error.errno == errno.EADDRINUSE
    return False
