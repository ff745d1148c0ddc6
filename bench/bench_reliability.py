"""Benchmark behaviour under runaway queries: small-query latency while N clients run queries that never end.

Run from the checkout (needs the `oxigraph` package from PyPI)::

    python bench/bench_reliability.py                 # 1 and 2 runaway clients, 40 small queries each
    python bench/bench_reliability.py --runaways 1 2 4

For each number of runaway clients, both servers get the same load: the runaways (a four-way cross
product of the graph, hours of work) are started, then small queries (single-entity lookups, each new
to the cache) are sent one after another and timed. Radix stops each runaway at its deadline (2 s
here) with a 503; Oxigraph's server has no deadline and keeps computing. Reported: the p50 and max
latency of the small queries, how many got 200, and for Radix how long the runaways took to get
their 503 (the deadline's accuracy).

The test suite checks only the order of events (the small queries are answered while a runaway still
runs; the runaway gets its 503); the figures live here (issue 16).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_server import fetch, free_port, stop, wait_until_up  # noqa: E402

from graph.web.app import prepare_dataset  # noqa: E402

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
SMALL = "SELECT ?l WHERE {{ <https://w3id.org/radix/S1_root> <http://www.w3.org/2000/01/rdf-schema#label> ?l }} # {n}"


def measure(url: str, runaways: int, small: int) -> tuple[list[float], int, list[float]]:
    """Start ``runaways`` runaway clients, then time ``small`` small queries; return latencies, 200s, runaway times."""
    runaway_times: list[float] = []

    def run_away(tag: int) -> None:
        started = time.monotonic()
        try:
            fetch(url, f"{RUNAWAY} # runaway {tag} {time.time()}")
        except OSError:  # the peer is stopped while still computing
            return
        runaway_times.append(time.monotonic() - started)

    threads = [threading.Thread(target=run_away, args=(i,), daemon=True) for i in range(runaways)]
    for thread in threads:
        thread.start()
    time.sleep(0.5)  # a benchmark, not a test: give the runaways time to reach the engine
    latencies, ok = [], 0
    for n in range(small):
        started = time.monotonic()
        status, _ = fetch(url, SMALL.format(n=f"{time.time()}-{n}"))
        latencies.append((time.monotonic() - started) * 1000)
        ok += status == 200
    for thread in threads:
        thread.join(timeout=15)
    return latencies, ok, runaway_times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runaways", type=int, nargs="+", default=[1, 2], help="runaway clients per round")
    parser.add_argument("--small", type=int, default=40, help="small queries timed per round")
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
        print(f"dataset: {stats.quads} triples; radix serve --timeout 2 --query-workers 2 vs oxigraph serve-read-only")
        print("| server | runaway clients | small queries 200 | p50 ms | max ms | runaway answered after s |")
        print("|---|---:|---:|---:|---:|---|")
        for runaways in args.runaways:
            for name in ("radix", "oxigraph"):
                port = free_port()
                if name == "radix":
                    command = [sys.executable, "-m", "graph", "serve", "--port", str(port), "--timeout", "2"]
                    command += ["--query-workers", "2"]
                    url = f"http://127.0.0.1:{port}/sparql"
                else:
                    command = [oxigraph, "serve-read-only", "--location", str(work / "store")]
                    command += ["--bind", f"127.0.0.1:{port}"]
                    url = f"http://127.0.0.1:{port}/query"
                process = subprocess.Popen(
                    command, cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
                )
                try:
                    wait_until_up(url, process)
                    latencies, ok, runaway_times = measure(url, runaways, args.small)
                finally:
                    stop(process)
                answered = ", ".join(f"{seconds:.2f}" for seconds in sorted(runaway_times)) or "never (no deadline)"
                print(
                    f"| {name} | {runaways} | {ok}/{args.small} | {statistics.median(latencies):.1f} "
                    f"| {max(latencies):.1f} | {answered} |"
                )
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
