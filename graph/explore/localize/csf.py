"""A CSF line read as the graph's findings (a rule of ``quantities.rewrite``, split from it for size).

* **Protein**: raised (above 0.45 g/L, or written raised) with a normal cell count (5 cells/µL or fewer, or written
  normal) is the graph's albuminocytological dissociation.
* **Cells**: more than 5 cells/µL with lymphocytes or neutrophils named ("CSF: 180 lymphocytes", "WCC 45
  (lymphocytes 90%)", "900 WBC (neutrophils 70%)") is the graph's lymphocytic or neutrophilic pleocytosis.

A line is the CSF's when it names the CSF, a lumbar puncture or a spinal tap, or "LP" with its results after it ("LP:
protein 1.6 g/L, WCC 2"; since stop 38). Not when the puncture was not done or is still to come ("no LP", "LP
declined", "awaiting LP", "CSF not sent") or the values are the blood's or the urine's ("bloods post LP: WCC 14",
"urine protein"): the code review of stop 38 found those read as the CSF. ``values`` is the number each token is
(``quantities.number``, which imports this module).
"""

from __future__ import annotations

from itertools import pairwise

CSF_PROTEIN_UPPER_G_PER_L = 0.45
"""The upper reference limit of lumbar CSF protein, 0.45 g/L (45 mg/dL: MSD Manual Professional, "Lumbar
Puncture", table of normal CSF values, 15-45 mg/dL)."""
CSF_CELLS_UPPER = 5
"""The most white cells per µL a normal CSF holds (MSD Manual Professional, same table: 0-5 cells/µL)."""

RAISED_WORDS = frozenset({"↑", "↑↑", "raised", "high", "elevated", "increased"})
CELL_WORDS = frozenset({"cell", "cells", "wcc", "wbc", "count"})
COUNTED_CELLS = CELL_WORDS | {"lymphocytes", "neutrophils"}
"""Words after a CSF cell count ("180 lymphocytes", "900 WBC")."""
LP_RESULTS = frozenset({":", "-", "protein", "wcc", "wbc", "cells", "cell", "showed", "shows", "result", "results"})
"""Words right after "LP" that give its results ("LP: protein ...", "LP showed ..."); "Lp(a) 150" gives none."""
NOT_DONE = frozenset({"no", "not", "declined", "refused", "awaiting", "pending", "planned", "booked", "tomorrow"})
"""Words beside the puncture's name saying it was not done, or not yet."""
OTHER_FLUIDS = frozenset({"blood", "bloods", "serum", "plasma", "urine", "urinary"})
"""Words saying a line's values are another fluid's."""


def of_csf(tokens: list[str]) -> bool:
    """Return True for a line of CSF results: the CSF, a lumbar puncture or spinal tap, or "LP" with its results."""
    if OTHER_FLUIDS & set(tokens):
        return False
    named = [index for index, token in enumerate(tokens) if token == "csf"]
    named += [index for index, token in enumerate(tokens) if token == "lp" and tokens[index + 1 : index + 2] and
              tokens[index + 1] in LP_RESULTS]  # fmt: skip
    named += [
        index for index, pair in enumerate(pairwise(tokens)) if pair in (("lumbar", "puncture"), ("spinal", "tap"))
    ]
    return any(not NOT_DONE & set(tokens[max(0, index - 2) : index + 4]) for index in named)


def albuminocytological(tokens: list[str], values: list[float | None]) -> bool:
    """Return True when a CSF line gives a raised protein and a normal cell count (and no pleocytosis)."""
    if any(token.startswith("pleocytosis") or _unit_head(token) in ("lymphocytes", "neutrophils") for token in tokens):
        return False
    raised = cells_normal = False
    for index, token in enumerate(tokens):
        near = tokens[max(0, index - 2) : index + 4]
        if token == "protein":
            value = next((v for v in values[index + 1 : index + 3] if v is not None), None)
            unit_mg = "mg/dl" in tokens[index + 1 : index + 4]
            limit = CSF_PROTEIN_UPPER_G_PER_L * (100 if unit_mg else 1)
            raised = raised or (value is not None and value > limit) or bool(RAISED_WORDS & set(near))
        if _unit_head(token) in CELL_WORDS:
            # "2 cells/mm3", "cell count 2/mm3", "WCC 2", "2 white cells"
            start = max(0, index - 2)
            counts = [
                v for t, v in zip(tokens[start : index + 3], values[start : index + 3], strict=True) if t[:1].isdigit()
            ]
            normal = "normal" in tokens[start : index + 3]
            cells_normal = cells_normal or normal or any(c is not None and c <= CSF_CELLS_UPPER for c in counts)
    return raised and cells_normal


def pleocytosis(tokens: list[str], values: list[float | None]) -> str | None:
    """Return "lymphocytic" or "neutrophilic" when a CSF line gives more cells than normal, of that kind."""
    counts = [values[index - 1] for index, token in enumerate(tokens) if index and _unit_head(token) in COUNTED_CELLS]
    counts += [
        values[index - 2]
        for index, token in enumerate(tokens)
        if index > 1 and _unit_head(token) in CELL_WORDS and tokens[index - 1] == "white"
    ]
    # "WCC 45", "lymphocytes 180": the count after its word
    counts += [values[index + 1] for index, token in enumerate(tokens[:-1]) if token in COUNTED_CELLS]
    raised = any(count is not None and count > CSF_CELLS_UPPER for count in counts)
    if not raised:
        return None
    if any(token.startswith("neutrophil") for token in tokens):
        return "neutrophilic"
    if any(token.startswith("lymphocyt") for token in tokens):
        return "lymphocytic"
    return None


def _unit_head(token: str) -> str:
    """Return the word of a token written with its unit ("lymphocytes/µl", "cell/mm3" -> "lymphocytes", "cell")."""
    return token.split("/", 1)[0]
