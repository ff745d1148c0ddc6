"""Red team, issue 14 items 1 and 8: localisation cannot freeze the server; malformed JSON is never a 500.

Item 1's attack was a 120-byte ``POST /api/localize`` whose finding made a regular expression of the
phrase reader backtrack exponentially while holding the GIL: every route, ``/health`` included,
stopped for 18.5 s, and each 4 more bytes doubled it. The tests send a longer one (60 repeats: on the
old code, days) with a client timeout, so they fail by timing out on the old code and pass at once on
the new; and they check the structural rule behind the fix for every regex on the request path.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

import graph.explore.localize as localize_package
from graph.explore.explorer import MAX_FINDINGS, MAX_TEXT
from graph.web import api
from tests.server.support import ROOT, LiveServer, Reply, fetch

ATTACK = "no " + "exam" * 60 + " zzz"
"""The red team's finding, grown from 26 to 60 repeats: 244 characters, within the length cap."""

REQUEST_PATH_MODULES = [
    "graph.explore.explorer",
    "graph.explore.localize",
    *(f"graph.explore.localize.{unit.name}" for unit in pkgutil.iter_modules(localize_package.__path__)),
    "graph.explore.search",
    "graph.explore.traverse",
    "graph.explore.related",
    "graph.explore.phenopacket",
    "graph.serve.guard",
    "graph.web.protocol",
    "graph.web.negotiation",
    "graph.web.lane",
    "graph.web.api",
    "graph.web.body",
    "graph.web.links",
    "graph.explore.compare",
    "graph.ask.syntax",
    "graph.ask.namedqueries",
    "graph.serve.cancel",
    "graph.web.results",
    "graph.web.named",
    "graph.web.browse",
    "graph.web.page",
    "graph.web.neighbourhood",
    "graph.web.draw",
    "graph.web.textwidth",
]
"""Modules whose regular expressions see request text, every module of the localisation engine among them (a
module missing after a rewrite is skipped)."""


def _patterns(value: Any) -> Iterator[re.Pattern[str] | re.Pattern[bytes]]:
    if isinstance(value, re.Pattern):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _patterns(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _patterns(item)


def _nested_repeats(tree: Any, inside: bool = False) -> list[str]:
    """Return the unbounded repeats of a parsed regex that sit inside another unbounded repeat.

    Such nesting (``(a\\w*|b)+``) is what makes a backtracking engine try exponentially many ways to
    split a text that fails to match. A repeat inside an atomic group, or a possessive one, is not
    re-entered on backtracking, so it is allowed; bounded repeats (``?``, ``{4}``) are harmless.
    """
    from re import _constants as constants

    found: list[str] = []
    for op, argument in tree:
        if op in (constants.MAX_REPEAT, constants.MIN_REPEAT):
            _, high, body = argument
            unbounded = high == constants.MAXREPEAT
            if unbounded and inside:
                found.append(str(body))
            found += _nested_repeats(body, inside or unbounded)
        elif op in (constants.ATOMIC_GROUP, constants.POSSESSIVE_REPEAT):
            continue  # nothing in it is tried again once it has matched
        elif op == constants.SUBPATTERN:
            found += _nested_repeats(argument[-1], inside)
        elif op == constants.BRANCH:
            for branch in argument[1]:
                found += _nested_repeats(branch, inside)
        elif op in (constants.ASSERT, constants.ASSERT_NOT):
            found += _nested_repeats(argument[1], inside)
    return found


def test_no_regex_on_the_request_path_nests_unbounded_repeats() -> None:
    from re import _parser as parser

    checked, offenders = 0, []
    for name in REQUEST_PATH_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        for attribute, value in vars(module).items():
            for pattern in _patterns(value):
                checked += 1
                if _nested_repeats(parser.parse(pattern.pattern, pattern.flags)):
                    offenders.append(f"{name}.{attribute}: {pattern.pattern[:80]!r}")
    assert checked > 20
    assert not offenders, "nested unbounded repeats backtrack exponentially: " + "; ".join(offenders)


def test_the_rule_catches_the_old_phrase_reader_regex() -> None:
    from re import _parser as parser

    old = r"^(?:(?:neurolog\w*|neuro)|exam\w*|deficit|\s)+$"
    assert _nested_repeats(parser.parse(old))
    assert not _nested_repeats(parser.parse(r"^(?:(?>(?:neurolog\w*|neuro)|exam\w*|deficit|\s))+$"))


def test_the_localize_attack_is_answered_and_health_stays_up(live_server: LiveServer) -> None:
    outcome: list[Reply] = []
    body = json.dumps({"findings": [ATTACK]}).encode()
    attack = threading.Thread(
        target=lambda: outcome.append(
            fetch(
                live_server.url,
                "/api/localize",
                method="POST",
                body=body,
                headers={"Content-Type": "application/json"},
                timeout=60,  # the phrase costs microseconds now; on the old code, days
            )
        )
    )
    attack.start()
    health = fetch(live_server.url, "/health", timeout=30)
    attack.join(90)
    assert health.status == 200
    assert outcome and outcome[0].status == 200, "the localisation did not answer"
    assert json.loads(outcome[0].body)["unresolved"][0]["phrase"] == ATTACK


def test_radix_localize_reads_the_attack_phrase(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "graph", "localize", ATTACK, "--json"],
        cwd=ROOT,
        capture_output=True,
        timeout=120,  # loading the graph takes seconds; the phrase itself microseconds (old code: days)
    )
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    assert json.loads(done.stdout)["unresolved"][0]["phrase"] == ATTACK


def test_a_finding_longer_than_the_cap_is_a_400(client: FlaskClient) -> None:
    response = client.post("/api/localize", json={"findings": ["ankle reflex absent", "x" * (MAX_TEXT + 1)]})
    assert response.status_code == 400
    expected = f"the finding 2 is {MAX_TEXT + 1} characters long; at most {MAX_TEXT} characters are read"
    assert response.get_json()["error"] == expected


def test_too_many_findings_is_a_400(client: FlaskClient) -> None:
    response = client.post("/api/localize", json={"findings": ["weak ankle"] * (MAX_FINDINGS + 1)})
    assert response.status_code == 400
    assert f"at most {MAX_FINDINGS} findings" in response.get_json()["error"]


def test_search_text_and_identifiers_are_capped(client: FlaskClient) -> None:
    long = "ankle " * 100
    for path in (f"/api/search?q={long}", f"/api/entity/{long}", f"/api/path?from={long}&to=S1_root"):
        response = client.get(path)
        assert response.status_code == 400, path
        assert f"at most {MAX_TEXT} characters are read" in response.get_json()["error"]


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 100_000 + b"]" * 100_000,  # raised RecursionError: a 500
        b'{"findings": ' + b"[" * 5_000 + b"]" * 5_000 + b"}",
        b'{"findings": ["unterminated}',
        b"\xff\xfe\x00garbage",
        b"",
    ],
    ids=["deep-array", "deep-findings", "unterminated", "not-utf8", "empty"],
)
def test_malformed_json_is_a_400_never_a_500(client: FlaskClient, body: bytes) -> None:
    response = client.post("/api/localize", data=body, content_type="application/json")
    assert response.status_code == 400
    assert "not valid JSON" in response.get_json()["error"]


class _Stuck:
    """An explorer whose every answer waits until the test lets it go: a stand-in for a runaway."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.entered = threading.Event()

    def localize(self, findings: list[str], **options: Any) -> dict[str, Any]:
        self.entered.set()
        self.release.wait(60)
        return {"findings": findings}


def test_an_exploration_past_its_deadline_is_a_503_and_others_are_answered(
    app_factory: Callable[..., Flask],
) -> None:
    app = app_factory(RADIX_TIMEOUT=0.5, RADIX_EXPLORE_THREADS=2)
    stuck = _Stuck()
    holder = api.ExplorerHolder(lambda: stuck)  # type: ignore[arg-type, return-value]
    holder.wait()
    app.extensions[api.EXTENSION] = holder
    client = app.test_client()
    try:
        response = client.post("/api/localize", json={"findings": ["absent ankle reflex"]})
        health = client.get("/health")
    finally:
        stuck.release.set()
    assert stuck.entered.is_set()
    # Not "how fast": the explorer was still stuck (released only now), so the answer came from the deadline.
    assert response.status_code == 503
    assert "0.5 s deadline" in response.get_json()["error"]
    assert response.headers["Retry-After"] == "1"
    assert health.status_code == 200


class _StuckBrowsing(_Stuck):
    """The stuck explorer, for the browser's search and compare pages too."""

    def search(self, text: str, **options: Any) -> list[dict[str, Any]]:
        self.entered.set()
        self.release.wait(60)
        return []

    def compare(self, first: str, second: str) -> dict[str, Any]:
        return {"hits": self.search(first)}


@pytest.mark.parametrize("path", ["/search?q=ankle", "/compare?a=L5&b=S1", "/api/compare?a=L5&b=S1"])
def test_the_search_and_compare_pages_have_the_deadline_too(app_factory: Callable[..., Flask], path: str) -> None:
    app = app_factory(RADIX_TIMEOUT=0.5, RADIX_EXPLORE_THREADS=2)
    stuck = _StuckBrowsing()
    holder = api.ExplorerHolder(lambda: stuck)  # type: ignore[arg-type, return-value]
    holder.wait()
    app.extensions[api.EXTENSION] = holder
    try:
        response = app.test_client().get(path)
    finally:
        stuck.release.set()
    assert stuck.entered.is_set()
    assert response.status_code == 503, path
    assert "0.5 s deadline" in response.get_data(as_text=True)


@pytest.mark.parametrize("limit", ["²", "٣", "0", "-1", "abc"])
def test_a_search_limit_that_is_no_ascii_whole_number_is_a_400(client: FlaskClient, limit: str) -> None:
    """A superscript digit passes str.isdigit() but not int() (the fuzz test found a 500, stop 44): ASCII only."""
    response = client.get("/search", query_string={"q": "ankle", "limit": limit})
    assert response.status_code == 400
    assert "limit must be a whole number" in response.get_data(as_text=True)
