"""The Radix SPARQL endpoint: ``create_app()`` builds the Flask app, ``main()`` runs it (``radix serve``).

The app is thin: it builds the served dataset once (the Radix graph and/or ``--data`` files), freezes
it into a snapshot that a pool of killable query workers load, and registers the web layer (``web/``)
over the :class:`~graph.serve.executor.Executor`. ``radix serve`` builds the dataset once in the main
process, then runs the app under Granian, a production WSGI server written in Rust.
"""

from __future__ import annotations

import argparse
import atexit
import errno
import functools
import gc
import logging
import os
import shutil
import socket
import sys
import tempfile
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from flask import Flask, Response

from graph.ask.namedqueries import NamedQuery, load_named_queries
from graph.errors import RadixError
from graph.namespaces import PREFIXES
from graph.paths import ONTOLOGY_DIR, QUERIES_DIR
from graph.serve import guard
from graph.serve.cache import AnswerCache
from graph.serve.cancel import Cancellations
from graph.serve.dataset import DatasetStats, build_store, describe, persistent_store, write_snapshot
from graph.serve.description import publish
from graph.serve.executor import ExecutionSettings, Executor
from graph.serve.sandbox import PoolSettings, Snapshot, WorkerPool
from graph.web import api, browse, docs, endpoint, errors, localize_page, named, page
from graph.web.lane import SparqlLane
from graph.web.state import EXTENSION, Radix

log = logging.getLogger("radix.server")

# One query process per core, shared first-come-first-served by one serving process's threads: measured
# on the 2-core project machine, more query processes than cores let the kernel time-slice queries
# against each other (the slow ones then take several times their own cost), and a second serving
# process with its own workers splits the queue in two; either doubled the p99 of never-seen queries
# (docs/server.md#performance). At least two, so one runaway query never blocks every client.
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
    "RADIX_WORKER_MEMORY_MB": 2048,  # address-space cap of each query process
    "RADIX_CACHE_MB": 64,  # answer cache per serving process
    "RADIX_PUBLIC_URL": None,  # the endpoint's public URL, named by the example queries (schema:target)
    "RADIX_RUNNING_DIR": None,  # where running queries' ids are kept, for Cancel (None: beside the snapshot)
}


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the app: load the dataset once (unless prebuilt), start the query workers, add the routes."""
    app = Flask(__name__, static_folder=None)
    app.config.from_mapping(DEFAULTS)
    if config:
        app.config.update(config)
    state = _build_state(app.config)
    app.extensions[EXTENSION] = state
    app.register_blueprint(page.blueprint)
    app.register_blueprint(endpoint.blueprint)
    app.register_blueprint(api.blueprint)
    app.register_blueprint(localize_page.blueprint)
    app.register_blueprint(named.blueprint)
    app.register_blueprint(browse.blueprint)
    app.register_blueprint(docs.blueprint)
    explorable = app.config["RADIX_ONTOLOGY"] is not None
    snapshot = state.executor.pool.snapshot
    app.extensions[api.EXTENSION] = api.holder_from_snapshot(
        str(snapshot.path) if explorable else None, snapshot.media_type
    )
    errors.register(app)
    app.after_request(_cors)
    app.wsgi_app = SparqlLane(app.wsgi_app, state.executor, max_body=state.max_body)  # type: ignore[method-assign]
    return app


def close_app(app: Flask) -> None:
    """Stop the app's query workers and delete a snapshot it made (tests; exit handlers)."""
    state: Radix = app.extensions[EXTENSION]
    state.executor.pool.close()
    owned = app.config.get("_RADIX_SNAPSHOT_DIR")
    if owned:
        shutil.rmtree(owned, ignore_errors=True)


def _cors(response: Response) -> Response:
    response.headers.setdefault("Access-Control-Allow-Origin", "*")
    return response


def _build_state(config: Mapping[str, Any]) -> Radix:
    prebuilt: tuple[Snapshot, DatasetStats] | None = config["RADIX_PREBUILT"]
    if prebuilt is None:
        directory = Path(tempfile.mkdtemp(prefix="radix-snapshot-"))
        config["_RADIX_SNAPSHOT_DIR"] = str(directory)  # type: ignore[index]
        snapshot, stats = prepare_dataset(
            config["RADIX_ONTOLOGY"],
            config["RADIX_DATA"],
            directory,
            queries=_named_queries(config),
            endpoint=config["RADIX_PUBLIC_URL"],
        )
    else:
        snapshot, stats = prebuilt
    limits = guard.Limits(
        max_bytes=int(config["RADIX_MAX_QUERY_BYTES"]),
        max_depth=int(config["RADIX_MAX_DEPTH"]),
        service_allow=frozenset(config["RADIX_SERVICE_ALLOW"]),
    )
    settings = ExecutionSettings(
        timeout=float(config["RADIX_TIMEOUT"]), max_rows=int(config["RADIX_MAX_ROWS"]), limits=limits
    )
    pool = WorkerPool(
        snapshot,
        PoolSettings(
            size=int(config["RADIX_QUERY_WORKERS"]),
            memory_mb=int(config["RADIX_WORKER_MEMORY_MB"]),
            offline=not limits.service_allow,
        ),
        # shared by every serving process of one `radix serve` (a folder beside the snapshot, by default)
        Cancellations(Path(config["RADIX_RUNNING_DIR"] or snapshot.path.parent / "running")),
    ).start()
    atexit.register(pool.close)
    cache: AnswerCache[Any] = AnswerCache(max_bytes=int(config["RADIX_CACHE_MB"]) * 1024 * 1024)
    named = _named_queries(config)
    return Radix(
        executor=Executor(pool, settings, snapshot.prefixes, cache),
        stats=stats,
        named_queries=named,
        max_body=3 * limits.max_bytes + 4096,  # a form-encoded query may triple in size
    )


def _named_queries(config: Mapping[str, Any]) -> dict[str, NamedQuery]:
    queries_dir = config["RADIX_QUERIES"]
    return load_named_queries(Path(queries_dir)) if queries_dir and Path(queries_dir).is_dir() else {}


def prepare_dataset(
    ontology: Path | None,
    data: Sequence[Path | str],
    directory: Path,
    *,
    queries: Mapping[str, NamedQuery] | None = None,
    endpoint: str | None = None,
) -> tuple[Snapshot, DatasetStats]:
    """Load the dataset, write its snapshot into ``directory``, and count what it holds.

    With the Radix graph, the dataset also describes itself (:func:`~graph.serve.description.publish`):
    the named ``queries`` as SHACL executables (``schema:target`` the public ``endpoint`` URL, when
    known), the prefixes, and VoID with class and property partitions. A ``--data-only`` dataset is
    served exactly as given.
    """
    paths = [Path(path) for path in data]
    store = build_store(Path(ontology) if ontology is not None else None, paths)
    sources = ([str(ontology)] if ontology is not None else []) + [str(path) for path in paths]
    if ontology is None:
        return write_snapshot(store, directory), describe(store, sources)
    stats = publish(store, list((queries or {}).values()), PREFIXES, endpoint, sources)
    return write_snapshot(store, directory), stats


# -- radix serve ------------------------------------------------------------------------------------


def _arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="radix serve", description="Serve Radix over HTTP: a read-only SPARQL 1.1 endpoint and a query page."
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=5000, help="port to listen on (default 5000)")
    parser.add_argument("--workers", type=int, default=1, help="serving processes (default 1)")
    parser.add_argument("--threads", type=int, default=16, help="serving threads per process (default 16)")
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
    for name in ("port", "workers", "threads", "query_workers", "timeout", "max_rows", "max_query_bytes"):
        if getattr(args, name) <= 0:
            parser.error(f"--{name.replace('_', '-')} must be positive")
    if args.port > 65535:
        parser.error(f"--port must be between 1 and 65535, not {args.port}")
    return args


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


def _load_app(config: dict[str, Any], _target: str) -> Any:
    """Granian's loader: build the app in each serving process (module-level so it can be pickled).

    Objects alive after start-up live as long as the process: ``gc.freeze`` keeps the collector
    from walking them again and again (full collections of the start-up heap were a tail-latency spike).
    The exploration index, built in the background, joins that heap (a full collection over it takes
    about 25 ms), so it is frozen too once built; the process answers SPARQL meanwhile.
    """
    app = create_app(config)
    gc.collect()
    gc.freeze()
    holder: api.ExplorerHolder = app.extensions[api.EXTENSION]
    threading.Thread(target=_freeze_when_built, args=(holder,), name="radix-freeze", daemon=True).start()
    return app


def _freeze_when_built(holder: api.ExplorerHolder) -> None:
    """Move the freshly built exploration index out of the collector's reach (see :func:`_load_app`)."""
    holder.wait()
    gc.freeze()


def main(argv: Sequence[str], ontology: Path = ONTOLOGY_DIR) -> int:
    """Run ``radix serve``: build the dataset once, then serve it under Granian until interrupted."""
    from granian.constants import Interfaces
    from granian.server import Server

    args = _arguments(argv)
    if port_in_use(args.host, args.port):
        print(
            f"radix: port {args.port} on {args.host} is already in use (another radix serve?); "
            "stop it or choose another port with --port",
            file=sys.stderr,
        )
        return 2
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    directory = Path(tempfile.mkdtemp(prefix="radix-snapshot-"))
    try:
        try:
            queries = load_named_queries(QUERIES_DIR)
            endpoint = args.public_url or f"http://{args.host}:{args.port}/sparql"
            if args.store is not None:
                describe_as = functools.partial(
                    publish, queries=list(queries.values()), prefixes=PREFIXES, endpoint=endpoint
                )
                snapshot, stats, built = persistent_store(
                    args.store, None if args.data_only else ontology, args.data, describe_as=describe_as
                )
                log.info("%s the store in %s", "built" if built else "reusing", args.store)
            else:
                snapshot, stats = prepare_dataset(
                    None if args.data_only else ontology, args.data, directory, queries=queries, endpoint=endpoint
                )
        except RadixError as exc:
            print(f"radix: {exc}", file=sys.stderr)
            return 2
        gc.collect()  # the rdflib graph built for the snapshot is garbage now; don't fork it
        config = {
            "RADIX_PREBUILT": (snapshot, stats),
            "RADIX_ONTOLOGY": None if args.data_only else ontology,
            "RADIX_TIMEOUT": args.timeout,
            "RADIX_MAX_ROWS": args.max_rows,
            "RADIX_MAX_QUERY_BYTES": args.max_query_bytes,
            "RADIX_SERVICE_ALLOW": list(args.service_allow),
            "RADIX_QUERY_WORKERS": args.query_workers,
            "RADIX_WORKER_MEMORY_MB": args.worker_memory_mb,
            "RADIX_CACHE_MB": args.cache_mb,
            "RADIX_RUNNING_DIR": str(directory / "running"),
        }
        log.info(
            "serving %d triples in %d named graphs at http://%s:%d/sparql",
            stats.quads,
            len(stats.graphs),
            args.host,
            args.port,
        )
        server = Server(
            "graph.web.app:create_app",  # the name Granian logs; the app itself comes from _load_app
            address=args.host,
            port=args.port,
            interface=Interfaces.WSGI,
            workers=args.workers,
            blocking_threads=args.threads,
            log_access=args.access_log,
            websockets=False,
            respawn_failed_workers=True,  # a serving process that dies anyway is replaced, not left missing
        )
        server.serve(target_loader=functools.partial(_load_app, config))
    finally:
        shutil.rmtree(directory, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
