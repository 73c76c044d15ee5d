"""The temporal tagger: dates, times, durations and sets in German and English text, as TIMEX values.

Rules, not a learned model: about thirty regular expressions per language built from the lexicon
in ``resources/time/<lang>.json`` (``de``, ``en``) run over the whole text, the longest of overlapping matches wins,
and the matches are normalised in text order against the document date and the last date
mentioned (see :mod:`lagebild.time.normalise` for which expression counts from which anchor).

>>> import datetime
>>> [t.value for t in tag_text("Vor acht Jahren, am 12. Februar", datetime.date(2025, 2, 24))]
['2017', '2017-02-12']
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any, cast, get_args

from lagebild.model import DateValue, Document, Granularity, TimeEx, replace
from lagebild.time import calendar as cal
from lagebild.time.lexicon import load
from lagebild.time.normalise import NORMALISERS, Context, Result
from lagebild.time.rules import find, rules

__all__ = ["tag_text", "time_stage", "timex_json"]

log = logging.getLogger(__name__)

_GRANULARITIES = set(get_args(Granularity))
# Words between a preposition and its date: "bis zum Ende", "seit dem 24. Februar".
_ARTICLES = {"zum", "zur", "dem", "den", "der", "des", "die", "das"}
_LANGUAGES = ("de", "en")
# A bare year this many years away from the last date is an aside (see _moves_narrative).
_FAR_YEARS = 10


def _preposition_mod(text: str, start: int, prepositions: dict[str, str], articles: set[str]) -> str | None:
    """The mod a preposition before the span gives: "seit 2014" AFTER, "bis zum 3. Mai" BEFORE,
    "since the 1990s" AFTER."""
    words = text[max(0, start - 30) : start].split()
    if words and words[-1] in articles:
        words.pop()
    return prepositions.get(words[-1]) if words else None


def _date_value(p: cal.Point, mod: str | None) -> DateValue:
    span = cal.interval(p)
    if span is not None:
        span = cal.narrow(span, mod)
    gran = p.gran if p.gran in _GRANULARITIES else None
    return DateValue(
        value=cal.value(p),
        start=span[0].isoformat() if span else None,
        end=span[1].isoformat() if span else None,
        granularity=cast(Granularity | None, gran),
        mod=mod,
    )


def _timex(start: int, end: int, r: Result, mod: str | None) -> TimeEx:
    if r.point is not None:
        return TimeEx(start, end, r.type, cal.value(r.point) + r.time, mod, _date_value(r.point, mod))
    date = None
    if r.span is not None:
        # "in den vergangenen Monaten": a duration that covers known days.
        date = DateValue(None, r.span[0].isoformat(), r.span[1].isoformat(), "day")
    elif r.relative_to is not None:
        # "kurz darauf": no date of its own, but after (before) the last date mentioned.
        date = replace(_date_value(r.relative_to, None), mod=mod)
    return TimeEx(start, end, r.type, r.value or "", mod, date)


def tag_text(
    text: str, dct: dt.date | None, *, narrative: bool = True, language: str = "de"
) -> list[TimeEx]:
    """Find and normalise every temporal expression in ``text`` (offsets into ``text``).

    ``dct`` is the document creation (publication) date; without it, dates without a year stay
    underspecified (``XXXX-02-12``) and deictic ones ("gestern") get no value of their own.
    ``narrative``: resolve dates without a year and relative ones ("im folgenden Jahr")
    against the last date mentioned, as in a history article; False resolves them against the
    document date and the tense of their sentence, as in a news report. Anaphoric expressions
    ("am selben Tag", "kurz darauf") always count from the last date mentioned.
    """
    ctx = Context(text, dct, narrative, load(language))
    prepositions = ctx.lx["prepositions"]
    articles = set(ctx.lx.get("articles", _ARTICLES))
    names = [rule.name for rule in rules(language)]
    out: list[TimeEx] = []
    for start, end, i, m in find(text, language):
        r = NORMALISERS[names[i]](m, ctx)
        if r is None:
            continue
        if r.start is not None:
            start = r.start
        mod = r.mod
        if mod is None and r.type == "DATE" and r.point is not None:
            mod = _preposition_mod(text, start, prepositions, articles)
        if r.point is not None and r.anchor and _moves_narrative(r.point, ctx.ref, text, start):
            ctx.ref, ctx.ref_end = r.point, end
        out.append(_timex(start, end, r, mod))
    return out


def _moves_narrative(p: cal.Point, ref: cal.Point | None, text: str, start: int) -> bool:
    """Whether a date becomes the anchor of the dates after it.

    Decades and centuries never do. A bare year far from the current anchor is usually an
    aside ("… und überfiel bis 1881 Banken. Die Union stellte im Oktober …", in the middle of
    1862), unless it opens a line, as headings and chapter years do.
    """
    if p.gran in ("decade", "century"):
        return False
    if ref is None or p.gran != "year" or p.bc != ref.bc or abs(p.year - ref.year) <= _FAR_YEARS:
        return True
    line = text.rfind("\n", 0, start) + 1
    return not text[line:start].strip()


def time_stage(doc: Document) -> Document:
    """The stage: ``doc.timexes`` from the body, against the publication date.

    News is resolved as news (``narrative=False``): dates without a year by the publication
    date and the tense, anaphora by the last date mentioned.
    """
    day = doc.date()
    dct = None
    if day:
        try:
            dct = dt.date.fromisoformat(day)
        except ValueError:
            log.warning("%s: publication date %r is no ISO date; dates stay unresolved", doc.id, day)
    # Other languages get the German rules, which still find years and numeric dates.
    language = doc.language if doc.language in _LANGUAGES else "de"
    return replace(doc, timexes=tuple(tag_text(doc.body, dct, narrative=False, language=language)))


def timex_json(t: TimeEx, text: str) -> dict[str, Any]:
    """One expression as the ``lagebild timex`` command prints it."""
    out: dict[str, Any] = {"start": t.start, "end": t.end, "text": text[t.start : t.end], "type": t.type,
                           "value": t.value}
    if t.mod:
        out["mod"] = t.mod
    return out
