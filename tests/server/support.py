"""Helpers shared by the endpoint tests: test data, free ports, starting and stopping `radix serve`."""

from __future__ import annotations

import contextlib
import http.client
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[2]
W3C = ROOT / "tests" / "data" / "w3c"
EX = "http://example.org/radix-test/"
PROTOCOL_GRAPHS = {
    "data1.nt": "http://kasei.us/2009/09/sparql/data/data1.rdf",
    "data2.nt": "http://kasei.us/2009/09/sparql/data/data2.rdf",
    "data3.nt": "http://kasei.us/2009/09/sparql/data/data3.rdf",
}
"""The W3C protocol tests' data files and the graph names their manifest gives them."""

FIXTURE_TRIG = f"""
@prefix ex: <{EX}> .
ex:alice ex:knows ex:bob ; ex:name "Alice" .
ex:bob ex:name "Bob"@en .
GRAPH ex:g1 {{ ex:carol ex:name "Carol" ; ex:age 41 . }}
GRAPH ex:g2 {{ ex:dave ex:name "Dave" ; ex:age 29 . }}
"""
"""A small dataset of ours: two default-graph people and two named graphs (served with --data)."""


def w3c_graph(folder: str, name: str) -> str:
    """Return the graph name under which a W3C test data file is served."""
    return f"urn:w3c:{folder}/{name}"


def write_test_data(directory: Path) -> list[Path]:
    """Write our fixture TriG and the W3C test data (as named graphs) into ``directory``; return the files."""
    trig = directory / "fixture.trig"
    trig.write_text(FIXTURE_TRIG, encoding="utf-8")
    quads: list[ox.Quad] = []
    sources = [(W3C / "protocol" / name, graph) for name, graph in PROTOCOL_GRAPHS.items()]
    for folder in ("csv-tsv-res", "json-res"):
        sources += [
            (path, w3c_graph(folder, path.name))
            for path in sorted((W3C / folder).glob("*.ttl"))
            if path.name != "manifest.ttl"
        ]
    for path, graph_name in sources:
        graph = ox.NamedNode(graph_name)
        rdf_format = ox.RdfFormat.N_TRIPLES if path.suffix == ".nt" else ox.RdfFormat.TURTLE
        quads += [
            ox.Quad(quad.subject, quad.predicate, quad.object, graph)
            for quad in ox.parse(path=str(path), format=rdf_format)
        ]
    nquads = directory / "w3c.nq"
    ox.serialize(quads, str(nquads), format=ox.RdfFormat.N_QUADS)
    return [trig, nquads]


def free_port() -> int:
    """Return a TCP port nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class LiveServer:
    """A running ``radix serve``: its base URL, process and the seconds it took to answer /health."""

    url: str
    process: subprocess.Popen[bytes]
    ready_after: float


def start_server(arguments: list[str], *, timeout: float = 30.0) -> LiveServer:
    """Start ``radix serve ARGUMENTS`` on a free port and wait until /health answers 200."""
    port = free_port()
    command = [
        sys.executable,
        "-c",
        "import sys; from graph.cli import main; sys.exit(main(sys.argv[1:]))",
        "serve",
        "--",
        "--port",
        str(port),
        *arguments,
    ]
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.monotonic()
    process = subprocess.Popen(
        command, cwd=ROOT, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    url = f"http://127.0.0.1:{port}"
    while time.monotonic() - started < timeout:
        if process.poll() is not None:
            error = process.stderr.read().decode() if process.stderr else ""
            raise RuntimeError(f"radix serve exited with {process.returncode}: {error[-2000:]}")
        try:
            with urllib.request.urlopen(url + "/health", timeout=1) as response:
                if response.status == 200:
                    return LiveServer(url, process, time.monotonic() - started)
        except OSError:
            time.sleep(0.02)
    stop_server(process)
    raise RuntimeError(f"radix serve did not answer /health within {timeout} s")


def stop_server(process: subprocess.Popen[bytes], grace: float = 10) -> None:
    """Stop a server started by :func:`start_server`, its serving and query processes included.

    It gets ``grace`` seconds to finish the requests it is answering, then it is killed.
    """
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    with contextlib.suppress(ProcessLookupError):  # anything left in the session (nothing should be)
        os.killpg(process.pid, signal.SIGKILL)
    if process.stderr:
        process.stderr.close()


@dataclass
class Listener:
    """A local HTTP server that records every request it gets (to prove that none arrives)."""

    url: str
    requests: list[str] = field(default_factory=list)
    connections: int = 0


@dataclass
class Reply:
    """An HTTP answer: status, headers (lower-cased names) and body."""

    status: int
    headers: dict[str, str]
    body: bytes


def fetch(
    url: str,
    path: str,
    *,
    method: str = "GET",
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
    timeout: float = 30,
    source: str | None = None,
) -> Reply:
    """Send one request to the server at ``url`` and read the whole answer, giving up after ``timeout`` s.

    ``source`` is the local address to send from: on Linux every 127.x.y.z is this machine, so a test
    can be several clients (``127.0.0.2``, ``127.0.0.3``) to a server that tells clients by address.
    Raises ``TimeoutError`` (an ``OSError``) when the server does not answer in time.
    """
    parsed = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(
        parsed.hostname or "127.0.0.1",
        parsed.port,
        timeout=timeout,
        source_address=(source, 0) if source else None,
    )
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return Reply(response.status, {name.lower(): value for name, value in response.getheaders()}, response.read())
    finally:
        connection.close()


def sparql_path(query: str) -> str:
    """Return the /sparql path that GETs ``query``."""
    return "/sparql?" + urllib.parse.urlencode({"query": query})


def poll(condition: Callable[[], bool], seconds: float = 60, every: float = 0.02) -> bool:
    """Wait for ``condition`` to hold, checking every ``every`` s, for at most ``seconds``; say whether it did."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(every)
    return False
