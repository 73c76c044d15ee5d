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
2. Quotes-de (German Wikinews, ``quotes-de/dev``): the speakers that are written as a name
   (capitalised words, no article, title or role noun): the share that lies inside a person mention (a recall check
   on persons in text the tagger was not trained on).
3. Speed of the stage without the tagger (knowledge base, roles, linking), on 10kGNAD articles:
   CPU milliseconds per 500 words.

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


def speakers(args: argparse.Namespace) -> None:
    import json
    import re

    from lagebild.entities import entities_stage
    from lagebild.entities.kb import load_lexicon
    from lagebild.model import Document
    from lagebild.segment import segment

    lex = load_lexicon()
    refused = lex.not_person | set(lex.role_nouns) | {"Angaben", "Ansicht", "Aus", "Einschätzung", "Ihre", "Seine"}
    folder = args.data / "quotes-de" / "dev"
    if not folder.is_dir():
        print(f"skipped quotes-de: {folder} not found")
        return
    name_re = re.compile(r"[A-ZÄÖÜ][\w.-]+(?: (?:[A-ZÄÖÜ][\w.-]+|von|van|de|der))* [A-ZÄÖÜ][\w-]+")
    n = hit = 0
    misses: list[str] = []
    for path in sorted(folder.glob("*.json"))[: args.docs]:
        data = json.loads(path.read_text(encoding="utf-8"))
        text = data["originalText"]
        day = re.search(r"\((\d{4}-\d{2}-\d{2})\)", path.name)
        doc = entities_stage(
            segment(Document(id=path.name, source=path.name, body=text, published=day.group(1) if day else None))
        )
        persons = [(m.start, m.end) for m in doc.mentions if m.label == "PER"]
        seen: set[tuple[int, int]] = set()
        for ann in data["annotations"]:
            for sp in ann["speaker"]["spans"]:
                a, b = sp["charBegin"], sp["charEnd"]
                span = text[a:b]
                if (a, b) in seen or not name_re.fullmatch(span) or any(w in refused for w in span.split()):
                    continue
                seen.add((a, b))
                n += 1
                ok = any(s < b and a < e for s, e in persons)
                hit += ok
                if not ok and len(misses) < 25:
                    misses.append(text[a:b])
    print(f"quotes-de dev: speakers written as names inside a person mention: {hit / max(n, 1):.3f} ({hit}/{n})")
    print("  missed (first 25):", "; ".join(misses))


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
    t0 = time.process_time()  # CPU time: the machine is shared, wall time says little
    for d in docs:
        resolve(d, [])
    dt = time.process_time() - t0
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
    speakers(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
