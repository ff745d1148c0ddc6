"""The query page at ``/``: write or pick a named query, run it, see a table, download the answer."""

from __future__ import annotations

from flask import Blueprint, Response, render_template

from graph.web.endpoint import page_context

blueprint = Blueprint("page", __name__, template_folder="templates", static_folder="static", static_url_path="/static")


@blueprint.route("/")
def index() -> Response:
    """Render the page; its data (named queries, prefixes) is embedded, so it starts without another request."""
    return Response(render_template("index.html", **page_context()), mimetype="text/html")
