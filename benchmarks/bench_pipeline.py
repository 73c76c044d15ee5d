"""Throughput and memory on the 10kGNAD sample, and how both grow with a corpus ten times larger.

    .venv/bin/python benchmarks/bench_pipeline.py [--csv ../shared/data/10kgnad/articles.csv]
        [--workers 2] [--out benchmarks/results/pipeline.json] [--skip-10x] [--scale-base N]

1. Converts ``articles.csv`` (1,028 derStandard articles) into a JSONL corpus and a 10x corpus
   (every article ten times, with distinct ids: see ``make_corpus.py``).
2. Runs ``lagebild bench`` on each in a fresh process (so that neither inherits the other's
   memory): documents/s end to end, peak memory, and on the 1x corpus the per-stage costs on
   one core and the slowest stage.
3. Reports the targets of issue 9: at least 100 documents/s and under 1 GB on the 1x corpus;
   on the 10x corpus about ten times the time (ratio at most 12) and the same peak memory
   (ratio at most 1.25). ``--scale-base N`` takes the pair on the first N articles (N and 10 N
   documents) where the whole 10x corpus would take too long on a busy machine.

The 10kGNAD sample is not part of the repository (``../shared/data``); without it this script
says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import DEFAULT_CSV, write_corpus  # noqa: E402

TARGET_DOCS_PER_S = 100.0
TARGET_PEAK_MB = 1024.0
MAX_TIME_RATIO = 12.0  # "about ten times": 10x the documents, within 20 %
MAX_MEMORY_RATIO = 1.25  # "the same peak memory", within 25 %


def bench_json(corpus: Path, workers: int | None, profile: int) -> dict[str, Any]:
    """``lagebild bench --json`` on ``corpus`` in a fresh interpreter."""
    code = ("import sys; from lagebild.bench import bench; "
            f"sys.exit(bench([{str(corpus)!r}], workers={workers!r}, json_out=True, profile={profile}))")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    p.add_argument("--workers", type=int, default=None, help="default: one per core")
    p.add_argument("--out", type=Path, default=None, help="also write the figures as JSON here")
    p.add_argument("--skip-10x", action="store_true", help="only the 1x corpus")
    p.add_argument("--scale-base", type=int, default=None,
                   help="measure the 10x scaling on the first N articles (1x: N, 10x: 10 N) instead of all")
    a = p.parse_args(argv)
    if not a.csv.exists():
        print(f"bench_pipeline: skipped, {a.csv} not found (the 10kGNAD sample lives in ../shared/data)")
        return 0

    with tempfile.TemporaryDirectory(prefix="lagebild-gnad-") as td:
        one = Path(td) / "gnad.jsonl"
        write_corpus(a.csv, one)
        print(f"1x corpus: {one} ...", flush=True)
        r1 = bench_json(one, a.workers, profile=300)
        _print_run("1x", r1)
        _print_stages(r1)
        report: dict[str, Any] = {"1x": r1}
        ok = r1["docs_per_s"] >= TARGET_DOCS_PER_S and r1["peak_rss_mb"] < TARGET_PEAK_MB
        print(f"target 1x: >= {TARGET_DOCS_PER_S:.0f} docs/s and < {TARGET_PEAK_MB:.0f} MB: "
              f"{'met' if ok else 'NOT met'}")
        if not a.skip_10x:
            base, r_base = one, r1
            if a.scale_base is not None:
                base = Path(td) / "base.jsonl"
                write_corpus(a.csv, base, limit=a.scale_base)
                print(f"scaling base: the first {a.scale_base} articles ...", flush=True)
                r_base = bench_json(base, a.workers, profile=0)
                _print_run("base", r_base)
            ten = Path(td) / "x10.jsonl"
            write_corpus(a.csv, ten, copies=10, limit=a.scale_base)
            print(f"10x corpus: {ten} ...", flush=True)
            r10 = bench_json(ten, a.workers, profile=0)
            _print_run("10x", r10)
            t_ratio = r10["seconds"] / r_base["seconds"]
            c_ratio = r10["cpu_seconds"] / r_base["cpu_seconds"]
            m_ratio = r10["peak_rss_mb"] / r_base["peak_rss_mb"]
            print(f"10x / 1x: documents {r10['documents'] / max(1, r_base['documents']):.1f}x, "
                  f"time {t_ratio:.2f}x (CPU time {c_ratio:.2f}x), peak memory {m_ratio:.2f}x (RSS); "
                  f"near-duplicates found in the 10x corpus: {r10['near_duplicates']}")
            ok10 = t_ratio <= MAX_TIME_RATIO and m_ratio <= MAX_MEMORY_RATIO
            print(f"target 10x: time <= {MAX_TIME_RATIO:.0f}x and memory <= {MAX_MEMORY_RATIO}x: "
                  f"{'met' if ok10 else 'NOT met'}")
            report.update({"base": r_base, "10x": r10, "time_ratio": round(t_ratio, 2),
                           "cpu_time_ratio": round(c_ratio, 2), "memory_ratio": round(m_ratio, 2)})
            ok = ok and ok10
        report["targets_met"] = ok
    if a.out:
        a.out.parent.mkdir(parents=True, exist_ok=True)
        a.out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0 if ok else 1


def _print_run(name: str, r: dict[str, Any]) -> None:
    pss = f", {r['peak_pss_mb']:.0f} MB PSS" if r.get("peak_pss_mb") else ""
    print(f"{name}: {r['documents']} documents, {r['words']:,} words, {r['failures']} failed: {r['seconds']:.1f} s, "
          f"{r['docs_per_s']:.1f} docs/s, {r['words_per_s']:,.0f} words/s ({r['workers']} workers); "
          f"peak {r['peak_rss_mb']:.0f} MB RSS{pss}; load {r['load_before']} -> {r['load_after']}")


def _print_stages(r: dict[str, Any]) -> None:
    print(f"per stage (one core, {r['profile_documents']} documents):")
    for name, c in r["stages"].items():
        print(f"  {name:<16}{c['ms_per_doc']:>8.2f} ms/doc{c['words_per_s']:>10,.0f} words/s{c['share']:>6.0%}")
    print(f"  merge (once, {r['profile_documents']} documents): {r['merge_seconds']:.2f} s")
    print(f"slowest stage: {r['slowest_stage']}")


if __name__ == "__main__":
    sys.exit(main())
