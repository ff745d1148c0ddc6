"""Stop 44: carpal tunnel syndrome on both sides at once (``graph/explore/localize/both_sides.py``).

A one-sided lesion met a finding of both hands only by the leak, so bilateral carpal tunnel syndrome (the commoner
form: 59 %, 87 % and 60 % in the three sources of ``ontology/numbers/epidemiology.tsv``) went to the cervical cord.
"""

from __future__ import annotations

import math

import pytest
from rdflib import Graph

from graph.ask.sparql import select
from graph.explore.explorer import Explorer
from graph.explore.localize.both_sides import bilateral_shares, on_both_sides
from graph.explore.localize.priors import MEASUREMENTS
from graph.load.store import oxigraph_store
from graph.namespaces import BASE

CTS = f"{BASE}carpal_tunnel_syndrome"


@pytest.fixture(scope="module")
def explorer(radix_graph: Graph) -> Explorer:
    return Explorer(oxigraph_store(radix_graph))


def test_the_share_on_both_sides_is_the_median_of_the_sources(explorer: Explorer) -> None:
    numbers = [{key: row[key].value for key in row} for row in select(explorer.store, MEASUREMENTS)]
    assert bilateral_shares(numbers) == {CTS: pytest.approx(0.6)}


def test_the_twin_takes_its_share_of_the_prior_and_the_site_keeps_its_own(explorer: Explorer) -> None:
    forms = [h for h in explorer.localizer.hypotheses if h.iri == CTS]
    one, both = sorted(forms, key=lambda h: h.both_sides)
    assert not one.lesion.bilateral and both.lesion.bilateral and both.key != one.key
    assert both.site == one.site and both.explicit == one.explicit
    for priors in ("uniform", "incidence"):
        total = one.priors[priors] + both.priors[priors]
        assert both.priors[priors] / total == pytest.approx(0.6)
    assert explorer.localizer.by_iri[CTS] is one


def test_no_twin_without_a_number_and_none_of_a_twin(explorer: Explorer) -> None:
    hypotheses = [h for h in explorer.localizer.hypotheses if h.iri == CTS]
    twins, applied = on_both_sides(hypotheses, [])
    assert twins == [] and applied == []
    bad = [{"measure": "share_of_cases", "subject": f"{BASE}bilateral", "target": CTS, "value": "1.2"}]
    twins, applied = on_both_sides([h for h in hypotheses if not h.both_sides], bad)
    assert twins == [] and "not between 0 and 1" in applied[0]


BOTH_HANDS = [
    "34 weeks pregnant",
    "both hands go numb at night, thumb, index and middle fingers",
    "little finger sensation normal on both sides",
    "Phalen positive bilaterally",
    "no neck pain, APB 5/5 both",
]


def test_carpal_tunnel_syndrome_in_both_hands_is_placed_at_the_carpal_tunnel(explorer: Explorer) -> None:
    answer = explorer.localize(BOTH_HANDS, limit=5)
    first = answer["sites"][0]
    assert first["id"] == "radix:median_nerve+radix:carpal_tunnel"
    assert first["conditions"][0]["label"] == "carpal tunnel syndrome (both sides)"
    assert answer["conditions"][0]["id"] == "radix:carpal_tunnel_syndrome"


def test_in_one_hand_the_one_sided_form_leads_and_the_cord_stays_behind(explorer: Explorer) -> None:
    answer = explorer.localize(
        ["R hand numb at night, thumb, index and middle fingers", "R little finger normal", "Phalen +ve R"], limit=5
    )
    first = answer["sites"][0]
    assert first["id"] == "radix:median_nerve+radix:carpal_tunnel"
    assert first["conditions"][0]["label"] == "carpal tunnel syndrome"
    shares = {c["label"]: c["probability"] for c in first["conditions"]}
    assert shares["carpal tunnel syndrome"] > shares["carpal tunnel syndrome (both sides)"]
    assert math.isclose(first["probability"], sum(shares.values()), rel_tol=0.02)
