"""Fixtures of the web tests: a hand-built corpus, an API client, a live server, a browser."""

from __future__ import annotations

import shutil
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import webcorpus  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
#: Flags that work in a container without a display, a GPU or network access.
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hand-built corpus of :mod:`webcorpus` (three documents, one of them hostile)."""
    return webcorpus.build(tmp_path_factory.mktemp("demo") / "demo.db")


@pytest.fixture(scope="session")
def client(demo_db: Path) -> Iterator[object]:
    """An HTTP client of the app over the demo corpus."""
    from fastapi.testclient import TestClient

    from lagebild.web import create_app

    with TestClient(create_app(demo_db)) as c:
        yield c


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def live_server() -> Iterator[Callable[[Path], str]]:
    """Start the app over a database in a background thread; returns its base URL."""
    import uvicorn

    from lagebild.web import create_app

    servers: list[uvicorn.Server] = []
    urls: dict[Path, str] = {}

    def start(db: Path) -> str:
        if db in urls:
            return urls[db]
        port = _free_port()
        server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
        threading.Thread(target=server.run, daemon=True).start()
        deadline = time.monotonic() + 10
        while not server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        servers.append(server)
        urls[db] = f"http://127.0.0.1:{port}/"
        return urls[db]

    yield start
    for s in servers:
        s.should_exit = True


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Headless Debian Chromium driven by Playwright; skipped where either is missing."""
    if not CHROMIUM.exists() or shutil.which("chromium") is None:
        pytest.skip("browser tests need Debian's chromium (/usr/bin/chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("browser tests need playwright (pip install playwright)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser: object) -> Iterator[object]:
    """A fresh page; fails the test on any uncaught script error."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})  # type: ignore[attr-defined]
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    yield pg
    context.close()
    assert errors == [], errors
