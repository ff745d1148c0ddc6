"""Content negotiation rules, without HTTP."""

from __future__ import annotations

import pytest

from graph.errors import UnsupportedFormatError
from graph.web.negotiation import negotiate, prefers_html

JSON, XML, CSV = "application/sparql-results+json", "application/sparql-results+xml", "text/csv; charset=utf-8"
TURTLE, NTRIPLES, RDFXML = "text/turtle", "application/n-triples", "application/rdf+xml"


def test_no_accept_gives_json_and_turtle() -> None:
    assert (negotiate(None).solutions, negotiate(None).graph) == (JSON, TURTLE)


def test_more_specific_range_sets_the_quality() -> None:
    choice = negotiate("text/*;q=0.9, text/csv;q=0.1, text/tab-separated-values;q=0.1, application/xml;q=0.5")
    assert choice.solutions == XML


def test_ties_go_to_the_server_preference() -> None:
    assert negotiate("text/csv, application/sparql-results+json").solutions == JSON


def test_each_kind_gets_its_own_best_format() -> None:
    choice = negotiate("application/n-triples, text/tab-separated-values;q=0.8")
    assert choice.graph == NTRIPLES
    assert choice.solutions is not None and choice.solutions.startswith("text/tab-separated-values")


def test_kind_with_no_acceptable_format_is_none() -> None:
    assert negotiate("text/csv").graph is None


def test_generic_xml_accepts_both_xml_formats() -> None:
    choice = negotiate("application/xml")
    assert (choice.solutions, choice.graph) == (XML, RDFXML)


def test_malformed_quality_counts_as_zero() -> None:
    assert negotiate("application/sparql-results+json;q=high, text/csv;q=0.2").solutions == CSV


def test_format_name_overrides_accept() -> None:
    assert negotiate("text/csv", "json").solutions == JSON


def test_format_may_be_a_media_type() -> None:
    assert negotiate(None, "application/rdf+xml").graph == RDFXML


def test_unknown_format_name_raises_with_the_choices() -> None:
    with pytest.raises(UnsupportedFormatError, match="jsonld"):
        negotiate(None, "yaml")


def test_browser_accept_prefers_html() -> None:
    assert prefers_html("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")


def test_wildcard_accept_does_not_prefer_html() -> None:
    assert not prefers_html("*/*")
