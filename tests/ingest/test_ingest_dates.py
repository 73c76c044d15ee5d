"""Dates in the forms news pages write them, and the inferred publication date."""

from __future__ import annotations

import pytest

from lagebild.ingest.dates import find_dates, infer_published, iso_date, url_date


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


@pytest.mark.parametrize("text", ["31. Februar 2025", "Seite 12.13", "im Jahr 2025", "am 12. Februar"])
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
