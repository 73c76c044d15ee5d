"""The dossier: one self-contained HTML file with the situational picture, fit to mail or print.

``lagebild dossier --out lagebild.html`` writes the timeline (an SVG overview in which a day
is a point and a month or a year a band, then every event in order with the sentence that
reports it), the main actors with their key quotations, the relations between them, and the
sources. Everything is inline (CSS, SVG; no script at all), so the file opens offline and a
Content-Security-Policy forbids it to load anything. Article text is untrusted: every string
goes through :func:`html.escape`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from lagebild.store import Store
from lagebild.web import claimlabels, queries

#: How many actors the dossier presents, and how many quotations each.
TOP_ACTORS = 12
QUOTES_PER_ACTOR = 3
#: The quad classes from cooperation to conflict, the lanes of the timeline overview.
LANES = ("material_cooperation", "verbal_cooperation", "verbal_conflict", "material_conflict", "other")
COLOURS = {"material_cooperation": "#1e7b45", "verbal_cooperation": "#5bb974", "verbal_conflict": "#f08c2e",
           "material_conflict": "#d2452f", "other": "#8c96a3"}


def e(value: object) -> str:
    """Escape any value for HTML text and attribute values."""
    return html.escape("" if value is None else str(value), quote=True)


def _names(actors: Iterable[dict[str, Any] | None]) -> str:
    """One side of an event: a city that speaks for its state is shown as the state with the city
    in brackets ("China (Peking)"), as the web UI and ``lagebild timeline`` show it (trial 7), and
    not at all where the side names the state itself."""
    present = [a for a in actors if a]
    ids = {a["id"] for a in present}
    out: list[str] = []
    for a in present:
        state = a.get("state")
        if state is not None and state["id"] in ids:
            continue
        label = f'{state["name"]} ({a["name"]})' if state is not None else a["name"]
        if label not in out:
            out.append(label)
    return ", ".join(out) or "–"


def format_date(d: dict[str, Any], lang: str) -> str:
    """A date at its granularity: ``12.2.2025``, ``9.2.2026 – 15.2.2026`` (a week), ``02/2025``,
    ``Sommer 2025``, ``2024`` (German)."""
    value, start, end, gran = d.get("value"), d.get("start"), d.get("end"), d.get("granularity")
    if not start:
        return value or "–"

    def day(s: str) -> str:
        y, m, dd = s.split("-")
        return f"{int(dd)}.{int(m)}.{y}" if lang == "de" else s

    if gran in ("day", "week"):  # a week by its days: "9.2.2026 – 15.2.2026"
        return day(start) if not end or end == start else f"{day(start)} – {day(end)}"
    if gran == "month":
        def month(s: str) -> str:
            return f"{s[5:7]}/{s[:4]}" if lang == "de" else s[:7]

        # "in den vergangenen Monaten": a span of months, not its first month
        return month(start) if not end or end[:7] == start[:7] else f"{month(start)} – {month(end)}"
    season = queries.labels(lang).get(f"season_{str(value)[5:]}")
    if gran == "season" and season:
        return f"{season} {str(value)[:4]}"
    return str(value or start)


# -- the timeline overview ----------------------------------------------------------------------
def _ms(day: str) -> float:
    return datetime.fromisoformat(day).replace(tzinfo=UTC).timestamp()


def _ticks(lo: float, hi: float) -> list[tuple[float, str]]:
    """Axis ticks: years for a long period, months for a shorter one."""
    first, last = datetime.fromtimestamp(lo, UTC).date(), datetime.fromtimestamp(hi, UTC).date()
    out = []
    if (hi - lo) > 2.5 * 365 * 86400:
        for y in range(first.year + (first.month > 1 or first.day > 1), last.year + 1):
            out.append((_ms(f"{y}-01-01"), str(y)))
        return _thin(out)
    y, m = first.year, first.month
    while True:
        m += 1
        if m > 12:
            y, m = y + 1, 1
        d = date(y, m, 1)
        if d > last:
            break
        out.append((_ms(d.isoformat()), f"{m:02d}/{y}" if m != 1 else str(y)))
    return _thin(out) or [(_ms(first.isoformat()), first.isoformat())]


def _thin(ticks: list[tuple[float, str]], most: int = 9) -> list[tuple[float, str]]:
    """Every n-th tick, so that at most ``most`` labels share the axis and never overlap."""
    step = max(1, -(-len(ticks) // most))
    return ticks[::step]


def timeline_svg(items: list[dict[str, Any]], lab: dict[str, Any]) -> str:
    """An SVG overview of dated events: one lane per quad class, points for days, bands otherwise."""
    if not items:
        return ""
    lanes = [q for q in LANES if any(i["quad"] == q for i in items)]
    lo = min(_ms(i["start"]) for i in items)
    hi = max(_ms(i["end"]) for i in items)
    pad = max((hi - lo) * 0.03, 5 * 86400)
    lo, hi = lo - pad, hi + pad
    left, width, lane_h, top = 150, 850, 30, 24
    height = top + lane_h * len(lanes) + 8

    def x(t: float) -> float:
        return left + (t - lo) / (hi - lo) * width

    parts = [f'<svg class="overview" viewBox="0 0 {left + width + 10} {height}" role="img" '
             f'aria-label="{e(lab["timeline"])}" xmlns="http://www.w3.org/2000/svg">']
    for t, text in _ticks(lo, hi):
        parts.append(f'<line x1="{x(t):.1f}" x2="{x(t):.1f}" y1="{top - 6}" y2="{height - 6}" class="tick"/>'
                     f'<text x="{x(t) + 3:.1f}" y="{top - 10}" class="tlabel">{e(text)}</text>')
    for n, q in enumerate(lanes):
        y = top + n * lane_h
        parts.append(f'<text x="4" y="{y + 19}" class="lane" fill="{COLOURS[q]}">{e(lab[q])}</text>'
                     f'<line x1="{left}" x2="{left + width}" y1="{y + lane_h}" y2="{y + lane_h}" class="sep"/>')
        for i in (i for i in items if i["quad"] == q):
            kind = lab["event_types"].get(i["type"], i["type"])
            tip = f'<title>{e(i["value"])} · {e(kind)} · {e(i["label"])}</title>'
            x0 = x(_ms(i["start"]))
            if i["point"]:
                parts.append(f'<a href="#ev-{e(i["id"])}"><circle cx="{x0:.1f}" cy="{y + 15}" r="5.5" '
                             f'fill="{COLOURS[q]}" stroke="#fff">{tip}</circle></a>')
            else:
                w = max(x(_ms(i["end"])) - x0, 3)
                parts.append(f'<a href="#ev-{e(i["id"])}"><rect x="{x0:.1f}" y="{y + 7}" width="{w:.1f}" height="16" '
                             f'rx="3" fill="{COLOURS[q]}" fill-opacity=".35" stroke="{COLOURS[q]}">{tip}</rect></a>')
    parts.append("</svg>")
    return "".join(parts)


# -- sections -----------------------------------------------------------------------------------
def _sentence(m: dict[str, Any]) -> str:
    source = " · ".join(e(x) for x in (m.get("title"), m.get("outlet"), (m.get("published") or "")[:10]) if x)
    return f'<blockquote>{e(m["sentence"])}</blockquote><div class="src">{source}</div>'


def _figures(claims: list[dict[str, Any]], lab: dict[str, Any], lang: str) -> str:
    """The numeric claims of an event's reports by unit and outcome, with their outlets, marked
    where the sources give different figures: "Menschen getötet: mindestens 12 (ZEIT ONLINE) · 14
    (tagesschau.de)"."""
    groups: dict[tuple[str | None, str | None], list[dict[str, Any]]] = {}
    for c in claims:
        groups.setdefault((c["unit"], c["outcome"]), []).append(c)
    lines = []
    for group in groups.values():
        head = claimlabels.heading(group[0], lang)
        figures = " · ".join(f'{claimlabels.figure(c, lang)} ({c["outlet"] or c["title"] or c["document"]})'
                             for c in group)
        # figures differ where two documents give ranges that share no number ("tausende",
        # 1000–9999, and 3000 agree); one document's two figures count two groups ("die drei
        # armenischen Soldaten …, Armenien fünf aserbaidschanische Soldaten"), no contradiction
        differ = any(a["document"] != b["document"] and (a["value"] > _upper(b) or b["value"] > _upper(a))
                     for a in group for b in group)
        lines.append(f'<div class="{"figures warn" if differ else "figures"}"><b>{e(head)}</b>: {e(figures)}'
                     f'{" — " + e(lab["figures_differ"]) if differ else ""}</div>')
    return "".join(lines)


def _upper(c: dict[str, Any]) -> float:
    return float(c["value_max"] if c.get("value_max") is not None else c["value"])


def _events_table(events: list[dict[str, Any]], lab: dict[str, Any], lang: str,
                  figures: dict[str, list[dict[str, Any]]] | None = None) -> str:
    rows = []
    for ev in events:
        first = ev["mentions"][0] if ev["mentions"] else None
        more = len(ev["mentions"]) - 1
        status = "" if ev["status"] == "occurred" else f' <span class="status">{e(lab[ev["status"]])}</span>'
        conflict = f'<div class="warn">{e(lab["date_conflict"])}</div>' if ev["date_conflict"] else ""
        also = f'<div class="more">+{more} {e(lab["sources"])}</div>' if more > 0 else ""
        rows.append(
            f'<tr id="ev-{e(ev["id"])}" class="q-{e(ev["quad"])}"><td class="date">{e(format_date(ev["date"], lang))}'
            f'{conflict}</td><td><span class="type">{e(lab["event_types"].get(ev["type"], ev["type"]))}</span>{status}'
            f'<div class="who">{e(_names(ev["source_actors"]))} → {e(_names(ev["target_actors"]))}</div></td>'
            f'<td>{_sentence(first) if first else ""}'
            f'{also}{_figures((figures or {}).get(ev["id"], []), lab, lang)}</td></tr>')
    return (f'<table class="events"><thead><tr><th>{e(lab["date"])}</th><th>{e(lab["event"])}</th>'
            f'<th>{e(lab["sources"])}</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')


def _act_report(q: dict[str, Any]) -> bool:
    """Whether an indirect "quotation" reports an act rather than words: its text holds its own
    reporting verb ("Merz kritisierte den Kurs der US-Regierung", "Lawrow wies die Kritik
    zurück"), where reported speech leaves the verb outside ("Europa wolle den Krieg
    verlängern", sagte Lawrow)."""
    if q["kind"] == "reported" or q.get("speech_act"):
        return True  # (the quotes stage marks a speech act told without its content)
    if q["kind"] != "indirect" or not q.get("cue"):
        return False
    verb = str(q["cue"]).split()[0].casefold()
    return verb in re.findall(r"\w+", q["text"].casefold())


def _key_quotes(quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Direct quotations first, then partial ones, then reported speech, then the longer ones: the
    words a reader wants to cite. The report of an act ("Merz kritisierte den Kurs") comes last
    (sixth user trial: two of Lawrow's three key quotations were such sentences). The same words
    reported by several outlets (or by near-copies of one agency text) count once, and so do the
    words of one sentence told twice: the partial quotation inside the indirect one ('Biden sprach
    von einem Abkommen, das „die Kämpfe in Gaza stoppen“ werde', seventh user trial), or two
    quotations whose spans in one document overlap."""
    order = {"direct": 0, "partial": 1, "indirect": 2}
    seen: list[str] = []
    spans: list[tuple[Any, int, int]] = []
    out = []
    for q in sorted(quotes, key=lambda q: (order.get(q["kind"], 3) + 2 * _act_report(q), -len(q["text"]))):
        words = " " + " ".join(re.findall(r"\w+", q["text"].casefold())) + " "
        span = (q.get("document"), q.get("start"), q.get("end"))
        if any(words in w or w in words for w in seen):
            continue  # the same words, or a part of words already chosen
        if span[0] is not None and span[1] is not None and span[2] is not None and \
                any(d == span[0] and s < span[2] and span[1] < e for d, s, e in spans):
            continue
        seen.append(words)
        if span[0] is not None and span[1] is not None and span[2] is not None:
            spans.append((span[0], span[1], span[2]))
        out.append(q)
    return out[:QUOTES_PER_ACTOR]


def _quoted(q: dict[str, Any]) -> str:
    """Direct words in quotation marks; indirect speech and speech acts, the reporter's words, in italics."""
    return f"<i>{e(q['text'])}</i>" if q["kind"] in ("indirect", "reported") else f"„{e(q['text'])}“"


def _type_label(actor: dict[str, Any], lab: dict[str, Any]) -> str:
    """The badge of an actor: a country is a state, not just a place ("Staat", not "Ort")."""
    if actor["type"] == "LOC":
        from lagebild.entities.kb import load_kb

        entry = load_kb().get(actor["id"])
        if entry is not None and entry.adjectives and not entry.stands_for:
            return str(lab.get("STATE", lab["LOC"]))
    return str(lab[actor["type"]])


def _actors_section(store: Store, lab: dict[str, Any]) -> str:
    cards = []
    for a in queries.entities(store)[:TOP_ACTORS]:
        quotes = _key_quotes(queries.quotes(store, speaker=a["id"]))
        qhtml = "".join(
            f'<figure><blockquote>{_quoted(q)}</blockquote><figcaption>{e(q["cue"] or "")} · '
            f'{e(" · ".join(x for x in (q["title"], q["outlet"], (q["published"] or "")[:10]) if x))}'
            f'</figcaption></figure>' for q in quotes)
        aliases = ", ".join(x for x in a["aliases"] if x != a["name"])
        alias_html = f'<div class="aliases">{e(lab["aliases"])}: {e(aliases)}</div>' if aliases else ""
        cards.append(
            f'<div class="actor" id="actor-{e(a["id"])}"><h3>{e(a["name"])} '
            f'<span class="badge">{e(_type_label(a, lab))}'
            f'</span></h3><div class="meta">'
            + " · ".join(e(_count(a[k], lab, k)) for k in ("mentions", "events", "quotes", "documents"))
            + f'</div>{alias_html}{qhtml}</div>')
    return "".join(cards)


def _count(n: int, lab: dict[str, Any], plural: str) -> str:
    """``n`` with its label in the number it takes: "1 Zitat", "3 Zitate" (the labels' singular
    is the plural key without its "s": "quotes" / "quote")."""
    return f"{n} {lab[plural] if n != 1 else lab.get(plural[:-1], lab[plural])}"


def _relations_section(store: Store, lab: dict[str, Any]) -> str:
    """Both levels of the network: between the actors themselves, and between the sides (states)."""
    return "".join(f'<h3 class="level">{e(lab[f"level_{level}"])}</h3>{_relations_table(store, lab, level)}'
                   for level in ("actors", "sides"))


def _relations_table(store: Store, lab: dict[str, Any], level: str) -> str:
    edges = sorted(queries.relations(store, level=level)["edges"], key=lambda r: (-r["events"], r["a"]["name"]))[:20]
    if not edges:
        return f'<p class="muted">{e(lab["no_results"])}</p>'
    peak = max(max(r["cooperation"], r["conflict"]) for r in edges) or 1
    rows = []
    for r in edges:
        coop, conf = 100 * r["cooperation"] / peak, 100 * r["conflict"] / peak
        rows.append(
            f'<tr><td>{e(r["a"]["name"])} – {e(r["b"]["name"])}</td>'
            f'<td class="bar left"><span class="neg" style="width:{conf:.0f}%"></span></td>'
            f'<td class="num neg">{r["conflict"]}</td><td class="num pos">{r["cooperation"]}</td>'
            f'<td class="bar"><span class="pos" style="width:{coop:.0f}%"></span></td>'
            f'<td class="num">{r["score"]:+g}</td></tr>')
    return (f'<table class="relations"><thead><tr><th>{e(lab["actors"])}</th><th colspan="2" class="neg">'
            f'{e(lab["conflict"])}</th><th colspan="2" class="pos">{e(lab["cooperation"])}</th>'
            f'<th>{e(lab["score"])}</th></tr></thead><tbody>{"".join(rows)}</tbody></table>')


def _source_name(source: str) -> str:
    """Where a document came from as the dossier shows it: an address as it is, a local file by its
    name only ("reuters_2025-10-10.txt", "corpus.jsonl#5"). A dossier is passed on: the folders of
    whoever built it are nobody's business and no use to the reader (seventh user trial)."""
    if re.match(r"[a-z][a-z0-9+.-]*://", source, re.IGNORECASE):
        return source
    return re.split(r"[/\\]", source.rstrip("/\\"))[-1] or source


def _sources_section(store: Store) -> str:
    items = []
    for d in queries.documents(store):
        meta = " · ".join(e(x) for x in (d["outlet"], (d["published"] or "")[:10], ", ".join(d["authors"])) if x)
        name = _source_name(d["source"])
        items.append(f'<li><strong>{e(d["title"] or name)}</strong> <span class="muted">{meta}</span>'
                     f'<div class="small muted">{e(d["url"] or name)}</div></li>')
    return f'<ol class="sources">{"".join(items)}</ol>'


CSS = """
:root { --ink:#1c2430; --muted:#667085; --line:#e3e7ee; }
* { box-sizing: border-box; }
body { font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink);
  max-width: 1060px; margin: 0 auto; padding: 28px 32px; }
h1 { font-size: 28px; margin: 0; } h2 { font-size: 18px; margin: 32px 0 10px; padding-bottom: 4px;
  border-bottom: 2px solid #14233a; text-transform: uppercase; letter-spacing: .04em; }
h3 { font-size: 16px; margin: 0 0 2px; }
.lead { color: var(--muted); margin: 4px 0 0; } .muted { color: var(--muted); } .small { font-size: 12px; }
svg.overview { width: 100%; height: auto; margin: 6px 0 12px; font-family: inherit; }
svg .tick { stroke: #e3e7ee; } svg .sep { stroke: #f0f2f5; } svg .tlabel { font-size: 11px; fill: #667085; }
svg .lane { font-size: 11px; font-weight: 600; }
table { width: 100%; border-collapse: collapse; }
th { text-align: left; font-size: 12px; color: var(--muted); border-bottom: 1px solid var(--line); padding: 4px 6px; }
td { vertical-align: top; padding: 7px 6px; border-bottom: 1px solid var(--line); }
tr { break-inside: avoid; }
table.events td.date { white-space: nowrap; width: 150px; font-variant-numeric: tabular-nums; }
table.events tr { border-left: 4px solid #8c96a3; }
tr.q-material_cooperation { border-left-color: #1e7b45 !important; }
tr.q-verbal_cooperation { border-left-color: #5bb974 !important; }
tr.q-verbal_conflict { border-left-color: #f08c2e !important; }
tr.q-material_conflict { border-left-color: #d2452f !important; }
.type { font-weight: 600; } .status { font-size: 11px; background: #eef1f5; padding: 0 6px; border-radius: 8px; }
.who { color: #394150; } .more { font-size: 12px; color: var(--muted); }
.figures { font-size: 12px; margin-top: 4px; }
blockquote { margin: 0; font-family: Georgia, "Times New Roman", serif; font-size: 14.5px; }
.src, figcaption { font-size: 12px; color: var(--muted); }
.warn { font-size: 11px; color: #9a3412; }
.actors { display: grid; grid-template-columns: 1fr 1fr; gap: 14px; }
.actor { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; break-inside: avoid; }
.actor .meta, .actor .aliases { font-size: 12px; color: var(--muted); }
.actor figure { margin: 10px 0 0; } .actor blockquote { font-size: 15px; }
.badge { font-size: 11px; font-weight: 400; background: #eef1f5; padding: 1px 7px; border-radius: 8px; }
.relations td.bar { width: 22%; } .relations td.bar span { display: block; height: 10px; border-radius: 2px; }
.relations td.bar.left span { margin-left: auto; }
span.pos { background: #5bb974; } span.neg { background: #e0775f; }
td.num { text-align: right; font-variant-numeric: tabular-nums; width: 44px; }
th.pos, td.pos { color: #1e7b45; } th.neg, td.neg { color: #c0392b; }
.sources li { margin-bottom: 6px; }
h3.level { margin: 14px 0 4px; font-size: 14px; color: var(--muted); }
a { color: inherit; text-decoration: none; }
@media print { body { padding: 0; max-width: none; } h2 { break-after: avoid; } }
@page { margin: 16mm 14mm; }
"""


def render_dossier(store: Store, *, generated: str | None = None) -> str:
    """The dossier as one HTML string (see the module docstring)."""
    lang = queries.corpus_language(store)
    lab = queries.labels(lang)
    events = queries.events(store, limit=100_000)
    dated = [ev for ev in events if ev["date"]["start"]]
    undated = [ev for ev in events if not ev["date"]["start"]]
    items = queries.timeline(store)["items"]
    docs = queries.documents(store)
    # the period the dossier covers: its documents' and its timeline's days (sixth user trial: the
    # header gave the documents' 2026-02-11 – 2026-02-22 above a timeline from 08/2025)
    days = sorted([d["published"][:10] for d in docs if d["published"]] +
                  [day for ev in dated for day in (ev["date"]["start"], ev["date"]["end"]) if day])
    period = f"{days[0]} – {days[-1]}" if days else ""
    counts = store.counts()
    generated = generated or datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    summary = (f'{counts["documents"]} {lab["documents"]} · {counts["events"]} {lab["events"]} · '
               f'{counts["entities"]} {lab["actors"]} · {counts["quotes"]} {lab["quotes"]}')
    period_html = f" · {e(period)}" if period else ""
    figures = queries.claims_by_event(store, events)
    dated_html = (_events_table(dated, lab, lang, figures) if dated
                  else f'<p class="muted">{e(lab["no_results"])}</p>')
    undated_html = (f'<h3>{e(lab["undated"])} ({len(undated)})</h3>{_events_table(undated, lab, lang, figures)}'
                    if undated else "")
    return f"""<!doctype html>
<html lang="{e(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="lagebild">
<title>{e(lab["dossier_title"])}</title>
<style>{CSS}</style>
</head>
<body>
<header>
<h1>{e(lab["dossier_title"])}</h1>
<p class="lead">{e(lab["corpus"])}: {e(summary)}{period_html} · {e(lab["generated"])} {e(generated)}</p>
</header>
<section id="timeline">
<h2>{e(lab["timeline"])}</h2>
{timeline_svg(items, lab)}
{dated_html}
{undated_html}
</section>
<section id="actors">
<h2>{e(lab["top_actors"])} · {e(lab["key_quotes"])}</h2>
<div class="actors">{_actors_section(store, lab)}</div>
</section>
<section id="relations">
<h2>{e(lab["relations"])}</h2>
{_relations_section(store, lab)}
</section>
<section id="sources">
<h2>{e(lab["documents"])}</h2>
{_sources_section(store)}
</section>
</body>
</html>
"""


def write_dossier(store: Store, out: Path) -> Path:
    """Write the dossier of ``store`` to the HTML file ``out`` and return its path."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_dossier(store), encoding="utf-8")
    return out
