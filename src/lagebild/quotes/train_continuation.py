"""Training the continuation model (:mod:`lagebild.quotes.continuation`) on German Wikinews.

usage: python -m lagebild.quotes.train_continuation --out WEIGHTS.json [--data ../shared/data]
           [--tools ../shared/tools] [--cache /tmp/cont_docs.pickle] [--l2 1.0]

The ``train`` split of ``quotes-de`` only (never ``dev``): its articles are analysed up to the
entity stage, the quotes stage runs with the model off and records every cue-less decision with
its candidates; a decision whose quotation matches an annotated one (token-overlap F1 >= 0.5, as
``score_quotes.py``) with a named speaker is a training example, and a candidate is right where
its name, its entity's name or an alias shares a word of three letters or more with the
annotated speaker. A conditional logit (softmax over each decision's candidates, L2 penalty) is
fitted by Newton's method; five-fold cross-validation by article prints the chain's and the
model's accuracy on the examples before the weights are written. Deterministic.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import pickle
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

from lagebild.quotes import continuation

ROOT = Path(__file__).resolve().parents[3]
PRONOUNS = {"er", "sie", "ihr", "ihm", "ihn", "es", "wir", "ich", "man", "dieser", "diese", "jener"}
L2 = 1.0
FOLDS = 5


def load_scorer(tools: Path) -> ModuleType:
    """``score_quotes.py`` of the shared tools folder, imported as a module (the benchmark
    ``benchmarks/bench_quotes.py`` loads it through here too)."""
    spec = importlib.util.spec_from_file_location("score_quotes", tools / "score_quotes.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def documents(data: Path, tools: Path, cache: Path | None) -> tuple[list[Any], dict[str, list[dict[str, str]]]]:
    """The train articles analysed up to the entity stage, and the annotated quotations per file."""
    if cache is not None and cache.is_file():
        docs, gold = pickle.loads(cache.read_bytes())
        return docs, gold
    from lagebild.entities import entities_stage
    from lagebild.ingest import iter_inputs, to_document
    from lagebild.model import Failure
    from lagebild.segment import segment
    from lagebild.time import time_stage

    sq = load_scorer(tools)
    with tempfile.TemporaryDirectory(prefix="train_cont_") as tmp:
        articles = Path(tmp) / "articles"
        with contextlib.redirect_stdout(io.StringIO()):
            sq.convert(data / "quotes-de" / "train", articles)
        gold = {g["file"]: g["quotes"] for g in json.loads((articles / "gold.json").read_text(encoding="utf-8"))}
        (articles / "gold.json").unlink()
        docs = []
        for raw in iter_inputs([articles]):
            if isinstance(raw, Failure):
                continue
            doc = entities_stage(time_stage(segment(to_document(raw))))
            docs.append(doc)
    if cache is not None:
        cache.write_bytes(pickle.dumps((docs, gold)))
    return docs, gold


def examples(docs: list[Any], gold: dict[str, list[dict[str, str]]],
             sq: ModuleType) -> list[tuple[str, np.ndarray, np.ndarray]]:
    """Per matched decision: its article, the candidates' features and which candidates are right,
    matched as ``score_quotes.py`` (``sq``) matches: its token F1 and its words."""
    from lagebild.quotes import find_quotes

    out = []
    for doc in docs:
        continuation.RECORDER = []
        try:
            quotes = find_quotes(doc)
            decisions = {(start, end): cands for _d, start, end, _k, cands in continuation.RECORDER}
        finally:
            continuation.RECORDER = None
        gq = gold.get(Path(doc.source).name, [])
        used: set[int] = set()
        for g in gq:
            best, bi = 0.0, -1
            for i, p in enumerate(quotes):
                if i not in used:
                    s = sq.tok_f1(doc.body[p.start:p.end], g["text"])
                    if s > best:
                        best, bi = s, i
            if bi < 0 or best < 0.5:
                continue
            used.add(bi)
            gs = {w for w in sq.words(g["speaker"]) if len(w) >= 3}
            if not gs or set(sq.words(g["speaker"])) <= PRONOUNS:
                continue
            cands = decisions.get((quotes[bi].start, quotes[bi].end))
            if not cands:
                continue
            labels = []
            for spk, _f in cands:
                names = [spk.name or ""]
                e = doc.entity(spk.entity) if spk.entity else None
                if e is not None:
                    names += [e.name, *e.aliases]
                labels.append(any(gs & {w for w in sq.words(n) if len(w) >= 3} for n in names))
            out.append((doc.id, np.array([f for _s, f in cands], dtype=float), np.array(labels, dtype=float)))
    return out


def fit(data: list[tuple[str, np.ndarray, np.ndarray]], l2: float = L2) -> np.ndarray:
    """Conditional logit: maximise the log of the right candidates' share of each softmax."""
    n = len(continuation.FEATURES)
    w = np.zeros(n)
    usable = [(x, y) for _d, x, y in data if y.any() and not y.all()]
    for _ in range(50):
        grad = -l2 * w
        hess = -l2 * np.eye(n)
        for x, y in usable:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            q = p * y / (p * y).sum()  # the posterior over the right candidates
            grad += x.T @ (q - p)
            mean = p @ x
            hess -= (x * p[:, None]).T @ x - np.outer(mean, mean)
            mq = q @ x
            hess += (x * q[:, None]).T @ x - np.outer(mq, mq)
        step = np.linalg.solve(hess - 1e-6 * np.eye(n), grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def accuracy(data: list[tuple[str, np.ndarray, np.ndarray]], w: np.ndarray | None) -> int:
    """How many decisions pick a right candidate: the chain's guess (column ``default``) or the model's."""
    col = continuation.FEATURES.index("default")
    right = 0
    for _d, x, y in data:
        k = (int(np.argmax(x[:, col])) if x[:, col].any() else 0) if w is None else int(np.argmax(x @ w))
        right += int(y[k])
    return right


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--tools", type=Path, default=ROOT.parent / "shared" / "tools")
    # (no default: weights written to resources/quotes/continuation.json go into the pipeline)
    ap.add_argument("--out", type=Path, required=True, help="the weights' JSON")
    ap.add_argument("--cache", type=Path, help="keep the analysed articles here between runs")
    ap.add_argument("--l2", type=float, default=L2)
    args = ap.parse_args(argv)
    continuation.weights.cache_clear()
    saved = continuation.weights
    continuation.weights = lambda: None  # type: ignore[assignment]  # record the chain's decisions
    try:
        docs, gold = documents(args.data, args.tools, args.cache)
        data = examples(docs, gold, load_scorer(args.tools))
    finally:
        continuation.weights = saved
    docs_ids = sorted({d for d, _x, _y in data})
    fold = {d: i % FOLDS for i, d in enumerate(docs_ids)}
    reachable = sum(int(y.any()) for _d, _x, y in data)
    cv = 0
    for k in range(FOLDS):
        w = fit([e for e in data if fold[e[0]] != k], args.l2)
        cv += accuracy([e for e in data if fold[e[0]] == k], w)
    print(f"{len(data)} cue-less decisions with a named annotated speaker, {reachable} with a right candidate; "
          f"chain right {accuracy(data, None)}, model (5-fold CV by article) right {cv}")
    w = fit(data, args.l2)
    print(f"model on its own training data: {accuracy(data, w)}")
    out = {
        "about": "lagebild continuation model (quotes/continuation.py): conditional logit weights; "
                 "trained by python -m lagebild.quotes.train_continuation on quotes-de/train "
                 "(German Wikinews, CC BY-NC-SA 4.0); see NOTICE",
        "examples": len(data),
        "l2": args.l2,
        "weights": {name: round(float(v), 4) for name, v in zip(continuation.FEATURES, w, strict=True)},
    }
    args.out.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"-> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
