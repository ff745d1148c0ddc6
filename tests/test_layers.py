"""The rooms of graph/ keep their layering: import-linter's contracts (pyproject.toml) hold, and bite.

The contracts: the knowledge rooms (load, ask, check, explore) never import the serving machinery or
the HTTP layer; the serving machinery knows nothing of HTTP; only graph.web imports Flask; and loading,
asking, checking and exploring depend on each other only down the flow.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def lint_imports(cwd: Path) -> subprocess.CompletedProcess[str]:
    tool = Path(sys.executable).parent / "lint-imports"
    assert tool.exists(), f"lint-imports is not installed next to {sys.executable}; install the [test] extra"
    environment = {**os.environ, "PYTHONPATH": str(cwd)}
    return subprocess.run(
        [str(tool), "--no-cache"], cwd=cwd, env=environment, capture_output=True, text=True, timeout=300
    )


def test_the_layering_contracts_hold() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.fixture()
def copy_of_package(tmp_path: Path) -> Path:
    """Return a copy of the package and its contracts, to plant a forbidden import in."""
    shutil.copytree(ROOT / "graph", tmp_path / "graph", ignore=shutil.ignore_patterns("__pycache__", "data"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


@pytest.mark.parametrize(
    ("module", "planted", "contract"),
    [
        ("graph/explore/related.py", "import flask", "Only the HTTP room imports Flask"),
        ("graph/load/store.py", "from graph.serve import cache", "never import the serving machinery"),
        ("graph/check/report.py", "from graph.web import draw", "never import the serving machinery"),
        ("graph/serve/cache.py", "import werkzeug", "The serving machinery knows nothing of HTTP"),
        ("graph/load/tsv.py", "from graph.explore import search", "Data flows one way"),
    ],
)
def test_a_forbidden_import_breaks_a_contract(copy_of_package: Path, module: str, planted: str, contract: str) -> None:
    path = copy_of_package / module
    path.write_text(path.read_text(encoding="utf-8") + f"\n{planted}  # planted by the test\n", encoding="utf-8")
    result = lint_imports(copy_of_package)
    assert result.returncode != 0, f"planting {planted!r} in {module} broke no contract"
    broken = result.stdout.split("Broken contracts")[-1]
    assert contract in " ".join(broken.split()), result.stdout


MAX_LINES = 400


def test_long_modules_say_why_they_are_one_piece() -> None:
    long_without_reason = []
    for path in sorted((ROOT / "graph").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if text.count("\n") > MAX_LINES:
            docstring = text.split('"""')[1] if text.startswith('"""') else ""
            if "size guide" not in docstring:
                long_without_reason.append(f"{path.relative_to(ROOT)} ({text.count(chr(10))} lines)")
    assert not long_without_reason, (
        f"modules over {MAX_LINES} lines must split, or say in their docstring why they are one piece "
        f"(mention the house's 'size guide'): {', '.join(long_without_reason)}"
    )


def test_few_modules_stay_at_the_top_of_the_package() -> None:
    top = sorted(path.name for path in (ROOT / "graph").glob("*.py"))
    assert len(top) <= 12, f"graph/ holds {len(top)} modules directly; give new code a room: {top}"
