"""Negated lists whose first items the graph does not name (issue 12 item 3: negation and its scope).

"No bladder, bowel or saddle symptoms" is the commonest negative of a back-pain note. NegEx's scope ends at the
comma, and "bladder" alone names no finding, so the negation never reached the saddle symptoms, which read as
present: a denied red flag counted for the cauda equina. Each phrase is written for this test.
"""

from __future__ import annotations

import pytest
from rdflib import Graph

from graph.explore.explorer import Explorer
from graph.explore.localize.observation import Observation
from graph.load.store import oxigraph_store
from tests.test_localize_reader import read


@pytest.fixture(scope="module")
def explorer(radix_graph: Graph) -> Explorer:
    return Explorer(oxigraph_store(radix_graph))


@pytest.mark.parametrize(
    "phrase",
    [
        "no bladder, bowel or saddle symptoms",
        "no bladder, bowel or numb bottom",
        "Q: bladder, bowel or numb bottom? A: no",
        "no fever, weight loss or night pain",
    ],
)
def test_every_item_of_a_list_opened_by_no_is_denied(explorer: Explorer, phrase: str) -> None:
    """Every finding of a list that opens with "no" is absent, however many unnamed items come first."""
    observations = read(explorer, phrase)
    assert observations and not any(o.present for o in observations), [o.describe(explorer.G) for o in observations]


def test_a_list_after_the_negated_one_keeps_its_own_presence(explorer: Explorer) -> None:
    """Only the list that opens with "no" is denied: "no back pain; weak left foot" keeps the weak foot."""
    observations = read(explorer, "no back pain; weak left foot")
    assert any(o.present and o.side == "left" for o in observations), [o.describe(explorer.G) for o in observations]


@pytest.mark.parametrize(
    "phrase",
    [
        "denies bladder, bowel or saddle symptoms",
        "no B/B symptoms",
        "Bladder: NAD",
        "Bowel: normal",
        "anal tone normal",
    ],
)
def test_sphincter_negatives_in_a_notes_shorthand_and_templates(explorer: Explorer, phrase: str) -> None:
    """Read "denies …", "B/B", a template's "Bladder: NAD" and a normal anal tone as sphincter findings absent."""
    observations = read(explorer, phrase)
    assert observations and not any(o.present for o in observations), [o.describe(explorer.G) for o in observations]


@pytest.mark.parametrize(
    ("phrase", "found", "not_found"),
    [
        ("anterior thigh and knee pain", {"anterior_thigh_pain", "knee_pain"}, set()),
        ("lateral foot and sole numbness", {"lateral_foot_numbness", "sole_numbness"}, set()),
        ("right shoulder and scapular pain", {"shoulder_pain", "scapular_pain"}, set()),
        ("L front thigh + knee pain, inner shin numb", {"anterior_thigh_pain", "medial_leg_numbness"},
         {"anterior_thigh_numbness"}),
        ("groin and anterior thigh pain", {"groin_pain", "anterior_thigh_pain"}, set()),
        # the review of stop 32: a place takes the kind of a finding that is there, never of a denied one
        ("thigh and knee pain absent", set(), {"anterior_thigh_pain", "thigh_pain", "knee_pain"}),
        ("heel and sole numbness - denied", set(), {"heel_numbness", "sole_numbness"}),
        # the second review: a place joined to a denied finding takes no other clause's kind either
        ("L thigh and knee pain absent, inner shin numb", {"medial_leg_numbness"}, {"anterior_thigh_numbness",
         "thigh_numbness", "anterior_thigh_pain", "thigh_pain"}),
    ],
)  # fmt: skip
def test_a_place_joined_to_a_named_pain_or_numbness_takes_its_kind(
    explorer: Explorer, phrase: str, found: set[str], not_found: set[str]
) -> None:
    """Read "anterior thigh and knee pain" as the thigh's pain too (stop 32).

    The kind word was inside the finding's name, so the place had none of its own: it was dropped, or took the next
    clause's ("inner shin numb" made a numb front thigh).
    """
    observations = read(explorer, phrase)
    read_as = {finding.rsplit("/", 1)[-1] for o in observations if o.present for finding in o.findings}
    assert found <= read_as
    assert not not_found & read_as
    if not found:  # a denied finding leaves no place of it present, named or only by its region
        assert not any(o.present for o in observations)
    thigh = {"https://w3id.org/radix/thigh", "https://w3id.org/radix/anterior_thigh"}
    if "thigh" in phrase and not {"anterior_thigh_pain", "thigh_pain"} & found:  # nor the thigh by its region alone
        assert not any(o.present and {node for _, node in o.anatomy} & thigh for o in observations)


@pytest.mark.parametrize(
    "phrase",
    [
        "foot numbness absent",
        "knee pain not present",
        "knee pain none",
        "back pain 0/10",
        "L leg weakness absent",
        "heel tingling: nil",  # a guard: read so before stop 33 (the checklist rule), and still
    ],
)
def test_a_symptom_said_after_its_name_to_be_absent_is_denied(explorer: Explorer, phrase: str) -> None:
    """Read "foot numbness absent" as no numbness (stop 32's third review: it read a numb foot)."""
    observations = read(explorer, phrase)
    assert observations and not any(o.present for o in observations), [o.describe(explorer.G) for o in observations]


@pytest.mark.parametrize(
    ("phrase", "present"),
    [("foot sensation absent", "sensory"), ("ankle reflex absent", "finding")],
)
def test_a_function_said_to_be_absent_is_still_a_deficit(explorer: Explorer, phrase: str, present: str) -> None:
    """Only a symptom is denied by a following "absent": a sensation or a reflex absent is the deficit itself."""
    observations = read(explorer, phrase)
    assert any(o.present and o.kind == present for o in observations), [o.describe(explorer.G) for o in observations]


@pytest.mark.parametrize(
    ("phrase", "kept"),
    [
        ("no foot numbness, calf weak", "https://w3id.org/radix/calf"),
        ("denies thigh and knee pain, shin numb", "https://w3id.org/radix/leg"),
    ],
)
def test_a_place_said_to_be_weak_or_numb_ends_the_denied_list(explorer: Explorer, phrase: str, kept: str) -> None:
    """Keep the weak calf of "no foot numbness, calf weak": a place with its own word is no item of the denied list."""
    observations = read(explorer, phrase)
    assert any(o.present and kept in {node for _, node in o.anatomy} for o in observations), [
        o.describe(explorer.G) for o in observations
    ]
    assert not any(o.kind == "global" for o in observations)  # nor "no weakness anywhere"


def test_a_noun_of_a_denied_list_stays_denied(explorer: Explorer) -> None:
    """Deny the leg pain of "not having back pain, leg pain or numbness": one more item, not a place said to hurt."""
    observations = read(explorer, "not having back pain, leg pain or numbness")
    assert observations and not any(o.present for o in observations), [o.describe(explorer.G) for o in observations]


def test_a_place_joined_to_a_denied_pain_is_denied_with_it(explorer: Explorer) -> None:
    """Deny the hip's pain in "no hip and knee pain" too (it had been dropped as context)."""
    observations = read(explorer, "no hip and knee pain")
    hip = [o for o in observations if "https://w3id.org/radix/hip" in {node for _, node in o.anatomy}]
    assert hip and not any(o.present for o in observations), [o.describe(explorer.G) for o in observations]


@pytest.mark.parametrize(
    ("phrase", "finding"),
    [
        ("thoracic back pain", "thoracic_spinal_pain"),
        ("mid back pain", "thoracic_spinal_pain"),
        ("back pain between the shoulder blades", "scapular_pain"),
        ("back pain", "low_back_pain"),
    ],
)
def test_back_pain_named_by_its_level_is_not_the_low_back(explorer: Explorer, phrase: str, finding: str) -> None:
    """Read "thoracic back pain" as pain in the thoracic spine: as low back pain it halved the thoracic cord."""
    observations = read(explorer, phrase)
    assert {f.rsplit("/", 1)[-1] for o in observations if o.present for f in o.findings} == {finding}


@pytest.mark.parametrize(
    ("phrase", "present", "absent"),
    [
        ("[x] numbness  [x] leg pain  [ ] bladder change  [ ] saddle numbness", {"leg"}, {"saddle_anaesthesia"}),
        ("\u2610 fever \u2612 night pain", {"night_pain"}, {"fever"}),
        ("Red flags: [ ] saddle numbness [ ] retention", set(), {"saddle_anaesthesia", "urinary_retention"}),
    ],
)
def test_a_forms_empty_checkbox_denies_its_item(
    explorer: Explorer, phrase: str, present: set[str], absent: set[str]
) -> None:
    """Read "[ ] saddle numbness" as no saddle anaesthesia and "[x] leg pain" as leg pain (stop 33).

    A referral form's unticked red flags had read as present (sealed 41's B41-001 went to the cauda equina).
    """
    assert_read(read(explorer, phrase), present, absent, anatomy=True)


@pytest.mark.parametrize(
    ("phrase", "kept"),
    [
        ("back pain absent, saddle anaesthesia", "saddle_anaesthesia"),
        ("foot numbness absent, weak ankle dorsiflexion", "weak_ankle_dorsiflexion"),
        ("leg pain 0/10, back pain 7/10", "low_back_pain"),
    ],
)
def test_a_denied_symptom_does_not_deny_the_rest_of_its_line(explorer: Explorer, phrase: str, kept: str) -> None:
    """The rest of a line after "X absent," is a clause of its own (the review of stop 33: it was denied too)."""
    observations = read(explorer, phrase)
    assert any(o.present and kept in {f.rsplit("/", 1)[-1] for f in o.findings} for o in observations), [
        o.describe(explorer.G) for o in observations
    ]


@pytest.mark.parametrize(
    ("phrase", "present", "absent"),
    [
        ("Saddle numbness [ ]  Urinary retention [x]", {"urinary_retention"}, {"saddle_anaesthesia"}),
        ("Saddle numbness: Y [ ] N [x]", set(), {"saddle_anaesthesia"}),
        ("saddle anaesthesia: [ ] yes [x] no", set(), {"saddle_anaesthesia"}),
        ("Bladder dysfunction: Yes [ ] No [x]", set(), {"urinary_retention"}),
        ("Saddle numbness: Y [x] N [ ]", {"saddle_anaesthesia"}, set()),  # a guard: read so before too
        (
            "[x] urinary retention [ ] saddle numbness  Other (specify): [ ]",
            {"urinary_retention"},
            {"saddle_anaesthesia"},
        ),
        (
            "Saddle numbness [ ]  Urinary retention [x]  Bowel incontinence [ ] (see notes)",
            {"urinary_retention"},
            {"saddle_anaesthesia", "faecal_incontinence"},
        ),
    ],
)
def test_boxes_after_their_items_and_yes_no_boxes(
    explorer: Explorer, phrase: str, present: set[str], absent: set[str]
) -> None:
    """A box after its item, and yes / no boxes, answer the item they follow (the review of stop 33)."""
    assert_read(read(explorer, phrase), present, absent)


def test_every_denied_symptom_of_a_line_is_denied(explorer: Explorer) -> None:
    """Deny each of "leg pain none, saddle anaesthesia none, retention none" (the second review of stop 33)."""
    observations = read(explorer, "leg pain none, saddle anaesthesia none, retention none")
    assert observations and not any(o.present for o in observations), [o.describe(explorer.G) for o in observations]


@pytest.mark.parametrize(
    ("phrase", "side"), [("Foot drop: Y [x] N [ ] (L)", "left"), ("Saddle numbness: Y [ ] N [ ]", None)]
)
def test_yes_no_boxes_keep_what_follows_and_an_unanswered_item_says_nothing(
    explorer: Explorer, phrase: str, side: str | None
) -> None:
    """Keep the side after a yes / no box; with no box ticked the item is neither there nor denied (stop 33)."""
    observations = read(explorer, phrase)
    if side is None:
        assert not observations
    else:
        assert any(o.present and o.side == side for o in observations)


@pytest.mark.parametrize(
    ("phrase", "present", "absent"),
    [
        (
            "urinary retention, incontinence or saddle numbness: none",
            set(),
            {"urinary_retention", "saddle_anaesthesia"},
        ),
        ("Red flags [ ] saddle numbness [x] retention", {"urinary_retention"}, {"saddle_anaesthesia"}),
        ("Saddle numbness: Y [ ] N [x]  Retention: Y [x] N [ ]", {"urinary_retention"}, {"saddle_anaesthesia"}),
        ("Leg pain [x] no saddle numbness", set(), {"saddle_anaesthesia"}),
    ],
)
def test_a_shared_denial_a_heading_without_a_colon_and_several_yes_no_items(
    explorer: Explorer, phrase: str, present: set[str], absent: set[str]
) -> None:
    """Read the layouts the third review of stop 33 found inverted by the second review's mends."""
    assert_read(read(explorer, phrase), present, absent)


def assert_read(observations: list[Observation], present: set[str], absent: set[str], *, anatomy: bool = False) -> None:
    """Assert that each name in ``present`` is read as there and each in ``absent`` as denied, never as there.

    Names are the graph's local names of findings (and, with ``anatomy``, of the places read).
    """
    said = {
        (o.present, iri.rsplit("/", 1)[-1])
        for o in observations
        for iri in (*o.findings, *((n for _, n in o.anatomy) if anatomy else ()))
    }
    assert {(True, name) for name in present} <= said, said
    assert {(False, name) for name in absent} <= said, said
    assert not {(True, name) for name in absent} & said, said
