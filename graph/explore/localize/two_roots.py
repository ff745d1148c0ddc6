"""Lesions of two adjacent roots at once: one or two neighbouring levels compressing two neighbouring roots.

A radiculopathy of two adjacent roots (``radix:TwoRootRadiculopathy``: a disc herniation with a paracentral
and a foraminal part, degenerative narrowing of the lateral recess and the foramen at one level) is one
lesion, not two independent ones: as a pair of independent lesions (``model.Model``'s pairs) it had the
product of two root priors and the second-lesion prior, and an L5 and S1 picture went to the sciatic nerve or
the sacral plexus, which reach both roots' muscles at a single lesion's prior.

Which roots are adjacent, the graph says: two roots are neighbours when their segments follow one another
(``radix:segmentIndex``, the projection's node ``segment``). In the lumbar spine they are the root leaving the
canal at a disc level and the root crossing that level on its way down (L4 and L5 at L4-L5, L5 and S1 at
L5-S1), which one disc lesion can compress together; in the neck, the roots leaving at two neighbouring levels
(C6 at C5-C6, C7 at C6-C7), which spondylosis of both spaces compresses together. A two-root radiculopathy
narrows a radiculopathy grouping (``skos:broader``: lumbosacral or cervical radiculopathy) and names the roots
it pairs (``affectsRoot``); each adjacent pair of them is one hypothesis, with the findings of both roots'
radiculopathies (the larger probability where both state one) and what both reach. Its prior comes from a
number (``priors.apply_two_roots``): without one, no two-root hypothesis is scored.

A scored cause the graph names for a two-root radiculopathy (``causes``: lateral recess or foraminal stenosis;
Bartynski 2010 also names disc protrusion) is, at each pair, the pair's lesion with its cause known, as a cause placed
at one root of several is that root's radiculopathy (``one_root.py``): the pair's findings and its own, its own
modifiers. The pair's prior is divided between the pair of unstated cause and each cause as the pair's roots divide
theirs (``priors.apply_two_roots``). Until stop 47 the pair was one hypothesis with the one-root radiculopathies'
modifiers, which their sources give for a disc herniation: a two-root stenosis, worse standing and eased by sitting,
was denied there and went to lumbar canal stenosis.

Until stop 27 adjacency was read from ``exitsAtLevel`` and ``traversesLevel`` (the lumbar anatomy); cervical
roots cross no disc before they leave, so the neighbour rule replaced it, giving the same lumbar pairs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from graph.explore.localize.anatomy import Lesion
from graph.explore.localize.known_cause import merged_statements
from graph.explore.localize.lesion import Hypothesis, Site
from graph.explore.related import BROADER
from graph.namespaces import RADIX

if TYPE_CHECKING:
    from graph.explore.localize.hypotheses import HypothesisBuilder

TWO_ROOT_TYPE = "TwoRootRadiculopathy"
"""The graph's class of a radiculopathy of two adjacent roots at once."""


class TwoAdjacentRoots:
    """Builds the hypotheses of each two-root radiculopathy of the graph, one per adjacent pair of its roots."""

    def __init__(self, builder: HypothesisBuilder) -> None:
        self.builder = builder
        self.anatomy = builder.anatomy

    def conditions(self) -> list[str]:
        """Return the graph's two-root radiculopathies, sorted."""
        return sorted(c for c in self.builder.conditions() if TWO_ROOT_TYPE in self.anatomy.types(c))

    def grouping(self, condition: str) -> str | None:
        """Return the radiculopathy grouping a two-root radiculopathy narrows (its roots' radiculopathies), if one."""
        return next(
            (node for node, _ in self.anatomy.out(condition, BROADER) if "Radiculopathy" in self.anatomy.types(node)),
            None,
        )

    def pairs(self, roots: set[str]) -> list[tuple[str, str]]:
        """Return the adjacent pairs among ``roots``, upper root first: roots whose segments follow one another."""
        nodes = self.anatomy.G.nodes
        by_segment = {nodes[root]["segment"]: root for root in roots if nodes[root].get("segment") is not None}
        return sorted(
            (upper, by_segment[segment + 1]) for segment, upper in by_segment.items() if segment + 1 in by_segment
        )

    def hypotheses(self, of_root: dict[str, Hypothesis]) -> list[Hypothesis]:
        """Return the hypotheses of each two-root radiculopathy at each adjacent pair of roots (priors still 0).

        ``of_root`` maps a root to its one-root radiculopathy. The roots a two-root radiculopathy may pair are
        those it names (``affectsRoot``: L4, L5 and S1, the pairs its sources name) whose radiculopathy narrows the
        same grouping (all of the grouping's when it names none); a pair's findings are both radiculopathies' (the
        larger probability where both state one), what either typically lacks unless the other states it, and
        both pain territories. At each pair: the pair of unstated cause, and each of its scored causes that
        compresses both roots (:meth:`compressed`).
        """
        built = []
        for condition in self.conditions():
            grouping = self.grouping(condition)
            if grouping is None:
                continue
            own = {root for root, _ in self.anatomy.out(condition, RADIX.affectsRoot)}
            roots = {
                root
                for root, h in of_root.items()
                if (root in own or not own) and any(node == grouping for node, _ in self.anatomy.out(h.iri, BROADER))
            }
            label = str(self.anatomy.G.nodes[condition]["label"])
            causes = [(self.builder.hypothesis(cause), self.compressed(cause)) for cause in self.causes(condition)]
            for upper, lower in self.pairs(roots):
                pair = self._hypothesis(condition, label, (of_root[upper], of_root[lower]))
                at_both = [cause for cause, compressed in causes if {upper, lower} <= compressed]
                built += [pair, *(self._with_cause(pair, cause) for cause in at_both)]
        return built

    def compressed(self, cause: str) -> set[str]:
        """Return the roots a cause compresses by statements that are not a contested minority view.

        Lateral recess stenosis compresses the crossing root (L5 at L4-L5, S1 at L5-S1), foraminal stenosis the
        leaving one (L4, L5); the seed's "foraminal narrowing compresses S1" is a disputed variant. A cause of two
        roots is then one of two adjacent levels (foraminal at L4-L5 and L5-S1: L4 and L5), not a lesion reaching a
        root it never compresses (the reviews of stop 47 found lateral recess stenosis scored at L4 and L5).
        """
        return {
            root
            for root, data in self.anatomy.out(cause, RADIX.compressesRoot)
            if data.get("consensus") or not data.get("contested")
        }

    def causes(self, condition: str) -> list[str]:
        """Return the causes the graph names for a two-root radiculopathy (``causes``) that are scored, sorted.

        A cause with no findings of its own (a disc protrusion) is listed under the sites it compresses, not scored
        (``hypotheses.py``); at a pair it is the pair of unstated cause, whose modifiers are already the disc's.
        """
        named = (cause for cause, _ in self.anatomy.into(condition, RADIX.causes))
        return sorted(cause for cause in named if self.builder.is_hypothesis(cause))

    def _with_cause(self, pair: Hypothesis, cause: Hypothesis) -> Hypothesis:
        """Return the pair's lesion with a known cause: the pair's findings and the cause's own, the cause's modifiers.

        As a cause placed at one root of several is that root's radiculopathy with its cause known (``one_root.py``),
        a cause of the two-root radiculopathy at a pair is the pair's lesion with its cause known: it states what the
        pair states and what the cause states (the larger probability where both state one), and what aggravates or
        relieves it is the cause's own. The pair of unstated cause keeps the one-root radiculopathies' modifiers,
        which their sources give for a disc herniation ("worse sitting"); a foraminal or lateral recess stenosis of
        two roots is worse standing and eased by sitting, which that pair denied (stop 47).
        """
        explicit, lacks = merged_statements(cause, pair)
        lesion = Lesion(roots=pair.lesion.roots, structures=cause.lesion.structures)  # the lateral recess, as at a root
        return Hypothesis(
            iri=cause.iri, label=f"{cause.label} ({pair.site.label})", site=pair.site, lesion=lesion,
            reach=self.anatomy.reach(lesion), explicit=explicit, lacks=lacks, aggravated=cause.aggravated,
            relieved=cause.relieved, pain_regions=pair.pain_regions | cause.pain_regions, at_roots=pair.at_roots,
            parts=pair.parts, carries=pair.iri, red_flag=cause.red_flag, urgent=cause.urgent, required=cause.required,
        )  # fmt: skip

    def _hypothesis(self, condition: str, label: str, radiculopathies: tuple[Hypothesis, Hypothesis]) -> Hypothesis:
        roots = tuple(h.site.anatomy[0] for h in radiculopathies)
        lesion = Lesion(roots=frozenset(roots))
        explicit: dict[str, tuple[float, str]] = {}
        aggravated: dict[str, float] = {}
        relieved: dict[str, float] = {}
        for h in radiculopathies:
            for finding, stated in h.explicit.items():
                if finding not in explicit or stated[0] > explicit[finding][0]:
                    explicit[finding] = stated
            for mine, theirs in ((aggravated, h.aggravated), (relieved, h.relieved)):
                for activity, p in theirs.items():
                    mine[activity] = max(mine.get(activity, 0.0), p)
        names = " + ".join(h.site.label for h in radiculopathies)
        site = Site("+".join(h.site.key for h in radiculopathies), names, "roots", roots)
        return Hypothesis(
            iri=condition, label=f"{label} ({names})", site=site, lesion=lesion, reach=self.anatomy.reach(lesion),
            explicit=explicit, lacks=set().union(*(h.lacks for h in radiculopathies)) - set(explicit),
            aggravated=aggravated, relieved=relieved,
            pain_regions=set().union(*(h.pain_regions for h in radiculopathies)), at_roots=roots,
            parts=radiculopathies,
        )  # fmt: skip
