"""The runner's own promises: rows made in the workers store what documents store, and a run
leaves the process's garbage collector as it found it."""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Callable
from pathlib import Path

from lagebild.ingest import iter_inputs
from lagebild.model import Document
from lagebild.pipeline import process, run
from lagebild.store import Store, doc_rows


def _tables(db: Path) -> dict[str, list[tuple[object, ...]]]:
    con = sqlite3.connect(db)
    try:
        out = {}
        for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'search_%'"):
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[1] != "added_at"]
            out[table] = sorted(con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall(), key=repr)
        return out
    finally:
        con.close()


def test_rows_and_documents_store_the_same(corpus: Callable[[int], Path], tmp_path: Path) -> None:
    docs = [d for d in (process(raw) for raw in iter_inputs([corpus(6)])) if isinstance(d, Document)]
    assert len(docs) == 6
    with Store(tmp_path / "docs.db") as a, Store(tmp_path / "rows.db") as b:
        assert a.add_documents(docs) == 6
        assert b.add_documents([doc_rows(d) for d in docs]) == 6
        assert b.add_documents([doc_rows(d) for d in docs]) == 0  # stored already
    assert _tables(tmp_path / "docs.db") == _tables(tmp_path / "rows.db")


def test_run_restores_the_garbage_collector(corpus: Callable[[int], Path], tmp_path: Path) -> None:
    before = gc.get_threshold()
    run([corpus(20)], tmp_path / "db.sqlite", workers=2, progress=False)
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
