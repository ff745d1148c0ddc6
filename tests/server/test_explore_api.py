"""The exploration API under /api: search, cards, neighbourhoods, paths, related conditions, localisation."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from graph.web.state import EXTENSION, Radix


def body(response: TestResponse) -> Any:
    """Return the response's JSON body (failing the test if it has none)."""
    assert response.is_json, response.data
    return response.get_json()


def test_search_resolves_labels_curies_and_mapped_ids(client: FlaskClient) -> None:
    for text, expected in (
        ("absent ankle jerk", "radix:absent_ankle_reflex"),
        ("HP:0003438", "radix:absent_ankle_reflex"),
        ("ICD10CM:M54.17", "radix:lumbosacral_radiculopathy"),
        ("radiculopathy s1", "radix:S1_radiculopathy"),
        ("gastrocnemus", "radix:gastrocnemius"),
    ):
        response = client.get("/api/search", query_string={"q": text})
        assert response.status_code == 200
        assert body(response)["hits"][0]["id"] == expected, text


def test_search_needs_text(client: FlaskClient) -> None:
    response = client.get("/api/search")
    assert response.status_code == 400
    assert "q" in body(response)["error"]


def test_search_types_filter(client: FlaskClient) -> None:
    hits = body(client.get("/api/search", query_string={"q": "ankle reflex", "types": "Reflex"}))["hits"]
    assert hits and all("Reflex" in hit["types"] for hit in hits)


def test_entity_card_with_provenance(client: FlaskClient) -> None:
    card = body(client.get("/api/entity/radix:S1_radiculopathy"))
    assert card["label"] == "S1 radiculopathy"
    reflex = next(edge for edge in card["out"] if edge["to"]["id"] == "radix:diminished_or_absent_ankle_reflex")
    assert {source["id"] for source in reflex["sources"]} >= {"radix:ref_seed"}
    assert reflex["evidence"] and reflex["frequency"] == ["classic"]
    assert any(mapping["to"]["id"] == "MONDO:0002959" for mapping in card["mappings"])


def test_unknown_entity_is_404_with_suggestions(client: FlaskClient) -> None:
    response = client.get("/api/entity/S1_radiculopthy")
    assert response.status_code == 404
    assert "radix:S1_radiculopathy" in body(response)["suggestions"]


def test_neighbors_by_depth_and_predicate(client: FlaskClient) -> None:
    answer = body(
        client.get("/api/entity/S1_root/neighbors", query_string={"depth": 1, "predicates": "radix:hasPrimaryRoot"})
    )
    assert {"radix:gastrocnemius", "radix:soleus"} <= {node["id"] for node in answer["nodes"]}
    assert client.get("/api/entity/S1_root/neighbors", query_string={"depth": 7}).status_code == 400
    assert client.get("/api/entity/S1_root/neighbors", query_string={"depth": "two"}).status_code == 400


def test_path_in_words(client: FlaskClient) -> None:
    answer = body(client.get("/api/path", query_string={"from": "gastrocnemius", "to": "S1_radiculopathy"}))
    assert answer["paths"] and all(" — " in path["text"] for path in answer["paths"])
    assert client.get("/api/path", query_string={"from": "gastrocnemius"}).status_code == 400


def test_related_lists_what_is_shared(client: FlaskClient) -> None:
    related = body(client.get("/api/related/S1_radiculopathy"))["related"]
    labels = [item["label"] for item in related]
    assert {"tibial neuropathy", "piriformis syndrome", "L5 radiculopathy"} <= set(labels)
    assert all(item["shared"] for item in related)
    assert client.get("/api/related/gastrocnemius").status_code == 400


def test_localize_answers_in_the_documented_shape(client: FlaskClient) -> None:
    request = {"findings": ["absent ankle reflex", "HP:0031955", "numbness of the lateral foot", "knee reflex normal",
                            "saddle anaesthesia", "xyzzy"]}  # fmt: skip
    answer = body(client.post("/api/localize", json=request))
    assert answer["sites"][0].keys() >= {"id", "label", "kind", "probability", "conditions", "supporting", "against"}
    assert answer["conditions"][0].keys() >= {"id", "label", "probability", "site", "supporting", "against"}
    assert [item["phrase"] for item in answer["unresolved"]] == ["xyzzy"]
    assert answer["unresolved"][0]["suggestions"] is not None
    assert {flag["id"] for flag in answer["red_flags"][:2]} == {  # the urgent ones first, by probability
        "radix:cauda_equina_syndrome",
        "radix:conus_medullaris_syndrome",
    }
    assert answer["next_test"] is None or {"finding", "test", "information_gain_bits"} <= answer["next_test"].keys()
    assert all("read_as" in observation and "how" in observation for observation in answer["observations"])


def test_localize_takes_excluded_features_as_absent(client: FlaskClient) -> None:
    answer = body(client.post("/api/localize", json={"findings": ["HP:0003438"], "excluded": ["saddle anaesthesia"]}))
    excluded = [o for o in answer["observations"] if o["source"] == "excluded"]
    assert [o["present"] for o in excluded] == [False]
    assert not answer["red_flags"] or answer["red_flags"][0]["raised_by"] == []


def test_localize_takes_a_set_of_priors(client: FlaskClient) -> None:
    """Every site alike by default; population incidence on request (it moves the probabilities)."""
    findings = ["weak knee extension", "absent knee jerk", "numbness of the medial leg"]
    default = body(client.post("/api/localize", json={"findings": findings}))
    incidence = body(client.post("/api/localize", json={"findings": findings, "priors": "incidence"}))
    assert default["priors"] == "uniform" and incidence["priors"] == "incidence"
    assert [s["probability"] for s in default["sites"]] != [s["probability"] for s in incidence["sites"]]


def test_localize_errors(client: FlaskClient) -> None:
    assert client.post("/api/localize", json={"findings": []}).status_code == 400
    assert client.post("/api/localize", json={}).status_code == 400
    assert client.post("/api/localize", json={"findings": "absent ankle reflex"}).status_code == 400
    assert client.post("/api/localize", json={"findings": [1, 2]}).status_code == 400
    assert client.post("/api/localize", json={"findings": ["x"], "excluded": "y"}).status_code == 400
    assert client.post("/api/localize", json={"findings": ["x"], "limit": 0}).status_code == 400
    assert client.post("/api/localize", json={"findings": ["x"], "priors": "bayes"}).status_code == 400
    assert client.post("/api/localize", json={"findings": ["x"], "priors": ["incidence"]}).status_code == 400
    assert client.post("/api/localize", json={"findings": ["x" * 301]}).status_code == 400
    assert client.post("/api/localize", json={"findings": ["weak"] * 41}).status_code == 400
    assert client.post("/api/localize", data="absent ankle reflex", content_type="text/plain").status_code == 415
    assert client.get("/api/localize").status_code == 405


def test_openapi_describes_every_route(client: FlaskClient, app: Flask) -> None:
    document = body(client.get("/api/openapi.json"))
    assert document["openapi"].startswith("3.")
    documented = set(document["paths"])
    served = {
        re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule)
        for rule in app.url_map.iter_rules()
        if not rule.rule.startswith("/static") and rule.rule != "/.well-known/void"
    }
    named = {f"/api/queries/{name}" for name in radix_state(app).named_queries}
    assert named and named <= documented  # each named query is its own operation, with its parameters
    assert served - {"/api/queries/{name}"} <= documented


def radix_state(app: Flask) -> Radix:
    state: Radix = app.extensions[EXTENSION]
    return state


def test_exploration_needs_the_radix_graph(app_factory: Callable[..., Flask]) -> None:
    data_only = app_factory()
    response = data_only.test_client().get("/api/search", query_string={"q": "ankle"})
    assert response.status_code == 404
    assert "--data-only" in body(response)["error"]
    assert data_only.test_client().get("/health").get_json()["exploration"] == "unavailable"


def test_health_says_when_the_exploration_index_is_ready(client: FlaskClient) -> None:
    client.get("/api/search", query_string={"q": "ankle"})  # waits for the index
    assert client.get("/health").get_json()["exploration"] == "ready"


def test_localize_takes_a_phenopacket_body(client: FlaskClient) -> None:
    from tests.test_phenopacket import EXAMPLE, packet

    document = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    for request in (document, {"phenopacket": document, "limit": 3}):
        answer = body(client.post("/api/localize", json=request))
        features = {feature["id"]: feature["via"] for feature in answer["phenopacket"]["features"]}
        assert features["HP:0007083"] == "HP:0001347"
    assert client.post("/api/localize", json=packet(phenotypicFeatures=[])).status_code == 400
    assert client.post("/api/localize", json={"phenopacket": "HP:0007083"}).status_code == 400
    assert client.post("/api/localize", json={"phenopacket": packet(metaData=None)}).status_code == 400


def test_localize_takes_excluded_findings(client: FlaskClient) -> None:
    answer = body(client.post("/api/localize", json={"findings": ["absent ankle reflex"], "excluded": ["HP:0001347"]}))
    assert ("radix:hyperreflexia", False) in {(item["findings"][0], item["present"]) for item in answer["observations"]}
    assert client.post("/api/localize", json={"excluded": "HP:0001347"}).status_code == 400
    assert client.post("/api/localize", json={"other": 1}).status_code == 400
