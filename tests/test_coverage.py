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


def test_contest_marks_follow_the_consensus_variant(store: ox.Store) -> None:
    """`*` marks a contest group's consensus variant and `†` another variant (issue 10, item 8)."""
    rows = {row["root"]: row for row in coverage_rows(store)}
    assert "patellar reflex*" in rows["L4"]["reflex"] and "patellar reflex†" in rows["L2"]["reflex"]
    assert "index finger*" in rows["C6"]["dermatome"] and "index finger†" in rows["C7"]["dermatome"]
    assert "tibialis anterior*" in rows["L5"]["muscles (primary)"]
    assert "tibialis anterior†" in rows["L4"]["muscles (primary)"]
    assert "ankle reflex*" in rows["S1"]["reflex"]
    assert not any(cell.endswith("*") for cell in rows["L2"]["reflex"].split(", ") if "patellar" in cell)


def test_each_root_level_consensus_variant_is_marked(store: ox.Store) -> None:
    """Each contest group over a primary root or a reflex root shows its consensus variant with `*`."""
    from graph.ask.sparql import select

    consensus = {
        row["n"].value
        for row in select(
            store,
            """SELECT (COUNT(DISTINCT ?group) AS ?n) WHERE { ?a radix:consensus true ; radix:inContest ?group ;
               owl:annotatedProperty ?p . VALUES ?p { radix:hasPrimaryRoot radix:testsRoot } }""",
        )
    }
    assert consensus and int(next(iter(consensus))) > 0
    marked = sum(
        cell.endswith("*")
        for row in coverage_rows(store)
        for column in ("muscles (primary)", "reflex")
        for cell in row[column].split(", ")
    )
    assert marked >= int(next(iter(consensus))), "each consensus variant of a root-level contest shows once with `*`"
