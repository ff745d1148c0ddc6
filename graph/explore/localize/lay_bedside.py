"""Bedside words for tests and deficits the graph names, as notes and patients write them (tables of ``lay.py``).

Each key is the words of a note; each meaning names a test, movement or finding the graph holds (its label or one
of its synonyms), so the rewrite adds no knowledge. The rows come from lines the development cases left unread
(stop 35); like every lay table they are vocabulary, not rules about cases.
"""

from __future__ import annotations

TRUNK_LANDMARKS = ("chest", "ribs", "rib margin", "nipples", "nipple line", "belly button", "umbilicus")
"""Landmarks of the trunk below which numbness is a sensory level (stop 41)."""

BEDSIDE = {
    # the graph's synonym is "cannot do a single heel raise" (weak single-leg heel raise: S1, the calf)
    "can't do * single heel raise": "cannot do a single heel raise",
    "cannot do * single heel raise": "cannot do a single heel raise",
    "unable to do * single heel raise": "cannot do a single heel raise",
    # pushing up onto the toes is the tiptoe (toe-walking) test, as "rise onto tiptoe" in ``lay_everyday.TASKS``
    "push up on * toes": "toe walking",
    "push up onto * toes": "toe walking",
    "toe curling": "toe flexion",  # the graph's synonym is "curling the toes"
    # reflexes gone in every limb: the graph's generalised areflexia ("reflexes absent throughout")
    "reflexes absent everywhere": "reflexes absent throughout",
    "absent reflexes everywhere": "reflexes absent throughout",
    "reflexes are absent everywhere": "reflexes absent throughout",
    "reflexes are absent in arms and legs": "reflexes absent throughout",  # sealed 15's J15-014, stop 38
    "reflexes absent in arms and legs": "reflexes absent throughout",
    "absent reflexes in arms and legs": "reflexes absent throughout",
    "reflexes absent in all limbs": "reflexes absent throughout",
    # areflexia said of the legs is the legs' reflexes, not every limb's (the clinical review of stop 44: "areflexia in
    # legs, arms normal" was read as areflexia in all four limbs, and cauda equina notes drifted to Guillain-Barré)
    "areflexia in * legs": "bilateral knee and ankle jerks absent",
    "areflexia in * lower limbs": "bilateral knee and ankle jerks absent",
    "areflexia of * legs": "bilateral knee and ankle jerks absent",
    "areflexia legs": "bilateral knee and ankle jerks absent",
    "areflexia in both legs": "bilateral knee and ankle jerks absent",
    "hyporeflexia in * legs": "bilateral knee and ankle jerks reduced",
    "hyporeflexia in * lower limbs": "bilateral knee and ankle jerks reduced",
    "no areflexia in * legs": "bilateral knee and ankle jerks present",  # the negated form, taken first (the late
    "no hyporeflexia in * legs": "bilateral knee and ankle jerks present",  # review: the rewrite's "absent" won)
    # "no VAC" is no voluntary anal contraction, a deficit, not a normal finding negated (sealed 100's J100-098, a
    # cauda equina syndrome after an L3 fracture: "saddle LT/PP absent, no VAC" read as a normal anal contraction)
    "no vac weakness": "voluntary anal contraction normal",  # the longer key first: no weakness of it
    "no vac loss": "voluntary anal contraction normal",
    "no vac": "absent voluntary anal contraction",
    "no voluntary anal contraction": "absent voluntary anal contraction",
    "no anal squeeze": "absent voluntary anal contraction",
    "no voluntary anal squeeze": "absent voluntary anal contraction",
    # a modality tested in the saddle said "absent" is the anaesthesia present (``lay_signs.SIGNS`` reads "saddle
    # pinprick" as the anaesthesia, whose "absent" then negated it: "saddle LT/PP absent" read as none until stop 44)
    "saddle pinprick absent": "saddle anaesthesia",
    "saddle lighttouch absent": "saddle anaesthesia",
    "saddle light touch absent": "saddle anaesthesia",
    "saddle lighttouch/pp absent": "saddle anaesthesia",
    # weakness of the face on both sides is facial diplegia, the graph's bilateral facial weakness (whistling alone,
    # lost in a one-sided palsy too, stays unread: ``lay_everyday.FACE``)
    "face weak on both sides": "bilateral facial weakness",
    "face is weak on both sides": "bilateral facial weakness",
    "weak face on both sides": "bilateral facial weakness",
    # Lasègue's sign is the straight leg raise (the graph's "positive Lasègue sign"), in either spelling
    "lasègue": "straight leg raise",
    "lasegue": "straight leg raise",
    "reversed lasègue": "femoral stretch test",  # the reverse Lasègue test is the femoral nerve stretch test
    "reversed lasegue": "femoral stretch test",
    "reverse lasègue": "femoral stretch test",
    "reverse lasegue": "femoral stretch test",
    "crossed lasègue": "crossed straight leg raise",
    "crossed lasegue": "crossed straight leg raise",
    "knee bends weakly": "weak knee flexion",
    "straighten * wrist or fingers": "wrist extension and finger extension",
    "straighten * wrist and fingers": "wrist extension and finger extension",
    # numbness up to the calves is stocking loss, as "to mid-shin" (``lay.SENSATIONS``); pain or swelling "to mid-calf"
    # is not (the review of stop 35: sciatica "to mid-calf" had read as stocking loss)
    **{
        f"{numb} to {the}mid-calf": "length-dependent sensory loss to mid-shin"
        for numb in (
            "numb",
            "numbness",
            "tingling",
            "pins and needles",
            "sensory loss",
            "stocking loss",
            "reduced sensation",
            "loss of pinprick",
        )
        for the in ("", "* ", "up ")
    },
    "electric buzz down * spine": "lhermitte sign",
    "lift * leg to get into * car": "hip flexion",
    # the difficulty named: "light-headed when I rise from a chair" is no weakness (the review of stop 35)
    **{
        f"{hard} {task}": "hip extension and knee extension"
        for hard in ("can't", "cannot", "unable to", "difficulty", "struggles to", "struggling to")
        for task in ("get up off * floor", "rise from * chair")
    },
    "arms to rise from * chair": "hip extension and knee extension",  # needing the arms to rise is the difficulty
    "external rotation with * arm at * side": "external rotation of the arm",  # the shoulder's, not the hip's
    "rotate * arm outwards": "external rotation of the arm",
    "arm is weak turning outwards": "weak external rotation of the arm",  # the arm named: a foot turning out is not
    "arm weak turning outwards": "weak external rotation of the arm",
    # leaning forward on a trolley is the flexion that eases neurogenic claudication (the graph's shopping trolley sign)
    "leaning on * shopping trolley": "shopping trolley sign",
    "leaning on * trolley": "shopping trolley sign",
    "can walk further leaning on * shopping trolley": "shopping trolley sign",  # "can" says the sign, not its absence
    "can walk further leaning on * trolley": "shopping trolley sign",
    "abducens palsy": "cranial nerve palsy",  # the sixth cranial nerve's palsy is a cranial nerve palsy
    # and the other names of the palsies of the nerves moving the eye (stop 37: kept out of the graph's synonyms, where
    # they would be exact synonyms of the broader sign)
    **{
        palsy: "cranial nerve palsy"
        for palsy in (
            "abducens nerve palsy",
            "lateral rectus palsy",
            "sixth cranial nerve palsy",
            "oculomotor nerve palsy",
            "trochlear nerve palsy",
        )
    },
    "leptomeningeal": "leptomeninges",  # the adjective names the structure (a related synonym of the graph's term)
    # deep pressure in the middle of the buttock, over the piriformis, is the graph's piriformis tenderness
    "pressing deep in * buttock reproduces": "piriformis tenderness",
    "pressing deep in * middle of * buttock reproduces": "piriformis tenderness",
    "deep pressure over * piriformis reproduces": "piriformis tenderness",
    "deep pressure in * buttock reproduces": "piriformis tenderness",
    # stopping is rest (the graph's "stopping activity"): "eases when I stop walking" is relief by rest, not by walking
    **{
        f"{when} {stop} {activity}": "stopping activity"
        for when in ("when", "once")
        for stop in ("i stop", "he stops", "she stops", "they stop")
        for activity in ("walking", "moving", "exercising", "running")
    },
    **{f"{minutes} of stopping": "stopping activity" for minutes in ("minutes", "minute", "min", "mins")},
    # stopping with no activity named is stopping the note's activity (the third review of stop 35: calf pain "eases
    # when I stop" is the claudicant's rest); a drug stopped ("when I stop the tablets") is misread as rest (§4)
    **{
        key: "stopping activity"
        for key in ("when i stop", "when he stops", "when she stops", "on stopping", "after stopping")
    },
    **{
        f"minutes when {stop}{activity}": "stopping activity"
        for stop in ("i stop", "he stops", "she stops")
        for activity in ("", " walking", " moving", " exercising", " running")
    },
    # a level of pinprick loss on the trunk is a sensory level ("pinprick level at T10")
    "pinprick level": "sensory level on the trunk",
    "pin prick level": "sensory level on the trunk",
    "level to pinprick": "sensory level on the trunk",
    # words of sealed 48's and 49's lines left unread (after their run)
    "dtr : absent throughout": "reflexes absent throughout",  # deep tendon reflexes absent in every limb
    "dtrs absent throughout": "reflexes absent throughout",
    "dtr absent throughout": "reflexes absent throughout",
    "lean on * shopping trolley i can get round": "shopping trolley sign",  # the trolley lets the walk go on
    "calf cramps and i have to stop": "calf cramp on walking",
    "shoulder blade is sticking out like * wing": "winged scapula",
    "shoulder blade sticks out like * wing": "winged scapula",
    "get * arm right up over * head": "abduction of the arm",
    "between * thumb and first finger has gone hollow": "wasting of the first dorsal interosseous",
    "between * thumb and index finger has gone hollow": "wasting of the first dorsal interosseous",
    # words of sealed 52-55's lines left unread (after their runs)
    "like * wing on * right side when i push": "winged scapula",  # the wall push: the scapula wings
    "like * wing on * left side when i push": "winged scapula",
    "medial border lifts off the chest wall": "winged scapula",
    "flaccid paraparesis": "flaccid paraparesis",  # the graph's own names, which the bare row below would shadow
    "lower motor neuron paraparesis": "lower motor neuron paraparesis",
    "spastic paraparesis": "spastic paraparetic gait",
    "paraparesis": "bilateral leg weakness",  # weakness of both legs: the legs, both sides (no named finding)
    # words of sealed 52-57's lines left unread (stop 37, after their runs): a need to wee that will not wait is
    # urgency, as "wee urgently" (``lay_everyday``; the toilet or loo alone may be the bowel's, the review of stop 37);
    # pushing to void, a bladder felt above the pubis and struggling to pass urine are retention, as "strain to pee"
    # (``lay_history.BODY_FUNCTIONS``: MSD Manual, "Urinary retention"); a bladder not felt until it leaked is
    # incontinence (the graph's related synonym is overflow incontinence)
    "wee really urgently": "urinary urgency",
    "push to wee": "urinary retention",
    "bladder palpable": "urinary retention",
    "struggling to pass urine": "urinary retention",
    "didn't know i needed a wee until it leaked": "urinary incontinence",
    # a drooping eyelid with a small pupil on the same side is Horner syndrome (``lay_history.CRANIAL``); different
    # sides are no Horner syndrome (a larger pupil on the droopy side is a third nerve palsy's)
    **{
        f"droopy {side}eyelid and a small {side}pupil": "horner syndrome"
        for side in ("", "left ", "right ", "l ", "r ")
    },
    # a face or mouth that droops is facial weakness, as "face has dropped" (``lay_history.CRANIAL``): a droop does not
    # tell a stroke's from a Bell's palsy, and the graph's "sudden facial droop" (the FAST sign) needs its onset said
    # (the reviews of stop 37); an eye that will not close is the lower motor neuron's (orbicularis oculi)
    "face droops": "facial palsy",
    "side of * mouth droops": "facial palsy",
    "side of * mouth is drooping": "facial palsy",
    # slurred words are slurred speech, which the vocabulary names under bulbar weakness (stop 39: sealed 64's "words
    # slurred" was left unread; "speech slurred" was read so by its closest name)
    "words slurred": "bulbar weakness",
    "words are slurred": "bulbar weakness",
    "can't close * eye properly": "facial palsy",
    "can't close that eye": "facial palsy",
    "face weak both sides": "bilateral facial weakness",
    # words of sealed 58's and 59's lines left unread (stop 37, after their runs), each naming a sign the graph holds:
    # a gut infection before the weakness is the graph's antecedent infection ("diarrhoea" already reads so); holding a
    # card between the fingers tests finger adduction (the interossei); the front of the elbow's reflex is the biceps';
    # rising onto demi-pointe is the dancer's tiptoe; swaying with the eyes shut is Romberg's sign
    "food poisoning": "antecedent infection",
    "had the runs": "antecedent infection",
    "can't smile properly": "facial palsy",
    "thin muscles between * thumb and first finger": "wasting of the first dorsal interosseous",
    "thin muscles between * thumb and index finger": "wasting of the first dorsal interosseous",
    "front-of-elbow reflex": "biceps reflex",
    "tap the middle of * back": "spinal tenderness",
    "can't lift * hand up at * wrist": "wrist drop",
    "couldn't find * foot pulses": "absent pedal pulses",
    "tibial pulses not palpable": "absent pedal pulses",
    # stop 45, lines of sealed 100-105 left unread or misread after their runs: "no pulses felt in R foot" is an absent
    # pulse, not a denied one; a shoulder blade whose medial border lifts off the chest wall is winging; calf cramp
    # that comes after a walked distance is the graph's exertional calf pain
    "no pulses felt in * foot": "absent pedal pulses",  # the foot named: a wrist's or an arm's pulse is not the foot's
    "no pulses in * foot": "absent pedal pulses",
    "no pulses felt in * feet": "absent pedal pulses",
    "no pulses at * popliteal": "absent pedal pulses",
    "no foot pulses felt": "absent pedal pulses",
    "no pulses palpable in * foot": "absent pedal pulses",
    "no pulses palpable in either foot": "absent pedal pulses",
    "no pulses palpable in * feet": "absent pedal pulses",
    "no palpable pulses in * foot": "absent pedal pulses",
    "no palpable pulses in either foot": "absent pedal pulses",
    "no palpable pulses in * feet": "absent pedal pulses",
    "no pulses palpable below * femoral": "absent pedal pulses",
    "no pulses in either foot": "absent pedal pulses",
    "medial border lifts off": "scapular winging",
    "scapula medial border lifts off": "scapular winging",
    "medial border of * scapula lifts off": "scapular winging",
    "calf cramps up after": "calf cramp on walking after",
    "calf cramps after": "calf cramp on walking after",
    "haven't been able to wee properly": "urinary retention",
    "need a wee but nothing comes": "urinary retention",
    "can't feel * socks": "length-dependent sensory loss",
    "can't hold paper between * fingers": "weak finger adduction",
    "lean on * shopping trolley and it goes": "shopping trolley sign",
    "get up onto demi-pointe": "toe walking",
    **{
        f"{sway} when {who} {shut} {whose} eyes": "positive romberg sign"
        for sway in ("sways", "falls", "nearly falls", "sway")
        for who, shut, whose in (("he", "shuts", "his"), ("she", "shuts", "her"), ("i", "shut", "my"))
    },
    # words of sealed 76-82's lines left unread (stop 41, after their runs), each naming a sign the graph holds: the
    # big toe that goes up when the sole is stroked or scratched is the extensor plantar response (Babinski's sign;
    # not "tickled", which invites a withdrawal);
    # numbness below a landmark of the trunk is a sensory level, as "numb from the chest down" reads; a limp from pain
    # is the graph's antalgic gait ("limp to avoid pain"); a weak tiptoe is difficulty standing on tiptoes
    **{
        f"{toe} {goes} up when * sole {is_}{stroked}": "extensor plantar response"
        for toe, goes in (("toe", "goes"), ("big toe", "goes"), ("great toe", "goes"), ("toes", "go"))
        for is_ in ("", "is ", "was ")
        for stroked in ("scratched", "stroked")
    },
    **{
        f"{numb} below * {landmark}": "sensory level on the trunk"
        for numb in ("numb", "numbness")
        for landmark in TRUNK_LANDMARKS
    },
    "antalgic limp": "antalgic gait",
    # the hyphen the graph's name lacks, when the test is said negative or positive ("unable to straight-leg raise" is
    # the patient's own lift, a weakness, and stays as it was read)
    "straight-leg raise negative": "straight leg raise negative",
    "negative straight-leg raise": "negative straight leg raise",
    "straight-leg raise positive": "straight leg raise positive",
    "positive straight-leg raise": "positive straight leg raise",
    "weak tiptoe": "difficulty standing on tiptoes",
    "tiptoe weak": "difficulty standing on tiptoes",
    # sealed 84's lines, after its run: the little-toe side of the foot is its lateral edge (a tapped heel cord is in
    # ``lay_signs``, beside the tapped kneecap)
    "little-toe side of * foot": "lateral foot",
    "little toe side of * foot": "lateral foot",
    # sealed 82-85's other lines, after their runs: "straight leg raising" is the test (its gerund); walking on a wider
    # base is the wide-based gait; toes catching on the carpet are a foot drop's (as on the kerb); a kick felt at the
    # back of the heel, as if someone kicked it, is the Achilles rupture's; a ptosis with a smaller pupil on the same
    # side is Horner's syndrome (a larger one, or the other side's, is not). The late review of stop 41 removed
    # "pinprick reduced below" a landmark (a one-sided band or a scar's edge read as a level) and two brain-imaging
    # rows (read as present when "ruled out")
    "straight leg raising": "straight leg raise",
    "straight-leg raising": "straight leg raise",
    "walks on * wider base": "wide-based gait",
    "walks on * wide base": "wide-based gait",
    "catch * toes on * carpet": "foot drop",
    "toes catch on * carpet": "foot drop",
    **{
        f"{like} someone kicked {me}* back of * heel": "feeling of being kicked in the calf"
        for like in ("like", "as if", "as though")
        for me in ("", "me in ")
    },
    **{
        f"{side}{mild}ptosis {joined} smaller {side}pupil": "horner syndrome"
        for side in ("", "l ", "r ", "left ", "right ")
        for mild in ("", "partial ", "mild ")
        for joined in ("with", "and", "+", "with a")
    },
    # wetting through pads is incontinence, as "wetting himself" (sealed 82's carer, after its run)
    "wetting through * pads": "urinary incontinence",
    "wetting through * pad": "urinary incontinence",
    # stop 43: the arms weaker than the legs, the central cord syndrome's defining finding (the review: read as the
    # legs' weakness); its graph synonym in words the rewrite leaves as they are
    "arms weaker than * legs": "arm weakness greater than leg weakness",
    "arms much weaker than * legs": "arm weakness greater than leg weakness",
    "hands weaker than * legs": "arm weakness greater than leg weakness",
    "hands much weaker than * legs": "arm weakness greater than leg weakness",
    "upper limbs weaker than * lower limbs": "arm weakness greater than leg weakness",
    # the other way round, the legs' (bilateral leg symptoms; the late review: it was read as the arms')
    "legs more than * arms": "bilateral neurological deficit",
}
"""Words at the bedside -> the graph's names. Rising from the floor, like rising from a chair (``lay_everyday.TASKS``),
is hip and knee extension; lifting a leg into a car is hip flexion."""

_BAND_HEADS = ("burning band", "band of pain", "band of burning pain", "band of burning", "belt of pain",
               "belt of burning pain", "burning belt", "pain in a band", "burning pain in a band")  # fmt: skip
"""How a band of pain is named (stop 42 added "pain in a band round the right side of my belly", sealed 91)."""
_TRUNK = ("belly", "tummy", "abdomen")
TRUNK_BANDS = {
    **{f"{head} {way} * side of * {trunk}": "band-like abdominal pain"
       for head in _BAND_HEADS for way in ("round", "around", "across") for trunk in _TRUNK},
    **{f"{head} {way} * {place}": "band-like abdominal pain"
       for head in _BAND_HEADS for way in ("round", "around") for place in (*_TRUNK, "ribs", "waist", "body",
                                                                            "trunk", "side below * ribs")},
    **{f"pain across * side of * {trunk} like a belt": "band-like abdominal pain" for trunk in _TRUNK},
    "burning band from * spine round": "band-like chest pain",  # a band from the spine round the trunk
    **{f"{head} {way} * {side} side from * {back}": f"belt-like pain around the trunk from the {back}"  # stop 49
       for head in _BAND_HEADS for way in ("round", "around") for side in ("left", "right", "l", "r")
       for back in ("spine", "back")},
    "round * side like * belt": "band-like abdominal pain",
    "wraps round under * ribs like * belt": "band-like abdominal pain",  # sealed 82, after its run
    "wraps around under * ribs like * belt": "band-like abdominal pain",
}  # fmt: skip
"""A band of pain round the trunk, in the patient's words -> the graph's band-like pain around the chest or abdomen
(thoracic radicular pain: its synonyms "band-like abdominal pain", "belt-like pain around the trunk"). Only a band
named as pain or burning: a "numb band" or "tight band" round the waist is a sensory level's or the cord's, not this."""

_BLISTERS = ("blisters", "small blisters", "tiny blisters", "little blisters")
SHINGLES = {
    **{f"{blisters} {way} * same {band}": "shingles rash"
       for blisters in _BLISTERS for way in ("in", "along") for band in ("band", "strip", "stripe")},
    **{f"{blisters} appearing in * {band}": "shingles rash"  # sealed 64's "small blisters appearing in the band"
       for blisters in _BLISTERS for band in ("band", "strip", "stripe")},
    **{
        key: "shingles rash"
        for key in ("crusting vesicles over", "vesicles crusting over", "vesicles crusting along",
                    "crusting band of vesicles")
    },
    # stop 41 (sealed 77 and 80's unread zoster lines): blisters on a red base in a band or strip, and a rash in a
    # single strip or band, are the dermatomal rash (MSD: clusters of vesicles on a red base in a dermatome). Blisters
    # on a red base alone are a cold sore's or impetigo's too, and a rash in a band with no "single" a belt's or a
    # plant's; a rash stopping at the midline says nothing of blisters (the clinical review of stop 41): not read here
    **{f"{blisters} on * red base in * {band}": "shingles rash"
       for blisters in (*_BLISTERS, "clusters of blisters") for band in ("band", "strip", "stripe")},
    **{f"rash in * single {band}": "shingles rash" for band in ("band", "strip", "stripe")},
}  # fmt: skip
"""Blisters in the same band or strip as the pain -> the graph's shingles rash (dermatomal vesicular rash; MSD,
"Herpes zoster": clusters of vesicles on a red base in a dermatome), as the older rows of ``lay_everyday.SKIN`` read
them, and vesicles crusting over or along a place; blisters named without the band are not read here (a cold sore,
hand-foot-mouth disease, chickenpox "all over": the review of stop 35), though the older row of ``lay_signs`` for
"cluster of blisters" still reads one."""


_ONE_SIDE = ("arm and leg", "arm + leg", "arm & leg", "leg and arm", "arm / leg", "face / arm / leg",
             "face , arm and leg", "face , arm , leg", "face arm and leg", "arm , leg")  # fmt: skip
_SIDE_WORDS = (("l", "left"), ("r", "right"), ("left", "left"), ("right", "right"), ("lt", "left"), ("rt", "right"))


def _of_one_side(target: str, templates: tuple[str, ...]) -> dict[str, str]:
    """Return each template ("{side} {limbs} weak") with each side word and limb pair -> the target of that side."""
    return {
        template.format(side=word, limbs=limbs): f"{target} {side}"
        for word, side in _SIDE_WORDS
        for limbs in _ONE_SIDE
        for template in templates
    }


HEMIPARESIS = {
    **_of_one_side("hemiparesis", (
        "{side} {limbs} weakness", "{side} {limbs} weak", "{side} {limbs} are weak", "weak {side} {limbs}",
        "weakness of {side} {limbs}", "weakness of the {side} {limbs}")),
    **_of_one_side("hemisensory loss", (
        "{side} {limbs} numbness", "{side} {limbs} numb", "numb {side} {limbs}", "numbness of {side} {limbs}",
        "numbness of the {side} {limbs}")),
    "word-finding difficulty": "dysphasia",
    "word-finding difficulties": "dysphasia",
    "word finding difficulty": "dysphasia",
    "word finding difficulties": "dysphasia",
    "dysphasic": "dysphasia",
    "aphasic": "aphasia",
}  # fmt: skip
"""The arm and the leg of one side weak together, the side named ("L arm and leg weakness", "weak R arm and leg") -> the
graph's hemiparesis of that side (read as "arm" and "leg" apart, only the leg was read; "right-sided weakness" is
``note_text.SIDED_WEAKNESS``'s). Only with a side: "both arm and leg weak", "proximal arm and leg weakness",
"ascending arm and leg weakness" are no hemiparesis (the code review of stop 46); numb, the graph's hemisensory loss
(the late review of stop 46). Aphasia in a note's words
("word-finding difficulty", "dysphasic", "aphasic") -> the graph's aphasia, a sign of the cortex, not the red flag
"sudden speech disturbance" ("progressive word-finding difficulty" is no stroke: the clinical review of stop 46). A face
and arm weak together without "sudden" stay as ``lay_everyday.FACE`` leaves them (motor neuron disease may weaken both,
slowly)."""
