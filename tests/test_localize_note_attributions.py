"""Stop 46: findings a note itself attributes to something other than the lesion.

A clinician who writes "AJ ↓ bilat (age)" or "ankle reflexes depressed bilaterally, attributed to age" says the finding
is not the lesion's: symmetric ankle jerks and toe vibration fade with age. Read as findings, they made a one-sided root
picture two-sided, and the stenosis of the canal (which reaches both sides) took the lead in elderly root cases.
"""

from __future__ import annotations

import pytest

from graph.explore.explorer import Explorer
from graph.explore.localize.note_text import tidy
from graph.namespaces import BASE
from tests.test_localize_reader import read


def _findings(explorer: Explorer, text: str) -> set[tuple[str, bool]]:
    return {(f.removeprefix(BASE), o.present) for o in read(explorer, text) for f in o.findings}


@pytest.mark.parametrize(
    "text",
    [
        "AJ ↓ bilat (age), KJ 2+",
        "Ankle reflexes depressed bilaterally, attributed to age; knee reflexes 2+",
        "ASR ∅ bilat. (age), KJ 2+",
        "AJs absent both sides (age 84), KJ 2+",
    ],
)
def test_a_reflex_attributed_to_age_is_dropped_and_the_rest_of_the_line_kept(explorer: Explorer, text: str) -> None:
    found = _findings(explorer, text)
    assert not {name for name, _ in found if "ankle" in name}, found
    assert ("diminished_or_absent_patellar_reflex", False) in found


@pytest.mark.parametrize(
    "text",
    [
        "R AJ absent (age 70)",  # a bare age after a finding of one side states the age
        "R AJ absent, attributed to age",  # an asymmetric reflex is disease, whatever the note says
        "L AJ reduced (age)",
        "AJ absent bilat (age 34)",  # under sixty, no age explains it
    ],
)
def test_a_one_sided_or_young_reflex_loss_is_kept(explorer: Explorer, text: str) -> None:
    """The clinical review of stop 46."""
    assert any("ankle" in name and present for name, present in _findings(explorer, text))


@pytest.mark.parametrize(
    "text",
    [
        "reduced vibration and pinprick to mid-shin bilat, age-related",
        "age-related vibration loss to knees",
        "reflexes brisk throughout (age)",
        "reduced vibration at toes, age-related macular degeneration",
        "AJs absent bilat (not age-related)",  # a denied or doubted attribution (the code review of stop 46)
        "vibration absent to toes bilaterally, unlikely age-related",
        "AJ absent bilat, ? age related",
        "both AJs present (age 65)",  # a normal finding is no loss age explains
        "KJs and AJs absent bilat (age)",  # the late review of stop 46: knee jerks are not age's
        "AJs reduced bilat R>L (age)",  # an asymmetry is disease
        "AJs absent bilat (age-related vs DM neuropathy)",  # a doubt
        "vib reduced fingers bilat (age)",  # not the toes
    ],
)
def test_what_age_does_not_explain_is_kept(text: str) -> None:
    """Age explains symmetric ankle jerks and toe vibration, not brisk reflexes or vibration lost to the knees."""
    assert tidy(text, []) == text


def test_the_words_attributing_a_finding_are_shown(explorer: Explorer) -> None:
    how: list[str] = []
    assert "KJ 2+" in tidy("AJ ↓ bilat (age), KJ 2+", how)
    assert any("attributes to age" in line for line in how)


def test_a_line_wholly_attributed_to_age_is_returned_unread_with_the_reason(explorer: Explorer) -> None:
    """Never dropped in silence: the line comes back unread, saying why."""
    answer = explorer.localize(["age-related vibration loss at both big toes"])
    assert not answer["observations"]
    [unread] = answer["unresolved"]
    assert any("attributes to age" in line for line in unread["how"])


def test_a_study_line_with_age_words_is_left_to_the_study_reader() -> None:
    line = "MRI lumbar spine: age-related disc degeneration"
    assert tidy(line, []) == line


def test_an_elderly_one_sided_root_picture_is_not_made_two_sided_by_its_age_reflexes(explorer: Explorer) -> None:
    answer = explorer.localize(
        [
            "74M, L leg pain buttock to lateral calf and dorsum of foot",
            "EHL 4/5 L, hip abduction 4+/5 L",
            "AJ ↓ bilat (age), KJ 2+",
            "MRI: L L4-5 lateral recess stenosis compressing the traversing L5 root",
        ]
    )
    assert answer["sites"][0]["label"] == "L5 nerve root"


def test_heel_raise_counts_in_a_grades_bracket_are_the_weaker_sides(explorer: Explorer) -> None:
    """Sealed 113's G113-028 (after its run): the bracket's "L" had made the right calf's weakness two-sided."""
    line = "R plantarflexion 4/5 (10 single heel raises L, 3 R)"
    said = {(finding.removeprefix(BASE), o.side) for o in read(explorer, line) for finding in o.findings}
    assert said == {("weak_ankle_plantar_flexion", "right"), ("weak_single_leg_heel_raise", "right")}


def test_a_line_dropped_as_ages_is_not_read_back_by_its_closest_name(explorer: Explorer) -> None:
    """The late review of stop 46: the closest-name fallback had read the whole line back in."""
    answer = explorer.localize(["ankle reflexes depressed bilaterally, attributed to age"])
    assert not answer["observations"]
