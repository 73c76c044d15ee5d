from pathlib import Path

import pytest

from lagebild.errors import StoreError
from lagebild.model import Claim, Document, Entity, Failure, Mention, Quote, Sentence
from lagebild.store import Store


def _doc(doc_id: str = "d1") -> Document:
    body = "Putin sagte: „Wir begrüßen das.“"
    return Document(
        id=doc_id, source=f"/x/{doc_id}.txt", body=body, raw_sha256="00", title="T", published="2025-01-21",
        sentences=(Sentence(0, len(body)),), mentions=(Mention(0, 5, "PER", "Q7747"),),
        entities=(Entity("Q7747", "Wladimir Putin", "PER", ("Putin",), "Q159"),),
        quotes=(Quote("q1", 14, 30, "direct", "Q7747", "Wladimir Putin", cue="sagte"),))


def test_documents_round_trip_and_are_stored_once(tmp_path: Path) -> None:
    with Store(tmp_path / "db") as s:
        assert s.add_documents([_doc()]) == 1
        assert s.add_documents([_doc()]) == 0
        back = s.document("d1")
        assert back is not None and back.quotes == _doc().quotes and back.entities == _doc().entities
        assert s.counts()["documents"] == 1
        assert s.counts()["quotes"] == 1


def test_failures_are_replaced_not_duplicated(tmp_path: Path) -> None:
    with Store(tmp_path / "db") as s:
        s.add_failures([Failure("/x/a", "empty", "E101")])
        s.add_failures([Failure("/x/a", "empty", "E101")])
        assert s.counts()["failures"] == 1
        # a source that later reads fine is no longer a failure
        s.add_documents([Document(id="d2", source="/x/a", body="x")])
        assert s.counts()["failures"] == 0


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database"):
        Store(tmp_path / "missing.db", create=False)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "x.db"
    p.write_text("not sqlite at all" * 100)
    with pytest.raises(StoreError):
        Store(p)


def test_another_programs_sqlite_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    import sqlite3

    other = tmp_path / "other.db"
    with sqlite3.connect(other) as c:
        c.execute("CREATE TABLE documents (id TEXT, foo TEXT)")
    with pytest.raises(StoreError, match="not lagebild's"):
        Store(other)
    with sqlite3.connect(other) as c:
        assert [r[0] for r in c.execute("SELECT name FROM sqlite_master")] == ["documents"]


def test_full_text_search_finds_quotes(tmp_path: Path) -> None:
    with Store(tmp_path / "db") as s:
        s.add_documents([_doc()])
        rows = s.query("SELECT kind, ref FROM search WHERE search MATCH ?", ("begrüßen",))
        assert {r["kind"] for r in rows} == {"document", "quote"}


def test_readonly_store_reads_and_cannot_write(tmp_path: Path) -> None:
    db = tmp_path / "db"
    with Store(db) as s:
        s.add_documents([_doc()])
    db.chmod(0o444)
    with Store(db, readonly=True) as s:
        assert s.counts()["documents"] == 1
        with pytest.raises(Exception, match="readonly|read-only"):
            s.add_failures([Failure("/x/b", "empty", "E101")])


def _claimed(doc_id: str) -> Document:
    body = "Dabei wurden 14 Menschen getötet."
    return Document(id=doc_id, source=f"/x/{doc_id}.txt", body=body, raw_sha256="00",
                    sentences=(Sentence(0, len(body)),),
                    claims=(Claim(f"c{doc_id}", 0, len(body), 14.0, "people", outcome="killed"),))


def test_claims_store_their_outcome_and_an_older_database_gains_the_column(tmp_path: Path) -> None:
    db = tmp_path / "db"
    with Store(db) as s:
        s.add_documents([_claimed("d1")])
        assert [tuple(r) for r in s.query("SELECT value, outcome FROM claims")] == [(14.0, "killed")]
        s.conn.execute("ALTER TABLE claims DROP COLUMN outcome")  # a database from before the column
    with Store(db, readonly=True) as s:  # read as it is: no column, no error
        assert not s.has_column("claims", "outcome") and s.counts()["claims"] == 1
    with Store(db) as s:  # opened for writing, it gains the column; old rows have none
        assert s.has_column("claims", "outcome")
        s.add_documents([_claimed("d2")])
        assert [tuple(r) for r in s.query("SELECT document, outcome FROM claims ORDER BY document")] == \
            [("d1", None), ("d2", "killed")]
