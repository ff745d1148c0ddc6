"""Human-readable API documentation at ``/api/docs``: Swagger UI over ``/api/openapi.json``, served by Radix.

Swagger UI comes from the ``flask-swagger-ui`` package, which ships its built files; Radix serves
them itself (no CDN) with its own page, whose start-up script is a static file rather than the
package's inline one, so the page works under a Content-Security-Policy that forbids inline script.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from flask import Blueprint, Response, abort, render_template

blueprint = Blueprint("docs", __name__)

ASSETS = frozenset({"swagger-ui.css", "swagger-ui-bundle.js", "LICENSE", "VERSION"})
"""The files of Swagger UI the page uses (nothing else of the package is served)."""


def _dist() -> Path:
    return Path(str(resources.files("flask_swagger_ui") / "dist"))


@blueprint.route("/api/docs")
def index() -> Response:
    """Show the API documentation, with a form to call each operation."""
    version = (_dist() / "VERSION").read_text(encoding="utf-8").strip()
    return Response(render_template("apidocs.html", swagger_version=version), mimetype="text/html")


TYPES = {".css": "text/css", ".js": "text/javascript"}


@functools.cache
def _read(name: str) -> bytes:
    """Read a Swagger UI file once (they are static; about 1.5 MB in all)."""
    return (_dist() / name).read_bytes()


@blueprint.route("/api/docs/assets/<name>")
def asset(name: str) -> Response:
    """Serve one of Swagger UI's files."""
    if name not in ASSETS:
        abort(404)
    mimetype = TYPES.get(Path(name).suffix, "text/plain")
    return Response(_read(name), mimetype=mimetype, headers={"Cache-Control": "public, max-age=3600"})
