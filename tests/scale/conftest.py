"""Small generated corpora for the scale tests, made from the five seed articles."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"


def seed_paragraphs() -> list[list[str]]:
    """The paragraphs of each seed article (long enough to be text, not navigation)."""
    out = []
    for f in sorted(EXAMPLES.rglob("*.txt")):
        paras = [p.strip() for p in f.read_text(encoding="utf-8").split("\n\n")]
        out.append([p for p in paras if len(p.split()) >= 12])
    return out


def write_corpus(path: Path, n: int, window: int = 3) -> Path:
    """A JSONL corpus of ``n`` articles: windows of ``window`` paragraphs over the seeds, each
    with its own id, outlet and date, so that every line (and document id) is distinct."""
    seeds = seed_paragraphs()
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            paras = seeds[i % len(seeds)]
            start = (i // len(seeds)) % max(1, len(paras) - window + 1)
            rec = {"id": f"gen-{i:04d}", "text": "\n\n".join(paras[start:start + window]),
                   "outlet": f"Outlet {i % 7}", "published": f"2026-01-{1 + i % 28:02d}"}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Callable[[int], Path]:
    """``corpus(n)``: the path of a generated JSONL corpus of ``n`` articles (made once per n)."""
    made: dict[int, Path] = {}

    def make(n: int) -> Path:
        if n not in made:
            made[n] = write_corpus(tmp_path_factory.mktemp("corpus") / f"gen{n}.jsonl", n)
        return made[n]

    return make


def _export_bytes(db: Path, out: Path) -> dict[str, bytes]:
    from lagebild.export import write_jsonl
    from lagebild.store import Store

    with Store(db, create=False) as store:
        paths = write_jsonl(store, out)
    return {p.name: p.read_bytes() for p in paths}


@pytest.fixture(scope="session")
def export_bytes() -> Callable[[Path, Path], dict[str, bytes]]:
    """``export_bytes(db, out)``: the ``lagebild-export/1`` JSONL files of a database, by name."""
    return _export_bytes
