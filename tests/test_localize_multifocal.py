"""Several separate nerves: the vasculitic mononeuritis multiplex the graph lacked, and what it must not take.

Until stop 58 the graph held no mononeuritis multiplex: "several separate nerves" could only be a pair of lesions, so a
foot drop, then an ulnar hand, then a median thumb with a raised ESR (sealed 184, H184-052) was placed at the carpal
tunnel, and 32 development cases of vasculitic mononeuritis multiplex were missed. The new condition
(``ontology/facts/vasculitic_neuropathy.tsv``, BMJ Best Practice and the MSD Manual, opened and read) is a lesion of
the common fibular, tibial, ulnar, median and radial nerves. Measuring it on the development cases showed what such a
lesion must not do: take an electromyogram naming the tibial and fibular muscles from the sciatic nerve above them
(a lesion's reach now counts for a nerve downstream of a nerve lesion, ``Model._implicated``), and pair with a
length-dependent polyneuropathy to explain one polyneuropathy twice (``Model._one_neuropathy``).
"""

from __future__ import annotations

from typing import Any

from graph.explore.explorer import Explorer
from graph.explore.localize.observation import Observation
from graph.explore.localize.parameters import LEAK, UNSTATED
from graph.namespaces import BASE

VASCULITIC = "radix:vasculitic_mononeuritis_multiplex"

# sealed 184, H184-052 (public since stop 57): ANCA vasculitis, fibular then ulnar then median
STEPWISE = [
    "59-year-old train driver with 3 months of weight loss and night sweats",
    "painful sudden right foot drop 6 weeks ago",
    "then left hand weakness with numb little finger 2 weeks ago",
    "now numbness of the right thumb and index finger with weak thumb abduction",
    "ankle jerks present; no back or neck pain",
    "ESR 92, ANCA positive, creatinine rising",
    "NCS: asymmetric axonal loss in right fibular, left ulnar and right median nerves",
]

# sealed 2, Z048 (public): a sciatic injection injury, its EMG naming the nerves below the sciatic
SCIATIC = [
    "Right leg weakness and pain since an intramuscular injection in the right buttock",
    "Foot drop and weak plantarflexion; weak knee flexion",
    "Gluteus maximus and medius strength normal",
    "Right ankle jerk reduced",
    "Sensory loss over the whole foot except the medial arch; saphenous area normal",
    "EMG: denervation in hamstrings, tibial and fibular muscles; gluteals and paraspinals normal",
]

# sealed 112, E112-099 (public): a diabetic length-dependent polyneuropathy whose NCS names the fibular nerve
POLYNEUROPATHY = [
    "Works surgery: type 2 diabetic, HbA1c 86, pressing-line operator; blister on sole from hot floor grating",
    "'both feet numb like socks on, now up to my ankles, and burning at night'",
    "OP: ↓ pinprick and vibration both feet to mid-shin, symmetrical",
    "OP: AJs absent bilat, KJs 2+",
    "OP: toe extension 4+/5 bilat, otherwise 5/5",
    "OP: hands normal",
    "NCS: sural SNAPs absent bilat, fibular CMAPs low, CVs mildly reduced",
]


def _hypothesis(explorer: Explorer, key: str):  # type: ignore[no-untyped-def]
    return next(h for h in explorer.localizer.hypotheses if h.key.removeprefix(BASE) == key)


def test_a_stepwise_painful_neuropathy_of_three_nerves_is_a_vasculitic_mononeuritis_multiplex(
    explorer: Explorer,
) -> None:
    answer = explorer.localize(STEPWISE, limit=5)
    first = answer["sites"][0]
    assert {"radix:common_fibular_nerve", "radix:ulnar_nerve", "radix:median_nerve"} <= set(first["anatomy"])
    assert first["conditions"][0]["id"] == VASCULITIC
    assert answer["conditions"][0]["id"] == VASCULITIC


def test_the_vasculitic_lesion_is_of_the_nerves_the_sources_name(explorer: Explorer) -> None:
    lesion = _hypothesis(explorer, "vasculitic_mononeuritis_multiplex").lesion
    names = {nerve.removeprefix(BASE) for nerve in lesion.nerves}
    assert names == {"common_fibular_nerve", "tibial_nerve", "ulnar_nerve", "median_nerve", "radial_nerve"}
    shares = dict(lesion.involvement)
    # a branch of the sciatic nerve is the commonest first nerve (BMJ); the arm's nerves "may" (curator's reading)
    assert shares[BASE + "common_fibular_nerve"] > shares[BASE + "ulnar_nerve"]


def test_an_emg_naming_the_nerves_below_a_sciatic_lesion_is_the_sciatic_lesions(explorer: Explorer) -> None:
    answer = explorer.localize(SCIATIC, limit=5)
    assert answer["sites"][0]["label"] == "sciatic nerve"
    model = explorer.localizer.model
    line = Observation(
        phrase="EMG: denervation in tibial and fibular muscles",
        present=True,
        kind="electrodiagnostic",
        implicates=(BASE + "tibial_nerve", BASE + "common_fibular_nerve"),
    )
    assert model._implicated(_hypothesis(explorer, "sciatic_neuropathy"), line) == 1.0


def test_a_polyneuropathy_is_not_paired_with_a_mononeuritis_multiplex(explorer: Explorer) -> None:
    model = explorer.localizer.model
    polyneuropathy = _hypothesis(explorer, "length_dependent_polyneuropathy")
    assert model._one_neuropathy(polyneuropathy, _hypothesis(explorer, "vasculitic_mononeuritis_multiplex"))
    # a purely motor neuropathy is another disease beside a sensory polyneuropathy (stop 58's code review)
    assert not model._one_neuropathy(polyneuropathy, _hypothesis(explorer, "multifocal_motor_neuropathy"))
    # Guillain-Barré syndrome is of the roots too: it still pairs with a polyneuropathy (its flag depends on it)
    assert not model._one_neuropathy(polyneuropathy, _hypothesis(explorer, "guillain_barre_syndrome"))
    answer = explorer.localize(POLYNEUROPATHY, limit=5)
    assert answer["sites"][0]["label"] == "length-dependent polyneuropathy"
    assert all(
        VASCULITIC not in {c["id"] for site in pair["sites"] for c in site["conditions"]}
        for pair in answer["multi_lesion"]
    )


def test_a_vasculitic_mononeuritis_multiplex_is_a_red_flag_whose_silences_still_count(explorer: Explorer) -> None:
    # BMJ Best Practice's urgent considerations: vasculitis beside a neuropathy needs prompt recognition
    assert VASCULITIC in {flag["id"] for flag in explorer.localize(STEPWISE, limit=5)["red_flags"]}
    rash = explorer.localize(["right foot drop over two days", "livedo reticularis on both legs"], limit=5)
    assert any(flag["id"] == VASCULITIC and flag["raised_by"] for flag in rash["red_flags"])
    # a lesion of several named nerves is known by the nerves it involves: the nerves a note is silent on count
    # against it though it is a red flag; a red-flag plexus lesion (a Pancoast tumour) keeps its exemption
    parsimony = explorer.localizer.model.parsimony
    vasculitic = _hypothesis(explorer, "vasculitic_mononeuritis_multiplex")
    assert vasculitic.red_flag and parsimony.weighed(vasculitic)
    assert not parsimony.weighed(_hypothesis(explorer, "pancoast_tumour"))


def test_one_nerve_after_pressure_is_that_nerve_not_a_mononeuritis_multiplex(explorer: Explorer) -> None:
    """Stop 58's clinical review: a crossed-legs fibular palsy was flagged as vasculitis (2.4 %), nothing raising it.

    Every deficit in one of the lesion's nerves makes a mononeuritis multiplex "occasional" (one nerve before a second).
    """
    crossed_legs = [
        "left foot drop after crossing legs during a long flight",
        "weak dorsiflexion and eversion, inversion normal",
        "dorsum of foot numb",
        "ankle reflex normal",
    ]
    answer = explorer.localize(crossed_legs, limit=5)
    assert answer["sites"][0]["label"] == "common fibular nerve at fibular head"
    assert VASCULITIC not in {flag["id"] for flag in answer["red_flags"]}
    # a second nerve lifts it: a foot drop, then an ulnar hand, is no longer one nerve's
    second = explorer.localize([*crossed_legs, "then numb little finger with weak finger spreading on the right"])
    first_site = explorer.localize(crossed_legs)["sites"]
    assert _site_probability(second, VASCULITIC) > _site_probability({"sites": first_site}, VASCULITIC)


def test_a_sign_of_illness_anywhere_keeps_the_open_world_rate_for_a_lesion_not_stating_it(explorer: Explorer) -> None:
    """Stop 58's clinical review: one nerve with a raised ESR or CRP went to the vasculitic lesion (a 14-fold ratio)."""
    model = explorer.localizer.model
    fibular = _hypothesis(explorer, "common_fibular_neuropathy")
    assert model.finding_term(fibular, BASE + "raised_inflammatory_markers").p == UNSTATED
    assert model.finding_term(fibular, BASE + "fever").p == UNSTATED
    # a local sign another lesion gives is still the leak (stop 57: a zoster rash against a disc radiculopathy)
    assert model.finding_term(fibular, BASE + "dermatomal_vesicular_rash").p == LEAK
    slimming = ["foot drop after weight loss diet", "weak dorsiflexion and eversion", "numb dorsum of foot", "ESR 40"]
    assert VASCULITIC not in {c["id"] for c in explorer.localize(slimming, limit=5)["sites"][0]["conditions"]}


def test_guillain_barre_syndrome_is_not_credited_with_every_nerve_a_study_names(explorer: Explorer) -> None:
    """Stop 58's clinical review: a three-year stocking neuropathy's NCS line raised GBS, CIDP and Lyme flags."""
    model = explorer.localizer.model
    assert model._of_every_nerve(_hypothesis(explorer, "length_dependent_polyneuropathy"))
    assert not model._of_every_nerve(_hypothesis(explorer, "guillain_barre_syndrome"))
    chronic = [
        "burning feet 3 years",
        "symmetric stocking sensory loss to mid-shin",
        "absent ankle reflexes",
        "NCS: absent sural SNAPs and reduced tibial CMAPs",
    ]
    flags = {flag["id"] for flag in explorer.localize(chronic, limit=5)["red_flags"]}
    assert not flags & {
        "radix:guillain_barre_syndrome",
        "radix:chronic_inflammatory_demyelinating_polyradiculoneuropathy",
    }


def _site_probability(answer: dict[str, Any], condition: str) -> float:
    return sum(site["probability"] for site in answer["sites"] if any(c["id"] == condition for c in site["conditions"]))


def test_a_febrile_saddle_picture_stays_at_the_cauda_equina(explorer: Explorer) -> None:
    """Stop 58's late review: fever at the open-world rate put a conus ahead of the abscess's cauda equina syndrome.

    A cord or cauda equina syndrome keeps its causes' rate for a sign of illness; other lesions, the open-world one.
    """
    febrile = [
        "Low back pain severe",
        "Fever 38.5",
        "Saddle anaesthesia",
        "Urinary retention",
        "Bilateral leg weakness",
        "ESR 90",
    ]
    answer = explorer.localize(febrile, limit=5)
    assert answer["sites"][0]["label"] == "cauda equina"
    assert {"radix:cauda_equina_syndrome", "radix:spinal_epidural_abscess"} <= {f["id"] for f in answer["red_flags"]}
