"""Normalisation: from a rule's match to a TIMEX type, value and modifier.

The tagger walks the matches in text order with a :class:`Context` that knows the document
date and the last date mentioned. Three kinds of anchor are used, because German news and
narrative dates point in three ways:

* deictic expressions ("gestern", "vor acht Jahren", "heute") count from the document date;
* anaphoric ones ("am selben Tag", "zwei Tage später", "kurz darauf", "im folgenden Jahr")
  from the last date mentioned;
* underspecified ones ("am 12. Februar", "im Sommer", "im vergangenen Jahr") from the last
  date mentioned where the text is a narrative (a history article), else from the document
  date, choosing the year by the tense of the sentence ("am 12. Februar telefonierte" on
  2025-02-24: 2025; "wird am 12. Februar" on 2025-12-01: 2026).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import Literal

from lagebild.time import calendar as cal
from lagebild.time.calendar import Point
from lagebild.time.lexicon import Lexicon

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True, slots=True)
class Result:
    """A normalised expression: a point (for dates and times) or a plain value."""

    type: TimexType
    point: Point | None = None
    value: str | None = None
    mod: str | None = None
    time: str = ""  # "T04:45", "TEV": appended to a day's value for TIME
    start: int | None = None  # a normaliser may trim the span ("in [drei Tagen]")
    anchor: bool = True  # whether the expression becomes the last date mentioned
    relative_to: Point | None = None  # for PAST_REF/FUTURE_REF: the date it is before/after
    span: tuple[dt.date, dt.date] | None = None  # for anchored durations: the days they cover


class Context:
    """What the normalisers know while walking one text: its document date and the last date."""

    def __init__(self, text: str, dct: dt.date | None, narrative: bool, lx: Lexicon) -> None:
        self.text = text
        self.dct = dct
        self.narrative = narrative
        self.lx = lx
        self.ref: Point | None = None
        self.ref_end = 0  # where the expression that set ``ref`` ends

    def now(self) -> Point | None:
        """The document date, for deictic expressions."""
        return cal.day_point(self.dct) if self.dct else None

    def last(self) -> Point | None:
        """The last date mentioned (the document date before any), for anaphoric expressions."""
        return self.ref or self.now()

    def anchor(self) -> Point | None:
        """The anchor of underspecified and relative expressions: see the module docstring."""
        return self.last() if self.narrative else self.now()

    def tense(self, start: int, end: int) -> str | None:
        """"future", "past" or None: the tense markers in the sentence around a span."""
        text = self.text
        left = text.rfind("\n", max(0, start - 200), start) + 1
        for m in _SENTENCE_END.finditer(text, max(left, start - 200), start):
            left = m.end()
        right = text.find("\n", end, end + 200)
        right = len(text) if right < 0 else right
        stop = _SENTENCE_END.search(text, end, min(right, end + 200))
        hi = stop.end() if stop else min(right, end + 200)
        # a colon before speech bounds the tense as a sentence end does ("stellte am Donnerstag
        # klar: Wir … wird sich …"): the frame and the quotation have their own tenses
        for m in _SPEECH_COLON.finditer(text, left, start):
            left = m.end()
        colon = _SPEECH_COLON.search(text, end, hi)
        sentence = text[left : colon.start() if colon else hi]
        future, past = _tense_patterns(self.lx)
        participle = _ATTRIBUTIVE_PARTICIPLE.match(text, end)
        if participle and not _PLANNED_PARTICIPLE.search(participle.group()):
            return "past"  # "die am Mittwoch festgenommenen Soldaten": the participle tells the past
        is_future, is_past = bool(future.search(sentence)), bool(past.search(sentence))
        if is_future and is_past:
            # both, in different clauses: the clause of the span tells ("Wie Trump am Donnerstag
            # ankündigte, soll der Gipfel … stattfinden": the announcement is past)
            lo = max((m.end() for m in _CLAUSE_BREAK.finditer(text, left, start)), default=left)
            stop = _CLAUSE_BREAK.search(text, end, left + len(sentence))
            clause = text[lo : stop.start() if stop else left + len(sentence)]
            is_future, is_past = bool(future.search(clause)), bool(past.search(clause))
        if is_future == is_past:
            return None  # neither, or both in the span's own clause
        return "future" if is_future else "past"

    def intended(self, start: int, end: int) -> bool:
        """Whether the date at ``start`` is the start or deadline of an act threatened, announced
        or planned: an intent preposition before it ("ab dem", "bis zum", "from", "by") and an
        intent word in its sentence ("gedroht", "angekündigt", "Ultimatum", "threatened").

        Such a date lies after the threat, so the tense of the reporting verb does not move it
        to the past ("Trump hat der EU mit Zöllen ab dem 1. Juni gedroht" on 2025-05-24: 2025-06,
        not 2024-06; seventh user trial)."""
        preps, markers = self.lx.get("intent_preps"), self.lx.get("intent_markers")
        if not preps or not markers:
            return False
        before = " ".join(self.text[max(0, start - 30):start].split()[-2:])
        if not any(before == p or before.endswith(" " + p) for p in preps):
            return False
        left = max((m.end() for m in _SENTENCE_END.finditer(self.text, max(0, start - 300), start)),
                   default=max(0, start - 300))
        stop = _SENTENCE_END.search(self.text, end, end + 300)
        sentence = self.text[left:stop.end() if stop else end + 300]
        return _intent_pattern(self.lx).search(sentence) is not None

    def ref_applies(self, start: int) -> bool:
        """Whether a date without a year at ``start`` takes the last date's year: always in a
        narrative; in news where that date is in the same sentence ("Im Juli 2017 trafen sie
        sich, am 12. Juli in Hamburg")."""
        if self.ref is None:
            return False
        if self.narrative:
            return True
        a, b = self.ref_end, start
        return a <= b and "\n" not in self.text[a:b] and _SENTENCE_END.search(self.text, a, b) is None

    def year_for(self, month: int, day: int | None, start: int, end: int) -> Point | None:
        """The year of a date given without one, as a year point (None: no anchor at all)."""
        if self.ref is not None and self.ref_applies(start):
            return Point("year", self.ref.year, bc=self.ref.bc)
        if self.dct is None:
            return None
        # The nearest such date to the document date, unless the tense puts it on the other
        # side ("am 12. Februar wird er reden" on 2025-12-01: 2026) and that is under ten
        # months away ("Berichten vom Dezember zufolge soll er reisen" on 2026-01-15: 2025).
        now = self.dct.year * 12 + self.dct.month
        years = (self.dct.year - 1, self.dct.year, self.dct.year + 1)
        nearest = min(years, key=lambda y: abs(y * 12 + month - now))
        tense = None if self.intended(start, end) else self.tense(start, end)
        if month != self.dct.month and tense is not None:
            side = [y for y in years if (y * 12 + month > now) == (tense == "future")]
            best = min(side, key=lambda y: abs(y * 12 + month - now))
            # the past goes back up to a year ("Im November hatten …" in September: last
            # November); the future, often reported from an earlier report, less far
            if abs(best * 12 + month - now) < (_PAST_REACH if tense == "past" else _TENSE_REACH):
                nearest = best
        return Point("year", nearest)


# How many months away the tense may move a date without a year (see Context.year_for).
_TENSE_REACH = 10
_PAST_REACH = 12
# A sentence ends after a lower-case word and a full stop ("… statt. Am 12. Februar …"), not
# after a day number ("am 12. Februar").
_SENTENCE_END = re.compile(r"[a-zäöüß)\"“”]{2}[.!?]\s")


# A comma, semicolon or dash between clauses ("Wie Trump am Donnerstag ankündigte, soll …").
_CLAUSE_BREAK = re.compile(r"\s*[,;–—]\s*")


# A colon that opens speech or a statement: "klar: Wir", "sagte: „Das"
_SPEECH_COLON = re.compile(r":\s+(?=[„“\"»«'‚]|[A-ZÄÖÜ])")


@cache
def _intent_pattern(lx: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){lx.alt('intent_markers')}(?!\w)")


@cache
def _tense_patterns(lx: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    # a separable prefix stays on the verb at a subordinate clause's end ("ankündigte")
    prefix = lx.alt("past_prefixes") + "?" if lx.get("past_prefixes") else ""
    return (
        re.compile(rf"(?<!\w){lx.alt('future_markers', extra=tuple(lx.get('scheduled_markers', ())))}(?!\w)"),
        re.compile(rf"(?<!\w){prefix}{lx.alt('past_markers')}(?!\w)"),
    )


def _num(lx: Lexicon, word: str | None) -> float | None:
    """A number written in digits ("15", "2,5") or words ("acht", "ein halbes", "anderthalb")."""
    if not word:
        return None
    w = word.strip().rstrip("-")
    if w[:1].isdigit():
        return float(w.replace(",", "."))
    numbers = lx["numbers"]
    parts = w.split()
    if len(parts) == 2 and parts[1] in numbers:  # "ein halbes"
        return float(numbers[parts[1]])
    key = w if w in numbers else w.lower()
    return float(numbers[key]) if key in numbers else None


def _duration(n: float | None, unit: str) -> str:
    """A TIMEX duration: P8Y, P1Y6M, PT2H, PXD (n None: unknown count)."""
    time_unit = unit in ("H", "MI", "S")
    letter = "M" if unit == "MI" else unit
    if n is None:
        return f"PTX{letter}" if time_unit else f"PX{letter}"
    if n != int(n):
        # Fractions go down one unit: "anderthalb Jahre" P1Y6M, "ein halbes Jahr" P6M.
        smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MI", 60)}
        if unit in smaller:
            sub, k = smaller[unit]
            whole, rest = int(n), round((n - int(n)) * k)
            head = _duration(whole, unit) if whole else ""
            tail = _duration(rest, sub)
            if not head:
                return tail
            if sub in ("H", "MI") and not time_unit:
                return head + tail[1:]
            return head + tail[2 if time_unit else 1 :]
    k = int(n)
    return f"PT{k}{letter}" if time_unit else f"P{k}{letter}"


_UNIT_GRAN = {"D": "day", "W": "week", "M": "month", "Y": "year", "DE": "decade", "CE": "century",
              "Q": "quarter", "H": "day", "MI": "day", "S": "day"}


def _coarse(p: Point, gran: str) -> Point:
    """``p`` at ``gran`` where that is coarser than what it has, else ``p`` unchanged."""
    order = cal.GRANULARITIES
    if order.index(gran) > order.index(p.gran):
        return cal.coarsen(p, gran)
    return p


def _move(p: Point, unit: str, n: int) -> Point:
    """``p`` moved by ``n`` units, at the unit's granularity where that is finer than ``p``'s."""
    if unit in ("H", "MI", "S"):
        return p  # hours and minutes do not move a date
    gran = _UNIT_GRAN.get(unit, "day")
    if gran == "week" and p.gran == "day":
        return cal.shift(p, "D", 7 * n)
    order = cal.GRANULARITIES
    if order.index(gran) < order.index(p.gran):
        return p  # "drei Wochen später" after "1864": no week to count from
    return cal.shift(_coarse(p, gran), unit, n)


def _season_near(anchor: Point, code: str, step: int) -> Point:
    """The season ``code`` before (-1), after (1) or in the year of (0) the anchor."""
    span = cal.interval(anchor)
    year = anchor.year
    if step == 0 or span is None:
        return Point("season", year, part=code)
    for y in (year - 1, year, year + 1) if step < 0 else (year + 1, year, year - 1):
        s = cal.interval(Point("season", y, part=code))
        if s is None:
            continue
        if step < 0 and s[1] < span[0]:
            return Point("season", y, part=code)
        if step > 0 and s[0] > span[1]:
            return Point("season", y, part=code)
    return Point("season", year + step, part=code)


def _month_near(anchor: Point, month: int, step: int) -> Point:
    """The month ``month`` before (-1), after (1) or in the year of (0) the anchor."""
    if step == 0 or anchor.month is None:
        return Point("month", anchor.year + (step if anchor.month is None else 0), month)
    y = anchor.year
    if step < 0:
        return Point("month", y if month < anchor.month else y - 1, month)
    return Point("month", y if month > anchor.month else y + 1, month)


def _weekday_near(anchor: Point, weekday: int, step: int) -> Point:
    """The weekday (1 Monday) before (-1), after (1) or in the week of (0) a day."""
    d = anchor.as_date()
    if d is None:
        return anchor
    diff = weekday - d.isoweekday()
    if step < 0:
        diff = diff - 7 if diff >= 0 else diff
    elif step > 0:
        diff = diff + 7 if diff <= 0 else diff
    return cal.day_point(d + dt.timedelta(days=diff))


# --- the normalisers, one per rule --------------------------------------------------------

Normaliser = Callable[[re.Match[str], Context], "Result | None"]


def _opt(m: re.Match[str], name: str) -> str | None:
    """A group only some languages' patterns have ("mi2" in German "4 Uhr 45"), else None."""
    return m.group(name) if name in m.re.groupindex else None


# What the prepositions of a counted duration do ("vor acht Jahren", "two years ago"): count
# back from the document date, forward from it, or on from the last date. German by default,
# other lexicons name their own words under ``duration_prepositions``.
_DURATION_PREPOSITIONS = {"vor": "ago", "in": "in", "nach": "after"}
#: a past participle used as an adjective right after a date ("am Mittwoch festgenommenen"),
#: perhaps after a place phrase of up to three words ("am Mittwoch in Eriwan festgenommenen")
_PLANNED_PARTICIPLE = re.compile(r"geplant|angekündigt|angesetzt|vorgesehen|erwartet|anberaumt|terminiert")
_ATTRIBUTIVE_PARTICIPLE = re.compile(
    r"(?:\s+(?:in|im|bei|an|am|auf)\s+\S+(?:\s+\S+)?)?\s+(?:\w+-)?(?:\w*?ge\w+?|\w+iert)(?:ten|tene|tenen|tener|tenes|"
    r"enen|ene|ener|enes)\b")
#: a noun right after a duration makes it the noun's span: "nach sechs Tagen Kämpfen"
_NOUN_AFTER = re.compile(r"\s+[A-ZÄÖÜ][a-zäöüß]{2,}(?![\w-]*\s+(?:des|der)\b)")


def _genitive(ctx: Context, unit: str) -> bool:
    """Whether a unit word is a genitive ("eines Tages", "des Jahres"), not a duration. German
    marks them with "s"; a lexicon that lists ``genitive_units`` (English: none; "days" is a
    plural) says so itself."""
    listed = ctx.lx.get("genitive_units")
    return unit.endswith("s") if listed is None else unit in listed


def _year_of(m: re.Match[str], p: str = "") -> Point | None:
    """The year a rule's year groups (see ``rules._yr``) hold, BC included."""
    if m.group(f"{p}bcy"):
        return Point("year", int(m.group(f"{p}bcy")), bc=True)
    if m.group(f"{p}y"):
        return Point("year", int(m.group(f"{p}y")))
    return None


def _time_part(m: re.Match[str], ctx: Context) -> tuple[str, str | None]:
    """The clock time or part of day a date rule carries: ("T04:45", None), ("TMO", "START")."""
    groups = m.re.groupindex
    if "h" in groups and m.group("h"):
        mi = m.group("mi") or _opt(m, "mi2") or "00"
        tz = ctx.lx["timezones"].get(m.group("tz") or "", "")
        hour = int(m.group("h"))
        ampm = (_opt(m, "ampm") or "").lower()
        if ampm.startswith("p") and hour < 12:
            hour += 12  # "3 p.m."
        elif ampm.startswith("a") and hour == 12:
            hour = 0  # "12:30 a.m."
        return f"T{hour:02d}:{mi}{tz}", None
    if "pod" in groups and m.group("pod"):
        mod = ctx.lx["early_late"].get(m.group("pel") or "") if "pel" in groups else None
        if "pgegen" in groups and m.group("pgegen"):
            mod = mod or "APPROX"
        return "T" + ctx.lx["parts_of_day"][m.group("pod")], mod
    return "", None


def _day_result(
    ctx: Context, m: re.Match[str], month: int, day: int, year: Point | None
) -> Result | None:
    time, mod = _time_part(m, ctx)
    kind: TimexType = "TIME" if time else "DATE"
    if year is None:
        year = ctx.year_for(month, day, m.start(), m.end())
    if year is None:
        return Result(kind, value=f"XXXX-{month:02d}-{day:02d}{time}", mod=mod)
    if not year.bc and not cal.valid_day(year.year, month, day):
        return None
    return Result(kind, Point("day", year.year, month, day, bc=year.bc), mod=mod, time=time)


def _month_number(ctx: Context, word: str) -> int:
    return ctx.lx["months"].get(word) or ctx.lx["month_abbreviations"][word]


def n_date(m: re.Match[str], ctx: Context) -> Result | None:
    lyear = _opt(m, "lyear")
    year = _year_of(m) or (Point("year", int(lyear)) if lyear else None)
    return _day_result(ctx, m, _month_number(ctx, m.group("mon")), int(m.group("d")), year)


def n_numdate(m: re.Match[str], ctx: Context) -> Result | None:
    y = int(m.group("y"))
    if len(m.group("y")) == 2:
        # "1.9.39": the century that puts the year no later than ten years after the document
        # (without a document date, after 2030: the result must not depend on the day we run).
        limit = ctx.dct.year + 10 if ctx.dct else 2030
        y += 2000 if 2000 + y <= limit else 1900
    return _day_result(ctx, m, int(m.group("m")), int(m.group("d")), Point("year", y))


def n_daylist(m: re.Match[str], ctx: Context) -> Result | None:
    year = Point("year", int(m.group("lyear"))) if m.group("lyear") else None
    return _day_result(ctx, m, _month_number(ctx, m.group("lmon")), int(m.group("d")), year)


def _rel_year(ctx: Context, word: str) -> Point | None:
    """The year of "desselben/des folgenden/dieses Jahres"."""
    word = word.lower()
    step = ctx.lx["relative"][word]
    base = ctx.last() if word in ctx.lx["anaphoric_relative"] else ctx.anchor()
    return cal.shift(Point("year", base.year, bc=base.bc), "Y", step) if base else None


def _mod(m: re.Match[str], ctx: Context) -> str | None:
    groups = m.re.groupindex
    mod = ctx.lx["modifiers"].get(m.group("mod")) if "mod" in groups and m.group("mod") else None
    if mod is None and "el" in groups and m.group("el"):
        mod = ctx.lx["early_late"][m.group("el")]
    if mod is None and "gegen" in groups and m.group("gegen"):
        mod = "APPROX"
    return mod


def n_month(m: re.Match[str], ctx: Context) -> Result | None:
    month = ctx.lx["months"][m.group("mon")]
    mod = _mod(m, ctx)
    year = _year_of(m)
    back = bool(m.group("mrel")) and ctx.lx["relative"][m.group("mrel").lower()] < 0
    if year is None and m.group("mrel"):
        year = _rel_year(ctx, m.group("mrel"))
    if year is None and m.group("lyear"):
        year = Point("year", int(m.group("lyear")))
    if year is None:
        year = ctx.year_for(month, None, m.start(), m.end())
    if year is None:
        return Result("DATE", value=f"XXXX-{month:02d}", mod=mod)
    return Result("DATE", Point("month", year.year, month, bc=year.bc), mod=mod, anchor=not back)


def n_season(m: re.Match[str], ctx: Context) -> Result | None:
    code, mod = ctx.lx["seasons"][m.group("season")]
    mod = _mod(m, ctx) or mod
    year = _year_of(m)
    if year is None and m.group("srel"):
        year = _rel_year(ctx, m.group("srel"))
    if year is None:
        middle = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}[code]
        year = ctx.year_for(middle, None, m.start(), m.end())
        if year is not None and code == "WI" and not ctx.ref_applies(m.start()):
            year = cal.shift(year, "Y", -1)  # the winter of January 2025 is "2024-WI"
    if year is None:
        return Result("DATE", value=f"XXXX-{code}", mod=mod)
    return Result("DATE", Point("season", year.year, part=code, bc=year.bc), mod=mod)


def n_yearmod(m: re.Match[str], ctx: Context) -> Result | None:
    return Result("DATE", _year_of(m), mod=_mod(m, ctx))


def _bc_context(ctx: Context, year: Point) -> Point:
    """A year under 1000 in a text about years before Christ is one too ("im Jahr 478")."""
    if not year.bc and year.year < 1000 and ctx.ref is not None and ctx.ref.bc:
        return replace(year, bc=True)
    return year


def n_yearword(m: re.Match[str], ctx: Context) -> Result | None:
    year = _year_of(m)
    if year is None or (not year.bc and year.year == 0):
        return None
    year = _bc_context(ctx, year)
    return Result("DATE", year, mod="APPROX" if m.group("apx") else None)


def n_year(m: re.Match[str], ctx: Context) -> Result | None:
    year = Point("year", int(m.group("ys")), bc=True) if m.group("ys") else _year_of(m)
    return Result("DATE", year, mod="APPROX" if m.group("apx") else None)


def n_yearshort(m: re.Match[str], ctx: Context) -> Result | None:
    before = int(ctx.text[m.start() - 5 : m.start() - 1])
    year = int(m.group("cent")) * 100 + int(m.group("ys"))
    if year <= before:
        year += 100  # "1999/00"
    if year - before > 10:
        return None  # "1918/30" is no pair of years
    return Result("DATE", Point("year", year))


def n_decade(m: re.Match[str], ctx: Context) -> Result | None:
    if m.group("dec") or m.group("decn"):
        dec = int(m.group("dec") or m.group("decn"))
        decade = dec // 10 if dec >= 100 else 190 + dec // 10  # "90er Jahre": the 1990s
        if dec >= 100 and ctx.ref is not None and ctx.ref.bc:
            return Result("DATE", Point("decade", decade, bc=True), mod=_mod(m, ctx))
    else:
        decade = 190 + ctx.lx["decade_words"][m.group("decw")]
    return Result("DATE", Point("decade", decade), mod=_mod(m, ctx))


def n_century(m: re.Match[str], ctx: Context) -> Result | None:
    n = int(m.group("cn")) if m.group("cn") else ctx.lx["ordinals"][m.group("cw")]
    if n < 1 or n > 21:
        return None
    return Result("DATE", Point("century", n - 1, bc=bool(m.group("bc"))), mod=_mod(m, ctx))


def _day_of(ctx: Context) -> Point | None:
    last = ctx.last()
    return last if last is not None and last.gran == "day" else None


def n_time(m: re.Match[str], ctx: Context) -> Result | None:
    time, _ = _time_part(m, ctx)
    day = _day_of(ctx)
    if day is None:
        return Result("TIME", value=f"XXXX-XX-XX{time}", anchor=False)
    return Result("TIME", day, time=time)


def n_midnight(m: re.Match[str], ctx: Context) -> Result | None:
    day = _day_of(ctx)
    return Result("TIME", day, time="T24:00") if day else Result("TIME", value="XXXX-XX-XXT24:00")


def n_pod(m: re.Match[str], ctx: Context) -> Result | None:
    code = ctx.lx["parts_of_day"].get(m.group("pod") or "") or ctx.lx["part_of_day_adverbs"][m.group("podadv")]
    day = _day_of(ctx)
    mod = _mod(m, ctx)
    if day is None:
        return Result("TIME", value=f"XXXX-XX-XXT{code}", mod=mod, anchor=False)
    podday = _opt(m, "podday")
    if podday:
        # "am Abend desselben Tages", "am Morgen des folgenden Tages"
        day = cal.shift(day, "D", ctx.lx["relative"][podday.lower()])
    return Result("TIME", day, time=f"T{code}", mod=mod)


def n_deictic(m: re.Match[str], ctx: Context) -> Result | None:
    word = m.group("dw").lower()
    n = ctx.lx["deictic_days"][word]
    pod = m.group("dpod")
    time = ""
    if pod:
        time = "TMO" if pod == "früh" else "T" + ctx.lx["parts_of_day"][pod]
    elif word in ctx.lx.get("deictic_parts_of_day", {}):
        time = "T" + ctx.lx["deictic_parts_of_day"][word]  # "tonight", "last night"
    now = ctx.now()
    if word == "heute" and not pod and (ctx.narrative or now is None):
        # In a history article "heute" is the present of the writer ("das heutige Vietnam").
        return Result("DATE", value="PRESENT_REF", anchor=False)
    if now is None:
        return Result("TIME" if time else "DATE", value="XXXX-XX-XX" + time, anchor=False)
    return Result("TIME" if time else "DATE", cal.shift(now, "D", n), time=time)


def n_fixedref(m: re.Match[str], ctx: Context) -> Result | None:
    return Result("DATE", value=ctx.lx["fixed_refs"][m.group("ref")], anchor=False)


def n_anaref(m: re.Match[str], ctx: Context) -> Result | None:
    step = ctx.lx["anaphoric_refs"][m.group("ref")]
    value = "FUTURE_REF" if step > 0 else "PAST_REF"
    return Result("DATE", value=value, mod="AFTER" if step > 0 else "BEFORE", anchor=False,
                  relative_to=ctx.last())


def _unit(ctx: Context, word: str) -> str:
    return ctx.lx["units"][word]


def n_shift(m: re.Match[str], ctx: Context) -> Result | None:
    last = ctx.last()
    n: float | None = 1.0
    if m.groupdict().get("dnoun"):
        step, unit = ctx.lx["day_shift_nouns"][m.group("dnoun")], "D"  # "am Vortag"
    elif m.group("tag"):
        step, unit = ctx.lx["shift_words"][m.group("dir2")], "D"
    else:
        step, unit = ctx.lx["shift_words"][m.group("dir")], _unit(ctx, m.group("unit"))
        n = _num(ctx.lx, m.group("num"))
    mod = ctx.lx["approx"].get(m.group("apx") or "")
    if n is None:
        return None
    if last is None or (ctx.ref is None and step > 0 and m.groupdict().get("num")):
        # ("zwei Tage später" where the text gave no date yet counts from an event, not from the
        # document's date: a span, no day)
        return Result("DURATION", value=_duration(n, unit), mod=mod, anchor=False)
    if n != int(n):
        # "ein halbes Jahr später": count in months.
        smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7)}
        if unit not in smaller:
            return None
        unit, k = smaller[unit]
        n *= k
    # A step back ("zwei Jahre zuvor") is a flashback: the narrative stays where it was.
    return Result("DATE", _move(last, unit, step * int(n)), mod=mod, anchor=step > 0)


def n_after(m: re.Match[str], ctx: Context) -> Result | None:
    prep = ctx.lx.get("duration_prepositions", _DURATION_PREPOSITIONS)[m.group("prep").lower()]
    unit = _unit(ctx, m.group("unit"))
    n = _num(ctx.lx, m.group("num"))
    mod = ctx.lx["approx"].get(m.group("apx") or "")
    if n is None or _genitive(ctx, m.group("unit")):
        return None
    whole = n == int(n)
    if unit in ("H", "MI", "S") and prep in ("ago", "in") and not ctx.narrative and ctx.now() is not None:
        return Result("DATE", ctx.now(), mod=mod)  # "vor 18 Minuten": the day of the document
    if prep == "ago" and whole:
        # "vor acht Jahren": a point in the past, counted from the document date.
        now = ctx.now()
        if now is None:
            return Result("DATE", value="PAST_REF", mod=mod, anchor=False)
        return Result("DATE", _move(now, unit, -int(n)), mod=mod)
    last = ctx.last()
    of_noun = _NOUN_AFTER.match(ctx.text, m.end())
    if prep == "after" and unit == "D" and whole and ctx.ref is not None and last is not None and \
            last.gran == "day" and mod in (None, "APPROX") and of_noun is None:
        # "nach zwei Tagen" in a narrative: two days after the last date the text gave (not after
        # the document's own date: "Nach sechs Tagen Kämpfen haben sich … geeinigt" counts from
        # the fighting's start; with a noun after it, the span is that noun's, a duration)
        return Result("DATE", _move(last, unit, int(n)), mod=mod)
    now = ctx.now()
    if prep == "in" and not ctx.narrative and whole and now is not None:
        return Result("DATE", _move(now, unit, int(n)), mod=mod)
    # Otherwise a duration, and the preposition stays outside its span (WikiWarsDE).
    start = m.start("apx") if m.group("apx") else m.start("num")
    return Result("DURATION", value=_duration(n, unit), mod=mod, anchor=False,
                  start=start)


def n_relunit(m: re.Match[str], ctx: Context) -> Result | None:
    r = _relunit(m, ctx)
    # "im letzten Jahr" in a narrative is a flashback: the anchor stays where it was.
    if r is not None and ctx.lx["relative"][m.group("rel").lower()] < 0:
        return replace(r, anchor=False)
    return r


def _relunit(m: re.Match[str], ctx: Context) -> Result | None:
    lx = ctx.lx
    word, unit = m.group("rel").lower(), m.group("unit")
    step = lx["relative"][word]
    # "the next day" counts from the last date, "next week" from the document date.
    anaphoric = word in lx["anaphoric_relative"] or (m.group("art") and word in lx.get("anaphoric_after_article", ()))
    base = ctx.last() if anaphoric else ctx.anchor()
    start = None
    if _opt(m, "prep") and word not in ("selben", "gleichen") and not (word == "diesem" and unit == "Tag"):
        start = m.start("rel") if not m.group("art") else m.start("art")
    if base is None:
        return Result("DATE", value="XXXX", anchor=False, start=start)
    if unit in lx["relative_units"]:
        gran = lx["relative_units"][unit]
        if gran in ("week", "weekend"):
            p = cal.coarsen(base, "week") if base.gran == "day" else base
            if p.gran != "week":
                return None
            return Result("DATE", cal.shift(p, "W", step), start=start)
        if gran == "day":
            return Result("DATE", _move(base, "D", step) if base.gran == "day" else base, start=start)
        if gran in ("quarter", "half"):
            if base.month is None:
                return None
            size = 3 if gran == "quarter" else 6
            letter = "Q" if gran == "quarter" else "H"
            p = Point(gran, base.year, part=f"{letter}{(base.month - 1) // size + 1}")
            return Result("DATE", cal.shift(p, letter, step), start=start)
        letter = {"month": "M", "year": "Y", "decade": "DE"}[gran]
        if gran == "month" and base.month is None:
            return None
        return Result("DATE", cal.shift(_coarse(base, gran), letter, step), start=start)
    if unit in lx["seasons"]:
        code, smod = lx["seasons"][unit]
        return Result("DATE", _season_near(base, code, step), mod=smod, start=start)
    if unit in lx["months"]:
        return Result("DATE", _month_near(base, lx["months"][unit], step), start=start)
    if base.gran != "day":
        return None
    return Result("DATE", _weekday_near(base, lx["weekdays"][unit], step), start=start)


def n_modunit(m: re.Match[str], ctx: Context) -> Result | None:
    unit = m.group("unit")
    word = (m.group("rel") or "").lower()
    if not word and not m.group("art"):
        return None  # "Ende vergangenen Jahres", "Ende des Jahres", but not "Ende Jahres"
    base = ctx.last() if word and word in ctx.lx["anaphoric_relative"] else ctx.anchor()
    step = ctx.lx["relative"][word] if word else 0
    mod = _mod(m, ctx)
    if mod == "APPROX":
        mod = None
    if base is None:
        return Result("DATE", value="XXXX", mod=mod, anchor=False)
    gran = {"Tages": "day", "Monats": "month", "Woche": "week", "Jahrzehnts": "decade",
            "Jahrhunderts": "century"}.get(unit) or ctx.lx["relative_units"].get(unit, "year")
    letter = {"day": "D", "month": "M", "week": "W", "decade": "DE", "century": "CE"}.get(gran, "Y")
    if gran == "month" and base.month is None:
        return None
    p = _coarse(base, gran)
    if p.gran != gran:
        return None
    return Result("DATE", cal.shift(p, letter, step), mod=mod, anchor=step >= 0)


def n_compoundmod(m: re.Match[str], ctx: Context) -> Result | None:
    word = m.group("mod")
    base = ctx.anchor()
    mod = ctx.lx["modifiers"][word]
    if base is None:
        return Result("DATE", value="XXXX", mod=mod, anchor=False)
    gran = "month" if word.startswith("Monats") else "year"
    p = _coarse(base, gran)
    return Result("DATE", p, mod=mod) if p.gran == gran else None


def n_compoundyear(m: re.Match[str], ctx: Context) -> Result | None:
    base = ctx.anchor()
    if base is None:
        return Result("DATE", value="XXXX", anchor=False)
    step = ctx.lx["compound_years"][m.group("cy")]
    return Result("DATE", cal.shift(_coarse(base, "year"), "Y", step), anchor=step >= 0)


def n_plural(m: re.Match[str], ctx: Context) -> Result | None:
    if _opt(m, "cpy"):
        return Result("DURATION", value="PXY", anchor=False)
    unit = _unit(ctx, m.group("unit"))
    n = _num(ctx.lx, m.group("num"))
    # "in den nächsten beiden Wochen": the article stays outside where a number follows.
    start = m.start("rel") if m.group("num") and m.group("art") else None
    step = ctx.lx["relative"].get(m.group("rel").lower(), 0)
    span = None
    now = ctx.anchor()
    if step and now is not None and now.gran == "day" and unit in ("D", "W", "M", "Y"):
        # "in den vergangenen Monaten": the stretch before (after) the anchor, for dating events;
        # an open count is taken as three units.
        k = int(n) if n is not None else 3
        other = cal.shift(now, unit, step * k).as_date()
        today = now.as_date()
        if other is not None and today is not None:
            span = (min(today, other), max(today, other))
    return Result("DURATION", value=_duration(n, unit), anchor=False, start=start, span=span)


def n_duration(m: re.Match[str], ctx: Context) -> Result | None:
    lx = ctx.lx
    bare = m.group("bare") or _opt(m, "bare2")
    if bare:
        # "seit Jahren", "wenige Monate zuvor": a stretch of unknown length.
        return Result("DURATION", value=_duration(None, _unit(ctx, bare)), anchor=False)
    word = m.group("unit")
    if _genitive(ctx, word):
        return None  # genitive: "eines Tages", "des Jahres"
    unit = _unit(ctx, word)
    n = None if m.group("vague") else _num(lx, m.group("num"))
    if n is None and not m.group("vague"):
        return None
    mod = lx["approx"].get(m.group("apx") or "")
    value = _duration(n, unit)
    if m.group("unit2"):
        n2 = _num(lx, m.group("num2"))
        extra = _duration(n2, _unit(ctx, m.group("unit2")))
        value += extra[2:] if extra.startswith("PT") and "T" in value else extra[1:]
    return Result("DURATION", value=value, mod=mod, anchor=False)


def n_unitadj(m: re.Match[str], ctx: Context) -> Result | None:
    lx = ctx.lx
    if _opt(m, "ganz"):
        return Result("DURATION", value="P1Y", anchor=False)
    if _opt(m, "long"):
        return Result("DURATION", value=_duration(None, lx["unit_long_adverbs"][m.group("long")]),
                      anchor=False)
    if _opt(m, "cunit"):
        n = _num(lx, m.group("cnum").lower() if not m.group("cnum").isdigit() else m.group("cnum"))
        if n is None:
            return None
        return Result("DURATION", value=_duration(n, _unit(ctx, m.group("cunit"))), anchor=False)
    n = _num(lx, m.group("num")) if m.group("num") != "ein" else 1.0
    if n is None:
        return None
    return Result("DURATION", value=_duration(n, lx["unit_adjectives"][m.group("ua")]), anchor=False)


def n_set(m: re.Match[str], ctx: Context) -> Result | None:
    lx = ctx.lx
    if _opt(m, "set"):
        return Result("SET", value=lx["sets"][m.group("set")], anchor=False)
    word = m.group("sunit") or ""
    if _opt(m, "wdadv") or word in lx["weekdays"]:
        n = lx["weekdays"].get(word) or lx["weekday_adverbs"][m.group("wdadv")]
        return Result("SET", value=f"XXXX-WXX-{n}", anchor=False)
    return Result("SET", value=_duration(1, _unit(ctx, word)), anchor=False)


def n_holiday(m: re.Match[str], ctx: Context) -> Result | None:
    lx = ctx.lx
    if m.group("named"):
        y, mo, d = (int(x) for x in lx["named_dates"][m.group("named")].split("-"))
        return Result("DATE", Point("day", y, mo, d))
    name = m.group("hol")
    year = _year_of(m)
    if name in lx["holidays"]:
        month, day = (int(x) for x in lx["holidays"][name].split("-"))
        if year is None:
            year = ctx.year_for(month, day, m.start(), m.end())
        if year is None:
            return Result("DATE", value=f"XXXX-{month:02d}-{day:02d}")
        return Result("DATE", Point("day", year.year, month, day, bc=year.bc))
    if year is None:
        year = ctx.year_for(4, 15, m.start(), m.end())
    if year is None or year.bc:
        return Result("DATE", value="XXXX-XX-XX", anchor=False)
    feast = cal.easter(year.year) + dt.timedelta(days=lx["easter_holidays"][name])
    return Result("DATE", cal.day_point(feast))


def n_quarter(m: re.Match[str], ctx: Context) -> Result | None:
    lx = ctx.lx
    if m.group("qq"):
        code = m.group("qq")
        return Result("DATE", Point("quarter" if code[0] == "Q" else "half", int(m.group("qy")), part=code))
    n = int(m.group("qn")) if m.group("qn") else lx["ordinals"].get(m.group("qw"), 0)
    letter = lx["quarters"][m.group("q")]
    if n < 1 or n > (4 if letter == "Q" else 2):
        return None
    gran = "quarter" if letter == "Q" else "half"
    year = _year_of(m)
    if year is None:
        base = ctx.anchor()
        if base is None:
            return Result("DATE", value=f"XXXX-{letter}{n}", anchor=False)
        year = Point("year", base.year)
    return Result("DATE", Point(gran, year.year, part=f"{letter}{n}"))


def n_weekday(m: re.Match[str], ctx: Context) -> Result | None:
    n = ctx.lx["weekdays"][m.group("wd")]
    # "in der Nacht zum Samstag" dates the night by the day it ends on: the Saturday
    pod = None if m.groupdict().get("wnight") else m.group("wpod")
    time = "T" + ctx.lx["parts_of_day"][pod.capitalize()] if pod else ""
    kind: TimexType = "TIME" if time else "DATE"
    base: Point | None = ctx.ref
    step = 1
    if not (ctx.narrative and base is not None):
        base = ctx.now()
        tense = ctx.tense(m.start(), m.end())
        before = ctx.text[max(0, m.start() - 20):m.start()].split()
        # a deadline is ahead unless told in the past ("muss Athen bis Mittwoch … bringen")
        ahead = bool(before) and before[-1].lower() in ctx.lx.get("ahead_preps", ()) and tense != "past"
        # "droht mit Zöllen ab Montag": the threatened start is the next Monday (Context.intended)
        step = 1 if tense == "future" or ahead or ctx.intended(m.start(), m.end()) else -1
    day = base.as_date() if base is not None else None
    if base is None or day is None:
        return Result(kind, value=f"XXXX-WXX-{n}{time}", anchor=False)
    p = _weekday_near(base, n, step)
    if not ctx.narrative and day.isoweekday() == n:
        # "am Montag" in a Monday's paper is that day, in the past tense and in the future ("Merkel
        # will am Montagabend in Paris beraten"): a week ahead is "am kommenden Montag"
        p = base
    return Result(kind, p, time=time)


NORMALISERS: dict[str, Normaliser] = {
    name[2:]: fn for name, fn in globals().items() if name.startswith("n_") and callable(fn)
}



