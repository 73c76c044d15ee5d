#!/usr/bin/env python3
"""Benchmark of the entities on unseen German news: entity recall and person precision (issue #4).

usage: python benchmarks/bench_entities_news.py [--data ../shared/data] [--quiet] [--keep DIR]

``benchmarks/data/gnad_entities.json`` annotates the entities of 15 derStandard articles of the
10kGNAD sample (International, Inland, Wirtschaft, Panorama; 2015-16) in ``lagebild-gold/1``:
every person named, the organisations and places that play a role, each with the ways the text
names it. The articles were annotated from their text alone, before lagebild's output on them was
looked at; the file records how they were chosen. It keeps no text: each article is read from
``10kgnad/articles.csv`` by its row.

The articles become one JSON Lines corpus (``gnad_entities.jsonl``, in the annotation's order, so
that line k is the document ``gnad_entities.jsonl#k``), which goes through the command line as a
user would run it: ``lagebild run --workers 1`` into a temporary database, ``lagebild export
--format jsonl``, then ``../shared/tools/score.py`` against the annotation. Printed: entity recall
(a gold entity is found when an entity of the document, person or not as the gold one, carries
one of its names), person precision, recall per type, recall without the institutions that the
annotation marks ``generic`` (named only by a title, such as "Landtag"), and the misses.

This set is only a measurement: nothing in lagebild is tuned on it. Needs ``../shared``; prints a
message and exits 0 without it.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = Path(__file__).resolve().parent / "data" / "gnad_entities.json"

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import read_gnad  # noqa: E402


def lagebild_cmd() -> list[str]:
    """The ``lagebild`` command of this interpreter's environment."""
    exe = Path(sys.executable).parent / "lagebild"
    return [str(exe)] if exe.exists() else [shutil.which("lagebild") or "lagebild"]


def write_corpus(annotation: dict[str, Any], csv_path: Path, out: Path) -> None:
    """Line k of ``out`` is the k-th annotated article (the annotation's ``file`` is ``NAME#k``)."""
    rows = {d["row"]: d for d in annotation["documents"]}
    texts = {n: (label, text) for n, (label, text) in enumerate(read_gnad(csv_path), start=1) if n in rows}
    with out.open("w", encoding="utf-8") as f:
        for k, d in enumerate(annotation["documents"], start=1):
            assert d["file"] == f"{out.name}#{k}", d["file"]
            label, text = texts[d["row"]]
            rec = {"id": f"10kgnad-{d['row']:05d}", "text": text, "outlet": "derStandard", "category": label,
                   "language": "de"}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def score(scorer: Path, gold: Path, export: Path) -> tuple[dict[str, str], list[str]]:
    """score.py's figures and its log lines."""
    res = subprocess.run([sys.executable, str(scorer), str(gold), str(export), "--json", "-v"],
                         capture_output=True, text=True, check=True)
    first, _, rest = res.stdout.partition("\n")
    return json.loads(first), rest.splitlines()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=SHARED / "data")
    ap.add_argument("--quiet", action="store_true", help="figures only, no list of misses")
    ap.add_argument("--keep", type=Path, help="copy the corpus, database and export here")
    args = ap.parse_args()
    csv_path = args.data / "10kgnad" / "articles.csv"
    scorer = args.data.parent / "tools" / "score.py"
    for need in (csv_path, scorer):
        if not need.is_file():
            print(f"skipped: {need} not found (the benchmark needs ../shared)")
            return 0
    annotation = json.loads(GOLD.read_text(encoding="utf-8"))
    gold_ents = [(d["file"], e) for d in annotation["documents"] for e in d["entities"]]
    with tempfile.TemporaryDirectory(prefix="bench_entities_news_") as tmp:
        work = Path(tmp)
        corpus, db, export = work / "gnad_entities.jsonl", work / "lagebild.db", work / "export"
        write_corpus(annotation, csv_path, corpus)
        cli = lagebild_cmd()
        subprocess.run([*cli, "-q", "run", str(corpus), "--db", str(db), "--workers", "1", "--no-progress"], check=True)
        subprocess.run([*cli, "-q", "export", "--db", str(db), "--format", "jsonl", str(export)], check=True)
        figures, log = score(scorer, GOLD, export)
        # the same without the institutions named only by a title
        plain = {**annotation, "documents": [{**d, "entities": [e for e in d["entities"] if not e.get("generic")]}
                                             for d in annotation["documents"]]}
        (work / "gold_plain.json").write_text(json.dumps(plain, ensure_ascii=False), encoding="utf-8")
        figures_plain, _ = score(scorer, work / "gold_plain.json", export)
        if args.keep:
            shutil.copytree(tmp, args.keep, dirs_exist_ok=True)

    missing = [line for line in log if line.startswith("entity missing")]
    missed = Counter(line.split("]: ", 1)[1].split(" ", 1)[0] for line in missing)
    n_type = Counter(e["type"] for _, e in gold_ents)
    print(f"{len(annotation['documents'])} articles, {len(gold_ents)} gold entities "
          f"({', '.join(f'{n_type[t]} {t}' for t in ('PER', 'ORG', 'LOC'))})")
    print(f"  entity recall:      {figures.get('entities_recall')}")
    print(f"  person precision:   {figures.get('persons_precision')}")
    for t in ("PER", "ORG", "LOC"):
        print(f"  recall {t}:         {(n_type[t] - missed[t]) / n_type[t]:.3f}  ({n_type[t] - missed[t]}/{n_type[t]})")
    print(f"  recall without the {sum(1 for _, e in gold_ents if e.get('generic'))} generic institutions: "
          f"{figures_plain.get('entities_recall')}")
    if not args.quiet:
        for line in log:
            if line.startswith(("entity missing", "person not in gold", "entity from junk")):
                print("   ", line)
    print("\nissue #4 target: entity recall >= 0.85 and person precision >= 0.85 on unseen news")
    return 0


if __name__ == "__main__":
    sys.exit(main())
