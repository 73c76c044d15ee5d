"""Seventh user trial: dates of threatened, announced or scheduled acts in news (docs/time.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from lagebild.time import tag_text


@pytest.mark.parametrize(("language", "dct", "text", "expected"), [
    # a threatened start lies after the threat: the perfect of "gedroht" does not move it back a year
    ("de", "2025-05-24", "Trump hat der EU mit Zöllen von 50 Prozent ab dem 1. Juni gedroht.",
     {"1. Juni": "2025-06-01"}),
    ("de", "2025-10-11", "Der Präsident hatte Peking mit weiteren Abgaben ab dem 1. November gedroht.",
     {"1. November": "2025-11-01"}),
    ("de", "2025-03-20", "Die Regierung kündigte an, die Grenze bis zum 2. April zu schließen.",
     {"2. April": "2025-04-02"}),
    ("de", "2025-05-21", "Washington droht Brüssel mit Strafzöllen ab Montag.", {"Montag": "2025-05-26"}),
    ("en", "2025-10-11", "Trump had threatened an extra tariff of 100% from November 1.",
     {"November 1": "2025-11-01"}),
    ("en", "2025-07-20", "The president announced duties on steel starting August 1.", {"August 1": "2025-08-01"}),
    # the rule needs both the preposition and the intent word: the tense still works elsewhere
    ("de", "2025-05-24", "Im Juni hatten sich beide Minister in Genf getroffen.", {"Juni": "2024-06"}),
    ("de", "2025-05-24", "Der Präsident hat am 2. Juni mit dem Kanzler telefoniert.", {"2. Juni": "2024-06-02"}),
    ("de", "2025-05-21", "Die Minister haben am Montag gedroht, die Gespräche abzubrechen.", {"Montag": "2025-05-19"}),
    # a scheduled act in the English present tense is ahead, though the sentence's verb is past
    ("en", "2025-01-15", "President-elect Donald Trump, who takes office on Monday, said the deal was historic.",
     {"Monday": "2025-01-20"}),
    ("en", "2025-03-05", "The new rule, which takes effect on Friday, was approved by parliament.",
     {"Friday": "2025-03-07"}),
    ("en", "2025-03-05", "The minister said on Friday that talks had failed.", {"Friday": "2025-02-28"}),
])
def test_intended_and_scheduled_dates(language: str, dct: str, text: str, expected: dict[str, str]) -> None:
    got = {text[t.start:t.end]: t.value for t in tag_text(text, dt.date.fromisoformat(dct), narrative=False,
                                                          language=language)}
    assert {k: got.get(k) for k in expected} == expected
