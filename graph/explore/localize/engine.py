"""The localiser: read the findings, score every lesion, and answer at two levels with the evidence.

Built once per projection (vocabulary, reach, hypotheses); :meth:`Localizer.localize` answers in
memory. The answer, JSON-ready:

* ``sites``: lesion sites ranked by probability, each with its conditions (the hypotheses at it,
  then the causes the graph lists there) and the evidence for and against, as likelihood ratios;
* ``conditions``: every condition ranked by probability (``candidates`` is the same list, the name
  earlier versions used);
* ``multi_lesion``: two-site explanations that the findings favour over any single lesion, each as likely as
  the pairs of lesions scored at its two sites together (as a site is the sum of its lesions), with its likeliest
  pair;
* ``abstain`` / ``message``: "these findings don't localise" when no lesion of the graph explains
  them better than none: neither the best site nor the best condition (a lesion of one root of several,
  zoster at T4 or at T5, summed over its roots) is likelier than *none*, or than a disorder without a lesion (a
  functional disorder, by its positive signs) when no red flag is raised;
* ``observations`` (how each phrase was read), ``unresolved``, ``next_test``, ``red_flags``.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx

from graph.errors import RadixError
from graph.explore.localize import cause_evidence, imaged_causes
from graph.explore.localize.anatomy import Anatomy
from graph.explore.localize.both_sides import on_both_sides, one_row_per_condition
from graph.explore.localize.causes import causes_by_site, imaged_regions, syndromes_by_level, syndromes_of_causes
from graph.explore.localize.explain import Alternatives, is_none, likelihood_ratios, split_evidence
from graph.explore.localize.findings import Findings
from graph.explore.localize.frequency import word_probabilities
from graph.explore.localize.hypotheses import NO_LESION, Hypothesis, HypothesisBuilder, curie
from graph.explore.localize.model import Model, Scored
from graph.explore.localize.next_test import next_test
from graph.explore.localize.observation import Observation, Reading
from graph.explore.localize.parameters import LEAK
from graph.explore.localize.priors import (
    PRIORS,
    apply_incidence,
    apply_required,
    apply_shares,
    apply_two_roots,
    prevalences,
)
from graph.explore.localize.reader import NoteReader
from graph.explore.localize.red_flags import red_flags
from graph.explore.search import SearchIndex

ABSTAIN_MESSAGE = "these findings don't localise: no lesion the graph holds explains them better than none"
FUNCTIONAL_MESSAGE = (
    "these findings don't localise: their positive signs are those of a functional disorder (no finding raises a red"
    " flag, and no cauda equina, conus or cord syndrome is possible)"
)


def _covers(pair: Scored, single: Scored) -> bool:
    """Return True when the pair explains a present finding the single lesion leaves to the leak.

    "No single lesion explains the findings well": some finding present is at the leak under the best
    single lesion, and above it under the pair.
    """
    unexplained = [
        index
        for index, (observation, p) in enumerate(zip(single.observations, single.side_p, strict=True))
        if observation.present and p <= LEAK + 1e-9
    ]
    return bool(unexplained) and all(pair.side_p[index] > 2 * LEAK for index in unexplained)


def _likeliest_first(s: Scored) -> tuple[float, bool]:
    """Sort key: the likelier first; at a tie a lesion before a cause carrying its picture (``known_cause.py``).

    A cause at its site ties with the lesion it makes when the note says nothing of the cause: the lesion is then
    named first ("S1 root: S1 radiculopathy", not "L5-S1 disc herniation" on no MRI line).
    """
    return -s.posterior, any(h.carries for h in s.members)


def _pairs_by_sites(pairs: list[Scored]) -> list[tuple[float, list[Scored]]]:
    """Group the two-lesion explanations by their two sites, likeliest first: (summed posterior, pairs).

    A site's probability is the sum over the lesions at it (``_sites``); a two-site explanation is likewise
    the sum over the pairs of lesions scored at those two sites (the model pairs only its best single lesions,
    ``PAIR_CANDIDATES``, so the sum is over those). Ranked one by one, three stenoses or cauda equina lesions
    on a polyneuropathy had counted as three weak explanations.
    """
    groups: dict[frozenset[str], list[Scored]] = defaultdict(list)
    for pair in pairs:
        groups[frozenset(h.site.key for h in pair.members)].append(pair)
    ranked = []
    for members in groups.values():
        members.sort(key=_likeliest_first)
        ranked.append((sum(s.posterior for s in members), members))
    ranked.sort(key=lambda item: -item[0])
    return ranked


class Localizer:
    """Everything localisation needs from one projection, built once."""

    def __init__(
        self,
        G: nx.MultiDiGraph,
        index: SearchIndex,
        *,
        word_numbers: dict[str, float] | None = None,
        measurements: list[dict[str, Any]] | None = None,
        hpo_parents: dict[str, set[str]] | None = None,
    ) -> None:
        self.G = G
        self.anatomy = Anatomy(G)
        self.findings = Findings(self.anatomy)
        builder = HypothesisBuilder(self.anatomy, word_probabilities(word_numbers))
        self.hypotheses = builder.build()
        numbers = measurements or []
        twins, self.numbers_applied = on_both_sides(self.hypotheses, numbers)  # before the numbers weigh shares
        self.hypotheses += twins
        self.numbers_applied += apply_incidence(self.hypotheses, self.anatomy, numbers)
        for priors in PRIORS:
            self.numbers_applied += apply_shares(self.hypotheses, self.anatomy, numbers, priors=priors)
            self.numbers_applied += apply_two_roots(self.hypotheses, self.anatomy, numbers, priors=priors)
        # a two-root radiculopathy without its number has no prior: it is not scored (``two_roots.py``)
        self.hypotheses = [h for h in self.hypotheses if all(p > 0 for p in h.priors.values())]
        prevalence = prevalences(self.anatomy, numbers)
        self.numbers_applied += apply_required(self.hypotheses, prevalence)
        self.causes = causes_by_site(builder, self.hypotheses)
        self.syndromes = syndromes_of_causes(builder, self.hypotheses)
        self.syndromes_by_level = syndromes_by_level(builder, self.hypotheses)
        self.urgent = {curie(h.iri) for h in self.hypotheses if h.urgent}  # as red flags name them
        self.by_iri = {h.iri: h for h in self.hypotheses if not h.at_root and not h.at_roots and not h.both_sides}
        self.model = Model(self.hypotheses, self.findings, prevalence, (self.causes, self.by_iri))
        # the sites listing a scored cause, the only ones whose shares the findings can move (``cause_evidence``)
        self.weighable = {key for key, listed in self.causes.items() if any(c in self.by_iri for c, _ in listed)}
        # the causes an imaging line may name (``imaged_causes``): those of the cord and cauda equina sites, weighed
        # there only; and those of the cord sites alone, which a named cause is a red flag at (a disc compressing the
        # thoracic cord)
        kinds = {h.site.key: h.site.kind for h in self.hypotheses}
        self.listed = {key: frozenset(c for c, _ in listed) for key, listed in self.causes.items()}
        self.imaging_sites = frozenset(key for key in self.listed if kinds.get(key) in ("cord", "cauda equina"))
        self.imageable = imaged_causes.disc_regions(
            frozenset().union(*(self.listed[key] for key in self.imaging_sites)), self.anatomy
        )
        self.cord_causes = frozenset().union(*(c for key, c in self.listed.items() if kinds.get(key) == "cord"))
        self.reader = NoteReader(self.anatomy, self.findings, index, hpo_parents)

    def read(self, phrases: list[str], excluded: list[str] | None = None) -> Reading:
        """Read phrases (and excluded features) into observations."""
        return self.reader.read_all(phrases, excluded)

    def localize(self, reading: Reading, *, limit: int = 10, priors: str = "uniform") -> dict[str, Any]:
        """Return the JSON-ready answer for what was read (see the module docstring), under the named priors."""
        if priors not in PRIORS:
            raise RadixError(f"priors must be one of {', '.join(PRIORS)}, not {priors!r}")
        scored = self.model.score(reading.observations, priors)
        singles = [s for s in scored if len(s.members) == 1]
        distinct = singles[0].observations if singles else reading.observations  # each read once, as the model counts
        # a site's own lesion (its likeliest), against which the causes listed there are weighed
        syndrome = {}
        for s in sorted(singles, key=_likeliest_first, reverse=True):  # the likeliest last; a carrier, its lesion
            h = s.members[0]
            syndrome[h.site.key] = self.by_iri.get(h.carries, h) if h.carries else h
        scanned = imaged_causes.said_clauses(distinct)  # what each spinal imaging line says, read once
        named = imaged_causes.named_in(scanned, self.imageable)  # the causes an imaging line names
        imaged = (  # per cord or cauda equina site, when a scan names anything at all
            {key: imaged_causes.site_ratios(named, self.listed[key], self.imageable) for key in self.imaging_sites}
            if named
            else {}
        )
        causes = {
            key: cause_evidence.weigh(self.model, listed, self.by_iri, distinct, syndrome[key], imaged.get(key))
            if key in syndrome and (key in self.weighable or (key in self.imaging_sites and named & self.listed[key]))
            else [(cause, share, False) for cause, share in listed]
            for key, listed in self.causes.items()
        }  # fmt: skip
        pairs = [s for s in scored if len(s.members) == 2]
        none = next(s for s in scored if is_none(s))
        alternatives = Alternatives(scored)
        sites = self._sites(singles, scored, alternatives, limit, causes)
        conditions = self._conditions(sites)
        lesions = [site for site in sites if site["kind"] != NO_LESION]
        best_site = lesions[0]["probability"] if lesions else 0.0
        by_condition: dict[str, float] = defaultdict(float)
        for s in singles:  # a lesion of one root of several, over its roots: zoster at T4 or at T5 is one explanation
            if s.members[0].site.kind != NO_LESION:
                by_condition[s.members[0].iri] += s.posterior
        flags = red_flags(
            self.findings,
            self.hypotheses,
            [s for s in scored if not is_none(s)],
            reading.observations,
            causes=self._urgent_causes(singles, pairs, reading.observations, causes),
            imaged=named & self.cord_causes,
            seen=imaged_causes.raised_in(scanned),  # a red-flag condition a scan shows, wherever the lesion is
        )
        # no lesion the graph holds, or a disorder without one leading (a functional disorder, by its positive signs):
        # these findings don't localise. Summed with *none*, the functional disorder's share of the prior tipped sparse
        # pictures that named none of its signs into abstaining (ten development cases, four of them right before); and
        # it is no answer while a red flag stands (functional and organic disease go together: the review of stop 28):
        # one a finding raised, or an urgent syndrome (cauda equina, conus, cord) possible on the findings
        standing = [f for f in flags if f["raised_by"] or f["id"] in self.urgent]
        functional = 0.0 if standing else max((s["probability"] for s in sites if s["kind"] == NO_LESION), default=0.0)
        best_lesion = max(best_site, max(by_condition.values(), default=0.0))
        abstain = max(none.posterior, functional) >= best_lesion
        message = None
        if abstain:
            message = FUNCTIONAL_MESSAGE if functional > none.posterior else ABSTAIN_MESSAGE
        best_single = max(singles, key=lambda s: s.posterior)
        best_pairs = [
            (mass, members)
            for mass, members in _pairs_by_sites(pairs)
            if mass > best_site or _covers(members[0], best_single)
        ][:3]
        observed = {f for o in reading.observations for f in o.findings}
        return {
            "priors": priors,
            "abstain": abstain,
            "message": message,
            "none_probability": round(none.posterior, 4),
            "sites": sites[:limit],
            "conditions": conditions[:limit],
            "candidates": conditions[:limit],
            "multi_lesion": [self._pair(members, mass, alternatives) for mass, members in best_pairs],
            "observations": [o.as_dict(self.G) for o in reading.observations],
            "unresolved": reading.unresolved,
            "next_test": next_test(self.model, singles, observed),
            "red_flags": flags,
        }

    def _urgent_causes(
        self,
        singles: list[Scored],
        pairs: list[Scored],
        observations: list[Observation],
        causes: dict[str, list[tuple[str, float, bool]]],
    ) -> dict[str, float]:
        """Return P(cause) of every cause listed at a cord or cauda equina site: the site's probability times its share.

        A metastasis, an abscess or a haematoma compressing the thoracic cord is as urgent as the cord lesion it
        makes; ``red_flags`` lists the red-flag ones among them by this probability. The urgent syndrome a lesion at
        such a site causes is added the same way: P(lesion) times P(syndrome | lesion). A lesion at no level (an
        epidural abscess in the spinal canal) adds it for the syndrome of the region an imaging line places it in
        (``causes.syndromes_by_level``). A lesion's probability there is every explanation's it is part of, alone or
        in a pair, as for its own red flag (until stop 32 its single's only: an epidural abscess at 48 % over its
        pairs but 3 % alone raised the cauda equina syndrome at 3 % times its share, and sealed 37's Q37-057 lost
        that flag when Guillain-Barré syndrome took a few points).
        """
        mass: dict[str, float] = defaultdict(float)
        for s in singles:  # a site naming a covering is its structure's here: the leptomeninges of the cauda equina
            if s.members[0].site.kind in ("cord", "cauda equina"):  # are the cauda equina, and its threats are urgent
                mass[s.members[0].site.covered_key] += s.posterior
        found: dict[str, float] = defaultdict(float)
        for key, site_mass in mass.items():
            for cause, share, _ in causes.get(key, []):
                found[cause] += site_mass * share
        part_of: dict[str, float] = defaultdict(float)
        lesion_of: dict[str, Hypothesis] = {}
        for s in (*singles, *pairs):
            for member in s.members:
                part_of[member.key] += s.posterior
                lesion_of[member.key] = member
        for key, p_lesion in part_of.items():  # and the urgent syndrome a lesion there causes (``syndromes_of_causes``)
            for syndrome, p in self.syndromes.get(key, []):
                found[syndrome] += p_lesion * p
        for key, p_lesion in part_of.items():  # a lesion at no level (the spinal canal): the syndrome of its region
            made = self.syndromes_by_level.get(key, [])
            regions = imaged_regions(self.anatomy, observations, lesion_of[key].site) if made else set()
            for syndrome, p, region in made:
                if region in regions:
                    found[syndrome] += p_lesion * p
        return dict(found)

    def _sites(
        self,
        singles: list[Scored],
        scored: list[Scored],
        alternatives: Alternatives,
        limit: int,
        causes: dict[str, list[tuple[str, float, bool]]],
    ) -> list[dict[str, Any]]:
        by_site: dict[str, list[Scored]] = defaultdict(list)
        for s in singles:
            by_site[s.members[0].site.key].append(s)
        total = 1.0  # site probabilities share the one distribution with the two-lesion explanations and none
        answer = []
        ranked = sorted(by_site.items(), key=lambda item: -sum(s.posterior for s in item[1]))[:limit]
        for rank, (_, members) in enumerate(ranked):
            members.sort(key=_likeliest_first)
            mass = sum(s.posterior for s in members)
            site = members[0].members[0].site
            explained = rank < limit
            rows = likelihood_ratios(members[0], alternatives, members) if explained else []
            supporting, against = split_evidence(rows)
            conditions = [
                {
                    "id": curie(s.members[0].iri),
                    "label": s.members[0].label,
                    "probability": round(s.posterior, 4),
                    "role": "site" if s.members[0].anatomical else "lesion",
                    **({"at_root": True} if s.members[0].at_root else {}),
                    **({"carries": curie(s.members[0].carries)} if s.members[0].carries else {}),
                    **(
                        {"radiculopathy": True}
                        if "Radiculopathy" in self.G.nodes[s.members[0].iri].get("types", ())
                        else {}
                    ),
                }
                for s in members
            ]
            conditions = one_row_per_condition(conditions, members)
            conditions += [
                {"id": curie(cause), "label": self.G.nodes[cause]["label"], "probability": round(mass * share, 4),
                 "role": "cause", **({"leads": True} if leads else {})}
                for cause, share, leads in causes.get(site.key, [])
            ]  # fmt: skip
            answer.append(
                {
                    **site.as_dict(),
                    "probability": round(mass / total if total else 0.0, 4),
                    "conditions": conditions,
                    "supporting": supporting,
                    "against": against,
                }
            )
        return answer

    def _conditions(self, sites: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Return the likeliest condition of each site in the sites' order, then every other one by probability.

        Within a site the scored lesions come before the causes listed there: a cause's figure is the site's
        probability times its share among the site's causes (what compresses the root, what produces the
        syndrome), not a rival of the lesion, and it once put "spinal tumour" (0.72) above the cauda equina
        syndrome it causes (0.68). Causes keep their rows, after the lesions.

        The first condition is the likeliest one at the likeliest site ("S1 root: S1 radiculopathy"), not a
        condition of a less likely site that shares its site with no other (priors are uniform over sites,
        so a crowded site's conditions are each less probable); the next ones name the next sites. A
        condition at several sites (a cause at L5 or at S1) has one row, at its best site, its sites listed.
        When a site's likeliest condition is a cause placed at that root (``one_root.py``), the root's own
        lesion (its radiculopathy) follows it: the two name one lesion, by its cause and by its syndrome. A listed
        cause marked ``leads`` (``cause_evidence.weigh``: the note speaks for it, stop 32) comes before its site's
        lesions the same way, the syndrome after it ("thoracic cord: spinal malignancy, thoracic myelopathy").
        """
        merged: dict[str, dict[str, Any]] = {}
        leading: list[str] = []
        for rank, site in enumerate(sites, start=1):
            rows = [c for c in site["conditions"] if c["role"] != "site"]  # a lesion known by anatomy is a site
            rows.sort(
                key=lambda c: (not c.get("leads"), c["role"] != "lesion", -c["probability"], "carries" in c, c["label"])
            )
            for condition in rows:
                evidence = site if condition["role"] == "lesion" else {"supporting": [], "against": []}
                row = merged.setdefault(
                    condition["id"],
                    {
                        **condition,
                        "score": condition["probability"],
                        "site": site["id"],
                        "site_label": site["label"],
                        "site_rank": rank,
                        "supporting": evidence["supporting"],
                        "against": evidence["against"],
                        "sites": [],
                    },
                )
                row["sites"].append({"id": site["id"], "label": site["label"], "probability": condition["probability"]})
            if rows and rows[0]["id"] not in leading:
                leading.append(rows[0]["id"])
                own = None
                if rows[0].get("at_root"):  # "lateral recess stenosis at L5" is L5's radiculopathy with its cause
                    own = next((c for c in rows if c.get("radiculopathy") and not c.get("at_root")), None)
                elif rows[0].get("carries"):  # "L4-L5 disc herniation" is the L5 radiculopathy it makes
                    own = next((c for c in rows if c["id"] == rows[0]["carries"]), None)
                elif rows[0].get("leads"):  # "thoracic cord: metastatic compression", then the thoracic myelopathy
                    own = next((c for c in rows if c["role"] == "lesion"), None)
                if own is not None and own["id"] not in leading:
                    leading.append(own["id"])
        rest = sorted(
            (row for key, row in merged.items() if key not in leading),
            key=lambda row: (-row["probability"], row["role"] != "lesion", row["label"]),
        )
        return [merged[key] for key in leading] + rest

    def _pair(self, members: list[Scored], mass: float, alternatives: Alternatives) -> dict[str, Any]:
        """Return one two-site explanation: its probability, its likeliest pair of conditions and their evidence.

        The probability is over the pairs of lesions scored at those two sites (:func:`_pairs_by_sites`).
        """
        pair = members[0]
        first, second = pair.members
        return {
            "probability": round(mass, 4),
            "sites": [first.site.as_dict(), second.site.as_dict()],
            "conditions": [{"id": curie(h.iri), "label": h.label} for h in pair.members],
            "condition_probability": round(pair.posterior, 4),
            "evidence": likelihood_ratios(pair, alternatives),
        }
