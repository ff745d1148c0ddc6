"""Allow ``python -m graph`` as well as the ``radix`` console script."""

from __future__ import annotations

from graph.cli import main

raise SystemExit(main())
