"""Read what a clinician typed ("absent ankle jerk", "knee reflex normal", "HP:0031955") as observations.

An observation says that something is present, or that it is absent (a normal finding), and what
it is about: one or more findings of the graph, and the anatomy named (reflexes, movements, muscles,
regions). A phrase is read in this order:

1. an identifier (Radix CURIE or IRI, or a mapped external CURIE): the finding it names is present;
2. a phrase marked normal or negative ("knee reflex normal", "hip abduction strong", "no saddle
   anaesthesia", "negative straight leg raise", "sensation of the sole intact"): the marker is
   stripped and the rest read as below; the observation says those findings are absent. "No ankle
   jerk" is the exception: a reflex that is not there is an absent reflex, a present finding;
3. a phrase that names a finding (closely, by label or synonym): that finding;
4. otherwise the phrase is taken apart into its *kind* (weakness, sensory change, pain, reflex
   change, by its words) and the anatomy it names ("pain down the back of the leg to the little
   toe" -> pain; calf, little toe): the observation is about the findings of that kind whose
   anatomy best overlaps, and about the anatomy itself, which a lesion may explain;
5. failing all that, a looser name match; else the phrase is returned unresolved with suggestions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from graph.namespaces import RADIX
from graph.search import Hit, SearchIndex, normalise

CLOSE = 90.0
"""A name match this good wins over taking the phrase apart."""
LOOSE = 75.0
"""The least name-match score at which a phrase counts as resolved."""

NEGATIVE_PREFIX = re.compile(r"^(?:no|not|nil|without|denies|denied|negative|absence of)\b\s*", re.IGNORECASE)
NORMAL_WORDS = re.compile(
    r"\b(?:normal(?:ly)?|intact|preserved|spared|sparing|strong|unaffected|unremarkable|negative"
    r"|full(?: power| strength)?|5/5|power 5|symmetric(?:al)?)\b",
    re.IGNORECASE,
)
PRESENT = re.compile(r"\b(?:present|elicited|obtainable)\b", re.IGNORECASE)
"""'Present' means normal only of a reflex ("ankle reflex present"); "fasciculations present" is a finding."""
REFLEX_LOSS = re.compile(r"^(?:no|absent|absence of|lost|loss of)\b", re.IGNORECASE)

KIND_WORDS = {
    "weakness": re.compile(
        r"\b(?:weak\w*|paresis|palsy|drop|cannot|unable|difficulty|wasting|wasted|atroph\w*|paraly\w*)\b"
    ),
    "sensory": re.compile(
        r"\b(?:numb\w*|tingl\w*|pins and needles|par\w*sthesi\w*|hypo\w*sthesi\w*|an\w*sthesi\w*|dys\w*sthesi\w*"
        r"|sensation|sensory|sensibility|touch|pinprick|pin prick)\b"
    ),
    "pain": re.compile(r"\b(?:pain\w*|ache|aching|sciatica|burning|shooting|radiat\w*)\b"),
    "reflex": re.compile(r"\b(?:reflex\w*|jerks?)\b"),
}
"""Words that say what kind of finding a phrase is about (matched on normalised text)."""

ANATOMY_TYPES = {"Reflex", "MotorAction", "Muscle", "BodyRegion", "Dermatome", "KeySensoryPoint", "ExaminationTest"}
FINDING_TYPES = {"ClinicalFinding", "Symptom", "Sign", "RedFlag"}
ABOUT = {
    str(RADIX.concernsReflex): "reflex",
    str(RADIX.concernsMovement): "weakness",
    str(RADIX.concernsMuscle): "weakness",
    str(RADIX.locatedIn): "region",
    str(RADIX.radiatesAlong): "region",
    str(RADIX.elicitedBy): "test",
}
MAX_WORDS = 6


@dataclass(frozen=True)
class Observation:
    """One phrase, read: present or absent, the findings it may stand for, and the anatomy it names."""

    phrase: str
    present: bool
    findings: tuple[str, ...]
    anatomy: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    matched: str = ""
    score: float = 0.0

    def describe(self, G: nx.MultiDiGraph) -> str:
        """Say what the phrase was read as."""
        names = [G.nodes[node]["label"] for node in (self.findings[:1] or self.anatomy) if node in G]
        if self.anatomy and not self.findings:
            names = [G.nodes[node]["label"] for node in self.anatomy]
        elif self.anatomy and len(self.findings) > 1:
            names = [f"{'/'.join(self.kinds) or 'finding'} in {', '.join(G.nodes[a]['label'] for a in self.anatomy)}"]
        return ("" if self.present else "normal: ") + ", ".join(names)


@dataclass
class Reading:
    """All observations read from a list of phrases, and the phrases that could not be read."""

    observations: list[Observation] = field(default_factory=list)
    unresolved: list[dict[str, Any]] = field(default_factory=list)


class PhraseReader:
    """Reads phrases against one projection and search index; builds its anatomy vocabulary once."""

    def __init__(self, G: nx.MultiDiGraph, index: SearchIndex) -> None:
        self.G = G
        self.index = index
        self.anatomy_names: dict[str, set[str]] = {}
        self.finding_kinds: dict[str, set[str]] = {}
        self.about: dict[str, dict[str, set[str]]] = {}
        self.parts: dict[str, set[str]] = {}
        for node, data in G.nodes(data=True):
            types = set(data.get("types", ()))
            if types & ANATOMY_TYPES and not types & FINDING_TYPES:
                for name in [data["label"], *data.get("synonyms", [])]:
                    self.anatomy_names.setdefault(normalise(name), set()).add(node)
            if types & FINDING_TYPES:
                self.finding_kinds[node] = self._kinds_of_finding(node)
        for source, target, key in G.edges(keys=True):
            if key in ABOUT:
                self.about.setdefault(source, {}).setdefault(ABOUT[key], set()).add(target)
            elif key == str(RADIX.partOf):
                self.parts.setdefault(target, set()).add(source)
        self.reach: dict[str, set[str]] = {
            finding: self._with_parts(set().union(*about.values())) for finding, about in self.about.items()
        }
        """Per finding: the anatomy it is about, regions widened to their parts."""

    def _kinds_of_finding(self, node: str) -> set[str]:
        data = self.G.nodes[node]
        text = normalise(" ".join([data["label"], *data.get("synonyms", [])]))
        kinds = {kind for kind, pattern in KIND_WORDS.items() if pattern.search(text)}
        for _, _, key in self.G.out_edges(node, keys=True):
            if ABOUT.get(key) in ("reflex", "weakness"):
                kinds.add(ABOUT[key])
        return kinds

    # ---- pieces ---------------------------------------------------------------------------------

    def _best(self, text: str, types: set[str], min_score: float = LOOSE) -> Hit | None:
        hits = self.index.search(text, limit=1, types=types, min_score=min_score)
        return hits[0] if hits else None

    def kinds(self, text: str) -> set[str]:
        """Return the kinds of finding a phrase's words point to."""
        normalised = normalise(text)
        return {kind for kind, pattern in KIND_WORDS.items() if pattern.search(normalised)}

    def named_anatomy(self, text: str) -> list[str]:
        """Return the anatomy a phrase names, longest names first, without overlaps."""
        words = normalise(text).split()
        found: list[str] = []
        taken = [False] * len(words)
        for size in range(min(MAX_WORDS, len(words)), 0, -1):
            for start in range(len(words) - size + 1):
                if any(taken[start : start + size]):
                    continue
                nodes = self.anatomy_names.get(" ".join(words[start : start + size]))
                if nodes:
                    found.extend(sorted(nodes))
                    taken[start : start + size] = [True] * size
        return list(dict.fromkeys(found))

    def _with_parts(self, regions: set[str]) -> set[str]:
        found, frontier = set(regions), list(regions)
        while frontier:
            for part in self.parts.get(frontier.pop(), set()):
                if part not in found:
                    found.add(part)
                    frontier.append(part)
        return found

    def findings_about(self, anatomy: list[str], kinds: set[str]) -> tuple[str, ...]:
        """Return the findings of the given kinds whose anatomy best covers ``anatomy``, most specific first.

        A finding scores by how many of the named parts it covers, less a little for how much else
        it covers, so "pain in the calf and little toe" picks the S1 radicular pain over "bilateral
        leg symptoms".
        """
        wanted = self._with_parts(set(anatomy))
        scored: list[tuple[float, str]] = []
        for finding, reach in self.reach.items():
            if finding not in self.finding_kinds or (kinds and not kinds & self.finding_kinds[finding]):
                continue
            overlap = len(wanted & reach)
            if overlap:
                scored.append((overlap - 0.01 * len(reach), finding))
        if not scored:
            return ()
        top = max(score for score, _ in scored)
        return tuple(sorted(finding for score, finding in scored if score == top))

    # ---- reading --------------------------------------------------------------------------------

    def read(self, phrase: str) -> Observation | None:
        """Read one phrase, or return None when it cannot be resolved well enough."""
        text = " ".join(phrase.split())
        identified = self.index.resolve_identifier(text)
        if identified:
            hit = identified[0]
            if FINDING_TYPES & set(hit.types):
                return Observation(phrase, True, (hit.iri,), (), (), hit.matched, hit.score)
            if ANATOMY_TYPES & set(hit.types):
                return Observation(
                    phrase, True, self.findings_about([hit.iri], set()), (hit.iri,), (), hit.matched, hit.score
                )
            return None
        negative, normal = NEGATIVE_PREFIX.match(text), NORMAL_WORDS.search(text)
        if not (negative or normal) and PRESENT.search(text):
            rest = " ".join(PRESENT.sub(" ", text).split())
            reflex = self._best(rest, {"Reflex"})
            if reflex is not None:
                return self._absent(phrase, rest, {"reflex"}, [reflex.iri], None)
        if negative or normal:
            rest = " ".join(NORMAL_WORDS.sub(" ", NEGATIVE_PREFIX.sub("", text)).split())
            return self._read_normal(phrase, rest, reflex_loss=bool(REFLEX_LOSS.match(text)))
        return self._read_present(phrase, text)

    def _read_present(self, phrase: str, text: str) -> Observation | None:
        close = self._best(text, FINDING_TYPES, CLOSE)
        if close is not None:
            return Observation(phrase, True, (close.iri,), (), (), close.matched, close.score)
        kinds, anatomy = self.kinds(text), self.named_anatomy(text)
        if kinds and anatomy:
            findings = self.findings_about(anatomy, kinds)
            return Observation(phrase, True, findings, tuple(anatomy), tuple(sorted(kinds)), text, 0.0)
        loose = self._best(text, FINDING_TYPES)
        if loose is not None:
            return Observation(phrase, True, (loose.iri,), (), (), loose.matched, loose.score)
        return None

    def _read_normal(self, phrase: str, rest: str, *, reflex_loss: bool) -> Observation | None:
        kinds, anatomy = self.kinds(rest), self.named_anatomy(rest)
        reflexes = [node for node in anatomy if "Reflex" in self.G.nodes[node]["types"]]
        if reflex_loss and reflexes:
            loss = self._best(f"absent {self.G.nodes[reflexes[0]]['label']}", FINDING_TYPES)
            if loss is not None:
                return Observation(phrase, True, (loss.iri,), (reflexes[0],), ("reflex",), loss.matched, loss.score)
        close = self._best(rest, FINDING_TYPES, CLOSE)
        if close is not None or not anatomy:
            finding = close or self._best(rest, FINDING_TYPES)
            if finding is None:
                return None
            return Observation(phrase, False, (finding.iri,), (), (), finding.matched, finding.score)
        return self._absent(phrase, rest, kinds, anatomy, None)

    def _absent(self, phrase: str, rest: str, kinds: set[str], anatomy: list[str], _hit: Hit | None) -> Observation:
        findings = {
            finding
            for node in anatomy
            for finding, reach in self.reach.items()
            if finding in self.finding_kinds
            and (not kinds or kinds & self.finding_kinds[finding] or "reflex" in kinds)
            and node in reach
        }
        return Observation(phrase, False, tuple(sorted(findings)), tuple(anatomy), tuple(sorted(kinds)), rest, 0.0)

    def read_all(self, phrases: list[str]) -> Reading:
        """Read every phrase; those that resolve to nothing go to ``unresolved`` with suggestions."""
        reading = Reading()
        for phrase in phrases:
            observation = self.read(phrase)
            if observation is None:
                suggestions = [hit.as_dict() for hit in self.index.search(phrase, limit=3, min_score=50.0)]
                reading.unresolved.append({"phrase": phrase, "suggestions": suggestions})
            else:
                reading.observations.append(observation)
        return reading
