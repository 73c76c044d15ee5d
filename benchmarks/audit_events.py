#!/usr/bin/env python3
"""Precision audit of the events on unseen German news (issue #7, events round 12).

usage: python benchmarks/audit_events.py [--set 1|2] [--data ../shared/data] [--judged FILE] [--keep DIR]

Recall needs an annotation; precision can be studied by reading what lagebild reports. This
command picks 60 German Wikinews articles by a recorded rule (:func:`select_audit`): the files of
``quotes-de/train`` in the order of ``sha1("wikinews-audit-" + name)``, the first 60 whose body
has 120-700 words and that are neither in batch 1 of ``benchmarks/data/wikinews_events.json``
(the batch that existed when the audit was drawn; batch 2 excludes the audit's files instead) nor
(by name) in ``quotes-de/dev``. They are analysed with their real publication dates (the file name's) the
way ``bench_events.py --set wikinews`` analyses its articles (its :func:`build` and
:func:`wikinews_texts` write the corpus), and every event report is printed with its sentence.

``benchmarks/data/wikinews_audit.json`` holds the judgement of each report read in round 12
(``right``, ``wrong type``, ``wrong sides``, ``wrong date``, ``not an event``), keyed by the
article, the type, the date, the sides and the start of the sentence. With ``--judged`` the command tallies the
reports it finds judged there and lists the reports not judged yet, so that a later round can
re-run the audit and see what moved. The audit set has been read, so it is *seen*: a figure on
it measures the rules made on it, not lagebild on unseen news.

``--set 2`` (events round 14) is a second audit set drawn by the same rule: the next 60 files of
the same order after the first set's 60th, with the same word limits and exclusions, and also
not in batch 2 of ``wikinews_events.json`` (the batch that exists now). Its judgements are in
``benchmarks/data/wikinews_audit2.json`` (same format); it was unseen until round 14 read it.

Needs ``../shared``; prints a message and exits 0 without it.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_events import GOLD, SHARED, build, wikinews_texts  # noqa: E402

AUDIT_WORDS = (120, 700)  # words of the body (str.split), inclusive
AUDIT_COUNT = 60
#: The judgements of each audit set (``--set``).
JUDGED_FILES = {1: Path(__file__).resolve().parent / "data" / "wikinews_audit.json",
                2: Path(__file__).resolve().parent / "data" / "wikinews_audit2.json"}
JUDGED = JUDGED_FILES[1]
#: The categories of a judgement, in the order the tally prints them.
CATEGORIES = ("right", "wrong type", "wrong sides", "wrong date", "not an event")
_NAME = re.compile(r"^(?P<id>\d+) - (?P<title>.*) \((?P<date>\d{4}-\d{2}-\d{2})\)\.pretty\.json$")


def select_audit(data: Path, audit_set: int = 1) -> list[str]:
    """The recorded selection rule of audit set ``audit_set`` (1 or 2): file names of ``quotes-de/train``.

    Set 2 goes on in the same order after set 1's last file and also leaves out batch 2 of the
    Wikinews annotation (which itself left out set 1's files)."""
    train = data / "quotes-de" / "train"
    batches: dict[int, set[str]] = collections.defaultdict(set)
    for d in json.loads(GOLD["wikinews"].read_text(encoding="utf-8"))["documents"]:
        batches[d.get("batch", 1)].add(d["file"])
    # set 1 excludes batch 1 only: it was drawn in round 12, before batch 2 (round 13) excluded its files
    annotated = batches[1]
    dev = {f.name for f in (data / "quotes-de" / "dev").glob("*.json")}
    ordered = sorted(train.glob("*.json"),
                     key=lambda f: hashlib.sha1(("wikinews-audit-" + f.name).encode()).hexdigest())
    sets: list[list[str]] = [[]]
    for f in ordered:
        if f.name in annotated or f.name in dev or not _NAME.match(f.name):
            continue
        words = len(json.loads(f.read_text(encoding="utf-8"))["originalText"].split())
        if AUDIT_WORDS[0] <= words <= AUDIT_WORDS[1]:
            sets[-1].append(f.name)
            if len(sets[-1]) == AUDIT_COUNT:
                if len(sets) == audit_set:
                    break
                sets.append([])
                annotated = batches[1] | batches[2]  # from set 2 on, batch 2 is left out too
    return sets[-1]


def audit_annotation(names: list[str]) -> dict[str, Any]:
    """An annotation without events, in the shape :func:`bench_events.build` reads, for the chosen files."""
    docs = []
    for name in names:
        m = _NAME.match(name)
        assert m is not None  # select_audit keeps only names of this shape
        docs.append({"id": m["id"], "file": name, "split": "audit",
                     "meta": {"published": m["date"], "title": m["title"]}})
    return {"format": "lagebild-gold/1", "aliases": {}, "documents": docs, "timeline": []}


def report_key(r: dict[str, Any]) -> str:
    """The key of a judgement: article id, event type, date, sides and the sentence's first 60
    characters (a report whose sides or date change is a new report, to be judged again)."""
    sides = f"{'+'.join(r['source'])}>{'+'.join(r['target'])}"
    return f"{r['doc']}|{r['type']}|{r['date']}|{sides}|{' '.join(r['sentence'].split())[:60].rstrip()}"


def reports(data: Path, work: Path, audit_set: int = 1) -> list[dict[str, Any]]:
    """Analyse audit set ``audit_set`` and return one row per event report (event and document)."""
    from lagebild.export import records
    from lagebild.pipeline import run
    from lagebild.store import Store

    annotation = audit_annotation(select_audit(data, audit_set))
    texts = wikinews_texts(data, annotation)
    assert texts is not None
    corpus, _ = build(annotation, texts, "audit", work)
    # build writes the documents in order: line k of the corpus is the k-th document
    ids = {f"{corpus.name}#{k}": d["id"] for k, d in enumerate(annotation["documents"], start=1)}
    db = work / "audit.sqlite"
    run([corpus], db, workers=1, progress=False)
    with Store(db, create=False) as store:
        recs = records(store)
        docs = {d["id"]: ids.get(str(d.get("source", "")).rpartition("/")[2], d["id"]) for d in recs["documents"]}
        names = {e["id"]: e["name"] for e in recs["entities"]}
        rows = []
        for e in recs["events"]:
            for m in e.get("mentions", []):
                rows.append({"doc": docs.get(m["document"], m["document"]), "type": e["type"],
                             "status": e.get("status"),
                             "date": (e.get("date") or {}).get("value"),
                             "source": [names.get(a, a) for a in e.get("source_actors", [])],
                             "target": [names.get(a, a) for a in e.get("target_actors", [])],
                             "sentence": " ".join(str(m.get("sentence", "")).split())})
    rows.sort(key=lambda r: (int(r["doc"]) if r["doc"].isdigit() else 0, r["sentence"]))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=SHARED / "data")
    ap.add_argument("--set", type=int, choices=sorted(JUDGED_FILES), default=1, dest="audit_set",
                    help="which audit set (1: round 12's, 2: round 14's)")
    ap.add_argument("--judged", type=Path, nargs="?", const=True,
                    help="tally against the judgements in this file (default: the set's own, "
                         + ", ".join(f.name for f in JUDGED_FILES.values()) + ")")
    ap.add_argument("--keep", type=Path, help="copy the corpus and database here")
    args = ap.parse_args()
    if not (args.data / "quotes-de" / "train").is_dir():
        print(f"skipped: quotes-de/train is not in {args.data} (it lives in ../shared/data)")
        return 0
    with tempfile.TemporaryDirectory(prefix="audit_events_") as tmp:
        rows = reports(args.data, Path(tmp), args.audit_set)
        if args.keep:
            shutil.copytree(tmp, args.keep, dirs_exist_ok=True)
    judged: dict[str, str] = {}
    if args.judged is True:
        args.judged = JUDGED_FILES[args.audit_set]
    if args.judged:
        judged = json.loads(args.judged.read_text(encoding="utf-8"))["judgements"]
    tally: collections.Counter[str] = collections.Counter()
    for r in rows:
        key = report_key(r)
        verdict = judged.get(key, "").split(":")[0]
        tally[verdict or "not judged"] += 1
        print(f"[{r['doc']}] {r['type']} {r['status']} {r['date']} {r['source']} -> {r['target']}"
              f"{'  = ' + judged[key] if key in judged else ''}\n    {key}\n    {r['sentence']}")
    print(f"\n{len(rows)} reports in {AUDIT_COUNT} articles")
    if args.judged:
        for c in (*CATEGORIES, "not judged"):
            print(f"  {c}: {tally[c]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
