"""radix validate: the real graph is clean, and every check catches a fault planted in a small copy."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Graph

from graph.check.checks import load_checks
from graph.check.validate import validate
from graph.errors import RadixError
from graph.load.store import load_graph
from graph.paths import CHECKS_DIR

PREFIXES = """@prefix radix: <https://w3id.org/radix/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix obo: <http://purl.obolibrary.org/obo/> .
"""

TERMS_HEADER = "id\ttype\tlabel\tsynonyms\trelated_synonyms\tdefinition\tdefinition_source\tcomment\tdeprecated\n"
MAPPING = "radix:{s}\t{sl}\t{p}\t{o}\t{ol}\tsemapv:ManualMappingCuration\tplanted\tplanted for a test\n"


def _turtle(folder: Path, text: str) -> None:
    (folder / "planted.ttl").write_text(PREFIXES + text, encoding="utf-8")


def _terms(folder: Path, *rows: str) -> None:
    (folder / "terms" / "planted.tsv").write_text(TERMS_HEADER + "".join(row + "\n" for row in rows), encoding="utf-8")


def _fact(folder: Path, *cells: str) -> None:
    with (folder / "facts" / "s1.tsv").open("a", encoding="utf-8") as handle:
        handle.write("\t".join(cells) + "\n")


def _mapping(folder: Path, **fields: str) -> None:
    with (folder / "mappings.sssom.tsv").open("a", encoding="utf-8") as handle:
        handle.write(MAPPING.format(**fields))


def _use_deprecated(folder: Path) -> None:
    _terms(folder, "heel_numbness_old\tSymptom\tobsolete heel numbness\t\t\t\t\t\tyes")
    _fact(folder, "S1_radiculopathy", "hasFinding", "heel_numbness_old", "ref_seed", "ECO:0000303")


def _split_contest(folder: Path) -> None:
    """Plant two variants of one contest group, neither marked as the consensus."""
    _fact(folder, "soleus", "hasContributingRoot", "S1_root", "ref_gray", "ECO:0000304", "", "", "", "split", "a")
    _fact(folder, "soleus", "hasPrimaryRoot", "S1_root", "ref_kendall", "ECO:0000304", "", "", "", "split", "b")


def _unsited_branch(folder: Path) -> None:
    """Plant a sited lesion of the tibial nerve and a territory of the nerve that says nowhere where it leaves."""
    _fact(
        folder,
        "S1_radiculopathy",
        "affectsNerve",
        "tibial_nerve",
        "ref_gray",
        "ECO:0000304",
        "",
        "",
        "site=popliteal_fossa",
    )
    _fact(folder, "tibial_nerve", "hasSensoryTerritory", "calf", "ref_gray", "ECO:0000304")


def _unlocatable(folder: Path) -> None:
    """Plant a reference with no URL, locator or citation, and a statement that cites it."""
    _turtle(
        folder,
        """radix:ref_nowhere a owl:NamedIndividual, radix:Reference ; rdfs:label "somewhere unnamed" ;
        dcterms:title "A book" ; radix:referenceKind "textbook" ; radix:howChecked "cited from knowledge" .""",
    )
    _fact(folder, "soleus", "performs", "ankle_plantar_flexion", "ref_nowhere", "ECO:0000304")


# check name -> (how to plant the fault, the entity the violation must name)
PLANTS: dict[str, tuple[Callable[[Path], None], str]] = {
    "missing-label": (
        lambda d: _turtle(d, "radix:nameless a owl:NamedIndividual, radix:Muscle ."),
        "nameless",
    ),
    "missing-definition": (lambda d: _terms(d, "vague\tMuscle\tvague muscle\t\t\t\t\t\t"), "vague"),
    "missing-definition-source": (
        lambda d: _terms(d, "unsourced\tMuscle\tunsourced muscle\t\t\tA muscle.\t\t\t"),
        "unsourced",
    ),
    "duplicate-label": (
        lambda d: _terms(d, "calf_again\tBodyRegion\tCalf\t\t\tThe calf.\tref_gray\t\t"),
        "calf_again",
    ),
    "missing-source": (
        lambda d: _turtle(d, "radix:gastrocnemius radix:hasContributingRoot radix:S1_root ."),
        "gastrocnemius",
    ),
    "missing-evidence": (
        lambda d: _turtle(
            d,
            """radix:soleus radix:hasContributingRoot radix:S1_root .
        [] a owl:Axiom ; owl:annotatedSource radix:soleus ; owl:annotatedProperty radix:hasContributingRoot ;
           owl:annotatedTarget radix:S1_root ; dcterms:source radix:ref_gray .""",
        ),
        "soleus",
    ),
    "source-not-a-reference": (
        lambda d: _fact(d, "soleus", "performs", "ankle_plantar_flexion", "ref_wikipedia", "ECO:0000304"),
        "soleus",
    ),
    "axiom-without-assertion": (
        lambda d: _turtle(
            d,
            """[] a owl:Axiom ; owl:annotatedSource radix:calf ;
        owl:annotatedProperty radix:partOf ; owl:annotatedTarget radix:foot ; dcterms:source radix:ref_gray ;
        obo:RO_0002558 obo:ECO_0000304 .""",
        ),
        "calf",
    ),
    "external-term-not-imported": (
        lambda d: _mapping(d, s="heel", sl="heel", p="skos:relatedMatch", o="HP:9999999", ol="Invented heel"),
        "heel",
    ),
    "mapping-label-mismatch": (
        lambda d: _mapping(
            d,
            s="absent_ankle_reflex",
            sl="absent ankle reflex",
            p="skos:relatedMatch",
            o="HP:0009072",
            ol="Absent knee reflex",
        ),
        "absent_ankle_reflex",
    ),
    "undeclared-iri": (
        lambda d: _fact(d, "soleus", "performs", "ankle_plantarflexion", "ref_gray", "ECO:0000304"),
        "soleus",
    ),
    "deprecated-term-in-use": (lambda d: _use_deprecated(d), "S1_radiculopathy"),
    # fact columns after evidence: frequency, share_of_cases, qualifiers, contested, variant, consensus
    "contested-without-variant": (
        lambda d: _fact(
            d, "soleus", "hasContributingRoot", "S1_root", "ref_gray", "ECO:0000304", "", "", "", "lonely", "x"
        ),
        "contest_lonely",
    ),
    "contest-consensus": (lambda d: _split_contest(d), "contest_split"),
    "frequency-without-meaning": (
        lambda d: _fact(d, "soleus", "performs", "ankle_plantar_flexion", "ref_gray", "ECO:0000304", "often"),
        "soleus",
    ),
    "misplaced-qualifier": (
        lambda d: _fact(
            d, "soleus", "performs", "ankle_plantar_flexion", "ref_gray", "ECO:0000304", "", "", "site=popliteal_fossa"
        ),
        "soleus",
    ),
    "unsited-nerve-edge": (lambda d: _unsited_branch(d), "tibial_nerve"),
    "unlocatable-source": (lambda d: _unlocatable(d), "soleus"),
    "label-whitespace": (
        lambda d: _terms(d, "spacey\tMuscle\tspacey  muscle\t\t\tA muscle.\tref_gray\t\t"),
        "spacey",
    ),
    "multiple-exact-matches": (
        lambda d: _mapping(
            d,
            s="absent_ankle_reflex",
            sl="absent ankle reflex",
            p="skos:exactMatch",
            o="HP:0200101",
            ol="Decreased/absent ankle reflexes",
        ),
        "absent_ankle_reflex",
    ),
    "shacl": (
        lambda d: _fact(d, "gastrocnemius", "hasPrimaryRoot", "soleus", "ref_gray", "ECO:0000304"),
        "gastrocnemius",
    ),
    "owl-rl": (
        lambda d: _fact(d, "gastrocnemius", "hasPrimaryRoot", "soleus", "ref_gray", "ECO:0000304"),
        "soleus",
    ),
}


def test_real_graph_is_clean(radix_graph: Graph) -> None:
    report = validate(radix_graph)
    assert report.ok, report.render()


def test_every_check_has_a_planted_fault() -> None:
    names = {check.name for check in load_checks(CHECKS_DIR)} | {"shacl", "owl-rl"}
    assert names == set(PLANTS)


def test_the_small_copy_is_clean(mini_ontology: Path) -> None:
    report = validate(load_graph(mini_ontology), mini_ontology)
    assert report.ok, report.render()


@pytest.mark.parametrize("check", sorted(PLANTS))
def test_check_catches_its_planted_fault(mini_ontology: Path, check: str) -> None:
    plant, entity = PLANTS[check]
    plant(mini_ontology)
    # Only the planted check runs (the OWL RL closure alone costs seconds); the whole report is
    # test_real_graph_is_clean's and test_report_names_entity_rule_and_fix's job.
    report = validate(load_graph(mini_ontology), mini_ontology, only=[check])
    found = report.by_check(check)
    assert found, f"{check} missed its planted fault; report:\n{report.render()}"
    assert any(violation.entity == f"https://w3id.org/radix/{entity}" for violation in found), report.render()
    assert all(violation.fix for violation in found)


def test_only_runs_the_named_checks_and_refuses_unknown_ones(mini_ontology: Path) -> None:
    PLANTS["undeclared-iri"][0](mini_ontology)
    graph = load_graph(mini_ontology)
    assert validate(graph, mini_ontology, only=["undeclared-iri"]).by_check("undeclared-iri")
    assert not validate(graph, mini_ontology, only=["missing-label"]).by_check("undeclared-iri")
    with pytest.raises(RadixError, match="no check named no-such-check"):
        validate(graph, mini_ontology, only=["no-such-check"])


def test_report_names_entity_rule_and_fix(mini_ontology: Path) -> None:
    PLANTS["undeclared-iri"][0](mini_ontology)
    text = validate(load_graph(mini_ontology), mini_ontology).render()
    assert "VIOLATION [undeclared-iri] radix:soleus" in text
    assert "fix: Correct the identifier" in text
