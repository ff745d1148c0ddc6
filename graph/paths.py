"""Where the project's data lives: the ontology sources and the named queries.

In a checkout (``pip install -e .``) the data folders are the repository's own ``ontology/`` and
``queries/``, next to the package, so edits take effect at once. An installed wheel carries copies
of them inside the package, as ``graph/data/ontology`` and ``graph/data/queries``.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent

PROJECT_ROOT = _CHECKOUT if (_CHECKOUT / "ontology" / "radix.ttl").is_file() else _PACKAGE / "data"
"""The folder holding ``ontology/`` and ``queries/``: the checkout, or the installed package's data."""
ONTOLOGY_DIR = PROJECT_ROOT / "ontology"
QUERIES_DIR = PROJECT_ROOT / "queries"
CHECKS_DIR = ONTOLOGY_DIR / "checks"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
MAPPINGS_FILE = ONTOLOGY_DIR / "mappings.sssom.tsv"
