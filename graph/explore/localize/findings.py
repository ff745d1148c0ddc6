"""What each finding of the graph is about: its kind, its anatomy, its kin, its tests and red flags.

A finding's **kind** (weakness, sensory, reflex, pain) comes from what it concerns
(``concernsMovement``/``concernsMuscle``: weakness; ``concernsReflex``: reflex) and from the words
of its names ("numbness": sensory; "pain": pain). Its **anatomy** is what it concerns or where it is
(``locatedIn``, ``radiatesAlong``). Its **kin** are the findings broader or narrower than it
(``skos:broader``, transitively, not siblings): "absent ankle reflex" is kin to "diminished or
absent ankle reflex", so a condition stated with one is stated with the other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.explore.localize.anatomy import Anatomy
from graph.explore.related import BROADER
from graph.namespaces import BASE, RADIX

FINDING_TYPES = {
    "ClinicalFinding", "Symptom", "Sign", "RedFlag", "ElectrodiagnosticFinding", "ImagingFinding", "RiskFactor",
}  # fmt: skip

KIND_ORDER = ("reflex", "weakness", "sensory", "pain")
"""When a finding is of several kinds, the first of these is the one its probability is read for."""

KIND_WORDS = {
    "weakness": re.compile(r"\b(?:weak|paresis|palsy|drop|wasting|atrophy|paralysis|winging|winged|claw|drift)"),
    # a nerve's name says what the nerve carries, not a deficit: "Tinel over the radial sensory nerve"
    "sensory": re.compile(
        r"\b(?:numb|tingl|paraesthes|paresthes|anaesthes|anesthes|hypoaesthes|hypoesthes|sensory(?! nerve(?! action)))"
    ),
    "pain": re.compile(r"\b(?:pain|ache|aching|sciatica|burning|neuralgia|claudication)"),
    "reflex": re.compile(r"\b(?:reflex|jerk|clonus|hoffmann|babinski)"),
}
"""Words of a finding's names that say its kind (word starts only; no nested repetition). Tenderness is not pain
of a kind: it is a sign of the structure pressed (a tendon, a joint line, a spinous process), which only a
condition that states it gives; as pain, any lesion whose pain reaches the place had explained it (until stop 22
vascular claudication "reached" tenderness over the greater trochanter). Claudication is pain brought on by
walking (the graph defines neurogenic claudication so), felt where it is located. A pronator drift is a weakness of the
arm held out (stop 57: a sign naming no kind takes the leak where it is not stated, and the drift had then counted
against every stroke that does not list it)."""

BILATERAL = re.compile(r"\b(?:bilateral|both|symmetric)")
"""A finding whose label says it is on both sides ("absent ankle reflexes on both sides")."""

OBJECTIVE_SENSORY_LOSS = BASE + "objective_sensory_loss"
"""The finding a purely motor disorder typically lacks (multifocal motor neuropathy, motor neuron disease): numbness or
sensory loss anywhere is then in the very-rare bin, not what its nerves' skin would give (until stop 29 a numb thumb
was "reached" by multifocal motor neuropathy through the median and radial nerves). Findings that are not a sensory
deficit (a Tinel sign, symptoms in both legs) are left to the graph's own rows; numbness at night is numbness."""

ANATOMY_EDGES = {
    str(RADIX.concernsMovement): "movement",
    str(RADIX.concernsMuscle): "muscle",
    str(RADIX.concernsReflex): "reflex",
    str(RADIX.locatedIn): "region",
    str(RADIX.radiatesAlong): "region",
}


@dataclass(frozen=True)
class FindingFacts:
    """What one finding is about."""

    kind: str
    kinds: frozenset[str]
    anatomy: tuple[tuple[str, str], ...]
    bilateral: bool
    named_kinds: frozenset[str] = frozenset()
    """The kinds its own names say ("weakness of toe extension"), not those its anatomy adds ("radial deviation
    of the wrist on extension" concerns a movement but is no weakness of it)."""
    places: tuple[str, ...] = ()
    """Where a weakness or reflex finding is (``locatedIn``: "foot drop" in the foot), kept apart from ``anatomy``
    because a place there would be scored as skin; the model reads a weakness named by its place against it."""
    deficit: str = ""
    """The deficit kind its label names ("weakness of the arm and leg on one side", "sensory level on the trunk"), not
    its synonyms ("oculosympathetic palsy" is Horner syndrome, no weakness a lesion of the limbs gives)."""
    sign: bool = False
    """Typed ``Sign`` and not also ``Symptom``: found on examination or by a test (the graph's typing; a few are told by
    the patient, a sudden onset, a seizure). With no anatomy, a lesion the graph does not state it for takes the leak,
    not the open-world rate of a symptom (stop 57, ``model.py`` item 4)."""


class Findings:
    """Facts about every finding of a projection, computed once."""

    def __init__(self, anatomy: Anatomy) -> None:
        self.anatomy = anatomy
        G = anatomy.G
        self.nodes = sorted(node for node, data in G.nodes(data=True) if FINDING_TYPES & set(data.get("types", ())))
        self.facts: dict[str, FindingFacts] = {node: self._facts(node) for node in self.nodes}
        self._kin: dict[str, frozenset[str]] = {}

    def _facts(self, node: str) -> FindingFacts:
        data = self.anatomy.G.nodes[node]
        names = " ".join([data["label"], *data.get("synonyms", [])]).lower()
        kinds = {kind for kind, pattern in KIND_WORDS.items() if pattern.search(names)}
        named = frozenset(kinds)
        anatomy: list[tuple[str, str]] = []
        for predicate, kind in ANATOMY_EDGES.items():
            for target, _ in self.anatomy.out(node, predicate):
                anatomy.append((kind, target))
                if kind in ("movement", "muscle"):
                    kinds.add("weakness")
                elif kind == "reflex":
                    kinds.add("reflex")
        places: list[str] = []
        if {"weakness", "reflex"} & kinds and "region" in {k for k, _ in anatomy} and not kinds & {"sensory", "pain"}:
            places = sorted({n for k, n in anatomy if k == "region"})
            anatomy = [(k, n) for k, n in anatomy if k != "region"]  # "foot drop" is located in the foot: not skin
        kind = next((k for k in KIND_ORDER if k in kinds), "")
        bilateral = bool(BILATERAL.search(data["label"]))
        types = set(data.get("types", ()))
        sign = "Sign" in types and "Symptom" not in types
        label = data["label"].lower()
        deficit = next((k for k in KIND_ORDER if KIND_WORDS[k].search(label)), "")
        return FindingFacts(
            kind, frozenset(kinds), tuple(sorted(set(anatomy))), bilateral, named, tuple(places), deficit, sign
        )

    def kin(self, node: str) -> frozenset[str]:
        """Return ``node`` with every finding broader or narrower than it (transitively, not siblings)."""
        if node not in self._kin:
            found = {node}
            for forward in (True, False):
                frontier = [node]
                while frontier:
                    current = frontier.pop()
                    steps = self.anatomy.out(current, BROADER) if forward else self.anatomy.into(current, BROADER)
                    for neighbour, _ in steps:
                        if neighbour not in found and neighbour in self.facts:
                            found.add(neighbour)
                            frontier.append(neighbour)
            self._kin[node] = frozenset(found)
        return self._kin[node]

    def tests(self, node: str) -> list[str]:
        """Return the examination tests that elicit a finding."""
        return sorted(test for test, _ in self.anatomy.out(node, RADIX.elicitedBy))

    def red_flag_for(self, node: str) -> list[str]:
        """Return the conditions a finding is a red flag for."""
        return sorted(condition for condition, _ in self.anatomy.out(node, RADIX.redFlagFor))

    def red_flag_regions(self) -> dict[tuple[str, str], list[str]]:
        """Return (kind, region) -> the red-flag findings a deficit of that kind there is part of.

        Saddle anaesthesia is sensory loss located in the perineum, perianal area and buttocks: numbness
        written as "perianal sensation reduced" is part of it. A region counts for a kind only where no finding
        that is not a red flag, of that kind or of none, is located (the buttock's tenderness at the sciatic notch
        is a finding of its own there, so a numb buttock alone raises nothing), and a finding that is two-sided by
        name is left to the phrase that says so. A finding of another kind does not count: the perineum's pain
        (pudendal neuralgia's, stop 51) says nothing of its numbness, which stays saddle anaesthesia's.
        """
        if not hasattr(self, "_red_flag_regions"):
            flagged = {f for f in self.nodes if self.red_flag_for(f)}
            located: dict[str, set[str]] = {}
            for finding, facts in self.facts.items():
                for akind, node in facts.anatomy:
                    if akind == "region":
                        located.setdefault(node, set()).add(finding)
            table: dict[tuple[str, str], list[str]] = {}
            for region, found in located.items():
                others = [self.facts[finding].kinds for finding in found - flagged]
                for finding in sorted(found & flagged):
                    facts = self.facts[finding]
                    if not facts.bilateral:
                        for kind in facts.kinds:
                            if not any(not kinds or kind in kinds for kinds in others):
                                table.setdefault((kind, region), []).append(finding)
            self._red_flag_regions = table
        return self._red_flag_regions
