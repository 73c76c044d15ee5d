"""The English rule table: one row per expression family, against a fixed document date.

The document date is Wednesday 12 February 2025 (the Trump–Putin call); each row is a small
hand-written sentence, the span the tagger should find, and its TIMEX type, value and mod.
"""

from __future__ import annotations

import datetime as dt

import pytest

from lagebild.model import Document
from lagebild.time import tag_text, time_stage

DCT = dt.date(2025, 2, 12)  # a Wednesday


def _tag(text: str, dct: dt.date | None = DCT) -> list[tuple[str, str, str, str | None]]:
    return [(text[t.start : t.end], t.type, t.value, t.mod)
            for t in tag_text(text, dct, narrative=False, language="en")]


# (text, span, type, value, mod): the last expression found in the text.
ABSOLUTE = [
    ("The talks took place on February 12, 2025, in Riyadh.", "February 12, 2025", "DATE", "2025-02-12", None),
    ("They met on 12 February 2025.", "12 February 2025", "DATE", "2025-02-12", None),
    ("They met on the 12th of February.", "the 12th of February", "DATE", "2025-02-12", None),
    ("He arrived on Feb. 12.", "Feb. 12", "DATE", "2025-02-12", None),
    ("On Monday, Feb. 10, they met.", "Monday, Feb. 10", "DATE", "2025-02-10", None),
    ("The strike came on Sept. 3 2024.", "Sept. 3 2024", "DATE", "2024-09-03", None),
    ("In March 2022 Russian troops withdrew.", "March 2022", "DATE", "2022-03", None),
    ("The decree is dated 2025-02-10.", "2025-02-10", "DATE", "2025-02-10", None),
    ("The decree is dated 13/02/2025.", "13/02/2025", "DATE", "2025-02-13", None),
    ("The decree is dated 2/13/2025.", "2/13/2025", "DATE", "2025-02-13", None),
    ("It rained in 2024.", "2024", "DATE", "2024", None),
    ("The year 2024 was hot.", "year 2024", "DATE", "2024", None),
    ("In the summer of 2023 the counteroffensive began.", "summer of 2023", "DATE", "2023-SU", None),
    ("In the 1990s, the economy collapsed.", "1990s", "DATE", "199", None),
    ("Music of the '80s.", "80s", "DATE", "198", None),
    ("Life in the nineties.", "nineties", "DATE", "199", None),
    ("The wars of the 20th century.", "20th century", "DATE", "19", None),
    ("The wars of the nineteenth century.", "nineteenth century", "DATE", "18", None),
    ("Sales fell in the first quarter of 2025.", "first quarter of 2025", "DATE", "2025-Q1", None),
    ("Sales fell in Q1 2025.", "Q1 2025", "DATE", "2025-Q1", None),
    ("Sales fell in the first half of the year.", "first half", "DATE", "2025-H1", None),
    ("Easter 2024 came early.", "Easter 2024", "DATE", "2024-03-31", None),
    ("Since 9/11 the world changed.", "9/11", "DATE", "2001-09-11", "AFTER"),
    ("He spoke on New Year's Day.", "New Year's Day", "DATE", "2025-01-01", None),
    ("Fighting resumed at Christmas.", "Christmas", "DATE", "2024-12-25", None),
]

MODIFIED = [
    ("Russia has occupied Crimea since 2014.", "2014", "DATE", "2014", "AFTER"),
    ("Prices have risen since the 1990s.", "1990s", "DATE", "199", "AFTER"),
    ("It stays in force until March 2026.", "March 2026", "DATE", "2026-03", "BEFORE"),
    ("The offensive began in mid-March.", "mid-March", "DATE", "2025-03", "MID"),
    ("It was calm until the end of 2024.", "end of 2024", "DATE", "2024", "END"),
    ("Elections were held in late 2024.", "late 2024", "DATE", "2024", "END"),
    ("That was mid-2019.", "mid-2019", "DATE", "2019", "MID"),
    ("Growth was strong in the early 2000s.", "early 2000s", "DATE", "200", "START"),
    ("Around 2000 the company grew.", "Around 2000", "DATE", "2000", "APPROX"),
]

RELATIVE = [
    ("Trump spoke with Putin on Wednesday.", "Wednesday", "DATE", "2025-02-12", None),
    ("Trump spoke with Zelensky on Monday.", "Monday", "DATE", "2025-02-10", None),
    ("Trump will meet Putin on Friday.", "Friday", "DATE", "2025-02-14", None),
    ("The attack came on Wednesday night.", "Wednesday night", "TIME", "2025-02-12TNI", None),
    ("Prices rose last week.", "last week", "DATE", "2025-W06", None),
    ("The summit is planned for next month.", "next month", "DATE", "2025-03", None),
    ("This year the economy grew.", "This year", "DATE", "2025", None),
    ("It snowed last March.", "last March", "DATE", "2024-03", None),
    ("It was hot last summer.", "last summer", "DATE", "2024-SU", None),
    ("Talks will resume this fall.", "this fall", "DATE", "2025-FA", None),
    ("The army attacked yesterday.", "yesterday", "DATE", "2025-02-11", None),
    ("He speaks today.", "today", "DATE", "2025-02-12", None),
    ("He will return tomorrow morning.", "tomorrow morning", "TIME", "2025-02-13TMO", None),
    ("Sirens sounded last night.", "last night", "TIME", "2025-02-11TNI", None),
    ("He will speak tonight.", "tonight", "TIME", "2025-02-12TNI", None),
    ("Earlier this month, the minister resigned.", "Earlier this month", "DATE", "2025-02", None),
    ("Talks could resume early next year.", "early next year", "DATE", "2026", "START"),
    ("The deal was signed late last year.", "late last year", "DATE", "2024", "END"),
    ("The budget is due by the end of the year.", "end of the year", "DATE", "2025", "END"),
    ("Two days ago the ceasefire collapsed.", "Two days ago", "DATE", "2025-02-10", None),
    ("Nearly a year ago he resigned.", "Nearly a year ago", "DATE", "2024", "LESS_THAN"),
    ("The ceasefire begins in two weeks.", "in two weeks", "DATE", "2025-02-26", None),
    ("The talks began in March and ended in May.", "May", "DATE", "2025-05", None),
    ("The talks will take place in May.", "May", "DATE", "2025-05", None),
    ("He will visit on Feb 20.", "Feb 20", "DATE", "2025-02-20", None),
    ("The meeting ended at 3 p.m. local time.", "3 p.m. local time", "TIME", "2025-02-12T15:00", None),
    ("The meeting resumed at 10:30 a.m.", "10:30 a.m.", "TIME", "2025-02-12T10:30", None),
]

ANAPHORIC = [
    ("They met on March 3, 2022. Three weeks later, they signed a deal.", "Three weeks later", "DATE",
     "2022-03-24", None),
    ("They met on March 3, 2022. A week later the deal fell apart.", "A week later", "DATE", "2022-03-10", None),
    ("They met on March 3, 2022, and had talked the day before.", "the day before", "DATE", "2022-03-02", None),
    ("The war began in 2014 and escalated in March.", "March", "DATE", "2014-03", None),
    ("They fought from March to May 2022. The following year peace came.", "The following year", "DATE",
     "2023", None),
    ("The truce began on May 8, 2022. The next day fighting resumed.", "The next day", "DATE", "2022-05-09", None),
    ("The truce began on May 8, 2022. On the same day fighting resumed.", "the same day", "DATE", "2022-05-08",
     None),
]

DURATIONS_AND_SETS = [
    ("The call lasted about 90 minutes.", "about 90 minutes", "DURATION", "PT90M", "APPROX"),
    ("The siege lasted more than 100 days.", "more than 100 days", "DURATION", "P100D", "MORE_THAN"),
    ("He served for two years and three months.", "two years and three months", "DURATION", "P2Y3M", None),
    ("He stayed for a week.", "a week", "DURATION", "P1W", None),
    ("The talks took several weeks.", "several weeks", "DURATION", "PXW", None),
    ("They have fought for years.", "years", "DURATION", "PXY", None),
    ("Prices rose in the past three weeks.", "past three weeks", "DURATION", "P3W", None),
    ("In recent years, prices rose.", "recent years", "DURATION", "PXY", None),
    ("He arrived for a three-day visit.", "three-day", "DURATION", "P3D", None),
    ("They held a 90-minute call.", "90-minute", "DURATION", "PT90M", None),
    ("The drones come every Monday.", "every Monday", "SET", "XXXX-WXX-1", None),
    ("The drones come on Mondays.", "Mondays", "SET", "XXXX-WXX-1", None),
    ("Reports are published daily.", "daily", "SET", "P1D", None),
    ("They meet once a week.", "once a week", "SET", "P1W", None),
]


@pytest.mark.parametrize(
    ("text", "span", "kind", "value", "mod"), ABSOLUTE + MODIFIED + RELATIVE + ANAPHORIC + DURATIONS_AND_SETS
)
def test_expression(text: str, span: str, kind: str, value: str, mod: str | None) -> None:
    found = _tag(text)
    assert found, f"nothing found in {text!r}"
    assert found[-1] == (span, kind, value, mod)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Counts, not years: English writes thousands with a comma, and a noun after a number
        # makes it a quantity.
        ("Russia is losing 30,000 soldiers a month.", []),
        ("More than 1500 troops crossed; Resolution 2231 applies.", []),
        # Verbs and names that are month or season words.
        ("Russia may attack. March on!", []),
        ("The fall of Kabul shocked the West.", []),
        ("The Arab Spring began in Tunisia.", []),
        # Ages, not decades; a sports half, not a half-year.
        ("In his 80s he retired.", []),
        ("In the first half of the match he scored.", []),
        # Day and month order unknown: skipped, not guessed.
        ("The decree is dated 12/02/2025.", []),
        # "shortly after" counts from its object, not from the last date.
        ("Shortly after the vote, he resigned.", []),
    ],
)
def test_not_dates(text: str, expected: list[str]) -> None:
    assert [span for span, *_ in _tag(text)] == expected


def test_without_document_date() -> None:
    assert _tag("He arrived on Feb. 12 and left yesterday.", None) == [
        ("Feb. 12", "DATE", "XXXX-02-12", None), ("yesterday", "DATE", "XXXX-XX-XX", None)]


def test_time_stage_uses_english_for_english_documents() -> None:
    doc = Document(id="e1", source="x.txt", body="Trump spoke with Putin on Wednesday, two days ago.",
                   published="2025-02-14T09:00", language="en")
    assert [t.value for t in time_stage(doc).timexes] == ["2025-02-12", "2025-02-12"]


def test_german_rules_stay_german() -> None:
    # The same call in German goes through the German table, untouched by the English one.
    text = "Am 12. Februar 2025 telefonierte Trump mit Putin."
    assert [t.value for t in tag_text(text, DCT, narrative=False)] == ["2025-02-12"]
    assert tag_text("On February 12, 2025 Trump called Putin.", DCT, narrative=False, language="en")[0].value == (
        "2025-02-12")
