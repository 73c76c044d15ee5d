"""Reading inputs: folders in stable order, JSON Lines line by line, per-item failures."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from lagebild.ingest import MAX_BYTES, RawInput, document_id, iter_inputs, to_document
from lagebild.model import Failure

ARTICLE = ("Die Regierung hat am Dienstag ein neues Gesetz beschlossen, das die Förderung von Wärmepumpen "
           "deutlich ausweitet. Kritiker warfen ihr vor, die Kosten für Mieter zu unterschätzen.")


def test_folder_is_walked_in_stable_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("zwei", encoding="utf-8")
    (tmp_path / "a.txt").write_text("eins", encoding="utf-8")
    (tmp_path / ".hidden").write_text("nein", encoding="utf-8")
    items = list(iter_inputs([tmp_path]))
    assert [Path(i.source).name for i in items] == ["a.txt", "2.txt"]
    assert all(isinstance(i, RawInput) for i in items)


def _corpus(tmp_path: Path, name: str = "corpus.jsonl") -> Path:
    lines = [
        json.dumps({"id": "x1", "text": ARTICLE, "title": "Gesetz beschlossen", "published": "2025-02-24",
                    "outlet": "Beispielzeitung", "authors": ["Anna Berg"], "url": "https://example.org/a"}),
        "",
        "{not json",
        json.dumps({"html": f"<html><body><article><h1>Wärmepumpen</h1><p>{ARTICLE}</p></article></body></html>"}),
        json.dumps([1, 2]),
    ]
    path = tmp_path / name
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    return path


def test_jsonl_line_by_line_with_per_item_errors(tmp_path: Path) -> None:
    items = list(iter_inputs([_corpus(tmp_path)]))
    # a blank line holds no article: skipped, not reported (the line numbers stay the file's)
    assert [i.source.rsplit("#", 1)[1] for i in items] == ["1", "3", "4", "5"]
    ok, broken, html, array = items
    assert isinstance(ok, RawInput) and ok.fields["id"] == "x1"
    assert isinstance(broken, Failure) and broken.code == "E106" and "not JSON" in broken.reason
    assert isinstance(array, Failure) and array.code == "E106"
    assert isinstance(html, RawInput)
    # the id is that of the line's own bytes, stable across runs
    assert to_document(ok).id == document_id(ok.data)


def test_jsonl_fields_win(tmp_path: Path) -> None:
    ok = next(iter_inputs([_corpus(tmp_path)]))
    assert isinstance(ok, RawInput)
    doc = to_document(ok)
    assert (doc.title, doc.published, doc.outlet, doc.authors, doc.url) == (
        "Gesetz beschlossen", "2025-02-24", "Beispielzeitung", ("Anna Berg",), "https://example.org/a")
    assert doc.body == ARTICLE and doc.published_inferred is False


def test_gzipped_jsonl(tmp_path: Path) -> None:
    items = list(iter_inputs([_corpus(tmp_path, "corpus.jsonl.gz")]))
    assert len(items) == 4 and isinstance(items[0], RawInput)  # the blank line is skipped


def test_too_large_file_is_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as f:  # a sparse 50 MB file: refused by its size, never read
        f.truncate(50 * 1024 * 1024)
    (item,) = iter_inputs([big])
    assert isinstance(item, Failure) and item.code == "E103" and "limit" in item.reason
    assert MAX_BYTES < 50 * 1024 * 1024


def test_missing_path(tmp_path: Path) -> None:
    (item,) = iter_inputs([tmp_path / "nope.txt"])
    assert isinstance(item, Failure) and item.code == "E105"


def test_a_database_in_a_walked_folder_is_no_input(tmp_path: Path) -> None:
    import sqlite3

    (tmp_path / "a.txt").write_text("Ein Artikel.", encoding="utf-8")
    con = sqlite3.connect(tmp_path / "lagebild.db")
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE t (x)")
    con.execute("INSERT INTO t VALUES (1)")
    con.commit()
    try:
        assert (tmp_path / "lagebild.db-wal").exists()
        assert [Path(i.source).name for i in iter_inputs([tmp_path])] == ["a.txt"]
    finally:
        con.close()
    # named on its own, it is an input like any other, and fails as one
    assert isinstance(next(iter_inputs([tmp_path / "lagebild.db"])), RawInput)
