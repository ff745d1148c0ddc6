"""Accuracy of localisation on the independent cases and the vignettes: this engine and the one before it.

Reports, per case set, the lesion site's top-1 and top-3 (the primary figure), the condition's top-1
and top-3, the Brier score of the site probabilities, how often the engine abstains and the red-flag
recall, for the current engine and for the engine of the commit before localisation v2, which is
extracted with ``git archive`` into a temporary folder and run there (it ranks conditions only: its
site is the site of its first condition, and it has no probabilities, so no Brier score).

    python bench/eval_localize.py [--misses] [--old-commit REV] [--no-old] [--cases FILE ...] [--priors incidence]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.explore.evaluate import (  # noqa: E402
    NEURAL_TYPES,
    Case,
    Outcome,
    judge,
    load_answer_ids,
    load_cases,
    load_vignettes,
    summarise,
)
from graph.explore.explorer import Explorer  # noqa: E402
from graph.load.store import load_graph, oxigraph_store  # noqa: E402

EVAL = ROOT / "tests" / "data" / "eval"
SETS = {
    "independent (public)": [EVAL / "cases_upper.toml", EVAL / "cases_lower.toml"],
    "paraphrases of the public": [EVAL / "cases_paraphrases.toml"],
    "sealed (opened once, 2026-12-03)": [EVAL / "cases_sealed.toml"],
    "fresh (held out, run once)": [EVAL / "cases_fresh.toml"],
    "sealed 2 (held out, run once)": [EVAL / "cases_sealed2.toml"],
    "sealed 3 (held out, run once)": [EVAL / "cases_sealed3.toml"],
    "sealed 4 (held out, run once)": [EVAL / "cases_sealed4.toml"],
    "sealed 5 (held out, run once)": [EVAL / "cases_sealed5.toml"],
    "sealed 6 (held out, run once)": [EVAL / "cases_sealed6.toml"],
    "sealed 7 (held out, run once)": [EVAL / "cases_sealed7.toml"],
    "sealed 8 (held out, run once)": [EVAL / "cases_sealed8.toml"],
    "sealed 9 (held out, run once)": [EVAL / "cases_sealed9.toml"],
    "sealed 10 (held out, run once)": [EVAL / "cases_sealed10.toml"],
    "sealed 11 (held out, run once)": [EVAL / "cases_sealed11.toml"],
    "sealed 12 (held out, run once)": [EVAL / "cases_sealed12.toml"],
    "sealed 13 (held out, run once)": [EVAL / "cases_sealed13.toml"],
    "sealed 14 (held out, run once)": [EVAL / "cases_sealed14.toml"],
    "sealed 15 (held out, run once)": [EVAL / "cases_sealed15.toml"],
    "sealed 16 (held out, run once)": [EVAL / "cases_sealed16.toml"],
    "sealed 17 (held out, run once)": [EVAL / "cases_sealed17.toml"],
    "sealed 18 (held out, run once)": [EVAL / "cases_sealed18.toml"],
    "sealed 19 (held out, run once)": [EVAL / "cases_sealed19.toml"],
    "sealed 20 (held out, run once)": [EVAL / "cases_sealed20.toml"],
    "sealed 21 (held out, run once)": [EVAL / "cases_sealed21.toml"],
    "sealed 22 (held out, run once)": [EVAL / "cases_sealed22.toml"],
    "sealed 23 (held out, run once)": [EVAL / "cases_sealed23.toml"],
    "sealed 24 (held out, run once)": [EVAL / "cases_sealed24.toml"],
    "sealed 25 (held out, run once)": [EVAL / "cases_sealed25.toml"],
    "sealed 26 (held out, run once)": [EVAL / "cases_sealed26.toml"],
    "sealed 27 (held out, run once)": [EVAL / "cases_sealed27.toml"],
    "sealed 28 (held out, run once)": [EVAL / "cases_sealed28.toml"],
    "sealed 29 (held out, run once; conditions rarely named)": [EVAL / "cases_sealed29.toml"],
    "sealed 30 (held out, run once; conditions rarely named)": [EVAL / "cases_sealed30.toml"],
    "sealed 31 (held out, run once)": [EVAL / "cases_sealed31.toml"],
    "sealed 32 (held out, run once)": [EVAL / "cases_sealed32.toml"],
    "sealed 33 (held out, run once; look-alikes)": [EVAL / "cases_sealed33.toml"],
    "sealed 34 (held out, run once)": [EVAL / "cases_sealed34.toml"],
    "sealed 35 (held out, run once)": [EVAL / "cases_sealed35.toml"],
    "sealed 36 (held out, run once; red flags and look-alikes)": [EVAL / "cases_sealed36.toml"],
    "sealed 37 (held out, run once)": [EVAL / "cases_sealed37.toml"],
    "sealed 38 (held out, run once)": [EVAL / "cases_sealed38.toml"],
    "sealed 39 (held out, run once)": [EVAL / "cases_sealed39.toml"],
    "sealed 40 (held out, run once)": [EVAL / "cases_sealed40.toml"],
    "sealed 41 (held out, run once)": [EVAL / "cases_sealed41.toml"],
    "sealed 42 (held out, run once)": [EVAL / "cases_sealed42.toml"],
    "sealed 43 (held out, run once)": [EVAL / "cases_sealed43.toml"],
    "sealed 44 (held out, run once)": [EVAL / "cases_sealed44.toml"],
    "sealed 45 (held out, run once)": [EVAL / "cases_sealed45.toml"],
    "sealed 46 (held out, run once)": [EVAL / "cases_sealed46.toml"],
    "sealed 47 (held out, run once)": [EVAL / "cases_sealed47.toml"],
    "sealed 48 (held out, run once)": [EVAL / "cases_sealed48.toml"],
    "sealed 49 (held out, run once)": [EVAL / "cases_sealed49.toml"],
    "sealed 50 (held out, run once)": [EVAL / "cases_sealed50.toml"],
    "sealed 51 (held out, run once)": [EVAL / "cases_sealed51.toml"],
    "sealed 52 (held out, run once)": [EVAL / "cases_sealed52.toml"],
    "sealed 53 (held out, run once)": [EVAL / "cases_sealed53.toml"],
    "sealed 54 (held out, run once)": [EVAL / "cases_sealed54.toml"],
    "sealed 55 (held out, run once)": [EVAL / "cases_sealed55.toml"],
    "sealed 56 (held out, run once)": [EVAL / "cases_sealed56.toml"],
    "sealed 57 (held out, run once)": [EVAL / "cases_sealed57.toml"],
    "sealed 58 (held out, run once)": [EVAL / "cases_sealed58.toml"],
    "sealed 59 (held out, run once)": [EVAL / "cases_sealed59.toml"],
    "sealed 60 (held out, run once)": [EVAL / "cases_sealed60.toml"],
    "sealed 61 (held out, run once)": [EVAL / "cases_sealed61.toml"],
    "sealed 62 (held out, run once)": [EVAL / "cases_sealed62.toml"],
    "sealed 63 (held out, run once)": [EVAL / "cases_sealed63.toml"],
    "sealed 64 (held out, run once)": [EVAL / "cases_sealed64.toml"],
    "sealed 65 (held out, run once)": [EVAL / "cases_sealed65.toml"],
    "sealed 66 (held out, run once)": [EVAL / "cases_sealed66.toml"],
    "sealed 67 (held out, run once)": [EVAL / "cases_sealed67.toml"],
    "sealed 68 (held out, run once)": [EVAL / "cases_sealed68.toml"],
    "sealed 69 (held out, run once)": [EVAL / "cases_sealed69.toml"],
    "sealed 70 (held out, run once)": [EVAL / "cases_sealed70.toml"],
    "sealed 71 (held out, run once)": [EVAL / "cases_sealed71.toml"],
    "sealed 72 (held out, run once)": [EVAL / "cases_sealed72.toml"],
    "sealed 73 (held out, run once)": [EVAL / "cases_sealed73.toml"],
    "sealed 74 (held out, run once)": [EVAL / "cases_sealed74.toml"],
    "sealed 75 (held out, run once)": [EVAL / "cases_sealed75.toml"],
    "sealed 76 (held out, run once)": [EVAL / "cases_sealed76.toml"],
    "sealed 77 (held out, run once)": [EVAL / "cases_sealed77.toml"],
    "sealed 78 (held out, run once)": [EVAL / "cases_sealed78.toml"],
    "sealed 79 (held out, run once)": [EVAL / "cases_sealed79.toml"],
    "sealed 80 (held out, run once)": [EVAL / "cases_sealed80.toml"],
    "sealed 81 (held out, run once)": [EVAL / "cases_sealed81.toml"],
    "sealed 82 (held out, run once)": [EVAL / "cases_sealed82.toml"],
    "sealed 83 (held out, run once)": [EVAL / "cases_sealed83.toml"],
    "sealed 84 (held out, run once)": [EVAL / "cases_sealed84.toml"],
    "sealed 85 (held out, run once)": [EVAL / "cases_sealed85.toml"],
    "sealed 86 (held out, run once)": [EVAL / "cases_sealed86.toml"],
    "sealed 87 (held out, run once)": [EVAL / "cases_sealed87.toml"],
    "sealed 88 (held out, run once)": [EVAL / "cases_sealed88.toml"],
    "sealed 89 (held out, run once)": [EVAL / "cases_sealed89.toml"],
    "sealed 90 (held out, run once)": [EVAL / "cases_sealed90.toml"],
    "sealed 91 (held out, run once)": [EVAL / "cases_sealed91.toml"],
    "sealed 92 (held out, run once)": [EVAL / "cases_sealed92.toml"],
    "sealed 93 (held out, run once)": [EVAL / "cases_sealed93.toml"],
    "sealed 94 (held out, run once)": [EVAL / "cases_sealed94.toml"],
    "sealed 95 (held out, run once)": [EVAL / "cases_sealed95.toml"],
    "sealed 96 (held out, run once)": [EVAL / "cases_sealed96.toml"],
    "sealed 97 (held out, run once)": [EVAL / "cases_sealed97.toml"],
    "sealed 98 (held out, run once)": [EVAL / "cases_sealed98.toml"],
    "sealed 99 (held out, run once)": [EVAL / "cases_sealed99.toml"],
    "sealed 100 (held out, run once)": [EVAL / "cases_sealed100.toml"],
    "sealed 101 (held out, run once)": [EVAL / "cases_sealed101.toml"],
    "sealed 102 (held out, run once)": [EVAL / "cases_sealed102.toml"],
    "sealed 103 (held out, run once)": [EVAL / "cases_sealed103.toml"],
    "sealed 104 (held out, run once)": [EVAL / "cases_sealed104.toml"],
    "sealed 105 (held out, run once)": [EVAL / "cases_sealed105.toml"],
    "sealed 106 (held out, run once)": [EVAL / "cases_sealed106.toml"],
    "sealed 107 (held out, run once)": [EVAL / "cases_sealed107.toml"],
    "sealed 108 (held out, run once)": [EVAL / "cases_sealed108.toml"],
    "sealed 109 (held out, run once)": [EVAL / "cases_sealed109.toml"],
    "sealed 110 (held out, run once)": [EVAL / "cases_sealed110.toml"],
    "sealed 111 (held out, run once)": [EVAL / "cases_sealed111.toml"],
    "sealed 112 (held out, run once)": [EVAL / "cases_sealed112.toml"],
    "sealed 113 (held out, run once)": [EVAL / "cases_sealed113.toml"],
    "sealed 114 (held out, run once)": [EVAL / "cases_sealed114.toml"],
    "sealed 115 (held out, run once)": [EVAL / "cases_sealed115.toml"],
    "sealed 116 (held out, run once)": [EVAL / "cases_sealed116.toml"],
    "sealed 117 (held out, run once)": [EVAL / "cases_sealed117.toml"],
    "sealed 118 (held out, run once)": [EVAL / "cases_sealed118.toml"],
    "sealed 119 (held out, run once)": [EVAL / "cases_sealed119.toml"],
    "sealed 120 (held out, run once)": [EVAL / "cases_sealed120.toml"],
    "sealed 121 (held out, run once)": [EVAL / "cases_sealed121.toml"],
    "sealed 122 (held out, run once)": [EVAL / "cases_sealed122.toml"],
    "sealed 123 (held out, run once)": [EVAL / "cases_sealed123.toml"],
    "sealed 124 (held out, run once)": [EVAL / "cases_sealed124.toml"],
    "sealed 125 (held out, run once)": [EVAL / "cases_sealed125.toml"],
    "sealed 126 (held out, run once)": [EVAL / "cases_sealed126.toml"],
    "sealed 127 (held out, run once)": [EVAL / "cases_sealed127.toml"],
    "sealed 128 (held out, run once)": [EVAL / "cases_sealed128.toml"],
    "sealed 129 (held out, run once)": [EVAL / "cases_sealed129.toml"],
    "sealed 130 (held out, run once)": [EVAL / "cases_sealed130.toml"],
    "sealed 131 (held out, run once)": [EVAL / "cases_sealed131.toml"],
    "sealed 132 (held out, run once)": [EVAL / "cases_sealed132.toml"],
    "sealed 133 (held out, run once)": [EVAL / "cases_sealed133.toml"],
    "sealed 134 (held out, run once)": [EVAL / "cases_sealed134.toml"],
    "sealed 135 (held out, run once)": [EVAL / "cases_sealed135.toml"],
    "sealed 136 (held out, run once)": [EVAL / "cases_sealed136.toml"],
    "sealed 137 (held out, run once)": [EVAL / "cases_sealed137.toml"],
    "sealed 138 (held out, run once)": [EVAL / "cases_sealed138.toml"],
    "sealed 139 (held out, run once)": [EVAL / "cases_sealed139.toml"],
    "sealed 140 (held out, run once)": [EVAL / "cases_sealed140.toml"],
    "sealed 141 (held out, run once)": [EVAL / "cases_sealed141.toml"],
    "sealed 142 (held out, run once)": [EVAL / "cases_sealed142.toml"],
    "sealed 143 (held out, run once)": [EVAL / "cases_sealed143.toml"],
    "sealed 144 (held out, run once)": [EVAL / "cases_sealed144.toml"],
    "sealed 145 (held out, run once)": [EVAL / "cases_sealed145.toml"],
    "sealed 146 (held out, run once)": [EVAL / "cases_sealed146.toml"],
    "sealed 147 (held out, run once)": [EVAL / "cases_sealed147.toml"],
    "sealed 154 (held out, run once)": [EVAL / "cases_sealed154.toml"],
    "sealed 155 (held out, run once)": [EVAL / "cases_sealed155.toml"],
    "sealed 156 (held out, run once)": [EVAL / "cases_sealed156.toml"],
    "sealed 157 (held out, run once)": [EVAL / "cases_sealed157.toml"],
    "sealed 158 (held out, run once)": [EVAL / "cases_sealed158.toml"],
    "sealed 159 (held out, run once)": [EVAL / "cases_sealed159.toml"],
    "sealed 160 (held out, run once)": [EVAL / "cases_sealed160.toml"],
    "sealed 161 (held out, run once)": [EVAL / "cases_sealed161.toml"],
    "sealed 162 (held out, run once)": [EVAL / "cases_sealed162.toml"],
    "sealed 163 (held out, run once)": [EVAL / "cases_sealed163.toml"],
    "sealed 164 (held out, run once)": [EVAL / "cases_sealed164.toml"],
    "sealed 165 (held out, run once)": [EVAL / "cases_sealed165.toml"],
    "sealed 166 (held out, run once)": [EVAL / "cases_sealed166.toml"],
    "sealed 167 (held out, run once)": [EVAL / "cases_sealed167.toml"],
    "sealed 168 (held out, run once)": [EVAL / "cases_sealed168.toml"],
    "sealed 169 (held out, run once)": [EVAL / "cases_sealed169.toml"],
    "sealed 170 (held out, run once)": [EVAL / "cases_sealed170.toml"],
    "sealed 171 (held out, run once)": [EVAL / "cases_sealed171.toml"],
    "sealed 172 (held out, run once)": [EVAL / "cases_sealed172.toml"],
    "sealed 173 (held out, run once)": [EVAL / "cases_sealed173.toml"],
    "sealed 174 (held out, run once)": [EVAL / "cases_sealed174.toml"],
    "sealed 175 (held out, run once)": [EVAL / "cases_sealed175.toml"],
    "sealed 176 (held out, run once)": [EVAL / "cases_sealed176.toml"],
    "sealed 177 (held out, run once)": [EVAL / "cases_sealed177.toml"],
    "sealed 178 (held out, run once)": [EVAL / "cases_sealed178.toml"],
    "sealed 179 (held out, run once)": [EVAL / "cases_sealed179.toml"],
    "sealed 180 (held out, run once)": [EVAL / "cases_sealed180.toml"],
    "sealed 181 (held out, run once)": [EVAL / "cases_sealed181.toml"],
    "sealed 182 (held out, run once)": [EVAL / "cases_sealed182.toml"],
    "sealed 183 (held out, run once)": [EVAL / "cases_sealed183.toml"],
    "sealed 184 (held out, run once)": [EVAL / "cases_sealed184.toml"],
    "sealed 185 (held out, run once)": [EVAL / "cases_sealed185.toml"],
    "sealed 186 (held out, run once)": [EVAL / "cases_sealed186.toml"],
    "sealed 187 (held out, run once)": [EVAL / "cases_sealed187.toml"],
    "sealed 188 (held out, run once)": [EVAL / "cases_sealed188.toml"],
    "sealed 189 (held out, run once)": [EVAL / "cases_sealed189.toml"],
    "sealed 190 (held out, run once)": [EVAL / "cases_sealed190.toml"],
    "sealed 191 (held out, run once)": [EVAL / "cases_sealed191.toml"],
    "sealed 192 (held out, run once)": [EVAL / "cases_sealed192.toml"],
    "sealed 193 (held out, run once)": [EVAL / "cases_sealed193.toml"],
    "sealed 194 (held out, run once)": [EVAL / "cases_sealed194.toml"],
    "sealed 195 (held out, run once)": [EVAL / "cases_sealed195.toml"],
    "vignettes (the project's 70)": [ROOT / "tests" / "data" / "vignettes.toml"],
}
OLD_RUNNER = """
import json, sys
# this checkout's editable install maps `graph` to the working tree: drop it, so the old tree is imported
sys.meta_path = [finder for finder in sys.meta_path if "editable" not in repr(finder).lower()]
for name in [name for name in sys.modules if name == "graph" or name.startswith("graph.")]:
    del sys.modules[name]
from graph.explore.explorer import Explorer
from graph.load.store import load_graph, oxigraph_store
explorer = Explorer(oxigraph_store(load_graph()))
out = []
for findings in json.load(sys.stdin):
    try:
        out.append(explorer.localize(findings, limit=100))
    except Exception as error:  # the old engine's own refusals (it had no length caps, for instance)
        out.append({"candidates": [], "red_flags": [], "unresolved": [], "error": str(error)})
json.dump(out, sys.stdout)
"""


def neural_ids(explorer: Explorer) -> set[str]:
    """Return the CURIEs of roots, nerves and plexus elements (what a site match may not add)."""
    return {
        "radix:" + node.rsplit("/", 1)[-1]
        for node, data in explorer.G.nodes(data=True)
        if NEURAL_TYPES & set(data.get("types", ()))
    }


def site_of_condition(explorer: Explorer) -> dict[str, list[str]]:
    """Map each condition CURIE to the site the current engine places it at (for judging the old engine)."""
    localizer = explorer.localizer
    table = {f"radix:{h.iri.rsplit('/', 1)[-1]}": h.site.as_dict()["anatomy"] for h in localizer.hypotheses}
    by_key = {h.site.key: h.site.as_dict()["anatomy"] for h in localizer.hypotheses}
    for key, causes in localizer.causes.items():
        for cause, _ in causes:
            table.setdefault(f"radix:{cause.rsplit('/', 1)[-1]}", by_key[key])
    return table


def old_answers(commit: str, cases: list[Case], sites: dict[str, list[str]]) -> list[dict[str, Any]]:
    """Run the engine of ``commit`` on the cases, in a temporary copy of that commit's tree."""
    with tempfile.TemporaryDirectory() as folder:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit], check=True, capture_output=True)
        subprocess.run(["tar", "-x", "-C", folder], input=archive.stdout, check=True)
        result = subprocess.run(
            [sys.executable, "-c", OLD_RUNNER],
            input=json.dumps([case.findings for case in cases]),
            capture_output=True,
            text=True,
            cwd=folder,
            env={"PYTHONPATH": folder, "PATH": "/usr/bin:/bin"},
            check=True,
        )
    answers = json.loads(result.stdout)
    for answer in answers:
        if "sites" in answer:  # an engine of localisation v2 or later answers at two levels itself
            continue
        answer["conditions"] = answer.get("candidates", [])
        answer["sites"] = [{"anatomy": sites.get(str(c["id"]), []), "label": c["label"]} for c in answer["conditions"]]
    return answers


def default_old_commit() -> str:
    """Return the commit before localisation v2: the parent of the commit that removed the old phrase reader."""
    removed = subprocess.run(
        ["git", "-C", str(ROOT), "rev-list", "-n1", "HEAD", "--", "graph/explore/observations.py"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    return f"{removed}^"


def report(name: str, engine: str, outcomes: list[Outcome]) -> None:
    """Print one line of figures."""
    s = summarise(outcomes)
    brier = f"{s['brier']:.3f}" if s["brier"] is not None else "  -  "
    recall = f"{s['red_flag_recall']:.0%}" if s["red_flag_recall"] is not None else "-"
    print(
        f"{name:30} {engine:8} {s['cases']:5} {s['site_top1']:7.1%} {s['site_top3']:7.1%} {s['condition_top1']:7.1%} "
        f"{s['condition_top3']:7.1%} {brier:>6} {s['abstained']:7.1%} {recall:>6} {s['unresolved_phrases']:5}"
    )


def main() -> int:
    """Judge every case set with the current engine and (unless --no-old) the one before it."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--misses", action="store_true", help="list the cases the current engine gets wrong")
    parser.add_argument("--old-commit", default=None)
    parser.add_argument("--no-old", action="store_true")
    parser.add_argument("--cases", nargs="*", type=Path, help="other case files in the independent format")
    parser.add_argument("--priors", choices=("uniform", "incidence"), default="uniform", help="the set of priors")
    args = parser.parse_args()
    explorer = Explorer(oxigraph_store(load_graph()))
    neural = neural_ids(explorer)
    answer_ids = load_answer_ids(EVAL / "answer_ids.toml")
    sets = dict(SETS)
    if args.cases:
        sets = {"given": args.cases}
    print(f"{'case set':30} {'engine':8} {'cases':>5} {'site@1':>7} {'site@3':>7} {'cond@1':>7} {'cond@3':>7} "
          f"{'Brier':>6} {'abstain':>7} {'flags':>6} {'unread':>5}")  # fmt: skip
    misses: list[str] = []
    for name, files in sets.items():
        cases = [
            case
            for file in files
            for case in (load_vignettes(file) if file.name == "vignettes.toml" else load_cases(file, answer_ids))
        ]
        answers = [explorer.localize(case.findings, limit=100, priors=args.priors) for case in cases]
        outcomes = [judge(answer, case, neural) for answer, case in zip(answers, cases, strict=True)]
        report(name, "v2" if args.priors == "uniform" else "v2 inc.", outcomes)
        if not args.no_old:
            old = old_answers(args.old_commit or default_old_commit(), cases, site_of_condition(explorer))
            report(name, "before", [judge(a, c, neural) for a, c in zip(old, cases, strict=True)])
        for outcome in outcomes:
            wrong = (outcome.site_rank != 1 and (outcome.localises is False or not outcome.pending)) or (
                not outcome.site_rank and not outcome.pending and outcome.condition_rank != 1
            )
            if args.misses and (wrong or outcome.red_flags_missing):
                misses.append(
                    f"{outcome.case:8} site rank {outcome.site_rank} cond rank {outcome.condition_rank} "
                    f"abstained {outcome.abstained} got {outcome.top_sites} {outcome.top_conditions}"
                    + (f" flags missed {outcome.red_flags_missing}" if outcome.red_flags_missing else "")
                    + (f" unread {outcome.unresolved}" if outcome.unresolved else "")
                )
    if misses:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
