"""One lesion on both sides at once: a one-sided lesion that a number says is often bilateral.

A one-sided lesion is marginalised over its side (``model.Model``): a finding of both hands meets it only by the
leak. Carpal tunnel syndrome is on both sides in most patients (symptoms in both hands at the first visit in 59 % of
131 patients operated, 87 % of 133 patients studied prospectively, 60 % in a review: ``ontology/numbers/
epidemiology.tsv``), so "both hands go numb at night, thumb and first two fingers, little fingers fine" went to the
cervical cord and the polyradiculopathies, which reach both hands (15 development cases, stop 44).

A ``share_of_cases`` number whose subject is ``radix:bilateral`` and whose target is a condition says which share of
its cases are on both sides. Each one-sided hypothesis of that condition gets a twin on both sides (the same site,
findings and reach, its lesion two-sided), and the two share its prior as the number says: the twin ``q`` of it, the
one-sided form ``1 - q``. The site's prior is unchanged; only the split within it follows the number. Several sources:
their median, as for the other shares.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from graph.explore.localize.lesion import Hypothesis, curie
from graph.explore.localize.model import Scored
from graph.explore.localize.priors import measure_of, number_iri
from graph.namespaces import RADIX

BILATERAL = str(RADIX.bilateral)
"""The subject of a number that is a share of a condition's cases on both sides."""


def bilateral_shares(numbers: list[dict[str, Any]]) -> dict[str, float]:
    """Return each condition's share of cases on both sides: the median of its ``radix:bilateral`` numbers."""
    found: dict[str, list[float]] = defaultdict(list)
    for row in numbers:
        if (
            measure_of(row) == "share_of_cases"
            and number_iri(str(row.get("subject"))) == BILATERAL
            and row.get("target")
        ):
            found[number_iri(str(row["target"]))].append(float(row["value"]))
    return {condition: statistics.median(values) for condition, values in found.items()}


def on_both_sides(hypotheses: list[Hypothesis], numbers: list[dict[str, Any]]) -> tuple[list[Hypothesis], list[str]]:
    """Return the twins on both sides of the one-sided hypotheses a number says are often bilateral; say what was done.

    Run before the priors are reshaped by numbers (``priors.apply_incidence`` weighs each hypothesis by its
    ``share``): the one-sided hypothesis keeps ``1 - q`` of its share and prior, its twin takes ``q``.
    """
    shares = bilateral_shares(numbers)
    twins: list[Hypothesis] = []
    applied: list[str] = []
    for h in hypotheses:
        q = shares.get(h.iri)
        if q is None or h.lesion.bilateral or h.both_sides:
            continue
        if not 0.0 < q < 1.0:
            applied.append(f"{curie(h.iri)}: share on both sides {q:g} is not between 0 and 1, not applied")
            continue
        twin = replace(
            h,
            label=f"{h.label} (both sides)",
            lesion=replace(h.lesion, bilateral=True),
            explicit=dict(h.explicit),
            lacks=set(h.lacks),
            priors={name: p * q for name, p in h.priors.items()},
            share=h.share * q,
            both_sides=True,
        )
        h.priors = {name: p * (1.0 - q) for name, p in h.priors.items()}
        h.share *= 1.0 - q
        twins.append(twin)
        applied.append(f"{curie(h.iri)}: on both sides in {q:.0%} of cases (a twin hypothesis)")
    return twins, applied


def one_row_per_condition(rows: list[dict[str, Any]], members: Sequence[Scored]) -> list[dict[str, Any]]:
    """Return a site's condition rows with a condition's two forms (one side, both sides) as one row, summed.

    ``members``: the site's scored lesions, in the rows' order. A twin on both sides is the same condition: its row is
    added to the one-sided form's, under the one-sided form's label, its own share given as ``both_sides`` (the code
    review of stop 44: the conditions list had kept one form's probability).
    """
    twin = {curie(s.members[0].iri): s.posterior for s in members if s.members[0].both_sides}
    if not twin:
        return rows
    labels = {curie(s.members[0].iri): s.members[0].label for s in members if not s.members[0].both_sides}
    merged: dict[str, dict[str, Any]] = {}
    for row in rows:
        if row["id"] not in merged:
            merged[row["id"]] = dict(row)
        else:
            merged[row["id"]]["probability"] = round(merged[row["id"]]["probability"] + row["probability"], 4)
    for condition, p in twin.items():
        merged[condition]["label"] = labels.get(condition, merged[condition]["label"])
        merged[condition]["both_sides"] = round(p, 4)
    return sorted(merged.values(), key=lambda row: -row["probability"])
