"""Clinic shorthand, lay words and spellings, as tables the reader rewrites a note with before reading it.

Every entry is a whole-token (or token-sequence) rewrite, looked up in a dict: no pattern here can backtrack.
Tokens are compared lower-cased. The tables are vocabulary, not rules about cases: each says what a clinician or a
patient means by the words, wherever they occur. Entries added after seeing an evaluation phrase the reader could
not read are listed in docs/localisation.md ("reading vocabulary added after seeing the public cases").
"""

from __future__ import annotations

from graph.explore.localize import exam_words, lay, sacral_words

TOKENS: dict[str, str] = {
    # reflexes (clinic shorthand for the tendon jerks)
    "aj": "ankle jerk", "ajs": "ankle jerks", "kj": "knee jerk", "kjs": "knee jerks", "bj": "biceps jerk",
    "bjs": "biceps jerks", "sj": "supinator jerk", "sjs": "supinator jerks", "tj": "triceps jerk",
    "tjs": "triceps jerks", "fj": "finger jerk", "plantars": "plantar responses", "plantar": "plantar",
    "upgoing": "extensor", "downgoing": "flexor",
    # muscles and movements
    "ehl": "extensor hallucis longus", "fhl": "flexor hallucis longus", "ta": "tibialis anterior",
    "tp": "tibialis posterior", "edb": "extensor digitorum brevis", "edl": "extensor digitorum longus",
    "gastroc": "gastrocnemius", "gastrocs": "gastrocnemius", "quads": "quadriceps", "quad": "quadriceps",
    "hams": "hamstrings", "glut": "gluteus", "glute": "gluteus", "glutes": "gluteus",
    "lat": "lateral", "ant": "anterior", "anterolat": "anterolateral", "posterolat": "posterolateral",
    "anteromed": "anteromedial", "posteromed": "posteromedial", "asis": "anterior superior iliac spine",
    "tingles": "tingling", "tingle": "tingling", "tingled": "tingling",
    "weaker": "weak", "brisker": "brisk", "isp": "infraspinatus",
    "apb": "abductor pollicis brevis", "fdi": "first dorsal interosseous", "adm": "abductor digiti minimi",
    "fpl": "flexor pollicis longus", "fcu": "flexor carpi ulnaris", "fcr": "flexor carpi radialis",
    "ecr": "extensor carpi radialis", "edc": "extensor digitorum", "epl": "extensor pollicis longus",
    "fdp": "flexor digitorum profundus", "fds": "flexor digitorum superficialis", "brachiorad": "brachioradialis",
    "delt": "deltoid", "br": "brachioradialis", "supraspinatus": "supraspinatus", "dorsiflexion": "dorsiflexion",
    "df": "dorsiflexion", "pf": "plantar flexion", "plantarflexion": "plantar flexion",
    "dorsiflex": "dorsiflexion", "plantarflex": "plantar flexion", "abd": "abduction", "add": "adduction",
    "ext": "extension", "flex": "flexion", "ir": "internal rotation", "er": "external rotation",
    # tests
    "slr": "straight leg raise", "xslr": "crossed straight leg raise", "cslr": "crossed straight leg raise",
    "fnst": "femoral nerve stretch test", "fst": "femoral stretch test", "faber": "faber test", "fadir": "fadir test",
    "ultt": "upper limb tension test",
    "sls": "single leg stance", "dre": "digital rectal examination", "pr": "digital rectal examination",
    # results and grades
    "+ve": "positive", "-ve": "negative", "pos": "positive", "neg": "negative", "nad": "normal",
    "wnl": "normal", "nil": "no", "n": "normal", "nl": "normal", "abn": "abnormal", "dec": "reduced",
    "decr": "reduced", "dim": "diminished", "incr": "increased", "↓": "reduced", "↑": "brisk", "⇓": "reduced",
    "⇑": "brisk", "↓↓": "absent", "↑↑": "brisk", "absent": "absent", "abs": "absent",
    "5/5": "normal power", "0/5": "paralysed", "1/5": "weak", "2/5": "weak", "3/5": "weak", "4/5": "weak",
    "4-/5": "weak", "4+/5": "weak", "3+/5": "weak", "3-/5": "weak", "mrc5": "normal power",
    # sides
    "r": "right", "l": "left", "rt": "right", "lt": "left", "b/l": "bilateral", "bilat": "bilateral",
    "bilaterally": "bilateral", "both": "bilateral", "bil": "bilateral", "l>r": "bilateral", "r>l": "bilateral",
    "sym": "symmetric", "symm": "symmetric", "symmetrical": "symmetric", "retention": "urinary retention",
    "conus": "conus medullaris",
    # history shorthand
    "c/o": "complains of", "w/": "with", "w/o": "without", "h/o": "history of", "hx": "history", "pmh": "history",
    "sx": "symptoms", "dx": "diagnosis", "lbp": "low back pain", "pt": "patient", "yo": "year old",
    "incont": "incontinence", "retn": "retention", "ue": "upper limb", "le": "lower limb",
    "uml": "upper motor neuron", "umn": "upper motor neuron", "lmn": "lower motor neuron",
    "pp": "pinprick", "lt.": "light touch", "jps": "joint position sense", "vib": "vibration",
    "rom": "range of motion", "ms": "multiple sclerosis", "ces": "cauda equina syndrome",
    # studies
    "mri": "mri", "mr": "mri", "ct": "ct", "emg": "emg", "ncs": "ncs", "ncv": "ncs", "edx": "ncs",
    "cxr": "chest x-ray", "wt": "weight", "psws": "positive sharp waves",
    "fibs": "fibrillation", "fibrillations": "fibrillation", "psw": "positive sharp waves",
    "snap": "snap", "snaps": "snap", "cmap": "cmap", "cmaps": "cmap", "muap": "motor unit", "muaps": "motor unit",
    "labc": "lateral antebrachial cutaneous", "mabc": "medial antebrachial cutaneous",
    "duc": "dorsal ulnar cutaneous", "spn": "superficial fibular", "sfn": "superficial fibular",
    "dml": "distal motor latency", "cv": "conduction velocity", "hnp": "disc herniation",
    # spellings and lay words, one word
    "paraes": "paraesthesia", "paraes.": "paraesthesia", "paraesth": "paraesthesia", "sens": "sensation",
    "sens.": "sensation", "paresth": "paraesthesia", "paraesthesiae": "paraesthesia", "paresthesias": "paraesthesia",
    "paraesthesias": "paraesthesia", "numbness": "numbness", "tingly": "tingling", "pinky": "little finger",
    "bum": "buttock", "butt": "buttock", "bottom": "buttock", "tummy": "abdomen", "shin": "leg", "shinbone": "leg",
    "wee": "urine", "pee": "urine",
    "peeing": "passing urine", "weeing": "passing urine", "poo": "stool", "tiptoes": "toes", "tippy-toes": "toes",
    "tiptoe": "toes", "numbed": "numb", "deadened": "numb", "clumsy": "weak", "achy": "aching",
    "tumour": "tumor", "haematoma": "hematoma", "oedema": "edema", "shoulderblade": "shoulder blade",
    # history: risk factors and red flags in a note's words
    "afebrile": "no fever", "apyrexial": "no fever", "pyrexial": "fever", "febrile": "fever", "pyrexia": "fever",
    "t2dm": "diabetes mellitus", "t1dm": "diabetes mellitus", "dm": "diabetes mellitus",
    "diabetic": "diabetes mellitus",
    "diabetes": "diabetes mellitus", "smoke": "smoker", "smokes": "smoker", "ivdu": "intravenous drug use",
    "cancer": "history of cancer", "carcinoma": "history of cancer", "malignancy": "history of cancer",
    "metastatic": "history of cancer", "myeloma": "history of cancer", "lymphoma": "history of cancer",
    "waterworks": "urinary retention or urinary incontinence", "perineal": "perineum",
    "genitals": "perineum", "genital": "perineum", "bed-wetting": "urinary incontinence",
    "sciatica": "pain radiating down the leg",
    "hypesthesia": "hypoaesthesia", "hypaesthesia": "hypoaesthesia", "hypesthetic": "hypoaesthesia",
    "hypoesthetic": "hypoaesthesia", "lighttouch": "light touch", "ultrasonography": "ultrasound",
    "floppy": "weak", "heel-walking": "heel walking", "toe-walking": "toe walking", "fasciculating": "fasciculations",
    "b/b": "urinary retention or urinary incontinence or faecal incontinence",
    "miosis": "horner syndrome", "p&n": "tingling", "hesitancy": "urinary retention", "incontinent": "incontinence",
}  # fmt: skip
"""One token (lower-cased) -> its meaning. Applied before reading, so "AJ absent R" reads as
"ankle jerk absent right"."""

PHRASES: dict[tuple[str, ...], str] = {
    ("pins", "and", "needles"): "tingling",
    # "no sensation in the saddle area", "no feeling round my back passage": a sensation that is not there is lost,
    # not denied (the late review of stop 51: NegEx read both as normal, and a cauda equina note abstained)
    ("no", "sensation"): "absent sensation",
    ("no", "feeling"): "absent feeling",
    ("no", "sensation", "of"): "no sensation of",  # "no sensation of bladder fullness": the bladder's own reading
    ("no", "feeling", "of"): "no feeling of",
    ("pin", "prick"): "pinprick",
    ("with", "full", "strength"): "full strength",  # "elbow bends and straightens with full strength": not a clause
    ("with", "normal", "strength"): "normal strength",
    ("with", "good", "strength"): "normal strength",
    ("x", "ray"): "x-ray",
    ("pupils", "equal"): "no horner syndrome",
    ("pupils", "look", "equal"): "no horner syndrome",
    ("spine", "non-tender"): "no spinal tenderness",  # not "non-tender" alone: a calf not tender may still ache
    ("spine", "nontender"): "no spinal tenderness",
    ("non-tender", "spine"): "no spinal tenderness",
    ("nontender", "spine"): "no spinal tenderness",
    ("as", "well", "as"): "and",
    ("as", "well"): "also",  # "up the forearm as well": not the normal word "well"
    ("bends", "forward"): "bending forward",
    ("bend", "forward"): "bending forward",
    ("gone", "flat"): "wasted",
    ("looks", "flat"): "wasted",
    ("looks", "flatter"): "wasted",
    ("gone", "thin"): "wasted",
    ("gone", "thinner"): "wasted",
    ("got", "thinner"): "wasted",
    ("hang", "down"): "drop",
    ("hangs", "down"): "drop",
    ("just", "flops"): "drop",
    ("flops", "down"): "drop",
    ("femoral", "stretch", "test"): "femoral stretch test",
    ("femoral", "stretch"): "femoral stretch test",
    ("glut", "max"): "gluteus maximus",
    ("glut", "med"): "gluteus medius",
    ("glute", "max"): "gluteus maximus",
    ("glute", "med"): "gluteus medius",
    ("gluteus", "max"): "gluteus maximus",
    ("gluteus", "med"): "gluteus medius",
    ("pins", "&", "needles"): "tingling",
    ("pins", "+", "needles"): "tingling",  # "+": not PIN and a needle EMG
    ("can't", "feel"): "numb",
    ("cannot", "feel"): "numb",
    ("can", "not", "feel"): "numb",
    ("can't", "walk", "on", "my", "heels"): "difficulty walking on heels",
    ("can't", "walk", "on", "heels"): "difficulty walking on heels",
    ("can't", "walk", "on", "my", "toes"): "difficulty walking on toes",
    ("can't", "stand", "on", "my", "toes"): "difficulty standing on tiptoes",
    ("can't", "stand", "on", "tiptoe"): "difficulty standing on tiptoes",
    ("foot", "slaps"): "foot drop",
    ("foot", "slapping"): "foot drop",
    ("foot", "drags"): "foot drop",
    ("dragging", "my", "foot"): "foot drop",
    ("trips", "over", "toes"): "foot drop",
    ("catching", "my", "toe"): "foot drop",
    ("outside", "of"): "lateral",
    ("outer", "side", "of"): "lateral",
    ("inside", "of"): "medial",
    ("inner", "side", "of"): "medial",
    ("front", "of"): "anterior",
    ("back", "of"): "posterior",
    ("no", "trouble", "with"): "no",
    ("no", "problems", "with"): "no",
    ("no", "problem", "with"): "no",
    ("no", "issues", "with"): "no",
    ("back", "passage"): "perianal",
    ("private", "parts"): "perineum",
    ("down", "below"): "perineum",
    ("back", "of", "my", "thigh"): "posterior thigh",
    ("back", "of", "the", "thigh"): "posterior thigh",
    ("back", "of", "my", "calf"): "calf",
    ("front", "of", "my", "thigh"): "anterior thigh",
    ("front", "of", "the", "thigh"): "anterior thigh",
    ("outside", "of", "my", "leg"): "lateral leg",
    ("outside", "of", "my", "shin"): "lateral leg",
    ("outside", "of", "the", "shin"): "lateral leg",
    ("outside", "of", "my", "foot"): "lateral foot",
    ("outside", "of", "the", "foot"): "lateral foot",
    ("outer", "edge", "of", "my", "foot"): "lateral foot",
    ("top", "of", "my", "foot"): "dorsum of foot",
    ("top", "of", "the", "foot"): "dorsum of foot",
    ("inside", "of", "my", "foot"): "medial foot",
    ("inside", "of", "my", "leg"): "medial leg",
    ("inside", "of", "my", "shin"): "medial leg",
    ("inside", "of", "my", "thigh"): "medial thigh",
    ("big", "toe"): "great toe",
    ("little", "toe"): "little toe",
    ("little", "finger"): "little finger",
    ("ring", "finger"): "ring finger",
    ("middle", "finger"): "middle finger",
    ("index", "finger"): "index finger",
    ("sole", "of", "my", "foot"): "sole of foot",
    ("bottom", "of", "my", "foot"): "sole of foot",
    ("bottom", "of", "the", "foot"): "sole of foot",
    ("sticks", "out"): "winging",
    ("sticking", "out"): "winging",
    ("shoulder", "blade"): "scapula",
    ("wet", "myself"): "urinary incontinence",
    ("wet", "the", "bed"): "urinary incontinence",
    ("pass", "water"): "pass urine",
    ("passing", "water"): "passing urine",
    ("strain", "to", "pass", "urine"): "urinary retention",
    ("poor", "stream"): "urinary retention",
    ("poor", "urinary", "stream"): "urinary retention",
    ("weak", "stream"): "urinary retention",
    ("weak", "urinary", "stream"): "urinary retention",
    ("slow", "stream"): "urinary retention",
    ("reduced", "urinary", "stream"): "urinary retention",
    ("loss", "of", "the", "urge", "to", "void"): "urinary retention",
    ("loss", "of", "desire", "to", "void"): "urinary retention",
    ("haven't", "passed", "urine"): "urinary retention",
    ("haven't", "needed", "a", "wee"): "urinary retention",
    ("not", "passed", "urine"): "urinary retention",
    # PU: "passed urine" on a ward chart ("not PU since yesterday", sealed 171); only after "not", for "no PU" is a
    # pressure ulcer's ("skin intact, no PU") or a peptic ulcer's ("no PU history"): stop 55's reviews
    ("not", "pu", "since"): "urinary retention ; since",  # its own clause: "…, feels well" is not its status
    ("not", "pu'd"): "urinary retention",
    # "nil by mouth as coughing on liquids": an order to give nothing by mouth, not a denial ("nil" is otherwise "no");
    # the reason after it is its own clause (stop 55's reviews: the bulbar symptom was read as denied)
    ("nil", "by", "mouth"): "kept fasting ;",
    ("nil", "orally"): "kept fasting ;",
    ("nbm",): "kept fasting ;",
    ("not", "needed", "a", "wee"): "urinary retention",
    ("altered", "sensation", "when", "wiping"): "saddle anaesthesia",
    ("numb", "when", "wiping"): "saddle anaesthesia",
    ("hand", "drops"): "wrist drop",
    ("hand", "flops"): "wrist drop",
    ("hand", "just", "flops"): "wrist drop",
    ("hand", "just", "drops"): "wrist drop",
    ("flops", "down", "at", "the", "wrist"): "wrist drop",
    ("drops", "down", "at", "the", "wrist"): "wrist drop",
    **sacral_words.PHRASES,
    ("bladder", "or", "bowel"): "urinary retention or urinary incontinence or faecal incontinence",
    ("bladder", "and", "bowel"): "urinary retention or urinary incontinence or faecal incontinence",
    ("bowel", "or", "bladder"): "urinary retention or urinary incontinence or faecal incontinence",
    ("bowel", "and", "bladder"): "urinary retention or urinary incontinence or faecal incontinence",
    ("bladder", "symptoms"): "urinary retention or urinary incontinence",
    ("bladder", "problems"): "urinary retention or urinary incontinence",
    ("bladder", "change"): "urinary retention or urinary incontinence",
    ("bladder", "dysfunction"): "urinary retention or urinary incontinence",
    ("sphincter", "disturbance"): "urinary retention or urinary incontinence or faecal incontinence",
    ("sphincter", "symptoms"): "urinary retention or urinary incontinence or faecal incontinence",
    ("ptosis", "and", "small", "pupil"): "horner syndrome",
    ("ptosis", "and", "miosis"): "horner syndrome",
    ("weight", "loss"): "unexplained weight loss",
    ("lost", "weight"): "unexplained weight loss",
    ("lost", "a", "stone"): "unexplained weight loss",
    ("wetting", "myself"): "urinary incontinence",
    ("can't", "pass", "urine"): "urinary retention",
    ("can't", "pee"): "urinary retention",
    ("can't", "pass", "water"): "urinary retention",
    ("no", "urge", "to", "void"): "urinary retention",
    ("no", "urge", "to", "pass", "urine"): "urinary retention",
    ("difficulty", "voiding"): "urinary retention",
    ("toilet", "paper"): "saddle anaesthesia",
    ("back", "pain"): "low back pain",
    ("cannot", "pass", "water"): "urinary retention",
    ("cannot", "pass", "urine"): "urinary retention",
    ("unable", "to", "pass", "urine"): "urinary retention",
    ("difficulty", "passing", "urine"): "urinary retention",
    ("numb", "down", "below"): "saddle anaesthesia",
    ("numb", "between", "my", "legs"): "saddle anaesthesia",
    ("saddle", "area"): "saddle anaesthesia",
    ("saddle", "region"): "saddle anaesthesia",
    ("shoulder", "blade", "sticks", "out"): "winging of the scapula",
    ("shoulder", "blade", "sticking", "out"): "winging of the scapula",
    ("shoulder", "blade", "stuck", "out"): "winging of the scapula",
    ("upgoing", "plantars"): "extensor plantar",
    ("extensor", "plantars"): "extensor plantar",
    ("extensor", "plantar", "responses"): "extensor plantar",
    ("sharp", "waves"): "sharp waves",
    ("fibrillation", "potentials"): "fibrillation",
    ("sensory", "nerve", "action", "potential"): "snap",
    ("sensory", "nerve", "action", "potentials"): "snap",
    ("nerve", "conduction", "studies"): "ncs",
    ("nerve", "conduction", "study"): "ncs",
    ("nerve", "conduction"): "ncs",
    ("nerve", "tests"): "ncs",
    ("nerve", "test"): "ncs",
    ("heel", "walking"): "heel walking",
    ("walking", "on", "heels"): "walking on heels",
    ("give", "way"): "weak",
    ("gives", "way"): "weak",
    ("giving", "way"): "weak",
}
"""Token sequences (lower-cased) -> their meaning: lay words and multi-word shorthand. The longest
sequence starting at a token wins."""

CASED: dict[str, str] = {"LT": "lighttouch", "US": "ultrasound", "PP": "pinprick"}
"""Tokens whose meaning depends on their case, rewritten before the note is lower-cased: in capitals "LT" is
light touch (lower case "lt" is left), "US" an ultrasound study (lower case "us" is the pronoun)."""

BOTH_PLURALS = frozenset({"feet", "teeth", "sides", "legs", "arms", "hands", "lower", "upper"})
"""Words after "both" that make it mean both sides ("both feet", "both lower limbs") besides plurals in -s."""

UNITS = frozenset({"ms", "mv", "uv", "µv", "m/s", "ml", "mm", "cm", "kg", "mg", "g/l", "mg/l"})
"""Units: after a number they are read as themselves, never as the shorthand they spell ("6.2 ms")."""

FILLER = frozenset({"of", "the", "a", "an", "my", "his", "her", "their", "your", "its", "s"})
"""Words the reader drops before matching (after the phrases above are rewritten: their keys keep them)."""

PHRASES.update({key: meaning for key, meaning in exam_words.PHRASES.items() if key not in PHRASES})
NOT_A_SIDE = {("right", word) for word in "up down through into across round around away now to".split()}  # noqa: SIM905
""""Right" as an intensifier ("my arm right up over my head", "pain right down the leg"): not the side."""
PHRASES.update({key: key[1] for key in NOT_A_SIDE})

for _words, _meaning in lay.phrases().items():  # the kinds of lay description of ``lay.py``; these tables win
    if len(_words) == 1:
        TOKENS.setdefault(_words[0], _meaning)
    else:
        PHRASES.setdefault(_words, _meaning)

LONGEST_PHRASE = max(len(key) for key in PHRASES)

PHRASE_SIZES: dict[str, tuple[int, ...]] = {}
"""First word of a ``PHRASES`` key -> the lengths of the keys it starts, longest first (the reader tries only these)."""
for _key in PHRASES:
    PHRASE_SIZES[_key[0]] = tuple(sorted({*PHRASE_SIZES.get(_key[0], ()), len(_key)}, reverse=True))

SIDE_WORDS = {"right": "right", "left": "left", "bilateral": "bilateral"}
"""Words (after rewriting) that say on which side a finding is."""

NORMAL_AFTER = [
    "normal", "normal power", "intact", "spared", "preserved", "negative", "unremarkable", "unaffected",
    "symmetric", "present", "full", "strong", "ok", "fine", "within normal limits", "flexor", "not affected",
    "not reduced", "not weak",
]  # fmt: skip
"""Words after a finding that say it is normal (added to NegEx's following negations)."""

NORMAL_BEFORE = [
    "normal", "intact", "preserved", "full", "spared", "sparing", "negative", "no evidence of", "nil",
    "unremarkable", "never", "denies any", "no history of",
]  # fmt: skip
"""Words before a finding that say it is normal (added to NegEx's preceding negations)."""

DEFICIT_WORDS = {
    "absent": "absent", "lost": "absent", "loss": "absent", "areflexic": "absent", "unobtainable": "absent",
    "reduced": "reduced", "diminished": "reduced", "depressed": "reduced", "decreased": "reduced",
    "sluggish": "reduced", "hyporeflexic": "reduced", "trace": "reduced", "weak": "reduced", "weakness": "reduced",
    "paralysed": "absent", "paralyzed": "absent", "missing": "absent", "brisk": "brisk", "increased": "brisk",
    "exaggerated": "brisk", "pathologically": "brisk", "hyperreflexic": "brisk", "clonus": "brisk", "weakly": "reduced",
    "abnormal": "reduced", "lax": "reduced", "positive": "positive", "extensor": "brisk", "slow": "reduced",
    "slowing": "reduced", "low": "reduced", "prolonged": "reduced", "delayed": "reduced", "small": "reduced",
    "can't": "absent", "cant": "absent", "cannot": "absent", "can not": "absent", "couldn't": "absent",
    "couldnt": "absent", "unable": "absent", "inability": "absent", "impossible": "absent", "not able": "absent",
    "not obtainable": "absent", "not elicited": "absent", "not elicitable": "absent", "not obtained": "absent",
    "can no longer": "absent", "could no longer": "absent",
}  # fmt: skip
"""Words that say a reflex, power or a response is abnormal, and in which direction."""

REFLEX_GRADES = {"0": "absent", "1": "reduced", "1+": "reduced", "2": "normal", "2+": "normal", "3": "brisk",
                 "3+": "brisk", "4": "brisk", "4+": "brisk", "+": "reduced", "++": "normal", "+++": "brisk",
                 "±": "reduced"}  # fmt: skip
"""Reflex grades (NINDS scale 0-4 and the +/++/+++ notation), read only right after a reflex."""

KIND_WORDS = {
    "weakness": "weakness", "weak": "weakness", "power": "weakness", "strength": "weakness", "paresis": "weakness",
    "palsy": "weakness", "wasting": "weakness", "wasted": "weakness", "atrophy": "weakness", "drop": "weakness",
    "motor": "weakness", "paralysed": "weakness", "paralyzed": "weakness", "heavy": "weakness", "winging": "weakness",
    "numb": "sensory", "numbness": "sensory", "tingling": "sensory", "paraesthesia": "sensory",
    "paresthesia": "sensory", "sensation": "sensory", "sensory": "sensory", "pinprick": "sensory",
    "hypoaesthesia": "sensory", "hypoesthesia": "sensory", "anaesthesia": "sensory", "anesthesia": "sensory",
    "dysaesthesia": "sensory", "dysesthesia": "sensory", "touch": "sensory", "vibration": "sensory",
    "sensibility": "sensory", "feeling": "sensory", "allodynia": "sensory", "hyperaesthesia": "sensory",
    "hyperesthesia": "sensory", "hyperalgesia": "sensory",
    "pain": "pain", "painful": "pain", "ache": "pain", "aching": "pain", "sore": "pain", "hurts": "pain",
    "burning": "pain", "shooting": "pain", "sciatica": "pain", "tender": "pain", "tenderness": "pain",
    "radiating": "pain", "radiates": "pain", "radiation": "pain",
    "reflex": "reflex", "reflexes": "reflex", "jerk": "reflex", "jerks": "reflex",
}  # fmt: skip
"""Words that say which kind of finding a phrase is about."""

MODIFIER_WORDS = {
    "worse": "aggravated", "worsened": "aggravated", "worsens": "aggravated", "aggravated": "aggravated",
    "exacerbated": "aggravated", "provoked": "aggravated", "triggered": "aggravated", "brought": "aggravated",
    "increases": "aggravated", "reproduced": "aggravated", "reproduces": "aggravated",
    "better": "relieved", "eased": "relieved", "eases": "relieved", "relieved": "relieved", "relief": "relieved",
    "relieves": "relieved", "improves": "relieved", "improved": "relieved", "settles": "relieved",
    "helps": "relieved", "resolves": "relieved", "easier": "relieved", "worst": "aggravated",
    "ease": "relieved", "sends": "aggravated",
}  # fmt: skip
"""Words that say an activity makes a symptom worse or better."""

STUDY_WORDS = {
    "mri": "imaging", "ct": "imaging", "myelogram": "imaging", "x-ray": "imaging", "xray": "imaging",
    "radiograph": "imaging", "scan": "imaging", "imaging": "imaging", "ultrasound": "imaging", "dwi": "imaging",
    "emg": "electrodiagnostic", "ncs": "electrodiagnostic", "fibrillation": "electrodiagnostic",
    "denervation": "electrodiagnostic", "snap": "electrodiagnostic", "cmap": "electrodiagnostic",
    "f-wave": "electrodiagnostic", "f-waves": "electrodiagnostic", "h-reflex": "electrodiagnostic",
    "h-reflexes": "electrodiagnostic", "conduction": "electrodiagnostic", "latency": "electrodiagnostic",
    "neurogenic": "electrodiagnostic", "reinnervation": "electrodiagnostic", "needle": "electrodiagnostic",
}  # fmt: skip
"""Words that say a phrase reports a study (imaging or electrodiagnosis)."""
