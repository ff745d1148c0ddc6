"""Bladder and bowels "unchanged", and a test "not done" (stop 54's reader mends).

"No change in bladder or bowel" and "bladder and bowel habits unchanged" had read as urinary retention and both
incontinences *present*: NegEx holds "no change" as a pseudo-negation ("no change in the numbness" says the numbness
persists), and "unchanged" is no trigger at all, so the sphincter words stood as findings, the cauda equina's red flags
(M163-027, a note with no lesion, went to the cauda equina). A function unchanged is no new disturbance of it
(``sacral_words.FUNCTIONS``). These tests hold that reading and the symptoms whose "no change" keeps them present.
"""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from graph.explore.explorer import Explorer
from graph.namespaces import BASE

SPHINCTER = {"urinary_retention", "urinary_incontinence", "faecal_incontinence"}


def _local(iris: Iterable[str]) -> tuple[str, ...]:
    return tuple(iri.removeprefix(BASE) for iri in iris)


def _findings(explorer: Explorer, line: str) -> list[tuple[bool, str]]:
    """Return each finding read from a line as (present, local name)."""
    reading = explorer.localizer.read([line])
    assert not reading.unresolved, f"{line!r} was not read"
    return [(o.present, name) for o in reading.observations for name in _local(o.findings)]


@pytest.mark.parametrize(
    ("line", "denied"),
    [("no change in bladder or bowel", SPHINCTER),
     ("bladder and bowel habits unchanged", SPHINCTER),
     ("Bladder and bowels unchanged", SPHINCTER),
     ("bladder/bowel routine unchanged", SPHINCTER),
     ("bladder and bowels working as usual", SPHINCTER),
     ("no change in bladder symptoms", {"urinary_retention", "urinary_incontinence"}),
     ("bladder unchanged (nocturia x2 as before)", {"urinary_retention", "urinary_incontinence"}),
     ("no change in bowels", {"faecal_incontinence"})],
)  # fmt: skip
def test_a_bladder_or_bowel_function_unchanged_is_no_disturbance(explorer: Explorer, line: str, denied: set) -> None:
    found = _findings(explorer, line)
    assert {name for present, name in found if not present} == denied
    assert not [name for present, name in found if present]


def test_an_unchanged_bladder_leaves_the_other_clauses_their_own(explorer: Explorer) -> None:
    found = _findings(explorer, "bladder unchanged, saddle numb")
    assert (True, "saddle_anaesthesia") in found
    assert (False, "urinary_retention") in found
    assert (True, "urinary_retention") in _findings(explorer, "new urinary retention, bladder otherwise unchanged")


def test_a_normal_note_with_its_bladder_unchanged_does_not_localise(explorer: Explorer) -> None:
    """The note that went to the cauda equina (M163-027, in other words): legs tired, examination normal."""
    answer = explorer.localize([
        "says his legs feel tired, no pain", "power full, reflexes 2+ and symmetric, plantars flexor",
        "no wasting or fasciculation; bladder and bowel habits unchanged",
    ])  # fmt: skip
    assert answer["abstain"]
