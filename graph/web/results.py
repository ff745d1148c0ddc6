"""Read an answer into a table for an HTML page: IRIs as prefixed names, linked where a browser can follow them.

The query page renders a permalink's answer on the server (so it shows with JavaScript off); the
rules are those of ``static/radix.js``, which renders answers fetched in the page, and both link an IRI
by :func:`graph.web.links.link_target` (``static/links.js``): Radix IRIs to their page here, other
``http(s)`` IRIs to themselves, anything else (``javascript:``) is not a link.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from graph.serve.sandbox import Answer
from graph.web.links import link_target

LOCAL_NAME = re.compile(r"^[\w.\-]+$")
MAX_SHOWN = 2000
"""Rows rendered in the page at most (downloads carry the whole answer)."""


@dataclass(frozen=True)
class Cell:
    """One term as shown: its text, a link (or None), a note (language or datatype) and its full form."""

    text: str
    href: str | None = None
    note: str = ""
    title: str = ""
    kind: str = "literal"


@dataclass
class Shown:
    """An answer as a page shows it: a table (solutions, or triples of a graph) or a yes/no."""

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[list[Cell | None]] = field(default_factory=list)
    boolean: bool | None = None
    count: int = 0
    truncated: bool = False


def compact(iri: str, prefixes: dict[str, str]) -> str:
    """Return ``iri`` as a prefixed name with the longest namespace that fits, else ``<iri>``."""
    for prefix, namespace in sorted(prefixes.items(), key=lambda item: -len(item[1])):
        if iri.startswith(namespace) and LOCAL_NAME.match(iri[len(namespace) :]):
            return f"{prefix}:{iri[len(namespace) :]}"
    return f"<{iri}>"


def _cell(term: dict[str, Any] | None, prefixes: dict[str, str], entity_base: str) -> Cell | None:
    if term is None:
        return None
    value = str(term["value"])
    if term["type"] == "uri":
        return Cell(compact(value, prefixes), link_target(value, entity_base), title=value, kind="iri")
    if term["type"] == "bnode":
        return Cell("_:" + value, kind="bnode")
    note = "@" + term["xml:lang"] if "xml:lang" in term else compact(term.get("datatype", ""), prefixes)
    return Cell(value, note="" if note.endswith(("xsd:string", "<>")) else note)


def _term(term: Any) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    described: dict[str, Any] = {"type": "literal", "value": term.value}
    if term.language:
        described["xml:lang"] = term.language
    else:
        described["datatype"] = term.datatype.value
    return described


def read_answer(answer: Answer, prefixes: dict[str, str], entity_base: str) -> Shown:
    """Read a SPARQL JSON (solutions, boolean) or N-Triples (graph) answer into a :class:`Shown`."""
    if answer.kind == "graph":
        triples = list(ox.parse(answer.body, format=ox.RdfFormat.N_TRIPLES))
        rows = [
            [_cell(_term(term), prefixes, entity_base) for term in (t.subject, t.predicate, t.object)]
            for t in triples[:MAX_SHOWN]
        ]
        shown = Shown("graph", ["subject", "predicate", "object"], rows, count=len(triples))
    else:
        data = json.loads(answer.body)
        if "boolean" in data:
            return Shown("boolean", boolean=bool(data["boolean"]), count=1)
        variables = list(data["head"]["vars"])
        bindings = data["results"]["bindings"]
        rows = [[_cell(row.get(name), prefixes, entity_base) for name in variables] for row in bindings[:MAX_SHOWN]]
        shown = Shown("solutions", variables, rows, count=len(bindings))
    shown.truncated = answer.truncated or shown.count > MAX_SHOWN
    return shown
