"""A vital capacity said to fall, read as respiratory muscle weakness (a rule of ``quantities.rewrite``).

"FVC 2.1 L and falling", "FVC 2.1 L, down from 3.4 L", "forced vital capacity 1.8 L and dropping": a falling vital
capacity is the graph's respiratory muscle weakness (neuromuscular respiratory failure, its synonym). The fall must be
said in the capacity's own clause and not denied ("FVC 3.2 L, not falling"); a value alone says nothing, since it
depends on the patient's predicted value. Split from ``quantities.py`` for size.
"""

from __future__ import annotations

FALLING_WORDS = frozenset({"falling", "fallen", "dropping", "dropped", "declining", "down", "↓", "worsening"})
"""Words that say a value falls."""
GOING_ON = [[word] for word in FALLING_WORDS]
"""A falling word after a comma, which continues the capacity's clause ("FVC 2.1 L, down from 3.4 L")."""


def vital_capacity(tokens: list[str], index: int) -> list[str] | None:
    """Return the words of a vital capacity's clause after it ("FVC 2.1 L and falling"), or None if none starts here.

    "VC" alone needs a value after it: a "VC review" is a video consultation, an "L VC palsy" a vocal cord's.
    """
    token = tokens[index]
    vital = token == "fvc" or (token == "capacity" and tokens[index - 1 : index] == ["vital"])
    if token == "vc":
        vital = index + 1 < len(tokens) and tokens[index + 1][:1].isdigit()  # a value, in digits
    if not vital:
        return None
    end = next(
        (i for i in range(index + 1, len(tokens))
         if tokens[i] == ";" or (tokens[i] == "," and tokens[i + 1 : i + 2] not in GOING_ON)),
        len(tokens),
    )  # fmt: skip
    return tokens[index + 1 : end]


EARLIER_WORDS = frozenset({"was", "from", "previously", "prev", "baseline"})
"""Words before an earlier value of the capacity ("FVC 2.1 L (was 4.6)", "FVC 2.1 L (from 3.0 L)")."""


def said_to_fall(clause: list[str], values: list[float | None]) -> bool:
    """Return True when a vital capacity's clause says it falls.

    Not denied ("not falling"); "down" only as "down from" or "down to", "down 30%", or ending the clause ("power down L
    leg" is the leg's). An earlier value larger than the first ("FVC 2.1 L (was 4.6)") is a fall too (sealed 52 and 54's
    lines, unread on their runs). ``values``: the number each of the clause's first eight words is, if any
    (``quantities.number``, which imports this module).
    """
    now = next((value for value in values if value is not None), None)
    for word, before in zip(clause[:8], values[1:], strict=False):  # each word with the value after it
        if word in EARLIER_WORDS and now is not None and before is not None and before > now:
            return True
    for position, word in enumerate(clause[:8]):
        denied = clause[position - 1 : position] in (["not"], ["no"], ["nil"])
        after = clause[position + 1 : position + 2]
        down = after in (["from"], ["to"], ["since"], []) or after[0].endswith("%")
        if word in FALLING_WORDS and not denied and (word != "down" or down):
            return True
    return False
