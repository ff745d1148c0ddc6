"""Turn the SPARQL parser's error into a line, a column and a short message a person can act on.

Oxigraph reports a syntax error as ``error at LINE:COLUMN: expected one of ...`` followed by every
token its grammar would accept there: dozens, character classes included. People need where, what
was found there, and the few likely tokens. :func:`syntax_error` builds that message and keeps the
position on the error, so the query page can put the cursor on it.
"""

from __future__ import annotations

import re

from graph.errors import QuerySyntaxError

POSITION = re.compile(r"^error at (\d+):(\d+): (.*)$", re.DOTALL)
TOKEN = re.compile(r'"((?:[^"\\]|\\.)*)"|(\[[^\]]*\])|([A-Za-z][A-Za-z0-9_ ]*[A-Za-z0-9_]|[A-Za-z])')
SHOWN = 6
"""How many expected tokens the message names (the rest are counted)."""
KINDS = {
    "'": "a string", '"': "a string", "'''": "a string", '"""': "a string",
    "?": "a variable", "$": "a variable", "<": "an IRI", "_:": "a blank node", "[": "a blank node",
}  # fmt: skip
"""Tokens that start a kind of term, named by the kind."""


def _priority(token: str) -> tuple[int, str]:
    """Rank closing brackets first (the usual slip), then kinds of term, keywords, other punctuation."""
    if token in ('"}"', '")"', '"]"'):
        return (0, token)
    if token.startswith(("a ", "an ")):
        return (1, token)
    return (2 if not token.startswith('"') else 3, token)


def expected_tokens(expectation: str) -> list[str]:
    """Return the readable tokens of the parser's ``expected one of ...`` list, in its order.

    Quoted tokens and keywords are kept; character classes become ``a name`` or ``a number``.

    >>> expected_tokens('expected one of "(", "{", "?", LATERAL, [\\'0\\'..=\\'9\\'], [_]')
    ['"("', '"{"', 'a variable', 'LATERAL', 'a number']
    """
    body = re.sub(r"^expected (one of )?", "", expectation.strip())
    tokens: list[str] = []
    for quoted, character_class, word in TOKEN.findall(body):
        if quoted:
            plain = quoted.replace('\\"', '"').replace("\\'", "'").replace("\\\\", "\\")
            token = KINDS.get(plain, f'"{plain}"')
        elif character_class:
            if "'A'" in character_class:
                token = "a name"
            elif "'0'" in character_class:
                token = "a number"
            else:
                continue
        else:
            token = word
        if token not in tokens:
            tokens.append(token)
    return tokens


def _offset(text: str, line: int, column: int) -> int:
    """Return the character offset of a 1-based line and column in ``text``."""
    lines = text.split("\n")
    before = sum(len(previous) + 1 for previous in lines[: line - 1])
    return min(len(text), before + column - 1)


def short_message(text: str, line: int, column: int, expectation: str) -> str:
    """Say what is wrong at ``line``:``column`` of ``text`` in one short sentence."""
    offset = _offset(text, line, column)
    if "Prefix not found" in expectation:
        start = offset
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-.:"):
            start -= 1
        prefix = text[start:offset].split(":", 1)[0]
        return f"unknown prefix '{prefix}:'; declare it with PREFIX {prefix}: <namespace IRI>"
    tokens = sorted((token for token in expected_tokens(expectation) if token != "Prefix not found"), key=_priority)
    wanted = ", ".join(tokens[:SHOWN]) + (f" or {len(tokens) - SHOWN} more" if len(tokens) > SHOWN else "")
    rest = text[offset:]
    if not rest.strip():
        found = "the query ends here"
    else:
        word = re.match(r"[\w:?$]{1,30}|\S", rest.lstrip())
        found = f"unexpected '{word.group(0) if word else rest[:1]}'"
    return f"{found}; expected {wanted}" if wanted else found


def syntax_error(message: str, text: str) -> QuerySyntaxError:
    """Return the :class:`QuerySyntaxError` for the parser's ``message`` about ``text``, position included."""
    match = POSITION.match(message.strip())
    if match is None:
        return QuerySyntaxError(f"malformed SPARQL query: {message}")
    line, column = int(match.group(1)), int(match.group(2))
    short = short_message(text, line, column, match.group(3))
    return QuerySyntaxError(f"malformed SPARQL query at line {line}, column {column}: {short}", line, column)
