"""The probability of a statement of the graph, from its frequency words (the mapping ``parameters.py`` names)."""

from __future__ import annotations

from typing import Any

from graph.explore.localize.parameters import FREQUENCY_PROBABILITY, NEVER_CERTAIN, UNQUALIFIED


def word_probabilities(numbers: dict[str, float] | None = None) -> dict[str, float]:
    """Return P for each frequency word: the graph's ``radix:probability`` where given, else the HPO bin."""
    table = dict(FREQUENCY_PROBABILITY)
    table.update(numbers or {})
    return {word: min(p, NEVER_CERTAIN) for word, p in table.items()}  # "always" read as 0.975


def edge_probability(data: dict[str, Any], words: dict[str, float], default: float = UNQUALIFIED) -> tuple[float, str]:
    """Return P and its origin for a statement: the mean over its axioms' frequency words, else ``default``."""
    found = [(words[word], word) for word in data.get("frequency", []) if word in words]
    if not found:
        return default, "stated"
    probability = sum(value for value, _ in found) / len(found)
    return probability, "/".join(sorted({word for _, word in found}))
