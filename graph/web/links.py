"""Which IRIs become links, and to where: the one rule every page that renders a link follows.

An IRI from the served data (any ``--data`` file) may be anything, ``javascript:alert(document.domain)``
included, and a browser runs such a link when it is clicked (issue 14). So only http(s) IRIs become
links: a Radix IRI links to its own page on this server, any other http(s) IRI to itself, and an IRI of
any other scheme is shown as text. Used by the SVG picture (:mod:`graph.web.draw`) and the entity page
(the ``link_target`` template filter); the query page's table uses the same rule written in JavaScript,
``static/links.js``, and ``tests/server/test_links.py`` checks that both give the same answers.
"""

from __future__ import annotations

from urllib.parse import quote

from graph.namespaces import BASE

LINKED_SCHEMES = frozenset({"http", "https"})


def link_target(iri: str, entity_base: str = "/entity/") -> str | None:
    """Return where a link to ``iri`` should lead, or None when it must not be a link.

    >>> link_target("https://w3id.org/radix/S1_root")
    '/entity/S1_root'
    >>> link_target("http://purl.obolibrary.org/obo/UBERON_0002262")
    'http://purl.obolibrary.org/obo/UBERON_0002262'
    >>> link_target("javascript:alert(document.domain)") is None
    True
    """
    if iri.startswith(BASE) and len(iri) > len(BASE):
        return entity_base + quote(iri[len(BASE) :], safe="!*'()")
    scheme, colon, _ = iri.partition(":")
    if colon and scheme.lower() in LINKED_SCHEMES:
        return iri
    return None
