"""The headers browsers act on, set in one place: CORS for other origins, and the page security policy.

* **CORS.** The endpoint and the API are public: any origin may call them. Answers carry
  ``Access-Control-Allow-Origin: *``; a preflight (``OPTIONS`` with ``Access-Control-Request-Method``)
  to any path is answered 204 allowing GET and POST with ``Content-Type``, ``Accept`` and
  ``X-Radix-Query-Id`` (the id to cancel a query by), so a page on another origin can POST JSON to
  ``/api/localize`` (issue 14: Chromium blocked it) or cancel its own query.
* **Content-Security-Policy.** Pages run only scripts served by Radix itself (``script-src 'self'``):
  no inline script, no ``javascript:`` URL, no ``eval``, no plugin, no framing. So even a link or
  label that got past escaping could not run script. The pages hold no inline script or style;
  their data sits in ``<script type="application/json">`` blocks, which are not run.
"""

from __future__ import annotations

from flask import Flask, Response, request

CORS_HEADERS = [
    ("Access-Control-Allow-Origin", "*"),
    ("Access-Control-Expose-Headers", "X-SPARQL-MaxRows, X-Radix-Max-Answer-Bytes, X-Radix-Truncated, Retry-After"),
]
"""On every answer, the SPARQL hot path's included (:mod:`graph.web.lane`)."""

PREFLIGHT_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type, Accept, X-Radix-Query-Id",
    "Access-Control-Max-Age": "86400",
}

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

PAGE_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
}
"""On every answer of the Flask app (pages, API, descriptions); harmless on those that are not HTML."""


def preflight() -> Response | None:
    """Answer a CORS preflight to any path (None: not a preflight, let the app answer)."""
    if request.method == "OPTIONS" and "Access-Control-Request-Method" in request.headers:
        return Response(status=204, headers=PREFLIGHT_HEADERS)
    return None


def add_headers(response: Response) -> Response:
    """Add the CORS and page-security headers to an answer of the Flask app."""
    for name, value in CORS_HEADERS[:1]:
        response.headers.setdefault(name, value)
    for name, value in PAGE_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def register(app: Flask) -> None:
    """Answer preflights and add the headers above to every answer of ``app``."""
    app.before_request(preflight)
    app.after_request(add_headers)
