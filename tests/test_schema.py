"""The ontology header, classes and properties meet OBO practice (issue 2, item 2)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from graph.ask.sparql import select

LICENCE = "https://creativecommons.org/licenses/by/4.0/"


def test_ontology_header(store: ox.Store) -> None:
    [header] = select(
        store,
        """SELECT * WHERE { ?o a owl:Ontology ; dcterms:title ?title ; dcterms:description ?description ;
             dcterms:license ?license ; dcterms:creator ?creator ; owl:versionIRI ?versionIRI ;
             owl:versionInfo ?version ; vann:preferredNamespacePrefix ?prefix ; vann:preferredNamespaceUri ?uri .
             FILTER(STRSTARTS(STR(?o), "https://w3id.org/radix/radix")) }""",
    )
    assert header["license"].value == LICENCE
    assert header["prefix"].value == "radix"
    assert header["uri"].value == "https://w3id.org/radix/"
    assert header["versionIRI"].value.startswith("https://w3id.org/radix/releases/")


@pytest.mark.parametrize(
    "expected",
    [
        "NerveRoot",
        "PeripheralNerve",
        "Muscle",
        "MotorAction",
        "Reflex",
        "Dermatome",
        "BodyRegion",
        "ClinicalFinding",
        "Symptom",
        "Sign",
        "Condition",
        "Cause",
        "Mechanism",
        "Activity",
        "ExaminationTest",
    ],
)
def test_class_exists_with_label_definition_and_origin(store: ox.Store, expected: str) -> None:
    rows = select(
        store,
        "SELECT * WHERE { ?c a owl:Class ; rdfs:label ?label ; skos:definition ?definition ; "
        "rdfs:isDefinedBy <https://w3id.org/radix/radix.owl> }",
        bindings={"c": ox.NamedNode(f"https://w3id.org/radix/{expected}")},
    )
    assert rows, f"radix:{expected} lacks a class declaration with label, definition and isDefinedBy"


def test_every_object_property_has_label_definition_domain_or_range(store: ox.Store) -> None:
    incomplete = select(
        store,
        """SELECT ?p WHERE { ?p a owl:ObjectProperty . FILTER(STRSTARTS(STR(?p), "https://w3id.org/radix/"))
             FILTER(NOT EXISTS { ?p rdfs:label ?l } || NOT EXISTS { ?p skos:definition ?d }
                    || NOT EXISTS { ?p rdfs:isDefinedBy ?o }
                    || (NOT EXISTS { ?p rdfs:domain ?dom } && NOT EXISTS { ?p rdfs:range ?ran })) }""",
    )
    assert incomplete == []


@pytest.mark.parametrize(
    ("local", "external", "label"),
    [
        ("innervatedByRoot", "RO_0002005", "innervated_by"),
        ("innervatedByNerve", "RO_0002005", "innervated_by"),
        ("hasFinding", "RO_0002200", "has phenotype"),
        ("causes", "RO_0003302", "causes or contributes to condition"),
        ("affectsRoot", "RO_0004026", "disease has location"),
        ("performs", "RO_0002215", "capable of"),
        ("branchOf", "RO_0002380", "branching part of"),
        ("aggravatedBy", "RO_0003311", "condition exacerbated by"),
    ],
)
def test_properties_align_to_imported_relation_ontology_terms(
    store: ox.Store, local: str, external: str, label: str
) -> None:
    rows = select(
        store,
        "SELECT * WHERE { ?local rdfs:subPropertyOf ?external . ?external rdfs:label ?label }",
        bindings={
            "local": ox.NamedNode(f"https://w3id.org/radix/{local}"),
            "external": ox.NamedNode(f"http://purl.obolibrary.org/obo/{external}"),
        },
    )
    assert [row["label"].value for row in rows] == [label]


def test_ro_has_symptom_is_a_kind_of_has_phenotype(store: ox.Store) -> None:
    """RO:0002452 'has symptom' is a sub-property of RO:0002200 'has phenotype', as the import module says."""
    rows = select(
        store,
        "SELECT * WHERE { obo:RO_0002452 rdfs:label 'has symptom' ; rdfs:subPropertyOf obo:RO_0002200 }",
    )
    assert len(rows) == 1
