"""Serving untrusted SPARQL: the machinery between an HTTP request and the engine, free of HTTP itself.

``guard`` refuses what must never run (updates, SERVICE outside the allow-list, runaway nesting),
``sandbox`` and ``sandbox_worker`` run each query in a killable process with a deadline,
``handoff`` gives idle workers out first come first served, ``cache`` keeps answers to repeated
queries, ``executor`` strings those together, ``dataset`` builds and freezes what is served, and
``description`` describes it (Service Description, VoID). ``query_errors`` names each way a query is
refused or fails. Knowledge code never imports this package.
"""
