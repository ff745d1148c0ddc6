"""Read a GA4GH Phenopacket (v2) as findings for localisation, reaching Radix through the HPO hierarchy.

The phenopacket is parsed and validated with the ``phenopackets`` package (the schema's own protobuf
classes; unknown fields, wrong types and malformed JSON are errors), then checked for what localisation
needs: an ``id``, ``metaData`` and at least one phenotypic feature, each with a ``type.id`` CURIE.
Observed features become findings that are present, ``excluded: true`` ones findings that are absent.

A patient is often coded more specifically than Radix maps (``HP:0002169`` Clonus, where Radix maps
``HP:0001347`` Hyperreflexia). The HPO hierarchy imported with the mappings (ontology/imports/hp.ttl)
bridges the gap, in the direction that stays true:

* an **observed** term T stands for the Radix findings that equal or include the nearest of T and its
  ancestors that Radix maps (``skos:exactMatch``, ``closeMatch``, or ``narrowMatch``: the HPO term is
  narrower than the finding): having a kind of hyperreflexia is having hyperreflexia;
* an **excluded** term T rules out the Radix findings that equal or fall under T or one of its
  descendants (``exactMatch``, ``closeMatch``, ``broadMatch``): without any areflexia there is no absent
  ankle reflex. Excluding a *more specific* term rules out nothing broader.
"""

from __future__ import annotations

import json
from collections import defaultdict, deque
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox
from google.protobuf.json_format import ParseDict, ParseError
from phenopackets import Phenopacket

from graph.errors import RadixError
from graph.namespaces import CONVERTER, PREFIXES

MAX_FEATURES = 100

_HIERARCHY = """
SELECT ?term ?parent WHERE { ?term rdfs:subClassOf ?parent . FILTER(STRSTARTS(STR(?term), STR(HP:)) && isIRI(?parent)) }
"""
_MAPPINGS = """
SELECT ?entity ?match ?term WHERE {
  VALUES ?match { skos:exactMatch skos:closeMatch skos:broadMatch skos:narrowMatch }
  ?entity ?match ?term . FILTER(STRSTARTS(STR(?entity), STR(radix:)) && STRSTARTS(STR(?term), STR(HP:)))
}
"""
PRESENT_MATCHES = frozenset({"exactMatch", "closeMatch", "narrowMatch"})
"""Mappings along which a patient's HPO term (or an ancestor) being present makes the Radix finding present."""
ABSENT_MATCHES = frozenset({"exactMatch", "closeMatch", "broadMatch"})
"""Mappings along which an excluded HPO term (or a descendant) makes the Radix finding absent."""


@dataclass(frozen=True)
class Feature:
    """One phenotypic feature of a phenopacket: its term and whether it was excluded."""

    id: str
    label: str
    excluded: bool


@dataclass(frozen=True)
class PatientFeatures:
    """What localisation needs from a phenopacket: its id and its observed and excluded features."""

    id: str
    observed: tuple[Feature, ...]
    excluded: tuple[Feature, ...]


def read_phenopacket(document: str | bytes | dict[str, Any]) -> PatientFeatures:
    """Parse and validate a phenopacket (JSON text or the decoded object); raise :class:`RadixError` if bad."""
    if isinstance(document, str | bytes):
        try:
            document = json.loads(document)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise RadixError(f"the phenopacket is not JSON: {exc}") from exc
    if not isinstance(document, dict):
        raise RadixError("a phenopacket is a JSON object with id, phenotypicFeatures and metaData")
    try:
        packet = ParseDict(document, Phenopacket())
    except ParseError as exc:
        raise RadixError(f"not a valid GA4GH Phenopacket v2: {exc}") from exc
    if not packet.id:
        raise RadixError("the phenopacket has no id")
    if not packet.HasField("meta_data"):
        raise RadixError("the phenopacket has no metaData (created, createdBy, resources, phenopacketSchemaVersion)")
    if not packet.phenotypic_features:
        raise RadixError("the phenopacket has no phenotypicFeatures to localise")
    if len(packet.phenotypic_features) > MAX_FEATURES:
        raise RadixError(f"give at most {MAX_FEATURES} phenotypic features, not {len(packet.phenotypic_features)}")
    features = []
    for number, item in enumerate(packet.phenotypic_features, start=1):
        curie = item.type.id.strip()
        if ":" not in curie or " " in curie:
            raise RadixError(f"phenotypicFeatures[{number}].type.id {curie!r} is not a CURIE such as HP:0003438")
        features.append(Feature(curie, item.type.label, item.excluded))
    return PatientFeatures(
        packet.id,
        tuple(feature for feature in features if not feature.excluded),
        tuple(feature for feature in features if feature.excluded),
    )


class PhenotypeHierarchy:
    """The imported HPO hierarchy and the Radix findings mapped into it, read once from the store."""

    def __init__(self, store: ox.Store) -> None:
        self.parents: dict[str, set[str]] = defaultdict(set)
        self.children: dict[str, set[str]] = defaultdict(set)
        for row in _select(store, _HIERARCHY):
            term, parent = _curie(row["term"]), _curie(row["parent"])
            self.parents[term].add(parent)
            self.children[parent].add(term)
        self.mapped: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for row in _select(store, _MAPPINGS):
            match = _curie(row["match"]).removeprefix("skos:")
            self.mapped[_curie(row["term"])][match].add(_curie(row["entity"]))

    def _findings(self, term: str, matches: frozenset[str]) -> set[str]:
        return {entity for match in matches for entity in self.mapped.get(term, {}).get(match, set())}

    def present(self, term: str) -> tuple[list[str], str | None]:
        """Return the Radix findings an observed ``term`` stands for, and the HPO term that reached them.

        Breadth-first up the hierarchy from ``term`` itself: the nearest mapped terms win.
        """
        level, seen = [term], {term}
        while level:
            found = {entity for node in level for entity in self._findings(node, PRESENT_MATCHES)}
            if found:
                via = sorted(node for node in level if self._findings(node, PRESENT_MATCHES))
                return sorted(found), via[0]
            level = sorted({parent for node in level for parent in self.parents.get(node, set())} - seen)
            seen.update(level)
        return [], None

    def absent(self, term: str) -> list[str]:
        """Return the Radix findings an excluded ``term`` rules out: those equal to or under it or its descendants."""
        found: set[str] = set()
        queue, seen = deque([term]), {term}
        while queue:
            node = queue.popleft()
            found |= self._findings(node, ABSENT_MATCHES)
            for child in self.children.get(node, set()) - seen:
                seen.add(child)
                queue.append(child)
        return sorted(found)


def _select(store: ox.Store, query: str) -> list[ox.QuerySolution]:
    answer = store.query(query, prefixes=PREFIXES)
    if not isinstance(answer, ox.QuerySolutions):
        raise TypeError("expected a SELECT query")
    return list(answer)


def _curie(term: object) -> str:
    iri = term.value if isinstance(term, ox.NamedNode) else str(term)
    return CONVERTER.compress(iri) or iri
