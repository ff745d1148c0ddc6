"""How wide a line of text is drawn, and wrapping text to a width, so the server can lay out SVG labels.

An SVG drawn on the server cannot ask the browser how wide a label will be, so labels are measured
here with the advance widths of DejaVu Sans (the sans-serif of most Linux systems and among the
widest common ones), rounded up and scaled by a margin: a label laid out to fit here fits in the
browser's font too, and is wrapped rather than cut.
"""

from __future__ import annotations

MARGIN = 1.08
"""Safety factor over DejaVu Sans's widths (other sans-serif fonts are narrower)."""

_EM = {
    **dict.fromkeys("iljI.,:;'!|", 0.32),
    **dict.fromkeys("frt()[]{}-/ ", 0.45),
    **dict.fromkeys("abcdeghknopqsuvxyz", 0.64),
    **dict.fromkeys("mw", 0.98),
    **dict.fromkeys("0123456789", 0.64),
    **dict.fromkeys("ABCDEFGHJKLNOPQRSTUVXYZ", 0.79),
    **dict.fromkeys("MW", 1.0),
}
DEFAULT_EM = 0.8
"""Width of a character not in the table (accented letters, symbols); CJK and emoji get 1.0 em."""


def text_width(text: str, size: float) -> float:
    """Return an upper bound of the width, in pixels, of ``text`` set at ``size`` pixels.

    >>> text_width("ill", 10) < text_width("mmm", 10)
    True
    """
    ems = sum(_EM.get(char, 1.0 if ord(char) > 0x2E80 else DEFAULT_EM) for char in text)
    return ems * size * MARGIN


def wrap(text: str, width: float, size: float) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` pixels at ``size``; a word too long is split.

    >>> wrap("weakness of the intrinsic foot muscles", 120, 12)
    ['weakness of the', 'intrinsic foot', 'muscles']
    """
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if text_width(candidate, size) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        while text_width(word, size) > width:  # a single word wider than the column: split it
            cut = next((i for i in range(len(word) - 1, 0, -1) if text_width(word[:i] + "-", size) <= width), 1)
            lines.append(word[:cut] + "-")
            word = word[cut:]
        line = word
    if line or not lines:
        lines.append(line)
    return lines
