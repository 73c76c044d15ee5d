"""What an analyst relies on across documents, on the trial corpus (tests/fixtures/trial/).

The corpus holds the same story told by several outlets in two languages (see its README): one
real event must be one event with all its reports, a plan must stay apart from what happened,
a death toll must keep its outcome and its source, an agency copy must be known as a copy.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from lagebild.cli import main

CORPUS = Path(__file__).resolve().parent / "fixtures" / "trial" / "corpus"


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, Any]]]:
    tmp = tmp_path_factory.mktemp("trial")
    assert main(["-q", "run", str(CORPUS), "--db", str(tmp / "t.db"), "--workers", "1"]) == 0
    assert main(["-q", "export", "--db", str(tmp / "t.db"), "--format", "jsonl", str(tmp / "exp")]) == 0
    return {name: _read(tmp / "exp" / f"{name}.jsonl") for name in ("documents", "entities", "events", "claims")}


def _file(doc: dict[str, Any]) -> str:
    return Path(doc["source"].split("#")[0]).name + ("#" + doc["source"].split("#")[1] if "#" in doc["source"] else "")


@pytest.fixture(scope="module")
def files(export: dict[str, list[dict[str, Any]]]) -> dict[str, str]:
    """document id -> file name."""
    return {d["id"]: _file(d) for d in export["documents"]}


def test_the_phone_call_is_one_event_with_its_reports_in_both_languages(
        export: dict[str, list[dict[str, Any]]], files: dict[str, str]) -> None:
    calls = [e for e in export["events"] if e["type"] == "CONSULT" and e["date"]["value"] == "2025-03-18"]
    assert len(calls) == 1
    reported_by = {files[m["document"]] for m in calls[0]["mentions"]}
    assert {"tagesschau_telefonat.txt", "spiegel_telefonat.txt", "faz_telefonat.html", "ap_call_en.txt"} <= reported_by
    assert calls[0]["status"] == "occurred"


def test_the_planned_summit_stays_apart_from_the_held_one(
        export: dict[str, list[dict[str, Any]]], files: dict[str, str]) -> None:
    summits = [e for e in export["events"]
               if e["type"] == "CONSULT" and (e["date"]["value"] or "").startswith("2025-05")]
    planned = [e for e in summits if e["status"] == "planned"]
    held = [e for e in summits if e["status"] == "occurred"]
    assert planned and held
    assert all(files[m["document"]] == "zeit_gipfel_geplant.txt" for e in planned for m in e["mentions"])
    assert all(files[m["document"]] == "ntv_gipfel_budapest.txt" for e in held for m in e["mentions"])


def test_a_pause_in_attacks_is_no_attack(export: dict[str, list[dict[str, Any]]]) -> None:
    trump = {e["id"] for e in export["entities"] if e["name"] == "Donald Trump"}
    assert trump
    assert not [e for e in export["events"] if e["type"] in ("FIGHT", "ASSAULT") and trump & set(e["source_actors"])]


def test_the_death_tolls_keep_their_outcome_and_source(
        export: dict[str, list[dict[str, Any]]], files: dict[str, str]) -> None:
    killed = sorted((files[c["document"]], c["value"]) for c in export["claims"] if c.get("outcome") == "killed")
    assert killed == [("stern_dpa_angriff_kiew.txt", 12), ("tagesschau_angriff_kiew.txt", 14),
                      ("zeit_dpa_angriff_kiew.txt", 12)]


def test_the_agency_copy_is_known_as_one(export: dict[str, list[dict[str, Any]]], files: dict[str, str]) -> None:
    copies = {files[d["id"]]: d.get("dup_of") for d in export["documents"]}
    pair = {"stern_dpa_angriff_kiew.txt", "zeit_dpa_angriff_kiew.txt"}
    assert sum(copies[f] is not None for f in pair) == 1
    assert all(v is None for f, v in copies.items() if f not in pair)


@pytest.mark.parametrize(("file", "field", "value"), [
    # a kicker stacked on the headline is no title
    ("tagesschau_telefonat.txt", "title", "Moskau stimmt begrenzter Feuerpause für Energieanlagen zu"),
    ("spiegel_telefonat.txt", "title", "Putin sagt Trump Pause bei Angriffen auf Energieanlagen zu"),
    # the masthead names the outlet, not the agency whose copy it prints
    ("spiegel_telefonat.txt", "outlet", "SPIEGEL"),
    ("zeit_dpa_angriff_kiew.txt", "outlet", "ZEIT ONLINE"),
    ("reuters_call_en.txt", "outlet", "Reuters"),
    ("ap_call_en.txt", "title", "Trump and Putin agree to limited pause in strikes on energy targets"),
    ("zeit_gipfel_geplant.txt", "published", "2025-03-21T14:05"),
])
def test_metadata_as_the_page_shows_it(export: dict[str, list[dict[str, Any]]], file: str, field: str,
                                       value: str) -> None:
    doc = next(d for d in export["documents"] if _file(d) == file)
    assert doc[field] == value
