"""The patterns of the temporal tagger, compiled once from the lexicon.

Each rule is one regular expression with named groups; the tagger runs every rule over the
whole text, keeps the longest of overlapping matches and hands each to the normaliser of the
same name (:mod:`lagebild.time.normalise`). Spans follow the WikiWarsDE/TIMEX2 conventions:
prepositions stay outside ("im [Juli 2017]"), modifiers and hedges inside ("[Ende Februar]",
"[etwa eine Woche]"), anaphoric phrases whole ("[am selben Tag]", "[zwei Tage später]").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from lagebild.time.lexicon import Lexicon, load

Accept = Callable[[re.Match[str], str], bool]


@dataclass(frozen=True, slots=True)
class Rule:
    """A named pattern; ``accept`` rejects a match by its context before overlaps are settled."""

    name: str
    pattern: re.Pattern[str]
    accept: Accept | None = None
    # Speed: a rule runs only where its ``key`` (a pattern the regex engine finds fast) or one
    # of its key ``words`` occurs, trying the full pattern at each word start up to ``back``
    # characters before the hit.
    key: re.Pattern[str] | None = None
    words: frozenset[str] = frozenset()
    back: int = 0


# Word boundaries that also hold next to digits, hyphens and slashes.
_B = r"(?<![\w.-])"
_E = r"(?![\w-])"


def _yr(lx: Lexicon, p: str, *, short: bool = False) -> str:
    """A year: four digits (1000-2099), or 1-4 digits with "v. Chr." (``short``: also AD 1-999
    where the context already says it is a year, as after "Jahr")."""
    bc = lx.alt("bc")
    ad = lx.alt("ad")
    plain = r"\d{1,4}" if short else r"1\d{3}|20\d{2}"
    return (
        rf"(?:(?P<{p}bcy>\d{{1,4}})\s?(?P<{p}bc>{bc})"
        rf"|(?P<{p}y>{plain})(?![\d.,]\d)(?:\s?{ad})?)"
    )


# A year right before, or joined by a dash or slash: "1946–", "1918/", "1939".
_YEAR_BEFORE = re.compile(r"(?:1\d{3}|20\d{2})[–/-]?$")


def _word_before(text: str, start: int) -> str:
    """The word right before ``start`` (punctuation kept, white space dropped)."""
    i = start
    while i > 0 and text[i - 1] in " \t\xa0":
        i -= 1
    j = i
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    return text[j:i]


def _word_after(text: str, end: int) -> str:
    i = end
    while i < len(text) and text[i] in " \t\xa0":
        i += 1
    j = i
    while j < len(text) and not text[j].isspace() and text[j] not in ",;:)":
        j += 1
    return text[i:j]


def _year_by_shape(m: re.Match[str], text: str, not_after: set[str]) -> bool | None:
    """What a year candidate's own form and the word after it decide, in either language: a
    year with an era or a split ("44 v. Chr.", "2015/16") is one; a number before a unit word
    ("2000 Euro", "2000 soldiers") or another number is none; None where they decide nothing."""
    if m.group("bcy") or m.group("ys"):
        return True
    after = _word_after(text, m.end()).rstrip(".")
    if after in not_after or (after[:1].isdigit() and not after.startswith(("19", "20"))):
        return False
    return None


@cache
def rules(language: str = "de") -> tuple[Rule, ...]:
    """The compiled rules of ``language``, in order of preference for spans of equal length.

    The words come from the language's lexicon; the word order is the table's: German and
    English share the rule names and named groups, and so the normalisers, but not the order
    ("am 12. Februar 2025" against "February 12, 2025", "vor zwei Jahren" against "two years ago").
    """
    return _TABLES[language](load(language))


def _german(lx: Lexicon) -> tuple[Rule, ...]:
    """The German table: see :func:`rules`."""
    mon = lx.alt("months")
    mona = lx.alt("months", "month_abbreviations")
    wd = lx.alt("weekdays")
    seas = lx.alt("seasons")
    mod = lx.alt("modifiers")
    # "Jahresende", "Monatsbeginn": a modifier that names its unit itself.
    compound_mod = "(?:" + "|".join(w for w in lx["modifiers"] if w.startswith(("Jahres", "Monats"))) + ")"
    rel = lx.alt("relative", extra=tuple(w.capitalize() for w in lx["relative"]))
    runit = lx.alt("relative_units")
    num = lx.alt("numbers", extra=tuple(w.capitalize() for w in lx["numbers"]))
    numw = rf"(?:(?:[Ee]in|[Ee]ine|[Ee]inen|[Ee]inem|[Ee]iner)\s+(?:halbes|halben|halbe)|{num}|\d+(?:,\d+)?)"
    unit = lx.alt("units")
    vague = lx.alt("vague_numbers", extra=tuple(w.capitalize() for w in lx["vague_numbers"]))
    approx = lx.alt("approx")
    pod = lx.alt("parts_of_day")
    early = lx.alt("early_late")
    tz = lx.alt("timezones")
    ordw = lx.alt("ordinals")
    day = r"(?:0?[1-9]|[12]\d|3[01])"
    # "am frühen Morgen des 6. Juni", "in der Nacht vom 8. zum 9. Mai": a part of the day
    # in front of a date belongs to the expression.
    pod_pre = (
        rf"(?:(?P<pgegen>[Gg]egen\s+)?(?:(?P<pel>{early})\s+)?(?P<pod>(?!Mittag){pod})\s+(?:des|vom)\s+)?"
    )
    time = (
        rf"(?P<h>[01]?\d|2[0-4])(?:[:.](?P<mi>[0-5]\d))?\s?Uhr"
        rf"(?:\s(?P<mi2>[0-5]\d)(?![\d.,:]))?(?:\s+(?P<tz>{tz}))?"
    )

    # "in der Nacht vom 8. Februar auf den 9. Februar 1904": the year comes with the second day.
    range_year = (
        rf"(?=\s*(?:/|–|-|bis|und|oder|zum|auf)\s*(?:(?:den|dem|zum)\s+)?{day}\.\s?{mona}s?\s+"
        rf"(?P<lyear>1\d{{3}}|20\d{{2}}))"
    )
    # "zwei Monate nach dem deutschen Abzug": the event a duration counts from belongs to it.
    event = (
        r"(?:\s+(?:nach|vor)\s+(?:(?:dem|der|den|des|einem|einer|seinem|seiner|ihrem|ihrer)\s+"
        r"(?:[a-zäöü]\w*\s+){0,2}|Beginn\s+(?:des|der)\s+(?:[a-zäöü]\w*\s+)?)[A-ZÄÖÜ][\w-]*(?![\w-])"
        r"(?:\s+(?:des|der)\s+(?:[a-zäöü]\w*\s+)?[A-ZÄÖÜ][\w-]*(?![\w-]))?)?"
    )
    not_after = set(lx["not_year_after"])
    not_before = set(lx["not_year_before"])
    bare_month_ctx = set(lx["bare_month_left_context"])
    year_ctx = set(lx["year_left_context"])
    capital_function_words = set(lx["capital_function_words"])
    months = set(lx["months"])
    early_year = lx["early_year"]

    def year_ok(m: re.Match[str], text: str) -> bool:
        # "1500 Soldaten", "Nr. 1945", "2000 Euro": a number, not a year.
        shape = _year_by_shape(m, text, not_after)
        if shape is not None:
            return shape
        after = _word_after(text, m.end()).rstrip(".")
        if m.group("apx"):
            return True
        before = _word_before(text, m.start())
        if before in year_ctx or _YEAR_BEFORE.search(before):
            return True  # "bis 1945 Reichskanzler", "1946–1949 Bürgerkrieg"
        if before in ("und", "oder", "bzw.") and _YEAR_BEFORE.search(
            _word_before(text, m.start() - len(before) - 1)
        ):
            return True  # "zwischen 1946 und 1949 Truppen"
        if int(m.group("y")) < early_year:
            return False  # "und 1370 Landungsboote": before 1500 a year needs "im", "seit" …
        if after[:1].isupper() and after not in months and int(m.group("y")) % 100 == 0:
            # "mit 1500 Panzern", "2000 Flüchtlinge": a round number before a noun is a count
            # (while "wurde er 2010 Weltmeister" is a year), unless a word like "bis" makes it a
            # year ("von 1933 bis 1900 …").
            return False
        return before not in not_before

    def bare_month_ok(m: re.Match[str], text: str) -> bool:
        if m.group("y") or m.group("bcy") or m.group("mrel") or m.group("mod") or m.group("lyear"):
            return True
        return _word_before(text, m.start()) in bare_month_ctx

    def bare_season_ok(m: re.Match[str], text: str) -> bool:
        # "Hanna Herbst", "Josef Sommer", "Prager Frühling": after a capitalised word that is
        # no article or preposition, a season word is a name.
        if m.group("y") or m.group("bcy") or m.group("srel") or m.group("mod") or m.group("el"):
            return True
        before = _word_before(text, m.start())
        return not (before[:1].isupper() and before.isalpha() and before not in bare_month_ctx
                    and before not in capital_function_words)

    def pod_ok(m: re.Match[str], text: str) -> bool:
        if m.group("gegen") or m.group("el") or m.group("podrel") or m.group("podday"):
            return True
        return _word_before(text, m.start()).lower() in ("am", "in der", "der", "während", "die", "den")

    def not_quantity(m: re.Match[str], text: str) -> bool:
        # "in zwei Jahren" in the middle of a number range ("zwei bis drei Tage") stays whole.
        return _word_before(text, m.start()) not in ("bis", "-", "–")

    r = [
        Rule(
            "date",
            re.compile(
                pod_pre
                + rf"{_B}(?:(?P<wd>{wd}),?\s+(?:(?:den|dem)\s+)?)?(?P<d>{day})\.\s?(?P<mon>{mona})s?"
                + rf"(?:\s+{_yr(lx, '')}|{range_year})?(?:,\s+{time})?{_E}"
            ),
        ),
        Rule(
            "numdate",
            re.compile(rf"{_B}(?P<d>{day})\.(?P<m>0?[1-9]|1[0-2])\.(?P<y>\d{{4}}|\d{{2}})(?![\d.]\d)"),
        ),
        Rule(
            "daylist",
            re.compile(
                pod_pre
                + rf"{_B}(?P<d>{day})\.(?=\s*(?:/|–|-|bis|und|oder|zum|auf|,)\s*(?:(?:den|dem|zum)\s+)?"
                + rf"{day}\.\s?(?P<lmon>{mona})s?(?:\s+(?P<lyear>1\d{{3}}|20\d{{2}}))?)"
            ),
        ),
        Rule(
            "month",
            re.compile(
                rf"{_B}(?:(?P<gegen>Gegen)\s+)?(?:(?P<mod>{mod})\s+)?(?P<mon>{mon})"
                rf"(?:\s+(?:des\s+Jahres\s+)?{_yr(lx, '')}|\s+(?:des\s+)?(?P<mrel>{rel})\s+Jahres"
                rf"|(?=\s*(?:/|–|-|bis|und|oder)\s*(?:{mod}\s+)?{mon}\s+(?P<lyear>1\d{{3}}|20\d{{2}})))?{_E}"
            ),
            bare_month_ok,
        ),
        Rule(
            "season",
            re.compile(
                rf"{_B}(?:(?P<gegen>Gegen)\s+)?(?:(?P<mod>{mod})\s+(?:des\s+)?)?(?:(?P<el>{early})\s+)?"
                rf"(?P<season>{seas})(?:\s+(?:des\s+Jahres\s+)?{_yr(lx, '')}"
                rf"|\s+(?:des\s+)?(?P<srel>{rel})\s+Jahres)?{_E}"
            ),
            bare_season_ok,
        ),
        Rule(
            "yearmod",
            re.compile(
                rf"{_B}(?:(?P<gegen>Gegen)\s+)?(?P<mod>{mod})\s+(?:des\s+Jahres\s+|der\s+Jahre\s+)?"
                + _yr(lx, "")
                + _E
            ),
        ),
        Rule(
            "yearword",
            re.compile(
                rf"{_B}(?:(?P<apx>[Uu]m)\s+das\s+|(?:Laufe\s+des\s+))?(?:Jahr|Jahre|Jahres|Jahren|Jahrs)\s+"
                + _yr(lx, "", short=True)
                + _E
            ),
        ),
        Rule(
            "year",
            re.compile(
                r"(?:(?P<apx>[Uu]m|[Ee]twa|ca\.|[Cc]irca|[Gg]egen)\s+)?(?<![\w.,:-])"
                + rf"(?:{_yr(lx, '')}|(?P<ys>\d{{3}})(?=/\d{{1,4}}\s?{lx.alt('bc')}))(?![\w]|-[^\d])"
            ),
            year_ok,
        ),
        Rule("yearshort", re.compile(r"(?<=\b(?P<cent>1\d|20)\d\d/)(?P<ys>\d\d)(?!\d)")),
        Rule(
            "decade",
            re.compile(
                rf"{_B}(?:(?P<mod>{mod})\s+der\s+|(?:den|die|der)\s+)?"
                rf"(?:(?:(?P<dec>\d{{1,3}}0)er|(?P<decw>{lx.alt('decade_words')}))\s*-?\s*Jahren?"
                rf"|(?P<decn>\d{{1,3}}0)ern){_E}"
            ),
        ),
        Rule(
            "century",
            re.compile(
                rf"{_B}(?:(?P<mod>{mod})\s+des\s+)?(?:(?P<cn>\d{{1,2}})\.|(?P<cw>{ordw}))\s?"
                rf"(?:Jahrhunderts?|Jh\.)(?:\s?(?P<bc>{lx.alt('bc')}))?"
            ),
        ),
        Rule("time", re.compile(rf"{_B}{time}{_E}")),
        Rule("midnight", re.compile(rf"{_B}Mitternacht{_E}")),
        Rule(
            "pod",
            re.compile(
                rf"{_B}(?:(?P<gegen>[Gg]egen)\s+)?(?:(?P<podrel>gleichen|selben|desselben|demselben)\s+)?"
                rf"(?:(?P<el>{early})\s+)?(?P<pod>{pod})(?:\s+(?P<podday>{rel})\s+Tages|(?!\s+(?:des|vom)\s)){_E}"
                rf"|{_B}(?P<podadv>{lx.alt('part_of_day_adverbs')}){_E}"
            ),
            pod_ok,
        ),
        Rule(
            "deictic",
            re.compile(
                rf"{_B}(?P<dw>{lx.alt('deictic_days')}|Heute|Gestern|Vorgestern|Übermorgen)"
                rf"(?:\s+(?P<dpod>früh|{pod}|Vormittag|Nachmittag))?{_E}"
            ),
        ),
        Rule("fixedref", re.compile(rf"{_B}(?P<ref>{lx.alt('fixed_refs')}){_E}")),
        Rule("anaref", re.compile(rf"{_B}(?P<ref>{lx.alt('anaphoric_refs')}){_E}")),
        Rule(
            "shift",
            re.compile(
                rf"{_B}(?:(?P<apx>{approx})\s+)?(?P<num>{numw})\s+(?P<unit>{unit})\s+"
                rf"(?P<dir>{lx.alt('shift_words')}){_E}"
                rf"|{_B}(?P<am>[Aa]m\s+)?(?P<tag>Tag|[Tt]ags)\s+(?P<dir2>darauf|danach|zuvor){_E}"
                rf"|{_B}(?:[Aa]m|[Vv]om)\s+(?P<dnoun>{lx.alt('day_shift_nouns')}){_E}"
            ),
        ),
        Rule(
            "after",
            re.compile(
                rf"{_B}(?P<prep>[Nn]ach|[Vv]or|[Ii]n)\s+(?:(?P<apx>{approx})\s+)?(?P<num>{numw})\s+"
                rf"(?P<unit>{unit}){_E}"
            ),
            not_quantity,
        ),
        Rule(
            "relunit",
            re.compile(
                rf"{_B}(?:(?P<prep>[AaIi]m|[Aa]n)\s+(?=(?:selben|gleichen|diesem)\s))?"
                rf"(?:(?P<art>[Dd]as|[Dd]en)\s+)?(?:(?:ganze|ganzen)\s+)?(?P<rel>{rel})\s+"
                rf"(?:(?:ganze|ganzen)\s+)?(?P<unit>{runit}|{seas}|{mon}|{wd}){_E}"
            ),
        ),
        Rule(
            "modunit",
            re.compile(
                rf"{_B}(?:(?P<gegen>Gegen)\s+)?(?P<mod>{mod})\s+(?:(?P<art>des|der)\s+)?(?:(?P<rel>{rel})\s+)?"
                rf"(?P<unit>Jahres|Jahrs|Monats|Woche|Jahrzehnts|Jahrhunderts|Tages){_E}"
            ),
        ),
        Rule("compoundmod", re.compile(rf"{_B}(?:(?P<gegen>[Gg]egen)\s+)?(?P<mod>{compound_mod}){_E}")),
        Rule("compoundyear", re.compile(rf"{_B}(?P<cy>{lx.alt('compound_years')}){_E}")),
        Rule(
            "plural",
            re.compile(
                rf"{_B}(?:(?P<art>den|die|der)\s+)?(?P<rel>{rel}|ersten)\s+(?:(?P<num>{numw})\s+)?"
                rf"(?P<unit>Tagen|Tage|Wochen|Monaten|Monate|Jahren|Jahre|Jahrzehnten|Jahrzehnte|Stunden){_E}"
                rf"|{_B}(?P<cpy>{lx.alt('compound_plural_years')}){_E}"
            ),
        ),
        Rule(
            "duration",
            re.compile(
                rf"{_B}(?:(?P<apx>{approx})\s+)?(?:(?P<num>{numw})|(?P<vague>{vague}))\s+"
                rf"(?:(?:ganzen?|vollen?|weiteren?|langen?)\s+)?(?P<unit>{unit})"
                rf"(?:\s+und\s+(?P<num2>{numw})\s+(?P<unit2>{unit}))?{_E}{event}"
                rf"|(?<=[Ss]eit\s)(?P<bare>Jahren|Jahrzehnten|Monaten|Wochen){_E}"
                rf"|{_B}(?:(?P<vague2>{vague})\s+)?(?P<bare2>Jahre|Jahrzehnte|Monate|Wochen|Tage)\s+zuvor{_E}"
            ),
            not_quantity,
        ),
        Rule(
            "unitadj",
            re.compile(
                rf"{_B}(?:(?P<apx>{approx})\s+)?(?P<num>\d+-?|{num}|ein)(?P<ua>{lx.alt('unit_adjectives')})(?:e|en|er|es|em)?{_E}"
                rf"|{_B}(?P<ganz>ganzjährig)(?:e|en|er|es|em)?{_E}"
                rf"|{_B}(?P<long>{lx.alt('unit_long_adverbs')})(?:e|en|er|es|em)?{_E}"
                rf"|{_B}(?P<cnum>\d+|[A-ZÄÖÜ][a-zäöüß]+)-(?P<cunit>Tage|Stunden|Wochen|Monate|Jahre)(?=-)"
            ),
        ),
        Rule(
            "set",
            re.compile(
                rf"{_B}(?P<set>{lx.alt('sets')}){_E}"
                rf"|{_B}(?P<jed>[Jj]ede[nrs]?)\s+(?P<sunit>Tag|Woche|Monat|Jahr|{wd}){_E}"
                rf"|{_B}(?P<wdadv>{lx.alt('weekday_adverbs')}){_E}"
            ),
        ),
        Rule(
            "holiday",
            re.compile(
                rf"{_B}(?P<hol>{lx.alt('holidays', 'easter_holidays')})(?:\s+{_yr(lx, '')})?{_E}"
                rf"|(?<![\w-])(?P<named>{lx.alt('named_dates')}){_E}"
            ),
        ),
        Rule(
            "quarter",
            re.compile(
                rf"{_B}(?:(?P<qn>[1-4])\.|(?P<qw>{ordw}))\s+(?P<q>{lx.alt('quarters')})"
                rf"(?:\s+(?:des\s+Jahres\s+)?{_yr(lx, '')})?{_E}"
                rf"|{_B}(?P<qq>Q[1-4]|H[12])\s*/?\s*(?P<qy>1\d{{3}}|20\d{{2}}){_E}"
            ),
        ),
        Rule(
            "weekday",
            # "in der Nacht zum Samstag": the night that ends on that day is one expression
            # (alone, "Nacht" would take the date last mentioned)
            re.compile(rf"{_B}(?:(?P<wnight>Nacht)\s+(?:zum|zu|auf)\s+(?:den\s+)?)?"
                       rf"(?P<wd>{wd})(?P<wpod>morgen|vormittag|mittag|nachmittag|abend|nacht)?{_E}"),
        ),
    ]
    # Speed: each rule is tried only around its keys — words looked up in one pass over the
    # text's words (a phrase by its last word), or a pattern that starts with a digit.
    def words(*keys: str, extra: tuple[str, ...] = ()) -> tuple[frozenset[str], int]:
        found, back = set(extra), 0
        for key in keys:
            for phrase in lx[key]:
                tokens = re.findall(r"\w+", phrase)
                if tokens:
                    found.add(tokens[-1])
                    back = max(back, len(phrase) - len(tokens[-1]))
        return frozenset(found), back

    units_w = words("units")[0]
    weekday_w = frozenset(lx["weekdays"]) | {w + p for w in lx["weekdays"] for p in
                                            ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht")}
    fixed_w, fixed_back = words("fixed_refs")
    ana_w, ana_back = words("anaphoric_refs")
    hol_w, hol_back = words("holidays", "easter_holidays", "named_dates")
    keys: dict[str, tuple[str | None, frozenset[str], int]] = {
        "date": (r"\d\.\s?[A-ZÄÖÜ]", frozenset(), 70),
        "numdate": (r"\d\.\d{1,2}\.\d\d", frozenset(), 3),
        "daylist": (r"\d\.\s*(?:/|–|-|bis|und|oder|zum|auf|,)", frozenset(), 40),
        "month": (None, frozenset(lx["months"]), 16),
        "season": (None, frozenset(lx["seasons"]), 32),
        "yearmod": (None, frozenset(lx["modifiers"]), 7),
        "yearword": (None, frozenset({"Jahr", "Jahre", "Jahres", "Jahren", "Jahrs"}), 16),
        "year": (r"\d\d\d", frozenset(), 12),
        "yearshort": (r"\d/(\d\d)", frozenset(), 0),
        "decade": (r"\d0er", words("decade_words")[0], 30),
        "century": (None, frozenset({"Jahrhundert", "Jahrhunderts", "Jh"}), 40),
        "time": (None, frozenset({"Uhr"}), 14),
        "midnight": (None, frozenset({"Mitternacht"}), 0),
        "pod": (None, words("parts_of_day", "part_of_day_adverbs")[0], 30),
        "deictic": (None, words("deictic_days", extra=("Heute", "Gestern", "Vorgestern", "Übermorgen"))[0], 0),
        "fixedref": (None, fixed_w, fixed_back + 4),
        "anaref": (None, ana_w, ana_back + 4),
        "shift": (None, words("shift_words", "day_shift_nouns")[0], 45),
        "after": (None, units_w, 40),
        "relunit": (None, words("relative", extra=tuple(w.capitalize() for w in lx["relative"]))[0], 12),
        "modunit": (None, frozenset(lx["modifiers"]), 7),
        "compoundmod": (None, frozenset(lx["modifiers"]), 7),
        "compoundyear": (None, frozenset(lx["compound_years"]), 0),
        "plural": (None, units_w | frozenset(lx["compound_plural_years"]), 45),
        "duration": (None, units_w, 50),
        "unitadj": (r"tägig|wöchig|monatig|jährig|stündig|lang|-(?:Tage|Stunden|Wochen|Monate|Jahre)-",
                    frozenset(), 25),
        "set": (None, words("sets", "weekday_adverbs", extra=("jede", "jeden", "jeder", "jedes", "Jede",
                                                             "Jeden", "Jeder", "Jedes"))[0], 0),
        "holiday": (None, hol_w, hol_back + 4),
        "quarter": (None, frozenset({"Quartal", "Quartals", "Halbjahr", "Halbjahres", "Jahreshälfte", "Q1",
                                     "Q2", "Q3", "Q4", "H1", "H2"}), 20),
        "weekday": (None, weekday_w, len("Nacht auf den ")),
    }
    compiled = []
    for rule in r:
        key, key_words, back = keys[rule.name]
        compiled.append(replace(rule, key=re.compile(key) if key else None, words=key_words, back=back))
    return tuple(compiled)


def _english(lx: Lexicon) -> tuple[Rule, ...]:
    """The English table: the rule names and named groups of the German one, in English order.

    Months and weekdays are capitalised in English, so month names are the keys; a bare month
    needs a left context ("in May", not "Russia may"), as in German. Dates are month-first or
    day-first ("February 12, 2025", "12 February 2025"); all-numeric dates only where the order
    is unambiguous: ISO, or a day over 12 ("13/02/2025", "2/13/2025"); "12/02/2025" is skipped.
    """
    def cap(key: str) -> tuple[str, ...]:
        return tuple(w[:1].upper() + w[1:] for w in lx[key])

    mon = lx.alt("months")
    mona = lx.alt("months", "month_abbreviations")
    wd = lx.alt("weekdays")
    seas = lx.alt("seasons")
    mod = lx.alt("modifiers")
    rel = lx.alt("relative")
    runit = lx.alt("relative_units")
    num = lx.alt("numbers", extra=cap("numbers"))
    numw = rf"(?:{num}|\d+(?:\.\d+)?)"
    unit = lx.alt("units")
    plural_unit = "(?:" + "|".join(sorted((w for w in lx["units"] if w.endswith("s")), key=len, reverse=True)) + ")"
    vague = lx.alt("vague_numbers", extra=cap("vague_numbers"))
    approx = lx.alt("approx")
    pod = lx.alt("parts_of_day")
    early = lx.alt("early_late")
    ordw = lx.alt("ordinals", extra=cap("ordinals"))
    yr = _yr(lx, "")
    day = r"(?:0?[1-9]|[12]\d|3[01])"
    th = r"(?:st|nd|rd|th)?"
    # "3 p.m.", "10:30 a.m. local time", "15:00 GMT": a bare "15.00" or "3" is no time in English.
    ampm = r"(?:[ap]\.m\.|[ap]m\b|[AP]M\b)"
    time = (
        rf"(?=\d{{1,2}}(?::[0-5]\d|(?:\.[0-5]\d)?\s?{ampm}))(?P<h>[01]?\d|2[0-4])(?:[:.](?P<mi>[0-5]\d))?"
        rf"(?:\s?(?P<ampm>{ampm}))?(?:\s+(?P<tz>{lx.alt('timezones')}))?"
    )
    # "February 12-13, 2025": the year comes after the second day.
    range_year = rf"(?=\s*(?:-|–|and|to|or)\s*{day}{th},?\s+(?P<lyear>1\d{{3}}|20\d{{2}}))"
    wd_pre = rf"(?:(?P<wd>{wd}),?\s+)?"

    not_after = set(lx["not_year_after"])
    not_before = set(lx["not_year_before"])
    bare_month_ctx = set(lx["bare_month_left_context"])
    year_ctx = set(lx["year_left_context"])
    capital_function_words = set(lx["capital_function_words"])
    needs_context = set(lx["season_needs_context"])
    article_ctx = set(lx["article_duration_context"])
    early_year = lx["early_year"]

    def year_ok(m: re.Match[str], text: str) -> bool:
        # "2000 soldiers", "Resolution 2231": a number, not a year. English writes counts from
        # a thousand up with a comma ("2,000"), so a bare four-digit number is mostly a year.
        shape = _year_by_shape(m, text, not_after)
        if shape is not None:
            return shape
        before = _word_before(text, m.start())
        if before in not_before:
            return False
        if m.group("apx") or before in year_ctx or _YEAR_BEFORE.search(before):
            return True
        return int(m.group("y")) >= early_year

    def bare_month_ok(m: re.Match[str], text: str) -> bool:
        if m.group("y") or m.group("bcy") or m.group("mrel") or m.group("mod") or m.group("lyear"):
            return True
        return _word_before(text, m.start()) in bare_month_ctx

    def bare_season_ok(m: re.Match[str], text: str) -> bool:
        # "the Arab Spring": after a capitalised word that is no function word, a season is a
        # name; "the fall of Kabul": "fall" is a season only with a year.
        if m.group("y") or m.group("bcy") or m.group("srel"):
            return True
        if m.group("season") in needs_context:
            return False
        if m.group("mod") or m.group("el"):
            return True
        before = _word_before(text, m.start())
        return not (before[:1].isupper() and before.isalpha() and before not in capital_function_words)

    def decade_ok(m: re.Match[str], text: str) -> bool:
        # "the 1990s" always; "the nineties", "the '80s" only after "the" (or a modifier):
        # "in his 80s", "in their twenties" are ages.
        if m.group("dec") or m.group("mod"):
            return True
        start = m.start() - 1 if text[m.start() - 1 : m.start()] in ("'", "’") else m.start()
        return _word_before(text, start) in ("the", "The")

    def pod_ok(m: re.Match[str], text: str) -> bool:
        # "in the morning", "that night"; not "Good Morning America".
        return bool(m.group("el")) or _word_before(text, m.start()) in ("the", "that", "That")

    def duration_ok(m: re.Match[str], text: str) -> bool:
        # "for a week" is a duration; "30,000 soldiers a month" a rate.
        if m.group("num") in ("a", "an", "A", "An") and not m.group("apx"):
            return _word_before(text, m.start()) in article_ctx
        return True

    def quarter_ok(m: re.Match[str], text: str) -> bool:
        # "the first half of the year" is a date, "the first half of the match" is not.
        if m.group("qq") or m.group("q") == "quarter" or m.group("y"):
            return True
        return text.startswith(" of the year", m.end())

    def rule(name: str, pattern: str, accept: Accept | None = None, *, key: str | None = None,
             words: frozenset[str] | tuple[str, ...] = (), back: int = 0) -> Rule:
        return Rule(name, re.compile(pattern), accept, re.compile(key) if key else None, frozenset(words), back)

    def last_words(*keys: str, extra: tuple[str, ...] = ()) -> tuple[frozenset[str], int]:
        """The last word of each phrase under ``keys`` (the tagger's key words), and how far
        before it a phrase starts."""
        found, back = set(extra), 0
        for k in keys:
            for phrase in lx[k]:
                tokens = re.findall(r"\w+", phrase)
                if tokens:
                    found.add(tokens[-1])
                    back = max(back, len(phrase) - len(tokens[-1]))
        return frozenset(found), back

    month_w = last_words("months", "month_abbreviations")[0]
    units_w = last_words("units")[0]
    deictic_w, deictic_back = last_words("deictic_days", extra=tuple(lx["parts_of_day"]))
    fixed_w, fixed_back = last_words("fixed_refs")
    ana_w, ana_back = last_words("anaphoric_refs")
    hol_w, hol_back = last_words("holidays", "easter_holidays", "named_dates")
    rel_w = last_words("relative")[0]
    return (
        # "Wednesday, February 12, 2025", "Feb. 12", "June 3 at 10:30 a.m."
        rule("date", rf"{_B}{wd_pre}(?P<mon>{mona})\s+(?P<d>{day}){th}(?![\d:])"
                     rf"(?:,?\s+{yr}|{range_year})?(?:,?\s+(?:at\s+)?{time})?(?!\w|-\D)",
             words=month_w, back=12),
        # "12 February 2025", "Wednesday, 12 Feb.", "the 12th of February"
        rule("date", rf"{_B}{wd_pre}(?:the\s+)?(?P<d>{day}){th}\s+(?:of\s+)?(?P<mon>{mona})(?:,?\s+{yr})?"
                     rf"(?:,?\s+(?:at\s+)?{time})?{_E}",
             key=r"\d(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z]", back=20),
        rule("numdate", rf"{_B}(?P<y>1\d{{3}}|20\d{{2}})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])",
             key=r"\d-[01]\d-", back=4),
        rule("numdate", rf"{_B}(?P<d>1[3-9]|2\d|3[01])/(?P<m>0?[1-9]|1[0-2])/(?P<y>\d{{4}})(?![\d/])",
             key=r"\d/\d", back=2),
        rule("numdate", rf"{_B}(?P<m>0?[1-9]|1[0-2])/(?P<d>1[3-9]|2\d|3[01])/(?P<y>\d{{4}})(?![\d/])",
             key=r"\d/\d", back=2),
        # "12 and 13 February": the first day takes the month of the second.
        rule("daylist", rf"{_B}(?P<d>{day}){th}(?=\s*(?:-|–|and|to|or|,)\s*{day}{th}\s+(?:of\s+)?"
                        rf"(?P<lmon>{mona})(?:,?\s+(?P<lyear>1\d{{3}}|20\d{{2}}))?)",
             key=r"\d(?:st|nd|rd|th)?\s*(?:-|–|and|to|or|,)\s*\d", back=3),
        # "March 2022", "mid-March", "end of March", "March of last year", "March to May 2022"
        rule("month", rf"{_B}(?:(?P<mod>{mod})[\s-]+)?(?P<mon>{mon})"
                      rf"(?:,?\s+(?:of\s+)?{yr}|\s+(?:of\s+)?(?P<mrel>{rel})\s+year"
                      rf"|(?=\s*(?:-|–|to|and|or|through)\s*(?:{mod}[\s-]+)?{mon},?\s+(?P<lyear>1\d{{3}}|20\d{{2}})))?"
                      rf"{_E}",
             bare_month_ok, words=month_w, back=16),
        # "the spring of 2023", "early summer", "winter 2024"
        rule("season", rf"{_B}(?:(?P<mod>{mod})[\s-]+(?:the\s+)?)?(?:(?P<el>{early})\s+)?(?P<season>{seas})"
                       rf"(?:\s+(?:of\s+)?{yr}|\s+(?:of\s+)?(?P<srel>{rel})\s+year)?{_E}",
             bare_season_ok, words=frozenset(lx["seasons"]), back=20),
        # "late 2024", "mid-2024", "the end of 2024"
        rule("yearmod", rf"{_B}(?P<mod>{mod})[\s-]+{yr}{_E}", key=r"(?:1\d|20)\d\d", back=14),
        rule("yearword", rf"{_B}(?:(?P<apx>around)\s+)?(?:the\s+)?year\s+{yr}{_E}", words=("year",), back=12),
        rule("year", rf"(?:(?P<apx>{approx})\s+)?(?<![\w.,:/$€£-])"
                     rf"(?:{yr}|(?P<ys>\d{{3}})(?=/\d{{1,4}}\s?{lx.alt('bc')}))(?![\w]|-[^\d])",
             year_ok, key=r"\d\d\d", back=16),
        rule("yearshort", r"(?<=\b(?P<cent>1\d|20)\d\d/)(?P<ys>\d\d)(?!\d)", key=r"\d/(\d\d)"),
        # "the 1990s", "the early 2000s", "the '90s", "the nineties"
        rule("decade", rf"{_B}(?:(?P<mod>{mod})[\s-]+)?(?:(?P<dec>(?:1\d|20)\d0)s|['’]?(?P<decn>\d0)s"
                       rf"|(?P<decw>{lx.alt('decade_words')})){_E}",
             decade_ok, key=r"\d0s\b", words=frozenset(lx["decade_words"]), back=16),
        rule("century", rf"{_B}(?:(?P<mod>{mod})[\s-]+)?(?:(?P<cn>\d{{1,2}})(?:st|nd|rd|th)|(?P<cw>{ordw}))"
                        rf"[\s-]+century(?:\s?(?P<bc>{lx.alt('bc')}))?{_E}",
             words=("century",), back=30),
        rule("time", rf"{_B}{time}{_E}", key=rf"\d(?::[0-5]\d|\s?{ampm})", back=3),
        rule("midnight", rf"{_B}midnight{_E}", words=("midnight",)),
        rule("pod", rf"{_B}(?:(?P<el>{early})\s+)?(?P<pod>{pod}){_E}", pod_ok,
             words=frozenset(lx["parts_of_day"]), back=6),
        # "yesterday", "tomorrow morning", "tonight", "last night"
        rule("deictic", rf"{_B}(?P<dw>{lx.alt('deictic_days')})(?:\s+(?P<dpod>{pod}))?{_E}",
             words=deictic_w, back=deictic_back + 10),
        rule("fixedref", rf"{_B}(?P<ref>{lx.alt('fixed_refs')}){_E}", words=fixed_w, back=fixed_back + 4),
        rule("anaref", rf"{_B}(?P<ref>{lx.alt('anaphoric_refs')}){_E}", words=ana_w, back=ana_back + 4),
        # "two days later", "a year earlier", "the day before."
        rule("shift", rf"{_B}(?:(?P<apx>{approx})\s+)?(?P<num>{numw})\s+(?P<unit>{unit})\s+"
                      rf"(?P<dir>{lx.alt('shift_adverbs')}){_E}"
                      rf"|{_B}(?P<am>[Tt]he\s+)(?P<tag>day)\s+(?P<dir2>before|after)(?=\s*[,.;:)]|$)",
             words=last_words("shift_adverbs", extra=("before", "after"))[0], back=45),
        # "in two weeks", "within a month", "after two days"
        rule("after", rf"{_B}(?P<prep>{lx.alt('duration_prepositions')})\s+(?:(?P<apx>{approx})\s+)?"
                      rf"(?P<num>{numw})\s+(?P<unit>{unit}){_E}",
             words=units_w, back=40),
        # "two years ago", "about a week ago"
        rule("after", rf"{_B}(?:(?P<apx>{approx})\s+)?(?P<num>{numw})\s+(?P<unit>{unit})\s+(?P<prep>ago){_E}",
             words=("ago",), back=45),
        # "last week", "next month", "this year", "last Wednesday", "the following day"
        rule("relunit", rf"{_B}(?:(?P<art>[Tt]he)\s+)?(?P<rel>{rel})\s+(?P<unit>{runit}|{seas}|{mon}|{wd}){_E}",
             words=rel_w, back=4),
        # "earlier this month", "late last year", "early next year", "the end of the year"
        rule("modunit", rf"{_B}(?P<mod>{mod})\s+(?:(?P<art>the)\s+)?(?:(?P<rel>{rel})\s+)?"
                        rf"(?P<unit>year|month|week|decade){_E}",
             words=("year", "month", "week", "decade"), back=30),
        # "in recent years", "the past three weeks", "the coming days"
        rule("plural", rf"{_B}(?:(?P<art>[Tt]he)\s+)?(?P<rel>{rel})\s+(?:(?P<num>{numw}|few|several)\s+)?"
                       rf"(?P<unit>{plural_unit}){_E}",
             words=units_w, back=45),
        # "two days", "more than 100 days", "several weeks", "two years and three months", "for years"
        rule("duration", rf"{_B}(?:(?P<apx>{approx})\s+)?(?:(?P<num>{numw})|(?P<vague>{vague}))\s+"
                         rf"(?:(?:full|whole|more|long|straight)\s+)?(?P<unit>{unit})"
                         rf"(?:\s+and\s+(?P<num2>{numw})\s+(?P<unit2>{unit}))?{_E}"
                         rf"|(?<=[Ff]or\s)(?P<bare>years|decades|months|weeks){_E}",
             duration_ok, words=units_w, back=50),
        # "a three-day visit", "a 90-minute call" (not "a 20-year-old man": an age)
        rule("unitadj", rf"{_B}(?:(?P<apx>{approx})\s+)?(?P<num>\d+|{num})-(?P<ua>{lx.alt('unit_adjectives')}){_E}",
             key=r"-(?:second|minute|hour|day|week|month|year|decade)\b", back=25),
        rule("set", rf"{_B}(?P<set>{lx.alt('sets')}){_E}"
                    rf"|{_B}(?P<jed>{lx.alt('every')})\s+(?P<sunit>day|week|month|year|{wd}){_E}"
                    rf"|{_B}(?P<wdadv>{lx.alt('weekday_adverbs')}){_E}",
             words=frozenset(lx["sets"]) | frozenset(lx["every"]) | frozenset(lx["weekday_adverbs"]), back=0),
        # "once a week", "twice a month"
        rule("set", rf"{_B}(?P<jed>[Oo]nce|[Tt]wice)\s+an?\s+(?P<sunit>day|week|month|year){_E}",
             words=("day", "week", "month", "year"), back=12),
        rule("holiday", rf"{_B}(?P<hol>{lx.alt('holidays', 'easter_holidays')})(?:,?\s+{yr})?{_E}"
                        rf"|(?<![\w-])(?P<named>{lx.alt('named_dates')}){_E}",
             words=hol_w, back=hol_back + 4),
        # "the first quarter of 2025", "Q1 2025", "the second half of the year"
        rule("quarter", rf"{_B}(?:(?P<qn>[1-4])(?:st|nd|rd|th)|(?P<qw>{ordw}))\s+(?P<q>{lx.alt('quarters')})"
                        rf"(?:\s+of\s+{yr})?{_E}|{_B}(?P<qq>Q[1-4]|H[12])\s*/?\s*(?P<qy>1\d{{3}}|20\d{{2}}){_E}",
             quarter_ok, words=("quarter", "half", "Q1", "Q2", "Q3", "Q4", "H1", "H2"), back=20),
        rule("weekday", rf"{_B}(?P<wd>{wd})(?:\s+(?P<wpod>morning|afternoon|evening|night))?{_E}",
             words=frozenset(lx["weekdays"])),
    )


_TABLES: dict[str, Callable[[Lexicon], tuple[Rule, ...]]] = {"de": _german, "en": _english}


def find(text: str, language: str = "de") -> list[tuple[int, int, int, re.Match[str]]]:
    """The matches to normalise, in text order: (start, end, rule index, match).

    Every rule's matches that their context accepts; of overlapping ones the longest (earlier
    rules win ties).
    """
    return _longest(_candidates(text, language))


_WORD_START = re.compile(r"(?<![\w])\w")
_WORD = re.compile(r"\w+")


def _candidates(text: str, language: str) -> list[tuple[int, int, int, Any]]:
    """Every match of every rule that its context accepts: (start, end, rule index, match)."""
    table = rules(language)
    # One pass over the words of the text finds the key words of all rules.
    keywords = _keywords(language)
    at: dict[str, list[int]] = {}
    for w in _WORD.finditer(text):
        word = w.group()
        if word in keywords:
            at.setdefault(word, []).append(w.start())
    found = []
    for i, rule in enumerate(table):
        for m in _matches(rule, text, at):
            if m.end() > m.start() and (rule.accept is None or rule.accept(m, text)):
                found.append((m.start(), m.end(), i, m))
    return found


@cache
def _keywords(language: str) -> frozenset[str]:
    return frozenset().union(*(rule.words for rule in rules(language)))


def _matches(rule: Rule, text: str, at: dict[str, list[int]]) -> list[re.Match[str]]:
    """The matches of a rule around the hits of its key pattern and key words.

    Running thirty patterns over every position of a text is slow; the keys (month names,
    digits, unit words) are found fast, and the full pattern is tried only at the few word
    starts just before each hit.
    """
    # The text's key words are few and a rule's may be hundreds (inflected month names): walk
    # the shorter of the two.
    if len(at) < len(rule.words):
        hits = {p for word, ps in at.items() if word in rule.words for p in ps}
    else:
        hits = {p for word in rule.words for p in at.get(word, ())}
    if rule.key is not None:
        # Keys may overlap ("in der Folge" / "Folgezeit"): search on from the next character.
        # A key with a group points at the group ("1918/[19]").
        k = rule.key.search(text)
        while k is not None:
            hits.add(k.start(1) if k.re.groups else k.start())
            k = rule.key.search(text, k.start() + 1)
    seen: dict[tuple[int, int], re.Match[str]] = {}
    match = rule.pattern.match
    for ks in sorted(hits):
        for w in _WORD_START.finditer(text, max(0, ks - rule.back), ks + 1):
            m = match(text, w.start())
            if m is not None and m.end() > ks:
                seen.setdefault(m.span(), m)
    return list(seen.values())


def _longest(found: list[tuple[int, int, int, Any]]) -> list[tuple[int, int, int, Any]]:
    """The longest matches that do not overlap (earlier rules win ties), in text order."""
    found.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    taken: list[tuple[int, int, int, Any]] = []
    covered: dict[int, bool] = {}
    for c in found:
        if any(k in covered for k in range(c[0], c[1])):
            continue
        covered.update(dict.fromkeys(range(c[0], c[1]), True))
        taken.append(c)
    taken.sort(key=lambda c: c[0])
    return taken
