"""How notes say the sacral segments' functions are lost: the saddle's and the bladder's sensation, their control.

A table of whole-token rewrites ``shorthand.PHRASES`` takes in (its saddle and bladder entries moved here in stop 52,
when it reached the house's size guide). These functions are named by tests ("saddle sensation", "bladder sensation"),
not by deficits, so every wording that says one is gone is rewritten to the deficit ("saddle anaesthesia", "absent
perianal sensation", "urinary retention", "faecal incontinence"), and the status words left are the note's own: "saddle
sensation intact" stays a normal saddle. They are the cauda equina and conus red flags' words, so a wording read the
wrong way round hides a red flag.

Stop 52 added, each after a reading found inverted or dropped:

* the status word first: "absent saddle sensation" had read as saddle anaesthesia *denied* ("absent" was said of the
  red flag's name);
* "no <part> sensation" for the saddle's parts and its segments: "no perianal sensation" and "no S4-5 sensation" had
  read as a normal skin (NegEx took the "no" as a denial of a disturbance, not as the sensation's absence);
* the sacral sensation of the ISNCSCI examination (S4-S5, the saddle's own segments);
* the bladder's sensation with its status after it ("bladder sensation absent", unread), and "can't feel when my
  bladder full" (its "full" had read as the status of a numbness, and the line as no sensory change anywhere);
* "lost control of the bowels" (unread) beside the bladder's, and both together ("loss of bladder and bowel control"
  had read as all three sphincter findings denied).

Its reviews added the rest: each loss is rewritten with its own "present", so a later "legs normal" is not its status;
"no perianal sensation loss", "nil saddle sensation change", "sacral sensation present" or "2/2" and "normal sacral
sensation" are denials; a bare "sacral sensation" heading, or one "not tested", says nothing.
"""

from __future__ import annotations

LOST_BEFORE = ("no", "absent", "lost", "loss of", "reduced", "diminished", "decreased", "impaired", "altered", "nil")
"""Words that, before a sacral function, say it is gone ("absent saddle sensation")."""
LOST_AFTER = ("absent", "lost", "nil", "none", "reduced", "diminished", "decreased", "impaired", "↓")
"""Words that, after a sacral function, say it is gone ("saddle sensation absent")."""
SADDLE_PARTS = {"perianal": "perianal", "anal": "perianal", "perineal": "perineum", "genital": "perineum"}
"""Parts of the saddle a note may say have no sensation -> the word the reader reads that part with (the graph's
perineum holds the genitals, as ``shorthand.TOKENS`` has it)."""
SADDLE_SEGMENTS = tuple(
    " and ".join(f"s{n} dermatome" for n in range(first, last + 1))
    for first, last in ((4, 5), (3, 5), (2, 4), (2, 5), (3, 4), (4, 4), (5, 5))
)
"""The saddle's segments as the reader has them when this table is consulted ("S4-5" is by then "s4 dermatome and s5
dermatome", ``levels.rewrite``)."""
MARKS = ((), ("-",), (":",))
"""What may stand between a sacral function and its status ("sacral sensation - absent", "sacral sensation: 2/2")."""
OWNERS = ("", "my", "his", "her", "the", "their")
"""Words that may stand before the bladder or the bowels ("lost control of his bowels")."""

KEPT_AFTER = ("intact", "normal", "preserved", "present", "spared", "equal", "2/2", "ok", "nad", "fine")
"""Words that, after a sacral function, say it is kept ("sacral sensation present", ISNCSCI's "2/2")."""
NO_READING = "unrecorded"
"""A word the reader reads as nothing: the line stays unread (and comes back with suggestions), as a function "not
tested", or the rectum's fullness, which the graph holds no finding for ("can't feel when my bowels are full" had read
as no sensory change anywhere, the clinical review of stop 52), should."""
NOT_EXAMINED = ("nt",)
"""ISNCSCI's "NT" after a sacral function: it says nothing of it, and the line stays unread. "Not tested", "not
assessed" and "not examined" are dropped before this table is consulted, for every test (``not_examined.py``)."""
CHANGE_NOUNS = (
    "loss", "change", "changes", "deficit", "deficits", "disturbance", "abnormality", "problem", "problems", "issues",
    "concerns",
)  # fmt: skip
"""Nouns after "no <sacral function> sensation" that make the "no" a denial of a disturbance ("no perianal sensation
loss"), as NegEx has it, not the sensation's absence (the code review of stop 52)."""
DEFICITS = {"saddle": "saddle anaesthesia", "sacral": "saddle anaesthesia", "bladder": "urinary retention"}
"""A sacral function's name -> the deficit its loss is (the ISNCSCI sacral sensation is that of S4-S5, the saddle's own
segments; lost bladder sensation is the reader's older reading as retention)."""
PLACES = {
    **SADDLE_PARTS,
    **{segments: segments for segments in SADDLE_SEGMENTS},
}
"""A part or segments of the saddle -> the words the reader reads its skin with."""

BOTH_CONTROLS = "urinary incontinence and faecal incontinence present"
"""Bladder and bowel control both lost."""
CONTROLS: dict[tuple[str, ...], str] = {
    ("bladder",): "urinary incontinence present",
    **{(bowels,): "faecal incontinence present" for bowels in ("bowel", "bowels")},
    **{("bladder", joint, bowels): BOTH_CONTROLS for joint in ("and", "or", "&") for bowels in ("bowel", "bowels")},
    **{(bowels, joint, "bladder"): BOTH_CONTROLS for joint in ("and", "or", "&") for bowels in ("bowel", "bowels")},
}
"""What a note says "lost control of" (after its owner) -> the incontinence it is."""

BOTH_KEPT = "no urinary retention or urinary incontinence or faecal incontinence"
"""Bladder and bowel function both unchanged."""
FUNCTIONS: dict[tuple[str, ...], str] = {
    **{(bladder,): "no urinary retention or urinary incontinence" for bladder in ("bladder", "waterworks")},
    **{(bowels,): "no faecal incontinence" for bowels in ("bowel", "bowels")},
    **{("bladder", joint, bowels): BOTH_KEPT for joint in ("and", "or", "&", "+") for bowels in ("bowel", "bowels")},
    **{(bowels, joint, "bladder"): BOTH_KEPT for joint in ("and", "or", "&", "+") for bowels in ("bowel", "bowels")},
}  # fmt: skip
"""The bladder and the bowels as a note names their function -> the disturbances of that function denied, in a clause of
their own (``PHRASES``): "bladder unchanged, saddle anaesthesia" (or "- saddle anaesthesia", "and saddle anaesthesia")
had carried the denial on to the saddle as a list (the code and late reviews of stop 54); only a sensation named after
"or" is unchanged with it ("no change in bladder function or perineal sensation"), not a symptom ("or saddle
numbness")."""
FUNCTION_NOUNS = ("", "habit", "habits", "function", "routine", "control", "symptoms", "continence")
"""Nouns a note may put after the bladder or the bowels ("bladder habits unchanged")."""
UNCHANGED_AFTER = tuple(
    f"{mark}{word}"
    for word in (
        "unchanged", "as usual", "same as usual", "working as usual", "working normally", "not changed", "no change",
        "no different", "unaltered", "not altered", "are unchanged", "is unchanged", "remain unchanged",
        "remains unchanged", "have not changed", "has not changed",
    )
    for mark in ("", ": ", "- ")
)  # fmt: skip
"""Words that, after the bladder or the bowels, say their function has not changed: no new sphincter disturbance.
Not "as before" or "same as ever", which say a disturbance persists as often ("bladder as before, still catheterised",
the code review of stop 54)."""
CHANGE_BEFORE = ("no change in", "no changes in", "no change to", "no change of", "nil change in", "no new change in")
"""Words that, before the bladder or the bowels, say the same ("no change in bladder or bowel")."""

PHRASES: dict[tuple[str, ...], str] = {
    # the function unchanged is kept: NegEx takes "no change" as a pseudo-negation ("no change in the numbness" says
    # the numbness persists), so "no change in bladder or bowel" and "bladder and bowel habits unchanged" had read as
    # urinary retention and both incontinences present (stop 54)
    **{(*function, *noun.split(), *after.split()): f"{meaning} ;"
       for function, meaning in FUNCTIONS.items() for noun in FUNCTION_NOUNS for after in UNCHANGED_AFTER},
    **{(*before.split(), *owner.split(), *function, *noun.split()): f"{meaning} ;"
       for function, meaning in FUNCTIONS.items() for noun in FUNCTION_NOUNS for before in CHANGE_BEFORE
       for owner in OWNERS},
    # "no change in bladder function or perineal sensation": the sensation named after it is unchanged too
    **{(*before.split(), *owner.split(), *function, *noun.split(), "or", *part.split(), "sensation"):
       f"{meaning} ; {word} sensation normal"
       for function, meaning in FUNCTIONS.items() for noun in FUNCTION_NOUNS for before in CHANGE_BEFORE
       for owner in OWNERS for part, word in {**PLACES, "saddle": "saddle"}.items()},
    ("saddle", "hypesthesia"): "saddle anaesthesia",
    ("saddle", "hypoesthesia"): "saddle anaesthesia",
    ("saddle", "hypoaesthesia"): "saddle anaesthesia",
    ("saddle", "hypaesthesia"): "saddle anaesthesia",
    ("saddle", "numbness"): "saddle anaesthesia",
    ("saddle", "sensory", "loss"): "saddle anaesthesia",
    ("saddle", "sensation"): "saddle anaesthesia",  # a neutral name for the test: "saddle sensation intact"
    ("sacral", "sensation"): NO_READING,  # a template's heading, no status of its own (the late review of stop 52)
    ("no", "bowel", "sensation"): NO_READING,  # the rectum's sensation: no finding of the graph
    ("no", "sensation", "of", "bladder", "fullness"): "urinary retention present",
    **{(*lost.split(), *both.split(), "bladder", joint, "bowel", "control"): BOTH_CONTROLS
       for lost in ("loss of", "lost") for both in ("", "both") for joint in ("and", "&", "+")},
    **{("lost", "control", "of", "both", "bladder", "and", bowels): BOTH_CONTROLS for bowels in ("bowel", "bowels")},
    **{(*part.split(), "sensation", *dash, *after.split()): f"{word} sensation normal" for after in KEPT_AFTER
       for dash in MARKS for part, word in PLACES.items()},
    **{(*part.split(), "sensation", *after.split()): NO_READING for after in NOT_EXAMINED for part in PLACES},
    # the loss said, with its own status word ("present"): a later clause's "normal" is not its status
    **{(*before.split(), name, "sensation"): f"{deficit} present" for before in LOST_BEFORE
       for name, deficit in DEFICITS.items()},
    **{(name, "sensation", *dash, after): f"{deficit} present" for after in LOST_AFTER for dash in MARKS
       for name, deficit in DEFICITS.items()},
    **{(name, "sensation", *dash, *after.split()): f"no {deficit}" for after in KEPT_AFTER for dash in MARKS
       for name, deficit in DEFICITS.items()},
    **{(name, "sensation", *after.split()): NO_READING for after in NOT_EXAMINED for name in DEFICITS},
    **{(before, name, "sensation"): f"no {deficit}" for before in ("normal", "intact", "preserved")
       for name, deficit in DEFICITS.items()},
    ("anal", "sensation"): "perianal sensation",  # the perianal skin's, with the note's own status ("reduced")
    **{
        (*verb.split(), *owner.split(), bowels, *full.split()): NO_READING
        for verb in ("can't feel when", "cannot feel when", "can't tell when")
        for owner in OWNERS
        for bowels in ("bowel", "bowels", "rectum")
        for full in ("full", "is full", "are full")
    },
    **{(no, name, "sensation", noun): f"no {deficit}" for no in ("no", "nil") for noun in CHANGE_NOUNS
       for name, deficit in DEFICITS.items()},
    # a part of the saddle, or its segments, with no sensation: a loss there; with no sensation *loss*: none
    **{("no", *part.split(), "sensation"): f"absent {word} sensation" for part, word in PLACES.items()},
    **{("absent", *part.split(), "sensation"): f"absent {word} sensation" for part, word in PLACES.items()},
    **{(no, *part.split(), "sensation", noun): f"{word} sensation normal" for no in ("no", "nil")
       for noun in CHANGE_NOUNS for part, word in PLACES.items()},
    **{
        (*verb.split(), *owner.split(), "bladder", *full.split()): "urinary retention present"
        for verb in ("can't feel when", "cannot feel when", "can't tell when", "cannot tell when", "can't tell if",
                     "cannot tell if")
        for owner in OWNERS
        for full in ("full", "is full")
    },
    **{("lost", "control", "of", *owner.split(), *what): meaning
       for owner in OWNERS for what, meaning in CONTROLS.items()},
}  # fmt: skip
"""Token sequences (lower-cased) -> their meaning; the longest sequence starting at a token wins."""
