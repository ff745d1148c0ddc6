"""The localisation page at ``/localize``: findings typed one per line, read, localised and explained.

A plain HTML form (GET, so an answer can be bookmarked and shared) posts the findings and the
excluded features; the server reads and localises them with the same :class:`Explorer` method as
``POST /api/localize`` and renders the answer: red flags first, how each line was read (and what
could not be), the ranked sites with their conditions and the evidence for and against each as
likelihood ratios, two-lesion explanations, the next test. The page adds no script of its own, so it works
under a Content-Security-Policy that forbids inline script. The page extends
the shared layout (navigation and search box) with a few styles of its own (`static/localize.css`).
"""

from __future__ import annotations

from flask import Blueprint, Response, render_template, request

from graph.errors import RadixError
from graph.web.api import explorer

blueprint = Blueprint("localize_page", __name__, template_folder="templates")

MAX_FORM_CHARS = 20_000
"""The longest form field read (the explorer's own caps then apply per finding and per list)."""


def _lines(name: str) -> list[str]:
    text = request.args.get(name, "")[:MAX_FORM_CHARS]
    return [line.strip() for line in text.splitlines() if line.strip()]


@blueprint.route("/localize")
def localize_page() -> Response:
    """Render the form, and the answer when findings were given."""
    findings, excluded = _lines("findings"), _lines("excluded")
    answer, error = None, None
    if findings or excluded:
        try:
            answer = explorer().localize(findings, excluded=excluded, limit=8)
        except RadixError as problem:
            error = str(problem)
    html = render_template(
        "localize.html",
        findings="\n".join(findings),
        excluded="\n".join(excluded),
        answer=answer,
        error=error,
    )
    return Response(html, status=400 if error else 200, mimetype="text/html")
