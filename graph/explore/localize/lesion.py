"""Lesions as data: what a lesion is, what it reaches, a hypothesis (a condition as a lesion at a site).

Also when a qualified edge holds for a lesion. :mod:`graph.explore.localize.anatomy` computes a
:class:`Reach` from the graph's traversals and :mod:`graph.explore.localize.hypotheses` builds the
:class:`Hypothesis` list; the model and the explanations read them. Kept apart from both so each stays
one module of one job.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from graph.namespaces import BASE


@dataclass(frozen=True)
class Lesion:
    """Where a lesion is: roots, nerves or plexus elements (at a site, if given), structures; sidedness."""

    roots: frozenset[str] = frozenset()
    nerves: frozenset[str] = frozenset()
    at: str | None = None
    structures: frozenset[str] = frozenset()
    bilateral: bool = False
    involvement: tuple[tuple[str, float], ...] = ()
    """For a lesion of several roots or nerves: how often each is involved (the graph's frequency of the
    ``affectsRoot``/``affectsNerve`` statement); a root or nerve not listed here is always involved."""


@dataclass
class Reach:
    """The anatomy a lesion reaches, each item with a strength (1 = fully, less = partly)."""

    muscles: dict[str, float] = field(default_factory=dict)
    movements: dict[str, float] = field(default_factory=dict)
    reflexes: dict[str, float] = field(default_factory=dict)
    regions: dict[str, float] = field(default_factory=dict)
    """Skin regions with every part of them (a reached region reaches its parts)."""
    wholes: dict[str, float] = field(default_factory=dict)
    """Regions that a reached region is part of (a deficit named there is partly within reach)."""
    roots: set[str] = field(default_factory=set)
    nerves: set[str] = field(default_factory=set)

    def merge(self, other: Reach) -> None:
        """Add another reach to this one (a lesion of several roots or nerves)."""
        for mine, theirs in (
            (self.muscles, other.muscles),
            (self.movements, other.movements),
            (self.reflexes, other.reflexes),
            (self.regions, other.regions),
            (self.wholes, other.wholes),
        ):
            for key, value in theirs.items():
                mine[key] = max(mine.get(key, 0.0), value)
        self.roots |= other.roots
        self.nerves |= other.nerves

    def scaled(self, share: float) -> Reach:
        """Return this reach with every strength times ``share`` (a root or nerve involved only sometimes)."""
        if share >= 1.0:
            return self

        def times(table: dict[str, float]) -> dict[str, float]:
            return {key: value * share for key, value in table.items()}

        return Reach(times(self.muscles), times(self.movements), times(self.reflexes), times(self.regions),
                     times(self.wholes), set(self.roots), set(self.nerves))  # fmt: skip

    def strength(self, kind: str, node: str) -> float:
        """Return how strongly the lesion reaches ``node`` as anatomy of ``kind`` (0 when it does not)."""
        if kind == "region":
            return self.regions.get(node) or 0.5 * self.wholes.get(node, 0.0)
        tables = {"muscle": self.muscles, "movement": self.movements, "reflex": self.reflexes}
        return tables[kind].get(node, 0.0) if kind in tables else 0.0  # (until stop 21 "reflex" found no table)

    @property
    def size(self) -> int:
        """How much anatomy the lesion reaches (for reports)."""
        return len(self.muscles) + len(self.movements) + len(self.reflexes) + len(self.regions)


def holds(contexts: Iterable[dict[str, Any]] | None, lesion: Lesion, distal: dict[str, set[str]]) -> bool:
    """Return True when an edge with these axiom contexts holds for the lesion.

    An edge without contexts, or with an unqualified axiom (``{}``), holds. A qualified axiom holds
    when each of its qualifiers is met: ``site`` by a lesion at that site or proximal to it,
    ``laterality`` by a lesion of that sidedness; other qualifiers (``when``, ``onset``, ...) are
    conditions the localiser cannot check, so an edge holding only under them is not crossed.

    >>> holds(None, Lesion(), {})
    True
    >>> holds([{"site": "tarsal_tunnel"}], Lesion(at="popliteal_fossa"), {"tarsal_tunnel": {"popliteal_fossa"}})
    True
    >>> holds([{"site": "popliteal_fossa"}], Lesion(at="tarsal_tunnel"), {"tarsal_tunnel": {"popliteal_fossa"}})
    False
    >>> holds([{"laterality": "bilateral"}], Lesion(bilateral=False), {})
    False
    """
    if not contexts:
        return True
    return any(_context_holds(context, lesion, distal) for context in contexts)


DESCRIPTIVE = frozenset({"onset", "course", "timing"})
"""Qualifiers that say how a statement holds, not when: they never stop an edge (docs/model-v2-plan.md §1)."""


def _context_holds(context: dict[str, Any], lesion: Lesion, distal: dict[str, set[str]]) -> bool:
    for key, value in context.items():
        value = local_name(value)
        if key in DESCRIPTIVE:
            continue
        if key == "site":
            if lesion.at is None or not (value == lesion.at or lesion.at in distal.get(value, set())):
                return False
        elif key == "laterality":
            if (value == "bilateral") != lesion.bilateral:
                return False
        else:
            return False
    return True


def local_name(value: Any) -> Any:
    """Return the local name of an IRI (what qualifiers and sites are compared by); other values unchanged."""
    if isinstance(value, str) and "/" in value:
        return value.rsplit("/", 1)[-1]
    return value


COVERINGS = frozenset({BASE + "leptomeninges"})
"""Coverings of the roots and cord: a lesion spreading along them is shown with them ("cauda equina, leptomeninges")
but is a lesion at the structure they cover, and shares that structure's prior (``Site.covered_key``); the structure's
causes (a disc compressing the cauda equina) are not the covering's (``causes.causes_by_site``)."""


@dataclass(frozen=True)
class Site:
    """A lesion site: a stable key, its words, its kind and the Radix ids that name it."""

    key: str
    label: str
    kind: str
    anatomy: tuple[str, ...]

    @cached_property
    def covered_key(self) -> str:
        """The key of the site without its coverings (:data:`COVERINGS`): the structure a lesion there is at.

        Found once per site (until stop 38 a function called for every hypothesis of every request).
        """
        covered = tuple(i for i in self.anatomy if i not in COVERINGS)
        return "+".join(curie(i) for i in covered) if covered and len(covered) < len(self.anatomy) else self.key

    def as_dict(self) -> dict[str, Any]:
        """Return the site as a JSON-ready dict."""
        return {"id": self.key, "label": self.label, "kind": self.kind, "anatomy": [curie(a) for a in self.anatomy]}


@dataclass
class Hypothesis:
    """A condition as a lesion: its site, reach, stated findings and prior."""

    iri: str
    label: str
    site: Site
    lesion: Lesion
    reach: Reach
    explicit: dict[str, tuple[float, str]] = field(default_factory=dict)
    """Finding -> (P(finding | condition), the word or number it came from)."""
    lacks: set[str] = field(default_factory=set)
    required: set[str] = field(default_factory=set)
    """Risk factors the condition requires (``riskFactorFor`` "always": diabetes for diabetic amyotrophy)."""
    aggravated: dict[str, float] = field(default_factory=dict)
    relieved: dict[str, float] = field(default_factory=dict)
    given: dict[str, tuple[float, str, frozenset[str]]] = field(default_factory=dict)
    """Findings stated only once another is present (``when=`` a finding): P, its word, and the findings it needs
    (a length-dependent polyneuropathy's numb hands, once its stocking has risen to mid-shin: ``Model._once_given``)."""
    pain_regions: set[str] = field(default_factory=set)
    """Where the condition's own pain findings are or radiate (with their parts): pain there is within it."""
    red_flag: bool = False
    urgent: bool = False
    priors: dict[str, float] = field(default_factory=dict)
    """The prior of this hypothesis in each set of priors (``priors.PRIORS``: "uniform", "incidence")."""
    anatomical: bool = False
    """True for a lesion known only by its anatomy (a nerve with no named condition in the graph)."""
    at_root: str | None = None
    """For a cause that compresses one root of several (``compressesRoot`` read as P(root | cause)): the root
    this hypothesis puts it at; the cause is then one hypothesis per root (:meth:`HypothesisBuilder.build`)."""
    share: float = 1.0
    """The share of the condition's prior this hypothesis carries (P(root | cause) for one at a root)."""
    at_roots: tuple[str, ...] = ()
    """For a radiculopathy of two adjacent roots (``two_roots.py``): the two roots this hypothesis puts it at."""
    parts: tuple[Hypothesis, ...] = ()
    """For a radiculopathy of two adjacent roots: its two one-root radiculopathies (which root states what)."""
    carries: str | None = None
    """For a cause at the site of a lesion it makes (``known_cause.py``): that lesion, whose picture it carries."""
    both_sides: bool = False
    """For a one-sided lesion a number says is often on both sides at once (``both_sides.py``): this is that form."""
    key: str = field(init=False)
    """A unique key: the condition's IRI, with the root for a cause placed at one root of several, or "both sides"."""

    def __post_init__(self) -> None:
        where = "|".join(filter(None, (self.at_root, "+".join(self.at_roots), "both sides" if self.both_sides else "")))
        self.key = f"{self.iri}@{where}" if where else self.iri  # every part: a twin at a root is no root's own form


def curie(iri: str) -> str:
    """Compress a Radix IRI to ``radix:local`` (others unchanged)."""
    return "radix:" + iri.removeprefix(BASE) if iri.startswith(BASE) else iri
