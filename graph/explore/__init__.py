"""Exploring: the graph as a network, for questions SPARQL answers badly.

``projection`` builds the networkx graph, ``traverse`` walks it (neighbourhoods, paths in words),
``related`` ranks related conditions, ``search`` finds entities by name or identifier,
``observations`` reads clinicians' phrases, ``localize`` ranks lesion sites and conditions for them,
``explorer`` is the one facade the CLI and the HTTP layer call, and ``evaluate`` scores the
localiser on written cases.
"""
