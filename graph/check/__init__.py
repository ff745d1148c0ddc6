"""Checking: is the graph well-formed and consistent? (``radix validate`` and ``radix coverage``).

``shapes`` runs the SHACL shapes, ``checks`` the ROBOT-style SPARQL quality checks,
``consistency`` the OWL 2 RL closure; ``validate`` runs all three into a ``report``. ``coverage``
writes the per-root table that a test keeps equal to the graph; ``discrimination`` lists the pairs of
conditions to tell apart and what tells them apart (issue 11), short pairs failing a data test.
"""
