"""A parasagittal lesion's seizure, and a headache worst on waking read as such (stop 49).

A parasagittal meningioma presented with seizures in 11 of 17 operated patients (Egypt J Neurol Psychiatry Neurosurg
2018), and an epileptic seizure is a red flag for a brain tumour needing urgent investigation (Kernick, Pulse): the
seizure is a finding of the parasagittal lesion and raises its flag, which makes the lesion a red-flag condition (until
stop 49 it was none: the commonest missed flag of the development sets, 15 cases). "Seizure-free" is no seizure; a
provoked or childhood seizure still reads as one (a known gap). A headache worst on waking is read as the headache of a
raised intracranial pressure (GPnotebook) but is no red flag and no finding of the lesion: the reviews of stop 49 found
it raised the flag on migraine and hangover lines (Kernick calls headaches that wake from sleep an orange flag), and a
plain headache, common in anyone, had a likelihood ratio of 3.6 for the lesion.
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


def test_a_seizure_raises_the_parasagittal_flag(explorer: Explorer) -> None:
    answer = explorer.localize([*NOTE, "one seizure at home"])
    flag = next(f for f in answer["red_flags"] if f["id"] == "radix:parasagittal_lesion")
    assert "one seizure at home" in flag["raised_by"]
    assert answer["sites"][0]["id"] == "radix:paracentral_lobule"


@pytest.mark.parametrize("line", ["seizure-free for 10 years", "no seizures"])
def test_a_seizure_denied_is_none(explorer: Explorer, line: str) -> None:
    assert not any(o.present and "seizure" in local(list(o.findings)) for o in read(explorer, line))


@pytest.mark.parametrize("line", ["hangover headache on waking", "migraine, often wakes with a headache"])
def test_a_morning_headache_raises_no_flag(explorer: Explorer, line: str) -> None:
    answer = explorer.localize(["right foot drop, painless", "ankle dorsiflexion 4/5 right", line])
    assert not any(f["raised_by"] for f in answer["red_flags"] if f["id"] == "radix:parasagittal_lesion")
