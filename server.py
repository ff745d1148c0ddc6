"""The thin entry point of a checkout: ``flask --app server run`` or ``python server.py``.

Everything lives in :mod:`graph.web.app`; this file only re-exports its factory so that Flask's
``--app server`` finds ``create_app``. It is not installed with the package (``radix serve`` is the
installed way to run the server).
"""

from __future__ import annotations

import sys

from graph.web.app import close_app, create_app, main

__all__ = ["close_app", "create_app", "main"]

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
