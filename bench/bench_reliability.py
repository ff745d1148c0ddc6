"""Benchmark cheap work under attack: latency of small queries, cached answers, /health and /api while runaways run.

Run from the checkout (needs the `oxigraph` package from PyPI)::

    python bench/bench_reliability.py                          # Radix and Oxigraph, 2 runaways + 20 parked
    python bench/bench_reliability.py --before /tmp/radix-old  # also a checkout of Radix before issue 14
    python bench/bench_reliability.py --sources spread       # each parked request from its own address
    python bench/bench_reliability.py --runaways 4 --parked 40 --seconds 60

The attack is issue 14's (item 4): ``--runaways`` clients (as many as query workers by default) each
send a query that would run for hours (a four-way cross product of the graph), and ``--parked``
more clients send the same; every attacker sends again as soon as it has an answer, so the pressure
lasts (refused ones wait a second, as Retry-After asks). Attackers come from other loopback
addresses (127.0.0.2, 127.0.0.3, ...: on Linux all of 127/8 is this machine), as separate machines
would; ``--sources`` chooses two addresses, one per parked request, or the measurer's own.
Meanwhile one client at 127.0.0.1 cycles through four cheap requests for ``--seconds``: a small
query never seen before, the same small query again (cached), ``/health`` and ``/api/search``, each
with a 15 s timeout, and the latencies are reported.
Every server gets the same attack in the same run: Radix as it is (``radix serve --timeout 10``,
its defaults otherwise), optionally Radix from another checkout (``--before``), and Oxigraph's own
server (``oxigraph serve-read-only``, which has no deadline; it is asked only the SPARQL requests).

The test suite checks behaviour under this attack (``tests/server/test_redteam_starvation.py``: the
cheap requests are answered while the runaways still run); the figures live here (issue 16).
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_server import free_port, stop, wait_until_up  # noqa: E402

from graph.web.app import prepare_dataset  # noqa: E402

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
SMALL = "SELECT ?l WHERE {{ <https://w3id.org/radix/S1_root> <http://www.w3.org/2000/01/rdf-schema#label> ?l }} # {}"
CHEAP_TIMEOUT = 15.0


@dataclass
class Server:
    """A server under test: its name, the command that starts it, and its SPARQL path."""

    name: str
    command: list[str]
    port: int
    sparql: str
    cwd: Path
    radix: bool


def request(port: int, path: str, *, timeout: float, source: str = "127.0.0.1") -> int:
    """GET ``path`` from the server on ``port``, sent from ``source``; return the status (0: no answer in time)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout, source_address=(source, 0))
    try:
        connection.request("GET", path, headers={"Accept": "application/sparql-results+json"})
        response = connection.getresponse()
        response.read()
        return response.status
    except OSError:
        return 0
    finally:
        connection.close()


def sparql(server: Server, query: str) -> str:
    return server.sparql + "?" + urllib.parse.urlencode({"query": query})


def attack(server: Server, runaways: int, parked: int, sources: str, stop_event: threading.Event) -> None:
    """Start the attackers; each sends its runaway again once answered (a second after a refusal), until ``stop_event``.

    ``sources``: ``two`` (the runaways and the parked requests come from two addresses), ``spread``
    (the parked requests each from an address of its own: a distributed attack) or ``same`` (every
    request from 127.0.0.1, the measuring client's own address, as the red team ran it).
    """

    def attacker(number: int, source: str) -> None:
        for attempt in itertools.count():
            if stop_event.is_set():
                return
            status = request(server.port, sparql(server, f"{RUNAWAY} # {number}-{attempt}"), timeout=120, source=source)
            if status in (429, 503):
                stop_event.wait(1)  # as Retry-After asks: a flood of refusals would measure something else

    for number in range(runaways + parked):
        source = f"127.0.0.{2 + number % 2}"
        if sources == "same":
            source = "127.0.0.1"
        elif sources == "spread" and number >= runaways:
            source = f"127.0.1.{10 + number}"
        threading.Thread(target=attacker, args=(number, source), daemon=True).start()


def measure(server: Server, seconds: float) -> dict[str, list[tuple[int, float]]]:
    """Cycle through the cheap requests for ``seconds``; return (status, ms) per kind of request."""
    cached = sparql(server, SMALL.format("cached"))
    kinds = {"small query, never seen": lambda n: sparql(server, SMALL.format(f"new {n} {time.time()}"))}
    kinds["small query, cached"] = lambda n: cached
    if server.radix:
        kinds["/health"] = lambda n: "/health"
        kinds["/api/search"] = lambda n: f"/api/search?q=ankle+reflex+{n % 7}"
    results: dict[str, list[tuple[int, float]]] = defaultdict(list)
    ends = time.monotonic() + seconds
    for number in itertools.count():
        if time.monotonic() > ends:
            break
        for kind, path in kinds.items():
            started = time.monotonic()
            status = request(server.port, path(number), timeout=CHEAP_TIMEOUT)
            results[kind].append((status, (time.monotonic() - started) * 1000))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runaways", type=int, default=2, help="runaway clients (default: 2, the query workers)")
    parser.add_argument("--parked", type=int, default=20, help="more runaway requests, parked waiting for a worker")
    parser.add_argument("--seconds", type=float, default=30, help="seconds of cheap requests per server")
    parser.add_argument(
        "--sources",
        choices=["two", "spread", "same"],
        default="two",
        help="attackers from two addresses, parked requests each from its own, or all from the measurer's",
    )
    parser.add_argument("--warmup", type=float, default=2, help="seconds of attack before measuring")
    parser.add_argument("--before", type=Path, help="another Radix checkout to measure the same way (e.g. main)")
    args = parser.parse_args(argv)
    oxigraph = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(oxigraph).exists():
        print("bench: `oxigraph` is missing (pip install oxigraph)", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="radix-reliability-"))
    try:
        snapshot, stats = prepare_dataset(ROOT / "ontology", [], work)
        subprocess.run(
            [oxigraph, "load", "--location", str(work / "store"), "--file", str(snapshot.path)],
            check=True,
            capture_output=True,
        )
        servers = []
        radix = [sys.executable, "-c", "import sys; from graph.cli import main; sys.exit(main(sys.argv[1:]))"]
        for name, checkout in (("radix", ROOT), ("radix before", args.before)):
            if checkout is not None:
                port = free_port()
                command = [*radix, "serve", "--", "--port", str(port), "--timeout", "10", "--query-workers", "2"]
                servers.append(Server(name, command, port, "/sparql", checkout, True))
        port = free_port()
        command = [oxigraph, "serve-read-only", "--location", str(work / "store"), "--bind", f"127.0.0.1:{port}"]
        servers.append(Server("oxigraph", command, port, "/query", ROOT, False))
        print(
            f"dataset: {stats.quads} triples; {args.runaways} runaway clients + {args.parked} parked runaway "
            f"requests (attackers' addresses: {args.sources}), "
            f"all re-sent once answered; cheap requests for {args.seconds:g} s per server, "
            f"one at a time, each with a {CHEAP_TIMEOUT:g} s timeout (0 = no answer in time)\n"
        )
        print("| server | cheap request | sent | answered 200 | under 1 s | p50 ms | p90 ms | max ms |")
        print("|---|---|---:|---:|---:|---:|---:|---:|")
        for server in servers:
            process = subprocess.Popen(
                server.command,
                cwd=server.cwd,
                env={**os.environ, "PYTHONPATH": str(server.cwd)},
                start_new_session=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            stop_event = threading.Event()
            try:
                wait_until_up(f"http://127.0.0.1:{server.port}{server.sparql}", process)
                request(server.port, sparql(server, SMALL.format("cached")), timeout=CHEAP_TIMEOUT)  # to repeat
                attack(server, args.runaways, args.parked, args.sources, stop_event)
                time.sleep(args.warmup)  # a benchmark, not a test: let the attack settle
                results = measure(server, args.seconds)
            finally:
                stop_event.set()
                stop(process)
            for kind, outcomes in results.items():
                latencies = sorted(ms for _, ms in outcomes)
                ok = sum(status == 200 for status, _ in outcomes)
                fast = sum(status == 200 and ms < 1000 for status, ms in outcomes)
                p90 = latencies[int(0.9 * (len(latencies) - 1))]
                print(
                    f"| {server.name} | {kind} | {len(outcomes)} | {ok} | {fast} | "
                    f"{statistics.median(latencies):.1f} | {p90:.1f} | {latencies[-1]:.1f} |"
                )
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
