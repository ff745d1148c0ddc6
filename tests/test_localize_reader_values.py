"""Values with their units and sides, tests named without "test", and "right" that is not a side (issue 12 item 3).

Each phrase is written for this test (none is taken from the evaluation cases) and asserted to read as the graph's
finding, side and presence it means.
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


def findings_of(explorer: Explorer, phrase: str) -> list[tuple[str, bool, str]]:
    """Return (finding, present, side) for every finding a phrase is read as ("" for no side)."""
    return [
        (finding, observation.present, observation.side)
        for observation in read(explorer, phrase)
        for finding in local(observation.findings)
    ]


@pytest.mark.parametrize(
    ("phrase", "finding"),
    [
        ("CSF: 60 lymphocytes/µL, protein 0.9 g/L", "csf_lymphocytic_pleocytosis"),
        ("CSF 35 lymphocytes/mm3", "csf_lymphocytic_pleocytosis"),
        ("CSF protein 2.1 g/L, 3 cell/mm3", "csf_albuminocytologic_dissociation"),
        ("CSF protein 1.6 g/L and 1 white cell per microlitre", "csf_albuminocytologic_dissociation"),
    ],
)
def test_a_csf_count_written_with_its_unit_is_read(explorer: Explorer, phrase: str, finding: str) -> None:
    """A cell count joined to its unit ("lymphocytes/µL", "cell/mm3") or said as white cells is still a count.

    These lines had been returned unread: the count's word was only recognised alone or as "cells/".
    """
    assert (finding, True, "") in findings_of(explorer, phrase)


def test_an_ankle_brachial_index_is_read_per_side(explorer: Explorer) -> None:
    """Read each value of "ABI R 0.61, L 1.02" with the side it names (a side before the value had hidden both)."""
    read_as = findings_of(explorer, "ABI R 0.61, L 1.02")
    assert ("reduced_ankle_brachial_index", True, "right") in read_as
    assert ("reduced_ankle_brachial_index", False, "left") in read_as
    assert findings_of(explorer, "ABI left 0.7") == [("reduced_ankle_brachial_index", True, "left")]


def test_a_test_named_without_the_word_test_is_its_positive_finding(explorer: Explorer) -> None:
    """Read "femoral nerve stretch +ve L" as the graph's "positive femoral nerve stretch test", on the left.

    The bare name is added only where no other name holds it: "elbow flexion" stays the movement, not the graph's
    "positive elbow flexion test" (whose bare name it would otherwise be).
    """
    assert findings_of(explorer, "femoral nerve stretch +ve L") == [
        ("positive_femoral_nerve_stretch_test", True, "left")
    ]
    assert findings_of(explorer, "femoral nerve stretch -ve") == [("positive_femoral_nerve_stretch_test", False, "")]
    assert not any("elbow_flexion_test" in f for f, _, _ in findings_of(explorer, "she cannot bend her elbow properly"))


@pytest.mark.parametrize(
    ("phrase", "side"),
    [
        ("shooting pain right down the leg", ""),
        ("the pain goes right down the left leg", "left"),
        ("right leg pain", "right"),
    ],
)
def test_right_before_up_or_down_is_not_a_side(explorer: Explorer, phrase: str, side: str) -> None:
    """Read "right down the leg" with no side: an intensifier, not the right side (it had made the pain right-sided)."""
    observations = read(explorer, phrase)
    assert observations and all(o.side == side for o in observations), [o.describe(explorer.G) for o in observations]


@pytest.mark.parametrize(
    ("phrase", "finding", "present"),
    [
        ("twitching in both calves", "fasciculations", True),
        ("a week of diarrhoea a fortnight before", "antecedent_infection", True),
        ("no preceding diarrhea", "antecedent_infection", False),
        ("her knee gave way on the stairs", "knee_buckling", True),
        ("hollow between the thumb and index finger on the left", "first_dorsal_interosseous_wasting", True),
        ("flattened posterior axillary fold", "latissimus_dorsi_wasting", True),
    ],
)
def test_lay_words_for_signs_and_history(explorer: Explorer, phrase: str, finding: str, present: bool) -> None:
    """Read lay words for signs and history items as the graph's findings.

    Twitching is fasciculation; diarrhoea before a weakness is the graph's preceding infection; a knee that gave way
    is knee buckling; a hollow first web space is the first dorsal interosseous wasted; a flat posterior axillary fold
    is latissimus dorsi wasted (its muscle belly forms the fold).
    """
    assert any(f == finding and p is present for f, p, _ in findings_of(explorer, phrase)), findings_of(
        explorer, phrase
    )


def test_a_cough_that_makes_the_pain_shoot_aggravates_it(explorer: Explorer) -> None:
    """Read "sneezing makes the pain shoot down" as the activity provoking the symptom, as "makes it worse" is."""
    observations = read(explorer, "sneezing makes the pain shoot down")
    assert any(o.kind == "modifier" and "sneezing" in local([a for _, a in o.anatomy]) for o in observations), [
        o.describe(explorer.G) for o in observations
    ]
