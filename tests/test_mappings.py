"""Links to other ontologies: SKOS mappings of honest strength, one SSSOM file, imported terms with xrefs."""

from __future__ import annotations

import logging
import warnings
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from graph.ask.sparql import display, select
from graph.load.store import mapping_paths
from graph.namespaces import PREFIXES
from graph.paths import MAPPINGS_FILE


@pytest.fixture(scope="module")
def sssom_report() -> tuple[Any, Any]:
    """Parse and validate the mapping file with sssom-py, the SSSOM reference implementation.

    sssom-py raises pandas deprecation and future warnings from its own code on import and parse;
    they are silenced here, around the third-party calls only (the suite otherwise turns warnings
    into errors).
    """
    logging.getLogger("sssom").setLevel(logging.ERROR)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from sssom.parsers import parse_sssom_table
        from sssom.validators import validate as validate_sssom

        mapping_set = parse_sssom_table(MAPPINGS_FILE)
        report = validate_sssom(mapping_set, fail_on_error=False)
    return mapping_set, report


@pytest.fixture(scope="module")
def mapping_set(sssom_report: tuple[Any, Any]) -> Any:
    return sssom_report[0]


def test_sssom_file_is_valid_against_the_sssom_schema(sssom_report: tuple[Any, Any]) -> None:
    problems = [result for validation in sssom_report[1].values() for result in validation.results]
    assert problems == []


def test_sssom_metadata(mapping_set: Any) -> None:
    metadata = mapping_set.metadata
    assert metadata["license"] == "https://creativecommons.org/licenses/by/4.0/"
    assert metadata["mapping_set_id"] == "https://w3id.org/radix/mappings.sssom.tsv"
    assert all(
        PREFIXES[prefix] == iri for prefix, iri in mapping_set.converter.prefix_map.items() if prefix in PREFIXES
    )


def test_every_row_has_a_justification_and_reason(mapping_set: Any) -> None:
    frame = mapping_set.df
    assert set(frame["mapping_justification"]) == {"semapv:ManualMappingCuration"}
    assert frame["comment"].str.len().min() > 5


def test_graph_holds_the_same_mappings_as_the_sssom_files(store: ox.Store) -> None:
    rows = 0
    for path in mapping_paths():
        rows += sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("radix:"))
    in_graph = select(
        store,
        """SELECT (COUNT(*) AS ?n) WHERE { VALUES ?p { skos:exactMatch skos:closeMatch skos:broadMatch skos:narrowMatch
             skos:relatedMatch } ?s ?p ?o . FILTER(STRSTARTS(STR(?s), "https://w3id.org/radix/")) }""",
    )
    assert int(in_graph[0]["n"].value) == rows


def test_s1_radiculopathy_is_narrower_than_mondo_radiculopathy(store: ox.Store) -> None:
    assert bool(store.query("ASK { radix:S1_radiculopathy skos:broadMatch MONDO:0002959 }", prefixes=PREFIXES))
    assert not bool(store.query("ASK { radix:S1_radiculopathy skos:exactMatch ?any }", prefixes=PREFIXES))


def test_linked_terms_carry_snomed_umls_and_mesh_xrefs(store: ox.Store) -> None:
    rows = select(
        store,
        "SELECT ?x WHERE { radix:S1_radiculopathy skos:broadMatch MONDO:0002959 . "
        "MONDO:0002959 oboInOwl:hasDbXref ?x }",
    )
    xrefs = {row["x"].value for row in rows}
    assert {"SNOMEDCT:72274001", "UMLS:C0700594", "MESH:D011843"} <= xrefs


def test_xref_prefixes_are_normalised(store: ox.Store) -> None:
    prefixes = {
        row["x"].value.split(":", 1)[0]
        for row in select(store, "SELECT DISTINCT ?x WHERE { ?t oboInOwl:hasDbXref ?x }")
    }
    assert prefixes <= {"SNOMEDCT", "UMLS", "MESH", "NCIT", "FMA", "ICD10CM", "DOID", "MONDO"}


def test_import_modules_name_their_release_and_licence(store: ox.Store) -> None:
    modules = select(
        store,
        """SELECT ?m ?version WHERE { ?m a owl:Ontology ; owl:versionInfo ?version .
             FILTER(STRSTARTS(STR(?m), "https://w3id.org/radix/imports/")) }""",
    )
    names = {display(row["m"]).removeprefix("radix:imports/") for row in modules}
    assert {"uberon", "hp", "mondo", "doid", "icd10cm", "ro", "eco"} <= {name.rsplit("/", 1)[-1] for name in names}


def test_every_mapping_object_is_an_imported_term(store: ox.Store) -> None:
    missing = select(
        store,
        """SELECT ?o WHERE {
             VALUES ?p { skos:exactMatch skos:closeMatch skos:broadMatch skos:narrowMatch skos:relatedMatch }
             ?s ?p ?o . FILTER NOT EXISTS { ?o rdfs:label ?l ; rdfs:isDefinedBy ?ontology } }""",
    )
    assert missing == []


def test_mapping_file_is_what_the_loader_reads() -> None:
    assert MAPPINGS_FILE in mapping_paths()
    assert Path(MAPPINGS_FILE).name == "mappings.sssom.tsv"
