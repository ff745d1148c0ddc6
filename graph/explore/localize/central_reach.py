"""What a lesion of the corticospinal pathway weakens beyond the movements it names: the segments of its weakness.

A lesion of the brain, or of the cord's corticospinal tracts, reaches no muscle by the traversals (``anatomy.py``
follows roots and nerves), so until stop 51 a weakness the graph does not name for it took the leak: a cortical leg
stroke stating foot drop counted "PF 4/5" as far outside it as a hand's, and a hand-knob stroke stating weak finger
extension and abduction counted "APB 4/5" against itself more than motor neuron disease did. The motor cortex is laid
out by body part, not by muscle (Adams and Victor: the motor homunculus), and a tract lesion weakens what lies below
it, so a weakness such a lesion gives in part of a limb spreads to the part's other muscles. Here that part is read
from the graph: the **segments** (primary roots) of the muscles its stated weakness names, and of the skin of the
places it names ("weakness of the hand": the roots whose dermatomes cover the hand); a wasted muscle, a lower motor
neuron sign at the lesion's own level, names none, and a weakness the note itself calls wasted or fasciculating is
not reached this way (the late review of stop 51: a motor neuron disease's wasted, fasciculating leg went to a
parasagittal lesion through its foot drop's segments). A muscle all of whose primary roots are among them is reached at
:data:`CONTRIBUTING_SHARE` of the statement they rest on, as a root reaches a muscle it only contributes to; a muscle
with a root outside them stays outside (a weak hand's segments, C6 to C8, do not take in the biceps, C5 and C6), and a
movement is reached when most of the muscles doing it are. Only weakness is read this way: such a lesion gives no
denervation, and its skin and reflexes keep their own statements. The conus and the cord's grey matter are left out
(their weakness is segmental).

Measured on the development cases (stop 51) before any sealed set was run: a share of the lesion's own statement
without a root's ``REACHED`` reached further than a root's own muscle and let a cord lesion paired with a
polyneuropathy take cauda equina notes. The conus, given the legs' segments, took 44 cauda equina notes. A hemiparesis
names no place in the graph, so a hemiparetic stroke reaches only its weak hand's segments; giving the hemiparesis the
arm and the leg (a reading of its definition) lost more sites than it won. The code review of stop 51 found a muscle
reached when any one of its roots was a segment (the hand's C6 to C8 took in the biceps and the serratus anterior, and
"winged scapula" raised a stroke), a movement when any one of its muscles was (hip flexion through the tensor fasciae
latae), a cervical myelopathy's segments taken from its wasted hand, and a weak hand reached at full share through a
statement made only "commonly": all four are mended as above. Known limits (the clinical review of stop 51): segments
are not body parts, and the pyramidal pattern (arm extensors and leg flexors weakest) is not modelled.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from graph.explore.localize.anatomy import Anatomy
from graph.explore.localize.findings import Findings
from graph.explore.localize.lesion import Hypothesis
from graph.explore.localize.parameters import CONTRIBUTING_SHARE
from graph.namespaces import BASE, RADIX

BRAIN = BASE + "brain"
"""The graph's brain: a site that is it, or part of it, is a brain lesion here."""
CORTICOSPINAL = BASE + "corticospinal_tract"
"""The cord's motor pathway from the brain: a cord site naming it weakens below it as the brain does."""
LOWER_MOTOR_NEURON_WORDS = re.compile(r"\b(?:wasting|wasted|atrophy|fasciculation)")
"""Words of a lower motor neuron sign: a stated finding saying them (a cervical myelopathy's wasted hand) is a sign at
the lesion's own level, not the weakness it gives below it, so it names no segment (the code review of stop 51); a
note's line saying them is no weakness of the pathway (the late review)."""


class Through(NamedTuple):
    """How a central lesion reaches a muscle or movement: the strength, the stated finding and the segments."""

    strength: float
    finding: str
    roots: tuple[str, ...]


NOT_REACHED = Through(0.0, "", ())


class CentralReach:
    """The segments a central lesion's stated weakness covers, and the muscles it reaches through them."""

    def __init__(self, anatomy: Anatomy, findings: Findings) -> None:
        self.anatomy = anatomy
        self.findings = findings
        self._segments: dict[str, dict[str, tuple[float, str]]] = {}
        self._muscle_roots: dict[str, frozenset[str]] = {}
        self._performers: dict[str, frozenset[str]] = {}
        self._covering: dict[str, frozenset[str]] = {}

    def is_central(self, h: Hypothesis) -> bool:
        """Return True when h's site is the brain (or a part of it) or the cord's corticospinal tracts.

        The conus and the cord's grey matter are no such site: their weakness is of the anterior horn, segment by
        segment, as a root's is (the first try of stop 51 gave the conus the legs' segments, and it took 44 cauda
        equina notes from their roots).
        """
        if h.site.kind == "cord":
            return CORTICOSPINAL in h.site.anatomy
        return any(node == BRAIN or BRAIN in self.anatomy.wholes(node) for node in h.site.anatomy)

    def through(self, h: Hypothesis, akind: str, node: str) -> Through:
        """Return how h reaches this muscle or movement through its segments (:data:`NOT_REACHED` when it does not).

        A muscle is within them when every primary root of it is (the biceps, C5 and C6, is outside a weak hand's C6
        to C8); a movement when most of the muscles doing it are (hip flexion's iliopsoas and sartorius, not its
        tensor fasciae latae alone). The strength is :data:`CONTRIBUTING_SHARE` of the least likely statement the
        muscle's segments rest on (a root's share for a muscle it only contributes to; the model scales it by
        ``REACHED["weakness"]``).
        """
        if akind not in ("muscle", "movement") or not self.is_central(h):
            return NOT_REACHED
        if akind == "muscle":
            return self._muscle(h, node)
        performers = sorted(self._performers_of(node))
        reached = [through for through in (self._muscle(h, m) for m in performers) if through.strength > 0.0]
        if 2 * len(reached) <= len(performers):
            return NOT_REACHED
        return max(reached)

    def _muscle(self, h: Hypothesis, muscle: str) -> Through:
        """Return how h reaches one muscle: only when every primary root of it is one of h's segments."""
        segments = self._segments_of(h)
        roots = self._roots_of(muscle)
        if not roots or not roots <= segments.keys():
            return NOT_REACHED
        p, finding = min(segments[root] for root in roots)
        return Through(CONTRIBUTING_SHARE * p, finding, tuple(sorted(roots)))

    def _segments_of(self, h: Hypothesis) -> dict[str, tuple[float, str]]:
        """Return each segment h's stated weakness covers, with the likeliest statement covering it."""
        if h.key not in self._segments:
            segments: dict[str, tuple[float, str]] = {}
            for finding, (p, _) in sorted(h.explicit.items()):
                facts = self.findings.facts.get(finding)
                if facts is None or "weakness" not in facts.named_kinds:
                    continue
                if LOWER_MOTOR_NEURON_WORDS.search(str(self.anatomy.G.nodes[finding]["label"])):
                    continue
                roots: set[str] = set()
                for akind, node in facts.anatomy:
                    for muscle in self._muscles_named(akind, node):
                        roots |= self._roots_of(muscle)
                for place in facts.places:
                    roots |= self._covering_of(place)
                for root in roots:
                    if segments.get(root, (0.0, ""))[0] < p:
                        segments[root] = (p, finding)
            self._segments[h.key] = segments
        return self._segments[h.key]

    def _muscles_named(self, akind: str, node: str) -> frozenset[str]:
        """Return the muscles a finding's anatomy names: the muscle itself, or the muscles doing a movement."""
        if akind == "muscle":
            return frozenset({node})
        return self._performers_of(node) if akind == "movement" else frozenset()

    def _roots_of(self, muscle: str) -> frozenset[str]:
        """Return a muscle's primary roots (``hasPrimaryRoot``)."""
        if muscle not in self._muscle_roots:
            self._muscle_roots[muscle] = frozenset(root for root, _ in self.anatomy.out(muscle, RADIX.hasPrimaryRoot))
        return self._muscle_roots[muscle]

    def _performers_of(self, movement: str) -> frozenset[str]:
        """Return the muscles that perform a movement (``performs``)."""
        if movement not in self._performers:
            self._performers[movement] = frozenset(m for m, _ in self.anatomy.into(movement, RADIX.performs))
        return self._performers[movement]

    def _covering_of(self, place: str) -> frozenset[str]:
        """Return the roots whose dermatome covers the place or a part of it (``coversRegion``, ``hasDermatome``)."""
        if place not in self._covering:
            parts = self.anatomy.parts(place)
            roots = {
                root
                for region in parts
                for dermatome, _ in self.anatomy.into(region, RADIX.coversRegion)
                for root, _ in self.anatomy.into(dermatome, RADIX.hasDermatome)
            }
            self._covering[place] = frozenset(roots)
        return self._covering[place]
