"""How notes say the sensation of the saddle (S3-S5: the perineum, the perianal skin, the genitals) is lost.

A table of whole-token rewrites ``shorthand.PHRASES`` takes in (moved here from there in stop 52, when it grew past
the house's module size). The saddle's sensation is a test's name, not a deficit's, so every wording that says it is
gone is rewritten to the deficit ("saddle anaesthesia", "absent perianal sensation") and the status words left are the
note's own: "saddle sensation intact" stays a normal saddle.

Stop 52 added the wordings with the status word first ("absent saddle sensation" had read as the red flag *denied*:
"absent" was said of "saddle anaesthesia"), the sacral sensation of the ISNCSCI examination (S4-S5, the saddle's own
segments) and "no <place> sensation" for the saddle's parts ("no perianal sensation" had been read as a normal perianal
skin: NegEx took "no" as a denial of the sensation's disturbance, not as the sensation's absence).
"""

from __future__ import annotations

LOST_BEFORE = ("no", "absent", "lost", "loss of", "reduced", "diminished", "decreased", "impaired", "altered", "nil")
"""Words that, before the saddle's sensation, say it is gone ("absent saddle sensation")."""
LOST_AFTER = ("absent", "lost", "nil", "none", "reduced", "diminished", "decreased", "impaired", "↓")
"""Words that, after the saddle's sensation, say it is gone ("saddle sensation absent")."""
SADDLE_NAMES = ("saddle", "sacral")
"""The saddle's names: the sacral sensation of the ISNCSCI examination is that of S4-S5, the saddle's segments."""
SADDLE_PARTS = {"perianal": "perianal", "anal": "perianal", "perineal": "perineum", "genital": "perineum"}
"""Parts of the saddle a note may say has no sensation -> the word the reader reads that part with (the graph's
perineum holds the genitals, as ``shorthand.TOKENS`` has it)."""

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
}
"""Token sequences (lower-cased) -> their meaning; the longest sequence starting at a token wins."""
