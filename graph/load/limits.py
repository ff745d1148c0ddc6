"""Limits that keep a hostile RDF file from exhausting memory or time while it is loaded.

Two ways a small file becomes a large dataset, both seen in issue 14:

* **XML entity expansion** ("billion laughs"). Oxigraph's RDF/XML parser expands the entities an
  RDF/XML file declares in its DOCTYPE (``<!ENTITY lol "&lol9;&lol9;...">``), and offers no limit: a
  1 KB file grew the process to 20 GB. :func:`check_entities` works out, before the parser runs and
  without expanding anything, how many bytes the file's entity references would add, and refuses the
  file when that passes ``max_entity_expansion``.
* **Huge literals.** A literal may be as long as the file (a 792-byte file expanded to a 30 MB one).
  Oxigraph's Turtle and N-Quads parsers stop at 16 MiB per term with a ``MemoryError``, which also
  means a dataset holding a longer literal cannot be reloaded from its N-Quads snapshot by the query
  workers. :func:`checked` refuses any literal longer than ``max_literal_length`` characters while
  the file is read, and the setting is kept well under what a snapshot can hold.

Both raise :class:`~graph.errors.SourceFileError` (``radix: FILE: message``, exit 2).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from graph.errors import SourceFileError

PARSER_TERM_LIMIT = 16 * 1024 * 1024
"""Oxigraph's Turtle, TriG, N-Triples and N-Quads parsers read no term longer than this many bytes."""
MAX_LITERAL_SETTING = 2_000_000
"""The highest ``max_literal_length`` accepted: even written with the longest escapes of N-Quads
(six bytes for one character), such a literal stays inside :data:`PARSER_TERM_LIMIT`, so the
snapshot the query workers load always parses."""


@dataclass(frozen=True)
class LoadLimits:
    """How long a literal may be (characters), and how many bytes XML entity references may add."""

    max_literal_length: int = 1_000_000
    max_entity_expansion: int = 16 * 1024 * 1024

    def __post_init__(self) -> None:
        if not 0 < self.max_literal_length <= MAX_LITERAL_SETTING:
            raise ValueError(f"the literal length limit must be between 1 and {MAX_LITERAL_SETTING:,} characters")
        if self.max_entity_expansion < 0:
            raise ValueError("the entity expansion limit cannot be negative")


_DECLARATION = re.compile(rb"<!ENTITY\s+(%\s*)?([^\s\"'>%]+)\s*(?:\"([^\"]*)\"|'([^']*)'|[^>]*)>")
_REFERENCE = re.compile(rb"[&%]([^\s;&%<>\"'#][^\s;&%<>\"']*);")
_PREDEFINED = frozenset({b"lt", b"gt", b"amp", b"quot", b"apos"})
TOO_MUCH = 1 << 62
"""The size given to an entity once it is known to pass the limit (its exact size is not needed)."""


def check_entities(path: Path, limit: int) -> None:
    """Refuse the RDF/XML file ``path`` if its entity references would add more than ``limit`` bytes.

    The count is an upper bound that expands nothing: each entity's expanded size is computed from
    its declaration (the sizes of the entities it refers to, memoised, so a chain of ten entities
    each referring ten times to the next costs ten steps, not ten billion), and every reference in
    the file (declarations included) is counted at that size. A file that declares no entity costs
    one scan of its bytes.
    """
    data = path.read_bytes()
    if b"<!ENTITY" not in data:
        return
    declared: dict[bytes, bytes] = {}
    for match in _DECLARATION.finditer(data):
        name, value = match.group(2), match.group(3) if match.group(3) is not None else match.group(4) or b""
        if len(value) >= len(declared.get(name, b"")):  # declared twice: count the larger
            declared[name] = value
    sizes: dict[bytes, int] = {}

    def size(name: bytes, chain: tuple[bytes, ...]) -> int:
        if name in sizes:
            return sizes[name]
        if name in chain:
            raise SourceFileError(str(path), f"the XML entity {name.decode(errors='replace')!r} refers to itself")
        value = declared[name]
        total = len(value)
        for reference in _REFERENCE.finditer(value):
            if reference.group(1) in declared:
                total += size(reference.group(1), (*chain, name)) - len(reference.group())
            if total > limit:
                total = TOO_MUCH  # no need to know how much more
                break
        sizes[name] = total
        return total

    added = 0
    for reference in _REFERENCE.finditer(data):
        name = reference.group(1)
        if name in declared and name not in _PREDEFINED:
            try:
                added += size(name, ()) - len(reference.group())
            except RecursionError:
                raise SourceFileError(str(path), "its XML entities refer to each other too deeply") from None
            if added > limit:
                raise SourceFileError(
                    str(path),
                    f"its XML entities would expand it by more than {limit:,} bytes (the entity expansion "
                    "limit; an entity declared as many references to another multiplies); raise the limit "
                    "with --max-entity-expansion if the file is trusted",
                )


def checked(quads: Iterable[ox.Quad], path: Path, limits: LoadLimits, graph: ox.NamedNode | None) -> Iterator[ox.Quad]:
    """Pass ``quads`` on, moved into ``graph`` when given, refusing any literal longer than the limit."""
    longest = limits.max_literal_length
    for quad in quads:
        term = quad.object
        if isinstance(term, ox.Literal) and len(term.value) > longest:
            raise SourceFileError(
                str(path),
                f"a literal of {len(term.value):,} characters (of {quad.subject}) is longer than the "
                f"{longest:,} allowed; raise the limit with --max-literal-length if the file is trusted",
            )
        if graph is not None and isinstance(quad.graph_name, ox.DefaultGraph):
            quad = ox.Quad(quad.subject, quad.predicate, quad.object, graph)
        yield quad
