"""A length-dependent polyneuropathy's glove: numb hands are its own once the feet are numb (stop 49).

A finding stated ``when=`` another finding ("length_dependent_polyneuropathy hasFinding bilateral_hand_numbness
when=stocking_distribution_sensory_loss", Makindo's notes: the hands are involved once the loss reaches mid-shin) holds
for a note that has that other finding and only for it. Before stop 49 a stocking-and-glove picture ("pinprick reduced
to mid-shin both legs and to the wrists") counted the hands against the polyneuropathy, as outside its reach, so a pair
(the polyneuropathy with CIDP, a root or a median nerve) came first; stop 48 tried the hands unconditionally and lost
148 development first sites on focal hand pictures.
"""

from __future__ import annotations

import pytest

from graph.explore.explorer import Explorer
from graph.namespaces import BASE

LDPN = BASE + "length_dependent_polyneuropathy"

GLOVE_AND_STOCKING = [
    "R-CHOP cycle 5: 'my feet feel like I'm walking on cotton wool'",
    "ankle jerks gone both sides, knee jerks still there",
    "pinprick reduced to mid-shin both legs and to the wrists",
    "toe extension a bit weak both sides",
    "'no back pain at all'",
]
"""Sealed 124's W124-003 (public since stop 48), whose pair of the polyneuropathy and CIDP had come first."""


def test_the_glove_is_stated_only_with_the_stocking_to_mid_shin(explorer: Explorer) -> None:
    """The graph's ``when=`` a finding becomes the hypothesis's conditional statement, not an unconditional one."""
    ldpn = next(h for h in explorer.localizer.hypotheses if h.iri == LDPN)
    assert BASE + "bilateral_hand_numbness" not in ldpn.explicit
    p, _, needs = ldpn.given[BASE + "bilateral_hand_numbness"]
    assert needs == {BASE + "stocking_sensory_loss_to_mid_shin"} and 0 < p < 1


def test_a_stocking_and_glove_picture_is_the_polyneuropathy_alone(explorer: Explorer) -> None:
    answer = explorer.localize(GLOVE_AND_STOCKING, limit=50)
    assert answer["sites"][0]["id"] == "radix:length_dependent_polyneuropathy"
    best = answer["sites"][0]["probability"]
    assert all(pair["probability"] < best for pair in answer.get("multi_lesion", []))
    glove = [t for t in answer["sites"][0]["supporting"] if "with symmetric sensory loss risen" in t["why"]]
    assert glove and glove[0]["likelihood_ratio"] > 1


def test_numb_hands_without_the_stocking_stay_outside_its_reach(explorer: Explorer) -> None:
    """Carpal tunnel pictures must not become the polyneuropathy's: the glove needs the feet."""
    answer = explorer.localize(["both hands numb and tingling at night", "feet normal, ankle jerks present"], limit=300)
    ldpn = next(site for site in answer["sites"] if site["id"] == "radix:length_dependent_polyneuropathy")
    assert not any("with symmetric sensory loss risen" in t["why"] for t in ldpn["supporting"])


def _glove_terms(explorer: Explorer, note: list[str]) -> list[dict[str, object]]:
    answer = explorer.localize(note, limit=300)
    ldpn = next(site for site in answer["sites"] if site["id"] == "radix:length_dependent_polyneuropathy")
    return [t for t in ldpn["supporting"] if "with symmetric sensory loss risen" in str(t["why"])]


@pytest.mark.parametrize(
    "note",
    [
        # the clinical review of stop 49: numb feet that have not risen to mid-shin are no stocking of that length
        ["tingling in both hands and both feet for 3 days", "legs getting weak"],
        ["tingling in both hands, both feet and around the lips during panic attacks"],
        # the median nerve's fingers are a part of the hand, not the glove
        [
            "diabetic, pinprick reduced to mid-shin both legs",
            "numbness of thumb, index and middle fingers of both hands, worse at night",
        ],
    ],
)
def test_no_glove_without_a_stocking_to_mid_shin_or_on_a_nerves_fingers(explorer: Explorer, note: list[str]) -> None:
    assert not _glove_terms(explorer, note)
