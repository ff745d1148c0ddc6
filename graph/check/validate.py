"""``radix validate``: SHACL shapes, SPARQL quality checks and the OWL RL consistency check."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from rdflib import Graph

from graph.check.checks import load_checks, run_check
from graph.check.consistency import run_consistency
from graph.check.report import Report
from graph.check.shapes import load_shapes, run_shapes
from graph.errors import RadixError
from graph.load.store import memory_copy, oxigraph_store
from graph.paths import ONTOLOGY_DIR


def validate(graph: Graph, ontology_dir: Path = ONTOLOGY_DIR, *, only: Collection[str] | None = None) -> Report:
    """Run every check on ``graph`` (or the checks named in ``only``); the report lists each violation.

    Each violation names its entity, rule and fix. ``only`` (check names as ``radix validate`` lists
    them, "shacl" and "owl-rl" included) lets a caller run the one check it needs: the OWL RL closure
    is the slow one (seconds where the SPARQL checks take milliseconds).
    """
    names = {check.name for check in load_checks(ontology_dir / "checks")} | {"shacl", "owl-rl"}
    unknown = set(only or ()) - names
    if unknown:
        raise RadixError(f"no check named {', '.join(sorted(unknown))}; the checks are {', '.join(sorted(names))}")
    wanted = set(only) if only else names
    report = Report()
    store = oxigraph_store(graph)
    for check in load_checks(ontology_dir / "checks"):
        if check.name in wanted:
            report.extend(check.name, run_check(store, check))
    data = memory_copy(graph)
    if "shacl" in wanted:
        report.extend("shacl", run_shapes(data, load_shapes(ontology_dir / "shapes.ttl")))
    if "owl-rl" in wanted:
        report.extend("owl-rl", run_consistency(data))
    return report
