"""Print the localiser's accuracy on the clinical vignettes, case by case (figures for the README).

python bench/eval_vignettes.py [--misses-only]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.explore.evaluate import judge, load_vignettes, summarise  # noqa: E402
from graph.explore.explorer import Explorer  # noqa: E402
from graph.load.store import load_graph, oxigraph_store  # noqa: E402


def main() -> int:
    """Judge every vignette and print the outcomes and the summary."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--misses-only", action="store_true")
    args = parser.parse_args()
    explorer = Explorer(oxigraph_store(load_graph()))
    outcomes = [judge(explorer, case) for case in load_vignettes(ROOT / "tests" / "data" / "vignettes.toml")]
    for outcome in outcomes:
        if args.misses_only and outcome.top1 and not outcome.red_flags_missing:
            continue
        mark = "ok " if outcome.top1 else ("top3" if outcome.top3 else "MISS")
        extra = f"  red flags missed: {outcome.red_flags_missing}" if outcome.red_flags_missing else ""
        unresolved = f"  unresolved: {outcome.unresolved}" if outcome.unresolved else ""
        got = ", ".join(outcome.ranked)
        print(f"{mark:4} {outcome.case:38} expected {outcome.expected:32} got {got}{extra}{unresolved}")
    summary = summarise(outcomes)
    print(
        f"\n{summary['cases']} vignettes: top-1 {summary['top1']:.1%}, top-3 {summary['top3']:.1%}, "
        f"red flags missed in {summary['red_flags_missed']}, unresolved phrases {summary['unresolved_phrases']}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
