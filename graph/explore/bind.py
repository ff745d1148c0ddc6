"""Bind a named query's parameters from the command line, refusing values that name nothing in the graph.

A value that is not a CURIE or IRI, or names no entity the graph mentions, is an error that lists the
closest entities (found by :class:`graph.explore.search.SearchIndex`), so ``radix query root_muscles
--param root=radix:L9_root`` says what was meant instead of answering with nothing.
"""

from __future__ import annotations

import pyoxigraph as ox

from graph.ask.namedqueries import NamedQuery, expand_iri
from graph.ask.sparql import run
from graph.errors import RadixError, UnknownEntityError
from graph.explore.search import SearchIndex

_MENTIONED = "ASK { { ?_entity ?p ?o } UNION { ?s ?p ?_entity } UNION { ?s ?_entity ?o } }"


def checked_bindings(
    store: ox.Store, named: NamedQuery, values: dict[str, str]
) -> dict[str, ox.NamedNode | ox.Literal]:
    """Bind ``values``; a value naming nothing in the graph is an error with the closest entities."""
    for parameter in named.parameters:
        value = values.get(parameter.name)
        if parameter.takes_iri and value is not None and expand_iri(value) is None:
            close = suggest_entities(store, value)
            hint = f"; did you mean: {', '.join(close)}" if close else ""
            raise RadixError(f"parameter {parameter.name!r}: {value!r} is neither a known CURIE nor an IRI{hint}")
    bindings = named.bindings(values)
    for parameter in named.parameters:
        term = bindings[parameter.variable]
        if parameter.takes_iri and not run(store, _MENTIONED, bindings={"_entity": term}):
            shown = values.get(parameter.name, parameter.default or term.value)
            raise UnknownEntityError(shown, suggest_entities(store, shown))
    return bindings


def suggest_entities(store: ox.Store, value: str) -> list[str]:
    """Return the Radix entities closest to ``value`` (its local name read as words)."""
    words = value.rsplit(":", 1)[-1].rsplit("/", 1)[-1].replace("_", " ").strip()
    return [hit.curie for hit in SearchIndex(store).search(words, limit=5, min_score=40)] if words else []
