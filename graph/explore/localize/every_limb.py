"""A finding said of every limb at once, put as the graph's two limb regions on both sides ("4/5 in all four limbs").

The graph has no name for "all four limbs": it has the upper limbs and the legs, and the reader reads "weakness of both
upper limbs and both legs" as a weakness of both, on both sides. "Power 4/5 globally", "weakness in all four limbs",
"reflexes reduced in all limbs", "tingling in all 4 limbs", "quadriparesis" and "generalised weakness" say that much and
no more: a weakness of every limb is the picture of a cord, an anterior horn, a polyradiculopathy and a muscle alike, so
none of them is named (the graph's "symmetric weakness of proximal and distal muscles of all four limbs" is a
polyradiculoneuropathy's pattern, which these words do not say; when a note says "proximal and distal", the clause is
left to the graph's name of that pattern, as before).

Only a clause that says a deficit is rewritten (a grade below 5, weak, reduced, absent, brisk, numb, tingling,
wasting). A normal one ("power 5/5 throughout", "reflexes and sensation normal in all limbs", "moves all four limbs",
"withdraws all 4 limbs to pain") is left as it was: the reader reads a normal examination of every part, a stronger
statement than of two regions. "Globally" and "throughout" are every limb only where the clause names no limb or side
("R arm 3/5 globally", "legs 4+/5 throughout" are one arm and the legs), and "throughout" only after a power grade:
"reflexes reduced throughout the left arm" speaks of one limb. A patient's "I feel weak all over" is left alone: in
the public notes it is a tired patient's word (fatigue, a low mood, a missed meal), not a weakness found on examination.

These were unread in stop 54's known gaps ("power 4/5 globally", "quadriparesis", "MRC 4/5 throughout").
"""

from __future__ import annotations

import re

EVERY_LIMB = "both upper limbs and both legs"
"""The graph's two regions of a limb, each on both sides: what "all four limbs" says."""

ALL_LIMBS = re.compile(r"\b(?:in |of )?(?:all (?:four |4 )?(?:limbs|extremities)|(?:four|4) limbs)\b", re.I)
"""Words for every limb, with the preposition before them."""
EVERYWHERE = re.compile(r"\b(?:in )?globally\b|(?<=/5 )throughout\b", re.I)
"""Words for everywhere: of every limb only when the clause names no limb or side ("R arm 3/5 globally" is one arm);
"throughout" only just after a grade ("4/5 throughout")."""
ONE_LIMB = re.compile(
    r"\b(?:arms?|legs?|hands?|feet|foot|upper limbs?|lower limbs?|ue|le|ul|ll|left|right|l|r)\b", re.I
)
"""A limb or a side named in the clause."""
WEAK_EVERYWHERE = re.compile(
    r"\bgenerali[sz]ed (?:muscle |limb )?weakness\b"
    r"|\b(?:quadripare(?:sis|tic)|tetrapare(?:sis|tic)|quadripleg(?:ia|ic)|tetrapleg(?:ia|ic))\b",
    re.I,
)
"""Words that are themselves a weakness of every limb."""
ABNORMAL = re.compile(
    r"\b(?:weak\w*|paresis|reduced|absent|diminished|depressed|sluggish|brisk\w*|hyper-?reflexi\w*|hyporeflexi\w*)\b"
    r"|\b(?:areflexi\w*|numb\w*|tingl\w*|pins and needles|paraesthesi\w*|paresthesi\w*|wast\w*|fasciculat\w*)\b"
    r"|\b[0-4][+-]?/5|\b[13]\+|[↓↑]",
    re.I,
)
"""Words that say a deficit in the clause: weakness, a reflex changed, numbness, wasting (not pain: a pain in every
limb, the widespread pain of a fibromyalgia, localises nothing, and read as both arms' and legs' symptoms it did)."""
NORMAL = re.compile(
    r"\b(?:normal|nad|wnl|intact|full|5/5|moves?|moving|unremarkable|preserved|withdraw\w*|to pain)\b", re.I
)
"""Words of a normal examination, or of a response to a stimulus ("withdraws all 4 limbs to pain")."""
PROXIMAL_AND_DISTAL = re.compile(r"\bprox\w*\b[^,;]{0,25}\bdistal\w*", re.I)
CLAUSE = re.compile(r"[^,;]+|[,;]")
"""A note's clauses and the commas and semicolons between them."""


def rewrite(text: str, how: list[str]) -> str:
    """Return the text with every limb, where a clause says something wrong of it, put as the graph's two regions."""
    if not (ALL_LIMBS.search(text) or EVERYWHERE.search(text) or WEAK_EVERYWHERE.search(text)):
        return text
    return "".join(_clause(part, how) for part in CLAUSE.findall(text))


def _clause(clause: str, how: list[str]) -> str:
    """Return one clause rewritten (see the module docstring)."""
    if PROXIMAL_AND_DISTAL.search(clause):
        return clause
    rewritten = WEAK_EVERYWHERE.sub(f"weakness of {EVERY_LIMB}", clause)
    if ABNORMAL.search(clause) and not NORMAL.search(clause):
        rewritten = ALL_LIMBS.sub(f" in {EVERY_LIMB}", rewritten)
        if not ONE_LIMB.search(clause):
            rewritten = EVERYWHERE.sub(f" in {EVERY_LIMB}", rewritten)
    if rewritten != clause:
        how.append(f"'{clause.strip()}' read as said of {EVERY_LIMB}")
    return rewritten
