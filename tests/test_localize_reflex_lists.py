"""A list of muscles named for their jerks is a list of reflexes, its first item too (stop 48).

"Biceps, supinator and triceps jerks symmetric" had read "Biceps", cut off by the comma, as the muscle's weakness, and
present (sixty development lines wrote such a list; N9-031's C8 picture went to the medial cord partly on it).
"""

from __future__ import annotations

import pytest

from graph.explore.explorer import Explorer
from tests.test_localize_reader import local, read


@pytest.mark.parametrize(
    ("phrase", "reflexes", "present"),
    [
        ("Biceps, supinator and triceps jerks symmetric", {"biceps", "triceps"}, False),
        ("biceps, triceps jerks 2+", {"biceps", "triceps"}, False),
        ("knee, ankle and biceps jerks absent", {"patellar", "ankle", "biceps"}, True),
        ("Right biceps, brachioradialis and triceps reflexes reduced", {"biceps", "brachioradialis", "triceps"}, True),
    ],
)
def test_each_muscle_of_a_jerks_list_is_its_reflex(
    explorer: Explorer, phrase: str, reflexes: set[str], present: bool
) -> None:
    said = read(explorer, phrase)
    assert not any(o.kind == "weakness" for o in said), phrase
    names = " ".join(n for o in said for n in local(list(o.findings)))
    assert all(reflex in names for reflex in reflexes), names
    assert all(o.present is present for o in said if o.findings)


def test_a_muscle_list_graded_for_power_stays_weakness(explorer: Explorer) -> None:
    said = read(explorer, "biceps, deltoid 4/5; triceps jerk normal")
    assert {o.kind for o in said if o.present} == {"weakness"}
