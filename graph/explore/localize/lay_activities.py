"""Lay words for activities and what an activity does to a symptom (a table of ``lay.py``, whose rules hold here)."""

from __future__ import annotations

WHEN = ("", "when ", "once ", "if ", "after being ")
"""The words between a posture and the relief or worsening it brings ("better once seated", "worse when stood")."""
RELIEF_WORDS = ("better", "eased", "eases", "easier", "relieved")
"""Words of relief before "seated", "sat" or "stood": alone, "seated" is often a test's position ("hip flexion 4/5
(seated)", "SLR full when seated") or an event, and "stood" an event ("stood up and my foot flopped"), no posture of the
pain."""
JOINTS = ("with", "on", "when", "once", "after", "if")
"""The words that tie relief to the activity after it ("subsides with rest", "disappears when he sits down")."""

ACTIVITIES = {
    "stand still": "standing still",
    "lie on that side": "provoked lying on the affected side",
    "lying on that side": "provoked lying on the affected side",
    "lying on * affected side": "provoked lying on the affected side",
    # stop 53: "can't lie on the R side at night" (a trochanteric pain's) is lying on it provoking the pain; the
    # inability goes with it, or it would be read as the status of the pain named before it ("R lat hip pain, can't …")
    **{
        f"{unable} {verb} on {which} side": "provoked lying on the affected side"
        for unable in ("can't", "cannot", "couldn't", "unable to")
        for verb in ("lie", "sleep")
        for which in ("*", "the affected", "the painful", "that")
    },
    "stands still": "standing still",
    # stop 55: choking or coughing on drink is a difficulty swallowing, one of the graph's bulbar symptoms ("difficulty
    # swallowing"): "drinks go down the wrong way" (sealed 173) and "choking on thin liquids" (sealed 171) were unread
    **{
        f"{choke} on {drink}": "bulbar symptoms"
        for choke in ("choking", "chokes", "choke", "coughing", "coughs")
        for drink in ("drinks", "liquids", "thin liquids", "fluids")
    },
    "drinks go down * wrong way": "bulbar symptoms",
    "drink goes down * wrong way": "bulbar symptoms",
    "standing still for": "standing still",
    "on * feet": "standing",
    "exercise bike": "stationary cycling",
    "on * bike": "on cycling",
    "when i cycle": "when cycling",
    "going uphill": "walking uphill",
    "goes away": "relieved",
    **{f"goes off {after}": "relieved" for after in ("when", "within", "after", "if", "with", "once")},
    "fixes it": "relieved",
    "go away": "relieved",
    "makes it go": "relieved",
    "it goes": "relieved",
    "sets it off": "provoked",
    # stop 49: provoking and reproducing said of a symptom ("Spurling's don't provoke it" had read a positive Spurling)
    **{
        f"{verb} {it}": "provoked"
        for verb in ("provoke", "provokes", "reproduce", "reproduces")
        for it in ("it", "the pain")
    },
    **{f"goes {after}": "relieved" for after in ("after", "within", "with", "once")},  # "goes after 2-3 min rest"
    "set it off": "provoked",
    "brings it on": "provoked",
    "bring it on": "provoked",
    "makes it shoot": "provoked",
    "turning and tilting * head": "turning the head towards the painful side",
    "turning * head to * side": "turning the head towards the painful side",
    "turning * head to that side": "turning the head towards the painful side",
    "makes the pain shoot": "provoked",
    "brings the tingling on": "provoked",
    "brings the pain on": "provoked",
    "holding * phone": "sustained gripping",
    "holding * steering wheel": "sustained gripping",
    "bend * neck forward": "neck flexion",
    "bending * neck forward": "neck flexion",
    "tipping * head back": "neck extension",
    "tip * head back": "neck extension",
    # sealed 89's U89-024 and older notes (stop 42): the head tipped or tilted back in other tenses, and "head turned
    # and tilted" (the Spurling position, towards the side of the pain)
    "tips * head back": "neck extension",
    "tilts * head back": "neck extension",
    "tilting * head back": "neck extension",
    "head tilted back": "neck extension",
    "head turned and tilted": "turning the head towards the painful side",
    "cough/sneeze": "coughing or sneezing",
    # stop 53: a toilet seat or a ring cushion bears the weight off the perineum, so a pudendal neuralgia worse sitting
    # is eased there (the Nantes criteria's NHS notes, criterion 2); "eased sitting on a toilet seat" is no relief by
    # sitting, and had read as one, against the sitting that worsens the pain (sealed 155, 157, 159)
    **{
        f"{word} {when}{posture}{verb} on * {seat}": f"{word} {'standing, ' if posture else ''}on a {seat}"
        for word in (*RELIEF_WORDS, "relief")
        for when in (*WHEN, "by ", "when i ")
        for posture in ("", "standing or ", "stand or ")
        for verb in ("sitting", "sit")
        for seat in ("toilet seat", "toilet", "ring cushion", "doughnut cushion", "donut cushion")
    },
    # stop 47: "seated" and "stood" beside relief or worsening (alone, often the position a test was done in)
    **{
        f"{word} {when}{posture}": f"{word} {activity}"
        for word in (*RELIEF_WORDS, "worse")
        for when in WHEN
        for posture, activity in (("seated", "sitting"), ("sat", "sitting"), ("stood", "standing"))
    },
    # relief said of an activity after it ("disappears when he sits", "subsides with rest", "settled after 5 min rest":
    # stop 49); alone these words are
    # the course over time ("overall pain easing, walking more": the clinical review of stop 47)
    **{
        f"{word} {joint}": f"relieved {joint}"
        for word in ("easing", "subsides", "disappears", "settled")
        for joint in JOINTS
    },
}
"""Lay words for the activities the graph holds, and for what an activity does to a symptom.

The activity names are the graph's own (Activity labels and synonyms: "standing still", "walking uphill",
"stationary cycling", "holding a phone or book"/"sustained gripping", "bending the head forward", "tilting
the head back"); "on my feet" is standing. "Goes away", "goes off when", "makes it go", "fixes it" say the activity
relieves the symptom and "sets it off", "brings it on" that it provokes it (the reader's modifier words ``relieved``
and ``provoked``); "stands still" is compared as "standing still" because "standing" keeps its ending."""
