"""A post-void residual in a note, read by its volume: at least :data:`RETENTION_ML` is urinary retention.

"PVR 700 mL", "residual volume 60 mL", "bladder scan 700 mL" (the lay table reads "bladder scan" as "residual"), and,
since stop 41, a residual after words of when it was measured ("bladder scan after pad change 700 mL", "PVR post void
450 mL"): sealed 82's cauda equina syndrome had its retention left unread. There the volume must carry its unit: in
"PVR after 2 voids 700 mL" the count of voids is no volume (read as 2 mL it was false reassurance; the reviews of stop
41). Since stop 42 a bladder ultrasound's volume is one too, with how it was measured between ("bladder USS (station
POCUS): 950 mL", "bladder: retained 400 mL on POCUS"; sealed 89's notes). Split from ``reader.py`` for size.
"""

from __future__ import annotations

RESIDUAL_WORDS = frozenset({"pvr", "residual", "residuals", "post-void"})
"""Words after which a volume is a post-void residual."""
WITH_ITS_UNIT = frozenset({"retained", "ultrasound"})
"""Words after which a volume is a residual only with its unit ("bladder: retained 400 mL", "bladder USS 950 mL", stop
42): "retained 2 stones" and "bladder USS: 2 diverticula" are counts (the late review of stop 42)."""
HOW_MEASURED = frozenset({"pocus", "uss", "station", "bedside", ":", "="})
"""Words of how a residual was measured, or a mark, between its word and its volume ("bladder USS (station POCUS): 950
mL"); a volume after them needs its unit: "PVR: 2 voids, 600 mL" counts voids (the late review of stop 42)."""
BEFORE_VOIDING = frozenset({"pre-void", "pre", "prevoid", "pre-voiding"})
"""Words after a volume saying it was measured before voiding: a full bladder, not a residual."""
AFTER_VOIDING = frozenset({"after", "post", "void", "voiding", "voided", "pad", "change", "changing", "emptying",
                           "passing", "urine", "toilet", "micturition"})  # fmt: skip
"""Words of when a residual was measured, between the residual word and its volume ("after pad change")."""
RETENTION_ML = 200.0
"""A post-void residual of at least this many millilitres is urinary retention: the threshold the cauda equina
literature uses (Venkatesan et al., Spine 2019;44:E1076, prospective: PVR > 200 mL had sensitivity 94 % and
specificity 67 % for cauda equina compression on MRI)."""


def is_residual(token: str, before: list[str], following: tuple[str, ...]) -> bool:
    """Return True when ``token`` (a number, maybe with "ml") is a residual's volume by the words around it."""
    with_unit = token.endswith("ml") or following[:1] == ("ml",)
    after = following[1:2] if following[:1] == ("ml",) else following[:1]
    if not before or BEFORE_VOIDING.intersection(after):
        return False
    words = list(before)
    while words and words[-1] in HOW_MEASURED:
        words.pop()
    if not words:
        return False
    if words[-1] in RESIDUAL_WORDS or words[-2:-1] == ["residual"]:
        return len(words) == len(before) or with_unit
    if words[-1] in WITH_ITS_UNIT:
        return with_unit
    return with_unit and _after_voiding(before)


def meaning(volume: float) -> str:
    """Return what a residual of ``volume`` mL says: urinary retention or none."""
    return "urinary retention" if volume >= RETENTION_ML else "no urinary retention"


def _after_voiding(before: list[str]) -> bool:
    """Return True when a residual word, then "after" or "post" and only :data:`AFTER_VOIDING` words, come before."""
    for back in range(2, 7):
        if before[-back : -back + 1] and before[-back] in RESIDUAL_WORDS:
            return AFTER_VOIDING.issuperset(before[-back + 1 :]) and before[-back + 1] in ("after", "post")
    return False
