"""Exports: the ``lagebild-export/1`` records and the files written from them.

:func:`records` reads the store into the five record streams of the export format
(documents, entities, quotes, events, claims: see the format's documentation in
``docs/export.md``); each writer turns them into files: ``jsonl`` (the reference format that
other tools read), and the formats registered in :data:`WRITERS`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from lagebild.store import EVENT_ORDER, Store

FORMAT = "lagebild-export/1"
FILES = ("documents", "entities", "quotes", "events", "claims", "relations")


def _documents(store: Store) -> Iterator[dict[str, Any]]:
    superseded = store.has_column("documents", "superseded_by")  # not in an older database, read-only
    for r in store.query("SELECT * FROM documents ORDER BY id"):
        yield {"id": r["id"], "source": r["source"], "title": r["title"], "published": r["published"],
               "published_inferred": bool(r["published_inferred"]), "outlet": r["outlet"],
               "authors": json.loads(r["authors"]), "language": r["language"], "body": r["body"],
               "url": r["url"], "raw_sha256": r["raw_sha256"], "dup_of": r["dup_of"],
               "superseded_by": r["superseded_by"] if superseded else None}


def _entities(store: Store) -> Iterator[dict[str, Any]]:
    for r in store.query("SELECT * FROM entities ORDER BY id"):
        yield {"id": r["id"], "name": r["name"], "type": r["type"], "aliases": json.loads(r["aliases"]),
               "documents": json.loads(r["documents"]), "stands_for": r["stands_for"]}


def _quotes(store: Store) -> Iterator[dict[str, Any]]:
    for r in store.query("SELECT * FROM quotes ORDER BY document, start"):
        # (a speech act without its content is exported as the indirect speech it was in
        # lagebild-export/1, marked by the added field: the format's kinds are not widened)
        yield {"id": r["id"], "document": r["document"], "speaker": r["speaker"],
               "speaker_name": r["speaker_name"], "text": r["text"],
               "kind": "indirect" if r["kind"] == "reported" else r["kind"],
               "speech_act": r["kind"] == "reported", "cue": r["cue"],
               "start": r["start"], "end": r["end"],
               "occurrences": json.loads(r["occurrences"]) if r["occurrences"] else []}


def _events(store: Store) -> Iterator[dict[str, Any]]:
    mentions: dict[str, list[dict[str, Any]]] = {}
    origins: dict[str, set[str]] = {}
    for r in store.query("SELECT e.*, COALESCE(d.dup_of, d.id) AS origin FROM doc_events e"
                         " JOIN documents d ON d.id = e.document WHERE e.event IS NOT NULL"
                         " ORDER BY e.document, e.start"):
        origins.setdefault(r["event"], set()).add(r["origin"])
        mentions.setdefault(r["event"], []).append(
            {"document": r["document"], "start": r["start"], "end": r["end"], "sentence": r["sentence"],
             "status": r["status"], "date": json.loads(r["date"]) if r["date"] else None})
    for r in store.query(f"SELECT * FROM events ORDER BY {EVENT_ORDER}"):
        yield {"id": r["id"], "type": r["type"], "mode": r["mode"], "status": r["status"],
               "date": {"value": r["date_value"], "start": r["date_start"], "end": r["date_end"],
                        "granularity": r["granularity"]},
               "date_conflict": json.loads(r["date_conflict"]) if r["date_conflict"] else None,
               "source_actors": json.loads(r["source_actors"]), "target_actors": json.loads(r["target_actors"]),
               "location": r["location"], "mentions": mentions.get(r["id"], []),
               # a story copied by twenty outlets is one source with twenty appearances
               "sources": len(origins.get(r["id"], ())), "appearances": len(mentions.get(r["id"], []))}


def _claims(store: Store) -> Iterator[dict[str, Any]]:
    # (not in a database older than the column, opened read-only)
    outcome, value_max = store.has_column("claims", "outcome"), store.has_column("claims", "value_max")
    for r in store.query("SELECT * FROM claims ORDER BY document, start"):
        yield {"id": r["id"], "document": r["document"], "holder": r["holder"], "text": r["text"],
               "value": r["value"], "value_max": r["value_max"] if value_max else None, "unit": r["unit"],
               "hedge": r["hedge"], "outcome": r["outcome"] if outcome else None, "start": r["start"],
               "end": r["end"]}


def _relations(store: Store) -> Iterator[dict[str, Any]]:
    for r in store.query("SELECT * FROM relations ORDER BY a, b, month"):
        yield {"a": r["a"], "b": r["b"], "month": r["month"], "verbal_cooperation": r["verbal_cooperation"],
               "material_cooperation": r["material_cooperation"], "verbal_conflict": r["verbal_conflict"],
               "material_conflict": r["material_conflict"], "score": r["score"]}


def records(store: Store) -> dict[str, Iterator[dict[str, Any]]]:
    """The export's record streams, by file name (without ``.jsonl``)."""
    return {"documents": _documents(store), "entities": _entities(store), "quotes": _quotes(store),
            "events": _events(store), "claims": _claims(store), "relations": _relations(store)}


def write_jsonl(store: Store, out: Path) -> list[Path]:
    """Write ``lagebild-export/1`` as JSON Lines files into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, rows in records(store).items():
        path = out / f"{name}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        written.append(path)
    manifest = out / "manifest.json"
    manifest.write_text(json.dumps({"format": FORMAT, "files": [p.name for p in written]}, indent=2) + "\n",
                        encoding="utf-8")
    return [*written, manifest]


def _lazy(module: str, func: str) -> Callable[[Store, Path], list[Path]]:
    def call(store: Store, out: Path) -> list[Path]:
        import importlib

        return getattr(importlib.import_module(module), func)(store, out)
    return call


#: Every export format by name: the CLI's ``--format`` choices.
WRITERS: dict[str, Callable[[Store, Path], list[Path]]] = {
    "jsonl": write_jsonl,
    "csv": _lazy("lagebild.export.tables", "write_csv"),
    "gexf": _lazy("lagebild.export.gexf", "write_gexf"),
    "timelinejs": _lazy("lagebild.export.timelinejs", "write_timelinejs"),
}


def export(store: Store, fmt: str, out: Path) -> list[Path]:
    """Write the store in format ``fmt`` into the folder ``out``."""
    return WRITERS[fmt](store, out)
