"""Calendar points at their true granularity, their TIMEX values and the days they cover.

A :class:`Point` is what a temporal expression denotes once resolved: a year, a month, a day,
a season, a quarter or half, a week, a decade or a century (with a flag for years before
Christ). The tagger moves points (``shift``), formats them as TIMEX values (``value``) and
turns them into the inclusive day interval of :class:`lagebild.model.DateValue` (``interval``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

#: Granularities from the finest to the coarsest; ``Point.gran`` is one of them.
GRANULARITIES = ("day", "week", "month", "season", "quarter", "half", "year", "decade", "century")

# The months each season covers; winter starts in December of its year (TIMEX convention:
# "1940-WI" is December 1940 to February 1941).
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


@dataclass(frozen=True, slots=True)
class Point:
    """A calendar point. ``year`` is astronomical for AD years; ``bc`` marks years before Christ.

    ``part`` holds the season code (``SU``), quarter (``Q1``) or half (``H2``) for those
    granularities, the week number for ``week``.
    """

    gran: str
    year: int
    month: int | None = None
    day: int | None = None
    part: str | None = None
    bc: bool = False

    def as_date(self) -> dt.date | None:
        """The day, where the point is one."""
        if self.gran != "day" or self.bc or self.month is None or self.day is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None


def day_point(d: dt.date) -> Point:
    """The point of one calendar day."""
    return Point("day", d.year, d.month, d.day)


def valid_day(year: int, month: int, day: int) -> bool:
    """True where the day exists in the (proleptic Gregorian) calendar."""
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def value(p: Point) -> str:
    """The TIMEX value of a point: ``2025-02-12``, ``2025-02``, ``2025-SU``, ``199``, ``BC0490``."""
    if p.bc:
        if p.gran == "century":
            return f"BC{p.year:02d}"
        if p.gran == "decade":
            return f"BC{p.year:03d}"
        return f"BC{p.year:04d}" + (f"-{p.part}" if p.gran == "season" and p.part else "")
    if p.gran == "century":
        return f"{p.year:02d}"
    if p.gran == "decade":
        return f"{p.year:03d}"
    y = f"{p.year:04d}"
    if p.gran == "year":
        return y
    if p.gran in ("season", "quarter", "half"):
        return f"{y}-{p.part}"
    if p.gran == "week":
        return f"{y}-W{int(p.part or 1):02d}"
    if p.gran == "month":
        return f"{y}-{p.month:02d}"
    return f"{y}-{p.month:02d}-{p.day:02d}"


def _last_day(year: int, month: int) -> int:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).day


def interval(p: Point) -> tuple[dt.date, dt.date] | None:
    """The first and last day a point covers (None before Christ or outside the calendar)."""
    if p.bc or p.year < 1 or p.year > 9998:
        return None
    y = p.year
    if p.gran == "day":
        d = p.as_date()
        return (d, d) if d else None
    if p.gran == "month" and p.month:
        return dt.date(y, p.month, 1), dt.date(y, p.month, _last_day(y, p.month))
    if p.gran == "week":
        first = dt.date.fromisocalendar(y, int(p.part or 1), 1)
        return first, first + dt.timedelta(days=6)
    if p.gran == "season" and p.part in _SEASON_MONTHS:
        m0, m1 = _SEASON_MONTHS[p.part]
        y1, m1 = (y + 1, m1 - 12) if m1 > 12 else (y, m1)
        return dt.date(y, m0, 1), dt.date(y1, m1, _last_day(y1, m1))
    if p.gran in ("quarter", "half") and p.part:
        n = int(p.part[1:])
        span = 3 if p.gran == "quarter" else 6
        m0 = (n - 1) * span + 1
        return dt.date(y, m0, 1), dt.date(y, m0 + span - 1, _last_day(y, m0 + span - 1))
    if p.gran == "year":
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if p.gran == "decade":
        return dt.date(max(1, y * 10), 1, 1), dt.date(y * 10 + 9, 12, 31)
    if p.gran == "century":
        return dt.date(max(1, y * 100), 1, 1), dt.date(y * 100 + 99, 12, 31)
    return None


def narrow(span: tuple[dt.date, dt.date], mod: str | None) -> tuple[dt.date, dt.date]:
    """The part of an interval that "Anfang/Mitte/Ende" (START/MID/END) points to: its thirds."""
    if mod not in ("START", "MID", "END"):
        return span
    first, last = span
    third = (last - first).days // 3
    if mod == "START":
        return first, first + dt.timedelta(days=third)
    if mod == "MID":
        return first + dt.timedelta(days=third), last - dt.timedelta(days=third)
    return last - dt.timedelta(days=third), last


def shift(p: Point, unit: str, n: int) -> Point:
    """Move a point by ``n`` units (D, W, M, Q, H, Y, DE, CE); a unit finer than the point
    leaves it where it is."""
    if p.bc:
        # Years before Christ count down: 490 v. Chr. plus two years is 488 v. Chr.
        return replace(p, year=p.year - n) if unit == "Y" else p
    if unit == "D" or (unit == "W" and p.gran == "day"):
        d = p.as_date()
        if d is None:
            return p
        return day_point(d + dt.timedelta(days=n * (7 if unit == "W" else 1)))
    if unit == "W" and p.gran == "week":
        first = dt.date.fromisocalendar(p.year, int(p.part or 1), 1) + dt.timedelta(weeks=n)
        iso = first.isocalendar()
        return Point("week", iso[0], part=str(iso[1]))
    if unit == "M" and p.month is not None:
        k = p.year * 12 + p.month - 1 + n
        y, m = divmod(k, 12)
        day = min(p.day, _last_day(y, m + 1)) if p.day else None
        return replace(p, year=y, month=m + 1, day=day)
    if unit in ("Q", "H") and p.part:
        size = 4 if unit == "Q" else 2
        k = p.year * size + int(p.part[1:]) - 1 + n
        y, i = divmod(k, size)
        return replace(p, year=y, part=f"{unit}{i + 1}")
    if unit == "DE":
        return replace(p, year=p.year + n) if p.gran == "decade" else replace(p, year=p.year + 10 * n)
    if unit == "CE":
        return replace(p, year=p.year + n) if p.gran == "century" else replace(p, year=p.year + 100 * n)
    if unit != "Y":
        return p  # a unit the point cannot move by (weeks of a month, quarters of a year)
    if p.gran == "day" and p.month == 2 and p.day == 29 and not valid_day(p.year + n, 2, 29):
        return replace(p, year=p.year + n, day=28)
    return replace(p, year=p.year + n)


def coarsen(p: Point, gran: str) -> Point:
    """The same point at a coarser granularity (a day as its month, a month as its year)."""
    if gran == p.gran:
        return p
    if gran == "year":
        return Point("year", p.year, bc=p.bc)
    if gran == "month" and p.month is not None:
        return Point("month", p.year, p.month, bc=p.bc)
    if gran == "decade":
        return Point("decade", p.year // 10, bc=p.bc)
    if gran == "week" and p.gran == "day":
        d = p.as_date()
        if d is not None:
            iso = d.isocalendar()
            return Point("week", iso[0], part=str(iso[1]))
    return p


def season_of(d: dt.date) -> Point:
    """The season a day falls in (January and February belong to the previous year's winter)."""
    if d.month in (1, 2):
        return Point("season", d.year - 1, part="WI")
    for code, (m0, m1) in _SEASON_MONTHS.items():
        if m0 <= d.month <= m1:
            return Point("season", d.year, part=code)
    return Point("season", d.year, part="WI")


def easter(year: int) -> dt.date:
    """Easter Sunday (Gregorian calendar; the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return dt.date(year, month, day + 1)
