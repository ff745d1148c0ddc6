"""Find Radix entities by label, synonym, CURIE, IRI or a mapped external identifier, ranked.

Text matching tolerates case, word order, British/American spelling and small typos: names are
normalised (lower case, punctuation and filler words dropped, ``paraesthesia`` ~ ``paresthesia``),
then scored with rapidfuzz. Identifiers resolve exactly: a Radix CURIE or IRI to its entity; an
external CURIE (``HP:0003438``, ``ICD10CM:M54.17``, ``SNOMEDCT:…``) to the Radix entities mapped to
that term, the strongest mapping first.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from rapidfuzz import fuzz, process

from graph.ask.sparql import select
from graph.namespaces import BASE, CONVERTER, normalise_curie

# How a name was matched, best first; used to break ties between equal scores.
VIA_RANK = {"id": 0, "label": 1, "synonym": 2, "related synonym": 3, "external": 4}

# Strength of a mapping when an external identifier resolves to a Radix entity.
MATCH_RANK = {"exactMatch": 0, "closeMatch": 1, "narrowMatch": 2, "broadMatch": 3, "relatedMatch": 4}

FILLER = {"of", "the", "a", "an", "in", "on", "at", "to", "and", "or", "with", "from", "s"}

SPELLING = [
    (re.compile(r"aesthe"), "esthe"),
    (re.compile(r"\boedem"), "edem"),
    (re.compile(r"\boes"), "es"),
    (re.compile(r"haem"), "hem"),
    (re.compile(r"paed"), "ped"),
    (re.compile(r"ise\b"), "ize"),
    (re.compile(r"isation\b"), "ization"),
    (re.compile(r"our\b"), "or"),
]

_NAMES = """
SELECT ?entity ?label ?name ?via ?type WHERE {
  ?entity a owl:NamedIndividual ; rdfs:label ?label .
  FILTER(STRSTARTS(STR(?entity), "https://w3id.org/radix/"))
  FILTER NOT EXISTS { ?entity a radix:Reference }
  FILTER NOT EXISTS { ?entity a radix:Frequency }
  FILTER NOT EXISTS { ?entity owl:deprecated true }
  OPTIONAL { ?entity a ?type . FILTER(STRSTARTS(STR(?type), "https://w3id.org/radix/")) }
  { ?entity rdfs:label ?name . BIND("label" AS ?via) }
  UNION { ?entity oboInOwl:hasExactSynonym ?name . BIND("synonym" AS ?via) }
  UNION { ?entity oboInOwl:hasRelatedSynonym ?name . BIND("related synonym" AS ?via) }
}
"""

_EXTERNAL = """
SELECT ?entity ?match ?term ?termLabel ?termSynonym ?xref WHERE {
  VALUES ?match { skos:exactMatch skos:closeMatch skos:broadMatch skos:narrowMatch skos:relatedMatch }
  ?entity ?match ?term .
  FILTER(STRSTARTS(STR(?entity), "https://w3id.org/radix/"))
  OPTIONAL { ?term rdfs:label ?termLabel . }
  OPTIONAL { ?term oboInOwl:hasExactSynonym ?termSynonym . }
  OPTIONAL { ?term oboInOwl:hasDbXref ?xref . }
}
"""


@dataclass(frozen=True)
class Hit:
    """One search result: the entity, how it matched and how well (0-100)."""

    iri: str
    label: str
    types: tuple[str, ...]
    matched: str
    via: str
    score: float

    @property
    def curie(self) -> str:
        """The entity's CURIE (``radix:S1_root``)."""
        return "radix:" + self.iri.removeprefix(BASE)

    def as_dict(self) -> dict[str, Any]:
        """Return the hit as a JSON-ready dict."""
        return {
            "id": self.curie,
            "iri": self.iri,
            "label": self.label,
            "types": list(self.types),
            "matched": self.matched,
            "via": self.via,
            "score": round(self.score, 1),
        }


@dataclass
class _Entity:
    label: str
    types: set[str] = field(default_factory=set)


IRREGULAR = {"feet": "foot", "teeth": "tooth"}
KEEP_S = re.compile(r"(?:ss|us|is|ps)$")


def singular(word: str) -> str:
    """Return a plural word's singular by the common English endings ("reflexes" -> "reflex").

    >>> [singular(w) for w in ("jerks", "reflexes", "feet", "injuries", "glutes", "sinus", "biceps")]
    ['jerk', 'reflex', 'foot', 'injury', 'glute', 'sinus', 'biceps']
    """
    if word in IRREGULAR:
        return IRREGULAR[word]
    if len(word) <= 3 or KEEP_S.search(word) or not word.endswith("s"):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("xes", "ches", "shes")):
        return word[:-2]
    return word[:-1]


def normalise(text: str) -> str:
    """Lower-case, unify spelling variants and plurals, drop punctuation and filler words.

    >>> normalise("Paraesthesia of the Lateral Feet")
    'paresthesia lateral foot'
    """
    text = text.lower()
    for pattern, replacement in SPELLING:
        text = pattern.sub(replacement, text)
    words = re.sub(r"[^a-z0-9]+", " ", text).split()
    return " ".join(singular(word) for word in words if word not in FILLER)


class SearchIndex:
    """An in-memory index of every name of every Radix entity, and of the external ids mapped to them."""

    def __init__(self, store: ox.Store) -> None:
        self.entities: dict[str, _Entity] = {}
        self._names: list[str] = []
        self._owners: list[tuple[str, str, str]] = []  # (iri, original name, via)
        self._by_external: dict[str, list[tuple[int, str]]] = defaultdict(list)  # CURIE -> [(rank, iri)]
        self._by_code: dict[str, list[tuple[int, str, str]]] = defaultdict(list)  # local id -> [(rank, iri, CURIE)]
        self._load_names(store)
        self._load_external(store)
        self._exact: dict[str, list[int]] = defaultdict(list)
        self._by_word: dict[str, list[int]] = defaultdict(list)
        for index, name in enumerate(self._names):
            self._exact[name].append(index)
            for word in set(name.split()):
                self._by_word[word].append(index)

    def _load_names(self, store: ox.Store) -> None:
        seen: set[tuple[str, str]] = set()
        for row in select(store, _NAMES):
            iri = row["entity"].value
            entity = self.entities.setdefault(iri, _Entity(row["label"].value))
            if "type" in row:
                entity.types.add(row["type"].value.removeprefix(BASE))
            name, via = row["name"].value, row["via"].value
            key = (iri, normalise(name))
            if key in seen:
                continue
            seen.add(key)
            self._names.append(key[1])
            self._owners.append((iri, name, via))

    def _load_external(self, store: ox.Store) -> None:
        for row in select(store, _EXTERNAL):
            iri = row["entity"].value
            if iri not in self.entities:
                continue
            rank = MATCH_RANK[row["match"].value.rsplit("#", 1)[-1]]
            term = CONVERTER.compress(row["term"].value)
            if term:
                self._add_external(term, rank, iri)
            if "xref" in row:
                self._add_external(row["xref"].value, rank + 5, iri)
            for key in ("termLabel", "termSynonym"):
                if key in row and rank <= MATCH_RANK["closeMatch"]:
                    self._names.append(normalise(row[key].value))
                    self._owners.append((iri, row[key].value, "external"))

    def _add_external(self, curie: str, rank: int, iri: str) -> None:
        entries = self._by_external[curie.upper()]
        if (rank, iri) not in entries:
            entries.append((rank, iri))
        code = self._by_code[curie.split(":", 1)[-1].upper()]
        if (rank, iri, curie) not in code:
            code.append((rank, iri, curie))

    def _fuzzy(self, query: str, *, shortlist: int, min_score: float) -> list[tuple[int, float]]:
        """Return (name index, score) of the names matching ``query``.

        Names equal to the query score 100 straight away. Otherwise the names sharing a word with
        the query are shortlisted by rapidfuzz's C++ word-set scorer (all names, by plain
        similarity, when no word is shared: a typo), and only the shortlist is rescored by
        :func:`_score`.
        """
        exact = [(index, 100.0) for index in self._exact.get(query, [])]
        sharing = sorted({index for word in query.split() for index in self._by_word.get(word, [])})
        if sharing:
            pool = [self._names[index] for index in sharing]
            found = process.extract(
                query, pool, scorer=fuzz.token_set_ratio, limit=shortlist, score_cutoff=min_score * 0.8
            )
            candidates = {sharing[position] for _name, _value, position in found}
        else:
            found = process.extract(
                query, self._names, scorer=fuzz.ratio, limit=shortlist, score_cutoff=min_score * 0.8
            )
            candidates = {position for _name, _value, position in found}
        scored = exact + [(index, _score(query, self._names[index])) for index in candidates - {i for i, _ in exact}]
        return [(index, score) for index, score in scored if score >= min_score]

    def hit(self, iri: str, matched: str, via: str, score: float) -> Hit:
        """Build the hit for entity ``iri``."""
        entity = self.entities[iri]
        return Hit(iri, entity.label, tuple(sorted(entity.types)), matched, via, score)

    def resolve_identifier(self, text: str) -> list[Hit]:
        """Resolve a Radix IRI or CURIE, or an external CURIE, to entities; [] if it is none of those."""
        text = text.strip().removeprefix("<").removesuffix(">")
        if text.startswith(BASE) and text in self.entities:
            return [self.hit(text, text, "id", 100.0)]
        if ":" not in text and " " not in text and re.search(r"\d", text):
            # a code without its prefix (M54.17, 0003438): the external terms whose local id it is
            coded = sorted(self._by_code.get(text.upper(), []))
            return [self.hit(iri, curie, "external", 99.0 - 2 * rank) for rank, iri, curie in coded]
        if ":" not in text or " " in text:
            return []
        prefix, local = text.split(":", 1)
        if prefix.lower() == "radix":
            iri = BASE + local
            return [self.hit(iri, text, "id", 100.0)] if iri in self.entities else []
        try:
            curie = normalise_curie(f"{prefix}:{local}")
        except ValueError:
            curie = text
        hits = sorted(self._by_external.get(curie.upper(), []))
        return [self.hit(iri, curie, "id", 100.0 - 2 * rank) for rank, iri in hits]

    def search(
        self, text: str, *, limit: int = 10, types: set[str] | None = None, min_score: float = 60.0
    ) -> list[Hit]:
        """Rank entities whose identifier or names match ``text``; restrict to ``types`` (class names) if given."""
        hits = self.resolve_identifier(text)
        query = normalise(text)
        if query and not hits:
            hits += [
                self.hit(self._owners[index][0], self._owners[index][1], self._owners[index][2], score)
                for index, score in self._fuzzy(query, shortlist=max(limit * 8, 40), min_score=min_score)
            ]
        if types is not None:
            hits = [hit for hit in hits if types & set(hit.types)]
        best: dict[str, Hit] = {}
        for hit in sorted(hits, key=_rank):
            best.setdefault(hit.iri, hit)
        return sorted(best.values(), key=_rank)[:limit]


QUALIFIERS = frozenset(
    (
        "sudden", "suddenly", "onset", "acute", "chronic", "new", "recent", "recently", "progressive", "progressively",
        "gradual", "gradually", "severe", "mild", "moderate", "marked", "slight", "intermittent", "constant",
        "persistent", "occasional", "episodic", "worsening", "longstanding", "long", "over", "around", "about", "just",
        "little", "some", "several", "few", "minute", "hour", "second", "period", "prolonged", "time", "distance",
    )
)  # fmt: skip
"""Words that qualify a finding without naming it: a query need not find them in a name."""


GENERIC = frozenset(
    ("weakness", "numbness", "tingling", "paresthesia", "wasting", "reflex", "sign", "symptom", "finding")
)
"""One-word names too general to count as contained in a longer phrase ("fasciculations" is distinctive)."""


def _word_match(word: str, candidates: list[str]) -> float:
    """Return how well ``word`` matches its best counterpart: 1 equal, 0.9 prefix, ratio for a near miss, else 0."""
    best = 0.0
    for candidate in candidates:
        if word == candidate:
            return 1.0
        if len(word) >= 4 and len(candidate) >= 4 and (candidate.startswith(word) or word.startswith(candidate)):
            best = max(best, 0.9)
            continue
        if word[:2] != candidate[:2] or {word[:5], candidate[:5]} == {"hypoe", "hyper"}:
            continue  # a misspelling keeps its first letters; "unilateral" is not a typo of "bilateral"
        similarity = fuzz.ratio(word, candidate) / 100
        if similarity >= 0.8:
            best = max(best, similarity)
    return best


def _score(query: str, name: str) -> float:
    """Score a normalised query against a normalised name, word by word; order, plurals and typos forgiven.

    Each query word is matched to its best word of the name (equal, a prefix such as "numb" for
    "numbness", or a near miss such as "reflx"), and each name word to its best query word. The
    score is the harmonic mean of how much of the query the name explains (qualifiers such as
    "sudden" or "severe" need not be explained) and how much of the name the query covers; or,
    when a name of two words or more is contained in a longer, descriptive query ("winged scapula
    on pushing against a wall"), its containment, discounted by how much of the query is left over.

    >>> round(_score("absnt ankle reflx", "absent ankle reflex"))
    94
    >>> round(_score("numbness around anus", "numbness around knee")) < 75
    True
    >>> _score("unilateral sciatica", "bilateral sciatica") < _score("unilateral sciatica", "sciatica")
    True
    >>> round(_score("winged scapula pushing against wall", "winged scapula"))
    82
    """
    if query == name:
        return 100.0
    query_words, name_words = query.split(), name.split()
    content = [word for word in query_words if word not in QUALIFIERS] or query_words
    recall = sum(_word_match(word, name_words) for word in content) / len(content)
    precision = sum(_word_match(word, query_words) for word in name_words) / len(name_words)
    if recall == 0 or precision == 0:
        return 0.0
    harmonic = 2 * recall * precision / (recall + precision)
    distinctive = len(name_words) >= 2 or (len(name_words[0]) >= 7 and name_words[0] not in GENERIC)
    contained = precision * (0.7 + 0.3 * recall) if distinctive else 0.0
    return 100 * max(harmonic, contained)


def _rank(hit: Hit) -> tuple[float, int, int, str]:
    return (-hit.score, VIA_RANK.get(hit.via, 9), len(hit.label), hit.label)
