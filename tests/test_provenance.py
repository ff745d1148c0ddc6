"""Every clinical assertion carries its source and evidence, while the plain triple stays directly queryable."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from graph.ask.namedqueries import load_named_queries
from graph.ask.sparql import display, run, select, table
from graph.check.validate import validate
from graph.load.store import load_graph, oxigraph_store


def test_plain_triple_is_directly_queryable(store: ox.Store) -> None:
    assert bool(run(store, "ASK { radix:S1_radiculopathy radix:hasFinding radix:diminished_or_absent_ankle_reflex }"))


def test_every_radix_assertion_has_source_and_evidence(store: ox.Store) -> None:
    unsourced = select(
        store,
        """SELECT ?s ?p ?o WHERE { ?s ?p ?o . ?p a owl:ObjectProperty .
             FILTER(STRSTARTS(STR(?p), "https://w3id.org/radix/"))
             FILTER NOT EXISTS { ?s a radix:Measurement }  # a number carries its source on itself
             FILTER NOT EXISTS { ?a owl:annotatedSource ?s ; owl:annotatedProperty ?p ; owl:annotatedTarget ?o ;
                                    dcterms:source ?source ; obo:RO_0002558 ?evidence } }""",
    )
    assert unsourced == []


def test_evidence_codes_are_imported_eco_classes(store: ox.Store) -> None:
    codes = select(
        store,
        "SELECT DISTINCT ?eco ?label WHERE { ?a obo:RO_0002558 ?eco . OPTIONAL { ?eco rdfs:label ?label } }",
    )
    assert codes
    assert all("label" in row and row["eco"].value.startswith("http://purl.obolibrary.org/obo/ECO_") for row in codes)


def test_seed_assertions_say_they_lack_traceable_support(store: ox.Store) -> None:
    evidence = select(store, "SELECT DISTINCT ?eco WHERE { ?a dcterms:source radix:ref_seed ; obo:RO_0002558 ?eco }")
    assert [display(row["eco"]) for row in evidence] == ["ECO:0000303"]


def test_two_sources_of_one_fact_are_both_kept(store: ox.Store) -> None:
    rows = select(
        store,
        """SELECT DISTINCT ?source WHERE { ?a owl:annotatedSource radix:S1_radiculopathy ;
             owl:annotatedProperty radix:hasFinding ; owl:annotatedTarget radix:diminished_or_absent_ankle_reflex ;
             dcterms:source ?source }""",
    )
    assert {display(row["source"]) for row in rows} >= {"radix:ref_seed", "radix:ref_tarulli_raynor"}


def test_contested_variants_are_kept_with_their_sources(mini_ontology: Path, append_row: Callable[..., None]) -> None:
    """Two references disagree on which root supplies a muscle: both variants stay, each with its source."""
    facts = mini_ontology / "facts" / "s1.tsv"
    note = "references disagree on the main root"
    # columns after evidence: frequency, share_of_cases, qualifiers, contested, variant, consensus, sequence, note
    group = ("", "", "", "soleus_roots")
    append_row(
        facts, "soleus", "hasPrimaryRoot", "S1_root", "ref_gray", "ECO:0000304", *group, "primary", "yes", "", note
    )
    append_row(
        facts,
        "soleus",
        "hasContributingRoot",
        "S1_root",
        "ref_kendall",
        "ECO:0000304",
        *group,
        "contributing",
        "",
        "",
        note,
    )
    graph = load_graph(mini_ontology)
    report = validate(graph, mini_ontology)
    assert report.by_check("contested-without-variant") == [] and report.by_check("contest-consensus") == []
    store = oxigraph_store(graph)
    answer = run(store, load_named_queries()["contested_facts"].text)
    assert isinstance(answer, ox.QuerySolutions)
    rows = [dict(zip(answer.variables, row, strict=True)) for row in table(answer).rows]
    rows = [row for row in rows if row[ox.Variable("contest")].value.endswith("contest_soleus_roots")]  # type: ignore[union-attr]
    assert len(rows) == 2
    consensus = {row[ox.Variable("variant")].value: row[ox.Variable("consensus")].value for row in rows}  # type: ignore[union-attr]
    assert consensus == {"primary": "true", "contributing": "false"}
    sources = {row[ox.Variable("variant")].value: row[ox.Variable("sources")].value for row in rows}  # type: ignore[union-attr]
    assert sources == {
        "primary": "Gray's Anatomy: The Anatomical Basis of Clinical Practice (42nd ed.)",
        "contributing": "Kendall et al., Muscles: Testing and Function with Posture and Pain (5th ed.)",
    }
