"""A cause at the site of the lesion it makes carries that lesion's picture (``known_cause.py``, stop 34)."""

from __future__ import annotations

import pytest
from rdflib import Graph

from graph.explore.explorer import Explorer
from graph.explore.localize import parameters
from graph.explore.localize.lesion import Hypothesis
from graph.load.store import oxigraph_store
from graph.namespaces import BASE


@pytest.fixture(scope="module")
def explorer(radix_graph: Graph) -> Explorer:
    return Explorer(oxigraph_store(radix_graph))


def hypothesis(explorer: Explorer, condition: str) -> Hypothesis:
    """Return the one hypothesis of a condition at a site of its own."""
    return next(h for h in explorer.localizer.hypotheses if h.iri == BASE + condition and not h.at_root)


def test_a_disc_at_its_root_states_the_radiculopathys_findings_and_its_own(explorer: Explorer) -> None:
    """The L4-L5 disc "typically" makes the L5 radiculopathy: at the L5 root it is that lesion with a known cause."""
    disc, radiculopathy = hypothesis(explorer, "L4_L5_disc_herniation"), hypothesis(explorer, "L5_radiculopathy")
    assert disc.site.key == radiculopathy.site.key and disc.carries == radiculopathy.iri
    for finding, (p, _) in radiculopathy.explicit.items():
        assert disc.explicit[finding][0] >= p
    assert BASE + "mri_L4_L5_paracentral_disc_herniation" in disc.explicit  # its own, kept


def test_a_cause_the_graph_does_not_say_usually_makes_the_lesion_keeps_its_own_picture(explorer: Explorer) -> None:
    """The central discs make the cauda equina syndrome unqualified, canal stenosis "rarely": neither carries it."""
    syndrome = hypothesis(explorer, "cauda_equina_syndrome")
    for cause in ("central_canal_stenosis", "L4_L5_central_disc_herniation", "L5_S1_central_disc_herniation"):
        h = hypothesis(explorer, cause)
        assert h.site.key == syndrome.site.key and h.carries is None
        assert BASE + "saddle_anaesthesia" in syndrome.explicit and BASE + "saddle_anaesthesia" not in h.explicit
    assert explorer.localizer.syndromes[BASE + "L4_L5_central_disc_herniation"] == [
        (BASE + "cauda_equina_syndrome", pytest.approx(parameters.UNQUALIFIED))
    ]


def test_a_threatened_cauda_equina_stays_flagged(explorer: Explorer) -> None:
    """A guard from the review of stop 34: a central disc, signs in both legs, sphincters normal, flags the syndrome.

    With the central discs carrying the syndrome's whole picture, the normal sphincters counted against them and the
    flag they raise went (0.036 before, none after). The review's phrases.
    """
    answer = explorer.localize(
        [
            "pain down the back of both legs to the heels",
            "both ankle jerks absent",
            "weak plantarflexion bilaterally",
            "saddle sensation intact, normal anal tone, bladder fine",
            "MRI: L5-S1 central disc protrusion",
        ]
    )
    flag = next(f for f in answer["red_flags"] if f["id"] == "radix:cauda_equina_syndrome")
    assert flag["probability"] >= 1.5 * parameters.RED_FLAG_THRESHOLD  # 0.036: a margin, so erosion shows


def test_with_nothing_said_of_the_cause_the_lesion_is_named_first(explorer: Explorer) -> None:
    """A guard: a cause ties with the lesion it carries when the note says nothing of it; the lesion comes first."""
    answer = explorer.localize(["pain from L buttock down back of thigh to heel", "L ankle jerk absent", "numb sole L"])
    site = answer["sites"][0]
    assert site["id"] == "radix:S1_root"
    assert site["conditions"][0]["id"] == "radix:S1_radiculopathy"
    assert answer["conditions"][0]["id"] == "radix:S1_radiculopathy"


def test_a_leak_of_urine_raises_no_cauda_equina_flag(explorer: Explorer) -> None:
    """A guard from the third review of stop 34: a stress or catheter leak beside sciatica is no red-flag incontinence.

    Rows reading "leaking urine" as urinary incontinence (added after sealed 44 and 45's run, then taken out) put the
    cauda equina first and flagged the syndrome on these pictures.
    """

    def syndrome(findings: list[str]) -> float:
        flags = explorer.localize(findings)["red_flags"]
        return next((f["probability"] for f in flags if f["id"] == "radix:cauda_equina_syndrome"), 0.0)

    alone = syndrome(["bilateral sciatica"])
    for leak in ("leaking urine when coughing or sneezing since childbirth", "urinary catheter in situ, leaking urine"):
        assert syndrome(["bilateral sciatica", leak]) <= alone + 0.005 < parameters.RED_FLAG_THRESHOLD
