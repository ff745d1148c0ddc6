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


def test_a_cause_that_rarely_makes_the_lesion_keeps_its_own_picture(explorer: Explorer) -> None:
    """Central canal stenosis makes the cauda equina syndrome "rarely": below the middle bin, it carries nothing."""
    stenosis, syndrome = hypothesis(explorer, "central_canal_stenosis"), hypothesis(explorer, "cauda_equina_syndrome")
    assert stenosis.site.key == syndrome.site.key and stenosis.carries is None
    assert BASE + "saddle_anaesthesia" in syndrome.explicit and BASE + "saddle_anaesthesia" not in stenosis.explicit
    central = hypothesis(explorer, "L5_S1_central_disc_herniation")
    assert central.carries == syndrome.iri
    assert central.explicit[BASE + "saddle_anaesthesia"][0] >= parameters.UNQUALIFIED


def test_the_cauda_equina_keeps_its_share_against_the_conus_on_a_disc_picture(explorer: Explorer) -> None:
    """Sealed 22's K22-070 (public since its run), word for word: a cauda equina syndrome from a central L4-L5 disc.

    Before stop 34 the two central discs at the cauda equina explained only their MRI line and took two thirds of
    the site's prior from the syndrome; the conus, alone at its site, led this picture (and nine like it).
    """
    answer = explorer.localize(
        [
            "Urology on-call: painless retention, bladder scan 950 mL",
            "Bilat sciatica x 4 days, L > R",
            "Saddle anaesthesia to pinprick S2-S5",
            "AJ absent bilat, KJ 2+",
            "↓ anal tone, absent anal wink",
            "MRI: massive central L4-L5 disc sequestration",
        ]
    )
    assert answer["sites"][0]["id"] == "radix:cauda_equina"
    assert "radix:cauda_equina_syndrome" in {flag["id"] for flag in answer["red_flags"]}
    assert answer["conditions"][0]["id"] == "radix:cauda_equina_syndrome"


def test_with_nothing_said_of_the_cause_the_lesion_is_named_first(explorer: Explorer) -> None:
    """A cause ties with the lesion it carries when the note says nothing of it: the radiculopathy comes first."""
    answer = explorer.localize(["pain from L buttock down back of thigh to heel", "L ankle jerk absent", "numb sole L"])
    site = answer["sites"][0]
    assert site["id"] == "radix:S1_root"
    assert site["conditions"][0]["id"] == "radix:S1_radiculopathy"
    assert answer["conditions"][0]["id"] == "radix:S1_radiculopathy"
