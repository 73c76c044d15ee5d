"""Shared fixtures: the bundled example articles analysed once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
GOLD = Path(__file__).resolve().parent / "fixtures" / "seeds.gold.json"


@pytest.fixture(scope="session")
def examples() -> Path:
    """The folder of bundled example articles."""
    return EXAMPLES


@pytest.fixture(scope="session")
def gold_file() -> Path:
    """The seed annotation (lagebild-gold/1)."""
    return GOLD


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the five example articles, analysed by the full pipeline."""
    from lagebild.pipeline import run

    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    report = run([EXAMPLES], db, workers=1, progress=False)
    assert report.failures == [], report.failures
    return db
