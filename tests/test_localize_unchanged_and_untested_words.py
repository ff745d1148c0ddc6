"""Bladder and bowels "unchanged", and a test "not done" (stop 54's reader mends).

"No change in bladder or bowel" and "bladder and bowel habits unchanged" had read as urinary retention and both
incontinences *present*: NegEx holds "no change" as a pseudo-negation ("no change in the numbness" says the numbness
persists), and "unchanged" is no trigger at all, so the sphincter words stood as findings, the cauda equina's red flags
(M163-027, a note with no lesion, went to the cauda equina). A function unchanged is no new disturbance of it
(``sacral_words.FUNCTIONS``). These tests hold that reading and the symptoms whose "no change" keeps them present.

A test said not done ("KJ not tested", "PR not done", ISNCSCI's "NT") had read as the finding denied, a normal knee jerk
or a negative Spurling test, and "perianal sensation cannot be examined" as a perianal loss; its clause now says nothing
(``note_text.NOT_EXAMINED``), while a reflex that "could not be elicited" stays absent.
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
     ("no change in bowels", {"faecal_incontinence"}),
     ("bladder and bowels: no change", SPHINCTER),
     ("No change in bladder function or perineal sensation", {"urinary_retention", "urinary_incontinence"}),
     ("waterworks unchanged", {"urinary_retention", "urinary_incontinence"})],
)  # fmt: skip
def test_a_bladder_or_bowel_function_unchanged_is_no_disturbance(explorer: Explorer, line: str, denied: set) -> None:
    found = _findings(explorer, line)
    assert {name for present, name in found if not present} == denied
    assert not [name for present, name in found if present]


@pytest.mark.parametrize(
    ("line", "present"),
    [("bladder unchanged, saddle anaesthesia", "saddle_anaesthesia"),
     ("Bladder unchanged - saddle anaesthesia", "saddle_anaesthesia"),
     ("bladder unchanged (saddle anaesthesia)", "saddle_anaesthesia"),
     ("bladder unchanged and saddle anaesthesia", "saddle_anaesthesia"),
     ("bowels unchanged and urinary retention", "urinary_retention"),
     ("no change in bladder function or saddle numbness", "saddle_anaesthesia"),
     ("bowels unchanged, urinary retention 900 ml", "urinary_retention"),
     ("no change in bladder, faecal incontinence", "faecal_incontinence")],
)  # fmt: skip
def test_an_unchanged_bladder_leaves_the_other_clauses_their_own(explorer: Explorer, line: str, present: str) -> None:
    """The code and late reviews of stop 54: the denial of an unchanged function had run on past a comma or "and"."""
    found = _findings(explorer, line)
    assert (True, present) in found
    assert (False, present) not in found


def test_the_later_clause_of_an_unchanged_bladder_is_its_own(explorer: Explorer) -> None:
    assert (True, "urinary_retention") in _findings(explorer, "new urinary retention, bladder otherwise unchanged")


def test_a_normal_note_with_its_bladder_unchanged_does_not_localise(explorer: Explorer) -> None:
    """The note that went to the cauda equina (M163-027, in other words): legs tired, examination normal."""
    answer = explorer.localize([
        "says his legs feel tired, no pain", "power full, reflexes 2+ and symmetric, plantars flexor",
        "no wasting or fasciculation; bladder and bowel habits unchanged",
    ])  # fmt: skip
    assert answer["abstain"]


# ---- a test not done says nothing of its finding -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kept"),
    [("R AJ ↓; KJ not tested (dressing)",
      [(True, "diminished_ankle_reflex"), (True, "diminished_or_absent_ankle_reflex")]),
     ("L knee jerk not testable (amputation level); R KJ 2+", [(False, "diminished_or_absent_patellar_reflex")]),
     ("power not tested but sensation reduced over the lateral foot", [(True, "lateral_foot_numbness")])],
)  # fmt: skip
def test_a_clause_saying_a_test_was_not_done_is_dropped(explorer: Explorer, line: str, kept: list) -> None:
    """ISNCSCI's "NT": "KJ not tested" had read as a normal knee jerk, beside the clauses that do say something."""
    reading = explorer.localizer.read([line])
    assert [(o.present, name) for o in reading.observations for name in _local(o.findings)] == kept
    assert len(reading.observations) == 1
    assert any("not done read as nothing" in step for o in reading.observations for step in o.how)


@pytest.mark.parametrize(
    "line",
    ["Spurling's not done (dystonic neck)", "perianal sensation and anal tone cannot be examined remotely",
     "reflexes could not be tested remotely", "PR not done by GP"],
)  # fmt: skip
def test_a_line_of_tests_not_done_stays_unread(explorer: Explorer, line: str) -> None:
    """Not a negative Spurling test, and not a perianal loss (the cauda equina's red flag) as before stop 54."""
    reading = explorer.localizer.read([line])
    assert not reading.observations
    assert reading.unresolved


def test_a_reflex_that_cannot_be_elicited_is_still_absent(explorer: Explorer) -> None:
    reading = explorer.localizer.read(["knee jerk could not be elicited", "heel walking not possible"])
    assert [(o.present, _local(o.findings)[0]) for o in reading.observations] == [
        (True, "diminished_or_absent_patellar_reflex"),
        (True, "difficulty_walking_on_heels"),
    ]


@pytest.mark.parametrize(
    ("line", "kept"),
    [("Saddle numbness and PR not done", (True, "saddle_anaesthesia")),
     ("Saddle anaesthesia. Reflexes not tested.", (True, "saddle_anaesthesia")),
     ("saddle anaesthesia (PR not done)", (True, "saddle_anaesthesia")),
     ("saddle numbness to be assessed urgently", (True, "saddle_anaesthesia")),
     ("heel walking cannot be done", (True, "difficulty_walking_on_heels")),
     ("saddle anaesthesia and PR not done", (True, "saddle_anaesthesia")),
     ("saddle anaesthesia: PR not done", (True, "saddle_anaesthesia")),
     ("upgoing plantars and clonus not tested", (True, "extensor_plantar_response")),
     ("sensory level at T8 and reflexes not tested", (True, "sensory_level")),
     ("right foot drop and ankle jerk not done", (True, "foot_drop")),
     ("No saddle anaesthesia although PR not done", (False, "saddle_anaesthesia")),
     ("KJ not tested and AJ absent", (True, "absent_ankle_reflex"))],
)  # fmt: skip
def test_a_finding_said_beside_a_test_not_done_is_kept(explorer: Explorer, line: str, kept: tuple) -> None:
    """The clinical and late reviews of stop 54: the whole clause went, then every item a list of status words missed.

    Items joined by "and" go with the untested one only while they are a test's bare name ("knee", "anal tone").
    """
    assert kept in _findings(explorer, line)


def test_a_perianal_numbness_beside_an_untested_tone_is_kept(explorer: Explorer) -> None:
    reading = explorer.localizer.read(["Perianal numbness (anal tone not assessed)"])
    assert [(o.present, o.kind, [node.removeprefix(BASE) for _, node in o.anatomy]) for o in reading.observations] == [
        (True, "sensory", ["perianal_area"])
    ]


@pytest.mark.parametrize(
    "line",
    ["saddle sensation not formally tested", "unable to assess saddle sensation over the phone",
     "knee and ankle jerks not tested", "Knee jerk, not tested", "Phalen - not done",
     "upgoing plantar - unable to assess", "Motor - foot drop not assessed"],
)  # fmt: skip
def test_a_test_not_done_in_other_words_says_nothing(explorer: Explorer, line: str) -> None:
    """A saddle "not formally tested" had read as saddle anaesthesia, "unable to assess" it as a normal saddle.

    "Upgoing plantar - unable to assess" was a denial until stop 54 (``test_localize_reader_everyday``), and then, in
    the late mends, the sign present through the closest name of the raw line; a heading after which the test is said
    not done goes with it.
    """
    reading = explorer.localizer.read([line])
    assert not reading.observations
