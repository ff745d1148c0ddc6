"""Guillain-Barré syndrome as notes say it: "all reflexes absent" is generalised areflexia (stop 49).

A development case whose writer named Guillain-Barré syndrome (G98-089) left "all reflexes absent" unread; the graph's
finding now has it among its synonyms. Tried and withdrawn the same stop: "can't climb the stairs" read as weakness of
hip and knee extension, like rising from a chair. Said of no side, it counted against Guillain-Barré syndrome's
two-sided reach and for the canal's stenosis: four development cases of the syndrome lost their first site.
"""

from __future__ import annotations

import pytest

from graph.explore.explorer import Explorer
from tests.test_localize_reader import local, read


@pytest.mark.parametrize("phrase", ["all reflexes absent", "all jerks absent", "absent reflexes throughout"])
def test_all_reflexes_absent_is_generalised_areflexia(explorer: Explorer, phrase: str) -> None:
    names = {n for o in read(explorer, phrase) if o.present for n in local(list(o.findings))}
    assert "generalised_areflexia" in names, (phrase, names)


def test_a_gbs_picture_with_all_reflexes_absent_raises_its_flag(explorer: Explorer) -> None:
    """G98-089 in its own words: its Guillain-Barré flag had been missed."""
    answer = explorer.localize(
        [
            "had food poisoning 2 weeks ago",
            "tingling toes then fingers over 5 days, now can't climb the stairs to the office",
            "all reflexes absent",
            "weak hips and shoulders 4-/5, distal 4/5",
            "no sensory level, bladder normal",
            "breathless lying flat",
        ]
    )
    assert "radix:guillain_barre_syndrome" in {f["id"] for f in answer["red_flags"]}
