"""Read the tab-separated files of ``ontology/`` row by row, with file and line for every error.

The files are plain TSV: one header row, no quoting, ``|`` between the values of a multi-valued
cell, lines starting with ``#`` before the header are comments (SSSOM keeps its metadata there).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from graph.errors import SourceFileError


@dataclass(frozen=True)
class Row:
    """One data row: its cells by column name, and where it came from."""

    path: Path
    line: int
    cells: dict[str, str]

    def get(self, column: str) -> str:
        """Return the stripped cell of ``column`` ('' when the column is absent or empty)."""
        return self.cells.get(column, "").strip()

    def values(self, column: str) -> list[str]:
        """Return the ``|``-separated values of ``column``, stripped, empty ones dropped."""
        return [value.strip() for value in self.get(column).split("|") if value.strip()]

    def error(self, message: str) -> SourceFileError:
        """Build the error for this row, naming file and line."""
        return SourceFileError(str(self.path), message, self.line)


def read_rows(path: Path, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> Iterator[Row]:
    """Yield the rows of the TSV file ``path``, checking its header against the allowed columns.

    Columns not in ``required`` or ``optional`` are allowed only when their name is a CURIE
    (``radix:segmentIndex``): such a column holds the values of that property.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceFileError(str(path), f"cannot read: {exc}") from exc
    header: list[str] | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        if header is None:
            if raw.startswith("#") or not raw.strip():
                continue
            header = [name.strip() for name in raw.split("\t")]
            _check_header(path, number, header, required, optional)
            continue
        if not raw.strip():
            continue
        values = raw.split("\t")
        if len(values) > len(header):
            raise SourceFileError(str(path), f"{len(values)} cells but the header has {len(header)} columns", number)
        cells = dict(zip(header, values, strict=False))
        yield Row(path, number, cells)
    if header is None:
        raise SourceFileError(str(path), "no header row")


def _check_header(
    path: Path, line: int, header: list[str], required: tuple[str, ...], optional: tuple[str, ...]
) -> None:
    missing = [name for name in required if name not in header]
    if missing:
        raise SourceFileError(str(path), f"header lacks column(s) {', '.join(missing)}", line)
    seen: set[str] = set()
    for name in header:
        if name in seen:
            raise SourceFileError(str(path), f"column {name!r} appears twice in the header", line)
        seen.add(name)
        if name not in required and name not in optional and ":" not in name:
            allowed = ", ".join(required + optional)
            raise SourceFileError(
                str(path), f"unknown column {name!r}; columns are {allowed} or a property CURIE", line
            )
