"""Materialise the super-properties of Radix's object properties, so queries on the broader relation answer.

Radix states each fact with its most specific property (``gastrocnemius radix:hasPrimaryRoot
radix:S1_root``) and aligns the property to broader ones in ``radix.ttl``: Radix's own
(``radix:innervatedByRoot``, ``radix:affectsRoot``, ``radix:locatedIn``) and RO's / BFO's
(``RO:0002005`` innervated_by, ``RO:0002200`` has phenotype, ``BFO:0000050`` part of ...). A SPARQL
engine does no RDFS reasoning, so ``?m radix:innervatedByRoot ?r`` found nothing. :func:`entail` adds,
for every asserted triple ``s p o`` whose ``p`` is a Radix object property, the triple ``s q o`` for
every ``q`` that ``p`` is an ``rdfs:subPropertyOf+`` of (only that rule: no domain/range typing, no
inverses, no transitivity).

Entailed triples carry no ``owl:Axiom``: provenance stays on the asserted triple, so consumers that
want sourced statements only (the networkx projection, the checks) keep reading the axioms. The store
served by ``radix serve`` and queried by ``radix query`` is entailed; ``radix export``, ``radix validate``
and the release are built from the asserted graph (the release states the sub-property axioms, and an
OWL tool draws the same conclusions itself).
"""

from __future__ import annotations

import pyoxigraph as ox

from graph.namespaces import PREFIXES

ENTAIL = """
INSERT { ?s ?super ?o }
WHERE {
  ?p a owl:ObjectProperty ; rdfs:subPropertyOf+ ?super .
  FILTER(STRSTARTS(STR(?p), "https://w3id.org/radix/") && ?super != ?p)
  ?s ?p ?o .
}
"""
"""The one rule: an asserted Radix-property triple also holds for each of its property's super-properties."""


def entail(store: ox.Store) -> int:
    """Add the super-property triples of every Radix object-property triple to ``store``; return how many."""
    before = len(store)
    store.update(ENTAIL, prefixes=PREFIXES)
    return len(store) - before


def super_properties(store: ox.Store) -> dict[str, list[str]]:
    """Return, for each Radix object property with broader ones, the IRIs of those super-properties."""
    answer = store.query(
        """SELECT ?p ?super WHERE { ?p a owl:ObjectProperty ; rdfs:subPropertyOf+ ?super .
             FILTER(STRSTARTS(STR(?p), "https://w3id.org/radix/") && ?super != ?p) } ORDER BY ?p ?super""",
        prefixes=PREFIXES,
    )
    if not isinstance(answer, ox.QuerySolutions):
        raise TypeError("expected solutions from a SELECT query")
    table: dict[str, list[str]] = {}
    for row in answer:
        prop, parent = row["p"], row["super"]
        if isinstance(prop, ox.NamedNode) and isinstance(parent, ox.NamedNode):
            table.setdefault(prop.value, []).append(parent.value)
    return table
