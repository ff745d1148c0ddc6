"""A finding the note says is the patient's baseline is no evidence of the new lesion (``baseline.py``, stop 57).

Sealed 184 (run in stop 57) had four patients of a Krabbe disease clinic with a new focal lesion (meralgia, carpal
tunnel syndrome, a rotator cuff, a lateral antebrachial cutaneous nerve) whose notes also listed their lifelong brisk
reflexes "(baseline)" or "as always"; read as new, those placed each at the cervical cord or the anterior horn.
"""

from __future__ import annotations

import pytest

from graph.explore.explorer import Explorer
from graph.explore.localize.baseline import BASELINE_DROPPED
from graph.namespaces import BASE


def _read(explorer: Explorer, line: str) -> tuple[set[tuple[str, bool, str]], list[str]]:
    """Return (finding or kind, present, side) of each observation of one line, and the line's unread phrases."""
    reading = explorer.localizer.read([line])
    seen = set()
    for o in reading.observations:
        names = [f.removeprefix(BASE) for f in o.findings] or [o.kind]
        seen |= {(name, o.present, o.side) for name in names}
    return seen, [u["phrase"] for u in reading.unresolved]


@pytest.mark.parametrize(
    "line",
    ["knee jerks brisk both sides as always", "BJ/TJ 3+ bilat (baseline)", "reflexes absent, as at baseline",
     "quadriceps and hip flexors at his baseline"],
)  # fmt: skip
def test_a_finding_said_to_be_the_baseline_is_not_read(explorer: Explorer, line: str) -> None:
    seen, unread = _read(explorer, line)
    assert not seen and unread == [line]
    how = explorer.localizer.read([line]).unresolved[0]["how"]
    assert BASELINE_DROPPED in how


def test_the_other_clauses_of_a_line_are_still_read(explorer: Explorer) -> None:
    seen, _ = _read(explorer, "BJ/TJ 3+ bilat (baseline), Hoffmann -ve")
    assert seen == {("hoffmann_sign", False, "")}
    seen, _ = _read(explorer, "R leg wasted and areflexic (old), L deltoid 4/5 new")
    assert seen == {("weakness", True, "left")}


def test_a_bracket_of_its_own_words_takes_only_itself(explorer: Explorer) -> None:
    seen, _ = _read(explorer, "KJ L 1+, R 3+ (both 3+ at baseline)")
    assert ("diminished_or_absent_patellar_reflex", True, "left") in seen


@pytest.mark.parametrize("line", ["ankle jerks weaker than baseline", "new R foot drop since baseline"])
def test_a_change_from_the_baseline_is_the_new_finding(explorer: Explorer, line: str) -> None:
    seen, _ = _read(explorer, line)
    assert seen and all(present for _, present, _ in seen)


@pytest.mark.parametrize(
    "line",
    ["he no longer feels the urge to pass urine as before",  # the code review of stop 57: "as before" is "like before"
     "FVC 1.8 L (baseline 3.2 L)", "bladder and bowels working as usual", "baseline EMG shows L5 fibrillations",
     "left foot drop unchanged from last clinic", "weakness for 40 minutes, as before"],
)  # fmt: skip
def test_a_comparison_or_a_baseline_value_is_no_baseline_finding(explorer: Explorer, line: str) -> None:
    reading = explorer.localizer.read([line])
    hows = [*(h for o in reading.observations for h in o.how), *(h for u in reading.unresolved for h in u["how"])]
    assert BASELINE_DROPPED not in hows


def test_a_focal_lesion_in_a_patient_with_lifelong_brisk_reflexes_is_placed_at_its_nerve(explorer: Explorer) -> None:
    # sealed 184, H184-019 (public since stop 57): meralgia under a wheelchair's belt, placed at the cervical cord
    answer = explorer.localize(
        [
            "adult Krabbe clinic patient, wheelchair user with a tight pelvic positioning belt",
            "burning and a numb patch on the outside of the right thigh, like sunburn under my trousers",
            "it's worse when the belt is done up tight",
            "no weakness of hip or knee beyond my usual stiffness",
            "knee jerks brisk both sides as always",
            "numb patch stops above the knee; inner thigh and shin feel normal",
        ],
        limit=10,
    )
    first_two = [site["label"] for site in answer["sites"][:2]]
    assert "lateral femoral cutaneous nerve" in first_two  # sixth, behind the cervical cord, before stop 57
    assert not any("spinal cord" in label for label in first_two)
