"""An imaging line naming a metastasis is abnormal, and a cord named only to deny it is not implicated (stop 49).

"MRI: T1 vertebral body met extending into R T1-T2 foramen, no cord compression" (a development case, H77-045) had
been read as a normal scan: the only lesion word the study reader knew there was the denied "compression". A metastasis
("met" after a level or a bone's word, "metastasis", "mets") is now a lesion word like a mass, and the cord is
implicated only when the line names it (or a narrowed cervical or thoracic canal, where the cord is) neither denied
nor said normal in its clause.
"""

from __future__ import annotations

import pytest

from graph.explore.explorer import Explorer
from tests.test_localize_reader import local, read


def _imaging(explorer: Explorer, line: str) -> tuple[bool, set[str]]:
    (observation,) = [o for o in read(explorer, line) if o.kind == "imaging"]
    return observation.present, set(local(list(observation.implicates)))


@pytest.mark.parametrize(
    ("line", "root"),
    [
        ("MRI: T1 vertebral body met extending into R T1-T2 foramen, no cord compression", "T1_root"),
        ("MRI: L5 vertebral body met extending into L L5-S1 foramen, no cauda equina compression", "L5_root"),
    ],
)
def test_a_metastasis_beside_a_denied_compression_is_abnormal(explorer: Explorer, line: str, root: str) -> None:
    present, implicated = _imaging(explorer, line)
    assert present and root in implicated and "thoracic_spinal_cord" not in implicated


@pytest.mark.parametrize(
    ("line", "cord"),
    [
        ("MRI: C5-C6 disc compressing the cord", True),
        ("MRI C5-6: disc bulge, no cord compression, cord signal normal", False),
        ("MRI C-spine: congenitally narrow canal C3-C5, no cord signal change, no fracture", True),
        ("MRI: C5-C6 disc, canal patent", False),
        ("MRI C-spine: cord compression at C5-6 with normal cord signal", True),
        ("MRI whole spine: C5-6 disc bulge, L4-5 central canal stenosis", False),
    ],
)
def test_the_cord_is_implicated_only_when_named_as_diseased(explorer: Explorer, line: str, cord: bool) -> None:
    _, implicated = _imaging(explorer, line)
    assert ("cervical_spinal_cord" in implicated) is cord


def test_no_metastasis_is_a_normal_scan(explorer: Explorer) -> None:
    present, _ = _imaging(explorer, "MRI: no metastasis, no cord compression")
    assert not present


def test_criteria_met_is_no_metastasis(explorer: Explorer) -> None:
    """A "met" is a metastasis only after a level or a bone's word (the code review of stop 39 for the cause reader)."""
    present, _ = _imaging(explorer, "MRI L-spine: no root compression, audit criteria met")
    assert not present


@pytest.mark.parametrize(
    ("line", "cord"),
    [
        ("MRI T6-T7: disc protrusion indenting the thecal sac, no cord signal change", True),
        ("MRI L-spine: T12-L1 normal, L4-5 central canal stenosis", False),
    ],
)
def test_the_thoracic_cord_is_in_its_sac_and_a_canal_is_at_its_own_level(
    explorer: Explorer, line: str, cord: bool
) -> None:
    """The clinical and code reviews of stop 49."""
    _, implicated = _imaging(explorer, line)
    assert ("thoracic_spinal_cord" in implicated) is cord
