"""Stop 44: carpal tunnel syndrome on both sides at once (``graph/explore/localize/both_sides.py``).

A one-sided lesion met a finding of both hands only by the leak, so bilateral carpal tunnel syndrome (the commoner
form: 59 %, 87 % and 60 % in the three sources of ``ontology/numbers/epidemiology.tsv``) went to the cervical cord.
"""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from graph.ask.sparql import select
from graph.explore.explorer import Explorer
from graph.explore.localize.both_sides import bilateral_shares, on_both_sides
from graph.explore.localize.priors import MEASUREMENTS
from graph.namespaces import BASE

CTS = f"{BASE}carpal_tunnel_syndrome"


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
    # the site keeps the prior every site has: what a site with one hypothesis and no twin gets
    hypotheses = explorer.localizer.hypotheses
    other = [h for h in hypotheses if h.site.key == "radix:ulnar_nerve+radix:cubital_tunnel"]
    here = [h for h in hypotheses if h.site.key == one.site.key]
    assert other and sum(h.priors["uniform"] for h in here) == pytest.approx(sum(h.priors["uniform"] for h in other))
    assert explorer.localizer.by_iri[CTS] is one


def test_no_twin_without_a_number_nor_of_a_twin_and_a_twin_at_a_root_has_its_own_key(explorer: Explorer) -> None:
    forms = [h for h in explorer.localizer.hypotheses if h.iri == CTS]
    assert on_both_sides(forms, []) == ([], [])
    number = [{"measure": "share_of_cases", "subject": f"{BASE}bilateral", "target": CTS, "value": "0.6"}]
    twin = next(h for h in forms if h.both_sides)
    assert on_both_sides([replace(twin)], number) == ([], [])  # a twin is never twinned again
    bad = [{**number[0], "value": "1.2"}]
    twins, applied = on_both_sides([replace(h, priors=dict(h.priors)) for h in forms if not h.both_sides], bad)
    assert twins == [] and "not between 0 and 1" in applied[0]
    at_root = next(h for h in explorer.localizer.hypotheses if h.at_root)
    assert replace(at_root, both_sides=True).key != at_root.key


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
    cts = first["conditions"][0]
    assert cts["label"] == "carpal tunnel syndrome" and cts["both_sides"] > cts["probability"] / 2
    assert answer["conditions"][0]["id"] == "radix:carpal_tunnel_syndrome"
    assert answer["conditions"][0]["probability"] == cts["probability"]  # the two forms are one row, summed


def test_in_one_hand_the_one_sided_form_leads_and_the_cord_stays_behind(explorer: Explorer) -> None:
    answer = explorer.localize(
        ["R hand numb at night, thumb, index and middle fingers", "R little finger normal", "Phalen +ve R"], limit=30
    )
    first = answer["sites"][0]
    assert first["id"] == "radix:median_nerve+radix:carpal_tunnel"
    cts = first["conditions"][0]
    assert cts["label"] == "carpal tunnel syndrome" and cts["both_sides"] < cts["probability"] / 2
    assert math.isclose(first["probability"], cts["probability"], rel_tol=0.02)
    assert not any(s["id"].startswith("radix:cervical_spinal_cord") for s in answer["sites"][:3])
