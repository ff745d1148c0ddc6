"""Choking on drink as a bulbar symptom, and blisters in a band of dermatomes as the shingles rash.

Sealed 173 (stop 55's first pair) had "'drinks go down the wrong way'" unread in a motor neuron disease note, ranked
behind a parasagittal lesion, and "Vesicles over the left buttock and perianal skin in an S2-S3 distribution" unread in
a sacral zoster note whose herpes zoster flag was missed; sealed 171 had "choking on thin liquids" unread. Choking on
drink is a difficulty swallowing, one of the graph's bulbar symptoms (``lay_activities.ACTIVITIES``); blisters in a
phrase part that names a dermatome are the graph's dermatomal vesicular rash (``levels.BLISTER_WORDS``), and blisters
with no band stay unread, as the review of stop 35 asked (a cold sore, chickenpox).
"""

from __future__ import annotations

import pytest

from graph.explore.explorer import Explorer
from graph.namespaces import BASE


def _findings(explorer: Explorer, line: str) -> list[tuple[bool, tuple[str, ...]]]:
    reading = explorer.localizer.read([line])
    return [(o.present, tuple(f.removeprefix(BASE) for f in o.findings)) for o in reading.observations]


@pytest.mark.parametrize(
    "line",
    [
        "'drinks go down the wrong way'",
        "Slurred speech and choking on thin liquids for 8 months",
        "coughs on thin liquids since the spring",
    ],
)
def test_choking_on_drink_is_a_bulbar_symptom(explorer: Explorer, line: str) -> None:
    assert (True, ("bulbar_weakness",)) in _findings(explorer, line)


def test_no_choking_on_drink_denies_it(explorer: Explorer) -> None:
    assert _findings(explorer, "no choking on drinks") == [(False, ("bulbar_weakness",))]


@pytest.mark.parametrize("line", ["coughing on water while swimming", "my pain goes down the wrong way"])
def test_water_in_the_pool_and_a_pain_going_the_wrong_way_are_no_bulbar_symptom(explorer: Explorer, line: str) -> None:
    """Stop 55's code review: the first keys read these as a difficulty swallowing."""
    assert not any("bulbar_weakness" in findings for _, findings in _findings(explorer, line))


@pytest.mark.parametrize(
    "line",
    [
        "Vesicles over the left buttock and perianal skin in an S2-S3 distribution",
        "blisters in the T10 dermatome",
        "vesicles in a R T6 band",
    ],
)
def test_blisters_in_a_band_of_dermatomes_are_the_shingles_rash(explorer: Explorer, line: str) -> None:
    assert (True, ("dermatomal_vesicular_rash",)) in _findings(explorer, line)


@pytest.mark.parametrize(
    "line",
    [
        "blisters on the lip",
        "vesicles on the lip, numb T10",
        "blisters on the feet and L5 numbness",
        "blisters on heels and numbness in the L5 dermatome",
        "blisters on both feet and the L5 dermatome is numb",
        "h/o vesicles in the T4 dermatome 2 years ago",
        "healed vesicles in the T6 band",
    ],
)
def test_blisters_outside_a_band_are_no_shingles_rash(explorer: Explorer, line: str) -> None:
    assert not any("dermatomal_vesicular_rash" in findings for _, findings in _findings(explorer, line))
