"""Fixtures for the endpoint tests: apps built by the factory, a real `radix serve`, a network listener.

Apps are built once per session (building starts query worker processes) and closed at the end; a
live server is a real ``radix serve`` process on a free port, always killed on teardown.
"""

from __future__ import annotations

import http.server
import os
import shutil
import subprocess
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from graph.web.app import close_app, create_app
from tests.server.support import ROOT, Listener, LiveServer, start_server, stop_server, write_test_data


@pytest.fixture(scope="session")
def test_data(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The extra RDF files every session app serves beside the Radix graph."""
    return write_test_data(tmp_path_factory.mktemp("data"))


@pytest.fixture(scope="session")
def app(test_data: list[Path]) -> Iterator[Flask]:
    """Serve the Radix graph plus the test data, with default limits (10 s deadline, 10,000 rows)."""
    application = create_app({"RADIX_DATA": test_data, "RADIX_QUERY_WORKERS": 2})
    yield application
    close_app(application)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture(scope="session")
def app_factory() -> Iterator[Callable[..., Flask]]:
    """Build extra apps with other settings (data-only by default: fast); all are closed at the end."""
    made: list[Flask] = []

    def make(**config: Any) -> Flask:
        settings: dict[str, Any] = {"RADIX_ONTOLOGY": None, "RADIX_QUERY_WORKERS": 1}
        settings.update(config)
        application = create_app(settings)
        made.append(application)
        return application

    yield make
    for application in made:
        close_app(application)


@pytest.fixture(scope="session")
def small_app(app_factory: Callable[..., Flask], test_data: list[Path]) -> Flask:
    """Only our fixture TriG, with a 5-row cap and a 2 s deadline."""
    return app_factory(RADIX_DATA=test_data[:1], RADIX_MAX_ROWS=5, RADIX_TIMEOUT=2.0, RADIX_QUERY_WORKERS=2)


@pytest.fixture(scope="session")
def live_server(test_data: list[Path]) -> Iterator[LiveServer]:
    """``radix serve`` with the Radix graph and the test data, a 2 s deadline and 2 query workers."""
    arguments = ["--timeout", "2", "--workers", "1", "--threads", "4", "--query-workers", "2"]
    for path in test_data:
        arguments += ["--data", str(path)]
    server = start_server(arguments)
    yield server
    stop_server(server.process)


HOSTILE_TTL = """
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/radix/nerve_root_oedema> skos:exactMatch <javascript:alert(document.domain)> .
<https://w3id.org/radix/nerve_root_oedema> skos:closeMatch <http://example.org/harmless> .
"""
"""Data a hostile user could serve with --data: a ``javascript:`` IRI as a mapping target (issue 14 item 7)."""

HARDENED_OPTIONS = [
    *("--timeout", "3", "--threads", "4", "--query-workers", "2", "--reserved-workers", "1"),
    *("--max-connections", "64", "--max-body-bytes", "100000", "--max-answer-bytes", "100000"),
]
"""The red-team suite's server: small limits, so each attack meets its limit quickly."""


@pytest.fixture(scope="session")
def hardened_server(tmp_path_factory: pytest.TempPathFactory, test_data: list[Path]) -> Iterator[LiveServer]:
    """``radix serve`` with the red team's small limits, the test data and a hostile data file."""
    hostile = tmp_path_factory.mktemp("hostile") / "hostile.ttl"
    hostile.write_text(HOSTILE_TTL, encoding="utf-8")
    arguments = [*HARDENED_OPTIONS, "--data", str(test_data[0]), "--data", str(hostile)]
    server = start_server(arguments)
    yield server
    stop_server(server.process, grace=2)


@pytest.fixture
def listener() -> Iterator[Listener]:
    """Listen on a free local port, record every request and answer each with a one-row SPARQL result."""
    record = Listener(url="")

    class Handler(http.server.BaseHTTPRequestHandler):
        def _answer(self) -> None:
            record.requests.append(f"{self.command} {self.path}")
            body = b'{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal","value":"remote"}}]}}'
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = _answer

        def log_message(self, format: str, *args: Any) -> None:
            """Keep the test output quiet."""

    class Server(http.server.ThreadingHTTPServer):
        def verify_request(self, request: Any, client_address: Any) -> bool:
            record.connections += 1
            return True

    server = Server(("127.0.0.1", 0), Handler)
    record.url = f"http://127.0.0.1:{server.server_address[1]}/sparql"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield record
    server.shutdown()
    server.server_close()


# -- the headless browser (Debian's chromium, driven by Playwright) ---------------------------------


CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _chromium() -> str:
    if not Path(CHROMIUM).exists() and os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run(["sh", str(ROOT / "scripts" / "install_browser.sh")], check=True, timeout=900)
    if not Path(CHROMIUM).exists():
        message = f"{CHROMIUM} is missing: run scripts/install_browser.sh"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return CHROMIUM


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """Launch Debian's headless chromium with a fresh profile, driven by Playwright."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    executable = _chromium()
    profile = tmp_path_factory.mktemp("chromium-profile")
    with playwright_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=executable, headless=True, args=FLAGS, accept_downloads=True
        )
        yield context
        context.close()
