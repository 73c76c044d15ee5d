"""What the second user trial found missing, on its corpus (tests/fixtures/trial_caucasus/).

Copies and revisions, casualty counts with their outcome, vague numbers as ranges, datelines
outside the evidence, a province counted for its state, and the timeline's order.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from lagebild.cli import main

CORPUS = Path(__file__).resolve().parent / "fixtures" / "trial_caucasus" / "corpus"


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("caucasus")
    assert main(["-q", "run", str(CORPUS), "--db", str(tmp / "t.db"), "--workers", "1"]) == 0
    assert main(["-q", "export", "--db", str(tmp / "t.db"), "--format", "jsonl", str(tmp / "exp")]) == 0
    return tmp


@pytest.fixture(scope="module")
def export(run: Path) -> dict[str, list[dict[str, Any]]]:
    return {name: _read(run / "exp" / f"{name}.jsonl")
            for name in ("documents", "quotes", "events", "claims", "relations")}


@pytest.fixture(scope="module")
def docs(export: dict[str, list[dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    """file name -> document."""
    return {Path(d["source"]).name: d for d in export["documents"]}


def test_the_earlier_copy_is_the_source_and_a_revision_supersedes_its_first_version(
        docs: dict[str, dict[str, Any]]) -> None:
    zeit, sz = docs["01_zeit_gefechte.txt"], docs["02_sz_gefechte.txt"]
    assert (zeit["dup_of"], sz["dup_of"]) == (sz["id"], None)  # SZ 11:10, ZEIT 15:45 the same day
    assert zeit["superseded_by"] is None and sz["superseded_by"] is None  # two outlets: copies
    first, update = docs["03_tagesschau_un.txt"], docs["03b_tagesschau_un_update.txt"]
    assert (first["dup_of"], first["superseded_by"]) == (None, update["id"])
    assert (update["dup_of"], update["superseded_by"]) == (first["id"], None)


def test_counts_keep_their_outcome_and_vague_numbers_their_range(export: dict[str, list[dict[str, Any]]],
                                                                  docs: dict[str, dict[str, Any]]) -> None:
    name = {d["id"]: f for f, d in docs.items()}
    got = {(name[c["document"]], c["value"], c["value_max"], c["unit"], c["outcome"]) for c in export["claims"]}
    assert got >= {
        ("01_zeit_gefechte.txt", 4, None, "soldiers", "killed"),  # "vier … Soldaten und zwei Zivilisten getötet"
        ("01_zeit_gefechte.txt", 2, None, "civilians", "killed"),
        ("01_zeit_gefechte.txt", 11, None, "people", "injured"),
        ("01_zeit_gefechte.txt", 1, None, "soldiers", "killed"),  # "sei ein Soldat getötet worden"
        ("03_tagesschau_un.txt", 7, None, "deaths", "killed"),  # "Die Zahl der Toten stieg … auf sieben"
        ("03b_tagesschau_un_update.txt", 8, None, "deaths", "killed"),
        ("03_tagesschau_un.txt", 3, None, "civilians", "killed"),  # ", darunter drei Zivilisten"
        ("03_tagesschau_un.txt", 3000, None, "people", "displaced"),
        ("05_reuters_gefangene.txt", 3, None, "soldiers", "detained"),
        ("05_reuters_gefangene.txt", 9, None, "people", "killed"),
        ("06_standard_proteste.txt", 1000, 9999, "people", None),  # "Tausende Menschen": a range
        ("06_standard_proteste.txt", 43, None, "people", "detained"),
        ("06_standard_proteste.txt", 12, None, "police", "injured"),
        ("08_reuters_en_ceasefire.txt", 9, None, "deaths", "killed"),  # "the death toll … had risen to nine"
        ("08_reuters_en_ceasefire.txt", 3, None, "civilians", "killed"),
        ("09_faz_verletzung.txt", 1, None, "soldiers", "killed"),  # "einen aserbaidschanischen Soldaten erschossen"
        ("10_dw_hilfe.txt", 7500, None, "people", "displaced"),  # "ihre Dörfer … verlassen"
        ("10_dw_hilfe.txt", 9000, None, "people", "displaced"),  # "die Zahl der Vertriebenen … mit mehr als 9000"
        ("10_dw_hilfe.txt", 1200, None, "people", "displaced"),  # "in Sicherheit gebracht"
    }
    assert not any(c["value"] == 1000 and c["value_max"] is None for c in export["claims"])


@pytest.mark.parametrize("dateline", ["BAKU (Reuters) -", "YEREVAN, March 8 (Reuters) -", "Brüssel/Eriwan (AFP) -",
                                      "Eriwan –"])
def test_a_dateline_is_in_the_body_but_in_no_evidence(export: dict[str, list[dict[str, Any]]], dateline: str) -> None:
    bodies = {d["id"]: d["body"] for d in export["documents"]}
    # (it opens a paragraph: the article's first, or the first after the standfirst, which is kept
    # without its full stop since trial 7: "… Die Polizei griff hart durch")
    assert any(p.startswith(dateline) for b in bodies.values() for p in b.split("\n\n"))
    for q in export["quotes"]:
        assert dateline not in q["text"] and bodies[q["document"]][q["start"]:q["end"]] == q["text"]
    for c in export["claims"]:
        assert dateline not in c["text"] and bodies[c["document"]][c["start"]:c["end"]] == c["text"]
    for e in export["events"]:
        for m in e["mentions"]:
            assert dateline not in m["sentence"] and 0 <= m["start"] < m["end"] <= len(bodies[m["document"]])


def test_the_shelling_of_sjunik_is_a_conflict_between_azerbaijan_and_armenia(
        export: dict[str, list[dict[str, Any]]]) -> None:
    rows = export["relations"]
    assert not [r for r in rows if "kb:sjunik" in (r["a"], r["b"])]
    pair = [r for r in rows if (r["a"], r["b"]) == ("Q227", "Q399")]
    assert sum(r["material_conflict"] for r in pair) >= 1


def test_the_timeline_lists_a_month_by_the_last_day_it_may_have_happened(
        run: Path, export: dict[str, list[dict[str, Any]]], docs: dict[str, dict[str, Any]],
        capsys: pytest.CaptureFixture[str]) -> None:
    """A month is listed after its days where it is known to have happened (the month's end, for
    what occurred no later than its first report's publication: seventh user trial), so no day
    listed before it is later than that, and none after it earlier."""
    published = {d["id"]: (d["published"] or "~")[:10] for d in docs.values()}
    order = [(e["date"]["value"] or "", e["date"]["start"], e["status"],
              min((published[m["document"]] for m in e["mentions"]), default="~")) for e in export["events"]]
    months = [i for i, (v, _, _, _) in enumerate(order) if v == "2026-03"]
    assert months and any(v.startswith("2026-03-") for v, _, _, _ in order)
    for i in months:
        last = min("2026-03-31", order[i][3]) if order[i][2] == "occurred" else "2026-03-31"
        assert all(s <= last for v, s, _, _ in order[:i] if v.startswith("2026-03-") and len(v) == 10)
        assert all(s >= last for v, s, _, _ in order[i + 1:] if v.startswith("2026-03-") and len(v) == 10)
    capsys.readouterr()
    assert main(["timeline", "--db", str(run / "t.db")]) == 0
    dates = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert dates == [v or "(undated)" for v, _, _, _ in order][:len(dates)]


def test_events_of_one_month_follow_in_the_order_the_news_told_them(export: dict[str, list[dict[str, Any]]],
                                                                      docs: dict[str, dict[str, Any]]) -> None:
    published = {d["id"]: d["published"] or "~" for d in docs.values()}
    for status in ("occurred", "planned"):
        firsts = [min((published[m["document"]], m["start"]) for m in e["mentions"])
                  for e in export["events"] if e["date"]["value"] == "2026-03" and e["mentions"] and
                  e["status"] == status]
        assert firsts == sorted(firsts)
        assert status == "planned" or len(firsts) > 3
