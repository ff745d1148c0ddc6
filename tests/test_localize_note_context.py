"""A bare rotation read as the shoulder's when the note speaks of the arm only (``note_context``, stop 37)."""

from __future__ import annotations

import pytest
from rdflib import Graph

from graph.explore.explorer import Explorer
from graph.explore.localize.note_context import with_the_shoulder
from graph.load.store import oxigraph_store


@pytest.fixture(scope="module")
def explorer(radix_graph: Graph) -> Explorer:
    return Explorer(oxigraph_store(radix_graph))


@pytest.mark.parametrize(
    ("line", "note", "expected"),
    [
        ("ER 3/5 R, abduction 5/5", ["ISP wasting R"], "shoulder external rotation 3/5 R, abduction 5/5"),
        ("external rotation 4-/5", ["MRI: cyst at the spinoglenoid notch"], "shoulder external rotation 4-/5"),
        ("painful weak external rotation", ["cannot raise the arm"], "painful weak shoulder external rotation"),
        ("IR 4/5", ["pain over the front of the shoulder"], "shoulder internal rotation 4/5"),
        ("ext rotation 4-/5 R", ["Violinist + weekend volleyball", "ISP wasting"], "shoulder external rotation 4-/5 R"),
        ("external rotation 3/5", ["hip pain, limping"], None),  # the note speaks of the leg
        ("external rotation 3/5", ["shoulder pain", "numb right foot"], None),  # of both: no guess
        ("external rotation 3/5", ["tired"], None),  # of neither
        ("hip external rotation 3/5", ["shoulder pain"], None),  # the line names its joint
        ("ER visit last week", ["shoulder pain"], None),  # the emergency room, not a rotation
        # the reviews of stop 37: a visit, a receptor's score, a range of movement, a normal arm, the leg's tests
        ("seen in ER 3 days ago", ["shoulder pain"], None),
        ("receptors: ER 90%, HER2 0", ["arm swollen after radiotherapy"], None),
        ("ER 8/8, PR 6/8", ["arm swollen after radiotherapy"], None),
        ("ER 40°, IR 30°", ["frozen shoulder"], None),
        ("passive ER 10 degrees, weak", ["frozen shoulder"], None),
        ("ER 3/5 R", ["FADIR positive R", "shoulders and arms normal"], None),
        ("ER 4/5", ["straight leg raise 40 deg R", "neck pain"], None),
    ],
)
def test_a_bare_rotation_is_the_shoulders_only_in_a_note_about_the_arm(
    line: str, note: list[str], expected: str | None
) -> None:
    """Name the shoulder only for a strength, when the other lines speak of the arm and never of the leg."""
    assert with_the_shoulder(line, [other.lower().split() for other in note]) == expected


def test_the_note_reads_the_line_it_could_not_read_alone(explorer: Explorer) -> None:
    """Read the line as weak shoulder external rotation in an arm note, say how, and leave it unread in a leg note."""
    arm = explorer.localize(["ER 3/5 R, abduction 5/5", "ISP wasting R", "MRI: paralabral cyst, spinoglenoid notch"])
    read = [o for o in arm["observations"] if o["phrase"] == "ER 3/5 R, abduction 5/5"]
    assert [(o["read_as"], o["side"], o["present"]) for o in read] == [
        ("weakness in shoulder external rotation (right)", "right", True)
    ]
    assert any("shoulder's" in how for how in read[0]["how"])
    assert arm["sites"][0]["label"] == "suprascapular nerve"
    leg = explorer.localize(["external rotation 3/5 R", "hip pain, limping"])
    assert "external rotation 3/5 R" in [u["phrase"] for u in leg["unresolved"]]
    hip = explorer.localize(["ER 3/5 R", "FADIR +ve R", "uses a stick"])  # the leg's test, as the reader rewrites it
    assert "ER 3/5 R" in [u["phrase"] for u in hip["unresolved"]]
