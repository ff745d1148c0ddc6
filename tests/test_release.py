"""``radix release``: the ODK-shaped artefacts, valid OWL 2 DL, a reasoner's verdict, and OBO tools reading them.

The release is built once per session (``release_dir`` in conftest.py). py-horned-owl, owlready2's
HermiT (on Debian's Java runtime, scripts/install_java.sh), fastobo and OAK each read what it wrote.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import fastobo
import owlready2
import pyhornedowl
import pyoxigraph as ox
import pytest

from graph.cli import main
from graph.release.build import FILES, build_release
from tests.conftest import RELEASE_DATE

RADIX = "https://w3id.org/radix/"
MONDO_RADICULOPATHY = "http://purl.obolibrary.org/obo/MONDO_0002959"
PREFIXES = (
    "PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX radix: <https://w3id.org/radix/> "
)
BUILT_IN_ANNOTATIONS = "rdfs:label, rdfs:comment, rdfs:seeAlso, rdfs:isDefinedBy, owl:deprecated, owl:versionInfo"


def _store(path: Path) -> ox.Store:
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.RDF_XML)
    return store


def _rows(store: ox.Store, query: str) -> list[list[str]]:
    answer = store.query(PREFIXES + query)
    assert isinstance(answer, ox.QuerySolutions)
    return [[term.value if term is not None else "" for term in row] for row in answer]


@pytest.fixture(scope="module")
def full(release_dir: Path) -> ox.Store:
    """Load the full release, radix.owl."""
    return _store(release_dir / "radix.owl")


@pytest.fixture(scope="module")
def base(release_dir: Path) -> ox.Store:
    """Load the base release, radix-base.owl."""
    return _store(release_dir / "radix-base.owl")


def test_release_writes_every_artefact(release_dir: Path) -> None:
    for name in FILES:
        assert (release_dir / name).stat().st_size > 0, name


@pytest.mark.parametrize(("fixture", "name"), [("full", "radix.owl"), ("base", "radix-base.owl")])
def test_one_header_with_a_dated_version_iri(fixture: str, name: str, request: pytest.FixtureRequest) -> None:
    store: ox.Store = request.getfixturevalue(fixture)
    headers = _rows(store, "SELECT ?o ?v WHERE { ?o a owl:Ontology . OPTIONAL { ?o owl:versionIRI ?v } }")
    assert headers == [[RADIX + name, f"{RADIX}releases/{RELEASE_DATE}/{name}"]]
    assert _rows(store, "SELECT ?i WHERE { ?o owl:imports ?i }") == []


@pytest.mark.parametrize("fixture", ["full", "base"])
def test_every_property_is_declared_with_one_kind(fixture: str, request: pytest.FixtureRequest) -> None:
    store: ox.Store = request.getfixturevalue(fixture)
    undeclared = _rows(
        store,
        """SELECT DISTINCT ?p WHERE { ?s ?p ?o
             FILTER(!STRSTARTS(STR(?p), STR(rdf:)) && !STRSTARTS(STR(?p), STR(rdfs:)) && !STRSTARTS(STR(?p), STR(owl:)))
             FILTER NOT EXISTS { ?p a ?kind
               VALUES ?kind { owl:ObjectProperty owl:DatatypeProperty owl:AnnotationProperty } } }""",
    )
    assert undeclared == [], "declare these in ontology/radix.ttl or ontology/imports/vocab.ttl"
    clashes = _rows(
        store,
        """SELECT DISTINCT ?x ?a ?b WHERE { ?x a ?a , ?b .
             VALUES ?a { owl:ObjectProperty owl:DatatypeProperty owl:AnnotationProperty owl:Class }
             VALUES ?b { owl:ObjectProperty owl:DatatypeProperty owl:AnnotationProperty owl:Class }
             FILTER(STR(?a) < STR(?b)) }""",
    )
    assert clashes == []


@pytest.mark.parametrize("fixture", ["full", "base"])
def test_axioms_are_annotated_only_through_annotation_properties(fixture: str, request: pytest.FixtureRequest) -> None:
    store: ox.Store = request.getfixturevalue(fixture)
    illegal = _rows(
        store,
        f"""SELECT DISTINCT ?q WHERE {{ ?axiom a owl:Axiom ; ?q ?v .
             FILTER(?q NOT IN (rdf:type, owl:annotatedSource, owl:annotatedProperty, owl:annotatedTarget,
                               {BUILT_IN_ANNOTATIONS}))
             FILTER NOT EXISTS {{ ?q a owl:AnnotationProperty }} }}""",
    )
    assert illegal == []


def test_object_and_datatype_properties_take_the_right_values(full: ox.Store) -> None:
    assert _rows(full, "SELECT ?p WHERE { ?s ?p ?o . ?p a owl:ObjectProperty FILTER(isLiteral(?o)) } LIMIT 1") == []
    assert _rows(full, "SELECT ?p WHERE { ?s ?p ?o . ?p a owl:DatatypeProperty FILTER(!isLiteral(?o)) } LIMIT 1") == []


def test_base_holds_radix_axioms_only(base: ox.Store, full: ox.Store) -> None:
    foreign = _rows(
        base,
        """SELECT ?s WHERE { ?s ?p ?o . FILTER(isIRI(?s) && !STRSTARTS(STR(?s), STR(radix:)))
             FILTER(?p != rdf:type) } LIMIT 5""",
    )
    assert foreign == []
    assert len(base) < len(full)


def test_py_horned_owl_loads_the_release(release_dir: Path) -> None:
    for name in ("radix.owl", "radix-base.owl"):
        ontology = pyhornedowl.open_ontology_from_file(str(release_dir / name), "rdf")
        assert str(ontology.get_version_iri()) == f"{RADIX}releases/{RELEASE_DATE}/{name}"
        assert MONDO_RADICULOPATHY in ontology.get_superclasses(RADIX + "S1_radiculopathy")
    obo = pyhornedowl.open_ontology_from_file(str(release_dir / "radix.obo"), "obo")
    assert len(obo.get_classes()) > 1000


@pytest.mark.slow
def test_hermit_finds_the_release_consistent_with_no_unsatisfiable_class(release_dir: Path) -> None:
    world = owlready2.World()
    world.get_ontology((release_dir / "radix.owl").as_uri()).load()
    owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)  # raises if inconsistent
    assert _unsatisfiable(world) == []
    s1 = world[RADIX + "S1_radiculopathy"]
    assert world["http://purl.obolibrary.org/obo/MONDO_0002959"] in s1.ancestors()


def _unsatisfiable(world: owlready2.World) -> list[str]:
    """Return the IRIs of the named classes the reasoner found unsatisfiable (owl:Nothing aside)."""
    return sorted(c.iri for c in world.inconsistent_classes() if c.iri != OWL + "Nothing")


def test_hermit_reports_a_planted_unsatisfiable_class(tmp_path: Path) -> None:
    planted = tmp_path / "planted.owl"
    triples = [
        ox.Triple(
            ox.NamedNode(RADIX + "planted.owl"), ox.NamedNode(PREFIX_RDF + "type"), ox.NamedNode(OWL + "Ontology")
        ),
        *(
            ox.Triple(ox.NamedNode(RADIX + c), ox.NamedNode(PREFIX_RDF + "type"), ox.NamedNode(OWL + "Class"))
            for c in "ABC"
        ),
        ox.Triple(ox.NamedNode(RADIX + "A"), ox.NamedNode(OWL + "disjointWith"), ox.NamedNode(RADIX + "B")),
        ox.Triple(ox.NamedNode(RADIX + "C"), ox.NamedNode(RDFS + "subClassOf"), ox.NamedNode(RADIX + "A")),
        ox.Triple(ox.NamedNode(RADIX + "C"), ox.NamedNode(RDFS + "subClassOf"), ox.NamedNode(RADIX + "B")),
    ]
    prefixes = {"rdf": PREFIX_RDF, "rdfs": RDFS, "owl": OWL}
    planted.write_bytes(ox.serialize(triples, format=ox.RdfFormat.RDF_XML, prefixes=prefixes) or b"")
    world = owlready2.World()
    world.get_ontology(planted.as_uri()).load()
    owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    assert _unsatisfiable(world) == [RADIX + "C"]


PREFIX_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
OWL = "http://www.w3.org/2002/07/owl#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"


def test_class_view_places_entities_under_mondo_and_relates_them(full: ox.Store) -> None:
    parents = {
        row[0] for row in _rows(full, "SELECT ?c WHERE { radix:S1_radiculopathy rdfs:subClassOf ?c FILTER(isIRI(?c)) }")
    }
    assert {MONDO_RADICULOPATHY, RADIX + "Radiculopathy", RADIX + "lumbosacral_radiculopathy"} <= parents
    innervation = _rows(
        full,
        """SELECT ?root WHERE { radix:gastrocnemius rdfs:subClassOf [ owl:onProperty radix:hasPrimaryRoot ;
             owl:someValuesFrom ?root ] }""",
    )
    assert [RADIX + "S1_root"] in innervation


def test_class_view_states_the_consensus_variant_and_sited_facts(full: ox.Store) -> None:
    """The consensus variant of a contest holds of every instance; so does a fact that only says where it holds."""

    def restricted(subject: str, predicate: str, target: str) -> bool:
        return bool(
            _rows(
                full,
                f"""SELECT ?r WHERE {{ radix:{subject} rdfs:subClassOf ?r . ?r owl:onProperty radix:{predicate} ;
                     owl:someValuesFrom radix:{target} }}""",
            )
        )

    assert restricted("tibialis_anterior", "hasPrimaryRoot", "L5_root")  # the consensus variant
    assert not restricted("tibialis_anterior", "hasPrimaryRoot", "L4_root")  # another variant
    assert restricted("gastrocnemius", "innervatedByNerve", "tibial_nerve")  # site=popliteal_fossa
    assert restricted("tarsal_tunnel_syndrome", "affectsNerve", "tibial_nerve")  # site=tarsal_tunnel
    assert not restricted("S2_radiculopathy", "hasFinding", "urinary_retention")  # laterality=bilateral


def test_class_view_leaves_out_facts_that_hold_only_sometimes(full: ox.Store) -> None:
    """A finding a condition only 'may' have, one held in a context, or a non-consensus variant: no restriction."""
    sometimes = _rows(
        full,
        """SELECT ?s ?p ?o WHERE {
             ?axiom owl:annotatedSource ?s ; owl:annotatedProperty ?p ; owl:annotatedTarget ?o .
             { ?axiom radix:frequency radix:may }
             UNION { ?axiom radix:contested true FILTER NOT EXISTS { ?axiom radix:consensus true } }
             UNION { ?axiom radix:laterality ?side } UNION { ?axiom radix:holdsWhen ?context }
             FILTER NOT EXISTS { ?other owl:annotatedSource ?s ; owl:annotatedProperty ?p ; owl:annotatedTarget ?o .
                                 FILTER NOT EXISTS { ?other radix:frequency ?f
                                                     FILTER(?f NOT IN (radix:typically, radix:classic)) }
                                 FILTER NOT EXISTS { ?other radix:laterality ?l }
                                 FILTER NOT EXISTS { ?other radix:holdsWhen ?w }
                                 FILTER NOT EXISTS { ?other radix:contested ?c
                                                     FILTER NOT EXISTS { ?other radix:consensus true } } }
           }""",
    )
    assert len(sometimes) > 10
    for subject, predicate, target in sometimes:
        restriction = _rows(
            full,
            f"""SELECT ?r WHERE {{ <{subject}> rdfs:subClassOf ?r . ?r owl:onProperty <{predicate}> ;
                 owl:someValuesFrom <{target}> }}""",
        )
        assert restriction == [], f"{subject} {predicate} {target} holds only sometimes"


def test_fastobo_parses_the_obo_file(release_dir: Path) -> None:
    document = fastobo.load(str(release_dir / "radix.obo"))
    assert len(document) > 1000


def test_oak_reads_the_obo_release(release_dir: Path) -> None:
    runoak = shutil.which("runoak", path=str(Path(sys.executable).parent))
    assert runoak is not None
    result = subprocess.run(
        [runoak, "-i", str(release_dir / "radix.obo"), "ancestors", "-p", "i", "S1 radiculopathy"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "MONDO:0002959\tradiculopathy" in result.stdout


def test_obographs_json_is_a_graph_document(release_dir: Path) -> None:
    with warnings.catch_warnings():  # OAK imports sssom-py, which warns about pandas options on import
        warnings.simplefilter("ignore")
        from linkml_runtime.loaders import json_loader
        from oaklib.datamodels.obograph import GraphDocument

    document = json_loader.load(str(release_dir / "radix.json"), target_class=GraphDocument)
    graph = document.graphs[0]
    assert graph.meta.version == f"{RADIX}releases/{RELEASE_DATE}/radix.owl"
    edges = {(edge.sub, edge.pred, edge.obj) for edge in graph.edges}
    assert (RADIX + "S1_radiculopathy", "is_a", MONDO_RADICULOPATHY) in edges
    assert json.loads((release_dir / "radix.json").read_text())["graphs"][0]["id"] == RADIX + "radix.owl"


def test_sssom_set_carries_the_release_version(release_dir: Path) -> None:
    text = (release_dir / "radix.sssom.tsv").read_text(encoding="utf-8")
    assert f"#mapping_set_version: {RELEASE_DATE}" in text


def test_release_notes_diff_terms_and_statements(mini_ontology: Path, tmp_path: Path, append_row: object) -> None:
    output = tmp_path / "release"
    build_release(output, date="2026-12-01", ontology_dir=mini_ontology)
    assert "First release" in (output / "release-notes.md").read_text(encoding="utf-8")
    terms = mini_ontology / "terms" / "s1.tsv"
    header = terms.read_text(encoding="utf-8").splitlines()[0].split("\t")
    row = {"id": "planted_term", "type": "Symptom", "label": "planted symptom", "definition": "A planted symptom."}
    with terms.open("a", encoding="utf-8") as handle:
        handle.write("\t".join(row.get(column, "") for column in header) + "\n")
    build_release(output, date="2026-12-02", ontology_dir=mini_ontology)
    notes = (output / "release-notes.md").read_text(encoding="utf-8")
    assert f"Changes since {RADIX}releases/2026-12-01/radix-base.owl" in notes
    assert "### Terms added (1)" in notes
    assert "radix:planted_term 'planted symptom'" in notes
    assert 'radix:planted_term rdfs:label "planted symptom"' in notes
    assert "### Terms removed (0)" in notes


def test_release_command_rejects_a_bad_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["release", "-o", str(tmp_path / "out"), "--date", "tomorrow"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert not (tmp_path / "out" / "radix.owl").exists()


def test_release_command_names_a_missing_previous_release(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["release", "-o", str(tmp_path / "out"), "--previous", str(tmp_path / "nowhere")]) == 2
    assert "no previous release" in capsys.readouterr().err
