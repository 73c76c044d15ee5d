"""Golden tests on the five seed articles in examples/articles/ and their annotation (seeds.gold.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lagebild.evaluate import norm  # folded as the reference scorer folds
from lagebild.ingest import RawInput, to_document

ROOT = Path(__file__).resolve().parents[2]
GOLD = json.loads((ROOT / "tests/fixtures/seeds.gold.json").read_text(encoding="utf-8"))["documents"]




@pytest.fixture(scope="module", params=GOLD, ids=lambda g: g["file"][:3])
def case(request: pytest.FixtureRequest) -> tuple[dict, object]:
    g = request.param
    path = ROOT / "examples" / "articles" / g["file"]
    return g, to_document(RawInput(str(path), path.read_bytes()))


def test_body(case: tuple[dict, object]) -> None:
    g, doc = case
    body = doc.body
    for s in g["body_must_contain"]:
        assert norm(s) in norm(body), s
    for s in g["body_must_not_contain"]:
        assert (s not in body) if "\n" in s else (norm(s) not in norm(body)), s
    assert body == body.strip() and "\n\n\n" not in body and "  " not in body


def test_metadata(case: tuple[dict, object]) -> None:
    g, doc = case
    m = g["meta"]
    assert norm(doc.title) == norm(m["title"])
    assert norm(doc.outlet or "") == norm(m["outlet"] or "")
    assert {norm(a) for a in doc.authors} == {norm(a) for a in m["authors"]}
    assert doc.language == m["language"]
    if m["published"]:
        assert doc.published[:10] == m["published"][:10] and not doc.published_inferred
    elif doc.published:
        lo, hi = m["published_window"]
        assert lo <= doc.published <= hi and doc.published_inferred


def test_published_with_time() -> None:
    path = next((ROOT / "examples" / "articles").glob("000_*.txt"))
    assert to_document(RawInput(str(path), path.read_bytes())).published == "2025-01-21T18:00"
