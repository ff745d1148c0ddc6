"""Every claim of the seed text is in the graph, one by one, each with the SPARQL that answers it."""

from __future__ import annotations

import re
import tomllib
from typing import Any

import pyoxigraph as ox
import pytest

from graph.ask.sparql import run
from tests.conftest import DATA

SEED = (DATA / "seed.txt").read_text(encoding="utf-8")
CLAIMS: list[dict[str, Any]] = tomllib.loads((DATA / "seed_claims.toml").read_text(encoding="utf-8"))["claim"]
CLINICAL_PARAGRAPH = SEED.split("\n", 1)[0]


@pytest.mark.parametrize("claim", CLAIMS, ids=[claim["id"] for claim in CLAIMS])
def test_claim_quotes_the_seed(claim: dict[str, Any]) -> None:
    assert claim["quote"] in SEED, f"claim {claim['id']} quotes text that is not in the seed"


@pytest.mark.parametrize("claim", CLAIMS, ids=[claim["id"] for claim in CLAIMS])
def test_claim_is_in_the_graph(store: ox.Store, claim: dict[str, Any]) -> None:
    answer = run(store, claim["ask"])
    assert isinstance(answer, ox.QueryBoolean)
    assert bool(answer), f"the graph does not hold: {claim['claim']}"


def test_every_sentence_of_the_seed_is_covered() -> None:
    sentences = [sentence for sentence in re.split(r"(?<=\.)\s+", CLINICAL_PARAGRAPH) if sentence.strip()]
    assert len(sentences) == 8
    for sentence in sentences:
        covering = [claim["id"] for claim in CLAIMS if claim["quote"] in sentence]
        assert covering, f"no claim covers the seed sentence: {sentence!r}"
