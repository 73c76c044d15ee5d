"""benchmarks/make_corpus.py reads the 10kGNAD layout, quoted and unquoted lines alike."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from lagebild.ingest import document_id, iter_inputs

_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "make_corpus.py"
_spec = importlib.util.spec_from_file_location("make_corpus", _PATH)
assert _spec is not None and _spec.loader is not None
make_corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_corpus)

# The three shapes of line in articles.csv: plain; quoted because of a ';'; quoted because of a
# quote, which is doubled inside.
CSV = (
    "Sport;Rapid gewinnt 2:0 gegen Sturm. Wien – Der Tabellenführer siegte am Sonntag.\n"
    "Inland;'Budget: Defizit sinkt; Schulden steigen. Wien – Der Finanzminister legte das Budget vor.'\n"
    "Web;'Chip nach Hebb''schem Prinzip. Computer sollen arbeiten wie ein Gehirn.'\n"
)


def test_reads_every_shape_of_line(tmp_path: Path) -> None:
    src = tmp_path / "articles.csv"
    src.write_text(CSV, encoding="utf-8")
    rows = list(make_corpus.read_gnad(src))
    assert [label for label, _ in rows] == ["Sport", "Inland", "Web"]
    assert rows[1][1].startswith("Budget: Defizit sinkt; Schulden steigen.")
    assert "Hebb'schem" in rows[2][1] and not rows[2][1].endswith("'")


def test_copies_have_distinct_ids_and_the_same_text(tmp_path: Path) -> None:
    src = tmp_path / "articles.csv"
    src.write_text(CSV, encoding="utf-8")
    out = tmp_path / "x10.jsonl"
    assert make_corpus.write_corpus(src, out, copies=10) == 30
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len({r["id"] for r in recs}) == 30
    assert {r["text"] for r in recs} == {t for _, t in make_corpus.read_gnad(src)}
    assert recs[0]["outlet"] == "derStandard" and recs[3]["id"] == "10kgnad-00001~1"
    ids = {document_id(raw.data) for raw in iter_inputs([out])}  # type: ignore[union-attr]
    assert len(ids) == 30  # every copy is a document of its own
