"""The ROBOT-style quality checks: SPARQL files in ``ontology/checks/`` that must return no rows.

Each file selects ``?entity ?property ?value`` and is headed, as in ROBOT's report queries::

    # # Title
    # Problem: what is wrong when the query returns a row
    # Solution: how to fix it
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from graph.ask.sparql import display, run, table
from graph.check.report import Violation
from graph.errors import NamedQueryError
from graph.paths import CHECKS_DIR


@dataclass(frozen=True)
class Check:
    """One quality check: its name (file stem), title, problem, solution and query."""

    name: str
    title: str
    problem: str
    solution: str
    query: str


def parse_check(path: Path) -> Check:
    """Read a check file, failing with its name if the header lacks a title, Problem or Solution."""
    text = path.read_text(encoding="utf-8")
    fields = {}
    for key, pattern in (
        ("title", r"^# # (.+)$"),
        ("problem", r"^# Problem: (.+)$"),
        ("solution", r"^# Solution: (.+)$"),
    ):
        match = re.search(pattern, text, flags=re.MULTILINE)
        if match is None:
            raise NamedQueryError(f"{path}: the check header lacks its {key} line")
        fields[key] = match.group(1).strip()
    return Check(path.stem.removesuffix("-violation"), fields["title"], fields["problem"], fields["solution"], text)


def load_checks(folder: Path = CHECKS_DIR) -> list[Check]:
    """Return every ``*-violation.rq`` check of ``folder``, in name order."""
    return [parse_check(path) for path in sorted(folder.glob("*-violation.rq"))]


def run_check(store: ox.Store, check: Check) -> list[Violation]:
    """Run one check on ``store``; each returned row becomes a violation."""
    answer = run(store, check.query)
    if not isinstance(answer, ox.QuerySolutions):
        raise NamedQueryError(f"check {check.name} must be a SELECT query")
    rows = table(answer)
    violations = []
    for row in rows.rows:
        cells = dict(zip(rows.variables, row, strict=True))
        entity = cells.get("entity")
        detail = " ".join(part for part in (display(cells.get("property")), display(cells.get("value"))) if part)
        violations.append(
            Violation(check.name, entity.value if entity is not None else "", check.problem, check.solution, detail)
        )
    return violations
