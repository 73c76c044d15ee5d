"""The distributed mode: Dask map tasks over shards, Parquet out, loaded into a store.

The cluster is a real local one (two worker processes); the reference is ``lagebild run``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from lagebild.distributed import DistributedError, iter_rows, load_parquet, run_distributed, shard_name, shards
from lagebild.pipeline import run

ExportBytes = Callable[[Path, Path], dict[str, bytes]]
pytest.importorskip("distributed")
pytest.importorskip("pyarrow")


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A local cluster of two worker processes, shared by the tests of this module."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        yield cluster.scheduler_address


def test_shards_cut_the_input_walk_in_order(corpus: Callable[[int], Path], tmp_path: Path) -> None:
    src = corpus(12)
    dup = tmp_path / "dup.jsonl"
    lines = src.read_bytes().splitlines(keepends=True)
    dup.write_bytes(lines[0] + b"not json\n" + lines[1])  # bytes seen before, a broken line
    got = list(shards([src, dup], 5))
    assert [len(s) for s in got] == [5, 5, 5]
    items = [it for s in got for it in s]
    assert [it.seq for it in items] == list(range(15))
    assert items[13].failure is not None and items[13].failure.code == "E106"
    assert [it.known for it in items] == [False] * 12 + [True, False, True]
    assert (items[14].source, items[14].doc_id) == (f"{dup}#3", items[1].doc_id)
    # Skipping stored ids: the first two become known items, nothing is analysed twice.
    again = [it for s in shards([src], 5, {items[0].doc_id or "", items[1].doc_id or ""}) for it in s]
    assert [it.known for it in again[:3]] == [True, True, False]


def test_shard_names_are_stable_and_follow_content(corpus: Callable[[int], Path]) -> None:
    a = list(shards([corpus(12)], 5))
    b = list(shards([corpus(12)], 5))
    assert [shard_name(i, s) for i, s in enumerate(a)] == [shard_name(i, s) for i, s in enumerate(b)]
    assert shard_name(0, a[0]) != shard_name(0, a[1])
    assert shard_name(0, a[0]).startswith("part-000000-")


def test_distributed_output_equals_single_process(corpus: Callable[[int], Path], tmp_path: Path, scheduler: str,
                                                  export_bytes: ExportBytes) -> None:
    src = corpus(24)
    single = tmp_path / "single.db"
    run([src], single, workers=1, progress=False)

    parts = run_distributed([src], tmp_path / "parquet", scheduler=scheduler, shard_size=5, progress=False)
    files = sorted(parts.glob("part-*.parquet"))
    assert len(files) == 5
    rows = list(iter_rows(parts))
    assert [r["seq"] for r in rows] == list(range(24))
    assert all(r["kind"] in ("document", "failure") for r in rows)
    doc = next(r for r in rows if r["kind"] == "document")
    assert json.loads(doc["document"])["id"] == doc["id"]
    assert doc["fingerprint"] is None or len(doc["fingerprint"]) == 260

    dist = tmp_path / "dist.db"
    report = load_parquet(parts, dist)
    assert report.new + len(report.failures) == 24
    assert export_bytes(dist, tmp_path / "x-dist") == export_bytes(single, tmp_path / "x-single")

    # Loading again adds nothing: every document is already stored.
    again = load_parquet(parts, dist)
    assert (again.new, again.unchanged) == (0, report.new)


def test_rerun_skips_written_shards_and_removes_stale_ones(corpus: Callable[[int], Path], tmp_path: Path,
                                                           scheduler: str) -> None:
    out = tmp_path / "parquet"
    run_distributed([corpus(12)], out, scheduler=scheduler, shard_size=5, progress=False)
    files = sorted(out.glob("part-*.parquet"))
    mtimes = {f.name: f.stat().st_mtime_ns for f in files}
    files[1].unlink()  # as if the run had been killed before this shard was written
    (out / "part-000099-0000000000000000.parquet").write_bytes(b"stale")
    run_distributed([corpus(12)], out, scheduler=scheduler, shard_size=5, progress=False)
    again = {f.name: f.stat().st_mtime_ns for f in sorted(out.glob("part-*.parquet"))}
    assert set(again) == set(mtimes)
    assert again[files[0].name] == mtimes[files[0].name]  # not recomputed
    assert again[files[2].name] == mtimes[files[2].name]


def test_local_cluster_by_default(tmp_path: Path) -> None:
    # Without a scheduler the call starts and stops its own local cluster. Broken lines only:
    # the workers record failures without loading any model, which keeps the test short.
    src = tmp_path / "broken.jsonl"
    src.write_text("not json\n[1, 2]\n", encoding="utf-8")
    out = run_distributed([src], tmp_path / "p", n_workers=1, shard_size=1, progress=False)
    rows = list(iter_rows(out))
    assert [(r["kind"], r["code"]) for r in rows] == [("failure", "E106"), ("failure", "E106")]
    report = load_parquet(out, tmp_path / "db.sqlite")
    assert (report.new, len(report.failures)) == (0, 2)


def test_incremental_against_a_database(corpus: Callable[[int], Path], tmp_path: Path, scheduler: str) -> None:
    db = tmp_path / "db.sqlite"
    first = run([corpus(6)], db, workers=1, progress=False)
    out = run_distributed([corpus(12)], tmp_path / "p", scheduler=scheduler, shard_size=4, db=db,
                          progress=False)
    kinds = [r["kind"] for r in iter_rows(out)]
    assert kinds.count("known") == first.new  # the six stored ones were not analysed again
    report = load_parquet(out, db)
    assert report.unchanged == first.new


def test_load_without_parquet_files_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DistributedError, match="no part"):
        load_parquet(tmp_path, tmp_path / "db.sqlite")
