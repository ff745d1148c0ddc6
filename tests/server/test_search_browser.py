"""The search box of every page, the search page, the layout's links and the API docs, in headless Chromium."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from flask import Flask

from tests.server.support import ROOT, LiveServer

PAGES = ["/", "/search", "/compare", "/entity/S1_root"]
"""With /api/docs, checked by test_the_api_docs_show_every_operation (Swagger UI takes seconds to start)."""


@pytest.fixture
def tab(browser: object) -> Iterator[object]:
    page = browser.new_page()  # type: ignore[attr-defined]
    yield page
    page.close()


@pytest.mark.parametrize("address", PAGES)
def test_every_page_has_the_search_box(tab: object, live_server: LiveServer, address: str) -> None:
    tab.goto(live_server.url + address)  # type: ignore[attr-defined]
    assert tab.is_visible("header.site #site-search-q")  # type: ignore[attr-defined]
    links = tab.eval_on_selector_all("header.site nav a", "links => links.map(a => a.textContent.trim())")  # type: ignore[attr-defined]
    assert {"Query", "Search", "Compare", "API"} <= set(links)


def test_suggestions_are_ranked_typo_tolerant_and_show_kind_and_iri(tab: object, live_server: LiveServer) -> None:
    tab.goto(live_server.url + "/compare")  # type: ignore[attr-defined]
    tab.type("#site-search-q", "absnt ankle jerk")  # type: ignore[attr-defined]
    tab.wait_for_selector("#site-search-hits .search-hit")  # type: ignore[attr-defined]
    first = tab.locator("#site-search-hits .search-hit").first  # type: ignore[attr-defined]
    assert first.locator(".hit-label").inner_text() == "absent ankle reflex"
    assert first.locator(".kind").inner_text() == "Sign"
    assert first.locator(".iri").inner_text() == "https://w3id.org/radix/absent_ankle_reflex"
    tab.keyboard.press("ArrowDown")  # type: ignore[attr-defined]
    tab.keyboard.press("Enter")  # type: ignore[attr-defined]
    tab.wait_for_url(live_server.url + "/entity/absent_ankle_reflex")  # type: ignore[attr-defined]
    assert tab.inner_text("#label") == "absent ankle reflex"  # type: ignore[attr-defined]


def test_the_search_page_works_without_javascript(tab: object, live_server: LiveServer) -> None:
    tab.route("**/*.js", lambda route: route.abort())  # type: ignore[attr-defined]
    tab.goto(live_server.url + "/entity/S1_root")  # type: ignore[attr-defined]
    tab.fill("#site-search-q", "M54.17")  # type: ignore[attr-defined]
    tab.press("#site-search-q", "Enter")  # type: ignore[attr-defined]
    tab.wait_for_url("**/search?q=M54.17")  # type: ignore[attr-defined]
    hits = tab.locator("#hits li")  # type: ignore[attr-defined]
    assert hits.count() >= 3
    assert "ICD10CM:M54.17" in hits.first.inner_text() and hits.first.locator(".kind").inner_text()
    assert hits.first.locator(".iri").get_attribute("title").startswith("https://w3id.org/radix/")


def test_the_api_docs_show_every_operation(tab: object, live_server: LiveServer) -> None:
    tab.goto(live_server.url + "/api/docs")  # type: ignore[attr-defined]
    assert tab.is_visible("header.site #site-search-q")  # type: ignore[attr-defined]
    tab.wait_for_selector(".swagger-ui .opblock")  # type: ignore[attr-defined]
    paths = tab.eval_on_selector_all(".swagger-ui .opblock-summary-path", "ps => ps.map(p => p.textContent)")  # type: ignore[attr-defined]
    assert "/api/queries/root_muscles" in paths and "/sparql" in paths and len(paths) > 40
    sources = tab.eval_on_selector_all("script[src], link[href]", "nodes => nodes.map(n => n.src || n.href)")  # type: ignore[attr-defined]
    assert all(source.startswith(live_server.url) for source in sources)


def test_the_navigation_links_the_localisation_page(app_factory: Callable[..., Flask]) -> None:
    client = app_factory().test_client()
    assert 'href="/localize"' in client.get("/search").data.decode()
    assert client.get("/localize").status_code == 200


def test_the_screenshot_script_shoots_the_main_pages(live_server: LiveServer, tmp_path: Path) -> None:
    """Two shots, to keep the suite quick (every page's own test opens it); docs/ holds the script's full set."""
    names = ["query-named", "entity-explorer"]
    command = [sys.executable, str(ROOT / "scripts" / "screenshots.py"), "--url", live_server.url]
    subprocess.run([*command, "--out", str(tmp_path), "--only", ",".join(names)], check=True, timeout=300)
    for name in names:
        data = (tmp_path / f"{name}.png").read_bytes()
        assert data.startswith(b"\x89PNG") and len(data) > 10_000
    script = (ROOT / "scripts" / "screenshots.py").read_text()
    committed = sorted(path.stem for path in (ROOT / "docs" / "screenshots").glob("*.png"))
    assert len(committed) >= 6 and all(f'Shot("{name}"' in script for name in committed)
    assert all(f"screenshots/{name}.png" in (ROOT / "docs" / "pages.md").read_text() for name in committed)
