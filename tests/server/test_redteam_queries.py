"""Red team, issue 14 items 3, 5 and 6: bad Host or graph IRIs are 400s, answers are capped in bytes, a linear guard.

* Item 3: ``Host: a b``, ``default-graph-uri=x`` or ``named-graph-uri=rel`` made the query worker exit
  on an uncaught ``ValueError``; 32 such requests pushed small queries from 1 ms to 4.5 s.
* Item 5: a few hundred bytes of nested ``CONCAT`` answered 335 MB within the row cap.
* Item 6: the guard's tokenizer was quadratic and ran before the deadline: 64 KB took 20 s.

The live server is ``hardened_server`` (answers capped at 100,000 bytes). Every request has a timeout.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import textwrap
import urllib.parse
from typing import Any

import pyoxigraph as ox
import pytest

from graph.serve.query_errors import QueryInvalidError
from graph.serve.sandbox import Job, PoolSettings, Snapshot, WorkerPool
from tests.server.support import ROOT, LiveServer, fetch, sparql_path

ANSWER_CAP = 100_000
"""The hardened server's --max-answer-bytes."""

TEN_MB = (
    'SELECT ?l5 WHERE { BIND("aaaaaaaaaa" AS ?a) BIND(CONCAT(?a,?a,?a,?a,?a,?a,?a,?a,?a,?a) AS ?l0) '
    + " ".join(f"BIND(CONCAT({','.join([f'?l{i}'] * 10)}) AS ?l{i + 1})" for i in range(5))
    + " }"
)
"""401 bytes of query whose one answer is a literal of 10,000,000 characters."""


def _workers(server: LiveServer) -> dict[str, Any]:
    reply = fetch(server.url, "/health", timeout=30)
    assert reply.status == 200
    workers: dict[str, Any] = json.loads(reply.body)["workers"]
    return workers


def _raw(server: LiveServer, request: bytes) -> bytes:
    address = urllib.parse.urlsplit(server.url)
    with socket.create_connection((address.hostname or "127.0.0.1", address.port or 80), timeout=30) as connection:
        connection.sendall(request)
        data = b""
        while b"\r\n\r\n" not in data and (chunk := connection.recv(65536)):
            data += chunk
        return data


def test_bad_host_and_dataset_iris_are_400s_and_no_worker_dies(hardened_server: LiveServer) -> None:
    before = _workers(hardened_server)
    statuses = []
    for number in range(8):  # the red team sent 32; each used to cost a worker
        query = urllib.parse.quote(f"ASK {{}} # {number}")
        statuses.append(_raw(hardened_server, f"GET /sparql?query={query} HTTP/1.1\r\nHost: a b\r\n\r\n".encode())[:12])
        for parameter, value in (("default-graph-uri", "x"), ("named-graph-uri", "rel")):
            path = sparql_path(f"ASK {{}} # {number}") + f"&{parameter}={value}"
            reply = fetch(hardened_server.url, path, timeout=30)
            statuses.append(f"HTTP/1.1 {reply.status}".encode())
            assert b"is not an absolute IRI" in reply.body
    after = _workers(hardened_server)
    assert set(statuses) == {b"HTTP/1.1 400"}, statuses
    assert after["crashes"] == before["crashes"]
    assert after["live"] == before["live"]
    assert fetch(hardened_server.url, sparql_path("ASK {} # after"), timeout=30).status == 200


def test_a_query_worker_survives_any_error_a_query_raises(tmp_path: Any) -> None:
    path = tmp_path / "one.nq"
    path.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    pool = WorkerPool(Snapshot(path, "application/n-quads", {}), PoolSettings(size=1)).start()
    try:
        [pid] = pool.pids()
        for job in (
            Job("ASK {}", base_iri="http://a b/sparql"),
            Job("ASK {}", default_graphs=("x",)),
            Job("ASK {}", named_graphs=("rel",)),
        ):
            with pytest.raises(QueryInvalidError):
                pool.run(job, timeout=30)
        assert pool.pids() == [pid]
        assert pool.run(Job("ASK { <urn:a> ?p ?o }"), timeout=30).body == b'{"head":{},"boolean":true}'
    finally:
        pool.close()


def test_a_ten_megabyte_answer_is_cut_to_the_byte_cap_and_says_so(hardened_server: LiveServer) -> None:
    reply = fetch(hardened_server.url, sparql_path(TEN_MB), timeout=60)
    assert reply.status == 200
    assert len(reply.body) <= ANSWER_CAP
    assert reply.headers["x-radix-truncated"] == "true"
    assert reply.headers["x-radix-max-answer-bytes"] == str(ANSWER_CAP)
    assert json.loads(reply.body)["results"]["bindings"] == []  # its one row does not fit: none is kept


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_rows_that_pass_the_byte_cap_are_left_out_whole(hardened_server: LiveServer, fmt: str) -> None:
    query = (
        "SELECT ?i ?s WHERE { VALUES ?i { " + " ".join(str(i) for i in range(1, 41)) + " } "
        'BIND(CONCAT(STR(?i), ":", STRAFTER(STR(REPLACE(STR(10000000000 * ?i), "", "x")), "x")) AS ?t) '
        "BIND(CONCAT(?t, ?t, ?t, ?t, ?t, ?t, ?t, ?t, ?t, ?t) AS ?u) "
        "BIND(CONCAT(?u, ?u, ?u, ?u, ?u, ?u, ?u, ?u, ?u, ?u) AS ?v) "
        "BIND(CONCAT(?v, ?v, ?v, ?v, ?v, ?v, ?v, ?v, ?v, ?v) AS ?s) } ORDER BY ?i"
    )
    reply = fetch(hardened_server.url, sparql_path(query) + f"&format={fmt}", timeout=60)
    assert reply.status == 200
    assert len(reply.body) <= ANSWER_CAP
    assert reply.headers["x-radix-truncated"] == "true"
    rows = _rows(reply.body, fmt)
    assert 0 < len(rows) < 40
    assert [i for i, _ in rows] == list(range(1, len(rows) + 1))  # the first rows, each one whole
    assert all(text.startswith(f"{i}:") and len(text) == len(rows[0][1]) for i, text in rows)


def _rows(body: bytes, fmt: str) -> list[tuple[int, str]]:
    """Read (i, s) rows from an answer (CSV, which Oxigraph will not parse back, by hand)."""
    if fmt == "csv":
        lines = body.decode().split("\r\n")[1:-1]
        return [(int(line.split(",", 1)[0]), line.split(",", 1)[1]) for line in lines]
    kept = ox.parse_query_results(
        body, format=ox.QueryResultsFormat.from_extension({"json": "srj", "xml": "srx"}.get(fmt, fmt))
    )
    return [(int(row["i"].value), row["s"].value) for row in kept]  # type: ignore[union-attr]


def test_a_graph_answer_is_cut_to_the_byte_cap_and_parses(hardened_server: LiveServer) -> None:
    query = TEN_MB.replace("SELECT ?l5 WHERE", "CONSTRUCT { ?s <urn:p> ?l5 } WHERE").replace(
        'BIND("aaaaaaaaaa" AS ?a)', 'VALUES ?s { <urn:a> <urn:b> } BIND("aaaaaaaaaa" AS ?a)'
    )
    reply = fetch(hardened_server.url, sparql_path(query) + "&format=nt", timeout=60)
    assert reply.status == 200, reply.body[:300]
    assert len(reply.body) <= ANSWER_CAP
    assert reply.headers["x-radix-truncated"] == "true"
    assert list(ox.parse(reply.body, format=ox.RdfFormat.N_TRIPLES)) == []


GUARD_RUN = textwrap.dedent(
    """
    import sys
    from graph.serve import guard
    query = "# service\\n" + "a-" * 500_000  # 1 MB: the red team's 64 KB took 20 s; this, on that code, hours
    try:
        guard.check(query, guard.Limits(max_bytes=2 << 20))
    except Exception as error:
        print(type(error).__name__)
    print("done")
    """
)


def test_the_guard_reads_a_megabyte_of_hostile_query_in_linear_time() -> None:
    # In a child process with a timeout: on the quadratic tokenizer this never finishes, and a test
    # must not hang. Linear, it takes about a second here; 120 s leaves a slower machine ample room.
    done = subprocess.run([sys.executable, "-c", GUARD_RUN], cwd=ROOT, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    assert done.stdout.decode().split() == ["done"]


def test_the_hostile_query_gets_its_answer_through_the_server(hardened_server: LiveServer) -> None:
    query = "# service\n" + "a-" * 30_000 + "\nASK {}"
    reply = fetch(
        hardened_server.url,
        "/sparql",
        method="POST",
        body=query.encode(),
        headers={"Content-Type": "application/sparql-query"},
        timeout=60,
    )
    assert reply.status == 400  # "a-a-a-..." is no SPARQL: the parser says so, after the guard let it through
    assert b"malformed SPARQL query" in reply.body
