"""The HTTP layer of Radix: blueprints, the query hot path, protocol parsing, negotiation, error mapping.

Only this package and ``server.py`` know about HTTP and Flask; they delegate all work to ``graph``.
"""
