"""The coverage table in docs/ is generated from the graph, and fails when the two disagree."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from graph.check.coverage import coverage_markdown, coverage_rows

DOC = Path(__file__).resolve().parent.parent / "docs" / "coverage.md"
ROOTS = ["C5", "C6", "C7", "C8", "T1", "L2", "L3", "L4", "L5", "S1"]
NO_STANDARD_REFLEX = {"T1"}
"""T1 has no muscle stretch reflex in clinical use; its row rightly shows none rather than an invented one."""


def test_docs_table_equals_the_graph(store: ox.Store) -> None:
    assert DOC.read_text(encoding="utf-8") == coverage_markdown(store), (
        "docs/coverage.md disagrees with the graph: run `radix coverage -o docs/coverage.md` and review the diff"
    )


def test_every_required_root_has_a_full_row(store: ox.Store) -> None:
    rows = {row["root"]: row for row in coverage_rows(store)}
    for root in ROOTS:
        row = rows[root]
        for column in ("muscles (primary)", "nerves", "reflex", "dermatome", "key sensory point", "tests", "mimics"):
            if column == "reflex" and root in NO_STANDARD_REFLEX:
                assert row[column] == "—", f"{root} is not tested by a standard reflex"
                continue
            assert row[column] != "—", f"{root} has no {column} in the graph"


def test_s1_row_says_what_the_seed_and_textbooks_say(store: ox.Store) -> None:
    row = {row["root"]: row for row in coverage_rows(store)}["S1"]
    assert "gastrocnemius" in row["muscles (primary)"] and "soleus" in row["muscles (primary)"]
    assert "ankle reflex" in row["reflex"]
    assert "tibial nerve" in row["nerves"]
    assert "L5-S1 disc herniation" in row["herniations"]
