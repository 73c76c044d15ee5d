"""Take the README's screenshots of the web UI and the dossier with headless Chromium.

    .venv/bin/lagebild run examples --db /tmp/seeds.db
    .venv/bin/python web-src/screenshots.py /tmp/seeds.db docs/img

Needs Debian's chromium (/usr/bin/chromium) and the playwright package; nothing is downloaded.
"""

from __future__ import annotations

import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import Page, sync_playwright

from lagebild.dossier import write_dossier
from lagebild.store import Store
from lagebild.web import create_app

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _serve(db: Path) -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}/"


def _open(page: Page, url: str, selector: str) -> None:
    page.goto(url)
    page.wait_for_selector(selector)
    page.wait_for_timeout(900)


def main(db: Path, out: Path) -> None:
    """Write timeline, event, document, network, actor, search and dossier PNGs into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    base = _serve(db)
    with Store(db, create=False) as store:
        top = store.query("SELECT speaker FROM quotes WHERE speaker IS NOT NULL GROUP BY speaker"
                          " ORDER BY COUNT(*) DESC LIMIT 1")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
        page = browser.new_page(viewport={"width": 1440, "height": 860})
        _open(page, base + "#/timeline", ".vis-item")
        page.locator(".vis-item").last.click()
        page.wait_for_selector("#event-panel a.evidence")
        page.screenshot(path=out / "timeline.png")
        page.locator("#event-panel a.evidence").first.click()
        page.wait_for_selector(".body .focus")
        page.wait_for_timeout(1800)
        page.screenshot(path=out / "document.png")
        _open(page, base + "#/network", "#network[data-ready]")
        page.screenshot(path=out / "network.png")
        if top:
            _open(page, base + f"#/actor/{top[0]['speaker']}", ".actor-head")
            page.screenshot(path=out / "actor.png")
        _open(page, base + "#/search?q=Riad", "ol.hits")
        page.screenshot(path=out / "search.png")
        with tempfile.TemporaryDirectory() as tmp, Store(db, create=False) as store:
            dossier = write_dossier(store, Path(tmp) / "dossier.html")
            page.set_viewport_size({"width": 1100, "height": 1300})
            page.goto(dossier.as_uri())
            page.screenshot(path=out / "dossier.png")
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
