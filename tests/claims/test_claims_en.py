"""English numeric claims on hand-built sentences, through the time stage (whose durations and
dates are never claims) and the claims stage with ``resources/claims/en.json``.

The number formats come from the lexicon (``thousands_separator``, ``decimal_separator``): "30,000"
and "1.5" in English; a currency sign before the number is its unit ("$500 billion").
"""

from __future__ import annotations

import re

import pytest

from lagebild.claims import claims_stage, load
from lagebild.model import Document, Entity, Mention, Sentence
from lagebild.time import time_stage


def _claims(text: str) -> list[tuple[float, str | None, str | None, str | None]]:
    mentions = tuple(Mention(m.start(), m.end(), "ORG", m.group(0).lower()) for m in re.finditer(r"Pentagon", text))
    doc = Document(id="e", source="e.txt", body=text, sentences=(Sentence(0, len(text)),), mentions=mentions,
                   entities=(Entity("pentagon", "Pentagon", "ORG"),), language="en", published="2025-02-12")
    out = claims_stage(time_stage(doc)).claims
    return [(c.value, c.unit, c.hedge, c.holder) for c in out]


@pytest.mark.parametrize(("text", "value", "unit", "hedge"), [
    ("In Russia, 80 percent of people support the war.", 0.8, "percent", None),
    ("Rare earths worth 500 billion dollars.", 5e11, "USD", None),
    ("More than 100 drones were launched.", 100, "drones", "more than"),
    ("Ukraine received up to three billion euros.", 3e9, "EUR", "up to"),
    ("Russia fired about 120 drones overnight.", 120, "drones", "about"),
    ("Ukraine says it destroyed 300 tanks.", 300, "tanks", None),
    ("The army loses 900 soldiers a day.", 900, "soldiers/day", None),
    ("Exports fell by 12 percentage points.", 12, "percentage_points", None),
])
def test_quantities(text: str, value: float, unit: str, hedge: str | None) -> None:
    ((v, u, h, _),) = _claims(text)
    assert (v, u, h) == (pytest.approx(value), unit, hedge)


@pytest.mark.parametrize(("text", "value", "unit"), [
    pytest.param("Russia is losing 30,000 soldiers a month.", 30000, "soldiers/month"),
    pytest.param("Nearly 1.5 million people fled.", 1.5e6, "people"),
    pytest.param("Inflation is at 9.5%.", 0.095, "percent"),
    pytest.param("Rare earths worth $500 billion.", 5e11, "USD"),
])
def test_english_number_formats(text: str, value: float, unit: str) -> None:
    ((v, u, _, _),) = _claims(text)
    assert (v, u) == (pytest.approx(value), unit)


def test_holder_named_by_according_to() -> None:
    assert _claims("According to the Pentagon, 600 troops arrived.") == [(600, "soldiers", None, "pentagon")]


@pytest.mark.parametrize("text", [
    "The call lasted about 90 minutes.",  # a duration (time stage), not a claim
    "Russia has fought Ukraine since 2014.",
    "On February 12 he called Putin.",
    "Trump gave 17 reasons.",  # a bare number
])
def test_not_claims(text: str) -> None:
    assert _claims(text) == []


def test_lexicon_loads() -> None:
    lex = load("en")
    assert lex.scales["billion"] == 1e9 and lex.units["troops"] == "soldiers" and "more than" in lex.hedges


@pytest.mark.parametrize(("text", "expected"), [
    ("At least 12 people were killed in the attack.", [(12, "people", "killed")]),
    ("Russian strikes killed at least 12 people and injured 90.",
     [(12, "people", "killed"), (90, "people", "injured")]),
    ("Twelve civilians died and 90 were wounded.", [(12, "civilians", "killed"), (90, "injured", "injured")]),
    ("Three civilians died and 90 later.", [(3, "civilians", "killed")]),  # no predicate next to 90: no claim
    ("More than 100 people were injured, including six children.",
     [(100, "people", "injured"), (6, "children", "injured")]),
    ("Police arrested 40 people.", [(40, "people", "detained")]),
    ("About 300 killed and 900 wounded.", [(300, "deaths", "killed"), (900, "injured", "injured")]),
    ("Russia fired 120 drones, 3 people died.", [(120, "drones", None), (3, "people", "killed")]),
])
def test_outcome(text: str, expected: list[tuple[float, str, str | None]]) -> None:
    mentions: tuple[Mention, ...] = ()
    doc = Document(id="e", source="e.txt", body=text, sentences=(Sentence(0, len(text)),), mentions=mentions,
                   language="en", published="2025-02-12")
    got = [(c.value, c.unit, c.outcome) for c in claims_stage(time_stage(doc)).claims]
    assert got == expected


def _outcomes(text: str) -> list[tuple[float, str | None, str | None, float | None]]:
    doc = Document(id="e", source="e.txt", body=text, sentences=(Sentence(0, len(text)),), language="en",
                   published="2026-03-08")
    return [(c.value, c.unit, c.outcome, c.value_max) for c in claims_stage(time_stage(doc)).claims]


@pytest.mark.parametrize(("text", "expected"), [
    # a count noun earlier in the sentence says what the bare number counts; "including" names a part
    ("He said the death toll on the Armenian side had risen to nine, including three civilians.",
     [(9, "deaths", "killed", None), (3, "civilians", "killed", None)]),
    # one person with the article, where the clause says what happened to him
    ("One Azerbaijani soldier was killed near Kelbajar.", [(1, "soldiers", "killed", None)]),
    ("A soldier said the night was calm.", []),
    # a vague number is a range
    ("Thousands of protesters gathered in Yerevan.", [(1000, "protesters", None, 9999)]),
    ("Dozens of people were detained.", [(24, "people", "detained", 99)]),
    ("Police detained 43 people.", [(43, "people", "detained", None)]),
])
def test_outcomes_and_ranges(text: str, expected: list[tuple[float, str | None, str | None, float | None]]) -> None:
    assert _outcomes(text) == expected
