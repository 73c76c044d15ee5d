"""Fixtures of the export tests: the web tests' hand-built corpus (see ``tests/web/webcorpus.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))

import webcorpus  # noqa: E402


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three hand-built documents (one with hostile text), merged."""
    return webcorpus.build(tmp_path_factory.mktemp("demo-export") / "demo.db")
