"""IRIs are spelled in one module, which stays equal to the schema; one prefix map normalises CURIEs."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef

from graph.namespaces import BASE, CONVERTER, RADIX, normalise_curie
from graph.paths import ONTOLOGY_DIR


def test_defined_namespace_equals_the_schema() -> None:
    schema = Graph().parse(ONTOLOGY_DIR / "radix.ttl")
    declared = {
        str(subject).removeprefix(BASE)
        for subject in schema.subjects()
        if isinstance(subject, URIRef) and str(subject).startswith(BASE) and not str(subject).endswith(".owl")
    }
    spelled = set(RADIX.__annotations__)
    assert spelled == declared, f"only in radix.ttl: {declared - spelled}; only in namespaces.py: {spelled - declared}"


def test_a_typo_raises_instead_of_minting_an_iri() -> None:
    with pytest.raises(AttributeError):
        _ = RADIX.hasPrimaryRooot


@pytest.mark.parametrize(
    ("written", "preferred"),
    [
        ("SCTID:72274001", "SNOMEDCT:72274001"),
        ("SNOMEDCT_US_2025_09_01:394640000", "SNOMEDCT:394640000"),
        ("SNOMEDCT_US:274818004", "SNOMEDCT:274818004"),
        ("UMLS_CUI:C0700594", "UMLS:C0700594"),
        ("mesh:D011843", "MESH:D011843"),
        ("NCI:C27596", "NCIT:C27596"),
        ("HP:0003438", "HP:0003438"),
    ],
)
def test_reference_prefix_spellings_are_normalised(written: str, preferred: str) -> None:
    assert normalise_curie(written) == preferred


def test_unknown_prefix_is_refused() -> None:
    with pytest.raises(ValueError, match="outside the Radix prefix map"):
        normalise_curie("GARD:0022713")


def test_expansion_round_trips() -> None:
    iri = CONVERTER.expand("ICD10CM:M54.17")
    assert iri == "http://purl.bioontology.org/ontology/ICD10CM/M54.17"
    assert CONVERTER.compress(iri) == "ICD10CM:M54.17"
    assert CONVERTER.compress("http://purl.obolibrary.org/obo/HP_0003438") == "HP:0003438"
