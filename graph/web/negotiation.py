"""Content negotiation: pick the answer format from the Accept header (with q-values) or ``format``.

A query's answer kind (a table of solutions, a boolean, or an RDF graph) is known only once the
engine has parsed it, so the choice is made for both families up front: the best solutions format
and the best graph format the client accepts; the worker then writes whichever the answer needs.

``format`` (or ``output``, as Fuseki and SPARQLWrapper spell it) takes the short names clients send,
Fuseki's among them (``json``, ``xml``, ``csv``, ``tsv``, ``ttl``, ``turtle``, ``n3``, ``nt``,
``json-ld``, ``rdf+xml`` ...) or a media type. A name picks the format of the answer kinds it fits
(``xml`` fits both: SPARQL XML results or RDF/XML); for a kind it does not fit (``turtle`` asked of
a SELECT), the Accept header decides, so a client that sends both gets an answer whenever either can
be honoured. N3 is answered as Turtle, which every N3 reader reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from graph.ask.sparql import GRAPH_FORMATS, SOLUTION_FORMATS
from graph.errors import UnsupportedFormatError


@dataclass(frozen=True)
class Offer:
    """A format the server can write: short name, canonical media type, other names and media types it answers."""

    name: str
    media_type: str
    aliases: tuple[str, ...] = ()
    names: tuple[str, ...] = ()

    @property
    def types(self) -> tuple[str, ...]:
        return (self.media_type.split(";")[0], *self.aliases)

    def answers(self, wanted: str) -> bool:
        """Say whether a ``format`` value (a short name or a media type, lower case) asks for this offer."""
        return wanted == self.name or wanted in self.names or wanted in self.types


SOLUTION_OFFERS = (  # in order of preference when the client ranks several equally
    Offer("json", SOLUTION_FORMATS["json"].media_type, ("application/json",), ("srj", "sparql-results+json")),
    Offer("xml", SOLUTION_FORMATS["xml"].media_type, ("application/xml", "text/xml"), ("srx", "sparql")),
    Offer("csv", SOLUTION_FORMATS["csv"].media_type),
    Offer("tsv", SOLUTION_FORMATS["tsv"].media_type),
)
GRAPH_OFFERS = (
    Offer(
        "ttl",
        GRAPH_FORMATS["ttl"].media_type,
        ("application/x-turtle", "application/turtle", "text/n3", "text/rdf+n3", "application/n3"),
        ("turtle", "n3", "text"),
    ),
    Offer("nt", GRAPH_FORMATS["nt"].media_type, ("text/plain",), ("ntriples", "n-triples")),
    Offer(
        "jsonld",
        GRAPH_FORMATS["jsonld"].media_type,
        ("application/json", "application/x-json+ld"),
        ("json-ld", "json"),
    ),
    Offer(
        "xml",
        GRAPH_FORMATS["xml"].media_type,
        ("application/xml", "text/xml"),
        ("rdf+xml", "rdfxml", "rdf", "owl"),
    ),
)
FORMAT_NAMES = sorted({offer.name for offer in (*SOLUTION_OFFERS, *GRAPH_OFFERS)})
ACCEPTED_NAMES = sorted({name for offer in (*SOLUTION_OFFERS, *GRAPH_OFFERS) for name in (offer.name, *offer.names)})
"""Every short name ``format`` takes (the canonical ones are :data:`FORMAT_NAMES`)."""


def listing(kind: str) -> list[tuple[str, str]]:
    """Return (short name, media type) of each format an answer of ``kind`` can be written in.

    ``kind`` is ``solutions``, ``boolean`` or ``graph``; every 406 message lists these.
    """
    offers = GRAPH_OFFERS if kind == "graph" else SOLUTION_OFFERS
    return [(offer.name, offer.media_type.split(";")[0]) for offer in offers]


@dataclass(frozen=True)
class Choice:
    """The media type to use for each answer kind (None: the client accepts none of that kind)."""

    solutions: str | None
    graph: str | None


@dataclass(frozen=True)
class _Range:
    type: str
    subtype: str
    quality: float

    def matches(self, media_type: str) -> int:
        """How specifically this range matches ``media_type``: 2 exact, 1 ``type/*``, 0 ``*/*``, -1 not."""
        kind, _, sub = media_type.partition("/")
        if self.type == "*":
            return 0
        if self.type != kind:
            return -1
        if self.subtype == "*":
            return 1
        return 2 if self.subtype == sub else -1


@lru_cache(maxsize=512)
def _parse_accept(header: str) -> tuple[_Range, ...]:
    """Parse an Accept header into media ranges; malformed parts are skipped, as HTTP asks."""
    ranges = []
    for part in header.split(","):
        media, *params = (piece.strip() for piece in part.split(";"))
        kind, slash, sub = media.lower().partition("/")
        if not slash or not kind or not sub:
            continue
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = min(1.0, max(0.0, float(value)))
                except ValueError:
                    quality = 0.0
        ranges.append(_Range(kind, sub, quality))
    return tuple(ranges)


def _quality(ranges: tuple[_Range, ...], offer: Offer) -> float:
    """Return the q-value the client gives ``offer``: that of the most specific range matching it."""
    best_specificity, best_quality = -1, 0.0
    for media_type in offer.types:
        for media_range in ranges:
            specificity = media_range.matches(media_type)
            if specificity > best_specificity or (
                specificity == best_specificity and media_range.quality > best_quality
            ):
                best_specificity, best_quality = specificity, media_range.quality
    return best_quality if best_specificity >= 0 else 0.0


def _best(ranges: tuple[_Range, ...], offers: tuple[Offer, ...]) -> str | None:
    scored = [(_quality(ranges, offer), -index, offer) for index, offer in enumerate(offers)]
    quality, _, offer = max(scored, key=lambda item: (item[0], item[1]))
    return offer.media_type if quality > 0 else None


@lru_cache(maxsize=512)
def negotiate(accept: str | None, format_name: str | tuple[str, ...] | None = None) -> Choice:
    """Return the formats to answer in for an ``Accept`` header and optional ``format`` values.

    ``format`` (a short name such as ``json``, ``ttl`` or ``turtle``, or a media type; several
    values are tried in order, as SPARQLWrapper sends two) sets the format of each answer kind it
    fits; the kinds it does not fit are negotiated from Accept. A value that names no format at
    all raises :class:`UnsupportedFormatError`. Without Accept, JSON and Turtle are used.
    """
    wanted = [value.strip().lower() for value in _values(format_name) if value.strip()]
    solutions = next((offer for value in wanted for offer in SOLUTION_OFFERS if offer.answers(value)), None)
    graph = next((offer for value in wanted for offer in GRAPH_OFFERS if offer.answers(value)), None)
    if wanted and solutions is None and graph is None:
        raise UnsupportedFormatError(", ".join(_values(format_name)), ACCEPTED_NAMES, what="format")
    accepted = _from_accept(accept)
    return Choice(
        solutions.media_type if solutions is not None else accepted.solutions,
        graph.media_type if graph is not None else accepted.graph,
    )


def _values(format_name: str | tuple[str, ...] | None) -> tuple[str, ...]:
    if format_name is None:
        return ()
    return (format_name,) if isinstance(format_name, str) else format_name


def _from_accept(accept: str | None) -> Choice:
    if not accept or not accept.strip():
        return Choice(SOLUTION_OFFERS[0].media_type, GRAPH_OFFERS[0].media_type)
    ranges = _parse_accept(accept)
    if not ranges:  # nothing parseable: treat as no preference
        return Choice(SOLUTION_OFFERS[0].media_type, GRAPH_OFFERS[0].media_type)
    return Choice(_best(ranges, SOLUTION_OFFERS), _best(ranges, GRAPH_OFFERS))


def prefers_html(accept: str | None) -> bool:
    """Say whether the client ranks HTML above every RDF format (a browser visiting ``/sparql``)."""
    if not accept:
        return False
    ranges = _parse_accept(accept)
    html = _quality(ranges, Offer("html", "text/html", ("application/xhtml+xml",)))
    rdf = max(_quality(ranges, offer) for offer in GRAPH_OFFERS)
    return html > 0 and html > rdf
