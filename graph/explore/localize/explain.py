"""Explanations a clinician can read: each finding's likelihood ratio for a candidate.

For a candidate ``h`` and an observation, the likelihood ratio is P(what was observed | h) divided
by P(what was observed | the other candidates), the others weighted by their posterior
probability: how much the finding moves the odds of ``h`` against what else is still in contention
(the usual reading of LR+ as sensitivity / (1 - specificity) when the alternative is "not h").
A ratio above 1 is evidence for ``h``, below 1 against it; by convention (McGee, Evidence-Based
Physical Diagnosis) about 2, 5 and 10 are small, moderate and large shifts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from graph.explore.localize.hypotheses import curie
from graph.explore.localize.model import NONE, Scored
from graph.explore.localize.observation import Observation
from graph.explore.localize.parameters import MAX_LIKELIHOOD_RATIO_SHOWN


class Alternatives:
    """The posterior-weighted likelihood of each observation over the single hypotheses, summed once."""

    def __init__(self, everything: list[Scored]) -> None:
        self.singles = [s for s in everything if len(s.members) <= 1]
        self.ids = {id(s) for s in self.singles}
        self.weight = sum(s.posterior for s in self.singles)
        length = max((len(s.values) for s in self.singles), default=0)
        self.sums = [0.0] * length
        for s in self.singles:
            for index, value in enumerate(s.values):
                self.sums[index] += s.posterior * value

    def without(self, candidate: Scored, index: int, same_site: Sequence[Scored] = ()) -> float:
        """Return the others' weighted likelihood of observation ``index`` (the candidate's own share removed).

        ``same_site``: hypotheses at the candidate's site, removed too, so a site's evidence is weighed against
        the other sites (a cause placed at S1 explains an absent ankle reflex as S1 radiculopathy does).
        """
        own_share, own_weight = 0.0, 0.0
        for scored in {id(s): s for s in (candidate, *same_site)}.values():
            if id(scored) in self.ids:
                own_share += scored.posterior * scored.values[index]
                own_weight += scored.posterior
        rest = self.weight - own_weight
        return (self.sums[index] - own_share) / rest if rest > 0 else 0.0


def terms(scored: Scored) -> list[tuple[Observation, float, str]]:
    """Return (observation, likelihood of what was observed, why) for a scored hypothesis, in words."""
    rows = []
    single = scored.members[0] if len(scored.members) == 1 else None
    for observation, value, term in zip(scored.observations, scored.values, scored.base_terms, strict=True):
        why = term.why
        if single is not None and not single.lesion.bilateral and observation.side:
            if observation.side == "bilateral" and observation.kind != "modifier":
                if observation.present:  # normal on both sides is normal on the lesion's side: its own term says why
                    why = f"on both sides, but {single.label} is one-sided"
            elif scored.side and observation.side != scored.side:
                why = f"on the {observation.side}, away from the lesion"
        rows.append((observation, value, why))
    return rows


def likelihood_ratios(
    candidate: Scored, alternatives: Alternatives, same_site: Sequence[Scored] = ()
) -> list[dict[str, Any]]:
    """Return, per observation, the candidate's likelihood and its ratio against the posterior-weighted others."""
    rows = []
    for index, (observation, value, why) in enumerate(terms(candidate)):
        alternative = alternatives.without(candidate, index, same_site)
        ratio = value / alternative if alternative > 0 else MAX_LIKELIHOOD_RATIO_SHOWN
        ratio = max(1 / MAX_LIKELIHOOD_RATIO_SHOWN, min(MAX_LIKELIHOOD_RATIO_SHOWN, ratio))
        rows.append(
            {
                "phrase": observation.phrase,
                "findings": [curie(f) for f in observation.findings],
                "present": observation.present,
                "likelihood": round(value, 3),
                "likelihood_ratio": round(ratio, 2),
                "why": why,
            }
        )
    for name, value in candidate.silence.units:  # the parsimony term: against a lesion that does not involve it
        rows.append(
            {
                "phrase": f"nothing said of the {name}",
                "findings": [],
                "present": False,
                "likelihood": round(value, 3),
                "likelihood_ratio": round(value, 2),
                "why": f"the lesion would involve the {name} too, and the note says nothing of its territory",
            }
        )
    return rows


def split_evidence(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Split explanation rows into evidence for (ratio > 1) and against (ratio < 1), strongest first."""
    supporting = sorted((r for r in rows if r["likelihood_ratio"] > 1.05), key=lambda r: -r["likelihood_ratio"])
    against = sorted((r for r in rows if r["likelihood_ratio"] < 0.95), key=lambda r: r["likelihood_ratio"])
    return supporting, against


def is_none(scored: Scored) -> bool:
    """Return True for the hypothesis that no lesion of the graph explains the findings."""
    return scored.key == NONE
