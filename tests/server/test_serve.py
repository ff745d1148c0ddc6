"""`radix serve`: a production WSGI server on 127.0.0.1:5000 by default, ready fast, serving --data files."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from flask import Flask

from graph.web.app import _arguments, close_app, create_app
from tests.server.support import ROOT, LiveServer, start_server, stop_server

FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
}
USER = "http://example.org/user-data/"


def ask(url: str, query: str) -> bool:
    with urllib.request.urlopen(url + "/sparql?" + urllib.parse.urlencode({"query": query})) as response:
        return bool(json.loads(response.read())["boolean"])


def test_defaults_are_localhost_port_5000_and_10_s() -> None:
    args = _arguments([])
    assert (args.host, args.port, args.timeout) == ("127.0.0.1", 5000, 10.0)


def test_data_only_without_data_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        _arguments(["--data-only"])
    assert "--data-only needs at least one --data" in capsys.readouterr().err


def test_serve_becomes_ready(live_server: LiveServer) -> None:
    # start_server waited (30 s at most) for /health to answer 200; how fast that happens is measured
    # against oxigraph serve-read-only by bench/bench_startup.py, not asserted here (issue 16).
    assert live_server.ready_after > 0
    with urllib.request.urlopen(live_server.url + "/health", timeout=30) as response:
        assert json.loads(response.read())["status"] == "ok"


def test_serve_runs_under_granian(live_server: LiveServer) -> None:
    maps = Path(f"/proc/{live_server.process.pid}/maps").read_text()
    assert "_granian" in maps  # Granian's Rust server is loaded, not Werkzeug's development server
    with urllib.request.urlopen(live_server.url + "/health") as response:
        assert "werkzeug" not in response.headers.get("Server", "").lower()


def test_serve_answers_over_the_radix_graph_and_data_files(live_server: LiveServer) -> None:
    assert ask(live_server.url, "ASK { radix:S1_root a radix:NerveRoot }")
    assert ask(live_server.url, "ASK { GRAPH <http://example.org/radix-test/g1> { ?s ?p ?o } }")


def test_data_only_serves_just_the_given_files(tmp_path: Path) -> None:
    data = tmp_path / "mine.ttl"
    data.write_text(f"<{USER}a> <{USER}b> <{USER}c> .\n", encoding="utf-8")
    server = start_server(["--data-only", "--data", str(data), "--workers", "1", "--threads", "1"])
    try:
        assert ask(server.url, f"ASK {{ <{USER}a> <{USER}b> <{USER}c> }}")
        assert not ask(server.url, "ASK { ?s a radix:NerveRoot }")
    finally:
        stop_server(server.process)


def test_unparseable_data_file_stops_serve_with_file_and_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text("<urn:a> <urn:b> <urn:c> .\n<urn:a> <urn:b> .\n", encoding="utf-8")
    command = [sys.executable, "-c", "import sys, server; sys.exit(server.main(sys.argv[1:]))"]
    result = subprocess.run(
        [*command, "--data-only", "--data", str(broken), "--port", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert f"{broken}:2" in result.stderr


def _write(path: Path, rdf_format: ox.RdfFormat) -> None:
    triple = ox.Triple(ox.NamedNode(f"{USER}s"), ox.NamedNode(f"{USER}p"), ox.Literal(path.suffix))
    if rdf_format in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
        quad = ox.Quad(triple.subject, triple.predicate, triple.object, ox.NamedNode(f"{USER}graph"))
        ox.serialize([quad], str(path), format=rdf_format)
    else:
        ox.serialize([triple], str(path), format=rdf_format)


@pytest.fixture(scope="module")
def every_format_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    folder = tmp_path_factory.mktemp("formats")
    paths = []
    for suffix, rdf_format in FORMATS.items():
        path = folder / f"data{suffix}"
        _write(path, rdf_format)
        paths.append(path)
    app = create_app({"RADIX_ONTOLOGY": None, "RADIX_DATA": paths, "RADIX_QUERY_WORKERS": 1})
    yield app
    close_app(app)


@pytest.mark.parametrize("suffix", FORMATS)
def test_data_file_of_each_format_is_served(every_format_app: Flask, suffix: str) -> None:
    where = f"GRAPH <{USER}graph> {{ ?s ?p ?o }}" if suffix in (".trig", ".nq") else "?s ?p ?o"
    query = f"ASK {{ {where} FILTER(?o = '{suffix}') }}"
    response = every_format_app.test_client().get("/sparql", query_string={"query": query})
    assert json.loads(response.data)["boolean"] is True


def _children(pid: int) -> list[int]:
    """Process ids whose parent is ``pid`` (read from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:  # the process ended while we looked
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def test_a_serving_process_that_dies_is_replaced(tmp_path: Path) -> None:
    data = tmp_path / "mine.ttl"
    data.write_text(f"<{USER}a> <{USER}b> <{USER}c> .\n", encoding="utf-8")
    server = start_server(["--data-only", "--data", str(data)])
    try:
        serving = _children(server.process.pid)
        assert serving, "radix serve started no serving process"
        for pid in serving:
            os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 30
        while True:
            assert time.monotonic() < deadline, "no serving process answered again within 30 s"
            try:
                if ask(server.url, f"ASK {{ <{USER}a> <{USER}b> <{USER}c> }}"):
                    break
            except OSError:
                time.sleep(0.2)
        assert set(_children(server.process.pid)).isdisjoint(serving)
    finally:
        stop_server(server.process)
