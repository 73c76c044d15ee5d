"""What the sixth user trial found wrong in ingestion, on four of its articles
(tests/fixtures/trial_maritime/).

A Reuters dateline without a year is dated by its lead's weekday; a printed head names its
paper; a byline closing a standfirst is the author's; a one-page PDF keeps its sentences
whole; AP's closing tagline is no part of the article.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from lagebild.cli import main

CORPUS = Path(__file__).resolve().parent / "fixtures" / "trial_maritime" / "corpus"


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("maritime")
    assert main(["-q", "run", str(CORPUS), "--db", str(tmp / "t.db"), "--workers", "1"]) == 0
    assert main(["-q", "export", "--db", str(tmp / "t.db"), "--format", "jsonl", str(tmp / "exp")]) == 0
    rows = [json.loads(line) for line in (tmp / "exp" / "documents.jsonl").read_text("utf-8").splitlines()]
    return {Path(r["source"]).name: r for r in rows}


def test_a_reuters_dateline_without_year_is_dated(docs: dict[str, dict[str, Any]]) -> None:
    # "JAKARTA/HANOI, March 9 (Reuters) - Vietnam summoned … on Monday", "a 2023 agreement"
    doc = docs["01_reuters_seizure.txt"]
    assert (doc["published"], doc["published_inferred"]) == ("2026-03-09", True)


def test_a_printed_page_names_paper_and_author(docs: dict[str, dict[str, Any]]) -> None:
    doc = docs["05_tagespost_pdfdump.txt"]
    assert (doc["outlet"], doc["published"], doc["authors"]) == ("Frankfurter Tagespost", "2026-03-14",
                                                                  ["Jonas Reinecke"])
    assert "Reinecke" not in doc["body"]
    pdf = docs["08_suedwestbote.pdf"]
    assert (pdf["outlet"], pdf["published"], pdf["authors"]) == ("Südwest-Bote", "2026-03-17", ["Mareike Thalheim"])
    # the line cut after "erklärte," goes on into the reported speech
    assert "Retno Wulandari erklärte, Indonesien halte sich" in pdf["body"]


def test_the_ap_tagline_is_no_part_of_the_article(docs: dict[str, dict[str, Any]]) -> None:
    assert "reported from Medan" not in docs["02_ap_collision.txt"]["body"]
