"""Turn the 10kGNAD sample (``../shared/data/10kgnad/articles.csv``) into a JSONL corpus.

The CSV has one article per line, ``label;text``; the text is quoted with single quotes only
where it needs to be (it contains a ``;`` or a quote; 77 of 1,028 lines), and a quote inside
a quoted text is doubled (``Hebb''schem``). That is what Python's :mod:`csv` reads with
``delimiter=";"`` and ``quotechar="'"``; a hand-rolled split on ``;'`` would break those 77.

Each line becomes ``{"id", "text", "outlet": "derStandard", "category", "language": "de"}``.
The corpus has no titles and no dates: the first sentence of each text is the teaser, and
ingestion infers the publication date from the closing ``(APA, 11.9.2015)`` where there is one.

``--copies N`` writes every article N times; copy k > 0 gets the id ``…~k``, so its JSON line,
and with it its document id, differs while the text is the same. Such copies are what an agency
story looks like when many outlets run it: near-duplicate detection marks copies 1…N-1 as
appearances of copy 0, and every copy is still analysed, so a 10x corpus costs ten times the
analysis of the 1x corpus (what the scaling measurement needs).

    python benchmarks/make_corpus.py ../shared/data/10kgnad/articles.csv /tmp/gnad.jsonl
    python benchmarks/make_corpus.py ../shared/data/10kgnad/articles.csv /tmp/gnad10.jsonl --copies 10
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path

DEFAULT_CSV = Path(__file__).resolve().parents[2] / "shared" / "data" / "10kgnad" / "articles.csv"


def read_gnad(csv_path: Path) -> Iterator[tuple[str, str]]:
    """``(label, text)`` per article of a 10kGNAD CSV file, in file order."""
    with csv_path.open(encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter=";", quotechar="'", doublequote=True):
            if len(row) != 2 or not row[1].strip():
                continue  # a blank trailing line
            yield row[0], row[1]


def records(csv_path: Path, copies: int = 1, limit: int | None = None) -> Iterator[dict[str, str]]:
    """The JSONL records: every article ``copies`` times (copy k of all articles after copy k-1)."""
    for k in range(copies):
        for n, (label, text) in enumerate(read_gnad(csv_path), start=1):
            if limit is not None and n > limit:
                break
            rid = f"10kgnad-{n:05d}" + (f"~{k}" if k else "")
            yield {"id": rid, "text": text, "outlet": "derStandard", "category": label, "language": "de"}


def write_corpus(csv_path: Path, out: Path, copies: int = 1, limit: int | None = None) -> int:
    """Write the corpus to ``out``; returns the number of lines."""
    out.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with out.open("w", encoding="utf-8") as f:
        for rec in records(csv_path, copies, limit):
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("csv", nargs="?", type=Path, default=DEFAULT_CSV, help=f"default {DEFAULT_CSV}")
    p.add_argument("out", type=Path, help="the JSONL file to write")
    p.add_argument("--copies", type=int, default=1, help="write every article this many times (10: a 10x corpus)")
    p.add_argument("--limit", type=int, default=None, help="only the first N articles")
    a = p.parse_args(argv)
    if not a.csv.exists():
        print(f"make_corpus: {a.csv} not found (the 10kGNAD sample lives in ../shared/data)", file=sys.stderr)
        return 2
    n = write_corpus(a.csv, a.out, a.copies, a.limit)
    print(f"wrote {n} articles to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
