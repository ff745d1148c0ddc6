"""A vascular mimic's words in a note -> the graph's names of its findings (veins and arteries of the limbs).

A deep vein thrombosis, a Raynaud attack, an effort thrombosis or a claudicating calf is written in the words of
the limb, not of a lesion: "L calf 3 cm larger than R", "fingertips go white then blue in the cold", "swollen, blue,
heavy left arm", "15 years on the angle grinder", "calf cramps after about 100 metres". Each pattern here puts the
graph's own name of the finding in place of the words that say it, keeping any side word, as ``muscle_words`` does
for a muscle injury; nothing else in the line is touched.

* **Calf swelling**: a calf (or its circumference) said to be some centimetres larger, bigger or more than the other
  (the Wells score's measure, ``ref_wells_dvt_table``; its "more than 3 cm" is not checked: a note that measures
  the difference is saying the calf is swollen).
* **Pitting oedema** of the leg, with how far up it reaches, and a **tender calf**.
* **Arm swelling and cyanosis**: the arm (or forearm) swollen, in a line that says it is blue, dusky or purple (a
  heavy arm alone is also angina's).
* **Finger blanching**: fingers or fingertips turning white or blanching.
* **Vibrating tools**: a named hand-held vibrating tool (angle grinder, pneumatic tools, chain saw, strimmer,
  hedge-trimmer, jackhammer, breaker, hammer drill, sander, rivet gun, compactor).
* **Exertional calf pain**: a calf cramping, aching or seizing, with a walked distance (metres or yards) in its line.
* **Long-haul travel**: a flight of some hours, or a long flight or journey (``ref_uclh_dvt``: over four hours).
* **Both pedal pulses on one side**: "both pedal pulses absent on the right" are that foot's two pulses, not both feet.
"""

from __future__ import annotations

import re

from graph.explore.localize.in_place import SENTENCE_END, SIDE, SIDE_JUST_BEFORE, near, put_name, put_span

CALF_SWELLING = re.compile(
    r"\bcalf\b[^,;.]{0,30}?\b\d(?:\.\d)? ?cm\b[^,;.]{0,20}?(?:\b(?:larger|bigger|greater|more|wider)\b|>)"
    r"|\bcalf\b[^,;.]{0,12}?\+ ?\d(?:\.\d)? ?cm\b",
    re.I,
)
SWOLLEN = re.compile(r"\b(?:swollen|swelling|swelled)\b", re.I)
BLUE = re.compile(r"\b(?:blue\w*|dusky|cyanos\w*|purple)\b", re.I)
ARM = re.compile(r"\b(?:arm|forearm)\b", re.I)
"""A swollen arm that is blue, dusky or purple, in either order (a heavy arm alone is also angina's)."""
FINGER_BLANCHING = re.compile(
    r"\b(?:fingers?|fingertips?|tips of (?:the )?\w+ fingers?|tips)\b[^.;]{0,40}?\b(?:white|blanch\w*)\b"
    r"|\b(?:white|blanch\w*)\b[^.;]{0,15}?\b(?:fingers?|fingertips?)\b",
    re.I,
)
TOOLS = re.compile(
    r"\b(?:angle grinders?|pneumatic \w+|chain ?saws?|strimmers?|hedge-?trimmers?|jack ?hammers?|breakers?)\b"
    r"|\b(?:hammer drills?|sanders?|rivet guns?|compactor(?: plates?)?|vibrating tools?)\b",
    re.I,
)
CALF = re.compile(r"\bcal(?:f|ves)\b", re.I)
CALF_CRAMP = re.compile(r"\b(?:cramp\w*|ach\w*|seiz\w*|tighten\w*)\b", re.I)
DISTANCE = re.compile(r"\b\d{2,4} ?(?:m|metres|meters|yards|yds)\b", re.I)
PITTING = re.compile(r"\bpitting (?:ankle |leg )?o?edema\b", re.I)
REACHING = re.compile(r"^ (?:up )?to (?:the )?(?:mid-?shin|shin|knee|ankle|thigh|mid-?calf)\b", re.I)
"""Pitting oedema, with how far up it reaches ("pitting edema to mid-shin" is no stocking of sensory loss)."""
CALF_TENDER = re.compile(r"\bcalf\b[^,;.]{0,20}?\btender\b", re.I)
FLIGHT = re.compile(
    r"\b(?:\d{1,2}[- ]?(?:hours?|hrs?|h)\b[^,;.]{0,12}?\bflights?|long(?:-haul| haul)? (?:flights?|journey))\b", re.I
)
BOTH_PEDAL = re.compile(r"\bboth (?=(?:pedal|foot|dp and pt|dorsalis pedis and posterior tibial) pulses\b)", re.I)
ONE_SIDE = re.compile(r"\b(?:on the )?(?:left|right)\b|\b[LR]\b")


def rewrite(text: str, how: list[str]) -> str:
    """Return the text with a vascular mimic's words put as the graph names their findings (see the docstring)."""
    swelling = CALF_SWELLING.search(text)
    calf = _side_of(swelling, text) if swelling else ""
    text = put_name(CALF_SWELLING, text, "calf swelling", how)
    pitting = PITTING.search(text)
    if pitting:
        reaching = REACHING.search(text[pitting.end() :])  # how far up it reaches, no stocking of sensory loss
        span = (pitting.start(), pitting.end() + (reaching.end() if reaching else 0))
        text = put_span(text, span, "pitting leg oedema", how, calf)
    text = put_name(CALF_TENDER, text, "calf tenderness", how, calf)
    arm = near(SWOLLEN, ARM, text, 45, stop=SENTENCE_END) if BLUE.search(text) else None
    if arm is not None and near(SWOLLEN, BLUE, text, 70, stop=SENTENCE_END):
        text = put_span(text, arm, "swollen blue arm", how)
    text = put_name(FINGER_BLANCHING, text, "finger blanching", how)
    text = put_name(TOOLS, text, "vibrating tools", how)
    cramp = near(CALF, CALF_CRAMP, text, 35)
    if cramp is not None and (DISTANCE.search(text[cramp[1] : cramp[1] + 45]) or DISTANCE.search(text[: cramp[0]])):
        text = put_span(text, cramp, "calf cramp on walking", how)
    text = put_name(FLIGHT, text, "long-haul flight", how)
    if BOTH_PEDAL.search(text) and ONE_SIDE.search(text):
        how.append("'both pedal pulses' of one side read as that foot's two pulses")
        text = BOTH_PEDAL.sub("", text)
    return text


def _side_of(swelling: re.Match[str], text: str) -> str:
    """Return the side of the swollen calf: named in its words, or the side word written just before them."""
    named = SIDE.search(swelling.group(0)) or SIDE_JUST_BEFORE.search(text[: swelling.start()])
    return named.group(1) if named else ""
