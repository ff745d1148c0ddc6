"""Benchmark Radix beside a million-triple ontology: `radix serve --data` / `--store` against Oxigraph's server.

Run from the checkout (needs `wrk` from Debian and the `oxigraph` package from PyPI)::

    python bench/bench_store.py                 # 1,000,000 triples, 10 s per throughput phase
    python bench/bench_store.py --triples 2000000 --duration 20

No full-size ontology ships with Radix, so one is generated (deterministic, in ``https://example.org/bench/``,
shaped like an OBO ontology: classes with a label, a definition, synonyms, cross-references, one or two
parents and an existential restriction) and written as N-Triples. On that file, with the servers taking
turns:

* **start-up**: seconds from launch until ``ASK {}`` answers, for ``radix serve --data FILE`` (parses
  the file and the Radix graph, writes the N-Quads snapshot every query process parses again), for
  ``radix serve --store DIR --data FILE`` the first time (builds the on-disk store) and the second time
  (reuses it: nothing is parsed), and for ``oxigraph load`` + ``oxigraph serve-read-only``;
* **memory**: the resident set of the server's whole process tree once it answers (query processes
  included), from /proc;
* **throughput**: wrk (8 connections, 2 threads) on five queries over the big ontology and Radix
  together, repeated and never-seen (a comment makes each request new, so no cache helps).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_server import WRK_SCRIPT, Figures, free_port, run_wrk, stop, wait_until_up  # noqa: E402

BENCH = "https://example.org/bench/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
OIO = "http://www.geneontology.org/formats/oboInOwl#"
DEFINITION = "http://purl.obolibrary.org/obo/IAO_0000115"
PART_OF = "http://purl.obolibrary.org/obo/BFO_0000050"
WORDS = ["abdominal", "lateral", "nerve", "root", "muscle", "reflex", "sensory", "motor", "dorsal", "ventral"]
TRIPLES_PER_CLASS = 12

QUERIES = [
    f"SELECT ?label WHERE {{ <{BENCH}C0004242> <{RDFS}label> ?label }}",
    f"SELECT ?child ?label WHERE {{ ?child <{RDFS}subClassOf> <{BENCH}C0000042> ; <{RDFS}label> ?label }}",
    f"SELECT ?ancestor WHERE {{ <{BENCH}C0054321> <{RDFS}subClassOf>+ ?ancestor FILTER(isIRI(?ancestor)) }}",
    f"SELECT (COUNT(*) AS ?n) WHERE {{ ?c <{OIO}hasExactSynonym> ?s }}",
    "SELECT ?m WHERE { ?m <https://w3id.org/radix/innervatedByRoot> <https://w3id.org/radix/S1_root> }",
]


def generate(path: Path, triples: int, seed: int = 13) -> int:
    """Write an ontology-shaped N-Triples file of about ``triples`` triples; return how many were written."""
    rng = random.Random(seed)
    classes = max(1, triples // TRIPLES_PER_CLASS)
    written = 0
    with path.open("w", encoding="utf-8") as handle:
        for number in range(classes):
            iri = f"<{BENCH}C{number:07d}>"
            name = " ".join(rng.choice(WORDS) for _ in range(3)) + f" {number}"
            lines = [
                f"{iri} <{RDF}type> <{OWL}Class> .",
                f'{iri} <{RDFS}label> "{name}" .',
                f'{iri} <{DEFINITION}> "A synthetic class number {number} for benchmarking: {name}." .',
                f'{iri} <{OIO}hasExactSynonym> "{name} (exact)" .',
                f'{iri} <{OIO}hasRelatedSynonym> "{name} (related)" .',
                f'{iri} <{OIO}hasDbXref> "BENCH:{number}" .',
                f'{iri} <{OIO}id> "BENCH:{number:07d}" .',
            ]
            if number:
                lines.append(f"{iri} <{RDFS}subClassOf> <{BENCH}C{rng.randrange(number):07d}> .")
                lines.append(f"{iri} <{RDFS}subClassOf> <{BENCH}C{rng.randrange(number):07d}> .")
                restriction = f"_:r{number}"
                lines += [
                    f"{iri} <{RDFS}subClassOf> {restriction} .",
                    f"{restriction} <{RDF}type> <{OWL}Restriction> .",
                    f"{restriction} <{OWL}onProperty> <{PART_OF}> .",
                    f"{restriction} <{OWL}someValuesFrom> <{BENCH}C{rng.randrange(number):07d}> .",
                ]
            handle.write("\n".join(lines) + "\n")
            written += len(lines)
    return written


def tree_rss_mb(pid: int) -> float:
    """Return the resident memory of process ``pid`` and all its descendants, in MiB (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    total_kb, todo = 0, [pid]
    while todo:
        current = todo.pop()
        todo += children.get(current, [])
        try:
            for line in (Path("/proc") / str(current) / "status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total_kb += int(line.split()[1])
        except OSError:
            continue
    return total_kb / 1024


def start_radix(arguments: list[str]) -> tuple[subprocess.Popen[bytes], str, float]:
    """Start ``radix serve ARGUMENTS`` on a free port; return the process, its URL and seconds to answer."""
    port = free_port()
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "graph", "serve", "--port", str(port), *arguments],
        cwd=ROOT,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/sparql"
    wait_until_up(url, process, seconds=900)
    return process, url, time.monotonic() - started


def start_oxigraph(oxigraph: str, data: Path, location: Path) -> tuple[subprocess.Popen[bytes], str, float, float]:
    """Load ``data`` into a fresh store and serve it read-only; return process, URL, load and serve seconds."""
    started = time.monotonic()
    subprocess.run(
        [oxigraph, "load", "--location", str(location), "--file", str(data)], check=True, capture_output=True
    )
    loaded = time.monotonic() - started
    port = free_port()
    serving = time.monotonic()
    process = subprocess.Popen(
        [oxigraph, "serve-read-only", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/query"
    wait_until_up(url, process, seconds=300)
    return process, url, loaded, time.monotonic() - serving


def throughput(url: str, work: Path, seconds: float, connections: int) -> dict[str, Figures]:
    """Run the query mix on ``url``, repeated and never-seen; return the figures of each phase."""
    queries = work / "queries.txt"
    queries.write_text("\n".join(urllib.parse.quote(q, safe="") for q in QUERIES) + "\n", encoding="utf-8")
    script = work / "mix.lua"
    script.write_text(WRK_SCRIPT, encoding="utf-8")
    figures = {}
    for phase, unique in (("repeated", False), ("never-seen", True)):
        run_wrk(url, queries, script, unique=unique, seconds=2, connections=connections)  # warm-up
        figures[phase] = run_wrk(url, queries, script, unique=unique, seconds=seconds, connections=connections)
    return figures


def measured(
    start: Callable[[], tuple[subprocess.Popen[bytes], str, float]], work: Path, args: argparse.Namespace
) -> dict[str, object]:
    """Start a server, settle, read its memory, run the query mix, stop it."""
    process, url, seconds = start()
    try:
        time.sleep(3)  # let the query processes and the exploration index settle
        memory = tree_rss_mb(process.pid)
        return {"startup": seconds, "memory": memory, "figures": throughput(url, work, args.duration, args.connections)}
    finally:
        stop(process)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="size of the generated ontology")
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per throughput phase")
    parser.add_argument("--connections", type=int, default=8)
    args = parser.parse_args(argv)
    oxigraph = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    for tool in ("wrk", oxigraph):
        if not shutil.which(tool):
            print(f"bench: `{tool}` is missing (apt-get install wrk; pip install oxigraph)", file=sys.stderr)
            return 2
    work = Path(tempfile.mkdtemp(prefix="radix-bench-store-"))
    try:
        data = work / "ontology.nt"
        written = generate(data, args.triples)
        print(
            f"generated {written:,} triples ({data.stat().st_size / 2**20:.0f} MiB N-Triples); machine: "
            f"{os.cpu_count()} cores; wrk -t2 -c{args.connections} -d{args.duration:g}s per phase\n"
        )
        store = work / "radix-store"
        rows: list[tuple[str, dict[str, object]]] = []
        rows.append(("radix serve --data", measured(lambda: start_radix(["--data", str(data)]), work, args)))
        rows.append(
            (
                "radix serve --store (first start: builds)",
                measured(lambda: start_radix(["--store", str(store), "--data", str(data)]), work, args),
            )
        )
        rows.append(
            (
                "radix serve --store (restart: reuses)",
                measured(lambda: start_radix(["--store", str(store), "--data", str(data)]), work, args),
            )
        )
        location = work / "oxigraph-store"
        loaded: list[float] = []

        def oxigraph_start() -> tuple[subprocess.Popen[bytes], str, float]:
            process, url, load, serve = start_oxigraph(oxigraph, data, location)
            loaded.append(load)
            return process, url, load + serve

        rows.append(("oxigraph load + serve-read-only", measured(oxigraph_start, work, args)))
        print("| server | start-up s | memory MiB | repeated req/s (p50/p99 ms) | never-seen req/s (p50/p99 ms) |")
        print("|---|---:|---:|---|---|")
        for name, row in rows:
            figures = row["figures"]
            assert isinstance(figures, dict)
            cells = [
                f"{f.rps:,.0f} ({f.p50_ms:.1f}/{f.p99_ms:.1f})" + (f" {f.failures} failed" if f.failures else "")
                for f in (figures["repeated"], figures["never-seen"])
            ]
            print(f"| {name} | {row['startup']:.1f} | {row['memory']:,.0f} | {cells[0]} | {cells[1]} |")
        if loaded:
            print(f"\noxigraph load alone: {statistics.median(loaded):.1f} s")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
