"""The server benchmark's rewritten named queries mean what the named queries mean.

``bench/bench_server.py`` sends both servers the named queries with their defaults written into the text
(Oxigraph's HTTP API cannot bind parameters), as constants or as a VALUES block. A benchmark of queries
that answer differently would compare nothing, so each rendering must give the rows that ``radix query``
gives with the defaults bound as substitutions. GROUP_CONCAT leaves the order of its parts open, so
concatenations are compared as sets of parts.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pyoxigraph as ox
import pytest

from graph.ask.namedqueries import NamedQuery, load_named_queries

BENCH = Path(__file__).resolve().parents[1] / "bench" / "bench_server.py"
NAMED = load_named_queries()


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_server", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


bench = _bench()


def _rows(store: ox.Store, text: str, substitutions: dict[Any, Any] | None = None) -> Any:
    answer = store.query(text, substitutions=substitutions) if substitutions else store.query(text)
    if isinstance(answer, ox.QueryBoolean):
        return bool(answer)
    rows = [
        tuple(
            None if term is None else "|".join(sorted(re.split(r", |; | \| ", getattr(term, "value", str(term)))))
            for term in solution
        )
        for solution in answer
    ]
    # unbound cells sort first
    return sorted(rows, key=lambda row: tuple((cell is not None, cell or "") for cell in row))


@pytest.mark.parametrize("query", NAMED.values(), ids=list(NAMED))
def test_both_renderings_answer_as_the_bound_named_query(store: ox.Store, query: NamedQuery) -> None:
    bindings = query.bindings()
    expected = _rows(store, query.text, {ox.Variable(name): term for name, term in bindings.items()})
    assert expected, f"{query.name}: the default parameters should find something"
    assert _rows(store, bench.inline_defaults(query)) == expected
    assert _rows(store, bench.bind_defaults(query)) == expected


def test_inline_rendering_writes_constants_and_keeps_the_variable() -> None:
    query = NAMED["root_muscles"]
    text = bench.inline_defaults(query)
    head, where = text.split("WHERE", 1)
    body, tail = where.split("BIND(<https://w3id.org/radix/S1_root> AS ?_root_iri)")
    assert "?_root_iri" not in body  # every use became the constant ...
    assert "<https://w3id.org/radix/S1_root>" in body
    assert "?_root_iri" in head and "?_root_iri" in tail  # ... and the projection and GROUP BY keep the variable
