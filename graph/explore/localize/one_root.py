"""Lesions of one root of several: which roots a condition may be at, and the hypothesis at each.

A condition can be a lesion of *one* root without the graph saying which: a cause that compresses one
root of several (``compressesRoot`` is P(root | cause): foraminal stenosis at L5 or at S1), a condition of
the dorsal root ganglion (zoster reactivates in one ganglion, any of them), and a radiculopathy placed at
no root whose broader radiculopathy names its roots (diabetic truncal radiculoneuropathy, a thoracic
radiculopathy). Each is scored at each of its roots in turn, not at all of them at once at partial
strength; which root, the findings tell.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.explore.localize.anatomy import Lesion
from graph.explore.localize.frequency import edge_probability
from graph.explore.localize.known_cause import merged_statements
from graph.explore.localize.lesion import Hypothesis
from graph.explore.related import BROADER
from graph.namespaces import BASE, RADIX

if TYPE_CHECKING:
    from graph.explore.localize.hypotheses import HypothesisBuilder

GANGLION = BASE + "dorsal_root_ganglion"
"""The dorsal root ganglion: one on every root, so a condition of it is a lesion of one root (``in_one_ganglion``)."""


class OneRootOfSeveral:
    """Finds the conditions that are lesions of one root of several and builds their hypotheses."""

    def __init__(self, builder: HypothesisBuilder) -> None:
        self.builder = builder
        self.anatomy = builder.anatomy

    def roots(self, condition: str) -> dict[str, float]:
        """Return root -> P(root | condition) for a lesion of one root of several, else {}.

        A condition of a ganglion (:meth:`in_one_ganglion`) or a radiculopathy placed at no root
        (:meth:`broader_roots`): each of its roots alike. Else ``compressesRoot`` says "how often this
        cause, when it compresses a root, compresses this one" (its ``frequencyMeans``): alternatives,
        not roots compressed together. A cause named only by such edges (no ``affectsRoot`` or
        ``affectsNerve``), of no two-sided kind and in no midline structure (a central herniation in the
        cauda equina, canal stenosis: those compress roots together) is therefore a lesion of one of its
        roots: foraminal or lateral recess stenosis at L5, or at S1.
        """
        anatomy = self.anatomy
        roots = self.sensory_roots() if self.in_one_ganglion(condition) else self.broader_roots(condition)
        if roots:
            return {root: 1.0 / len(roots) for root in roots}
        edges = anatomy.out(condition, RADIX.compressesRoot)
        if (
            len({root for root, _ in edges}) < 2
            or anatomy.out(condition, RADIX.affectsRoot)
            or anatomy.out(condition, RADIX.affectsNerve)
            or self.builder.compresses_together(condition)
        ):
            return {}
        weights: dict[str, float] = {}
        for root, data in edges:
            weights[root] = max(weights.get(root, 0.0), edge_probability(data, self.builder.words)[0])
        total = sum(weights.values())
        return {root: weight / total for root, weight in sorted(weights.items())}

    def in_one_ganglion(self, condition: str) -> bool:
        """Return True for a condition of a dorsal root ganglion (zoster, post-herpetic neuralgia).

        There is a ganglion on the dorsal root of every spinal nerve, and zoster reactivates in one of them:
        such a condition is a lesion of one root, any root, and is scored at each root in turn with an even
        share (the graph gives no share of cases by level), with its own findings only: it is not that
        root's compressive radiculopathy.
        """
        structures = {structure for structure, _ in self.anatomy.out(condition, RADIX.affectsStructure)}
        return structures == {GANGLION} and not self.anatomy.out(condition, RADIX.affectsRoot)

    def broader_roots(self, condition: str) -> list[str]:
        """Return the roots of a radiculopathy placed nowhere, from the radiculopathy it narrows (``skos:broader``).

        Diabetic truncal radiculoneuropathy names no root; it is a thoracic radiculopathy, which the graph
        places at T2-T12 ("one or a few adjacent roots"): it is a lesion of one of those roots, which one the
        findings tell, scored at each in turn with an even share and its own findings.
        """
        anatomy = self.anatomy
        if "Radiculopathy" not in anatomy.types(condition) or any(
            anatomy.out(condition, predicate)
            for predicate in (RADIX.affectsRoot, RADIX.compressesRoot, RADIX.affectsNerve, RADIX.affectsStructure)
        ):
            return []
        broader = [node for node, _ in anatomy.out(condition, BROADER) if "Radiculopathy" in anatomy.types(node)]
        return sorted({root for node in broader for root, _ in anatomy.out(node, RADIX.affectsRoot)})

    def sensory_roots(self) -> list[str]:
        """Return every root the graph gives a dermatome: the roots with a dorsal root ganglion of their own."""
        anatomy = self.anatomy
        return sorted(
            node for node in anatomy.G if "NerveRoot" in anatomy.types(node) and anatomy.out(node, RADIX.hasDermatome)
        )

    def hypotheses(self, condition: str, roots: dict[str, float], of_root: dict[str, Hypothesis]) -> list[Hypothesis]:
        """Return one hypothesis per root for a cause of one root of several (:meth:`roots`).

        At root r the cause *is* r's radiculopathy with a known cause: it has the radiculopathy's findings
        (``of_root``) and its own (the larger probability where both state one), so a cause placed at a root
        explains that root's picture as well as the radiculopathy does, and its own findings ("worse on
        walking" for lateral recess stenosis) can only add to it.
        """
        whole = self.builder.hypothesis(condition) if roots else None
        variants = []
        own_findings_only = self.in_one_ganglion(condition) or bool(self.broader_roots(condition))
        for root, share in roots.items():
            assert whole is not None
            lesion = Lesion(roots=frozenset({root}), structures=whole.lesion.structures)
            radiculopathy = None if own_findings_only else of_root.get(root)
            explicit, lacks = merged_statements(whole, radiculopathy)
            pain = whole.pain_regions | (radiculopathy.pain_regions if radiculopathy else set())
            if own_findings_only:
                pain = set()  # its pain is in this root's dermatome, wherever the graph locates the condition's
            variants.append(
                Hypothesis(
                    iri=condition, label=whole.label, site=self.builder.site(condition, lesion), lesion=lesion,
                    reach=self.anatomy.reach(lesion), explicit=explicit, lacks=lacks,
                    aggravated=whole.aggravated, relieved=whole.relieved, pain_regions=pain,
                    red_flag=whole.red_flag, urgent=whole.urgent, at_root=root, share=share, required=whole.required,
                )
            )  # fmt: skip
        return variants
