"""Priors from the graph's numbers: how common each condition is, and how often each root is the one affected.

Without numbers every site has the same prior (``hypotheses.py``). An ``annual_incidence`` number
(per 100,000 person-years, ``ontology/numbers/incidence.tsv``) on a condition makes the priors
proportional to incidence (:func:`apply_incidence`): a common condition is the likelier cause of the
same findings, as in any Bayesian diagnostic network (QMR-DT's priors are disease prevalences).

The knowledge model gives numbers as ``radix:Measurement`` entities (docs/model-v2-plan.md §3); a
``share_of_cases`` whose subject is a root (or a root's condition) and whose target is a condition
grouping those roots ("C7 accounts for about 60 % of cervical radiculopathy") reshapes the priors of
the root sites under that grouping: their summed prior is kept and redistributed in proportion to the shares, the roots
without a number sharing what the numbers leave over.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from typing import Any

from graph.explore.localize.anatomy import Anatomy
from graph.explore.localize.hypotheses import Hypothesis, curie
from graph.explore.localize.parameters import REQUIRED_PREVALENCE
from graph.explore.related import BROADER
from graph.namespaces import BASE, RADIX

MEASUREMENTS = """
SELECT ?m ?measure ?subject ?target ?value WHERE {
  ?m a radix:Measurement ; radix:measure ?measure ; radix:ofSubject ?subject ; radix:value ?value .
  OPTIONAL { ?m radix:forCondition ?target }
}
"""
"""The numbers, as the plan names their properties (an empty answer while the graph has none)."""

PRIORS = ("uniform", "incidence")
"""The sets of priors a localisation can use. ``uniform``: every site alike (split between the hypotheses at
a site), reshaped by root shares: the default, because the case mix of the patients a localisation is asked
about (referred with a root-like problem) is not the general population's. ``incidence``: proportional to
each condition's annual incidence in the general population, for a setting whose case mix is that
population's. Measured on the independent cases, population incidence as the prior lowered accuracy
(docs/localisation.md): knee osteoarthritis (2,030 per 100,000) is common in the population, not among the
patients whose weakness is being localised."""

INCIDENCE = "annual_incidence"
"""The measure whose numbers set the priors: new cases per 100,000 person-years in the general population.
Prevalence numbers (a different quantity) are never mixed in."""

SMALLEST_SHARE = 0.01
"""A root left with no share when the numbers sum to 1 keeps this much, so it can still be found."""


def apply_shares(
    hypotheses: list[Hypothesis], anatomy: Anatomy, numbers: list[dict[str, Any]], *, priors: str = "uniform"
) -> list[str]:
    """Reshape root priors (of the named set, :data:`PRIORS`) by ``share_of_cases`` numbers; say what was applied.

    Only a number whose subject is one root (or names one root) is a root's share; a subject naming several
    roots (the radiculopathy of two adjacent roots) has its share of cases applied by :func:`apply_two_roots`.
    """
    applied: list[str] = []
    shares: dict[str, dict[str, float]] = defaultdict(dict)
    for row in numbers:
        if measure_of(row) != "share_of_cases" or not row.get("target"):
            continue
        subject = number_iri(str(row["subject"]))
        roots = (
            {subject}
            if "NerveRoot" in anatomy.types(subject)
            else {r for r, _ in anatomy.out(subject, RADIX.affectsRoot)}
        )
        if len(roots) == 1:  # a root's share; a subject of several roots (two adjacent ones) is not one root's
            shares[number_iri(str(row["target"]))][roots.pop()] = float(row["value"])
    for target, by_root in shares.items():
        members = [h for h in hypotheses if h.site.kind == "root" and _under(h, target, anatomy)]
        if not members:
            continue
        mass = sum(h.priors[priors] for h in members)
        given = sum(by_root.get(h.site.anatomy[0], 0.0) for h in members)
        missing = [h for h in members if h.site.anatomy[0] not in by_root]
        left = max(1.0 - given, SMALLEST_SHARE * len(missing))
        for h in members:
            share = by_root.get(h.site.anatomy[0])
            h.priors[priors] = (
                mass * (share if share is not None else left / max(len(missing), 1)) / max(given + left, 1e-9)
            )
        applied.append(
            f"{anatomy.G.nodes[target]['label'] if target in anatomy.G else target}: {len(by_root)} root shares"
        )
    return applied


def apply_two_roots(
    hypotheses: list[Hypothesis], anatomy: Anatomy, numbers: list[dict[str, Any]], *, priors: str = "uniform"
) -> list[str]:
    """Give the two-root radiculopathies (``two_roots.py``) their share of their roots' prior; say what was applied.

    A ``share_of_cases`` number of a two-root radiculopathy in the grouping it narrows is a share of the
    grouping's cases (both of two adjacent blocked roots reproduced the pain in 82 of 350 patients with unilateral
    lumbar radiculopathy given root blocks, 24 of 85 in the same group's earlier series: a lower bound in a
    selected population; the median of the sources is used, ``ontology/numbers/epidemiology.tsv``):
    two roots are to one root as q to 1 - q among the grouping's cases, so the two-root lesions together get
    q / (1 - q) times the summed prior of the grouping's one-root radiculopathies at the roots they pair (L4, L5
    and S1 radiculopathy, not the other lesions at those roots). No number says which pair is commoner, so each
    root's part of that mass is shared evenly among the pairs it belongs to (a root lesion that extends to a
    neighbour is as likely to reach either): a pair of common roots (C6 and C7) gets more than a pair with a rare
    one (C5 and C6). Until stop 27 the pairs shared the mass evenly, which put a C5 and C6 pair almost level
    with C5 radiculopathy alone. The one-root priors are left as they are: the number compares two roots with
    one, not a root lesion with the other lesions at its site (scaled down by 1 - q, an L3 radiculopathy fell
    below the disc herniations placed at L3 and out of the leading conditions). A pair's mass is divided between
    the pair of unstated cause and its known causes as its roots divide theirs (:func:`_as_at_the_roots`). A
    two-root radiculopathy without a number keeps a prior of 0 and is not scored (``Localizer`` drops it).
    """
    applied: list[str] = []
    values: dict[tuple[str, str], list[float]] = defaultdict(list)
    two_root = {h.iri for h in hypotheses if h.at_roots and not h.carries}
    for row in numbers:
        if measure_of(row) == "share_of_cases" and row.get("target"):
            subject = number_iri(str(row["subject"]))
            if subject in two_root:
                values[(subject, number_iri(str(row["target"])))].append(float(row["value"]))
    for (condition, grouping), found in sorted(values.items()):
        q = statistics.median(found)  # several sources: their median, as for incidence
        if not 0.0 < q < 1.0:
            applied.append(f"{curie(condition)}: share {q:g} is not between 0 and 1, not applied")
            continue
        at_pair: dict[tuple[str, ...], list[Hypothesis]] = defaultdict(list)
        for h in hypotheses:
            if h.at_roots and condition in (h.iri, h.carries):  # the pair of unstated cause and its known causes
                at_pair[h.at_roots].append(h)
        roots = {root for pair in at_pair for root in pair}
        at_site = {
            root: [h for h in hypotheses if h.site.kind == "root" and h.site.anatomy[0] == root] for root in roots
        }
        at_root = {root: sum(h.priors[priors] for h in at_site[root] if _under(h, grouping, anatomy)) for root in roots}
        pairs_of = {root: sum(root in pair for pair in at_pair) for root in roots}
        for pair, members in at_pair.items():
            mass = q / (1.0 - q) * sum(at_root[root] / pairs_of[root] for root in pair)
            fractions = _as_at_the_roots(members, [at_site[root] for root in pair], priors)
            for h in members:
                h.priors[priors] = mass * fractions[h.key]
        applied.append(
            f"{anatomy.G.nodes[condition]['label']}: {q:g} of {len(roots)} roots' prior, {len(at_pair)} pairs"
        )
    return applied


def _as_at_the_roots(members: list[Hypothesis], sites: list[list[Hypothesis]], priors: str) -> dict[str, float]:
    """Return each hypothesis at a pair of roots (by key) its fraction of the pair's prior, as its roots divide theirs.

    A cause of the two-root lesion (``two_roots.py``) takes the mean, over the pair's roots, of its share of the
    root's prior at that root (lateral recess stenosis at L5 among every condition at L5); the pair of unstated cause
    takes the rest. Shared evenly instead, the two stenoses took two thirds of every pair against a small share at
    each root, and L5 pictures of an older patient went to the pair (stop 47, before any held-out run).
    """
    fractions: dict[str, float] = {}
    for h in members:
        if h.carries:
            shares = [
                sum(s.priors[priors] for s in site if s.iri == h.iri) / max(sum(s.priors[priors] for s in site), 1e-12)
                for site in sites
            ]
            fractions[h.key] = sum(shares) / len(shares)
    known = sum(fractions.values())  # shares of different conditions at one root: at most 1 together
    unstated = [h for h in members if not h.carries]
    for h in unstated:
        fractions[h.key] = (1.0 - known) / len(unstated)
    return fractions


def apply_incidence(hypotheses: list[Hypothesis], anatomy: Anatomy, numbers: list[dict[str, Any]]) -> list[str]:
    """Set the ``incidence`` priors proportional to each condition's annual incidence; say what was applied.

    A condition's rate is its own number (the median when sources give several), else the rate of the
    nearest broader condition that has one, shared evenly among the hypotheses under it (no number says
    how it divides; root shares reshape it afterwards, :func:`apply_shares`). A hypothesis with no rate
    at all, own or broader (including lesions known only by their anatomy), takes the median rate of
    the conditions that have one: without a number the model assumes a typical condition, neither rare
    nor common. The total prior of the lesions is kept (what :data:`NONE_PRIOR` leaves).
    """
    rates: dict[str, list[float]] = defaultdict(list)
    for row in numbers:
        if measure_of(row) != INCIDENCE:
            continue
        subject = number_iri(str(row["subject"]))
        if subject in anatomy.G and float(row["value"]) > 0:
            rates[subject].append(float(row["value"]))
    if not rates:
        return []
    own = {condition: statistics.median(values) for condition, values in rates.items()}
    under: dict[str, list[Hypothesis]] = defaultdict(list)
    for h in hypotheses:
        if h.iri not in own and not h.at_roots:  # a two-root lesion does not share its grouping's rate
            broader = _nearest_with_rate(h.iri, own, anatomy)
            if broader:
                under[broader].append(h)
    typical = statistics.median(own.values())
    rate: dict[int, float] = {}
    for h in hypotheses:
        if h.iri in own:
            rate[id(h)] = own[h.iri]
    for broader, members in under.items():
        for h in members:
            rate[id(h)] = own[broader] / len(members)
    mass = sum(h.priors["uniform"] for h in hypotheses)
    # a two-root lesion takes its prior from its roots' afterwards (:func:`apply_two_roots`), not from a rate
    weights = {id(h): 0.0 if h.at_roots else rate.get(id(h), typical) * h.share for h in hypotheses}
    total = sum(weights.values())
    for h in hypotheses:
        h.priors["incidence"] = mass * weights[id(h)] / total
    return [f"annual incidence: {len(own)} conditions with a number, {len(under)} sharing a broader one's"]


def _nearest_with_rate(condition: str, own: dict[str, float], anatomy: Anatomy) -> str | None:
    """Return the nearest broader condition (skos:broader, breadth first) that has a rate, or None."""
    frontier, seen = [condition], {condition}
    while frontier:
        following = []
        for current in frontier:
            for broader, _ in anatomy.out(current, BROADER):
                if broader in own:
                    return broader
                if broader not in seen:
                    seen.add(broader)
                    following.append(broader)
        frontier = following
    return None


def prevalences(anatomy: Anatomy, numbers: list[dict[str, Any]]) -> dict[str, float]:
    """Return each risk factor's prevalence in the population (``REQUIRED_PREVALENCE`` rows; the median)."""
    found: dict[str, list[float]] = defaultdict(list)
    for row in numbers:
        if measure_of(row) == REQUIRED_PREVALENCE:
            subject = number_iri(str(row["subject"]))
            if subject in anatomy.G and "RiskFactor" in anatomy.types(subject) and 0 < float(row["value"]) <= 1:
                found[subject].append(float(row["value"]))
    return {subject: statistics.median(values) for subject, values in found.items()}


def apply_required(hypotheses: list[Hypothesis], known: dict[str, float]) -> list[str]:
    """Scale the prior of a condition that requires a risk factor by that factor's prevalence; say what was done.

    A site's prior is shared among its conditions as if any patient could have any of them; diabetic
    amyotrophy occurs only in people with diabetes, so its share of every set of priors is its share times
    P(diabetes), as P(DA) = P(DA | diabetes) P(diabetes). A note that says the patient has diabetes restores
    it: the factor is 0.975 likely under the condition and as likely as its prevalence under any other
    (``model.Model``). ``known`` is :func:`prevalences`; a required factor without one leaves the prior as it is.
    """
    applied = []
    for h in hypotheses:
        for factor in sorted(h.required & known.keys()):
            for name in h.priors:
                h.priors[name] *= known[factor]
            applied.append(f"{curie(h.iri)}: prior times the prevalence of {curie(factor)} ({known[factor]:g})")
    return applied


def measure_of(row: dict[str, Any]) -> str:
    """Return a number's measure by its local name ("share_of_cases"), whether given as an IRI or a name."""
    return str(row.get("measure", "")).rsplit("/", 1)[-1]


def number_iri(value: str) -> str:
    """Return a Radix IRI for a local name or a ``radix:`` CURIE (the projection gives local names)."""
    if value.startswith("http"):
        return value
    return BASE + value.removeprefix("radix:")


def _under(h: Hypothesis, target: str, anatomy: Anatomy) -> bool:
    """Return True when the hypothesis's condition is ``target`` or narrower than it (skos:broader, transitively)."""
    frontier, seen = [h.iri], {h.iri}
    while frontier:
        current = frontier.pop()
        if current == target:
            return True
        for broader, _ in anatomy.out(current, BROADER):
            if broader not in seen:
                seen.add(broader)
                frontier.append(broader)
    return False
