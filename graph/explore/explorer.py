"""The exploration features behind one object: search, entity cards, neighbourhoods, paths, related, localise.

An :class:`Explorer` is built once from the Oxigraph store (projection, search index, localiser
footprints) and then answers every question in memory. The CLI and the HTTP layer both call it and
only format what it returns; every answer is a JSON-ready dict.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import networkx as nx
import pyoxigraph as ox

from graph.ask.sparql import select
from graph.errors import RadixError, UnknownEntityError
from graph.explore.compare import Claim, compare
from graph.explore.compare import as_dict as comparison_dict
from graph.explore.phenopacket import Feature, PhenotypeHierarchy, read_phenopacket
from graph.explore.projection import project_store
from graph.explore.related import all_profiles, is_condition, related_conditions
from graph.explore.search import SearchIndex
from graph.explore.traverse import neighbourhood, shortest_paths, tell
from graph.namespaces import BASE, CONVERTER, PREFIXES

if TYPE_CHECKING:
    from graph.explore.localize.engine import Localizer

MAX_DEPTH = 3
MAX_FINDINGS = 40
"""Most findings one localisation reads (more is 400): the cost of a request grows with each one."""
MAX_TEXT = 300
"""Longest finding, search text or identifier accepted, in characters (longer is 400).

Reading a phrase and fuzzy search cost time in proportion to its length (measured: 0.01 s for 300
characters, 0.9 s for 30,000); a clinical finding or an entity name is far shorter than this.
The caps live here, at the API boundary of the explore room, so every caller (HTTP, CLI) gets them
whatever reads the phrases behind it."""

_WORD_NUMBERS = "SELECT ?word ?p WHERE { ?word a radix:Frequency ; <https://w3id.org/radix/probability> ?p }"
_HPO_PARENTS = """SELECT ?child ?parent WHERE { ?child rdfs:subClassOf ?parent .
  FILTER(STRSTARTS(STR(?child), STR(obo:HP_)) && STRSTARTS(STR(?parent), STR(obo:HP_))) }"""

_REFERENCES = "SELECT ?reference ?label WHERE { ?reference a radix:Reference ; rdfs:label ?label }"

_DESCRIBE = (
    # the entity's own triples, and the label of each thing they point to
    "CONSTRUCT { ?entity ?p ?o . ?o rdfs:label ?label } WHERE { ?entity ?p ?o . OPTIONAL { ?o rdfs:label ?label } }",
    # the provenance of those triples: each owl:Axiom annotating them, whole
    "CONSTRUCT { ?axiom ?q ?v } WHERE { ?axiom owl:annotatedSource ?entity ; ?q ?v . }",
    # what links to the entity, with labels
    "CONSTRUCT { ?s ?p ?entity . ?s rdfs:label ?label } "
    "WHERE { ?s ?p ?entity . FILTER(isIRI(?s)) OPTIONAL { ?s rdfs:label ?label } }",
)
"""What the linked-data description of an entity holds (three queries: Oxigraph binds a parameter late in a UNION)."""
_EVIDENCE = "SELECT ?eco ?label WHERE { ?eco rdfs:label ?label . FILTER(STRSTARTS(STR(?eco), STR(obo:ECO_))) }"


def curie(iri: str) -> str:
    """Compress an IRI with the Radix prefix map (IRIs it cannot compress are returned whole)."""
    return CONVERTER.compress(iri) or iri


class Explorer:
    """Answers the exploration questions about one loaded graph."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self.G = project_store(store, include_mappings=True)
        self.index = SearchIndex(store)
        # Imported here, not at the top: the engine pulls in spaCy and negspacy (about a second), which a
        # server pays only when it builds its explorer, not on every start of every process.
        from graph.explore.localize.engine import Localizer
        from graph.explore.localize.priors import MEASUREMENTS

        self.localizer: Localizer = Localizer(
            self.G,
            self.index,
            word_numbers=_word_numbers(store),
            measurements=self.G.graph.get("measurements")
            or [{key: row[key].value for key in row} for row in select(store, MEASUREMENTS)],
            hpo_parents=_hpo_parents(store),
        )
        self.profiles = all_profiles(self.G)
        self.references = {row["reference"].value: row["label"].value for row in select(store, _REFERENCES)}
        self.evidence = {row["eco"].value: row["label"].value for row in select(store, _EVIDENCE)}
        self.phenotypes: PhenotypeHierarchy | None = None  # built on the first phenopacket

    # ---- identifiers -----------------------------------------------------------------------

    def resolve(self, identifier: str) -> str:
        """Return the IRI of a Radix entity named by IRI, CURIE, local id or exact label; else raise.

        The error names the closest matches, so a caller can suggest them.
        """
        text = _capped(identifier, "identifier").strip()
        for candidate in (text, BASE + text if ":" not in text and "/" not in text else ""):
            if candidate and candidate in self.G and not self.G.nodes[candidate].get("external"):
                return candidate
        hits = self.index.resolve_identifier(text)
        if hits and hits[0].via == "id":
            return hits[0].iri
        fuzzy = self.index.search(text, limit=5)
        if fuzzy and fuzzy[0].score == 100.0 and fuzzy[0].via == "label":
            return fuzzy[0].iri
        raise UnknownEntityError(identifier, [hit.curie for hit in fuzzy])

    # ---- questions ---------------------------------------------------------------------------

    def describe(self, identifier: str) -> list[ox.Triple]:
        """Return the RDF description of an entity: its triples with their provenance, what links to it, labels."""
        iri = self.resolve(identifier)
        triples: set[ox.Triple] = set()
        for query in _DESCRIBE:
            answer = self.store.query(
                query, prefixes=PREFIXES, substitutions={ox.Variable("entity"): ox.NamedNode(iri)}
            )
            triples.update(answer)  # type: ignore[arg-type]
        return sorted(triples, key=str)

    def search(self, text: str, *, limit: int = 10, types: set[str] | None = None) -> list[dict[str, Any]]:
        """Rank entities matching ``text`` (labels, synonyms, CURIEs, IRIs, mapped external ids)."""
        if not _capped(text, "search text").strip():
            raise RadixError("give some text to search for")
        return [hit.as_dict() for hit in self.index.search(text, limit=limit, types=types)]

    def entity(self, identifier: str) -> dict[str, Any]:
        """Return an entity's card: label, types, definition, synonyms, mappings, and every edge with provenance."""
        iri = self.resolve(identifier)
        node = self.G.nodes[iri]
        outgoing = [self._edge(iri, target, data, True) for _, target, data in self.G.out_edges(iri, data=True)]
        incoming = [self._edge(source, iri, data, False) for source, _, data in self.G.in_edges(iri, data=True)]
        mappings = [edge for edge in outgoing if self.G.nodes[edge["to"]["iri"]].get("external")]
        return {
            "id": curie(iri),
            "iri": iri,
            "label": node["label"],
            "types": node["types"],
            "definition": node["definition"],
            "synonyms": node["synonyms"],
            "mappings": mappings,
            "out": [edge for edge in outgoing if edge not in mappings],
            "in": incoming,
        }

    def _edge(self, source: str, target: str, data: dict[str, Any], outgoing: bool) -> dict[str, Any]:
        predicate = str(data["predicate"])
        forward_words, backward_words = self.G.graph["words"].get(predicate, (curie(predicate), curie(predicate)))
        return {
            "predicate": curie(predicate),
            "words": forward_words if outgoing else backward_words,
            "from": {"id": curie(source), "iri": source, "label": self.G.nodes[source]["label"]},
            "to": {"id": curie(target), "iri": target, "label": self.G.nodes[target]["label"]},
            "sources": [
                {"id": "radix:" + ref, "label": self.references.get(BASE + ref, ref)} for ref in data.get("sources", [])
            ],
            "evidence": [{"id": curie(e), "label": self.evidence.get(e, e)} for e in data.get("evidence", [])],
            "frequency": data.get("frequency", []),
            "share_of_cases": data.get("share_of_cases", []),
            "contested": data.get("contested", False),
            "consensus": data.get("consensus", False),
            "contexts": [context for context in data.get("contexts", []) if context],
        }

    def neighbours(self, identifier: str, *, depth: int = 1, predicates: Iterable[str] | None = None) -> dict[str, Any]:
        """Return the nodes and edges within ``depth`` steps of an entity (either direction)."""
        if not 0 <= depth <= MAX_DEPTH:
            raise RadixError(f"depth must be between 0 and {MAX_DEPTH}, not {depth}")
        iri = self.resolve(identifier)
        expanded = [self._predicate(p) for p in predicates] if predicates else None
        sub = neighbourhood(self.G, iri, depth=depth, predicates=expanded)
        return {
            "center": curie(iri),
            "depth": depth,
            "nodes": [
                {
                    "id": curie(n),
                    "label": data["label"],
                    "types": data["types"],
                    "external": data.get("external", False),
                }
                for n, data in sorted(sub.nodes(data=True))
            ],
            "edges": [
                {
                    "from": curie(s),
                    "to": curie(t),
                    "predicate": curie(k),
                    "words": self.G.graph["words"].get(k, (k, k))[0],
                }
                for s, t, k in sorted(sub.edges(keys=True))
            ],
        }

    def _predicate(self, text: str) -> str:
        iri = CONVERTER.expand(text) if ":" in text else BASE + text
        if iri is None or iri not in self.G.graph["words"]:
            known = sorted(curie(p) for p in self.G.graph["words"])
            raise RadixError(f"unknown predicate {text!r}; predicates are: {', '.join(known)}")
        return iri

    def path(self, source: str, target: str, *, limit: int = 3) -> dict[str, Any]:
        """Return the shortest paths between two entities, each step told in words."""
        start, end = self.resolve(source), self.resolve(target)
        paths = shortest_paths(self.G, start, end, limit=limit)
        return {
            "from": curie(start),
            "to": curie(end),
            "paths": [{"text": tell(self.G, path), "steps": [step.as_dict(self.G) for step in path]} for path in paths],
        }

    def related(self, identifier: str, *, limit: int = 10) -> dict[str, Any]:
        """Return the conditions most related to a condition, each with what they share."""
        iri = self.resolve(identifier)
        if not is_condition(self.G, iri):
            raise RadixError(f"{curie(iri)} is not a condition; related conditions are asked of a condition")
        return {
            "condition": {"id": curie(iri), "label": self.G.nodes[iri]["label"]},
            "related": [
                item.as_dict(self.G) for item in related_conditions(self.G, iri, limit=limit, profiles=self.profiles)
            ],
        }

    def compare(self, first: str, second: str) -> dict[str, Any]:
        """Compare two conditions: shared findings, findings of one only, separating tests, each with sources."""
        a, b = self.resolve(first), self.resolve(second)
        for iri in (a, b):
            if not is_condition(self.G, iri):
                raise RadixError(f"{curie(iri)} is not a condition; compare two conditions")
        if a == b:
            raise RadixError(f"give two different conditions, not {curie(a)} twice")

        def describe(iri: str) -> dict[str, Any]:
            return {"id": curie(iri), "iri": iri, "label": self.G.nodes[iri]["label"]}

        def source(claim: Claim) -> dict[str, Any]:
            return {
                "sources": [
                    {"id": "radix:" + ref, "label": self.references.get(BASE + ref, ref)} for ref in claim.sources
                ],
                "evidence": [{"id": curie(e), "label": self.evidence.get(e, e)} for e in claim.evidence],
                "frequency": list(claim.frequency),
                "contested": claim.contested,
            }

        return comparison_dict(compare(self.G, a, b), describe, source)

    def localize(
        self, findings: list[str], *, excluded: list[str] | None = None, limit: int = 10, priors: str = "uniform"
    ) -> dict[str, Any]:
        """Localise a lesion from findings (phrases, CURIEs or IRIs) and excluded features (absent ones).

        ``priors``: "uniform" (every site alike, the default) or "incidence" (population incidence where the
        graph has it); see :data:`graph.explore.localize.priors.PRIORS`.

        Each finding is capped at :data:`MAX_TEXT` characters and the two lists together at
        :data:`MAX_FINDINGS` (400 over HTTP): reading costs time in proportion to what is given.
        """
        given = len(findings) + len(excluded or [])
        if given > MAX_FINDINGS:
            raise RadixError(f"give at most {MAX_FINDINGS} findings, not {given}")
        phrases = [_capped(str(finding), f"finding {number}") for number, finding in enumerate(findings, start=1)]
        absent = [_capped(str(item), f"excluded finding {number}") for number, item in enumerate(excluded or [], 1)]
        phrases = [phrase for phrase in phrases if phrase.strip()]
        absent = [phrase for phrase in absent if phrase.strip()]
        if not phrases and not absent:
            raise RadixError("give at least one finding")
        return self.localizer.localize(self.localizer.read(phrases, absent), limit=limit, priors=priors)

    def localize_phenopacket(
        self,
        document: str | bytes | dict[str, Any],
        *,
        findings: list[str] | None = None,
        excluded: list[str] | None = None,
        limit: int = 10,
        priors: str = "uniform",
    ) -> dict[str, Any]:
        """Localise from a GA4GH Phenopacket: observed features present, excluded ones absent (HPO hierarchy).

        ``findings`` and ``excluded`` add phrases or CURIEs of the clinician's own. The answer carries, under
        ``phenopacket``, how each feature reached Radix (the HPO term that was mapped) or that it did not.
        """
        patient = read_phenopacket(document)
        if self.phenotypes is None:
            self.phenotypes = PhenotypeHierarchy(self.store)
        observed, absent, report = list(findings or []), list(excluded or []), []
        for feature in patient.observed:
            reached, via = self.phenotypes.present(feature.id)
            observed += reached
            report.append(self._feature(feature, reached, via))
        for feature in patient.excluded:
            reached = self.phenotypes.absent(feature.id)
            absent += reached
            report.append(self._feature(feature, reached, feature.id if reached else None))
        if not observed and not absent:
            ids = ", ".join(feature.id for feature in patient.observed + patient.excluded)
            raise RadixError(f"none of the phenopacket's features ({ids}) reaches a Radix finding through HPO")
        answer = self.localize(observed, excluded=absent, limit=limit, priors=priors)
        answer["phenopacket"] = {"id": patient.id, "features": report}
        return answer

    def _feature(self, feature: Feature, reached: list[str], via: str | None) -> dict[str, Any]:
        return {
            "id": feature.id,
            "label": feature.label,
            "excluded": feature.excluded,
            "via": via,
            "read_as": [
                {"id": finding, "label": self.G.nodes[iri]["label"]}
                for finding in reached
                if (iri := CONVERTER.expand(finding) or finding) in self.G
            ],
        }


def _capped(text: str, what: str) -> str:
    """Return ``text`` if it is at most :data:`MAX_TEXT` characters long; else refuse it, saying why."""
    if len(text) > MAX_TEXT:
        raise RadixError(f"the {what} is {len(text)} characters long; at most {MAX_TEXT} characters are read")
    return text


def _word_numbers(store: ox.Store) -> dict[str, float]:
    """Return ``radix:probability`` of each frequency word, where the graph gives one."""
    rows = select(store, _WORD_NUMBERS)
    return {row["word"].value.removeprefix(BASE): float(row["p"].value) for row in rows}


def _hpo_parents(store: ox.Store) -> dict[str, set[str]]:
    """Return the HPO ``rdfs:subClassOf`` links the store holds (child -> parents)."""
    parents: dict[str, set[str]] = {}
    for row in select(store, _HPO_PARENTS):
        parents.setdefault(row["child"].value, set()).add(row["parent"].value)
    return parents


def graph_of(explorer: Explorer) -> nx.MultiDiGraph:
    """Return the projection an explorer answers from (for renderers that draw it)."""
    return explorer.G
