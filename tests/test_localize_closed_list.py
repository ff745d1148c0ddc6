"""Stop 44: a list closed by its own "and" does not lend a later clause's "normal" to its items.

"it's my thumb and first two fingers, my little finger's fine" was read as a normal thumb (and a normal little
finger): the list rule (``phrase.shared_status``) gives a comma-joined item the first status after it, as in "deltoid,
supraspinatus, infraspinatus 5/5". A list already closed by "and" before the status's clause, which has no "and" of its
own, has ended: the later clause is a second statement. Nor does an item whose clause names a deficit by its own name
wait for a status ("areflexia in legs, arms normal" had read as no areflexia and normal legs).
"""

from __future__ import annotations

import pytest
from rdflib import Graph

from graph.explore.explorer import Explorer
from graph.load.store import oxigraph_store
from graph.namespaces import BASE
from tests.test_localize_reader import read


@pytest.fixture(scope="module")
def explorer(radix_graph: Graph) -> Explorer:
    return Explorer(oxigraph_store(radix_graph))


def _normal_regions(explorer: Explorer, text: str) -> set[str]:
    """Return the local names of the regions the phrase is read as saying are normal."""
    return {
        node.removeprefix(BASE)
        for o in read(explorer, text)
        if not o.present
        for kind, node in o.anatomy
        if kind == "region"
    }


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("it's my thumb and first two fingers, my little finger's fine", {"little_finger"}),
        ("thumb, index and middle fingers, little finger fine", {"little_finger"}),
        ("numb sole and dorsum L foot, medial shin spared", {"medial_leg"}),
    ],
)
def test_a_closed_list_keeps_its_items_out_of_a_later_normal(explorer: Explorer, text: str, normal: set[str]) -> None:
    assert _normal_regions(explorer, text) == normal


def test_a_deficit_named_in_the_first_clause_stays_present(explorer: Explorer) -> None:
    said = read(explorer, "areflexia in legs, arms normal")
    areflexia = [o for o in said if f"{BASE}generalised_areflexia" in o.findings]
    assert areflexia and all(o.present for o in areflexia)
    assert _normal_regions(explorer, "areflexia in legs, arms normal") == {"upper_limb"}


def test_a_numb_sole_beside_a_spared_shin_is_numb(explorer: Explorer) -> None:
    said = read(explorer, "numb sole and dorsum L foot, medial shin spared")
    assert any(o.present and f"{BASE}sole_numbness" in o.findings for o in said)


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("my elbow, wrist and hand are all strong", {"elbow_region", "wrist", "hand"}),
        ("Sensation of the thumb, index and middle fingers normal", {"thumb", "middle_finger"}),
        ("elbow flexion/extension, wrist and grip 5/5", {"wrist"}),
    ],
)
def test_a_list_closed_in_the_status_clause_still_shares_it(explorer: Explorer, text: str, normal: set[str]) -> None:
    """The list's own "and" in the status's clause ("wrist and hand are all strong") closes it there: shared."""
    said = read(explorer, text)
    assert all(not o.present for o in said)
    assert _normal_regions(explorer, text) == normal


def test_a_movement_keeps_its_list_grade_past_a_compound_name(explorer: Explorer) -> None:
    """A movement shares the list's 5/5 past "flexion/extension", rewritten "flexion and extension"."""
    said = [o for o in read(explorer, "elbow flexion/extension, grip 5/5") if o.kind == "weakness"]
    assert said and not any(o.present for o in said)


def test_a_status_clause_naming_nothing_goes_on_with_the_list(explorer: Explorer) -> None:
    """A clause naming no part ("feels touch normally") goes on with the list: the toes and ankle are normal."""
    said = read(explorer, "R foot: moves toes and ankle fully, feels touch normally")
    assert said and not any(o.present for o in said)


def test_the_thumb_and_first_two_fingers_are_three_digits(explorer: Explorer) -> None:
    """A patient's "thumb and (the) first two fingers" are digits 1-3 (``lay.REGIONS``), not the thumb alone."""
    said = read(explorer, "pins and needles in my thumb and the first two fingers")
    numb = {f.removeprefix(BASE) for o in said if o.present for f in o.findings}
    assert {"thumb_numbness", "index_finger_numbness", "middle_finger_numbness"} <= numb
