"""Time localisation and related-conditions queries (issue 5: each under 5 ms median).

Prints the median and 95th percentile of many runs, with a named peer for scale: the same
question answered by one SPARQL query on Oxigraph (the shared-findings count that a plain
endpoint would use), run in the same process on the same graph.

    python bench/bench_explore.py [--runs 300]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.ask.sparql import select  # noqa: E402
from graph.explore.explorer import Explorer  # noqa: E402
from graph.load.store import load_graph, oxigraph_store  # noqa: E402

SIX_FINDINGS = [
    "absent ankle jerk",
    "numbness of the lateral foot",
    "weak plantar flexion",
    "knee reflex normal",
    "pain down the back of the leg to the little toe",
    "no saddle anaesthesia",
]
SIX_CURIES = [
    "radix:absent_ankle_reflex",
    "radix:lateral_foot_numbness",
    "radix:weak_ankle_plantar_flexion",
    "radix:S1_radicular_pain",
    "radix:antalgic_gait",
    "radix:difficulty_standing_on_tiptoes",
]
PEER = """SELECT ?other (COUNT(DISTINCT ?finding) AS ?shared) WHERE {
  radix:S1_radiculopathy radix:hasFinding ?finding . ?other radix:hasFinding ?finding .
  FILTER(?other != radix:S1_radiculopathy) } GROUP BY ?other ORDER BY DESC(?shared)"""


def timed(function: Callable[[], object], runs: int) -> tuple[float, float]:
    """Return the median and 95th percentile, in milliseconds, of ``runs`` calls."""
    function()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def main() -> int:
    """Build the explorer once, then time each question."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args()
    store = oxigraph_store(load_graph())
    start = time.perf_counter()
    explorer = Explorer(store)
    print(f"explorer built in {(time.perf_counter() - start) * 1000:.0f} ms")
    rows = [
        ("localize: 6 phrases", lambda: explorer.localize(SIX_FINDINGS)),
        ("localize: 6 CURIEs", lambda: explorer.localize(SIX_CURIES)),
        ("related: S1 radiculopathy", lambda: explorer.related("radix:S1_radiculopathy")),
        ("related: L5 radiculopathy", lambda: explorer.related("radix:L5_radiculopathy")),
        ("search: 'absent ankle jerk'", lambda: explorer.search("absent ankle jerk")),
        ("peer: SPARQL shared-findings count on Oxigraph", lambda: select(store, PEER)),
    ]
    print(f"{'question':50} {'median ms':>10} {'p95 ms':>8}")
    for name, function in rows:
        median, p95 = timed(function, args.runs)
        print(f"{name:50} {median:10.2f} {p95:8.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
