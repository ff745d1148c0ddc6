"""A parasagittal lesion's warning signs: a headache worst on waking and a seizure (stop 49).

A parasagittal meningioma presented with seizures in 11 and headache in 9 of 17 operated patients (Egypt J Neurol
Psychiatry Neurosurg 2018); a recent headache with features of a raised intracranial pressure (worst on waking,
GPnotebook) or with a focal deficit is referred urgently as a suspected brain tumour (NHS CKS), and an epileptic seizure
is a red flag for one (Kernick, Pulse). Until stop 49 the graph held neither, so the parasagittal lesion was no red-flag
condition: the commonest missed flag of the development sets (15 cases).
"""

from __future__ import annotations

import pytest

from graph.explore.explorer import Explorer
from tests.test_localize_reader import local, read


@pytest.mark.parametrize(
    "phrase",
    [
        "Pt states: 'headaches worse when I wake up'",
        "morning headaches",
        "headaches, worse mornings",
        "wakes up with a headache most days",
    ],
)
def test_a_headache_worst_on_waking_is_read(explorer: Explorer, phrase: str) -> None:
    names = {n for o in read(explorer, phrase) if o.present for n in local(list(o.findings))}
    assert "raised_intracranial_pressure_headache" in names, (phrase, names)


NOTE = [
    "Slowly progressive right foot drop over eight months, painless",
    "right ankle dorsiflexion 4/5 and hip flexion 4/5",
    "right knee and ankle reflexes brisk with three beats of ankle clonus",
    "right plantar response extensor",
    "no back pain, no sensory level, arms normal",
]


@pytest.mark.parametrize(("line", "raised"), [("morning headaches", True), ("one seizure at home", True)])
def test_the_headache_or_a_seizure_raises_the_parasagittal_flag(explorer: Explorer, line: str, raised: bool) -> None:
    answer = explorer.localize([*NOTE, line])
    flag = next(f for f in answer["red_flags"] if f["id"] == "radix:parasagittal_lesion")
    assert (line in flag["raised_by"]) is raised


def test_a_plain_headache_is_no_warning_sign(explorer: Explorer) -> None:
    answer = explorer.localize(["neck pain and headache after a long drive"])
    flags = [f for f in answer["red_flags"] if f["id"] == "radix:parasagittal_lesion"]
    assert not any(f["raised_by"] for f in flags)
