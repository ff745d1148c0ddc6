"""The words the reader knows: every name in the graph and the clinic lexicon, as one spaCy matcher.

Names are compared in a normal form (lower case, British and American spellings unified, plurals
and "-ing"/"-ed" endings stripped, filler words dropped), the same for the names and the note, so
"paraesthesiae of the lateral feet" meets "lateral foot paresthesia". Matching is spaCy's
``PhraseMatcher`` (a hash lookup per token window: linear in the note, no backtracking), and
negation is negspacy's NegEx (Chapman et al. 2001) with its clinical English rule set, extended
by the triggers of ``shorthand.py``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

import negspacy.negation  # noqa: F401  (registers the "negex" pipeline factory)
import networkx as nx
import spacy
from negspacy.termsets import termset
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from graph.explore.localize import lay, negation_words, shorthand
from graph.explore.localize.findings import FINDING_TYPES
from graph.explore.search import SPELLING, singular

FILLER = shorthand.FILLER
"""Words dropped before matching (names and notes alike)."""

KEEP_ENDING = frozenset(
    {"tingling", "burning", "shooting", "wasting", "walking", "standing", "sitting", "bending", "lifting",
     "straining", "sneezing", "coughing", "cycling", "crossing", "bearing", "swelling", "stabbing",
     "throbbing", "lying", "dragging", "slapping", "winging", "clawing", "ring", "spring", "during"}
)  # fmt: skip
"""Words whose -ing is kept (they are names themselves, or too short to stem safely)."""

ANATOMY_CATEGORY = {
    "Muscle": "muscle",
    "MotorAction": "movement",
    "Reflex": "reflex",
    "BodyRegion": "region",
    "Dermatome": "region",
    "KeySensoryPoint": "region",
    "NerveRoot": "root",
    "PeripheralNerve": "nerve",
    "NervePlexus": "nerve",
    "PlexusElement": "nerve",
    "IntervertebralDisc": "disc",
    "AnatomicalStructure": "structure",
    "LesionSite": "structure",
    "ExaminationTest": "test",
    "Activity": "activity",
    "DiscHerniationZone": "zone",
}
"""Which category a graph entity is matched as (findings are matched as ``finding``)."""

CONDITION_CATEGORY = "condition"

SPAN_KEY = "names"
"""The span group the matched names are put in for NegEx (a span group, not ``doc.ents``: setting entities
costs more than the rest of the reading of a short phrase, and NegEx reads either)."""

SKOS = "http://www.w3.org/2004/02/skos/core#"
CLOSE_MAPPINGS = frozenset({SKOS + "exactMatch", SKOS + "closeMatch", SKOS + "narrowMatch"})
"""Mappings to an external term whose label may name the Radix finding (not broadMatch: see ``_graph_names``)."""
HPO = "http://purl.obolibrary.org/obo/HP_"

LEXICON = {
    "kind": shorthand.KIND_WORDS,
    "deficit": shorthand.DEFICIT_WORDS,
    "modifier": shorthand.MODIFIER_WORDS,
    "study": shorthand.STUDY_WORDS,
    "side": shorthand.SIDE_WORDS,
}
"""Clinic words matched beside the graph's names, each category with the value it stands for."""

EXTRA = {
    ("normal", "normal"): ["normal", "normal power", "intact", "spared", "sparing", "preserved", "unremarkable",
                           "can", "can still", "able", "still able",
                           "unaffected", "full", "strong", "fine", "ok", "present", "flexor",
                           "within normal limits", "not affected", "negative", "normally", "well", "good",
                           "no problem", "no trouble", "works normally", "work normally", "does nothing", "did nothing",
                           "no effect", "clear"],
    ("kind", "all"): ["neurological", "neuro", "neurology", "neurological examination", "neurological exam",
                      "examination", "exam", "signs", "deficit", "focal deficit", "neurological deficit"],
    ("side", "bilateral"): ["symmetric", "symmetrical", "symmetrically"],
    ("paraspinal", "paraspinal"): ["paraspinal", "paraspinals", "paraspinal muscles", "paravertebral"],
    ("study", "imaging"): ["x-ray", "mri scan", "ct scan"],
    ("study", "electrodiagnostic"): ["sharp waves", "positive sharp waves", "needle emg"],
    ("deficit", "positive"): ["positive"],
    ("stenosis", "stenosis"): ["stenosis", "narrowing", "compression", "impingement", "herniation", "protrusion",
                               "extrusion", "prolapse", "bulge", "sequestration", "disc herniation", "hnp"],
}  # fmt: skip
"""More lexicon entries (category, value) -> words."""

DISC_LEVEL = re.compile(r"^([ctls])(\d{1,2})[-/\u2013]([ctls]?)(\d{1,2})$")
"""A disc level or a range of roots written "L4-L5", "L4/5", "C5-6" (one token; no nested repetition)."""

EPONYM = re.compile(r"\b([A-Z][a-z]{3,})(?:'s)? (?:sign|test|manoeuvre|maneuver)\b")
"""A capitalised name right before "sign"/"test"/"manoeuvre" ("Tinel sign", "Phalen's test"); no nested repetition."""

TOKEN = re.compile(r"[^\s,;:()\[\]{}\"]+|[,;:]")
"""A note's tokens: runs of non-space, non-separator characters, and the separators themselves."""


@lru_cache(maxsize=65536)
def norm(word: str) -> str:
    """Return a word's normal form: lower case, one spelling, singular, no -ing/-ed ending.

    >>> [norm(w) for w in ("Paraesthesiae", "jerks", "walking", "reduced", "tingling")]
    ['paresthesiae', 'jerk', 'walk', 'reduc', 'tingling']
    """
    word = word.lower()
    for pattern, replacement in SPELLING:
        word = pattern.sub(replacement, word)
    word = singular(word)
    if len(word) >= 6 and word not in KEEP_ENDING:
        if word.endswith("ing"):
            word = word[:-3]
        elif word.endswith("ed"):
            word = word[:-2]
    return word


class WhitespaceTokenizer:
    """A spaCy tokenizer that splits on spaces only: notes are tokenised by the reader beforehand."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        """Make a Doc of the space-separated words of ``text``."""
        return Doc(self.vocab, words=text.split())

    def pipe(self, texts: Iterable[str]) -> Iterator[Doc]:
        """Tokenise many texts (negspacy builds its trigger patterns with this)."""
        for text in texts:
            yield self(text)


def make_doc(vocab: Vocab, words: list[str]) -> Doc:
    """Return a Doc of ``words`` with their normal forms in ``norm_`` and sentences at ';' and '.'."""
    starts: list[bool | int | None] = [True, *(word in (";", ".") for word in words[:-1])] if words else []
    doc = Doc(vocab, words=words, sent_starts=starts)
    for token, word in zip(doc, words, strict=True):
        token.norm_ = norm(word)
    return doc


class Vocabulary:
    """The matcher of names and lexicon, the NegEx component, and what each matched name stands for."""

    def __init__(self, G: nx.MultiDiGraph) -> None:
        self.nlp: Language = spacy.blank("en")
        self.nlp.tokenizer = WhitespaceTokenizer(self.nlp.vocab)
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="NORM")
        self.meaning: dict[tuple[str, str], set[str]] = defaultdict(set)
        """(category, normalised name) -> the entities (or lexicon values) it stands for."""
        patterns: dict[str, dict[str, Doc]] = defaultdict(dict)
        for node, data in G.nodes(data=True):
            if data.get("external"):
                continue
            category = self.category(set(data.get("types", ())))
            if category is None:
                continue
            for name in self._names(data, category):
                self._add(patterns, category, name, node)
        for category, table in LEXICON.items():
            for word, value in table.items():
                self._add(patterns, category, word, value)
        for (category, value), words in EXTRA.items():
            for word in words:
                self._add(patterns, category, word, value)
        for name, findings in self._eponyms(G).items():
            for finding in findings:
                self._add(patterns, "eponym", name, finding)
        for category, name, node in self._graph_names(G):
            self._add(patterns, category, name, node)
        for node, data in G.nodes(data=True):
            label = str(data.get("label", ""))
            bare = label.removeprefix("positive ").removesuffix(" test")
            key = " ".join(norm(word) for word in self.words(bare))
            if (
                label.startswith("positive ")
                and label.endswith(" test")
                and not data.get("external")
                and self.category(set(data.get("types", ()))) == "finding"
                and not any(key in names for names in patterns.values())
            ):  # "femoral nerve stretch +ve": a test's positive finding named by the test alone, if no other name
                self._add(patterns, "finding", bare, node)
        for category, docs in patterns.items():
            self.matcher.add(category, list(docs.values()))
        rules = self._termset()
        self.negex = self.nlp.add_pipe("negex", config={"neg_termset": rules, "span_keys": [SPAN_KEY]})
        self.negation_words = frozenset(
            phrase.split()[0] for key in ("preceding_negations", "following_negations") for phrase in rules[key]
        )
        """First words of every negation trigger: a phrase with none of them needs no NegEx pass."""
        self.following_negations = frozenset(tuple(phrase.split()) for phrase in rules["following_negations"])
        """NegEx's following triggers as word tuples: a negation they give is not carried along a list."""
        self.preceding_negations = frozenset(tuple(phrase.split()) for phrase in rules["preceding_negations"])
        """NegEx's preceding triggers as word tuples, for the closest-name reading (``closest.py``: no entity there)."""
        self.terminations = frozenset(tuple(phrase.split()) for phrase in rules["termination"])
        """NegEx's termination words as word tuples: a negation's scope ends at them."""
        self.pseudo_negations = frozenset(tuple(phrase.split()) for phrase in rules["pseudo_negations"])
        """NegEx's pseudo-triggers as word tuples: "no change", "not improving" deny nothing."""

    @staticmethod
    def category(types: set[str]) -> str | None:
        """Return the category an entity of these types is matched as, or None."""
        if types & FINDING_TYPES:
            return "finding"
        for type_name, category in ANATOMY_CATEGORY.items():
            if type_name in types:
                return category
        if types & {"Condition", "Cause", "Radiculopathy", "Mononeuropathy", "Plexopathy", "Polyneuropathy",
                    "SpinalCordDisorder", "MotorNeuronDisorder", "MusculoskeletalDisorder", "VascularDisorder",
                    "FunctionalDisorder", "Polyradiculopathy", "RiskFactor"}:  # fmt: skip
            return CONDITION_CATEGORY
        return None

    @staticmethod
    def _eponyms(G: nx.MultiDiGraph) -> dict[str, set[str]]:
        """Eponyms of signs and tests ("Tinel", "Phalen", "Spurling") -> the findings named with them.

        An eponym is a capitalised word right before "sign", "test", "manoeuvre" or "maneuver" in a
        finding's or test's name; a test's eponym stands for the findings the test elicits. "Tinel
        +ve at wrist" then reads as the Tinel findings, narrowed by the anatomy the phrase names.
        """
        found: dict[str, set[str]] = defaultdict(set)
        for node, data in G.nodes(data=True):
            types = set(data.get("types", ()))
            if not types & (FINDING_TYPES | {"ExaminationTest"}) or data.get("external"):
                continue
            targets = {node} if types & FINDING_TYPES else {
                source for source, _, key in G.in_edges(node, keys=True) if key.endswith("/elicitedBy")
            }  # fmt: skip
            for name in [data["label"], *data.get("synonyms", [])]:
                for match in EPONYM.finditer(str(name)):
                    found[match.group(1).lower()] |= targets
        return found

    @staticmethod
    def _graph_names(G: nx.MultiDiGraph) -> Iterator[tuple[str, str, str]]:
        """More names of the graph's entities, each taken from the graph: (category, name, entity).

        * **HPO names of findings**: the label of an HPO term a finding is mapped to as ``exactMatch``,
          ``closeMatch`` or ``narrowMatch`` (the HPO term says the same or less than the finding's own
          names: "Allodynia" for allodynia in a dermatome). ``broadMatch`` terms are not used: a broader
          term ("Distal upper limb muscle weakness") does not say which finding it is.
        * **Landmarks of the trunk's key sensory points**: the place in a thoracic key sensory point's label,
          each part of it that names one point only ("nipple line": T4; "midclavicular line" names T3 and T5
          and is left). Levels on the trunk are written by landmark; on the limbs the graph's regions name
          the places ("upper anterior thigh" stays the anterior thigh, not the L1 point alone).
        * **Whole limbs** (``lay.LIMBS``): "arms", "legs", "UL", "LL" as the graph's upper and lower limb.
        """
        by_label = {str(data["label"]).lower(): node for node, data in G.nodes(data=True) if not data.get("external")}
        for source, target, key in G.edges(keys=True):
            finding = bool(FINDING_TYPES & set(G.nodes[source].get("types", ())))
            if key in CLOSE_MAPPINGS and target.startswith(HPO) and finding and G.nodes[target].get("label"):
                yield "finding", str(G.nodes[target]["label"]), source
        places: dict[str, set[str]] = defaultdict(set)
        for node, data in G.nodes(data=True):
            label = str(data["label"])
            if "KeySensoryPoint" in data.get("types", ()) and " (" in label and label.startswith("T"):
                for part in label.split(" (", 1)[1].rstrip(")").split(", "):
                    places[part].add(node)
        for part, nodes in places.items():
            if len(nodes) == 1:
                yield "region", part, next(iter(nodes))
        for word, label in lay.LIMBS.items():
            if label in by_label:
                yield "region", word, by_label[label]

    @staticmethod
    def _names(data: dict[str, Any], category: str) -> list[str]:
        names = [str(data["label"]), *[str(s) for s in data.get("synonyms", []) or []]]
        extra = []
        for name in names:
            if " (" in name:  # "S1 key sensory point (lateral heel)": also "S1 key sensory point"
                extra.append(name.split(" (", 1)[0])
            if category == "root" and name.endswith(" nerve root"):  # "C5 nerve root": also "C5"
                extra.append(name.split()[0])
            if category == "nerve" and name.endswith(" nerve"):  # "sural SNAP": the nerve named without "nerve"
                extra.append(name.removesuffix(" nerve"))
            if category == "disc" and name.endswith("intervertebral disc"):
                extra += [name.removesuffix(" intervertebral disc"), name.replace("intervertebral ", "")]
        return names + extra

    def _add(self, patterns: dict[str, dict[str, Doc]], category: str, name: str, meaning: str) -> None:
        words = self.words(name)
        if not words:
            return
        key = " ".join(norm(word) for word in words)
        self.meaning[(category, key)].add(meaning)
        if key not in patterns[category]:
            patterns[category][key] = make_doc(self.nlp.vocab, words)

    @staticmethod
    def words(text: str, *, keep_filler: bool = False) -> list[str]:
        """Return a name's or a note's words as the reader tokenises them (lower case, fillers dropped)."""
        tokens = []
        for match in TOKEN.finditer(text.lower()):
            token = match.group().strip(".'\u2019")
            if token.endswith(("'s", "\u2019s")) and len(token) > 4:
                token = token[:-2]  # "Spurling's", "Hoffmann's": the eponym the graph names without "'s"
            level = DISC_LEVEL.match(token)
            if level:
                first, second, region, third = level.groups()
                token = f"{first}{second}-{(region or first)}{third}"
            if token and (keep_filler or token not in FILLER):
                tokens.append(token)
        return tokens

    def _termset(self) -> dict[str, list[str]]:
        """NegEx's clinical English triggers, plus the note words of ``shorthand`` and filler-free forms."""
        rules = termset("en_clinical")
        rules.add_patterns(
            {
                "termination": negation_words.TERMINATE,
                "pseudo_negations": negation_words.PSEUDO,
                "preceding_negations": negation_words.PRECEDING_NEGATIONS,
                "following_negations": negation_words.FOLLOWING_NEGATIONS,
            }
        )
        rules.remove_patterns({"preceding_negations": negation_words.NOT_NEGATIONS})
        patterns = rules.get_patterns()
        for key, phrases in patterns.items():
            extra = [" ".join(self.words(phrase)) for phrase in phrases]
            patterns[key] = sorted({phrase for phrase in [*phrases, *extra] if phrase})
        return patterns

    def match(self, doc: Doc) -> list[tuple[int, int, str, str]]:
        """Return (start, end, category, normalised text) of the longest non-overlapping matches."""
        found = []
        for match_id, start, end in self.matcher(doc):
            category = self.nlp.vocab.strings[match_id]
            found.append((start, end, category))
        found.sort(key=lambda item: (-(item[1] - item[0]), item[0], _PRIORITY.get(item[2], 9)))
        taken = [False] * len(doc)
        norms = [token.norm_ for token in doc] if found else []
        kept = []
        for start, end, category in found:
            if any(taken[start:end]):
                continue
            taken[start:end] = [True] * (end - start)
            kept.append((start, end, category, " ".join(norms[start:end])))
        return sorted(kept)


_PRIORITY = {"finding": 0, "test": 1, "reflex": 2, "muscle": 3, "movement": 4, "region": 5, "root": 6, "nerve": 7}
"""Between two matches of the same span, which category wins (a finding's name over an anatomy name)."""
