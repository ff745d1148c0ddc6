"""When "below T8" or "from T8 down" in a note is a sensory level: only in a clause that may say a sensory loss.

``quantities.py`` reads a level after "below", or a thoracic level between "from" and "down", as the graph's sensory
level on the trunk (a sign of the cord). The reviews of stop 41 found it read so in clauses of no loss ("no sensory
loss below T6", "sensation normal from T5 down"), of pain or a rash ("pain from T12 down to the groin": a band, not a
level) and of an operation's or a scan's extent ("fusion from T10 down"); these words now keep it unread.
"""

from __future__ import annotations

import re

THORACIC_LEVEL = re.compile(r"^t\d{1,2}$")
"""A level "from" which loss runs down is a sensory level only when thoracic ("reduced pinprick from L1 down" is no
level of the trunk)."""
SENSORY_LOSS_WORDS = frozenset({
    "numb", "numbness", "pp", "pinprick", "pin", "prick", "lt", "touch", "sensation", "sensory", "anaesthesia",
    "anesthesia", "hypoaesthesia", "hypoesthesia", "hypaesthesia", "↓", "reduced", "decreased", "loss", "lost",
    "absent", "diminished", "impaired", "altered", "temperature", "feel", "feeling",
})  # fmt: skip
"""Words of sensation or its loss: "from T5 down" is a sensory level only in a clause holding one."""
NOT_A_LOSS_WORDS = frozenset({
    "no", "not", "nil", "normal", "intact", "preserved", "pain", "painful", "ache", "aching", "burning", "rash",
    "scar", "fusion", "fused", "instrumented", "instrumentation", "mri", "ct", "x-ray", "xray", "scan", "radiotherapy",
})  # fmt: skip
"""Words of a clause that is no sensory loss: a normal or denied one, a path of pain or a rash (a band, not a level),
an operation or a scan's extent ("no sensory loss below T6", "pain from T12 down to the groin", "fusion from T10
down"; the reviews of stop 41)."""


def a_loss(tokens: list[str], index: int, *, sensory_word: bool) -> bool:
    """Return True when the clause around ``tokens[index]`` (between commas or ``;``) may say a sensory loss.

    None of :data:`NOT_A_LOSS_WORDS`, and, when ``sensory_word``, one of :data:`SENSORY_LOSS_WORDS`.
    """
    start = max((i + 1 for i in range(index) if tokens[i] in (",", ";")), default=0)
    end = next((i for i in range(index, len(tokens)) if tokens[i] in (",", ";")), len(tokens))
    clause = set(tokens[start:end])
    return not NOT_A_LOSS_WORDS & clause and (not sensory_word or bool(SENSORY_LOSS_WORDS & clause))
