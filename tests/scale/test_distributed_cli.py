"""The command line's distributed mode: the same database as a plain run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("dask.distributed")
pytest.importorskip("pyarrow")

from lagebild.cli import main  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"


def test_run_distributed_then_export_equals_a_plain_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    exports = []
    for mode in ("plain", "distributed"):
        db = tmp_path / f"{mode}.db"
        args = ["run", str(EXAMPLES), "--db", str(db), "--workers", "2"]
        if mode == "distributed":
            args += ["--distributed", "--parquet", str(tmp_path / "pq")]
        assert main(args) == 0
        out = tmp_path / f"{mode}-export"
        assert main(["export", "--db", str(db), "--format", "jsonl", str(out)]) == 0
        exports.append({p.name: p.read_text() for p in sorted(out.glob("*.jsonl"))})
    assert exports[0] == exports[1]
    # the Parquet output loads into a third database just the same
    assert main(["load-parquet", str(tmp_path / "pq"), "--db", str(tmp_path / "loaded.db")]) == 0
    assert main(["stats", "--db", str(tmp_path / "loaded.db"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["documents"] == 5
