"""The likelihood summed as arrays (``likelihood.py``, stop 40) is the model's arithmetic, to the last bit.

Each single hypothesis and pair is checked against the same sums done one hypothesis and one observation at a time in
plain Python (the way ``Model`` did it until stop 40, without its cache of equal probabilities); each hypothesis's
silence is its own (that cache handed one lesion's silent units to another with the same probabilities: stop 39 and
before, "nothing said of the C5 root" was shown against a C6-C7 lesion).
"""

from __future__ import annotations

import math
from functools import reduce
from operator import add

import numpy as np
import pytest
from rdflib import Graph

from graph.explore.explorer import Explorer
from graph.explore.localize.likelihood import LikelierTerm, TermRow, in_order, log_of
from graph.explore.localize.model import HALF, LEAK, SIDES, Model, Scored, _distinct
from graph.load.store import oxigraph_store
from tests.test_localize_kept import NOTES as KEPT_NOTES

NOTES = [
    *KEPT_NOTES,  # one side and both, one unit and several, urgent ones, a polyradiculopathy
    ["R thigh numb on the front", "quads 4/5 R", "KJ absent R", "hip adduction 5/5", "L leg normal", "AJ 2+ bilat"],
    [  # W19-089: the posterior divisions of the sacral plexus were shown the lumbar ones' silent unit until stop 40
        "Caller: 'sudden numbness down the whole left side, face, arm and leg, started an hour ago'",
        "Caller: 'it stops exactly at the middle of my body'",
        "Q: any weakness or trouble speaking? A: no",
    ],
    [],
]
"""Notes of one side, of both and of none, of one unit and of several, urgent ones, a polyradiculopathy, and none."""


@pytest.fixture(scope="module")
def explorer(radix_graph: Graph) -> Explorer:
    return Explorer(oxigraph_store(radix_graph))


def _single_by_hand(model: Model, scored: Scored, request: object, terms: list[float]) -> tuple[float, str]:
    """Return the log-likelihood and side of one hypothesis, one observation at a time (the model docstring's rules)."""
    h = scored.members[0]
    bilateral = h.lesion.bilateral
    one_sided = request.sided and not bilateral  # type: ignore[attr-defined]
    best: tuple[float, str] | None = None
    likelihoods = []
    for side in SIDES if one_sided else ("",):
        leaked = request.leaked[side]  # type: ignore[attr-defined]
        probabilities = terms if bilateral else [LEAK if leak else p for leak, p in zip(leaked, terms, strict=True)]
        present = request.present  # type: ignore[attr-defined]
        values = [p if shown else 1.0 - p for p, shown in zip(probabilities, present, strict=True)]
        said = request.heard["" if bilateral else side][0]  # type: ignore[attr-defined]
        silence = model.parsimony.silence(h, said)  # found afresh, not through the kept terms
        likelihood = reduce(add, (math.log(v) for v in values), 0.0) + silence.log  # left to right, as the model
        likelihoods.append(likelihood)
        if best is None or likelihood > best[0]:
            best = (likelihood, side)
    assert best is not None
    if one_sided:
        return best[0] + math.log(sum(math.exp(value - best[0]) for value in likelihoods)) + HALF, best[1]
    if request.one_side_only:  # type: ignore[attr-defined]
        penalty = HALF + math.log(model.one_side_share(h, request.observed))  # type: ignore[attr-defined]
        return best[0] + penalty, best[1]
    return best[0], best[1]


@pytest.mark.parametrize("note", NOTES, ids=[" / ".join(note)[:40] or "empty" for note in NOTES])
def test_every_hypothesis_scores_as_summed_by_hand(explorer: Explorer, note: list[str]) -> None:
    localizer = explorer.localizer
    model = localizer.model
    observations = _distinct(localizer.read(note).observations)
    scored = model.score(observations)
    request = model._request(observations, "uniform")
    singles = [s for s in scored if len(s.members) == 1]
    assert len(singles) == len(model.hypotheses)
    checked = 0
    for s in singles:
        terms = [term.p for term in s.base_terms]
        log_likelihood, side = _single_by_hand(model, s, request, terms)
        assert s.log_likelihood == log_likelihood, s.key  # exactly: the same additions in the same order
        assert s.side == side, s.key
        h = s.members[0]
        own = model.parsimony.silence(h, request.heard["" if h.lesion.bilateral else side][0])  # afresh
        assert s.silence == own, f"{s.key} shows another lesion's silent units"
        checked += 1
    assert checked > 200
    by_key = {s.key: s for s in singles}
    for pair in (s for s in scored if len(s.members) == 2):
        a, b = (by_key[m.key] for m in pair.members)
        expected = a.side_penalty + b.side_penalty + a.silence.joined(b.silence).log
        for o, p_one, p_two in zip(observations, a.side_p, b.side_p, strict=True):
            p = 1.0 - (1.0 - p_one) * (1.0 - p_two)
            expected += math.log(max(p if o.present else 1.0 - p, 1e-12))
        assert pair.log_likelihood == expected, pair.key
        rows = zip(a.base_terms, b.base_terms, a.side_p, b.side_p, strict=True)
        assert list(pair.base_terms) == [one if p_one >= p_two else two for one, two, p_one, p_two in rows], pair.key
    assert math.isclose(sum(s.posterior for s in scored), 1.0)


def test_logs_and_sums_are_pythons_own() -> None:
    values = np.array([[0.81, 0.19, 0.02, 0.81], [1 - 0.02, 0.5, 0.35, 0.02]])
    logs = log_of(values)
    assert logs.tolist() == [[math.log(v) for v in row] for row in values.tolist()]
    many = np.array([[math.log(x / 13) for x in range(1, 13)]])
    assert in_order(many).tolist() == [reduce(add, many[0].tolist(), 0.0)]
    assert in_order(many, np.array([0.5])).tolist() == [reduce(add, many[0].tolist(), 0.5)]


def test_lazy_term_rows_read_as_lists() -> None:
    columns = [("a0", "b0"), ("a1", "b1"), ("a2", "b2")]
    row = TermRow(columns, 1)
    assert list(row) == ["b0", "b1", "b2"] and row[2] == "b2" and row[:2] == ["b0", "b1"] and len(row) == 3
    likelier = LikelierTerm(["x", "y"], ["u", "v"], [0.9, 0.1], [0.5, 0.1])
    assert list(likelier) == ["x", "y"] and likelier[1] == "y" and likelier[0:1] == ["x"]
