"""The query page in a real headless Chromium (Debian's, driven by Playwright): pick, run, read, download.

Chromium comes from Debian (``scripts/install_browser.sh``, run here when it is missing and we are root,
as in CI). Without it the tests are skipped locally and fail in CI, so a missing install cannot pass.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.server.support import LiveServer


@pytest.fixture
def page(browser: object, live_server: LiveServer) -> Iterator[object]:
    tab = browser.new_page()  # type: ignore[attr-defined]
    tab.goto(live_server.url + "/")
    yield tab
    tab.close()


def run(page: object, query: str) -> None:
    page.fill("#query", query)  # type: ignore[attr-defined]
    page.click("#run")  # type: ignore[attr-defined]
    page.wait_for_function("document.querySelector('#status').textContent.match(/ in |error/)")  # type: ignore[attr-defined]


def test_page_uses_no_external_resources(page: object, live_server: LiveServer) -> None:
    sources = page.eval_on_selector_all(  # type: ignore[attr-defined]
        "script[src], link[href], img[src]", "nodes => nodes.map(n => n.src || n.href)"
    )
    assert sources and all(source.startswith(live_server.url) for source in sources)


def test_named_query_fills_the_editor(page: object) -> None:
    options = page.eval_on_selector_all("#named option", "nodes => nodes.map(n => n.value).filter(Boolean)")  # type: ignore[attr-defined]
    assert options
    page.select_option("#named", options[0])  # type: ignore[attr-defined]
    assert "SELECT" in page.input_value("#query").upper() or "CONSTRUCT" in page.input_value("#query").upper()  # type: ignore[attr-defined]


def test_running_a_query_shows_a_table_with_prefixed_linked_iris(page: object) -> None:
    run(page, "SELECT ?root ?label WHERE { ?root a radix:NerveRoot ; rdfs:label ?label } ORDER BY ?label")
    links = page.eval_on_selector_all(  # type: ignore[attr-defined]
        "#results td a.iri", "nodes => nodes.map(n => [n.textContent, n.getAttribute('href')])"
    )
    assert links
    text, href = links[0]
    assert text.startswith("radix:") and href == "/entity/" + text.removeprefix("radix:")
    headers = page.eval_on_selector_all("#results th", "nodes => nodes.map(n => n.textContent)")  # type: ignore[attr-defined]
    assert headers == ["root", "label"]


def test_graph_answer_is_shown_as_triples(page: object) -> None:
    run(page, "CONSTRUCT { ?r a radix:NerveRoot } WHERE { ?r a radix:NerveRoot } LIMIT 3")
    headers = page.eval_on_selector_all("#results th", "nodes => nodes.map(n => n.textContent)")  # type: ignore[attr-defined]
    assert headers == ["subject", "predicate", "object"]
    assert page.locator("#results tbody tr").count() == 3  # type: ignore[attr-defined]


def test_error_is_shown_with_the_parser_message(page: object) -> None:
    run(page, "SELECT ?x WHERE {")
    assert "400 Bad Request" in page.inner_text("#results .error")  # type: ignore[attr-defined]


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_results_download_in_each_format(page: object, fmt: str) -> None:
    run(page, "SELECT ?label WHERE { radix:S1_root rdfs:label ?label }")
    with page.expect_download() as download_info:  # type: ignore[attr-defined]
        page.click(f"#download-links a[data-format='{fmt}']")  # type: ignore[attr-defined]
    content = Path(download_info.value.path()).read_text(encoding="utf-8")
    assert "S1" in content


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld", "xml"])
def test_graph_download_in_each_format(page: object, fmt: str) -> None:
    run(page, "CONSTRUCT { radix:S1_root rdfs:label ?l } WHERE { radix:S1_root rdfs:label ?l }")
    with page.expect_download() as download_info:  # type: ignore[attr-defined]
        page.click(f"#download-links a[data-format='{fmt}']")  # type: ignore[attr-defined]
    content = Path(download_info.value.path()).read_text(encoding="utf-8")
    assert "S1" in content
