"""The diagnostic network: P(observation | lesion) from the graph, and the posterior over lesions.

For a hypothesis ``h`` and a present finding ``f``, P(f | h) is (``parameters.py`` names every
number):

1. the graph's own statement: ``h hasFinding f`` (or a finding broader or narrower than ``f``),
   through its frequency word; ``h typicallyLacksFinding f``: the very-rare bin;
2. else anatomy: when ``f`` concerns a muscle, movement, reflex or skin region, the share of the
   deficit kind's sensitivity (:data:`REACHED`) that the lesion's reach gives it, or the leak when
   the lesion cannot reach it (pain outside the territory: :data:`PAIN_OUTSIDE`); a lesion of the brain or of the
   cord's tracts reaches a weakness through the segments of the weakness it states (``central_reach.py``, stop 51);
3. else a test result the graph holds as an entity: its test's sensitivity when ``h`` involves what it
   ``implicates``, else the leak (or an incidental imaging finding);
4. else a finding with no anatomy that the graph does not state for ``h``: a sign, found on examination or by a test
   (a vesicular rash, erythema migrans, Horner syndrome, fever, a raised CK), the leak, as a finding with anatomy but
   no deficit kind (an effusion, retention) already took, since a curator lists the signs a lesion gives and an
   unlisted one is another lesion's (stop 57: a dermatomal vesicular rash had been "occasional" in a disc
   radiculopathy, so zoster at a root it weakens stayed behind the radiculopathy); but a sign naming a deficit kind
   (a hemiparesis, a sensory level: its label's kind, ``FindingFacts.deficit``) keeps the open-world rate for a
   lesion giving deficits of that kind, and a cord or cauda equina syndrome takes the rates of the causes listed at
   its site that cause it (``_through_causes``: an abscess's fever); a sign of illness anywhere (fever, a raised ESR,
   CRP or CK: :data:`SYSTEMIC`) keeps the open-world rate for any other lesion, as it does for *none* (stop 58: one
   nerve with a raised ESR went to the vasculitic lesion that states it); a symptom or a history item (worse on
   standing, weight loss): :data:`UNSTATED`, the open-world rate. The forms were compared on development cases only
   (docs/localisation.md, stops 57 and 58).

A polyradiculopathy at no stated level ("several roots") reaches a two-sided limb deficit at any level in a note
showing its widespread pattern (``_at_any_level``, stop 38). Each observation's terms for every hypothesis are kept
across requests (``columns``): a term depends on the hypothesis and the observation alone. Since stop 40 the terms are
summed for all hypotheses at once, as arrays (``likelihood.py``), with the same additions in the same order.

One piece despite the size guide: every term above is read from the same caches and feeds the one
posterior; split apart, each module would need the others' hypotheses, findings and caches.

Stated and anatomical probabilities are combined with the leak as a noisy-OR,
``1 - (1 - p)(1 - leak)``. An absent (normal) finding has likelihood ``1 - P(f | h)``. The
findings are conditionally independent given the lesion (naive Bayes); an observation read twice
counts once. A one-sided lesion is marginalised over its side (half left, half right): a finding on
the other side, or on both sides, has only the leak.

The posterior is over the single-lesion hypotheses, the pairs of those at the best sites (two lesions whose
findings combine as a noisy-OR, prior the product of the parts') and *none* (no lesion the graph
holds: every finding from the leak or unstated); when *none* is at least as probable as the best
site, the answer abstains.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from graph.explore.localize.anatomy import LIMBS
from graph.explore.localize.central_reach import LOWER_MOTOR_NEURON_WORDS, NOT_REACHED, CentralReach
from graph.explore.localize.findings import OBJECTIVE_SENSORY_LOSS, Findings
from graph.explore.localize.hypotheses import INTRASPINAL_KINDS, ROOT_KINDS, SEVERAL_ROOTS, Hypothesis
from graph.explore.localize.imaged_levels import levels_probability, root_levels
from graph.explore.localize.lesion import Reach, local_name
from graph.explore.localize.likelihood import LikelierTerm, Matrix, TermRow, of_pairs, on_sides
from graph.explore.localize.observation import Observation
from graph.explore.localize.parameters import (
    ELECTRODIAGNOSTIC_SENSITIVITY,
    IMAGING_INCIDENTAL,
    IMAGING_SENSITIVITY,
    LACKED,
    LEAK,
    NONE_PRIOR,
    OTHER_SIDE_UNWRITTEN,
    PAIN_OUTSIDE,
    PAIR_CANDIDATES,
    PLACE_SHARE,
    PLEXUS_SHARE,
    REACHED,
    SECOND_LESION,
    SECOND_LESION_CONDITION,
    UNSTATED,
)
from graph.explore.localize.parsimony import NO_SILENCE, Heard, Parsimony, Silence
from graph.explore.related import BROADER
from graph.namespaces import BASE, RADIX

SNAPS_REDUCED = BASE + "sensory_nerve_action_potentials_reduced"
"""The graph's reduced sensory potentials: a condition that typically lacks them spares the SNAPs."""
SENSORY_LOSS_WORDS = re.compile(r"\b(?:numb|sensory loss|hypoaesthes|hypoesthes|anaesthes|anesthes)")
"""The words of a finding's label that name a sensory deficit (the graph's "numbness or tingling of …" rows)."""
REDUCED_SNAP = "reduced or absent"
"""How the graph's labels of a nerve's reduced sensory potential begin ("reduced or absent sural SNAP")."""

UMN_WORDS = re.compile(r"\b(?:brisk|hyperreflex|clonus|babinski|extensor plantar|hoffmann|upper motor|spastic)")
"""Words of a finding's label that make it an upper motor neuron sign."""

SYSTEMIC = re.compile(r"\b(?:fever|raised|elevated|falling|sweat|pyrexia)")
"""Words of a sign of illness anywhere in the body (a laboratory value, fever, sweating), which *none* keeps at the
open-world rate; a CSF result is the nervous system's own (``_local_sign``)."""

LOG_SECOND = math.log(SECOND_LESION)
HALF = math.log(0.5)

NONE = "none"
"""The key of the hypothesis that no lesion of the graph explains the findings."""

SIDES = ("left", "right")
ANY_LEVEL_KINDS = ("weakness", "reflex", "sensory")
"""The deficits a polyradiculopathy at unstated levels gives wherever its widespread findings say (``_any_level_term``);
pain keeps the regions the graph states for it."""
WIDESPREAD = re.compile(r"\b(?:all four limbs|generali[sz]ed)\b")
"""Words naming a finding of every limb ("absent or reduced reflexes in all four limbs"), for ``_widespread``."""
SUPERFICIAL_REFLEXES = frozenset(BASE + name for name in ("plantar_reflex", "anal_reflex", "bulbocavernosus_reflex"))
"""Reflexes that are no tendon reflexes: areflexia in all four limbs says nothing of them (``_at_any_level``)."""
KEPT_COLUMNS = 512
"""How many observations' columns of terms ``Model.columns`` keeps (a bound on memory, about 27 KiB a column, not a
parameter of the model)."""
PLACE_LESION = re.compile(r"\b(?:cyst|ganglion|mass|lipoma|tumou?r|schwannoma|haematoma|hematoma|aneurysm|fracture)\b")
"""Words of a lesion an image shows at a nerve's place (``Model._at_the_place``)."""
UNSIDED = frozenset({"modifier", "imaging"})
"""Kinds of observation whose side is no deficit's: what provokes a symptom (read with no side) and an image, unless
it shows compression on both sides (:data:`COMPRESSING`)."""
COMPRESSING = re.compile(r"\b(?:compress\w*|imping\w*|effac\w*|displac\w*|cauda equina|central|massive)\b")
"""Words of an image that shows the canal or roots compressed, not only a structure ("bilateral compression of the S1
roots", "massive central extrusion"): on both sides it is a two-sided lesion's sign (the clinical review of stop 41:
an incomplete cauda equina syndrome shows on one leg and the saddle first)."""


@dataclass(frozen=True)
class Term:
    """P(observation present | hypothesis) and why, in words."""

    p: float
    why: str


@dataclass(eq=False)
class Scored:
    """A hypothesis (or a pair, or none) with its log-likelihood, posterior and per-observation terms."""

    key: str
    members: tuple[Hypothesis, ...]
    log_prior: float
    log_likelihood: float = 0.0
    posterior: float = 0.0
    observations: list[Observation] = field(default_factory=list)
    values: list[float] = field(default_factory=list)
    """The likelihood of what was observed, per observation (on the lesion's likelier side)."""
    base_terms: Sequence[Term] = field(default_factory=list)
    """P(observation present | hypothesis), before sides (for pairs, and for the words of explanations)."""
    side: str = ""
    side_penalty: float = 0.0
    """log P(the findings' sidedness | this lesion): log ½ for a lesion on one (unknown) side of two."""
    side_p: list[float] = field(default_factory=list)
    """P(observation present | hypothesis) on the lesion's likelier side (for pairs)."""
    silence: Silence = NO_SILENCE
    """The parsimony term: the lesion's units the note says nothing of (``parsimony.py``), in the log-likelihood."""


@dataclass
class _Request:
    """One request's observations and what is found of them once for every hypothesis (``Model._request``)."""

    observations: list[Observation]
    present: list[bool]
    sided: bool
    """Some finding has a side."""
    one_side_only: bool
    """The findings show one side only: nothing two-sided, nothing of the other side."""
    priors: str
    observed: set[str]
    heard: dict[str, Heard]
    leaked: dict[str, list[bool]]
    """Per side of a one-sided lesion, whether each observation meets it only by the leak."""


def noisy_or(p: float) -> float:
    """Combine a stated or anatomical probability with the leak: 1 - (1 - p)(1 - leak)."""
    return 1.0 - (1.0 - p) * (1.0 - LEAK)


class Model:
    """Scores hypotheses against observations; caches P(finding | hypothesis) across requests."""

    def __init__(
        self,
        hypotheses: list[Hypothesis],
        findings: Findings,
        prevalence: dict[str, float] | None = None,
        listed_causes: tuple[Mapping[str, list[tuple[str, float]]], Mapping[str, Hypothesis]] | None = None,
    ) -> None:
        self.hypotheses = hypotheses
        self._listed, self._scored = listed_causes or ({}, {})
        """The causes listed at each site with their shares (``causes.causes_by_site``), and the scored ones by iri: a
        cord or cauda equina syndrome gives the signs its scored causes state, in their shares (``_through_causes``)."""
        self._caused: dict[str, frozenset[str]] = {}
        """What each cause causes (``_effects``), kept as the terms are."""
        self._local: dict[str, bool] = {}
        """Whether each finding is a local sign (``_local_sign``): *none*'s terms are worked out on every request."""
        self.findings = findings
        self.prevalence = prevalence or {}  # a risk factor's P under a condition the graph does not tie it to
        self.G = findings.anatomy.G
        self._cache: dict[tuple[str, str], Term] = {}
        self._columns: dict[Observation, tuple[Term, ...]] = {}
        self._finding_columns: dict[str, tuple[Term, ...]] = {}
        """Each finding's term for every hypothesis in order (``_finding_column``), kept as ``_cache`` is."""
        self._probabilities: dict[Observation, np.ndarray] = {}
        """Each kept column's probabilities as an array (``matrix``)."""
        self._log_prior_rows: dict[str, list[float]] = {}
        """Each set of priors' log prior of every hypothesis, in order (``_log_priors``)."""
        self._widespread_found: dict[str, tuple[frozenset[str], dict[str, tuple[float, str, str]]]] = {}
        """Per observation, its term for every hypothesis in order (``columns``): notes repeat their findings."""
        self._two_sided: dict[str, list[tuple[str, float]]] = {}
        """Per two-sided hypothesis, its stated two-sided findings and their probabilities (``one_side_share``)."""
        self._implicates: dict[tuple[str, str], frozenset[str]] = {}
        self._stated_anatomy: dict[str, dict[tuple[str, str, str], tuple[float, str, str]]] = {}
        self.parsimony = Parsimony(findings.anatomy, findings)
        self.central = CentralReach(findings.anatomy, findings)

    # ---- P(finding | hypothesis) ---------------------------------------------------------------

    @property
    def kept_finding_terms(self) -> dict[tuple[str, str], Term]:
        """The finding terms found so far, by (hypothesis key, finding): read, never written, by callers in a loop."""
        return self._cache

    def finding_term(self, h: Hypothesis, finding: str) -> Term:
        """Return P(finding present | h), from the graph's statements, then anatomy, then the open world."""
        key = (h.key, finding)
        if key not in self._cache:
            self._cache[key] = self._finding_term(h, finding)
        return self._cache[key]

    def _finding_term(self, h: Hypothesis, finding: str) -> Term:
        kin = self.findings.kin(finding)
        label = self.G.nodes[finding]["label"]
        stated = [(h.explicit[k], k) for k in kin if k in h.explicit]
        facts = self.findings.facts.get(finding)
        anatomical = None
        if facts is not None and facts.anatomy and facts.kind and not (facts.bilateral and not h.lesion.bilateral):
            # a deficit of a kind (weakness, sensory, reflex, pain) at its anatomy; a sign of no kind (tenderness,
            # crepitus, an effusion of the knee) is no deficit a lesion reaching that skin gives
            anatomical = self._anatomy_term(h, facts.kind, facts.anatomy, label, named=True)
        if stated:
            (p, word), own = max(stated)
            named = "" if own == finding else f" (as {self.G.nodes[own]['label']})"
            term = Term(noisy_or(p), f"{label}{named}: {word} in {h.label}")
            # the condition's own statement is more specific than the anatomy's generic sensitivity
            return term
        if kin & h.lacks or (OBJECTIVE_SENSORY_LOSS in h.lacks and SENSORY_LOSS_WORDS.search(label.lower())):
            return Term(LACKED, f"{label}: typically absent in {h.label}")
        if UMN_WORDS.search(label.lower()):
            return self._umn_term(h)  # an upper motor neuron sign the graph does not state for h
        implicated = self._implicated_by(finding)
        if implicated:
            return self._result_term(h, finding, implicated, label)
        if finding in self.prevalence:  # a risk factor is as common as in the population
            return Term(self.prevalence[finding], f"{label}: as common as in the population for {h.label}")
        if (
            facts is not None
            and facts.sign
            and not facts.anatomy
            and not (facts.deficit and self._gives_kind(h, facts.deficit))
        ):
            if SYSTEMIC.search(label.lower()) and not (h.urgent and h.site.key in self._listed):  # a sign of illness
                # anywhere is any patient's (stop 58's reviews), but a cord or cauda equina syndrome's causes say (stop
                # 58's late review: at the open-world rate a febrile conus outranked the abscess's cauda equina)
                return Term(UNSTATED, f"{label}: not stated for {h.label}")
            through = self._through_causes(h, kin)  # a syndrome's abscess gives it fever (the code review of stop 57)
            if through > LEAK:
                return Term(through, f"{label}: as {h.label}'s listed causes give it")
            return Term(LEAK, f"{label}: a sign not stated for {h.label}")  # another lesion's sign (item 4 above)
        if facts is None or not facts.anatomy:
            return Term(UNSTATED, f"{label}: not stated for {h.label}")
        if anatomical is None and facts.kind:
            return Term(LEAK, f"{label}: bilateral, but {h.label} is one-sided")
        if anatomical is None:  # a sign of no deficit kind (an effusion, retention) that h does not state
            return Term(LEAK, f"{label}: a sign {h.label} is not stated to give")
        return anatomical

    def _implicated_by(self, finding: str) -> frozenset[str]:
        """Return what a test result implicates (``implicates``), its own or its narrower results'.

        "Paraspinal fibrillation" implicates every root its cervical, thoracic and lumbosacral kinds implicate.
        """
        key = ("implicates", finding)
        if key not in self._implicates:
            found = {
                node
                for k in self.findings.kin(finding)
                for node, _ in self.findings.anatomy.out(k, BASE + "implicates")
            }
            self._implicates[key] = frozenset(found)
        return self._implicates[key]

    def _result_term(self, h: Hypothesis, finding: str, implicated: frozenset[str], label: str) -> Term:
        """Return P(a test result the graph does not state for h | h), as for study lines (``_electro_term``).

        The test's sensitivity when h's lesion involves a root or nerve the result implicates, else what the
        result is without such a lesion: the leak for electrodiagnosis, an incidental finding for imaging.
        """
        imaging = "ImagingFinding" in self.findings.anatomy.types(finding)
        roots = h.reach.roots if h.site.kind in INTRASPINAL_KINDS or not imaging else set()
        # the structures a lesion is in count too: an infarct of the leg motor area is the cortical stroke's lesion
        involved = (roots | set(h.lesion.nerves) | set(h.lesion.structures)) & implicated
        if involved:
            p = IMAGING_SENSITIVITY if imaging else ELECTRODIAGNOSTIC_SENSITIVITY
            return Term(p, f"{label}: implicates {', '.join(sorted(self._name(n) for n in involved)[:3])}")
        p = self._incidental(implicated) if imaging else LEAK
        return Term(p, f"{label}: implicates nothing {h.label} involves")

    def _anatomy_term(
        self,
        h: Hypothesis,
        kind: str,
        anatomy: Sequence[tuple[str, str]],
        label: str,
        side: str = "",
        *,
        named: bool = False,
    ) -> Term:
        """P(a deficit of ``kind`` in ``anatomy`` | h): h's own finding of that kind there, else its reach.

        A deficit read from its anatomy ("toe extension weak") is the finding h states with that anatomy
        (weakness of toe extension, "may" in a length-dependent polyneuropathy) when there is one: the
        statement wins over the reach, as it does for a finding read by name. ``named``: the deficit is a named
        finding of the graph (``label`` its name), which a purely motor disorder lacks only if it names a sensory loss.
        """
        stated = self._stated_at(h, kind, anatomy, one_side=side in ("left", "right"), both=side == "bilateral")
        if stated is not None:
            return stated
        if (
            kind == "sensory"
            and OBJECTIVE_SENSORY_LOSS in h.lacks
            and (not named or SENSORY_LOSS_WORDS.search(label.lower()))  # a named finding only if it names a loss
        ):
            return Term(LACKED, f"{label}: {h.label} typically gives no sensory loss")
        if (
            kind == "weakness"
            and h.site.kind in ("nerve", "plexus")
            and h.reach.regions
            and not self._reaches_kind(h, kind)
        ):
            # a weakness named by its place ("hand's strong", "elbow weak") is no skin's: a purely sensory nerve
            # reaching that skin gives none (until stop 36 it took the skin's reach, so a superficial radial
            # neuropathy counted "hand's strong" against itself as much as a radial one did). Nerves only: a root's
            # ganglion lesion (zoster) can weaken its segment though the graph states no muscle for it (the review
            # of stop 36). A reflex named by its place keeps the skin as its proxy: the abdominal reflexes are
            # segmental, like the skin of their band.
            return Term(LEAK, f"{label}: {h.label} is a sensory nerve, reaching no muscle")
        strengths = [
            1.0
            if kind == "pain" and akind == "region" and self._pain_within(h, node)
            else h.reach.strength(akind, node)
            for akind, node in anatomy
        ]
        regions = [s for (akind, _), s in zip(anatomy, strengths, strict=True) if akind == "region"]
        others = [s for (akind, _), s in zip(anatomy, strengths, strict=True) if akind != "region"]
        strength = max(others) if others else 0.0
        if regions and not others:
            strength = sum(regions) / len(regions)
        if strength <= 0.0 and kind == "weakness" and not LOWER_MOTOR_NEURON_WORDS.search(label.lower()):
            central = max((self.central.through(h, akind, node) for akind, node in anatomy), default=NOT_REACHED)
            if central.strength > 0.0:
                roots = ", ".join(self._name(root) for root in central.roots)
                return Term(
                    noisy_or(REACHED["weakness"] * central.strength),
                    f"{label}: {h.label} weakens the segments ({roots}) of {self._name(central.finding)}",
                )
        if strength <= 0.0:
            outside = PAIN_OUTSIDE if kind == "pain" else LEAK
            return Term(outside, f"{label}: outside what {h.label} reaches")
        p = REACHED.get(kind, REACHED["sensory"]) * strength
        reached = [self._name(node) for (akind, node), s in zip(anatomy, strengths, strict=True) if s > 0]
        return Term(noisy_or(p), f"{label}: {h.label} reaches {', '.join(reached[:3])}")

    def _pain_within(self, h: Hypothesis, region: str) -> bool:
        """Return True when h's pain is in the region or in a part of it ("L arm ache": angina's inner arm pain).

        Until stop 48 only a region h's pain is in counted: a pain said of the whole arm counted against the heart,
        whose pain the graph places in the inner arm (the late review of stop 48).
        """
        return region in h.pain_regions or bool(h.pain_regions & self.findings.anatomy.parts(region))

    def _at_any_level(self, h: Hypothesis, terms: list[Term], observations: list[Observation]) -> list[Term]:
        """Return h's terms, with its two-sided deficits' at any level when the note shows h's widespread pattern.

        Only for a condition at "several roots" (``_any_level_term``), and only when one of its widespread findings is
        present, read as such ("areflexia", "symmetric ascending weakness"), or the areflexia of all four limbs in its
        parts (``_areflexia_of_every_limb``, stop 54). A deficit of both sides or of no stated side ("knee jerks
        absent") is met. Found per note, not kept with the columns: whether the pattern is there is the note's, not one
        line's.
        """
        if h.site.key != SEVERAL_ROOTS:
            return terms
        widespread_findings, _ = self._widespread_of(h)
        shown = any(o.present and not widespread_findings.isdisjoint(o.findings) for o in observations)
        if not (shown or self._areflexia_of_every_limb(observations)):
            return terms
        found = list(terms)
        for index, observation in enumerate(observations):
            kind, anatomy = observation.kind, observation.anatomy
            if kind == "finding":
                facts = self.findings.facts.get(observation.findings[0]) if observation.findings else None
                if facts is None or self._not_at_any_level(h, observation.findings[0]):
                    continue
                kind, anatomy = facts.kind, facts.anatomy
            if observation.side not in ("bilateral", "") or kind not in ANY_LEVEL_KINDS or not anatomy:
                continue  # a deficit of one side, of no limb (a facial palsy), or of another kind
            if any(node in SUPERFICIAL_REFLEXES for _, node in anatomy):
                continue  # the plantar, anal and bulbocavernosus responses are no tendon reflexes
            widespread = self._any_level_term(h, kind, observation.phrase)  # "hip flex 4-/5 bilat", "AJs absent"
            if widespread is not None and widespread.p > terms[index].p:
                found[index] = widespread
        return found

    def _areflexia_of_every_limb(self, observations: list[Observation]) -> bool:
        """Return True when the note gives Guillain-Barré's required features in parts, weakness and lost reflexes.

        The reflexes are lost in the arms and in the legs, of no one side, with no upper motor neuron sign. The graph's
        widespread reflex finding is "absent or reduced reflexes in all four limbs"; a note often gives it in parts,
        "knee and ankle jerks absent, arm reflexes reduced" (three readings). Until stop 54 only the whole, read by
        name, showed the pattern, so a Guillain-Barré note giving its parts had its absent jerks count against it
        (N164-049, its flag lost). Its required features are weakness of more than one limb and areflexia or
        hyporeflexia (NINDS criteria): the reflexes alone, in an elderly patient with full power, a polyneuropathy or
        a myelopathy with a Hoffmann sign, raised Guillain-Barré and CIDP flags and took the first site (the clinical
        review of stop 54). A loss of one side ("L biceps jerk absent") is no part of it, nor the plantar, anal or
        bulbocavernosus response.
        """
        limbs: set[str] = set()
        weak = False
        for o in observations:
            if not o.present:
                continue
            kind, anatomy, labels = o.kind, o.anatomy, [self._name(f).lower() for f in o.findings]
            if kind == "umn" or any(UMN_WORDS.search(label) or "inverted" in label for label in labels):
                return False  # a brisk reflex, a Babinski, a Hoffmann or an inverted supinator sign: a cord's picture
            if kind == "finding" and o.findings:
                facts = self.findings.facts.get(o.findings[0])
                if facts is None:
                    continue
                kind, anatomy = facts.kind, facts.anatomy
            weak = weak or kind == "weakness"
            if kind != "reflex" or o.side not in ("bilateral", ""):
                continue
            for akind, node in anatomy:
                if node not in SUPERFICIAL_REFLEXES:
                    limbs |= self.findings.anatomy.limbs_of(akind, node)
        return weak and limbs == LIMBS

    def _both_sides_said(self, h: Hypothesis, terms: list[Term], observations: list[Observation]) -> list[Term]:
        """Return h's terms, with a weakness said of one side taken as of both when the note says the other side's too.

        Found per note, like ``_at_any_level``: "R hip flexion 4/5" and "L hip flexion 4/5" on two lines are a weakness
        of both sides, the symmetric proximal weakness of a myopathy (the late review of stop 50), while either alone
        is no finding of both sides (``_sides_fit``).
        """
        said: dict[str, set[str]] = {}
        for o in observations:
            if o.present and o.kind == "weakness" and o.side in ("left", "right"):
                for akind, node in o.anatomy:
                    if akind in ("movement", "muscle"):
                        said.setdefault(node, set()).add(o.side)
        found = list(terms)
        for index, o in enumerate(observations):
            if not (o.present and o.kind == "weakness" and o.side in ("left", "right")):
                continue
            if any(said.get(node) == {"left", "right"} for _, node in o.anatomy):
                both = self._stated_at(h, o.kind, o.anatomy, both=True)
                if both is not None and both.p > terms[index].p:
                    found[index] = both
        return found

    def _once_given(self, h: Hypothesis, terms: list[Term], observations: list[Observation]) -> list[Term]:
        """Return h's terms, with a finding it states once another is present (``Hypothesis.given``) where it is.

        Found per note, like ``_at_any_level``: a length-dependent polyneuropathy numbs both hands once its stocking
        has risen to mid-shin (``when=`` that finding), so "pinprick reduced to mid-shin and to the wrists" is its own
        picture, while numb hands alone stay outside its reach (stop 48 tried the hands unconditionally: focal hand
        pictures went to the polyneuropathy, 148 development first sites lost). A present deficit of both sides, of
        the finding's kind, in a region that is the finding's or a whole holding it ("symptoms in both arms", "both
        hands tingle"; not a part of it, such as the median nerve's fingers) is that finding, once per line; so is the
        finding itself or its kin. The needed finding is the one stated or a narrower one: a stocking risen to
        mid-shin, not any numbness of both feet (the clinical review of stop 49: hyperventilation's and early
        Guillain-Barré's tingling feet).
        """
        beyond = self.findings.anatomy.beyond
        present = {g for o in observations if o.present for f in o.findings for g in (f, *beyond(f, (BROADER,)))}
        found = list(terms)
        for finding, (p, word, needs) in h.given.items():
            if not needs & present:  # the needed finding or a narrower one ("to mid-shin" is no plain stocking)
                continue
            names = " or ".join(sorted(self._name(need) for need in needs))
            term = Term(noisy_or(p), f"{self._name(finding)}: {word} in {h.label} with {names}")
            phrases: set[str] = set()  # one line, one finding: "numb thumb and fingers both hands" is one glove
            for index, observation in enumerate(observations):
                if (
                    observation.present
                    and observation.phrase not in phrases
                    and term.p > found[index].p
                    and self._is_given(observation, finding)
                ):
                    found[index] = term
                    phrases.add(observation.phrase)
        return found

    def _is_given(self, observation: Observation, finding: str) -> bool:
        """Return True when an observation is the finding: the finding or its kin, or its deficit at its place.

        Not when the note names a part of that place ("thumb, index and middle fingers of both hands": a median
        nerve's, not the glove; the reviews of stop 49).
        """
        wanted = self.findings.facts.get(finding)
        parts = self.findings.anatomy.parts
        places = {node for akind, node in wanted.anatomy if akind == "region"} if wanted else set()
        named = {node for akind, node in observation.anatomy if akind == "region"}
        if any(node != place and node in parts(place) for node in named for place in places):
            return False
        if self.findings.kin(finding) & set(observation.findings):
            return True
        if wanted is None or observation.side != "bilateral":
            return False
        kinds, anatomy = {observation.kind}, observation.anatomy
        if observation.kind == "finding":  # its kinds and its place, with the place the note gave ("to the wrists")
            facts = self.findings.facts.get(observation.findings[0]) if observation.findings else None
            if facts is None:
                return False
            kinds, anatomy = set(facts.kinds), (*anatomy, *facts.anatomy)
        if not kinds & wanted.kinds:
            return False
        return any(akind == "region" and place in parts(node) for akind, node in anatomy for place in places)

    def _not_at_any_level(self, h: Hypothesis, finding: str) -> bool:
        """Return True for a finding h states, lacks, or that is an upper motor neuron sign: its own term stands."""
        kin = self.findings.kin(finding)
        return bool(kin & set(h.explicit) or kin & h.lacks) or bool(UMN_WORDS.search(self._name(finding).lower()))

    def _any_level_term(self, h: Hypothesis, kind: str, label: str) -> Term | None:
        """P(a deficit of ``kind`` named by its place | a polyradiculopathy of roots at levels the graph leaves open).

        Guillain-Barré syndrome, CIDP and Lyme radiculoneuritis are placed at "several roots", their levels unstated
        (``HypothesisBuilder.several_roots``), so they reach no muscle, reflex or skin of their own: until stop 38
        every deficit named by its place ("hip flex 4-/5 bilat", "KJ and AJ absent") took the leak under them, a
        normal reflex counted nothing against them, and a Guillain-Barré picture ranked them below a femoral
        neuropathy (15 development cases lost its flag). In a note showing its widespread pattern (``_at_any_level``)
        such a condition reaches the muscles, reflexes (or skin) of both sides at every level as often as its likeliest
        widespread finding of that kind says (symmetric ascending weakness, "classic"; reflexes absent or reduced in
        all four limbs, "typically"), and a deficit there follows as for any lesion reaching it (``REACHED``): P =
        REACHED[kind] x that probability, with the leak. Taken as the deficit's probability itself (0.8, not 0.32) it
        outweighed a cauda equina lesion on every two-sided line and lost cauda equina flags; applied to every note
        with a two-sided deficit, it ranked Guillain-Barré syndrome above an epidural abscess (fever, drug use, back
        pain, weak legs), a central disc and a cauda equina syndrome without saddle signs (the clinical review of stop
        38). A kind it states no widespread finding of keeps the leak: Lyme radiculoneuritis, patchy and asymmetric,
        and a facial palsy, which is no limb's.
        """
        likeliest = self._widespread_of(h)[1].get(kind)
        if likeliest is None:
            return None
        p, word, finding = likeliest
        reached = REACHED[kind] * p
        return Term(noisy_or(reached), f"{label}: {h.label} reaches every level ({self._name(finding)}, {word})")

    def _widespread_of(self, h: Hypothesis) -> tuple[frozenset[str], dict[str, tuple[float, str, str]]]:
        """Return h's widespread findings, and its likeliest of each kind as (P, word, finding): found once per h."""
        if h.key not in self._widespread_found:
            stated = [(p, word, finding) for finding, (p, word) in h.explicit.items() if self._widespread(finding)]
            likeliest: dict[str, tuple[float, str, str]] = {}
            for kind in ANY_LEVEL_KINDS:
                of_kind = [row for row in stated if kind in self._kinds(row[2])]
                if of_kind:
                    likeliest[kind] = max(of_kind)
            self._widespread_found[h.key] = (frozenset(row[2] for row in stated), likeliest)
        return self._widespread_found[h.key]

    def _widespread(self, finding: str) -> bool:
        """Return True for a finding of no one place, on both sides or in every limb (its name says which)."""
        facts = self.findings.facts.get(finding)
        if facts is None or facts.anatomy:  # one with anatomy is of that anatomy: "bilateral arm symptoms"
            return False
        return facts.bilateral or bool(WIDESPREAD.search(self._name(finding).lower()))

    def _name(self, node: str) -> str:
        return self.findings.anatomy.name(node)

    # ---- P(observation | hypothesis) -----------------------------------------------------------

    def term(self, h: Hypothesis, observation: Observation) -> Term:
        """Return P(observation present | h) for any kind of observation."""
        kind = observation.kind
        if kind == "finding":
            best: Term | None = None
            for finding in observation.findings:
                term = self._cache.get((h.key, finding)) or self.finding_term(h, finding)
                if best is None or term.p > best.p:
                    best = term
            return best or Term(UNSTATED, f"{observation.phrase}: unread")
        if kind in REACHED:
            label = observation.phrase
            return self._anatomy_term(h, kind, observation.anatomy, label, observation.side)
        if kind == "global":
            return self._global_term(h, observation)
        if kind == "umn":
            return self._umn_term(h)
        if kind == "modifier":
            return self._modifier_term(h, observation)
        if kind == "imaging":
            share = self._implicated(h, observation)
            p = share * IMAGING_SENSITIVITY + (1.0 - share) * self._incidental(observation.implicates)
            levels = root_levels(observation, self._is_root)
            if levels:  # root lesions at several levels (``imaged_levels.py``)
                return Term(*levels_probability(h, levels, p))
            return Term(p, f"imaging {'implicates' if share else 'does not implicate'} {h.site.label}")
        if kind == "electrodiagnostic":
            return self._electro_term(h, observation)
        return Term(UNSTATED, f"{observation.phrase}: not stated for {h.label}")

    def _global_term(self, h: Hypothesis, observation: Observation) -> Term:
        """P(some deficit of the kinds named, anywhere | h): the most likely such deficit's probability."""
        best, why = 0.0, ""
        for kind in observation.kinds:
            p = max((p for finding, (p, _) in h.explicit.items() if kind in self._kinds(finding)), default=0.0)
            if self._reaches_kind(h, kind):
                p = max(p, REACHED.get(kind, 0.0))
            if p > best:
                best, why = p, f"{h.label} would give some {kind} change"
        if best == 0.0:
            return Term(LEAK, f"{h.label} gives no {' or '.join(observation.kinds)} change")
        return Term(noisy_or(best), why)

    def _umn_term(self, h: Hypothesis) -> Term:
        """Return P(an upper motor neuron sign | h): only a central lesion gives a brisk reflex or Babinski."""
        stated = [
            p for finding, (p, _) in h.explicit.items() if UMN_WORDS.search(self.G.nodes[finding]["label"].lower())
        ]
        if stated:
            return Term(noisy_or(max(stated)), f"upper motor neuron signs are stated for {h.label}")
        return Term(LEAK, f"{h.label} is a lower motor neuron lesion: no upper motor neuron signs")

    def _kinds(self, finding: str) -> frozenset[str]:
        facts = self.findings.facts.get(finding)
        return facts.kinds if facts else frozenset()

    def _through_causes(self, h: Hypothesis, kin: frozenset[str]) -> float:
        """Return P(a sign | h) through the causes listed at h's site that state it: each cause's share times its P.

        A cauda equina syndrome from an epidural abscess has the abscess's fever: the syndrome's probability of a sign
        is the mixture over its causes, the leak for the causes (and the share) that do not state it or do not cause
        it (a disc herniation or a CMV polyradiculopathy listed at the same site is no syndrome of the abscess: the
        late review of stop 57). Only sites listing scored causes (the cord and cauda equina, ``causes_by_site``) have
        any.
        """
        total, stating = 0.0, False
        for cause, share in self._listed.get(h.site.key, ()):
            scored = self._scored.get(cause)
            if h.iri not in self._effects(cause):  # a cause, or another lesion at the site: its own rows, or the leak
                total += share * LEAK
                continue
            stated = [scored.explicit[k][0] for k in kin if scored is not None and k in scored.explicit]
            stating = stating or bool(stated)
            total += share * (max(stated) if stated else LEAK)
        return total if stating else LEAK

    def _local_sign(self, finding: str) -> bool:
        """Return True for a sign of the nervous system or a limb that *none* gives only by the leak.

        Not a deficit or upper motor neuron sign ("Brisk reflexes / Anxious" abstains), nor a sign of illness anywhere
        in the body (fever, a raised CRP, ESR, CK or troponin, a falling haemoglobin, a cold sweat: :data:`SYSTEMIC`),
        whose causes lie mostly outside the graph: the late review of stop 57 found febrile illnesses with a normal
        examination placed at the spine once *none* took the leak for them.
        """
        if finding not in self._local:
            facts = self.findings.facts.get(finding)
            label = self.G.nodes[finding]["label"].lower()
            plain = facts is not None and facts.sign and not facts.anatomy and not facts.deficit
            self._local[finding] = (
                plain and not UMN_WORDS.search(label) and (not SYSTEMIC.search(label) or "csf" in label)
            )
        return self._local[finding]

    def _effects(self, cause: str) -> frozenset[str]:
        """Return what a cause causes (``causes``): only those syndromes take its signs (the late review of stop 57)."""
        if cause not in self._caused:
            self._caused[cause] = frozenset(effect for effect, _ in self.findings.anatomy.out(cause, RADIX.causes))
        return self._caused[cause]

    def _gives_kind(self, h: Hypothesis, kind: str) -> bool:
        """Return True when a lesion gives some deficit of a kind: a finding of the kind it states, or its reach."""
        return self._reaches_kind(h, kind) or any(kind in self._kinds(finding) for finding in h.explicit)

    def _reaches_kind(self, h: Hypothesis, kind: str) -> bool:
        reach = h.reach
        return bool(
            {"weakness": reach.muscles or reach.movements, "sensory": reach.regions, "reflex": reach.reflexes}.get(kind)
        )

    def _modifier_term(self, h: Hypothesis, observation: Observation) -> Term:
        fits = h.aggravated if observation.modifier == "aggravated" else h.relieved
        contradicts = h.relieved if observation.modifier == "aggravated" else h.aggravated
        for _, activity in observation.anatomy:
            if activity in fits:
                return Term(noisy_or(fits[activity]), f"{observation.modifier} by {self._name(activity)} in {h.label}")
        for _, activity in observation.anatomy:
            if activity in contradicts:
                opposite = "relieved" if observation.modifier == "aggravated" else "aggravated"
                return Term(LACKED, f"{h.label} is {opposite} by {self._name(activity)}")
        return Term(UNSTATED, f"{observation.phrase}: not stated for {h.label}")

    def _is_root(self, node: str) -> bool:
        """Return True when a node is a spinal nerve root."""
        return "NerveRoot" in self.findings.anatomy.types(node)

    def _incidental(self, implicates: Collection[str]) -> float:
        """P(an imaging line | its lesion is not h's): a disc level's lesion is often incidental, anything else not.

        :data:`IMAGING_INCIDENTAL` is the rate of disc lesions in people without symptoms; an imaging line that
        names no root (an infarct of the hand knob, an apical lung mass, a ganglion) has no such rate, and
        without h's lesion it is the leak, as any finding the lesion cannot produce.
        """
        roots = any(self._is_root(node) for node in implicates)
        return IMAGING_INCIDENTAL if roots or not implicates else LEAK

    def _implicated(self, h: Hypothesis, observation: Observation) -> float:
        """Return how surely a study line names h's condition or a root, nerve or structure of its lesion (0: none).

        Roots count only for lesions inside the spinal canal: spine imaging or paraspinal EMG that names a
        root shows a lesion *of the root*, and a plexus or nerve lesion that carries the root's fibres
        (diabetic radiculoplexus neuropathy, a plexopathy) is not what such a report shows. A lesion of
        several roots or nerves involves each only as often as the graph says (``Lesion.involvement``):
        an MRI naming the L5 root is the L5 radiculopathy's for sure and lumbar stenosis's only as often as
        stenosis compresses L5 (stop 21; until then any named root of a several-root lesion counted fully). Two rules
        of stop 58 for electrodiagnostic lines: a nerve downstream of a nerve lesion counts fully (the sciatic lesion's
        tibial and fibular muscles), and any peripheral nerve counts at :data:`PLEXUS_SHARE` for a polyneuropathy of the
        nerves at large (``_of_every_nerve``). A lesion of several named nerves counts each named one fully, whatever
        its share: a known bias, as a plexus lesion's downstream nerves still count for nothing (stop 58's code review).
        """
        named = set(observation.implicates)
        if h.iri in named:  # a report that names the condition itself ("NCS: length-dependent polyneuropathy")
            return 1.0
        lesion = h.lesion
        roots = lesion.roots if h.site.kind in INTRASPINAL_KINDS else set()
        site = set(h.site.anatomy) if h.site.kind != "generalised" else set()  # "several roots" names no level
        hits = named & (roots | lesion.nerves | lesion.structures | site)
        if not hits and not named and h.site.kind == "nerve" and observation.present:
            return self._at_the_place(h, observation)
        if not hits and observation.kind == "electrodiagnostic" and self._of_every_nerve(h) and named & self._nerves:
            # a polyneuropathy involves the nerves a study names as often as a plexus lesion its branches: "fibular
            # CMAPs low" is a length-dependent polyneuropathy's, not only a lesion naming the fibular nerve's (stop 58)
            return PLEXUS_SHARE
        if not hits and h.site.kind == "nerve" and observation.kind == "electrodiagnostic" and named & h.reach.nerves:
            # a nerve downstream of a nerve lesion: "EMG: denervation in tibial and fibular muscles" is a sciatic
            # lesion's too (stop 58: until then only the nerves a lesion names counted, and the new lesion of several
            # named nerves took such lines from the sciatic nerve above them). Not for a plexus or root lesion, whose
            # share of a named nerve's fibres the line does not say (a medial cord took C8's ulnar lines)
            return 1.0
        if not hits:
            return 0.0
        involved = dict(lesion.involvement)
        return max(1.0 if node in lesion.structures or node in site else involved.get(node, 1.0) for node in hits)

    def _at_the_place(self, h: Hypothesis, observation: Observation) -> float:
        """Return :data:`PLACE_SHARE` when an image names no nerve but a lesion at a nerve's place, else 0.

        "Ultrasound: Baker's cyst in the popliteal fossa" is a mass where the tibial nerve at the popliteal fossa is
        compressed (stop 41, sealed 84). Only a lesion's own place (a ``LesionSite`` the site names, not a region such
        as the wrist), only an image showing a mass, cyst or fracture there (:data:`PLACE_LESION`), and only half as
        sure as an image naming the nerve: the late review of stop 41 found a normal scan of the place, a scan naming
        another nerve and a wrist fracture counting fully.
        """
        places = {node for node in h.site.anatomy if "LesionSite" in self.findings.anatomy.types(node)}
        imaged = {node for _, node in observation.anatomy} & places
        return PLACE_SHARE if imaged and PLACE_LESION.search(observation.phrase.lower()) else 0.0

    def _electro_term(self, h: Hypothesis, observation: Observation) -> Term:
        """Needle EMG and nerve conduction: denervation where the lesion reaches; SNAPs spared by root lesions."""
        if observation.electro == "snap":
            if SNAPS_REDUCED in h.lacks:  # a purely motor neuropathy (MMN) spares them
                return Term(LACKED, f"sensory nerve action potentials are typically normal in {h.label}")
            stated = self._stated_snap(h, observation)
            if stated is not None:
                return stated
            postganglionic = h.site.kind in ("nerve", "plexus", "generalised") and (
                self._implicated(h, observation) > 0 or bool(set(observation.implicates) & h.reach.nerves)
                or not observation.implicates
            )  # fmt: skip
            if postganglionic:
                return Term(ELECTRODIAGNOSTIC_SENSITIVITY, f"a lesion of {h.site.label} reduces the SNAP")
            return Term(
                LEAK, f"{h.site.label}: sensory nerve action potentials are spared (preganglionic or elsewhere)"
            )
        strengths = [h.reach.strength(kind, node) for kind, node in observation.anatomy]
        # denervation found in each muscle named needs a lesion reaching each (the least reached bounds the line:
        # "fibs in tibialis anterior and tibialis posterior" is no fibular neuropathy's); found in none of them, any
        # muscle the lesion reaches would have shown it. Until stop 29 the best-reached muscle stood for the line.
        part = (min(strengths) if observation.present else max(strengths)) if strengths else 0.0
        reached = max(self._implicated(h, observation), part)  # as surely as the lesion involves what the line names
        if observation.electro == "paraspinal" and h.site.kind not in ROOT_KINDS:
            reached = 0.0
        if reached > 0:
            p = reached * ELECTRODIAGNOSTIC_SENSITIVITY + (1.0 - reached) * LEAK
            return Term(p, f"{h.label} accounts for it")
        return Term(LEAK, f"{h.label} does not reach it")

    def _stated_at(
        self,
        h: Hypothesis,
        kind: str,
        anatomy: Sequence[tuple[str, str]],
        *,
        one_side: bool = False,
        both: bool = False,
    ) -> Term | None:
        """Return the likeliest finding h states of ``kind`` in exactly one of these muscles, movements or reflexes.

        A weakness read from a place ("LL power 4/5 b/l", "both legs weak") is a weakness finding located there
        ("weakness of both legs with upper motor neuron signs", in the lower limb) when h states one, but not a
        finding of both sides for a weakness of one side. Until stop 27 places were skipped, so a cord lesion,
        which reaches no muscle by its anatomy, took the leak for "both legs weak". A known bias (the review of
        stop 27): a lesion stating a weakness at the place ("sudden weakness of the hand" of a hand-knob stroke,
        the split hand of motor neuron disease) is scored by it, a root or nerve by the skin it reaches there. A
        finding of both sides needs the deficit's sides to fit (``_sides_fit``).
        """
        if h.key not in self._stated_anatomy:
            table: dict[tuple[str, str, str], tuple[float, str, str]] = {}
            for finding, (p, word) in h.explicit.items():
                facts = self.findings.facts.get(finding)
                if facts is None or (facts.bilateral and not h.lesion.bilateral):
                    continue
                keys = [
                    (fkind, akind, node)
                    for akind, node in facts.anatomy
                    if akind != "region"  # skin: a phrase naming a sensory finding is often read as its region too
                    for fkind in facts.named_kinds  # a weakness finding for weakness, not any sign of the movement
                ]
                if "weakness" in facts.named_kinds:  # its places: "weakness of both legs" is in the legs
                    keys += [("weakness", "region", place) for place in facts.places]
                for key in keys:
                    if table.get(key, (0.0, "", ""))[0] < p:
                        table[key] = (p, word, finding)
            self._stated_anatomy[h.key] = table
        table = self._stated_anatomy[h.key]
        found = [(akind, node, table[(kind, akind, node)]) for akind, node in anatomy if (kind, akind, node) in table]
        hits = [
            (self._on_muscle(h, node, hit), hit[1], hit[2]) if akind == "muscle" else hit
            for akind, node, hit in found
            if not (self.findings.facts[hit[2]].bilateral and not self._sides_fit(akind, one_side, both))
        ]
        if not hits:
            return None
        p, word, finding = max(hits)
        return Term(noisy_or(p), f"{self.G.nodes[finding]['label']}: {word} in {h.label}")

    @staticmethod
    def _sides_fit(akind: str, one_side: bool, both: bool) -> bool:
        """Return True when a deficit's sides fit a finding of both sides matched by its ``akind`` of anatomy.

        A place fits unless said of one side (as before stop 50); a movement or muscle only when said of both sides:
        one hip's abduction, or one written "on the operated side", is no symmetric weakness of both (the late run of
        stop 50: a superior gluteal nerve after a hip arthroplasty had read as a myopathy); a reflex always fits (an
        ankle jerk absent on one side still weighs for "absent ankle reflexes on both sides", as it did).
        """
        if akind == "reflex":
            return True
        if akind == "region":
            return not one_side
        return both

    def _on_muscle(self, h: Hypothesis, muscle: str, hit: tuple[float, str, str]) -> float:
        """Return P(the one muscle named is weak | h) from h's stated weakness of a movement it takes part in.

        A radiculopathy of two roots answers by the root that weakens that muscle more: its finding of both
        roots carries the larger root's word, which need not be the muscle's root.
        """
        p, _, finding = hit
        if not h.parts:
            return p * self._muscle_share(h, muscle, finding)
        return max(
            part.explicit[finding][0] * self._muscle_share(part, muscle, finding)
            for part in h.parts
            if finding in part.explicit
        )

    def _muscle_share(self, h: Hypothesis, muscle: str, finding: str) -> float:
        """Return the share of a stated weakness that falls on the one muscle named, by the lesion's supply of it.

        A finding of a movement done by several muscles ("weakness of finger extension": extensor digitorum,
        extensor indicis) is stated for a lesion as a whole. When a note names one of them ("EIP 4/5"), the
        lesion's supply of that muscle against its best-supplied muscle of the finding scales the statement:
        C7 "commonly" weakens finger extension, but the extensor indicis only through C7's contributing
        supply (half), while C8 is its primary root. A lesion reaching none of them (a stroke) keeps the
        statement whole.
        """
        muscles = [node for akind, node in self.findings.facts[finding].anatomy if akind == "muscle"]
        best = max((h.reach.strength("muscle", node) for node in muscles), default=0.0)
        if len(muscles) < 2 or best <= 0.0:
            return 1.0
        return h.reach.strength("muscle", muscle) / best

    def _stated_snap(self, h: Hypothesis, observation: Observation) -> Term | None:
        """Return h's own statement of a reduced SNAP of the nerve a line names ("sural SNAPs absent").

        The graph's statement wins, as for findings: a length-dependent polyneuropathy "commonly" reduces the
        sural SNAP though it reaches no nerve's anatomy; lumbar stenosis "typically lacks" it.
        """
        # every nerve the line names: "sural + superficial fibular SNAPs absent" is the polyneuropathy's reduced sural
        # SNAP too (until stop 33 only the first implicated node counted, and the nodes are in alphabetical order)
        named = set(observation.implicates)

        def of_named(finding: str) -> bool:
            label = self.G.nodes[finding]["label"]
            return label.startswith(REDUCED_SNAP) and bool(self._implicated_by(finding) & named)

        for finding, (p, word) in h.explicit.items():
            if of_named(finding):
                return Term(noisy_or(p), f"{self.G.nodes[finding]['label']}: {word} in {h.label}")
        for finding in sorted(h.lacks):  # sorted: the words shown are the same in every process
            if of_named(finding):
                return Term(LACKED, f"{self.G.nodes[finding]['label']}: typically absent in {h.label}")
        return None

    # ---- sides ---------------------------------------------------------------------------------

    def none_likelihood(self, observation: Observation) -> tuple[float, str]:
        """Return the likelihood of an observation when no lesion of the graph explains the findings.

        An imaging line is incidental as it is for a lesion it does not implicate (``_incidental``): one naming a root,
        or nothing, at :data:`IMAGING_INCIDENTAL`, one naming only other structures at the leak; one writing root
        lesions at several levels at that rate for each (``imaged_levels.py``, stop 56: *none* had kept 0.3 while a
        lesion at none of the levels took 0.09, and a C8 and T1 avulsion abstained). Until stop 45 *none*
        took the disc rate for every line, so a normal brain scan counted against *none* as against no lesion's site and
        tipped functional pictures out of abstaining once "MRI brain" was read as the brain's. A sign of the nervous
        system or a limb with no anatomy takes the leak here as for a lesion that does not state it (stop 57,
        ``_local_sign``); a symptom, a deficit sign or a sign of illness anywhere (fever, a raised CRP) the open-world
        rate.
        """
        if observation.kind == "global":
            p = LEAK
        elif observation.kind == "imaging":
            levels = root_levels(observation, self._is_root)  # each level incidental (``imaged_levels.py``)
            p = IMAGING_INCIDENTAL ** len(levels) if levels else self._incidental(observation.implicates)
        elif observation.kind in ("electrodiagnostic", "umn", "weakness", "sensory", "reflex"):
            p = LEAK
        elif observation.kind == "pain":
            p = PAIN_OUTSIDE
        elif observation.kind == "finding":
            facts = [self.findings.facts.get(finding) for finding in observation.findings]
            local = all(self._local_sign(f) for f in observation.findings) and bool(facts)  # a sign none gives
            p = LEAK if local or any(f is not None and f.anatomy for f in facts) else UNSTATED
            p = max((self.prevalence[f] for f in observation.findings if f in self.prevalence), default=p)
        else:
            p = UNSTATED
        return (p if observation.present else 1.0 - p), "from outside the graph's lesions"

    # ---- the posterior ---------------------------------------------------------------------------

    def score(self, observations: list[Observation], priors: str = "uniform") -> list[Scored]:
        """Return every single hypothesis, the best pairs and *none*, with posteriors (summing to 1).

        ``priors`` names the set of priors (``priors.PRIORS``): every site alike, or population incidence. The sums
        run over all hypotheses at once (``likelihood.py``); the terms are the kept columns (``columns``).
        """
        distinct = _distinct(observations)
        request = self._request(distinct, priors)
        columns = self.columns(distinct)
        present = np.array(request.present, dtype=bool)
        singles, side_p = self._score_singles(distinct, columns, request, present)
        none = Scored(NONE, (), math.log(NONE_PRIOR), observations=distinct)
        none_terms = []
        for observation in distinct:
            value, why = self.none_likelihood(observation)
            none.log_likelihood += math.log(value)
            none.values.append(value)
            none_terms.append(Term(value if observation.present else 1.0 - value, why))
        none.base_terms = none_terms
        if request.one_side_only:
            # a lesion the graph does not hold is on one side or both, like every lesion it holds: on one side it
            # is on the findings' side half the time, on both it shows on one side only as rarely (see above)
            none.log_likelihood += HALF
            none.side_penalty = HALF
        best = _best_by_site(singles)
        # the commonest second lesion is always a candidate partner (a polyneuropathy alone rarely ranks high)
        best += [s for s in singles if s.members[0].iri == BASE + SECOND_LESION_CONDITION and s not in best][:1]
        candidates = [
            (a, b)
            for index, a in enumerate(best)
            for b in best[index + 1 :]
            if _separate(a.members[0], b.members[0]) and not self._one_neuropathy(a.members[0], b.members[0])
        ]
        pairs = self._score_pairs(candidates, singles, side_p, present, distinct)
        everything = [*singles, *pairs, none]
        top = max(s.log_prior + s.log_likelihood for s in everything)
        weights = [math.exp(s.log_prior + s.log_likelihood - top) for s in everything]
        total = sum(weights)
        for scored, weight in zip(everything, weights, strict=True):
            scored.posterior = weight / total
        return everything

    def _of_every_nerve(self, h: Hypothesis) -> bool:
        """Return True for a neuropathy of the nerves at large: generalised, a polyneuropathy, not of the roots too.

        Guillain-Barré syndrome and CIDP are excluded: credited with every nerve a study names, they raised their flags
        on three-year stocking neuropathies (stop 58's clinical review).
        """
        return h.site.kind == "generalised" and h.key in self._nerve_neuropathies

    @cached_property
    def _nerve_neuropathies(self) -> frozenset[str]:
        """The keys of hypotheses typed a polyneuropathy, not also a polyradiculopathy: neuropathies of the nerves."""
        return frozenset(
            h.key
            for h in self.hypotheses
            if "Polyneuropathy" in (types := self.findings.anatomy.types(h.iri)) and "Polyradiculopathy" not in types
        )

    @cached_property
    def _nerves(self) -> frozenset[str]:
        """Every peripheral nerve of the graph."""
        return frozenset(n for n in self.G.nodes if "PeripheralNerve" in self.findings.anatomy.types(n))

    def _one_neuropathy(self, first: Hypothesis, second: Hypothesis) -> bool:
        """Return True for two neuropathies of the nerves, neither of the roots: one disease, not two lesions.

        A mononeuritis multiplex of many nerves looks like a polyneuropathy (MSD Manual, multiple mononeuropathy), so
        a length-dependent polyneuropathy with a vasculitic mononeuritis multiplex is one neuropathy described twice
        (stop 58: the new vasculitic lesion paired with a polyneuropathy took 33 development polyneuropathies).
        Guillain-Barré syndrome and CIDP, of the roots too, still pair; so does a purely motor neuropathy (multifocal
        motor neuropathy, with its conduction block) with a sensory one (stop 58's code review).
        """
        motor = any(OBJECTIVE_SENSORY_LOSS in h.lacks for h in (first, second))  # MMN on a sensory polyneuropathy
        return not motor and {first.key, second.key} <= self._nerve_neuropathies

    def _score_singles(
        self,
        observations: list[Observation],
        columns: list[tuple[Term, ...]],
        request: _Request,
        present: np.ndarray,
    ) -> tuple[list[Scored], Matrix]:
        """Score every single hypothesis: its likelier side's likelihood, marginalised over the side when one-sided.

        Returns the singles, in the hypotheses' order, and their probabilities on their likelier sides (the pairs').

        A one-sided lesion in a note with sides is on either side half the time (log ½); a two-sided one in a note
        showing one side only shows there as often as it lacks its stated two-sided finding (``one_side_share``),
        on that side half the time.
        """
        hypotheses = self.hypotheses
        probabilities = self.matrix(observations, columns)
        terms: list[Sequence[Term]] = [TermRow(columns, index) for index in range(len(hypotheses))]
        per_note = (
            *((index, self._at_any_level) for index in self._several_roots),  # a polyradiculopathy showing its pattern
            *((index, self._once_given) for index in self._given_rows),  # a glove once there is a stocking to mid-shin
            *((index, self._both_sides_said) for index in self._both_sides_rows),  # "R hip flex 4/5", "L hip flex 4/5"
            *((index, self._in_one_nerve) for index in self._several_nerves),  # a multifocal neuropathy in one nerve
        )
        for index, adjust in per_note:
            found_terms = adjust(hypotheses[index], list(terms[index]), observations)
            if any(new is not old for new, old in zip(found_terms, terms[index], strict=True)):
                terms[index] = found_terms
                probabilities[index] = [t.p for t in found_terms]  # the matrix is this request's own
        two_sided = self._two_sided_rows
        sides = SIDES if request.sided else ("",)  # a one-sided lesion's; a two-sided one's is its one score
        silences = {side: [NO_SILENCE] * len(hypotheses) for side in sides}
        for index in self._weighed_rows:  # the units the note is silent on, on the lesion's side
            h = hypotheses[index]
            if two_sided[index]:  # the same on every side: a two-sided lesion takes the note's every side
                silence = self.parsimony.silence(h, *request.heard[""])
                for side in sides:
                    silences[side][index] = silence
            else:
                for side in sides:
                    silences[side][index] = self.parsimony.silence(h, *request.heard[side])
        found = on_sides(
            probabilities,
            present,
            [np.array(request.leaked[side], dtype=bool) for side in sides],
            [np.array([s.log for s in silences[side]]) for side in sides],
            two_sided,
        )
        log_likelihood = found.log_likelihood.tolist()
        summed = found.summed.tolist()
        side_index = found.side.tolist()
        side_p = found.probabilities.tolist()
        values = found.values.tolist()
        log_priors = self._log_priors(request.priors)
        singles = []
        for index, h in enumerate(hypotheses):
            scored = Scored(h.key, (h,), log_priors[index], observations=observations)
            scored.base_terms = terms[index]
            scored.side_p, scored.values = side_p[index], values[index]
            if two_sided[index]:
                scored.silence = silences[sides[0]][index]
                scored.log_likelihood = log_likelihood[index]
                if request.one_side_only:
                    # a two-sided lesion showing on one side only ("reflexes symmetric", negated, shows nothing
                    # two-sided): as often as it lacks its stated two-sided finding, and on that side half the time
                    penalty = HALF + math.log(self.one_side_share(h, request.observed))
                    scored.log_likelihood += penalty
                    scored.side_penalty = penalty
            else:
                side = sides[side_index[index]]
                scored.side, scored.silence = side, silences[side][index]
                if request.sided:  # marginalised over the side: log(½ e^left + ½ e^right)
                    scored.log_likelihood = summed[index] + HALF
                    scored.side_penalty = HALF
                else:
                    scored.log_likelihood = log_likelihood[index]
            singles.append(scored)
        return singles, found.probabilities

    def _score_pairs(
        self,
        candidates: list[tuple[Scored, Scored]],
        singles: list[Scored],
        side_p: Matrix,
        present: np.ndarray,
        observations: list[Observation],
    ) -> list[Scored]:
        """Two lesions together: each finding present unless neither produces it (noisy-OR of both).

        Each lesion is on its own likelier side, with the units of each the note is silent on.
        """
        if not candidates:
            return []
        row = {id(s): index for index, s in enumerate(singles)}  # a single's row of ``side_p``
        silences = [a.silence.joined(b.silence) for a, b in candidates]
        start = np.array(
            [
                a.side_penalty + b.side_penalty + silence.log
                for (a, b), silence in zip(candidates, silences, strict=True)
            ]
        )
        both, values, logs = of_pairs(
            side_p,
            present,
            [row[id(a)] for a, _ in candidates],
            [row[id(b)] for _, b in candidates],
            start,
        )
        pairs = []
        rows = zip(candidates, silences, both.tolist(), values.tolist(), logs.tolist(), strict=True)
        for (a, b), silence, p_row, value_row, log in rows:
            first, second = a.members[0], b.members[0]
            if second.iri == BASE + SECOND_LESION_CONDITION:  # present with SECOND_LESION's probability itself
                log_prior = a.log_prior + LOG_SECOND
            elif first.iri == BASE + SECOND_LESION_CONDITION:
                log_prior = b.log_prior + LOG_SECOND
            else:
                log_prior = a.log_prior + LOG_SECOND + b.log_prior
            scored = Scored(f"{first.key}|{second.key}", (first, second), log_prior, observations=observations)
            scored.silence, scored.log_likelihood = silence, log
            scored.side_p, scored.values = p_row, value_row
            scored.base_terms = LikelierTerm(a.base_terms, b.base_terms, a.side_p, b.side_p)
            pairs.append(scored)
        return pairs

    def _request(self, distinct: list[Observation], priors: str) -> _Request:
        """Return what every hypothesis of one request is scored against, found once for all of them."""
        sided = any(o.side in SIDES for o in distinct)
        deficit = [_of_a_deficit(o) for o in distinct]  # once per observation, for ``shown`` and ``leaked``
        # nothing two-sided is shown: a two-sided lesion (or one the graph does not hold) shows on one side only; an
        # image shows no deficit, on either side, unless it shows compression on both (``_of_a_deficit``)
        shown = {
            o.side
            for o, of_a_deficit in zip(distinct, deficit, strict=True)
            if o.present and o.side in (*SIDES, "bilateral") and of_a_deficit
        }
        # what the note speaks of (``parsimony.py``), on each side and anywhere, with which units, found once for all
        heard: dict[str, Heard] = {
            side: (
                self.parsimony.said([o for o in distinct if o.side in (side, "bilateral", "")] if side else distinct),
                {},
                {},
            )
            for side in ("", *(SIDES if sided else ()))  # each side only when a finding has one
        }
        # which observations a one-sided lesion on each side (or on no side named) meets only by the leak: a two-sided
        # deficit, or a finding on the other side. A finding normal on both sides is normal on the lesion's side too,
        # as often as the lesion spares it (until stop 31 "quads 5/5, KJ 2+ symmetric" took the leak as well, and
        # counted nothing against a femoral lesion). An image of both sides ("bilateral L5 pars defects", "bilateral
        # foraminal narrowing") shows the structure on the lesion's side too, not a deficit of the other, unless it
        # shows compression (stop 41, ``_of_a_deficit``)
        leaked = {
            side: [
                bool(o.side)
                and (
                    (o.side == "bilateral" and of_a_deficit and o.present)
                    or bool(side and o.side != side and o.side != "bilateral")
                )
                for o, of_a_deficit in zip(distinct, deficit, strict=True)
            ]
            for side in ("", *SIDES)
        }
        return _Request(
            observations=distinct,
            present=[o.present for o in distinct],
            sided=sided,
            one_side_only=sided and len(shown) <= 1 and "bilateral" not in shown,  # right leg, then the left: both
            priors=priors,
            observed={finding for o in distinct for finding in o.findings},  # findings the note itself speaks of
            heard=heard,
            leaked=leaked,
        )

    def columns(self, observations: list[Observation]) -> list[tuple[Term, ...]]:
        """Return each observation's term for every hypothesis, in order, kept across requests.

        A term depends on the hypothesis and the observation alone, so an observation read before (a common
        finding, or the same note asked again) costs nothing more than looking it up; at most
        :data:`KEPT_COLUMNS` are kept, and all are dropped when that many are.
        """
        found = []
        for observation in observations:
            column = self._columns.get(observation)
            if column is None:
                if len(self._columns) >= KEPT_COLUMNS:
                    self._columns.clear()
                    self._probabilities.clear()
                column = self._columns[observation] = self._column(observation)
            found.append(column)
        return found

    def _column(self, observation: Observation) -> tuple[Term, ...]:
        """Return the observation's term for every hypothesis: a finding's from its kept finding column.

        An observation of findings takes, for each hypothesis, the likeliest of its findings' terms (the first of
        equals, as ``term`` does); each finding's column is kept with the finding terms it is made of.
        """
        if observation.kind != "finding" or not observation.findings:
            return tuple(self.term(h, observation) for h in self.hypotheses)
        found = [self._finding_column(finding) for finding in observation.findings]
        if len(found) == 1:
            return found[0]
        return tuple(max(terms, key=_probability) for terms in zip(*found, strict=True))

    def _finding_column(self, finding: str) -> tuple[Term, ...]:
        """Return P(finding present | h) for every hypothesis in order, kept as the finding terms are."""
        column = self._finding_columns.get(finding)
        if column is None:
            column = self._finding_columns[finding] = tuple(self.finding_term(h, finding) for h in self.hypotheses)
        return column

    def matrix(self, observations: list[Observation], columns: list[tuple[Term, ...]]) -> Matrix:
        """Return P(observation present | h) with a row per hypothesis and a column per observation.

        The request's own array (written to by ``_score_singles``), built from each column's probabilities, which are
        kept as the columns are.
        """
        arrays = []
        for observation, column in zip(observations, columns, strict=True):
            array = self._probabilities.get(observation)
            if array is None:
                array = self._probabilities[observation] = np.array([term.p for term in column])
            arrays.append(array)
        if not arrays:
            return np.zeros((len(self.hypotheses), 0))
        return np.column_stack(arrays)

    def _log_priors(self, priors: str) -> list[float]:
        """Return every hypothesis's log prior under a set of priors (``priors.PRIORS``), found once."""
        if priors not in self._log_prior_rows:
            self._log_prior_rows[priors] = [math.log(h.priors[priors]) for h in self.hypotheses]
        return self._log_prior_rows[priors]

    @cached_property
    def _two_sided_rows(self) -> np.ndarray:
        """Which hypotheses are two-sided lesions (a row mask of ``matrix``)."""
        return np.array([h.lesion.bilateral for h in self.hypotheses], dtype=bool)

    @cached_property
    def _weighed_rows(self) -> list[int]:
        """The rows of hypotheses whose silent units are weighed (``Parsimony.weighed``)."""
        return [index for index, h in enumerate(self.hypotheses) if self.parsimony.weighed(h)]

    @cached_property
    def _both_sides_rows(self) -> list[int]:
        """The rows of hypotheses stating a weakness of both sides by movement or muscle (``_both_sides_said``)."""
        return [
            index
            for index, h in enumerate(self.hypotheses)
            if any(
                (facts := self.findings.facts.get(finding)) is not None
                and facts.bilateral
                and any(akind in ("movement", "muscle") for akind, _ in facts.anatomy)
                for finding in h.explicit
            )
        ]

    @cached_property
    def _given_rows(self) -> list[int]:
        """The rows of hypotheses stating a finding once another is present (``_once_given``)."""
        return [index for index, h in enumerate(self.hypotheses) if h.given]

    @cached_property
    def _several_nerves(self) -> list[int]:
        """The rows of multifocal neuropathies: a polyneuropathy at a site of several separate nerves."""
        return [
            index
            for index, h in enumerate(self.hypotheses)
            if h.site.kind == "nerve" and h.key in self._nerve_neuropathies and len(self.parsimony.units(h)) > 1
        ]

    def _in_one_nerve(self, h: Hypothesis, terms: list[Term], observations: list[Observation]) -> list[Term]:
        """Return h's terms, its first deficit's at :data:`UNSTATED` times its own when one nerve holds every deficit.

        A mononeuritis multiplex is a lesion of two or more separate nerves (MSD Manual, multiple mononeuropathy); it
        can show as one mononeuropathy before the second (BMJ Best Practice, urgent considerations), "occasionally".
        Found per note: whether the deficits lie in one of h's nerves is the note's, not one line's (stop 58's clinical
        review: a fibular palsy after crossed legs, with a raised ESR, led by the vasculitic lesion and flagged).
        """
        reaches = [self.parsimony.reach_of(unit.node) for unit in self.parsimony.units(h)]
        holders: list[set[int]] = []
        first = None
        for index, observation in enumerate(observations):
            kind, anatomy = observation.kind, observation.anatomy
            if observation.findings and kind == "finding":
                facts = self.findings.facts.get(observation.findings[0])
                kind, anatomy = (facts.kind, facts.anatomy) if facts is not None else ("", ())
            if not observation.present or kind not in ANY_LEVEL_KINDS or not anatomy:
                continue
            first = index if first is None else first
            holders.append({i for i, reach in enumerate(reaches) if any(_reaches(reach, node) for _, node in anatomy)})
        if first is None or not set.intersection(*holders):
            return terms
        found = list(terms)
        found[first] = Term(terms[first].p * UNSTATED, f"{terms[first].why}; every deficit in one of its nerves")
        return found

    @cached_property
    def _several_roots(self) -> list[int]:
        """The rows of polyradiculopathies at no stated level (``_at_any_level``)."""
        return [index for index, h in enumerate(self.hypotheses) if h.site.key == SEVERAL_ROOTS]

    def one_side_share(self, h: Hypothesis, observed: Collection[str] = ()) -> float:
        """Return P(a two-sided lesion shows on one side only | h): 1 - P(its stated two-sided finding).

        Lumbar spinal stenosis "often" gives symptoms in both legs (the graph's bilateral leg symptoms), so a picture
        confined to one leg is that much less likely from it than from a one-sided lesion (which is on either side
        half the time, as a two-sided one shows on either side half the time). Until stop 29 every two-sided lesion
        showed on one side only as readily as a one-sided lesion did; a lesion with no two-sided finding stated still
        does (1.0: the graph says nothing of how often it is one-sided). A two-sided finding the note itself speaks
        of (``observed``: "no symptoms in the other leg") is counted by its own term, not again here.
        """
        if not h.lesion.bilateral:
            return 1.0
        if h.both_sides:  # a twin on both sides (``both_sides.py``): one side shown, the other unwritten
            return OTHER_SIDE_UNWRITTEN
        if h.key not in self._two_sided:
            self._two_sided[h.key] = [
                (finding, h.explicit[finding][0])
                for finding, data in self.findings.anatomy.out(h.iri, RADIX.hasFinding)
                if finding in h.explicit
                and (facts := self.findings.facts.get(finding)) is not None
                and facts.bilateral
                and not any(local_name(c.get("timing")) == "late" for c in data.get("contexts") or ())
            ]  # a two-sided finding said to come late (diabetic amyotrophy spreads to the other leg) is not the onset's
        stated = [p for finding, p in self._two_sided[h.key] if finding not in observed]
        return 1.0 - max(stated) if stated else 1.0


def _reaches(reach: Reach, node: str) -> bool:
    """Return True when a reach holds a muscle, movement, reflex or skin region."""
    return any(node in part for part in (reach.muscles, reach.movements, reach.reflexes, reach.regions))


def _separate(first: Hypothesis, second: Hypothesis) -> bool:
    """Return True when two lesions are at different places: neither names the other's site nor lies along it.

    Two lesions of one nerve (at the elbow, and the whole nerve), or a plexus and a nerve it forms,
    are one lesion described twice, not two lesions.
    """
    one, two = set(first.site.anatomy), set(second.site.anatomy)
    if one & two:
        return False
    return not (first.lesion.nerves & second.reach.nerves or second.lesion.nerves & first.reach.nerves)


def _distinct(observations: list[Observation]) -> list[Observation]:
    """Keep the first of observations that are the same evidence (read twice, counted once)."""
    seen: set[tuple[object, ...]] = set()
    kept = []
    for observation in observations:
        identity = observation.identity()
        if identity not in seen:
            seen.add(identity)
            kept.append(observation)
    return kept


def _best_by_site(singles: list[Scored]) -> list[Scored]:
    """Return every single lesion at the :data:`PAIR_CANDIDATES` likeliest sites, likeliest first.

    A site is as likely as all its lesions together; a pair of sites is offered with the lesions there summed
    (``engine._pairs_by_sites``), so a crowded site (a root with its radiculopathy and the causes placed at it)
    needs all of them as partners. Until stop 32 the eight best single lesions were the candidates, and which site
    pair came first turned on which lesions made that cut. Leptomeningeal disease, shown at its own site since stop 37,
    is the cauda equina's here: alone at a site it took one of the places and cut the pairs scored (a Guillain-Barré
    flag that came from its pairs was lost on sealed 60).
    """
    keys = [s.members[0].site.covered_key for s in singles]  # a covering is its structure's, as for its prior
    logs: dict[str, list[float]] = {}
    for s, key in zip(singles, keys, strict=True):
        logs.setdefault(key, []).append(s.log_prior + s.log_likelihood)
    mass = {key: _log_sum(found) for key, found in logs.items()}
    top = {key for key, _ in sorted(mass.items(), key=lambda item: -item[1])[:PAIR_CANDIDATES]}
    found = [s for s, key in zip(singles, keys, strict=True) if key in top]
    return sorted(found, key=lambda s: -(s.log_prior + s.log_likelihood))


def _probability(term: Term) -> float:
    """Return a term's probability (the key the likeliest of several terms is chosen by)."""
    return term.p


def _of_a_deficit(observation: Observation) -> bool:
    """Return True when an observation's side is a deficit's side.

    Not a modifier's, nor an image's but one showing compression on both sides (:data:`UNSIDED`, :data:`COMPRESSING`).
    """
    if observation.kind not in UNSIDED:
        return True
    return (
        observation.kind == "imaging"
        and observation.side == "bilateral"
        and bool(COMPRESSING.search(observation.phrase.lower()))
    )


def _log_sum(logs: list[float]) -> float:
    """Return log(sum(exp(x))) of log-probabilities without overflow (the largest factored out)."""
    top = max(logs)
    return top + math.log(sum(math.exp(x - top) for x in logs))
