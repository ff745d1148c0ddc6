"""Study report words as notes write them -> the reader's study lexicon and the graph's names.

Split from ``lay_history.py`` (size) because a study line is read by ``studies.py``, not as history: the same
conventions as ``lay.py``'s tables (each key a clinic description, each value words naming what the graph holds, a
``*`` an optional possessive, article or side).
"""

from __future__ import annotations

STUDIES = {
    "fibular cmap": "common fibular nerve cmap",  # "fibular" alone names no nerve (the fibular head is a place)
    "fibular cmaps": "common fibular nerve cmap",
    # a motor conduction study named by its nerve is that nerve's CMAP: "Fibular motor (EDB and TA): … 60 % of L" had
    # read as EDB and TA weak on the comparison side (stop 33)
    "fibular motor": "common fibular nerve cmap",
    "peroneal motor": "common fibular nerve cmap",
    "tibial motor": "tibial cmap",
    "median motor": "median cmap",
    "ulnar motor": "ulnar cmap",
    "radial motor": "radial nerve cmap",
    "femoral motor": "femoral nerve cmap",
    "fibular nerve cmap": "common fibular nerve cmap",
    "fibular nerve motor": "common fibular nerve motor",
    "sensory potential": "snap",
    "sensory potentials": "snap",
    "needle test": "emg",
    # a spine report's central canal said to be clear is the spinal canal (not the cord's ependymal canal); "central
    # canal stenosis" is left to the graph's names of stenosis
    "central canal adequate": "spinal canal normal",
    "central canal clear": "spinal canal clear",
    "central canal normal": "spinal canal normal",
    "central canal and lateral recess": "spinal canal and lateral recess",
    "canal and lateral recess": "spinal canal and lateral recess",
    "canal adequate": "spinal canal normal",
    "conduction block and prolonged f-waves": "demyelinating features",
    "joint space narrowing": "joint space loss",  # of a joint, not a spinal stenosis
    "joint-space narrowing": "joint space loss",
    "osteophytes of * hip": "hip joint changes",  # a limb joint's, not the spine's osteophytes
    "osteophytes of * knee": "knee joint changes",
    "osteophytes of * shoulder": "shoulder joint changes",
    "apices clear": "lung apex clear",
    "apices normal": "lung apex normal",
    "apices are clear": "lung apex clear",
    "intramedullary signal change": "cord signal change",  # signal within the cord, on a cervical line the cord's
    "intramedullary signal": "cord signal",
    "no contrast enhancement": "no enhancement",  # a denial of enhancement, kept before the technique below
    "no gadolinium enhancement": "no enhancement",
    "no contrast": "unenhanced",  # "MRI (no contrast): …" names the technique, not a normal scan
    "no gadolinium": "unenhanced",
    "low lumbar": "lumbar",  # the lower lumbar levels: "low" here is no status ("low lumbar paraspinals normal")
    # the radial head is a bone: "XR: undisplaced radial head #" names no radial nerve (a fracture's film, read as one
    # when stop 45 made "XR" a study word)
    "radial head": "head of the radius",
    # a scan reported as showing only what is usual at the patient's age is a normal scan, not a lesion of the spine it
    # names ("MRI cervical spine: age-appropriate changes only" had implicated the cervical spine, stop 45)
    "age-appropriate changes only": "normal",
    "age appropriate changes only": "normal",
    "age-appropriate changes": "normal",
    "age-related changes only": "normal",
    "ct head": "ct brain",  # a head CT is a brain scan ("CT head: no haemorrhage")
    "mri head": "mri brain",
    "high signal": "hyperintensity",  # "high signal on DWI in L frontal cortex": a lesion, as "hyperintense" is
    # the places of a brain scan's lesion the graph does not hold are the brain's ("MRI DWI: L corona radiata
    # infarct"): the lesion is in the brain, and which part of it the clinical picture tells
    "internal capsule": "brain",
    "corona radiata": "brain",
    "mca territory": "brain",
    "aca territory": "brain",
    "pca territory": "brain",
    "middle cerebral artery territory": "brain",
    "anterior cerebral artery territory": "brain",
    "basal ganglia": "brain",
    "frontal lobe": "brain",
    "parietal lobe": "brain",
    "frontoparietal": "brain",
    "parietal": "brain",
    "cerebral hemisphere": "brain",
    "cerebral infarct": "brain infarct",
    "hemispheric": "brain",
    "precentral gyrus": "brain",
    # the ovoid white-matter lesions of multiple sclerosis are the graph's demyelinating lesions; "periventricular"
    # alone may be small vessel disease (the clinical review of stop 45), read as white-matter background
    "periventricular and juxtacortical lesions": "demyelinating lesions",
    "periventricular and juxtacortical ovoid lesions": "demyelinating lesions",
    "periventricular ovoid lesions": "demyelinating lesions",
    "multiple periventricular ovoid lesions": "demyelinating lesions",
    "ovoid periventricular lesions": "demyelinating lesions",
    "ovoid periventricular brain lesions": "demyelinating lesions",
    "hand-knob infarct": "acute infarct in the precentral hand knob",
    "hand knob infarct": "acute infarct in the precentral hand knob",
}
"""Study words -> the reader's study lexicon (``shorthand.STUDY_WORDS``): a sensory potential is a sensory nerve
action potential (SNAP); "the needle test" is a patient's name for needle EMG."""
