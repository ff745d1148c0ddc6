"""A finding said to be the patient's baseline is no evidence of the new lesion: its clause is dropped (stop 57).

Patients of a clinic for a lifelong disease (hereditary spastic paraplegia, a leukodystrophy, spinal muscular atrophy,
old polio) come with a new, focal complaint, and the note says which signs were there before: "knee jerks brisk both
sides as always", "BJ/TJ 3+ bilat (baseline)", "reflexes absent, as at baseline", "R leg wasted and areflexic (old)".
Read as new findings, those signs placed a meralgia, a carpal tunnel syndrome or a rotator cuff tear at the cervical
cord or the anterior horn (sealed 184: four such cases; 89 development cases write such a marker). The clause that says
so is dropped before the note is read, as a test said not done is (``not_examined.py``, whose clause bounds are used): a
clause of nothing but the marker ("(baseline)", ", as before") takes the clause before it; a marker inside a clause of
its own words ("(both 3+ at baseline)", "(R FDI 4/5 = baseline)") takes only that clause, so "KJ L 1+, R 3+ (both 3+
at baseline)" keeps the new reduced left knee jerk. A change from the baseline ("weaker than baseline", "new since
baseline") is the new finding and is kept.
"""

from __future__ import annotations

import re

from graph.explore.localize.not_examined import CLAUSE_BOUND

BASELINE_WORD = re.compile(r"\bbaseline\b(?!\s*[:=]?\s*\d)", re.IGNORECASE)
"""The word itself, not a baseline value ("FVC 1.8 L (baseline 3.2 L)": the earlier value a fall is read against)."""
ALWAYS = re.compile(r"\b(?:same as always|as always|as before|unchanged from (?:last|previous|prior)\b[\w\s]*)", re.I)
"""The same said in words: "as always", "as before", "unchanged from last clinic"."""
MARKER = re.compile("|".join(rx.pattern for rx in (BASELINE_WORD, ALWAYS)), re.IGNORECASE)
"""Words saying a finding was there before: "(baseline)", "at his baseline", "as always", "as before", "unchanged from
last clinic". Not "as usual" ("bladder and bowels working as usual" is a normal function)."""
CHANGED = re.compile(
    r"\b(?:than|since|beyond|below|above|worse|better|new|compared|versus|vs|no longer|any ?more|used to)\b",
    re.IGNORECASE,
)
"""Words saying the finding differs from the baseline ("weaker than baseline", "new since baseline", "no longer feels
the urge as before"): kept."""
OLD_ALONE = re.compile(r"^\s*(?:old|chronic|long-?standing)\s*$", re.IGNORECASE)
"""A bracket of nothing but "old" ("areflexic (old)"): the marker alone, as "(baseline)" is."""
FILLER = re.compile(r"^(?:[\s.=:]|\b(?:as|at|to|from|his|her|their|my|the|pre-op|preop|usual|known)\b)*$", re.I)
"""What may stay of a clause once its marker is taken out for it still to be the marker alone."""
BASELINE_DROPPED = "a finding said to be the patient's baseline read as nothing: it is no evidence of a new lesion"
"""What ``drop`` notes in a phrase's reading; the closest-name reading of the raw phrase is not tried after it."""


def drop(text: str, how: list[str]) -> str:
    """Return the text without its clauses said to be the patient's baseline, noting it in ``how``."""
    if not (MARKER.search(text) or "(" in text):
        return text
    pieces = CLAUSE_BOUND.split(text)  # clauses at even places, their bounds between
    dropped = False
    for index in range(0, len(pieces), 2):
        clause = pieces[index]
        if OLD_ALONE.match(clause) and index >= 2 and pieces[index - 1] == "(":
            alone = True
        elif MARKER.search(clause) and not CHANGED.search(clause):
            alone = FILLER.match(MARKER.sub("", clause)) is not None
        else:
            continue
        if alone and index >= 2:
            pieces[index - 2] = " "  # "KJ 3+ (baseline)", "reflexes absent, as at baseline": the clause it speaks of
        pieces[index] = " "
        dropped = True
    if not dropped:
        return text
    how.append(BASELINE_DROPPED)
    return "".join(pieces)
