"""The hand's small muscles and a hand nerve's skin, as the graph names them ("interossei 3/5", "ulnar sensory loss").

The same conventions as ``lay.py``'s tables (each key a clinic description, each value words naming what the graph
holds, a ``*`` an optional possessive, article or side); split from it for size. Every target is checked against the
graph by ``tests/test_localize_reader_kinds.py``.

* **The hand's small muscles** (``HAND_MUSCLES``): "interossei" graded on a power chart ("interossei 3/5") are the
  dorsal interossei, tested by spreading the fingers (the graph's "weak interossei" is its weakness of finger
  abduction); only a grade or "weak" after them says so: "wasting of hypothenar and interossei" is a wasting, not a
  weakness. "1st DI" and "1st dorsal interosseous" are the first dorsal interosseous. The palmar interossei keep their
  own name.
* **A hand nerve's skin** (``NERVE_SKIN``): "ulnar sensory loss", "reduced sensation in the median distribution" are the
  graph's numbness of that nerve's fingers, as "numbness in the ulnar distribution" already reads.

These were unread in the public notes of stop 54's known gaps ("1st dorsal interosseous") and in the blind notes of
sealed 169 ("Right interossei 3/5 with ulnar sensory loss").
"""

from __future__ import annotations

INTEROSSEI_STATUS = {
    **{grade: "weak" for grade in ("0/5", "1/5", "2/5", "3/5", "3-/5", "3+/5", "4-/5", "4/5", "4+/5", "weak")},
    "5/5": "normal power",
}
"""A status after "interossei", as the shorthand table reads it: a rewrite's words are not rewritten again."""

HAND_MUSCLES = {
    **{
        f"{muscles} {status}": f"finger abduction {power}"
        for muscles in ("interossei", "dorsal interossei")
        for status, power in INTEROSSEI_STATUS.items()
    },
    "weak interossei": "weak finger abduction",
    "palmar interossei": "palmar interossei",  # their own muscle: not read as "palmar finger abduction"
    "volar interossei": "palmar interossei",
    "wasting of * interossei": "intrinsic hand muscle wasting",
    "interossei wasting": "intrinsic hand muscle wasting",
    "interosseous wasting": "intrinsic hand muscle wasting",
    **{f"1st {name}": "first dorsal interosseous" for name in ("di", "dio", "dorsal interosseous")},
    "first di": "first dorsal interosseous",
}

KEEP_AFTER = ("sparing", "spares", "except", "but", "-", "absent", "on", "involving", "extending", "including", "into")
"""Words after a hand nerve's sensory loss that keep the old reading: a part spared ("sparing the dorsum"), a nerve
study's words ("median sensory loss - absent SNAP", "ulnar sensory loss on NCS") and a loss reaching beyond the
nerve's fingers ("ulnar sensory loss involving the medial forearm", the sign of C8, the lower trunk or the medial
cord): the late review of stop 55 found these read as the numbness denied or as the nerve's fingers alone."""

_NERVE_SKIN = {
    **{f"{nerve} sensory loss": f"{nerve} distribution numbness" for nerve in ("ulnar", "median")},
    **{
        f"{loss} in * {nerve} distribution": f"{nerve} distribution numbness"
        for nerve in ("ulnar", "median")
        for loss in ("sensory loss", "reduced sensation", "decreased sensation", "diminished sensation")
    },
    **{f"{nerve} distribution sensory loss": f"{nerve} distribution numbness" for nerve in ("ulnar", "median")},
}
NERVE_SKIN = {
    **_NERVE_SKIN,
    **{f"{key} {but}": f"{key} {but}" for key in _NERVE_SKIN for but in KEEP_AFTER},
    "ulnar and median sensory loss": "ulnar distribution numbness and median distribution numbness",
    "median and ulnar sensory loss": "median distribution numbness and ulnar distribution numbness",
}
"""A hand nerve's numbness, except where a part of its skin is said spared: "ulnar sensory loss sparing the dorsum of
the hand" keeps its own words (the old reading: the dorsal ulnar hand's numbness denied, the lesion at the wrist), for
"sparing" denies the whole clause it is in, and the rewritten numbness read as denied (the clinical review of stop
55)."""
