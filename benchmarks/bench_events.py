#!/usr/bin/env python3
"""Benchmark of the events and the merged timeline on unseen German news (issue #7).

usage: python benchmarks/bench_events.py [--set gnad|wikinews] [--data ../shared/data] [--split dev|test|both]
                                        [--keep DIR] [--select]

``benchmarks/data/gnad_events.json`` annotates the timeline of 74 derStandard articles of the
10kGNAD sample (international and domestic politics and economy, 2014-16) in ``lagebild-gold/1``:
every event between actors that the text states, with the date the text fixes, following ``../shared/spec/plover.md``
as the seed annotation does. The articles were annotated from their text alone, before lagebild's
output on them was looked at. The annotation keeps no text: each article is read from
``10kgnad/articles.csv`` by its row; 10kGNAD has no dates, so each article carries a publication
date consistent with its text. An actor ``@KEY`` in the annotation stands for the alias list
``aliases[KEY]`` (a state, its capital, government and leaders stand for each other).

41 articles are ``dev`` (errors may be studied there), in four annotation batches (``batch``; 1
unless given) whose figures are also printed on their own, and 33 ``test`` in three batches (only
measured, so that the test figure stays honest).

``--set wikinews`` measures a second kind of real news, with real publication dates:
``benchmarks/data/wikinews_events.json`` annotates 48 German Wikinews articles of
``quotes-de/train`` (2004-21) the same way, in two batches of 24 (round 11 and round 13), each
chosen by a recorded rule (:func:`select_wikinews`, printed by ``--select``) with no topic
filter, so that articles without any event measure precision; each batch alternates into 12 dev
and 12 test, and the figures of each batch are also printed on their own. Each is read from its corpus file by the
file name the annotation records.

For each split the articles become a JSON Lines corpus with
``text``, ``published`` and ``id``; :func:`lagebild.pipeline.run` analyses and merges them into a
temporary database, and :func:`lagebild.evaluate.evaluate_store` scores the timeline: strict
(the predicted date lies inside the gold one) and lenient (they overlap) F1, and the misses.

Needs ``../shared``; prints a message and exits 0 without it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DATA = Path(__file__).resolve().parent / "data"
GOLD = {"gnad": DATA / "gnad_events.json", "wikinews": DATA / "wikinews_events.json"}

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import read_gnad  # noqa: E402


def doc_key(d: dict[str, Any]) -> Any:
    """The key by which the annotation's timeline names a document: ``row`` (10kGNAD) or ``id`` (Wikinews)."""
    return d["row"] if "row" in d else d["id"]


def build(annotation: dict[str, Any], texts: dict[Any, dict[str, str]], split: str,
          work: Path) -> tuple[Path, dict[str, Any]]:
    """Write the split's corpus and return it with its ``lagebild-gold/1`` annotation.

    ``texts`` maps each document's key (:func:`doc_key`) to its corpus record (``id``, ``text``,
    ``outlet``, optionally ``title``); the publication date is the annotation's.
    """
    aliases = annotation["aliases"]
    docs = [d for d in annotation["documents"] if d["split"] == split]
    corpus = work / f"{split}.jsonl"
    files = files_of(annotation, split, corpus)
    with corpus.open("w", encoding="utf-8") as f:
        for d in docs:
            rec = {**texts[doc_key(d)], "published": d["meta"]["published"], "language": "de"}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    def side(names: list[str]) -> list[str]:
        out: list[str] = []
        for n in names:
            out.extend(aliases[n[1:]] if n.startswith("@") else [n])
        return out

    timeline = [{**e, "documents": [files[r] for r in e["documents"]], "actors": [side(s) for s in e["actors"]]}
                for e in annotation["timeline"] if all(r in files for r in e["documents"])]
    gold = {"format": annotation["format"], "timeline": timeline,
            "documents": [{"file": files[doc_key(d)], "meta": d["meta"]} for d in docs]}
    return corpus, gold


def files_of(annotation: dict[str, Any], split: str, corpus: Path) -> dict[Any, str]:
    """Document key -> the corpus file name (``split.jsonl#k``) that :func:`build` gives the split's articles."""
    docs = [d for d in annotation["documents"] if d["split"] == split]
    return {doc_key(d): f"{corpus.name}#{k}" for k, d in enumerate(docs, start=1)}


def gnad_texts(data: Path, annotation: dict[str, Any]) -> dict[Any, dict[str, str]] | None:
    """The corpus records of the annotated 10kGNAD rows, or None without ``10kgnad/articles.csv``."""
    csv_path = data / "10kgnad" / "articles.csv"
    if not csv_path.is_file():
        return None
    rows = {d["row"] for d in annotation["documents"]}
    return {n: {"id": f"10kgnad-{n:05d}", "text": text, "outlet": "derStandard"}
            for n, (_, text) in enumerate(read_gnad(csv_path), start=1) if n in rows}


WIKINEWS_WORDS = (120, 600)  # words of the body (str.split), inclusive
WIKINEWS_COUNT = 24


def select_wikinews(train: Path, batch: int = 1) -> list[str]:
    """The recorded selection rule of the Wikinews set: file names, dev and test alternating.

    Batch 1 (round 11): the files of ``quotes-de/train`` in the order of
    ``sha1("wikinews-events-" + name)``, the first 24 whose body has 120-600 words, with no
    topic filter (an article without any event is real use too, and measures precision).
    Batch 2 (round 13): the next 24 of the same order with the same word limits that are in
    neither batch 1, the precision audit's set (``audit_events.select_audit``) nor ``quotes-de/dev``.
    In each batch the 1st, 3rd, ... are dev, the 2nd, 4th, ... test.
    """
    ordered = sorted(train.glob("*.json"),
                     key=lambda f: hashlib.sha1(("wikinews-events-" + f.name).encode()).hexdigest())
    skip: set[str] = set()
    if batch > 1:
        from audit_events import select_audit
        data = train.parent.parent
        skip = set(select_wikinews(train, 1)) | set(select_audit(data))
        skip |= {f.name for f in (train.parent / "dev").glob("*.json")}
    kept: list[str] = []
    for f in ordered:
        if f.name in skip:
            continue
        words = len(json.loads(f.read_text(encoding="utf-8"))["originalText"].split())
        if WIKINEWS_WORDS[0] <= words <= WIKINEWS_WORDS[1]:
            kept.append(f.name)
            if len(kept) == WIKINEWS_COUNT:
                break
    return kept


def wikinews_texts(data: Path, annotation: dict[str, Any]) -> dict[Any, dict[str, str]] | None:
    """The corpus records of the annotated Wikinews files, or None without ``quotes-de/train``."""
    train = data / "quotes-de" / "train"
    if not train.is_dir():
        return None
    out: dict[Any, dict[str, str]] = {}
    for d in annotation["documents"]:
        body = json.loads((train / d["file"]).read_text(encoding="utf-8"))["originalText"]
        out[d["id"]] = {"id": f"wikinews-{d['id']}", "text": body, "title": d["meta"]["title"], "outlet": "Wikinews"}
    return out


def _subset(gold: dict[str, Any], files: set[str]) -> dict[str, Any]:
    """The part of a gold annotation about the given documents (the events any of them reports)."""
    return {**gold, "documents": [d for d in gold["documents"] if d["file"] in files],
            "timeline": [e for e in gold["timeline"] if set(e["documents"]) & files]}


def measure(annotation: dict[str, Any], texts: dict[Any, dict[str, str]], split: str, work: Path,
            verbose: bool) -> None:
    """Analyse one split and print its timeline figures (and, with ``verbose``, the misses)."""
    from lagebild.evaluate import Predictions, evaluate, evaluate_store
    from lagebild.pipeline import run
    from lagebild.store import Store

    corpus, gold = build(annotation, texts, split, work)
    (work / f"{split}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    db = work / f"{split}.sqlite"
    report = run([corpus], db, workers=1, progress=False)
    with Store(db, create=False) as store:
        result = evaluate_store(gold, store)
    n_docs = len(gold["documents"])
    print(f"\n{split}: {n_docs} articles ({report.new} analysed, {len(report.failures)} failed)")
    for name in ("timeline_f1_strict", "timeline_f1_lenient"):
        print(f"  {name}: {result.figures.get(name)}")
    batches = sorted({d.get("batch", 1) for d in annotation["documents"] if d["split"] == split})
    if len(batches) > 1:
        # each annotation round on its own: batch 1 is what the first rules were studied on
        with Store(db, create=False) as store:
            pred = Predictions.from_store(store)
        for b in batches:
            rows = {doc_key(d) for d in annotation["documents"] if d["split"] == split and d.get("batch", 1) == b}
            files = {f for r, f in files_of(annotation, split, corpus).items() if r in rows}
            ids = {d["id"] for d in pred.documents if str(d.get("source", "")).rpartition("/")[2] in files}
            # the events reported in this batch's articles only
            events = [e for e in pred.events if any(m.get("document") in ids for m in e.get("mentions", []))]
            part = Predictions(pred.documents, list(pred.entities.values()), pred.quotes, events)
            res = evaluate(_subset(gold, files), part)
            print(f"  batch {b} ({len(rows)} articles):")
            for name in ("timeline_f1_strict", "timeline_f1_lenient"):
                print(f"    {name}: {res.figures.get(name)}")
    if verbose:
        for line in result.log:
            if line.startswith(("event missing", "event not in gold")):
                print("   ", line)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", dest="which", default="gnad", choices=sorted(GOLD),
                    help="which annotated news (default gnad)")
    ap.add_argument("--data", type=Path, default=SHARED / "data")
    ap.add_argument("--split", default="both", choices=("dev", "test", "both"))
    ap.add_argument("--quiet", action="store_true", help="figures only, no list of misses")
    ap.add_argument("--keep", type=Path, help="copy the corpora, gold files and databases here")
    ap.add_argument("--select", action="store_true", help="print the Wikinews selection rule's files and stop")
    args = ap.parse_args()
    annotation = json.loads(GOLD[args.which].read_text(encoding="utf-8"))
    if args.select:
        train = args.data / "quotes-de" / "train"
        if not train.is_dir():
            print(f"skipped: {train} not found")
            return 0
        docs = json.loads(GOLD["wikinews"].read_text(encoding="utf-8"))["documents"]
        ok = True
        for batch in sorted({d.get("batch", 1) for d in docs}):
            chosen = select_wikinews(train, batch)
            annotated = [d["file"] for d in docs if d.get("batch", 1) == batch]
            print(f"batch {batch}:")
            for k, name in enumerate(chosen):
                print(f"{'dev ' if k % 2 == 0 else 'test'}  {name}")
            same = chosen == annotated and all(d["split"] == ("dev" if k % 2 == 0 else "test")
                                               for k, d in enumerate(d for d in docs if d.get("batch", 1) == batch))
            print("the annotation holds exactly these files, in this order" if same
                  else "MISMATCH: the annotation's files differ from the rule's")
            ok = ok and same
        return 0 if ok else 1
    texts = (gnad_texts if args.which == "gnad" else wikinews_texts)(args.data, annotation)
    if texts is None:
        print(f"skipped: the {args.which} articles are not in {args.data} (they live in ../shared/data)")
        return 0
    splits = ("dev", "test") if args.split == "both" else (args.split,)
    with tempfile.TemporaryDirectory(prefix="bench_events_") as tmp:
        for split in splits:
            # the test split is only measured: its misses are never printed
            measure(annotation, texts, split, Path(tmp), verbose=not args.quiet and split == "dev")
        if args.keep:
            shutil.copytree(tmp, args.keep, dirs_exist_ok=True)
    print("\nissue #7 target: lenient timeline F1 >= 0.60 on unseen news")
    return 0

if __name__ == "__main__":
    sys.exit(main())
