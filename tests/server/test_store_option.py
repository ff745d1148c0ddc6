"""``radix serve --store DIR``: Oxigraph's on-disk store, built once, reused while its sources are unchanged."""

from __future__ import annotations

import functools
import json
import os
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from flask import Flask

from graph.ask.namedqueries import load_named_queries
from graph.errors import RadixError
from graph.namespaces import PREFIXES
from graph.paths import ONTOLOGY_DIR
from graph.serve.dataset import STORE_MARKER, persistent_store
from graph.serve.description import publish
from graph.serve.sandbox_worker import STORE_TYPE
from tests.server.support import start_server, stop_server


def _sparql(app: Flask, query: str) -> Any:
    response = app.test_client().get("/sparql", query_string={"query": query}, headers={"Accept": "application/json"})
    assert response.status_code == 200, response.data
    return response.get_json()


def test_the_store_is_built_once_and_rebuilt_when_a_source_changes(test_data: list[Path], tmp_path: Path) -> None:
    directory = tmp_path / "store"
    data = test_data[:1]
    snapshot, stats, built = persistent_store(directory, None, data)
    assert built and snapshot.media_type == STORE_TYPE and (directory / STORE_MARKER).is_file()
    again, same_stats, built_again = persistent_store(directory, None, data)
    assert not built_again and same_stats == stats and again.path == directory
    os.utime(data[0], ns=(data[0].stat().st_atime_ns, data[0].stat().st_mtime_ns + 1_000_000_000))
    assert persistent_store(directory, None, data)[2]


def test_a_folder_that_is_not_a_store_is_left_alone(tmp_path: Path, test_data: list[Path]) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(RadixError, match="holds other files"):
        persistent_store(tmp_path, None, test_data[:1])
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_an_app_serves_the_store_read_only(
    app_factory: Callable[..., Flask], test_data: list[Path], tmp_path: Path
) -> None:
    snapshot, stats, _ = persistent_store(tmp_path / "store", None, test_data)
    app = app_factory(RADIX_PREBUILT=(snapshot, stats), RADIX_DATA=test_data)
    answer = _sparql(app, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert int(answer["results"]["bindings"][0]["n"]["value"]) == sum(stats.graphs.values())


@pytest.mark.slow
def test_radix_serve_store_starts_from_the_store_without_rebuilding(tmp_path: Path) -> None:
    directory = tmp_path / "store"
    describe_as = functools.partial(
        publish, queries=list(load_named_queries().values()), prefixes=PREFIXES, endpoint="http://example.org/sparql"
    )
    persistent_store(directory, ONTOLOGY_DIR, describe_as=describe_as)  # what a first `radix serve --store` does
    built = (directory / STORE_MARKER).stat().st_mtime_ns
    server = start_server(["--workers", "1", "--threads", "2", "--query-workers", "1", "--store", str(directory)])
    try:
        query = urllib.parse.urlencode({"query": "SELECT ?m WHERE { ?m radix:innervatedByRoot radix:S1_root }"})
        request = urllib.request.Request(
            f"{server.url}/sparql?{query}", headers={"Accept": "application/sparql-results+json"}
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            rows = json.load(response)["results"]["bindings"]
        assert any(row["m"]["value"].endswith("/gastrocnemius") for row in rows)
        with urllib.request.urlopen(f"{server.url}/api/entity/S1_root", timeout=60) as response:
            assert json.load(response)["label"] == "S1 nerve root"
        examples = "ASK { ?q a <http://www.w3.org/ns/shacl#SPARQLSelectExecutable> }"  # published in the store
        request = urllib.request.Request(
            f"{server.url}/sparql?{urllib.parse.urlencode({'query': examples})}",
            headers={"Accept": "application/sparql-results+json"},
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            assert json.load(response)["boolean"] is True
        with urllib.request.urlopen(f"{server.url}/void", timeout=30) as response:  # counts read back from the store
            assert b"classPartition" in response.read()
    finally:
        stop_server(server.process)
    assert (directory / STORE_MARKER).stat().st_mtime_ns == built, "radix serve rebuilt an unchanged store"
