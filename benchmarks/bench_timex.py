"""Temporal tagging benchmark: WikiWarsDE extraction and value F1, and words per second.

Usage::

    .venv/bin/python benchmarks/bench_timex.py [--data ../shared/data/wikiwars-de]
        [--scorer ../shared/tools/score_timex.py] [--news ../shared/data/10kgnad/articles.csv]

Runs :func:`lagebild.time.tag_text` (narrative mode, against each article's creation date)
over the plain text of the 11 WikiWarsDE articles, writes one JSON line per expression, and
scores the development articles, the held-out ones (never looked at while writing the rules)
and all of them with the reference scorer. Then times the tagger on one core over the same
texts (and over the 10kGNAD news articles where present) and prints words per second beside
HeidelTime's roughly 1,000. Skips cleanly when the data or the scorer is absent.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lagebild.time import tag_text, timex_json

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
# The rules were written looking at these seven; the other four are the held-out check.
DEV = ("01_WW2", "03_AmCivWar", "07_IraqWar", "09_GrecoPersian", "13_RussianCivWar", "15_MexicanRev",
       "19_RussoJap")
HELD_OUT = ("05_VietnamWar", "11_ChineseCivWar", "17_AlgerianWar", "21_NigerianCivilWar")
HEIDELTIME_WPS = 1_000  # HeidelTime 1.8, batched (spec/anchors.md)
HEIDELTIME = "HeidelTime 1.8: value F1 0.845-0.885, strict extraction F1 0.877-0.888"


def plain_text(scorer: Path, key: Path) -> tuple[str, dt.date | None]:
    """The text the scorer expects offsets into, and the article's creation date."""
    run = subprocess.run([sys.executable, str(scorer), "text", str(key)], capture_output=True, text=True,
                         check=True)
    day = run.stderr.strip()
    return run.stdout, dt.date.fromisoformat(day) if day and day != "None" else None


def score(scorer: Path, pairs: list[tuple[Path, Path]]) -> dict[str, float]:
    """The scorer's figures for some (key, prediction) pairs."""
    args = [str(p) for pair in pairs for p in pair]
    out = subprocess.run([sys.executable, str(scorer), "score", *args], capture_output=True, text=True,
                         check=True).stdout
    figures = {}
    for line in out.splitlines():
        name, _, rest = line.partition(":")
        figures[name.strip()] = float(rest.split()[0])
    return figures


def words_per_second(texts: list[tuple[str, dt.date | None]], rounds: int) -> tuple[float, int]:
    """Words per second of the tagger on one core (the best of ``rounds`` passes)."""
    words = sum(len(t.split()) for t, _ in texts)
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        for text, dct in texts:
            tag_text(text, dct)
        best = min(best, time.perf_counter() - t0)
    return words / best, words


def news_texts(path: Path, limit: int) -> list[tuple[str, dt.date | None]]:
    """Article texts of 10kGNAD (``label;'text'`` lines), dated to their corpus year."""
    texts = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            _, _, body = line.partition(";")
            texts.append((body.strip().strip("'"), dt.date(2016, 1, 1)))
            if len(texts) >= limit:
                break
    return texts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=SHARED / "data" / "wikiwars-de")
    ap.add_argument("--scorer", type=Path, default=SHARED / "tools" / "score_timex.py")
    ap.add_argument("--news", type=Path, default=SHARED / "data" / "10kgnad" / "articles.csv")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    keys = args.data / "keyinline"
    if not keys.is_dir() or not args.scorer.is_file():
        print(f"skipped: WikiWarsDE ({keys}) or its scorer ({args.scorer}) is absent")
        return 0
    texts: dict[str, tuple[str, dt.date | None]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        pairs: dict[str, tuple[Path, Path]] = {}
        for key in sorted(keys.glob("*.key.xml")):
            name = key.name.removesuffix(".key.xml")
            text, dct = plain_text(args.scorer, key)
            texts[name] = (text, dct)
            pred = Path(tmp) / f"{name}.jsonl"
            with pred.open("w", encoding="utf-8") as fh:
                for t in tag_text(text, dct):
                    fh.write(json.dumps(timex_json(t, text), ensure_ascii=False) + "\n")
            pairs[name] = (key, pred)
        print(f"WikiWarsDE temporal expressions ({HEIDELTIME})")
        print(f"{'articles':<24} {'strict':>7} {'lenient':>8} {'value F1':>9}")
        for label, names in (("development (7)", DEV), ("held out (4)", HELD_OUT), ("all", tuple(pairs))):
            chosen = [pairs[n] for n in names if n in pairs]
            if not chosen:
                continue
            f = score(args.scorer, chosen)
            print(f"{label:<24} {f['extraction_f1_strict']:>7.3f} {f['extraction_f1_lenient']:>8.3f} "
                  f"{f['value_f1']:>9.3f}")
    wps, words = words_per_second(list(texts.values()), args.rounds)
    print(f"\nspeed, one core, WikiWarsDE ({words:,} words): {wps:,.0f} words/s "
          f"= {wps / HEIDELTIME_WPS:,.0f} x HeidelTime (~{HEIDELTIME_WPS:,} words/s)")
    if args.news.is_file():
        news = news_texts(args.news, 1_000)
        wps, words = words_per_second(news, args.rounds)
        print(f"speed, one core, 10kGNAD news ({words:,} words): {wps:,.0f} words/s "
              f"= {wps / HEIDELTIME_WPS:,.0f} x HeidelTime")
    return 0


if __name__ == "__main__":
    sys.exit(main())
