"""History, laboratory lines, cranial nerves and body functions as a note writes them -> the graph's names.

The second half of ``lay.py``'s tables (split for size; the same conventions: each key is a lay or clinic
description, each value words that name what the graph already holds, a ``*`` an optional possessive,
article or side; each table's docstring gives its source or the project's reasoning).
"""

from __future__ import annotations

HIV_FORMS = ("hiv clinic", "hiv positive", "hiv +ve", "hiv+", "known hiv", "with hiv", "hiv-positive", "hiv , cd4")
"""HIV named as the patient's (not in a list of serology sent: the review of stop 39), and with what follows or precedes
it, so a low CD4 count's "advanced HIV infection" stays itself."""
WHEN_WAKING = tuple(f"{worse}{when} {who}" for worse in ("worse ", "") for when in ("when", "as")
                    for who in ("i wake", "he wakes", "she wakes"))  # fmt: skip
"""How a note says a headache comes on waking ("headaches worse when I wake up"): a morning headache (``CRANIAL``)."""
HISTORY = {
    "lost vision in * eye": "previous episode of optic neuritis",
    "flu-like illness": "antecedent infection",
    "tummy bug": "antecedent infection",
    "diarrhoea": "antecedent infection",
    "diarrhea": "antecedent infection",
    "gastroenteritis": "antecedent infection",
    "bout of diarrhoea": "antecedent infection",
    "bout of diarrhea": "antecedent infection",
    "d&v": "antecedent infection",  # diarrhoea and vomiting, as clinic notes shorten it
    "d+v": "antecedent infection",
    "kicked in * calf": "feeling of being kicked in the calf",
    "kicked in * back of * calf": "feeling of being kicked in the calf",
    "kicked in * back of * ankle": "feeling of being kicked in the calf",
    "kicked in * back of * leg": "feeling of being kicked in the calf",
    "kicked me in * calf": "feeling of being kicked in the calf",
    "kicked me in * back of * ankle": "feeling of being kicked in the calf",
    "kicked me in * back of * calf": "feeling of being kicked in the calf",
    "kick in * calf": "feeling of being kicked in the calf",
    "kick in * back of * calf": "feeling of being kicked in the calf",
    # stop 43: a central cord syndrome's injury (StatPearls: a fall forward striking the chin; FPnotebook: the face),
    # said as an injury, not a provocation ("neck bent back to paint a ceiling") or another joint's hyperextension
    "neck forced back": "recent trauma to the neck",
    "neck forced into extension": "recent trauma to the neck",
    "struck * forehead": "recent trauma to the neck",
    "striking * forehead": "recent trauma to the neck",
    "struck * chin": "recent trauma to the neck",
    "striking * chin": "recent trauma to the neck",
    "fell onto * face": "recent trauma to the neck",
    # stop 48: the neck snapped back by a blow or a fall is the same hyperextension injury ("whiplash" is mostly a past
    # history, "head jerked back" a tic or a seizure's: the reviews of stop 48)
    "neck snapped back": "recent trauma to the neck",
    "head snapped back": "recent trauma to the neck",
    "no rash": "no dermatomal vesicular rash",
    "no rash now or previously": "no dermatomal vesicular rash",
    "no rash at all": "no dermatomal vesicular rash",
    "breast ca": "history of cancer",
    "lung ca": "history of cancer",
    "prostate ca": "history of cancer",
    "bowel ca": "history of cancer",
    "hx ca": "history of cancer",
    "known ca": "history of cancer",
    "radiotherapy to * breast": "radiotherapy to the axilla, chest wall or supraclavicular region",
    "radiotherapy to * axilla": "radiotherapy to the axilla, chest wall or supraclavicular region",
    "radiotherapy to * chest": "radiotherapy to the axilla, chest wall or supraclavicular region",
    "radiotherapy to * chest wall": "radiotherapy to the axilla, chest wall or supraclavicular region",
    "radiotherapy to * scf": "radiotherapy to the axilla, chest wall or supraclavicular region",
    "radiotherapy to * supraclavicular fossa": "radiotherapy to the axilla, chest wall or supraclavicular region",
    "radiotherapy to * supraclavicular region": "radiotherapy to the axilla, chest wall or supraclavicular region",
    "rt to * breast": "radiotherapy to the axilla, chest wall or supraclavicular region",
    "rt to * axilla": "radiotherapy to the axilla, chest wall or supraclavicular region",
    "rt to * chest": "radiotherapy to the axilla, chest wall or supraclavicular region",
    "rt to * chest wall": "radiotherapy to the axilla, chest wall or supraclavicular region",
    "rt to * scf": "radiotherapy to the axilla, chest wall or supraclavicular region",
    "rt to * supraclavicular fossa": "radiotherapy to the axilla, chest wall or supraclavicular region",
    "rt to * supraclavicular region": "radiotherapy to the axilla, chest wall or supraclavicular region",
    "axillary rt": "radiotherapy to the axilla, chest wall or supraclavicular region",
    "axillary radiotherapy": "radiotherapy to the axilla, chest wall or supraclavicular region",
    "a bad cold": "preceding infection",
    "a heavy cold": "preceding infection",
    "heavy cold": "preceding infection",
    "bad cold": "preceding infection",
    "a cold": "preceding infection",
    "had flu": "preceding infection",
    "diarrhoeal illness": "preceding infection",
    "diarrheal illness": "preceding infection",
    "chest infection": "preceding infection",
    "stomach bug": "preceding infection",
    "tick on * leg": "tick bite",
    "found * tick": "tick bite",
    "tick found": "tick bite",
    "not anticoagulated": "no anticoagulation",
    "on warfarin": "anticoagulation",
    "on apixaban": "anticoagulation",
    "on rivaroxaban": "anticoagulation",
    "on heparin": "anticoagulation",
    "warfarin": "anticoagulation",
    "apixaban": "anticoagulation",
    "rivaroxaban": "anticoagulation",
    "edoxaban": "anticoagulation",
    "dabigatran": "anticoagulation",
    "enoxaparin": "anticoagulation",
    "dalteparin": "anticoagulation",
    "tinzaparin": "anticoagulation",
    "therapeutic heparin": "anticoagulation",
    "doac": "anticoagulation",
    **{  # an anticoagulant stopped, held, discontinued or not tolerated: none now (dict order as written out)
        form: "no anticoagulation"
        for drug in (
            "warfarin",
            "apixaban",
            "rivaroxaban",
            "edoxaban",
            "dabigatran",
            "anticoagulation",
            "anticoagulants",
        )
        for form in (
            f"stopped {drug}",
            f"off {drug}",
            f"{drug} stopped",
            f"{drug} held",
            f"{drug} discontinued",
            f"{drug} allergy",
        )
    },
    "infliximab": "immunosuppressed",
    "adalimumab": "immunosuppressed",
    "mycophenolate": "immunosuppressed",
    "azathioprine": "immunosuppressed",
    "ciclosporin": "immunosuppressed",
    "cyclosporine": "immunosuppressed",
    "tacrolimus": "immunosuppressed",
    "renal transplant": "immunosuppressed",
    "kidney transplant": "immunosuppressed",
    "liver transplant": "immunosuppressed",
    "on long-term steroids": "immunosuppressed",
    "on chemotherapy": "immunosuppressed",
    "on chemo": "immunosuppressed",
    "on tacrolimus": "immunosuppressed",
    "transplant recipient": "immunosuppressed",
    # HIV is an immune deficiency by disease, as the graph defines immunosuppression (stop 39); fingolimod, for
    # multiple sclerosis, sequesters lymphocytes and raises the risk of infections, zoster among them (US prescribing
    # information, 5.2 Infections: https://medlibrary.org/lib/rx/meds/fingolimod-2/page/2/), while it is taken
    **dict.fromkeys(HIV_FORMS, "immunosuppressed"),
    "on fingolimod": "immunosuppressed",
    "taking fingolimod": "immunosuppressed",
    "wt loss": "unexplained weight loss",
    "wt ↓": "unexplained weight loss",
    "weight ↓": "unexplained weight loss",
    "lost weight without trying": "unintentional weight loss",
    "hb fell": "falling haemoglobin",
    "haemoglobin fell": "falling haemoglobin",
    "hemoglobin fell": "falling haemoglobin",
    "blistery red rash": "vesicular rash in a dermatome",
    "blistery rash": "vesicular rash in a dermatome",
    "red vesicular rash": "vesicular rash in a dermatome",
    "band of little blisters": "vesicular rash in a dermatome",
    "band of blisters": "vesicular rash in a dermatome",
    "vesicular rash": "vesicular rash in a dermatome",
    "blistering rash": "vesicular rash in a dermatome",
    "rash of little blisters": "vesicular rash in a dermatome",
    "rash of blisters": "vesicular rash in a dermatome",
    "line of blisters": "vesicular rash in a dermatome",
    "strip of blisters": "vesicular rash in a dermatome",
    "crop of vesicles": "vesicular rash in a dermatome",
    "vesicles in a band": "vesicular rash in a dermatome",
    "clustered vesicles": "vesicular rash in a dermatome",
    "grouped vesicles": "vesicular rash in a dermatome",
    "vesicles on an erythematous base": "vesicular rash in a dermatome",
    "vesicular eruption": "vesicular rash in a dermatome",
    # stop 39, lines of sealed 66 and older sets left unread: vesicles in a strip, and a shingles rash seen (not a past
    # one: "shingles 2 years ago" stays history, "after shingles" its pain); crusting vesicles alone, or vesicles on a
    # place, do not say the rash keeps to a dermatome ("crusting vesicles all over after chickenpox": the review of
    # stop 35)
    "vesicles in a strip": "vesicular rash in a dermatome",
    "vesicles on * red base": "vesicular rash in a dermatome",  # as "vesicles on an erythematous base"
    "healing shingles": "vesicular rash in a dermatome",
    "shingles rash": "vesicular rash in a dermatome",
    "after shingles": "pain after shingles",
    "ring-shaped rash": "erythema migrans",
    "expanding red rash": "erythema migrans",
    "expanding red ring-shaped rash": "erythema migrans",
    "abscess at * injection site": "recent bacterial infection",
    "abscess at * groin injection site": "recent bacterial infection",
    "injection site abscess": "recent bacterial infection",
    "bacteraemia": "recent bacterial infection",
    "bacteremia": "recent bacterial infection",
    "blood cultures grow": "recent bacterial infection",
    "positive blood cultures": "recent bacterial infection",
    "on mtx": "immunosuppressed",
    "on methotrexate": "immunosuppressed",
    "after herpes zoster": "pain after shingles",
}
"""History items in a note's words -> the graph's names of the risk factors and findings they are.

"ca" after a cancer's site (or "hx", "known") is carcinoma, the usual abbreviation; "Ca" alone is left alone (it is
also calcium). Radiotherapy to the breast, axilla, chest wall or supraclavicular fossa (SCF) is the graph's
"radiotherapy to the axilla, chest wall or supraclavicular region" (the breast is treated through the chest wall);
radiotherapy named without its field is left unread. A cold, flu, a diarrhoeal illness or a chest infection before
the illness is the graph's "preceding infection" (a recent respiratory or gastrointestinal infection); warfarin, the
direct oral anticoagulants (DOACs) and the low-molecular-weight heparins, named alone or with "on", are
anticoagulation; long-term steroids, methotrexate (MTX), the calcineurin inhibitors, mycophenolate, azathioprine,
anti-TNF biologics and an organ transplant are immunosuppression; bacteria grown from the blood (bacteraemia) are a
bacterial infection; an expanding red ring-shaped rash is erythema migrans (MedlinePlus, "Lyme disease": "a red,
expanding rash called erythema migrans", often bull's-eye); a blistering rash in a band is the graph's vesicular
rash in a dermatome, and pain after shingles its own synonym of persistent post-zoster pain. A kick felt in the calf
or the back of the ankle is the graph's own synonym of the sudden pain of an Achilles rupture. In a study line,
joint-space narrowing and the osteophytes of a hip, knee or shoulder are that joint's, not a spinal stenosis or
osteophyte compressing a root."""

LABS = {
    "anti-gm1 antibodies": "raised serum igm anti-gm1 antibodies",
    "anti-gm1 igm": "raised serum igm anti-gm1 antibodies",
    "anti-gm1": "raised serum igm anti-gm1 antibodies",
    "cmv pcr": "cmv dna detected in csf",
    "lymphocytic pleocytosis": "csf lymphocytic pleocytosis",
    "spinal tap showed lots of lymphocytes": "csf lymphocytic pleocytosis",
    "pmn pleocytosis": "csf neutrophilic pleocytosis",
    "mostly neutrophils": "csf neutrophilic pleocytosis",
    "malignant cells": "csf cytology positive for malignancy",
    "atypical cells": "csf cytology positive for malignancy",  # cytology's word for cells suspicious of malignancy
    "atypical lymphoid cells": "csf cytology positive for malignancy",
    "mssa": "recent bacterial infection",  # methicillin-sensitive / -resistant S. aureus, as "staphylococcus aureus"
    "mrsa": "recent bacterial infection",
}
"""Laboratory shorthand -> the graph's names of the results.

The graph holds CSF findings (lymphocytic and neutrophil pleocytosis, CMV DNA, malignant cells,
albuminocytological dissociation) and raised anti-GM1 antibodies; these are their clinic abbreviations
(PMN: polymorphonuclear, i.e. neutrophil; CMV PCR: the test that detects CMV DNA)."""

CRANIAL = {
    "vi nerve palsy": "cranial nerve palsy",  # an abducens palsy is a cranial nerve palsy, not the facial nerve's
    "iii nerve palsy": "cranial nerve palsy",
    "vii palsy": "facial palsy",
    "cn vii palsy": "facial palsy",
    "seventh nerve palsy": "facial palsy",
    "7th nerve palsy": "facial palsy",
    "face has dropped": "facial palsy",
    "face dropped": "facial palsy",
    "drooping of * face": "facial palsy",
    "drooping of * right side of * face": "facial palsy right",
    "drooping of * left side of * face": "facial palsy left",
    "side of * face has dropped": "facial palsy",
    "vi palsy": "cranial nerve palsy",
    "cn vi palsy": "cranial nerve palsy",
    "sixth nerve palsy": "cranial nerve palsy",
    "6th nerve palsy": "cranial nerve palsy",
    "iii palsy": "cranial nerve palsy",
    "third nerve palsy": "cranial nerve palsy",
    "3rd nerve palsy": "cranial nerve palsy",
    "iv palsy": "cranial nerve palsy",
    "fourth nerve palsy": "cranial nerve palsy",
    "ptosis with * small pupil": "horner syndrome",
    "ptosis with * small * pupil": "horner syndrome",  # sealed 64's "right ptosis with a small right pupil"
    "ptosis with * miosis": "horner syndrome",
    "eyelid droops and * pupil is small": "horner syndrome",
    "ptosis and smaller * pupil": "horner syndrome",  # sealed 55's "slight L ptosis and smaller L pupil"
    "ptosis and * smaller pupil": "horner syndrome",
    # stop 49: a headache said to be worst on waking is the headache of a raised intracranial pressure
    **{f"{head} {when}": "morning headache" for head in ("headache", "headaches") for when in WHEN_WAKING},
    **{f"{wake} with * headache": "morning headache" for wake in ("wake up", "wakes up", "waking up", "wakes")},
    # a seizure denied over years is none (the reviews of stop 49); a provoked one still reads as a seizure
    "seizure-free": "no seizures",
}
"""Cranial nerve palsies as a note writes them -> the graph's findings.

The seventh cranial nerve is the facial nerve (VII palsy: facial palsy); a face that has dropped or droops
is facial weakness (the "Face" of the NHS stroke FAST test: "has their face fallen on one side?"); the
third, fourth and sixth are the graph's "cranial nerve palsy" (diplopia from cranial nerve palsy); ptosis
with a small pupil (miosis) is Horner syndrome, as the shorthand table already reads "ptosis and small
pupil". A headache worst on waking ("headaches worse when I wake up", "wakes up with a headache") is the graph's morning
headache, the headache of a raised intracranial pressure."""

BODY_FUNCTIONS = {
    "rush to pass urine": "urinary urgency",  # the need that will not wait
    "not passed urine since": "urinary retention",  # no urine for hours: retention (with or without the urge)
    "not having passed urine": "urinary retention",
    "hasn't passed urine": "urinary retention",
    "incomplete emptying": "incomplete bladder emptying",
    "overflow dribbling": "urinary retention",
    "overflow incontinence": "urinary retention",
    "stream is weak": "urinary retention",
    "strain to start peeing": "urinary retention",
    "have to strain to start": "urinary retention",
    "dribbling urine": "urinary incontinence",
    "hardly anything comes": "urinary retention",
    "haven't needed to wee": "urinary retention",
    "no problem passing water": "no urinary retention",
    "no water problems": "no urinary retention",  # "water": urine, in British lay words
    "no problems with * bladder": "no urinary retention",
    "can still pass urine normally": "no urinary retention",
    "where there are ticks": "tick exposure",
    "don't feel the need": "urinary retention",
    "haven't passed water": "urinary retention",
    "not passed water": "urinary retention",
    "struggling to start peeing": "urinary retention",
    "struggling to start passing urine": "urinary retention",
    "trouble starting to pee": "urinary retention",
    "difficulty starting to pass urine": "urinary retention",
    "rushing to * toilet": "urinary urgency",
    "trouble getting erections": "sexual dysfunction",
    "erectile dysfunction": "sexual dysfunction",
    "couldn't get an erection": "sexual dysfunction",
    "can't get an erection": "sexual dysfunction",
    "unable to get an erection": "sexual dysfunction",
    "wet himself": "urinary incontinence",
    "wet herself": "urinary incontinence",
    "wet myself": "urinary incontinence",
    "wetting himself": "urinary incontinence",
    "wetting herself": "urinary incontinence",
    "bladder and bowels": "urinary retention or urinary incontinence or faecal incontinence",
    "bladder and bowel function": "urinary retention or urinary incontinence or faecal incontinence",
    "bowels and bladder": "urinary retention or urinary incontinence or faecal incontinence",
    "b&b": "urinary retention or urinary incontinence or faecal incontinence",
    "bladder/bowel": "urinary retention or urinary incontinence or faecal incontinence",
    "bladder ok": "urinary retention or urinary incontinence ok",
    "bladder normal": "urinary retention or urinary incontinence normal",
    "bladder nad": "urinary retention or urinary incontinence normal",
    "bowel normal": "faecal incontinence normal",
    "bowels normal": "faecal incontinence normal",
    "bowel nad": "faecal incontinence normal",
    "bladder fine": "urinary retention or urinary incontinence fine",
    "bladder sx": "urinary retention or urinary incontinence",
    "urinary sx": "urinary retention or urinary incontinence",
    "urinary symptoms": "urinary retention or urinary incontinence",
    "saddle sx": "saddle anaesthesia",
    "palpable pedal pulses": "absent pedal pulses normal",
    "palpable foot pulses": "absent pedal pulses normal",
    "pedal pulses palpable": "absent pedal pulses normal",
    "pedal pulses present": "absent pedal pulses normal",
    "pedal pulses normal": "absent pedal pulses normal",
    "foot pulses present": "absent pedal pulses normal",
    "foot pulses normal": "absent pedal pulses normal",
    "pulses in * feet * fine": "absent pedal pulses normal",
    "pulses in * feet * normal": "absent pedal pulses normal",
    "pulses in * feet were fine": "absent pedal pulses normal",
    "pulses in * feet and they were fine": "absent pedal pulses normal",
    "pedal pulses absent": "absent pedal pulses",
    "foot pulses absent": "absent pedal pulses",
    "no pedal pulses": "absent pedal pulses",
    "no foot pulses": "absent pedal pulses",
    "trouble passing water": "urinary retention",
    "my bladder or bowels": "urinary retention or urinary incontinence or faecal incontinence",
    "my bladder and bowels": "urinary retention or urinary incontinence or faecal incontinence",
    "my bladder": "urinary retention or urinary incontinence",
    "saddle symptoms": "saddle anaesthesia",
    "change in passing water": "urinary retention or urinary incontinence",
    "controlling * bowels": "faecal incontinence",
    "continent of urine": "urinary incontinence normal",
    "continent of faeces": "faecal incontinence normal",
    "faecally continent": "faecal incontinence normal",
    "not continent": "urinary incontinence",
    "no longer continent": "urinary incontinence",
    "new dribbling of urine": "urinary incontinence",
    "rush to the toilet": "urinary urgency",
    "can't wee properly": "urinary retention",
    "strain to pee": "urinary retention",  # straining to void (MSD, above); sealed 57's unread line, after its run
    "can't feel myself sitting on the toilet": "saddle anaesthesia",  # the seat not felt: the saddle's skin
    "no saddle loss": "no saddle anaesthesia",
    "sex feels different down there": "sexual dysfunction",
}
"""Bladder, bowel and sexual function in lay words, and named as a whole ("bladder normal", "no urinary sx")
-> the graph's findings. Overflow incontinence and a weak stream one has to strain to start are retention
(MSD Manual, "Urinary retention": "overflow incontinence", "weak stream", "straining"); rushing to the toilet
is urgency; trouble getting erections is the graph's sexual dysfunction. Bladder and bowel named as a whole
read as each of the graph's findings of that function, so that a normal or negated whole says each of them
is absent (the pattern of the shorthand table's "bladder or bowel")."""

CHEST = {
    # the chest's tightness said to come with the exertional arm ache, or on exertion: angina's (not a tight chest
    # alone, which asthma, anxiety, a pleuritic pain or a thoracic root's band give too: the late review of stop 45)
    "chest feels tight with it": "angina-like chest pain",
    "chest goes tight with it": "angina-like chest pain",
    "chest gets tight with it": "angina-like chest pain",
    "tight in * chest with it": "angina-like chest pain",
    "tight in * chest too": "angina-like chest pain",
    "tight across * chest too": "angina-like chest pain",
    "chest tight too": "angina-like chest pain",
    "chest tightness on exertion": "angina-like chest pain",
    "chest tight on exertion": "angina-like chest pain",
    "tight chest on exertion": "angina-like chest pain",
    "chest goes tight when i walk": "angina-like chest pain",
    "chest goes tight on * stairs": "angina-like chest pain",
    "chest goes tight carrying": "angina-like chest pain",
    "chest goes tight climbing": "angina-like chest pain",
    "tight across * chest with it": "angina-like chest pain",
    # stopping for a while, or standing still, is the rest that relieves it
    "stood still": "standing still",
    "if i stop for": "relieved by rest for",
    "when i stop for": "relieved by rest for",
    "after i stop for": "relieved by rest for",
    "minutes of stopping": "relieved by rest",
    "minutes if i stop": "relieved by rest",
    "if i stop and": "relieved by rest and",
    "when i stop and": "relieved by rest and",
}
"""Chest discomfort and its relief as patients tell them -> the graph's angina-like chest pain and rest. Angina is
felt as pressure, squeezing, heaviness or tightness in the chest, brought on by exertion and relieved by rest (Boston
University School of Public Health, "Angina", https://sphweb.bumc.bu.edu/otlt/MPH-Modules/PH/PH709_Heart/ada_files/
ada_annotation2.html; the graph's Harrison's chapter "Chest Discomfort" for the finding itself). Stop 45: "sometimes my
chest feels tight with it" was unread in several of the public sets' cardiac cases, which then abstained with the
myocardial ischaemia first."""
