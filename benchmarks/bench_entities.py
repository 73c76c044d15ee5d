#!/usr/bin/env python3
"""Benchmark of entity resolution: person precision and entity recall on annotated news, and speed.

usage: python benchmarks/bench_entities.py [--data ../shared/data] [--docs 400]

1. SmartData (``smartdata/v1_20180119``, news and web documents with person, organisation and
   location mentions): per document, the entities of ``entities_stage`` against the annotated
   names, as ``score.py`` scores the seeds: a gold name is found when an entity of the same
   class (person or not) carries it as name or alias; a predicted person is right when one of
   its names is an annotated person name. Caveat: the bundled NER model is trained on SmartData
   too, so the figures are optimistic for the tagger; what they isolate is what resolution adds
   or loses (filters, linking, the knowledge base).
2. Speed of the stage without the tagger (knowledge base, roles, linking), on 10kGNAD articles:
   milliseconds per 500 words, one core.

Needs ``../shared/data``; prints a message and exits 0 without it.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def smartdata(args: argparse.Namespace) -> None:
    from lagebild.entities import entities_stage
    from lagebild.entities.kb import fold
    from lagebild.entities.train import smartdata_documents
    from lagebild.model import Document
    from lagebild.segment import segment

    folder = args.data / "smartdata" / "v1_20180119"
    if not folder.is_dir():
        print(f"skipped SmartData: {folder} not found")
        return
    n = tp_rec = n_gold = p_pred = p_tp = 0
    misses: list[str] = []
    false: list[str] = []
    t0 = time.perf_counter()
    for text, spans in smartdata_documents(folder):
        if len(text) < 600 or not any(c == "PER" for _, _, c in spans):
            continue  # news articles with people, not tweets or traffic reports
        n += 1
        if n > args.docs:
            break
        doc = entities_stage(segment(Document(id=str(n), source=str(n), body=text)))
        gold: dict[str, bool] = {}
        for a, b, cls in spans:
            gold[fold(" ".join(text[a:b].split()))] = cls == "PER"
        ents = [(e, {fold(e.name)} | {fold(x) for x in e.aliases}) for e in doc.entities]
        for name, is_per in gold.items():
            n_gold += 1
            hit = any(name in names and (e.type == "PER") == is_per for e, names in ents)
            tp_rec += hit
            if not hit and is_per and len(misses) < 25:
                misses.append(name)
        persons = {name for name, is_per in gold.items() if is_per}
        for e, names in ents:
            if e.type == "PER":
                p_pred += 1
                if names & persons:
                    p_tp += 1
                elif len(false) < 25:
                    false.append(e.name)
    dt = time.perf_counter() - t0
    n = min(n, args.docs)
    print(f"SmartData: {n} documents in {dt:.1f} s (segment + NER + resolution)")
    print(f"  entity recall (names): {tp_rec / max(n_gold, 1):.3f}  ({tp_rec}/{n_gold})")
    print(f"  person precision:      {p_tp / max(p_pred, 1):.3f}  ({p_tp}/{p_pred})")
    print("  missed persons (first 25):", "; ".join(misses))
    print("  persons not annotated (first 25):", "; ".join(false))


def speed(args: argparse.Namespace) -> None:
    from lagebild.entities.resolve import resolve
    from lagebild.model import Document

    path = args.data / "10kgnad" / "articles.csv"
    if not path.is_file():
        print(f"skipped speed: {path} not found")
        return
    rows = path.read_text(encoding="utf-8").splitlines()[: args.docs]
    docs = [
        Document(id=str(i), source="x", body=r.partition(";")[2].strip("'"), published="2016-01-01")
        for i, r in enumerate(rows)
    ]
    resolve(docs[0], [])  # load the knowledge base outside the clock
    words = sum(len(d.body.split()) for d in docs)
    t0 = time.perf_counter()
    for d in docs:
        resolve(d, [])
    dt = time.perf_counter() - t0
    print(
        f"speed (resolution without NER, 10kGNAD, {len(docs)} articles, {words} words): "
        f"{dt / words * 500 * 1000:.2f} ms per 500 words"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=SHARED / "data")
    ap.add_argument("--docs", type=int, default=400)
    args = ap.parse_args()
    if not args.data.is_dir():
        print(f"skipped: {args.data} not found (the benchmark needs ../shared/data)")
        return 0
    sys.path.insert(0, str(ROOT / "src"))
    speed(args)
    smartdata(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
