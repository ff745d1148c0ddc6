"""GA4GH Phenopackets as input to localisation: validation, the HPO hierarchy, the CLI (explore/phenopacket.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from graph.cli import main
from graph.errors import RadixError
from graph.explore.explorer import Explorer
from graph.explore.phenopacket import PhenotypeHierarchy, read_phenopacket

EXAMPLE = Path(__file__).parent / "data" / "phenopackets" / "upper_motor_neuron.json"


def packet(**changes: Any) -> dict[str, Any]:
    """Return the example phenopacket as a dict, with top-level fields replaced (None deletes)."""
    document: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    for key, value in changes.items():
        if value is None:
            document.pop(key, None)
        else:
            document[key] = value
    return document


@pytest.fixture(scope="module")
def hierarchy(store: ox.Store) -> PhenotypeHierarchy:
    """Read the imported HPO hierarchy and the mappings into it."""
    return PhenotypeHierarchy(store)


@pytest.fixture(scope="module")
def explorer(store: ox.Store) -> Explorer:
    """Build the explorer over the session graph."""
    return Explorer(store)


def test_observed_and_excluded_features_are_told_apart() -> None:
    patient = read_phenopacket(EXAMPLE.read_bytes())
    assert patient.id == "radix-example-1"
    assert [feature.id for feature in patient.observed] == ["HP:0007083", "HP:0002064"]
    assert [feature.id for feature in patient.excluded] == ["HP:0001284"]


@pytest.mark.parametrize(
    ("document", "message"),
    [
        pytest.param(b"{not json", "not JSON", id="not-json"),
        pytest.param(json.dumps(["HP:0007083"]), "JSON object", id="not-an-object"),
        pytest.param(packet(phenotypicFeature=[]), "no field named", id="misspelt-field"),
        pytest.param(packet(phenotypicFeatures=[{"type": {"id": 7}}]), "not a valid", id="wrong-type"),
        pytest.param(packet(id=None), "no id", id="no-id"),
        pytest.param(packet(metaData=None), "no metaData", id="no-metadata"),
        pytest.param(packet(phenotypicFeatures=[]), "no phenotypicFeatures", id="no-features"),
        pytest.param(packet(phenotypicFeatures=[{"type": {"id": "areflexia"}}]), "not a CURIE", id="not-a-curie"),
    ],
)
def test_a_bad_phenopacket_is_refused_with_a_reason(document: Any, message: str) -> None:
    with pytest.raises(RadixError, match=message):
        read_phenopacket(document)


def test_a_more_specific_observed_term_reaches_the_finding_through_its_ancestor(hierarchy: PhenotypeHierarchy) -> None:
    # HP:0007083 Hyperactive patellar reflex is_a HP:0001347 Hyperreflexia, which radix:hyperreflexia equals
    assert hierarchy.present("HP:0007083") == (["radix:hyperreflexia"], "HP:0001347")
    assert hierarchy.present("HP:0003438") == (["radix:absent_ankle_reflex"], "HP:0003438")


def test_an_excluded_term_rules_out_the_findings_below_it_and_nothing_broader(hierarchy: PhenotypeHierarchy) -> None:
    ruled_out = hierarchy.absent("HP:0001284")  # Areflexia: above Absent Achilles reflex
    assert {"radix:absent_ankle_reflex", "radix:diminished_or_absent_ankle_reflex"} <= set(ruled_out)
    assert hierarchy.absent("HP:0007083") == []  # no hyperactive patellar reflex says nothing of hyperreflexia


def test_localize_reads_the_phenopacket(explorer: Explorer) -> None:
    answer = explorer.localize_phenopacket(EXAMPLE.read_bytes(), limit=5)
    read = {(item["findings"][0], item["present"]) for item in answer["observations"]}
    assert {("radix:hyperreflexia", True), ("radix:spastic_gait", True), ("radix:absent_ankle_reflex", False)} <= read
    features = {feature["id"]: feature for feature in answer["phenopacket"]["features"]}
    assert features["HP:0007083"]["via"] == "HP:0001347"
    assert "radix:cervical_myelopathy" in {flag["id"] for flag in answer["red_flags"]}


def test_excluded_findings_are_absent_observations(explorer: Explorer) -> None:
    answer = explorer.localize(["absent ankle reflex"], excluded=["weak ankle dorsiflexion"])
    read = {(item["read_as"], item["present"]) for item in answer["observations"]}
    assert ("absent ankle reflex", True) in read
    assert any(not present and "dorsiflexion" in words for words, present in read)


def test_a_phenopacket_that_reaches_nothing_is_an_error(explorer: Explorer) -> None:
    document = packet(phenotypicFeatures=[{"type": {"id": "HP:0000478", "label": "Abnormality of the eye"}}])
    with pytest.raises(RadixError, match="reaches a Radix finding"):
        explorer.localize_phenopacket(document)


def test_radix_localize_phenopacket(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["localize", "--phenopacket", str(EXAMPLE), "--limit", "3"]) == 0
    out = capsys.readouterr().out
    assert "observed HP:0007083 Hyperactive patellar reflex via HP:0001347 -> hyperreflexia" in out
    assert "RED FLAG: cervical myelopathy" in out


def test_radix_localize_refuses_a_bad_phenopacket(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(packet(phenotypicFeatures=[])), encoding="utf-8")
    assert main(["localize", "--phenopacket", str(bad)]) == 2
    assert "no phenotypicFeatures" in capsys.readouterr().err
    assert main(["localize", "--phenopacket", str(tmp_path / "missing.json")]) == 2
    assert "cannot read the phenopacket" in capsys.readouterr().err
    assert main(["localize"]) == 2
