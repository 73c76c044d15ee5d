"""The distributed mode: the per-document stages as map tasks on a Dask cluster, Parquet out.

When one machine is not enough, :func:`run_distributed` runs exactly what ``lagebild run`` runs
per document (:func:`lagebild.pipeline.process`) as map tasks over shards of the input, on a
Dask cluster: a local cluster of worker processes, or an existing one given by its scheduler
address. Each task writes its shard's results as one Parquet file; :func:`load_parquet` then
loads those files into a lagebild database and runs the corpus-level merge, so that the
database equals the one ``lagebild run`` builds from the same inputs (tested).

Why Dask (not Ray or Spark): it is pure Python and pip-installable (BSD), the same code runs on
a local cluster of processes in a test and on a cluster of machines (``dask-scheduler`` plus
``dask-worker`` on each, or dask-kubernetes / dask-jobqueue), the workers run our own
functions on our own objects without a JVM or a serialisation layer in between, and it writes
Parquet through pyarrow. See ``docs/scale.md``.

The shards: the driver walks the inputs (:func:`lagebild.ingest.iter_inputs`, streaming) and
cuts them into shards of ``shard_size`` items; at most two shards per worker are in flight, so
the driver's memory stays flat however large the corpus. Each shard's file is named by its
position and a digest of its contents (``part-000012-1f3a….parquet``) and written under a
temporary name first: a run that is killed and started again skips every shard already
written and loses nothing.

Parquet layout, one row per input item, in input order (``seq``):

=============  ======  ====================================================================
column         type    meaning
=============  ======  ====================================================================
seq            int64   position of the item in the input walk
kind           string  ``document``, ``failure``, or ``known`` (the same bytes as an
                       earlier item of this run: only its source is recorded)
id             string  document id (null for failures)
source         string  path or ``path#line`` it was read from
document       string  the analysed document as JSON (:func:`lagebild.serialize.to_dict`,
                       without tokens, which the store does not keep either)
code, reason   string  the failure's code and reason
fingerprint    binary  the body's near-duplicate fingerprint (:func:`lagebild.dedup.fingerprint`)
=============  ======  ====================================================================
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lagebild.dedup import fingerprint
from lagebild.errors import LagebildError
from lagebild.ingest import RawInput, document_id, iter_inputs
from lagebild.model import Document, Failure, replace
from lagebild.pipeline import BatchWriter, RunReport, _progress_bar, process
from lagebild.serialize import document_from_dict, to_dict
from lagebild.store import doc_rows

log = logging.getLogger(__name__)

#: Rows per Parquet row group and per store transaction when loading.
LOAD_BATCH = 64

_COLUMNS = ("seq", "kind", "id", "source", "document", "code", "reason", "fingerprint")


class DistributedError(LagebildError):
    """The distributed engine is missing, or a map task failed outside the stages."""

    code = "E800"


@dataclass(frozen=True)
class Item:
    """One input item of a shard: to analyse (``raw`` set), a read failure (``failure`` set), or
    the source of a document already stored or already in this run (neither set)."""

    seq: int
    source: str
    doc_id: str | None = None
    raw: RawInput | None = None
    failure: Failure | None = None

    @property
    def known(self) -> bool:
        """Whether only the item's source is to be recorded."""
        return self.raw is None and self.failure is None


def shards(paths: Iterable[str | os.PathLike[str]], shard_size: int,
           skip: set[str] | None = None) -> Iterator[list[Item]]:
    """The input walk cut into shards of ``shard_size`` items, streaming.

    ``skip``: document ids already stored; such items, and the second of two items with the
    same bytes, become known items (only their source is recorded), as in ``lagebild run``.
    """
    seen = set(skip or ())
    shard: list[Item] = []
    for seq, item in enumerate(iter_inputs(paths)):
        if isinstance(item, Failure):
            shard.append(Item(seq, item.source, failure=item))
        else:
            doc_id = document_id(item.data)
            shard.append(Item(seq, item.source, doc_id, raw=None if doc_id in seen else item))
            seen.add(doc_id)
        if len(shard) >= shard_size:
            yield shard
            shard = []
    if shard:
        yield shard


def shard_name(index: int, shard: list[Item]) -> str:
    """The file name of a shard: its position, and a digest of what it holds."""
    key = "\x1e".join(f"{it.seq}\x1f{it.source}\x1f{it.doc_id}" for it in shard)
    return f"part-{index:06d}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:16]}.parquet"


def _row(item: Item) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(_COLUMNS)
    row.update(seq=item.seq, source=item.source, id=item.doc_id)
    res: Document | Failure | None = item.failure or (process(item.raw) if item.raw is not None else None)
    if res is None:
        row["kind"] = "known"
    elif isinstance(res, Failure):
        row.update(kind="failure", code=res.code, reason=res.reason)
    else:
        d = to_dict(replace(res, tokens=()))  # tokens: cheap to recompute, the bulk of the bytes
        del d["tokens"]
        row.update(kind="document", document=json.dumps(d, ensure_ascii=False), fingerprint=fingerprint(res.body))
    return row


def process_shard(shard: list[Item], path: str) -> dict[str, int]:
    """The map task: analyse a shard and write it as one Parquet file at ``path``.

    Runs on a worker. The file appears under its final name only once it is complete.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [_row(item) for item in shard]
    schema = pa.schema([("seq", pa.int64()), ("kind", pa.string()), ("id", pa.string()),
                        ("source", pa.string()), ("document", pa.string()), ("code", pa.string()),
                        ("reason", pa.string()), ("fingerprint", pa.binary())])
    table = pa.Table.from_pylist(rows, schema=schema)
    tmp = f"{path}.tmp-{os.getpid()}"
    pq.write_table(table, tmp, row_group_size=LOAD_BATCH, compression="zstd")
    os.replace(tmp, path)
    counts: dict[str, int] = {"document": 0, "failure": 0, "known": 0}
    for r in rows:
        counts[r["kind"]] += 1
    return counts


def _client(scheduler: str | None, n_workers: int) -> tuple[Any, Any]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as e:  # the optional extra
        raise DistributedError("the distributed mode needs Dask: pip install 'lagebild[distributed]'") from e
    if scheduler:
        return Client(scheduler), None
    # One thread per worker process: the stages are pure Python and hold the GIL.
    cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                           dashboard_address=":0", silence_logs=logging.ERROR)
    return Client(cluster), cluster


def run_distributed(paths: Iterable[str | os.PathLike[str]], out_dir: str | Path, *,
                    scheduler: str | None = None, n_workers: int = 2, shard_size: int = 200,
                    db: str | Path | None = None, progress: bool | None = None) -> Path:
    """Analyse everything below ``paths`` on a Dask cluster into Parquet files in ``out_dir``.

    ``scheduler``: the address of a running Dask scheduler (``tcp://host:8786``); None starts
    a local cluster of ``n_workers`` processes. ``db``: skip documents this database already
    holds (an incremental run). Returns ``out_dir``; load it with :func:`load_parquet`.
    Every worker must be able to import lagebild and read nothing else: the driver sends
    each shard's bytes, so inputs need not be on a shared file system. The local cluster's
    workers are started with multiprocessing's *spawn*: a script that calls this must do so
    under ``if __name__ == "__main__":``, as with any process pool.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    skip: set[str] = set()
    if db is not None and Path(db).exists():
        from lagebild.store import Store

        with Store(db, create=False) as store:
            skip = store.known_ids()
    client, cluster = _client(scheduler, n_workers)
    bar = _progress_bar(progress)
    wanted: set[str] = set()
    try:
        from distributed import as_completed

        slots = 2 * max(1, len(client.scheduler_info().get("workers", {})) or n_workers)
        running = as_completed()
        for index, shard in enumerate(shards(paths, shard_size, skip)):
            name = shard_name(index, shard)
            wanted.add(name)
            if (out / name).exists():  # written by an earlier, interrupted run
                log.info("%s already written, skipped", name)
                continue
            running.add(client.submit(process_shard, shard, str(out / name), pure=False))
            while running.count() >= slots:
                _done(next(running), bar)
        for fut in running:
            _done(fut, bar)
    finally:
        if bar is not None:
            bar.close()
        client.close()
        if cluster is not None:
            cluster.close()
    for stale in out.glob("part-*.parquet*"):  # shards of other inputs, or a killed task's temp file
        if stale.name not in wanted:
            stale.unlink()
    return out


def _done(fut: Any, bar: Any) -> None:
    counts = fut.result()  # re-raises a task's error: a bug outside the stages stops the run
    if bar is not None:
        bar.update(sum(counts.values()))


def iter_rows(parquet_dir: str | Path) -> Iterator[dict[str, Any]]:
    """Every row of the Parquet files in ``parquet_dir``, in input order, one batch in memory."""
    import pyarrow.parquet as pq

    parts = sorted(Path(parquet_dir).glob("part-*.parquet"))
    if not parts:
        raise DistributedError(f"no part-*.parquet files in {parquet_dir}")
    for part in parts:
        for batch in pq.ParquetFile(part).iter_batches(batch_size=LOAD_BATCH):
            yield from batch.to_pylist()


def load_parquet(parquet_dir: str | Path, db: str | Path, *, batch: int = LOAD_BATCH,
                 merge: bool = True) -> RunReport:
    """Load the Parquet files of :func:`run_distributed` into the database ``db``, then merge.

    Does what :func:`lagebild.pipeline.run` does with the results of its process pool: new
    documents in batches (documents the database holds already are counted as unchanged and
    only their source is recorded), failures with their reasons, then the corpus-level merge.
    Returns a :class:`lagebild.pipeline.RunReport`.
    """
    from lagebild.store import Store

    t0 = time.perf_counter()
    report = RunReport()
    with Store(db) as store:
        known = store.known_ids()
        # Written, near-duplicates found and merged exactly as pipeline.run does.
        writer = BatchWriter(store, report, batch)
        for row in iter_rows(parquet_dir):
            if row["kind"] == "failure":
                report.failures.append(Failure(row["source"], row["reason"], row["code"]))
            elif row["id"] in known:
                report.unchanged += 1
                store.add_source(row["source"], row["id"])
            elif row["kind"] == "known":
                # run_distributed(db=…) skipped it as stored in *that* database: not this one.
                report.failures.append(Failure(row["source"], f"document {row['id']} was skipped as already "
                                               "stored in the database the distributed run was given; load "
                                               "into that database", DistributedError.code))
            else:
                known.add(row["id"])
                # the map task shipped the fingerprint: not computed twice
                writer.add_rows(doc_rows(document_from_dict(json.loads(row["document"]))), row["fingerprint"] or None)
        writer.finish(merge=merge)
    report.seconds = time.perf_counter() - t0
    return report
