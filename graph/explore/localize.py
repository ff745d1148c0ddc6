"""Localise a lesion from findings: rank roots' conditions and their mimics, say why, and what to test next.

Each condition has a *footprint*, read from the graph once:

* its explicit findings (``hasFinding``, weighted by the source's frequency word) and the findings
  it typically lacks (``typicallyLacksFinding``);
* the anatomy its lesion reaches: the movements its roots power (``poweredByRoot``) or its nerves'
  muscles perform, the reflexes its roots or nerves carry, and the skin its roots' dermatomes or its
  nerves' sensory territories cover (a nerve's lesion reaches the branches that leave at or distal
  to its site, :mod:`graph.explore.context`; a region reaches its parts);
* its risk factors (``riskFactorFor``): a present one supports it, as a risk factor, not a finding.

Qualified statements are honoured: a finding said to hold only in a context (bilateral lesions, a
condition under which it holds) is not part of the footprint, since the reading of the phrases
gives no context yet (the localisation rewrite, issue 12, reads the ``contexts`` on the edges).

A present finding supports a condition that has it (or a broader or narrower finding) or whose
footprint explains it anatomically (the movement, reflex or region it concerns), and argues against
one that typically lacks it or cannot explain it. An absent (normal) finding argues against a
condition that expects it and supports one that typically lacks it. The score is the support minus
the evidence against; ties go to the narrower lesion. Red flags raised by the findings are listed
separately, cauda equina syndrome (a polyradiculopathy) and spinal cord conditions first.

At about 580 lines this module is over the house's size guide on purpose: footprints, scoring, red
flags and the next test share one cache of per-condition anatomy and are one piece of logic;
splitting it now would only be undone by the localisation rewrite (issue 12), which replaces it.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

import networkx as nx

from graph.explore.context import condition_lesions, holds, nerve_reach
from graph.explore.observations import Observation, Reading, finding_kinds
from graph.explore.related import BROADER, conditions
from graph.namespaces import BASE, RADIX

FREQUENCY_WEIGHT = {
    "classic": 1.0, "typically": 1.0, "commonly": 0.9, "often": 0.8, "may": 0.6, "occasionally": 0.4, "rarely": 0.2,
}  # fmt: skip
DEFAULT_WEIGHT = 0.85
"""The weight of an explicit finding whose sources give no frequency word (stated as a feature, unqualified)."""
COVERED = 0.9
"""A finding inside the region of one of the condition's own findings of the same kind counts at this share of it."""

EXPLAINED = 0.6  # a present finding the lesion explains anatomically, without an explicit assertion
LACKED = 1.0  # a present finding the condition typically lacks
UNEXPLAINED = 0.6  # a present localising finding the lesion cannot explain
NONLOCALISING = 0.25  # a present finding with no anatomy that the condition is not said to have
EXPECTED_BUT_NORMAL = 0.8  # an absent finding the condition is said to have (times its frequency weight)
ANATOMY_BUT_NORMAL = 0.5  # an absent finding about anatomy the lesion reaches
LACKED_AND_NORMAL = 0.5  # an absent finding the condition typically lacks
MODIFIER_FITS = 0.8  # an aggravating or relieving factor the condition is said to have
MODIFIER_CONTRADICTS = 0.8  # aggravated by what the condition is relieved by, or the other way round
GLOBAL_NORMAL = 0.5  # "no sensory loss" (or weakness, reflex change) against a lesion that reaches such anatomy
BREADTH = 0.05  # per log-unit of footprint size: ties go to the narrower lesion

URGENT_TYPES = ("Polyradiculopathy", "SpinalCordDisorder")
"""Red-flag conditions of these classes are listed first, in this order: cauda equina syndrome, then conus
medullaris syndrome and myelopathy."""
RISK_FACTOR = 0.8
"""A present risk factor of the condition (diabetes for diabetic amyotrophy) supports it at this weight."""


@dataclass
class Footprint:
    """What a condition is expected to produce."""

    explicit: dict[str, float] = field(default_factory=dict)
    lacks: set[str] = field(default_factory=set)
    movements: set[str] = field(default_factory=set)
    muscles: set[str] = field(default_factory=set)
    reflexes: set[str] = field(default_factory=set)
    regions: set[str] = field(default_factory=set)
    region_wholes: set[str] = field(default_factory=set)
    sensory: set[str] = field(default_factory=set)
    aggravated_by: set[str] = field(default_factory=set)
    relieved_by: set[str] = field(default_factory=set)
    risk_factors: set[str] = field(default_factory=set)
    kinds: dict[str, float] = field(default_factory=dict)

    @property
    def size(self) -> int:
        """How much anatomy the lesion reaches."""
        return len(self.movements) + len(self.reflexes) + len(self.regions)


@dataclass(frozen=True)
class Evidence:
    """One reason for or against a candidate."""

    phrase: str
    finding: str
    why: str
    weight: float


@dataclass
class Candidate:
    """A condition, its score, and the evidence for and against it."""

    iri: str
    label: str
    score: float
    supporting: list[Evidence]
    against: list[Evidence]


class Localizer:
    """Footprints of every condition of a projection, built once; :meth:`rank` scores findings against them."""

    def __init__(self, G: nx.MultiDiGraph) -> None:
        self.G = G
        self.outgoing: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        self.incoming: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for source, target, key in G.edges(keys=True):
            self.outgoing[source][key].add(target)
            self.incoming[target][key].add(source)
        self.conditions = [condition for condition in conditions(G) if not self._is_umbrella(condition)]
        self.region_closures: dict[str, set[str]] = {}
        self.related_findings = {node: _kin(G, node) for node in G}
        self.footprints = {condition: self._footprint(condition) for condition in self.conditions}
        self.touching: dict[str, set[str]] = defaultdict(set)
        """Node -> the conditions whose footprint mentions it (its findings, with their kin, and its anatomy)."""
        for condition, footprint in self.footprints.items():
            nodes = set(footprint.explicit) | footprint.lacks
            nodes |= {kin for finding in nodes for kin in self.related_findings.get(finding, {finding})}
            nodes |= footprint.movements | footprint.muscles | footprint.reflexes | footprint.regions
            nodes |= footprint.region_wholes | footprint.aggravated_by | footprint.relieved_by | footprint.risk_factors
            for node in nodes:
                self.touching[node].add(condition)
        self.signatures: dict[str, dict[str, set[str]]] = {}
        self.expectations: dict[tuple[str, str], float] = {}
        self.kinds = {
            node: finding_kinds(G, node)
            for node in G
            if {"ClinicalFinding"} & self._types(node) or {"Symptom", "Sign", "RedFlag"} & self._types(node)
        }

    # ---- footprints ---------------------------------------------------------------------------

    def _types(self, node: str) -> set[str]:
        return set(self.G.nodes[node].get("types", ()))

    def _is_umbrella(self, condition: str) -> bool:
        """Return True for a radiculopathy grouping (cervical radiculopathy) whose narrower roots rank instead.

        Only radiculopathies group: tibial neuropathy stays a candidate although tarsal tunnel
        syndrome is narrower, because each names a different lesion site.
        """
        if "Radiculopathy" not in self.G.nodes[condition].get("types", ()):
            return False
        narrower = {source for source, _, key in self.G.in_edges(condition, keys=True) if key == BROADER}
        return any("Radiculopathy" in self.G.nodes[node].get("types", ()) for node in narrower)

    def _out(self, node: str, predicate: object) -> set[str]:
        return self.outgoing[node].get(str(predicate), set())

    def _in(self, node: str, predicate: object) -> set[str]:
        return self.incoming[node].get(str(predicate), set())

    def _footprint(self, condition: str) -> Footprint:
        G, footprint = self.G, Footprint()
        for _, finding, key, data in G.out_edges(condition, keys=True, data=True):
            if not holds(data):
                continue  # holds only in a context the phrases do not give (e.g. a bilateral lesion)
            if key == str(RADIX.hasFinding):
                weights = [FREQUENCY_WEIGHT.get(word, DEFAULT_WEIGHT) for word in data.get("frequency", [])]
                footprint.explicit[finding] = max(weights) if weights else DEFAULT_WEIGHT
            elif key == str(RADIX.typicallyLacksFinding):
                footprint.lacks.add(finding)
        roots = self._out(condition, RADIX.affectsRoot)
        reach = nerve_reach(G, condition_lesions(G, condition))
        nerve_muscles = reach.get(str(RADIX.innervatedByNerve), set())
        muscles = {m for root in roots for m in self._in(root, RADIX.hasPrimaryRoot)}
        muscles |= nerve_muscles
        footprint.muscles = muscles
        footprint.movements = {a for root in roots for a in self._in(root, RADIX.poweredByRoot)}
        footprint.movements |= {a for muscle in nerve_muscles for a in self._out(muscle, RADIX.performs)}
        footprint.reflexes = {r for root in roots for r in self._in(root, RADIX.testsRoot)}
        footprint.reflexes |= reach.get(str(RADIX.carriedByNerve), set())
        regions = {
            region
            for root in roots
            for d in self._out(root, RADIX.hasDermatome)
            for region in self._out(d, RADIX.coversRegion)
        }
        regions |= reach.get(str(RADIX.hasSensoryTerritory), set())
        footprint.sensory = self._with_parts(regions)
        for finding in footprint.explicit:
            regions |= self._out(finding, RADIX.locatedIn) | self._out(finding, RADIX.radiatesAlong)
        footprint.regions = self._with_parts(regions)
        footprint.region_wholes = self._wholes(regions)
        footprint.aggravated_by = self._out(condition, RADIX.aggravatedBy)
        footprint.relieved_by = self._out(condition, RADIX.relievedBy)
        footprint.risk_factors = self._in(condition, RADIX.riskFactorFor)
        for finding, weight in footprint.explicit.items():
            for kind in finding_kinds(G, finding):
                footprint.kinds[kind] = max(footprint.kinds.get(kind, 0.0), weight)
        return footprint

    def _with_parts(self, regions: set[str]) -> set[str]:
        """Return ``regions`` and every region that is part of one of them, transitively."""
        found, frontier = set(regions), list(regions)
        while frontier:
            for part in self._in(frontier.pop(), RADIX.partOf):
                if part not in found:
                    found.add(part)
                    frontier.append(part)
        return found

    def _wholes(self, regions: set[str]) -> set[str]:
        """Return every region that ``regions`` are part of, transitively (not the regions themselves)."""
        found: set[str] = set()
        frontier = list(regions)
        while frontier:
            for whole in self._out(frontier.pop(), RADIX.partOf):
                if whole not in found:
                    found.add(whole)
                    frontier.append(whole)
        return found

    def signature(self, finding: str) -> dict[str, set[str]]:
        """Return the anatomy a finding is about: movements, muscles, reflexes and regions."""
        if finding not in self.signatures:
            self.signatures[finding] = {
                "movements": self._out(finding, RADIX.concernsMovement),
                "muscles": self._out(finding, RADIX.concernsMuscle),
                "reflexes": self._out(finding, RADIX.concernsReflex),
                "regions": self._out(finding, RADIX.locatedIn) | self._out(finding, RADIX.radiatesAlong),
            }
        return self.signatures[finding]

    # ---- scoring ------------------------------------------------------------------------------

    def explains(self, footprint: Footprint, finding: str) -> str | None:
        """Say which part of the footprint explains the finding's anatomy, or None."""
        signature = self.signature(finding)
        for kind in ("reflexes", "movements", "muscles"):
            reached = signature[kind] & getattr(footprint, kind)
            if reached:
                return f"the lesion reaches {self._names(reached)}"
        if signature["regions"] and signature["regions"] <= footprint.regions | footprint.region_wholes:
            return f"the lesion's sensory territory covers {self._names(signature['regions'])}"
        return None

    def _names(self, nodes: set[str]) -> str:
        return ", ".join(sorted(self.G.nodes[node]["label"] for node in nodes))

    def _explicit(self, footprint: Footprint, finding: str) -> float:
        return max(
            (
                footprint.explicit[kin]
                for kin in self.related_findings.get(finding, {finding})
                if kin in footprint.explicit
            ),
            default=0.0,
        )

    def _lacks(self, footprint: Footprint, finding: str) -> bool:
        return bool(footprint.lacks & self.related_findings.get(finding, {finding}))

    def _anatomy(self, observation: Observation) -> set[str]:
        """Return the anatomy an observation is about: what it names, else what its findings concern."""
        if observation.anatomy:
            return set(observation.anatomy)
        return {
            node for finding in observation.findings for nodes in self.signature(finding).values() for node in nodes
        }

    def _covering(self, footprint: Footprint, observation: Observation) -> tuple[str, float] | None:
        """Return the condition's own finding (and weight) of the same kind whose regions cover the observation's.

        "Anterior thigh pain" is within L3's radicular pain when that pain runs through the anterior thigh.
        """
        kinds = set(observation.kinds) | {kind for f in observation.findings for kind in self.kinds.get(f, ())}
        regions = (
            set(observation.anatomy)
            if observation.anatomy
            else set().union(*(self.signature(f)["regions"] for f in observation.findings))
        )
        kinds &= {"pain", "sensory"}
        if not kinds or not regions:
            return None
        best: tuple[str, float] | None = None
        for own, weight in footprint.explicit.items():
            if not kinds & self.kinds.get(own, set()):
                continue
            covered = self._region_closure(own)
            if regions <= covered and (best is None or weight > best[1]):
                best = (own, weight)
        return best

    def _region_closure(self, finding: str) -> set[str]:
        """Return a finding's regions with all their parts (computed once per finding)."""
        if finding not in self.region_closures:
            self.region_closures[finding] = self._with_parts(self.signature(finding)["regions"])
        return self.region_closures[finding]

    def _reached(self, footprint: Footprint, anatomy: set[str]) -> set[str]:
        reach = (
            footprint.movements | footprint.reflexes | footprint.muscles | footprint.regions | footprint.region_wholes
        )
        return anatomy & reach

    def _present(self, observation: Observation, footprint: Footprint, candidate: Candidate) -> None:
        phrase, findings = observation.phrase, observation.findings
        risks = [f for f in findings if f in footprint.risk_factors]
        if risks:
            label = self.G.nodes[risks[0]]["label"]
            candidate.supporting.append(Evidence(phrase, risks[0], f"{label}: a risk factor for it", RISK_FACTOR))
            return
        weight, finding = max(((self._explicit(footprint, f), f) for f in findings), default=(0.0, ""))
        lacked = [f for f in findings if self._lacks(footprint, f)]
        if weight and len(lacked) < len(findings):
            label = self.G.nodes[finding]["label"]
            candidate.supporting.append(Evidence(phrase, finding, f"{label}: a finding of it", weight))
            return
        covering = self._covering(footprint, observation)
        if covering and not lacked:
            own, weight = covering
            label = self.G.nodes[own]["label"]
            why = f"within its {label}"
            candidate.supporting.append(Evidence(phrase, own, why, COVERED * weight))
            return
        if lacked:
            label = self.G.nodes[lacked[0]]["label"]
            candidate.against.append(Evidence(phrase, lacked[0], f"{label}: typically absent in it", LACKED))
            return
        anatomy = self._anatomy(observation)
        subject = findings[0] if len(findings) == 1 else (sorted(anatomy)[0] if anatomy else "")
        if not anatomy:
            label = self.G.nodes[findings[0]]["label"] if findings else phrase
            candidate.against.append(Evidence(phrase, subject, f"{label}: not a finding of it", NONLOCALISING))
            return
        reached = self._reached(footprint, anatomy)
        share = len(reached) / len(anatomy)
        if reached:
            why = f"the lesion reaches {self._names(reached)}"
            candidate.supporting.append(Evidence(phrase, subject, why, EXPLAINED * share))
        if share < 1:
            why = f"{self._names(anatomy - reached)}: outside the lesion's reach"
            candidate.against.append(Evidence(phrase, subject, why, UNEXPLAINED * (1 - share)))

    def _absent(self, observation: Observation, footprint: Footprint, candidate: Candidate) -> None:
        phrase = observation.phrase
        weight, finding = max(((self._explicit(footprint, f), f) for f in observation.findings), default=(0.0, ""))
        if weight:
            label = self.G.nodes[finding]["label"]
            candidate.against.append(
                Evidence(phrase, finding, f"normal, but {label} is expected", EXPECTED_BUT_NORMAL * weight)
            )
            return
        reached = self._reached(footprint, set(observation.anatomy))
        if reached:
            why = f"normal, but the lesion reaches {self._names(reached)}"
            candidate.against.append(Evidence(phrase, sorted(reached)[0], why, ANATOMY_BUT_NORMAL))
            return
        lacked = [f for f in observation.findings if self._lacks(footprint, f)]
        if lacked:
            label = self.G.nodes[lacked[0]]["label"]
            why = f"normal, as expected ({label} typically absent)"
            candidate.supporting.append(Evidence(phrase, lacked[0], why, LACKED_AND_NORMAL))

    def _modifier(self, observation: Observation, footprint: Footprint, candidate: Candidate) -> None:
        fits, contradicts = (
            (footprint.aggravated_by, footprint.relieved_by)
            if observation.modifier == "aggravated"
            else (footprint.relieved_by, footprint.aggravated_by)
        )
        for activity in observation.anatomy:
            label = self.G.nodes[activity]["label"]
            if activity in fits:
                why = f"{observation.modifier} by {label}, as it is said to be"
                candidate.supporting.append(Evidence(observation.phrase, activity, why, MODIFIER_FITS))
            elif activity in contradicts:
                opposite = "relieved" if observation.modifier == "aggravated" else "aggravated"
                why = f"{observation.modifier} by {label}, but it is said to be {opposite} by it"
                candidate.against.append(Evidence(observation.phrase, activity, why, MODIFIER_CONTRADICTS))

    def _global_normal(self, observation: Observation, footprint: Footprint, candidate: Candidate) -> None:
        reach = {
            "weakness": footprint.movements | footprint.muscles,
            "sensory": footprint.sensory,
            "reflex": footprint.reflexes,
            "pain": set(),
        }
        for kind in observation.kinds:
            lacked = sorted(f for f in footprint.lacks if kind in self.kinds.get(f, set()))
            if lacked and kind not in footprint.kinds:
                why = f"no {kind} change anywhere, as expected ({self.G.nodes[lacked[0]]['label']} typically absent)"
                candidate.supporting.append(Evidence(observation.phrase, lacked[0], why, LACKED_AND_NORMAL))
                continue
            expected = footprint.kinds.get(kind, 0.0)
            if reach.get(kind) or expected >= DEFAULT_WEIGHT:
                why = f"no {kind} change anywhere, but the lesion would give some"
                weight = max(GLOBAL_NORMAL, EXPECTED_BUT_NORMAL * expected if kind == "pain" else GLOBAL_NORMAL)
                candidate.against.append(Evidence(observation.phrase, "", why, weight))

    def score(self, condition: str, observations: list[Observation]) -> Candidate:
        """Score one condition against the observations."""
        footprint = self.footprints[condition]
        candidate = Candidate(condition, self.G.nodes[condition]["label"], 0.0, [], [])
        normal_kinds: set[str] = set()
        for observation in observations:
            if observation.modifier:
                self._modifier(observation, footprint, candidate)
            elif observation.scope == "global":
                fresh = [kind for kind in observation.kinds if kind not in normal_kinds]
                normal_kinds.update(fresh)
                if fresh:
                    self._global_normal(replace(observation, kinds=tuple(fresh)), footprint, candidate)
            elif observation.present:
                self._present(observation, footprint, candidate)
            else:
                self._absent(observation, footprint, candidate)
        support = sum(item.weight for item in candidate.supporting)
        against = sum(item.weight for item in candidate.against)
        candidate.score = support - against - BREADTH * math.log1p(footprint.size)
        return candidate

    def rank(self, observations: list[Observation], *, limit: int = 10) -> list[Candidate]:
        """Rank the conditions the observations touch by their score; only those with support are kept.

        A condition none of whose footprint any (non-global) observation mentions cannot gain support
        from them, so it is not scored at all.
        """
        touched: set[str] = set()
        for observation in observations:
            if observation.scope == "global":
                continue
            nodes = set(observation.findings) | set(observation.anatomy)
            nodes |= {
                node
                for finding in observation.findings
                for values in self.signature(finding).values()
                for node in values
            }
            for node in nodes:
                touched |= self.touching.get(node, set())
        scored = [self.score(condition, observations) for condition in sorted(touched)]
        kept = [candidate for candidate in scored if candidate.supporting]
        return sorted(kept, key=lambda candidate: (-candidate.score, candidate.label))[:limit]

    # ---- red flags and the next test -----------------------------------------------------------

    def red_flags(self, observations: list[Observation]) -> list[dict[str, Any]]:
        """Return the conditions that present findings raise as red flags, most urgent first."""
        raised: dict[str, list[str]] = defaultdict(list)
        for observation in observations:
            if not observation.present or len(observation.findings) != 1:
                continue  # a phrase read loosely, as several possible findings, raises no alarm on its own
            for finding in observation.findings:
                for flagged in self._out(finding, RADIX.redFlagFor):
                    if observation.phrase not in raised[flagged]:
                        raised[flagged].append(observation.phrase)

        def urgency(item: tuple[str, list[str]]) -> tuple[int, int, str]:
            types = set(self.G.nodes[item[0]].get("types", ()))
            rank = min((URGENT_TYPES.index(kind) for kind in types if kind in URGENT_TYPES), default=len(URGENT_TYPES))
            return (rank, -len(item[1]), self.G.nodes[item[0]]["label"])

        return [
            {"id": _curie(condition), "label": self.G.nodes[condition]["label"], "raised_by": phrases}
            for condition, phrases in sorted(raised.items(), key=urgency)
        ]

    def next_test(self, candidates: list[Candidate], observations: list[Observation]) -> dict[str, Any] | None:
        """Return the finding (and the test that elicits it) that best tells the top two candidates apart."""
        if len(candidates) < 2:
            return None
        first, second = candidates[0].iri, candidates[1].iri
        seen = {finding for observation in observations for finding in observation.findings}
        options: list[tuple[float, str, str, str]] = []
        for finding in self._finding_nodes():
            if finding in seen:
                continue
            a, b = self._expectation(first, finding), self._expectation(second, finding)
            if a != b:
                options.append(
                    (
                        abs(a - b) + (0.25 if self._tests(finding) else 0.0),
                        finding,
                        first if a > b else second,
                        second if a > b else first,
                    )
                )
        if not options:
            return None
        _weight, finding, present_in, absent_in = max(options, key=lambda option: (option[0], option[1]))
        tests = sorted(self._tests(finding))
        return {
            "finding": {"id": _curie(finding), "label": self.G.nodes[finding]["label"]},
            "test": {"id": _curie(tests[0]), "label": self.G.nodes[tests[0]]["label"]} if tests else None,
            "separates": [_curie(first), _curie(second)],
            "expected_in": _curie(present_in),
            "not_expected_in": _curie(absent_in),
        }

    def _finding_nodes(self) -> list[str]:
        if not hasattr(self, "_findings"):
            self._findings = sorted(
                node for node in self.G
                if {"ClinicalFinding", "Symptom", "Sign", "RedFlag"} & set(self.G.nodes[node].get("types", ()))
            )  # fmt: skip
        return self._findings

    def _expectation(self, condition: str, finding: str) -> float:
        """How strongly a condition is expected to show a finding: +weight, anatomy 0.6, lacked -1, else 0."""
        key = (condition, finding)
        if key not in self.expectations:
            self.expectations[key] = self._expect(condition, finding)
        return self.expectations[key]

    def _expect(self, condition: str, finding: str) -> float:
        footprint = self.footprints[condition]
        if self._lacks(footprint, finding):
            return -1.0
        explicit = self._explicit(footprint, finding)
        if explicit:
            return explicit
        return EXPLAINED if self.explains(footprint, finding) else 0.0

    def _tests(self, finding: str) -> set[str]:
        return self._out(finding, RADIX.elicitedBy)

    # ---- the whole answer ----------------------------------------------------------------------

    def localize(self, reading: Reading, *, limit: int = 10) -> dict[str, Any]:
        """Return the JSON-ready answer: ranked candidates, unresolved phrases, next test and red flags."""
        candidates = self.rank(reading.observations, limit=limit)
        return {
            "candidates": [self._candidate_dict(candidate) for candidate in candidates],
            "observations": [
                {
                    "phrase": o.phrase,
                    "present": o.present,
                    "read_as": o.describe(self.G),
                    "matched": o.matched,
                    "findings": [_curie(f) for f in o.findings],
                    "anatomy": [_curie(a) for a in o.anatomy],
                    "modifier": o.modifier or None,
                    "scope": o.scope or None,
                }
                for o in reading.observations
            ],
            "unresolved": reading.unresolved,
            "next_test": self.next_test(candidates, reading.observations),
            "red_flags": self.red_flags(reading.observations),
        }

    def _candidate_dict(self, candidate: Candidate) -> dict[str, Any]:
        def items(evidence: list[Evidence]) -> list[dict[str, Any]]:
            return [
                {"phrase": e.phrase, "finding": _curie(e.finding), "why": e.why, "weight": round(e.weight, 2)}
                for e in evidence
            ]

        return {
            "id": _curie(candidate.iri),
            "label": candidate.label,
            "score": round(candidate.score, 3),
            "supporting": items(candidate.supporting),
            "against": items(candidate.against),
        }


def _kin(G: nx.MultiDiGraph, node: str) -> set[str]:
    """Return ``node`` with every finding broader or narrower than it (skos:broader, transitively; not siblings).

    >>> G = nx.MultiDiGraph()
    >>> G.add_edge("absent", "absent or reduced", key=BROADER); G.add_edge("reduced", "absent or reduced", key=BROADER)
    'http://www.w3.org/2004/02/skos/core#broader'
    'http://www.w3.org/2004/02/skos/core#broader'
    >>> sorted(_kin(G, "absent"))
    ['absent', 'absent or reduced']
    """
    kin = {node}
    for forward in (True, False):
        frontier = [node]
        while frontier:
            current = frontier.pop()
            edges = G.out_edges(current, keys=True) if forward else G.in_edges(current, keys=True)
            for source, target, key in edges:
                neighbour = target if forward else source
                if key == BROADER and neighbour not in kin:
                    kin.add(neighbour)
                    frontier.append(neighbour)
    return kin


def _curie(iri: str) -> str:
    return "radix:" + iri.removeprefix(BASE) if iri.startswith(BASE) else iri
