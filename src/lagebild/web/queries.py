"""Read views over the store for the web UI, the dossier and the table exports.

Every function takes a :class:`~lagebild.store.Store`, reads through ``store.query`` and
returns plain JSON-ready dicts and lists; none writes. The HTTP layer (:mod:`lagebild.web.app`)
only parses parameters, calls one of these and returns the result.

Offsets are Python string indices into ``documents.body``. The browser never slices text by
them (JavaScript strings count UTF-16 units, so an emoji or a rare CJK character before a span
would shift every highlight after it): :func:`document` sends the body already cut into
segments, and excerpts come as ``before``/``match``/``after`` strings.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import Any

from lagebild.errors import LagebildError
from lagebild.model import QUAD_CLASS
from lagebild.store import EVENT_ORDER, Store
from lagebild.web import claimlabels
from lagebild.web.labels import UI_LANGUAGES as UI_LANGUAGES  # re-exported: the exports read it here
from lagebild.web.labels import actor_name
from lagebild.web.labels import labels as labels

Row = dict[str, Any]

def corpus_language(store: Store) -> str:
    """The language most documents are written in (``en`` for an empty store)."""
    rows = store.query("SELECT language, COUNT(*) AS n FROM documents GROUP BY language ORDER BY n DESC, language")
    return str(rows[0]["language"]) if rows else "en"


def quad(event_type: str) -> str:
    """PLOVER's quad class of an event type; ``other`` for OTHER and unknown types."""
    return QUAD_CLASS.get(event_type, "other")


def _names(store: Store) -> dict[str, Row]:
    lang = corpus_language(store)
    return {r["id"]: {"id": r["id"], "name": actor_name(r["id"], r["name"], lang), "type": r["type"]}
            for r in store.query("SELECT id, name, type FROM entities")}


def _actor(names: dict[str, Row], entity_id: str | None) -> Row | None:
    if entity_id is None:
        return None
    return names.get(entity_id, {"id": entity_id, "name": entity_id, "type": None})


def excerpt(sentence: str, base: int, hl_start: int, hl_end: int) -> Row:
    """A sentence that starts at body offset ``base``, cut around the body span ``hl_start:hl_end``."""
    n = len(sentence)
    a, b = max(0, min(hl_start - base, n)), max(0, min(hl_end - base, n))
    return {"before": sentence[:a], "match": sentence[a:b], "after": sentence[b:], "start": base, "end": base + n}


def _bodies(store: Store, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {r["id"]: r["body"] for r in store.query(f"SELECT id, body FROM documents WHERE id IN ({marks})",  # noqa: S608
                                                   sorted(ids))}


def _titles(store: Store) -> dict[str, Row]:
    return {r["id"]: {"title": r["title"], "published": r["published"], "outlet": r["outlet"]}
            for r in store.query("SELECT id, title, published, outlet FROM documents")}


# -- overview -----------------------------------------------------------------------------------
def meta(store: Store) -> Row:
    """What the UI needs first: language and labels, counts, the corpus' period, filter choices."""
    lang = corpus_language(store)
    actors = entities(store)
    span = store.query("SELECT MIN(date_start) AS lo, MAX(COALESCE(date_end, date_start)) AS hi FROM events")[0]
    types = [r["type"] for r in store.query("SELECT DISTINCT type FROM events ORDER BY type")]
    return {"language": lang, "labels": labels(lang), "counts": store.counts(),
            "period": {"start": span["lo"], "end": span["hi"]}, "event_types": types,
            "actors": [a for a in actors if a["events"]],
            "speakers": sorted((a for a in actors if a["quotes"]), key=lambda a: (-a["quotes"], a["name"]))}


# -- events and timeline ------------------------------------------------------------------------
def _overlaps(r: Any, since: str | None, until: str | None) -> bool:
    if since is None and until is None:
        return True
    lo, hi = r["date_start"], r["date_end"] or r["date_start"]
    if lo is None:
        return False
    return (until is None or lo <= until) and (since is None or hi >= since)


def _first_day(period: str) -> str:
    """The first day of an ISO year, month or day: ``2025`` → ``2025-01-01``."""
    return {4: f"{period}-01-01", 7: f"{period}-01"}.get(len(period), period)


def _last_day(period: str) -> str:
    """The last day of an ISO year, month or day: ``2025-02`` → ``2025-02-28``."""
    if len(period) == 4:
        return f"{period}-12-31"
    if len(period) == 7:
        y, m = int(period[:4]), int(period[5:7])
        return (date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)).isoformat()
    return period


def _side(store: Store, entity_id: str) -> set[str]:
    """An entity with every entity that stands for it (Russland: Putin, Moskau, der Kreml …)."""
    return {entity_id} | {r["id"] for r in store.query("SELECT id FROM entities WHERE stands_for=?", (entity_id,))}


def _rows_for(store: Store, ids: set[str]) -> list[Any]:
    return [r for i in sorted(ids) for r in store.query("SELECT name, aliases FROM entities WHERE id=?", (i,))]


def actor_ids(store: Store, actor: str) -> set[str]:
    """The entities ``actor`` names: an entity id, or a name or alias of one or more entities
    (case and accents aside: "zelensky", "Kremlchef"), or else every entity a name or alias of
    which contains it ("Wulandari": Retno Wulandari; "Regierungschef": the entity called
    "israelischen Regierungschef"), as analysts type a surname."""
    if store.query("SELECT 1 FROM entities WHERE id=?", (actor,)):
        return {actor}
    key = _fold(actor)
    if not key:
        return set()
    rows = [(r["id"], [_fold(n) for n in (r["name"], *json.loads(r["aliases"]))])
            for r in store.query("SELECT id, name, aliases FROM entities")]
    return {i for i, names in rows if key in names} or {i for i, names in rows if any(key in n for n in names)}


#: An actor filter: a name, an alias or an id that the query resolves with :func:`actor_ids`, or
#: the entity ids a caller resolved already. The web API resolves a typed name once, to answer
#: 404 where it names nobody, and passes the ids on: a second scan of the entities table for the
#: same name would cost as much again and could, in principle, disagree with the first.
Actor = str | frozenset[str]


def resolved(store: Store, actor: Actor) -> frozenset[str]:
    """The entity ids an actor filter stands for (see :data:`Actor`)."""
    return actor if isinstance(actor, frozenset) else frozenset(actor_ids(store, actor))


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).casefold().split())


def _event_rows(store: Store, actor: Actor | None, event_type: str | None, since: str | None,
                until: str | None, partner: Actor | None = None, sides: bool = False) -> list[Any]:
    since, until = (_first_day(since) if since else None), (_last_day(until) if until else None)
    rows = store.query(f"SELECT * FROM events ORDER BY {EVENT_ORDER}")
    wanted = []
    for x in (actor, partner):
        if x:
            ids = resolved(store, x)
            wanted.append(set().union(*(_side(store, i) for i in ids)) if sides else ids)
    event_type = event_type.upper() if event_type else None
    out = []
    for r in rows:
        if event_type and r["type"] != event_type:
            continue
        involved = set(json.loads(r["source_actors"]) + json.loads(r["target_actors"]))
        if any(not (w & involved) for w in wanted):
            continue
        if _overlaps(r, since, until):
            out.append(r)
    return out


def _cities(store: Store, names: dict[str, Row]) -> dict[str, str]:
    """Places that speak for their state ("Peking" -> China), where the corpus holds the state."""
    return {r["id"]: r["stands_for"] for r in store.query(
        "SELECT id, stands_for FROM entities WHERE type='LOC' AND stands_for IS NOT NULL") if r["stands_for"] in names}


def _event_actor(names: dict[str, Row], cities: dict[str, str], entity_id: str) -> Row | None:
    """An event's actor; a city that speaks for its state carries the state ("state"), which the
    interface shows first: "China (Peking) → USA" (trial 7). The export is not affected."""
    row = _actor(names, entity_id)
    state = cities.get(entity_id)
    return {**row, "state": names[state]} if row is not None and state is not None else row


def _event(r: Any, names: dict[str, Row], mentions: list[Row], cities: dict[str, str] | None = None) -> Row:
    cities = cities or {}
    return {"id": r["id"], "type": r["type"], "quad": quad(r["type"]), "mode": r["mode"], "status": r["status"],
            "date": {"value": r["date_value"], "start": r["date_start"], "end": r["date_end"],
                     "granularity": r["granularity"]},
            "date_conflict": json.loads(r["date_conflict"]) if r["date_conflict"] else None,
            "source_actors": [_event_actor(names, cities, a) for a in json.loads(r["source_actors"])],
            "target_actors": [_event_actor(names, cities, a) for a in json.loads(r["target_actors"])],
            "location": _actor(names, r["location"]), "mentions": mentions}


def _report_date(raw: str | None) -> str | None:
    """The date one report gives its event ("2025-03-17"), as its calendar value or interval."""
    d = json.loads(raw) if raw else None
    if not d:
        return None
    return d.get("value") or (f"{d['start']}/{d['end']}" if d.get("start") and d.get("end") else None)


def _mentions_by_event(store: Store, event_ids: list[str] | None = None) -> dict[str, list[Row]]:
    titles = _titles(store)
    sql = "SELECT * FROM doc_events WHERE event IS NOT NULL"
    params: list[Any] = []
    if event_ids is not None:
        sql += f" AND event IN ({','.join('?' * len(event_ids))})"
        params = event_ids
    out: dict[str, list[Row]] = defaultdict(list)
    for r in store.query(sql + " ORDER BY document, start", params):
        t = titles.get(r["document"], {})
        out[r["event"]].append({"id": r["id"], "document": r["document"], "title": t.get("title"),
                                "published": t.get("published"), "outlet": t.get("outlet"),
                                "start": r["start"], "end": r["end"], "sentence": r["sentence"],
                                "status": r["status"], "date": _report_date(r["date"])})
    return out


def events(store: Store, *, actor: Actor | None = None, event_type: str | None = None, since: str | None = None,
           until: str | None = None, partner: Actor | None = None, sides: bool = False, limit: int = 1000,
           offset: int = 0) -> list[Row]:
    """Merged events in timeline order (:data:`lagebild.store.EVENT_ORDER`: by the last day each
    may have happened, a month after its days; undated last), each with its actors' names and
    every mention.

    ``actor`` keeps events where the entity acts or is acted on, ``partner`` those where a
    second one takes part as well (the events behind an edge of the network); with ``sides``
    each also stands for the entities that act for it (USA: Trump). ``since``/``until`` (ISO
    days) keep events whose date interval overlaps the period (undated events drop out).
    """
    rows = _event_rows(store, actor, event_type, since, until, partner, sides)[offset:offset + limit]
    names = _names(store)
    mentions = _mentions_by_event(store, [r["id"] for r in rows]) if len(rows) < 500 else _mentions_by_event(store)
    cities = _cities(store, names)
    return [_event(r, names, mentions.get(r["id"], []), cities) for r in rows]


def event(store: Store, event_id: str) -> Row | None:
    """One merged event; each mention carries its sentence as an excerpt around the evidence span."""
    rows = store.query("SELECT * FROM events WHERE id=?", (event_id,))
    if not rows:
        return None
    mentions = _mentions_by_event(store, [event_id]).get(event_id, [])
    bodies = _bodies(store, {m["document"] for m in mentions})
    for m in mentions:
        body = bodies.get(m["document"], "")
        s_start = _sentence_start(body, m["sentence"], m["start"])
        m["excerpt"] = excerpt(m["sentence"], s_start, m["start"], m["end"])
    names = _names(store)
    return {**_event(rows[0], names, mentions, _cities(store, names)),
            "claims": claims_by_event(store, [{"id": event_id, "mentions": mentions}]).get(event_id, [])}


def claims_by_event(store: Store, events: list[Row]) -> dict[str, list[Row]]:
    """The numeric claims stated in the sentences of each event's reports (by event id), oldest
    document first: where two outlets count the dead of one attack differently ("mindestens 12"
    in the agency copy, "14" a day later), both figures stand beside each other with their
    outlets. A claim's span is its sentence, so one that overlaps a report's evidence is in the
    report's sentence. A version of an article that a later one of the same outlet supersedes
    gives none: its figures are the outlet's earlier word, not a second outlet's."""
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for ev in events:
        for m in ev["mentions"]:
            spans[m["document"]].append((m["start"], m["end"], ev["id"]))
    out: dict[str, list[Row]] = defaultdict(list)
    if not spans:
        return out
    docs, rows = sorted(spans), []
    current = " AND d.superseded_by IS NULL" if store.has_column("documents", "superseded_by") else ""
    for k in range(0, len(docs), 500):  # SQLite's limit on bound parameters is 999 in old builds
        part = docs[k:k + 500]
        rows += store.query("SELECT c.*, d.title, d.published, d.outlet FROM claims c"
                            f" JOIN documents d ON d.id = c.document WHERE c.document IN ({','.join('?' * len(part))})"
                            + current, part)  # noqa: S608
    rows.sort(key=lambda r: (r["published"] is None, r["published"] or "", r["document"], r["start"]))
    names, lang = _names(store), corpus_language(store)
    for r in rows:
        for event_id in dict.fromkeys(ev for lo, hi, ev in spans[r["document"]] if r["start"] < hi and lo < r["end"]):
            out[event_id].append(_claim(r, names, lang))
    return out


def _outcome(r: Any) -> str | None:
    """A claims row's outcome; None from a database older than the column (read-only)."""
    return r["outcome"] if "outcome" in r.keys() else None  # noqa: SIM118 (a Row's "in" looks at its values)


def _value_max(r: Any) -> float | None:
    """A claims row's upper bound ("Tausende": 9999); None from a database older than the column."""
    return r["value_max"] if "value_max" in r.keys() else None  # noqa: SIM118


def _claim(r: Any, names: dict[str, Row], lang: str) -> Row:
    """A claims row (joined with its document's title, date and outlet) as the API gives it: the
    raw keys, and the texts the UI shows in its language (:func:`claimlabels.rendered`)."""
    holder = _actor(names, r["holder"])
    c = {"id": r["id"], "document": r["document"], "title": r["title"], "published": r["published"],
         "outlet": r["outlet"], "holder": r["holder"], "holder_name": holder["name"] if holder else None,
         "value": r["value"], "value_max": _value_max(r), "unit": r["unit"], "hedge": r["hedge"],
         "outcome": _outcome(r), "text": r["text"], "start": r["start"], "end": r["end"]}
    return {**c, **claimlabels.rendered(c, lang)}


def _sentence_start(body: str, sentence: str, start: int) -> int:
    """Where the stored evidence sentence begins: the last occurrence at or before ``start``."""
    i = body.rfind(sentence, 0, start + len(sentence))
    return i if 0 <= i <= start else start


def _day_after(day: str) -> str:
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()


def _label(e: Row) -> str:
    src = ", ".join(a["name"] for a in e["source_actors"])
    tgt = ", ".join(a["name"] for a in e["target_actors"])
    return f"{src} → {tgt}" if src and tgt else src or tgt


def timeline(store: Store, **filters: Any) -> Row:
    """Timeline items: a day is a point; a month, season, quarter or year is a band over its days.

    ``end`` is exclusive (the day after the last day), as timeline widgets expect. Undated
    events cannot be placed: they come as a list of their own.
    """
    items, undated = [], []
    for e in events(store, limit=100_000, **filters):
        d = e["date"]
        if not d["start"]:
            undated.append({"id": e["id"], "type": e["type"], "quad": e["quad"], "status": e["status"],
                            "label": _label(e), "mentions": len(e["mentions"])})
            continue
        last = d["end"] or d["start"]
        items.append({"id": e["id"], "type": e["type"], "quad": e["quad"], "status": e["status"],
                      "granularity": d["granularity"], "value": d["value"], "start": d["start"],
                      "end": _day_after(last), "point": last == d["start"],
                      "label": _label(e), "conflict": e["date_conflict"] is not None,
                      "mentions": len(e["mentions"]),
                      "actors": [a["id"] for a in e["source_actors"] + e["target_actors"]]})
    # on an axis a band is drawn where it begins: the widget stacks the items in the order of
    # their first day, not in the lists' order (store.EVENT_ORDER)
    items.sort(key=lambda i: (i["start"], i["id"]))
    return {"items": items, "undated": undated}


# -- entities -----------------------------------------------------------------------------------
def _event_counts(store: Store) -> Counter[str]:
    counts: Counter[str] = Counter()
    for r in store.query("SELECT source_actors, target_actors FROM events"):
        for a in set(json.loads(r["source_actors"]) + json.loads(r["target_actors"])):
            counts[a] += 1
    return counts


def entities(store: Store, *, entity_type: str | None = None, q: str | None = None) -> list[Row]:
    """Canonical entities with their counts, the most mentioned first. Mentions and quotations
    count in independent articles only: an agency text in twenty outlets says it once."""
    mentions = Counter({r["entity"]: r["n"] for r in store.query(
        "SELECT m.entity, COUNT(*) AS n FROM mentions m JOIN documents d ON d.id = m.document"
        " WHERE m.entity IS NOT NULL AND d.dup_of IS NULL GROUP BY m.entity")})
    quotes = Counter({r["speaker"]: r["n"] for r in store.query(
        "SELECT q.speaker, COUNT(*) AS n FROM quotes q JOIN documents d ON d.id = q.document"
        " WHERE q.speaker IS NOT NULL AND d.dup_of IS NULL GROUP BY q.speaker")})
    evs = _event_counts(store)
    out = []
    needle = q.casefold() if q else None
    lang = corpus_language(store)
    for r in store.query("SELECT * FROM entities"):
        aliases = json.loads(r["aliases"])
        if entity_type and r["type"] != entity_type:
            continue
        if needle and not any(needle in s.casefold() for s in [r["name"], *aliases]):
            continue
        out.append({"id": r["id"], "name": actor_name(r["id"], r["name"], lang), "type": r["type"], "aliases": aliases,
                    "stands_for": r["stands_for"], "documents": len(json.loads(r["documents"])),
                    "mentions": mentions[r["id"]], "quotes": quotes[r["id"]], "events": evs[r["id"]]})
    out.sort(key=lambda e: (-e["mentions"] - e["events"] - e["quotes"], e["name"].casefold()))
    return out


def entity(store: Store, entity_id: str) -> Row | None:
    """An actor page: identity, aliases, roles, quotations, events, documents and relations."""
    rows = store.query("SELECT * FROM entities WHERE id=?", (entity_id,))
    if not rows:
        return None
    r = rows[0]
    names = _names(store)
    doc_ids = json.loads(r["documents"])
    bodies = _bodies(store, set(doc_ids))
    roles: Counter[str] = Counter()
    forms: Counter[str] = Counter()
    for m in store.query("SELECT document, start, end, kind FROM mentions WHERE entity=?", (entity_id,)):
        text = bodies.get(m["document"], "")[m["start"]:m["end"]]
        if text:
            (roles if m["kind"] == "role" else forms)[text] += 1
    titles = _titles(store)
    me = frozenset({entity_id})  # the page's own id: nothing to resolve
    docs = [{"id": d, **titles.get(d, {})} for d in doc_ids]
    docs.sort(key=lambda d: (d.get("published") or "", d["id"]))
    return {"id": r["id"], "name": names[r["id"]]["name"] if r["id"] in names else r["name"], "type": r["type"],
            "aliases": json.loads(r["aliases"]), "stands_for": _actor(names, r["stands_for"]),
            "represented_by": [names[x["id"]] for x in store.query(
                "SELECT id FROM entities WHERE stands_for=? ORDER BY name", (entity_id,)) if x["id"] in names],
            "roles": [{"text": t, "count": n} for t, n in roles.most_common()],
            "forms": [{"text": t, "count": n} for t, n in forms.most_common()],
            "quotes": quotes(store, speaker=me),
            "claims": claims(store, holder=me),
            "events": events(store, actor=me),
            "documents": docs,
            "relations": relations(store, actor=me, level="actors")["edges"]}


# -- quotations ---------------------------------------------------------------------------------
def quotes(store: Store, *, speaker: Actor | None = None, document: str | None = None, limit: int = 1000,
           offset: int = 0) -> list[Row]:
    """Quotations with their speaker and the sentence they stand in (as an excerpt)."""
    where, params = [], []
    if speaker:
        # an id, or any name or alias of an actor ("Vucic", "der Kremlchef"), as for events
        ids = sorted(resolved(store, speaker)) or ([speaker] if isinstance(speaker, str) else [])
        where.append(f"q.speaker IN ({','.join('?' * len(ids))})")
        params.extend(ids)
    if document:
        where.append("q.document=?")
        params.append(document)
    sql = ("SELECT q.*, d.title, d.published, d.outlet, substr(d.body, COALESCE(q.sentence_start, q.start) + 1,"
           " COALESCE(q.sentence_end, q.end) - COALESCE(q.sentence_start, q.start)) AS sentence"
           " FROM quotes q JOIN documents d ON d.id = q.document")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY d.published IS NULL, d.published, q.document, q.start LIMIT ? OFFSET ?"
    out = []
    for r in store.query(sql, [*params, limit, offset]):
        s0 = r["sentence_start"] if r["sentence_start"] is not None else r["start"]
        out.append({"id": r["id"], "document": r["document"], "title": r["title"], "published": r["published"],
                    "outlet": r["outlet"], "speaker": r["speaker"], "speaker_name": r["speaker_name"],
                    "text": r["text"], "kind": r["kind"], "cue": r["cue"], "start": r["start"], "end": r["end"],
                    "excerpt": excerpt(r["sentence"], s0, r["start"], r["end"])})
    return out


# -- numeric claims -----------------------------------------------------------------------------
def claims(store: Store, *, holder: Actor | None = None, document: str | None = None, unit: str | None = None,
           outcome: str | None = None, limit: int = 1000, offset: int = 0) -> list[Row]:
    """Numeric claims with their holder and the sentence that states them; ``outcome`` keeps the
    counts of people killed, injured … (see ``docs/export.md``)."""
    if outcome and not store.has_column("claims", "outcome"):
        return []  # a database from before the column, opened read-only: no claim has one
    where, params = [], []
    if holder:
        ids = sorted(resolved(store, holder)) or ([holder] if isinstance(holder, str) else [])
        where.append(f"c.holder IN ({','.join('?' * len(ids))})")
        params.extend(ids)
    for column, value in (("c.document", document), ("c.unit", unit), ("c.outcome", outcome)):
        if value:
            where.append(f"{column}=?")
            params.append(value)
    sql = ("SELECT c.*, d.title, d.published, d.outlet FROM claims c JOIN documents d ON d.id = c.document")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY d.published IS NULL, d.published, c.document, c.start LIMIT ? OFFSET ?"
    names, lang = _names(store), corpus_language(store)
    return [_claim(r, names, lang) for r in store.query(sql, [*params, limit, offset])]


# -- documents ----------------------------------------------------------------------------------
def documents(store: Store) -> list[Row]:
    """Every document's metadata with its counts, newest first."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for table in ("quotes", "doc_events", "claims", "mentions"):
        for r in store.query(f"SELECT document, COUNT(*) AS n FROM {table} GROUP BY document"):  # noqa: S608
            counts[r["document"]][table] = r["n"]
    return [{"id": r["id"], "title": r["title"], "published": r["published"], "outlet": r["outlet"],
             "authors": json.loads(r["authors"]), "language": r["language"], "source": r["source"],
             "url": r["url"], "quotes": counts[r["id"]]["quotes"], "events": counts[r["id"]]["doc_events"],
             "claims": counts[r["id"]]["claims"], "mentions": counts[r["id"]]["mentions"]}
            for r in store.query("SELECT id, title, published, outlet, authors, language, source, url"
                                 " FROM documents ORDER BY published DESC, id")]


def _annotations(store: Store, doc_id: str, body: str, names: dict[str, Row]) -> list[Row]:
    out: list[Row] = []
    for r in store.query("SELECT * FROM mentions WHERE document=? ORDER BY start", (doc_id,)):
        out.append({"kind": "mention", "start": r["start"], "end": r["end"], "label": r["label"],
                    "mention_kind": r["kind"], "entity": _actor(names, r["entity"])})
    for r in store.query("SELECT * FROM timexes WHERE document=? ORDER BY start", (doc_id,)):
        out.append({"kind": "timex", "start": r["start"], "end": r["end"], "type": r["type"], "value": r["value"],
                    "mod": r["mod"], "date": json.loads(r["date"]) if r["date"] else None})
    for r in store.query("SELECT * FROM quotes WHERE document=? ORDER BY start", (doc_id,)):
        out.append({"kind": "quote", "id": r["id"], "start": r["start"], "end": r["end"], "quote_kind": r["kind"],
                    "text": r["text"],
                    "speaker": _actor(names, r["speaker"]), "speaker_name": r["speaker_name"], "cue": r["cue"]})
    for r in store.query("SELECT * FROM doc_events WHERE document=? ORDER BY start", (doc_id,)):
        out.append({"kind": "event", "id": r["id"], "event": r["event"], "start": r["start"], "end": r["end"],
                    "type": r["type"], "quad": quad(r["type"]), "status": r["status"], "mode": r["mode"],
                    "date": json.loads(r["date"]) if r["date"] else None,
                    "source_actors": [_actor(names, a) for a in json.loads(r["sources"])],
                    "target_actors": [_actor(names, a) for a in json.loads(r["targets"])]})
    lang = corpus_language(store)
    for r in store.query("SELECT * FROM claims WHERE document=? ORDER BY start", (doc_id,)):
        c = {"kind": "claim", "id": r["id"], "start": r["start"], "end": r["end"], "value": r["value"],
             "value_max": _value_max(r), "text": r["text"], "unit": r["unit"], "hedge": r["hedge"],
             "outcome": _outcome(r), "holder": _actor(names, r["holder"])}
        out.append({**c, **claimlabels.rendered(c, lang)})
    n = len(body)
    return [a for a in out if 0 <= a["start"] < a["end"] <= n]


def segments(body: str, spans: list[tuple[int, int]]) -> list[Row]:
    """The body cut at every span boundary: ``{"start", "end", "text", "marks"}`` in order.

    ``marks`` lists the indices of the spans that cover the segment, so the browser can wrap
    each segment in one element without ever computing an offset itself.
    """
    cuts = sorted({0, len(body), *(p for s in spans for p in s if 0 <= p <= len(body))})
    starts: dict[int, list[int]] = defaultdict(list)
    for i, (a, _b) in enumerate(spans):
        starts[a].append(i)
    active: set[int] = set()
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        active = {i for i in active if spans[i][1] > a} | set(starts.get(a, ()))
        out.append({"start": a, "end": b, "text": body[a:b], "marks": sorted(active)})
    return out


def document(store: Store, doc_id: str, *, focus: tuple[int, int] | None = None) -> Row | None:
    """A document with its clean body cut into segments and every extraction as an annotation.

    ``focus`` (a body span, e.g. an item's sentence) becomes a cut as well and is returned as
    ``focus`` so that the page can scroll to it and highlight exactly its segments.
    """
    rows = store.query("SELECT * FROM documents WHERE id=?", (doc_id,))
    if not rows:
        return None
    r = rows[0]
    body = r["body"]
    anns = _annotations(store, doc_id, body, _names(store))
    spans = [(a["start"], a["end"]) for a in anns]
    if focus is not None:
        focus = (max(0, min(focus[0], len(body))), max(0, min(focus[1], len(body))))
        spans.append(focus)
    segs = segments(body, spans)
    if focus is not None:
        f = len(spans) - 1
        for s in segs:
            s["focus"] = f in s["marks"]
            s["marks"] = [m for m in s["marks"] if m != f]
    return {"id": r["id"], "title": r["title"], "published": r["published"], "outlet": r["outlet"],
            "authors": json.loads(r["authors"]), "language": r["language"], "source": r["source"],
            "url": r["url"], "annotations": anns, "segments": segs,
            "focus": {"start": focus[0], "end": focus[1]} if focus else None}


# -- search -------------------------------------------------------------------------------------
_WORD = re.compile(r"\w+", re.UNICODE)
HIT_START, HIT_END = "\x02", "\x03"


class SearchQueryError(LagebildError):
    """A search query FTS5 cannot read: an operator without a term on each side, unbalanced
    brackets or quotation marks. The API answers it with 400 and the message, never with 500."""

    code = "E510"


#: A search query's tokens: a phrase in quotation marks, NEAR( … ), a bracket, a word.
_QUERY_TOKEN = re.compile(r'"[^"]*"?|NEAR\(|[()]|[^\s()"]+')
_OPERATORS = ("AND", "OR", "NOT")

#: German spellings of one word: "Zölle" is written "Zoelle" where no umlauts can be typed, and the
#: index folds "ö" to "o" (``remove_diacritics``), so a word with either spelling also matches the
#: other (a digraph after "q" or a vowel stays: "Quelle", "neue").
_UMLAUT = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
_DIGRAPH = re.compile(r"(?<![qaeiouäöü])(ae|oe|ue)")


def _spellings(word: str) -> list[str]:
    """``word`` and its other German spellings: "Zoelle" -> Zoelle, Zolle; "Zölle" -> Zölle, Zoelle."""
    low = word.lower()
    out = [word]
    if any(c in low for c in _UMLAUT):
        out.append("".join(_UMLAUT.get(c, c) for c in low))
    if _DIGRAPH.search(low):
        out.append(_DIGRAPH.sub(lambda m: m.group(1)[0], low))
    return list(dict.fromkeys(out))


def _term(words: list[str], prefix: bool) -> str:
    """One term: a word with its other spellings, or a phrase, quoted for FTS5."""
    star = "*" if prefix else ""
    if len(words) == 1:
        alts = [f'"{w}"{star}' for w in _spellings(words[0])]
        return alts[0] if len(alts) == 1 else "(" + " OR ".join(alts) + ")"
    return f'"{" ".join(words)}"{star}'


def fts_query(text: str) -> str | None:
    """A user's search as a safe FTS5 query, or None where it has no word.

    The syntax (``docs/ui.md``): words are all required, the last one also as the start of a
    longer word; "a phrase" in quotation marks; ``OR``, ``AND`` and ``NOT`` in capitals between
    two terms; brackets group; ``NEAR(a b)`` or ``NEAR(a b, 5)``: words at most 10 (5) words apart.
    Every word is quoted, so that anything else FTS5 reads as syntax is a word here ("Riad:
    Gespräche" searches for two words, not a column). A query that breaks the syntax raises
    :class:`SearchQueryError`, with what is wrong.
    """
    tokens = _QUERY_TOKEN.findall(text)
    out: list[str] = []
    depth, expect_term = 0, True  # a term must come first, after an operator and after "("
    i = 0
    last_word = max((k for k, t in enumerate(tokens) if _WORD.search(t) and t not in _OPERATORS
                     and not (len(t) > 1 and t.startswith('"') and t.endswith('"')) and t != "NEAR("), default=-1)
    while i < len(tokens):
        tok = tokens[i]
        if tok in _OPERATORS:
            if expect_term:
                raise SearchQueryError(f"{tok} needs a word before it: {text!r}")
            out.append(tok)
            expect_term = True
        elif tok == "(":
            if not expect_term:
                out.append("AND")
            out.append("(")
            depth, expect_term = depth + 1, True
        elif tok == ")":
            if depth == 0:
                raise SearchQueryError(f"a closing bracket without an opening one: {text!r}")
            if expect_term:
                raise SearchQueryError(f"an operator or an empty bracket before ')': {text!r}")
            out.append(")")
            depth -= 1
        elif tok == "NEAR(":
            close = next((k for k in range(i + 1, len(tokens)) if tokens[k] == ")"), None)
            if close is None:
                raise SearchQueryError(f"NEAR( without its closing bracket: {text!r}")
            inner = " ".join(tokens[i + 1:close])
            distance = re.search(r",\s*(\d+)\s*$", inner)
            words = _WORD.findall(inner[:distance.start()] if distance else inner)
            if len(words) < 2:
                raise SearchQueryError(f"NEAR( … ) needs two words or more: {text!r}")
            if not expect_term:
                out.append("AND")
            out.append("NEAR(" + " ".join(f'"{w}"' for w in words) + (f", {distance.group(1)}" if distance else "")
                       + ")")
            expect_term, i = False, close
        else:
            # a quotation mark left open is no phrase: its words are words ('Riad: "Gespräche')
            phrase = len(tok) > 1 and tok.startswith('"') and tok.endswith('"')
            words = _WORD.findall(tok)
            for k, w in enumerate(words if not phrase else [" ".join(words)] if words else []):
                if not expect_term:
                    out.append("AND")
                last = i == last_word and i == len(tokens) - 1 and k == len(words) - 1
                out.append(_term(w.split(), prefix=last))
                expect_term = False
        i += 1
    if not out:
        return None
    if depth:
        raise SearchQueryError(f"an opening bracket without its closing one: {text!r}")
    if expect_term:
        raise SearchQueryError(f"{out[-1]} needs a word after it: {text!r}")
    return " ".join(out)


def _snippet(text: str) -> list[Row]:
    parts = []
    for i, chunk in enumerate(re.split(f"[{HIT_START}{HIT_END}]", text)):
        if chunk:
            parts.append({"text": chunk, "hit": i % 2 == 1})
    return parts


def search(store: Store, text: str, *, kind: str | None = None, limit: int = 50) -> Row:
    """Full-text search (FTS5) over documents, quotations and event sentences, plus actor names.

    Each hit says where it lies: its document and, for quotations and events, its body span.
    """
    q = fts_query(text)
    if q is None:
        return {"query": text, "hits": [], "actors": []}
    # an actor's name finds the texts that use any of its names: "Zelensky" finds "Selenskyj"
    ids = actor_ids(store, text.strip())
    if ids and len(ids) <= 3:
        names = {text.strip()}
        for r in _rows_for(store, ids):
            names.update([r["name"], *json.loads(r["aliases"])])
        # each name as its words, all required (the user's own words keep their prefix match)
        alternatives = [" ".join(f'"{w}"' for w in _WORD.findall(n)) for n in sorted(names - {text.strip()})]
        q = " OR ".join(f"({a})" for a in [q, *[a for a in alternatives if a][:40]])
    sql = ("SELECT kind, ref, document, snippet(search, 3, ?, ?, '…', 14) AS snip FROM search"
           " WHERE search MATCH ?")
    params: list[Any] = [HIT_START, HIT_END, q]
    if kind:
        sql += " AND kind=?"
        params.append(kind)
    try:
        rows = store.query(sql + " ORDER BY rank LIMIT ?", [*params, limit])
    except sqlite3.OperationalError as e:  # a query fts_query let through and FTS5 still refuses
        raise SearchQueryError(f"the search index cannot read {text!r}: {e}") from e
    titles = _titles(store)
    spans = {r["id"]: (r["start"], r["end"]) for r in store.query("SELECT id, start, end FROM quotes")}
    spans.update({r["id"]: (r["start"], r["end"]) for r in store.query("SELECT id, start, end FROM doc_events")})
    hits = []
    for r in rows:
        span = spans.get(r["ref"]) if r["kind"] != "document" else None
        hits.append({"kind": r["kind"], "ref": r["ref"], "document": r["document"],
                     "title": titles.get(r["document"], {}).get("title"),
                     "published": titles.get(r["document"], {}).get("published"),
                     "start": span[0] if span else None, "end": span[1] if span else None,
                     "snippet": _snippet(r["snip"])})
    actors = entities(store, q=text.strip())[:10] if text.strip() else []
    return {"query": text, "hits": hits, "actors": actors}


# -- relations ---------------------------------------------------------------------------------
QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
_SEASONS = {"SP": ("03", "05"), "SU": ("06", "08"), "FA": ("09", "11"), "AU": ("09", "11"), "WI": ("12", "12")}


def month_span(key: str) -> tuple[str, str] | None:
    """The months (``YYYY-MM``, inclusive) a relation's period key covers; None for ``undated``.

    The merge step keys relations by month where an event's date is that fine, else by the
    coarser value: ``2025`` (a year), ``2025-Q1``, ``2025-SU`` (a season).
    """
    if re.fullmatch(r"\d{4}-\d{2}", key):
        return key, key
    if not re.match(r"\d{4}", key):
        return None
    year, rest = key[:4], key[5:]
    if re.fullmatch(r"Q[1-4]", rest):
        q = int(rest[1])
        return f"{year}-{3 * q - 2:02d}", f"{year}-{3 * q:02d}"
    if rest in _SEASONS:
        a, b = _SEASONS[rest]
        return f"{year}-{a}", f"{year}-{b}"
    return f"{year}-01", f"{year}-12"


def _side_pairs(store: Store, since: str | None, until: str | None, actor: frozenset[str] | None
                ) -> dict[tuple[str, str], Row]:
    """Pair counts from the merge step's ``relations`` table (sides: states and their leaders as one)."""
    lo, hi = (since or "0000-00")[:7], (until or "9999-99")[:7]
    params: list[Any] = []
    sql = "SELECT * FROM relations"
    if actor is not None:
        marks = ",".join("?" * len(actor))
        sql += f" WHERE a IN ({marks}) OR b IN ({marks})"
        params = [*sorted(actor), *sorted(actor)]
    pairs: dict[tuple[str, str], Row] = {}
    for r in store.query(sql + " ORDER BY month", params):
        span = month_span(r["month"])
        if (since or until) and (span is None or span[1] < lo or span[0] > hi):
            continue
        e = pairs.setdefault((r["a"], r["b"]), {q: 0 for q in QUADS} | {"months": []})
        for q in QUADS:
            e[q] += r[q]
        e["months"].append(r["month"])
    return pairs


def _actor_pairs(store: Store, since: str | None, until: str | None, actor: frozenset[str] | None
                 ) -> dict[tuple[str, str], Row]:
    """Pair counts straight from the merged events, one actor per node (Trump and USA apart).

    As in the merge step's relations, only events that occurred count.
    """
    rows = _event_rows(store, None, None, since, until)
    pairs: dict[tuple[str, str], Row] = {}
    for r in rows:
        q = QUAD_CLASS.get(r["type"])
        if q is None or r["status"] != "occurred":
            continue
        sources, targets = json.loads(r["source_actors"]), json.loads(r["target_actors"])
        month = r["date_start"][:7] if r["date_start"] else "undated"
        for a in set(sources):
            for b in set(targets) - set(sources):
                key = (min(a, b), max(a, b))
                if actor is not None and not actor & set(key):
                    continue
                e = pairs.setdefault(key, {q: 0 for q in QUADS} | {"months": []})
                e[q] += 1
                if month not in e["months"]:
                    e["months"].append(month)
    return pairs


def relations(store: Store, *, since: str | None = None, until: str | None = None,
              actor: Actor | None = None, level: str = "sides") -> Row:
    """The network over a period: per pair, the four quad-class counts and the score.

    ``level`` ``sides`` reads the merge step's relations, where a leader's acts count for the
    state they stand for (Trump's call is a USA–Russia relation); ``actors`` counts the merged
    events between the actors themselves (Trump–Putin). ``since``/``until`` are ISO days or
    months; a relation counts when its period overlaps them, and undated ones only when no
    period is given. The score is recomputed from the summed counts with the merge step's
    weights (1: all material cooperation, -1: all material conflict).
    """
    from lagebild.merge import QUAD_WEIGHT

    ids = resolved(store, actor) if actor else None
    pairs = (_actor_pairs if level == "actors" else _side_pairs)(store, since, until, ids)
    names = _names(store)
    edges, degree = [], Counter[str]()
    for (a, b), e in sorted(pairs.items()):
        coop = e["verbal_cooperation"] + e["material_cooperation"]
        conf = e["verbal_conflict"] + e["material_conflict"]
        total = coop + conf
        score = sum(QUAD_WEIGHT[q] * e[q] for q in QUADS) / (2 * total) if total else 0.0
        edges.append({"a": _actor(names, a), "b": _actor(names, b), **e, "cooperation": coop, "conflict": conf,
                      "events": total, "score": round(score, 3)})
        degree[a] += total
        degree[b] += total
    nodes = [{**(_actor(names, n) or {}), "weight": w} for n, w in degree.most_common()]
    months: set[str] = set()
    for r in store.query("SELECT DISTINCT month FROM relations"):
        months.update(month_span(r["month"]) or ())
    return {"level": level, "nodes": nodes, "edges": edges, "months": sorted(months)}
