"""Red team, issue 14 item 2: request bodies are bounded in size, and slow bodies cannot hold serving threads.

The attacks: ``/api/localize`` accepted 5-50 MB bodies (a 20 MB one froze ``/health`` for 35 s), and 16
connections sending a POST body one byte every 10 s made the server unresponsive for as long as they
kept going. The server under test works on 4 requests at once (``--threads 4``) and accepts bodies of
100,000 bytes at most (``hardened_server``). Every socket has a timeout, so on the old code these
tests fail by timing out rather than hang.
"""

from __future__ import annotations

import json
import socket
import urllib.parse
from contextlib import ExitStack

from flask.testing import FlaskClient

from tests.server.support import LiveServer, fetch, sparql_path


def _connect(server: LiveServer, timeout: float = 30) -> socket.socket:
    address = urllib.parse.urlsplit(server.url)
    return socket.create_connection((address.hostname or "127.0.0.1", address.port or 80), timeout=timeout)


def _answer(connection: socket.socket) -> bytes:
    """Read what the server answers until it closes or stops sending (the socket's timeout bounds it)."""
    data = b""
    try:
        while chunk := connection.recv(65536):
            data += chunk
            if b"\r\n\r\n" in data and len(data) > data.index(b"\r\n\r\n") + 4:
                break
    except TimeoutError:
        pass
    return data


def test_an_announced_oversized_body_is_refused_before_it_is_sent(hardened_server: LiveServer) -> None:
    with _connect(hardened_server) as connection:
        connection.sendall(
            b"POST /api/localize HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: 20000000\r\n\r\n"
        )  # and not one byte of the 20 MB
        answer = _answer(connection)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert b"20000000 bytes" in answer and b"100000" in answer


def test_an_oversized_body_without_a_length_is_cut_at_the_limit(hardened_server: LiveServer) -> None:
    with _connect(hardened_server) as connection:
        connection.sendall(
            b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n"
        )
        chunk = b"#" * 60_000
        for _ in range(2):  # 120,000 bytes: over the limit after the second chunk
            connection.sendall(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
        answer = _answer(connection)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]


def test_every_route_refuses_a_body_over_the_limit(client: FlaskClient) -> None:
    big = b"x" * (256 * 1024 + 1)  # the default limit, 256 KiB, plus one byte
    localize = client.post("/api/localize", data=big, content_type="application/json")
    sparql = client.post("/sparql", data=big, content_type="application/sparql-query")
    page = client.post("/", data=big, content_type="text/plain")
    assert (localize.status_code, sparql.status_code, page.status_code) == (413, 413, 413)
    assert "the most accepted is 262144" in localize.get_json()["error"]  # JSON on the API
    assert sparql.data.startswith(b"413 Content Too Large: the request body is 262145 bytes")


def test_slow_bodies_cost_only_their_own_connections(hardened_server: LiveServer) -> None:
    slow_clients = 8  # twice the 4 requests the server works on at once
    with ExitStack() as stack:
        connections: list[socket.socket] = []
        for _ in range(slow_clients):
            connection = stack.enter_context(_connect(hardened_server, timeout=0.5))
            connection.sendall(
                b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                b"Content-Length: 100\r\n\r\nA"  # one byte of the hundred, then nothing
            )
            connections.append(connection)
        health = fetch(hardened_server.url, "/health", timeout=30)
        query = fetch(hardened_server.url, sparql_path("ASK { ?s ?p ?o } # while slow bodies trickle"), timeout=30)
        posted = fetch(
            hardened_server.url,
            "/api/localize",
            method="POST",
            body=json.dumps({"findings": ["absent ankle reflex"]}).encode(),
            headers={"Content-Type": "application/json"},
            timeout=30,
        )
        waiting = [_answer(connection) for connection in connections]  # 0.5 s each: nothing yet, as expected
        for connection in connections:  # the slow clients finish their bodies at last ...
            connection.settimeout(30)
            connection.sendall(b"SK {}" + b" " * 94)
        finished = [_answer(connection) for connection in connections]  # ... and are answered
    assert (health.status, query.status, posted.status) == (200, 200, 200)
    assert waiting == [b""] * slow_clients
    assert all(answer.startswith(b"HTTP/1.1 200") for answer in finished), [a[:60] for a in finished]
