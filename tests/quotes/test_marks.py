"""Quotation-mark pairing: every family, nesting, paragraphs, and marks left open."""

from __future__ import annotations

import pytest

from lagebild.quotes.lexicon import lexicon
from lagebild.quotes.marks import find_quoted


def spans(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quoted(text, lexicon("de"))]


@pytest.mark.parametrize(("text", "expected"), [
    # every family of marks
    ("Er sagte: „Wir kommen.“ Dann ging er.", ["Wir kommen."]),
    ("Er sagte: „Wir kommen.” Dann ging er.", ["Wir kommen."]),
    ('Er sagte: "Wir kommen." Dann ging er.', ["Wir kommen."]),
    ("Er sagte: »Wir kommen.« Dann ging er.", ["Wir kommen."]),
    ("Er sagte: «Wir kommen.» Dann ging er.", ["Wir kommen."]),
    ("He said “we come” and left.", ["we come"]),
    # nested quotes belong to the outer quotation
    ("„Er nannte es ‚Unsinn‘, sagte sie“, berichtete er.", ["Er nannte es ‚Unsinn‘, sagte sie"]),
    ("»Das war ein ›Deal‹«, so Trump.", ["Das war ein ›Deal‹"]),
    # a quotation over two paragraphs repeats the opening mark and closes once
    ("„Erster Absatz.\n\n„Zweiter Absatz.“, sagte er.", ["Erster Absatz.\n\n„Zweiter Absatz."]),
    # two quotations in one sentence
    ('Er sagte "Nein" und "Ja".', ["Nein", "Ja"]),
    # a closing straight mark glued to the next word (headline fragments)
    ('"Bereit für einen Deal"Trump schlägt sich auf Putins Seite', ["Bereit für einen Deal"]),
])
def test_pairs(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an opening mark never closed is dropped at the paragraph break: no runaway quote
    ("„offen geblieben\n\nNeuer Absatz mit „zu“ am Ende.", ["zu"]),
    ('x "foo and then "bar" baz', ["bar"]),
    ("nur ein “ verirrtes Zeichen", []),
    ("Ende ohne Anfang“, sagte er.", []),
    ("„" * 50, []),
    ("", []),
])
def test_unbalanced(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_german_opening_closed_by_a_straight_mark() -> None:
    assert spans('„Das ist eine Größenordnung", zitiert ndr.de den Sprecher.') == ["Das ist eine Größenordnung"]
