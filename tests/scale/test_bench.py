"""``lagebild bench`` on a small corpus: the report has every figure, and --json parses."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from lagebild.bench import MemorySampler, bench, measure
from lagebild.cli import main


def test_memory_sampler_adds_up_the_children() -> None:
    with MemorySampler(interval=0.02) as mem:
        base = mem.peak_rss
        child = subprocess.Popen([sys.executable, "-c", "import time; x = bytearray(120_000_000); time.sleep(0.6)"])
        child.wait()
    assert mem.peak_rss - base > 100_000_000


def test_measure_reports_throughput_stages_and_memory(corpus: Callable[[int], Path]) -> None:
    res = measure([corpus(12)], workers=1, limit=6, profile=3)
    assert res.documents + res.failures == 6
    assert res.docs_per_s > 0 and res.words > 0
    assert 50 < res.peak_rss_mb < 4096
    assert res.profile_documents <= 3
    if res.profile_documents:
        assert {"ingest", "store"} <= set(res.stages)
        assert res.slowest_stage in res.stages
        assert abs(sum(c.share for c in res.stages.values()) - 1) < 0.01
    assert res.peers["ratio_vs_ngec_per_core"] > 0


def test_bench_json(corpus: Callable[[int], Path]) -> None:
    out = io.StringIO()
    assert bench([corpus(12)], workers=1, limit=3, json_out=True, profile=2, out=out) == 0
    res = json.loads(out.getvalue())
    assert res["documents"] + res["failures"] == 3
    assert {"docs_per_s", "peak_rss_mb", "stages", "slowest_stage", "peers"} <= set(res)


def test_bench_text_report_through_the_cli(corpus: Callable[[int], Path], capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["bench", str(corpus(12)), "--workers", "1", "--limit", "3"]) == 0
    text = capsys.readouterr().out
    for needle in ("docs/s", "peak memory", "slowest stage", "NGEC"):
        assert needle in text


def test_limit_takes_the_first_files_of_a_folder(tmp_path: Path) -> None:
    from lagebild.bench import _limited

    for i in range(3):
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / "in" / f"{i}.txt").write_text(f"Artikel {i}. Wien – Der Text des Artikels.", encoding="utf-8")
    paths = _limited([tmp_path / "in"], 2, tmp_path / "limited")
    files = sorted((tmp_path / "limited" / "files").iterdir())
    assert [f.resolve().name for f in files] == ["0.txt", "1.txt"]
    assert paths[0].read_bytes() == b""  # no JSON lines among them


def test_bench_tells_each_inputs_problem_once(tmp_path: Path, caplog) -> None:  # type: ignore[no-untyped-def]
    # trial 7: the profile pass read the inputs again and printed "named .html, but …" a second time
    (tmp_path / "a.html").write_text("Heizung: Das Gesetz kommt\n\nDer Bundestag hat das Gesetz am Freitag "
                                     "beschlossen. Es tritt im Januar in Kraft.\n", encoding="utf-8")
    with caplog.at_level("WARNING"):
        measure([tmp_path], workers=1, limit=1, profile=1)
    assert caplog.text.count("named .html, but the file holds plain text") == 1
