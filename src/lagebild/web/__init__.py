"""The web UI and JSON API (``lagebild serve``): timeline, network, actors, documents, search.

The front-end libraries (vis-timeline, vis-network) are bundled under ``static/vendor/`` at
build time (see ``web-src/``); nothing is loaded from the internet at run time.
"""

from __future__ import annotations

from lagebild.web.app import create_app, serve

__all__ = ["create_app", "serve"]
