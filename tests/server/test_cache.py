"""The answer cache: bounded in bytes, least recent first out, and never used for answers that may change."""

from __future__ import annotations

import json

from flask import Flask

from graph.serve.cache import AnswerCache


def test_cache_returns_what_was_stored() -> None:
    cache: AnswerCache[str] = AnswerCache(max_bytes=100)
    cache.put("k", "v", 10)
    assert cache.get("k") == "v"


def test_least_recently_used_entry_is_dropped_first() -> None:
    cache: AnswerCache[str] = AnswerCache(max_bytes=100)
    cache.put("a", "A", 40)
    cache.put("b", "B", 40)
    cache.get("a")
    cache.put("c", "C", 40)
    assert (cache.get("a"), cache.get("b"), cache.get("c")) == ("A", None, "C")


def test_entry_larger_than_the_entry_limit_is_not_kept() -> None:
    cache: AnswerCache[str] = AnswerCache(max_bytes=1000, max_entry_bytes=10)
    assert not cache.put("big", "x", 11)
    assert cache.get("big") is None


def test_repeated_query_is_answered_from_the_cache(small_app: Flask) -> None:
    client = small_app.test_client()
    cache = small_app.extensions["radix"].executor.cache
    query = "SELECT ?x WHERE { VALUES ?x { 'cached once' } }"
    client.get("/sparql", query_string={"query": query})
    hits = cache.stats.hits
    client.get("/sparql", query_string={"query": query})
    assert cache.stats.hits == hits + 1


def test_format_is_part_of_the_cache_key(small_app: Flask) -> None:
    client = small_app.test_client()
    query = "SELECT ?x WHERE { VALUES ?x { 'two formats' } }"
    first = client.get("/sparql", query_string={"query": query, "format": "json"})
    second = client.get("/sparql", query_string={"query": query, "format": "csv"})
    assert first.mimetype != second.mimetype


def test_random_answers_are_not_cached(small_app: Flask) -> None:
    client = small_app.test_client()
    query = "SELECT (RAND() AS ?r) WHERE {}"
    values = {
        json.loads(client.get("/sparql", query_string={"query": query}).data)["results"]["bindings"][0]["r"]["value"]
        for _ in range(3)
    }
    assert len(values) == 3
