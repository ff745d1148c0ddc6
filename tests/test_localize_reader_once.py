"""Stop 43: a finding one phrase names twice is one piece of evidence.

"weak thumb flexion (FPL)" names the weakness of thumb interphalangeal flexion by its movement and again by its
muscle; the reader gave two observations of it, so a naive-Bayes model squared its likelihood ratio. In the C8 root
notes this counted each "may" of C8 radiculopathy twice against the root and each "commonly" of the medial cord twice
for it (``observation.once``).
"""

from __future__ import annotations

import pytest
from rdflib import Graph

from graph.explore.explorer import Explorer
from graph.load.store import oxigraph_store
from graph.namespaces import BASE
from tests.test_localize_reader import read

THUMB_FLEXION = f"{BASE}weak_thumb_flexion"
FPL = f"{BASE}flexor_pollicis_longus"


@pytest.fixture(scope="module")
def explorer(radix_graph: Graph) -> Explorer:
    return Explorer(oxigraph_store(radix_graph))


def test_a_finding_named_by_movement_and_muscle_is_read_once_with_its_muscle(explorer: Explorer) -> None:
    said = [o for o in read(explorer, "weak thumb flexion (FPL) on the left") if THUMB_FLEXION in o.findings]
    assert len(said) == 1
    assert ("muscle", FPL) in said[0].anatomy
    assert said[0].present and said[0].side == "left"


def test_the_once_read_finding_weighs_once_in_the_explanation(explorer: Explorer) -> None:
    answer = explorer.localize(["weak long finger flexors and weak thumb flexion (FPL) on the left"], limit=40)
    c8 = next(s for s in answer["sites"] if s["id"] == "radix:C8_root")
    weighed = [e for e in c8["supporting"] + c8["against"] if "radix:weak_thumb_flexion" in e["findings"]]
    assert len(weighed) == 1


def test_two_lines_saying_the_same_thing_are_still_two_observations(explorer: Explorer) -> None:
    """Only one phrase's repeats are merged; a patient's words and the examiner's are read apart as before."""
    answer = explorer.localize(["weak thumb flexion on the left", "weak thumb flexion on the left"], limit=5)
    assert [o["findings"] for o in answer["observations"]] == [["radix:weak_thumb_flexion"]] * 2


@pytest.mark.parametrize(
    "phrase",
    ["numb little finger and weak thumb flexion (FPL)", "weak FPL, weak thumb flexion, numb medial forearm"],
)
def test_other_findings_of_the_phrase_are_kept(explorer: Explorer, phrase: str) -> None:
    names = {f.rsplit("/", 1)[-1] for o in read(explorer, phrase) for f in o.findings}
    assert "weak_thumb_flexion" in names
    assert len(names) >= 2
