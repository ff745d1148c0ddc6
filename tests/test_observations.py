"""How typed phrases are read: normal findings, coordination, modifiers, global normals, plurals and typos."""

from __future__ import annotations

import pytest
from rdflib import Graph

from graph.explore.explorer import Explorer
from graph.explore.observations import Observation
from graph.load.store import oxigraph_store


@pytest.fixture(scope="module")
def explorer(radix_graph: Graph) -> Explorer:
    return Explorer(oxigraph_store(radix_graph))


def read(explorer: Explorer, phrase: str) -> list[Observation]:
    return explorer.reader.read(phrase)


def ids(observation: Observation) -> set[str]:
    return {iri.rsplit("/", 1)[-1] for iri in observation.findings}


def test_a_finding_name_is_read_as_present(explorer: Explorer) -> None:
    [observation] = read(explorer, "absent ankle jerk")
    assert observation.present and ids(observation) == {"absent_ankle_reflex"}


def test_plurals_and_typos_are_forgiven(explorer: Explorer) -> None:
    assert ids(read(explorer, "absent ankle jerks")[0]) == {"absent_ankle_reflex"}
    assert ids(read(explorer, "absnt ankle reflx")[0]) == {"absent_ankle_reflex"}


@pytest.mark.parametrize(
    "phrase", ["knee reflex normal", "knee jerks preserved", "normal knee jerk", "patellar reflex present"]
)
def test_a_normal_reflex_is_read_as_absent_change(explorer: Explorer, phrase: str) -> None:
    [observation] = read(explorer, phrase)
    assert not observation.present
    assert any("patellar" in finding for finding in observation.findings)


def test_no_reflex_means_an_absent_reflex(explorer: Explorer) -> None:
    [observation] = read(explorer, "no ankle jerk")
    assert observation.present and ids(observation) == {"absent_ankle_reflex"}


def test_negated_finding(explorer: Explorer) -> None:
    [observation] = read(explorer, "no saddle anaesthesia")
    assert not observation.present and ids(observation) == {"saddle_anaesthesia"}


def test_coordination_shares_its_modifiers(explorer: Explorer) -> None:
    observations = read(explorer, "weak ankle dorsiflexion and plantar flexion")
    assert {finding for o in observations for finding in ids(o)} >= {
        "weak_ankle_dorsiflexion",
        "weak_ankle_plantar_flexion",
    }


@pytest.mark.parametrize(
    ("phrase", "kinds"),
    [
        ("no sensory loss", ("sensory",)),
        ("no weakness", ("weakness",)),
        ("neurological examination normal", ("reflex", "sensory", "weakness")),
    ],
)
def test_global_normals(explorer: Explorer, phrase: str, kinds: tuple[str, ...]) -> None:
    [observation] = read(explorer, phrase)
    assert observation.scope == "global" and not observation.present and observation.kinds == kinds


def test_modifying_factor_is_split_from_the_finding(explorer: Explorer) -> None:
    observations = read(explorer, "buttock pain worse with prolonged sitting")
    modifiers = [o for o in observations if o.modifier]
    assert [(o.modifier, [a.rsplit("/", 1)[-1] for a in o.anatomy]) for o in modifiers] == [("aggravated", ["sitting"])]
    assert any("buttock_pain" in ids(o) for o in observations if not o.modifier)


def test_relieving_factor(explorer: Explorer) -> None:
    [observation] = read(explorer, "eases after several minutes of sitting")
    assert observation.modifier == "relieved" and observation.anatomy[0].endswith("/sitting")


def test_descriptive_pain_is_read_by_kind_and_anatomy(explorer: Explorer) -> None:
    [observation] = read(explorer, "pain down the back of the leg to the little toe")
    assert observation.present and "pain" in observation.kinds
    assert {node.rsplit("/", 1)[-1] for node in observation.anatomy} >= {"little_toe"}


def test_painless_qualifies_what_it_names(explorer: Explorer) -> None:
    observations = read(explorer, "hip rotation full and painless")
    assert all(not o.present for o in observations)
    assert all(o.scope != "global" for o in observations)


def test_unilateral_is_not_a_typo_of_bilateral(explorer: Explorer) -> None:
    observations = read(explorer, "severe unilateral sciatica")
    assert not any("bilateral" in finding for o in observations for finding in o.findings)
