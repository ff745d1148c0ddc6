"""Everyday tasks, skin and body functions in a patient's words -> the graph's names (a table of ``lay.py``).

The rules of ``lay.py``'s docstring hold here: each key is the words a patient or a note uses, with ``*`` for an
optional possessive, article or side, and each target a name the graph holds. Unlike most of the older tables, these
keys carry no status word: "go up on tiptoe" is the tiptoe test, and the words around it ("I can still … fine",
"can't", "hard to") say whether it is normal or not, as they do for the graph's own names. One key then serves every
way of saying how the task went, instead of one key per sentence.
"""

from __future__ import annotations

TASKS = {
    "feels weak": "weak",  # "the leg feels weak": weak, not a feeling (it was read as a sensory change of the leg)
    "feel weak": "weak",
    "felt weak": "weak",
    # standing on tiptoe is the toe-walking test of plantar flexion (the graph's difficulty standing on tiptoes)
    "go up on tiptoe": "toe walking",
    "go up on tiptoes": "toe walking",
    "go up on * toes": "toe walking",
    "going up on tiptoe": "toe walking",
    "going on tiptoe": "toe walking",
    "go on tiptoe": "toe walking",
    "stand on tiptoe": "toe walking",
    "stand on tiptoes": "toe walking",
    "stand on * tiptoes": "toe walking",
    "rise onto the ball of * foot": "toe walking",  # rising onto the forefoot is the same test of plantar flexion
    "single leg heel raise": "single-leg heel raise",
    "single leg heel raises": "single-leg heel raise",
    "single leg calf raise": "single-leg calf raise",
    "single leg calf raises": "single-leg calf raise",
    # standing on the heels tests dorsiflexion (the graph's difficulty walking on the heels)
    "walk on * heels": "walking on heels",
    "stand on * heels": "walking on heels",
    "lift * toes": "toe extension",
    "lift * toes up": "toe extension",
    # the toes catching as the foot swings through is foot drop (MSD: foot drop makes the toes catch, a steppage gait)
    "toes keep catching": "foot drop",
    "toes catching": "foot drop",
    "toes catch": "foot drop",
    "catching * toes": "foot drop",
    "catches * toes": "foot drop",
    "trip over * toes": "foot drop",
    "tripping over * toes": "foot drop",
    "tripped over * toes": "foot drop",
    "tripped on * toes": "foot drop",
    "tripping on * toes": "foot drop",
    "foot flopping": "foot drop",
    "foot slapping": "foot drop",
    "foot slaps": "foot drop",
    "scuffing * shoe": "foot drop",
    "doesn't wake * at night": "no night pain",
    "does not wake * at night": "no night pain",
    # a hand hanging limp from the wrist is wrist drop
    "wrist just hanging": "wrist drop",  # not "wrist hanging over the armrest", which is how the arm lay
    "wrist flopping": "wrist drop",
    "wrist flops": "wrist drop",
    "hand hanging limp": "wrist drop",
    # raising the arm overhead is abduction (and flexion) at the shoulder; lifting a leg into the bath, hip flexion
    "get * arm fully overhead": "abduction of the arm",
    "get * arm overhead": "abduction of the arm",
    "lift * arm overhead": "abduction of the arm",
    "heel-walk": "heel walking",  # the hyphenated verbs of the bedside tests
    "heel-walks": "heel walking",
    "toe-walk": "toe walking",
    "toe-walks": "toe walking",
    "rise onto * tiptoe": "toe walking",
    "rise onto * toes": "toe walking",
    "rise on * toes": "toe walking",
    "raise * arm overhead": "abduction of the arm",
    "lift * leg to get into * bath": "hip flexion",
    "lift * leg into * bath": "hip flexion",
    "lift * leg into * car": "hip flexion",
    "lift * leg onto * bed": "hip flexion",
    "foot catching": "foot drop",  # "L foot catching kerb": the toes catch because the foot does not lift
    "foot keeps catching": "foot drop",
    "foot catches": "foot drop",
    "gastroc-soleus": "gastrocnemius",  # the calf's plantar flexors named together ("R gastroc-soleus 4+/5")
    "infraspinous fossa": "infraspinatus",  # "wasting infraspinous fossa": the muscle that fills it
    "lift * arm up to * side": "abduction of the arm",
    "lift * arm out to * side": "abduction of the arm",
    "raise * arm out to * side": "abduction of the arm",
    # rising from a (low) chair is the hip and knee extensors' task (proximal leg weakness); each key names the
    # difficulty, since the task alone is context ("groin pain on rising from a chair", "stiff when rising")
    "difficulty rising from * chair": "hip extension and knee extension",
    "difficulty rising from * low chair": "hip extension and knee extension",
    "difficulty getting up from * chair": "hip extension and knee extension",
    "difficulty getting up from * low chair": "hip extension and knee extension",
    "unable to rise from * chair": "hip extension and knee extension",
    "unable to rise from * low chair": "hip extension and knee extension",
    "unable to get up from * chair": "hip extension and knee extension",
    "unable to get up from * low chair": "hip extension and knee extension",
    "can't get up from * chair": "hip extension and knee extension",
    "cant get up from * chair": "hip extension and knee extension",
    "cant get up from * low chair": "hip extension and knee extension",
    "can't get up from * low chair": "hip extension and knee extension",
    "can't get out of * chair": "hip extension and knee extension",
    "can't get up off * sofa": "hip extension and knee extension",
    "cannot get up off * sofa": "hip extension and knee extension",
    "can't get up off * couch": "hip extension and knee extension",
    "can't get out of * low chair": "hip extension and knee extension",
    "cannot get up from * chair": "hip extension and knee extension",
    "cannot get up from * low chair": "hip extension and knee extension",
    "struggles to get up from * chair": "hip extension and knee extension",
    "struggles to get up from * low chair": "hip extension and knee extension",
    "struggling to get up from * chair": "hip extension and knee extension",
    "struggling to get up from * low chair": "hip extension and knee extension",
    "trouble getting up from * chair": "hip extension and knee extension",
    "trouble getting up from * low chair": "hip extension and knee extension",
    "trouble getting out of * chair": "hip extension and knee extension",
    "trouble getting out of * low chair": "hip extension and knee extension",
}
"""Everyday tasks -> the movement or bedside test they are (the task words only: the status comes from around them).

Going up on tiptoe is the toe-walking test (plantar flexion) and standing on the heels the heel-walking test
(dorsiflexion), as the graph's own test names have it ("walks on his toes" is a gait, not the test, and is left).
Toes that catch and a foot that slaps or flops are foot drop; a wrist "just hanging" is wrist drop; lifting the arm
overhead or out to the side is abduction of the arm; lifting a leg into the bath or a car is hip flexion; rising from
a (low) chair is hip and knee extension."""

SKIN = {
    # grouped blisters in a band are the vesicles of shingles (MSD, "Herpes zoster": clusters of vesicles on a red
    # base in a dermatome); "blisters" or "vesicles" alone are left (friction blisters, seminal vesicles, a burn)
    "blisters came up in * same band": "shingles rash",
    "blisters came up in * same strip": "shingles rash",
    "blisters came up along * band": "shingles rash",
    "crops of vesicles": "shingles rash",
    "clusters of vesicles": "shingles rash",
    "vesicles on a red base": "shingles rash",
    "vesicles in * band": "shingles rash",
    "vesicles along * band": "shingles rash",
    "crop of blisters": "shingles rash",
    "crops of blisters": "shingles rash",
    "blisters in * band": "shingles rash",
    "blisters along * band": "shingles rash",
    # skin that hurts at a touch that should not hurt is allodynia (the graph's dermatomal allodynia)
    "skin very sensitive": "allodynia",
    "skin is very sensitive": "allodynia",
    "skin so sensitive": "allodynia",
    "skin is so sensitive": "allodynia",
    "skin there is so sensitive": "allodynia",
    "skin exquisitely sensitive": "allodynia",
    "sensitive to * vest": "allodynia",
    "sensitive to * shirt": "allodynia",
    "sensitive to * clothes": "allodynia",
    "can't bear * nightie": "allodynia",
    "can't stand * sleeve rubbing": "allodynia",
    "cant stand * sleeve rubbing": "allodynia",
    "clothes touching * band hurt": "allodynia",
    "can't feel * loo roll": "saddle anaesthesia",  # the British lay words for the toilet paper that is not felt
    "cant feel * loo roll": "saddle anaesthesia",
    "nightie touching": "allodynia",
    "shirt brushing": "allodynia",
    "bra hurts": "allodynia",
    "bra strap hurts": "allodynia",
    # the back of the hand on the little-finger side is the dorsal ulnar cutaneous branch's skin
    "dorsal ulnar hand sensation": "dorsal ulnar hand numbness",
    "dorsal-ulnar hand sensation": "dorsal ulnar hand numbness",
    "dorsal ulnar sensation": "dorsal ulnar hand numbness",
    "dorsum of * hand on * ulnar side": "dorsal ulnar hand numbness",
    "ulnar side of * back of * hand": "dorsal ulnar hand numbness",
    # and on the thumb side, the superficial radial nerve's skin (the graph's radial dorsal hand numbness)
    "back of * thumb side of * hand": "radial dorsal hand numbness",
    "thumb side of * back of * hand": "radial dorsal hand numbness",
    "back of * hand near * thumb": "radial dorsal hand numbness",
    # the front and outer side of the thigh is the lateral femoral cutaneous nerve's skin (the anterolateral thigh)
    "front-outer thigh": "anterolateral thigh",
    "front outer thigh": "anterolateral thigh",
    "front-outer * thigh": "anterolateral thigh",
    "outer-front thigh": "anterolateral thigh",
    # the outside edge of the foot is the lateral foot (the sural nerve's and S1's skin)
    "outside edge of * foot": "lateral foot",
    "outside edge of * left foot": "lateral foot left",
    "outside edge of * right foot": "lateral foot right",
    # Guyon's canal lies at the base of the hypothenar eminence, between the pisiform and the hook of the hamate
    "over guyon canal": "over hypothenar eminence",
    "over guyon's canal": "over hypothenar eminence",
    "at guyon canal": "at hypothenar eminence",
    "at guyon's canal": "at hypothenar eminence",
    "over * hook of hamate": "over hypothenar eminence",
    "at * hook of hamate": "at hypothenar eminence",
    "over * pisiform": "over hypothenar eminence",
    "at * pisiform": "at hypothenar eminence",
    # the two fingers on the little-finger side of the hand
    "two smallest fingers": "ring finger and little finger",
    "last two fingers": "ring finger and little finger",
    "outer two fingers": "ring finger and little finger",
    "pinky and ring finger": "ring finger and little finger",
    # numbness from a line on the trunk downwards is a sensory level (the navel is T10)
    "tummy button": "umbilicus",
    "belly button": "umbilicus",
    "numb from * waist down": "sensory level on the trunk",
    "numb from * belly down": "sensory level on the trunk",
    "numb from * chest down": "sensory level on the trunk",
    "numb from * nipples down": "sensory level on the trunk",
    "numb below * waist": "sensory level on the trunk",
    "no feeling from * waist down": "sensory level on the trunk",
}
"""Skin in lay words -> the graph's names: shingles vesicles, allodynia, the hand's two smallest fingers, and
numbness up to a line on the trunk (a sensory level; "tummy button" and "belly button" are the umbilicus, whose
dermatome the reader already knows)."""

FUNCTIONS = {
    "bladder scan": "residual",  # a bedside ultrasound of the volume left after voiding, not an imaging study
    "bladder uss": "ultrasound",  # the same bedside ultrasound in other words: a volume with its unit (stop 42)
    "bladder pocus": "ultrasound",
    "pocus bladder": "ultrasound",
    "catheter drained": "residual",  # "catheter drained 1100 mL": the volume the bladder held
    "bladder feels full": "bladder",  # a bladder felt full: "full" is not the status of full power
    "bladder is full": "bladder",
    "weeing and pooing": "urinary retention or urinary incontinence or faecal incontinence",
    "peeing and pooing": "urinary retention or urinary incontinence or faecal incontinence",
    "wees and poos": "urinary retention or urinary incontinence or faecal incontinence",
    "wees or poos": "urinary retention or urinary incontinence or faecal incontinence",
    "pee and poo": "urinary retention or urinary incontinence or faecal incontinence",
    "waterworks": "bladder",
    "wee urgently": "urinary urgency",  # the need to go that will not wait: the graph's urgency (a cord's bladder)
    "water works": "urinary retention or urinary incontinence",  # as "waterworks" (shorthand.TOKENS)
    "not voiding normally": "urinary retention",
    "voiding normally": "no urinary retention",  # passing urine is the status itself: a key per status, as "passing
    "voiding ok": "no urinary retention",  # urine normally" (a bare "voiding" or "still passing urine" is not
    "voiding fine": "no urinary retention",  # read, nor pain or burning on voiding, which is not retention)
    "voiding well": "no urinary retention",
    "voids normally": "no urinary retention",
    "passing urine ok": "no urinary retention",
    "passing urine fine": "no urinary retention",
    "no problems passing urine": "no urinary retention",
    "no problem passing urine": "no urinary retention",
    "no problems voiding": "no urinary retention",
    "voiding trial failed": "urinary retention",
    "failed voiding trial": "urinary retention",
    "failed trial without catheter": "urinary retention",
    "failed twoc": "urinary retention",  # TWOC: trial without catheter
    "takes ages to start peeing": "urinary retention",  # hesitancy, read as retention like "hesitancy" itself
    "slow to start peeing": "urinary retention",
    "takes ages to get going when * pee": "urinary retention",
    "sorts it out": "relieved",  # "sitting down sorts it out": the activity relieves it
    "mid-thoracic back pain": "thoracic back pain",  # not the low back pain "back pain" alone is read as
    "mid thoracic back pain": "thoracic back pain",
    "upper back pain": "thoracic back pain",
    "thoracic back pain": "pain in the thoracic spine",  # the graph's own synonym; "back pain" alone is the low back
    "mid back pain": "pain in the thoracic spine",
    "middle back pain": "pain in the thoracic spine",
    "back pain between the shoulder blades": "interscapular pain",
    "back pain between my shoulder blades": "interscapular pain",
    "pinprick saddle": "saddle anaesthesia",  # "↓ PP saddle bilat": pinprick in the saddle, its status around it
    "pp saddle": "saddle anaesthesia",
    "saddle intact": "no saddle anaesthesia",  # the saddle's sensation, as "saddle sensation intact"
    "saddle normal": "no saddle anaesthesia",
    "saddle nad": "no saddle anaesthesia",
    "pu normally": "no urinary retention",  # PU: passing urine
    "peeing normally": "no urinary retention",
    "weeing normally": "no urinary retention",
    "not peeing normally": "urinary retention",
    "pu ok": "no urinary retention",
    "pu normal": "no urinary retention",
    "anal tone lax": "reduced anal tone",
    "anal tone patulous": "reduced anal tone",
    "detrusor underactivity": "urinary retention",  # urodynamics: a bladder that does not empty (lower motor neuron)
    "underactive detrusor": "urinary retention",
    "acontractile detrusor": "urinary retention",
    "detrusor overactivity": "urinary urgency",  # urodynamics: an overactive (upper motor neuron) bladder
    "intermittent self catheterisation": "urinary retention",  # a bladder emptied by catheter does not empty itself
    "intermittent self-catheterisation": "urinary retention",
    "intermittent self catheterization": "urinary retention",
    "intermittent self-catheterization": "urinary retention",
    "monofilament 10/10": "foot sensation normal",  # felt at all ten sites of the foot screen
    "monofilament felt": "foot sensation normal",  # felt (at all sites): normal; a score under 10 below is a loss
    "monofilament : felt": "foot sensation normal",
    "monofilament not felt": "foot sensation",
    "monofilament felt at": "foot sensation",  # "felt at 4/10 sites": some sites only
    "monofilament felt at all sites": "foot sensation normal",
    "monofilament : felt at all sites": "foot sensation normal",
    "monofilament felt at 10/10": "foot sensation normal",
    "monofilament felt 10/10": "foot sensation normal",
    "spinal percussion tender": "spinal tenderness",
    "percussion tender at": "spinal tenderness at",  # "percussion tender at L3": the spine at that level
    "percussion tender over": "spinal tenderness over",
    "percussion tender over * renal angle": "renal angle",  # the kidney's, not the spine's
    "percussion tender at * renal angle": "renal angle",
    "percussion tender over * loin": "loin",
    "monofilament": "foot sensation",  # the podiatrist's 10 g monofilament tests the sole's protective sensation
    "unable to void": "urinary retention",
    "can't void": "urinary retention",
    "cannot void": "urinary retention",
    "not passing urine": "urinary retention",
    "hasn't peed": "urinary retention",
    "hasn't passed urine": "urinary retention",
    "hasn't passed water": "urinary retention",
    "haven't peed": "urinary retention",
    "not peed": "urinary retention",
    "not feeling when * bladder is full": "urinary retention",  # lost bladder sensation, the triage question's words
    "not feeling * bladder is full": "urinary retention",
    "can't feel when * bladder is full": "urinary retention",
    "not knowing when * bladder is full": "urinary retention",
    "no urine passed": "urinary retention",
    "passed urine normally": "no urinary retention",
    "passing urine normally": "no urinary retention",
    "wetting accidents": "urinary incontinence",
    "wets himself": "urinary incontinence",
    "wets herself": "urinary incontinence",
    "wets myself": "urinary incontinence",
    "soiled himself": "faecal incontinence",
    "soiled herself": "faecal incontinence",
    "soiled myself": "faecal incontinence",
    "shaking * hands gets * feeling back": "relieved by shaking the hand",
    "shaking * hand gets * feeling back": "relieved by shaking the hand",
    "shake * hand to get * feeling back": "relieved by shaking the hand",
}
FUNCTIONS.update({f"monofilament felt {n}/10": "foot sensation" for n in range(10)})  # felt at fewer than all ten sites
"""Bladder, bowel and the hand's flick in lay words -> the graph's names. A bladder scan's or a catheter's volume is
the post-void residual the reader compares with its retention threshold ("residual", ``residual.RESIDUAL_WORDS``).
"Wee" and "poo" are bladder and bowel; not
having passed urine, or not feeling the bladder fill, is retention; wetting or soiling oneself is incontinence;
shaking the hand to bring the feeling back is the graph's shaking-the-hand relief (the flick of carpal tunnel
syndrome)."""

PRESSURE = {
    "arm hooked over * chair back": "prolonged pressure on the upper arm",
    "arm draped over * chair back": "prolonged pressure on the upper arm",
    "arm over * chair back": "prolonged pressure on the upper arm",
    "arm over * back of * chair": "prolonged pressure on the upper arm",
    "arm hooked over * back of * chair": "prolonged pressure on the upper arm",
    "arm draped over * back of * chair": "prolonged pressure on the upper arm",
    "arm hooked over * bench back": "prolonged pressure on the upper arm",
    "arm draped over * bench back": "prolonged pressure on the upper arm",
    "arm over * bench back": "prolonged pressure on the upper arm",
    "arm over * back of * bench": "prolonged pressure on the upper arm",
    "dislocated * shoulder": "anterior shoulder dislocation",
    "kneeling all day": "prolonged kneeling",
    "kneels for hours": "prolonged kneeling",
    "squatting all day": "prolonged squatting",
    "squats for hours": "prolonged squatting",
}
"""Pressure and injury in a history, in lay words -> the graph's risk factors: an arm left over the back of a chair
or bench (asleep or drunk) is prolonged pressure on the upper arm (the radial nerve's Saturday night palsy); a
dislocated shoulder is the graph's anterior shoulder dislocation (the common kind); kneeling or squatting all day."""

HISTORY_WORDS = {
    # clinic shorthand for a cancer: "Ca" before the organ, and metastases ("mets") named by where they are
    **{
        f"ca {organ}": "known cancer"
        for organ in (
            "breast",
            "prostate",
            "lung",
            "bronchus",
            "kidney",
            "renal",
            "thyroid",
            "bowel",
            "colon",
            "rectum",
            "oesophagus",
            "stomach",
            "pancreas",
            "ovary",
            "bladder",
            "melanoma",
        )
    },
    **{
        f"{place} mets": "known cancer"
        for place in ("bone", "bony", "rib", "spinal", "vertebral", "brain", "liver", "lung", "known")
    },
    "known melanoma": "known cancer",
    "melanoma excised": "known cancer",
    "history of melanoma": "known cancer",
    "metastatic melanoma": "known cancer",
    "stage iv cancer": "known cancer",
}
"""A cancer in a history's shorthand -> the graph's history of cancer (a red-flag risk factor): "Ca prostate", "known
bone mets", "metastatic melanoma". The organs are common primary sites of cancer (the screening word "Ca cervix" is
left out); "Ca" alone is left (it is also calcium, "Ca 2.1"), and so is a bare "melanoma" ("melanoma screening
clinic"). Whose history it is ("mother had Ca breast") is not read, as for every history item."""

FACE = {
    "pupil smaller": "horner syndrome",  # a smaller pupil on the side of a lower lid: the graph's Horner syndrome
    "pupil is smaller": "horner syndrome",
    "smaller pupil": "horner syndrome",
    "sudden * arm and face weakness": "sudden facial droop",  # sudden, and with the arm: a stroke's face
    "sudden * face and arm weakness": "sudden facial droop",
    "sudden onset * arm + face weakness": "sudden facial droop",
    "sudden onset * arm and face weakness": "sudden facial droop",
    "face is drooping": "facial droop",
    "face drooped": "facial droop",
    "weak smile both sides": "bilateral facial weakness",
    "weak smile on both sides": "bilateral facial weakness",
    "both sides of * face feel floppy": "bilateral facial weakness",
    "smile looks flat both sides": "bilateral facial weakness",
    "smile looks flat on both sides": "bilateral facial weakness",
    "flat smile on both sides": "bilateral facial weakness",
    "smile is flat on both sides": "bilateral facial weakness",
}
"""The face in a note's or a patient's words: a smile weak on both sides is weakness of both sides of the face
(facial diplegia, the graph's bilateral facial weakness); a face that droops, or weakness of the face and arm that
came on suddenly, is the stroke's sudden facial droop. Whistling, lost in a one-sided palsy too, and weakness of
"face and arm" without "sudden", which may be slow (motor neuron disease), are left unread (review, stop 29)."""
