"""What a brain scan line says of the brain sites the graph holds: an acute lesion, a normal scan, or background.

The graph's brain sites are cortical and thalamic, the parts of ``radix:brain`` (the hand knob and the leg area of the
motor cortex, the paracentral lobule, the sensory thalamus). A scan showing an acute lesion above the tentorium
implicates each of them, and the clinical findings tell which; a normal MRI counts against them. Three kinds of line
say nothing of them, and are left as background (the line implicates the brain alone, which no hypothesis is at):

* an old, chronic or incidental lesion ("old L cerebellar infarct", "incidental pineal cyst"): silent infarcts and
  white-matter change are common with age, so as proof of a new deficit's cause they would mislead (the clinical
  review of stop 45);
* a lesion of a part the graph does not hold: below the tentorium (the cerebellum, the brainstem) or in the white
  matter (periventricular or small vessel change), none of them the cortex or the thalamus;
* a normal CT: against the final diagnosis its sensitivity for an acute stroke was 26 %, MRI's 83 % (Chalela et al.,
  Lancet 2007;369:293-298; abstract read on 2026-12-06 at https://arizona.pure.elsevier.com/en/publications/
  magnetic-resonance-imaging-and-computed-tomography-in-emergency-a), so it does not count against a small infarct.

A denial or a question reaches a lesion word as it does on a spine line (``study_words.denied``: "CT head: no
haemorrhage or infarct", "?bleed", "infarct excluded").
"""

from __future__ import annotations

from typing import NamedTuple

from graph.explore.localize.phrase import Phrase
from graph.explore.localize.study_words import (
    LESION_WORDS,
    MASS_WORDS,
    REQUEST_WORDS,
    denied,
    incidental,
    stretch_before,
)
from graph.namespaces import BASE

BRAIN = BASE + "brain"
"""A brain scan's structure: a lesion it shows implicates the brain's parts the graph holds (``partOf``), and the
clinical picture tells which ("MRI DWI: R internal capsule infarct" had been unread, its stroke placed in the cord)."""
BRAIN_LESION_WORDS = MASS_WORDS | LESION_WORDS | {
    "deficit", "hypoperfusion", "restriction", "restricted", "occlusion", "stroke", "glioma", "metastasis",
    "metastases", "bright", "hyperdense", "abscess", "abnormality", "abnormalities", "pathology", "change", "changes",
}  # fmt: skip
"""Words that name a lesion on a brain scan ("CT perfusion: L MCA territory deficit", "DWI restriction", "glioma");
"change", so that "CT head: no acute change" is a denied one, a normal scan (until stop 46 it was unknown wording, and
the line implicated the brain)."""
NOT_CORTICAL = frozenset({"cerebellar", "cerebellum", "brainstem", "pons", "pontine", "medulla", "midbrain",
                          "infratentorial", "periventricular", "white", "wml", "wmls", "hyperintensities",
                          "microvascular", "small-vessel", "atrophy", "pineal", "sinus", "sinuses",
                          "microbleeds"})  # fmt: skip
"""Words of a brain scan's finding in a part the graph holds no site in (below the tentorium, the white matter), or of a
finding that is no lesion of the cortex or thalamus."""
ACUTE_WORDS = frozenset({"acute", "new", "fresh", "hyperacute", "subacute"})
"""Words that make a lesion the new one whatever else its stretch says ("acute on chronic L subdural haematoma")."""
AGED_AFTER = frozenset({"old", "chronic", "established", "incidental"})
"""Words just after a lesion word that make it the past ("L frontal infarct, chronic"; "…, not acute")."""
NORMAL_REPORT = frozenset({"normal", "unremarkable", "nad", "nil"})
"""Words of a scan reported normal."""
ORDERED = frozenset({"requested", "pending", "awaited", "booked", "ordered", "planned", "arranged"})
"""Words of a scan not yet done ("MRI brain requested"): no result."""
LIMB_WORDS = frozenset({"arm", "leg", "hand", "foot", "limb", "limbs", "weakness", "hemiparesis", "sided"})
"""Words of the limbs on a scan line: its side is then the limbs' ("acute infarct corresponding to R arm weakness")."""


class BrainLine(NamedTuple):
    """What a brain scan line implicates, whether it shows a lesion (None: as the study reader found), and its side."""

    implicates: frozenset[str]
    present: bool | None
    side: str


def brain_line(phrase: Phrase, study: str, implicates: set[str], parts: set[str], side: str) -> BrainLine | None:
    """Return a scan line that names the brain as the study reader should keep it, or None for no result.

    An acute lesion implicates the brain and each of its parts, on the side of the limbs it weakens; a normal MRI
    counts against them; a normal CT is no result. A background finding, a question or unknown wording says nothing of
    the brain: until stop 46 such a line kept the brain, which no hypothesis was at, and "CT head: no acute change"
    then implicated the hemiparetic stroke added at the brain.
    """
    brain = reading(phrase)
    if brain == "normal" and study == "ct":
        phrase.how.append("a normal CT of the brain does not exclude a small infarct: no result")
        return None
    if brain == "lesion":
        return BrainLine(
            frozenset(implicates | parts), True, limbs_side(side, phrase.words, phrase.how) if side else side
        )
    if brain == "normal":
        return BrainLine(frozenset(implicates | parts), False, side)
    if not implicates - {BRAIN}:
        phrase.how.append("a brain scan line that shows no new lesion of the brain: no result")
    return BrainLine(frozenset(implicates - {BRAIN}), None, side)


def reading(phrase: Phrase) -> str | None:
    """Return "lesion", "normal" or "background" for a brain scan line, or None when it says nothing of the brain.

    None for a spine or finding line (one naming a disc, root, nerve or a finding of the graph: "MRI brain and whole
    spine: L4-5 extrusion compressing L5", "parasagittal meningioma" implicate their own places), a scan not yet done,
    a question, or wording the reader does not know: an unread word is no normal scan (the late review of stop 45
    found "acute L MCA stroke" read as one).
    """
    if any(m.category in ("disc", "root", "nerve", "finding") for m in phrase.matches):
        return None
    words = phrase.words
    if ORDERED & set(words) or REQUEST_WORDS & set(words) or any(word.startswith("?") for word in words):
        return None  # a scan not done, or a question ("to r/o stroke", "?acute infarct", "possible … infarct")
    named = [i for i, word in enumerate(words) if word in BRAIN_LESION_WORDS]
    lesions = [i for i in named if not denied(words, i)]
    if any(_acute_and_cortical(words, i) for i in lesions):
        return "lesion"
    if lesions or _not_cortical(words):
        phrase.how.append("an old, incidental or white-matter brain finding: no cortical or thalamic lesion")
        return "background"
    if named or NORMAL_REPORT & set(words):
        return "normal"
    return None


def _not_cortical(words: list[str]) -> bool:
    """Return True when the words name a part the graph holds no brain site in, or small vessel change."""
    return bool(NOT_CORTICAL & set(words)) or "small vessel" in " ".join(words)


def _acute_and_cortical(words: list[str], index: int) -> bool:
    """Return True when the lesion word at ``index`` is new and where the graph's brain sites are.

    Only its own stretch counts (back to a comma or a clause end, and the three words after it): "acute L MCA infarct
    with mild small vessel change" is acute; "old R cerebellar infarct, new L precentral gyrus infarct" has a new one.
    """
    before, after = stretch_before(words, index), words[index + 1 : index + 4]
    if _not_cortical(before):
        return False
    aged = (incidental(words, index) and not ACUTE_WORDS & set(before)) or bool(AGED_AFTER & set(after))
    return not aged and not ("not" in after and "acute" in after)


def limbs_side(side: str, words: list[str], how: list[str]) -> str:
    """Return the side of the limbs a hemisphere's lesion moves: the other side ("R internal capsule infarct": left).

    A line naming the limbs ("acute infarct corresponding to R arm weakness") gives their side as it is.
    """
    if LIMB_WORDS & set(words):
        return side
    how.append("the brain lesion's side read as the other side's limbs")
    return {"left": "right", "right": "left"}.get(side, side)
