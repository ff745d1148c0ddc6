"""Red team, issue 14 items 7 and 10: no ``javascript:`` link runs, a CSP forbids inline script, CORS works.

Item 7's attack: ``--data`` declared ``radix:X skos:exactMatch <javascript:alert(document.domain)>``;
the IRI became a link in the entity page's picture and in the query page's results table, and ran
in Chromium when clicked. ``hardened_server`` serves that very file. Item 10: a page on another origin
could not POST JSON to ``/api/localize``, because the preflight did not allow ``Content-Type``.
Both are shown in a real headless Chromium.
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from typing import Any

import networkx as nx
import pytest
from flask.testing import FlaskClient

from graph.web.draw import View, explorer_svg, neighbourhood_svg
from graph.web.headers import CONTENT_SECURITY_POLICY
from graph.web.links import link_target
from tests.server.support import LiveServer, fetch

HOSTILE = "javascript:alert(document.domain)"
LINK_CASES = [
    "https://w3id.org/radix/S1_root",
    "https://w3id.org/radix/weird id/é",
    "https://w3id.org/radix/",
    "http://purl.obolibrary.org/obo/UBERON_0002262",
    "HTTPS://example.org/upper",
    HOSTILE,
    "JavaScript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "urn:isbn:0451450523",
    "mailto:someone@example.org",
    "file:///etc/passwd",
    ":no-scheme",
    "relative/path",
]


def test_the_picture_never_links_a_non_http_iri() -> None:
    G = nx.MultiDiGraph(words={})
    G.add_node("https://w3id.org/radix/S1_root", label="S1 nerve root", types=["NerveRoot"])
    G.add_node(HOSTILE, label="click me", types=[], external=True)
    G.add_node("http://example.org/fine", label="fine", types=[], external=True)
    G.add_edge("https://w3id.org/radix/S1_root", HOSTILE, key="http://www.w3.org/2004/02/skos/core#exactMatch")
    G.add_node("https://w3id.org/radix/L5_root", label="L5 nerve root", types=["NerveRoot"])
    G.add_edge("https://w3id.org/radix/S1_root", "http://example.org/fine", key="urn:p")
    G.add_edge("https://w3id.org/radix/L5_root", "https://w3id.org/radix/S1_root", key="urn:q")
    svg = neighbourhood_svg(G, "https://w3id.org/radix/S1_root")
    assert "javascript:" not in svg.split("<title>")[0] and 'href="javascript' not in svg
    assert "click me" in svg  # still drawn, as text
    assert 'href="http://example.org/fine"' in svg and 'href="/entity/L5_root"' in svg
    expanded = explorer_svg(G, "https://w3id.org/radix/S1_root", view=View(expanded=frozenset({HOSTILE})))[0]
    assert 'href="javascript' not in expanded and "click me" in expanded


@pytest.fixture(scope="module")
def hostile_tab(browser: Any, hardened_server: LiveServer) -> Iterator[Any]:
    tab = browser.new_page()
    dialogs: list[str] = []

    def record(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    tab.on("dialog", record)
    tab.dialogs = dialogs
    yield tab
    tab.close()


def test_the_python_and_javascript_link_rules_agree(hostile_tab: Any, hardened_server: LiveServer) -> None:
    hostile_tab.goto(hardened_server.url + "/")
    in_browser = hostile_tab.evaluate(
        "cases => cases.map(iri => window.radixLinks.linkTarget(iri, '/entity/'))", LINK_CASES
    )
    assert in_browser == [link_target(iri, "/entity/") for iri in LINK_CASES]
    assert in_browser[LINK_CASES.index(HOSTILE)] is None


def test_the_entity_page_has_no_javascript_link(hostile_tab: Any, hardened_server: LiveServer) -> None:
    hostile_tab.goto(hardened_server.url + "/entity/nerve_root_oedema")  # few neighbours: all drawn
    hrefs = hostile_tab.eval_on_selector_all("a", "links => links.map(a => a.getAttribute('href'))")
    assert hostile_tab.locator("#picture svg title:text('javascript:alert(document.domain)')").count() >= 1
    assert hrefs and not [href for href in hrefs if not href.startswith(("/", "http://", "https://"))], hrefs
    assert "http://example.org/harmless" in hrefs  # the harmless mapping of the same file is a link
    assert HOSTILE in hostile_tab.content()  # the hostile one is shown, as text
    node = hostile_tab.locator("#picture svg g.node:has(title:text('javascript:alert(document.domain)')) circle")
    node.click(force=True)  # clicking its node in the picture does nothing
    hostile_tab.wait_for_timeout(200)  # give a script that should not run a moment to run anyway
    assert hostile_tab.dialogs == []
    assert hostile_tab.url.endswith("/entity/nerve_root_oedema")


def test_the_results_table_has_no_javascript_link(hostile_tab: Any, hardened_server: LiveServer) -> None:
    hostile_tab.goto(hardened_server.url + "/")
    hostile_tab.fill("#query", "SELECT ?o WHERE { radix:nerve_root_oedema skos:exactMatch|skos:closeMatch ?o }")
    hostile_tab.click("#run")
    hostile_tab.wait_for_selector("#results table", timeout=30_000)
    cells = hostile_tab.locator("#results td .iri, #results td a")
    hrefs = hostile_tab.eval_on_selector_all("#results a", "links => links.map(a => a.getAttribute('href'))")
    assert cells.count() >= 2
    assert hrefs == ["http://example.org/harmless"], hrefs
    hostile_tab.locator("#results td span.iri").first.click()
    assert hostile_tab.dialogs == []


def test_pages_forbid_inline_script(hostile_tab: Any, hardened_server: LiveServer) -> None:
    for path in ("/", "/entity/S1_root", "/entity/no_such_entity", "/sparql", "/search?q=S1", "/compare", "/api/docs"):
        reply = fetch(hardened_server.url, path, headers={"Accept": "text/html"}, timeout=30)
        assert reply.headers["content-security-policy"] == CONTENT_SECURITY_POLICY, path
    assert "'unsafe-inline'" not in CONTENT_SECURITY_POLICY and "script-src 'self'" in CONTENT_SECURITY_POLICY
    hostile_tab.goto(hardened_server.url + "/entity/S1_root")
    # Markup that slipped past escaping could not run: the browser refuses inline handlers and javascript: URLs.
    hostile_tab.evaluate(
        """() => {
            document.body.insertAdjacentHTML('beforeend', '<img src="data:," onerror="window.ran = 1">');
            const link = document.createElement('a');
            link.href = 'javascript:window.ran = 2';
            link.id = 'planted';
            link.textContent = 'planted';
            document.body.appendChild(link);
        }"""
    )
    hostile_tab.click("#planted")
    hostile_tab.wait_for_timeout(200)  # give a handler that should not run a moment to run anyway
    assert hostile_tab.evaluate("() => window.ran === undefined")
    assert hostile_tab.dialogs == []


def test_every_page_runs_under_the_policy(browser: Any, hardened_server: LiveServer) -> None:
    """The policy breaks none of Radix's own pages: Chromium reports no violation, and each page's script ran."""
    tab = browser.new_page()
    try:
        tab.add_init_script(
            "window.violations = [];"
            "document.addEventListener('securitypolicyviolation',"
            " e => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));"
        )
        tab.goto(hardened_server.url + "/")
        tab.fill("#query", "SELECT ?root WHERE { ?root a radix:NerveRoot } LIMIT 3")
        tab.click("#run")  # radix.js runs the query in the page
        tab.wait_for_selector("#results table", timeout=60_000)
        assert tab.evaluate("() => window.violations") == []
        ready = {  # a selector that appears once the page is drawn (Swagger UI's: once its script has run)
            "/entity/S1_root": "#picture svg",
            "/search?q=S1": "#hits li",
            "/compare?a=L5_radiculopathy&b=common_fibular_neuropathy": "#separating-tests",
            "/api/docs": ".swagger-ui .opblock",
        }
        for path, selector in ready.items():
            tab.goto(hardened_server.url + path)
            tab.wait_for_selector(selector, timeout=60_000)
            tab.wait_for_load_state("networkidle", timeout=60_000)
            assert tab.evaluate("() => window.violations") == [], path
    finally:
        tab.close()


def test_preflight_of_localize_allows_content_type(client: FlaskClient) -> None:
    response = client.options(
        "/api/localize",
        headers={
            "Origin": "https://elsewhere.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert response.status_code == 204
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in response.headers["Access-Control-Allow-Methods"]
    assert "content-type" in response.headers["Access-Control-Allow-Headers"].lower()


CALLER = b"""<!doctype html><html><body><script>
window.outcome = fetch(RADIX + "/api/localize", {
  method: "POST",
  headers: {"Content-Type": "application/json"},
  body: JSON.stringify({findings: ["absent ankle reflex"]}),
}).then(r => r.json()).then(j => j.candidates.length > 0 ? "ranked" : "empty", e => "blocked: " + e);
</script></body></html>"""


@pytest.fixture
def other_origin(hardened_server: LiveServer) -> Iterator[str]:
    """Serve, on another origin (another port), a page that POSTs JSON to the server's /api/localize."""
    page = CALLER.replace(b"RADIX", f'"{hardened_server.url}"'.encode())

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, format: str, *args: Any) -> None:
            """Keep the test output quiet."""

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_a_page_on_another_origin_can_post_findings(browser: Any, other_origin: str) -> None:
    tab = browser.new_page()
    try:
        tab.goto(other_origin)
        assert tab.evaluate("() => window.outcome") == "ranked"
    finally:
        tab.close()
