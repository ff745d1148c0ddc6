"""A plus or minus written alone after a test's name is the test's result: "SLR -, slump -", "FABER +", "Romberg -".

A lone minus had been ignored, so "SLR -" read as a positive straight leg raise. The names are the graph's own: every
finding named "positive X test" (or sign, manoeuvre) gives the test's name X ("straight leg raise", "slr", "slump",
"spurling", "faber", "tinel"), so only a sign after such a name is read, and a dash used as a separator ("Foot drop
- R", "Power: EHL 4/5 - R") or a reflex grade ("KJ R + L +") is left as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

LONE_SIGN = re.compile(
    r"(?<=\S)[ \t]+(?P<sign>[-+\u2212\u2013\u2014])"
    r"(?=[ \t]*(?:$|[,;.)]|[ \t](?:and|bilat\w*|both|b/l|r|l|rt|lt|right|left|sides?)\b))",
    re.IGNORECASE,
)
"""A plus, hyphen, minus sign, en or em dash standing alone before the end of its clause, "and" or a side."""

POSITIVE = "positive "
"""How the graph's names of a test's positive result begin ("positive slump test")."""

AFTER_THE_NAME = re.compile(r" (?:test|tests|sign|manoeuvre|maneuver|at|over)\b.*$")
"""What follows a test's name in the name of its result ("slump test", "tinel sign at the wrist")."""

LONGEST_NAME = 3
"""The most words of a test's name looked for before a sign ("femoral nerve stretch")."""


def test_names(labels: Iterable[str]) -> frozenset[str]:
    """Return the names of the tests whose positive results the graph names ("positive FABER test" -> "faber")."""
    names = set()
    for label in labels:
        lowered = label.lower()
        if lowered.startswith(POSITIVE):
            name = AFTER_THE_NAME.sub("", lowered[len(POSITIVE) :]).strip()
            if name:
                names.add(name)
    return frozenset(names)


class LoneSigns:
    """Rewrites a lone sign after a test's name as "positive" or "negative"."""

    def __init__(self, names: frozenset[str]) -> None:
        self.names = names

    def rewrite(self, text: str, how: list[str]) -> str:
        """Return the text with each lone sign after a test's name written as its word."""

        def word(match: re.Match[str]) -> str:
            before = match.string[: match.start()].split()[-LONGEST_NAME:]
            for size in range(len(before), 0, -1):
                name = " ".join(before[-size:]).lower().rstrip(":")
                if name in self.names:
                    result = "positive" if match.group("sign") == "+" else "negative"
                    how.append(f"'{match.group('sign')}' after {name!r} read as '{result}'")
                    return f" {result}"
            return match.group(0)

        return LONE_SIGN.sub(word, text)
