"""The query page in a real headless Chromium (Debian's, driven by Playwright): pick, run, read, download.

Chromium comes from Debian (``scripts/install_browser.sh``, run here when it is missing and we are root,
as in CI). Without it the tests are skipped locally and fail in CI, so a missing install cannot pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

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
    page.wait_for_function("() => document.querySelector('#status').textContent.match(/ in |error/)")  # type: ignore[attr-defined]


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


def test_error_is_shown_at_its_line_and_column(page: object) -> None:
    run(page, "SELECT ?x\nWHERE { ?x a foo:Bar }")
    message = page.inner_text("#results .error-message")  # type: ignore[attr-defined]
    assert message.startswith("400 Bad Request: malformed SPARQL query at line 2, column 21: unknown prefix 'foo:'")
    assert page.inner_text("#results .error-context") == "WHERE { ?x a foo:Bar }\n" + " " * 20 + "^"  # type: ignore[attr-defined]
    assert page.evaluate("document.getElementById('query').selectionStart") == len("SELECT ?x\n") + 20  # type: ignore[attr-defined]


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


# ---- named queries with parameters, permalinks, Cancel, autocompletion (issue 15) ----------------------


def test_a_named_query_gets_a_form_for_its_parameters(page: object, live_server: LiveServer) -> None:
    page.select_option("#named", "root_muscles")  # type: ignore[attr-defined]
    assert page.input_value("#param-root") == "radix:S1_root"  # type: ignore[attr-defined]
    page.fill("#param-root", "L5 nerve")  # type: ignore[attr-defined]
    page.wait_for_selector("#parameter-fields .search-hit")  # type: ignore[attr-defined]
    page.click("#parameter-fields .search-hit:has-text('L5 nerve root')")  # type: ignore[attr-defined]
    assert page.input_value("#param-root") == "radix:L5_root"  # type: ignore[attr-defined]
    page.click("#run")  # type: ignore[attr-defined]
    page.wait_for_function("() => document.querySelector('#status').textContent.match(/ in |error/)")  # type: ignore[attr-defined]
    cells = "cells => cells.map(c => c.textContent)"
    roots = set(page.eval_on_selector_all("#results tbody tr td:first-child", cells))  # type: ignore[attr-defined]
    assert roots == {"radix:L5_root"}
    assert "radix:tibialis_anterior" in page.inner_text("#results")  # type: ignore[attr-defined]
    link = page.get_attribute("#permalink", "href")  # type: ignore[attr-defined]
    assert link == "/?named=root_muscles&root=radix%3AL5_root" and page.url.endswith(link)  # type: ignore[attr-defined]


def test_a_permalink_shows_its_answer_with_javascript_off(browser: object, live_server: LiveServer) -> None:
    tab = browser.new_page()  # type: ignore[attr-defined]
    tab.route("**/*.js", lambda route: route.abort())
    tab.goto(live_server.url + "/?named=root_muscles&root=radix%3AL5_root")
    assert tab.input_value("#param-root") == "radix:L5_root"
    assert "radix:tibialis_anterior" in tab.inner_text("#results")
    tab.fill("#param-root", "radix:S1_root")  # the form works without script: a GET to the page
    tab.click("#run")
    tab.wait_for_url("**root=radix%3AS1_root**")
    assert "radix:gastrocnemius" in tab.inner_text("#results")
    tab.goto(live_server.url + "/?query=" + quote("SELECT ?x WHERE {"))
    assert "line 1, column 18" in tab.inner_text("#results .error-message")
    tab.close()


def test_editing_a_named_query_makes_it_ones_own(page: object) -> None:
    page.select_option("#named", "root_muscles")  # type: ignore[attr-defined]
    page.type("#query", " ")  # type: ignore[attr-defined]
    assert page.input_value("#named") == ""  # type: ignore[attr-defined]
    assert page.is_hidden("#parameters")  # type: ignore[attr-defined]


def test_cancel_stops_a_running_query(page: object, live_server: LiveServer) -> None:
    before = page.request.get(live_server.url + "/health").json()["workers"]["cancelled"]  # type: ignore[attr-defined]
    digits = "{ 0 1 2 3 4 5 6 7 8 9 }"
    slow = "SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(f"VALUES ?v{i} {digits}" for i in range(10)) + " }"
    page.fill("#query", slow)  # type: ignore[attr-defined]
    page.click("#run")  # type: ignore[attr-defined]
    page.wait_for_selector("#cancel", state="visible")  # type: ignore[attr-defined]
    page.click("#cancel")  # type: ignore[attr-defined]
    page.wait_for_function("() => document.querySelector('#status').textContent === 'cancelled'")  # type: ignore[attr-defined]
    assert "cancelled at the client's request" in page.inner_text("#results .error-message")  # type: ignore[attr-defined]
    after = page.request.get(live_server.url + "/health").json()["workers"]["cancelled"]  # type: ignore[attr-defined]
    assert after == before + 1
    assert page.is_hidden("#cancel") and page.is_enabled("#run")  # type: ignore[attr-defined]


OFFERED = "item => [...document.querySelectorAll('#completions li code')].some(c => c.textContent.startsWith(item))"


def offered(page: object, text: str, item: str) -> None:
    """Type ``text`` into an empty editor and wait until the completions offer ``item``."""
    page.fill("#query", "")  # type: ignore[attr-defined]
    page.type("#query", text)  # type: ignore[attr-defined]
    page.wait_for_function(OFFERED, arg=item)  # type: ignore[attr-defined]


def test_autocompletion_of_classes_properties_entities_and_prefixes(page: object) -> None:
    offered(page, "SELECT * WHERE { ?r a radix:Nerve", "radix:NerveRoot")  # a class, from VoID
    offered(page, "SELECT * WHERE { ?m radix:hasPrim", "radix:hasPrimaryRoot")  # a property
    offered(page, "SELECT * WHERE { radix:gastro", "radix:gastrocnemius")  # an entity, from search
    offered(page, "PREFIX sk", "skos: <http://www.w3.org/2004/02/skos/core#>")
    page.keyboard.press("Enter")  # type: ignore[attr-defined]
    assert page.input_value("#query") == "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>"  # type: ignore[attr-defined]


def test_no_page_has_inline_script_or_handlers(page: object, live_server: LiveServer) -> None:
    for address in ("/", "/search?q=ankle", "/compare?a=L5_radiculopathy&b=common_fibular_neuropathy",
                    "/entity/S1_radiculopathy", "/api/docs"):  # fmt: skip
        html = page.request.get(live_server.url + address).text()  # type: ignore[attr-defined]
        scripts = re.findall(r"<script\b[^>]*>", html)
        assert all("src=" in tag or 'type="application/json"' in tag for tag in scripts), address
        assert not re.search(r"<[^>]+\son[a-z]+\s*=", html), address
