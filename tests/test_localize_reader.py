"""How notes are read (issue 12 item 3): shorthand, lay words, spellings, negation scope, sides, studies, CURIEs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph

from graph.errors import RadixError
from graph.explore.explorer import Explorer
from graph.explore.localize.observation import Observation
from graph.explore.localize.reader import NoteReader
from graph.load.store import oxigraph_store
from graph.namespaces import BASE

LOCALIZE = Path(__file__).resolve().parent.parent / "graph" / "explore" / "localize"


@pytest.fixture(scope="module")
def explorer(radix_graph: Graph) -> Explorer:
    return Explorer(oxigraph_store(radix_graph))


def read(explorer: Explorer, phrase: str) -> list[Observation]:
    observations, _how = explorer.localizer.reader.read(phrase)
    return observations


def local(iris: tuple[str, ...] | list[str]) -> set[str]:
    return {iri.rsplit("/", 1)[-1] for iri in iris}


def one(explorer: Explorer, phrase: str) -> Observation:
    observations = read(explorer, phrase)
    assert len(observations) == 1, [o.describe(explorer.G) for o in observations]
    return observations[0]


@pytest.mark.parametrize(
    ("phrase", "finding", "present"),
    [
        ("absent ankle jerk", "absent_ankle_reflex", True),
        ("AJ absent R", "absent_ankle_reflex", True),
        ("AJ 0", "absent_ankle_reflex", True),
        ("no ankle jerk", "absent_ankle_reflex", True),
        ("ankle jerk present", "absent_ankle_reflex", False),
        ("KJ 2+ symmetric", "diminished_or_absent_patellar_reflex", False),
        ("knee jerks preserved", "diminished_or_absent_patellar_reflex", False),
        ("no saddle anaesthesia", "saddle_anaesthesia", False),
        ("saddle anesthesia", "saddle_anaesthesia", True),
        ("SLR +ve at 40°", "positive_straight_leg_raise", True),
        ("SLR -ve", "positive_straight_leg_raise", False),
        ("Tinel +ve at wrist", "tinel_sign_at_wrist", True),
        ("can't walk on my heels", "difficulty_walking_on_heels", True),
        ("my foot slaps", "foot_drop", True),
        ("HP:0003438", "absent_ankle_reflex", True),
        ("radix:lateral_foot_numbness", "lateral_foot_numbness", True),
    ],
)
def test_phrases_are_read_as_findings(explorer: Explorer, phrase: str, finding: str, present: bool) -> None:
    observations = [o for o in read(explorer, phrase) if finding in local(o.findings)]
    assert observations, f"{phrase!r} read as {[o.describe(explorer.G) for o in read(explorer, phrase)]}"
    assert observations[0].present is present


def test_negation_scope_ends_at_with(explorer: Explorer) -> None:
    observations = read(explorer, "numbness of the sole with the heel spared")

    def about(observation: Observation) -> str:
        names = " ".join(local(observation.findings) | local([n for _, n in observation.anatomy]))
        return "heel" if "heel" in names else ("sole" if "sole" in names else "")

    assert [(about(o), o.present) for o in observations] == [("sole", True), ("heel", False)]


def test_a_list_shares_its_status_word(explorer: Explorer) -> None:
    observations = read(explorer, "deltoid, supraspinatus, infraspinatus 5/5; BJ, TJ 2+")
    assert len(observations) == 5 and not any(o.present for o in observations)


def test_a_place_in_a_clause_naming_weak_muscles_is_not_a_weakness_of_its_own(explorer: Explorer) -> None:
    """A place in a clause naming weak muscles ("FDI, ADM and the deep flexor of the little finger 4/5") is no weakness.

    Read as a weakness of the little finger it was scored by the skin a lesion reaches (C7's dermatome holds the
    index finger), so a C8 hand went to C7 and C8 together. A weakness named by its place alone is kept.
    """

    def places(phrase: str) -> list[str]:
        return [
            node.rsplit("/", 1)[-1]
            for o in read(explorer, phrase)
            if o.kind == "weakness"
            for akind, node in o.anatomy
            if akind == "region"
        ]

    assert places("Weakness of FDI (4-/5), ADM (4/5) and the deep flexor of the little finger (4/5)") == []
    assert places("weak thumb and index extension (EPL, EIP)") == []
    assert places("Quadriceps 3/5 on the right; mild weakness now starting in the left thigh") == ["thigh"]
    assert places("leg weakness") == ["leg"]
    assert places("bilateral leg weakness including ankle dorsiflexion") == ["leg"]  # a whole limb stays


def test_mrc_grades_and_muscle_shorthand(explorer: Explorer) -> None:
    observation = one(explorer, "EHL 4/5")
    assert observation.present and "extensor_hallucis_longus" in local([n for _, n in observation.anatomy])


def test_lay_words_for_sensation(explorer: Explorer) -> None:
    observation = one(explorer, "pins and needles in the little finger")
    assert observation.present
    assert "little_finger" in local([n for _, n in observation.anatomy]) or any(
        "little_finger" in f for f in local(observation.findings)
    )


def test_spellings_read_alike(explorer: Explorer) -> None:
    british = one(explorer, "paraesthesia of the lateral foot")
    american = one(explorer, "paresthesia of the lateral foot")
    assert british.findings == american.findings and british.findings


@pytest.mark.parametrize(("phrase", "side"), [("AJ absent R", "right"), ("weak EHL on the left", "left"),
                                              ("ankle jerks absent bilaterally", "bilateral")])  # fmt: skip
def test_sides(explorer: Explorer, phrase: str, side: str) -> None:
    assert one(explorer, phrase).side == side


def test_global_normals(explorer: Explorer) -> None:
    observation = one(explorer, "no sensory loss")
    assert observation.kind == "global" and observation.kinds == ("sensory",) and not observation.present


def test_imaging_implicates_the_root_by_level_and_zone(explorer: Explorer) -> None:
    paracentral = one(explorer, "MRI: right paracentral L4-L5 disc herniation")
    assert paracentral.kind == "imaging" and local(paracentral.implicates) == {"L5_root"}
    assert paracentral.side == "right" and paracentral.present
    foraminal = one(explorer, "MRI: L4/5 foraminal disc protrusion")
    assert local(foraminal.implicates) == {"L4_root"}
    normal = one(explorer, "MRI lumbar spine normal")
    assert normal.kind == "imaging" and not normal.present


def test_electrodiagnostic_findings(explorer: Explorer) -> None:
    paraspinal = one(explorer, "EMG: fibs in L5 paraspinals")
    assert paraspinal.kind == "electrodiagnostic" and paraspinal.electro == "paraspinal"
    assert local(paraspinal.implicates) == {"L5_root"}
    snap = one(explorer, "sural SNAP normal")
    assert snap.electro == "snap" and not snap.present


def test_hpo_terms_more_specific_than_radix_maps_match_through_the_hierarchy(explorer: Explorer) -> None:
    # HP:0001308 "Tongue fasciculations" is_a HP:0002380 "Fasciculations" (reference hpo.tsv, HPO 2025-01-16);
    # Radix maps only the parent. The store imports the HPO hierarchy; a reader given only this link (and no
    # store) finds the same, and one given no link does not: the match goes through the hierarchy.
    obo = "http://purl.obolibrary.org/obo/"
    localizer = explorer.localizer
    link = {obo + "HP_0001308": {obo + "HP_0002380"}}
    observations, how = NoteReader(localizer.anatomy, localizer.findings, explorer.index, link).read("HP:0001308")
    assert local(observations[0].findings) == {"fasciculations"}
    assert any("HP:0002380" in step for step in how)
    assert NoteReader(localizer.anatomy, localizer.findings, explorer.index, {}).read("HP:0001308")[0] == []
    from_store, how = localizer.reader.read("HP:0001308")
    assert local(from_store[0].findings) == {"fasciculations"} and any("ancestor" in step for step in how)


def test_unreadable_phrases_come_back_with_suggestions(explorer: Explorer) -> None:
    answer = explorer.localize(["absent ankle reflex", "absnt ankel reflx on tuesdays xyzzy", "xyzzy plugh"])
    unread = {item["phrase"]: item for item in answer["unresolved"]}
    assert "xyzzy plugh" in unread and "suggestions" in unread["xyzzy plugh"]
    assert len(answer["observations"]) + len(answer["unresolved"]) >= 3


def test_excluded_features_are_read_as_absent(explorer: Explorer) -> None:
    answer = explorer.localize(["HP:0003438"], excluded=["HP:0034982", "urinary retention"])
    excluded = [o for o in answer["observations"] if o["source"] == "excluded"]
    assert len(excluded) == 2 and not any(o["present"] for o in excluded)


def test_each_phrase_says_how_it_was_read(explorer: Explorer) -> None:
    answer = explorer.localize(["AJ absent R"])
    how = " ".join(answer["observations"][0]["how"])
    assert "'aj' read as 'ankle jerk'" in how


def test_length_caps(explorer: Explorer) -> None:
    with pytest.raises(RadixError, match="at most 300 characters"):
        explorer.localize(["weak " * 70])
    with pytest.raises(RadixError, match="at most 40 findings"):
        explorer.localize(["weak ankle dorsiflexion"] * 41)


def test_the_backtracking_payload_of_issue_14_is_read(explorer: Explorer) -> None:
    """The ~120-byte phrase that froze the old reader's nested-repetition regex is read like any other."""
    answer = explorer.localize(["no " + "exam" * 26 + " zzz"])
    assert answer["unresolved"] or answer["observations"]


def _nested(parsed: object, inside: bool = False) -> bool:
    """Return True when a parsed pattern has a repetition inside a repetition."""
    for op, value in parsed:  # type: ignore[attr-defined]
        name = str(op)
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            if inside or _nested(value[2], True):
                return True
        elif name in ("SUBPATTERN", "BRANCH") and _nested_parts(name, value, inside):
            return True
    return False


def _nested_parts(name: str, value: object, inside: bool) -> bool:
    if name == "SUBPATTERN":
        return _nested(value[3], inside)  # type: ignore[index]
    return any(_nested(branch, inside) for branch in value[1])  # type: ignore[index]


def test_no_regex_of_the_reader_nests_repetition() -> None:
    parser = re._parser
    found = 0
    for path in sorted(LOCALIZE.glob("*.py")):
        for pattern in re.findall(r"re\.compile\(\s*r?\"((?:[^\"\\]|\\.)*)\"", path.read_text(encoding="utf-8")):
            found += 1
            assert not _nested(parser.parse(pattern.replace("\\\\", "\\"))), f"{path.name}: {pattern}"
    assert found >= 5


@pytest.mark.parametrize("phrase", ['"', "\u2019", ";;", "--", "  ,  "])
def test_a_phrase_of_punctuation_comes_back_unread(explorer: Explorer, phrase: str) -> None:
    assert [item["phrase"] for item in explorer.localize(["AJ absent", phrase])["unresolved"]] == [phrase]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=60), words=st.lists(st.sampled_from(
    ["AJ", "2+", "no", "with", "L4-L5", "MRI:", "EMG", "SNAP", "R", "bilat", "4/5", "sural", "temp", "38", "heel",
     "spared", "HP:0000001", "radix:S1_root", ",", ";", "paraspinals", "C5-6", "T12-L1"]), max_size=8))  # fmt: skip
def test_any_text_is_read_or_returned_unread(explorer: Explorer, text: str, words: list[str]) -> None:
    for phrase in (text, " ".join(words)):
        if not phrase.strip():
            continue
        answer = explorer.localize([phrase], excluded=[phrase[::-1]] if phrase[::-1].strip() else [])
        assert len(answer["observations"]) + len(answer["unresolved"]) >= 1


@pytest.mark.parametrize(
    ("phrase", "finding", "present"),
    [
        ("loss of bladder sensation", "urinary_retention", True),
        ("poor urinary stream", "urinary_retention", True),
        ("PVR 700 mL", "urinary_retention", True),
        ("Post-void residual volume 60 mL", "urinary_retention", False),
        ("altered sensation when wiping bottom", "saddle_anaesthesia", True),
        ("Saddle hypesthesia", "saddle_anaesthesia", True),
        ("sciatica now in both legs", "bilateral_leg_symptoms", True),
        ("my right hand just flops down at the wrist", "wrist_drop", True),
    ],
)
def test_words_for_the_cauda_equina_picture_and_others(
    explorer: Explorer, phrase: str, finding: str, present: bool
) -> None:
    """Reading vocabulary added in the second round (docs/localisation.md lists each)."""
    observations = [o for o in read(explorer, phrase) if finding in local(o.findings)]
    assert observations, f"{phrase!r} read as {[o.describe(explorer.G) for o in read(explorer, phrase)]}"
    assert observations[0].present is present


def test_a_finding_that_says_more_than_the_phrase_is_not_composed(explorer: Explorer) -> None:
    """Pain in both legs is not "leg pain on cycling"; a hand named as a place is not numbness of the hand."""
    sciatica = read(explorer, "sciatica now in both legs")
    assert not any("leg_pain_on_cycling" in local(o.findings) for o in sciatica)
    fingers = read(explorer, "Gradual inability to straighten the fingers of the left hand at the knuckles")
    assert [(o.kind, o.present) for o in fingers] == [("weakness", True)]


def test_cannot_is_a_deficit_and_can_is_normal(explorer: Explorer) -> None:
    cannot = one(explorer, "I can't straighten my fingers")
    can = one(explorer, "I can still straighten my elbow")
    assert cannot.kind == can.kind == "weakness" and cannot.present and not can.present


def test_a_negated_list_negates_every_item(explorer: Explorer) -> None:
    observations = read(explorer, "No fever, weight loss, cancer history or bladder symptoms")
    assert len(observations) >= 4 and not any(o.present for o in observations)
    kept = read(explorer, "no saddle anaesthesia, perianal sensation reduced")
    assert [o.present for o in kept] == [False, True]


def test_both_and_is_a_coordination_not_both_sides(explorer: Explorer) -> None:
    assert one(explorer, "weak EHL in both legs").side == "bilateral"
    observation = read(explorer, "MRI: left L5-S1 disc herniation with both subarticular and foraminal components")[0]
    assert observation.side == "left"


@pytest.mark.parametrize(("phrase", "side"), [("Biceps reflex 1+ on the right vs 2+ on the left", "right"),
                                              ("KJ ↓ L (1+ vs 2+ R)", "left"),
                                              ("saphenous SNAP absent L, present R", "left")])  # fmt: skip
def test_a_side_compared_with_the_other_is_the_abnormal_one(explorer: Explorer, phrase: str, side: str) -> None:
    assert one(explorer, phrase).side == side


def test_a_study_line_is_read_result_by_result(explorer: Explorer) -> None:
    observations = read(explorer, "EMG: fibs in biceps and brachialis, deltoid, BR, pronator teres normal")
    assert [o.present for o in observations] == [True, False]
    assert {"biceps_brachii", "brachialis"} <= local([n for _, n in observations[0].anatomy])
    assert "deltoid" in local([n for _, n in observations[1].anatomy])
    snap, conduction = read(explorer, "ulnar and DUC SNAPs normal; no slowing across elbow")
    assert snap.electro == "snap" and not snap.present and not conduction.present
    assert not one(explorer, "Ulnar SNAP normal despite the sensory loss").present
    cased = read(explorer, "US shoulder: full-thickness supraspinatus tear")
    assert [o.kind for o in cased] == ["imaging"]


def test_perianal_numbness_raises_the_cauda_equina_flag(explorer: Explorer) -> None:
    flags = [flag["id"] for flag in explorer.localize(["perianal sensation reduced"])["red_flags"]]
    assert flags[0] == "radix:cauda_equina_syndrome"
    buttock = {flag["id"] for flag in explorer.localize(["numb left buttock"])["red_flags"]}
    assert not buttock & {"radix:cauda_equina_syndrome", "radix:conus_medullaris_syndrome"}, buttock


def test_a_tinel_sign_over_the_radial_forearm_is_the_superficial_radial_nerve_s(explorer: Explorer) -> None:
    """The note's "Tinel +ve over distal radial forearm" is the superficial radial nerve's sign, not every Tinel sign.

    The sign had no place in the graph, so the eponym was not narrowed and the wrist's Tinel (carpal tunnel
    syndrome's, "typically") read too: a handcuff neuropathy's picture went to the carpal tunnel. The sign is
    located in the lateral forearm (from its definition), and a nerve's name ("the radial sensory nerve") no longer
    makes the sign a sensory deficit of that skin.
    """
    sign = one(explorer, "Tinel +ve over distal radial forearm")
    assert local(sign.findings) == {"tinel_sign_over_superficial_radial_nerve"}
    assert local(one(explorer, "Tinel +ve at wrist").findings) == {"tinel_sign_at_wrist"}
    facts = explorer.localizer.findings.facts[f"{BASE}tinel_sign_over_superficial_radial_nerve"]
    assert facts.kind == "" and facts.anatomy == (("region", f"{BASE}lateral_forearm"),)


def test_the_sacroiliac_provocation_tests_are_read_by_their_members_names(explorer: Explorer) -> None:
    """Thigh thrust, sacral thrust and Gaenslen's test are members of the sacroiliac provocation cluster.

    The graph's definition of the cluster names them (Laslett). Unread, "thigh thrust ... reproduce the familiar
    pain" had read as pain in the thigh, which vascular claudication reaches, and sacroiliac pictures went to it.
    """
    cluster = {"positive_sacroiliac_provocation_tests"}
    for phrase in ("thigh thrust, distraction and compression tests reproduce the familiar pain",
                   "Gaenslen test positive", "sacral thrust +ve R"):  # fmt: skip
        observations = read(explorer, phrase)
        assert [local(o.findings) for o in observations] == [cluster], phrase
        assert observations[0].present
    assert not one(explorer, "thigh thrust negative").present


def test_a_study_line_naming_a_polyneuropathy_implicates_it_and_a_unit_is_no_name(explorer: Explorer) -> None:
    """A nerve conduction report that names the diagnosis implicates that condition; "4.6 ms" is not MS.

    "NCS: length-dependent axonal sensorimotor polyneuropathy" named no root or nerve, so it was dropped as unread.
    The model gives it the test's sensitivity for the condition it names, and the leak for any other lesion.
    """
    line = "NCS: length-dependent axonal sensorimotor polyneuropathy"
    report = one(explorer, line)
    assert report.kind == "electrodiagnostic" and report.present
    assert local(report.implicates) == {"length_dependent_polyneuropathy"}
    timing = read(explorer, "R median-ulnar palmar mixed latency difference 0.9 ms")
    assert not any("multiple_sclerosis" in local(o.implicates) for o in timing)
    answer = explorer.localize(["numb feet to the ankles both sides", line, "ankle jerks absent both sides"])
    assert answer["sites"][0]["anatomy"] == ["radix:length_dependent_polyneuropathy"]
