"""The SQLite store: the one module that opens a database connection.

Layout (schema version in ``meta``):

* ``documents``: metadata and clean body of each document, plus its per-document analysis as
  JSON (``analysis``) so that a document can be re-exported or re-merged without re-reading
  its source; ``sources`` maps every path or URL read to the document its bytes gave.
* per-document annotations in their own tables (``mentions``, ``timexes``, ``quotes``,
  ``doc_events``, ``claims``, ``doc_entities``) for queries, the web UI and full-text search;
  ``doc_surnames`` holds the persons a document names by a surname alone and links to nobody,
  for the merge to link across the corpus, with the spelling-insensitive key of the surname
  (``key``) and of the surname without a genitive -s (``stem_key``);
* corpus-level results written by :mod:`lagebild.merge`: ``entities``, ``events`` (merged,
  with ``event_mentions``), ``relations``; ``person_keys`` indexes the merged persons by their
  surname keys, so that an incremental merge reads only the persons and surnames a new document
  shares with the corpus, not all of them;
* ``failures``: each input that could not be read, with its code and reason;
* ``search``: an FTS5 index over document bodies, quotations and event sentences.

Every write is parameterised and inside a transaction.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

from lagebild.errors import StoreError
from lagebild.model import Document, Failure
from lagebild.serialize import document_from_dict

SCHEMA_VERSION = "2"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY, source TEXT NOT NULL, raw_sha256 TEXT NOT NULL, title TEXT,
    published TEXT, published_inferred INTEGER NOT NULL DEFAULT 0, outlet TEXT,
    authors TEXT NOT NULL DEFAULT '[]', language TEXT NOT NULL, url TEXT, media_type TEXT,
    body TEXT NOT NULL, analysis TEXT NOT NULL, added_at TEXT NOT NULL,
    dup_of TEXT, superseded_by TEXT
);
CREATE TABLE IF NOT EXISTS sources (
    source TEXT PRIMARY KEY, document TEXT NOT NULL REFERENCES documents(id)
);
CREATE TABLE IF NOT EXISTS failures (
    source TEXT PRIMARY KEY, code TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS mentions (
    document TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, label TEXT NOT NULL,
    entity TEXT, kind TEXT NOT NULL, PRIMARY KEY (document, start, end)
);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity);
CREATE TABLE IF NOT EXISTS doc_entities (
    document TEXT NOT NULL, entity TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL,
    aliases TEXT NOT NULL, stands_for TEXT, PRIMARY KEY (document, entity)
);
CREATE INDEX IF NOT EXISTS doc_entities_entity ON doc_entities(entity);
CREATE TABLE IF NOT EXISTS doc_surnames (
    document TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, surname TEXT NOT NULL,
    key TEXT, stem_key TEXT, PRIMARY KEY (document, start, end)
);
CREATE TABLE IF NOT EXISTS person_keys (
    key TEXT NOT NULL, entity TEXT NOT NULL, PRIMARY KEY (key, entity)
);
CREATE TABLE IF NOT EXISTS timexes (
    document TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, type TEXT NOT NULL,
    value TEXT NOT NULL, mod TEXT, date TEXT, PRIMARY KEY (document, start, end)
);
CREATE TABLE IF NOT EXISTS quotes (
    id TEXT PRIMARY KEY, document TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    kind TEXT NOT NULL, speaker TEXT, speaker_name TEXT, cue TEXT, text TEXT NOT NULL,
    sentence_start INTEGER, sentence_end INTEGER, occurrences TEXT
);
CREATE INDEX IF NOT EXISTS quotes_document ON quotes(document);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker);
CREATE TABLE IF NOT EXISTS doc_events (
    id TEXT PRIMARY KEY, document TEXT NOT NULL, type TEXT NOT NULL, mode TEXT, status TEXT NOT NULL,
    date TEXT, sources TEXT NOT NULL, targets TEXT NOT NULL, location TEXT,
    start INTEGER NOT NULL, end INTEGER NOT NULL, sentence TEXT NOT NULL, event TEXT
);
CREATE INDEX IF NOT EXISTS doc_events_document ON doc_events(document);
CREATE INDEX IF NOT EXISTS doc_events_event ON doc_events(event);
CREATE TABLE IF NOT EXISTS claims (
    id TEXT PRIMARY KEY, document TEXT NOT NULL, holder TEXT, text TEXT NOT NULL, value REAL NOT NULL,
    unit TEXT, hedge TEXT, start INTEGER NOT NULL, end INTEGER NOT NULL, outcome TEXT, value_max REAL
);
CREATE INDEX IF NOT EXISTS claims_document ON claims(document);
CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, aliases TEXT NOT NULL,
    stands_for TEXT, documents TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS entities_stands_for ON entities(stands_for);
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY, type TEXT NOT NULL, mode TEXT, status TEXT NOT NULL,
    date_value TEXT, date_start TEXT, date_end TEXT, granularity TEXT, date_conflict TEXT,
    source_actors TEXT NOT NULL, target_actors TEXT NOT NULL, location TEXT
);
CREATE INDEX IF NOT EXISTS events_date ON events(date_start);
CREATE TABLE IF NOT EXISTS relations (
    a TEXT NOT NULL, b TEXT NOT NULL, month TEXT NOT NULL,
    verbal_cooperation INTEGER NOT NULL, material_cooperation INTEGER NOT NULL,
    verbal_conflict INTEGER NOT NULL, material_conflict INTEGER NOT NULL, score REAL NOT NULL,
    PRIMARY KEY (a, b, month)
);
CREATE TABLE IF NOT EXISTS merge_blocks (report TEXT PRIMARY KEY, block TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS merge_blocks_block ON merge_blocks(block);
CREATE INDEX IF NOT EXISTS doc_surnames_key ON doc_surnames(key);
CREATE INDEX IF NOT EXISTS doc_surnames_stem_key ON doc_surnames(stem_key);
CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(
    kind UNINDEXED, ref UNINDEXED, document UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2'
);
"""


_MERGE_SCHEMA = """
CREATE TABLE IF NOT EXISTS merge_blocks (report TEXT PRIMARY KEY, block TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS merge_blocks_block ON merge_blocks(block);
CREATE TABLE IF NOT EXISTS doc_surnames (
    document TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, surname TEXT NOT NULL,
    key TEXT, stem_key TEXT, PRIMARY KEY (document, start, end)
);
CREATE TABLE IF NOT EXISTS person_keys (
    key TEXT NOT NULL, entity TEXT NOT NULL, PRIMARY KEY (key, entity)
);
"""

#: Columns added to schema 2 after its first databases, as (table, column, type): an older file
#: gets them with ALTER TABLE when it is opened for writing (NULL in its old rows); read-only,
#: it is read without them (:meth:`Store.has_column`).
#: The order of merged events wherever they are listed (the CLI's timeline, the web UI's event
#: list, the dossier, ``events.jsonl``): by the last day each may have happened, a finer date
#: first where two end together, undated last. An event dated only by its month ("2026-03", the
#: Geneva agreement of some day in March) thus comes after the days of its month, where the
#: reader knows it has happened, not before "2026-03-03", where a list read top down would make
#: it precede what it may follow; a year comes after its months, a season after its last month.
#: An event that occurred happened no later than the day its earliest report was published:
#: a month-dated report of current news ("haben sich … geeinigt" on 15 January, dated 2025-01)
#: sorts on that day, not after the month's later days (seventh user trial: the ceasefire
#: agreement of 15 January came after the hostage release of the 19th).
#: Events of the same dates follow in the order the news first told them (their earliest
#: report's publication, then its place in the text; a document without a date last), then by id.
#: (Never before the date's first day: a day after the publication, "who takes office on Monday"
#: misread as an act, keeps its day.)
_LAST_DAY = ("CASE WHEN status = 'occurred' AND date_start IS NOT NULL THEN MIN(COALESCE(date_end, date_start), "
             "MAX(date_start, COALESCE((SELECT MIN(substr(d.published, 1, 10)) FROM doc_events r"
             " JOIN documents d ON d.id = r.document WHERE r.event = events.id AND d.published IS NOT NULL),"
             " date_end, date_start))) ELSE COALESCE(date_end, date_start) END")
EVENT_ORDER = ("date_start IS NULL, " + _LAST_DAY + ", date_start DESC, "
               "(SELECT MIN(COALESCE(d.published, '~') || printf('%09d', r.start)) FROM doc_events r"
               " JOIN documents d ON d.id = r.document WHERE r.event = events.id), id")

_ADDED_COLUMNS = (("claims", "outcome", "TEXT"), ("claims", "value_max", "REAL"),
                  ("documents", "superseded_by", "TEXT"), ("doc_surnames", "key", "TEXT"),
                  ("doc_surnames", "stem_key", "TEXT"))


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _j(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=_record)


_FIELDS: dict[type, tuple[str, ...]] = {}


def _fields(cls: type) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def _record(obj: Any) -> dict[str, Any]:
    """JSON for a record of :mod:`lagebild.model`: the dict of its fields, as
    :func:`lagebild.serialize.to_dict` gives it. The encoder calls this for each record it meets
    and writes the rest (tuples as lists) itself: half the time of converting the tree first."""
    return {name: getattr(obj, name) for name in _fields(type(obj))}


class DocRows(NamedTuple):
    """One analysed document as the rows :meth:`Store.add_documents` writes (without the time
    it is added and its near-duplicate source, which the writer knows). Built by
    :func:`doc_rows` without a connection, so a worker process can build them: they travel back
    to the writer as plain tuples and strings, cheaper to pickle than the document's records."""

    id: str
    source: str
    document: tuple[Any, ...]  # the documents row up to ``analysis``
    mentions: list[tuple[Any, ...]]
    entities: list[tuple[Any, ...]]
    timexes: list[tuple[Any, ...]]
    quotes: list[tuple[Any, ...]]
    events: list[tuple[Any, ...]]
    claims: list[tuple[Any, ...]]
    surnames: Sequence[tuple[Any, ...]] = ()


_NOT_ANALYSIS = ("id", "source", "body", "raw_sha256", "title", "published", "published_inferred",
                 "outlet", "authors", "language", "url", "media_type", "tokens")


def doc_rows(doc: Document) -> DocRows:
    """The rows that store ``doc``: a pure function of the document."""
    # Tokens are cheap to recompute and expensive to store.
    analysis = {name: getattr(doc, name) for name in _fields(Document) if name not in _NOT_ANALYSIS}
    quotes = []
    for q in doc.quotes:
        s = doc.sentence_at(q.start)
        quotes.append((q.id, doc.id, q.start, q.end, q.kind, q.speaker, q.speaker_name, q.cue,
                       doc.body[q.start:q.end], s.start if s else None, s.end if s else None,
                       _j([list(o) for o in q.occurrences]) if q.occurrences else None))
    return DocRows(
        doc.id, doc.source,
        (doc.id, doc.source, doc.raw_sha256, doc.title, doc.published, int(doc.published_inferred),
         doc.outlet, _j(list(doc.authors)), doc.language, doc.url, doc.media_type, doc.body, _j(analysis)),
        [(doc.id, m.start, m.end, m.label, m.entity, m.kind) for m in doc.mentions],
        [(doc.id, e.id, e.name, e.type, _j(list(e.aliases)), e.stands_for) for e in doc.entities],
        [(doc.id, t.start, t.end, t.type, t.value, t.mod, _j(t.date) if t.date else None)
         for t in doc.timexes],
        quotes,
        [(e.id, doc.id, e.type, e.mode, e.status, _j(e.date) if e.date else None,
          _j(list(e.sources)), _j(list(e.targets)), e.location, e.start, e.end, _evidence(doc, e.start, e.end))
         for e in doc.events],
        [(cl.id, doc.id, cl.holder, doc.body[cl.start:cl.end], cl.value, cl.unit, cl.hedge, cl.start, cl.end,
          cl.outcome, cl.value_max) for cl in doc.claims],
        [_surname_row(doc.id, m.start, m.end, doc.body[m.start:m.end]) for m in doc.surnames])


def _surname_row(doc_id: str, start: int, end: int, surname: str) -> tuple[Any, ...]:
    """A ``doc_surnames`` row with the surname's keys ("Gysis" -> "gisis", "gisi")."""
    from lagebild.entities.kb import surname_key
    return (doc_id, start, end, surname, surname_key(surname), surname_key(surname.removesuffix("s")))


def _evidence(doc: Document, start: int, end: int) -> str:
    """The sentence(s) around a span: what the UI and the export show as evidence."""
    s1, s2 = doc.sentence_at(start), doc.sentence_at(max(start, end - 1))
    lo = s1.start if s1 else start
    hi = s2.end if s2 else end
    return doc.body[lo:hi]


class Store:
    """A lagebild database (SQLite file). Use as a context manager or call :meth:`close`."""

    def __init__(self, path: str | Path, *, create: bool = True, readonly: bool = False) -> None:
        self.path = Path(path)
        if readonly:
            create = False
        if not create and not self.path.exists():
            raise StoreError(f"no database at {self.path}: run `lagebild run PATH --db {self.path}` first")
        try:
            if readonly:
                # A database on read-only media, or one the web UI must never change.
                self.conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True,
                                            isolation_level=None, check_same_thread=False)
                self.conn.row_factory = sqlite3.Row
                version = self._schema_version()
                if version != SCHEMA_VERSION:
                    raise StoreError(f"{self.path} is not a lagebild database of schema {SCHEMA_VERSION}")
                return
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=OFF")
            version = self._schema_version()
            if version is None and self.conn.execute(
                    "SELECT 1 FROM sqlite_master WHERE type='table' LIMIT 1").fetchone() is not None:
                # somebody else's SQLite file: never add tables to it
                raise StoreError(f"{self.path} is an SQLite database, but not lagebild's; choose another --db")
            if version is None:
                # Every statement is CREATE … IF NOT EXISTS: running it twice is harmless.
                self.conn.executescript(_SCHEMA)
                self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
            elif version != SCHEMA_VERSION:
                raise StoreError(f"{self.path} has schema {version}, this lagebild reads {SCHEMA_VERSION}")
            else:
                # the merge's bookkeeping came after schema 2's first databases: an older file
                # gets the table here and a full merge on its next run (no merge state yet)
                had_keys = self.has_table("person_keys")
                self.conn.executescript(_MERGE_SCHEMA)
                for table, column, kind in _ADDED_COLUMNS:
                    if not self.has_column(table, column):
                        self.conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
                if not had_keys:
                    self._add_name_keys()
        except (sqlite3.DatabaseError, OSError) as e:
            raise StoreError(f"{self.path} is not a lagebild database ({e})") from e

    def has_table(self, table: str) -> bool:
        """Whether the database has ``table``."""
        return self.conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?",
                                 (table,)).fetchone() is not None

    def _add_name_keys(self) -> None:
        """Give a database made before the surname keys its ``doc_surnames`` keys and its
        ``person_keys`` (once, when it is first opened for writing)."""
        with self.transaction() as c:
            rows = [_surname_row(*r) for r in c.execute("SELECT document, start, end, surname FROM doc_surnames")]
            c.executemany("UPDATE doc_surnames SET key=?, stem_key=? WHERE document=? AND start=? AND end=?",
                          [(r[4], r[5], r[0], r[1], r[2]) for r in rows])
            c.execute("CREATE INDEX IF NOT EXISTS doc_surnames_key ON doc_surnames(key)")
            c.execute("CREATE INDEX IF NOT EXISTS doc_surnames_stem_key ON doc_surnames(stem_key)")
            self._put_person_keys(c, [{"id": r[0], "name": r[1], "type": r[2], "aliases": json.loads(r[3])}
                                      for r in c.execute("SELECT id, name, type, aliases FROM entities")])

    def has_column(self, table: str, column: str) -> bool:
        """Whether ``table`` has ``column``: false for a column added after the database was made
        and opened read-only since (the claims' ``outcome``)."""
        return any(r[1] == column for r in self.conn.execute(f"PRAGMA table_info({table})"))

    def _schema_version(self) -> str | None:
        row = self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='meta'").fetchone()
        if row is None:
            return None
        row = self.conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        return row[0] if row else None

    # -- plumbing ----------------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: committed on success, rolled back on any error."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        """A read-only query (for the web UI, exports and stats)."""
        return self.conn.execute(sql, params).fetchall()

    # -- documents ----------------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id=?", (doc_id,)).fetchone() is not None

    def known_ids(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT id FROM documents")}

    def add_source(self, source: str, doc_id: str) -> None:
        """Record that ``source`` was read and gave (already stored) document ``doc_id``."""
        with self.transaction() as c:
            c.execute("INSERT OR REPLACE INTO sources VALUES (?, ?)", (source, doc_id))
            c.execute("DELETE FROM failures WHERE source=?", (source,))

    def add_documents(self, docs: Iterable[Document | DocRows], dup_of: Mapping[str, str] | None = None) -> int:
        """Store analysed documents (one transaction); documents already present are skipped.

        ``docs`` are documents or their rows made by :func:`doc_rows` (in a worker process, say).
        ``dup_of`` maps a document that nearly copies an earlier one (a syndicated agency text)
        to that earlier document, its source (see :mod:`lagebild.dedup`).
        """
        n = 0
        dup_of = dup_of or {}
        rows = [d if isinstance(d, DocRows) else doc_rows(d) for d in docs]
        with self.transaction() as c:
            c.executemany("INSERT OR REPLACE INTO sources VALUES (?, ?)", [(r.source, r.id) for r in rows])
            c.executemany("DELETE FROM failures WHERE source=?", [(r.source,) for r in rows])
            stored = self._stored(c, [r.id for r in rows])
            added_at = _now()
            for r in rows:
                if r.id in stored:
                    continue
                stored.add(r.id)  # the same document twice in one batch is stored once
                self._insert(c, r, added_at, dup_of.get(r.id))
                n += 1
        return n

    @staticmethod
    def _stored(c: sqlite3.Connection, ids: Sequence[str]) -> set[str]:
        """Which of ``ids`` the documents table holds already."""
        found: set[str] = set()
        for k in range(0, len(ids), 500):  # SQLite's limit on bound parameters is 999 in old builds
            part = ids[k:k + 500]
            found.update(r[0] for r in c.execute(
                f"SELECT id FROM documents WHERE id IN ({','.join('?' * len(part))})", part))
        return found

    def published_of(self, doc_id: str) -> str | None:
        """The publication date of a stored document (None: unknown or not stored)."""
        row = self.conn.execute("SELECT published FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def reroot_duplicates(self, old_source: str, new_source: str) -> None:
        """Make ``new_source`` the source of ``old_source`` and of every stored copy of it: an
        earlier-published copy of the same text arrived later."""
        with self.conn:
            self.conn.execute("UPDATE documents SET dup_of = ? WHERE id = ? OR dup_of = ?",
                              (new_source, old_source, old_source))
            self.conn.execute("UPDATE documents SET dup_of = NULL WHERE id = ?", (new_source,))

    def supersede(self, latest: Mapping[str, str]) -> None:
        """Mark each older version of an article as superseded by its latest one (``{older:
        latest}``, see :func:`lagebild.dedup.is_revision`); documents this marked before as
        superseded by an older version follow to the latest."""
        with self.conn:
            for old, new in latest.items():
                self.conn.execute("UPDATE documents SET superseded_by = ? WHERE id = ? OR superseded_by = ?",
                                  (new, old, old))
                self.conn.execute("UPDATE documents SET superseded_by = NULL WHERE id = ?", (new,))

    def bodies(self) -> Iterator[tuple[str, str, str | None]]:
        """``(id, body, dup_of)`` of every stored document in the order they were stored."""
        for r in self.conn.execute("SELECT id, body, dup_of FROM documents ORDER BY rowid"):
            yield r[0], r[1], r[2]

    @staticmethod
    def _insert(c: sqlite3.Connection, r: DocRows, added_at: str, dup_of: str | None = None) -> None:
        c.execute(
            "INSERT INTO documents (id, source, raw_sha256, title, published, published_inferred, outlet,"
            " authors, language, url, media_type, body, analysis, added_at, dup_of)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (*r.document, added_at, dup_of))
        c.executemany("INSERT OR IGNORE INTO mentions VALUES (?,?,?,?,?,?)", r.mentions)
        c.executemany("INSERT OR REPLACE INTO doc_entities VALUES (?,?,?,?,?,?)", r.entities)
        c.executemany("INSERT OR IGNORE INTO doc_surnames VALUES (?,?,?,?,?,?)", r.surnames)
        c.executemany("INSERT OR IGNORE INTO timexes VALUES (?,?,?,?,?,?,?)", r.timexes)
        c.executemany("INSERT OR REPLACE INTO quotes VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", r.quotes)
        c.executemany("INSERT OR REPLACE INTO doc_events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,NULL)", r.events)
        c.executemany("INSERT OR REPLACE INTO claims (id, document, holder, text, value, unit, hedge, start, end,"
                      " outcome, value_max) VALUES (?,?,?,?,?,?,?,?,?,?,?)", r.claims)
        title, body = r.document[3], r.document[11]
        c.execute("INSERT INTO search (kind, ref, document, text) VALUES ('document', ?, ?, ?)",
                  (r.id, r.id, f"{title or ''}\n{body}"))
        c.executemany("INSERT INTO search (kind, ref, document, text) VALUES ('quote', ?, ?, ?)",
                      [(q[0], r.id, q[8]) for q in r.quotes])
        c.executemany("INSERT INTO search (kind, ref, document, text) VALUES ('event', ?, ?, ?)",
                      [(e[0], r.id, e[11]) for e in r.events])

    def document(self, doc_id: str) -> Document | None:
        """A stored document with its analysis (tokens are not stored)."""
        row = self.conn.execute("SELECT * FROM documents WHERE id=?", (doc_id,)).fetchone()
        return self._doc(row) if row else None

    def documents(self) -> Iterator[Document]:
        """Every stored document, in id order, one at a time."""
        for row in self.conn.execute("SELECT * FROM documents ORDER BY id"):
            yield self._doc(row)

    @staticmethod
    def _doc(row: sqlite3.Row) -> Document:
        d = json.loads(row["analysis"])
        d.update(id=row["id"], source=row["source"], body=row["body"], raw_sha256=row["raw_sha256"],
                 title=row["title"], published=row["published"],
                 published_inferred=bool(row["published_inferred"]), outlet=row["outlet"],
                 authors=json.loads(row["authors"]), language=row["language"], url=row["url"],
                 media_type=row["media_type"] or "text/plain")
        return document_from_dict(d)

    # -- failures -----------------------------------------------------------------------------
    def add_failures(self, failures: Iterable[Failure]) -> None:
        with self.transaction() as c:
            c.executemany("INSERT OR REPLACE INTO failures VALUES (?,?,?,?)",
                          [(f.source, f.code, f.reason, _now()) for f in failures])

    def failures(self) -> list[Failure]:
        return [Failure(r["source"], r["reason"], r["code"])
                for r in self.conn.execute("SELECT * FROM failures ORDER BY source")]

    # -- corpus level -------------------------------------------------------------------------
    def merge_state(self) -> int | None:
        """The ``rowid`` of the last document the corpus level includes, or None where no merge
        with bookkeeping has run (see :func:`lagebild.merge.merge`)."""
        row = self.conn.execute("SELECT value FROM meta WHERE key='merged_rowid'").fetchone()
        return int(row[0]) if row else None

    def replace_corpus(self, entities: Sequence[dict[str, Any]], events: Sequence[dict[str, Any]],
                       members: Sequence[tuple[str, str]], relations: Sequence[tuple[Any, ...]],
                       blocks: Mapping[str, str] | None = None, merged_rowid: int | None = None) -> None:
        """Write the full merge's results in one transaction (see :mod:`lagebild.merge`):
        every entity, event and relation anew, each timeline report's block, and the last
        document merged."""
        with self.transaction() as c:
            c.execute("DELETE FROM entities")
            c.execute("DELETE FROM person_keys")
            self._put_entities(c, entities)
            c.execute("DELETE FROM events")
            self._put_events(c, events)
            c.execute("UPDATE doc_events SET event=NULL")
            c.executemany("UPDATE doc_events SET event=? WHERE id=?", members)
            c.execute("DELETE FROM relations")
            c.executemany("INSERT INTO relations VALUES (?,?,?,?,?,?,?,?)", relations)
            c.execute("DELETE FROM merge_blocks")
            c.executemany("INSERT INTO merge_blocks VALUES (?,?)", sorted((blocks or {}).items()))
            if merged_rowid is not None:
                c.execute("INSERT OR REPLACE INTO meta VALUES ('merged_rowid', ?)", (str(merged_rowid),))

    def update_corpus(self, entities: Sequence[dict[str, Any]], old_events: Sequence[str],
                      events: Sequence[dict[str, Any]], members: Sequence[tuple[str, str]],
                      relations: Sequence[tuple[Any, ...]], blocks: Mapping[str, str], merged_rowid: int) -> None:
        """Write an incremental merge in one transaction: the ``entities`` given replace their
        rows; the ``old_events`` of the reclustered blocks give way to ``events`` and their
        ``members``; each ``relations`` row replaces its pair and month (all counts zero: the
        row goes); new reports get their ``blocks``."""
        with self.transaction() as c:
            c.executemany("DELETE FROM entities WHERE id=?", [(e["id"],) for e in entities])
            c.executemany("DELETE FROM person_keys WHERE entity=?", [(e["id"],) for e in entities])
            self._put_entities(c, entities)
            c.executemany("UPDATE doc_events SET event=NULL WHERE event=?", [(e,) for e in old_events])
            c.executemany("DELETE FROM events WHERE id=?", [(e,) for e in old_events])
            self._put_events(c, events)
            c.executemany("UPDATE doc_events SET event=? WHERE id=?", members)
            c.executemany("DELETE FROM relations WHERE a=? AND b=? AND month=?", [r[:3] for r in relations])
            c.executemany("INSERT INTO relations VALUES (?,?,?,?,?,?,?,?)",
                          [r for r in relations if any(r[3:7])])
            c.executemany("INSERT OR REPLACE INTO merge_blocks VALUES (?,?)", sorted(blocks.items()))
            c.execute("INSERT OR REPLACE INTO meta VALUES ('merged_rowid', ?)", (str(merged_rowid),))

    @staticmethod
    def _put_entities(c: sqlite3.Connection, entities: Sequence[dict[str, Any]]) -> None:
        c.executemany("INSERT INTO entities VALUES (?,?,?,?,?,?)",
                      [(e["id"], e["name"], e["type"], _j(e["aliases"]), e.get("stands_for"),
                        _j(e["documents"])) for e in entities])
        Store._put_person_keys(c, entities)

    @staticmethod
    def _put_person_keys(c: sqlite3.Connection, entities: Sequence[Mapping[str, Any]]) -> None:
        from lagebild.entities.kb import person_surnames
        c.executemany("INSERT OR IGNORE INTO person_keys VALUES (?,?)",
                      [(k, e["id"]) for e in entities for k in sorted(person_surnames(e))])

    @staticmethod
    def _put_events(c: sqlite3.Connection, events: Sequence[dict[str, Any]]) -> None:
        c.executemany(
            "INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [(e["id"], e["type"], e["mode"], e["status"], e["date"]["value"], e["date"]["start"],
              e["date"]["end"], e["date"]["granularity"], _j(e.get("date_conflict")) if
              e.get("date_conflict") else None, _j(e["source_actors"]), _j(e["target_actors"]),
              e["location"]) for e in events])

    def counts(self) -> dict[str, int]:
        """The numbers ``lagebild stats`` prints."""
        out = {}
        for key, table in (("documents", "documents"), ("entities", "entities"), ("quotes", "quotes"),
                           ("events", "events"), ("claims", "claims"), ("failures", "failures")):
            out[key] = self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: S608
        return out

    def duplicates(self) -> int:
        """How many stored documents nearly copy an earlier one."""
        return int(self.conn.execute("SELECT COUNT(*) FROM documents WHERE dup_of IS NOT NULL").fetchone()[0])
