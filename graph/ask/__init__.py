"""Asking: SPARQL over the loaded store, the named competency questions, and whole-graph export.

``sparql`` runs a query with bound parameters and writes the standard result formats,
``namedqueries`` reads ``queries/*.rq`` with their grlc headers, ``export`` writes the whole graph
deterministically. These answer trusted callers in-process; untrusted SPARQL goes through
:mod:`graph.serve`.
"""
