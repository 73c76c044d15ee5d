"""The dossier: one self-contained HTML file that opens offline."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from lagebild.cli import main
from lagebild.dossier import format_date, render_dossier
from lagebild.store import Store
from lagebild.web import queries


@pytest.fixture(scope="module")
def demo_html(demo_db: Path) -> str:
    with Store(demo_db, create=False) as store:
        return render_dossier(store, generated="2025-03-05")


def test_nothing_to_load(demo_html: str) -> None:
    # Only in-page anchors; the one URL is the SVG namespace, which is never fetched.
    assert re.findall(r'(?:src|href|action)="(?!#)', demo_html) == []
    assert set(re.findall(r"https?://[^\s\"'<>]+", demo_html)) <= {"http://www.w3.org/2000/svg"}
    assert "<script" not in demo_html and "<link" not in demo_html
    assert "default-src 'none'" in demo_html


def test_hostile_text_is_escaped(demo_html: str) -> None:
    assert "<img" not in demo_html and "onerror=\"" not in demo_html
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in demo_html


def test_timeline_actors_quotes_relations(demo_html: str, demo_db: Path) -> None:
    with Store(demo_db, create=False) as store:
        events = queries.events(store)
    for e in events:
        assert f'id="ev-{e["id"]}"' in demo_html
    assert "<svg" in demo_html and "02/2025" in demo_html and "12.2.2025" in demo_html
    assert "„Wenn es keinen Deal gibt, wird es teuer“" in demo_html
    assert "Russland – USA" in demo_html and "Donald Trump – Wladimir Putin" in demo_html
    assert '<html lang="de">' in demo_html and "Zeitleiste" in demo_html


@pytest.mark.parametrize(("date", "lang", "shown"), [
    ({"value": "2025-02-12", "start": "2025-02-12", "end": "2025-02-12", "granularity": "day"}, "de", "12.2.2025"),
    ({"value": "2025-02", "start": "2025-02-01", "end": "2025-02-28", "granularity": "month"}, "de", "02/2025"),
    ({"value": "2025-02", "start": "2025-02-01", "end": "2025-02-28", "granularity": "month"}, "en", "2025-02"),
    ({"value": "2025-SU", "start": "2025-06-01", "end": "2025-08-31", "granularity": "season"}, "de", "Sommer 2025"),
    ({"value": "2025-Q1", "start": "2025-01-01", "end": "2025-03-31", "granularity": "quarter"}, "de", "2025-Q1"),
    ({"value": None, "start": None, "end": None, "granularity": None}, "de", "–"),
    # "noch in dieser Woche": a week by its days (sixth user trial: "2026-02/2026-02")
    ({"value": "2026-W07", "start": "2026-02-09", "end": "2026-02-15", "granularity": "week"}, "de",
     "9.2.2026 – 15.2.2026"),
    # "in den vergangenen Monaten": a span of months
    ({"value": None, "start": "2025-07-19", "end": "2025-12-31", "granularity": "month"}, "de", "07/2025 – 12/2025"),
])
def test_format_date_keeps_granularity(date: dict[str, Any], lang: str, shown: str) -> None:
    assert format_date(date, lang) == shown


def test_the_same_words_from_several_outlets_are_one_key_quote() -> None:
    from lagebild.dossier import _key_quotes

    quotes = [{"kind": "direct", "text": t} for t in ("Wir begrüßen das.", "Wir begrüßen das!", "Nein.")]
    assert [q["text"] for q in _key_quotes(quotes)] == ["Wir begrüßen das.", "Nein."]


def _q(kind: str, cue: str | None, text: str) -> dict[str, Any]:
    return {"kind": kind, "cue": cue, "text": text}


@pytest.mark.parametrize(("quotes", "chosen"), [
    # the report of an act (its text holds its own verb) comes after direct, partial and reported
    # speech (sixth user trial: Lawrow's key quotations were "Lawrow wies die Kritik zurück" …)
    ([_q("indirect", "wies zurück", "Der russische Außenminister Sergej Lawrow wies die Kritik zurück"),
      _q("indirect", "lehnte ab", "Russlands Außenminister Lawrow lehnte eine solche Truppe kategorisch ab"),
      _q("partial", "sagte", "ein legitimes Ziel"),
      _q("indirect", "sagte", "Europa wolle den Krieg verlängern")],
     ["ein legitimes Ziel", "Europa wolle den Krieg verlängern",
      "Russlands Außenminister Lawrow lehnte eine solche Truppe kategorisch ab"]),
    # reported speech without a cue, and a cue outside the text, are speech
    ([_q("indirect", "kritisierte", "Merz kritisierte den Kurs der US-Regierung"),
      _q("indirect", None, "Der Präsident müsse den Druck erhöhen"),
      _q("indirect", "kritisierte", "dass Kiew nicht einbezogen worden sei")],
     ["Der Präsident müsse den Druck erhöhen", "dass Kiew nicht einbezogen worden sei",
      "Merz kritisierte den Kurs der US-Regierung"]),
    # a speech act the quotes stage marks ("reported") comes last however its cue reads
    ([_q("reported", "lehnte", "Der Kreml lehnte die Forderung ab"),
      _q("indirect", "sagte", "Europa wolle den Krieg verlängern")],
     ["Europa wolle den Krieg verlängern", "Der Kreml lehnte die Forderung ab"]),
])
def test_key_quotes_prefer_words_to_reported_acts(quotes: list[dict[str, Any]], chosen: list[str]) -> None:
    from lagebild.dossier import _key_quotes

    assert [q["text"] for q in _key_quotes(quotes)] == chosen


def test_seeds_dossier_holds_the_seeds_timeline(seeds_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "dossier.html"
    assert main(["dossier", "--db", str(seeds_db), "--out", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    with Store(seeds_db, create=False) as store:
        ids = [r["id"] for r in store.query("SELECT id FROM events")]
    assert ids, "the seeds have events"
    assert all(f'id="ev-{i}"' in html for i in ids)


@pytest.mark.browser
def test_dossier_opens_offline_in_chromium(seeds_db: Path, tmp_path: Path, page: Any) -> None:
    out = tmp_path / "dossier.html"
    main(["dossier", "--db", str(seeds_db), "--out", str(out)])
    requested: list[str] = []

    def block(route: Any) -> None:
        requested.append(route.request.url)
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            route.abort()

    page.route("**/*", block)
    page.goto(out.as_uri())
    assert requested == [out.as_uri()]
    assert page.locator("#timeline table.events tbody tr").count() > 0
    assert page.locator("#timeline svg").count() == 1


@pytest.mark.browser
def test_hostile_dossier_runs_nothing(demo_html: str, tmp_path: Path, page: Any) -> None:
    out = tmp_path / "hostile.html"
    out.write_text(demo_html, encoding="utf-8")
    page.goto(out.as_uri())
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img").count() == 0
    assert "<script>window.__pwned = 1</script>" in page.locator("#timeline").inner_text()


def test_an_empty_database_gives_a_dossier(tmp_path: Path) -> None:
    with Store(tmp_path / "empty.db") as store:
        html = render_dossier(store)
    assert '<html lang="en">' in html and "No results." in html


def _claim(value: float, value_max: float | None, hedge: str | None, outlet: str) -> dict[str, Any]:
    return {"unit": "people", "outcome": None, "value": value, "value_max": value_max, "hedge": hedge,
            "outlet": outlet, "title": None, "document": "doc-" + outlet}


@pytest.mark.parametrize(("claims", "shown", "differ"), [
    # a word that gives only an order shows its range, never an exact number, and agrees with a
    # figure inside it
    ([_claim(1000, 9999, "tausende", "A"), _claim(3000, None, "rund", "B")],
     "tausende (1.000–9.999) (A) · rund 3.000 (B)", False),
    ([_claim(100, 999, "hunderte", "A"), _claim(3000, None, None, "B")], "hunderte (100–999) (A) · 3.000 (B)", True),
    ([_claim(7, None, None, "A"), _claim(8, None, None, "B")], "7 (A) · 8 (B)", True),
    # one document's two figures count two groups ("drei armenische …, fünf aserbaidschanische Soldaten")
    ([_claim(3, None, None, "A"), _claim(5, None, None, "A")], "3 (A) · 5 (A)", False),
])
def test_figures_show_a_vague_number_as_its_range(claims: list[dict[str, Any]], shown: str, differ: bool) -> None:
    from lagebild.dossier import _figures

    html = _figures(claims, queries.labels("de"), "de")
    assert shown in html
    assert ("figures warn" in html) == differ


def test_an_actors_counts_take_their_number(demo_html: str) -> None:
    # "1 Zitate · 1 Ereignisse" (the Natuna trial): one of a thing is singular
    metas = re.findall(r'<div class="meta">([^<]*)</div>', demo_html)
    assert metas and not any(re.search(r"(?<!\d)1 (Nennungen|Ereignisse|Zitate|Dokumente)\b", m) for m in metas)
    assert any(re.search(r"(?<!\d)1 (Nennung|Ereignis|Zitat|Dokument)\b", m) for m in metas)


def test_a_country_is_labelled_a_state() -> None:
    from lagebild.dossier import _type_label

    lab = {"LOC": "Ort", "STATE": "Staat", "PER": "Person"}
    assert _type_label({"id": "Q159", "type": "LOC"}, lab) == "Staat"  # Russland
    assert _type_label({"id": "Q1899", "type": "LOC"}, lab) == "Ort"  # Kiew: a capital, a place
    assert _type_label({"id": "Q7747", "type": "PER"}, lab) == "Person"


def test_the_header_period_covers_documents_and_timeline(demo_html: str) -> None:
    # sixth user trial: the header gave the documents' period above a timeline that began earlier;
    # the demo corpus' documents date from 2025, its hostile group's criticism from 2024
    lead = re.search(r'<p class="lead">(.*?)</p>', demo_html, re.S)
    assert lead is not None and "2024-01-01 – 2025-03-04" in lead.group(1)


def _qs(kind: str, text: str, doc: str, start: int) -> dict[str, Any]:
    return {"kind": kind, "cue": "sprach von", "text": text, "document": doc, "start": start,
            "end": start + len(text)}


@pytest.mark.parametrize(("quotes", "chosen"), [
    # seventh user trial: the partial quotation and the indirect one around it are one sentence's words
    ([_qs("indirect", "einem Abkommen, das „die Kämpfe beenden“ werde", "a", 10),
      _qs("partial", "die Kämpfe beenden", "a", 31)],
     ["die Kämpfe beenden"]),
    # the same words in another outlet's sentence, inside a longer quotation there
    ([_qs("partial", "die Kämpfe beenden", "a", 31),
      _qs("indirect", "ein Abkommen werde die Kämpfe beenden", "b", 0)],
     ["die Kämpfe beenden"]),
    # overlapping spans of one document are one quotation, whatever their words
    ([_qs("direct", "Wir stehen bereit.", "a", 0), _qs("indirect", "bereit. Man werde helfen", "a", 11)],
     ["Wir stehen bereit."]),
    # other words, or the same words far apart in another document, stay
    ([_qs("partial", "die Kämpfe beenden", "a", 31), _qs("indirect", "Man werde die Kämpfe fortsetzen", "a", 80)],
     ["die Kämpfe beenden", "Man werde die Kämpfe fortsetzen"]),
])
def test_one_sentences_words_are_one_key_quote(quotes: list[dict[str, Any]], chosen: list[str]) -> None:
    from lagebild.dossier import _key_quotes

    assert [q["text"] for q in _key_quotes(quotes)] == chosen


@pytest.mark.parametrize(("source", "shown"), [
    ("/tmp/trial/inputs/reuters_2025-10-10.txt", "reuters_2025-10-10.txt"),
    ("/home/me/corpus.jsonl#5", "corpus.jsonl#5"),
    ("C:\\Users\\me\\artikel.html", "artikel.html"),
    ("https://example.org/a/b.html", "https://example.org/a/b.html"),
    ("artikel.txt", "artikel.txt"),
])
def test_the_dossier_names_local_files_without_their_folders(source: str, shown: str) -> None:
    from lagebild.dossier import _source_name

    assert _source_name(source) == shown


def test_no_local_folder_in_the_dossier(tmp_path: Path) -> None:
    """The dossier is passed on: no path of the machine that built it (seventh user trial)."""
    import webcorpus

    from lagebild.dossier import render_dossier
    from lagebild.model import replace
    from lagebild.store import Store

    with Store(tmp_path / "p.db") as store:
        doc = replace(webcorpus.doc_sanctions(), source="/home/analyst/in/sanktionen.txt", title=None)
        store.add_documents([doc])
        html = render_dossier(store)
    assert "sanktionen.txt" in html and "/home/analyst" not in html


@pytest.mark.parametrize(("actors", "shown"), [
    ([{"id": "kb:peking", "name": "Peking", "state": {"id": "Q148", "name": "China"}}], "China (Peking)"),
    # the side names the state itself: once
    ([{"id": "Q148", "name": "China"}, {"id": "kb:peking", "name": "Peking", "state": {"id": "Q148", "name": "China"}}],
     "China"),
    ([{"id": "kb:genf", "name": "Genf"}, None], "Genf"),
    ([], "–"),
])
def test_a_city_that_speaks_for_its_state_is_shown_as_the_state(
        actors: list[dict[str, Any] | None], shown: str) -> None:
    """Trial 7: the dossier showed "Peking → USA" where the web UI and the CLI show "China (Peking)"."""
    from lagebild.dossier import _names

    assert _names(actors) == shown
