"""The second, independent read of knowledge v2 part 1 (issue 10, item 7): one data test per row it changed.

docs/review/knowledge-v2-part1-review.md says what each source says; these tests keep the rows saying it.
"""

from __future__ import annotations

import pyoxigraph as ox

from graph.ask.sparql import select
from tests.test_knowledge_v2 import ask, axioms


def test_disc_herniation_is_the_commonest_cause_of_l5_and_s1_radiculopathy_not_their_probability(
    store: ox.Store,
) -> None:
    """About half of symptomatic lumbar herniations are at L4-L5 and half at L5-S1: 'commonly' is a share."""
    for radiculopathy in ("L5_radiculopathy", "S1_radiculopathy"):
        found = axioms(store, "lumbar_disc_herniation", "causes", radiculopathy)
        assert found, radiculopathy
        assert all("frequency" not in a for a in found), radiculopathy
        assert any(a.get("shareOfCases") == "commonly" and "ref_deyo_mirza" in a["source"] for a in found)


def test_harrisons_table_is_cited_for_the_anterior_knee_not_the_medial_knee(store: ox.Store) -> None:
    """Table 48-1 gives the L3 sensory area as the lower anterior thigh and the anterior knee."""
    harrison = "VALUES ?ref { radix:ref_harrison_manual_t48_1 radix:ref_harrison_back_pain }"
    for subject, predicate, target in (
        ("L3_dermatome", "coversRegion", "medial_knee"),
        ("L3_radiculopathy", "hasFinding", "medial_knee_numbness"),
    ):
        assert axioms(store, subject, predicate, target), target
        assert not ask(
            store,
            f"""?a owl:annotatedSource radix:{subject} ; owl:annotatedProperty radix:{predicate} ;
                   owl:annotatedTarget radix:{target} ; dcterms:source ?ref . {harrison}""",
        ), target
    assert ask(
        store,
        """?a owl:annotatedSource radix:L3_dermatome ; owl:annotatedProperty radix:coversRegion ;
             owl:annotatedTarget radix:knee ; dcterms:source radix:ref_harrison_manual_t48_1""",
    )


def test_no_risk_factor_is_stated_twice_by_a_subset_of_its_own_sources(store: ox.Store) -> None:
    rows = select(
        store,
        """SELECT ?a ?s ?o ?ref WHERE { ?a owl:annotatedProperty radix:riskFactorFor ; owl:annotatedSource ?s ;
             owl:annotatedTarget ?o ; dcterms:source ?ref . }""",
    )
    by_triple: dict[tuple[str, str], dict[str, set[str]]] = {}
    for row in rows:
        triple = (row["s"].value, row["o"].value)
        by_triple.setdefault(triple, {}).setdefault(row["a"].value, set()).add(row["ref"].value)
    assert len(by_triple) >= 10
    for triple, sources in by_triple.items():
        sets = list(sources.values())
        for i, one in enumerate(sets):
            assert not any(one < other for j, other in enumerate(sets) if i != j), triple


def test_suris_likelihood_ratio_of_seven_is_labelled_as_the_combination_it_is(store: ox.Store) -> None:
    [row] = select(
        store,
        "SELECT ?population WHERE { radix:fst_patellar_plr_suri2011 radix:population ?population ; radix:value 7.0 }",
    )
    assert "COMBINED with patellar reflex" in row["population"].value


def test_cauda_equina_retention_in_half_to_seven_tenths_is_often(store: ox.Store) -> None:
    [gardner] = [
        a
        for a in axioms(store, "cauda_equina_syndrome", "hasFinding", "urinary_retention")
        if a["source"] == "ref_gardner_ces"
    ]
    assert gardner["frequency"] == "often"


def test_three_seed_only_aggravating_activities_are_corroborated_by_maigne(store: ox.Store) -> None:
    for activity in ("sitting", "coughing", "sneezing"):
        assert any(
            a["source"] == "ref_maigne_sciatica" and a.get("frequency") == "often"
            for a in axioms(store, "S1_radiculopathy", "aggravatedBy", activity)
        ), activity
