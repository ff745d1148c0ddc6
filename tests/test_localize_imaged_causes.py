"""An imaging line names the cause of a cord syndrome, which then gains the imaging ratio and is a red flag (stop 39).

"MRI: calcified central T9-T10 disc herniation indenting the cord" placed the lesion in the thoracic cord but left its
causes at the graph's even shares, and the disc, no ``redFlagFor`` target, went unflagged in eleven development cases
whose writers named it; an imaged conus mass raised no spinal malignancy in eight.
"""

from __future__ import annotations

import math

import pytest
from rdflib import Graph

from graph.explore.explorer import Explorer
from graph.explore.localize import cause_evidence, imaged_causes
from graph.explore.localize.parameters import IMAGING_INCIDENTAL, IMAGING_SENSITIVITY, LEAK
from graph.load.store import oxigraph_store
from graph.namespaces import BASE

THORACIC_DISC = BASE + "thoracic_disc_herniation"
CERVICAL_DISC = BASE + "cervical_disc_herniation"
MALIGNANCY = BASE + "spinal_malignancy"
TUMOUR = BASE + "spinal_tumour"
ABSCESS = BASE + "spinal_epidural_abscess"

THORACIC_DISC_NOTE = [
    "band-like pain at the xiphisternal level both sides",
    "spastic gait, KJ and AJ brisk, sustained ankle clonus L",
    "pinprick reduced below T10 on the right",
    "arms entirely normal, Hoffmann negative",
    "MRI: calcified central T9-T10 disc herniation indenting the cord",
]
"""Sealed 69's Z69-056 without its coach's line: the writer named the thoracic disc herniation as the red flag."""
CONUS_MASS_NOTE = [
    "hesitancy + 2 episodes faecal incontinence, new erectile dysfunction",
    "numbness around the anus only; thighs and legs normal to pinprick",
    "KJ 2+ bilat, AJ absent bilat",
    "MRI: enhancing intramedullary mass in the conus at L1",
]
"""Sealed 69's Z69-100, shortened: the writer named the conus syndrome and a spinal malignancy as red flags."""


@pytest.fixture(scope="module")
def explorer(radix_graph: Graph) -> Explorer:
    return Explorer(oxigraph_store(radix_graph))


def _named(explorer: Explorer, line: str) -> set[str]:
    localizer = explorer.localizer
    return imaged_causes.named(localizer.read([line]).observations, localizer.imageable)


def test_a_scan_line_names_the_cause_by_its_kind_and_a_disc_by_its_region(explorer: Explorer) -> None:
    assert THORACIC_DISC in _named(explorer, "MRI: calcified central T9-T10 disc herniation indenting the cord")
    assert CERVICAL_DISC not in _named(explorer, "MRI: calcified central T9-T10 disc herniation indenting the cord")
    assert CERVICAL_DISC in _named(explorer, "MRI: C5-6 disc protrusion compressing the cord")
    assert THORACIC_DISC not in _named(explorer, "MRI: C5-6 disc protrusion compressing the cord")
    assert THORACIC_DISC in _named(explorer, "CT myelogram: calcified central T8-9 disc indenting cord")
    assert {MALIGNANCY, TUMOUR} <= _named(explorer, "MRI: T8 metastasis compressing the cord")
    assert {MALIGNANCY, TUMOUR} <= _named(explorer, "MRI whole spine: T8 vertebral met with epidural extension")
    assert ABSCESS in _named(explorer, "MRI: L2-L3 epidural collection compressing the thecal sac")


def test_a_denied_or_asked_cause_or_a_normal_scan_names_nothing(explorer: Explorer) -> None:
    assert _named(explorer, "MRI: no mass, no collection, L4-5 disc bulge") & {MALIGNANCY, TUMOUR, ABSCESS} == set()
    assert _named(explorer, "MRI requested ? epidural abscess ? metastasis") == set()
    assert ABSCESS in _named(explorer, "MRI: T8 epidural collection compressing the cord, no mass")
    assert not {MALIGNANCY, TUMOUR} & _named(explorer, "MRI: T8 epidural collection compressing the cord, no mass")
    # "T2" before a sequence word is the MRI sequence, not a thoracic level: no thoracic disc is named
    assert THORACIC_DISC not in _named(explorer, "MRI: L4-5 disc extrusion, T2 signal change in the disc")


def test_the_reviews_false_namings_name_nothing(explorer: Explorer) -> None:
    """The code and clinical reviews of stop 39: each of these had named a cause it does not."""
    assert not {MALIGNANCY, TUMOUR} & _named(explorer, "MRI: C5-C6 disc herniation with mass effect on the cord")
    assert not {MALIGNANCY, TUMOUR} & _named(
        explorer, "MRI C-spine: T2 lesion in the cord at C4, McDonald criteria met"
    )
    assert ABSCESS not in _named(explorer, "MRI: C5-6 disc protrusion, no cord compression, mass or collection")
    assert TUMOUR not in _named(
        explorer, "MRI: L5-S1 disc extrusion, no cord compression or suspicious marrow lesion or mass"
    )
    assert ABSCESS not in _named(explorer, "MRI hip: fluid collection around the greater trochanter")
    assert TUMOUR not in _named(explorer, "MRI: T8 mass excluded, C5-6 disc protrusion")
    assert THORACIC_DISC not in _named(explorer, "MRI: L4-5 disc extrusion, low signal on T2W")
    assert THORACIC_DISC not in _named(explorer, "MRI: C5-6 disc bulge indenting the cord, T11-12 normal")
    # a stenosis or cyst is no disc herniation, whatever disc line it stands beside
    discs = explorer.localizer.imageable
    lumbar = _named(explorer, "MRI L-spine: L4-5 disc herniation compressing L5")
    assert not {c for c in lumbar if not discs[c]}, lumbar
    assert BASE + "cervical_canal_stenosis" not in lumbar and not discs[BASE + "cervical_canal_stenosis"]
    # a mass may be malignant; an ependymoma is a tumour, not a malignancy
    assert _named(explorer, "MRI: enhancing intramedullary mass at the conus") & {MALIGNANCY, TUMOUR} == {
        MALIGNANCY,
        TUMOUR,
    }
    assert _named(explorer, "MRI: ependymoma of the conus") & {MALIGNANCY, TUMOUR} == {TUMOUR}


def test_a_named_cause_gains_exactly_the_imaging_ratio(explorer: Explorer) -> None:
    localizer = explorer.localizer
    discs = localizer.imageable
    assert discs[THORACIC_DISC] == {"t"} and discs[CERVICAL_DISC] == {"c"} and not discs[MALIGNANCY]
    assert imaged_causes.log_ratio(THORACIC_DISC, discs) == pytest.approx(
        math.log(IMAGING_SENSITIVITY / IMAGING_INCIDENTAL)
    )
    assert imaged_causes.log_ratio(MALIGNANCY, discs) == pytest.approx(math.log(IMAGING_SENSITIVITY / LEAK))
    key = next(key for key, causes in localizer.listed.items() if THORACIC_DISC in causes)
    syndrome = localizer.by_iri[BASE + "thoracic_myelopathy"]
    listed = localizer.causes[key]
    plain = dict((c, s) for c, s, _ in cause_evidence.weigh(localizer.model, listed, localizer.by_iri, [], syndrome))
    imaged = dict(
        (c, s)
        for c, s, _ in cause_evidence.weigh(
            localizer.model,
            listed,
            localizer.by_iri,
            [],
            syndrome,
            {THORACIC_DISC: imaged_causes.log_ratio(THORACIC_DISC, discs)},
        )
    )
    ratio = (imaged[THORACIC_DISC] / imaged[MALIGNANCY]) / (plain[THORACIC_DISC] / plain[MALIGNANCY])
    assert ratio == pytest.approx(IMAGING_SENSITIVITY / IMAGING_INCIDENTAL)


def test_the_imaged_thoracic_disc_is_a_red_flag(explorer: Explorer) -> None:
    answer = explorer.localize(THORACIC_DISC_NOTE, limit=100)
    flags = {flag["id"]: flag for flag in answer["red_flags"]}
    assert "radix:thoracic_disc_herniation" in flags
    assert flags["radix:thoracic_disc_herniation"]["probability"] >= 0.2
    assert answer["sites"][0]["id"] == "radix:corticospinal_tract+radix:thoracic_spinal_cord"
    # without the scan line the disc is one cause among several, and no red flag of its own
    without = explorer.localize(THORACIC_DISC_NOTE[:-1], limit=100)
    assert "radix:thoracic_disc_herniation" not in {flag["id"] for flag in without["red_flags"]}


def test_an_imaged_conus_mass_raises_the_tumour_and_a_possible_malignancy(explorer: Explorer) -> None:
    answer = explorer.localize(CONUS_MASS_NOTE, limit=100)
    flags = {flag["id"] for flag in answer["red_flags"]}
    assert {"radix:conus_medullaris_syndrome", "radix:spinal_tumour", "radix:spinal_malignancy"} <= flags


def test_a_lumbar_disc_compressing_a_root_is_no_red_flag(explorer: Explorer) -> None:
    answer = explorer.localize(
        ["R leg pain to the lateral foot", "AJ absent R", "MRI: R paracentral L5-S1 disc herniation compressing S1"],
        limit=100,
    )
    flags = {flag["id"] for flag in answer["red_flags"]}
    assert not {"radix:lumbar_disc_herniation", "radix:L5_S1_central_disc_herniation"} & flags


def test_a_scan_naming_one_cause_lowers_the_causes_it_would_have_shown(explorer: Explorer) -> None:
    """The clinical review of stop 39: a scan showing a disc indenting the cord, no mass, left a malignancy first."""
    localizer = explorer.localizer
    discs = localizer.imageable
    key = next(key for key, causes in localizer.listed.items() if THORACIC_DISC in causes)
    ratios = imaged_causes.site_ratios({THORACIC_DISC}, localizer.listed[key], discs)
    assert ratios[THORACIC_DISC] == pytest.approx(math.log(IMAGING_SENSITIVITY / IMAGING_INCIDENTAL))
    assert ratios[MALIGNANCY] == pytest.approx(math.log((1 - IMAGING_SENSITIVITY) / (1 - LEAK)))
    assert BASE + "transverse_myelitis" not in ratios  # a cord signal is no word the table reads
    assert imaged_causes.site_ratios(set(), localizer.listed[key], discs) == {}
    site = explorer.localize(THORACIC_DISC_NOTE, limit=100)["sites"][0]
    shares = {c["id"]: c["probability"] for c in site["conditions"] if c["role"] == "cause"}
    assert shares["radix:thoracic_disc_herniation"] > shares["radix:spinal_malignancy"]


def _flags(explorer: Explorer, note: list[str]) -> dict[str, list[str]]:
    return {flag["id"]: flag["raised_by"] for flag in explorer.localize(note)["red_flags"]}


def test_a_scan_showing_a_red_flag_condition_raises_it_wherever_the_lesion_is(explorer: Explorer) -> None:
    """Stop 40: a discitis seen beside an L5 radiculopathy raised no spinal infection (a cord site's cause only)."""
    line = "MRI: L4-L5 discitis with small epidural collection"
    note = ["3 wks worsening low back pain, worse at night", "EHL 3/5 L, ankle DF 4/5 L", "numb dorsum L foot", line]
    answer = explorer.localize(note)
    assert answer["sites"][0]["id"] == "radix:L5_root"  # the lesion stays the root's
    flags = _flags(explorer, note)
    assert line in flags.get("radix:spinal_infection", []) and line in flags.get("radix:spinal_epidural_abscess", [])
    disc = ["EHL 3/5 L", "numb dorsum L foot", "MRI: L4-L5 disc extrusion compressing the L5 root"]
    assert not any(any(p.startswith("MRI") for p in raised) for raised in _flags(explorer, disc).values())


def test_a_vertebras_lateral_mass_or_a_haematoma_outside_the_canal_names_nothing(explorer: Explorer) -> None:
    fracture = "CT: R C6 lateral mass fracture extending into the C6-C7 foramen"
    assert not {MALIGNANCY, TUMOUR} & _named(explorer, fracture)
    haematoma = BASE + "spinal_epidural_haematoma"
    assert haematoma not in _named(explorer, "Cervical MRI: mural hematoma of the right vertebral artery at C4-C5")
    assert haematoma not in _named(explorer, "MRI: prevertebral haematoma at C4-C5 with cord edema")
    assert haematoma in _named(explorer, "MRI on day 3: epidural haematoma compressing the thecal sac at L4-L5")


@pytest.mark.parametrize(
    "line",
    [
        "MRI L-spine: postoperative fluid collection at L5-S1",
        "MRI: L3-L4 facet joint effusion with small fluid collection",
        "MRI: low bone mass in the lumbar vertebrae",
        "MRI: sequestered disc fragment, mass-like, in the L4-5 lateral recess",
        "MRI: foraminal mass at L4-5, likely schwannoma",
        "CT neck: calcium deposit anterior to C1-C2",
        "MRI: haemorrhage within L3 haemangioma",
    ],
)
def test_the_clinical_reviews_false_raisings_raise_nothing(explorer: Explorer, line: str) -> None:
    """The clinical review of stop 40: each raised a red flag anywhere by its line in the first version."""
    observations = explorer.localizer.read([line]).observations
    assert imaged_causes.raising_lines(observations) == {}, line


def test_an_abscess_beside_the_spine_is_an_infection_and_only_an_epidural_one_an_epidural_abscess(
    explorer: Explorer,
) -> None:
    def raised(line: str) -> set[str]:
        return set(imaged_causes.raising_lines(explorer.localizer.read([line]).observations))

    infection = BASE + "spinal_infection"
    assert raised("MRI: left psoas abscess at L3-L4") == {infection}
    assert raised("MRI: L4-L5 disc extrusion; old healed discitis at L2-L3") == set()
    assert raised("MRI: L2-L3 dorsal epidural abscess compressing the thecal sac") == {infection, ABSCESS}
    assert raised("MRI thoracic spine: dorsal epidural haematoma T6-T9") == {BASE + "spinal_epidural_haematoma"}
    assert MALIGNANCY in raised("MRI: L5 vertebral metastasis")


CENTRAL_CORD_NOTE = [
    "62 y tripped, hit forehead, neck snapped back",
    "hands burning, can't grip, legs OK",
    "arms 2-3/5, distal worse than proximal; legs 4/5",
    "urinary retention 700 mL",
]
"""A central cord picture in the words of sealed 122's T122-094, whose writer named cervical myelopathy a red flag."""


@pytest.mark.parametrize(
    "line",
    [
        "MRI: C3-C5 spondylotic stenosis with cord T2 signal, no fracture",
        "MRI: multilevel spondylotic stenosis with cord oedema C4-C6",
        "MRI: C5-C6 disc-osteophyte complex compressing cord with T2 cord signal",
        "MRI: C3-C6 spondylotic stenosis, T2 cord signal at C4-C5",
        "MRI: C3-C4 + C4-C5 canal stenosis with cord compression and T2 myelomalacia",
        "MRI: C5-C6 stenosis, high T2 signal within the cord",
        "MRI: C4-5 spondylotic stenosis, abnormal cord signal",
    ],
)
def test_a_cord_signal_beside_a_spondylotic_narrowing_raises_a_cervical_myelopathy(
    explorer: Explorer, line: str
) -> None:
    """Stop 48: five public central cord pictures on such a line left the writers' cervical myelopathy unflagged."""
    assert line in _flags(explorer, [*CENTRAL_CORD_NOTE, line]).get("radix:cervical_myelopathy", [])


@pytest.mark.parametrize(
    "line",
    [
        "MRI: C5-C6 disc-osteophyte complex indenting the cord, no cord signal change",
        "MRI: C5-C6 canal stenosis, normal cord signal",
        "MRI: T8-T9 spondylotic stenosis with cord T2 signal",
        "MRI: T2 hyperintense cord lesion C3-C4, no stenosis",
        "MRI: L4-L5 canal stenosis with oedema of the facet joints",
        "MRI: C5-6 osteophytes with endplate oedema abutting the cord",
        "MRI: C5-C6 disc signal loss with osteophyte indenting the cord",
        "MRI: C5-C6 stenosis effacing CSF signal around the cord",
        "MRI thoracic spine: spondylotic stenosis with cord oedema",
        "MRI: intramedullary enhancing mass with cord oedema and mild spondylotic stenosis C4",
        "MRI: cord signal change C4 from radiation myelopathy and spondylosis",
        "MRI: cord oedema at a C5 burst fracture with canal stenosis",
        "MRI: C4-C6 spondylosis, longitudinally extensive cord oedema C2-T1",
        "MRI: C5-6 spondylotic stenosis, cord T2 signal change resolved",
        "MRI: hyperintense annular fissure C5-6, osteophyte abutting the cord",
    ],
)
def test_a_denied_normal_thoracic_or_unnarrowed_cord_signal_raises_no_cervical_myelopathy(
    explorer: Explorer, line: str
) -> None:
    """The narrowing, the cord's own signal and a level no lower than the neck are each needed.

    And no other cause of the signal, no bone's, CSF's or disc's signal (the code and clinical reviews of stop 48).
    """
    observations = explorer.localizer.read([line]).observations
    assert BASE + "cervical_myelopathy" not in imaged_causes.raising_lines(observations), line
