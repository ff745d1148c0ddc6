"""The clause around a token of a rewritten line: the tokens between the commas or semicolons either side of it.

Several token-level rules look only at the clause a word stands in ("cord T2 signal change C4-C6, vertebral bodies
normal": the cord's clause; "knee jerks could not be elicited, plantars flexor": the plantar is another clause's). They
ran the same two searches each (``studies``, ``sensory_level``, ``inability``); this is that search, once.
"""

from __future__ import annotations

from collections.abc import Sequence

BREAKS = (",", ";")
"""Tokens that end such a clause."""


def comma_clause(tokens: Sequence[str], index: int) -> tuple[int, int]:
    """Return (start, end) of the clause holding ``tokens[index]``: ``tokens[start:end]``, without its breaks."""
    start = max((i + 1 for i in range(index) if tokens[i] in BREAKS), default=0)
    end = next((i for i in range(index, len(tokens)) if tokens[i] in BREAKS), len(tokens))
    return start, end
