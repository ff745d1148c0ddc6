"""Take screenshots of Radix's main pages in headless Chromium, for docs/pages.md: ``python scripts/screenshots.py``.

Starts ``radix serve`` on a free port (or uses ``--url`` of a running server), opens each page as a
person would (Debian's chromium, driven by Playwright), and writes one PNG per page into
``docs/screenshots/``. Run it again after changing a page; the PNGs are generated, never edited.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
VIEWPORT = {"width": 1280, "height": 900}


@dataclass(frozen=True)
class Shot:
    """One screenshot: file name, address, what to do first, and the element to capture (None: the window)."""

    name: str
    address: str
    prepare: Callable[[Any], None] | None = None
    element: str | None = None


def _suggest(page: Any) -> None:
    page.type("#site-search-q", "absnt ankle jerk")
    page.wait_for_selector("#site-search-hits .search-hit")


def _complete(page: Any) -> None:
    page.fill("#query", "")
    page.type("#query", "SELECT ?muscle WHERE {\n  ?muscle radix:hasPri")
    page.wait_for_selector("#completions:not([hidden]) li")


def _docs(page: Any) -> None:
    page.wait_for_selector(".swagger-ui .opblock")


SHOTS = [
    Shot("query-named", "/?named=root_muscles&root=radix%3AL5_root"),
    Shot("query-autocomplete", "/", _complete),
    Shot("search-suggestions", "/entity/S1_root", _suggest),
    Shot("search-page", "/search?q=M54.17"),
    Shot("entity-explorer", "/entity/S1_radiculopathy?expand=radix%3AS1_root", None, "#picture"),
    Shot("compare", "/compare?a=L5_radiculopathy&b=common_fibular_neuropathy"),
    Shot("api-docs", "/api/docs", _docs),
]


def take(url: str, out: Path, *, executable: str = CHROMIUM, only: set[str] | None = None) -> list[Path]:
    """Open each page of :data:`SHOTS` (or those named in ``only``) at ``url`` and write its PNG into ``out``."""
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=["--no-sandbox"])
        page = browser.new_page(viewport=VIEWPORT)  # type: ignore[arg-type]
        for shot in SHOTS:
            if only is not None and shot.name not in only:
                continue
            page.goto(url + shot.address)
            if shot.prepare is not None:
                shot.prepare(page)
            path = out / f"{shot.name}.png"
            if shot.element:
                page.locator(shot.element).screenshot(path=str(path))
            else:
                page.screenshot(path=str(path))
            written.append(path)
        browser.close()
    return written


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _serve() -> tuple[str, subprocess.Popen[bytes]]:
    """Start ``radix serve`` on a free port and wait until it answers /health."""
    port = _free_port()
    command = [sys.executable, "-m", "graph", "serve", "--", "--port", str(port), "--workers", "1"]
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(command, cwd=ROOT, env=environment, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "/health", timeout=1) as response:
                if response.status == 200:
                    return url, process
        except OSError:
            time.sleep(0.1)
    os.killpg(process.pid, signal.SIGTERM)
    raise RuntimeError("radix serve did not start within 60 s")


def main(argv: list[str]) -> int:
    """Take the screenshots; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--url", help="a running Radix server (default: start one)")
    parser.add_argument("--out", type=Path, default=OUT, help=f"where to write the PNGs (default {OUT})")
    parser.add_argument("--chromium", default=CHROMIUM, help="the Chromium to drive")
    parser.add_argument("--only", help="comma-separated names of the shots to take (default: all)")
    args = parser.parse_args(argv)
    process = None
    url = args.url
    if url is None:
        url, process = _serve()
    try:
        only = set(args.only.split(",")) if args.only else None
        for path in take(url.rstrip("/"), args.out, executable=args.chromium, only=only):
            print(path)
    finally:
        if process is not None:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
