"""The log-likelihood of every hypothesis of one request at once, as arrays (numpy).

``model.py`` finds each term P(observation present | hypothesis) and keeps it per observation (a column); this module
adds them up for all hypotheses together: the rows of a matrix are the hypotheses, its columns the observations. The
arithmetic is the model's own (its docstring): a one-sided lesion meets a finding of the other side, or of both, only
by the leak, and is marginalised over its side; an absent finding has likelihood 1 - p; a pair's lesions combine as a
noisy-OR. Until stop 40 ``Model`` did this one hypothesis and one observation at a time in Python: about half of a
request's time, for 227 hypotheses and some 126 pairs (``bench/bench_localize.py``). numpy is already installed with
spaCy (negspacy); it is named in ``pyproject.toml`` since this module uses it directly.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar, overload

import numpy as np
from numpy.typing import NDArray

from graph.explore.localize.parameters import LEAK

Matrix = NDArray[np.float64]
Vector = NDArray[np.float64]
T = TypeVar("T")
FLOOR = 1e-12
"""The least likelihood a pair's observation is given (a noisy-OR of two near-certain absences)."""


@dataclass
class Sides:
    """Each hypothesis's likelihood on its likelier side, and what was found there."""

    log_likelihood: Vector
    """log P(observations | h) on the likelier side, with its silence (before any marginalising over sides)."""
    side: NDArray[np.intp]
    """Which of the sides scored was the likelier (the first on a tie, as the left before the right)."""
    probabilities: Matrix
    """P(observation present | h) on that side: the leak where the side cannot meet the observation."""
    values: Matrix
    """The likelihood of what was observed on that side: p when present, 1 - p when absent."""
    summed: Vector
    """log of the sum over the sides of their likelihoods, log(e^left + e^right), or the one side's (the caller
    weighs each side by its prior, ½ for a one-sided lesion)."""


def on_sides(
    probabilities: Matrix,
    present: NDArray[np.bool_],
    leaked: Sequence[NDArray[np.bool_]],
    silences: Sequence[Vector],
    two_sided: NDArray[np.bool_],
) -> Sides:
    """Score every hypothesis on each side it may be on and keep the likelier side.

    ``leaked[k]``: the observations a one-sided lesion on side ``k`` meets only by the leak; a two-sided hypothesis
    (``two_sided``) meets every observation by its own term. ``silences[k]``: each hypothesis's parsimony log-term on
    side ``k``.
    """
    scored = []
    for leak, silence in zip(leaked, silences, strict=True):
        mask = leak[np.newaxis, :] & ~two_sided[:, np.newaxis]
        p = np.where(mask, LEAK, probabilities)
        values = np.where(present, p, 1.0 - p)
        scored.append((in_order(log_of(values)) + silence, p, values))
    if len(scored) == 1:
        log, p, values = scored[0]
        return Sides(log, np.zeros(len(log), dtype=np.intp), p, values, log)
    assert len(scored) == 2, "a lesion is on the left or the right"
    logs = np.stack([log for log, _, _ in scored])
    side = np.argmax(logs, axis=0)  # the first of equals, as the left side before the right
    rows = np.arange(probabilities.shape[0])
    best = logs[side, rows]
    # log(e^left + e^right) = best + log(1 + e^(other - best)): e^0 is exactly 1, and 1 + x is x + 1
    other = logs[1 - side, rows]
    summed = best + _log_one_plus_exp(other - best)
    chosen_p = np.stack([p for _, p, _ in scored])[side, rows]
    chosen_values = np.stack([values for _, _, values in scored])[side, rows]
    return Sides(best, side, chosen_p, chosen_values, summed)


def _log_one_plus_exp(differences: Vector) -> Vector:
    """Return log(1 + e^d) of each difference by ``math`` (the rule of ``log_of``), once per distinct difference."""
    distinct, inverse = np.unique(differences, return_inverse=True)
    logs = np.array([math.log(1.0 + math.exp(d)) for d in distinct.tolist()])
    return logs[inverse].reshape(differences.shape)


def of_pairs(
    probabilities: Matrix, present: NDArray[np.bool_], first: Sequence[int], second: Sequence[int], start: Vector
) -> tuple[Matrix, Matrix, Vector]:
    """Return each pair's noisy-OR probabilities, likelihoods of what was observed, and log-likelihood.

    ``probabilities`` are the singles' on their likelier sides; pair ``k`` is rows ``first[k]`` and ``second[k]``;
    ``start``: each pair's log-terms of sides and silence, to which the observations' are added in turn.
    """
    both = 1.0 - (1.0 - probabilities[list(first)]) * (1.0 - probabilities[list(second)])
    values = np.where(present, both, 1.0 - both)
    return both, values, in_order(log_of(np.maximum(values, FLOOR)), start)


def log_of(values: Matrix) -> Matrix:
    """Return the natural log of each value by ``math.log``, once per distinct value.

    Not numpy's own ``log``: on CPUs with AVX-512 it takes a SIMD routine whose last bit differs from the C
    library's, and two hypotheses tied in theory would then break their tie one way on one machine and the other way on
    another. The values are few (the graph's frequency bins, the leak, their complements), so this costs little.
    """
    distinct, inverse = np.unique(values, return_inverse=True)
    logs = np.array([math.log(value) for value in distinct.tolist()])
    return logs[inverse].reshape(values.shape)


def in_order(logs: Matrix, start: Vector | None = None) -> Vector:
    """Return each row's sum, added left to right from ``start`` (or zero), as the model always added them.

    numpy's ``sum`` adds in pairs, which can differ in the last bit: the same rule as ``log_of``. (Python 3.11's
    ``sum`` adds left to right too; from 3.12 it compensates, so the tests add in an explicit loop.)
    """
    total = np.zeros(logs.shape[0]) if start is None else start.copy()
    for column in logs.T:
        total += column
    return total


class _LazyTerms(Sequence[T], Generic[T]):
    """A sequence of terms found one at a time when asked (``_at``); slicing and iteration come from it."""

    __slots__ = ()

    def _at(self, index: int) -> T:
        raise NotImplementedError

    @overload
    def __getitem__(self, item: int) -> T: ...
    @overload
    def __getitem__(self, item: slice) -> list[T]: ...
    def __getitem__(self, item: int | slice) -> T | list[T]:
        if isinstance(item, slice):
            return [self._at(index) for index in range(len(self))[item]]
        return self._at(item)

    def __iter__(self) -> Iterator[T]:
        return (self._at(index) for index in range(len(self)))


class TermRow(_LazyTerms[T]):
    """One hypothesis's terms, read from the request's columns when asked: most hypotheses' never are."""

    __slots__ = ("columns", "row")

    def __init__(self, columns: Sequence[Sequence[T]], row: int) -> None:
        self.columns = columns
        self.row = row

    def _at(self, index: int) -> T:
        return self.columns[index][self.row]

    def __len__(self) -> int:
        return len(self.columns)


class LikelierTerm(_LazyTerms[T]):
    """A pair's terms: per observation, the term of the lesion likelier to give it, found when asked."""

    __slots__ = ("one", "p_one", "p_two", "two")

    def __init__(self, one: Sequence[T], two: Sequence[T], p_one: Sequence[float], p_two: Sequence[float]) -> None:
        self.one, self.two, self.p_one, self.p_two = one, two, p_one, p_two

    def _at(self, index: int) -> T:
        return self.one[index] if self.p_one[index] >= self.p_two[index] else self.two[index]

    def __len__(self) -> int:
        return len(self.p_one)
