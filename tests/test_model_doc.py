"""Every SPARQL example in docs/model.md runs on the graph and answers (issue 10, item 8).

The examples are what a query writer copies first; a renamed property or a moved qualifier would
leave them silently empty. They run on the store as ``radix query`` serves it (super-properties
materialised, :mod:`graph.load.entail`).
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.ask.sparql import select
from graph.load.entail import entail

DOC = Path(__file__).resolve().parent.parent / "docs" / "model.md"
EXAMPLES = re.findall(r"```sparql\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)


@pytest.fixture(scope="module")
def served(store: ox.Store) -> ox.Store:
    """Copy the session store and materialise its super-properties (the session store stays asserted)."""
    copy = ox.Store()
    copy.bulk_extend(store)
    entail(copy)
    return copy


def test_the_document_has_examples() -> None:
    assert len(EXAMPLES) >= 8


@pytest.mark.parametrize("query", EXAMPLES, ids=[f"example{i + 1}" for i in range(len(EXAMPLES))])
def test_each_example_answers(served: ox.Store, query: str) -> None:
    assert select(served, query), f"this docs/model.md example returns nothing:\n{query}"
