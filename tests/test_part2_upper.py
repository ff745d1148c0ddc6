"""Issue 11, upper limb: the brachial plexus, its lesions and mimics, the C2-C4 roots, cervical red flags.

Each test names the entities it checks, so a failure says which row to look at. The plexus tests
run the traversal of :mod:`graph.explore.plexus` over the real graph: they show that a deficit can
be placed at a root, trunk, division, cord or nerve from the graph alone.
"""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest

from graph.ask.sparql import run, select
from graph.errors import RadixError
from graph.explore.explorer import Explorer
from graph.explore.plexus import Plexus
from graph.explore.projection import project_store
from graph.namespaces import BASE

R = BASE


@pytest.fixture(scope="module")
def G(store: ox.Store) -> nx.MultiDiGraph:
    return project_store(store)


@pytest.fixture(scope="module")
def plexus(G: nx.MultiDiGraph) -> Plexus:
    return Plexus.of(G)


def ask(store: ox.Store, query: str) -> bool:
    return bool(run(store, query))


def labels(G: nx.MultiDiGraph, nodes: object) -> set[str]:
    return {G.nodes[node]["label"] for node in nodes}  # type: ignore[attr-defined]


# ---- item 1: every upper-limb nerve's roots run through trunks, divisions and cords -------------

ROUTES = {
    "musculocutaneous_nerve": (
        {"lateral_cord_of_brachial_plexus", "upper_trunk_of_brachial_plexus"},
        {"C5", "C6", "C7"},
    ),
    "axillary_nerve": ({"posterior_cord_of_brachial_plexus", "posterior_division_of_upper_trunk"}, {"C5", "C6"}),
    "radial_nerve": ({"posterior_cord_of_brachial_plexus", "lower_trunk_of_brachial_plexus"}, {"C5", "C6", "C7", "C8"}),
    "median_nerve": (
        {"lateral_cord_of_brachial_plexus", "medial_cord_of_brachial_plexus"},
        {"C5", "C6", "C7", "C8", "T1"},
    ),
    "ulnar_nerve": ({"medial_cord_of_brachial_plexus", "anterior_division_of_lower_trunk"}, {"C8", "T1"}),
    "suprascapular_nerve": ({"upper_trunk_of_brachial_plexus"}, {"C5", "C6"}),
    "nerve_to_subclavius": ({"upper_trunk_of_brachial_plexus"}, {"C5", "C6"}),
    "lateral_pectoral_nerve": ({"lateral_cord_of_brachial_plexus"}, {"C5", "C6", "C7"}),
    "medial_pectoral_nerve": ({"medial_cord_of_brachial_plexus"}, {"C8", "T1"}),
    "upper_subscapular_nerve": ({"posterior_cord_of_brachial_plexus"}, {"C5", "C6", "C7", "C8"}),
    "lower_subscapular_nerve": ({"posterior_cord_of_brachial_plexus"}, {"C5", "C6", "C7", "C8"}),
    "thoracodorsal_nerve": ({"posterior_cord_of_brachial_plexus", "middle_trunk_of_brachial_plexus"}, {"C7"}),
    "medial_cutaneous_nerve_of_arm": ({"medial_cord_of_brachial_plexus"}, {"C8", "T1"}),
    "medial_cutaneous_nerve_of_forearm": ({"medial_cord_of_brachial_plexus", "lower_trunk_of_brachial_plexus"}, {"T1"}),
    "anterior_interosseous_nerve": ({"median_nerve", "medial_cord_of_brachial_plexus"}, {"C8"}),
    "deep_branch_of_ulnar_nerve": ({"ulnar_nerve", "medial_cord_of_brachial_plexus"}, {"T1"}),
    "dorsal_scapular_nerve": (set(), {"C5"}),
    "long_thoracic_nerve": (set(), {"C5", "C6", "C7"}),
}


@pytest.mark.parametrize("nerve", sorted(ROUTES))
def test_each_nerve_reaches_its_roots_through_the_plexus(G: nx.MultiDiGraph, plexus: Plexus, nerve: str) -> None:
    through, roots = ROUTES[nerve]
    above = {node.removeprefix(R) for node in plexus.above(R + nerve)}
    assert through <= above, f"{nerve} should pass through {sorted(through - above)}"
    assert {f"{root} nerve root" for root in roots} <= labels(G, plexus.roots(R + nerve))


def test_every_upper_limb_nerve_runs_through_the_plexus(G: nx.MultiDiGraph, plexus: Plexus) -> None:
    """Each nerve formed from C5-T1 reaches its roots through the plexus; all but the root branches via an element."""
    limb = {R + f"{root}_root" for root in ("C5", "C6", "C7", "C8", "T1")}
    formed = nx.MultiDiGraph((s, t) for s, t, key in G.edges(keys=True) if key == R + "formedFromRoot" and t in limb)
    nerves = {node for node in formed if _is_nerve(G, node)}
    assert len(nerves) >= 20
    for nerve in sorted(nerves):
        expected = set(formed.successors(nerve))
        assert expected <= plexus.roots(nerve), (
            f"{nerve}: roots {labels(G, expected - plexus.roots(nerve))} not reached"
        )
        levels = {plexus.level(node) for node in plexus.above(nerve)}
        if nerve.removeprefix(R) not in ("dorsal_scapular_nerve", "long_thoracic_nerve"):
            assert levels & {"trunk", "cord"}, f"{nerve} does not pass through a trunk or cord"


def _is_nerve(G: nx.MultiDiGraph, node: str) -> bool:
    types = G.nodes[node].get("types", ())
    return "PeripheralNerve" in types and "PlexusElement" not in types


def test_root_branches_leave_before_the_trunks(plexus: Plexus) -> None:
    """Dorsal scapular and long thoracic nerves come off the roots: no trunk or cord lies on their path."""
    for nerve in ("dorsal_scapular_nerve", "long_thoracic_nerve"):
        assert all(plexus.level(node) == "root" for node in plexus.above(R + nerve)), nerve


@pytest.mark.parametrize(
    ("element", "level"),
    [
        ("C5_root", "root"),
        ("upper_trunk_of_brachial_plexus", "trunk"),
        ("middle_trunk_of_brachial_plexus", "trunk"),
        ("lower_trunk_of_brachial_plexus", "trunk"),
        ("anterior_division_of_upper_trunk", "division"),
        ("posterior_division_of_lower_trunk", "division"),
        ("lateral_cord_of_brachial_plexus", "cord"),
        ("posterior_cord_of_brachial_plexus", "cord"),
        ("medial_cord_of_brachial_plexus", "cord"),
        ("musculocutaneous_nerve", "nerve"),
        # the lumbosacral plexus: the lumbar plexus divides straight from the L2-L4 roots (no trunk);
        # the lumbosacral trunk (L4-L5) is a trunk, and the sacral plexus divisions formed from it divisions
        ("L4_root", "root"),
        ("anterior_divisions_of_lumbar_plexus", "division"),
        ("posterior_divisions_of_lumbar_plexus", "division"),
        ("lumbosacral_trunk", "trunk"),
        ("anterior_divisions_of_sacral_plexus", "division"),
        ("posterior_divisions_of_sacral_plexus", "division"),
        ("femoral_nerve", "nerve"),
    ],
)
def test_each_place_has_its_level(plexus: Plexus, element: str, level: str) -> None:
    assert plexus.level(R + element) == level


def test_the_cords_carry_the_right_roots(G: nx.MultiDiGraph, plexus: Plexus) -> None:
    expected = {
        "lateral_cord_of_brachial_plexus": {"C5", "C6", "C7"},
        "medial_cord_of_brachial_plexus": {"C8", "T1"},
        "posterior_cord_of_brachial_plexus": {"C5", "C6", "C7", "C8", "T1"},
    }
    for cord, roots in expected.items():
        assert labels(G, plexus.roots(R + cord)) == {f"{root} nerve root" for root in roots}, cord


def test_a_lateral_cord_lesion_spares_what_c6_radiculopathy_weakens(G: nx.MultiDiGraph, plexus: Plexus) -> None:
    """Issue 11's competency question, answered by the traversal (the SPARQL version is a named query)."""
    answer = plexus.compare(R + "C6_root", R + "lateral_cord_of_brachial_plexus")
    spared = set(answer["only_first"])
    assert {"brachioradialis", "extensor carpi radialis longus", "supinator", "serratus anterior"} <= spared
    assert {"biceps brachii", "pronator teres", "flexor carpi radialis"} <= set(answer["both"])
    assert "abductor pollicis brevis" not in set(answer["only_second"]) | set(answer["both"])


def test_lesion_reach_follows_the_roots_each_element_carries(plexus: Plexus) -> None:
    """The lateral cord reaches pronator teres (C6-C7) but not abductor pollicis brevis (C8-T1), both median."""
    lateral = R + "lateral_cord_of_brachial_plexus"
    assert plexus.reaches(lateral, R + "pronator_teres")
    assert not plexus.reaches(lateral, R + "abductor_pollicis_brevis")
    assert plexus.reaches(R + "medial_cord_of_brachial_plexus", R + "abductor_pollicis_brevis")
    assert plexus.reaches(R + "lower_trunk_of_brachial_plexus", R + "extensor_pollicis_longus")
    assert not plexus.reaches(R + "medial_cord_of_brachial_plexus", R + "extensor_pollicis_longus")


def test_an_upper_trunk_deficit_is_placed_at_the_trunk_not_the_root(plexus: Plexus) -> None:
    """Deltoid, biceps, infraspinatus weak; rhomboids, serratus spared: the upper trunk, not C5 (it supplies them)."""
    found = plexus.localise(
        weak=[R + "deltoid", R + "biceps_brachii", R + "infraspinatus"],
        spared=[R + "rhomboids", R + "serratus_anterior"],
    )
    assert found, "no lesion explains the deficit"
    assert found[0].iri == R + "upper_trunk_of_brachial_plexus"
    assert all(lesion.level != "root" for lesion in found)


def test_sensory_responses_separate_root_from_plexus(plexus: Plexus) -> None:
    """The same weakness with a normal LABC SNAP fits a root, with a reduced one the plexus."""
    weak = [R + "biceps_brachii", R + "brachioradialis"]
    snap = R + "reduced_lateral_antebrachial_cutaneous_snap"
    normal = {lesion.level for lesion in plexus.localise(weak=weak, absent=[snap])}
    reduced = {lesion.level for lesion in plexus.localise(weak=weak, present=[snap])}
    assert "root" in normal and "trunk" not in normal
    assert reduced == {"trunk"}


def test_a_lower_trunk_deficit_with_extensor_pollicis_longus_weak_is_not_the_medial_cord(plexus: Plexus) -> None:
    found = plexus.localise(
        weak=[R + "first_dorsal_interosseous", R + "abductor_pollicis_brevis", R + "extensor_pollicis_longus"],
        present=[R + "reduced_medial_antebrachial_cutaneous_snap"],
    )
    assert [lesion.iri for lesion in found][:1] == [R + "lower_trunk_of_brachial_plexus"]


def test_localise_rejects_bad_input(plexus: Plexus) -> None:
    with pytest.raises(RadixError):
        plexus.localise(weak=[])
    with pytest.raises(RadixError):
        plexus.localise(weak=[R + "deltoid"], present=[R + "neck_pain"])


# ---- items 3, 5, 6, 8: conditions, footprints and discriminators --------------------------------

PLEXOPATHIES = {
    "upper_trunk_brachial_plexopathy": "upper_trunk_of_brachial_plexus",
    "middle_trunk_brachial_plexopathy": "middle_trunk_of_brachial_plexus",
    "lower_trunk_brachial_plexopathy": "lower_trunk_of_brachial_plexus",
    "lateral_cord_brachial_plexopathy": "lateral_cord_of_brachial_plexus",
    "posterior_cord_brachial_plexopathy": "posterior_cord_of_brachial_plexus",
    "medial_cord_brachial_plexopathy": "medial_cord_of_brachial_plexus",
    "neoplastic_brachial_plexopathy": "lower_trunk_of_brachial_plexus",
    "radiation_induced_brachial_plexopathy": "upper_trunk_of_brachial_plexus",
    "thoracic_outlet_syndrome": "lower_trunk_of_brachial_plexus",
    "neuralgic_amyotrophy": "upper_trunk_of_brachial_plexus",
}


@pytest.mark.parametrize("condition", sorted(PLEXOPATHIES))
def test_each_plexopathy_affects_its_element_and_has_a_footprint(store: ox.Store, condition: str) -> None:
    rows = select(store, f"SELECT ?f WHERE {{ radix:{condition} radix:hasFinding ?f }}")
    assert len(rows) >= 5, f"{condition} has only {len(rows)} findings"
    assert ask(store, f"ASK {{ radix:{condition} radix:affectsNerve radix:{PLEXOPATHIES[condition]} }}")


_PAIRS = """
SELECT ?a ?b (COUNT(DISTINCT ?f) AS ?n) WHERE {
  ?a radix:mimics ?b .
  OPTIONAL {
    { ?a radix:hasFinding ?f . ?b radix:typicallyLacksFinding ?f . }
    UNION { ?b radix:hasFinding ?f . ?a radix:typicallyLacksFinding ?f . }
  }
} GROUP BY ?a ?b
"""

MINE = {
    *PLEXOPATHIES,
    "pancoast_tumour",
    "ulnar_neuropathy_at_wrist",
    "anterior_interosseous_neuropathy",
    "pronator_syndrome",
    "superficial_radial_neuropathy",
    "lateral_antebrachial_cutaneous_neuropathy",
    "musculocutaneous_neuropathy",
    "thoracodorsal_neuropathy",
    "multifocal_motor_neuropathy",
    "hereditary_neuropathy_with_liability_to_pressure_palsies",
    "lateral_epicondylitis",
    "de_quervain_tenosynovitis",
    "cardiac_ischaemia",
    "cortical_hand_stroke",
    "parasagittal_lesion",
    "multiple_sclerosis",
    "motor_neuron_disease",
    "cervical_artery_dissection",
    "cervical_spine_injury",
    "atlantoaxial_subluxation",
    "spinal_epidural_haematoma",
}


def test_every_upper_limb_mimic_pair_has_two_discriminating_findings(store: ox.Store) -> None:
    """Issue 11 item 8 for the conditions this work adds or extends: each mimic link is told apart twice over."""
    short = []
    for row in select(store, _PAIRS):
        a, b = row["a"].value.removeprefix(R), row["b"].value.removeprefix(R)
        if (a in MINE or b in MINE) and int(row["n"].value) < 2:
            short.append(f"{a} / {b}: {row['n'].value}")
    assert not short, "mimic pairs with fewer than two discriminating findings: " + "; ".join(short)


def test_radiation_and_tumour_pain_is_a_contested_fact_with_one_consensus(store: ox.Store) -> None:
    rows = select(store, "SELECT ?v WHERE { radix:contest_radiation_plexopathy_pain radix:consensusVariant ?v }")
    assert [row["v"].value for row in rows] == ["pain-uncommon"]


def test_guyon_canal_lesions_spare_the_dorsal_cutaneous_branch(store: ox.Store) -> None:
    assert ask(
        store, "ASK { radix:ulnar_neuropathy_at_wrist radix:typicallyLacksFinding radix:dorsal_ulnar_hand_numbness }"
    )
    assert ask(store, "ASK { radix:ulnar_neuropathy_at_wrist radix:affectsNerve radix:deep_branch_of_ulnar_nerve }")
    assert not ask(
        store, "ASK { radix:ulnar_neuropathy_at_wrist radix:affectsNerve radix:dorsal_cutaneous_branch_of_ulnar_nerve }"
    )


@pytest.mark.parametrize(
    ("muscle", "nerve"),
    [
        ("latissimus_dorsi", "thoracodorsal_nerve"),
        ("pectoralis_major_clavicular_head", "lateral_pectoral_nerve"),
        ("pectoralis_major_sternal_head", "medial_pectoral_nerve"),
        ("teres_major", "lower_subscapular_nerve"),
        ("subscapularis", "upper_subscapular_nerve"),
        ("pronator_quadratus", "anterior_interosseous_nerve"),
        ("abductor_pollicis_longus", "posterior_interosseous_nerve"),
        ("extensor_pollicis_brevis", "posterior_interosseous_nerve"),
        ("flexor_pollicis_brevis", "median_nerve"),
    ],
)
def test_new_muscles_have_nerve_root_and_movement(store: ox.Store, muscle: str, nerve: str) -> None:
    assert ask(
        store,
        f"ASK {{ radix:{muscle} radix:innervatedByNerve radix:{nerve} ; radix:hasPrimaryRoot ?r ; radix:performs ?m }}",
    )


# ---- item 4: the C2-C4 roots, key sensory points, red flags --------------------------------------


@pytest.mark.parametrize(("root", "index"), [("C2", 2), ("C3", 3), ("C4", 4)])
def test_upper_cervical_roots_have_dermatome_and_key_point(store: ox.Store, root: str, index: int) -> None:
    query = f"""ASK {{ radix:{root}_root radix:segmentIndex {index} ; radix:hasDermatome/radix:coversRegion ?region ;
                      radix:hasKeySensoryPoint radix:{root}_key_sensory_point . }}"""
    assert ask(store, query)


def test_all_cervical_key_sensory_points_are_present(store: ox.Store) -> None:
    rows = select(
        store, "SELECT ?r WHERE { ?r a radix:NerveRoot ; radix:spinalRegion 'cervical' ; radix:hasKeySensoryPoint ?p }"
    )
    assert {row["r"].value.removeprefix(R) for row in rows} >= {f"C{n}_root" for n in range(2, 9)}


@pytest.mark.parametrize(
    ("flag", "condition"),
    [
        ("recent_neck_trauma", "cervical_spine_injury"),
        ("rheumatoid_arthritis", "atlantoaxial_subluxation"),
        ("history_of_cancer", "spinal_malignancy"),
        ("fever", "spinal_epidural_abscess"),
        ("anticoagulant_therapy", "spinal_epidural_haematoma"),
        ("sudden_neck_pain_with_headache", "cervical_artery_dissection"),
        ("exertional_chest_pain", "cardiac_ischaemia"),
    ],
)
def test_cervical_red_flags(store: ox.Store, flag: str, condition: str) -> None:
    assert ask(store, f"ASK {{ radix:{flag} radix:redFlagFor radix:{condition} }}")


def test_t1_t2_herniation_compresses_t1(store: ox.Store) -> None:
    assert ask(
        store,
        "ASK { radix:T1_T2_disc_herniation radix:compressesRoot radix:T1_root ; radix:atDiscLevel radix:T1_T2_disc }",
    )


# ---- item 7: electrodiagnosis and imaging ------------------------------------------------------------


def test_sensory_responses_implicate_only_postganglionic_places(store: ox.Store) -> None:
    rows = select(
        store,
        """SELECT ?f ?x WHERE { ?f a radix:ElectrodiagnosticFinding ; radix:implicates ?x . ?x a radix:NerveRoot .
           FILTER(STRSTARTS(STR(?f), "https://w3id.org/radix/reduced_") && CONTAINS(STR(?f), "_snap")) }""",
    )
    assert not rows, "a reduced SNAP must not implicate a root: " + ", ".join(row["f"].value for row in rows)


def test_paraspinal_denervation_implicates_roots(store: ox.Store) -> None:
    rows = select(store, "SELECT ?x WHERE { radix:cervical_paraspinal_fibrillation_potentials radix:implicates ?x }")
    assert {row["x"].value.removeprefix(R) for row in rows} == {"C5_root", "C6_root", "C7_root", "C8_root", "T1_root"}


@pytest.mark.parametrize(
    ("finding", "root"),
    [
        ("mri_C5_C6_lateral_disc_herniation", "C6"),
        ("mri_C6_C7_lateral_disc_herniation", "C7"),
        ("mri_T1_T2_lateral_disc_herniation", "T1"),
    ],
)
def test_an_mri_disc_herniation_implicates_the_exiting_root(store: ox.Store, finding: str, root: str) -> None:
    assert ask(store, f"ASK {{ radix:{finding} a radix:ImagingFinding ; radix:implicates radix:{root}_root }}")


def test_new_references_say_how_they_were_checked(store: ox.Store) -> None:
    """Every reference of ontology/sources-upper.ttl says whether it was opened and read or cited from knowledge."""
    mine = (Path(__file__).parents[1] / "ontology" / "sources-upper.ttl").read_text(encoding="utf-8")
    declared = {line.split()[0].removeprefix("radix:") for line in mine.splitlines() if line.startswith("radix:ref_")}
    rows = select(store, "SELECT ?ref ?how WHERE { ?ref a radix:Reference ; radix:howChecked ?how }")
    checked = {row["ref"].value.removeprefix(R): row["how"].value for row in rows}
    assert declared and not declared - set(checked), f"without radix:howChecked: {sorted(declared - set(checked))}"
    said = re.compile(r"cited from knowledge|opened and read on \d{4}-\d{2}-\d{2}( \([^)]*\))?")
    assert all(said.fullmatch(checked[ref]) for ref in declared), {ref: checked[ref] for ref in declared}


def test_the_plexus_command_places_a_deficit_and_refuses_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    from graph.cli import main

    assert (
        main(["plexus", "--weak", "deltoid,biceps_brachii,infraspinatus", "--spared", "rhomboids,serratus_anterior"])
        == 0
    )
    assert capsys.readouterr().out.startswith("1. upper trunk of the brachial plexus (trunk)")
    assert main(["plexus", "--weak", "deltoid", "--path", "ulnar_nerve"]) == 2
    assert "exactly one of" in capsys.readouterr().err
    assert main(["plexus", "--weak", "no_such_muscle"]) == 2
    assert "no entity 'no_such_muscle'" in capsys.readouterr().err


@pytest.fixture(scope="module")
def explorer(store: ox.Store) -> Explorer:
    return Explorer(store)


def test_localisation_reads_electrodiagnostic_findings_and_tells_root_from_plexus(explorer: Explorer) -> None:
    """Same deficit: a normal LABC SNAP and paraspinal denervation point to C6, a low SNAP to the plexus."""
    common = ["weak elbow flexion", "numbness of the lateral forearm", "weakness of shoulder abduction"]
    root = explorer.localize(
        [
            *common,
            "normal lateral antebrachial cutaneous SNAP",
            "fibrillation potentials in the cervical paraspinal muscles",
        ]
    )
    plexus = explorer.localize([*common, "reduced or absent lateral antebrachial cutaneous SNAP"])
    assert root["candidates"][0]["id"] == "radix:C6_radiculopathy"
    assert plexus["candidates"][0]["id"] == "radix:upper_trunk_brachial_plexopathy"


def test_the_coverage_table_has_a_row_per_brachial_plexus_element(store: ox.Store) -> None:
    from graph.check.coverage import plexus_rows

    rows = {row["element"]: row for row in plexus_rows(store)}
    brachial = [name for name in rows if "brachial plexus" in name]
    assert len(brachial) == 12, brachial  # 3 trunks, 6 divisions, 3 cords
    for name in brachial:
        assert rows[name]["roots"] != "—" and rows[name]["muscles a lesion reaches"] != "—", name
    assert "musculocutaneous nerve" in rows["lateral cord of the brachial plexus"]["nerves leaving it"]


def test_upper_limb_numbers_carry_source_population_and_figure(store: ox.Store) -> None:
    rows = select(
        store,
        """SELECT ?m ?v ?source ?population ?figure WHERE { ?m a radix:Measurement ; radix:value ?v ;
             dcterms:source ?source ; radix:population ?population ; radix:sourceFigure ?figure }""",
    )
    mine = {row["m"].value.removeprefix(R): row for row in rows}
    assert float(mine["sens_mabc_median_motor_tn_tos"]["v"].value) == 0.89
    assert mine["sens_severe_pain_neoplastic_plexopathy"]["source"].value.endswith("ref_kori_1981")
    assert {"sens_lhermitte_multiple_sclerosis", "sens_myokymia_radiation_plexopathy"} <= set(mine)


def test_a_nerve_path_runs_proximal_first_within_the_nerves(plexus: Plexus) -> None:
    """The tibial nerve's path lists the sciatic nerve, then its tibial division, then the tibial nerve itself."""
    nerves = [step["id"] for step in plexus.path(R + "tibial_nerve") if step["level"] == "nerve"]
    assert nerves == ["radix:sciatic_nerve", "radix:tibial_division_of_sciatic_nerve", "radix:tibial_nerve"]
