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
* "lost control of the bowels" (unread) beside the bladder's.
"""

from __future__ import annotations

LOST_BEFORE = ("no", "absent", "lost", "loss of", "reduced", "diminished", "decreased", "impaired", "altered", "nil")
"""Words that, before a sacral function, say it is gone ("absent saddle sensation")."""
LOST_AFTER = ("absent", "lost", "nil", "none", "reduced", "diminished", "decreased", "impaired", "↓")
"""Words that, after a sacral function, say it is gone ("saddle sensation absent")."""
SADDLE_NAMES = ("saddle", "sacral")
"""The saddle's names: the sacral sensation of the ISNCSCI examination is that of S4-S5, the saddle's segments."""
SADDLE_PARTS = {"perianal": "perianal", "anal": "perianal", "perineal": "perineum", "genital": "perineum"}
"""Parts of the saddle a note may say have no sensation -> the word the reader reads that part with (the graph's
perineum holds the genitals, as ``shorthand.TOKENS`` has it)."""
SADDLE_SEGMENTS = tuple(
    " and ".join(f"s{n} dermatome" for n in range(first, last + 1))
    for first, last in ((4, 5), (3, 5), (2, 4), (2, 5), (3, 4), (4, 4), (5, 5))
)
"""The saddle's segments as the reader has them when this table is consulted ("S4-5" is by then "s4 dermatome and s5
dermatome", ``levels.rewrite``)."""
OWNERS = ("", "my", "his", "her", "the", "their")
"""Words that may stand before the bladder or the bowels ("lost control of his bowels")."""

PHRASES: dict[tuple[str, ...], str] = {
    ("saddle", "hypesthesia"): "saddle anaesthesia",
    ("saddle", "hypoesthesia"): "saddle anaesthesia",
    ("saddle", "hypoaesthesia"): "saddle anaesthesia",
    ("saddle", "hypaesthesia"): "saddle anaesthesia",
    ("saddle", "numbness"): "saddle anaesthesia",
    ("saddle", "sensory", "loss"): "saddle anaesthesia",
    ("saddle", "sensation"): "saddle anaesthesia",  # a neutral name for the test: "saddle sensation intact"
    ("sacral", "sensation"): "saddle anaesthesia",
    **{(*before.split(), name, "sensation"): "saddle anaesthesia" for before in LOST_BEFORE for name in SADDLE_NAMES},
    **{(name, "sensation", after): "saddle anaesthesia" for after in LOST_AFTER for name in SADDLE_NAMES},
    **{("no", part, "sensation"): f"absent {word} sensation" for part, word in SADDLE_PARTS.items()},
    **{("absent", part, "sensation"): f"absent {word} sensation" for part, word in SADDLE_PARTS.items()},
    **{("no", *segments.split(), "sensation"): f"absent {segments} sensation" for segments in SADDLE_SEGMENTS},
    **{(*before.split(), "bladder", "sensation"): "urinary retention" for before in LOST_BEFORE},
    **{("bladder", "sensation", after): "urinary retention" for after in LOST_AFTER},
    **{
        (*verb.split(), *owner.split(), "bladder", *full.split()): "urinary retention"
        for verb in ("can't feel when", "cannot feel when", "can't tell when", "cannot tell when")
        for owner in OWNERS
        for full in ("full", "is full")
    },
    **{("lost", "control", "of", *owner.split(), "bladder"): "urinary incontinence" for owner in OWNERS},
    **{
        ("lost", "control", "of", *owner.split(), bowels): "faecal incontinence"
        for owner in OWNERS
        for bowels in ("bowel", "bowels")
    },
}
"""Token sequences (lower-cased) -> their meaning; the longest sequence starting at a token wins."""
