"""Corpus-level merging: one entity per real actor, one event per real event, the relations.

This step runs after the per-document stages, over what the store holds:

* entities: the documents' canonical entities, united by id (aliases and documents gathered);
* events: the documents' events clustered into real-world events (see :func:`same_event`),
  every mention kept, date intervals intersected, and a date conflict kept visible rather than
  averaged away;
* relations: per pair of actors and month, the counts of PLOVER's four quad classes and a
  cooperation–conflict score.

It is deterministic: the same documents give the same ids whatever order they came in.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from lagebild.model import QUAD_CLASS, stable_id
from lagebild.store import Store

#: Weights of the quad classes in the cooperation–conflict score (material acts weigh more
#: than words, as in the Goldstein-style scales that CAMEO users know).
QUAD_WEIGHT = {"verbal_cooperation": 1.0, "material_cooperation": 2.0,
               "verbal_conflict": -1.0, "material_conflict": -2.0}


@dataclass
class DocEvent:
    """One document's report of an event, as stored."""

    id: str
    document: str
    type: str
    mode: str | None
    status: str
    date: dict[str, Any] | None
    sources: list[str]
    targets: list[str]
    location: str | None
    start: int


@dataclass
class Cluster:
    members: list[DocEvent] = field(default_factory=list)

    @property
    def first(self) -> DocEvent:
        return min(self.members, key=lambda m: (m.document, m.start))


def _side(actors: list[str], stands_for: dict[str, str]) -> frozenset[str]:
    """Actors as the states they stand for, so that "Putin" and "Russland" are one side."""
    return frozenset(stands_for.get(a, a) for a in actors)


def _interval(date: dict[str, Any] | None) -> tuple[str, str] | None:
    if date and date.get("start") and date.get("end"):
        return str(date["start"]), str(date["end"])
    return None


def same_event(a: DocEvent, b: DocEvent, stands_for: dict[str, str]) -> bool:
    """Whether two reports describe one real event.

    Same PLOVER type and status class, the same two sides (order free: one outlet writes
    "Trump called Putin", another "Putin and Trump spoke"), and compatible dates: overlapping
    intervals, or both undated in the same document.
    """
    if a.type != b.type or (a.status == "planned") != (b.status == "planned"):
        return False
    sa = {_side(a.sources, stands_for), _side(a.targets, stands_for)}
    sb = {_side(b.sources, stands_for), _side(b.targets, stands_for)}
    if sa != sb:
        return False
    ia, ib = _interval(a.date), _interval(b.date)
    if ia is None or ib is None:
        return ia is None and ib is None and a.document == b.document
    return ia[0] <= ib[1] and ib[0] <= ia[1]


def _merged_date(members: list[DocEvent]) -> tuple[dict[str, Any], list[dict[str, Any]] | None]:
    """Intersect the members' intervals; where they do not meet, keep the most precise date
    and report every date seen as a conflict."""
    dated = [m.date for m in members if _interval(m.date)]
    if not dated:
        return {"value": None, "start": None, "end": None, "granularity": None}, None
    lo = max(str(d["start"]) for d in dated)  # type: ignore[index]
    hi = min(str(d["end"]) for d in dated)  # type: ignore[index]
    best = min(dated, key=lambda d: (str(d["end"]) > str(d["start"]), str(d["end"]), str(d["start"])))  # type: ignore[index]
    if lo <= hi:
        narrow = [d for d in dated if d["start"] == lo and d["end"] == hi]  # type: ignore[index]
        chosen = narrow[0] if narrow else {**best, "start": lo, "end": hi}
        return _date_record(chosen), None
    return _date_record(best), [_date_record(d) for d in dated]


def _date_record(d: dict[str, Any]) -> dict[str, Any]:
    return {"value": d.get("value"), "start": d.get("start"), "end": d.get("end"),
            "granularity": d.get("granularity")}


def merge(store: Store) -> dict[str, int]:
    """Recompute the corpus level from the stored documents; returns counts."""
    # entities
    ents: dict[str, dict[str, Any]] = {}
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for r in store.query("SELECT * FROM doc_entities ORDER BY entity, document"):
        e = ents.setdefault(r["entity"], {"id": r["entity"], "type": r["type"], "aliases": set(),
                                          "documents": [], "stands_for": r["stands_for"]})
        e["aliases"].update(json.loads(r["aliases"]))
        e["documents"].append(r["document"])
        e["stands_for"] = e["stands_for"] or r["stands_for"]
        names[r["entity"]][r["name"]] += 1
    entities = []
    for eid in sorted(ents):
        e = ents[eid]
        e["name"] = max(names[eid].items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))[0]
        e["aliases"] = sorted(e["aliases"] | {e["name"]})
        entities.append(e)
    stands_for = {e["id"]: e["stands_for"] for e in entities if e["stands_for"]}

    # events
    reports = [DocEvent(r["id"], r["document"], r["type"], r["mode"], r["status"],
                        json.loads(r["date"]) if r["date"] else None, json.loads(r["sources"]),
                        json.loads(r["targets"]), r["location"], r["start"])
               for r in store.query("SELECT * FROM doc_events ORDER BY document, start, id")]
    clusters: list[Cluster] = []
    for rep in reports:
        home = next((c for c in clusters if any(same_event(rep, m, stands_for) for m in c.members)), None)
        if home is None:
            clusters.append(Cluster([rep]))
        else:
            home.members.append(rep)
    events, members = [], []
    for c in clusters:
        first = c.first
        eid = stable_id("ev", first.document, first.start, first.type)
        date, conflict = _merged_date(c.members)
        src = list(dict.fromkeys(a for m in c.members for a in m.sources))
        tgt = list(dict.fromkeys(a for m in c.members for a in m.targets if a not in src))
        mode = Counter(m.mode for m in c.members if m.mode).most_common(1)
        loc = Counter(m.location for m in c.members if m.location).most_common(1)
        status = Counter(m.status for m in c.members).most_common(1)[0][0]
        events.append({"id": eid, "type": first.type, "mode": mode[0][0] if mode else None, "status": status,
                       "date": date, "date_conflict": conflict, "source_actors": src, "target_actors": tgt,
                       "location": loc[0][0] if loc else None})
        members.extend((eid, m.id) for m in c.members)

    # relations: per unordered pair of actors and month
    rel: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    for e in events:
        quad = QUAD_CLASS.get(e["type"])
        if quad is None:
            continue
        month = (e["date"]["start"] or "")[:7] or "undated"
        for a in e["source_actors"]:
            for b in e["target_actors"]:
                if a != b:
                    x, y = sorted((a, b))
                    rel[(x, y, month)][quad] += 1
    relations = []
    for (a, b, month), cnt in sorted(rel.items()):
        total = sum(cnt.values())
        score = sum(QUAD_WEIGHT[q] * n for q, n in cnt.items()) / (2 * total)
        relations.append((a, b, month, cnt["verbal_cooperation"], cnt["material_cooperation"],
                          cnt["verbal_conflict"], cnt["material_conflict"], round(score, 4)))
    store.replace_corpus(entities, events, members, relations)
    return {"entities": len(entities), "events": len(events), "relations": len(relations)}
