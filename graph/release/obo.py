"""Write the class-level release as an OBO 1.4 flat file (``radix.obo``) and as OBO Graphs JSON (``radix.json``).

Both are written here from :class:`~graph.release.stanzas.Stanza` records rather than by a converter
library: the Python ones (pronto, OAK) read OBO well but convert OWL with losses (pronto's OWL reader
keeps no axiom it does not know), and the reference converter, ROBOT, is a Java tool outside the
package registries. The formats are small; the tests parse the OBO file with fastobo (a strict OBO
1.4 parser) and load both files with OAK.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from graph.namespaces import CONVERTER, PREFIXES
from graph.release.stanzas import Stanza

OBO_PURL = "http://purl.obolibrary.org/obo/"


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _unquoted(text: str) -> str:
    return " ".join(text.replace("\\", "\\\\").replace("!", "\\!").replace("{", "\\{").split())


def _idspaces(stanzas: Iterable[Stanza]) -> list[tuple[str, str]]:
    """Return the prefixes used that are not OBO Library ones (these need an ``idspace`` line)."""
    used: set[str] = set()
    for stanza in stanzas:
        for curie in (stanza.id, *stanza.is_a, *stanza.definition_xrefs, *stanza.replaced_by):
            used.add(curie.split(":", 1)[0])
        for predicate, target in stanza.mappings:
            used.update({predicate.split(":", 1)[0], target.split(":", 1)[0]})
        for prop, filler in stanza.relationships:
            used.update({prop.split(":", 1)[0], filler.split(":", 1)[0]})
    return sorted(
        (prefix, PREFIXES[prefix])
        for prefix in used
        if prefix in PREFIXES and PREFIXES[prefix] != f"{OBO_PURL}{prefix}_"
    )


def write_obo(stanzas: list[Stanza], *, date: str, version_iri: str, title: str, licence: str) -> str:
    """Return the OBO 1.4 text of the release."""
    lines = ["format-version: 1.4", f"data-version: radix/releases/{date}"]
    lines += [f"idspace: {prefix} {iri}" for prefix, iri in _idspaces(stanzas)]
    lines += [
        "ontology: radix",
        f"property_value: http://purl.org/dc/terms/title {_quoted(title)} xsd:string",
        f"property_value: http://purl.org/dc/terms/license {licence}",
        f"property_value: http://www.w3.org/2002/07/owl#versionIRI {version_iri}",
        "",
    ]
    for stanza in stanzas:
        lines.append(f"[{stanza.kind}]")
        lines.append(f"id: {stanza.id}")
        if stanza.name:
            lines.append(f"name: {_unquoted(stanza.name)}")
        if stanza.definition:
            lines.append(f"def: {_quoted(stanza.definition)} [{', '.join(stanza.definition_xrefs)}]")
        lines += [f"comment: {_unquoted(comment)}" for comment in stanza.comments[:1]]
        lines += [f"synonym: {_quoted(text)} {scope} []" for scope, text in stanza.synonyms]
        lines += [f"xref: {_unquoted(xref)}" for xref in stanza.xrefs if ":" in xref]
        lines += [f"is_a: {parent}" for parent in stanza.is_a]
        lines += [f"relationship: {prop} {filler}" for prop, filler in stanza.relationships]
        lines += [f"property_value: {predicate} {target}" for predicate, target in stanza.mappings]
        if stanza.deprecated:
            lines.append("is_obsolete: true")
        lines += [f"replaced_by: {target}" for target in stanza.replaced_by]
        lines.append("")
    return "\n".join(lines)


def write_obographs(
    stanzas: list[Stanza], *, ontology_iri: str, version_iri: str, date: str, title: str, licence: str
) -> str:
    """Return the OBO Graphs JSON of the release: nodes with their metadata, and is_a / relationship edges."""

    def iri(curie: str) -> str:
        return CONVERTER.expand(curie) or curie

    nodes, edges = [], []
    for stanza in stanzas:
        meta: dict[str, object] = {}
        if stanza.definition:
            meta["definition"] = {"val": stanza.definition, "xrefs": stanza.definition_xrefs}
        if stanza.comments:
            meta["comments"] = stanza.comments
        if stanza.synonyms:
            meta["synonyms"] = [
                {"pred": "hasExactSynonym" if scope == "EXACT" else "hasRelatedSynonym", "val": text}
                for scope, text in stanza.synonyms
            ]
        if stanza.xrefs:
            meta["xrefs"] = [{"val": xref} for xref in stanza.xrefs]
        if stanza.mappings:
            meta["basicPropertyValues"] = [{"pred": iri(pred), "val": iri(target)} for pred, target in stanza.mappings]
        if stanza.deprecated:
            meta["deprecated"] = True
        node: dict[str, object] = {"id": stanza.iri, "type": "CLASS" if stanza.kind == "Term" else "PROPERTY"}
        if stanza.name:
            node["lbl"] = stanza.name
        if meta:
            node["meta"] = meta
        nodes.append(node)
        pred = "is_a" if stanza.kind == "Term" else "subPropertyOf"
        edges += [{"sub": stanza.iri, "pred": pred, "obj": iri(parent)} for parent in stanza.is_a]
        edges += [{"sub": stanza.iri, "pred": iri(prop), "obj": iri(filler)} for prop, filler in stanza.relationships]
    graph = {
        "id": ontology_iri,
        "meta": {
            "version": version_iri,
            "basicPropertyValues": [
                {"pred": "http://www.w3.org/2002/07/owl#versionInfo", "val": date},
                {"pred": "http://purl.org/dc/terms/title", "val": title},
                {"pred": "http://purl.org/dc/terms/license", "val": licence},
            ],
        },
        "nodes": nodes,
        "edges": edges,
    }
    return json.dumps({"graphs": [graph]}, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
