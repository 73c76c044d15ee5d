"""CSV tables for pandas and spreadsheets: ``lagebild export --format csv DIR``.

One file per kind of record, one row per record, lists joined with ``"; "`` and entity ids
accompanied by their names, so that a table reads on its own. Files are UTF-8 with a byte
order mark (spreadsheets then detect the encoding; ``pandas.read_csv`` skips the mark).
Document bodies are left out (a spreadsheet cell holds at most 32,767 characters); the JSONL
export carries them, and every row here keeps its document id and offsets.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from lagebild.export import records
from lagebild.model import QUAD_CLASS
from lagebild.store import Store

SEP = "; "

#: The tables and their columns, in order.
COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("id", "title", "published", "published_inferred", "outlet", "authors", "language", "source",
                  "url", "raw_sha256", "characters", "dup_of", "superseded_by"),
    "entities": ("id", "name", "type", "aliases", "stands_for", "documents", "document_ids"),
    "quotes": ("id", "document", "speaker", "speaker_name", "kind", "speech_act", "cue", "text", "start", "end"),
    "events": ("id", "type", "quad_class", "mode", "status", "date_value", "date_start", "date_end", "granularity",
               "date_conflict", "source_actors", "source_names", "target_actors", "target_names", "location",
               "location_name", "mentions", "documents", "sentence"),
    "event_mentions": ("event", "document", "start", "end", "status", "sentence"),
    "claims": ("id", "document", "holder", "holder_name", "value", "unit", "hedge", "outcome", "text", "start",
               "end", "value_max"),
    "relations": ("a", "a_name", "b", "b_name", "month", "verbal_cooperation", "material_cooperation",
                  "verbal_conflict", "material_conflict", "score"),
}


def _write(path: Path, columns: tuple[str, ...], rows: Iterable[dict[str, Any]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.DictWriter(f, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        for row in rows:
            w.writerow(row)
    return path


def write_csv(store: Store, out: Path) -> list[Path]:
    """Write the tables of :data:`COLUMNS` as ``<name>.csv`` into the folder ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    names = {r["id"]: r["name"] for r in store.query("SELECT id, name FROM entities")}

    def named(ids: list[str]) -> str:
        return SEP.join(names.get(i, i) for i in ids)

    recs = records(store)
    docs = ({**d, "authors": SEP.join(d["authors"]), "characters": len(d["body"])} for d in recs["documents"])
    entities = ({**e, "aliases": SEP.join(e["aliases"]), "documents": len(e["documents"]),
                 "document_ids": SEP.join(e["documents"])} for e in recs["entities"])
    mentions: list[dict[str, Any]] = []

    def events() -> Iterable[dict[str, Any]]:
        for e in recs["events"]:
            mentions.extend({"event": e["id"], **m} for m in e["mentions"])
            yield {**e, "quad_class": QUAD_CLASS.get(e["type"], "other"), "date_value": e["date"]["value"],
                   "date_start": e["date"]["start"], "date_end": e["date"]["end"],
                   "granularity": e["date"]["granularity"], "date_conflict": e["date_conflict"] is not None,
                   "source_actors": SEP.join(e["source_actors"]), "source_names": named(e["source_actors"]),
                   "target_actors": SEP.join(e["target_actors"]), "target_names": named(e["target_actors"]),
                   "location_name": names.get(e["location"], e["location"]) if e["location"] else None,
                   "mentions": len(e["mentions"]),
                   "documents": SEP.join(dict.fromkeys(m["document"] for m in e["mentions"])),
                   "sentence": e["mentions"][0]["sentence"] if e["mentions"] else None}

    claims = ({**c, "holder_name": names.get(c["holder"]) if c["holder"] else None} for c in recs["claims"])
    relations = ({**dict(r), "a_name": names.get(r["a"], r["a"]), "b_name": names.get(r["b"], r["b"])}
                 for r in store.query("SELECT * FROM relations ORDER BY month, a, b"))
    written = [_write(out / "documents.csv", COLUMNS["documents"], docs),
               _write(out / "entities.csv", COLUMNS["entities"], entities),
               _write(out / "quotes.csv", COLUMNS["quotes"], recs["quotes"]),
               _write(out / "events.csv", COLUMNS["events"], events())]
    # events() has gathered the mentions while it was written
    written.append(_write(out / "event_mentions.csv", COLUMNS["event_mentions"], mentions))
    written += [_write(out / "claims.csv", COLUMNS["claims"], claims),
                _write(out / "relations.csv", COLUMNS["relations"], relations)]
    # the same manifest as the JSON Lines export: a later "lagebild run" over the folder skips it
    from lagebild.export import FORMAT

    manifest = out / "manifest.json"
    manifest.write_text(json.dumps({"format": FORMAT, "tables": "csv", "files": [p.name for p in written]},
                                   indent=2) + "\n", encoding="utf-8")
    return [*written, manifest]

