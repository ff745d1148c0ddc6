"""``radix export --format kgx``: KGX node and edge TSV, validated against the Biolink model with bmt.

The Biolink Model Toolkit reads the model shipped in the ``biolink-model`` package (no download): every
category and predicate must exist and be concrete, predicates must fit their Biolink domain and range,
every column must be a Biolink slot (two documented Radix extras aside), enum values permissible.
"""

from __future__ import annotations

import csv
from importlib.resources import files
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from bmt import Toolkit

from graph.ask.kgx import EDGE_COLUMNS, EXTRA_EDGE_COLUMNS, NODE_COLUMNS, write_kgx
from graph.cli import main


@pytest.fixture(scope="module")
def toolkit() -> Toolkit:
    """Load the Biolink model bundled with the biolink-model package (no predicate map: it would be fetched)."""
    schema = str(files("biolink_model") / "schema" / "biolink_model.yaml")
    return Toolkit(schema=schema, predicate_map={"predicate mappings": []})


@pytest.fixture(scope="module")
def kgx(store: ox.Store, tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """Write the KGX export of the session graph and read both files back."""
    output = tmp_path_factory.mktemp("kgx")
    counts = write_kgx(store, output)
    tables = []
    for name in ("radix_nodes.tsv", "radix_edges.tsv"):
        with (output / name).open(encoding="utf-8", newline="") as handle:
            tables.append(list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)))
    assert [len(table) for table in tables] == [counts["nodes"], counts["edges"]]
    return tables[0], tables[1]


def _concrete(toolkit: Toolkit, name: str) -> bool:
    element: Any = toolkit.get_element(name)
    return element is not None and not element.abstract and not element.mixin


def test_every_category_is_a_concrete_biolink_class(kgx: Any, toolkit: Toolkit) -> None:
    nodes, _ = kgx
    categories = {row["category"] for row in nodes}
    assert {"biolink:Disease", "biolink:PhenotypicFeature", "biolink:GrossAnatomicalStructure"} <= categories
    for category in categories:
        assert toolkit.is_category(category) and _concrete(toolkit, category), category


def test_every_predicate_is_a_concrete_biolink_predicate_within_its_domain_and_range(
    kgx: Any, toolkit: Toolkit
) -> None:
    nodes, edges = kgx
    category = {row["id"]: row["category"] for row in nodes}
    for predicate in {row["predicate"] for row in edges}:
        assert toolkit.is_predicate(predicate) and _concrete(toolkit, predicate), predicate
    for row in edges:
        element: Any = toolkit.get_element(row["predicate"])
        for end, constraint in (("subject", element.domain), ("object", element.range)):
            if constraint is not None:
                allowed = toolkit.get_descendants(constraint, formatted=True)
                assert category[row[end]] in allowed, f"{row['predicate']} {end} {row[end]} is {category[row[end]]}"


def test_every_column_is_a_biolink_slot(toolkit: Toolkit) -> None:
    slots = set(toolkit.get_all_slots(formatted=False))
    for column in (*NODE_COLUMNS, *(c for c in EDGE_COLUMNS if c not in EXTRA_EDGE_COLUMNS)):
        assert column in slots or column.replace("_", " ") in slots, column


def test_edges_carry_knowledge_source_level_agent_and_evidence(kgx: Any, toolkit: Toolkit) -> None:
    nodes, edges = kgx
    ids = {row["id"] for row in nodes}
    levels = toolkit.view.get_enum("KnowledgeLevelEnum").permissible_values
    agents = toolkit.view.get_enum("AgentTypeEnum").permissible_values
    assert len({row["id"] for row in edges}) == len(edges)
    for row in edges:
        assert row["subject"] in ids and row["object"] in ids
        assert row["knowledge_level"] in levels and row["agent_type"] in agents
        assert row["primary_knowledge_source"].startswith("infores:")
        assert row["publications"], f"{row['subject']} {row['original_predicate']} {row['object']} cites nothing"


def test_the_seed_facts_reach_biolink(kgx: Any) -> None:
    _, edges = kgx
    by_triple = {(row["subject"], row["predicate"], row["object"]): row for row in edges}
    finding = by_triple[("radix:S1_radiculopathy", "biolink:has_phenotype", "radix:diminished_or_absent_ankle_reflex")]
    assert finding["has_evidence"] and "radix:ref_" in finding["publications"]
    assert ("radix:S1_radiculopathy", "biolink:broad_match", "MONDO:0002959") in by_triple
    innervation = by_triple[("radix:gastrocnemius", "biolink:related_to", "radix:S1_root")]
    assert innervation["original_predicate"] == "radix:hasPrimaryRoot"
    lacks = [row for row in edges if row["original_predicate"] == "radix:typicallyLacksFinding"]
    assert lacks and all(row["predicate"] == "biolink:has_phenotype" and row["negated"] == "True" for row in lacks)


def test_kgx_export_needs_a_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["export", "--format", "kgx"]) == 2
    assert "-o DIR" in capsys.readouterr().err
    assert main(["export", "--format", "kgx", "-o", str(tmp_path / "kgx")]) == 0
    assert (tmp_path / "kgx" / "radix_edges.tsv").is_file()
