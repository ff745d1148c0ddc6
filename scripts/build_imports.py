"""Write ontology/imports/{uberon,hp,mondo,doid,icd10cm}.ttl from the reference release extracts.

MIREOT-style import modules: for every external term that ontology/mappings.sssom.tsv maps to, the
term's IRI, label, definition, exact synonyms and its SNOMED CT / UMLS / MeSH (and other known)
cross-references, prefixes normalised by the Radix prefix map, plus the release it came from and
that release's licence. ICD-10-CM terms also carry their instructional notes (inclusion terms,
excludes), since those decide which code a Radix condition falls under.

The HPO module also carries the HPO hierarchy around the mapped terms (``rdfs:subClassOf`` from the
extract's ``parents``, which are HPO's asserted ``is_a`` parents): every HPO term of the extract below a
mapped term (so a patient coded with a more specific term reaches the Radix finding), and every
ancestor of those (so ``HP:0003438 rdfs:subClassOf* ?hp`` walks up to the root). Terms that only
complete the hierarchy carry their label and parents, nothing else. The other extracts' ``parents``
are not imported: for UBERON and Mondo they are a reasoner's distance-1 ancestors mixing ``is_a`` with
``part_of`` (see the reference README), which are not subclass axioms.

Run it after editing the mappings (a developer step; Radix never reads the reference folder at run
time):

    python scripts/build_imports.py --reference ../shared/reference

It fails, naming the row, if a mapping's object is missing from the reference files or its
object_label differs from the release's label.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from graph.load.mappings import OPTIONAL, REQUIRED
from graph.load.store import mapping_paths
from graph.load.tsv import read_rows
from graph.namespaces import CONVERTER, DEFINITION, OIO, PREFIXES, XREF_PREFIXES, normalise_curie
from graph.paths import ONTOLOGY_DIR

csv.field_size_limit(sys.maxsize)

RELEASES = {
    "UBERON": (
        "uberon.tsv",
        "uberon",
        "http://purl.obolibrary.org/obo/uberon.owl",
        "https://creativecommons.org/licenses/by/3.0/",
        "Uberon multi-species anatomy ontology",
    ),
    "HP": (
        "hpo.tsv",
        "hp",
        "http://purl.obolibrary.org/obo/hp.owl",
        "https://hpo.jax.org/app/license",
        "Human Phenotype Ontology",
    ),
    "MONDO": (
        "mondo.tsv",
        "mondo",
        "http://purl.obolibrary.org/obo/mondo.owl",
        "https://creativecommons.org/licenses/by/4.0/",
        "Mondo Disease Ontology",
    ),
    "DOID": (
        "doid.tsv",
        "doid",
        "http://purl.obolibrary.org/obo/doid.owl",
        "https://creativecommons.org/publicdomain/zero/1.0/",
        "Human Disease Ontology",
    ),
    "ICD10CM": ("icd10cm.tsv", "icd10cm", "http://purl.bioontology.org/ontology/ICD10CM/", None, "ICD-10-CM"),
}
"""Prefix -> (reference file, module name, ontology IRI, licence, title)."""

IMPORTS = Namespace("https://w3id.org/radix/imports/")


def mapped_objects(paths: list[Path]) -> dict[str, list[tuple[str, str]]]:
    """Return each mapped object CURIE with the (file:line, object_label) of the rows naming it."""
    objects: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for path in paths:
        for row in read_rows(path, REQUIRED, OPTIONAL):
            objects[row.get("object_id")].append((f"{path.name}:{row.line}", row.get("object_label")))
    return objects


def read_terms(path: Path) -> dict[str, dict[str, str]]:
    """Read a reference term file into {curie: row}."""
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["curie"]: row for row in csv.DictReader(handle, delimiter="\t")}


def read_icd_notes(path: Path) -> dict[str, list[tuple[str, str]]]:
    """Read the ICD-10-CM notes into {code: [(note_type, text)]}, structure rows left out."""
    notes: dict[str, list[tuple[str, str]]] = defaultdict(list)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["note_type"] != "structure":
                notes[row["code"]].append((row["note_type"], row["text"]))
    return notes


def split(cell: str) -> list[str]:
    """Split a multi-valued reference cell."""
    return [value.strip() for value in cell.split("|") if value.strip()]


def hierarchy(terms: dict[str, dict[str, str]], mapped: list[str]) -> tuple[set[str], dict[str, list[str]]]:
    """Return the hierarchy around ``mapped`` (descendants, then their ancestors), and each term's parents."""
    parents = {curie: split(row.get("parents", "")) for curie, row in terms.items()}
    children: dict[str, list[str]] = defaultdict(list)
    for curie, above in parents.items():
        for parent in above:
            children[parent].append(curie)
    below = _closure([curie for curie in mapped if curie in terms], children)
    return _closure(sorted(below), parents), parents


def _closure(start: list[str], neighbours: dict[str, list[str]]) -> set[str]:
    seen, todo = set(start), list(start)
    while todo:
        for other in neighbours.get(todo.pop(), []):
            if other not in seen:
                seen.add(other)
                todo.append(other)
    return seen


def module(
    prefix: str,
    curies: list[str],
    reference: Path,
    problems: list[str],
    objects: dict[str, list[tuple[str, str]]],
) -> Graph:
    """Build the import module of one ontology for the given CURIEs."""
    filename, name, ontology_iri, licence, title = RELEASES[prefix]
    terms = read_terms(reference / "ontology_terms" / filename)
    notes = read_icd_notes(reference / "ontology_terms" / "icd10cm_notes.tsv") if prefix == "ICD10CM" else {}
    graph = Graph()
    for key, value in PREFIXES.items():
        graph.bind(key, value, override=True, replace=True)
    header = IMPORTS[name]
    versions = sorted({terms[curie]["source_version"] for curie in curies if curie in terms})
    sources = sorted({terms[curie]["source_file"] for curie in curies if curie in terms})
    graph.add((header, RDF.type, OWL.Ontology))
    graph.add((header, DCTERMS.title, Literal(f"Radix import module: {title}")))
    graph.add(
        (
            header,
            DCTERMS.description,
            Literal(
                "MIREOT-style import module generated by scripts/build_imports.py from the release extract in "
                "shared/reference: only the terms Radix maps to, with label, definition, exact synonyms and "
                "cross-references (prefixes normalised). Do not edit by hand."
            ),
        )
    )
    for version in versions:
        graph.add((header, OWL.versionInfo, Literal(version)))
    for source in sources:
        graph.add((header, DCTERMS.source, Literal(source)))
    if licence:
        graph.add((header, DCTERMS.license, URIRef(licence)))
    else:
        graph.add(
            (
                header,
                DCTERMS.rights,
                Literal(
                    "ICD-10-CM is published by the US National Center for Health Statistics (CDC) "
                    "and is in the public domain."
                ),
            )
        )
    if prefix == "HP":
        included, parents = hierarchy(terms, curies)
        for curie in sorted(included):
            iri = URIRef(CONVERTER.expand_strict(curie))
            for parent in parents[curie]:
                graph.add((iri, RDFS.subClassOf, URIRef(CONVERTER.expand_strict(parent))))
            if curie not in curies:
                graph.add((iri, RDF.type, OWL.Class))
                graph.add((iri, RDFS.label, Literal(terms[curie]["label"])))
                graph.add((iri, RDFS.isDefinedBy, URIRef(ontology_iri)))
    for curie in curies:
        row = terms.get(curie)
        if row is None:
            problems.append(f"{curie}: not in {filename}")
            continue
        for line, label in objects[curie]:
            if label != row["label"]:
                problems.append(f"{line}: object_label {label!r} but {curie} is {row['label']!r}")
        iri = URIRef(CONVERTER.expand_strict(curie))
        graph.add((iri, RDF.type, OWL.Class))
        graph.add((iri, RDFS.label, Literal(row["label"])))
        graph.add((iri, RDFS.isDefinedBy, URIRef(ontology_iri)))
        if row["definition"]:
            graph.add((iri, DEFINITION, Literal(row["definition"])))
        for synonym in split(row["exact_synonyms"]):
            graph.add((iri, OIO.hasExactSynonym, Literal(synonym)))
        for xref in split(row["xrefs"]):
            try:
                normalised = normalise_curie(xref)
            except ValueError:
                continue
            if normalised.split(":", 1)[0] in XREF_PREFIXES:
                graph.add((iri, OIO.hasDbXref, Literal(normalised)))
        for note_type, text in notes.get(curie, []):
            graph.add((iri, SKOS.note, Literal(f"{note_type}: {text}")))
    return graph


def main(argv: list[str] | None = None) -> int:
    """Build every import module; exit 1 naming each problem if a mapping cannot be honoured."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--reference", type=Path, default=Path("../shared/reference"))
    parser.add_argument("--ontology", type=Path, default=ONTOLOGY_DIR)
    parser.add_argument("--output", type=Path, default=ONTOLOGY_DIR / "imports")
    args = parser.parse_args(argv)
    objects = mapped_objects(mapping_paths(args.ontology))
    by_prefix: dict[str, list[str]] = defaultdict(list)
    for curie in sorted(objects):
        by_prefix[curie.split(":", 1)[0]].append(curie)
    problems: list[str] = []
    for prefix, (_, name, *_rest) in RELEASES.items():
        graph = module(prefix, by_prefix.get(prefix, []), args.reference, problems, objects)
        text = graph.serialize(format="turtle")
        banner = "# GENERATED by scripts/build_imports.py from the reference extracts; do not edit by hand.\n"
        (args.output / f"{name}.ttl").write_text(banner + text, encoding="utf-8")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
