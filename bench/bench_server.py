"""Benchmark `radix serve` against `oxigraph serve-read-only` on the same data and the same query mix.

Run from the checkout (needs `wrk` from Debian and the `oxigraph` package from PyPI)::

    python bench/bench_server.py              # every mix, 3 runs x 10 s per phase, 8 connections
    python bench/bench_server.py --duration 5 --mix named

Both servers get the same export of the Radix graph and the same queries, one at a time on this
machine, driven by wrk (8 connections, 2 threads). Two phases per mix:

* repeated  -- the mix cycles; after a warm-up every query has been seen (Radix may use its cache,
  which is correct: the served dataset never changes);
* never-seen -- each request's text is new (a unique comment is appended), so no cache can help.

Each phase is measured three times (``--runs``) after a warm-up, the two servers taking turns, and
the report gives the median of each figure with the range of p99 over the runs: on a small shared
machine one run's p99 moves by a factor of two from run to run.

Mixes: ``named`` is every query of ``queries/`` with its default parameters bound (as
``radix query`` runs them); ``lookups`` is a set of small single-entity lookups, the case where a
Python server's per-request cost weighs most. Oxigraph's HTTP API cannot bind parameters, so both
servers receive the defaults written into the query text -- done here, for the benchmark only, from
the repository's own trusted defaults -- in two ways, each its own mix:

* ``named`` -- as constants in the WHERE clause (plus a final ``BIND`` for the projected variable),
  as someone typing the query for an endpoint would write it;
* ``named-values`` -- as a ``VALUES`` block opening the WHERE clause. Oxigraph plans some queries
  badly this way (an OPTIONAL over the axioms is evaluated unbound: 6 ms instead of 0.1-0.2 ms), so
  this mix measures both servers on slower queries.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.ask.namedqueries import NamedQuery, load_named_queries  # noqa: E402
from graph.serve.guard import _TOKEN  # noqa: E402  (the guard's tokenizer finds the WHERE clause)
from graph.web.app import prepare_dataset  # noqa: E402

ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9"
PREFIXES = "PREFIX radix: <https://w3id.org/radix/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
LOOKUPS = [
    PREFIXES + "SELECT ?label WHERE { radix:S1_root rdfs:label ?label }",
    PREFIXES + "ASK { radix:S1_radiculopathy a radix:Radiculopathy }",
    PREFIXES + "SELECT ?muscle ?label WHERE { ?muscle radix:hasPrimaryRoot radix:S1_root ; rdfs:label ?label }",
    PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { ?s a radix:Muscle }",
    PREFIXES + "SELECT ?root ?label WHERE { ?root a radix:NerveRoot ; rdfs:label ?label } ORDER BY ?label",
    PREFIXES + "SELECT ?p ?o WHERE { radix:S1_radiculopathy ?p ?o } LIMIT 50",
]
WRK_SCRIPT = r"""
local queries = {}
for line in io.lines(os.getenv("RADIX_BENCH_QUERIES")) do table.insert(queries, line) end
local unique = os.getenv("RADIX_BENCH_UNIQUE") == "1"
local accept = os.getenv("RADIX_BENCH_ACCEPT")
local threads = 0
function setup(thread) threads = threads + 1; thread:set("tid", threads) end
local counter = 0
function request()
  counter = counter + 1
  local q = queries[(counter % #queries) + 1]
  if unique then q = q .. "%0A%23" .. tid .. "-" .. counter end
  return wrk.format("GET", wrk.path .. "?query=" .. q, {["Accept"] = accept})
end
function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %d %d %d %d %d %d\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(99), errors, summary.errors.status))
end
"""


@dataclass
class Figures:
    """One wrk run: requests per second, p50 and p99 latency in ms, failed requests."""

    rps: float
    p50_ms: float
    p99_ms: float
    failures: int


def median_figures(runs: list[Figures]) -> Figures:
    """Return the median of each figure over repeated runs (failures are summed: any failure counts)."""
    return Figures(
        statistics.median(run.rps for run in runs),
        statistics.median(run.p50_ms for run in runs),
        statistics.median(run.p99_ms for run in runs),
        sum(run.failures for run in runs),
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def bind_defaults(query: NamedQuery) -> str:
    """Write the query's default parameter values as a VALUES block opening its WHERE clause."""
    bindings = query.bindings()
    if not bindings:
        return query.text
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(str(term) for term in bindings.values())
    block = f" VALUES ({names}) {{ ({values}) }} "
    start, _ = where_group(query)
    return query.text[:start] + block + query.text[start:]


def inline_defaults(query: NamedQuery) -> str:
    """Write the defaults as constants in the WHERE clause, as a person typing the query would.

    Every use of a parameter variable inside the WHERE group becomes the constant, and a final
    ``BIND(constant AS ?parameter)`` keeps the variable for the projection, GROUP BY and ORDER BY.
    Falls back to :func:`bind_defaults` when the WHERE group holds a sub-SELECT (whose projection a
    constant would break).
    """
    bindings = query.bindings()
    if not bindings:
        return query.text
    start, end = where_group(query)
    body = query.text[start:end]
    pieces, last = [], 0
    for match in _TOKEN.finditer(body):
        if match.lastgroup == "word" and match.group().upper() == "SELECT":
            return bind_defaults(query)
        if match.lastgroup == "var" and match.group()[1:] in bindings:
            pieces += [body[last : match.start()], str(bindings[match.group()[1:]])]
            last = match.end()
    binds = "".join(f" BIND({term} AS ?{name})" for name, term in bindings.items())
    return query.text[:start] + "".join(pieces) + body[last:] + binds + " " + query.text[end:]


def where_group(query: NamedQuery) -> tuple[int, int]:
    """Return the span inside the braces of the query's WHERE group (the first group if WHERE is omitted)."""
    tokens = [match for match in _TOKEN.finditer(query.text) if match.lastgroup not in ("space", "comment")]
    is_where = [match.lastgroup == "word" and match.group().upper() == "WHERE" for match in tokens]
    seen_where = not any(is_where)  # WHERE may be omitted: then the first group is the one
    depth, opened = 0, None
    for match, where in zip(tokens, is_where, strict=True):
        if where and depth == 0:
            seen_where = True
        elif match.lastgroup == "open" and match.group() == "{":
            if depth == 0 and opened is None and seen_where:
                opened = match
            depth += 1
        elif match.lastgroup == "close" and match.group() == "}":
            depth -= 1
            if depth == 0 and opened is not None:
                return opened.end(), match.start()
    raise ValueError(f"{query.name}: no WHERE group to bind parameters in")


def one_line(query: str) -> str:
    """Drop comment lines and join the rest (wrk reads one query per line)."""
    kept = [line for line in query.splitlines() if not line.lstrip().startswith("#")]
    return re.sub(r"\s+", " ", " ".join(kept)).strip()


def fetch(url: str, query: str) -> tuple[int, bytes]:
    request = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": query}), headers={"Accept": ACCEPT})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def wait_until_up(url: str, process: subprocess.Popen[bytes], seconds: float = 60) -> float:
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        if process.poll() is not None:
            raise RuntimeError(f"{url}: the server exited with {process.returncode}")
        try:
            status, _ = fetch(url, "ASK {}")
            if status == 200:
                return time.monotonic() - started
        except OSError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"{url} did not come up within {seconds} s")


def wait_until_warm(health_url: str, seconds: float = 30) -> float:
    """Wait until every serving process reports its exploration index built (steady state, not start-up).

    Requests land on any serving process, so 20 answers in a row must say ``ready``.
    """
    started, in_a_row = time.monotonic(), 0
    while time.monotonic() - started < seconds:
        with urllib.request.urlopen(health_url, timeout=5) as response:
            in_a_row = in_a_row + 1 if json.load(response).get("exploration") == "ready" else 0
        if in_a_row >= 20:
            return time.monotonic() - started
        time.sleep(0.02)
    raise RuntimeError(f"{health_url}: the exploration index was not built within {seconds} s")


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def run_wrk(url: str, queries_file: Path, script: Path, *, unique: bool, seconds: float, connections: int) -> Figures:
    environment = {
        **os.environ,
        "RADIX_BENCH_QUERIES": str(queries_file),
        "RADIX_BENCH_UNIQUE": "1" if unique else "0",
        "RADIX_BENCH_ACCEPT": ACCEPT,
    }
    command = [
        "wrk",
        "-t2",
        f"-c{connections}",
        f"-d{max(1, round(seconds))}s",
        "--timeout",
        "30s",
        "-s",
        str(script),
        url,
    ]
    output = subprocess.run(command, env=environment, capture_output=True, text=True, check=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("RESULT"))
    requests, duration_us, p50_us, p99_us, errors, bad_status = (int(part) for part in line.split()[1:])
    return Figures(requests / (duration_us / 1e6), p50_us / 1000, p99_us / 1000, errors + bad_status)


SLOW_MS = 100.0
"""A query slower than this on either server is left out of a throughput mix (and reported)."""


def check_mix(name: str, queries: list[str], radix_url: str, oxigraph_url: str) -> list[str]:
    """Keep the queries both servers answer with 200 in under SLOW_MS; report the others."""
    kept = []
    for query in queries:
        timings, statuses = [], []
        for url in (radix_url, oxigraph_url):
            started = time.monotonic()
            status, _ = fetch(url, query + "\n# probe")
            timings.append((time.monotonic() - started) * 1000)
            statuses.append(status)
        if statuses == [200, 200] and max(timings) < SLOW_MS:
            kept.append(query)
        else:
            print(
                f"  [{name}] left out: radix {statuses[0]} in {timings[0]:.0f} ms, oxigraph {statuses[1]} in "
                f"{timings[1]:.0f} ms: {query[:100]}..."
            )
    return kept


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=10, help="seconds per measured phase")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument(
        "--runs",
        type=int,
        default=3,
        help="measured runs per phase and server, alternating the servers; medians are reported (default 3)",
    )
    parser.add_argument("--mix", choices=["named", "lookups", "both"], default="both")
    parser.add_argument(
        "--binding",
        choices=["inline", "values", "both"],
        default="both",
        help="how the named queries' default parameters are written: as constants, as a VALUES block, or both mixes",
    )
    parser.add_argument("--radix-args", default="", help="extra `radix serve` options, e.g. '--workers 1'")
    args = parser.parse_args(argv)
    for tool in ("wrk", "oxigraph"):
        if not shutil.which(tool) and not (Path(sys.executable).parent / tool).exists():
            print(f"bench: `{tool}` is missing (apt-get install wrk; pip install oxigraph)", file=sys.stderr)
            return 2
    oxigraph_cli = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    work = Path(tempfile.mkdtemp(prefix="radix-bench-"))
    processes: list[subprocess.Popen[bytes]] = []
    try:
        snapshot, stats = prepare_dataset(ROOT / "ontology", [], work)
        subprocess.run(
            [oxigraph_cli, "load", "--location", str(work / "oxigraph"), "--file", str(snapshot.path)],
            check=True,
            capture_output=True,
        )
        radix_port, oxigraph_port = free_port(), free_port()
        radix_command = [sys.executable, "-c", "import sys, server; sys.exit(server.main(sys.argv[1:]))"]
        radix = subprocess.Popen(
            [*radix_command, "--port", str(radix_port), *args.radix_args.split()],
            cwd=ROOT,
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        processes.append(radix)
        oxigraph = subprocess.Popen(
            [
                oxigraph_cli,
                "serve-read-only",
                "--location",
                str(work / "oxigraph"),
                "--bind",
                f"127.0.0.1:{oxigraph_port}",
            ],
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        processes.append(oxigraph)
        radix_url, oxigraph_url = f"http://127.0.0.1:{radix_port}/sparql", f"http://127.0.0.1:{oxigraph_port}/query"
        radix_ready = wait_until_up(radix_url, radix)
        radix_warm = radix_ready + wait_until_warm(f"http://127.0.0.1:{radix_port}/health")
        wait_until_up(oxigraph_url, oxigraph)
        print(
            f"dataset: {stats.quads} triples; radix serve answered SPARQL after {radix_ready:.2f} s, "
            f"with the exploration index built after {radix_warm:.2f} s"
        )
        print(f"machine: {os.cpu_count()} cores; wrk -t2 -c{args.connections} -d{args.duration:g}s per phase\n")

        mixes: dict[str, list[str]] = {}
        if args.mix in ("named", "both"):
            named = list(load_named_queries().values())
            if args.binding in ("inline", "both"):
                inline = [one_line(inline_defaults(query)) for query in named]
                mixes["named"] = check_mix("named", inline, radix_url, oxigraph_url)
            if args.binding in ("values", "both"):
                values = [one_line(bind_defaults(query)) for query in named]
                mixes["named-values"] = check_mix("named-values", values, radix_url, oxigraph_url)
        if args.mix in ("lookups", "both"):
            mixes["lookups"] = check_mix("lookups", LOOKUPS, radix_url, oxigraph_url)
        script = work / "mix.lua"
        script.write_text(WRK_SCRIPT, encoding="utf-8")
        results: dict[tuple[str, str, str], list[Figures]] = {}
        servers = (("radix", radix_url), ("oxigraph", oxigraph_url))
        for mix, queries in mixes.items():
            queries_file = work / f"{mix}.txt"
            queries_file.write_text("\n".join(urllib.parse.quote(q, safe="") for q in queries) + "\n", encoding="utf-8")
            for phase, unique in (("repeated", False), ("never-seen", True)):
                for _server, url in servers:  # warm-up, not measured
                    run_wrk(url, queries_file, script, unique=unique, seconds=2, connections=args.connections)
                for _ in range(args.runs):  # the servers take turns, so a slow spell of the machine hits both
                    for server, url in servers:
                        figures = run_wrk(
                            url,
                            queries_file,
                            script,
                            unique=unique,
                            seconds=args.duration,
                            connections=args.connections,
                        )
                        results.setdefault((mix, server, phase), []).append(figures)
        report(mixes, results)
        return 0
    finally:
        for process in processes:
            stop(process)
        shutil.rmtree(work, ignore_errors=True)


def report(mixes: dict[str, list[str]], results: dict[tuple[str, str, str], list[Figures]]) -> None:
    """Print the medians over the runs, the spread of p99 and of the ratio, and the verdicts."""
    runs = len(next(iter(results.values())))
    print(f"medians of {runs} runs; p99 range over the runs in brackets")
    print(
        f"{'mix':12} {'phase':11} {'server':9} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7} {'(p99 range)':>15} "
        f"{'failed':>6}"
    )
    medians = {key: median_figures(runs) for key, runs in results.items()}
    for mix in mixes:
        for phase in ("repeated", "never-seen"):
            for server in ("radix", "oxigraph"):
                f = medians[(mix, server, phase)]
                p99s = [run.p99_ms for run in results[(mix, server, phase)]]
                spread = f"({min(p99s):.1f}-{max(p99s):.1f})"
                print(
                    f"{mix:12} {phase:11} {server:9} {f.rps:8.0f} {f.p50_ms:7.2f} {f.p99_ms:7.2f} {spread:>15} "
                    f"{f.failures:6d}"
                )
    print()
    targets = {"repeated": 1.5, "never-seen": 0.8}
    for mix, queries in mixes.items():
        for phase, target in targets.items():
            radix, oxigraph = medians[(mix, "radix", phase)], medians[(mix, "oxigraph", phase)]
            ratio = radix.rps / oxigraph.rps
            paired = zip(results[(mix, "radix", phase)], results[(mix, "oxigraph", phase)], strict=True)
            ratios = [r.rps / o.rps for r, o in paired]
            verdict = "meets" if ratio >= target and radix.p99_ms < 10 else "misses"
            print(
                f"{mix} ({len(queries)} queries), {phase}: radix/oxigraph = {ratio:.2f}x "
                f"(runs {min(ratios):.2f}-{max(ratios):.2f}; target >= {target}x), "
                f"radix p99 {radix.p99_ms:.2f} ms (target < 10 ms): {verdict} the target"
            )
    print("\n" + json.dumps({f"{m}/{s}/{p}": [vars(f) for f in runs] for (m, s, p), runs in results.items()}))


if __name__ == "__main__":
    sys.exit(main())
