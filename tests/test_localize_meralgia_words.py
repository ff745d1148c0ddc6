"""Meralgia paraesthetica's own words: its Tinel sign at the inguinal ligament, a belt cinched tight, "anterolat".

Sealed 167 (stop 54's first pair) had two meralgia notes ranked below a root and a tarsal tunnel: "Tinel +ve just medial
to L ASIS" was read as any Tinel sign (the elbow's, the fibular head's, Guyon's canal's), since the graph held no Tinel
sign of the lateral femoral cutaneous nerve; "anterolat thigh" as the whole thigh; "harness waist belt cinched tight"
and "jeans belted tight" were unread. The graph now states the sign for meralgia from the Evidence in Physical Therapy
page's clinical presentation (``ref_evidencept_meralgia``), at the inguinal ligament just medial to the anterior
superior iliac spine, two structures it did not hold.
"""

from __future__ import annotations

import pytest

from graph.explore.explorer import Explorer
from graph.namespaces import BASE


def _findings(explorer: Explorer, line: str) -> list[tuple[bool, str, tuple[str, ...]]]:
    reading = explorer.localizer.read([line])
    assert not reading.unresolved, f"{line!r} was not read"
    return [(o.present, o.side, tuple(f.removeprefix(BASE) for f in o.findings)) for o in reading.observations]


@pytest.mark.parametrize(
    "line",
    [
        "Tinel +ve just medial to L ASIS",
        "positive Tinel medial to the ASIS",
        "Tinel's positive over the inguinal ligament",
    ],
)
def test_a_tinel_sign_at_the_inguinal_ligament_is_meralgias(explorer: Explorer, line: str) -> None:
    assert [findings for _, _, findings in _findings(explorer, line)] == [("tinel_sign_at_inguinal_ligament",)]


def test_the_fibular_heads_tinel_sign_is_still_its_own(explorer: Explorer) -> None:
    assert _findings(explorer, "Tinel +ve at L fibular head") == [(True, "left", ("tinel_sign_at_fibular_head",))]


@pytest.mark.parametrize(
    "line", ["harness waist belt cinched tight for 4 d", "I wear my jeans belted tight", "tight jeans every day"]
)
def test_a_belt_or_jeans_worn_tight_is_the_tight_belt(explorer: Explorer, line: str) -> None:
    assert (True, "", ("tight_waist_belt",)) in _findings(explorer, line)


def test_anterolat_is_anterolateral(explorer: Explorer) -> None:
    assert _findings(explorer, "burning/numb L anterolat thigh") == [(True, "left", ("lateral_thigh_numbness",))]


def test_a_meralgia_note_in_shorthand_is_sited_at_the_lateral_femoral_cutaneous_nerve(explorer: Explorer) -> None:
    """Q167-103 in other words: before stop 54 it abstained with the tarsal tunnel first."""
    answer = explorer.localize([
        "sailor, waist harness cinched tight all week", "numb L anterolat thigh, size of a palm",
        "hip flexion, quads and adductors 5/5", "KJ 2+ symmetrical", "no back pain, SLR negative",
        "Tinel +ve medial to L ASIS",
    ])  # fmt: skip
    assert answer["sites"][0]["label"] == "lateral femoral cutaneous nerve"
    assert not answer["abstain"]
