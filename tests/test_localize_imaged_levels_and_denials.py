"""A spine image naming two root levels, and the denials, orders and rashes stop 55's reviews left unread.

Stop 55's sealed sets and the development cases held many C8 and T1 pictures whose image named both levels ("MRI: L
C7-T1 and T1-T2 foraminal stenosis", "CT myelogram: pseudomeningoceles at C8 and T1"); the line counted once, as surely
as its best-named root, so C8 alone explained it as well as the radiculopathy of both, and the medial cord of the
plexus, with twice C8's prior, came first. Each level's lesion now counts (``imaged_levels.py``). The late review of
stop 55 found "denies dysphagia" read as present (a closest-name reading NegEx never saw) and "nil by mouth as coughing
on liquids" read as a denial; sealed 176's Lyme note had "expanding ring rash" unread. Stop 56's code and clinical
reviews found the first version counting degenerative wording and normal levels as root lesions, leaving *none* at the
one-level rate, and denying a name after its trigger ("dysphagia without choking"): the later tests keep those.
"""

from __future__ import annotations

from typing import Any

import pytest

from graph.explore.explorer import Explorer
from graph.explore.localize.imaged_levels import root_lesions_written
from graph.namespaces import BASE

HAND_NOTE = [
    "L hand weak for 4 months",
    "FDI 4/5, ADM 4/5, APB 4/5 L",
    "EIP 4/5 L",
    "numb L medial forearm and medial arm",
    "ulnar and medial antebrachial cutaneous SNAPs normal",
]


def _findings(explorer: Explorer, line: str) -> list[tuple[bool, tuple[str, ...]]]:
    reading = explorer.localizer.read([line])
    return [(o.present, tuple(f.removeprefix(BASE) for f in o.findings)) for o in reading.observations]


def _line_likelihood(answer: dict[str, Any], label: str, line: str) -> float:
    """Return the likelihood the site labelled ``label`` gives the phrase ``line`` (its evidence for or against)."""
    site = next(s for s in answer["sites"] if s["label"] == label)
    return next(e["likelihood"] for e in [*site["supporting"], *site["against"]] if e["phrase"] == line)


def test_an_image_of_two_root_levels_counts_a_lesion_at_each(explorer: Explorer) -> None:
    line = "MRI: L C7-T1 and T1-T2 foraminal stenosis"
    answer = explorer.localize([*HAND_NOTE, line], limit=20)
    pair = _line_likelihood(answer, "C8 nerve root + T1 nerve root", line)
    one = _line_likelihood(answer, "C8 nerve root", line)
    cord = _line_likelihood(answer, "medial cord of the brachial plexus", line)
    assert pair == pytest.approx(0.9 * 0.9)
    assert one == pytest.approx(0.9 * 0.3)
    assert cord == pytest.approx(0.3 * 0.3)
    assert answer["sites"][0]["label"] == "C8 nerve root + T1 nerve root"


def test_an_image_of_one_root_level_is_read_as_before(explorer: Explorer) -> None:
    line = "MRI: L C7-T1 foraminal stenosis"
    answer = explorer.localize([*HAND_NOTE, line], limit=20)
    assert _line_likelihood(answer, "C8 nerve root", line) == pytest.approx(0.9)
    assert _line_likelihood(answer, "medial cord of the brachial plexus", line) == pytest.approx(0.3)


def test_paraspinal_denervation_at_two_levels_is_still_one_lesion(explorer: Explorer) -> None:
    """Paraspinal fibrillation spreads over neighbouring levels from one root: an EMG line is not two lesions."""
    line = "EMG: fibs in C8 and T1 paraspinals L"
    answer = explorer.localize([*HAND_NOTE, line], limit=20)
    assert _line_likelihood(answer, "C8 nerve root", line) == _line_likelihood(
        answer, "C8 nerve root + T1 nerve root", line
    )


@pytest.mark.parametrize("line", ["denies dysphagia", "denies dysphagia or dysarthria"])
def test_a_denial_before_a_name_read_by_its_closest_name_denies_it(explorer: Explorer, line: str) -> None:
    assert _findings(explorer, line) == [(False, ("bulbar_weakness",))]


def test_a_closest_name_without_a_denial_is_there(explorer: Explorer) -> None:
    assert _findings(explorer, "dysphagia") == [(True, ("bulbar_weakness",))]


def test_nil_by_mouth_is_an_order_and_the_reason_after_it_is_there(explorer: Explorer) -> None:
    assert (True, ("bulbar_weakness",)) in _findings(explorer, "nil by mouth as coughing on liquids")


def test_nil_alone_still_denies(explorer: Explorer) -> None:
    assert _findings(explorer, "nil choking on drinks") == [(False, ("bulbar_weakness",))]


@pytest.mark.parametrize("line", ["NBM, coughs on fluids", "nil orally, choking on drinks"])
def test_nil_by_mouth_written_short_is_an_order_too(explorer: Explorer, line: str) -> None:
    assert (True, ("bulbar_weakness",)) in _findings(explorer, line)


@pytest.mark.parametrize(
    ("line", "present"), [("expanding ring rash on the thigh", True), ("no expanding ring rash", False)]
)
def test_an_expanding_ring_rash_is_erythema_migrans(explorer: Explorer, line: str, present: bool) -> None:
    assert (present, ("erythema_migrans",)) in _findings(explorer, line)


@pytest.mark.parametrize(
    ("report", "lesions"),
    [
        ("MRI: L C7-T1 and T1-T2 foraminal stenosis", 2),
        ("CT myelogram: pseudomeningoceles at R C8 and T1", 2),
        ("MRI: L2-3 and L3-4 foraminal stenosis", 2),
        ("MRI: L4-5 lateral recess stenosis, plus L5-S1 foraminal narrowing", 2),
        ("MRI: L5-S1 right disc protrusion compressing S1, mild L4-5 disc bulge", 1),
        ("MRI: degenerative changes at L3-4, L4-5 and L5-S1; right L5-S1 protrusion compressing the S1 root", 1),
        ("MRI: L4-5 and L5-S1 disc bulges, no root compression", 0),
        ("MRI: L4-5 and L5-S1 degenerative disc disease with Modic change", 0),
        ("MRI: severe L3/4 and L4/5 central canal stenosis", 0),
        ("MRI: C5-6 normal, C6-7 foraminal stenosis", 1),
        ("MRI: L2 vertebral body fracture with a fragment in the L2-3 foramen", 1),
        ("MRI: C5-6, C6-7 foraminal stenosis", 2),
        ("MRI: enhancement of the L4 and L5 nerve roots", 0),
        ("MRI: perineural root sleeve cysts at S1 and S2", 0),
        ("MRI: L2-3 and L3-4 foraminal stenosis, likely incidental", 0),
    ],
)
def test_only_root_lesions_a_report_writes_are_counted(report: str, lesions: int) -> None:
    """Stop 56's reviews: degenerative wording, a denied or normal level, a root beside its own level add no lesion."""
    assert root_lesions_written(report) == lesions


@pytest.mark.parametrize(
    "line", ["MRI: L4-5 and L5-S1 disc bulges", "MRI: C5-6 normal, C6-7 foraminal stenosis compressing the C7 root"]
)
def test_an_image_naming_levels_without_two_root_lesions_is_read_as_one(explorer: Explorer, line: str) -> None:
    answer = explorer.localize([*HAND_NOTE, line], limit=40)
    whys = [
        e["why"] for site in answer["sites"] for e in [*site["supporting"], *site["against"]] if e["phrase"] == line
    ]
    assert whys, "the image is read"
    assert not any("root levels" in why for why in whys)


def test_a_two_level_avulsion_does_not_leave_none_ahead(explorer: Explorer) -> None:
    """Stop 56's first pair: *none* kept the one-level rate, and a C8 and T1 avulsion with its pair first abstained."""
    note = [
        "R arm pulled up overhead in a fall from a ladder",
        "R hand flail: intrinsics 0/5, finger flexors 1/5; shoulder and elbow 5/5",
        "R ptosis and miosis",
        "numb medial forearm and little finger",
        "CT myelogram: pseudomeningoceles at R C8 and T1",
    ]
    answer = explorer.localize(note, limit=20)
    labels = [site["label"] for site in answer["sites"]]
    assert not answer["abstain"]
    assert labels.index("C8 nerve root + T1 nerve root") < labels.index("C8 nerve root")


@pytest.mark.parametrize(
    "line", ["dysphagia screen: denies dysphagia", "denies dysphagia now", "denies dysphagia but has neck pain"]
)
def test_a_denial_reaches_the_name_after_a_heading_or_before_a_turn_word(explorer: Explorer, line: str) -> None:
    """Stop 56's late review: a heading naming it first, or "now" or "but" anywhere later, kept these present."""
    assert (False, ("bulbar_weakness",)) in _findings(explorer, line)


@pytest.mark.parametrize(
    "line",
    ["dysphagia without choking", "dysphagia not improving", "denied dysphagia on admission, now dysphagic"],
)
def test_a_trigger_after_the_name_or_a_history_turned_round_denies_nothing(explorer: Explorer, line: str) -> None:
    """Stop 56's reviews: the first version scanned the whole clause and denied each of these."""
    assert (True, ("bulbar_weakness",)) in _findings(explorer, line)


@pytest.mark.parametrize(
    "line", ["expanding ring of redness around the wound", "itchy scaly expanding ring, ringworm per GP"]
)
def test_a_ring_that_is_no_rash_of_lyme_disease_is_not_erythema_migrans(explorer: Explorer, line: str) -> None:
    """Stop 56's reviews: "expanding ring" alone read a wound's redness and a tinea as erythema migrans."""
    assert not any("erythema_migrans" in findings for _, findings in _findings(explorer, line))


def test_a_two_level_lumbar_image_keeps_a_stenosis_where_it_stood_against_none(explorer: Explorer) -> None:
    """Stop 56's late review: as a product over its roots, the image made a stenosis five times likelier than *none*."""
    line = "MRI: L4-5 and L5-S1 foraminal narrowing"
    note = ["low back pain for 4 months, worse bending", "no leg pain, SLR negative", "neuro exam normal", line]
    answer = explorer.localize(note, limit=40)
    canal = next(s for s in answer["sites"] if s["label"] == "cauda equina, spinal canal")
    stenosis = next(e for e in [*canal["supporting"], *canal["against"]] if e["phrase"] == line)
    one_level = explorer.localize([*note[:3], "MRI: L4-5 foraminal narrowing"], limit=40)
    canal_one = next(s for s in one_level["sites"] if s["label"] == "cauda equina, spinal canal")
    single = next(e for e in [*canal_one["supporting"], *canal_one["against"]] if e["phrase"].startswith("MRI"))
    assert stenosis["likelihood_ratio"] == pytest.approx(single["likelihood_ratio"], rel=0.35)
