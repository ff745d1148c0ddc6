"""The wheel installs one top-level package (``graph``), the ``radix`` script, and the data it needs.

``server.py`` is the checkout's entry point and the HTTP layer is ``graph.web``: neither ``server`` nor
``web`` may appear at the top of site-packages, where they would collide with other distributions.
The wheel is built from a copy of the checkout (setuptools writes build/ next to the sources), then
unpacked and run from outside the checkout, so the packaged data, not the repository's, is used.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
COPIED = ("graph", "ontology", "queries", "pyproject.toml", "README.md")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("source")
    for name in COPIED:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(ROOT / name, source / name)
    out = tmp_path_factory.mktemp("dist")
    command = [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(source)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    [built] = out.glob("*.whl")
    return built


def test_wheel_has_exactly_one_top_level_package(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    top = {name.split("/", 1)[0] for name in names if not name.split("/", 1)[0].endswith(".dist-info")}
    assert top == {"graph"}
    assert not any(name in ("server.py", "web/__init__.py") for name in names)


def test_wheel_declares_the_radix_script_only(wheel: Path) -> None:
    archive = zipfile.ZipFile(wheel)
    [entry_points] = [name for name in archive.namelist() if name.endswith("entry_points.txt")]
    text = archive.read(entry_points).decode()
    assert text.split() == ["[console_scripts]", "radix", "=", "graph.cli:main"]


def test_every_subpackage_of_graph_is_listed() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    on_disk = {".".join(path.parent.relative_to(ROOT).parts) for path in (ROOT / "graph").rglob("__init__.py")}
    assert on_disk <= listed, f"add {sorted(on_disk - listed)} to [tool.setuptools] packages in pyproject.toml"


def test_installed_wheel_answers_from_its_own_data(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    assert (site / "graph" / "data" / "ontology" / "radix.ttl").is_file()
    assert (site / "graph" / "web" / "templates" / "index.html").is_file()
    program = (
        "from graph import paths; print(paths.ONTOLOGY_DIR); from graph.cli import main; main(['query', 's1_symptoms'])"
    )
    result = subprocess.run(
        [sys.executable, "-P", "-c", program],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(site)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.splitlines()[0] == str(site / "graph" / "data" / "ontology")
    assert "ankle reflex" in result.stdout
