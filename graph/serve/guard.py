"""Cheap lexical checks run on untrusted SPARQL before it reaches the engine.

The guard refuses what must never run: a query longer than the size limit, one nested deeper than the
engine can evaluate without overflowing its stack (3,000 nested braces crash pyoxigraph), a SPARQL
Update, and a ``SERVICE`` clause whose endpoint is not in the allow-list (both engines would otherwise
call any URL). It works on tokens, so keywords inside strings, IRIs and comments are not mistaken for
clauses, and the endpoint IRI is compared after resolving prefixes and ``\\u`` escapes as the engine
would. It is a first line: the query workers also run without network (see :mod:`graph.serve.sandbox`).

A fast path skips the tokenizer when the text cannot hold a problem (few brackets, no "service").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from urllib.parse import urljoin

from graph.serve.query_errors import QueryTooComplexError, QueryTooLargeError, ServiceRefusedError, UpdateRefusedError

_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
    | (?P<comment>\#[^\r\n]*)
    | (?P<iri><(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>)
    | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
                 |"(?:[^"\\\r\n]|\\.)*"|'(?:[^'\\\r\n]|\\.)*')
    | (?P<var>[?$][\w\u00B7\u0300-\u036F\u203F-\u2040]+)
    | (?P<run>[^\W\d_][\w.\-\u00B7]*+)
      (?P<local>:(?:[\w:%\-\u00B7]|\\[_~.\-!$&'()*+,;=/?\#@%]|\.(?=[\w:%\-]))*)?
    | (?P<pname>:(?:[\w:%\-\u00B7]|\\[_~.\-!$&'()*+,;=/?\#@%]|\.(?=[\w:%\-]))*)
    | (?P<word>[^\W\d]\w*)
    | (?P<open>[{(\[])
    | (?P<close>[})\]])
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
"""SPARQL's tokens, as far as the guard needs them, read in one left-to-right pass.

A word and a prefixed name share their start (``rdfs`` / ``rdfs:label``), so both are read as one
``run`` of name characters, taken whole (the possessive ``*+`` never gives any back), followed or not
by a colon and a local part. Trying the prefixed name as an alternative of its own made the engine
re-scan a long run of name characters from every position in it, quadratic in its length: a 64 KB
query of ``a-a-a-...`` cost 20 s of the serving process (issue 14). A run without a colon is then cut
into the words and single characters the old tokenizer made of it, so the tokens are the same."""
_WORD = re.compile(r"[^\W\d]\w*")
_RUN_PART = re.compile(r"[^\W\d]\w*|.", re.DOTALL)

UPDATE_KEYWORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"})
QUERY_FORMS = frozenset({"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"})
NONDETERMINISTIC = frozenset({"RAND", "NOW", "UUID", "STRUUID", "BNODE"})
"""Functions whose value changes between runs: a query using one must not be answered from a cache."""

_UPDATE_WORDS = ("insert", "delete", "load", "clear", "create", "drop", "copy", "move", "add")
_NONDETERMINISTIC_WORDS = ("rand", "now", "uuid", "bnode")
_MAYBE_UPDATE = re.compile(r"(?<![\w?$:])(?:insert|delete|load|clear|create|drop|copy|move|add)(?![\w:])")
_MAYBE_NONDETERMINISTIC = re.compile(r"(?<![\w?$:])(?:rand|now|uuid|struuid|bnode)\s*\(")
"""Loose screens for the fast path, on the lower-cased text: substrings first (cheap), then a regex."""
_UNICODE_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


@dataclass(frozen=True)
class Limits:
    """What the guard lets through: size in UTF-8 bytes, bracket nesting depth, SERVICE endpoints."""

    max_bytes: int = 64 * 1024
    max_depth: int = 128
    service_allow: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class Profile:
    """What the guard learnt about a query it let through.

    ``form`` is the query form keyword (``SELECT`` ...) or None when the fast path skipped the
    tokenizer; ``cacheable`` is False when the answer may change between runs (RAND, NOW, SERVICE...).
    """

    form: str | None
    cacheable: bool
    services: tuple[str, ...] = ()


def check(query: str, limits: Limits, prefixes: Mapping[str, str] | None = None) -> Profile:
    """Return the :class:`Profile` of ``query``, or raise why it must not run.

    Raises :class:`QueryTooLargeError`, :class:`QueryTooComplexError`, :class:`UpdateRefusedError`
    or :class:`ServiceRefusedError`. ``prefixes`` are the predeclared prefixes the engine will use.
    """
    size = len(query.encode("utf-8", "surrogatepass"))
    if size > limits.max_bytes:
        raise QueryTooLargeError(size, limits.max_bytes)
    lowered = query.lower()
    brackets = query.count("{") + query.count("(") + query.count("[")
    if (
        brackets <= limits.max_depth
        and "service" not in lowered
        and not _mentions(lowered, _UPDATE_WORDS, _MAYBE_UPDATE)
    ):
        return Profile(form=None, cacheable=not _mentions(lowered, _NONDETERMINISTIC_WORDS, _MAYBE_NONDETERMINISTIC))
    return _scan(query, limits, prefixes or {})


def _mentions(lowered: str, words: tuple[str, ...], pattern: re.Pattern[str]) -> bool:
    """Say whether ``pattern`` matches; tried only when one of ``words`` occurs (regexes are slow here)."""
    return any(word in lowered for word in words) and pattern.search(lowered) is not None


def _scan(query: str, limits: Limits, predeclared: Mapping[str, str]) -> Profile:
    """Tokenize ``query`` and apply every rule (the slow, exact path)."""
    prefixes = dict(predeclared)
    base: str | None = None
    depth = 0
    form: str | None = None
    cacheable = True
    services: list[str] = []
    positions, tokens = _tokens(query)
    for index, (kind, text) in enumerate(tokens):
        if kind == "open":
            depth += 1
            if depth > limits.max_depth:
                raise QueryTooComplexError(
                    f"the query nests brackets more than {limits.max_depth} deep (at character "
                    f"{positions[index]}); flatten the nested groups or expressions"
                )
        elif kind == "close":
            depth = max(0, depth - 1)
        elif kind == "word":
            keyword = text.upper()
            if form is None:
                if keyword == "PREFIX" and index + 2 < len(tokens) and tokens[index + 2][0] == "iri":
                    prefixes[tokens[index + 1][1].rstrip(":")] = _resolve(tokens[index + 2][1], base) or ""
                elif keyword == "BASE" and index + 1 < len(tokens) and tokens[index + 1][0] == "iri":
                    base = _resolve(tokens[index + 1][1], base)
                elif keyword in UPDATE_KEYWORDS:
                    raise UpdateRefusedError(
                        f"{keyword} is a SPARQL Update; this endpoint is read-only and answers queries only"
                    )
                elif keyword in QUERY_FORMS:
                    form = keyword
            if keyword in NONDETERMINISTIC:
                cacheable = False
            elif keyword == "SERVICE":
                services.append(_service_endpoint(tokens, index, prefixes, base, limits.service_allow))
                cacheable = False
    return Profile(form=form, cacheable=cacheable, services=tuple(services))


def _tokens(query: str) -> tuple[list[int], list[tuple[str | None, str]]]:
    """Return the tokens of ``query`` but spaces and comments, as (kind, text), and where each starts."""
    positions: list[int] = []
    tokens: list[tuple[str | None, str]] = []
    for match in _TOKEN.finditer(query):
        kind, text, start = match.lastgroup, match.group(), match.start()
        if kind in ("space", "comment"):
            continue
        if kind == "run" and not _WORD.fullmatch(text):  # "a-b" is the word a, the character -, the word b
            for part in _RUN_PART.finditer(text):
                positions.append(start + part.start())
                tokens.append(("word" if _WORD.fullmatch(part.group()) else "other", part.group()))
            continue
        positions.append(start)
        tokens.append(({"run": "word", "local": "pname"}.get(kind or "", kind), text))
    return positions, tokens


def _service_endpoint(
    tokens: list[tuple[str | None, str]],
    index: int,
    prefixes: Mapping[str, str],
    base: str | None,
    allowed: Collection[str],
) -> str:
    """Return the endpoint IRI of the SERVICE keyword at ``index`` if it is allowed; else refuse."""
    following = tokens[index + 1 : index + 3]
    if following and following[0][0] == "word" and following[0][1].upper() == "SILENT":
        following = following[1:]
    kind, text = following[0] if following else (None, "")
    endpoint: str | None = None
    if kind == "iri":
        endpoint = _resolve(text, base)
    elif kind == "pname":
        prefix, _, local = text.partition(":")
        if prefix in prefixes:
            endpoint = prefixes[prefix] + re.sub(r"\\(.)", r"\1", local)
    if endpoint is None:
        raise ServiceRefusedError(
            f"SERVICE {text or '(nothing)'}: the endpoint of a SERVICE clause must be written as a full IRI "
            "from the allow-list; a variable or an unresolved name is refused"
        )
    if endpoint not in allowed:
        listed = ", ".join(f"<{iri}>" for iri in sorted(allowed)) or "none (this endpoint queries only its own data)"
        raise ServiceRefusedError(f"SERVICE <{endpoint}> is not allowed; the allowed endpoints are: {listed}")
    return endpoint


def _resolve(token: str, base: str | None) -> str | None:
    """Return the absolute IRI of an IRIREF token (escapes decoded, resolved against ``base``); None if relative."""
    iri = _UNICODE_ESCAPE.sub(lambda match: chr(int(match.group(1) or match.group(2), 16)), token[1:-1])
    if re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:", iri):
        return iri
    return urljoin(base, iri) if base else None
