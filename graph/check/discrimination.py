"""Whether the graph can tell two easily confused conditions apart (issue 11, item 8).

Two conditions must be told apart when one is linked to the other as a mimic (either way), or when
both are root, plexus, nerve, cord or neuron disorders that affect the same root (a shared
territory) without one being a kind of the other (``skos:broader``) or causing it. For each such
pair this module lists the *discriminators* the graph holds:

* a finding that one condition has and the other typically lacks, where "lacks" also covers a
  broader finding (lacking "diminished or absent ankle reflex" rules out "absent ankle reflex");
* a finding both have, stated with contrasting values of the same descriptive or restrictive
  qualifier (sphincter loss ``timing=early`` in conus medullaris syndrome, ``timing=late`` in cauda
  equina syndrome; ``onset=acute`` against ``onset=insidious``).

Electrodiagnostic and imaging findings are findings, so a test that tells two conditions apart
("sural sensory response reduced") counts like any sign. :func:`short_pairs` lists the pairs with
fewer than two discriminators; a data test keeps that list empty but for the pairs it names as
pending. Written as SPARQL over the store rather than a networkx walk because every fact it reads
is a plain triple or an axiom annotation, which SPARQL reaches directly.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from graph.ask.sparql import select

MINIMUM = 2
"""How many discriminators a pair needs (issue 11: "at least two discriminating findings or tests")."""

TERRITORY_TYPES = (
    "Radiculopathy",
    "Polyradiculopathy",
    "Plexopathy",
    "Mononeuropathy",
    "Polyneuropathy",
    "SpinalCordDisorder",
    "MotorNeuronDisorder",
)
"""Condition classes whose members are compared when they affect the same root."""

QUALIFIER_KEYS = ("laterality", "onset", "course", "timing")
"""Qualifiers whose contrasting values on the same finding tell two conditions apart."""

_MIMICS = """SELECT DISTINCT ?a ?b WHERE {
  { ?a radix:mimics ?b } UNION { ?b radix:mimics ?a }
  FILTER(STR(?a) < STR(?b)) }"""

_SHARED_ROOT = """SELECT DISTINCT ?a ?b WHERE {
  ?a radix:affectsRoot ?root . ?b radix:affectsRoot ?root .
  FILTER(STR(?a) < STR(?b))
  ?a a ?ta . ?b a ?tb .
  VALUES ?ta { %s } VALUES ?tb { %s }
  FILTER NOT EXISTS { ?a skos:broader+ ?b } FILTER NOT EXISTS { ?b skos:broader+ ?a }
  FILTER NOT EXISTS { ?a radix:causes ?b } FILTER NOT EXISTS { ?b radix:causes ?a } }""" % (
    (" ".join(f"radix:{name}" for name in TERRITORY_TYPES),) * 2
)

_HAS_LACKS = """SELECT DISTINCT ?has ?lacks ?finding WHERE {
  ?has radix:hasFinding ?finding . ?lacks radix:typicallyLacksFinding ?lacked .
  FILTER(?finding = ?lacked || EXISTS { ?finding skos:broader+ ?lacked })
  FILTER(?has != ?lacks) }"""

_KEYS = " ".join(f'"{key}"' for key in QUALIFIER_KEYS)
_QUALIFIED = f"""SELECT ?condition ?finding ?key ?value WHERE {{
  ?axiom owl:annotatedSource ?condition ; owl:annotatedProperty radix:hasFinding ;
         owl:annotatedTarget ?finding ; ?property ?value .
  ?property radix:qualifierKey ?key .
  VALUES ?key {{ {_KEYS} }} }}"""

_LABELS = """SELECT ?item ?label WHERE {
  ?item rdfs:label ?label . FILTER(STRSTARTS(STR(?item), "https://w3id.org/radix/")) }"""


@dataclass(frozen=True)
class Discriminator:
    """One way to tell a pair apart: the finding, and which condition it points to (or the contrast)."""

    finding: str
    points_to: str
    how: str
    """``has/lacks`` or ``<key>: <value> vs <value>``."""


@dataclass
class Pair:
    """Two conditions that must be told apart, why, and what tells them apart."""

    first: str
    second: str
    reasons: set[str] = field(default_factory=set)
    discriminators: list[Discriminator] = field(default_factory=list)

    @property
    def findings(self) -> set[str]:
        """The distinct findings that discriminate (a finding counts once however it discriminates)."""
        return {item.finding for item in self.discriminators}


def pairs_to_tell_apart(store: ox.Store) -> dict[tuple[str, str], Pair]:
    """Return every pair (sorted IRIs) that must be told apart, keyed by the pair, with its discriminators."""
    pairs: dict[tuple[str, str], Pair] = {}
    for query, reason in ((_MIMICS, "mimic"), (_SHARED_ROOT, "shared root")):
        for row in select(store, query):
            key = (row["a"].value, row["b"].value)
            pairs.setdefault(key, Pair(*key)).reasons.add(reason)
    for row in select(store, _HAS_LACKS):
        has, lacks, finding = row["has"].value, row["lacks"].value, row["finding"].value
        pair = pairs.get((has, lacks) if has < lacks else (lacks, has))
        if pair is not None:
            pair.discriminators.append(Discriminator(finding, has, "has/lacks"))
    _add_qualifier_contrasts(store, pairs)
    return pairs


def _add_qualifier_contrasts(store: ox.Store, pairs: dict[tuple[str, str], Pair]) -> None:
    values: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for row in select(store, _QUALIFIED):
        values[(row["condition"].value, row["finding"].value, row["key"].value)].add(row["value"].value)
    by_condition: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for condition, finding, key in values:
        by_condition[condition].add((finding, key))
    for (first, second), pair in pairs.items():
        for finding, key in sorted(by_condition[first] & by_condition[second]):
            mine, theirs = values[(first, finding, key)], values[(second, finding, key)]
            if mine.isdisjoint(theirs):
                words = f"{key}: {_words(mine)} vs {_words(theirs)}"
                pair.discriminators.append(Discriminator(finding, "", words))


def _words(iris: set[str]) -> str:
    return "/".join(sorted(iri.rsplit("/", 1)[-1] for iri in iris))


def short_pairs(store: ox.Store, minimum: int = MINIMUM) -> list[Pair]:
    """Return the pairs with fewer than ``minimum`` distinct discriminating findings, sorted."""
    pairs = pairs_to_tell_apart(store)
    return [pairs[key] for key in sorted(pairs) if len(pairs[key].findings) < minimum]


def discrimination_rows(store: ox.Store) -> list[dict[str, str]]:
    """Return one row per pair for the coverage document: the pair, why, how many discriminators and which."""
    labels = {row["item"].value: row["label"].value for row in select(store, _LABELS)}

    def name(iri: str) -> str:
        return labels.get(iri, iri.rsplit("/", 1)[-1])

    rows = []
    pairs = pairs_to_tell_apart(store)
    for key in sorted(pairs, key=lambda k: (name(k[0]).lower(), name(k[1]).lower())):
        pair = pairs[key]
        told = sorted(
            {name(item.finding) + (f" ({item.how})" if item.how != "has/lacks" else "") for item in pair.discriminators}
        )
        rows.append(
            {
                "conditions": f"{name(pair.first)} / {name(pair.second)}",
                "why compared": ", ".join(sorted(pair.reasons)),
                "discriminators": str(len(pair.findings)),
                "what tells them apart": "; ".join(told) or "—",
            }
        )
    return rows


HEADER = f"""<!-- GENERATED by `python -m graph.check.discrimination docs/discrimination.md` from the graph.
     Do not edit: tests/test_discrimination.py fails when this file and the graph disagree. -->

# Conditions to tell apart

One row per pair of conditions that the graph links as mimics, or that affect the same root without
one being a kind or a cause of the other, with the findings that tell them apart: a finding one has
and the other typically lacks, or a finding both have with contrasting qualifiers (in brackets).
Every pair needs at least {MINIMUM}; `tests/test_discrimination.py` lists any pair short of that.

"""


def discrimination_markdown(store: ox.Store) -> str:
    """Return the pair table as a Markdown document (deterministic: sorted rows and cells)."""
    titles = ["conditions", "why compared", "discriminators", "what tells them apart"]
    lines = [HEADER + "| " + " | ".join(titles) + " |", "|" + "---|" * len(titles)]
    for row in discrimination_rows(store):
        lines.append("| " + " | ".join(row[title].replace("|", "/") for title in titles) + " |")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    """Write the pair table to the file named in ``argv`` (a developer step, like ``radix coverage -o``)."""
    from graph.load.store import load_graph, oxigraph_store

    if len(argv) != 1:
        print("usage: python -m graph.check.discrimination OUTPUT.md", file=sys.stderr)
        return 2
    Path(argv[0]).write_text(discrimination_markdown(oxigraph_store(load_graph())), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
