"""Stop 44: a list closed by its own "and" does not lend a later clause's "normal" to its items.

"it's my thumb and first two fingers, my little finger's fine" was read as a normal thumb (and a normal little
finger): the list rule (``phrase.shared_status``) gives a comma-joined item the first status after it, as in "deltoid,
supraspinatus, infraspinatus 5/5". A list already closed by "and" before the status's clause, which has no "and" of its
own, has ended: the later clause is a second statement (asked only in a phrase with no kind word: the code review
found kind-headed lists, "sensation over shoulder and lateral arm, forearm, hand intact", read as numbness). Nor does an
item whose clause names a deficit by its own name wait for a status said of another region ("areflexia in legs, arms
normal" had read as no areflexia and normal legs); a checklist of signs ("hyperreflexia, Hoffmann negative") still
shares it (the reviews of stop 44).
"""

from __future__ import annotations

import pytest

from graph.explore.explorer import Explorer
from graph.namespaces import BASE
from tests.test_localize_reader import read


def _normal_regions(explorer: Explorer, text: str) -> set[str]:
    """Return the local names of the regions the phrase is read as saying are normal."""
    return {
        node.removeprefix(BASE)
        for o in read(explorer, text)
        if not o.present
        for kind, node in o.anatomy
        if kind == "region"
    }


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("it's my thumb and first two fingers, my little finger's fine", {"little_finger"}),
        ("thumb, index and middle fingers, little finger fine", {"little_finger"}),
        ("numb sole and dorsum L foot, medial shin spared", {"medial_leg"}),
    ],
)
def test_a_closed_list_keeps_its_items_out_of_a_later_normal(explorer: Explorer, text: str, normal: set[str]) -> None:
    assert _normal_regions(explorer, text) == normal


def test_areflexia_in_the_legs_is_the_legs_reflexes_beside_normal_arms(explorer: Explorer) -> None:
    """Areflexia said of the legs is the legs' reflexes (a ``lay_bedside`` rewrite), not every limb's."""
    said = read(explorer, "areflexia in legs, arms normal")
    reflexes = {f.removeprefix(BASE) for o in said if o.present for f in o.findings}
    assert reflexes == {"diminished_or_absent_patellar_reflex", "bilateral_absent_ankle_reflexes"}
    assert _normal_regions(explorer, "areflexia in legs, arms normal") == {"upper_limb"}


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("saddle anaesthesia, legs normal", "saddle_anaesthesia"),
        ("foot drop, hip normal", "foot_drop"),
        ("saddle LT/PP absent, no VAC", "saddle_anaesthesia"),
        ("saddle pinprick absent", "saddle_anaesthesia"),
    ],
)
def test_a_named_deficit_is_not_negated_by_another_part_s_normal(explorer: Explorer, text: str, present: str) -> None:
    assert any(o.present and f"{BASE}{present}" in o.findings for o in read(explorer, text))


@pytest.mark.parametrize(
    "text",
    [
        "hyperreflexia, Hoffmann's - negative",
        "UMN signs: hyperreflexia, clonus absent",
        "power: shoulder and elbow, wrist, hand 5/5",
        "sensation over shoulder and lateral arm, forearm, hand intact",
        "perianal sensation and anal tone, legs normal",
        "strength in hips and knees, ankles 5/5",
        "saddle light touch intact",
        "R foot: moves toes and ankle fully, feels touch normally",
    ],
)
def test_checklists_and_kind_headed_lists_still_share_their_normal(explorer: Explorer, text: str) -> None:
    """The reviews' counter-examples to the first version: each is read as normal throughout, as before it."""
    said = read(explorer, text)
    assert said and not any(o.present for o in said)


def test_no_voluntary_anal_contraction_is_its_absence(explorer: Explorer) -> None:
    """ASIA shorthand "no VAC" is the contraction absent, a deficit, not a normal finding negated."""
    said = read(explorer, "no VAC")
    assert any(o.present and ("movement", f"{BASE}voluntary_anal_contraction") in o.anatomy for o in said)


def test_a_numb_sole_beside_a_spared_shin_is_numb(explorer: Explorer) -> None:
    said = read(explorer, "numb sole and dorsum L foot, medial shin spared")
    assert any(o.present and f"{BASE}sole_numbness" in o.findings for o in said)


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("my elbow, wrist and hand are all strong", {"elbow_region", "wrist", "hand"}),
        ("elbow flexion/extension, wrist and grip 5/5", {"wrist"}),
    ],
)
def test_a_list_closed_in_the_status_clause_still_shares_it(explorer: Explorer, text: str, normal: set[str]) -> None:
    """The list's own "and" in the status's clause ("wrist and hand are all strong") closes it there: shared."""
    said = read(explorer, text)
    assert all(not o.present for o in said)
    assert _normal_regions(explorer, text) == normal


def test_a_movement_keeps_its_list_grade_past_a_compound_name(explorer: Explorer) -> None:
    """A movement shares the list's 5/5 past "flexion/extension", rewritten "flexion and extension"."""
    said = [o for o in read(explorer, "elbow flexion/extension, grip 5/5") if o.kind == "weakness"]
    assert said and not any(o.present for o in said)


def test_a_status_after_a_list_and_before_its_place_is_still_the_list_s(explorer: Explorer) -> None:
    """The list's status said with its place ("normal in both legs"): only a status right before a name is its."""
    said = read(explorer, "Power, reflexes and sensation normal in both legs")
    assert said and not any(o.present for o in said)


@pytest.mark.parametrize(
    ("text", "finding", "present"),
    [
        ("saddle sensation, anal tone, legs normal", "saddle_anaesthesia", False),  # a test named, not a deficit
        ("saddle sensation, legs normal", "saddle_anaesthesia", False),
        ("saddle pinprick, anal tone, legs: normal", "saddle_anaesthesia", False),
        ("no areflexia in the legs", "diminished_or_absent_patellar_reflex", False),
        ("no VAC weakness", None, False),
        ("saddle anaesthesia, anal tone normal", "saddle_anaesthesia", True),  # a deficit by name keeps it
        ("urinary retention, anal tone normal", "urinary_retention", True),
        ("foot drop, hip abduction 5/5", "foot_drop", True),
        ("wrist drop, triceps 5/5", "wrist_drop", True),
        ("hyperreflexia, Hoffmann's - negative", "hyperreflexia", False),  # a checklist set off by "-"
        ("UMN signs: hyperreflexia, clonus absent", "hyperreflexia", False),  # a heading
    ],
)
def test_the_late_review_s_lines(explorer: Explorer, text: str, finding: str | None, present: bool) -> None:
    """The late review of stop 44: each line's finding read with the status the writer meant."""
    said = read(explorer, text)
    named = [o for o in said if finding is None or f"{BASE}{finding}" in o.findings]
    assert named and all(o.present is present for o in named)
