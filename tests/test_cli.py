"""The radix command: query in every format, export deterministically, and refuse bad input cleanly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from graph import cli
from graph.cli import main
from graph.explore.explorer import Explorer
from graph.load.store import load_graph, oxigraph_store

PARSE_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
}

ASK_S1 = "ASK { radix:ankle_reflex radix:testsRoot radix:S1_root }"
SELECT_MUSCLES = "SELECT ?m WHERE { ?m radix:hasPrimaryRoot radix:S1_root } ORDER BY ?m"
CONSTRUCT = "CONSTRUCT { ?m radix:hasPrimaryRoot radix:S1_root } WHERE { ?m radix:hasPrimaryRoot radix:S1_root }"


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_query_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "query", SELECT_MUSCLES)
    assert code == 0
    assert "radix:gastrocnemius" in out and "radix:soleus" in out


def test_ask_answers_yes(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(capsys, "query", ASK_S1)[:2] == (0, "yes\n")


@pytest.mark.parametrize("fmt", ["json", "csv", "tsv", "xml"])
def test_select_in_each_result_format(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    code, out, _ = run_cli(capsys, "query", SELECT_MUSCLES, "--format", fmt)
    assert code == 0
    assert "https://w3id.org/radix/gastrocnemius" in out or "radix:gastrocnemius" in out
    if fmt == "json":
        assert json.loads(out)["head"]["vars"] == ["m"]


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld", "xml"])
def test_construct_in_each_graph_format(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    code, out, _ = run_cli(capsys, "query", CONSTRUCT, "--format", fmt)
    assert code == 0
    parsed = list(ox.parse(out.encode(), format=PARSE_FORMATS[fmt]))
    assert len(parsed) >= 2


def test_named_query_by_file_and_by_name(capsys: pytest.CaptureFixture[str]) -> None:
    by_file = run_cli(capsys, "query", "queries/root_muscles.rq", "--format", "csv")
    by_name = run_cli(capsys, "query", "root_muscles", "--format", "csv")
    assert by_file[0] == by_name[0] == 0
    assert by_file[1] == by_name[1]
    assert "gastrocnemius" in by_file[1]


def test_named_query_parameter(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "query", "muscle_roots", "--param", "muscle=radix:soleus", "--format", "csv")
    assert code == 0
    assert "soleus" in out and "S1 nerve root" in out


def test_list_named_queries(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "query", "--list")
    assert code == 0
    assert "s1_symptoms: What are the symptoms of S1 radiculopathy?" in out


def test_malformed_query_gives_the_parser_position_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys, "query", "SELECT ?x WHERE { ?x radix:testsRoot }")
    assert code == 2
    assert out == ""
    assert "malformed SPARQL query at line 1, column" in err
    assert "Traceback" not in err


def test_unknown_format_lists_the_formats(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(capsys, "query", SELECT_MUSCLES, "--format", "yaml")
    assert code == 2
    assert "table" in err and "json" in err and "jsonld" in err


def test_graph_format_for_a_select_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(capsys, "query", SELECT_MUSCLES, "--format", "ttl")
    assert code == 2 and "json" in err


def test_unknown_parameter_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(capsys, "query", "root_muscles", "--param", "nerve=radix:tibial_nerve")
    assert code == 2 and "no parameter nerve" in err


def test_bad_parameter_value_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(capsys, "query", "root_muscles", "--param", "root=not a curie")
    assert code == 2 and "neither a known CURIE" in err


def test_nothing_is_written_on_failure(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    code, _, _ = run_cli(capsys, "query", "SELECT WHERE", "--format", "csv", "--output", str(target))
    assert code == 2
    assert list(tmp_path.iterdir()) == []


def test_answer_written_to_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    assert run_cli(capsys, "query", SELECT_MUSCLES, "--format", "csv", "--output", str(target))[0] == 0
    assert "gastrocnemius" in target.read_text(encoding="utf-8")


def test_bad_ontology_file_exits_2_with_file_and_line(capsys: pytest.CaptureFixture[str], mini_ontology: Path) -> None:
    (mini_ontology / "broken.ttl").write_text("@prefix x: <http://x/> .\nx:a x:b .\n", encoding="utf-8")
    code, _, err = run_cli(capsys, "--ontology", str(mini_ontology), "query", ASK_S1)
    assert code == 2
    assert "broken.ttl:2" in err


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld", "xml"])
def test_export_parses_and_keeps_provenance(capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"radix.{fmt}"
    assert run_cli(capsys, "export", "--format", fmt, "--output", str(target))[0] == 0
    parsed = ox.Store()
    parsed.load(path=str(target), format=PARSE_FORMATS[fmt])
    axioms = parsed.query(
        "ASK { [] a <http://www.w3.org/2002/07/owl#Axiom> ; <http://purl.org/dc/terms/source> ?s ; "
        "<http://www.w3.org/2002/07/owl#annotatedTarget> ?t }"
    )
    assert bool(axioms)


def test_export_unknown_format_writes_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run_cli(capsys, "export", "--format", "csv", "--output", str(tmp_path / "x"))
    assert code == 2 and "ttl, nt, jsonld, xml" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld", "xml"])
def test_export_is_byte_for_byte_deterministic_across_processes(tmp_path: Path, mini_ontology: Path, fmt: str) -> None:
    outputs = []
    for seed in ("1", "2"):
        target = tmp_path / f"export-{seed}.{fmt}"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "graph",
                "--ontology",
                str(mini_ontology),
                "export",
                "-f",
                fmt,
                "-o",
                str(target),
            ],
            check=True,
            env=env,
            cwd=Path(__file__).parent.parent,
        )
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1]


def test_validate_exit_codes(capsys: pytest.CaptureFixture[str], mini_ontology: Path) -> None:
    assert run_cli(capsys, "--ontology", str(mini_ontology), "validate")[0] == 0
    with (mini_ontology / "facts" / "s1.tsv").open("a", encoding="utf-8") as handle:
        handle.write("soleus\tperforms\tplantarflexion\tref_gray\tECO:0000304\n")
    code, out, _ = run_cli(capsys, "--ontology", str(mini_ontology), "validate")
    assert code == 1
    assert "undeclared-iri" in out


# ---- issue 15, item 6: the rough edges ----------------------------------------------------------


@pytest.fixture(scope="module")
def loaded() -> tuple[Graph, Explorer]:
    graph = load_graph()
    return graph, Explorer(oxigraph_store(graph))


@pytest.fixture
def fast_cli(monkeypatch: pytest.MonkeyPatch, loaded: tuple[Graph, Explorer]) -> None:
    """Let the commands below share one loaded graph and explorer (each would load its own: seconds each)."""
    graph, explorer = loaded
    monkeypatch.setattr(cli, "load_graph", lambda *args, **kwargs: graph)
    monkeypatch.setattr(cli, "_explorer", lambda args: explorer)


def test_a_misspelt_named_query_is_named_with_suggestions(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys, "query", "root_muscle")
    assert (code, out) == (2, "")
    assert "no named query 'root_muscle'" in err and "root_muscles" in err and "malformed" not in err


@pytest.mark.usefixtures("fast_cli")
def test_an_unknown_entity_in_a_parameter_exits_2_with_suggestions(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys, "query", "root_muscles", "--param", "root=radix:L9_root")
    assert (code, out) == (2, "")
    assert "no entity 'radix:L9_root'" in err and "did you mean: radix:" in err


def test_a_missing_ontology_folder_is_an_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run_cli(capsys, "--ontology", str(tmp_path / "nowhere"), "query", "s1_symptoms")
    assert (code, out) == (2, "")
    assert "no such ontology folder" in err


@pytest.mark.usefixtures("fast_cli")
def test_localize_with_nothing_readable_exits_non_zero(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(capsys, "localize", "blorp", "zzzq")
    assert code == 2 and "none of the findings could be read" in err


@pytest.mark.usefixtures("fast_cli")
def test_localize_takes_a_set_of_priors(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "localize", "absent ankle jerk", "--priors", "incidence", "--json")
    assert code == 0 and json.loads(out)["priors"] == "incidence"
    with pytest.raises(SystemExit) as exit_info:  # argparse refuses the choice: exit 2 with the choices named
        main(["localize", "absent ankle jerk", "--priors", "bayes"])
    assert exit_info.value.code == 2 and "invalid choice: 'bayes'" in capsys.readouterr().err


@pytest.mark.usefixtures("fast_cli")
def test_search_finds_a_code_without_its_prefix(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "search", "M54.17")
    assert code == 0 and "ICD10CM:M54.17" in out and "radix:" in out


@pytest.mark.usefixtures("fast_cli")
def test_a_path_from_an_entity_to_itself_is_trivial(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "path", "S1_root", "S1_root")
    assert code == 0 and "the path is trivial" in out


@pytest.mark.parametrize("port", ["70000", "0", "-1"])
def test_an_out_of_range_port_is_a_message(capsys: pytest.CaptureFixture[str], port: str) -> None:
    from graph.web import app

    with pytest.raises(SystemExit) as exited:
        app.main(["--port", port])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "--port must be" in err and "Traceback" not in err


def test_a_second_server_on_a_busy_port_exits_with_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    from graph.web import app

    with socket.socket() as busy:
        busy.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)  # as Granian binds
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert app.main(["--port", str(port)]) == 2
    assert f"port {port} on 127.0.0.1 is already in use" in capsys.readouterr().err
