"""Build a release into a folder: ``radix release -o DIR [--date YYYY-MM-DD] [--previous DIR]``.

Writes ``radix.owl`` (full, RDF/XML), ``radix-base.owl``, ``radix.obo``, ``radix.json`` (OBO Graphs),
``radix.sssom.tsv`` and ``release-notes.md``. The previous release the notes compare with is
``--previous`` (a release folder or its base file), or else the release already in DIR, read before it
is overwritten. Every file is written to a temporary name and renamed into place once all are built,
so a failed build leaves DIR as it was.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pyoxigraph as ox

from graph.errors import RadixError
from graph.load.store import load_graph, oxigraph_store
from graph.namespaces import PREFIXES
from graph.paths import ONTOLOGY_DIR
from graph.release import notes, views
from graph.release.obo import write_obo, write_obographs
from graph.release.stanzas import read_stanzas
from graph.release.views import value

FILES = ("radix.owl", "radix-base.owl", "radix.obo", "radix.json", "radix.sssom.tsv", "release-notes.md")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TITLE = "Radix: a knowledge graph of spinal nerve root disorders"
LICENCE = "https://creativecommons.org/licenses/by/4.0/"


def today() -> str:
    """Return today's date (UTC) as YYYY-MM-DD, the release's version."""
    return dt.datetime.now(dt.UTC).date().isoformat()


def _rdfxml(triples: list[ox.Triple]) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.RDF_XML, prefixes=PREFIXES) or b""


def _sssom(ontology_dir: Path, date: str) -> bytes:
    """Return the SSSOM mapping set with its version set to the release date."""
    text = (ontology_dir / "mappings.sssom.tsv").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^#mapping_set_version: .*$", f"#mapping_set_version: {date}", text)
    return text.encode("utf-8")


def _previous(output: Path, previous: Path | None) -> tuple[notes.Snapshot | None, str | None]:
    path = previous if previous is not None else output
    if path.is_dir():
        path = path / "radix-base.owl"
    if not path.is_file():
        if previous is not None:
            raise RadixError(f"no previous release at {previous} (give a release folder or its radix-base.owl)")
        return None, None
    triples = notes.read_base(path)
    versions = [value(t.object) for t in triples if value(t.predicate) == views.OWL + "versionIRI"]
    return notes.snapshot(triples), (versions[0] if versions else str(path))


def build_release(
    output: Path, *, date: str | None = None, previous: Path | None = None, ontology_dir: Path = ONTOLOGY_DIR
) -> dict[str, int]:
    """Build the release into ``output``; return the size in bytes of each file written."""
    date = date or today()
    if not DATE.match(date):
        raise RadixError(f"--date {date!r} must be YYYY-MM-DD")
    output.mkdir(parents=True, exist_ok=True)
    before, before_version = _previous(output, previous)
    store = oxigraph_store(load_graph(ontology_dir))
    full = views.full(store, date)
    base = views.base(full, date, store)
    full_store = ox.Store()
    full_store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in full)
    stanzas = read_stanzas(full_store)
    version_iri = views.release_iri(date, "radix.owl")
    contents = {
        "radix.owl": _rdfxml(full),
        "radix-base.owl": _rdfxml(base),
        "radix.obo": write_obo(stanzas, date=date, version_iri=version_iri, title=TITLE, licence=LICENCE).encode(),
        "radix.json": write_obographs(
            stanzas, ontology_iri=views.ONTOLOGY, version_iri=version_iri, date=date, title=TITLE, licence=LICENCE
        ).encode(),
        "radix.sssom.tsv": _sssom(ontology_dir, date),
    }
    sizes = {name: len(data) for name, data in contents.items()}
    text = notes.release_notes(notes.snapshot(base), before, date=date, previous_version=before_version, sizes=sizes)
    contents["release-notes.md"] = text.encode("utf-8")
    sizes["release-notes.md"] = len(contents["release-notes.md"])
    temporary = {name: output / f".{name}.partial" for name in contents}
    try:
        for name, data in contents.items():
            temporary[name].write_bytes(data)
        for name, path in temporary.items():
            path.replace(output / name)
    except OSError as exc:
        for path in temporary.values():
            path.unlink(missing_ok=True)
        raise RadixError(f"cannot write the release into {output}: {exc.strerror}") from exc
    return sizes
