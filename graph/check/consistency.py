"""The OWL 2 RL consistency check (owlrl): finds where the graph contradicts its own class axioms.

Only the triples that OWL RL reasoning can turn into a contradiction are reasoned over: typing,
the class and property axioms, disjointness, and the object-property links between Radix entities.
Labels, definitions and provenance annotations cannot make the graph inconsistent, and leaving
them out keeps the closure fast.
"""

from __future__ import annotations

import owlrl
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from graph.check.report import Violation
from graph.namespaces import BASE

OWLRL_ERROR = Namespace("http://www.daml.org/2002/03/agents/agent-ont#").error
"""The predicate owlrl uses to record each inconsistency it finds."""

REASONED = {
    RDF.type,
    RDFS.subClassOf,
    RDFS.subPropertyOf,
    RDFS.domain,
    RDFS.range,
    OWL.disjointWith,
    OWL.members,
    OWL.inverseOf,
    OWL.sameAs,
    OWL.differentFrom,
    OWL.equivalentClass,
    RDF.first,
    RDF.rest,
}

FIX = (
    "An assertion gives an entity a type its class axioms forbid (usually a property whose domain or range "
    "does not fit the subject or object): correct the assertion or the entity's type."
)


def reasoning_input(data: Graph) -> Graph:
    """Return the part of ``data`` that OWL RL can find a contradiction in."""
    pruned = Graph()
    pruned += ((s, p, o) for s, p, o in data if p in REASONED or (str(p).startswith(BASE) and isinstance(o, URIRef)))
    return pruned


def run_consistency(data: Graph) -> list[Violation]:
    """Compute the OWL 2 RL closure and return one violation per inconsistency owlrl reports."""
    closure = reasoning_input(data)
    owlrl.DeductiveClosure(
        owlrl.OWLRL_Semantics, rdfs_closure=False, axiomatic_triples=False, datatype_axioms=False
    ).expand(closure)
    messages = sorted(str(message) for message in closure.objects(None, OWLRL_ERROR))
    return [Violation("owl-rl", _entity(message), message, FIX) for message in messages]


def _entity(message: str) -> str:
    """Pick the last Radix IRI a message names (owlrl names the individual last), or ''."""
    iris = [word.rstrip(".,") for word in message.split() if word.startswith(BASE)]
    return iris[-1] if iris else ""
