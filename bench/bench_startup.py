"""Benchmark start-up: seconds from launch to the first SPARQL answer, `radix serve` against Oxigraph's server.

Run from the checkout (needs the `oxigraph` package from PyPI)::

    python bench/bench_startup.py            # 5 starts of each, medians
    python bench/bench_startup.py --runs 9

Both start from files on disk and are timed until they answer ``ASK {}`` with 200:

* ``radix serve`` builds the Radix graph from ``ontology/`` (tables to triples), writes the snapshot its
  query processes load, and starts Granian;
* the peer, Oxigraph, is timed as ``oxigraph load`` of the same graph (exported once as N-Quads) into a
  fresh store plus ``oxigraph serve-read-only`` on it: the same work of reading the data and serving it.

The tests only check that a server becomes ready (issue 16: no wall-clock limits in the suite); this is
where how fast is measured and reported (README, "Performance").
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_server import free_port, stop, wait_until_up  # noqa: E402

from graph.web.app import prepare_dataset  # noqa: E402


def time_radix() -> float:
    """Start `radix serve` on a free port; return the seconds until it answers SPARQL."""
    port = free_port()
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "graph", "serve", "--port", str(port)],
        cwd=ROOT,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_up(f"http://127.0.0.1:{port}/sparql", process)
        return time.monotonic() - started
    finally:
        stop(process)


def time_oxigraph(oxigraph: str, dump: Path, work: Path) -> float:
    """Load ``dump`` into a fresh Oxigraph store and serve it read-only; return the seconds until it answers."""
    location = Path(tempfile.mkdtemp(prefix="store-", dir=work))
    port = free_port()
    started = time.monotonic()
    load = [oxigraph, "load", "--location", str(location), "--file", str(dump)]
    subprocess.run(load, check=True, capture_output=True)
    process = subprocess.Popen(
        [oxigraph, "serve-read-only", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until_up(f"http://127.0.0.1:{port}/query", process)
        return time.monotonic() - started
    finally:
        stop(process)
        shutil.rmtree(location, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="starts of each server, taking turns (default 5)")
    args = parser.parse_args(argv)
    oxigraph = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(oxigraph).exists():
        print("bench: `oxigraph` is missing (pip install oxigraph)", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="radix-startup-"))
    try:
        snapshot, stats = prepare_dataset(ROOT / "ontology", [], work)
        radix, peer = [], []
        for _ in range(args.runs):  # taking turns, so a slow spell of the machine hits both
            radix.append(time_radix())
            peer.append(time_oxigraph(oxigraph, snapshot.path, work))
        print(f"dataset: {stats.quads} triples; {args.runs} starts each, medians (min-max)")
        print("| server | seconds to first SPARQL answer |")
        print("|---|---:|")
        print(f"| radix serve | {statistics.median(radix):.2f} ({min(radix):.2f}-{max(radix):.2f}) |")
        print(f"| oxigraph load + serve-read-only | {statistics.median(peer):.2f} ({min(peer):.2f}-{max(peer):.2f}) |")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
