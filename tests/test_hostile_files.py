"""Red team, issue 14 item 9: a hostile --data file gets ``radix: FILE: message``, exit 2, bounded memory and time.

The attacks: a 1 KB RDF/XML "billion laughs" grew the process to 20 GB in 60 s (and aborted with a
Rust backtrace under a memory limit); a 792-byte one expanding to a 30 MB literal made the server
start and then loop respawning query workers that could not reload the snapshot; a Turtle file with
a 20 MB literal exited 1 with a Python MemoryError traceback. Each is run here as ``radix serve
--data FILE`` in a child process with a 3 GB address-space cap and a time limit: no test can take
the machine's memory or hang.
"""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.errors import SourceFileError
from graph.load.limits import MAX_LITERAL_SETTING, LoadLimits, check_entities
from graph.load.store import load_file

ROOT = Path(__file__).resolve().parents[1]
MEMORY_CAP = 3 * 1024**3
"""Address space of the child ``radix serve``: room for Python and its libraries, not for a bomb."""

RDF_XML = """<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [
{entities}
]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
  <rdf:Description rdf:about="http://example.org/s"><ex:p>{body}</ex:p></rdf:Description>
</rdf:RDF>
"""


def _laughs(levels: int, width: int = 10, seed: str = "lol") -> str:
    """Return an RDF/XML file whose entity e{levels} expands to ``width ** levels`` copies of ``seed``."""
    entities = [f'<!ENTITY e0 "{seed}">']
    entities += [f'<!ENTITY e{n} "{f"&e{n - 1};" * width}">' for n in range(1, levels + 1)]
    return RDF_XML.format(entities="\n".join(entities), body=f"&e{levels};")


def _serve(path: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """Run ``radix serve --data-only --data PATH`` (it must stop before serving) under the memory cap."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))

    return subprocess.run(
        [sys.executable, "-m", "graph", "serve", "--data-only", "--data", str(path), "--port", "9", *options],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,  # a refusal takes well under a second of work; the old code ran until the cap
        preexec_fn=cap,
    )


def _refused(done: subprocess.CompletedProcess[str], path: Path, words: str) -> None:
    assert done.returncode == 2, done.stderr[-2000:]
    assert done.stderr.startswith(f"radix: {path}: "), done.stderr[-2000:]
    assert words in done.stderr
    assert "Traceback" not in done.stderr and "panicked" not in done.stderr


def test_a_billion_laughs_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "laughs.rdf"
    path.write_text(_laughs(9), encoding="utf-8")  # 3 bytes x 10^9
    assert path.stat().st_size < 1500
    _refused(_serve(path), path, "its XML entities would expand it by more than 16,777,216 bytes")


def test_a_thirty_megabyte_literal_from_entities_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "thirty.rdf"
    path.write_text(_laughs(6, width=10, seed="x" * 30), encoding="utf-8")  # 30 bytes x 10^6
    _refused(_serve(path), path, "XML entities would expand it")


def test_a_twenty_megabyte_turtle_literal_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.ttl"
    path.write_text(f'<urn:a> <urn:b> "{"x" * 20_000_000}" .\n', encoding="utf-8")
    _refused(_serve(path), path, "a term is longer than the 16,777,216 bytes the RDF parser reads")


def test_a_literal_over_the_limit_is_refused_and_the_limit_can_be_set(tmp_path: Path) -> None:
    path = tmp_path / "long.nt"
    path.write_text(f'<urn:a> <urn:b> "{"y" * 2_000}" .\n', encoding="utf-8")
    _refused(_serve(path, "--max-literal-length", "1000"), path, "a literal of 2,000 characters")
    store = ox.Store()
    load_file(store, path)  # the default limit, a million characters, lets it through
    assert len(store) == 1


def test_the_entity_expansion_limit_can_be_set(tmp_path: Path) -> None:
    path = tmp_path / "namespaces.rdf"
    path.write_text(_laughs(2, width=10, seed="http://example.org/long/namespace/"), encoding="utf-8")
    check_entities(path, LoadLimits().max_entity_expansion)  # ordinary use of entities passes
    with pytest.raises(SourceFileError, match="more than 100 bytes"):
        check_entities(path, 100)
    _refused(_serve(path, "--max-entity-expansion", "100"), path, "more than 100 bytes")


def test_entities_that_refer_to_themselves_or_nest_deeply_are_refused(tmp_path: Path) -> None:
    cycle = tmp_path / "cycle.rdf"
    cycle.write_text(RDF_XML.format(entities='<!ENTITY a "&b;">\n<!ENTITY b "&a;">', body="&a;"), encoding="utf-8")
    with pytest.raises(SourceFileError, match="refers to itself"):
        check_entities(cycle, 1_000_000)
    deep = tmp_path / "deep.rdf"
    chain = [f'<!ENTITY e{n} "&e{n - 1};">' for n in range(4999, 0, -1)] + ['<!ENTITY e0 "x">']  # last first
    deep.write_text(RDF_XML.format(entities="\n".join(chain), body="&e4999;"), encoding="utf-8")
    with pytest.raises(SourceFileError, match="too deeply"):
        check_entities(deep, 1_000_000)


def test_the_literal_limit_cannot_be_set_past_what_a_snapshot_reloads(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="between 1 and 2,000,000"):
        LoadLimits(max_literal_length=MAX_LITERAL_SETTING + 1)
    # The longest literal allowed, in the characters N-Quads escapes longest, still parses back.
    literal = ox.Literal("\x01" * MAX_LITERAL_SETTING)
    dump = ox.serialize([ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), literal)], format=ox.RdfFormat.N_QUADS)
    assert dump is not None
    [quad] = ox.parse(dump, format=ox.RdfFormat.N_QUADS)
    assert quad.object == literal
