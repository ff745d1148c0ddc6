"""Read what a clinician typed ("absent ankle jerk", "knee reflex normal", "HP:0031955") as observations.

An observation says that something is present, or absent (a normal finding), and what it is about:
findings of the graph, the anatomy named (reflexes, movements, muscles, regions), or, for a
modifying factor ("worse on sitting", "eased by bending forward"), the activity named. A phrase is
read in this order:

1. an identifier (Radix CURIE or IRI, or a mapped external CURIE): the finding it names is present;
2. a coordinated phrase is split into its parts, sharing their modifiers: "absent knee and ankle
   reflexes" is read as "absent knee reflexes" and "absent ankle reflexes";
3. a modifying factor ("... worse with X", "relieved by X") is read as the activity X, the rest of
   the phrase on its own; "painless" says pain is absent;
4. a phrase marked normal or negative ("knee reflex normal", "no saddle anaesthesia", "sensory loss
   does not extend below the knee", "no sensory loss", "neurological examination normal"): the rest
   is read as below and said to be absent; a rest that names only a kind ("weakness", "sensory
   loss", "reflexes") is a *global* normal. "No ankle jerk" is the exception: a reflex that is not
   there is an absent reflex, a present finding;
5. a phrase that names a finding closely (label or synonym): that finding;
6. otherwise the phrase is taken apart into its kind (weakness, sensory change, pain, reflex
   change) and the anatomy it names: the findings of that kind whose anatomy best covers it, and
   the anatomy itself, which a lesion may explain;
7. failing all that, a looser name match; else the phrase is returned unresolved with suggestions.

At about 440 lines this module is slightly over the house's size guide: the seven steps above are one
reader sharing one vocabulary, and the localisation rewrite (issue 12) replaces its hand-written rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from graph.explore.search import Hit, SearchIndex, normalise
from graph.namespaces import RADIX

CLOSE = 90.0
"""A name match this good wins over taking the phrase apart."""
LOOSE = 80.0
"""The least name-match score at which a phrase counts as resolved."""

NEGATIVE_PREFIX = re.compile(r"^(?:no|not|nil|without|denies|denied|negative|absence of)\b\s*", re.IGNORECASE)
NEGATIVE_INFIX = re.compile(
    r"\b(?:(?:does|do|did|is|are|was|were|has|have)\s*n[o']t|doesn't|don't|isn't|aren't|no|without)\b", re.IGNORECASE
)
NORMAL_WORDS = re.compile(
    r"\b(?:normal(?:ly)?|intact|preserved|spared|sparing|strong|unaffected|unremarkable|negative|palpable"
    r"|full(?: power| strength)?|5/5|power 5)\b",
    re.IGNORECASE,
)
PRESENT = re.compile(r"\b(?:present|elicited|obtainable)\b", re.IGNORECASE)
"""'Present' means normal only of a reflex ("ankle reflex present"); "fasciculations present" is a finding."""
REFLEX_LOSS = re.compile(r"^(?:no|absent|absence of|lost|loss of)\b", re.IGNORECASE)
PAINLESS = re.compile(r"\bpain(?:less|-free| free)\b", re.IGNORECASE)
AGGRAVATED = re.compile(
    r"\b(?:worse|worsen(?:s|ed|ing)?|aggravated|exacerbated|provoked|brought on|triggered|increased|reproduced)"
    r"(?:\s+(?:with|by|on|when|after|during|while|in|at|if))?\s+(?P<activity>.+)$",
    re.IGNORECASE,
)
SYMPTOM_ON = re.compile(
    r"\b(?:on|with|when|after|during|while|from)\s+(?P<activity>.+)$",
    re.IGNORECASE,
)
"""'Pain on standing': a symptom brought on by an activity, if what follows names one."""
RELIEVED = re.compile(
    r"\b(?:better|eased|eases|easing|relieved|relief|relieves|improves?|improved|settles?|settled|resolves?)"
    r"(?:\s+(?:with|by|on|when|after|during|while|in|at|if|from))?\s+(?P<activity>.+)$",
    re.IGNORECASE,
)
COORDINATION = re.compile(r"\s*(?:,\s*(?:and|or)\s+|,\s*|\s+and\s+|\s+or\s+|\s+with\s+|\s*/\s*)", re.IGNORECASE)

KIND_WORDS = {
    "weakness": re.compile(
        r"\b(?:weak\w*|paresis|palsy|drop|cannot|unable|difficulty|wasting|wasted|atroph\w*|paraly\w*|power|motor"
        r"|strength)\b"
    ),
    "sensory": re.compile(
        r"\b(?:numb\w*|tingl\w*|pins and needles|par\w*sthesi\w*|hypo\w*sthesi\w*|an\w*sthesi\w*|dys\w*sthesi\w*"
        r"|sensation|sensory|sensibility|touch|pinprick|pin prick|vibration)\b"
    ),
    "pain": re.compile(r"\b(?:pain|painful|ache|aching|sciatica|burning|shooting|radiat\w*)\b"),
    "reflex": re.compile(r"\b(?:reflex\w*|jerk)\b"),
}
"""Words that say what kind of finding a phrase is about (matched on normalised text)."""

GLOBAL_WORDS = re.compile(
    r"^(?:(?>(?:focal\s+)?(?:neurolog\w*|neuro)(?:\s+(?:exam\w*|sign|deficit|finding))?|exam\w*|deficit|finding"
    r"|motor|sensory|sensation|weakness|numbness|tingling|loss|deficit|reflex|jerk|power|strength|tone|pain|signs?"
    r"|change|abnormality|rest|\s))+$"
)
"""A rest made only of these words names no anatomy: "no sensory loss", "neurological examination normal".

Each word is matched atomically (``(?>...)``): once a word is read it is not re-split, so a rest that
fails ("exam" x 26 then "zzz") fails in linear time instead of trying every split (issue 14: 18 s)."""

ANATOMY_TYPES = {"Reflex", "MotorAction", "Muscle", "BodyRegion", "Dermatome", "KeySensoryPoint", "ExaminationTest"}
FINDING_TYPES = {
    "ClinicalFinding", "Symptom", "Sign", "RedFlag", "RiskFactor", "ElectrodiagnosticFinding", "ImagingFinding",
}  # fmt: skip
"""What a clinician may report as present or absent: findings (test results are Signs, typed as their subclasses),
and risk factors ("known diabetes")."""
ABOUT = {
    str(RADIX.concernsReflex): "reflex",
    str(RADIX.concernsMovement): "weakness",
    str(RADIX.concernsMuscle): "weakness",
    str(RADIX.locatedIn): "region",
    str(RADIX.radiatesAlong): "region",
    str(RADIX.elicitedBy): "test",
}
MAX_WORDS = 6
NEUROLOGICAL_KINDS = ("weakness", "sensory", "reflex")


@dataclass(frozen=True)
class Observation:
    """One phrase (or part of one), read: present or absent, and what it is about.

    ``findings`` are the graph findings it may stand for; ``anatomy`` the anatomy it names;
    ``kinds`` the kinds of finding its words name; ``modifier`` is "aggravated" or "relieved" for a
    modifying factor, whose activities are in ``anatomy``; ``scope`` is "global" for a normal that
    names no anatomy ("no sensory loss").
    """

    phrase: str
    present: bool
    findings: tuple[str, ...] = ()
    anatomy: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    matched: str = ""
    score: float = 0.0
    modifier: str = ""
    scope: str = ""

    def describe(self, G: nx.MultiDiGraph) -> str:
        """Say what the phrase was read as."""

        def names(nodes: tuple[str, ...]) -> str:
            return ", ".join(G.nodes[node]["label"] for node in nodes if node in G)

        if self.modifier:
            return f"{self.modifier} by {names(self.anatomy)}"
        if self.scope == "global":
            what = "no " + " or ".join(self.kinds) + " anywhere"
            return what
        if len(self.findings) == 1:
            what = names(self.findings)
        elif self.anatomy:
            what = f"{'/'.join(self.kinds) or 'finding'} in {names(self.anatomy)}"
        else:
            what = names(self.findings)
        return ("" if self.present else "normal: ") + what


@dataclass
class Reading:
    """All observations read from a list of phrases, and the phrases that could not be read."""

    observations: list[Observation] = field(default_factory=list)
    unresolved: list[dict[str, Any]] = field(default_factory=list)


def split_coordination(text: str) -> list[str]:
    """Split a coordinated phrase into parts that share its leading and trailing words.

    >>> split_coordination("absent knee and ankle reflexes")
    ['absent knee reflexes', 'absent ankle reflexes']
    >>> split_coordination("weak hip abduction and knee extension")
    ['weak hip abduction', 'weak knee extension']
    >>> split_coordination("sensation and reflexes normal")
    ['sensation normal', 'reflexes normal']
    >>> split_coordination("numbness of the lateral foot")
    ['numbness of the lateral foot']
    """
    parts = [part for part in COORDINATION.split(text) if part.strip()]
    if len(parts) < 2:
        return [text]
    first_words, last_words = parts[0].split(), parts[-1].split()
    lead = [word for word in first_words[:-1] if _is_modifier(word)][:1] if len(first_words) > 1 else []
    if lead and first_words[0] != lead[0]:
        lead = []
    trail = [last_words[-1]] if len(last_words) > 1 and _is_trailing(last_words[-1]) else []
    result = []
    for index, part in enumerate(parts):
        words = part.split()
        if index > 0 and lead and not any(_is_modifier(word) for word in words):
            words = lead + words
        if index < len(parts) - 1 and trail and words[-1].lower() != trail[0].lower():
            words = words + trail
        result.append(" ".join(words))
    return result


MODIFIER_WORDS = re.compile(
    r"^(?:absent|reduced|diminished|depressed|brisk|weak|weakness|numb|numbness|tingling|lost|loss|no|wasting|painful)$",
    re.IGNORECASE,
)
TRAILING_WORDS = re.compile(
    r"^(?:reflex(?:es)?|jerks?|normal|intact|strong|preserved|weakness|weak|numbness|absent|reduced|spared|negative"
    r"|incontinence|retention|dysfunction|pain|wasting|tingling|paraesthesiae?|paresthesiae?)$",
    re.IGNORECASE,
)


def _is_modifier(word: str) -> bool:
    return bool(MODIFIER_WORDS.match(word))


def _is_trailing(word: str) -> bool:
    return bool(TRAILING_WORDS.match(word))


def kinds_of(text: str) -> set[str]:
    """Return the kinds of finding a text's words point to."""
    normalised = normalise(text)
    return {kind for kind, pattern in KIND_WORDS.items() if pattern.search(normalised)}


def finding_kinds(G: nx.MultiDiGraph, node: str) -> set[str]:
    """Return the kinds of a finding: from its names' words and from what it concerns."""
    data = G.nodes[node]
    kinds = kinds_of(" ".join([data["label"], *data.get("synonyms", [])]))
    for _, _, key in G.out_edges(node, keys=True):
        if ABOUT.get(key) in ("reflex", "weakness"):
            kinds.add(ABOUT[key])
    return kinds


class PhraseReader:
    """Reads phrases against one projection and search index; builds its anatomy vocabulary once."""

    def __init__(self, G: nx.MultiDiGraph, index: SearchIndex) -> None:
        self.G = G
        self.index = index
        self.anatomy_names: dict[str, set[str]] = {}
        self.activity_names: dict[str, set[str]] = {}
        self.finding_kinds: dict[str, set[str]] = {}
        self.about: dict[str, dict[str, set[str]]] = {}
        self.parts: dict[str, set[str]] = {}
        for node, data in G.nodes(data=True):
            types = set(data.get("types", ()))
            if types & ANATOMY_TYPES and not types & FINDING_TYPES:
                for name in [data["label"], *data.get("synonyms", [])]:
                    self.anatomy_names.setdefault(normalise(name), set()).add(node)
            if "Activity" in types:
                for name in [data["label"], *data.get("synonyms", [])]:
                    self.activity_names.setdefault(normalise(name), set()).add(node)
            if types & FINDING_TYPES:
                self.finding_kinds[node] = finding_kinds(G, node)
        for source, target, key in G.edges(keys=True):
            if key in ABOUT:
                self.about.setdefault(source, {}).setdefault(ABOUT[key], set()).add(target)
            elif key == str(RADIX.partOf):
                self.parts.setdefault(target, set()).add(source)
        self._memo: dict[tuple[str, frozenset[str]], list[Hit]] = {}
        self.reach: dict[str, set[str]] = {
            finding: self._with_parts(set().union(*about.values())) for finding, about in self.about.items()
        }
        """Per finding: the anatomy it is about, regions widened to their parts."""

    # ---- pieces ---------------------------------------------------------------------------------

    def _best(self, text: str, types: set[str], min_score: float = LOOSE) -> Hit | None:
        key = (text, frozenset(types))
        if key not in self._memo:  # one request reads the same text several ways; search it once
            self._memo[key] = self.index.search(text, limit=1, types=types, min_score=LOOSE)
        hits = [hit for hit in self._memo[key] if hit.score >= min_score]
        return hits[0] if hits else None

    def named_anatomy(self, text: str, names: dict[str, set[str]] | None = None) -> list[str]:
        """Return the anatomy (or, given ``names``, the entities) a phrase names, longest first, no overlaps."""
        names = self.anatomy_names if names is None else names
        words = normalise(text).split()
        found: list[str] = []
        taken = [False] * len(words)
        for size in range(min(MAX_WORDS, len(words)), 0, -1):
            for start in range(len(words) - size + 1):
                if any(taken[start : start + size]):
                    continue
                nodes = names.get(" ".join(words[start : start + size]))
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
        """Return the findings of the given kinds about the named anatomy, the most specific first.

        A finding counts only with anatomy at or inside what the phrase names (a region's parts
        included): "numbness of the medial thigh" does not stand for "bilateral leg symptoms", whose
        region contains the thigh. Movements, reflexes and muscles weigh double against regions
        (in "weak plantar flexion in both feet" the movement says more than the foot), and a
        finding about less else is preferred.
        """
        wanted = self._with_parts(set(anatomy))
        scored: list[tuple[float, str]] = []
        for finding, about in self.about.items():
            if finding not in self.finding_kinds or (kinds and not kinds & self.finding_kinds[finding]):
                continue
            direct = set().union(*about.values())
            weight = sum(1.0 if node in about.get("region", set()) else 2.0 for node in direct & wanted)
            if weight:
                scored.append((weight - 0.01 * len(direct), finding))
        if not scored:
            return ()
        top = max(score for score, _ in scored)
        return tuple(sorted(finding for score, finding in scored if score == top))

    # ---- reading --------------------------------------------------------------------------------

    def read(self, phrase: str) -> list[Observation]:
        """Read one phrase as observations ([] when nothing in it can be resolved well enough)."""
        text = " ".join(phrase.split())
        identified = self.index.resolve_identifier(text)
        if identified:
            hit = identified[0]
            if FINDING_TYPES & set(hit.types):
                return [Observation(phrase, True, (hit.iri,), matched=hit.matched, score=hit.score)]
            if ANATOMY_TYPES & set(hit.types):
                return [
                    Observation(phrase, True, self.findings_about([hit.iri], set()), (hit.iri,), matched=hit.matched)
                ]
            return []
        observations: list[Observation] = []
        if PAINLESS.search(text):
            anatomy = self.named_anatomy(text)
            if anatomy:  # "hip rotation full and painless": no pain there
                observations.append(self._absent(phrase, "painless", {"pain"}, anatomy))
            else:  # "painless weakness": no pain at all
                observations.append(Observation(phrase, False, kinds=("pain",), matched="painless", scope="global"))
            text = " ".join(PAINLESS.sub(" ", text).split())
        modifier, text = self._modifier(phrase, text)
        if modifier is not None:
            observations.append(modifier)
        if not text:
            return observations
        parts = split_coordination(text)
        close = self._best(text, FINDING_TYPES, CLOSE)
        if close is not None and len(parts) > 1 and len(split_coordination(close.matched)) == 1 and close.score < 97.0:
            close = None  # a coordinated phrase is several findings, unless a finding's own name is coordinated
        if close is not None and not (NEGATIVE_PREFIX.match(text) or NORMAL_WORDS.search(text)):
            return [*observations, Observation(phrase, True, (close.iri,), matched=close.matched, score=close.score)]
        for part in parts:
            observation = self._read_simple(phrase, part)
            if observation is not None:
                observations.append(observation)
        return observations

    def _modifier(self, phrase: str, text: str) -> tuple[Observation | None, str]:
        """Take a modifying factor off the end of a phrase: ("worse on sitting" -> sitting, "aggravated")."""
        for modifier, pattern in (("aggravated", AGGRAVATED), ("relieved", RELIEVED), ("aggravated", SYMPTOM_ON)):
            match = pattern.search(text)
            if not match:
                continue
            activities = self.named_anatomy(match.group("activity"), self.activity_names)
            if pattern is SYMPTOM_ON and (not activities or not kinds_of(text[: match.start()])):
                continue
            if activities:
                observation = Observation(
                    phrase, True, (), tuple(activities), matched=match.group("activity"), modifier=modifier
                )
                return observation, text[: match.start()].strip(" ,;")
        activities = self.named_anatomy(text, self.activity_names)
        if activities and "pain" in kinds_of(text):  # "pain lying on the affected side"
            return Observation(phrase, True, (), tuple(activities), matched=text, modifier="aggravated"), ""
        return None, text

    def _read_simple(self, phrase: str, text: str) -> Observation | None:
        negative = NEGATIVE_PREFIX.match(text) or NEGATIVE_INFIX.search(text)
        normal = NORMAL_WORDS.search(text)
        if not (negative or normal) and PRESENT.search(text):
            rest = " ".join(PRESENT.sub(" ", text).split())
            reflex = self._best(rest, {"Reflex"})
            if reflex is not None:
                return self._absent(phrase, rest, {"reflex"}, [reflex.iri])
        if negative or normal:
            rest = NEGATIVE_INFIX.sub(" ", NORMAL_WORDS.sub(" ", NEGATIVE_PREFIX.sub("", text)))
            return self._read_normal(phrase, " ".join(rest.split()), reflex_loss=bool(REFLEX_LOSS.match(text)))
        return self._read_present(phrase, text)

    def _read_present(self, phrase: str, text: str) -> Observation | None:
        close = self._best(text, FINDING_TYPES, CLOSE)
        if close is not None:
            return Observation(phrase, True, (close.iri,), matched=close.matched, score=close.score)
        kinds, anatomy = kinds_of(text), self.named_anatomy(text)
        if kinds and anatomy:
            findings = self.findings_about(anatomy, kinds)
            return Observation(phrase, True, findings, tuple(anatomy), tuple(sorted(kinds)), matched=text)
        loose = self._best(text, FINDING_TYPES)
        if loose is not None:
            return Observation(phrase, True, (loose.iri,), matched=loose.matched, score=loose.score)
        return None

    def _read_normal(self, phrase: str, rest: str, *, reflex_loss: bool) -> Observation | None:
        kinds, anatomy = kinds_of(rest), self.named_anatomy(rest)
        reflexes = [node for node in anatomy if "Reflex" in self.G.nodes[node]["types"]]
        if reflex_loss and reflexes:
            loss = self._best(f"absent {self.G.nodes[reflexes[0]]['label']}", FINDING_TYPES)
            if loss is not None:
                return Observation(phrase, True, (loss.iri,), (reflexes[0],), ("reflex",), loss.matched, loss.score)
        normalised = normalise(rest)
        if not anatomy and (not normalised or GLOBAL_WORDS.match(normalised)):
            if not kinds:
                kinds = set(NEUROLOGICAL_KINDS)
            return Observation(phrase, False, kinds=tuple(sorted(kinds)), matched=rest, scope="global")
        close = self._best(rest, FINDING_TYPES, CLOSE)
        if close is not None or not anatomy:
            finding = close or self._best(rest, FINDING_TYPES)
            if finding is None:
                return None
            return Observation(phrase, False, (finding.iri,), matched=finding.matched, score=finding.score)
        return self._absent(phrase, rest, kinds, anatomy)

    def _absent(self, phrase: str, rest: str, kinds: set[str], anatomy: list[str]) -> Observation:
        findings = {
            finding
            for node in anatomy
            for finding, reach in self.reach.items()
            if finding in self.finding_kinds
            and (not kinds or kinds & self.finding_kinds[finding] or "reflex" in kinds)
            and node in reach
        }
        return Observation(phrase, False, tuple(sorted(findings)), tuple(anatomy), tuple(sorted(kinds)), rest)

    def read_all(self, phrases: list[str]) -> Reading:
        """Read every phrase; those that resolve to nothing go to ``unresolved`` with suggestions."""
        reading = Reading()
        self._memo = {}
        for phrase in phrases:
            observations = self.read(phrase)
            if not observations:
                suggestions = [hit.as_dict() for hit in self.index.search(phrase, limit=3, min_score=50.0)]
                reading.unresolved.append({"phrase": phrase, "suggestions": suggestions})
            reading.observations.extend(observations)
        return reading
