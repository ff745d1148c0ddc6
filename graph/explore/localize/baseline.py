"""A finding said to be the patient's baseline is no evidence of the new lesion: its clause is dropped (stop 57).

Patients of a clinic for a lifelong disease (hereditary spastic paraplegia, a leukodystrophy, spinal muscular atrophy,
old polio) come with a new, focal complaint, and the note says which signs were there before: "knee jerks brisk both
sides as always", "BJ/TJ 3+ bilat (baseline)", "reflexes absent, as at baseline", "R leg wasted and areflexic (old)".
Read as new findings, those signs placed a meralgia, a carpal tunnel syndrome or a rotator cuff tear at the cervical
cord or the anterior horn (sealed 184: four such cases; 89 development cases write such a marker). The clause that says
so is dropped before the note is read, as a test said not done is (``not_examined.py``, whose clause bounds are used): a
clause of nothing but the marker ("(baseline)", ", as always") takes the clause before it after a bracket, comma,
semicolon or dash; a marker inside a clause of
its own words ("(both 3+ at baseline)", "(R FDI 4/5 = baseline)") takes only that clause, so "KJ L 1+, R 3+ (both 3+
at baseline)" keeps the new reduced left knee jerk. A change from the baseline ("weaker than baseline", "new since
baseline", "as always but worse") is the new finding and is kept. "As before" and "unchanged from last clinic" are not
markers (a loss "as before", a recurrence, a follow-up's deficit), nor a baseline study or value ("baseline EMG"): the
late review of stop 57.
"""

from __future__ import annotations

import re

from graph.explore.localize.not_examined import CLAUSE_BOUND

BASELINE_WORD = re.compile(
    r"\bbaseline\b(?!\s*[:=]?\s*(?:\d|emg|ncs|ck|mri|ct|fvc|bloods|neuro|exam|power|except|\w+\s*:))", re.IGNORECASE
)
"""The word itself, not a baseline value or study ("FVC 1.8 L (baseline 3.2 L)", "baseline EMG shows ...", "baseline
CK 2400"), a heading ("Baseline neuro exam: ...") or an exception ("power: baseline except R ankle DF 3/5")."""
ALWAYS = re.compile(r"\b(?:same as always|as always)\b", re.IGNORECASE)
"""The same said in words: "as always". Not "as before" ("can't feel when my bladder is full as before", "weakness
for 40 minutes, as before": a loss, a recurrence) nor "unchanged from last clinic" (a follow-up's presenting deficit):
the late review of stop 57."""
MARKER = re.compile("|".join(rx.pattern for rx in (BASELINE_WORD, ALWAYS)), re.IGNORECASE)
"""Words saying a finding was there before: "(baseline)", "at his baseline", "as always", "as before", "unchanged from
last clinic". Not "as usual" ("bladder and bowels working as usual" is a normal function)."""
CHANGED_WORDS = re.compile(r"\b(?:than|since|beyond|below|above|worse|better|new|compared|versus|vs|reduced)\b", re.I)
CHANGED_SAID = re.compile(r"\b(?:no longer|any ?more|used to|deteriorat\w*|change\w*|except|now)\b", re.IGNORECASE)
CHANGED = re.compile("|".join(rx.pattern for rx in (CHANGED_WORDS, CHANGED_SAID)), re.IGNORECASE)
"""Words saying a finding differs from the baseline ("weaker than baseline", and after a turn word, "weak as always but
worse this week": the late review of stop 57 found the clause after "but" missed): the clause is kept."""
OLD_ALONE = re.compile(r"^\s*old\s*$", re.IGNORECASE)
"""A bracket of nothing but "old" ("areflexic (old)"): the marker alone, as "(baseline)" is."""
FILLER = re.compile(
    r"^(?:[\s.=:]|\b(?:as|at|to|from|his|her|their|my|the|pre-op|preop|usual|known|all|both|per)\b)*$", re.I
)
"""What may stay of a clause once its marker is taken out for it still to be the marker alone."""
TURNS = frozenset({"but", "although", "though", "while", "whereas"})
"""The turn words ``CLAUSE_BOUND`` ends a clause at: "weak as always but worse this week" is a change."""
SPEAKS_BACK = frozenset({"(", ",", ";", "-", "\u2013", "\u2014"})
"""The bounds after which a marker alone speaks of the clause before it ("KJ 3+ (baseline)", "absent, as always"); not a
sentence's full stop ("New foot drop. As always, reflexes brisk" keeps its foot drop)."""
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
        elif MARKER.search(clause) and not _changed(pieces, index):
            alone = FILLER.match(MARKER.sub("", clause)) is not None
        else:
            continue
        if alone and index >= 2 and pieces[index - 1].strip() in SPEAKS_BACK:
            pieces[index - 2] = " "  # "KJ 3+ (baseline)", "reflexes absent, as at baseline": the clause it speaks of
        pieces[index] = " "
        dropped = True
    if not dropped:
        return text
    how.append(BASELINE_DROPPED)
    return "".join(pieces)


def _changed(pieces: list[str], index: int) -> bool:
    """Return True when a clause, or the clause a turn word joins to it, says the finding changed from the baseline."""
    if CHANGED.search(pieces[index]):
        return True
    turn = pieces[index + 1].strip().lower() if index + 1 < len(pieces) else ""
    return turn in TURNS and index + 2 < len(pieces) and CHANGED.search(pieces[index + 2]) is not None
