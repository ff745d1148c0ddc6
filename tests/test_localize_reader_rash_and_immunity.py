"""History rows of stop 39: a zoster rash (vesicles in a strip, shingles seen), HIV as immunosuppression.

Development lines left unread or read only in part: "crusting vesicles in a strip across the L anterior thigh" (sealed
66), "healing shingles on front of L thigh" (sealed 57), "known HIV" (immunosuppression is a red flag for zoster and
spinal infection in the graph, which names HIV among its causes); fingolimod lowers the lymphocytes and raises the
risk of infections, zoster among them (its US prescribing information, 5.2 Infections). The reviews of stop 39 narrowed
them: a list of serology ("HIV, syphilis serology sent") or a past drug ("fingolimod stopped") is no immunosuppression,
and vesicles on a place or crusting all over are no dermatomal rash.
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


def _present(explorer: Explorer, phrase: str) -> set[str]:
    return {f for o in read(explorer, phrase) if o.present for f in local(list(o.findings))}


@pytest.mark.parametrize(
    "phrase",
    [
        "crusting vesicles in a strip across the L anterior thigh to the medial knee",
        "Derm letter: 72M, healing shingles on front of L thigh down to inner knee (wk 3)",
        "left T8 shingles rash 10 days ago",
        "day 3: cluster of vesicles on red base in same band, L paravertebral",
    ],
)
def test_a_rash_of_vesicles_or_shingles_seen_is_the_dermatomal_rash(explorer: Explorer, phrase: str) -> None:
    assert "dermatomal_vesicular_rash" in _present(explorer, phrase)


def test_shingles_in_the_past_or_vesicles_not_in_a_strip_are_not_a_dermatomal_rash(explorer: Explorer) -> None:
    assert "dermatomal_vesicular_rash" not in _present(explorer, "shingles 2 years ago")
    assert "dermatomal_vesicular_rash" not in _present(explorer, "pain ever since shingles")
    assert "dermatomal_vesicular_rash" not in _present(explorer, "crusting vesicles all over after chickenpox")
    assert "dermatomal_vesicular_rash" not in _present(explorer, "vesicles on both hands and feet")


@pytest.mark.parametrize("phrase", ["known HIV on ART", "HIV+ on ART", "HIV, CD4 150", "on fingolimod for MS"])
def test_hiv_and_fingolimod_are_immunosuppression(explorer: Explorer, phrase: str) -> None:
    assert "immunosuppression" in _present(explorer, phrase)


def test_a_low_cd4_count_stays_advanced_hiv_and_a_negative_test_is_no_immunosuppression(explorer: Explorer) -> None:
    assert "advanced_hiv_infection" in _present(explorer, "HIV, CD4 30")
    assert "advanced_hiv_infection" in _present(explorer, "AIDS, CD4 count 20")
    assert "immunosuppression" not in _present(explorer, "HIV negative")
    assert "immunosuppression" not in _present(explorer, "HIV test negative, hepatitis screen negative")
    assert "immunosuppression" not in _present(explorer, "HIV, syphilis serology sent")
    assert "immunosuppression" not in _present(explorer, "fingolimod stopped 2 years ago")
