"""The second, independent read of knowledge v2 part 2 (issue 11, item 9): one data test per row it changed.

docs/review/knowledge-v2-part2-review.md says what each source says; these tests keep the rows saying it,
and each fails on the row as part 2 first wrote it.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pyoxigraph as ox

from tests.test_knowledge_v2 import axioms

MAPPINGS = Path(__file__).resolve().parent.parent / "ontology" / "mappings.sssom.tsv"


def test_a_leg_area_stroke_is_not_said_to_weaken_the_foot_rarely(store: ox.Store) -> None:
    """'Isolated foot drop is a rare presentation of stroke' is a share of strokes, not P(foot drop | leg-area stroke).

    Ku 2007, Kim 2014 and Almutairi 2025 are single cases; none measures how often a stroke of the leg motor area
    weakens ankle and toe dorsiflexion, so the rows carry no frequency word, and certainly not 'rarely'.
    """
    for finding in ("foot_drop", "weak_ankle_dorsiflexion", "weak_great_toe_extension"):
        found = axioms(store, "cortical_leg_stroke", "hasFinding", finding)
        assert found, finding
        assert all(a.get("frequency") != "rarely" for a in found), finding
        assert all("share of strokes" in a.get("http://www.w3.org/2000/01/rdf-schema#comment", "") for a in found)


def test_neuralgic_amyotrophy_rarely_lesions_the_upper_trunk_itself(store: ox.Store) -> None:
    """Ferrante and Wilbourn 2017: 4 plexus lesions among 703 in 379 attacks; Ko 2011's 'all cases' were three.

    van Alfen 2006's 'commonly' (part 1) is the upper-plexus clinical pattern; it stays as a variant beside Ko's.
    """
    found = axioms(store, "neuralgic_amyotrophy", "affectsNerve", "upper_trunk_of_brachial_plexus")
    by_source = {a["source"]: a for a in found}
    assert set(by_source) == {"ref_ferrante_wilbourn_2017", "ref_ko_2011", "ref_van_alfen"}
    ferrante = by_source["ref_ferrante_wilbourn_2017"]
    assert ferrante["frequency"] == "rarely" and ferrante["consensus"] == "true"
    for variant in ("ref_ko_2011", "ref_van_alfen"):
        assert by_source[variant]["frequency"] == "commonly"
        assert by_source[variant].get("consensus") != "true", variant
    assert {a["inContest"] for a in found} == {"contest_neuralgic_amyotrophy_upper_trunk"}


def test_back_pain_in_guillain_barre_is_common_not_occasional(store: ox.Store) -> None:
    """Moulin 1997: low back pain with radiation in 67.3% on admission.

    GPnotebook's 'occasional' describes back pain as the first symptom, and stays as a variant.
    """
    found = axioms(store, "guillain_barre_syndrome", "hasFinding", "low_back_pain")
    by_source = {a["source"]: a for a in found}
    assert set(by_source) == {"ref_gpnotebook_gbs", "ref_moulin_1997"}
    assert by_source["ref_moulin_1997"]["frequency"] == "commonly"
    assert by_source["ref_moulin_1997"]["consensus"] == "true"
    assert by_source["ref_gpnotebook_gbs"]["frequency"] == "occasionally"
    assert by_source["ref_gpnotebook_gbs"].get("consensus") != "true"
    assert {a["inContest"] for a in found} == {"contest_gbs_low_back_pain"}


def test_about_half_of_zoster_is_thoracic_often_not_commonly(store: ox.Store) -> None:
    """Thoracic zoster is 53-59% of cases in the series opened (296 of 500 in Hakim): 'often' (0.6), not 0.7."""
    found = axioms(store, "herpes_zoster", "causes", "thoracic_radiculopathy")
    assert len(found) == 1
    assert found[0]["frequency"] == "often"
    assert "ref_hakim_zoster_500" in found[0]["source"].split("|")


def test_the_type_2_diabetes_code_is_not_broader_than_truncal_radiculoneuropathy() -> None:
    """E11.49 leaves out type 1 diabetes, where the truncal radiculoneuropathy also occurs: related, not broad."""
    with MAPPINGS.open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")]
    found = [r for r in rows if r["subject_id"] == "radix:diabetic_truncal_radiculoneuropathy"]
    assert [(r["object_id"], r["predicate_id"]) for r in found] == [("ICD10CM:E11.49", "skos:relatedMatch")]


def test_ko_2011_is_not_cited_for_upper_trunk_predominance_and_its_pooled_figures_say_so(store: ox.Store) -> None:
    """Ko 2011's radiation cases involved the whole plexus; its 82.8%, 50%, 41.7% pool brachial and lumbosacral."""
    found = axioms(store, "radiation_induced_brachial_plexopathy", "affectsNerve", "upper_trunk_of_brachial_plexus")
    assert found and all("ref_ko_2011" not in a["source"].split("|") for a in found)
    comment = "http://www.w3.org/2000/01/rdf-schema#comment"
    for subject, predicate, target in (
        ("neoplastic_brachial_plexopathy", "hasFinding", "severe_shoulder_or_arm_pain"),
        ("radiation_induced_brachial_plexopathy", "hasFinding", "myokymic_discharges"),
        ("radiation_induced_brachial_plexopathy", "hasFinding", "severe_shoulder_or_arm_pain"),
    ):
        citing_ko = [a for a in axioms(store, subject, predicate, target) if "ref_ko_2011" in a["source"].split("|")]
        assert citing_ko, (subject, target)
        assert all("pools its brachial and lumbosacral" in a.get(comment, "") for a in citing_ko), (subject, target)
