"""Dates in the forms news pages write them, and the inferred publication date."""

from __future__ import annotations

import pytest

from lagebild.ingest.dates import dateline_date, find_dates, infer_published, iso_date, url_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("21. Januar 2025, 18:00 Uhr · Quelle: InvestmentWeek", "2025-01-21T18:00"),
        ("15.01.2026, 09:31 Uhr", "2026-01-15T09:31"),
        ("24. Februar 2025", "2025-02-24"),
        ("Stand: 3. März 2024 um 9.05 Uhr", "2024-03-03T09:05"),
        ("[InvestmentWeek] · 21.01.2025 · 18:00 Uhr", "2025-01-21T18:00"),
        ("Veröffentlicht am 2021-11-03", "2021-11-03"),
        ("Wien, 7. Jänner 2016", "2016-01-07"),
        ("January 21, 2025", "2025-01-21"),
        ("21 January 2025", "2025-01-21"),
        ("am 4.2.22 geschrieben", "2022-02-04"),
        ("4. 9. 2024", "2024-09-04"),  # the taz's spacing
    ],
)
def test_find_dates(text: str, iso: str) -> None:
    assert [h.iso for h in find_dates(text)] == [iso]


@pytest.mark.parametrize("text", ["31. Februar 2025", "Seite 12.13", "im Jahr 2025", "am 12. Februar",
                                  "NR. 4 JANUAR 2025"])  # a German day has its full stop: an issue number
def test_no_date(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("body", "published"),
    [
        # the latest reported past date wins; an announced one does not count
        ("Am 28. Januar 2017 telefonierten sie. Am 18. Februar 2025 fanden Gespräche statt.\n\n"
         "Ein weiteres Gespräch wurde für den 18. März 2025 angekündigt.", "2025-02-18"),
        ("Das Treffen soll am 3. Mai 2025 stattfinden.", None),
        ("Im Februar 2025 gab es ein Telefonat.", None),  # no full date: nothing is safe
        # a background sentence's date does not date the article
        ("Die Parteien einigten sich am Mittwoch. Auslöser des Krieges war das Massaker am 7. Oktober 2023.", None),
        ("Am 15. Januar 2025 einigten sie sich. Seit dem 7. Oktober 2023 herrscht Krieg.", "2025-01-15"),
    ],
)
def test_infer_published(body: str, published: str | None) -> None:
    assert infer_published(body) == published


@pytest.mark.parametrize(
    ("value", "iso"),
    [("2025-01-21T18:00:00+01:00", "2025-01-21T18:00"), ("2025-01-21T00:00:00Z", "2025-01-21"),
     ("21.01.2025", "2025-01-21"), ("gestern", None)],
)
def test_iso_date(value: str, iso: str | None) -> None:
    assert iso_date(value) == iso


@pytest.mark.parametrize(
    ("url", "iso"),
    [("https://example.de/politik/2025/03/12/reform-beschlossen/", "2025-03-12"),
     ("https://example.de/news/reform-2025-03-12-beschlossen.html", "2025-03-12"),
     ("https://example.de/artikel_20250312_reform", "2025-03-12"),
     ("https://www.example.de/politik/reform-id12345678.html", None),
     ("https://2025.example.de/a/2025/13/40/", None), (None, None)],
)
def test_url_date(url: str | None, iso: str | None) -> None:
    assert url_date(url) == iso


def _everywhere(text: str) -> list[tuple[int, int, str, str | None]]:
    """find_dates as it was before the windows: every pattern over the whole text."""
    from datetime import date

    from lagebild.ingest.dates import _patterns
    from lagebild.ingest.lexicon import lexicon

    hits = []
    for pat in _patterns():
        for m in pat.finditer(text):
            g = m.groupdict()
            month = int(g["m"]) if g.get("m") else lexicon().months.get(g["mn"].lower().rstrip("."), 0)
            year = int(g["y"]) + (2000 if int(g["y"]) < 100 else 0)
            try:
                day = date(year, month, int(g["d"]))
            except ValueError:
                continue
            hits.append((m.start(), m.end(), day.isoformat(), f"{int(g['hh']):02d}:{g['mi']}" if g.get("hh") else None))
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    out: list[tuple[int, int, str, str | None]] = []
    for h in hits:
        if not out or h[0] >= out[-1][1]:
            out.append(h)
    return out


def test_dates_found_in_windows_are_those_of_the_whole_text() -> None:
    import random

    rng = random.Random(7)
    forms = ["24. Februar 2025", "Mittwoch, 30. September 2025, 14:05 Uhr", "1.1.2020", "4. 9. 2024",
             "2025-03-18T09:12", "March 18, 2025", "18 March 2025 at 9:30", "12/03/2025", "2025", "3.5 Prozent"]
    for _ in range(200):
        parts = [rng.choice(forms) if rng.random() < 0.3 else "x" * rng.randint(0, 90) for _ in range(12)]
        text = rng.choice(["", " ", "\n"]).join(parts)
        got = [(h.start, h.end, h.day, h.time) for h in find_dates(text)]
        assert got == _everywhere(text), text


@pytest.mark.parametrize(
    ("body", "iso"),
    [
        # the lead's weekday is the dateline's day; the text's latest year bounds the year
        ("JAKARTA/HANOI, March 9 (Reuters) - Vietnam summoned Indonesia's ambassador on Monday. "
         "It called the seizure a violation of a 2023 agreement.", "2026-03-09"),
        ("WASHINGTON, Oct. 3 (AP) — The Senate voted on Friday to end the 2024 shutdown.", "2025-10-03"),
        # no weekday in the lead, or no year in the text: the year is not guessed
        ("KUALA LUMPUR, March 16 (Reuters) - Talks began. On Monday, in 2025, more followed.", None),
        ("KUALA LUMPUR, March 16 (Reuters) - Indonesia released 20 fishermen on Monday.", None),
        # a dateline with its year is read as a date line, not here
        ("Vietnam summoned the ambassador on Monday, March 9, 2026.", None),
        # trial 7: a year before a comma is a year ("since May 2022, the ministry says")
        ("ROME, Feb 4 (Reuters) - Italy and Libya signed a migration pact on Tuesday. More than 9,000 "
         "people have crossed since May 2022, the ministry says.", "2025-02-04"),
        # trial 7: no weekday in the lead, a day named with its weekday near the dateline instead
        ("ROME, Feb 4 (Reuters) - Italy and Libya signed a migration pact. It takes effect on Sunday, "
         "February 9, a year after the 2024 talks.", "2025-02-04"),
        ("OSLO, Dec 30 (Reuters) - Talks are planned. They begin Friday (Jan. 3), after the 2019 summit.",
         "2019-12-30"),
        # ... not one months away, nor one without a year named anywhere
        ("ROME, Feb 4 (Reuters) - Italy and Libya signed a pact. It takes effect on Sunday, August 9, "
         "a year after the 2024 talks.", None),
        ("ROME, Feb 4 (Reuters) - Italy and Libya signed a pact. It takes effect on Sunday, February 9.", None),
        # "2.025" and "12,2025" are no years
        ("ROME, Feb 4 (Reuters) - Italy paid 2.025 billion euros on Tuesday, 12,2025 in all.", None),
    ],
)
def test_dateline_date(body: str, iso: str | None) -> None:
    assert dateline_date(body) == iso
