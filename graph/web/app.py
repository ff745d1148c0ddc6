"""The Radix SPARQL endpoint: ``create_app()`` builds the Flask app, ``main()`` runs it (``radix serve``).

The app is thin: it builds the served dataset once (the Radix graph and/or ``--data`` files), freezes
it into a snapshot that a pool of killable query workers load, and registers the web layer (``web/``)
over the :class:`~graph.serve.executor.Executor`. ``radix serve`` builds the dataset once in the main
process, then runs the app under Granian, a production WSGI server written in Rust.

Every limit that keeps one client from stalling the server (issue 14) is a setting here and an option
of ``radix serve``; docs/server.md#limits lists them all.
"""

from __future__ import annotations

import atexit
import functools
import gc
import logging
import shutil
import sys
import tempfile
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from flask import Flask

from graph.ask.namedqueries import NamedQuery, load_named_queries
from graph.errors import RadixError
from graph.load.limits import LoadLimits
from graph.namespaces import PREFIXES
from graph.paths import ONTOLOGY_DIR, QUERIES_DIR
from graph.serve import guard
from graph.serve.admission import Admission
from graph.serve.cache import AnswerCache
from graph.serve.cancel import Cancellations
from graph.serve.dataset import DatasetStats, build_store, describe, persistent_store, write_snapshot
from graph.serve.description import publish
from graph.serve.executor import ExecutionSettings, Executor
from graph.serve.sandbox import PoolSettings, Snapshot, WorkerPool
from graph.web import api, browse, docs, endpoint, errors, headers, localize_page, named, page
from graph.web.body import BodyLimit
from graph.web.lane import SparqlLane
from graph.web.links import link_target
from graph.web.options import DEFAULTS, load_limits, port_in_use
from graph.web.options import arguments as _arguments
from graph.web.options import limit_config as _limit_config
from graph.web.slots import ServingSlots
from graph.web.state import EXTENSION, Radix

log = logging.getLogger("radix.server")


# One query process per core, shared first-come-first-served by one serving process's threads: measured
# on the 2-core project machine, more query processes than cores let the kernel time-slice queries
# against each other (the slow ones then take several times their own cost), and a second serving
# process with its own workers splits the queue in two; either doubled the p99 of never-seen queries
# (docs/server.md#performance). At least two, so one runaway query never blocks every client.
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
    app.add_template_filter(link_target, "link_target")
    app.register_blueprint(localize_page.blueprint)
    app.register_blueprint(named.blueprint)
    app.register_blueprint(browse.blueprint)
    app.register_blueprint(docs.blueprint)
    explorable = app.config["RADIX_ONTOLOGY"] is not None
    snapshot = state.executor.pool.snapshot
    app.extensions[api.EXTENSION] = api.holder_from_snapshot(
        str(snapshot.path) if explorable else None, snapshot.media_type
    )
    app.extensions[api.DEADLINE_EXTENSION] = api.Deadline(
        float(app.config["RADIX_TIMEOUT"]), int(app.config["RADIX_EXPLORE_THREADS"])
    )
    errors.register(app)
    headers.register(app)
    lane = SparqlLane(app.wsgi_app, state.executor, max_body=state.max_body)
    slots = ServingSlots(lane, slots=int(app.config["RADIX_THREADS"]))
    app.wsgi_app = BodyLimit(slots, max_bytes=int(app.config["RADIX_MAX_BODY_BYTES"]))  # type: ignore[method-assign]
    return app


def close_app(app: Flask) -> None:
    """Stop the app's query workers and delete a snapshot it made (tests; exit handlers)."""
    state: Radix = app.extensions[EXTENSION]
    state.executor.pool.close()
    app.extensions[api.DEADLINE_EXTENSION].close()
    owned = app.config.get("_RADIX_SNAPSHOT_DIR")
    if owned:
        shutil.rmtree(owned, ignore_errors=True)


def _build_state(config: Mapping[str, Any]) -> Radix:
    prebuilt: tuple[Snapshot, DatasetStats] | None = config["RADIX_PREBUILT"]
    if prebuilt is None:
        directory = Path(tempfile.mkdtemp(prefix="radix-snapshot-"))
        config["_RADIX_SNAPSHOT_DIR"] = str(directory)  # type: ignore[index]
        loading = load_limits(config)
        snapshot, stats = prepare_dataset(
            config["RADIX_ONTOLOGY"],
            config["RADIX_DATA"],
            directory,
            loading,
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
        timeout=float(config["RADIX_TIMEOUT"]),
        max_rows=int(config["RADIX_MAX_ROWS"]),
        limits=limits,
        max_answer_bytes=int(config["RADIX_MAX_ANSWER_BYTES"]),
    )
    reserved_timeout = float(config["RADIX_RESERVED_TIMEOUT"])
    pool = WorkerPool(
        snapshot,
        PoolSettings(
            size=int(config["RADIX_QUERY_WORKERS"]),
            reserved=int(config["RADIX_RESERVED_WORKERS"]),
            reserved_timeout=reserved_timeout,
            max_waiting=int(config["RADIX_MAX_WAITING"]),
            memory_mb=int(config["RADIX_WORKER_MEMORY_MB"]),
            offline=not limits.service_allow,
        ),
        # shared by every serving process of one `radix serve` (a folder beside the snapshot, by default)
        Cancellations(Path(config["RADIX_RUNNING_DIR"] or snapshot.path.parent / "running")),
    ).start()
    admission = Admission(
        max_per_client=int(config["RADIX_CLIENT_QUERIES"]),
        long_after=reserved_timeout,
        cooldown=float(config["RADIX_RESERVED_COOLDOWN"]),
    )
    atexit.register(pool.close)
    cache: AnswerCache[Any] = AnswerCache(max_bytes=int(config["RADIX_CACHE_MB"]) * 1024 * 1024)
    named = _named_queries(config)
    return Radix(
        executor=Executor(pool, settings, snapshot.prefixes, cache, admission),
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
    limits: LoadLimits | None = None,
    *,
    queries: Mapping[str, NamedQuery] | None = None,
    endpoint: str | None = None,
) -> tuple[Snapshot, DatasetStats]:
    """Load the dataset within ``limits``, write its snapshot into ``directory``, and count what it holds.

    With the Radix graph, the dataset also describes itself (:func:`~graph.serve.description.publish`):
    the named ``queries`` as SHACL executables (``schema:target`` the public ``endpoint`` URL, when
    known), the prefixes, and VoID with class and property partitions. A ``--data-only`` dataset is
    served exactly as given.
    """
    paths = [Path(path) for path in data]
    store = build_store(Path(ontology) if ontology is not None else None, paths, limits)
    sources = ([str(ontology)] if ontology is not None else []) + [str(path) for path in paths]
    if ontology is None:
        return write_snapshot(store, directory), describe(store, sources)
    stats = publish(store, list((queries or {}).values()), PREFIXES, endpoint, sources)
    return write_snapshot(store, directory), stats


# -- radix serve ------------------------------------------------------------------------------------


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
    from granian.http import HTTP1Settings
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
            limits = load_limits(_limit_config(args))
            queries = load_named_queries(QUERIES_DIR)
            endpoint = args.public_url or f"http://{args.host}:{args.port}/sparql"
            if args.store is not None:
                describe_as = functools.partial(
                    publish, queries=list(queries.values()), prefixes=PREFIXES, endpoint=endpoint
                )
                snapshot, stats, built = persistent_store(
                    args.store, None if args.data_only else ontology, args.data, limits, describe_as=describe_as
                )
                log.info("%s the store in %s", "built" if built else "reusing", args.store)
            else:
                snapshot, stats = prepare_dataset(
                    None if args.data_only else ontology,
                    args.data,
                    directory,
                    limits,
                    queries=queries,
                    endpoint=endpoint,
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
            "RADIX_THREADS": args.threads,
            "RADIX_WORKER_MEMORY_MB": args.worker_memory_mb,
            "RADIX_CACHE_MB": args.cache_mb,
            **_limit_config(args),
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
            # One thread per connection, cheap while it waits for a body; the work is limited to --threads
            # serving slots (graph/web/slots.py). Connections also bound what unread answers buffer.
            blocking_threads=args.max_connections,
            backpressure=args.max_connections,
            http1_settings=HTTP1Settings(header_read_timeout=max(1, int(args.header_timeout * 1000))),
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
