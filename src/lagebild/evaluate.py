"""Score lagebild's results against a reference annotation in the ``lagebild-gold/1`` format.

Analysts use ``lagebild evaluate GOLD.json --db FILE`` to measure lagebild on their own annotated
articles. The measures and their matching rules follow the format's documentation
(``docs/gold.md``): names are compared leniently (case, accents, quotation marks, dashes and
white space folded; every alias counts), bodies by required and forbidden passages and word
bags, quotations by text containment and speaker, events by type, document, both sides and date
(strictly: inside the gold interval; leniently: overlapping), each gold event matched once.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lagebild.errors import GoldFormatError
from lagebild.export import records
from lagebild.store import Store

GOLD_FORMAT = "lagebild-gold/1"
_QUOTE_CHARS = "\"'„“”‚‘’«»‹›"
_QUOTES_RE = re.compile(f"[{_QUOTE_CHARS}]")
_DASHES_RE = re.compile(r"[\u2010-\u2015\u2212]")
_SPACE_RE = re.compile(r"\s+")


def norm(s: str | None) -> str:
    """Fold case, accents, quotation marks, dashes and white space for lenient comparison."""
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.casefold().replace("ß", "ss")
    s = _QUOTES_RE.sub("", s)
    s = _DASHES_RE.sub("-", s)
    s = _SPACE_RE.sub(" ", s)
    return s.strip(" .,;:!?")


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (an empty prediction of an empty gold is perfect)."""
    p = tp / n_pred if n_pred else (1.0 if n_gold == 0 else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def interval(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The days a date value covers: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    if not value:
        return None
    parts = [int(x) for x in value[:10].split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        y, m = parts
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        return dt.date(y, m, 1), nxt - dt.timedelta(days=1)
    d = dt.date(*parts)
    return d, d


def _pred_interval(date: dict[str, Any] | None) -> tuple[dt.date, dt.date] | None:
    if not date:
        return None
    try:
        if date.get("start") and date.get("end"):
            return dt.date.fromisoformat(date["start"][:10]), dt.date.fromisoformat(date["end"][:10])
        return interval(date.get("value"))
    except (ValueError, TypeError):
        return None


@dataclass
class Result:
    """Figures by measure name (formatted as ``score.py`` prints them) and the list of misses."""

    figures: dict[str, str] = field(default_factory=dict)
    log: list[str] = field(default_factory=list)


class Predictions:
    """The export records under evaluation, with lookups by file name and entity id."""

    def __init__(self, documents: list[dict[str, Any]], entities: list[dict[str, Any]],
                 quotes: list[dict[str, Any]], events: list[dict[str, Any]]) -> None:
        self.documents = documents
        self.entities = {e["id"]: e for e in entities}
        self.quotes = quotes
        self.events = events

    @classmethod
    def from_store(cls, store: Store) -> Predictions:
        r = records(store)
        return cls(list(r["documents"]), list(r["entities"]), list(r["quotes"]), list(r["events"]))

    @classmethod
    def from_dir(cls, path: Path) -> Predictions:
        def read(name: str) -> list[dict[str, Any]]:
            f = path / f"{name}.jsonl"
            if not f.exists():
                return []
            with f.open(encoding="utf-8") as fh:
                return [json.loads(line) for line in fh if line.strip()]
        return cls(read("documents"), read("entities"), read("quotes"), read("events"))

    def doc_for(self, gold_file: str) -> dict[str, Any] | None:
        for d in self.documents:
            src = str(d.get("source", ""))
            if Path(src).name == gold_file or src.endswith("/" + gold_file):
                return d
        return None

    def names(self, entity_id: str | None, fallback: str | None = None) -> set[str]:
        e = self.entities.get(entity_id or "")
        out = {norm(fallback)} if fallback else set()
        if e:
            out |= {norm(e.get("name", ""))} | {norm(a) for a in e.get("aliases", [])}
        return {n for n in out if n}


def load_gold(path: Path) -> dict[str, Any]:
    """Read and check a ``lagebild-gold/1`` file."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise GoldFormatError(f"cannot read {path}: {e}") from e
    if not isinstance(gold, dict) or gold.get("format") != GOLD_FORMAT or "documents" not in gold:
        raise GoldFormatError(f"{path} is not a {GOLD_FORMAT} annotation (see docs/gold.md)")
    return gold


def _body(gdocs: list[dict[str, Any]], docmap: dict[str, Any], res: Result) -> None:
    must = must_ok = mustnot = mustnot_ok = 0
    bow_tp = bow_pred = bow_gold = 0
    for g in gdocs:
        d = docmap[g["file"]]
        if d is None:
            must += len(g.get("body_must_contain", []))
            mustnot += len(g.get("body_must_not_contain", []))
            bow_gold += len(norm(g.get("body", "")).split())
            res.log.append(f"document missing: {g['file']}")
            continue
        body = d.get("body", "") or ""
        nbody = norm(body)
        for s in g.get("body_must_contain", []):
            must += 1
            if norm(s) in nbody:
                must_ok += 1
            else:
                res.log.append(f"body missing [{g['file']}]: {s!r}")
        for s in g.get("body_must_not_contain", []):
            mustnot += 1
            bad = (s in body) if "\n" in s else (norm(s) in nbody)
            if not bad:
                mustnot_ok += 1
            else:
                res.log.append(f"body junk [{g['file']}]: {s!r}")
        if g.get("body"):
            pw, gw = Counter(norm(body).split()), Counter(norm(g["body"]).split())
            bow_tp += sum((pw & gw).values())
            bow_pred += sum(pw.values())
            bow_gold += sum(gw.values())
    if must or mustnot:
        res.figures["body_snippets"] = (f"{(must_ok + mustnot_ok) / (must + mustnot):.3f}  "
                                        f"(kept {must_ok}/{must}, dropped {mustnot_ok}/{mustnot})")
    if bow_gold:
        p, r, f = prf(bow_tp, bow_pred, bow_gold)
        n = sum(1 for g in gdocs if g.get("body"))
        res.figures["body_f1"] = f"{f:.3f}  (P {p:.3f} R {r:.3f}, word bags over {n} documents)"


def _meta(gdocs: list[dict[str, Any]], docmap: dict[str, Any], res: Result) -> None:
    counts: Counter[str] = Counter()
    for g in gdocs:
        d, m = docmap[g["file"]], g.get("meta", {})
        if d is None:
            for k in ("title", "published", "outlet", "authors"):
                if k in m:
                    counts[("date" if k == "published" else k) + "_n"] += 1
            continue
        if "title" in m:
            counts["title_n"] += 1
            pt, gt = norm(d.get("title") or ""), norm(m["title"] or "")
            if pt == gt or (gt and gt in pt and len(gt) >= 0.8 * len(pt)):
                counts["title_ok"] += 1
            else:
                res.log.append(f"title [{g['file']}]: got {d.get('title')!r}, want {m['title']!r}")
        if "published" in m:
            counts["date_n"] += 1
            got, want = (d.get("published") or "")[:10], (m["published"] or "")[:10]
            ok = got == want
            if not want and m.get("published_window") and got:
                lo, hi = m["published_window"]
                ok = lo <= got <= hi
            if ok:
                counts["date_ok"] += 1
            else:
                res.log.append(f"published [{g['file']}]: got {d.get('published')!r}, want {m['published']!r}")
        if "outlet" in m:
            counts["outlet_n"] += 1
            po, go = norm(d.get("outlet") or ""), norm(m["outlet"] or "")
            if po == go or (go and po and (go in po or po in go)):
                counts["outlet_ok"] += 1
            else:
                res.log.append(f"outlet [{g['file']}]: got {d.get('outlet')!r}, want {m['outlet']!r}")
        if "authors" in m:
            counts["authors_n"] += 1
            if {norm(a) for a in d.get("authors") or []} == {norm(a) for a in m["authors"]}:
                counts["authors_ok"] += 1
            else:
                res.log.append(f"authors [{g['file']}]: got {d.get('authors')!r}, want {m['authors']!r}")
    for k in ("title", "date", "outlet", "authors"):
        if counts[f"{k}_n"]:
            res.figures[f"meta_{k}"] = (f"{counts[f'{k}_ok'] / counts[f'{k}_n']:.3f}  "
                                        f"({counts[f'{k}_ok']}/{counts[f'{k}_n']})")


def _names(ge: dict[str, Any]) -> set[str]:
    return {norm(ge["name"])} | {norm(a) for a in ge.get("aliases", [])}


def _entities(gdocs: list[dict[str, Any]], docmap: dict[str, Any], ex: Predictions, res: Result) -> None:
    e_tp = e_gold = p_pred = p_tp = junk = 0
    for g in gdocs:
        if "entities" not in g:
            continue
        did = (docmap[g["file"]] or {}).get("id")
        pnames = [(e, ex.names(e["id"])) for e in ex.entities.values() if did and did in e.get("documents", [])]
        for ge in g["entities"]:
            e_gold += 1
            gn = _names(ge)
            hit = any(gn & ns and ((e.get("type") == "PER") == (ge["type"] == "PER")) for e, ns in pnames)
            e_tp += hit
            if not hit:
                res.log.append(f"entity missing [{g['file']}]: {ge['type']} {ge['name']}")
        gold_per = [_names(ge) for ge in g["entities"] if ge["type"] == "PER"]
        for e, ns in pnames:
            if e.get("type") == "PER":
                p_pred += 1
                if any(ns & gn for gn in gold_per):
                    p_tp += 1
                else:
                    res.log.append(f"person not in gold [{g['file']}]: {e.get('name')}")
        bad = {norm(x) for x in g.get("entities_must_not", [])}
        for e, ns in pnames:
            if ns & bad:
                junk += 1
                res.log.append(f"entity from junk [{g['file']}]: {e.get('name')}")
    if e_gold:
        res.figures["entities_recall"] = f"{e_tp / e_gold:.3f}  ({e_tp}/{e_gold})"
        n_per = sum(1 for g in gdocs for ge in g.get("entities", []) if ge["type"] == "PER")
        p, _, _ = prf(p_tp, p_pred, n_per)
        res.figures["persons_precision"] = f"{p:.3f}  ({p_tp}/{p_pred})"
        res.figures["entities_from_junk"] = str(junk)


def _text_match(gt: str, pt: str) -> bool:
    return bool(pt) and (gt in pt or (pt in gt and len(pt) >= 0.5 * len(gt)))


def _quotes(gdocs: list[dict[str, Any]], docmap: dict[str, Any], ex: Predictions, res: Result) -> None:
    q_tp = q_det = q_pred = q_gold = ind_tp = ind_gold = 0
    for g in gdocs:
        did = (docmap[g["file"]] or {}).get("id")
        alias = {norm(ge["name"]): _names(ge) for ge in g.get("entities", [])}
        preds = [q for q in ex.quotes if did and q.get("document") == did]
        direct = [q for q in preds if q.get("kind") in ("direct", "partial")]
        optional = [norm(s) for s in g.get("quotes_optional", [])]
        matched: set[int] = set()
        for gq in g.get("quotes", []):
            q_gold += 1
            gt = norm(gq["text"])
            speakers = alias.get(norm(gq["speaker"]), {norm(gq["speaker"])})
            best: tuple[int, bool] | None = None
            for i, pq in enumerate(direct):
                if not _text_match(gt, norm(pq.get("text", ""))):
                    continue
                ok = bool(ex.names(pq.get("speaker"), pq.get("speaker_name")) & speakers)
                if best is None or (ok and not best[1]):
                    best = (i, ok)
            if best is None:
                res.log.append(f"quote missing [{g['file']}]: {gq['speaker']}: {gq['text'][:60]!r}")
                continue
            q_det += 1
            matched.add(best[0])
            if best[1]:
                q_tp += 1
            else:
                res.log.append(f"quote speaker wrong [{g['file']}]: {gq['text'][:50]!r}: "
                               f"got {direct[best[0]].get('speaker_name')!r}, want {gq['speaker']!r}")
        for i, pq in enumerate(direct):
            pt = norm(pq.get("text", ""))
            if i in matched:
                q_pred += 1
                continue
            if any(pt == o or o in pt and len(pt) <= len(o) + 3 for o in optional):
                continue
            if any(norm(direct[j].get("text", "")) == pt for j in matched):
                continue  # a caption repeating a quote already found: neither hit nor error
            q_pred += 1
            res.log.append(f"quote not in gold [{g['file']}]: {pq.get('speaker_name')}: {pq.get('text', '')[:60]!r}")
        for gq in g.get("quotes_indirect", []):
            ind_gold += 1
            gt = norm(gq["text"])
            speakers = alias.get(norm(gq["speaker"]), {norm(gq["speaker"])})
            hit = any(_text_match(gt, norm(pq.get("text", "")))
                      and ex.names(pq.get("speaker"), pq.get("speaker_name")) & speakers for pq in preds)
            ind_tp += hit
            if not hit:
                res.log.append(f"indirect quote missing [{g['file']}]: {gq['speaker']}: {gq['text'][:60]!r}")
    if q_gold:
        p, r, f = prf(q_tp, q_pred, q_gold)
        res.figures["quotes_f1"] = (f"{f:.3f}  (P {p:.3f} R {r:.3f}; speaker right {q_tp}, text found {q_det} "
                                    f"of {q_gold}; {q_pred} predicted)")
    if ind_gold:
        res.figures["indirect_recall"] = f"{ind_tp / ind_gold:.3f}  ({ind_tp}/{ind_gold})"


def _timeline(gold: dict[str, Any], docmap: dict[str, Any], ex: Predictions, res: Result) -> None:
    gdocs = gold["documents"]
    short = {g["file"].split("_")[0]: g["file"] for g in gdocs}
    short.update({g["file"]: g["file"] for g in gdocs})
    doc_id = {f: (docmap[f] or {}).get("id") for f in docmap}
    preds = ex.events
    pnames = [[ex.names(a) for a in (p.get("source_actors", []) + p.get("target_actors", []))] for p in preds]

    def fits(i: int, ge: dict[str, Any], strict: bool) -> bool:
        p = preds[i]
        if "OTHER" not in ge["types"] and p.get("type") not in ge["types"]:
            return False
        gdids = {doc_id.get(short.get(x, x)) for x in ge["documents"]}
        if not any(m.get("document") in gdids for m in p.get("mentions", [])):
            return False
        sides = [{norm(a) for a in side} for side in ge["actors"]]
        if not all(any(ns & side for ns in pnames[i]) for side in sides):
            return False
        gi = interval(ge.get("date"))
        if gi is None:
            return True
        pi = _pred_interval(p.get("date"))
        if pi is None:
            return False
        if strict:
            return gi[0] <= pi[0] and pi[1] <= gi[1]
        return pi[0] <= gi[1] and gi[0] <= pi[1]

    for strict in (True, False):
        used: set[int] = set()
        tp = n_gold = 0
        opt_hits: set[int] = set()
        for ge in gold["timeline"]:
            cands = [i for i in range(len(preds)) if i not in used and fits(i, ge, strict)]
            if ge.get("optional"):
                opt_hits.update(cands[:1])
                used.update(cands[:1])
                continue
            n_gold += 1
            if cands:
                tp += 1
                used.add(cands[0])
            elif strict:
                res.log.append(f"event missing: {ge.get('date')} {ge['types'][0]} {ge['actors'][0][0]} / "
                               f"{ge['actors'][1][0]}: {ge['evidence'][:60]!r}")
        n_pred = len(preds) - len(opt_hits)
        p, r, f = prf(tp, n_pred, n_gold)
        key = "timeline_f1_strict" if strict else "timeline_f1_lenient"
        res.figures[key] = f"{f:.3f}  (P {p:.3f} R {r:.3f}; {tp} of {n_gold} gold events, {n_pred} predicted)"
        if strict:
            for i, pe in enumerate(preds):
                if i not in used:
                    m = (pe.get("mentions") or [{}])[0]
                    src = [ex.entities.get(a, {}).get("name", a) for a in pe.get("source_actors", [])]
                    tgt = [ex.entities.get(a, {}).get("name", a) for a in pe.get("target_actors", [])]
                    res.log.append(f"event not in gold: {pe.get('date', {}).get('value')} {pe.get('type')} "
                                   f"{src} -> {tgt}: {str(m.get('sentence', ''))[:60]!r}")


def evaluate(gold: dict[str, Any], ex: Predictions) -> Result:
    """Every measure the annotation supports, with the log of misses."""
    res = Result()
    gdocs = gold["documents"]
    docmap = {g["file"]: ex.doc_for(g["file"]) for g in gdocs}
    res.figures["documents_found"] = f"{sum(1 for d in docmap.values() if d)}/{len(gdocs)}"
    _body(gdocs, docmap, res)
    _meta(gdocs, docmap, res)
    _entities(gdocs, docmap, ex, res)
    _quotes(gdocs, docmap, ex, res)
    if "timeline" in gold:
        _timeline(gold, docmap, ex, res)
    return res


def evaluate_store(gold: dict[str, Any], store: Store) -> Result:
    """Score what a database holds."""
    return evaluate(gold, Predictions.from_store(store))


def figure(result: Result, name: str) -> float:
    """The leading number of a figure (``0.875  (7/8)`` -> 0.875), for quality floors."""
    return float(result.figures[name].split()[0].split("/")[0])
