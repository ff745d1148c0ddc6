"""The plexus rows of the coverage table: one row per plexus and plexus element (issue 11).

For each nerve plexus or plexus element (trunk, division, cord, the lumbosacral trunk): what it is
formed from (roots and other elements), what it is part of, what is formed from it or branches from
it, every nerve downstream of it, the muscles those nerves supply, and the conditions said to affect
it. Read from the graph like the root rows, so brachial and lumbosacral elements appear alike.
"""

from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox

from graph.ask.sparql import select
from graph.namespaces import BASE

_UP = "(radix:formedFrom|radix:branchOf)+/radix:partOf*"
"""The path from a nerve up to an element it is formed from or branches from, or to a plexus holding that
element. ``partOf`` only at the end: a division of the sciatic nerve is part of the nerve, not downstream
of everything the nerve is formed from."""

ELEMENT_COLUMNS = {
    "kind": """SELECT ?element ?item WHERE {
        ?element a ?type . VALUES ?type { radix:NervePlexus radix:PlexusElement } ?type rdfs:label ?item }""",
    "formed from": """SELECT ?element ?item WHERE {
        ?element a ?type . VALUES ?type { radix:NervePlexus radix:PlexusElement }
        { ?element radix:formedFrom ?item } UNION { ?element radix:formedFromRoot ?item } }""",
    "part of": """SELECT ?element ?item WHERE {
        ?element a ?type . VALUES ?type { radix:NervePlexus radix:PlexusElement } ?element radix:partOf ?item }""",
    "gives": """SELECT ?element ?item WHERE {
        ?element a ?type . VALUES ?type { radix:NervePlexus radix:PlexusElement }
        { ?item radix:formedFrom ?element } UNION { ?item radix:branchOf ?element }
        UNION { ?item radix:partOf ?element } }""",
    "nerves": f"""SELECT DISTINCT ?element ?item WHERE {{
        ?element a ?type . VALUES ?type {{ radix:NervePlexus radix:PlexusElement }}
        ?item a radix:PeripheralNerve ; {_UP} ?element }}""",
    "muscles": f"""SELECT DISTINCT ?element ?item WHERE {{
        ?element a ?type . VALUES ?type {{ radix:NervePlexus radix:PlexusElement }}
        ?nerve a radix:PeripheralNerve ; {_UP} ?element . ?item radix:innervatedByNerve ?nerve }}""",
    "conditions": """SELECT DISTINCT ?element ?item WHERE {
        ?element a ?type . VALUES ?type { radix:NervePlexus radix:PlexusElement }
        { ?item radix:affectsNerve ?element } UNION { ?item radix:affectsStructure ?element } }""",
}
"""Column title -> SELECT of (?element, ?item) pairs."""

_ELEMENTS = """SELECT ?element ?label WHERE {
  ?element a ?type ; rdfs:label ?label . VALUES ?type { radix:NervePlexus radix:PlexusElement } }"""
_LABELS = """SELECT ?item ?label WHERE {
  ?item rdfs:label ?label . FILTER(STRSTARTS(STR(?item), "https://w3id.org/radix/")) }"""


def plexus_rows(store: ox.Store) -> list[dict[str, str]]:
    """Return one dict per plexus or plexus element, sorted by label: column title -> the cell's text."""
    labels = {row["item"].value: row["label"].value for row in select(store, _LABELS)}
    cells: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for column, query in ELEMENT_COLUMNS.items():
        for row in select(store, query):
            item = row["item"]
            name = item.value if isinstance(item, ox.Literal) else labels.get(item.value, item.value.removeprefix(BASE))
            cells[row["element"].value][column].add(name)
    elements = {row["element"].value: row["label"].value for row in select(store, _ELEMENTS)}
    return [
        {"element": label, **{column: ", ".join(sorted(cells[iri][column])) or "—" for column in ELEMENT_COLUMNS}}
        for iri, label in sorted(elements.items(), key=lambda pair: pair[1].lower())
    ]
