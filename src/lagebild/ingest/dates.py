"""Dates as news pages write them: "21. Januar 2025, 18:00 Uhr", "15.01.2026, 09:31 Uhr", "2025-02-24".

Pure functions over strings. :func:`find_dates` finds every absolute calendar date (with the time
of day where one follows it); :func:`infer_published` picks the latest date an article reports as
past, for articles that carry no date of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from lagebild.ingest.lexicon import lexicon

#: The time of day after a date: ", 18:00 Uhr", " um 9.31 Uhr", " · 18:00", "T18:00".
_TIME = r"(?:\s*(?:,|·|\||-|–|—|um|at|T)?\s*(?P<hh>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)(?::[0-5]\d)?(?:\s*(?:Uhr|h)\b)?)?"

@dataclass(frozen=True, slots=True)
class DateHit:
    """An absolute date found in a text, with its offsets and the time of day if given."""

    start: int
    end: int
    day: str  # ISO YYYY-MM-DD
    time: str | None = None  # HH:MM

    @property
    def iso(self) -> str:
        """``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``."""
        return f"{self.day}T{self.time}" if self.time else self.day


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    m = lexicon().month_re
    # the English orders take English month names only: a German day has its full stop
    # ("4. Januar 2025"), and "NR. 4 JANUAR 2025" heading a PDF is an issue of January
    en = lexicon().month_re_en
    return (
        re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)" + _TIME),
        re.compile(rf"(?<![\d.])(?P<d>[0-3]?\d)\.\s*(?P<mn>{m})\.?\s+(?P<y>(?:19|20)\d\d)(?!\d)" + _TIME,
                   re.IGNORECASE),
        re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d|\d\d)(?![\d])" + _TIME),
        # With spaces, as the taz and others write it: "4. 9. 2024" (a full year only).
        re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\. (?P<m>[01]?\d)\. (?P<y>(?:19|20)\d\d)(?!\d)" + _TIME),
        re.compile(rf"\b(?P<mn>{en})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)(?!\d)" + _TIME,
                   re.IGNORECASE),
        re.compile(rf"(?<![\d.])(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<mn>{en})\.?,?\s+(?P<y>(?:19|20)\d\d)(?!\d)"
                   + _TIME, re.IGNORECASE),
        re.compile(r"(?<!\d)(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>(?:19|20)\d\d)(?!\d)" + _TIME),
    )


#: Every date form has a four-digit year or a dotted number: most lines have neither.
_MAYBE_DATE = re.compile(r"(?:19|20)\d\d|\d\.\d")
#: How far a date reaches before and after its year or dotted number ("Mittwoch, 30. September
#: 2025" before the year; ", 14:05 Uhr" after it).
_BEFORE, _AFTER = 48, 72


def find_dates(text: str) -> list[DateHit]:
    """Every absolute date in ``text``, in order, overlaps resolved left-most-longest."""
    # Every date has a year or a dotted number (the candidates): the patterns are run only in
    # windows around them, which most of a text is not (a fifth of the cost on news articles).
    windows: list[list[int]] = []
    for c in _MAYBE_DATE.finditer(text):
        a, b = max(0, c.start() - _BEFORE), min(len(text), c.end() + _AFTER)
        if windows and a <= windows[-1][1]:
            windows[-1][1] = b
        else:
            windows.append([a, b])
    if not windows:
        return []
    months = lexicon().months
    hits: list[DateHit] = []
    for pat, (a, b) in ((pat, w) for pat in _patterns() for w in windows):
        for found in pat.finditer(text, a, b):
            # a match that runs to the window's end may go on behind it (its lookahead saw the
            # window's end as the text's): match it again on the whole text
            m = found if found.end() < b or b == len(text) else pat.match(text, found.start())
            if m is None:
                continue
            g = m.groupdict()
            month = int(g["m"]) if g.get("m") else months.get(g["mn"].lower().rstrip("."), 0)
            year = int(g["y"])
            year = year + 2000 if year < 100 else year
            try:
                day = date(year, month, int(g["d"]))
            except ValueError:
                continue
            time = f"{int(g['hh']):02d}:{g['mi']}" if g.get("hh") else None
            hits.append(DateHit(m.start(), m.end(), day.isoformat(), time))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[DateHit] = []
    for h in hits:
        if not out or h.start >= out[-1].end:
            out.append(h)
    return out


def infer_published(body: str) -> str | None:
    """The latest date the body reports as past, or None when no date makes that safe.

    Only full dates (day, month, year) count, and only in sentences without a marker of the
    future or of plans ("angekündigt", "soll", "wird" ...; ``future_markers`` in the data): an
    article written after its latest reported event cannot be older than that event, but an
    announced date says nothing. Motivated by seed 002: "Gespräche … am 18. Februar 2025" is the
    inferred date, "ein weiteres Gespräch wurde für den 18. März 2025 angekündigt" is not.
    """
    best: str | None = None
    future, background = lexicon().future, lexicon().background
    for par in body.split("\n"):  # paragraph by paragraph: most hold no date and are skipped fast
        for h in find_dates(par):
            lo = par.rfind(". ", 0, h.start) + 1
            hi = par.find(". ", h.end)
            sentence = par[lo: hi if hi >= 0 else len(par)]
            # nor in a sentence that tells the background: "Auslöser des Krieges war das
            # Massaker am 7. Oktober 2023" closes a report of January 2025
            if future.search(sentence) or background.search(sentence):
                continue
            if best is None or h.day > best:
                best = h.day
    return best


#: A wire story's dateline with month and day but no year: "KUALA LUMPUR, March 16 (Reuters) -",
#: "WASHINGTON, Oct. 3 (AP) —" (Reuters and AP print no year there).
@lru_cache(maxsize=1)
def _dateline_day() -> re.Pattern[str]:
    return re.compile(rf"[^()\n]{{2,80}}?,\s*(?P<mn>{lexicon().month_re_en})\.?\s+(?P<d>[0-3]?\d)\s*"
                      r"\((?:Reuters|AP|AFP|Bloomberg|UPI)\)\s*[-–—]", re.IGNORECASE)


#: a year named in the text: not a part of a larger number ("2.025", "12,2025"), but a year
#: before a comma or a full stop is one ("since October 2023, according to …", trial 7)
_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?!\d|[.,]\d)")
_LEAD_WEEKDAY = re.compile(r"\bon\s+(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


#: a day the text names with its weekday: "on Sunday, January 19", "Sunday (Jan. 19)"
@lru_cache(maxsize=1)
def _weekday_date() -> re.Pattern[str]:
    return re.compile(r"\b(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*\(?"
                      rf"(?P<mn>{lexicon().month_re_en})\.?\s+(?P<d>[0-3]?\d)(?!\d)(?!,?\s*(?:19|20)\d\d)",
                      re.IGNORECASE)


#: how far from the dateline's day a day named with its weekday may lie to date the dateline
_NEAR_DAYS = 60


def _first_fit(month: int, day: int, weekday: int, since: int) -> date | None:
    """The first day ``month``/``day`` on ``weekday`` from the year ``since`` on (ten years at most)."""
    for year in range(since, since + 11):
        try:
            d = date(year, month, day)
        except ValueError:  # February 29 in a common year
            continue
        if d.weekday() == weekday:
            return d
    return None


def dateline_date(body: str) -> str | None:
    """The day of a wire story whose dateline gives month and day only, or None.

    Wire style names the dateline's day by its weekday in the lead ("JAKARTA, March 9 (Reuters) -
    Vietnam summoned Indonesia's ambassador … on Monday"), and an article is no older than the
    latest year it names ("a 2023 agreement"): the day is the first year from that one on in which
    March 9 is a Monday (2026). Where the lead names no weekday, a day the text names with its
    weekday near the dateline's serves the same way ("Jan 15 (Reuters) … will take effect on
    Sunday, January 19" after "since October 2023": January 19 is a Sunday in 2025, so the
    dateline is 2025-01-15; trial 7). Where the text names no such weekday, or no year, the year
    is not guessed (the weekdays of a date repeat every five to eleven years, and the day the
    analysis runs is no evidence of the article's). Only the first year within ten of the latest
    named is taken; the caller marks the date as inferred.
    """
    m = _dateline_day().match(body)
    if not m:
        return None
    years = [int(y) for y in _YEAR.findall(body)]
    if not years:
        return None
    months, weekdays = lexicon().months, lexicon().weekdays_en
    month, day = months[m.group("mn").casefold()], int(m.group("d"))
    lead_end = body.find(". ", m.end())
    if w := _LEAD_WEEKDAY.search(body, m.end(), lead_end if lead_end > 0 else len(body)):
        d = _first_fit(month, day, weekdays[w.group("w").casefold()], max(years))
        return d.isoformat() if d else None
    for named in _weekday_date().finditer(body, m.end()):
        other = _first_fit(months[named.group("mn").casefold()], int(named.group("d")),
                           weekdays[named.group("w").casefold()], max(years))
        if other is None:
            continue
        # the dateline's day in the year that puts it nearest the named day ("Dec 30 … Friday,
        # January 3" is the year before)
        for year in (other.year, other.year - 1, other.year + 1):
            try:
                d = date(year, month, day)
            except ValueError:
                continue
            if abs((other - d).days) <= _NEAR_DAYS:
                return d.isoformat() if year >= max(years) else None
        return None
    return None


def iso_date(value: str) -> str | None:
    """A date given as metadata, in ISO form: ``2025-01-21T18:00:00+01:00`` -> ``2025-01-21T18:00``.

    German and English forms ("21.01.2025") are read with :func:`find_dates`; a time of
    00:00 is dropped, since feeds write it for dates without a time.
    """
    m = re.match(r"\s*((?:19|20)\d\d-[01]\d-[0-3]\d)(?:[T ]([0-2]\d:[0-5]\d))?", value)
    if m:
        return f"{m.group(1)}T{m.group(2)}" if m.group(2) and m.group(2) != "00:00" else m.group(1)
    hits = find_dates(value)
    return hits[0].iso if hits else None


#: A date in a URL's path: "/2025/03/12/", "/2025-03-12-", "_20250312".
_URL_DATE = re.compile(r"(?<![\d])((?:19|20)\d\d)([/_-]?)([01]\d)\2([0-3]\d)(?![\d])")


def url_date(url: str | None) -> str | None:
    """The date a URL's path holds (``…/2025/03/12/slug``), or None; the host is not read."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url)
    for m in _URL_DATE.finditer(path):
        try:
            return date(int(m.group(1)), int(m.group(3)), int(m.group(4))).isoformat()
        except ValueError:
            continue
    return None
