"""A facial droop or slurred speech in a note that says the onset was sudden: the FAST signs of a stroke.

A drooping face reads as facial weakness and slurred speech as bulbar weakness (``lay_bedside``, the vocabulary's
related synonym): a droop alone does not tell a stroke's from a Bell's palsy, and the graph's "sudden facial droop" and
"sudden speech disturbance" (red flags for a stroke, FAST) need their onset said (the reviews of stop 37). Each line is
read on its own, so "his face dropped on the left" and "onset 20 minutes ago" are two readings: until stop 39 the
sudden signs were never read from a note that wrote the onset on another line or in other words, and eleven
development stroke notes went unflagged.

A note that says its onset was sudden (:data:`ONSETS`:
"suddenly", "all of a sudden", "an hour ago", "onset 40 min", "FAST +ve") and does not deny it ("not sudden", "gradual
onset") has each present facial weakness of one side without the facial nerve's own signs read as the sudden facial
droop as well, and each slurred speech as the sudden speech disturbance: the sudden sign is put
first (it raises the red flag, ``red_flags``) and the finding as read is kept (the model takes the likelier of the two
for each lesion, so the facial palsy of Lyme disease or Guillain-Barré syndrome keeps its term). Only these two: a
sudden foot drop or hand weakness is as often a nerve's palsy found on waking (Saturday night, crossed legs) as a
stroke, and the graph's sudden foot drop and hand weakness are the cortical strokes' own findings, which would move
the sites. "Woke up with" is no sudden onset here: a Bell's palsy is typically found on waking (the reviews of stop 39,
which also narrowed the times to minutes, hours up to a day and clock times, and kept a facial weakness of both sides or
with the eye, forehead, taste or hearing out).
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph.explore.localize.observation import Observation
from graph.namespaces import BASE

SUDDEN = re.compile(r"\b(?:sudden(?:ly)?(?! (?:movements?|death|cardiac|jerks?))|abrupt(?:ly)?|acute onset)", re.I)
"""Words saying the onset was sudden (not "sudden movements" or "sudden cardiac death")."""
FAST_POSITIVE = re.compile(r"\b(?:out of the blue|fast (?:\+ ?ve|positive))", re.I)
"""An onset "out of the blue", or a positive FAST test (the face, arm or speech of a stroke, found on screening)."""
MINUTES_AGO = re.compile(r"\b(?:an?|one|two|three|half an?|\d+) min(?:ute)?s? ago\b|\blast \d+ min(?:ute)?s\b", re.I)
HOURS_AGO = re.compile(r"\b(?:an?|one|two|three|half an?|[1-9]|1\d|2[0-4]) (?:hours?|hrs?) ago\b", re.I)
ONSET_FOR = re.compile(r"\bonset (?:\d+ ?min(?:ute)?s?|(?:[1-9]|1\d|2[0-4]) ?(?:hours?|hrs?))\b", re.I)
ONSET_AT = re.compile(r"\bonset (?:at|around|about) \d{1,2}(?::\d\d| ?[ap]m\b)", re.I)
"""Minutes ago, hours ago up to a day, or an onset at a clock time: a stroke's time course, not a week's."""
ONSETS = (SUDDEN, FAST_POSITIVE, MINUTES_AGO, HOURS_AGO, ONSET_FOR, ONSET_AT)
NOT_SUDDEN = re.compile(r"\b(?:no|not|nor|denies|without|never)\b[^.;,]{0,20}\b(?:sudden|abrupt)", re.I)
"""A sudden onset denied in its own clause."""
GRADUAL = re.compile(r"\bgradual onset|\bcame on gradually|\binsidious", re.I)
"""An onset said to be gradual (not "gradually improving")."""
LOWER_MOTOR_FACE = re.compile(
    r"\beyes?\b|forehead"
    r"|\bbrow|hyperacusis|taste|\bears?\b|both sides|bilateral",
    re.I,
)
"""A facial weakness with the forehead or eye closure, hyperacusis, taste or the ear (the facial nerve's, a Bell's
palsy) or on both sides (Guillain-Barré syndrome, Lyme disease): no stroke's droop, whatever the onset. A forehead
"spared" is read before this as the upper motor neuron facial weakness (``note_text.FOREHEAD_SPARED``), which this
does not apply to."""
SUDDEN_KIN = {
    BASE + "facial_weakness": BASE + "facial_droop",
    BASE + "umn_facial_weakness": BASE + "facial_droop",
    BASE + "bulbar_weakness": BASE + "speech_disturbance",
    BASE + "aphasia": BASE + "speech_disturbance",
    BASE + "hemiparesis": BASE + "sudden_hemiparesis",
}
"""A finding as read -> the graph's sudden sign of it (each a red flag for a stroke): since stop 46 also the upper motor
neuron face, aphasia and a hemiparesis (the FAST signs; the late review of stop 46 found "sudden L arm and leg weakness
1 hr ago" unflagged once hemiparesis itself was no red flag)."""
SPEECH = re.compile(r"slur|speech|dysarth|words", re.I)
"""Bulbar weakness is the speech's only when the line speaks of speech (not swallowing)."""


def said_sudden(lines: list[str]) -> bool:
    """Return True when a line of the note says the onset was sudden and none denies it."""
    said = any(pattern.search(line) for line in lines for pattern in ONSETS)
    return said and not any(NOT_SUDDEN.search(line) or GRADUAL.search(line) for line in lines)


def with_sudden_sign(observation: Observation) -> Observation:
    """Return the observation with the sudden sign of its finding put first, when it has one (see the module).

    ``red_flags`` reads an observation's first finding only: neither facial nor bulbar weakness is a red flag of its
    own, so putting the sudden sign before it hides none (the code review of stop 39 asked that this be said).
    """
    if not observation.present or observation.kind != "finding":
        return observation
    signs = [
        SUDDEN_KIN[f]
        for f in observation.findings
        if f in SUDDEN_KIN
        and (f != BASE + "bulbar_weakness" or SPEECH.search(observation.phrase))
        and (
            f != BASE + "facial_weakness"
            or not (observation.side == "bilateral" or LOWER_MOTOR_FACE.search(observation.phrase))
        )
    ]
    if not signs or signs[0] in observation.findings:
        return observation
    said = "read as its sudden sign as well: the note says the onset was sudden"
    return replace(observation, findings=(signs[0], *observation.findings), how=(*observation.how, said))
