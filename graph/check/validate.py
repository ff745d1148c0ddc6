"""``radix validate``: SHACL shapes, SPARQL quality checks and the OWL RL consistency check."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from graph.check.checks import load_checks, run_check
from graph.check.consistency import run_consistency
from graph.check.report import Report
from graph.check.shapes import load_shapes, run_shapes
from graph.load.store import memory_copy, oxigraph_store
from graph.paths import ONTOLOGY_DIR


def validate(graph: Graph, ontology_dir: Path = ONTOLOGY_DIR) -> Report:
    """Run every check on ``graph``; the report lists each violation with its entity, rule and fix."""
    report = Report()
    store = oxigraph_store(graph)
    for check in load_checks(ontology_dir / "checks"):
        report.extend(check.name, run_check(store, check))
    data = memory_copy(graph)
    report.extend("shacl", run_shapes(data, load_shapes(ontology_dir / "shapes.ttl")))
    report.extend("owl-rl", run_consistency(data))
    return report
