"""Where the project's data lives: the ontology sources and the named queries.

Radix is installed from its checkout (``pip install -e .``), so the data folders are found next to
the package rather than copied into it.
"""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_DIR = PROJECT_ROOT / "ontology"
QUERIES_DIR = PROJECT_ROOT / "queries"
CHECKS_DIR = ONTOLOGY_DIR / "checks"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
MAPPINGS_FILE = ONTOLOGY_DIR / "mappings.sssom.tsv"
