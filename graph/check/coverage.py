"""The coverage tables: one row per root and one per plexus element, generated from the graph (``radix coverage``).

For each root: the muscles it supplies (primary, then contributing), their nerves, the reflex that
tests it, its dermatome and ISNCSCI key sensory point, its disc levels and the herniations there,
the tests that examine it, and the conditions that mimic its radiculopathy. An assertion in a contest
group is marked: ``*`` when it is the group's consensus variant, ``†`` when it is another variant
(kept with its source, but not the answer a consumer gives by default). For each plexus element
(trunk, division, cord, the lumbosacral trunk): the roots it carries, what forms it, the nerves that
leave it, the muscles a lesion of it reaches (those whose nerve passes through it and whose primary
root it carries), the electrodiagnostic findings that implicate it and the conditions that affect
it. ``docs/coverage.md`` holds the output; a test regenerates it and fails when the graph and the
table disagree.
"""

from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox

from graph.ask.sparql import select
from graph.namespaces import BASE

_CONTEST = """OPTIONAL {{ ?a owl:annotatedSource {subject} ; owl:annotatedProperty {prop} ;
                   owl:annotatedTarget {target} ; radix:inContest ?group .
                   OPTIONAL {{ ?a radix:consensus ?consensus }} }}"""
"""The contest marks of one triple: ?group when some axiom of it is in a contest group, ?consensus when
that axiom is the group's consensus variant."""

COLUMNS = {
    "muscles (primary)": """SELECT ?root ?item ?group ?consensus WHERE {
        ?item radix:hasPrimaryRoot ?root ; rdfs:label ?label . """
    + _CONTEST.format(subject="?item", prop="radix:hasPrimaryRoot", target="?root")
    + " }",
    "muscles (contributing)": """SELECT ?root ?item ?group ?consensus WHERE {
        ?item radix:hasContributingRoot ?root .
        FILTER NOT EXISTS { ?item radix:hasPrimaryRoot ?root } """
    + _CONTEST.format(subject="?item", prop="radix:hasContributingRoot", target="?root")
    + " }",
    "nerves": """SELECT DISTINCT ?root ?item WHERE {
        ?muscle radix:hasPrimaryRoot ?root ; radix:innervatedByNerve ?item }""",
    "reflex": """SELECT ?root ?item ?group ?consensus WHERE {
        ?item a radix:Reflex ; radix:testsRoot ?root . """
    + _CONTEST.format(subject="?item", prop="radix:testsRoot", target="?root")
    + " }",
    "dermatome": """SELECT ?root ?item ?group ?consensus WHERE {
        ?root radix:hasDermatome ?dermatome . ?dermatome radix:coversRegion ?item . """
    + _CONTEST.format(subject="?dermatome", prop="radix:coversRegion", target="?item")
    + " }",
    "key sensory point": """SELECT ?root ?item WHERE { ?root radix:hasKeySensoryPoint ?item }""",
    "disc levels": """SELECT ?root ?item WHERE {
        { ?root radix:exitsAtLevel ?item } UNION { ?root radix:traversesLevel ?item } }""",
    "herniations": """SELECT ?root ?item WHERE { ?item radix:compressesRoot ?root ; radix:atDiscLevel ?level }""",
    "tests": """SELECT DISTINCT ?root ?item WHERE {
        { ?item a radix:ExaminationTest ; radix:testsRoot ?root }
        UNION { ?condition radix:affectsRoot ?root ; a radix:Radiculopathy . ?item radix:testsFor ?condition } }""",
    "mimics": """SELECT DISTINCT ?root ?item WHERE {
        ?condition radix:affectsRoot ?root ; a radix:Radiculopathy . ?item radix:mimics ?condition .
        FILTER NOT EXISTS { ?item a radix:Radiculopathy } }""",
}
"""Column title -> SELECT of (?root, ?item[, ?group, ?consensus]) rows."""

PLEXUS_COLUMNS = {
    "roots": """SELECT DISTINCT ?element ?item WHERE {
        ?element a radix:PlexusElement ; radix:formedFrom+ ?item . ?item a radix:NerveRoot }""",
    "formed from": """SELECT ?element ?item WHERE { ?element a radix:PlexusElement ; radix:formedFrom ?item }""",
    "nerves leaving it": """SELECT ?element ?item WHERE {
        ?element a radix:PlexusElement . { ?item radix:branchOf ?element } UNION { ?item radix:formedFrom ?element }
        ?item a radix:PeripheralNerve }""",
    "muscles a lesion reaches": """SELECT DISTINCT ?element ?item WHERE {
        ?element a radix:PlexusElement .
        ?item radix:innervatedByNerve/(radix:branchOf|radix:formedFrom)* ?element ; radix:hasPrimaryRoot ?root .
        ?element radix:formedFrom+ ?root }""",
    "electrodiagnosis": """SELECT ?element ?item WHERE {
        ?element a radix:PlexusElement . ?item a radix:ElectrodiagnosticFinding ; radix:implicates ?element }""",
    "conditions": """SELECT ?element ?item WHERE {
        ?element a radix:PlexusElement . ?item radix:affectsNerve ?element }""",
}
"""Column title -> SELECT of (?element, ?item) pairs for the plexus-element table."""

_ELEMENTS = """SELECT ?element ?label WHERE { ?element a radix:PlexusElement ; rdfs:label ?label }"""

PLEXUS_HEADER = """
# Coverage by plexus element

One row per plexus element (trunk, division, cord), read from the graph: the roots whose fibres it
carries, what forms it, the nerves that leave it, the muscles a lesion of it reaches (those whose
nerve passes through it and whose primary root it carries), the electrodiagnostic findings that
implicate it and the conditions that affect it. `radix plexus` places a deficit along these paths.

"""

_ROOTS = (
    """SELECT ?root ?label ?index WHERE { ?root a radix:NerveRoot ; rdfs:label ?label ; radix:segmentIndex ?index }"""
)
_LABELS = """SELECT ?item ?label WHERE {
  ?item rdfs:label ?label . FILTER(STRSTARTS(STR(?item), "https://w3id.org/radix/")) }"""

HEADER = """<!-- GENERATED by `radix coverage -o docs/coverage.md` from the graph; do not edit by hand.
     tests/test_coverage.py fails when this file and the graph disagree. -->

# Coverage by root

One row per nerve root, read from the graph: the muscles it supplies (primary, then contributing),
their nerves, the reflex that tests it, its dermatome and ISNCSCI key sensory point, the disc levels
it exits at and traverses with the herniations that compress it, the examination tests for it, and
the conditions that mimic its radiculopathy. Where references disagree the assertion belongs to a
contest group: `*` marks the group's consensus variant (the answer given by default), `†` another
variant kept with its source (see the `contested_facts` and `consensus_answer` queries).

"""


def coverage_rows(store: ox.Store) -> list[dict[str, str]]:
    """Return one dict per root (cranial to caudal): column title -> the cell's text."""
    labels = {row["item"].value: row["label"].value for row in select(store, _LABELS)}
    roots = sorted(select(store, _ROOTS), key=lambda row: int(row["index"].value))
    marks: dict[tuple[str, str, str], str] = {}
    for column, query in COLUMNS.items():
        for row in select(store, query):
            key = (row["root"].value, column, labels.get(row["item"].value, row["item"].value.removeprefix(BASE)))
            mark = ""
            if "group" in row:
                mark = "*" if "consensus" in row and row["consensus"].value == "true" else "†"
            # Several axioms may state one triple: the consensus mark wins over the other-variant mark.
            if key not in marks or mark == "*" or (mark and not marks[key]):
                marks[key] = mark
    cells: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for (root_iri, column, name), mark in marks.items():
        cells[root_iri][column].add(name + mark)
    table: list[dict[str, str]] = []
    for root in roots:
        iri = root["root"].value
        line = {"root": root["label"].value.removesuffix(" nerve root")}
        line.update({column: ", ".join(sorted(cells[iri][column])) or "—" for column in COLUMNS})
        table.append(line)
    return table


def plexus_rows(store: ox.Store) -> list[dict[str, str]]:
    """Return one dict per plexus element, sorted by label: column title -> the cell's text."""
    labels = {row["item"].value: row["label"].value for row in select(store, _LABELS)}
    cells: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for column, query in PLEXUS_COLUMNS.items():
        for row in select(store, query):
            cells[row["element"].value][column].add(labels.get(row["item"].value, row["item"].value.removeprefix(BASE)))
    elements = sorted(select(store, _ELEMENTS), key=lambda row: row["label"].value)
    return [
        {"element": row["label"].value}
        | {column: ", ".join(sorted(cells[row["element"].value][column])) or "—" for column in PLEXUS_COLUMNS}
        for row in elements
    ]


def coverage_markdown(store: ox.Store) -> str:
    """Return the coverage tables as a Markdown document (deterministic: sorted rows and cells)."""
    titles = ["root", *COLUMNS]
    lines = [HEADER + "| " + " | ".join(titles) + " |", "|" + "---|" * len(titles)]
    for row in coverage_rows(store):
        lines.append("| " + " | ".join(row[title].replace("|", "/") for title in titles) + " |")
    elements = plexus_rows(store)
    if elements:
        titles = ["element", *PLEXUS_COLUMNS]
        lines += [PLEXUS_HEADER + "| " + " | ".join(titles) + " |", "|" + "---|" * len(titles)]
        for row in elements:
            lines.append("| " + " | ".join(row[title].replace("|", "/") for title in titles) + " |")
    return "\n".join(lines) + "\n"
