#!/usr/bin/env python3
"""Event extraction on a challenge set of German news sentences, type by type (issue #7).

usage: python benchmarks/bench_event_sentences.py [--data FILE] [--misses] [--type TYPE]

``benchmarks/data/event_sentences.json`` holds short German news texts (one to three sentences)
written for the project, each with the events it states: PLOVER type (and other acceptable
types), the names each side may go by, status and date. They were written without running
lagebild on them and vary what a trigger lexicon must generalise over: tense, voice, word order,
nominal events, reported speech, titles, groups and pronouns as actors, synonyms per type, and
distractors (idioms, private meetings, background) that state no event.

Each text is one document of a JSON Lines corpus; :func:`lagebild.pipeline.run` analyses it and
every event report the document keeps (``doc_events``, whatever its status) is matched against
the annotation: the type is acceptable and each side matches one name of the entity, its aliases
or what it stands for (either order for CONSULT, COOPERATE, AGREE and FIGHT). Printed: recall per
type, precision over all reports (a report that matches no annotated event is a false one), and
among the matched events the share with the right status and a date that overlaps the annotated
one. Needs no ``../shared``: the sentences are the project's own.
"""

from __future__ import annotations

import argparse
import collections
import json
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data" / "event_sentences.json"
SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE", "FIGHT"}


def _names(con: sqlite3.Connection) -> dict[str, set[str]]:
    from lagebild.evaluate import norm

    out: dict[str, set[str]] = {}
    rows = con.execute("SELECT id, name, aliases, stands_for FROM entities").fetchall()
    by_id = {r[0]: r for r in rows}
    for eid, name, aliases, stands_for in rows:
        names = {norm(name)} | {norm(a) for a in json.loads(aliases)}
        if stands_for and stands_for in by_id:
            s = by_id[stands_for]
            names |= {norm(s[1])} | {norm(a) for a in json.loads(s[2])}
        out[eid] = names
    return out


def _fits(rep: dict[str, Any], gold: dict[str, Any], names: dict[str, set[str]], by_type: bool = True) -> bool:
    from lagebild.evaluate import norm

    if by_type and rep["type"] not in {gold["type"], *gold.get("also", [])}:
        return False
    src = [names.get(a, {norm(a)}) for a in rep["sources"]]
    # a one-sided event (taking office) has its actor on both sides
    tgt = [names.get(a, {norm(a)}) for a in rep["targets"] or (rep["sources"] if rep["type"] == "OTHER" else [])]
    gs, gt = {norm(n) for n in gold["source"]}, {norm(n) for n in gold["target"]}

    def side(pred: list[set[str]], want: set[str]) -> bool:
        return any(n & want for n in pred)

    if side(src, gs) and side(tgt, gt):
        return True
    symmetric = gold["type"] in SYMMETRIC or rep["type"] in SYMMETRIC
    return symmetric and side(src + tgt, gs) and side(src + tgt, gt)


def _date_ok(rep: dict[str, Any], gold: dict[str, Any]) -> bool:
    from lagebild.evaluate import _pred_interval, interval

    gi = interval(gold.get("date"))
    if gi is None:
        return True
    pi = _pred_interval(rep["date"])
    return pi is not None and pi[0] <= gi[1] and gi[0] <= pi[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--misses", action="store_true", help="list every miss and false report")
    ap.add_argument("--type", help="list the misses of this type only")
    args = ap.parse_args()
    from lagebild.pipeline import run

    items = json.loads(args.data.read_text(encoding="utf-8"))["items"]
    with tempfile.TemporaryDirectory(prefix="bench_event_sentences_") as tmp:
        corpus = Path(tmp) / "sentences.jsonl"
        with corpus.open("w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps({"id": it["id"], "text": it["text"], "published": it["published"],
                                    "language": "de"}, ensure_ascii=False) + "\n")
        db = Path(tmp) / "db.sqlite"
        report = run([corpus], db, workers=1, progress=False)
        con = sqlite3.connect(db)
        names = _names(con)
        doc_of = {src.rpartition("#")[2]: did for did, src in con.execute("SELECT id, source FROM documents")}
        reps: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
        for did, typ, status, date, sources, targets, sentence in con.execute(
                "SELECT document, type, status, date, sources, targets, sentence FROM doc_events ORDER BY start"):
            reps[did].append({"type": typ, "status": status, "date": json.loads(date) if date else None,
                              "sources": json.loads(sources), "targets": json.loads(targets), "sentence": sentence})
        con.close()
    found: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    status_ok = date_ok = n_pred = n_false = 0
    lines: list[str] = []
    for k, it in enumerate(items, start=1):
        did = doc_of.get(str(k))
        preds = reps.get(did or "", [])
        n_pred += len(preds)
        used: set[int] = set()
        for g in it["events"]:
            total[g["type"]] += 1
            hit = next((i for i, p in enumerate(preds) if i not in used and _fits(p, g, names)), None)
            if hit is None:
                near = [p["type"] for p in preds if _fits(p, g, names, by_type=False)]
                if args.misses or args.type == g["type"]:
                    lines.append(f"  miss {it['id']} {g['type']} {g['source'][0]} -> {g['target'][0]}"
                                 f"{' (found as ' + ','.join(near) + ')' if near else ''}: {it['text'][:150]!r}")
                continue
            used.add(hit)
            found[g["type"]] += 1
            status_ok += preds[hit]["status"] == g.get("status", "occurred")
            date_ok += _date_ok(preds[hit], g)
        for i, p in enumerate(preds):
            if i not in used:
                n_false += 1
                if args.misses:
                    lines.append(f"  false {it['id']} {p['type']} {p['status']} {p['sources']} -> {p['targets']}: "
                                 f"{it['text'][:120]!r}")
    n_gold, n_found = sum(total.values()), sum(found.values())
    print(f"{len(items)} texts ({report.new} analysed, {len(report.failures)} failed), {n_gold} annotated events")
    for t in sorted(total):
        print(f"  {t:<11} recall {found[t] / total[t]:.2f}  ({found[t]}/{total[t]})")
    p = (n_pred - n_false) / n_pred if n_pred else 0.0
    r = n_found / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"events: recall {r:.3f}  precision {p:.3f}  F1 {f1:.3f}  ({n_found} of {n_gold} found, {n_pred} reports)")
    if n_found:
        print(f"of those found: status right {status_ok / n_found:.3f}, date right {date_ok / n_found:.3f}")
    for line in lines:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
