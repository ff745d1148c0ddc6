"""Judge a localiser on written cases: site and condition top-1/top-3, Brier score, abstention, red flags.

Two case files are read. The independent cases (``tests/data/eval/cases_*.toml``) name their answers in
plain words ("L5 root", "carpal tunnel syndrome"), which ``tests/data/eval/answer_ids.toml`` maps to
Radix ids by meaning. The project's own vignettes (``tests/data/vignettes.toml``) name the expected
condition's id. The judge reads only the answer's JSON, so the same code judges the current engine
and the one before it (``bench/eval_localize.py`` runs both).

A predicted site matches an expected one when it names the same ids, or those ids plus only
non-neural ones (a structure or site along the way: "sciatic nerve" accepts "sciatic nerve at the
piriformis", "cauda equina" accepts "cauda equina and spinal canal"); a category such as "not
neurological: joint" matches a site all of whose ids are among the category's. Two expected sites
("L5 root" and "S1 root") are matched by a two-lesion explanation, or a site naming both.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

NEURAL_TYPES = {"NerveRoot", "PeripheralNerve", "NervePlexus", "PlexusElement"}


@dataclass(frozen=True)
class Spec:
    """What an answer name means: ``all`` of some ids (one site), ``any`` of them (a kind of site), or several.

    ``several``: at least two of them ("several roots" is a lesion of two or more roots).
    """

    mode: str
    ids: frozenset[str]


@dataclass
class Case:
    """One written case, its answers as Radix ids."""

    id: str
    findings: list[str]
    style: str = ""
    sites: list[list[Spec]] = field(default_factory=list)
    """Accepted sites: each a list of specs that together make one answer."""
    conditions: set[str] = field(default_factory=set)
    red_flag_choices: list[frozenset[str]] = field(default_factory=list)
    """One entry per red flag the writer named: the Radix ids that stand for it (raising any one flags it)."""
    red_flag_names: list[str] = field(default_factory=list)
    localises: bool = True
    pending: bool = False
    """True when an expected answer names something Radix does not hold yet."""

    @property
    def red_flags(self) -> set[str]:
        """Every Radix id that stands for some named red flag."""
        return set().union(*self.red_flag_choices)


@dataclass
class Outcome:
    """How a localiser did on one case."""

    case: str
    style: str
    localises: bool
    site_rank: int | None
    condition_rank: int | None
    abstained: bool
    brier: float | None
    red_flags_expected: int
    red_flags_missing: list[str]
    """The ids of every named red flag none of whose ids was raised."""
    red_flags_unflagged: int
    """How many of the named red flags were not raised."""
    top_sites: list[str]
    top_conditions: list[str]
    unresolved: list[str]
    pending: bool

    @property
    def site_top1(self) -> bool:
        """True when the first site (or the abstention of a non-localising case) is right."""
        return self.site_rank == 1

    @property
    def site_top3(self) -> bool:
        """True when a right site is among the first three."""
        return self.site_rank is not None and self.site_rank <= 3


def load_answer_ids(path: Path) -> tuple[dict[str, Spec | None], dict[str, set[str]]]:
    """Read answer_ids.toml: site names to specs (None: pending), condition names to id sets."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    sites: dict[str, Spec | None] = {}
    for name, value in data["sites"].items():
        if isinstance(value, dict):
            mode, ids = next(iter(value.items()))
            sites[name] = Spec(mode, frozenset(ids)) if ids else None
        else:
            sites[name] = Spec("all", frozenset(value)) if value else None
    return sites, {name: set(ids) for name, ids in data["conditions"].items()}


def load_cases(path: Path, answer_ids: tuple[dict[str, Spec | None], dict[str, set[str]]]) -> list[Case]:
    """Read an independent case file, its answers mapped to Radix ids."""
    site_ids, condition_ids = answer_ids
    cases = []
    for raw in tomllib.loads(path.read_text(encoding="utf-8"))["case"]:
        expected = [site_ids.get(name) for name in raw["expected_site"]]
        pending = any(spec is None for spec in expected) and raw.get("localises", True)
        sites = [] if pending else [[spec for spec in expected if spec is not None]]
        sites += [[site_ids[name]] for name in raw.get("also_acceptable_sites", []) if site_ids.get(name)]  # type: ignore[list-item]
        names = [raw["expected_condition"], *raw.get("also_acceptable_conditions", [])]
        conditions = {i for name in names for i in condition_ids.get(name, set())}
        choices = [frozenset(condition_ids[name]) for name in raw.get("red_flags", []) if condition_ids.get(name)]
        cases.append(
            Case(
                id=raw["id"],
                findings=list(raw["findings"]),
                style=raw.get("style", ""),
                sites=[alternative for alternative in sites if alternative],
                conditions=conditions,
                red_flag_choices=choices,
                red_flag_names=list(raw.get("red_flags", [])),
                localises=bool(raw.get("localises", True)),
                pending=pending,
            )
        )
    return cases


def load_vignettes(path: Path) -> list[Case]:
    """Read the project's own vignettes (expected condition ids; no site names)."""
    cases = []
    for raw in tomllib.loads(path.read_text(encoding="utf-8"))["case"]:
        accepted = {f"radix:{raw['expected']}", *(f"radix:{i}" for i in raw.get("also_acceptable", []))}
        flags = {f"radix:{i}" for i in raw.get("red_flags", [])}
        choices = [frozenset({flag}) for flag in sorted(flags)]
        cases.append(Case(raw["id"], list(raw["findings"]), raw.get("kind", ""), [], accepted, choices))
    return cases


def site_matches(predicted: set[str], alternative: list[Spec], neural: set[str]) -> bool:
    """Return True when a predicted site (its ids) is the accepted alternative (see the module docstring)."""
    if len(alternative) == 1 and alternative[0].mode in ("any", "several"):
        spec = alternative[0]
        least = 2 if spec.mode == "several" else 1
        return len(predicted & spec.ids) >= least and not (predicted - spec.ids) & neural
    wanted = set().union(*(spec.ids for spec in alternative))
    return wanted <= predicted and not (predicted - wanted) & neural


def predicted_sites(answer: dict[str, Any]) -> list[set[str]]:
    """Return the answer's sites in order, a two-lesion explanation first when it beats every single site."""
    sites = [set(site.get("anatomy", [])) for site in answer.get("sites", [])]
    best = answer["sites"][0].get("probability") or 0.0 if answer.get("sites") else 0.0
    for pair in answer.get("multi_lesion", []):
        if pair["probability"] > best:
            return [set().union(*(set(site["anatomy"]) for site in pair["sites"])), *sites]
    return sites


def judge(answer: dict[str, Any], case: Case, neural: set[str]) -> Outcome:
    """Judge one answer (the localiser's JSON) against a case."""
    abstained = bool(answer.get("abstain", False))
    sites = predicted_sites(answer)
    site_rank = None
    if not case.localises:
        site_rank = 1 if abstained else None
    elif case.sites:
        site_rank = next(
            (i for i, site in enumerate(sites, 1) if any(site_matches(site, alt, neural) for alt in case.sites)), None
        )
        if abstained and site_rank == 1:
            site_rank = 2  # the right site was first but the answer said it could not localise
    conditions = [str(c["id"]) for c in answer.get("conditions", answer.get("candidates", []))]
    condition_rank = next((i for i, c in enumerate(conditions, 1) if c in case.conditions), None)
    if not case.localises:
        condition_rank = 1 if abstained else None
    raised = {str(flag["id"]) for flag in answer.get("red_flags", [])}
    return Outcome(
        case=case.id,
        style=case.style,
        localises=case.localises,
        site_rank=site_rank,
        condition_rank=condition_rank,
        abstained=abstained,
        brier=_brier(answer, case, neural) if "none_probability" in answer and answer.get("sites") else None,
        red_flags_expected=len(case.red_flag_choices),
        red_flags_unflagged=sum(not choice & raised for choice in case.red_flag_choices),
        red_flags_missing=sorted({i for choice in case.red_flag_choices if not choice & raised for i in choice}),
        top_sites=[site.get("label", "") for site in answer.get("sites", [])[:3]],
        top_conditions=conditions[:3],
        unresolved=[str(item["phrase"]) for item in answer.get("unresolved", [])],
        pending=case.pending,
    )


def _brier(answer: dict[str, Any], case: Case, neural: set[str]) -> float:
    """Return the Brier score of the site probabilities (with *none*) against the right site: 0 is perfect, 2 worst."""
    probabilities = [float(site["probability"]) for site in answer.get("sites", [])]
    truth = []
    hit = False
    for site in answer.get("sites", []):
        right = case.localises and not hit and any(
            site_matches(set(site["anatomy"]), alt, neural) for alt in case.sites
        )  # fmt: skip
        hit = hit or right
        truth.append(1.0 if right else 0.0)
    probabilities.append(float(answer.get("none_probability", 0.0)))
    truth.append(0.0 if case.localises else 1.0)
    covered = sum(truth)
    score = sum((p - t) ** 2 for p, t in zip(probabilities, truth, strict=True))
    return score + (1.0 - covered) if covered == 0 and case.localises else score


def summarise(outcomes: list[Outcome]) -> dict[str, Any]:
    """Return the figures of a run."""
    total = len(outcomes)
    with_sites = [o for o in outcomes if o.site_rank is not None or o.localises is False or not o.pending]
    briers = [o.brier for o in outcomes if o.brier is not None]
    expected_flags = sum(o.red_flags_expected for o in outcomes)
    missing_flags = sum(o.red_flags_unflagged for o in outcomes)
    return {
        "cases": total,
        "pending": sum(o.pending for o in outcomes),
        "site_top1": sum(o.site_top1 for o in with_sites) / total if total else 0.0,
        "site_top3": sum(o.site_top3 for o in with_sites) / total if total else 0.0,
        "condition_top1": sum(o.condition_rank == 1 for o in outcomes) / total if total else 0.0,
        "condition_top3": sum(o.condition_rank is not None and o.condition_rank <= 3 for o in outcomes) / total
        if total
        else 0.0,
        "brier": sum(briers) / len(briers) if briers else None,
        "abstained": sum(o.abstained for o in outcomes) / total if total else 0.0,
        "red_flag_recall": (expected_flags - missing_flags) / expected_flags if expected_flags else None,
        "red_flag_cases_missed": sum(bool(o.red_flags_missing) for o in outcomes),
        "unresolved_phrases": sum(len(o.unresolved) for o in outcomes),
    }
