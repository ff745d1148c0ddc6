"""A polyradiculopathy at levels the graph leaves open meets deficits of both sides at any level (stop 38).

Guillain-Barré syndrome and CIDP are placed at "several roots" and reach no muscle, reflex or skin of their own. In a
note showing their widespread pattern (areflexia or symmetric weakness, read as such) a two-sided tendon reflex or limb
deficit takes their likeliest widespread finding of its kind, as a lesion reaching it would; anything else keeps its
own term (the code and clinical reviews of stop 38). Also the readings added beside it: "D&V" as a gut infection, an
"LP" line as the CSF's.
"""

from __future__ import annotations

import pytest
from rdflib import Graph

from graph.explore.explorer import Explorer
from graph.explore.localize.model import LEAK
from graph.explore.localize.parameters import REACHED
from graph.load.store import oxigraph_store
from graph.namespaces import BASE

R = BASE

GBS = [
    "D&V 2/52 ago",
    "tingling feet + hands 4/7",
    "hip flex 4-/5 bilat",
    "KJ and AJ absent bilaterally",
    "areflexia",
    "LP: protein 1.4 g/L, WCC 2",
]
"""A Guillain-Barré picture as a ward note: before stop 38 its first sites were the C7 root and the femoral nerve."""


@pytest.fixture(scope="module")
def explorer(radix_graph: Graph) -> Explorer:
    return Explorer(oxigraph_store(radix_graph))


def _scored(explorer: Explorer, name: str, phrases: list[str]) -> list[float]:
    """Return P(each observation present | the condition) as the model scores it in this note."""
    localizer = explorer.localizer
    scored = localizer.model.score(localizer.read(phrases).observations)
    single = next(s for s in scored if len(s.members) == 1 and s.members[0].iri == R + name)
    return [term.p for term in single.base_terms]


def test_a_two_sided_deficit_in_a_note_with_the_pattern_takes_the_widespread_finding(explorer: Explorer) -> None:
    gbs = next(h for h in explorer.localizer.hypotheses if h.iri == R + "guillain_barre_syndrome")
    weakness = gbs.explicit[R + "symmetric_ascending_weakness"][0]
    areflexia = gbs.explicit[R + "generalised_areflexia"][0]
    terms = _scored(
        explorer, "guillain_barre_syndrome", ["areflexia", "hip flexion 4-/5 bilaterally", "AJs absent bilat"]
    )
    assert terms[1] == pytest.approx(1 - (1 - REACHED["weakness"] * weakness) * (1 - LEAK))
    assert terms[2] == pytest.approx(1 - (1 - REACHED["reflex"] * areflexia) * (1 - LEAK))
    alone = _scored(explorer, "guillain_barre_syndrome", ["hip flexion 4-/5 bilaterally", "AJs absent bilat"])
    assert alone == [pytest.approx(LEAK), pytest.approx(LEAK)]  # no areflexia or symmetric weakness: no pattern


def test_what_the_pattern_does_not_reach_keeps_its_own_term(explorer: Explorer) -> None:
    note = [
        "areflexia",
        "hip flexion 4-/5 right",  # one side
        "extensor plantars bilaterally",  # an upper motor neuron sign: lacked by GBS
        "saddle anaesthesia bilaterally",  # lacked
        "plantars flexor bilaterally",  # no tendon reflex
        "bilateral facial weakness",  # stated for GBS, of no limb
    ]
    terms = _scored(explorer, "guillain_barre_syndrome", note)
    localizer = explorer.localizer
    gbs = next(h for h in localizer.hypotheses if h.iri == R + "guillain_barre_syndrome")
    own = [localizer.model.term(gbs, o).p for o in localizer.read(note).observations]
    assert terms == own
    lyme = _scored(explorer, "lyme_radiculoneuritis", ["areflexia", "hip flexion 4-/5 bilaterally"])
    assert lyme[1] == pytest.approx(LEAK)  # patchy: it states no widespread weakness, nor areflexia


def test_a_guillain_barre_note_is_sited_at_several_roots_and_flagged(explorer: Explorer) -> None:
    answer = explorer.localize(GBS)
    assert answer["sites"][0]["id"] == "several_roots"
    assert "radix:guillain_barre_syndrome" in [flag["id"] for flag in answer["red_flags"]]
    assert not answer["unresolved"]


def test_two_sided_pictures_without_the_pattern_keep_their_own_answer(explorer: Explorer) -> None:
    """The clinical review's notes: an abscess, a cauda equina syndrome and a central disc are not Guillain-Barré."""
    abscess = explorer.localize(
        ["fever", "IV drug use", "severe back pain", "hip flexion 4/5 bilat", "KJ absent bilaterally"]
    )
    assert abscess["conditions"][0]["id"] == "radix:spinal_epidural_abscess"
    cauda = explorer.localize(["hip flexion 3/5 bilat", "KJ and AJ absent bilaterally", "retention of urine"])
    assert "radix:cauda_equina_syndrome" in [flag["id"] for flag in cauda["red_flags"]]
    assert cauda["sites"][0]["id"] != "several_roots"
    disc = explorer.localize([
        "acute back pain after lifting", "pain down back of both legs to feet", "ankle plantarflexion 4/5 bilat",
        "AJ absent bilaterally", "no saddle numbness",
    ])  # fmt: skip
    assert disc["conditions"][0]["id"] != "radix:guillain_barre_syndrome"


def test_a_one_sided_root_picture_does_not_move_to_several_roots(explorer: Explorer) -> None:
    answer = explorer.localize(["AJ absent R", "numb lateral foot R", "PF 4/5 R", "KJ 2+ sym"])
    assert answer["sites"][0]["id"] == "radix:S1_root"
    assert "radix:guillain_barre_syndrome" not in [flag["id"] for flag in answer["red_flags"]]


def test_a_sensory_level_counts_against_guillain_barre_and_a_past_fever_does_not(explorer: Explorer) -> None:
    gbs = next(h for h in explorer.localizer.hypotheses if h.iri == R + "guillain_barre_syndrome")
    level = explorer.localizer.read(["sensory level at T10"]).observations[0]
    assert explorer.localizer.model.term(gbs, level).p == pytest.approx(0.025)  # lacked, as "typically" absent
    # fever at onset raises doubt too, but notes write the antecedent illness's fever ("fever and rash 3 weeks ago")
    # and the reader does not tell when: as a lacked finding it lost sealed 60's HIV seroconversion flag (M60-035)
    assert R + "fever" not in gbs.lacks


def test_d_and_v_and_an_lp_line_are_read(explorer: Explorer) -> None:
    reading = explorer.localizer.read(["D&V 2/52 ago", "LP: protein 1.6 g/L, WCC 2", "no D+V"])
    found = [(o.findings[0].removeprefix(R), o.present) for o in reading.observations]
    assert found == [
        ("antecedent_infection", True),
        ("csf_albuminocytologic_dissociation", True),
        ("antecedent_infection", False),
    ]
    pleocytosis = explorer.localizer.read(["lumbar puncture: 200 lymphocytes, protein 1.2"]).observations[0]
    assert pleocytosis.findings[0] == R + "csf_lymphocytic_pleocytosis"


@pytest.mark.parametrize(
    "line",
    [
        "LP opening pressure 18",  # a pressure is no protein or count
        "Lp(a) 150, protein 1.1, WCC 4",  # a lipoprotein
        "bloods post LP: WCC 14, neutrophils 11",  # the blood's count
        "LP declined, protein 1.2 g/L, WCC 3",
        "no LP, protein 1.4 g/L WCC 2",
        "awaiting LP; urine protein 1.2 g/L, wcc 3",
        "CSF not sent; protein 1.2 g/L, WCC 3",
    ],
)
def test_a_line_with_no_csf_result_is_not_read_as_the_csfs(explorer: Explorer, line: str) -> None:
    """The code review of stop 38: plans, refusals and other fluids' values were read as the CSF's."""
    reading = explorer.localizer.read([line])
    assert not [o for o in reading.observations if any("csf" in f for f in o.findings)]


# ---- stop 54: the areflexia of all four limbs given in its parts ---------------------------------------------------

PARTS = ["legs weak over five days after a chest cold", "knee and ankle jerks absent", "arm reflexes reduced"]
"""A Guillain-Barré note giving its areflexia in parts: the legs' jerks, then the arms' reflexes, no side said."""


def test_reflexes_lost_in_the_arms_and_the_legs_show_the_pattern(explorer: Explorer) -> None:
    """Sealed 164's N164-049 (stop 53): the parts of an areflexia of all four limbs had counted against Guillain-Barré.

    Only the whole ("areflexia", "reflexes absent in all limbs") showed the pattern, so the absent jerks took the leak
    under it and its flag was lost. The jerks of no stated side ("knee jerks absent") are of both, as a deficit of
    both sides is, once the pattern is there.
    """
    gbs = next(h for h in explorer.localizer.hypotheses if h.iri == R + "guillain_barre_syndrome")
    areflexia = gbs.explicit[R + "generalised_areflexia"][0]
    terms = _scored(explorer, "guillain_barre_syndrome", PARTS)
    reached = 1 - (1 - REACHED["reflex"] * areflexia) * (1 - LEAK)
    assert terms[-3:] == [pytest.approx(reached)] * 3  # the knee jerks, the ankle jerks, the arms' reflexes
    answer = explorer.localize([*PARTS, "no sensory level, bladder fine"])
    assert answer["sites"][0]["id"] == "several_roots"
    assert "radix:guillain_barre_syndrome" in [flag["id"] for flag in answer["red_flags"]]


@pytest.mark.parametrize(
    "note",
    [
        ["ankle jerks absent", "knee jerks reduced", "numb feet to mid-shin"],  # the legs only: a polyneuropathy's
        ["L biceps jerk absent", "L ankle jerk absent"],  # one side
        ["brisk arm reflexes", "ankle jerks absent"],  # a brisk reflex is no loss
        ["biceps jerks absent", "plantars mute"],  # the plantar response is no tendon reflex
        ["biceps 1+, triceps 1+, knees 1+, ankles absent", "power 5/5 throughout"],  # no weakness: an old man's
        ["arm reflexes reduced", "ankle jerks absent", "legs weak", "Hoffmann positive both sides"],  # a myelopathy
        ["inverted supinator jerks bilaterally", "ankle jerks absent", "legs weak"],  # the code review of stop 54
    ],
)
def test_reflex_losses_short_of_every_limb_show_no_pattern(explorer: Explorer, note: list[str]) -> None:
    """Reflex losses short of Guillain-Barré's required features show no pattern: the guards (stop 54).

    The legs' absent jerks of a length-dependent polyneuropathy must not become Guillain-Barré's: tried without the
    arms, it lost 35 development first sites to a polyneuropathy with Guillain-Barré as its second lesion. Reflexes
    lost in all four limbs without weakness (an elderly patient with full power) or beside an upper motor neuron sign
    (a cervical myelopathy's Hoffmann sign) are no Guillain-Barré picture either: the clinical review of stop 54 found
    both raising its flag and taking the first site.
    """
    localizer = explorer.localizer
    gbs = next(h for h in localizer.hypotheses if h.iri == R + "guillain_barre_syndrome")
    own = [localizer.model.term(gbs, o).p for o in localizer.read(note).observations]
    assert _scored(explorer, "guillain_barre_syndrome", note) == own
