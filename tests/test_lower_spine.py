"""The whole spine, the lower plexopathies, the polyradiculopathies and the lower mimics (issue 11, items 3-7).

Each test names the entities it is about, so a failure says which row to look at.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from graph.ask.sparql import select
from graph.check.discrimination import Pair, pairs_to_tell_apart
from graph.explore.search import SearchIndex

R = "https://w3id.org/radix/"


def ask(store: ox.Store, pattern: str, **values: str) -> bool:
    bindings = {name: ox.NamedNode(R + value) for name, value in values.items()}
    projected = " ".join(f"?{name}" for name in values) or "*"
    return bool(select(store, f"SELECT {projected} WHERE {{ {pattern} }} LIMIT 1", bindings=bindings))


_PAIRS: dict[int, dict[tuple[str, str], Pair]] = {}


def told_apart(store: ox.Store, first: str, second: str) -> set[str]:
    """Return the findings that tell two conditions apart (the pairs are computed once per store)."""
    if id(store) not in _PAIRS:
        _PAIRS[id(store)] = pairs_to_tell_apart(store)
    pairs = _PAIRS[id(store)]
    key = (R + first, R + second) if R + first < R + second else (R + second, R + first)
    assert key in pairs, f"{first} and {second} are not linked as conditions to tell apart"
    return {finding.removeprefix(R) for finding in pairs[key].findings}


# --- item 4: the whole spine -----------------------------------------------------------------------------------

NEW_ROOTS = [f"T{n}" for n in range(2, 13)] + ["L1", "S5", "coccygeal"]


@pytest.mark.parametrize("root", NEW_ROOTS)
def test_each_new_root_has_its_dermatome_covering_a_region(store: ox.Store, root: str) -> None:
    assert ask(
        store,
        "?root a radix:NerveRoot ; radix:segmentIndex ?i ; radix:hasDermatome/radix:coversRegion ?region .",
        root=f"{root}_root",
    )


@pytest.mark.parametrize("root", [f"T{n}" for n in range(2, 13)] + ["L1"])
def test_each_thoracic_root_and_l1_exits_at_its_disc_level_and_has_its_key_sensory_point(
    store: ox.Store, root: str
) -> None:
    assert ask(
        store,
        "?root radix:exitsAtLevel ?disc . ?root radix:hasKeySensoryPoint ?point . ?point radix:partOf ?region .",
        root=f"{root}_root",
    )


def test_segment_indices_run_from_c5_to_the_coccygeal_root_without_gaps(store: ox.Store) -> None:
    indices = {
        int(row["i"].value) for row in select(store, "SELECT ?i WHERE { ?r a radix:NerveRoot ; radix:segmentIndex ?i }")
    }
    assert set(range(5, 32)) <= indices


KEY_POINTS = ["C2", "C3", "C4", "C5", "C6", "C7", "C8", *[f"T{n}" for n in range(1, 13)], "L1", "L2", "L3", "L4", "L5",
              "S1", "S2", "S3", "S4"]  # fmt: skip


def test_all_28_isncsci_key_sensory_points_exist(store: ox.Store) -> None:
    assert len(KEY_POINTS) == 28  # S4-S5 is one point, held by the S4 and S5 roots
    missing = {
        level for level in KEY_POINTS if not ask(store, "?root radix:hasKeySensoryPoint ?point .", root=f"{level}_root")
    }
    assert missing == set(), f"key sensory points missing: {sorted(missing)}"
    assert ask(store, "?root radix:hasKeySensoryPoint radix:S4_key_sensory_point .", root="S5_root")


@pytest.mark.parametrize(
    ("root", "movement"),
    [("C5", "elbow_flexion"), ("C6", "wrist_extension"), ("C7", "elbow_extension"), ("C8", "finger_flexion"),
     ("T1", "little_finger_abduction"), ("L2", "hip_flexion"), ("L3", "knee_extension"), ("L4", "ankle_dorsiflexion"),
     ("L5", "great_toe_extension"), ("S1", "ankle_plantar_flexion")],
)  # fmt: skip
def test_all_ten_isncsci_key_muscle_functions(store: ox.Store, root: str, movement: str) -> None:
    assert ask(store, "?root radix:hasKeyMovement ?movement .", root=f"{root}_root", movement=movement)


def test_an_l1_l2_paracentral_herniation_compresses_l2(store: ox.Store) -> None:
    assert ask(
        store,
        "?h radix:compressesRoot radix:L2_root ; radix:atDiscLevel radix:L1_L2_disc ;"
        " radix:inZone radix:paracentral_zone ; radix:causes radix:L2_radiculopathy .",
        h="L1_L2_disc_herniation",
    )


@pytest.mark.parametrize("condition", ["thoracic_radiculopathy", "diabetic_truncal_radiculoneuropathy"])
def test_thoracic_radiculopathies_have_band_like_pain(store: ox.Store, condition: str) -> None:
    assert ask(store, "?c radix:hasFinding radix:thoracic_radicular_pain .", c=condition)
    assert ask(store, "radix:thoracic_radicular_pain radix:radiatesAlong radix:chest_wall .")


def test_diabetic_truncal_radiculoneuropathy_comes_on_acutely_and_is_monophasic(store: ox.Store) -> None:
    rows = select(
        store,
        """SELECT ?onset ?course WHERE { ?a owl:annotatedSource radix:diabetic_truncal_radiculoneuropathy ;
        owl:annotatedTarget radix:thoracic_radicular_pain ; radix:onset ?onset ; radix:course ?course }""",
    )
    assert {(r["onset"].value, r["course"].value) for r in rows} == {(R + "acute", R + "monophasic")}


def test_herpes_zoster_pain_comes_early_and_the_rash_late_and_it_can_leave_postherpetic_neuralgia(
    store: ox.Store,
) -> None:
    timings = {
        row["f"].value.removeprefix(R): row["t"].value.removeprefix(R)
        for row in select(
            store,
            "SELECT ?f ?t WHERE { ?a owl:annotatedSource radix:herpes_zoster ;"
            " owl:annotatedTarget ?f ; radix:timing ?t }",
        )
    }
    assert timings == {"prodromal_dermatomal_pain": "early", "dermatomal_vesicular_rash": "late"}
    assert ask(
        store,
        "radix:herpes_zoster radix:causes radix:postherpetic_neuralgia ."
        " radix:postherpetic_neuralgia radix:hasFinding radix:persistent_post_zoster_pain .",
    )


def test_conus_and_cauda_equina_differ_in_motor_neuron_signs_symmetry_reflexes_and_sphincter_timing(
    store: ox.Store,
) -> None:
    found = told_apart(store, "conus_medullaris_syndrome", "cauda_equina_syndrome")
    assert {"extensor_plantar_response", "asymmetric_saddle_anaesthesia", "asymmetric_leg_weakness",
            "diminished_or_absent_patellar_reflex", "dissociated_sensory_loss",
            "urinary_retention"} <= found  # fmt: skip
    onsets = select(
        store,
        """SELECT ?c ?o WHERE { ?a owl:annotatedSource ?c ; radix:onset ?o .
        VALUES ?c { radix:conus_medullaris_syndrome radix:cauda_equina_syndrome } }""",
    )
    assert {(r["c"].value.removeprefix(R), r["o"].value.removeprefix(R)) for r in onsets} == {
        ("conus_medullaris_syndrome", "acute"), ("cauda_equina_syndrome", "insidious")}  # fmt: skip


@pytest.mark.parametrize("root", ["L5", "S1", "S2", "S3", "S4"])
def test_single_root_lesions_are_told_apart_from_cauda_equina_syndrome(store: ox.Store, root: str) -> None:
    assert len(told_apart(store, f"{root}_radiculopathy", "cauda_equina_syndrome")) >= 2


# --- items 2 and 3: plexopathies ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("plexopathy", "radiculopathies"),
    [("lumbar_plexopathy", ["L2", "L3", "L4"]), ("sacral_plexopathy", ["L5", "S1"]),
     ("diabetic_amyotrophy", ["L2", "L3", "L4"]),
     ("retroperitoneal_haematoma_plexopathy", ["L3", "L4"]), ("obstetric_lumbosacral_trunk_injury", ["L5"]),
     ("lumbosacral_plexopathy", ["L2", "L3", "L4", "L5", "S1"])],
)  # fmt: skip
def test_each_lower_plexopathy_has_a_footprint_and_is_told_from_its_radiculopathies(
    store: ox.Store, plexopathy: str, radiculopathies: list[str]
) -> None:
    assert ask(store, "{ ?p radix:affectsNerve ?n } UNION { ?p radix:affectsStructure ?n }", p=plexopathy)
    findings = select(
        store, "SELECT ?p ?f WHERE { ?p radix:hasFinding ?f }", bindings={"p": ox.NamedNode(R + plexopathy)}
    )
    assert len(findings) >= 4, f"{plexopathy} has too small a footprint"
    for root in radiculopathies:
        assert len(told_apart(store, plexopathy, f"{root}_radiculopathy")) >= 2


def test_a_plexus_lesion_spares_the_paraspinals_and_reduces_the_sensory_responses_a_root_lesion_keeps(
    store: ox.Store,
) -> None:
    found = told_apart(store, "lumbar_plexopathy", "L3_radiculopathy")
    assert {"lumbosacral_paraspinal_fibrillation_potentials", "reduced_saphenous_snap"} <= found
    assert {"lumbosacral_paraspinal_fibrillation_potentials", "reduced_superficial_fibular_snap"} <= told_apart(
        store, "sacral_plexopathy", "L5_radiculopathy"
    )


def test_obstetric_lumbosacral_trunk_injury_weakens_inversion_which_a_fibular_neuropathy_spares(
    store: ox.Store,
) -> None:
    found = told_apart(store, "obstetric_lumbosacral_trunk_injury", "common_fibular_neuropathy")
    assert {"weak_ankle_inversion", "fibrillation_potentials_in_tibialis_posterior"} <= found
    assert ask(store, "radix:short_maternal_stature radix:riskFactorFor ?c .", c="obstetric_lumbosacral_trunk_injury")


def test_retroperitoneal_haematoma_follows_anticoagulation_and_shows_on_ct(store: ox.Store) -> None:
    assert ask(
        store,
        "radix:anticoagulant_therapy radix:riskFactorFor radix:retroperitoneal_haematoma ."
        " radix:retroperitoneal_haematoma radix:causes ?c . ?c radix:hasFinding radix:ct_iliopsoas_haematoma .",
        c="retroperitoneal_haematoma_plexopathy",
    )


# --- item 5: polyradiculopathies and the central mimic -----------------------------------------------------------


@pytest.mark.parametrize(
    ("condition", "root_lesion"),
    [("guillain_barre_syndrome", "cauda_equina_syndrome"), ("guillain_barre_syndrome", "lumbosacral_radiculopathy"),
     ("chronic_inflammatory_demyelinating_polyradiculoneuropathy", "lumbosacral_radiculopathy"),
     ("leptomeningeal_carcinomatosis", "cauda_equina_syndrome"),
     ("leptomeningeal_carcinomatosis", "lumbosacral_radiculopathy"),
     ("cmv_polyradiculopathy", "cauda_equina_syndrome"), ("lyme_radiculoneuritis", "lumbosacral_radiculopathy"),
     ("lyme_radiculoneuritis", "thoracic_radiculopathy"), ("cortical_leg_stroke", "L5_radiculopathy"),
     ("cortical_leg_stroke", "common_fibular_neuropathy")],
)  # fmt: skip
def test_each_polyradiculopathy_and_the_stroke_is_told_from_a_root_lesion(
    store: ox.Store, condition: str, root_lesion: str
) -> None:
    assert ask(store, "?c radix:mimics ?r .", c=condition, r=root_lesion)
    assert len(told_apart(store, condition, root_lesion)) >= 2


def test_guillain_barre_weakness_is_acute_and_monophasic_and_cidp_is_insidious(store: ox.Store) -> None:
    rows = select(
        store,
        """SELECT ?c ?onset WHERE {
          ?a owl:annotatedSource ?c ; owl:annotatedProperty radix:hasFinding ; radix:onset ?onset .
          VALUES ?c { radix:guillain_barre_syndrome
                      radix:chronic_inflammatory_demyelinating_polyradiculoneuropathy } }""",
    )
    assert {(r["c"].value.removeprefix(R), r["onset"].value.removeprefix(R)) for r in rows} >= {
        ("guillain_barre_syndrome", "acute"),
        ("chronic_inflammatory_demyelinating_polyradiculoneuropathy", "insidious")}  # fmt: skip


def test_cmv_csf_neutrophils_are_contested_with_the_larger_series_as_consensus(store: ox.Store) -> None:
    value = select(
        store, "SELECT ?v WHERE { radix:contest_cmv_polyradiculopathy_csf_neutrophils radix:consensusVariant ?v }"
    )
    assert value[0]["v"].value == "in about half"


def test_the_foot_drop_stroke_is_painless_with_normal_electrodiagnosis(store: ox.Store) -> None:
    for finding in (
        "L5_radicular_pain",
        "lumbosacral_paraspinal_fibrillation_potentials",
        "fibrillation_potentials_in_tibialis_anterior",
    ):
        assert ask(store, "radix:cortical_leg_stroke radix:typicallyLacksFinding ?f .", f=finding)


# --- item 6: nerves, muscles and non-neurological mimics -------------------------------------------------------


@pytest.mark.parametrize(
    ("condition", "nerve", "rival"),
    [("obturator_neuropathy", "obturator_nerve", "L3_radiculopathy"),
     ("saphenous_neuropathy", "saphenous_nerve", "L4_radiculopathy"),
     ("superior_gluteal_neuropathy", "superior_gluteal_nerve", "L5_radiculopathy"),
     ("inferior_gluteal_neuropathy", "inferior_gluteal_nerve", "S1_radiculopathy")],
)  # fmt: skip
def test_each_new_neuropathy_affects_its_nerve_and_is_told_from_a_root(
    store: ox.Store, condition: str, nerve: str, rival: str
) -> None:
    assert ask(store, "?c radix:affectsNerve ?n .", c=condition, n=nerve)
    assert len(told_apart(store, condition, rival)) >= 2


@pytest.mark.parametrize(("muscle", "nerve"), [("sartorius", "femoral_nerve"), ("adductor_brevis", "obturator_nerve")])
def test_sartorius_and_adductor_brevis_have_nerve_and_roots(store: ox.Store, muscle: str, nerve: str) -> None:
    assert ask(
        store, "?m radix:innervatedByNerve ?n ; radix:hasPrimaryRoot radix:L2_root, radix:L3_root .", m=muscle, n=nerve
    )


@pytest.mark.parametrize(
    ("condition", "rival"),
    [
        ("knee_osteoarthritis", "L4_radiculopathy"),
        ("achilles_tendon_rupture", "S1_radiculopathy"),
        ("achilles_tendon_rupture", "tibial_neuropathy"),
    ],
)
def test_non_neurological_mimics_are_told_apart(store: ox.Store, condition: str, rival: str) -> None:
    assert len(told_apart(store, condition, rival)) >= 2


def test_the_calf_squeeze_test_has_its_accuracy_with_source_and_population(store: ox.Store) -> None:
    rows = select(
        store,
        """SELECT ?measure ?value ?population ?source WHERE { ?m radix:ofSubject radix:calf_squeeze_test ;
        radix:forCondition radix:achilles_tendon_rupture ; radix:measure ?measure ; radix:value ?value ;
        radix:population ?population ; dcterms:source ?source }""",
    )
    values = {r["measure"].value.removeprefix(R): float(r["value"].value) for r in rows}
    assert values == {"sensitivity": 0.96, "specificity": 0.93}
    assert all(r["source"].value == R + "ref_maffulli_1998" for r in rows)


# --- item 7: electrodiagnostic and imaging findings ------------------------------------------------------------


def test_normal_leg_sensory_responses_and_paraspinal_denervation_implicate_roots_only(store: ox.Store) -> None:
    for finding, generic in [
        ("normal_lower_limb_snaps_despite_sensory_loss", "sensory_nerve_action_potentials_preserved"),
        ("lumbosacral_paraspinal_fibrillation_potentials", "paraspinal_fibrillation_potentials"),
    ]:
        assert ask(store, "?f a radix:ElectrodiagnosticFinding ; skos:broader ?g .", f=finding, g=generic)
        assert ask(store, "?f radix:implicates radix:L5_root .", f=finding)
        assert not ask(store, "?f radix:implicates ?x . FILTER NOT EXISTS { ?x a radix:NerveRoot }", f=finding)
    assert ask(store, "radix:sensory_nerve_action_potentials_reduced radix:implicates radix:dorsal_root_ganglion .")
    assert ask(
        store, "radix:lumbosacral_radiculopathy radix:hasFinding radix:normal_lower_limb_snaps_despite_sensory_loss ."
    )
    assert ask(store, "radix:lumbosacral_plexopathy radix:hasFinding radix:sensory_nerve_action_potentials_reduced .")


@pytest.mark.parametrize(
    ("finding", "anatomy"),
    [("thoracic_paraspinal_fibrillation_potentials", "T8_root"), ("prolonged_or_absent_h_reflex", "S1_root"),
     ("abnormal_f_waves", "S1_root"), ("reduced_fibular_cmap", "lumbosacral_trunk"),
     ("reduced_sural_snap", "sural_nerve"),
     ("reduced_superficial_fibular_snap", "superficial_fibular_nerve"), ("reduced_saphenous_snap", "saphenous_nerve"),
     ("mri_L4_L5_paracentral_disc_herniation", "L5_root"), ("mri_L5_S1_foraminal_disc_herniation", "L5_root"),
     ("mri_L4_L5_central_disc_herniation", "cauda_equina"), ("mri_lumbar_central_canal_stenosis", "cauda_equina"),
     ("mri_L5_S1_foraminal_stenosis", "L5_root"), ("mri_conus_signal_change", "conus_medullaris")],
)  # fmt: skip
def test_each_finding_implicates_what_it_points_to(store: ox.Store, finding: str, anatomy: str) -> None:
    assert ask(store, "?f radix:implicates ?a .", f=finding, a=anatomy)


def test_an_mri_report_as_a_clinician_writes_it_is_found(store: ox.Store) -> None:
    hits = SearchIndex(store).search(
        "MRI: right paracentral L4\u2013L5 disc herniation"
    )  # en dash, as reports print it
    assert hits and hits[0].iri == R + "mri_L4_L5_paracentral_disc_herniation"
