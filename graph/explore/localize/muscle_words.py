"""A muscle injury's words in a note -> the graph's names of its findings (hamstring strain, exertional compartments).

A torn hamstring and a chronic exertional compartment syndrome are written in the words of an injury, not of a
lesion: "felt a pop in the back of my right thigh sprinting", "tender knot in the hamstring belly", "bruising
spreading down the back of the thigh", "it hurts to bend my knee against your hand", "tight burning pain in both
shins after 2 km of marching", "anterior compartment pressure 38 mmHg one minute after exercise". Each pattern here
puts the graph's own name of the finding in place of the words that say it, keeping any side word, so the reader
reads it as it reads a finding named in the note; nothing else in the line is touched.

* **Sudden posterior thigh pain**: a pop, snap, grab, twang or tear felt at the back of the thigh (or in the
  hamstring), or a sudden or sharp pain there in a line that names a sprint, kick, lunge, jump or stretch.
* **Hamstring tenderness** and **posterior thigh bruising**: tenderness of the hamstring (biceps femoris,
  semitendinosus, semimembranosus); bruising at the back of the thigh or over the hamstring.
* **Pain on resisted knee flexion**, with the knee flexion's weakness when the clause grades or calls it weak.
* **Exertional lower-leg tightness**: tightness, aching, cramping or bursting pain of the shins or the front of the
  lower legs in a line that names running, marching, a treadmill or training (not walking: that is the calf
  claudication of the arteries); both shins are the graph's bilateral finding.
* **Compartment pressure**: "raised" or a value of 30 mmHg or more (Pedowitz's criterion a minute after exercise,
  ``ref_pedowitz_1990``) is the graph's raised compartment pressure; a value under 15 mmHg (its criterion at rest) is
  that finding absent; a value between says nothing alone.
"""

from __future__ import annotations

import re

from graph.explore.localize.in_place import SENTENCE_END, near, put_name, put_span

SPORT = re.compile(
    r"\b(?:sprint\w*|kick\w*|lung\w*|jump\w*|stride|hurdl\w*|jet[eé]|splits?|danc\w*|reach\w*|scramble|pulled up)\b",
    re.I,
)
"""Words of the moment of a hamstring strain: a sprint, kick, lunge, jump, split or overstretch."""
SUDDEN = re.compile(r"\b(?:pop(?:ped|ping)?|snap(?:ped)?|grab|twang|tearing)\b", re.I)
SHARP = re.compile(r"\b(?:sudden|sharp) (?:sharp )?pain\b", re.I)
BACK_OF_THIGH = re.compile(
    r"\bback of (?:the |my |his |her |their )?(?:left |right |[lr] )?thigh\b"
    r"|\bposterior (?:left |right |[lr] )?(?:mid-)?thigh\b|\bhamstrings?\b",
    re.I,
)
TENDER = re.compile(r"\b(?:tender(?:ness)?|ttp)\b", re.I)
HAMSTRING = re.compile(r"\b(?:hamstrings?|biceps femoris|semitendinosus|semimembranosus)\b", re.I)
BRUISED = re.compile(r"\bbruis\w*", re.I)
RESISTED_KNEE_FLEXION = re.compile(
    r"\bpain(?:ful)? on resisted knee (?:flexion|bending)\b"
    r"|\bresisted knee (?:flexion|bending)\b[^,;.]{0,10}?\bpain(?:ful)?\b"
    r"|\bhurts to bend (?:my |his |her |the )?knee against (?:your|the|my) hand\b",
    re.I,
)
WEAK_AFTER = re.compile(r"^[^,;.]{0,20}?(?:\bweak\b|\b[0-4][+-]?/5\b)", re.I)
"""A weakness said of the knee flexion in the same clause ("resisted knee flexion painful and weak 4/5")."""
EXERTION = re.compile(
    r"\b(?:run|runs|running|jog\w*|march\w*|treadmill|exercis\w*|training|drills?|km|miles?|sprint\w*)\b", re.I
)
TIGHT = re.compile(r"\b(?:tight\w*|burst\w*|cramp\w*|ach(?:e|es|ed|ing|y))\b", re.I)
SHINS = re.compile(
    r"\b(?:shins?|anterior compartments?)\b|\bfront of (?:the |my |his |her |both )?(?:lower )?(?:legs?|shins?)\b", re.I
)
BOTH = re.compile(r"\b(?:both|bilateral\w*|b/l|shins)\b", re.I)
COMPARTMENT_VALUE = re.compile(r"\bcompartment (?:pressures?|icps?)\b[^;]{0,40}?\b(?P<value>\d{1,3}) ?mm ?hg\b", re.I)
COMPARTMENT_RAISED = re.compile(
    r"\bcompartment (?:pressures?|icps?)\b[^;.]{0,30}?\b(?:raised|elevated|high|increased)\b"
    r"|\b(?:raised|elevated|high|increased)\b[^;.]{0,20}?\bcompartment pressures?\b",
    re.I,
)
RAISED_FROM, NORMAL_BELOW = 30, 15
"""mmHg: 30 or more a minute after exercise is diagnostic, 15 or more at rest (Pedowitz, ``ref_pedowitz_1990``)."""


def rewrite(text: str, how: list[str]) -> str:
    """Return the text with a muscle injury's words put as the graph names their findings (see the module docstring)."""
    span = near(SUDDEN, BACK_OF_THIGH, text, 40, either=False)
    if span is None and SPORT.search(text):
        span = near(SHARP, BACK_OF_THIGH, text, 25, either=False)
    if span is not None:
        text = put_span(text, span, "sudden posterior thigh pain", how)
    span = near(TENDER, HAMSTRING, text, 35)
    if span is not None:
        text = put_span(text, span, "hamstring tenderness", how)
    span = near(BRUISED, BACK_OF_THIGH, text, 45) or near(BRUISED, HAMSTRING, text, 45)
    if span is not None:
        text = put_span(text, span, "posterior thigh bruising", how)
    found = RESISTED_KNEE_FLEXION.search(text)
    if found:
        weak = " ; weak knee flexion" if WEAK_AFTER.search(text[found.end() :]) else ""
        text = put_span(text, found.span(), "pain on resisted knee flexion" + weak, how)
    span = near(TIGHT, SHINS, text, 45, stop=SENTENCE_END) if EXERTION.search(text) else None
    if span is not None:
        both = BOTH.search(text[span[0] : span[1]]) or re.search(r"\bboth\b", text[: span[0]], re.I)
        text = put_span(text, span, "exertional pain in both lower legs" if both else "exertional lower-leg pain", how)
    value = COMPARTMENT_VALUE.search(text)
    if value and int(value.group("value")) >= RAISED_FROM:
        text = put_name(COMPARTMENT_VALUE, text, "raised compartment pressure", how)
    elif value and int(value.group("value")) < NORMAL_BELOW:
        text = put_name(COMPARTMENT_VALUE, text, "raised compartment pressure normal", how)
    else:
        text = put_name(COMPARTMENT_RAISED, text, "raised compartment pressure", how)
    return text
