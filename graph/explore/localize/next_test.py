"""The next examination or test: the finding whose answer is expected to tell the leading sites apart best.

For each finding not yet observed, the model gives P(finding | site) for each leading site (the
site's hypotheses weighted by their posterior). Looking for it splits the site distribution into
two posteriors, one if it is present and one if absent; its **expected information gain** is the
entropy of the site distribution now minus the expected entropy after the answer (Gorry & Barnett's
sequential diagnosis, 1968). The finding with the largest gain is proposed, with the examination
test that elicits it when the graph names one.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

from graph.explore.localize.hypotheses import Hypothesis, curie
from graph.explore.localize.model import Model, Scored
from graph.explore.localize.parameters import NEXT_TEST_SITES

SCREEN = 0.1
"""A finding whose probability differs by less than this between the two leading sites is not scored
(it cannot be the most informative test when they lead): a shortcut for speed, not a parameter of the model."""


def entropy(probabilities: list[float]) -> float:
    """Shannon entropy in bits.

    >>> entropy([0.5, 0.5])
    1.0
    """
    return -sum(p * math.log2(p) for p in probabilities if p > 0)


def next_test(model: Model, singles: list[Scored], observed: set[str]) -> dict[str, Any] | None:
    """Return the finding (and test) with the largest expected information gain over the leading sites."""
    by_site: dict[str, list[Scored]] = defaultdict(list)
    for scored in singles:
        by_site[scored.members[0].site.key].append(scored)
    masses = {key: sum(s.posterior for s in members) for key, members in by_site.items()}
    ranked = sorted(by_site.items(), key=lambda item: -masses[item[0]])[:NEXT_TEST_SITES]
    if len(ranked) < 2:
        return None
    site_mass = [masses[key] for key, _ in ranked]
    total = sum(site_mass)
    if total <= 0:
        return None
    prior = [mass / total for mass in site_mass]
    now = entropy(prior)
    leading = [h for _, members in ranked[:2] for s in members for h in s.members]
    candidates = _candidates(leading, observed, model)
    weighted = [[(s.posterior / (mass or 1.0), s.members[0].key, s.members[0]) for s in members] for (_, members), mass
                in zip(ranked, site_mass, strict=True)]  # fmt: skip
    # P(finding | h), from the model's kept finding terms first (the term itself only for a pair not yet kept)
    kept, term = model.kept_finding_terms, model.finding_term
    best: tuple[float, str] | None = None
    table: dict[str, list[float]] = {}
    first, second = weighted[0], weighted[1]
    for finding in candidates:
        one = sum(w * (kept.get((key, finding)) or term(h, finding)).p for w, key, h in first)
        two = sum(w * (kept.get((key, finding)) or term(h, finding)).p for w, key, h in second)
        if abs(one - two) < SCREEN:
            continue  # it hardly tells the two leading sites apart
        per_site = [
            one,
            two,
            *(
                sum(w * (kept.get((key, finding)) or term(h, finding)).p for w, key, h in members)
                for members in weighted[2:]
            ),
        ]
        present = sum(p * q for p, q in zip(prior, per_site, strict=True))
        if present <= 0 or present >= 1:
            continue
        after_yes = [p * q / present for p, q in zip(prior, per_site, strict=True)]
        after_no = [p * (1 - q) / (1 - present) for p, q in zip(prior, per_site, strict=True)]
        gain = now - present * entropy(after_yes) - (1 - present) * entropy(after_no)
        table[finding] = per_site
        if best is None or gain > best[0] + 1e-9:
            best = (gain, finding)
    if best is None or best[0] <= 0.01:
        return None
    gain, finding = best
    per_site = table[finding]
    tests = model.findings.tests(finding)
    G = model.G
    favoured = max(range(len(ranked)), key=lambda i: per_site[i])
    disfavoured = min(range(len(ranked)), key=lambda i: per_site[i])
    return {
        "finding": {"id": curie(finding), "label": G.nodes[finding]["label"]},
        "test": {"id": curie(tests[0]), "label": G.nodes[tests[0]]["label"]} if tests else None,
        "information_gain_bits": round(gain, 3),
        "if_present_favours": ranked[favoured][1][0].members[0].site.label,
        "if_absent_favours": ranked[disfavoured][1][0].members[0].site.label,
        "probability_by_site": {
            members[0].members[0].site.label: round(p, 2) for (_, members), p in zip(ranked, per_site, strict=True)
        },
    }


def _candidates(hypotheses: list[Hypothesis], observed: set[str], model: Model) -> list[str]:
    """Return the findings worth asking about: stated for a leading hypothesis, or about anatomy one of them reaches."""
    found: set[str] = set()
    for h in hypotheses:
        found |= _askable(h, model)
    seen = {kin for finding in observed for kin in model.findings.kin(finding)}
    return sorted(found - seen)


def _askable(h: Hypothesis, model: Model) -> set[str]:
    """Return the findings one hypothesis says something about (cached on the model, per hypothesis)."""
    cache: dict[str, set[str]] = model.__dict__.setdefault("_askable", {})
    if h.key not in cache:
        found = set(h.explicit)
        for finding, facts in model.findings.facts.items():
            if facts.anatomy and any(h.reach.strength(kind, node) > 0 for kind, node in facts.anatomy):
                found.add(finding)
        cache[h.key] = found
    return cache[h.key]
