"""Stop 42: a second side's status-only clause, and a bracketed aside saying some other part is normal.

"SLR negative L, positive R" read as a normal left SLR only, and "plantar upgoing L, downgoing R" as a normal left
plantar: the second clause's status was shared back to the first clause's name and its side was lost
(``second_side.py``). "Numb round his bottom (arms fine)" read the buttock as normal: the aside's "fine" was the
nearest status word of the whole line (``note_text.NORMAL_ASIDE``). A lesser grade on the second side stays the
comparison it was ("AJ absent R, L 1+"), and a status read before a name is not repeated as the name ("pedal pulses
absent R, present L" does not make the left pulses absent). The reviews of stop 42 found the first rule copying
headers, negations, findings named by their deficit and list items; only a sign graded on its own is named again now,
and the aside is set apart by semicolons (a comma let the clause before take its normal word).
"""

from __future__ import annotations

import pytest
from rdflib import Graph

from graph.explore.explorer import Explorer
from graph.explore.localize.second_side import named_again
from graph.load.store import oxigraph_store
from tests.test_localize_reader import local, read


@pytest.fixture(scope="module")
def explorer(radix_graph: Graph) -> Explorer:
    return Explorer(oxigraph_store(radix_graph))


def _readings(explorer: Explorer, phrase: str, names: set[str]) -> set[tuple[str, bool, str]]:
    """Return each of these findings or places read, with whether it is present and its side."""
    return {
        (name, o.present, o.side or "")
        for o in read(explorer, phrase)
        for name in local(list(o.findings)) or [a[1].rsplit("/", 1)[-1] for a in o.anatomy]
        if name in names
    }


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("SLR negative L, positive R", {("positive_straight_leg_raise", False, "left"),
                                        ("positive_straight_leg_raise", True, "right")}),
        ("SLR +ve R at 30 deg, -ve L", {("positive_straight_leg_raise", True, "right"),
                                        ("positive_straight_leg_raise", False, "left")}),
        ("plantar upgoing L, downgoing R", {("extensor_plantar_response", True, "left"),
                                            ("extensor_plantar_response", False, "right")}),
        ("left plantar upgoing, right downgoing", {("extensor_plantar_response", True, "left"),
                                                   ("extensor_plantar_response", False, "right")}),
        ("Babinski neg L, pos R", {("extensor_plantar_response", False, "left"),
                                   ("extensor_plantar_response", True, "right")}),
        ("ankle jerk: R absent, L present", {("absent_ankle_reflex", True, "right"),
                                             ("absent_ankle_reflex", False, "left")}),
        ("EHL weak R, normal L", {("weak_great_toe_extension", True, "right"),
                                  ("weak_great_toe_extension", False, "left")}),
    ],
)  # fmt: skip
def test_each_side_of_a_status_only_second_clause_is_read(explorer: Explorer, phrase: str, expected: set) -> None:
    assert _readings(explorer, phrase, {name for name, _, _ in expected}) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("AJ absent R, L 1+", {("absent_ankle_reflex", True, "right")}),  # 1+: the low end of normal, the comparison
        ("pedal pulses absent R, present L", {("absent_foot_pulses", True, "right")}),
    ],
)  # fmt: skip
def test_a_lesser_grade_or_a_status_before_the_name_is_not_repeated(
    explorer: Explorer, phrase: str, expected: set
) -> None:
    assert _readings(explorer, phrase, {name for name, _, _ in expected}) == expected


def test_the_name_is_the_first_clauses_words_before_its_status() -> None:
    how: list[str] = []
    words = ["straight", "leg", "raise", "positive", "at", "30", "deg", "right", ",", "negative", "left"]
    assert named_again(words, how) == [*words[:-2], "straight", "leg", "raise", "negative", "left"]
    assert how == ["the left side's 'negative' read as said of 'straight leg raise'"]
    same = "knee jerk absent left , absent right"  # the second side given the name
    assert " ".join(named_again(same.split(" "), [])) == "knee jerk absent left , knee jerk absent right"
    one_side = ["ankle", "jerk", "absent", "left", ",", "normal", "left"]  # the same side twice: no second side
    assert named_again(one_side, []) == one_side


def test_a_bracketed_normal_aside_is_a_clause_of_its_own(explorer: Explorer) -> None:
    read_as = _readings(explorer, "numb round his bottom (arms fine)", {"buttock", "upper_limb"})
    assert read_as == {("buttock", True, ""), ("upper_limb", False, "")}  # the buttock was normal: one clause


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("saddle anaesthesia (anal tone normal)", {("saddle_anaesthesia", True, "")}),  # read normal before stop 42
        ("foot drop (sensation intact)", {("foot_drop", True, "")}),
        ("Lower limbs: SLR positive R, negative L", {("positive_straight_leg_raise", True, "right"),
                                                     ("positive_straight_leg_raise", False, "left")}),
        ("KJ absent L; AJ absent R, present L", {("diminished_or_absent_patellar_reflex", True, "left"),
                                                 ("absent_ankle_reflex", True, "right"),
                                                 ("absent_ankle_reflex", False, "left")}),
        ("numb plantar up to ankle", set()),  # the sole, not the plantar response
        ("weak legs (upgoing plantars, arms normal)", {("extensor_plantar_response", True, "bilateral")}),
        ("ankle jerk absent R, brisk L", {("absent_ankle_reflex", True, "right")}),  # "brisk" is not repeated
    ],
)  # fmt: skip
def test_the_reviews_counter_examples_keep_their_readings(explorer: Explorer, phrase: str, expected: set) -> None:
    names = {"saddle_anaesthesia", "foot_drop", "positive_straight_leg_raise", "diminished_or_absent_patellar_reflex",
             "extensor_plantar_response", "absent_ankle_reflex"}  # fmt: skip
    assert _readings(explorer, phrase, names) == expected
