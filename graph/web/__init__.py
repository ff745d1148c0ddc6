"""The HTTP layer: the Flask app and its routes, the SPARQL protocol fast lane, negotiation, error mapping.

This is the only package that imports Flask (a test enforces it). ``app`` is the factory and
``radix serve``; ``lane``, ``protocol``, ``negotiation`` and ``errors`` answer ``/sparql``;
``endpoint`` the service description, VoID and health; ``page`` the query page; ``api`` the JSON API
and the linked-data entity pages; ``openapi`` describes the routes; ``draw`` renders an entity's
neighbourhood as SVG. Every view parses the request, calls one function of :mod:`graph`, and formats
the answer.
"""
