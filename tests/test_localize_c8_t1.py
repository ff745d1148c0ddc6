"""Stop 43: the C8 and T1 roots compressed together are one lesion, as the other adjacent cervical pairs are.

The two-root cervical radiculopathy paired C5 to C8 only (the levels of Henderson's foraminotomies), so a hand
weak in its median and ulnar muscles, numb along the medial forearm and arm, with both foramina narrowed, had no
hypothesis naming both roots; 57 of 67 public cases expecting C8 and T1 missed at the first site. T1 pairs with C8
from the "C8-T1 radiculopathy" Stoker et al. (Global Spine J 2014) name as one picture.
"""

from __future__ import annotations

from graph.explore.explorer import Explorer


def test_a_c8_and_t1_picture_with_both_foramina_narrowed_is_the_two_roots(explorer: Explorer) -> None:
    """Denervation of the paraspinal muscles puts the lesion at the roots (their rami leave at the foramina)."""
    answer = explorer.localize([
        "R hand weak and clumsy for a year, aching neck",
        "APB 3/5, FDI 3/5, ADM 3/5, FPL 4/5",
        "numb medial forearm and medial arm up to the axilla, and the little finger",
        "triceps and biceps jerks 2+ and equal",
        "EMG: denervation in C8 and T1 muscles including the cervical paraspinals",
        "MRI: R C7-T1 and T1-T2 foraminal stenosis",
    ])  # fmt: skip
    first = answer["sites"][0]
    assert set(first["anatomy"]) == {"radix:C8_root", "radix:T1_root"}
    assert answer["conditions"][0]["id"] == "radix:two_level_cervical_radiculopathy"


def test_a_c8_picture_without_t1_signs_stays_at_c8(explorer: Explorer) -> None:
    """Finger flexors and the ring and little fingers, nothing of T1's skin: the one root, as before."""
    answer = explorer.localize([
        "neck pain radiating down the inside of the arm to the little finger",
        "FDP ring and little 4/5, EIP 4/5 L",
        "numb little finger and ring finger L",
        "MRI: L C7-T1 foraminal stenosis",
    ])  # fmt: skip
    assert answer["sites"][0]["anatomy"] == ["radix:C8_root"]
