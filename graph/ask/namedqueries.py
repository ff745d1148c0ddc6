"""The named competency questions of ``queries/``: plain SPARQL files with a grlc comment header.

A file looks like::

    #+ summary: Which muscles does a root supply?
    #+ description: Lists each muscle supplied by the root, primary or contributing, with sources.
    #+ tags:
    #+   - roots
    #+ parameters:
    #+   root: the nerve root (IRI or CURIE), e.g. radix:S1_root
    #+ defaults:
    #+   - root: radix:S1_root
    SELECT ... WHERE { ?muscle radix:innervatedByRoot ?_root_iri . }

As in grlc, a variable ``?_name_iri`` is a parameter taking an IRI and ``?_name`` one taking a
literal. Values are bound with Oxigraph substitutions, never pasted into the text. The header is
YAML, read with PyYAML; ``summary``, ``description`` and ``parameters`` (one entry per parameter
variable) are required.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import yaml

from graph.errors import NamedQueryError, RadixError
from graph.namespaces import CONVERTER
from graph.paths import QUERIES_DIR

PARAMETER = re.compile(r"\?_([A-Za-z][A-Za-z0-9]*?)(_iri)?\b")


@dataclass(frozen=True)
class Parameter:
    """A parameter of a named query: its name, whether it takes an IRI, its meaning and default."""

    name: str
    takes_iri: bool
    description: str
    default: str | None = None

    @property
    def variable(self) -> str:
        """The SPARQL variable (without ``?``) that the value is bound to."""
        return f"_{self.name}_iri" if self.takes_iri else f"_{self.name}"

    def bind(self, value: str) -> ox.NamedNode | ox.Literal:
        """Turn a user's value into the RDF term to bind; IRIs may be given as CURIEs."""
        if not self.takes_iri:
            return ox.Literal(value)
        iri = expand_iri(value)
        if iri is None:
            raise RadixError(f"parameter {self.name!r}: {value!r} is neither a known CURIE nor an absolute IRI")
        return ox.NamedNode(iri)


@dataclass(frozen=True)
class NamedQuery:
    """One file of ``queries/``."""

    name: str
    path: Path
    text: str
    summary: str
    description: str
    tags: list[str] = field(default_factory=list)
    parameters: list[Parameter] = field(default_factory=list)

    def bindings(self, values: dict[str, str] | None = None) -> dict[str, ox.NamedNode | ox.Literal]:
        """Return the substitutions for ``values``, falling back to each parameter's default."""
        values = dict(values or {})
        known = {parameter.name: parameter for parameter in self.parameters}
        unknown = sorted(set(values) - set(known))
        if unknown:
            names = ", ".join(known) or "none"
            raise RadixError(f"query {self.name!r} has no parameter {', '.join(unknown)}; its parameters: {names}")
        result: dict[str, ox.NamedNode | ox.Literal] = {}
        for name, parameter in known.items():
            value = values.get(name, parameter.default)
            if value is None:
                raise RadixError(f"query {self.name!r} needs a value for parameter {name!r}")
            result[parameter.variable] = parameter.bind(value)
        return result


def expand_iri(value: str) -> str | None:
    """Return the IRI for a CURIE or an absolute IRI (``<...>`` allowed), else None."""
    value = value.strip().removeprefix("<").removesuffix(">")
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://\S+$", value):
        return value
    try:
        return CONVERTER.expand(value)
    except ValueError:  # curies raises its own ValueError subclasses for text that is not a CURIE
        return None


def parse_named_query(path: Path, *, strict: bool = True) -> NamedQuery:
    """Read one ``.rq`` file; fail with the file name if its header is missing or malformed.

    With ``strict=False`` (a user's own file) the header may be absent: its ``?_name`` variables
    are still parameters, just without descriptions.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise NamedQueryError(f"{path}: cannot read: {exc}") from exc
    header_lines = [line[2:] for line in text.splitlines() if line.startswith("#+")]
    try:
        header = yaml.safe_load("\n".join(header_lines)) or {}
    except yaml.YAMLError as exc:
        raise NamedQueryError(f"{path}: the #+ header is not valid YAML: {exc}") from exc
    if not isinstance(header, dict):
        raise NamedQueryError(f"{path}: the #+ header must be a mapping of keys to values")
    if not strict and not header_lines:
        header = {"summary": "", "description": "", "parameters": dict.fromkeys(_parameter_names(text), "")}
    for key in ("summary", "description", "parameters"):
        if key not in header:
            raise NamedQueryError(f"{path}: the #+ header lacks {key!r}")
    return NamedQuery(
        name=path.stem,
        path=path,
        text=text,
        summary=str(header["summary"]),
        description=str(header["description"]),
        tags=[str(tag) for tag in header.get("tags") or []],
        parameters=_parameters(path, text, header),
    )


def _parameters(path: Path, text: str, header: dict[str, object]) -> list[Parameter]:
    described = header.get("parameters") or {}
    if not isinstance(described, dict):
        raise NamedQueryError(f"{path}: #+ parameters must map each parameter name to its description")
    defaults: dict[str, str] = {}
    for item in header.get("defaults") or []:  # type: ignore[attr-defined]
        if isinstance(item, dict):
            defaults.update({str(key): str(value) for key, value in item.items()})
    found = _parameter_names(text)
    if set(found) != {str(name) for name in described}:
        raise NamedQueryError(
            f"{path}: #+ parameters names {sorted(map(str, described))} but the query uses {sorted(found)}"
        )
    parameters = [
        Parameter(name, takes_iri, str(described[name]), defaults.get(name))
        for name, takes_iri in sorted(found.items())
    ]
    select = re.search(r"^\s*SELECT\b(.*?)\bWHERE\b", text, flags=re.MULTILINE | re.DOTALL | re.IGNORECASE)
    for parameter in parameters:
        if select is None or f"?{parameter.variable}" not in select.group(1).split():
            raise NamedQueryError(
                f"{path}: parameter ?{parameter.variable} must be in the SELECT clause (and GROUP BY) to be bound"
            )
    return parameters


def _parameter_names(text: str) -> dict[str, bool]:
    """Return the parameter variables of a query body: name -> whether it takes an IRI."""
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    return {match.group(1): bool(match.group(2)) for match in PARAMETER.finditer(body)}


def load_named_queries(folder: Path = QUERIES_DIR) -> dict[str, NamedQuery]:
    """Return every named query of ``folder`` by name (the file stem), in name order."""
    return {path.stem: parse_named_query(path) for path in sorted(folder.glob("*.rq"))}


def named_query_or_file(argument: str, folder: Path = QUERIES_DIR) -> NamedQuery | None:
    """Resolve ``argument`` as a path to an .rq file or the name of a named query, else None."""
    candidate = Path(argument)
    if candidate.suffix == ".rq" and candidate.is_file():
        return parse_named_query(candidate, strict=candidate.resolve().parent == folder.resolve())
    by_name = folder / f"{argument}.rq"
    if re.fullmatch(r"[A-Za-z0-9_-]+", argument) and by_name.is_file():
        return parse_named_query(by_name)
    return None
