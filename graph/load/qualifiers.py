"""The qualifier registry: the context a statement holds in, written ``key=value; key=value`` in a fact row.

A fact row's ``qualifiers`` cell puts its context on the row's ``owl:Axiom`` (SEPIO-style contextual
qualifiers; Biolink calls them qualifiers too), one annotation property per key:

========== ===================== ==================================================== ============
key        property on the axiom values                                               kind
========== ===================== ==================================================== ============
laterality ``radix:laterality``  ``unilateral``, ``bilateral``                        restrictive
site       ``radix:atSite``      a ``radix:LesionSite`` entity (``tarsal_tunnel``)    structural
when       ``radix:holdsWhen``   an Activity, Condition, RiskFactor or finding        restrictive
onset      ``radix:onset``       ``acute``, ``subacute``, ``insidious``               descriptive
course     ``radix:course``      ``progressive``, ``relapsing``, ``monophasic``, ...  descriptive
timing     ``radix:timing``      ``early``, ``late``                                  descriptive
========== ===================== ==================================================== ============

*Restrictive* qualifiers say when a statement holds at all: a traversal crosses such an edge only
when its context says so (the localiser checks a ``when`` that is a finding against the note's findings:
``localize.model.Model._once_given``). *Structural* ones (the site of a nerve lesion, or where a branch leaves
the nerve) are checked pairwise: a lesion reaches only what leaves at or distal to its site.
*Descriptive* ones say how the statement holds (sphincter loss comes early in conus lesions); they
are shown with it and never block a path. The same registry is declared in ``ontology/radix.ttl``
(each property carries ``radix:qualifierKey``); a test keeps the two equal.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from graph.namespaces import RADIX


@dataclass(frozen=True)
class Qualifier:
    """One qualifier key: the annotation property it writes, its kind, and the values it allows.

    ``values`` is the closed list of value identifiers for an enumerated qualifier; empty means
    the value is any Radix entity (its class is checked by the SHACL shapes).
    """

    key: str
    property: URIRef
    kind: str
    values: tuple[str, ...] = ()


QUALIFIERS: dict[str, Qualifier] = {
    q.key: q
    for q in (
        Qualifier("laterality", RADIX.laterality, "restrictive", ("unilateral", "bilateral")),
        Qualifier("site", RADIX.atSite, "structural"),
        Qualifier("when", RADIX.holdsWhen, "restrictive"),
        Qualifier("onset", RADIX.onset, "descriptive", ("acute", "subacute", "insidious")),
        Qualifier("course", RADIX.course, "descriptive", ("progressive", "relapsing", "monophasic", "chronic")),
        Qualifier("timing", RADIX.timing, "descriptive", ("early", "late")),
    )
}
"""The qualifier keys a fact row may use, by key."""

BY_PROPERTY: dict[str, Qualifier] = {str(q.property): q for q in QUALIFIERS.values()}
"""The same registry, by the IRI of the annotation property."""

RESTRICTIVE = frozenset(key for key, q in QUALIFIERS.items() if q.kind == "restrictive")
STRUCTURAL = frozenset(key for key, q in QUALIFIERS.items() if q.kind == "structural")
DESCRIPTIVE = frozenset(key for key, q in QUALIFIERS.items() if q.kind == "descriptive")


def parse_qualifiers(text: str) -> dict[str, str]:
    """Parse a qualifiers cell into ``{key: value}``; raise ValueError naming what is wrong.

    >>> parse_qualifiers("laterality=bilateral; timing=late")
    {'laterality': 'bilateral', 'timing': 'late'}
    >>> parse_qualifiers("")
    {}
    >>> parse_qualifiers("side=left")
    Traceback (most recent call last):
    ...
    ValueError: unknown qualifier 'side'; qualifiers are laterality, site, when, onset, course, timing
    """
    parsed: dict[str, str] = {}
    for part in text.split(";"):
        if not part.strip():
            continue
        key, equals, value = part.partition("=")
        key, value = key.strip(), value.strip()
        if not equals or not key or not value:
            raise ValueError(f"qualifier {part.strip()!r} is not of the form key=value")
        if key not in QUALIFIERS:
            raise ValueError(f"unknown qualifier {key!r}; qualifiers are {', '.join(QUALIFIERS)}")
        if key in parsed:
            raise ValueError(f"qualifier {key!r} is given twice")
        allowed = QUALIFIERS[key].values
        if allowed and value not in allowed:
            raise ValueError(f"{key} must be one of {', '.join(allowed)}, not {value!r}")
        parsed[key] = value
    return parsed
