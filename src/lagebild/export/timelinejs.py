"""Knight Lab TimelineJS JSON: ``lagebild export --format timelinejs DIR``.

Writes ``timeline.json`` in TimelineJS's format (``{"title": …, "events": [...]}``): one
slide per dated event, its date at its real granularity (a month has no day, a year neither;
a season or quarter spans its days), the event type and actors as headline, the reporting
sentences with their sources as text. TimelineJS renders ``text`` fields as HTML, and the
sentences are untrusted article text: everything is escaped here.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

from lagebild.store import Store
from lagebild.web import queries


def _date(day: str, granularity: str | None) -> dict[str, int]:
    y, m, d = (int(x) for x in day.split("-"))
    if granularity in ("year", "decade"):
        return {"year": y}
    if granularity == "month":
        return {"year": y, "month": m}
    return {"year": y, "month": m, "day": d}


def _names(actors: list[dict[str, Any] | None]) -> str:
    return ", ".join(a["name"] for a in actors if a)


def slide(event: dict[str, Any], lab: dict[str, Any]) -> dict[str, Any] | None:
    """A TimelineJS event for one merged event (None when it has no date)."""
    d = event["date"]
    if not d["start"]:
        return None
    kind = lab["event_types"].get(event["type"], event["type"])
    who = " → ".join(x for x in (_names(event["source_actors"]), _names(event["target_actors"])) if x)
    paras = []
    for m in event["mentions"]:
        source = " · ".join(x for x in (m["title"], m["outlet"], (m["published"] or "")[:10]) if x)
        paras.append(f"<p>{html.escape(m['sentence'])}<br><small>{html.escape(source)}</small></p>")
    headline = f"{kind}: {who}" if who else kind
    if event["status"] == "planned":  # announced, not (yet) happened: never shown as a fact
        headline += f" ({lab['planned']})"
    last = d["end"] or d["start"]
    # a span without a calendar value ("in den vergangenen Monaten"): shown as the span it is
    span = d["value"] is None and last != d["start"]
    out: dict[str, Any] = {
        "unique_id": event["id"],
        "start_date": _date(d["start"], d["granularity"]),
        "display_date": html.escape(d["value"] or (f"{d['start']} – {last}" if span else d["start"])),
        "group": lab[event["quad"]],
        "text": {"headline": html.escape(headline), "text": "".join(paras)},
    }
    if last != d["start"] and (span or d["granularity"] not in ("year", "month")):
        out["end_date"] = _date(last, d["granularity"])
    return out


def build_timeline(store: Store) -> dict[str, Any]:
    """The TimelineJS document of the store's dated events."""
    lang = queries.corpus_language(store)
    lab = queries.labels(lang)
    counts = store.counts()
    slides = [s for e in queries.events(store, limit=1_000_000) if (s := slide(e, lab))]
    undated = counts["events"] - len(slides)  # a timeline has no place for them: say how many
    summary = f"{counts['documents']} {lab['documents']} · {len(slides)} {lab['events']}" + (
        f" ({undated} {lab['undated']}: lagebild timeline, dossier)" if undated else "")
    title = {"headline": html.escape(lab["dossier_title"]), "text": f"<p>{html.escape(summary)}</p>"}
    return {"title": {"text": title}, "events": slides}


def write_timelinejs(store: Store, out: Path) -> list[Path]:
    """Write ``timeline.json`` into the folder ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    path = out / "timeline.json"
    path.write_text(json.dumps(build_timeline(store), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return [path]
