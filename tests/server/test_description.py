"""What SPARQL editors read from the endpoint: examples as SHACL executables, prefixes, VoID partitions.

Example queries are ``sh:SPARQLExecutable`` s, prefixes ``sh:declare`` d, and VoID class partitions carry
the properties (and value classes) of each class.

The queries below are the ones SIB's sparql-editor sends (packages/sparql-editor/src/metadata.ts).
"""

from __future__ import annotations

import json
from typing import Any

from flask.testing import FlaskClient

from graph.ask.namedqueries import load_named_queries

EXAMPLES = """PREFIX sh: <http://www.w3.org/ns/shacl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
SELECT DISTINCT ?sq ?comment ?query ?target WHERE {
  ?sq a sh:SPARQLExecutable, sh:SPARQLSelectExecutable ; rdfs:comment ?comment ; sh:select ?query .
  OPTIONAL { ?sq schema:target ?target }
} ORDER BY ?sq"""
PREFIXES = """PREFIX sh: <http://www.w3.org/ns/shacl#>
SELECT DISTINCT ?prefix ?namespace WHERE { [] sh:namespace ?namespace ; sh:prefix ?prefix } ORDER BY ?prefix"""
PARTITIONS = """PREFIX void: <http://rdfs.org/ns/void#>
PREFIX void-ext: <http://ldf.fi/void-ext#>
SELECT DISTINCT ?subjectClass ?prop ?objectClass ?objectDatatype WHERE {
  ?cp void:class ?subjectClass ; void:propertyPartition ?pp .
  ?pp void:property ?prop .
  OPTIONAL { { ?pp void:classPartition [ void:class ?objectClass ] } UNION
             { ?pp void-ext:datatypePartition [ void-ext:datatype ?objectDatatype ] } }
}"""


def select(client: FlaskClient, query: str) -> list[dict[str, Any]]:
    response = client.get("/sparql", query_string={"query": query})
    assert response.status_code == 200, response.data
    return list(json.loads(response.data)["results"]["bindings"])


def test_every_named_query_is_a_shacl_select_executable(client: FlaskClient) -> None:
    rows = select(client, EXAMPLES)
    names = {row["sq"]["value"].rsplit("/", 1)[-1] for row in rows}
    assert names == set(load_named_queries())
    muscles = next(row for row in rows if row["sq"]["value"].endswith("/root_muscles"))
    assert muscles["comment"]["value"].startswith("Which muscles does a nerve root supply?")
    assert "SELECT" in muscles["query"]["value"] and "#+" not in muscles["query"]["value"]


def test_an_example_runs_as_published(client: FlaskClient) -> None:
    text = next(row["query"]["value"] for row in select(client, EXAMPLES) if row["sq"]["value"].endswith("/red_flags"))
    assert select(client, text)


def test_prefixes_are_declared(client: FlaskClient) -> None:
    declared = {row["prefix"]["value"]: row["namespace"]["value"] for row in select(client, PREFIXES)}
    assert declared["radix"] == "https://w3id.org/radix/" and declared["HP"] == "http://purl.obolibrary.org/obo/HP_"


def test_void_says_which_properties_each_class_has_and_what_they_point_to(client: FlaskClient) -> None:
    rows = select(client, PARTITIONS)
    muscle = [row for row in rows if row["subjectClass"]["value"] == "https://w3id.org/radix/Muscle"]
    linked = {(row["prop"]["value"], row.get("objectClass", {}).get("value")) for row in muscle}
    assert ("https://w3id.org/radix/hasPrimaryRoot", "https://w3id.org/radix/NerveRoot") in linked
    assert any(row.get("objectDatatype") for row in muscle)  # labels: a datatype partition


def test_the_void_page_has_the_partitions_too(client: FlaskClient) -> None:
    turtle = client.get("/void", headers={"Accept": "text/turtle"}).data.decode()
    assert "void:classPartition" in turtle and "void-ext:datatypePartition" in turtle
