"""Bedside signs and findings in a note's or a patient's words -> the graph's names of them (a table of ``lay.py``).

Split from ``lay.py`` for size; the rules of that module's docstring hold here: each key is the words a patient or
a note uses, with ``*`` for an optional possessive, article or side, and each target a name the graph holds.
"""

from __future__ import annotations

SIGNS = {
    "can't go up on * toes": "difficulty standing on tiptoes",
    "cannot go up on * toes": "difficulty standing on tiptoes",
    "can't get up on * toes": "difficulty standing on tiptoes",
    "ptosis + small pupil": "horner syndrome",
    "ptosis and small pupil": "horner syndrome",
    "ptosis + miosis": "horner syndrome",
    "ptosis and miosis": "horner syndrome",
    "can't hold in wind": "faecal incontinence",
    "cannot hold in wind": "faecal incontinence",
    "calf cramping after": "calf cramp on walking",
    "calf cramps after": "calf cramp on walking",
    "dp + pt pulses absent": "absent pedal pulses",
    "dp and pt pulses absent": "absent pedal pulses",
    "foot pulses absent": "absent pedal pulses",
    "pedal pulses absent": "absent pedal pulses",
    "pedal pulses 2+": "absent pedal pulses normal",
    "foot pulses 2+": "absent pedal pulses normal",
    "pedal pulses palpable": "absent pedal pulses normal",
    "can't lift * arm above shoulder height": "weak shoulder abduction",
    "cannot lift * arm above shoulder height": "weak shoulder abduction",
    "can't lift * arm above * shoulder": "weak shoulder abduction",
    "cannot lift * arm above * shoulder": "weak shoulder abduction",
    "tenderness over * common extensor origin": "lateral epicondyle tenderness",
    "parasagittal enhancing lesion": "parasagittal lesion",
    "bulge of * abdominal wall": "abdominal wall protrusion",
    "bulge of * lower abdominal wall": "abdominal wall protrusion",
    "bulge of * upper abdominal wall": "abdominal wall protrusion",
    "abdominal wall bulges": "abdominal wall protrusion",
    "abdominal wall bulging": "abdominal wall protrusion",
    "belly sticks out": "abdominal wall protrusion",
    "tummy sticks out": "abdominal wall protrusion",
    "belly bulges": "abdominal wall protrusion",
    "tummy bulges": "abdominal wall protrusion",
    "tapping": "tinel",
    "tapped": "tinel",
    "taps": "tinel",
    "percussion over": "tinel over",
    "spinous tenderness": "spinal tenderness",
    "percussion tenderness": "spinal tenderness",
    "tenderness to percussion": "spinal tenderness",
    "tender to percussion": "spinal tenderness",
    "sensory level": "sensory level on the trunk",
    "electric shocks down * back": "lhermitte sign",  # on bending the head forward
    "electric shock down * back": "lhermitte sign",
    "electric shocks down * spine": "lhermitte sign",
    "pupil looks smaller": "horner syndrome",  # a small pupil, as shorthand reads "miosis"
    "fingers are clumsy": "clumsy hands",
    "wobble in * dark": "positive romberg sign",
    "numb up to where * socks end": "glove and stocking loss",
    "below * nipples feels numb": "sensory level on the trunk",
    "can't push off": "weak plantar flexion",
    "cannot push off": "weak plantar flexion",
    "foot flops": "foot drop",
    "can't point it down": "weak plantar flexion",
    "tiptoes are fine": "difficulty standing on tiptoes normal",
    "back of * leg into * little toe": "pain radiating down the back of the leg to the lateral foot",
    "walk on * heel": "walking on heels",
    "toe-walking weaker": "difficulty standing on tiptoes",
    "weak toe-walking": "difficulty standing on tiptoes",
    "can't go up on * tiptoes": "difficulty standing on tiptoes",
    "stand on * tiptoes fine": "difficulty standing on tiptoes normal",
    "toes catch on * kerb": "foot drop",
    "hard to lift * leg into * car": "weak hip flexion",
    "knee keeps buckling": "knee extension weak",
    "knee buckling": "knee extension weak",
    "anal tone absent": "reduced anal tone",
    "absent anal tone": "reduced anal tone",
    "lax anal tone": "reduced anal tone",
    "clothes touching * skin": "allodynia",
    "palpable gap": "achilles tendon gap",
    "dorsal 1st web space": "first dorsal web space",
    "buzzing": "tingling",
    "can't stand on * tiptoes": "difficulty standing on tiptoes",
    "cannot stand on * tiptoes": "difficulty standing on tiptoes",
    "inner-thigh squeeze weaker": "weak hip adduction",
    "inner thigh squeeze weaker": "weak hip adduction",
    "scapula wings": "scapular winging",
    "lift * arm to brush * hair": "shoulder abduction",
    "staphylococcus aureus": "recent bacterial infection",
    "sneezing makes it shoot": "worse on coughing or sneezing",
    "plantar ↑": "extensor plantar",
    "reflexes ↑": "brisk reflexes",
    "reflexes equal": "reflexes symmetric",
    "plantars ↑": "extensor plantar",
    "make an o": "ok sign",
    "instead of an o": "pinch sign",
    "not an o": "pinch sign",
}
"""Lay descriptions of bedside signs -> the graph's names of the signs.

Tapping over a nerve that sends tingling along it is Tinel's sign (the graph's eponym "Tinel" then
narrows it to the place named: "tapping the inside of my ankle" is Tinel at the tarsal tunnel, which
the graph describes as "tingling on tapping behind the medial malleolus"); percussion tenderness is
read as spinal tenderness only in these words, which clinicians use of the spine; a pinch that cannot
form an O (a flattened D or a square instead) is the graph's "pinch sign" / abnormal OK sign; a plantar
response marked ↑ is an up-going (extensor) plantar, as the shorthand table reads "upgoing plantars", and
reflexes marked ↑ brisk; reflexes "equal" are symmetric (the shorthand table's "reflexes symmetrical")."""
