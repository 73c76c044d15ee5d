"""Killing a run halfway and starting it again gives the same database as one run."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from lagebild.pipeline import run

ExportBytes = Callable[[Path, Path], dict[str, bytes]]
N = 200
BATCH = 64  # pipeline.run's default batch: the kill must come after at least one commit


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.2)
        try:
            return int(con.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:  # schema not written yet, or the writer holds a lock
        return 0


def test_killed_run_resumes_to_the_same_database(corpus: Callable[[int], Path], tmp_path: Path,
                                                 export_bytes: ExportBytes) -> None:
    src = corpus(N)
    whole = tmp_path / "whole.db"
    run([src], whole, workers=2, progress=False)

    resumed = tmp_path / "resumed.db"
    cmd = [sys.executable, "-m", "lagebild.cli", "run", str(src), "--db", str(resumed), "--workers", "2",
           "--no-progress"]
    # Its own session, so that the kill reaches its pool workers too, and nothing else.
    with (tmp_path / "stderr.txt").open("wb") as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
        try:
            deadline = time.monotonic() + 120
            while _stored(resumed) < BATCH and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.02)
            at_kill = _stored(resumed)
            still_running = proc.poll() is None
            if still_running:
                os.killpg(proc.pid, signal.SIGKILL)
        finally:
            proc.wait()
    log = (tmp_path / "stderr.txt").read_text(errors="replace")[-2000:]
    assert still_running, f"the run ended (exit {proc.returncode}) before it could be killed:\n{log}"
    assert BATCH <= at_kill < N

    report = run([src], resumed, workers=2, progress=False)
    assert report.unchanged >= at_kill  # what was committed is not analysed again
    assert export_bytes(resumed, tmp_path / "x-resumed") == export_bytes(whole, tmp_path / "x-whole")


def test_adding_documents_analyses_only_the_new_ones(corpus: Callable[[int], Path], tmp_path: Path,
                                                     export_bytes: ExportBytes) -> None:
    # corpus(12) holds corpus(6)'s lines first, byte for byte: the second run adds six.
    grown = tmp_path / "grown.db"
    assert run([corpus(6)], grown, workers=1, progress=False).new == 6
    report = run([corpus(12)], grown, workers=1, progress=False)
    assert (report.new, report.unchanged) == (6, 6)
    fresh = tmp_path / "fresh.db"
    run([corpus(12)], fresh, workers=1, progress=False)
    # The corpus level (entities, events, relations) is updated as if computed in one go; a
    # document keeps the source it was first read from (here: the smaller corpus file).
    a, b = export_bytes(grown, tmp_path / "x-grown"), export_bytes(fresh, tmp_path / "x-fresh")
    assert _without_source(a.pop("documents.jsonl")) == _without_source(b.pop("documents.jsonl"))
    assert a == b


def _without_source(jsonl: bytes) -> list[dict[str, object]]:
    return [{k: v for k, v in json.loads(line).items() if k != "source"} for line in jsonl.splitlines()]
