"""Run the SHACL shapes of ``ontology/shapes.ttl`` on the graph with pySHACL."""

from __future__ import annotations

from pathlib import Path

import pyshacl
from rdflib import Graph, Namespace
from rdflib.namespace import RDF

from graph.check.report import Violation
from graph.errors import SourceFileError
from graph.paths import SHAPES_FILE

SH = Namespace("http://www.w3.org/ns/shacl#")

FIX = "Correct the entity's rows in ontology/terms or ontology/facts so that it meets the shape in ontology/shapes.ttl."


def load_shapes(path: Path = SHAPES_FILE) -> Graph:
    """Parse the shapes file, failing with its name and line if it does not parse."""
    shapes = Graph()
    try:
        shapes.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises several unrelated types for bad Turtle
        raise SourceFileError(str(path), str(exc).splitlines()[0]) from exc
    return shapes


def run_shapes(data: Graph, shapes: Graph) -> list[Violation]:
    """Validate ``data`` (an in-memory graph) against ``shapes``; return one violation per result."""
    _conforms, results, _text = pyshacl.validate(data, shacl_graph=shapes, inference="none", allow_warnings=True)
    violations = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        message = results.value(result, SH.resultMessage)
        detail = " ".join(str(part) for part in (path, value) if part is not None)
        violations.append(Violation("shacl", str(focus), str(message or "fails a shape"), FIX, detail))
    return sorted(violations, key=lambda violation: (violation.entity, violation.detail))
