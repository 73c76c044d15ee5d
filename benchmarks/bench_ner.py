#!/usr/bin/env python3
"""Benchmark of the German NER model: GermEval 2014 F1 on a held-out split, and tagging speed.

usage: python benchmarks/bench_ner.py [--data ../shared/data] [--holdout 0.15] [--seed 0 [1 2 ...]]

1. Trains a model on GermEval 2014 (our copy: ``NER-de-test.tsv``) less a fixed random share of
   its sentences, plus SmartData, into a temporary folder, tags the held-out sentences with
   ``tag_conll`` and scores them with the shared GermEval scorer (``../shared/tools/
   score_ner.py``: outer level, PER/ORG/LOC/OTH, derived and partial names left out). With
   several seeds (each a different held-out share and cluster initialisation) it does so for
   each and prints the mean: one split's F1 moves by about a point with any change to the
   features or clusters, so a change is judged on the mean of three.
2. Times the bundled model on one core over the held-out sentences (features and Viterbi; the
   per-word feature cache starts empty).

Needs ``../shared`` (data and scorer); prints a message and exits 0 without it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

PUBLISHED = [
    ("CRF systems (GermaNER, competition winner), 24k training sentences", 0.76),
    ("Stanza", 0.852),
    ("GBERT-large", 0.882),
    ("GELECTRA-large", 0.890),
]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=SHARED / "data")
    ap.add_argument("--holdout", type=float, default=0.15)
    ap.add_argument("--seed", type=int, nargs="+", default=[0])
    ap.add_argument("--smartdata", action="store_true", help="add SmartData's sentences to training")
    args = ap.parse_args()
    scorer = SHARED / "tools" / "score_ner.py"
    germeval = args.data / "germeval2014" / "NER-de-test.tsv"
    if not germeval.is_file() or not scorer.is_file():
        print(f"skipped: {germeval} or {scorer} not found (the benchmark needs ../shared)")
        return 0
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core

    sys.path.insert(0, str(ROOT / "src"))
    from lagebild.entities.ner import NerTagger

    figures: list[float] = []
    for seed in args.seed:
        f1, dev = _held_out(args, seed, scorer)
        figures.append(f1)
    if len(figures) > 1:
        print(f"\nmean F1 over seeds {' '.join(map(str, args.seed))}: {sum(figures) / len(figures):.4f}")
    for name, fig in PUBLISHED:
        print(f"  {name}: F1 {fig:.3f}")

    # Speed of the bundled model, one core, cold cache.
    try:
        bundled = NerTagger.load()
    except Exception as exc:  # noqa: BLE001 - a benchmark reports and goes on
        print(f"\nspeed: skipped ({exc})")
        return 0
    tagger = NerTagger(bundled.model_path, bundled.lexicon)
    token_lists = [tokens for tokens, _ in dev]
    n_tokens = sum(len(t) for t in token_lists)
    t0 = time.perf_counter()
    for tokens in token_lists:
        tagger.tag_tokens(tokens)
    cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    for tokens in token_lists:
        tagger.tag_tokens(tokens)
    warm = time.perf_counter() - t0
    print(
        f"\nspeed (bundled model, one core, {n_tokens} tokens): {n_tokens / cold:,.0f} tokens/s"
        f" with an empty feature cache, {n_tokens / warm:,.0f} tokens/s warm"
    )
    return 0


def _held_out(args: argparse.Namespace, seed: int, scorer: Path) -> tuple[float, list[tuple[list[str], list[str]]]]:
    """Train without the held-out share of ``seed``, tag and score it; returns (F1, held-out sentences)."""
    from lagebild.entities.conll import read_conll, tag_conll
    from lagebild.entities.ner import NerTagger, read_lexicon
    from lagebild.entities.train import train_ner

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        t0 = time.monotonic()
        report = train_ner(args.data, out, seed=seed, holdout=args.holdout, use_smartdata=args.smartdata)
        train_s = time.monotonic() - t0
        gold, pred = out / "dev.gold.tsv", out / "pred.tsv"
        dev = [(list(x.tokens), list(x.labels)) for x in read_conll(gold)]
        tagger = NerTagger(out / "model.crfsuite", read_lexicon(out / "lexicon.tsv"))
        tag_conll(gold, pred, tagger)
        score = subprocess.run(
            [sys.executable, str(scorer), str(gold), str(pred)], capture_output=True, text=True, check=False
        ).stdout
    print(
        f"GermEval 2014 held-out split: {len(dev)} sentences (holdout {args.holdout}, seed {seed});"
        f" trained on {report['train_sentences']} sentences in {train_s:.0f} s"
    )
    print(score.strip())
    f1 = next((float(line.split()[1]) for line in score.splitlines() if line.startswith("ner_f1:")), 0.0)
    print(
        f"\nlagebild CRF (GermEval {report['germeval_sentences']} + SmartData "
        f"{report['smartdata_sentences']} training sentences): F1 {f1:.3f}"
    )
    return f1, dev


if __name__ == "__main__":
    raise SystemExit(main())
