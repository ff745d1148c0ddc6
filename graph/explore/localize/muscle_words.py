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
* **Compartment pressure**: "raised", or any value meeting Pedowitz's criterion for its time (15 mmHg at rest, 30 a
  minute after exercise, 20 five minutes after: ``ref_pedowitz_1990``), is the graph's raised compartment pressure;
  every value under 15 mmHg is that finding absent; otherwise the values say nothing alone.
"""

from __future__ import annotations

import re

from graph.explore.localize.in_place import SENTENCE_END, near, put_name, put_span

CUES = re.compile(r"thigh|hamstring|biceps femoris|semitendinosus|semimembranosus|knee|shin|compartment|front of", re.I)
"""A word every pattern below needs (a part of the thigh, knee, shin or compartment): a line without one is left as it
is, unsearched (the first-seen benchmark row)."""
SPORT = re.compile(
    r"\b(?:sprint\w*|kick\w*|lung(?:e|es|ed|ing)|jump\w*|stride|hurdl\w*|jet[eé]|splits?|danc\w*|scramble|pulled up)\b",
    re.I,
)
"""Words of the moment of a hamstring strain: a sprint, kick, lunge, jump, split or overstretch."""
SUDDEN = re.compile(r"\b(?:pop(?:ped|ping)?|snap(?:ped)?|grab|twang|tear(?:ing)?|tore)\b", re.I)
SHARP = re.compile(r"\b(?:sudden|sharp) (?:sharp )?pain\b", re.I)
BACK_OF_THIGH = re.compile(
    r"\bback of (?:the |my |his |her |their )?(?:left |right |[lr] )?thigh\b"
    r"|\bposterior (?:left |right |[lr] )?(?:mid-)?thigh\b|\bhamstrings?\b",
    re.I,
)
TENDER = re.compile(r"\b(?:tender(?:ness)?|ttp)\b", re.I)
HAMSTRING = re.compile(r"(?<!tight )\b(?:hamstrings?|biceps femoris|semitendinosus|semimembranosus)\b", re.I)
"""The hamstring muscles, not tight ones (tight hamstrings are a stiff back's, not a strain's)."""
BRUISED = re.compile(r"\bbruis\w*", re.I)
RESISTED_KNEE_FLEXION = re.compile(
    r"\bpain(?:ful)? on resisted knee (?:flexion|bending)\b"
    r"|\bresisted knee (?:flexion|bending)\b[^,;.]{0,10}?\bpain(?:ful)?\b"
    r"|\bhurts to bend (?:my |his |her |the )?knee against (?:your|the|my) hand\b",
    re.I,
)
WEAK_AFTER = re.compile(r"^[^,;.]{0,20}?(?:\bweak\b|\b[0-4][+-]?/5\b)", re.I)
"""A weakness said of the knee flexion in the same clause ("resisted knee flexion painful and weak 4/5")."""
EXERTION = re.compile(r"\b(?:running|jog\w*|march\w*|treadmill|drills?|sprint\w*)\b", re.I)
"""Running or marching (not "runs", a pain's; not walking, nor a distance alone: walking is the calf claudication of the
arteries)."""
TIGHT = re.compile(r"\b(?:tight\w*|burst\w*|cramp\w*|ach(?:e|es|ed|ing|y))\b", re.I)
SHINS = re.compile(
    r"\b(?:shins?|anterior compartments?)\b|\bfront of (?:the |my |his |her |both )?(?:lower )?(?:legs?|shins?)\b", re.I
)
BOTH = re.compile(r"\b(?:both|bilateral\w*|b/l|shins)\b", re.I)
COMPARTMENT = re.compile(r"\bcompartment (?:pressures?|icps?)\b", re.I)
PRESSURE = re.compile(r"\b(?P<value>\d{1,3}) ?mm ?hg\b", re.I)
AT_REST = re.compile(r"\b(?:rest|resting|pre-?exercise|before)\b", re.I)
AT_FIVE_MINUTES = re.compile(r"\b(?:5|five) ?min", re.I)
COMPARTMENT_RAISED = re.compile(
    r"\bcompartment (?:pressures?|icps?)\b[^;.]{0,30}?\b(?:raised|elevated|high|increased)\b"
    r"|\b(?:raised|elevated|high|increased)\b[^;.]{0,20}?\bcompartment pressures?\b",
    re.I,
)
AFTER_EXERCISE, AFTER_FIVE_MINUTES, AT_REST_FROM = 30, 20, 15
"""mmHg: any one of 15 or more at rest, 30 or more a minute after exercise (a value whose time is not said is taken as
this one) or 20 or more five minutes after is diagnostic (Pedowitz, ``ref_pedowitz_1990``)."""


def rewrite(text: str, how: list[str]) -> str:
    """Return the text with a muscle injury's words put as the graph names their findings (see the module docstring)."""
    if not CUES.search(text):
        return text
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
        both = BOTH.search(text[span[0] : span[1]]) or BOTH.search(text[: span[0]])
        text = put_span(text, span, "exertional pain in both lower legs" if both else "exertional lower-leg pain", how)
    return _compartment_pressure(text, how)


def _compartment_pressure(text: str, how: list[str]) -> str:
    """Put the raised compartment pressure (or its absence) in place of a sentence's pressures, each by its own time.

    Raised when any value meets Pedowitz's criterion for its time; normal when every value is under the resting one;
    otherwise (a value between, or none with "raised") as its words say.
    """
    named = COMPARTMENT.search(text)
    if named is None:
        return text
    end = SENTENCE_END.search(text[named.end() :])
    sentence_end = named.end() + end.start() if end else len(text)
    values = []
    for found in PRESSURE.finditer(text, named.end(), sentence_end):
        around = text[max(named.end(), found.start() - 25) : found.end() + 25]
        limit = AT_REST_FROM if AT_REST.search(around) else AFTER_EXERCISE
        limit = AFTER_FIVE_MINUTES if AT_FIVE_MINUTES.search(around) else limit
        values.append((int(found.group("value")), limit, found.end()))
    if values and any(value >= limit for value, limit, _ in values):
        return put_span(text, (named.start(), values[-1][2]), "raised compartment pressure", how, deny=False)
    if values and all(value < AT_REST_FROM for value, _, _ in values):
        return put_span(text, (named.start(), values[-1][2]), "raised compartment pressure normal", how, deny=False)
    return put_name(COMPARTMENT_RAISED, text, "raised compartment pressure", how) if not values else text
