"""The runner: drive inputs through the per-document stages into the store, then merge.

The per-document stages are plain functions ``Document -> Document`` without I/O, applied in
order by :func:`analyse`; the same function runs in this process, in a process pool, or inside
a distributed engine's map step. :func:`run` streams inputs (never the whole corpus in
memory), skips documents whose bytes are already stored (a re-run adds nothing, an interrupted
run resumes where it stopped), writes in batches, and records every failure with its reason.
"""

from __future__ import annotations

import gc
import itertools
import json
import logging
import multiprocessing as mp
import os
import signal
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lagebild.dedup import DupIndex, Fingerprint, Version, fingerprint, is_revision, later
from lagebild.errors import InputError
from lagebild.ingest import RawInput, document_id, iter_inputs, to_document
from lagebild.model import Document, Failure, replace

if TYPE_CHECKING:
    from lagebild.store import DocRows, Store

log = logging.getLogger(__name__)

Stage = Callable[[Document], Document]

#: Runs with fewer inputs than this are analysed in this process, without a pool.
SMALL_RUN = 16
#: Inputs sent to a worker at a time, and the documents a worker analyses before it is replaced.
CHUNK = 8
WORKER_DOCS = 1000


def stages() -> tuple[Stage, ...]:
    """The per-document stages, in order."""
    from lagebild.claims import claims_stage
    from lagebild.entities import entities_stage
    from lagebild.events import events_stage
    from lagebild.quotes import quotes_stage
    from lagebild.segment import segment
    from lagebild.time import time_stage

    return (segment, time_stage, entities_stage, quotes_stage, events_stage, claims_stage)


def analyse(doc: Document, timings: dict[str, float] | None = None) -> Document:
    """Run every per-document stage on ``doc``; with ``timings``, add each stage's seconds."""
    for stage in stages():
        if timings is None:
            doc = stage(doc)
        else:
            t0 = time.perf_counter()
            doc = stage(doc)
            timings[stage.__name__] = timings.get(stage.__name__, 0.0) + time.perf_counter() - t0
    return doc


def warm_up() -> None:
    """Load every stage's code and models once (spaCy, the NER model, lexicons).

    Called in the parent before the process pool forks, so that the workers inherit what was
    loaded instead of each paying several seconds for it.
    """
    sample = RawInput("<warm-up>", (
        "Gespräche in Wien\n\nAm 12. Februar 2025 telefonierte der Bundeskanzler mit dem Präsidenten, wie die "
        "Regierung am Montag in Berlin mitteilte. „Wir sind zu Gesprächen bereit“, sagte er. Nach Angaben des "
        "Ministeriums kostet das Programm rund 500 Millionen Euro.\n\nDie Opposition kritisierte den Plan "
        "scharf und forderte eine Abstimmung im Parlament noch vor Ende des Monats.").encode())
    try:
        analyse(to_document(sample))
    except Exception:  # warming up is an optimisation; the real run reports real errors
        log.warning("warm-up failed (the run goes on, each worker loads its models):\n%s", traceback.format_exc())


def process(raw: RawInput) -> Document | Failure:
    """Ingest and analyse one input; every error becomes a :class:`Failure` with its reason."""
    try:
        # The tokens are dropped here: the store does not keep them, and pickling them back
        # from a worker costs more than the rest of the document.
        return replace(analyse(to_document(raw)), tokens=())
    except InputError as e:
        return Failure(raw.source, e.reason, e.code)
    except Exception as e:  # a bug must not stop a batch of thousands: record it and go on
        log.debug("analysis failed for %s:\n%s", raw.source, traceback.format_exc())
        return Failure(raw.source, f"internal error while analysing: {type(e).__name__}: {e}", "E999")


def _process_item(item: RawInput | Failure) -> tuple[DocRows, Fingerprint | None] | Failure:
    """:func:`process_rows` of an input; a failure of reading passes through."""
    return item if isinstance(item, Failure) else process_rows(item)


def process_rows(raw: RawInput) -> tuple[DocRows, Fingerprint | None] | Failure:
    """:func:`process`, then what the writer needs of the document: its store rows and its
    near-duplicate fingerprint. :func:`run`'s workers call this: building the rows and the
    fingerprint there takes that work off the single writing process, and the rows (tuples and
    strings) cost less to send back than the document's records."""
    from lagebild.store import doc_rows

    res = process(raw)
    if isinstance(res, Failure):
        return res
    return doc_rows(res), fingerprint(res.body)


@dataclass
class RunReport:
    """What :func:`run` did."""

    new: int = 0
    unchanged: int = 0
    duplicates: int = 0  # new documents that nearly copy an earlier one (syndicated copies)
    revisions: int = 0  # of those, new versions of an article of the same outlet (dedup.is_revision)
    failures: list[Failure] = field(default_factory=list)
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)


def _pending(inputs: Iterable[RawInput | Failure], known: set[str], report: RunReport,
             on_known: Callable[[RawInput, str], None]) -> Iterator[RawInput | Failure]:
    """The inputs to analyse, in input order, and the failures of reading among them: they
    travel with the inputs, so that the report lists every failure in input order (the sixth
    user trial saw ``corpus.jsonl#4``, a line that is not JSON, before ``#3``, an empty text:
    reading runs ahead of the analysis)."""
    for item in inputs:
        if isinstance(item, Failure):
            yield item
            continue
        doc_id = document_id(item.data)
        if doc_id in known:
            report.unchanged += 1
            on_known(item, doc_id)
            continue
        known.add(doc_id)  # the same bytes twice in one run are one document
        yield item


def run(paths: Iterable[str | os.PathLike[str]], db: str | Path, *, workers: int | None = None,
        batch: int = 64, progress: bool | None = None, merge: bool = True) -> RunReport:
    """Ingest, analyse and store everything below ``paths`` into the database ``db``."""
    from lagebild.store import Store

    t0 = time.perf_counter()
    report = RunReport()
    workers = workers if workers is not None else (os.cpu_count() or 1)
    inputs = iter_inputs(paths)
    head: list[RawInput | Failure] = []  # the failures of reading before the first input read
    for item in inputs:
        head.append(item)
        if isinstance(item, RawInput):
            break
    if not Path(db).exists() and not any(isinstance(item, RawInput) for item in head):
        # Nothing could be read (a mistyped path, an empty folder): no database is created for
        # it (the sixth user trial found an empty one); the failures are reported all the same.
        report.failures = [item for item in head if isinstance(item, Failure)]
        report.seconds = time.perf_counter() - t0
        return report
    with Store(db) as store, _lean_gc():
        known = store.known_ids()
        pending = _pending(itertools.chain(head, inputs), known, report,
                           lambda raw, doc_id: store.add_source(raw.source, doc_id))
        results: Iterator[tuple[DocRows, Fingerprint | None] | Failure]
        pool = None
        # A handful of inputs is analysed here: starting a pool costs more than it saves.
        head = list(itertools.islice(pending, SMALL_RUN))
        pending = itertools.chain(head, pending)
        if len(head) < SMALL_RUN:
            workers = 1
        if workers > 1:
            # fork: the workers inherit the code and models the parent loaded in warm_up().
            warm_up()
            gc.freeze()  # see _lean_gc
            # A worker is replaced after WORKER_DOCS documents so that its memory stays flat on
            # a long run: the stages' per-word caches (the tagger's encoded features above all)
            # grow by about 130 MB per 1,000 new articles. Replacing it more often costs time: a
            # new worker starts with cold caches. (The pool counts tasks, and a task is a chunk.)
            pool = mp.get_context("fork").Pool(workers, _worker_init, maxtasksperchild=WORKER_DOCS // CHUNK)
            results = pool.imap(_process_item, pending, chunksize=CHUNK)
        else:
            results = map(_process_item, pending)
        bar = _progress_bar(progress)
        writer = BatchWriter(store, report, batch)
        try:
            for res in results:
                if isinstance(res, Failure):
                    report.failures.append(res)
                    log.warning("%s: %s", res.source, res.reason)
                else:
                    writer.add_rows(*res)
                if bar is not None:
                    bar.update(1)
            writer.flush()
        finally:
            if pool is not None:
                pool.terminate()
            if bar is not None:
                bar.close()
        writer.finish(merge=merge)
    report.seconds = time.perf_counter() - t0
    return report


def _worker_init() -> None:
    """A worker dies on SIGTERM (``Pool.terminate`` sends it) by the default action, whatever
    handler the parent process had installed (the CLI's turns SIGTERM into an interruption).

    A handler written in Python runs only between two bytecodes: a SIGTERM that came just before
    a worker blocked on the pool's task queue waited there for ever, and so did the run, in
    ``terminate`` (seen once on a loaded machine: a worker left idle, the other replaced).
    """
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


@contextmanager
def _lean_gc() -> Iterator[None]:
    """Python's cycle collector tuned for a run (and its forked workers), restored after it.

    Collections of the youngest generation are rarer: by default one runs every 700 new
    containers, some forty times per article (every token, mention and row is one), and they
    cost about 5% of the run; our stages make few reference cycles, so little garbage waits.
    :func:`run` also freezes what is loaded before it forks (models, lexicons, the knowledge
    base): the collector no longer walks those objects, and the workers do not copy the pages
    it would touch. They are unfrozen here at the end.
    """
    threshold = gc.get_threshold()
    gc.set_threshold(50_000, 20, 20)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


class BatchWriter:
    """Writes analysed documents into the store in batches, in the order they come.

    Near-duplicates are found here, where documents are stored in input order (which document
    is a copy of which depends on that order, so it cannot be decided in the workers).
    :meth:`finish` records the failures, runs the corpus-level merge and fills the report's
    counts. Used by :func:`run` and by the distributed mode's loader alike.
    """

    def __init__(self, store: Store, report: RunReport, batch: int = 64) -> None:
        self.store, self.report, self.batch = store, report, batch
        self.buf: list[Document | DocRows] = []
        self.dups = DupIndex.rebuild(store.bodies())
        self.dup_of: dict[str, str] = {}
        self.versions: dict[str, Version] = {}  # of the documents queued in this run
        self.superseded: dict[str, str] = {}  # an older version -> the latest, to write at the next flush

    def add(self, doc: Document) -> None:
        """Queue an analysed document for the next batch."""
        self._queue(doc, doc.id, fingerprint(doc.body))

    def add_rows(self, rows: DocRows, fp: Fingerprint | None) -> None:
        """Queue a document's rows (:func:`lagebild.store.doc_rows`) and its fingerprint (None:
        too short to have one), both made in a worker."""
        self._queue(rows, rows.id, fp)

    def _queue(self, doc: Document | DocRows, doc_id: str, fp: Fingerprint | None) -> None:
        self.buf.append(doc)
        if isinstance(doc, Document):
            version = Version(doc.outlet, doc.title, doc.url, doc.published, tuple(doc.authors))
        else:  # the documents row: id, source, raw_sha256, title, published, inferred, outlet, authors, language, url
            version = Version(doc.document[6], doc.document[3], doc.document[9], doc.document[4],
                              tuple(json.loads(doc.document[7] or "[]")))
        self.versions[doc_id] = version
        source = self.dups.check(doc_id, fp)
        if source is not None:
            self.report.duplicates += 1
            self._revisions(doc_id, version, source)
            theirs = self._version(source).published
            if later(theirs, version.published):
                # an agency text stored first, its earlier-published original now: the original
                # is the source of the group, whatever the order they came in
                self.dups.reroot(source, doc_id)
                for copy, src in list(self.dup_of.items()):
                    if src == source:
                        self.dup_of[copy] = doc_id
                self.dup_of[source] = doc_id
                self.store.reroot_duplicates(source, doc_id)
            else:
                self.dup_of[doc.id] = source
        if len(self.buf) >= self.batch:
            self.flush()

    def _version(self, doc_id: str) -> Version:
        """Outlet, title, URL, date and authors of a document queued in this run or stored before (kept)."""
        if doc_id not in self.versions:
            rows = self.store.query("SELECT outlet, title, url, published, authors FROM documents WHERE id=?",
                                    (doc_id,))
            r = rows[0] if rows else None
            self.versions[doc_id] = Version(r["outlet"], r["title"], r["url"], r["published"],
                                            tuple(json.loads(r["authors"] or "[]"))) if r \
                else Version(None, None, None, None)
        return self.versions[doc_id]

    def _revisions(self, doc_id: str, version: Version, source: str) -> None:
        """Where the new document is a revision of members of its group (the same outlet's
        article under the same title or URL), every version but the latest is superseded by the
        latest: by publication time, else the one read last (a page fetched again)."""
        versions = [(d, v) for d in self.dups.members(source) if d != doc_id
                    and is_revision(version, v := self._version(d))]
        if not versions:
            return
        latest, newest = doc_id, version.published
        for d, v in versions:
            if later(v.published, newest):
                latest, newest = d, v.published
        for d in [doc_id, *(d for d, _ in versions)]:
            if d != latest:
                self.superseded[d] = latest
        self.report.revisions += 1

    def flush(self) -> None:
        self.report.new += self.store.add_documents(self.buf, self.dup_of)
        if self.superseded:
            self.store.supersede(self.superseded)
            self.superseded.clear()
        self.buf.clear()

    def finish(self, *, merge: bool = True) -> None:
        from lagebild import merge as merge_mod

        self.flush()
        self.store.add_failures(self.report.failures)
        if merge:
            merge_mod.merge(self.store)
        self.report.counts = self.store.counts()


def _progress_bar(progress: bool | None) -> Any:
    """A tqdm bar on stderr (documents and documents/s) when asked or when stderr is a terminal."""
    if progress is False or (progress is None and not sys.stderr.isatty()):
        return None
    from tqdm import tqdm

    return tqdm(unit="doc", desc="analysing", file=sys.stderr, mininterval=0.5, leave=False)
