"""The loader: every ontology file into one rdflib graph over Oxigraph; bad files fail with name and line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from graph.errors import SourceFileError, UnsupportedFormatError
from graph.load.store import load_file, load_graph, oxigraph_store, turtle_sources
from graph.namespaces import ENTITY, RADIX


def test_loads_schema_sources_tables_and_mappings(radix_graph: Graph) -> None:
    assert (URIRef("https://w3id.org/radix/radix.owl"), RDF.type, OWL.Ontology) in radix_graph
    assert (ENTITY.ref_seed, RDF.type, RADIX.Reference) in radix_graph
    assert (ENTITY.S1_radiculopathy, RADIX.affectsRoot, ENTITY.S1_root) in radix_graph


def test_graph_is_backed_by_oxigraph(radix_graph: Graph) -> None:
    store = oxigraph_store(radix_graph)
    assert isinstance(store, ox.Store)
    assert len(store) == len(radix_graph)


def test_memory_backend_holds_the_same_triples(mini_ontology: Path) -> None:
    on_oxigraph = load_graph(mini_ontology)
    in_memory = load_graph(mini_ontology, backend="memory")
    assert len(in_memory) == len(on_oxigraph)
    assert (ENTITY.gastrocnemius, RADIX.hasPrimaryRoot, ENTITY.S1_root) in in_memory


def test_unknown_backend_is_refused(mini_ontology: Path) -> None:
    with pytest.raises(UnsupportedFormatError, match="oxigraph, memory"):
        load_graph(mini_ontology, backend="postgres")


def test_schema_is_loaded_first(mini_ontology: Path) -> None:
    names = [path.name for path in turtle_sources(mini_ontology)]
    assert names[:2] == ["radix.ttl", "sources.ttl"]
    assert "shapes.ttl" not in names


@pytest.mark.parametrize("backend", ["oxigraph", "memory"])
def test_bad_turtle_fails_with_file_and_line(mini_ontology: Path, backend: str) -> None:
    bad = mini_ontology / "extra.ttl"
    bad.write_text('@prefix radix: <https://w3id.org/radix/> .\n\nradix:a radix:b "unterminated .\n', encoding="utf-8")
    with pytest.raises(SourceFileError) as caught:
        load_graph(mini_ontology, backend=backend)
    assert caught.value.path.endswith("extra.ttl")
    assert caught.value.line == 3
    assert "extra.ttl:3" in str(caught.value)


def test_bad_fact_row_fails_with_file_and_line(mini_ontology: Path, append_row: Callable[..., None]) -> None:
    facts = mini_ontology / "facts" / "s1.tsv"
    lines = len(facts.read_text(encoding="utf-8").splitlines())
    append_row(facts, "gastrocnemius", "performs", "ankle_plantar_flexion", "", "ECO:0000304")
    with pytest.raises(SourceFileError, match=rf"s1.tsv:{lines + 1}: sources is empty"):
        load_graph(mini_ontology)


_ROW = ("gastrocnemius", "performs", "ankle_plantar_flexion", "ref_gray", "ECO:0000304")


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        (("gastrocnemius", "suppliedBy", "S1_root", "ref_gray", "ECO:0000304"), "not a class or property"),
        (
            ("gastrocnemius", "performs", "ankle plantar flexion", "ref_gray", "ECO:0000304"),
            "not a Radix identifier",
        ),
        (("gastrocnemius", "performs", "ankle_plantar_flexion", "ref_gray", "TAS"), "not an ECO CURIE"),
        (("gastrocnemius", "owl:sameAs", "soleus", "ref_gray", "ECO:0000304"), "not allowed"),
        # columns after evidence: frequency, share_of_cases, qualifiers, contested, variant, consensus, sequence
        ((*_ROW, "", "", "", "maybe"), "lacks its variant"),
        ((*_ROW, "", "", "", "yes", "L5"), "must name a contest group"),
        ((*_ROW, "", "", "", "", "", "yes"), "name its contest group"),
        ((*_ROW, "", "", "", "group", "A", "perhaps"), "consensus must be 'yes'"),
        ((*_ROW, "", "", "", "", "", "", "first"), "sequence"),
        ((*_ROW, "", "", "side=left"), "unknown qualifier 'side'"),
        ((*_ROW, "", "", "laterality=both"), "laterality must be one of unilateral, bilateral"),
        ((*_ROW, "", "", "laterality"), "not of the form key=value"),
        ((*_ROW, "", "", "onset=acute; onset=insidious"), "given twice"),
        ((*_ROW, "", "", "site=tarsal tunnel"), "not a Radix identifier"),
        ((*_ROW, "", "commonly"), "only of a 'causes' statement"),
        (("lumbar_disc_herniation", "causes", "S1_radiculopathy", "ref_gray", "ECO:0000304", "", "1.5"), "0 to 1"),
    ],
)
def test_malformed_fact_rows_are_named(
    mini_ontology: Path, append_row: Callable[..., None], cells: tuple[str, ...], message: str
) -> None:
    append_row(mini_ontology / "facts" / "s1.tsv", *cells)
    with pytest.raises(SourceFileError, match=message):
        load_graph(mini_ontology)


def test_repeated_fact_row_is_refused(mini_ontology: Path, append_row: Callable[..., None]) -> None:
    append_row(
        mini_ontology / "facts" / "s1.tsv",
        "soleus",
        "performs",
        "ankle_plantar_flexion",
        "ref_seed",
        "ECO:0000303",
    )
    with pytest.raises(SourceFileError, match="repeats the assertion"):
        load_graph(mini_ontology)


def test_unknown_column_is_named(mini_ontology: Path) -> None:
    table = mini_ontology / "terms" / "extra.tsv"
    table.write_text("id\ttype\tlabel\tcolour\nfoo\tMuscle\tfoo muscle\tred\n", encoding="utf-8")
    with pytest.raises(SourceFileError, match=r"extra\.tsv:1: unknown column 'colour'"):
        load_graph(mini_ontology)


def test_unknown_class_in_terms_is_named(mini_ontology: Path) -> None:
    table = mini_ontology / "terms" / "extra.tsv"
    table.write_text("id\ttype\tlabel\nfoo\tMusle\tfoo muscle\n", encoding="utf-8")
    with pytest.raises(SourceFileError, match=r"extra\.tsv:2: type 'Musle'"):
        load_graph(mini_ontology)


def test_load_file_reads_each_rdf_format(tmp_path: Path) -> None:
    store = ox.Store()
    triple = "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n"
    (tmp_path / "data.nt").write_text(triple, encoding="utf-8")
    (tmp_path / "data.nq").write_text(triple.replace(" .", " <http://example.org/g> ."), encoding="utf-8")
    load_file(store, tmp_path / "data.nt")
    load_file(store, tmp_path / "data.nq")
    assert len(store) == 2
    assert list(store.named_graphs()) == [ox.NamedNode("http://example.org/g")]


def test_load_file_refuses_unknown_suffix(tmp_path: Path) -> None:
    (tmp_path / "data.csv").write_text("a,b\n", encoding="utf-8")
    with pytest.raises(SourceFileError, match="unknown RDF file suffix"):
        load_file(ox.Store(), tmp_path / "data.csv")


NUMBER_HEADER = (
    "id\tmeasure\tsubject\ttarget\tvalue\tci_low\tci_high\tunit\tpopulation\tsource_figure\tsources\tevidence\n"
)
_NUMBER = ("n1", "sensitivity", "straight_leg_raise", "S1_radiculopathy")


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        ((*_NUMBER, "91", "", "", "", "patients", "91%", "ref_gray", "ECO:0006017"), "proportion from 0 to 1"),
        ((*_NUMBER, "0.9", "0.91", "0.95", "", "patients", "0.9", "ref_gray", "ECO:0006017"), "outside its confidence"),
        ((*_NUMBER, "0.9", "0.8", "", "", "patients", "0.9", "ref_gray", "ECO:0006017"), "both ci_low and ci_high"),
        ((*_NUMBER, "0.9", "", "", "", "", "0.9", "ref_gray", "ECO:0006017"), "says who was studied"),
        ((*_NUMBER, "0.9", "", "", "", "patients", "0.9", "", "ECO:0006017"), "needs its reference"),
        (
            (
                "n1",
                "accuracy",
                "straight_leg_raise",
                "S1_radiculopathy",
                "0.9",
                "",
                "",
                "",
                "p",
                "f",
                "ref_gray",
                "ECO:0006017",
            ),
            "measure must be one of",
        ),
        (
            (
                "n1",
                "incidence",
                "S1_radiculopathy",
                "S1_radiculopathy",
                "5",
                "",
                "",
                "",
                "p",
                "f",
                "ref_gray",
                "ECO:0006017",
            ),
            "needs its unit",
        ),
    ],
)
def test_malformed_number_rows_are_named(mini_ontology: Path, cells: tuple[str, ...], message: str) -> None:
    (mini_ontology / "numbers").mkdir()
    (mini_ontology / "numbers" / "bad.tsv").write_text(NUMBER_HEADER + "\t".join(cells) + "\n", encoding="utf-8")
    with pytest.raises(SourceFileError, match=message):
        load_graph(mini_ontology)


def test_a_number_row_becomes_a_measurement_with_its_source(mini_ontology: Path) -> None:
    row = (*_NUMBER, "0.92", "0.87", "0.95", "", "surgical series", "0.92 (0.87-0.95)", "ref_gray", "ECO:0006017")
    (mini_ontology / "numbers").mkdir()
    (mini_ontology / "numbers" / "ok.tsv").write_text(NUMBER_HEADER + "\t".join(row) + "\n", encoding="utf-8")
    graph = load_graph(mini_ontology)
    [answer] = list(
        graph.query(
            """SELECT ?label ?value ?low WHERE { radix:n1 a radix:Measurement ; rdfs:label ?label ; radix:value ?value ;
                 radix:ciLow ?low ; radix:measure radix:sensitivity ; dcterms:source radix:ref_gray }""",
            initNs={"radix": "https://w3id.org/radix/", "rdfs": str(RDFS), "dcterms": "http://purl.org/dc/terms/"},
        )
    )
    label, value, low = (str(cell) for cell in answer)  # type: ignore[union-attr]
    assert label == "sensitivity of straight leg raise for S1 radiculopathy (n1)"
    assert float(value) == 0.92 and float(low) == 0.87
