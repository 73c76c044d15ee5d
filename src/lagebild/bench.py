"""``lagebild bench``: throughput, per-stage cost and peak memory on a corpus.

Two passes over the same inputs:

1. **End to end**: :func:`lagebild.pipeline.run` itself (reading, the per-document stages in
   a process pool across the cores, batch writes into a fresh SQLite file, the corpus-level
   merge), timed, while a sampler thread adds up the memory of this process and its workers
   every 0.1 s. This gives documents/s, words/s and peak memory as a user will see them.
2. **Per stage**, on one core: ingestion (:func:`lagebild.ingest.to_document`), each stage of
   :func:`lagebild.pipeline.stages`, the store's batch writes and the merge, each timed on its
   own in CPU seconds (``time.process_time``: what the stage costs, whatever else the machine
   runs); words/s per stage are the body's words divided by the stage's seconds. The slowest
   stage is the one to make faster.

After the end-to-end run, the stored bodies go through :class:`lagebild.dedup.DupIndex` in
stored order: the report says how many documents are appearances of an earlier source and what
the check costs per document (outside the timed run, as long as ``lagebild run`` does not mark
near-duplicates itself).

Peak memory is reported twice: the sum of the processes' resident sets (RSS, which counts
pages that forked workers share with the parent once per process: an upper bound) and the sum
of their proportional set sizes (PSS, which splits shared pages among the processes that share
them: what the machine actually spends). On a shared machine, the load average before and
after is part of the report: other processes' work slows every figure.

The peers (``../shared/spec/anchors.md``): NGEC, POLECAT's event coder, needs 3.9 s per
document on a CPU; HeidelTime tags about 1,000 words/s. Their figures are theirs, measured on
other machines and, for NGEC, on English; the ratios say how far apart we are, not more. Where
the corpus has HTML pages, trafilatura alone is timed on the same pages beside our ingestion
(measured here, on the same machine: a like-for-like peer).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import resource
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, TextIO

from lagebild.dedup import DupIndex
from lagebild.ingest import RawInput, iter_inputs, to_document
from lagebild.model import Document, Failure

log = logging.getLogger(__name__)

#: Documents timed stage by stage on one core (all of them when the corpus is smaller): enough
#: for per-stage words/s to two digits, without doubling the benchmark's time on a large corpus.
PROFILE_DOCS = 300

#: NGEC (POLECAT's event coder): 3.9 s per document on CPU (anchors.md).
NGEC_SECONDS_PER_DOC = 3.9
#: HeidelTime, batched: about 1,000 words/s (anchors.md); the peer of our ``time`` stage.
HEIDELTIME_WORDS_PER_S = 1000.0

_WORD = re.compile(r"\w+")

#: The per-stage pass runs in one thread of one process and counts CPU seconds: on a machine
#: shared with other work, wall-clock seconds per stage would measure the neighbours.
_clock = time.process_time

#: A short article that touches every stage (a date, a quotation, a number, an event).
_WARM_UP = ("Wien, 12. März 2024 – Bundeskanzler Karl Nehammer hat am Dienstag in Wien den "
            "ukrainischen Präsidenten Wolodymyr Selenskyj getroffen. „Wir stehen an der Seite der "
            "Ukraine“, sagte Nehammer. Österreich stellt weitere 20 Millionen Euro bereit.")


def words(text: str) -> int:
    """Words as the benchmark counts them: runs of letters and digits."""
    return len(_WORD.findall(text))


@dataclass
class StageCost:
    """One stage's cost in the single-core pass."""

    seconds: float
    ms_per_doc: float
    words_per_s: float
    share: float  # of the per-document total (ingest + stages + store)


@dataclass
class BenchResult:
    """What :func:`measure` found (``--json`` prints it as it is)."""

    corpus: list[str]
    documents: int
    failures: int
    words: int
    workers: int
    cpu_count: int
    seconds: float
    docs_per_s: float
    words_per_s: float
    peak_rss_mb: float
    peak_pss_mb: float | None
    maxrss_self_mb: float
    maxrss_child_mb: float
    cpu_seconds: float
    cpu_docs_per_s: float  # documents per CPU second x the cores used: the rate on idle cores
    near_duplicates: int  # documents that nearly copy an earlier one (lagebild.dedup)
    dedup_ms_per_doc: float
    profile_documents: int = 0
    profile_words: int = 0
    stages: dict[str, StageCost] = field(default_factory=dict)
    slowest_stage: str | None = None
    merge_seconds: float = 0.0
    peers: dict[str, Any] = field(default_factory=dict)
    load_before: float = 0.0
    load_after: float = 0.0


class MemorySampler:
    """Samples the summed RSS (every 0.1 s) and PSS (every 0.5 s) of this process and its
    children in a background thread; the peaks are in :attr:`peak_rss` and :attr:`peak_pss`
    (bytes; ``peak_pss`` None where the system does not report PSS)."""

    def __init__(self, interval: float = 0.1) -> None:
        import psutil

        self._proc = psutil.Process()
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="memory-sampler", daemon=True)
        self.peak_rss = 0
        self.peak_pss: int | None = None

    def _tree(self) -> list[Any]:
        try:
            return [self._proc, *self._proc.children(recursive=True)]
        except Exception:  # psutil.Error: a child exited between listing and reading
            return [self._proc]

    def sample(self, with_pss: bool = False) -> None:
        """Take one sample now."""
        rss = pss = 0
        for p in self._tree():
            try:
                if with_pss:
                    full = p.memory_full_info()
                    rss += full.rss
                    pss += getattr(full, "pss", 0)
                else:
                    rss += p.memory_info().rss
            except Exception:  # the process ended: nothing to add
                continue
        self.peak_rss = max(self.peak_rss, rss)
        if with_pss and pss:
            self.peak_pss = max(self.peak_pss or 0, pss)

    def _run(self) -> None:
        n = 0
        while not self._stop.is_set():
            self.sample(with_pss=n % 5 == 0)
            n += 1
            self._stop.wait(self._interval)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.sample(with_pss=True)


def _limited(paths: Iterable[str | os.PathLike[str]], limit: int, tmp: Path) -> list[Path]:
    """The first ``limit`` inputs below ``paths``, materialised under ``tmp``: JSON lines
    copied byte for byte into one corpus file (so their ids stay the same), files linked."""
    tmp.mkdir(parents=True, exist_ok=True)
    corpus, folder = tmp / "limited.jsonl", tmp / "files"
    n = 0
    with corpus.open("wb") as f:
        for item in iter_inputs(paths):
            if n >= limit:
                break
            n += 1
            if isinstance(item, Failure):
                continue  # it would fail again; the limit counts it as read
            if item.fields:  # a JSON line
                f.write(item.data + b"\n")
            else:
                folder.mkdir(exist_ok=True)
                src = Path(item.source)
                (folder / f"{n:09d}-{src.name}").symlink_to(src.resolve())
    return [corpus] + ([folder] if folder.exists() else [])


def _raws(paths: Iterable[str | os.PathLike[str]], limit: int | None) -> Iterator[RawInput]:
    items = (i for i in iter_inputs(paths) if not isinstance(i, Failure))
    return islice(items, limit) if limit is not None else items


def _end_to_end(paths: list[str], workers: int, tmp: Path) -> BenchResult:
    from lagebild.pipeline import run
    from lagebild.store import Store

    db = tmp / "bench.db"
    load_before = os.getloadavg()[0]
    r0s, r0c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        mem: MemorySampler | None = MemorySampler()
    except ImportError:  # psutil comes with the 'distributed' extra; without it, an upper bound below
        log.info("psutil is not installed: peak memory from getrusage (parent + workers x largest worker)")
        mem = None
    with mem or contextlib.nullcontext():
        report = run(paths, db, workers=workers, progress=False)
    r1s, r1c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    kb = 1024 if sys.platform != "darwin" else 1  # ru_maxrss: KiB on Linux, bytes on macOS
    peak_rss = mem.peak_rss if mem else (r1s.ru_maxrss + workers * r1c.ru_maxrss) * kb
    peak_pss = mem.peak_pss if mem else None
    cpu = (r1s.ru_utime + r1s.ru_stime - r0s.ru_utime - r0s.ru_stime
           + r1c.ru_utime + r1c.ru_stime - r0c.ru_utime - r0c.ru_stime)
    # Near-duplicates over the stored bodies in stored order, as the store will mark them: how
    # many documents are appearances of an earlier source, and what the check costs.
    index, n_words, dups, dedup_s = DupIndex(), 0, 0, 0.0
    with Store(db, create=False) as store:
        for r in store.query("SELECT id, body FROM documents ORDER BY rowid"):
            n_words += words(r["body"])
            t0 = _clock()
            dups += index.check(r["id"], r["body"]) is not None
            dedup_s += _clock() - t0
    docs = report.new + report.unchanged
    secs = report.seconds
    mb = 1024 * 1024
    res = BenchResult(
        corpus=[str(p) for p in paths], documents=docs, failures=len(report.failures), words=n_words,
        workers=workers, cpu_count=os.cpu_count() or 1, seconds=round(secs, 3),
        docs_per_s=round(docs / secs, 2) if secs else 0.0, words_per_s=round(n_words / secs) if secs else 0.0,
        peak_rss_mb=round(peak_rss / mb, 1), peak_pss_mb=round(peak_pss / mb, 1) if peak_pss else None,
        maxrss_self_mb=round(r1s.ru_maxrss * kb / mb, 1), maxrss_child_mb=round(r1c.ru_maxrss * kb / mb, 1),
        near_duplicates=dups, dedup_ms_per_doc=round(1000 * dedup_s / max(1, report.new), 3),
        cpu_seconds=round(cpu, 2), cpu_docs_per_s=round(docs / cpu * min(workers, os.cpu_count() or 1), 1)
        if cpu else 0.0, load_before=round(load_before, 2))
    return res


def _per_stage(paths: list[str], limit: int, tmp: Path, res: BenchResult) -> None:
    """The single-core pass: fills ``res.stages``, ``res.slowest_stage``, ``res.merge_seconds``."""
    from lagebild import merge as merge_mod
    from lagebild.pipeline import analyse, stages
    from lagebild.store import Store

    timings: dict[str, float] = {"ingest": 0.0}
    n_docs = n_words = html_pages = 0
    trafilatura_s = ingest_html_s = 0.0
    buf: list[Document] = []
    # Load every model before the clock runs: its one-off cost is not a per-document cost.
    analyse(to_document(RawInput("warm-up", _WARM_UP.encode("utf-8"))))

    def write() -> None:
        t0 = _clock()
        store.add_documents(buf)
        timings["store"] = timings.get("store", 0.0) + _clock() - t0
        buf.clear()

    # The end-to-end pass has told the user of every input's problems; this second pass over the
    # same inputs keeps quiet below errors (the seventh trial: each "named .html, but …" twice).
    logging.disable(logging.WARNING)
    try:
        with Store(tmp / "profile.db") as store:
            for raw in _raws(paths, limit):
                t0 = _clock()
                try:
                    doc = to_document(raw)
                except Exception:  # counted by the end-to-end pass; here only the cost of what succeeds
                    continue
                dt = _clock() - t0
                timings["ingest"] += dt
                if doc.media_type == "text/html":
                    ingest_html_s += dt
                    html_pages += 1
                    trafilatura_s += _trafilatura_seconds(raw)
                try:
                    for stage in stages():  # as pipeline.analyse, timed in CPU seconds
                        t0 = _clock()
                        doc = stage(doc)
                        timings[stage.__name__] = timings.get(stage.__name__, 0.0) + _clock() - t0
                except Exception:
                    continue
                n_docs += 1
                n_words += words(doc.body)
                buf.append(doc)
                if len(buf) >= 64:
                    write()
            write()
            t0 = _clock()
            merge_mod.merge(store)
            res.merge_seconds = round(_clock() - t0, 3)
    finally:
        logging.disable(logging.NOTSET)
    total = sum(timings.values()) or 1.0
    res.profile_documents, res.profile_words = n_docs, n_words
    res.stages = {name: StageCost(round(s, 3), round(1000 * s / max(n_docs, 1), 2),
                                  round(n_words / s) if s else 0.0, round(s / total, 3))
                  for name, s in timings.items()}
    res.slowest_stage = max(timings, key=lambda k: timings[k]) if n_docs else None
    if html_pages:
        res.peers["trafilatura_html_pages"] = html_pages
        res.peers["trafilatura_ms_per_page"] = round(1000 * trafilatura_s / html_pages, 2)
        res.peers["ingest_ms_per_html_page"] = round(1000 * ingest_html_s / html_pages, 2)


def _trafilatura_seconds(raw: RawInput) -> float:
    """Seconds that trafilatura alone (``extract`` with its defaults) takes for the same page:
    the peer of our ingestion, which uses it and adds metadata and cleaning."""
    import trafilatura

    html = raw.fields.get("html") if raw.fields else None
    page = html if isinstance(html, str) else raw.data.decode("utf-8", "replace")
    t0 = _clock()
    trafilatura.extract(page)
    return _clock() - t0


def measure(paths: Iterable[str | os.PathLike[str]], *, workers: int | None = None, limit: int | None = None,
            profile: int = PROFILE_DOCS) -> BenchResult:
    """Benchmark lagebild on the inputs below ``paths`` (at most ``limit`` of them).

    ``profile``: documents for the single-core per-stage pass (0: skip it).
    """
    workers = workers if workers is not None else (os.cpu_count() or 1)
    with tempfile.TemporaryDirectory(prefix="lagebild-bench-") as td:
        tmp = Path(td)
        inputs = [str(p) for p in paths]
        if limit is not None:
            inputs = [str(p) for p in _limited(inputs, limit, tmp / "inputs")]
        res = _end_to_end(inputs, workers, tmp)
        if profile:
            _per_stage(inputs, profile, tmp, res)
    res.load_after = round(os.getloadavg()[0], 2)
    per_core = res.docs_per_s / max(1, min(workers, res.cpu_count))
    res.peers.update({"ngec_docs_per_s_per_core": round(1 / NGEC_SECONDS_PER_DOC, 3),
                      "ratio_vs_ngec_per_core": round(per_core * NGEC_SECONDS_PER_DOC, 1)})
    time_stage = next((c for k, c in res.stages.items() if k.startswith("time")), None)
    if time_stage is not None:
        res.peers["heideltime_words_per_s"] = HEIDELTIME_WORDS_PER_S
        res.peers["ratio_time_stage_vs_heideltime"] = round(time_stage.words_per_s / HEIDELTIME_WORDS_PER_S, 1)
    return res


def render(res: BenchResult, out: TextIO) -> None:
    """The human-readable report."""
    w = out.write
    w(f"corpus: {', '.join(res.corpus)}: {res.documents} documents ({res.words:,} words), "
      f"{res.failures} failed\n")
    w(f"end to end (lagebild run, {res.workers} workers on {res.cpu_count} cores, fresh SQLite): "
      f"{res.seconds:.1f} s, {res.docs_per_s:.1f} docs/s, {res.words_per_s:,.0f} words/s, "
      f"{res.cpu_seconds:.1f} CPU s, so {res.cpu_docs_per_s:.1f} docs/s on "
      f"{min(res.workers, res.cpu_count)} idle cores\n")
    pss = f", {res.peak_pss_mb:.0f} MB PSS" if res.peak_pss_mb is not None else ""
    w(f"peak memory: {res.peak_rss_mb:.0f} MB RSS summed over the process and its workers{pss} "
      f"(max RSS: parent {res.maxrss_self_mb:.0f} MB, largest worker {res.maxrss_child_mb:.0f} MB)\n")
    w(f"near-duplicates: {res.near_duplicates} documents are appearances of an earlier source "
      f"(check: {res.dedup_ms_per_doc:.2f} ms/doc)\n")
    if res.stages:
        w(f"per stage, one core, CPU time, {res.profile_documents} documents ({res.profile_words:,} words):\n")
        w(f"  {'stage':<16}{'CPU s':>9}{'ms/doc':>9}{'words/s':>11}{'share':>8}\n")
        for name, c in res.stages.items():
            w(f"  {name:<16}{c.seconds:>9.2f}{c.ms_per_doc:>9.2f}{c.words_per_s:>11,.0f}{c.share:>8.0%}\n")
        w(f"  merge (corpus level, once): {res.merge_seconds:.2f} s\n")
        w(f"slowest stage: {res.slowest_stage}\n")
    p = res.peers
    w(f"peers: NGEC 3.9 s/doc on CPU -> lagebild is {p['ratio_vs_ngec_per_core']}x faster per core")
    if "ratio_time_stage_vs_heideltime" in p:
        w(f"; HeidelTime ~1,000 words/s -> time stage {p['ratio_time_stage_vs_heideltime']}x")
    if "trafilatura_ms_per_page" in p:
        w(f"; on {p['trafilatura_html_pages']} HTML pages ingestion takes {p['ingest_ms_per_html_page']} ms/page, "
          f"trafilatura.extract alone {p['trafilatura_ms_per_page']} ms/page")
    w("\n")
    w(f"load average (1 min): {res.load_before} before, {res.load_after} after "
      f"({res.cpu_count} cores; other work on the machine slows every figure)\n")


def bench(paths: Iterable[str | os.PathLike[str]], *, workers: int | None = None, limit: int | None = None,
          json_out: bool = False, profile: int = PROFILE_DOCS, out: TextIO | None = None) -> int:
    """Run the benchmark and print its report (``json_out``: one JSON object); returns 0."""
    out = out or sys.stdout
    res = measure(paths, workers=workers, limit=limit, profile=profile)
    if json_out:
        out.write(json.dumps(asdict(res), ensure_ascii=False) + "\n")
    else:
        render(res, out)
    return 0
