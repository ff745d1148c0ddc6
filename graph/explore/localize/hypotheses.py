"""The hypotheses of the diagnostic network: each condition of the graph as a lesion at a site.

Two levels, as a neurologist answers: the **site** (which root, plexus element, nerve at which
segment, cord, cauda equina, or elsewhere) and the **condition** at that site. A condition whose
graph entry says what it does to a patient (it has findings, or it names the roots or nerves it
affects) is a *hypothesis* scored against the findings; a condition that is only a cause at a
site (a disc herniation compressing a root, with no findings of its own) is listed under the site
it compresses, ranked by how often the graph says it does so.

Where a condition is, is read from its edges: ``affectsRoot`` (one root: that root; several: the
structure it names, else the roots together), ``affectsNerve`` (the nerve nearest the spine among
those named, at the ``site`` qualifier, else at the structure named by ``affectsStructure``), and
``affectsStructure`` alone (cauda equina, conus, hip joint). The priors are uniform over sites
(no site is favoured without a number) and split evenly between the hypotheses at a site; numbers in
the graph (``radix:Measurement``: ``share_of_cases`` of a root in a condition) reshape them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from graph.explore.localize.anatomy import Anatomy, Lesion, holds
from graph.explore.localize.findings import FINDING_TYPES
from graph.explore.localize.frequency import edge_probability
from graph.explore.localize.known_cause import carry_pictures
from graph.explore.localize.lesion import DESCRIPTIVE, Hypothesis, Site, curie, local_name
from graph.explore.localize.one_root import OneRootOfSeveral
from graph.explore.localize.parameters import NONE_PRIOR, RISK_FACTOR
from graph.explore.localize.two_roots import TWO_ROOT_TYPE, TwoAdjacentRoots
from graph.explore.related import BROADER, conditions
from graph.namespaces import BASE, RADIX

PAIN_WORD = re.compile(r"\b(?:pain|ache|sciatica|neuralgia)")
"""A finding whose label says pain: its regions are where the condition's pain is."""

BILATERAL_TYPES = {"SpinalCordDisorder", "Polyradiculopathy", "Polyneuropathy", "MotorNeuronDisorder"}
"""Lesions of these kinds may give findings on both sides; every other lesion is one-sided."""

MIDLINE = re.compile(r"\b(?:spine|spinal|cauda|conus|cord|canal)\b")
"""A structure whose name says it is in the midline (the spine, its canal, cord, conus, cauda equina): a
lesion there can reach both sides, as can a lesion of several roots."""

BOTH_SIDES = re.compile(r"^bilateral\b|\bboth (?:sides|legs|arms|hands|feet)\b")
"""A finding whose label says it is on both sides ("bilateral leg symptoms", "weakness of both legs with upper motor
neuron signs"): a condition stating one may be a lesion of both sides. Until stop 46 only a label opening "bilateral"
counted, and a parasagittal meningioma, which weakens both legs, was one-sided: "both legs spastic" with "MRI brain:
parafalcine meningioma" paid five one-side penalties and went to the cervical cord."""

ROOT_KINDS = ("root", "roots", "cauda equina", "structure")
"""Site kinds that are lesions of roots in the canal: what paraspinal denervation on EMG implicates."""

INTRASPINAL_KINDS = (*ROOT_KINDS, "cord")
"""Site kinds inside the spinal canal: what a spine imaging report naming a root's level can show."""

URGENT_TYPES = ("Polyradiculopathy", "SpinalCordDisorder")
"""Red-flag conditions of these kinds are listed first, by probability (cauda equina, conus, the cord)."""

ANATOMICAL_SITE_TYPES = {"NerveRoot", "PeripheralNerve", "NervePlexus", "PlexusElement"}
"""Anatomy that is a lesion site of its own, whether or not the graph names a condition there."""

ALWAYS = "always"
"""The frequency word of a risk factor a condition requires (``Hypothesis.required``)."""

SEVERAL_ROOTS = "several_roots"
"""The key of the site of a polyradiculopathy the graph places at no root, nerve or structure."""

ELSEWHERE_TYPES = {"MusculoskeletalDisorder", "VascularDisorder"}
NO_LESION_TYPES = {"FunctionalDisorder"}
"""Conditions without a structural lesion (a functional disorder): their site is no place, and when one leads the
answer abstains with it named (``engine.Localizer.localize``)."""
NO_LESION = "no lesion"
"""The site kind of a condition of :data:`NO_LESION_TYPES`."""
GENERALISED_TYPES = {"Polyneuropathy", "MotorNeuronDisorder"}


class HypothesisBuilder:
    """Builds every hypothesis and the causes listed under each site, once per projection."""

    def __init__(self, anatomy: Anatomy, words: dict[str, float]) -> None:
        self.anatomy = anatomy
        self.G = anatomy.G
        self.words = words

    def conditions(self) -> list[str]:
        """Return the conditions of the graph (any Radix condition class or subclass), sorted.

        The one rule of :func:`graph.explore.related.conditions`, which follows the class hierarchy: a
        list of class names alone missed ``Polyradiculopathy``, so cauda equina syndrome and the
        CMV, Lyme and leptomeningeal polyradiculopathies were never scored.
        """
        return conditions(self.G)

    def is_umbrella(self, condition: str) -> bool:
        """Return True for a grouping (cervical radiculopathy) whose narrower radiculopathies rank instead."""
        if "Radiculopathy" not in self.anatomy.types(condition):
            return False
        narrower = [source for source, _ in self.anatomy.into(condition, BROADER)]
        return any("Radiculopathy" in self.anatomy.types(node) for node in narrower)

    def is_hypothesis(self, condition: str) -> bool:
        """Return True when a condition is scored: it has findings or names what it affects, and is no umbrella."""
        if self.is_umbrella(condition):
            return False
        types = self.anatomy.types(condition)
        if TWO_ROOT_TYPE in types:
            return False  # scored once per adjacent pair of its roots (``two_roots.py``), never all at once
        has_findings = bool(self.anatomy.out(condition, RADIX.hasFinding))
        if "Cause" in types and not has_findings:
            return False  # a cause at a site (a disc herniation): listed under the site it compresses
        return (
            has_findings
            or bool(self.anatomy.out(condition, RADIX.affectsRoot))
            or bool(self.anatomy.out(condition, RADIX.affectsNerve))
        )

    def build(self) -> list[Hypothesis]:
        """Return every hypothesis with its site, reach, statements and prior.

        Besides the conditions, every root, plexus element and nerve that no condition names as its
        site is a site of its own: a lesion there, known only by what it reaches. The site is found
        from anatomy even when the graph holds no named condition for it. A radiculopathy of two adjacent
        roots is one hypothesis per adjacent pair (``two_roots.py``), outside the split of the site priors:
        its prior is a number's share of the one-root radiculopathies' (``priors.apply_two_roots``).
        """
        scored = [condition for condition in self.conditions() if self.is_hypothesis(condition)]
        one_root = OneRootOfSeveral(self)
        alternatives = {condition: one_root.roots(condition) for condition in scored}
        hypotheses = [self.hypothesis(condition) for condition in scored if not alternatives[condition]]
        of_root = {h.site.anatomy[0]: h for h in hypotheses if h.site.kind == "root" and "Radiculopathy" in
                   self.anatomy.types(h.iri)}  # fmt: skip
        for condition, roots in alternatives.items():
            hypotheses += one_root.hypotheses(condition, roots, of_root)
        carry_pictures(hypotheses, self.anatomy, self.words)
        two_roots = TwoAdjacentRoots(self).hypotheses(of_root)
        taken = {h.site.key for h in hypotheses}
        for node in sorted(self.G):
            types = self.anatomy.types(node)
            if not types & ANATOMICAL_SITE_TYPES or self.G.nodes[node].get("external"):
                continue
            site = self.anatomical_site(node, types)
            if site.key not in taken and self.anatomy.reach(self._lesion_of(node, types)).size:
                hypotheses.append(self.anatomical_hypothesis(node, types, site))
                taken.add(site.key)
        by_site: dict[str, list[Hypothesis]] = defaultdict(list)
        for hypothesis in hypotheses:
            by_site[self._prior_site(hypothesis)].append(hypothesis)
        share = (1.0 - NONE_PRIOR) / max(len(by_site), 1)
        for members in by_site.values():
            weights = sum(h.share for h in members)
            for hypothesis in members:
                # every site alike; within a site, a cause placed at each of its roots weighs its share there
                hypothesis.priors["uniform"] = hypothesis.priors["incidence"] = share * hypothesis.share / weights
        for hypothesis in two_roots:  # no site's share: a number sets their priors (``priors.apply_two_roots``)
            hypothesis.priors["uniform"] = hypothesis.priors["incidence"] = 0.0
        return hypotheses + two_roots

    @staticmethod
    def _prior_site(hypothesis: Hypothesis) -> str:
        """Return the site a hypothesis shares its prior with: its site, except for "several roots" and coverings.

        Each polyradiculopathy placed at "several roots" involves its own roots (Guillain-Barré all of
        them, Lyme those near the bite, CIDP proximal roots and nerves): they are shown at one site but
        are different lesions, so each keeps the prior of a site of its own. A site naming a covering
        (``lesion.COVERINGS``) shares the prior of the structure it covers: the leptomeninges named beside the
        cauda equina say how leptomeningeal disease reaches its roots, not that it is a further place (with a
        site's prior of its own it outranked the cauda equina syndrome on a plain cauda equina picture).
        """
        return hypothesis.iri if hypothesis.site.key == SEVERAL_ROOTS else hypothesis.site.covered_key

    def compresses_together(self, condition: str) -> bool:
        """Return True for a lesion of several roots at once: of a two-sided kind or in a midline structure."""
        structures = self.anatomy.out(condition, RADIX.affectsStructure)
        return bool(self.anatomy.types(condition) & BILATERAL_TYPES) or any(
            MIDLINE.search(self._label(structure)) for structure, _ in structures
        )

    def _lesion_of(self, node: str, types: set[str]) -> Lesion:
        if "NerveRoot" in types:
            return Lesion(roots=frozenset({node}))
        return Lesion(nerves=frozenset({node}))

    def anatomical_site(self, node: str, types: set[str]) -> Site:
        """Return the site of a lesion of one root, plexus element or nerve."""
        kind = "root" if "NerveRoot" in types else ("plexus" if types & {"NervePlexus", "PlexusElement"} else "nerve")
        return Site(_key((node,)), self._label(node), kind, (node,))

    def anatomical_hypothesis(self, node: str, types: set[str], site: Site) -> Hypothesis:
        """Return a lesion of one root, plexus element or nerve with no named condition: known by its reach only."""
        lesion = self._lesion_of(node, types)
        return Hypothesis(
            iri=node, label=f"lesion of the {self._label(node)}", site=site, lesion=lesion,
            reach=self.anatomy.reach(lesion), anatomical=True,
        )  # fmt: skip

    def hypothesis(self, condition: str) -> Hypothesis:
        """Return one condition as a hypothesis."""
        anatomy, types = self.anatomy, self.anatomy.types(condition)
        lesion = self.lesion(condition)
        hypothesis = Hypothesis(
            iri=condition,
            label=self.G.nodes[condition]["label"],
            site=self.site(condition, lesion),
            lesion=lesion,
            reach=anatomy.reach(lesion),
            red_flag=bool(anatomy.into(condition, RADIX.redFlagFor)),
            urgent=bool(types & set(URGENT_TYPES)),
        )
        for finding, data in anatomy.out(condition, RADIX.hasFinding):
            if self._holds(data, lesion):
                hypothesis.explicit[finding] = edge_probability(data, self.words)
            elif needs := self._needs(data):
                hypothesis.given[finding] = (*edge_probability(data, self.words), needs)
        for factor, data in anatomy.into(condition, RADIX.riskFactorFor):
            if factor not in hypothesis.explicit and self._holds(data, lesion):
                hypothesis.explicit[factor] = edge_probability(data, self.words, RISK_FACTOR)
            if ALWAYS in data.get("frequency", []):
                hypothesis.required.add(factor)
        for finding in hypothesis.explicit:
            if PAIN_WORD.search(self.G.nodes[finding]["label"].lower()):
                for predicate in (RADIX.locatedIn, RADIX.radiatesAlong):
                    for region, _ in anatomy.out(finding, predicate):
                        hypothesis.pain_regions |= anatomy.parts(region)
        hypothesis.lacks = {finding for finding, _ in anatomy.out(condition, RADIX.typicallyLacksFinding)}
        for activity, data in anatomy.out(condition, RADIX.aggravatedBy):
            hypothesis.aggravated[activity] = edge_probability(data, self.words)[0]
        for activity, data in anatomy.out(condition, RADIX.relievedBy):
            hypothesis.relieved[activity] = edge_probability(data, self.words)[0]
        return hypothesis

    def _holds(self, data: dict[str, Any], lesion: Lesion) -> bool:
        return holds(data.get("contexts"), lesion, self.anatomy.distal)

    def _needs(self, data: dict[str, Any]) -> frozenset[str]:
        """Return the findings a statement holds once one of them is present (its ``when=`` a finding), else nothing.

        Only a statement qualified by nothing but such a ``when`` (and how it holds: onset, course, timing): "a
        length-dependent polyneuropathy numbs both hands when its stocking has risen to mid-shin" (Makindo). A ``when``
        that is no finding ("walking", a condition, a risk factor) stays a condition the localiser cannot check.
        """
        needs: set[str] = set()
        for context in data.get("contexts") or ():
            rest = {key for key in context if key not in DESCRIPTIVE}
            value = BASE + str(local_name(context.get("when", "")))  # the graph keeps its local name
            if (
                rest != {"when"}
                or value not in self.G
                or not (FINDING_TYPES - {"RiskFactor"}) & self.anatomy.types(value)
            ):
                return frozenset()
            needs.add(value)
        return frozenset(needs)

    # ---- where a condition is -------------------------------------------------------------------

    def lesion(self, condition: str) -> Lesion:
        """Return the lesion a condition is: its roots, nerves (at a site), structures and sidedness."""
        anatomy, types = self.anatomy, self.anatomy.types(condition)
        roots = {root for root, _ in anatomy.out(condition, RADIX.affectsRoot)}
        roots |= {root for root, _ in anatomy.out(condition, RADIX.compressesRoot)}
        nerves, sites = set(), set()
        for nerve, data in anatomy.out(condition, RADIX.affectsNerve):
            nerves.add(nerve)
            sites |= {str(context["site"]) for context in data.get("contexts") or () if "site" in context}
        structures = frozenset(structure for structure, _ in anatomy.out(condition, RADIX.affectsStructure))
        if structures and not roots and not nerves:
            roots = set(self._roots_within(structures))
        bilateral = (
            bool(types & BILATERAL_TYPES)
            or (len(roots) > 1 and not nerves)  # a lesion naming a plexus element with its roots is one-sided
            or any(MIDLINE.search(self._label(structure)) for structure in structures)
            or any(BOTH_SIDES.search(self._label(finding)) for finding, _ in anatomy.out(condition, RADIX.hasFinding))
        )
        at = sorted(sites)[0].rsplit("/", 1)[-1] if sites else None
        return Lesion(
            frozenset(roots), frozenset(nerves), at, structures, bilateral, self._involvement(condition, nerves)
        )

    def _involvement(self, condition: str, nerves: set[str]) -> tuple[tuple[str, float], ...]:
        """How often each root or nerve of a lesion of several is involved: the frequency of its statement.

        A lesion of one root or one nerve (with its branches) involves it always. A lesion of several
        (cauda equina syndrome, lumbar stenosis, a plexopathy named with its roots) involves each as
        often as the graph says it affects it, a statement without a word being "frequent" as for
        findings (``UNQUALIFIED``): such a lesion reaches the anatomy of each at that share.
        """
        units: list[tuple[str, dict[str, Any]]] = []
        for predicate in (RADIX.affectsRoot, RADIX.compressesRoot):
            units += self.anatomy.out(condition, predicate)
        if not units and not nerves:  # the roots within a structure it affects: as often as it affects that
            for structure, data in self.anatomy.out(condition, RADIX.affectsStructure):
                units += [(root, data) for root in self._roots_within(frozenset({structure}))]
        main = set(self.anatomy.outermost(frozenset(nerves)))
        units += [(nerve, data) for nerve, data in self.anatomy.out(condition, RADIX.affectsNerve) if nerve in main]
        if len({unit for unit, _ in units}) <= 1:
            return ()
        shares: dict[str, float] = {}
        for unit, data in units:
            shares[unit] = max(shares.get(unit, 0.0), edge_probability(data, self.words)[0])
        return tuple(sorted(shares.items()))

    def _roots_within(self, structures: frozenset[str]) -> list[str]:
        """Return the roots the graph places within these structures (``partOf``): the cauda equina's L2-Co.

        A condition that names a structure and no root (CMV polyradiculopathy, leptomeningeal disease and
        central canal stenosis in the cauda equina) is a lesion of the roots that run there, each involved
        as often as the condition affects the structure (:meth:`_involvement`), as a plexus lesion is of
        the plexus's nerves: it reaches their muscles, reflexes and skin only partly, so a lesion of one root
        that explains the same deficits stays the likelier (parsimony).
        """
        return sorted(
            root
            for structure in structures
            for root, _ in self.anatomy.into(structure, RADIX.partOf)
            if "NerveRoot" in self.anatomy.types(root)
        )

    def site(self, condition: str, lesion: Lesion) -> Site:
        """Return the site of a condition's lesion (see the module docstring)."""
        types, label = self.anatomy.types(condition), self.G.nodes[condition]["label"]
        names = self._label
        if types & NO_LESION_TYPES:
            return Site(_key((condition,)), f"no structural lesion ({label})", NO_LESION, (condition,))
        if types & ELSEWHERE_TYPES and not lesion.nerves:
            ids = tuple(sorted(lesion.structures)) or (condition,)
            return Site(_key(ids), f"not neurological: {', '.join(names(i) for i in ids)}", "elsewhere", ids)
        if "Polyradiculopathy" in types and not (lesion.nerves or lesion.roots or lesion.structures):
            return self.several_roots()
        if types & GENERALISED_TYPES and not lesion.nerves and not lesion.roots:
            ids = tuple(sorted(lesion.structures)) or (condition,)
            return Site(_key(ids), ", ".join(names(i) for i in ids) if lesion.structures else label, "generalised", ids)
        if lesion.nerves:
            main = self.anatomy.outermost(lesion.nerves)
            kind = (
                "plexus"
                if types & {"Plexopathy"} or any("Plexus" in t for n in main for t in self.anatomy.types(n))
                else "nerve"
            )
            at = (BASE + lesion.at if lesion.at else None) or self._where(lesion)  # the site qualifier is a local name
            ids = (*main, at) if at else tuple(main)
            words = " + ".join(names(n) for n in main) + (f" at {names(at)}" if at else "")
            return Site(_key(ids), words, kind, ids)
        if len(lesion.roots) == 1 and not (types & BILATERAL_TYPES):
            root = next(iter(lesion.roots))
            return Site(_key((root,)), names(root), "root", (root,))
        if lesion.structures:
            ids = tuple(sorted(lesion.structures))
            kind = "cord" if types & {"SpinalCordDisorder"} and not types & {"Polyradiculopathy"} else "structure"
            if any("cauda" in i for i in ids):
                kind = "cauda equina"
            return Site(_key(ids), ", ".join(names(i) for i in ids), kind, ids)
        if lesion.roots:
            ids = tuple(sorted(lesion.roots, key=self._label))
            return Site(_key(ids), " + ".join(names(i) for i in ids), "roots", ids)
        return Site(_key((condition,)), label, "generalised", (condition,))

    def several_roots(self) -> Site:
        """Return the site of a polyradiculopathy the graph places at no root, nerve or structure: the roots.

        Guillain-Barré syndrome, CIDP and Lyme radiculoneuritis are disorders of many roots at levels that
        vary from patient to patient (their graph type, ``Polyradiculopathy``, says so; the levels are
        not stated). A neurologist localises them to "several roots"; the site names every root the graph
        holds, and its kind stays ``generalised``: a study line naming one root does not implicate it.
        """
        roots = tuple(
            sorted(node for node in self.G if "NerveRoot" in self.anatomy.types(node)
                   and not self.G.nodes[node].get("external"))
        )  # fmt: skip
        return Site(SEVERAL_ROOTS, "several spinal nerve roots (a polyradiculopathy)", "generalised", roots)

    def _where(self, lesion: Lesion) -> str | None:
        """Return the structure that says where along a nerve the lesion is (carpal tunnel, fibular head), if one.

        Only a lesion that names one structure is placed at it. The Pancoast tumour names two, the lung apex it
        grows from and the sympathetic trunk it also invades, and neither is a place along the lower trunk: until
        stop 25 the first by name made its site "the lower trunk at the cervical sympathetic trunk", a site of its
        own beside the lower trunk's.
        """
        return next(iter(lesion.structures)) if len(lesion.structures) == 1 else None

    def _label(self, node: str) -> str:
        if node in self.G:
            return str(self.G.nodes[node]["label"])
        return node.rsplit("/", 1)[-1].replace("_", " ")


def _key(ids: tuple[str, ...]) -> str:
    return "+".join(curie(i) for i in ids)
