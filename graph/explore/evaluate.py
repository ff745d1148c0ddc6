"""Judge the localiser on clinical vignettes: top-1 and top-3 accuracy, red flags, and each miss.

A vignette (``tests/data/vignettes.toml``) gives findings as a clinician would type them and the
expected answer (with any equally good ones). It counts as top-1 when the first candidate is an
accepted answer, top-3 when one of the first three is; its red flags must all be raised.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from graph.explore.explorer import Explorer


@dataclass(frozen=True)
class Outcome:
    """How the localiser did on one vignette."""

    case: str
    kind: str
    expected: str
    ranked: list[str]
    rank: int | None
    red_flags_missing: list[str]
    unresolved: list[str]

    @property
    def top1(self) -> bool:
        """True when an accepted answer came first."""
        return self.rank == 1

    @property
    def top3(self) -> bool:
        """True when an accepted answer was among the first three."""
        return self.rank is not None and self.rank <= 3


def load_vignettes(path: Path) -> list[dict[str, Any]]:
    """Read the vignettes file."""
    cases: list[dict[str, Any]] = tomllib.loads(path.read_text(encoding="utf-8"))["case"]
    return cases


def judge(explorer: Explorer, case: dict[str, Any]) -> Outcome:
    """Run one vignette through the localiser."""
    answer = explorer.localize(case["findings"], limit=10)
    ranked = [str(candidate["id"]).removeprefix("radix:") for candidate in answer["candidates"]]
    accepted = {case["expected"], *case.get("also_acceptable", [])}
    rank = next((position for position, iri in enumerate(ranked, start=1) if iri in accepted), None)
    raised = {str(flag["id"]).removeprefix("radix:") for flag in answer["red_flags"]}
    return Outcome(
        case=case["id"],
        kind=case.get("kind", ""),
        expected=case["expected"],
        ranked=ranked[:3],
        rank=rank,
        red_flags_missing=sorted(set(case.get("red_flags", [])) - raised),
        unresolved=[str(item["phrase"]) for item in answer["unresolved"]],
    )


def summarise(outcomes: list[Outcome]) -> dict[str, Any]:
    """Return the accuracy figures of a run."""
    total = len(outcomes)
    return {
        "cases": total,
        "top1": sum(outcome.top1 for outcome in outcomes) / total,
        "top3": sum(outcome.top3 for outcome in outcomes) / total,
        "red_flags_missed": sum(bool(outcome.red_flags_missing) for outcome in outcomes),
        "unresolved_phrases": sum(len(outcome.unresolved) for outcome in outcomes),
    }
