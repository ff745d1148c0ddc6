"""Speed of localisation, this engine against the one before it, in one run (issue 12 item 8: < 5 ms median).

Times ``Explorer.localize`` in-process for six findings typed as phrases and as CURIEs, many runs each,
and prints the median and 95th percentile. The peer is the engine of the commit before localisation v2,
extracted with ``git archive`` into a temporary folder and timed there by the same loop, right after.
Since stop 38 the engine keeps what it works out of a phrase or an observation across calls: each phrase's reading
(``NoteReader.read``) and each observation's terms for every hypothesis (``Model.columns``), since notes repeat their
phrases (the finding terms were kept before); the engine before v2 reads every phrase afresh. The row "6 phrases,
first seen" clears both before every call, so it times a note whose phrases the engine has never read (the per-finding
terms and the anatomy's and parsimony's memos, which every engine since v2 keeps, stay warm). Since stop 40 it also
clears the columns' arrays and the parsimony terms kept by what a note says of a lesion's territory. Since stop 41 a
column of findings is made of each finding's terms for every hypothesis, kept with the per-finding terms (warm here).

    python bench/bench_localize.py [--runs 300] [--old-commit REV]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval_localize import default_old_commit  # noqa: E402  (one rule for "the engine before v2")

SIX_PHRASES = [
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
COLD = "6 phrases, first seen"
SHORTHAND = ["AJ absent R", "KJ 2+ sym", "EHL 5/5", "PF 4/5 R", "SLR +ve at 40°", "no saddle anaesthesia"]

TIMER = """
import json, statistics, sys, time
sys.meta_path = [finder for finder in sys.meta_path if "editable" not in repr(finder).lower()]
for name in [name for name in sys.modules if name == "graph" or name.startswith("graph.")]:
    del sys.modules[name]
from graph.explore.explorer import Explorer
from graph.load.store import load_graph, oxigraph_store
explorer = Explorer(oxigraph_store(load_graph()))
runs, sets, cold = json.load(sys.stdin)
localizer = getattr(explorer, "localizer", None)
kept = [  # what the engine keeps across calls: none before stop 38
    getattr(getattr(localizer, "model", None), "_columns", {}),
    getattr(getattr(localizer, "model", None), "_probabilities", {}),  # the columns' arrays (since stop 40)
    getattr(getattr(getattr(localizer, "model", None), "parsimony", None), "_kept", {}),  # silences (since stop 40)
    getattr(getattr(localizer, "reader", None), "_readings", {}),
]
out = {}
for name, findings in sets.items():
    explorer.localize(findings)
    samples = []
    for _ in range(runs):
        if name in cold:
            for table in kept:
                table.clear()
        start = time.perf_counter()
        explorer.localize(findings)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    out[name] = [statistics.median(samples), samples[int(len(samples) * 0.95) - 1]]
json.dump(out, sys.stdout)
"""


def run(folder: Path, runs: int, sets: dict[str, list[str]]) -> dict[str, list[float]]:
    """Time the engine of the tree in ``folder`` on each set of findings, in a fresh process."""
    result = subprocess.run(
        [sys.executable, "-c", TIMER],
        input=json.dumps([runs, sets, [COLD]]),
        capture_output=True,
        text=True,
        cwd=folder,
        env={"PYTHONPATH": str(folder), "PATH": "/usr/bin:/bin"},
        check=True,
    )
    timings: dict[str, list[float]] = json.loads(result.stdout)
    return timings


def main() -> int:
    """Time both engines, one after the other, and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--old-commit", default=None)
    args = parser.parse_args()
    sets = {"6 phrases": SIX_PHRASES, "6 CURIEs": SIX_CURIES, "6 shorthand phrases": SHORTHAND, COLD: SIX_PHRASES}
    new = run(ROOT, args.runs, sets)
    with tempfile.TemporaryDirectory() as folder:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", args.old_commit or default_old_commit()],
            check=True, capture_output=True,
        )  # fmt: skip
        subprocess.run(["tar", "-x", "-C", folder], input=archive.stdout, check=True)
        old = run(Path(folder), args.runs, sets)
    print(f"{'localize, in-process':28} {'v2 median':>10} {'v2 p95':>8} {'before median':>14} {'before p95':>11}")
    for name in sets:
        print(f"{name:28} {new[name][0]:10.2f} {new[name][1]:8.2f} {old[name][0]:14.2f} {old[name][1]:11.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
