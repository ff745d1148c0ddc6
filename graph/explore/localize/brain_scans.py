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

from graph.explore.localize.phrase import Phrase
from graph.explore.localize.study_words import LESION_WORDS, MASS_WORDS, denied, incidental

BRAIN_LESION_WORDS = MASS_WORDS | LESION_WORDS | {"deficit", "hypoperfusion", "restriction", "restricted", "occlusion"}
"""Words that name a lesion on a brain scan ("CT perfusion: L MCA territory deficit", "DWI restriction")."""
NOT_CORTICAL = frozenset({"cerebellar", "cerebellum", "brainstem", "pons", "pontine", "medulla", "midbrain",
                          "infratentorial", "periventricular", "white", "wml", "wmls", "hyperintensities",
                          "microvascular", "small-vessel", "atrophy", "pineal", "sinus", "sinuses"})  # fmt: skip
"""Words of a brain scan's lesion in a part the graph holds no site in (below the tentorium, the white matter), or of
a finding that is no lesion of the cortex or thalamus."""


def reading(phrase: Phrase) -> str | None:
    """Return "lesion", "normal" or "background" for a brain scan line, or None when it is a spine or finding line.

    A line that also names a disc, root or nerve ("MRI brain and whole spine: L4-5 extrusion compressing L5") is a
    spine line, and one naming a finding of the graph ("parasagittal meningioma") implicates that finding's place.
    """
    if any(m.category in ("disc", "root", "nerve", "finding") for m in phrase.matches):
        return None
    words = phrase.words
    lesions = [i for i, word in enumerate(words) if word in BRAIN_LESION_WORDS and not denied(words, i)]
    acute = [i for i in lesions if not incidental(words, i)]
    elsewhere = bool(NOT_CORTICAL & set(words)) or "small vessel" in " ".join(words)
    if acute and not elsewhere:
        return "lesion"
    if lesions or elsewhere:
        phrase.how.append("an old, incidental or white-matter brain finding: no cortical or thalamic lesion")
        return "background"
    return "normal"


def limbs_side(side: str, how: list[str]) -> str:
    """Return the side of the limbs a hemisphere's lesion moves: the other side ("R internal capsule infarct": left)."""
    how.append("the brain lesion's side read as the other side's limbs")
    return {"left": "right", "right": "left"}.get(side, side)
