"""The localisation page /localize in a real headless Chromium: form, reading, sites, evidence, red flags first."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask.testing import FlaskClient

from tests.server.support import LiveServer

# A positive straight leg raise tells the S1 root from the tibial nerve, which since knowledge v2 part 2 reaches the
# lateral foot and the ankle reflex too.
FINDINGS = "\n".join(
    [
        "AJ absent R",
        "numbness of the lateral foot",
        "weak plantarflexion 4/5",
        "KJ 2+ symmetric",
        "SLR +ve at 40°",
        "xyzzy plugh",
    ]
)


@pytest.fixture
def tab(browser: object, live_server: LiveServer) -> Iterator[object]:
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(live_server.url + "/localize")
    yield page
    page.close()


def test_typed_findings_are_read_localised_and_explained(tab: object) -> None:
    tab.fill("#findings", FINDINGS)  # type: ignore[attr-defined]
    tab.fill("#excluded", "saddle anaesthesia")  # type: ignore[attr-defined]
    tab.click("#go")  # type: ignore[attr-defined]
    tab.wait_for_selector("#sites li.site", timeout=30_000)  # type: ignore[attr-defined]
    reading = tab.inner_text("#reading")  # type: ignore[attr-defined]
    assert "absent ankle reflex" in reading and "normal: saddle anaesthesia" in reading
    assert "xyzzy plugh" in reading and "not read" in reading
    sites = tab.locator("#sites li.site")  # type: ignore[attr-defined]
    assert sites.count() >= 3
    assert "S1" in sites.nth(0).inner_text() or "S1" in sites.nth(1).inner_text()
    assert tab.locator("#sites tr.for").count() >= 1  # type: ignore[attr-defined]
    assert "LR" in tab.inner_text("#sites")  # type: ignore[attr-defined]
    assert tab.locator("#next-test").count() == 1  # type: ignore[attr-defined]
    assert "AJ absent R" in tab.input_value("#findings")  # type: ignore[attr-defined]  # the form keeps what was typed


def test_red_flags_come_first(tab: object) -> None:
    tab.fill("#findings", "saddle anaesthesia\nurinary retention\nbilateral leg weakness")  # type: ignore[attr-defined]
    tab.click("#go")  # type: ignore[attr-defined]
    tab.wait_for_selector("#red-flags li", timeout=30_000)  # type: ignore[attr-defined]
    sections = tab.eval_on_selector_all("main section", "nodes => nodes.map(n => n.id)")  # type: ignore[attr-defined]
    assert sections[0] == "red-flags"
    first_two = tab.inner_text("#red-flags li:nth-child(1)") + tab.inner_text("#red-flags li:nth-child(2)")  # type: ignore[attr-defined]
    assert "cauda equina syndrome" in first_two and "conus medullaris syndrome" in first_two


def test_findings_that_do_not_localise_say_so(tab: object) -> None:
    tab.fill("#findings", "tired all the time")  # type: ignore[attr-defined]
    tab.click("#go")  # type: ignore[attr-defined]
    tab.wait_for_selector("#reading", timeout=30_000)  # type: ignore[attr-defined]
    assert "not read" in tab.inner_text("#reading")  # type: ignore[attr-defined]


def test_bad_input_is_a_400_with_the_message(client: FlaskClient) -> None:
    response = client.get("/localize", query_string={"findings": "x" * 400})
    assert response.status_code == 400
    assert "at most 300 characters" in response.get_data(as_text=True)
    assert client.get("/localize").status_code == 200
