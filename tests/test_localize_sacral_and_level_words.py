"""The sacral functions said lost, and a spinothalamic sensory level (stop 52's reader mends, ``sacral_words.py``).

"Absent saddle sensation" had been read as saddle anaesthesia *denied* ("absent" was said of the red flag's name), "no
perianal sensation" and "no S4-5 sensation" as a normal skin (NegEx took the "no" as a denial), "can't feel when bladder
full" as no sensory change anywhere, "bladder sensation absent" and "lost control of bowels" were unread, and so was
"loss of pain and temperature below T8" (the word "pain" kept the clause from being a sensory loss). These tests hold
each reading and the red flag it feeds; the wordings that keep a normal saddle, or a band of pain, are held beside them.
"""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from graph.explore.explorer import Explorer
from graph.namespaces import BASE


def _local(iris: Iterable[str]) -> tuple[str, ...]:
    return tuple(iri.removeprefix(BASE) for iri in iris)


def _read(explorer: Explorer, line: str) -> list[tuple[bool, str, tuple[str, ...], tuple[str, ...]]]:
    """Return each observation of a line as (present, kind, findings, anatomy's local names)."""
    reading = explorer.localizer.read([line])
    assert not reading.unresolved, f"{line!r} was not read"
    return [
        (o.present, o.kind, _local(o.findings), _local(node for _, node in o.anatomy)) for o in reading.observations
    ]


@pytest.mark.parametrize(
    "line",
    ["absent saddle sensation", "saddle sensation absent", "no saddle sensation", "reduced saddle sensation",
     "saddle sensation diminished", "no sacral sensation", "lost saddle sensation"],
)  # fmt: skip
def test_the_saddles_sensation_said_lost_is_saddle_anaesthesia(explorer: Explorer, line: str) -> None:
    assert (True, "finding", ("saddle_anaesthesia",), ()) in _read(explorer, line)


@pytest.mark.parametrize("line", ["saddle sensation intact", "saddle sensation normal", "sacral sensation preserved"])
def test_the_saddles_sensation_said_kept_denies_saddle_anaesthesia(explorer: Explorer, line: str) -> None:
    assert (False, "finding", ("saddle_anaesthesia",), ()) in _read(explorer, line)


@pytest.mark.parametrize(
    ("line", "place"),
    [("no perianal sensation", "perianal_area"), ("no anal sensation", "perianal_area"),
     ("absent anal sensation", "perianal_area"), ("no perineal sensation", "perineum"),
     ("no genital sensation", "perineum"), ("no S4-5 sensation", "S5_dermatome"), ("no S4/5 sensation", "S4_dermatome"),
     ("no S3-5 sensation", "S3_dermatome")],
)  # fmt: skip
def test_no_sensation_of_a_part_of_the_saddle_is_a_loss_there(explorer: Explorer, line: str, place: str) -> None:
    assert any(present and kind == "sensory" and place in where for present, kind, _, where in _read(explorer, line))


def test_s4_5_sensation_intact_stays_a_normal_skin(explorer: Explorer) -> None:
    assert (False, "sensory", (), ("S4_dermatome", "S5_dermatome")) in _read(explorer, "S4-5 sensation intact")


@pytest.mark.parametrize(
    ("line", "finding"),
    [("absent bladder sensation", "urinary_retention"), ("bladder sensation absent", "urinary_retention"),
     ("can't feel when bladder full", "urinary_retention"), ("can't feel when my bladder is full", "urinary_retention"),
     ("lost control of bladder", "urinary_incontinence"), ("lost control of his bowels", "faecal_incontinence"),
     ("lost control of bowels", "faecal_incontinence")],
)  # fmt: skip
def test_the_bladders_sensation_and_control_said_lost_are_the_red_flags(
    explorer: Explorer, line: str, finding: str
) -> None:
    assert (True, "finding", (finding,), ()) in _read(explorer, line)


def test_perianal_sensation_intact_stays_a_normal_perianal_skin(explorer: Explorer) -> None:
    assert (False, "sensory", (), ("perianal_area",)) in _read(explorer, "perianal sensation intact")


def test_absent_saddle_sensation_with_retention_raises_the_cauda_equina_flag(explorer: Explorer) -> None:
    note = ["absent saddle sensation", "painless urinary retention, 1.1 L on catheter", "bilateral sciatica"]
    assert (True, "finding", ("saddle_anaesthesia",), ()) in _read(explorer, note[0])
    flagged = {flag["id"] for flag in explorer.localize(note, limit=20)["red_flags"]}
    assert flagged & {"radix:cauda_equina_syndrome", "radix:conus_medullaris_syndrome"}


@pytest.mark.parametrize(
    ("line", "finding"),
    [("absent saddle sensation, legs normal", "saddle_anaesthesia"),
     ("sacral sensation absent, power normal", "saddle_anaesthesia"),
     ("bladder sensation absent, legs normal", "urinary_retention"),
     ("lost control of bowels, legs normal", "faecal_incontinence"),
     ("sacral sensation - absent", "saddle_anaesthesia")],
)  # fmt: skip
def test_a_lost_sacral_function_keeps_its_status_beside_a_normal_clause(
    explorer: Explorer, line: str, finding: str
) -> None:
    """The rewrite says "present" itself: a later "normal" is not its status (the code review of stop 52)."""
    assert (True, "finding", (finding,), ()) in _read(explorer, line)


@pytest.mark.parametrize(
    ("line", "finding"),
    [("no saddle sensation change", "saddle_anaesthesia"), ("nil saddle sensation change", "saddle_anaesthesia"),
     ("sacral sensation present", "saddle_anaesthesia"), ("sacral sensation: 2/2", "saddle_anaesthesia"),
     ("normal sacral sensation", "saddle_anaesthesia"),
     ("nil bladder sensation issues", "urinary_retention")],
)  # fmt: skip
def test_a_kept_or_undisturbed_sacral_function_is_a_denial(explorer: Explorer, line: str, finding: str) -> None:
    assert (False, "finding", (finding,), ()) in _read(explorer, line)


@pytest.mark.parametrize(
    ("line", "place"),
    [("no perianal sensation loss", "perianal_area"), ("no S4-5 sensation loss", "S5_dermatome"),
     ("no perineal sensation problems", "perineum")],
)  # fmt: skip
def test_no_sensation_loss_of_a_part_of_the_saddle_is_a_normal_skin(explorer: Explorer, line: str, place: str) -> None:
    assert any(
        not present and kind == "sensory" and place in where for present, kind, _, where in _read(explorer, line)
    )


def test_a_sacral_sensation_not_tested_says_nothing(explorer: Explorer) -> None:
    assert explorer.localizer.read(["sacral sensation not tested"]).unresolved


def test_both_controls_lost_are_both_incontinences(explorer: Explorer) -> None:
    for line in ("lost control of bladder and bowels", "lost control of his bowels and bladder"):
        found = {f for present, _, findings, _ in _read(explorer, line) if present for f in findings}
        assert {"urinary_incontinence", "faecal_incontinence"} <= found


@pytest.mark.parametrize(
    "line",
    ["loss of pain and temperature below T8", "pain and temperature lost below T10",
     "reduced pain and temp sensation below T4", "Pinprick reduced below the T8 level"],
)  # fmt: skip
def test_a_spinothalamic_loss_below_a_level_is_a_sensory_level(explorer: Explorer, line: str) -> None:
    assert any(present and "sensory_level" in findings for present, _, findings, _ in _read(explorer, line))


@pytest.mark.parametrize("line", ["pain from T12 down to the groin", "burning pain below T6"])
def test_a_pain_below_a_level_without_a_modality_is_no_sensory_level(explorer: Explorer, line: str) -> None:
    reading = explorer.localizer.read([line])
    assert not any(BASE + "sensory_level" in o.findings for o in reading.observations)


@pytest.mark.parametrize(
    "line",
    ["temp 38.5 and back pain below T8", "tumour below the T8 level", "cord signal change below the T6 level",
     "weakness below the T10 level"],
)  # fmt: skip
def test_a_level_without_a_lost_sensation_is_no_sensory_level(explorer: Explorer, line: str) -> None:
    """A fever beside a pain, or a scan's or a weakness's extent "below the" level (the code review of stop 52)."""
    reading = explorer.localizer.read([line])
    assert not any(BASE + "sensory_level" in o.findings for o in reading.observations)


@pytest.mark.parametrize(
    ("line", "present"),
    [("anal sensation reduced", True), ("reduced anal sensation", True), ("anal sensation intact", False)],
)
def test_anal_sensation_is_the_perianal_skins_with_the_notes_status(
    explorer: Explorer, line: str, present: bool
) -> None:
    """The perianal skin: "anal sensation intact" had read as no sensory change anywhere (the clinical review)."""
    assert (present, "sensory", (), ("perianal_area",)) in _read(explorer, line)


def test_a_bowels_fullness_not_felt_is_no_global_denial(explorer: Explorer) -> None:
    """The graph holds no rectal-sensation finding: the line comes back unread, not as "no sensory change anywhere"."""
    reading = explorer.localizer.read(["can't feel when my bowels are full"])
    assert reading.unresolved
    assert not any(o.kind == "global" for o in reading.observations)


@pytest.mark.parametrize("line", ["hasn't lost control of her bladder", "hasn't got saddle anaesthesia"])
def test_a_contracted_hasnt_is_a_denial(explorer: Explorer, line: str) -> None:
    assert not any(present for present, _, _, _ in _read(explorer, line))


@pytest.mark.parametrize("line", ["sensory level T4 (nipple line), arms 5/5", "sensory level at T10, UL normal"])
def test_a_segmented_sensory_level_keeps_its_status_beside_a_normal_clause(explorer: Explorer, line: str) -> None:
    """A T4 fracture-dislocation's level had taken the arms' 5/5 and gone to the cauda equina (the clinical review)."""
    assert (True, "finding", ("sensory_level",), ()) in _read(explorer, line)


@pytest.mark.parametrize(
    "line",
    ["loss of bladder and bowel control", "lost bladder and bowel control", "lost control of both bladder and bowels"],
)
def test_bladder_and_bowel_control_lost_together_are_both_incontinences(explorer: Explorer, line: str) -> None:
    """They had read as all three sphincter findings denied (the late review of stop 52, older than its change)."""
    found = {f for present, _, findings, _ in _read(explorer, line) if present for f in findings}
    assert {"urinary_incontinence", "faecal_incontinence"} <= found


@pytest.mark.parametrize("line", ["sacral sensation", "Sacral sensation:", "perianal sensation not tested"])
def test_a_sacral_test_named_without_a_status_says_nothing(explorer: Explorer, line: str) -> None:
    assert explorer.localizer.read([line]).unresolved


def test_temp_beside_a_pain_is_no_modality(explorer: Explorer) -> None:
    """A "reduced" elsewhere in the clause no longer makes the pain a modality (the late review of stop 52)."""
    reading = explorer.localizer.read(["temp 38 and reduced appetite and back pain below T8"])
    assert not any(BASE + "sensory_level" in o.findings for o in reading.observations)


@pytest.mark.parametrize("line", ["no sensation below T6", "no pinprick below T8", "no sensation or power below T10"])
def test_no_sensation_below_a_level_is_a_sensory_level(explorer: Explorer, line: str) -> None:
    """The spinal injury examination's wording (stop 53): the "no" had made the clause a denial."""
    assert any(present and "sensory_level" in findings for present, _, findings, _ in _read(explorer, line))


@pytest.mark.parametrize("line", ["no sensation loss below T6", "no sensation change below T10"])
def test_no_sensation_change_below_a_level_is_no_level(explorer: Explorer, line: str) -> None:
    reading = explorer.localizer.read([line])
    assert not any(o.present and any(f.endswith("sensory_level") for f in o.findings) for o in reading.observations)


@pytest.mark.parametrize(
    "line",
    ["no pinprick or light touch loss below T8", "no sensation abnormality below T6", "? no sensation below T6",
     "no sensation of tingling below T10"],
)  # fmt: skip
def test_a_denied_change_or_a_question_below_a_level_is_no_level(explorer: Explorer, line: str) -> None:
    """The reviews of stop 53: only the two words after "no" had been looked at, and a question was a finding."""
    reading = explorer.localizer.read([line])
    assert not any(o.present and any(f.endswith("sensory_level") for f in o.findings) for o in reading.observations)


@pytest.mark.parametrize("line", ["no sensation abnormal below T6", "no sensation impaired below T10"])
def test_a_change_word_of_any_form_after_no_sensation_is_no_level(explorer: Explorer, line: str) -> None:
    """The late review of stop 53: "abnormal", "impaired" had been no change word (only listed forms were)."""
    reading = explorer.localizer.read([line])
    assert not any(o.present and any(f.endswith("sensory_level") for f in o.findings) for o in reading.observations)
