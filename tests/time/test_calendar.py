"""Calendar points: TIMEX values, intervals and moves."""

from __future__ import annotations

import datetime as dt

import pytest

from lagebild.time.calendar import Point, easter, interval, narrow, shift, value


@pytest.mark.parametrize(
    ("point", "expected"),
    [
        (Point("day", 2025, 2, 12), "2025-02-12"),
        (Point("month", 2025, 2), "2025-02"),
        (Point("season", 2025, part="SU"), "2025-SU"),
        (Point("quarter", 2024, part="Q1"), "2024-Q1"),
        (Point("week", 2025, part="10"), "2025-W10"),
        (Point("year", 2017), "2017"),
        (Point("decade", 199), "199"),
        (Point("century", 19), "19"),
        (Point("year", 490, bc=True), "BC0490"),
        (Point("century", 5, bc=True), "BC05"),
    ],
)
def test_value(point: Point, expected: str) -> None:
    assert value(point) == expected


@pytest.mark.parametrize(
    ("point", "first", "last"),
    [
        (Point("month", 2024, 2), "2024-02-01", "2024-02-29"),
        (Point("season", 2024, part="WI"), "2024-12-01", "2025-02-28"),
        (Point("half", 2023, part="H2"), "2023-07-01", "2023-12-31"),
        (Point("week", 2025, part="10"), "2025-03-03", "2025-03-09"),
        (Point("century", 19), "1900-01-01", "1999-12-31"),
    ],
)
def test_interval(point: Point, first: str, last: str) -> None:
    span = interval(point)
    assert span is not None
    assert (span[0].isoformat(), span[1].isoformat()) == (first, last)


def test_no_interval_before_christ() -> None:
    assert interval(Point("year", 490, bc=True)) is None


@pytest.mark.parametrize(
    ("mod", "first", "last"),
    [("START", "2025-02-01", "2025-02-10"), ("MID", "2025-02-10", "2025-02-19"),
     ("END", "2025-02-19", "2025-02-28"), (None, "2025-02-01", "2025-02-28")],
)
def test_narrow(mod: str | None, first: str, last: str) -> None:
    span = narrow((dt.date(2025, 2, 1), dt.date(2025, 2, 28)), mod)
    assert (span[0].isoformat(), span[1].isoformat()) == (first, last)


@pytest.mark.parametrize(
    ("point", "unit", "n", "expected"),
    [
        (Point("day", 2025, 1, 31), "D", 1, Point("day", 2025, 2, 1)),
        (Point("month", 2025, 11), "M", 3, Point("month", 2026, 2)),
        (Point("day", 2024, 2, 29), "Y", 1, Point("day", 2025, 2, 28)),
        (Point("quarter", 2024, part="Q4"), "Q", 1, Point("quarter", 2025, part="Q1")),
        (Point("year", 490, bc=True), "Y", 2, Point("year", 488, bc=True)),
        (Point("year", 1864), "W", 3, Point("year", 1864)),
    ],
)
def test_shift(point: Point, unit: str, n: int, expected: Point) -> None:
    assert shift(point, unit, n) == expected


@pytest.mark.parametrize(("year", "day"), [(2024, "2024-03-31"), (2025, "2025-04-20"), (1945, "1945-04-01")])
def test_easter(year: int, day: str) -> None:
    assert easter(year).isoformat() == day
