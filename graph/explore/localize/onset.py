"""A facial droop or slurred speech in a note that says the onset was sudden: the FAST signs of a stroke.

A drooping face reads as facial weakness and slurred speech as bulbar weakness (``lay_bedside``, the vocabulary's
related synonym): a droop alone does not tell a stroke's from a Bell's palsy, and the graph's "sudden facial droop" and
"sudden speech disturbance" (red flags for a stroke, FAST) need their onset said (the reviews of stop 37). Each line is
read on its own, so "his face dropped on the left" and "onset 20 minutes ago" are two readings: until stop 39 the
sudden signs were never read from a note that wrote the onset on another line or in other words, and eleven
development stroke notes went unflagged.

A note that says its onset was sudden (:data:`SUDDEN`: "suddenly", "all of a sudden", "an hour ago", "onset 40 min",
"woke up with", "FAST +ve") and does not deny it ("not sudden", "gradual onset") has each present facial weakness read
as the sudden facial droop as well, and each slurred speech as the sudden speech disturbance: the sudden sign is put
first (it raises the red flag, ``red_flags``) and the finding as read is kept (the model takes the likelier of the two
for each lesion, so the facial palsy of Lyme disease or Guillain-Barré syndrome keeps its term). Only these two: a
sudden foot drop or hand weakness is as often a nerve's palsy found on waking (Saturday night, crossed legs) as a
stroke, and the graph's sudden foot drop and hand weakness are the cortical strokes' own findings, which would move
the sites.
"""

from __future__ import annotations

import re
from dataclasses import replace

from graph.explore.localize.observation import Observation
from graph.namespaces import BASE

SUDDEN = re.compile(
    r"\b(?:sudden(?:ly)?|abrupt(?:ly)?|acute onset|out of the blue|woke (?:up )?with|fast (?:\+ ?ve|positive)"
    r"|(?:an?|one|two|three|half an?|\d+) (?:min(?:ute)?s?|hours?|hrs?) ago"
    r"|onset (?:\d+ ?(?:min(?:ute)?s?|hours?|hrs?)\b|(?:at|around|about) \d)|last \d+ min(?:ute)?s)",
    re.I,
)
"""Words saying the onset was sudden, or minutes to hours ago."""
NOT_SUDDEN = re.compile(r"\b(?:no|not|nor|denies|without|never)\b[^.;]{0,20}\b(?:sudden|abrupt)|\bgradual", re.I)
"""Words denying a sudden onset, or saying it was gradual."""
SUDDEN_KIN = {
    BASE + "facial_weakness": BASE + "facial_droop",
    BASE + "bulbar_weakness": BASE + "speech_disturbance",
}
"""A finding as read -> the graph's sudden sign of it (each a red flag for a stroke)."""
SPEECH = re.compile(r"slur|speech|dysarth|words", re.I)
"""Bulbar weakness is the speech's only when the line speaks of speech (not swallowing)."""


def said_sudden(lines: list[str]) -> bool:
    """Return True when a line of the note says the onset was sudden and none denies it."""
    return any(SUDDEN.search(line) for line in lines) and not any(NOT_SUDDEN.search(line) for line in lines)


def with_sudden_sign(observation: Observation) -> Observation:
    """Return the observation with the sudden sign of its finding put first, when it has one (see the module)."""
    if not observation.present or observation.kind != "finding":
        return observation
    signs = [
        SUDDEN_KIN[f]
        for f in observation.findings
        if f in SUDDEN_KIN and (f != BASE + "bulbar_weakness" or SPEECH.search(observation.phrase))
    ]
    if not signs or signs[0] in observation.findings:
        return observation
    said = "read as its sudden sign as well: the note says the onset was sudden"
    return replace(observation, findings=(signs[0], *observation.findings), how=(*observation.how, said))
