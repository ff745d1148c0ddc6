"""Bedside examination words that read as something other than their parts: the plantar response, muscle groups.

"Toes downgoing" and "plantars ↓" are a normal plantar response, not weak toe flexors or a reduced reflex;
"wrist extensors" is wrist extension, whose word "extensor" would otherwise read as the plantar response's
abnormal status. Merged into ``shorthand.PHRASES`` (token sequences, lower-cased -> meaning), kept apart so
that each table stays a size a reader can check.
"""

from __future__ import annotations

PHRASES: dict[tuple[str, ...], str] = {
    # muscle groups named by what they move: "extensor" alone is also the plantar response's status word
    ("wrist", "extensors"): "wrist extension",
    ("wrist", "extensor"): "wrist extension",
    ("finger", "extensors"): "finger extension",
    ("finger", "extensor"): "finger extension",
    ("toe", "extensors"): "toe extension",
    ("elbow", "extensors"): "elbow extension",
    ("wrist", "flexors"): "wrist flexion",
    ("elbow", "flexors"): "elbow flexion",
    ("plantar", "flexors"): "plantar flexion",
    ("plantarflexors",): "plantar flexion",
    ("ankle", "plantarflexors"): "plantar flexion",
    ("foot", "dorsiflexors"): "ankle dorsiflexion",
    ("plantars", "↓"): "no extensor plantar response",  # the arrow says which way the toe goes, not less
    ("plantars", "↓↓"): "no extensor plantar response",
    ("plantar", "↓"): "no extensor plantar response",
    ("plantars", "↑↑"): "extensor plantar response",
    ("plantar", "upgoing"): "extensor plantar response",
    ("plantars", "upgoing"): "extensor plantar response",
    ("plantar", "downgoing"): "no extensor plantar response",
    ("plantars", "downgoing"): "no extensor plantar response",
    ("toes", "downgoing"): "no extensor plantar response",  # the plantar response, not the toe flexors
    ("toe", "downgoing"): "no extensor plantar response",
    ("toes", "down"): "no extensor plantar response",
    ("toes", "go", "down"): "no extensor plantar response",
    ("toes", "going", "down"): "no extensor plantar response",
    ("toes", "upgoing"): "extensor plantar response",
    ("toe", "upgoing"): "extensor plantar response",
    ("toes", "go", "up"): "extensor plantar response",
    ("toes", "going", "up"): "extensor plantar response",
}  # fmt: skip
"""Token sequences -> their meaning, as ``shorthand.PHRASES``; ``shorthand`` merges them."""
