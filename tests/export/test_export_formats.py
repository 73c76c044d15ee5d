"""The csv, gexf and timelinejs exports (and the CLI that writes them)."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import webcorpus

from lagebild.cli import main
from lagebild.export import WRITERS
from lagebild.export.tables import COLUMNS
from lagebild.store import Store

GEXF = "{http://gexf.net/1.3}"


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def exported(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = {}
    with Store(demo_db, create=False) as store:
        for fmt in ("csv", "gexf", "timelinejs"):
            out[fmt] = tmp_path_factory.mktemp(fmt)
            WRITERS[fmt](store, out[fmt])
    return out


def test_csv_tables(exported: dict[str, Path]) -> None:
    folder = exported["csv"]
    assert sorted(p.stem for p in folder.glob("*.csv")) == sorted(COLUMNS)
    for name, columns in COLUMNS.items():
        with (folder / f"{name}.csv").open(encoding="utf-8-sig") as f:
            assert next(csv.reader(f)) == list(columns)
    events = {r["date_value"]: r for r in read_csv(folder / "events.csv")}
    month = events["2025-02"]
    assert (month["granularity"], month["date_start"], month["date_end"]) == ("month", "2025-02-01", "2025-02-28")
    assert (month["source_names"], month["target_names"], month["location_name"]) == (
        "Donald Trump", "Wladimir Putin", "Riad")
    assert month["quad_class"] == "verbal_cooperation"
    assert month["sentence"] == "Im Februar 2025 sollen Unterhändler in Riad verhandeln."
    quotes = read_csv(folder / "quotes.csv")
    assert {q["text"] for q in quotes} >= {"Wir werden uns in Riad treffen"}
    # text with commas, quotes and newlines survives the round trip
    hostile = next(q for q in quotes if q["document"] == "dochost000000003")
    assert hostile["text"].startswith('<script>window.__pwned = 1</script><img src=x onerror="')
    assert len(read_csv(folder / "event_mentions.csv")) == 5
    claims = read_csv(folder / "claims.csv")
    assert (claims[0]["value"], claims[0]["holder_name"]) == ("30000.0", "Wladimir Putin")
    assert list(claims[0])[-1] == "value_max" and claims[0]["value_max"] == ""  # added last: a number is no range
    rel = read_csv(folder / "relations.csv")
    assert {(r["a_name"], r["b_name"], r["month"]) for r in rel} == {
        ("Russland", "USA", "2025-02"), ("Russland", "USA", "2025-03"), ("Russland", "USA", "undated"),
        ("Russland", webcorpus.EVIL.name, "2024")}


def test_gexf_network(exported: dict[str, Path]) -> None:
    root = ET.parse(exported["gexf"] / "network.gexf").getroot()
    assert root.tag == f"{GEXF}gexf" and root.get("version") == "1.3"
    nodes = {n.get("id"): n.get("label") for n in root.iter(f"{GEXF}node")}
    assert nodes == {"Q30": "USA", "Q159": "Russland", "org:evil": webcorpus.EVIL.name}
    edge = next(e for e in root.iter(f"{GEXF}edge") if {e.get("source"), e.get("target")} == {"Q30", "Q159"})
    assert edge.get("weight") == "3"
    values = {v.get("for"): v.get("value") for v in edge.iter(f"{GEXF}attvalue")}
    assert (values["cooperation"], values["conflict"], values["score"]) == ("1", "2", "-0.1667")
    spells = [(s.get("start"), s.get("end")) for s in edge.iter(f"{GEXF}spell")]
    assert spells == [("2025-02-01", "2025-02-28"), ("2025-03-01", "2025-03-31")]
    evil = next(e for e in root.iter(f"{GEXF}edge") if e.get("target") == "org:evil")
    assert [(s.get("start"), s.get("end")) for s in evil.iter(f"{GEXF}spell")] == [("2024-01-01", "2024-12-31")]
    # between the actors themselves: Trump and Putin, not only their states
    actors = ET.parse(exported["gexf"] / "actors.gexf").getroot()
    assert {"Q22686", "Q7747"} <= {n.get("id") for n in actors.iter(f"{GEXF}node")}


def test_gexf_spells_never_overlap() -> None:
    from lagebild.export.gexf import _union

    year, jan, mar = ("2025-01-01", "2025-12-31"), ("2025-01-01", "2025-01-31"), ("2025-03-01", "2025-03-31")
    assert _union([jan, year, mar]) == [year]
    assert _union([mar, jan]) == [jan, mar]


def test_timelinejs(exported: dict[str, Path]) -> None:
    doc = json.loads((exported["timelinejs"] / "timeline.json").read_text(encoding="utf-8"))
    slides = {s["display_date"]: s for s in doc["events"]}
    assert set(slides) == {"2025-02-12", "2025-02", "2025-03-03", "2024"}
    assert slides["2025-02"]["start_date"] == {"year": 2025, "month": 2}  # a month, not a day
    assert slides["2024"]["start_date"] == {"year": 2024}
    assert slides["2025-02-12"]["start_date"] == {"year": 2025, "month": 2, "day": 12}
    # the talks in Riad are planned: the slide says so
    assert slides["2025-02"]["text"]["headline"] == "Beratung: Donald Trump → Wladimir Putin (geplant)"
    assert "(geplant)" not in slides["2025-02-12"]["text"]["headline"]
    assert f"{len(slides)} Ereignisse" in doc["title"]["text"]["text"]
    # TimelineJS renders text as HTML: article text must arrive escaped
    hostile = json.dumps(slides["2024"])
    assert "<script>" not in hostile and "<img" not in hostile and "&lt;script&gt;" in hostile


def test_seeds_export_every_dated_event(seeds_db: Path, tmp_path: Path) -> None:
    for fmt in ("csv", "gexf", "timelinejs"):
        assert main(["export", "--db", str(seeds_db), "--format", fmt, str(tmp_path / fmt)]) == 0
    with Store(seeds_db, create=False) as store:
        n_events = store.counts()["events"]
        n_dated = store.query("SELECT COUNT(*) FROM events WHERE date_start IS NOT NULL")[0][0]
    assert len(read_csv(tmp_path / "csv" / "events.csv")) == n_events
    assert len(json.loads((tmp_path / "timelinejs" / "timeline.json").read_text())["events"]) == n_dated
    ET.parse(tmp_path / "gexf" / "network.gexf")


def test_a_speech_act_is_exported_as_indirect_and_marked(tmp_path: Path) -> None:
    # lagebild-export/1 keeps its three kinds: a speech act without its content ("reported" in the
    # database) is "indirect" with the added field speech_act
    (tmp_path / "a.txt").write_text("Berlin, 24.02.2026. Bundeskanzler Friedrich Merz kritisierte den Kurs der "
                                    "US-Regierung. „Wir stehen an der Seite der Ukraine“, sagte Merz am Montag.",
                                    encoding="utf-8")
    db, out = tmp_path / "x.db", tmp_path / "out"
    assert main(["run", str(tmp_path / "a.txt"), "--db", str(db), "-q"]) == 0
    assert main(["export", "--db", str(db), "--format", "jsonl", str(out), "-q"]) == 0
    quotes = [json.loads(line) for line in (out / "quotes.jsonl").read_text("utf-8").splitlines()]
    assert {q["kind"] for q in quotes} <= {"direct", "partial", "indirect"}
    assert any(q["speech_act"] and q["kind"] == "indirect" for q in quotes)
    assert any(not q["speech_act"] and q["kind"] == "direct" for q in quotes)
