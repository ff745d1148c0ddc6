"""A vascular mimic's words in a note -> the graph's names of its findings (veins and arteries of the limbs).

A deep vein thrombosis, a Raynaud attack, an effort thrombosis or a claudicating calf is written in the words of
the limb, not of a lesion: "L calf 3 cm larger than R", "fingertips go white then blue in the cold", "swollen, blue,
heavy left arm", "15 years on the angle grinder", "calf cramps after about 100 metres". Each pattern here puts the
graph's own name of the finding in place of the words that say it, keeping any side word and its denial ("calf
non-tender" is no calf tenderness), as ``muscle_words`` does for a muscle injury; nothing else in the line is touched.

* **Calf swelling**: a calf said to be swollen, or measured 3 cm or more larger than the other (the Wells score's
  measure, ``ref_wells_dvt_table``); not a smaller, wasted calf.
* **Pitting oedema** of one leg, with how far up it reaches (not of both legs: a heart's), and a **tender calf**.
* **Arm swelling and cyanosis**: the arm (or forearm) swollen, in a line that says it is blue, dusky or purple (a
  heavy arm alone is also angina's).
* **Finger blanching**: fingers or fingertips turning white or blanching in one clause (not white matter or cells).
* **Vibrating tools**: a named hand-held vibrating tool (angle grinder, pneumatic tools, chain saw, strimmer,
  hedge-trimmer, jackhammer, hammer drill, rivet gun, compactor).
* **Exertional calf pain**: a calf cramping, aching or seizing, with a walked distance (metres or yards) in its line.
* **Long-haul travel**: a flight of some hours, or a long flight or journey (``ref_uclh_dvt``: over four hours).
* **Both pedal pulses on one side**: "both pedal pulses absent on the right" are that foot's two pulses, not both feet.
"""

from __future__ import annotations

import re

from graph.explore.localize.in_place import SENTENCE_END, near, put_name, put_span, side_of

CUES = re.compile(
    r"cal(?:f|ves)|pitting|arm|finger|tips|grinder|pneumatic|saw|strimmer|trimmer|hammer|drill|rivet|compactor"
    r"|vibrating tool|power tool|flight|journey|pulses",
    re.I,
)
"""A word every pattern below needs: a line without one is left as it is, unsearched (the first-seen benchmark row)."""
CALF_SWELLING = re.compile(
    r"\bcalf\b[^,;.]{0,30}?\b(?P<cm>\d(?:\.\d)?) ?cm\b[^,;.]{0,20}?(?:\b(?:larger|bigger|greater|more|wider)\b|>)"
    r"|\bcalf\b[^,;.]{0,12}?\+ ?(?P<plus>\d(?:\.\d)?) ?cm\b"
    r"|\bcalf\b(?: (?:is|was|looks|feels))? swollen\b",
    re.I,
)
"""A calf said to be swollen, or measured 3 cm or more larger than the other (the Wells score's measure)."""
SMALLER = re.compile(r"\b(?:wast\w*|thin\w*|smaller|atroph\w*)\b", re.I)
"""A calf measured smaller (wasted): an S1 root's calf, no swelling."""
WELLS_CM = 3.0
SWOLLEN = re.compile(r"\b(?:swollen|swelling|swelled)\b(?! (?:ankles?|legs?|feet|knees?|calf|calves))", re.I)
BLUE = re.compile(r"\b(?:blue(?! inhaler)|bluish|dusky|cyanos\w*|purple)\b", re.I)
ARM = re.compile(r"\b(?:arm|forearm)\b", re.I)
"""A swollen arm that is blue, dusky or purple, in either order (a heavy arm alone is also angina's)."""
FINGERS = re.compile(r"\b(?:fingers?|fingertips?|tips)\b", re.I)
WHITE = re.compile(r"\b(?:white(?! (?:matter|cells?|counts?|blood|male|female|man|woman|patient))|blanch\w*)\b", re.I)
"""White fingers, not a scan's white matter, a white cell count or a patient's ethnicity."""
TOOLS = re.compile(
    r"\b(?:angle grinders?|pneumatic (?!compression)\w+|chain ?saws?|strimmers?|hedge-?trimmers?|jack ?hammers?)\b"
    r"|\b(?:hammer drills?|rivet guns?|compactors?|compactor plates?|vibrating tools?|power tools?)\b",
    re.I,
)
"""Hand-held vibrating tools by name (not "pneumatic compression" stockings, nor a Dr Sanders)."""
CALF = re.compile(r"\bcal(?:f|ves)\b", re.I)
CALF_CRAMP = re.compile(r"\b(?:cramp\w*|ach\w*|seiz\w*|tighten\w*)\b", re.I)
DISTANCE = re.compile(r"\b\d{2,4} ?(?:m|metres|meters|yards|yds)\b")
"""A walked distance, in lower case (not "65M", an age and sex)."""
PITTING = re.compile(r"\bpitting (?:ankle |leg )?o?edema\b", re.I)
REACHING = re.compile(r"^ (?:up )?to (?:the )?(?:mid-?shins?|shins?|knees?|ankles?|thighs?|mid-?calf)\b", re.I)
"""How far up a pitting oedema reaches ("pitting edema to mid-shin" is no stocking of sensory loss)."""
PLURAL_REACH = re.compile(r"(?:shins|knees|ankles|thighs)$", re.I)
"""A pitting oedema risen to both knees (or ankles, shins, thighs): both legs', no one leg's."""
CALF_TENDER = re.compile(r"\bcalf\b[^,;.]{0,20}?\btender\b", re.I)
FLIGHT = re.compile(
    r"\b(?:\d{1,2}[- ]?(?:hours?|hrs?|h)\b[^,;.]{0,12}?\bflights?|long(?:-haul| haul)? (?:flights?|journey))\b", re.I
)
BOTH_PEDAL = re.compile(r"\bboth (?=(?:pedal|foot|dp and pt|dorsalis pedis and posterior tibial) pulses\b)", re.I)
ONE_SIDE = re.compile(r"\b(?i:left|right)\b|\b[LR]\b")
BOTH_SIDES = re.compile(r"\b(?:both|bilateral\w*|b/l|bilat)\b", re.I)


def rewrite(text: str, how: list[str]) -> str:
    """Return the text with a vascular mimic's words put as the graph names their findings (see the docstring)."""
    if not CUES.search(text):
        return text
    swelling = CALF_SWELLING.search(text)
    measured = swelling and (swelling.group("cm") or swelling.group("plus"))
    if swelling and (SMALLER.search(swelling.group(0)) or (measured and float(measured) < WELLS_CM)):
        swelling = None
    if swelling and BOTH_SIDES.search(text[max(0, swelling.start() - 20) : swelling.end() + 20]):
        swelling = None  # both calves: no one-sided Wells sign
    calf = side_of(text, swelling.span()) if swelling else ""
    if swelling:
        text = put_span(text, swelling.span(), "calf swelling", how, keep=True)
    pitting = PITTING.search(text)
    if pitting and not BOTH_SIDES.search(text[max(0, pitting.start() - 20) : pitting.end() + 30]):
        reaching = REACHING.search(text[pitting.end() :])  # how far up it reaches, no stocking of sensory loss
        span = (pitting.start(), pitting.end() + (reaching.end() if reaching else 0))
        if not (reaching and PLURAL_REACH.search(reaching.group(0))):
            text = put_span(text, span, "pitting leg oedema", how, calf)
    text = put_name(CALF_TENDER, text, "calf tenderness", how, calf)
    arm = near(SWOLLEN, ARM, text, 45, stop=SENTENCE_END) if BLUE.search(text) else None
    if arm is not None and near(SWOLLEN, BLUE, text, 70, stop=SENTENCE_END):
        text = put_span(text, arm, "swollen blue arm", how)
    blanching = near(FINGERS, WHITE, text, 40)
    if blanching is not None:
        text = put_span(text, blanching, "finger blanching", how)
    text = put_name(TOOLS, text, "vibrating tools", how)
    cramp = near(CALF, CALF_CRAMP, text, 35)
    if cramp is not None and DISTANCE.search(text[max(0, cramp[0] - 45) : cramp[1] + 45]):
        text = put_span(text, cramp, "calf cramp on walking", how)
    text = put_name(FLIGHT, text, "long-haul flight", how)
    both = BOTH_PEDAL.search(text)
    if both and ONE_SIDE.search(text[max(0, both.start() - 25) : both.end() + 45]):
        how.append("'both pedal pulses' of one side read as that foot's two pulses")
        text = BOTH_PEDAL.sub("", text)
    return text
