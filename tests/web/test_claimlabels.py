"""Numeric claims in the interface language: the sixth user trial read "rund 400 drones" and
"mindestens 12 people (getötet)" in the German UI and dossier."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from lagebild import claims as claim_lexicon
from lagebild.store import Store
from lagebild.web import claimlabels, queries
from lagebild.web.labels import UI_LANGUAGES, labels


def _c(value: float, unit: str | None, hedge: str | None = None, outcome: str | None = None,
       value_max: float | None = None) -> dict[str, Any]:
    return {"value": value, "unit": unit, "hedge": hedge, "outcome": outcome, "value_max": value_max}


@pytest.mark.parametrize(("claim", "de", "en"), [
    (_c(400, "drones", "rund"), "rund 400 Drohnen", "about 400 drones"),
    (_c(40, "missiles"), "40 Raketen", "40 missiles"),
    (_c(12, "people", "mindestens", "killed"), "mindestens 12 Menschen getötet", "at least 12 people killed"),
    # one: the singular; any other number, a range or a scale word: the plural
    (_c(1, "soldiers", None, "killed"), "1 Soldat getötet", "1 soldier killed"),
    (_c(1, "people", None, "injured"), "1 Mensch verletzt", "1 person injured"),
    (_c(2, "children", None, "injured"), "2 Kinder verletzt", "2 children injured"),
    (_c(1000, "people", "tausende", "displaced", value_max=9999),
     "tausende (1.000–9.999) Menschen geflohen oder evakuiert", "thousands (1,000–9,999) people fled or evacuated"),
    # a unit that says what happened does not say it twice
    (_c(7, "deaths", None, "killed"), "7 Tote", "7 deaths"),
    (_c(1, "deaths", None, "killed"), "1 Toter", "1 death"),
    # scale words where they lose nothing; exact digits where they would round
    (_c(5e9, "EUR"), "5 Mrd. Euro", "5 billion euros"),
    (_c(65.9e9, "USD", "rund"), "rund 65,9 Mrd. US-Dollar", "about 65.9 billion US dollars"),
    (_c(1.5e6, "people"), "1,5 Mio. Menschen", "1.5 million people"),
    (_c(2e12, "USD"), "2 Bio. US-Dollar", "2 trillion US dollars"),
    (_c(1234567, "EUR"), "1.234.567 Euro", "1,234,567 euros"),
    (_c(30000, "soldiers/month", "rund"), "rund 30.000 Soldaten pro Monat", "about 30,000 soldiers a month"),
    # hedges mean the same in both languages (the sixth trial read German hedges in the English UI)
    (_c(2e6, "people", "more than"), "mehr als 2 Mio. Menschen", "more than 2 million people"),
    (_c(40, "missiles", "Knapp"), "fast 40 Raketen", "almost 40 missiles"),
    (_c(40, "missiles", "sogar"), "sogar 40 Raketen", "sogar 40 missiles"),  # a word no lexicon knows: as written
    # a percentage is stored as a fraction
    (_c(0.8, "percent"), "80 Prozent", "80 percent"),
    (_c(0.015, "percent"), "1,5 Prozent", "1.5 percent"),
    (_c(1, "percentage_points"), "1 Prozentpunkt", "1 percentage point"),
    (_c(3, None), "3", "3"),
    (_c(3, "widgets"), "3 widgets", "3 widgets"),  # a key the labels lack: as it is, not nothing
])
def test_a_claim_reads_in_the_interface_language(claim: dict[str, Any], de: str, en: str) -> None:
    assert claimlabels.label(claim, "de") == de
    assert claimlabels.label(claim, "en") == en
    assert claimlabels.label(claim, "fr") == en  # a corpus language without labels: English


@pytest.mark.parametrize(("claim", "lang", "figure", "unit_label", "heading"), [
    (_c(12, "people", "mindestens", "killed"), "de", "mindestens 12", "Menschen", "Menschen getötet"),
    (_c(1, "soldiers", None, "killed"), "de", "1", "Soldat", "Soldaten getötet"),  # a group's head: plural
    (_c(7, "deaths", None, "killed"), "en", "7", "deaths", "deaths"),
    (_c(5e9, "EUR", "rund"), "de", "rund 5 Mrd.", "Euro", "Euro"),
    (_c(0.8, "percent"), "en", "80", "percent", "percent"),
])
def test_the_parts_of_a_claim(claim: dict[str, Any], lang: str, figure: str, unit_label: str,
                              heading: str) -> None:
    assert claimlabels.rendered(claim, lang) == {"label": claimlabels.label(claim, lang), "figure": figure,
                                                 "unit_label": unit_label, "heading": heading}


@pytest.mark.parametrize(("value", "lang", "shown"), [
    (12.0, "de", "12"), (1500.0, "de", "1.500"), (1500.0, "en", "1,500"), (0.8, "de", "0,8"), (0.8, "en", "0.8"),
    (999999.0, "de", "999.999"), (1e6, "de", "1 Mio."), (1e6, "en", "1 million"), (2.25e9, "de", "2,25 Mrd."),
    (2.255e9, "de", "2.255.000.000"),
])
def test_numbers_are_written_the_languages_way(value: float, lang: str, shown: str) -> None:
    assert claimlabels.number(value, lang) == shown


@pytest.mark.parametrize("lang", UI_LANGUAGES)
def test_every_unit_the_lexicons_give_has_words(lang: str) -> None:
    """A unit added to a claims lexicon must get its words in every UI language, or the UI shows
    the key again ("drones" in a German page)."""
    units = {u for lex in UI_LANGUAGES for u in claim_lexicon.load(lex).units.values()}
    units |= {u for lex in UI_LANGUAGES for u, _ in claim_lexicon.load(lex).count_nouns.values()}
    forms = labels(lang)["claim_units"]
    assert units <= set(forms), units - set(forms)
    assert all(len(f) == 2 and all(f) for f in forms.values())
    rates = {r for lex in UI_LANGUAGES for r in claim_lexicon.load(lex).rates.values()}
    assert rates <= set(labels(lang)["claim_rates"])


@pytest.mark.parametrize("lang", UI_LANGUAGES)
def test_every_hedge_the_lexicons_give_has_a_meaning_and_words(lang: str) -> None:
    """A hedge or vague number added to a claims lexicon must get a meaning there and words for
    it in every UI language, or the UI shows the article's word ("rund" in an English page)."""
    for lex in claim_lexicon.LANGUAGES:
        lexicon = claim_lexicon.load(lex)
        words = set(lexicon.hedges) | set(lexicon.vague_numbers)
        assert words <= set(lexicon.hedge_meanings), words - set(lexicon.hedge_meanings)
        meanings = set(lexicon.hedge_meanings.values())
        assert meanings <= set(labels(lang)["claim_hedges"]), meanings - set(labels(lang)["claim_hedges"])


def test_the_api_keeps_the_keys_and_adds_the_words(demo_db: Path) -> None:
    with Store(demo_db, create=False) as s:
        (claim,) = queries.claims(s)
        doc = queries.document(s, claim["document"])
    assert (claim["value"], claim["unit"], claim["hedge"]) == (30000.0, "soldiers", "rund")
    assert (claim["label"], claim["figure"], claim["unit_label"]) == ("rund 30.000 Soldaten", "rund 30.000", "Soldaten")
    assert doc is not None
    (ann,) = [a for a in doc["annotations"] if a["kind"] == "claim"]
    assert (ann["unit"], ann["label"]) == ("soldiers", "rund 30.000 Soldaten")
