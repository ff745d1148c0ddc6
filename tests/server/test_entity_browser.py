"""The linked-data page of an entity in a real headless Chromium: card, picture, related conditions, links."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.server.support import LiveServer


@pytest.fixture
def entity_page(browser: object, live_server: LiveServer) -> Iterator[object]:
    tab = browser.new_page()  # type: ignore[attr-defined]
    tab.goto(live_server.url + "/entity/S1_radiculopathy")
    yield tab
    tab.close()


def test_page_shows_the_card(entity_page: object) -> None:
    assert entity_page.inner_text("#label") == "S1 radiculopathy"  # type: ignore[attr-defined]
    assert "https://w3id.org/radix/S1_radiculopathy" in entity_page.inner_text("#iri")  # type: ignore[attr-defined]
    assert "posterior thigh and calf to the lateral foot" in entity_page.inner_text("#definition")  # type: ignore[attr-defined]


def test_neighbourhood_picture_is_drawn_by_the_server(entity_page: object) -> None:
    box = entity_page.locator("#picture svg").bounding_box()  # type: ignore[attr-defined]
    assert box is not None and box["width"] > 300 and box["height"] > 200
    assert entity_page.locator("#picture svg circle").count() > 10  # type: ignore[attr-defined]


def test_related_conditions_are_listed(entity_page: object) -> None:
    rows = entity_page.locator("#related tbody tr")  # type: ignore[attr-defined]
    assert rows.count() >= 3
    assert "tibial neuropathy" in entity_page.inner_text("#related")  # type: ignore[attr-defined]


def test_edges_show_their_sources(entity_page: object) -> None:
    assert "Radix seed text" in entity_page.inner_text("#edges")  # type: ignore[attr-defined]


def test_links_lead_to_other_entity_pages(entity_page: object, live_server: LiveServer) -> None:
    entity_page.click("#edges a:text('S1 nerve root')")  # type: ignore[attr-defined]
    entity_page.wait_for_url(live_server.url + "/entity/S1_root")  # type: ignore[attr-defined]
    assert entity_page.inner_text("#label") == "S1 nerve root"  # type: ignore[attr-defined]


def test_picture_nodes_link_to_their_pages(entity_page: object) -> None:
    hrefs = entity_page.eval_on_selector_all("#picture svg a", "nodes => nodes.map(n => n.getAttribute('href'))")  # type: ignore[attr-defined]
    assert "/entity/S1_root" in hrefs


def test_rdf_alternates_are_offered(entity_page: object, live_server: LiveServer) -> None:
    turtle = entity_page.get_attribute("link[type='text/turtle']", "href")  # type: ignore[attr-defined]
    response = entity_page.request.get(live_server.url + turtle)  # type: ignore[attr-defined]
    assert response.ok and "hasFinding" in response.text()
