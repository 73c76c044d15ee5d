"""The temporal tagger: one table per expression family, each with its document date."""

from __future__ import annotations

import datetime as dt

import pytest

from lagebild.model import Document
from lagebild.time import tag_text, time_stage, timex_json

D = dt.date
DCT = D(2025, 2, 24)


def _one(text: str, dct: dt.date | None, *, narrative: bool = False, nth: int = -1):
    found = tag_text(text, dct, narrative=narrative)
    assert found, f"nothing found in {text!r}"
    return found[nth]


def _spans(text: str, dct: dt.date | None = DCT) -> list[str]:
    return [text[t.start : t.end] for t in tag_text(text, dct)]


# (text, document date, span, type, value, mod)
ABSOLUTE = [
    ("Der Kontakt fand am 28. Januar 2017 statt.", D(2025, 2, 24), "28. Januar 2017", "DATE", "2017-01-28", None),
    ("Der Gipfel fand im Juli 2017 in Hamburg statt.", D(2025, 2, 24), "Juli 2017", "DATE", "2017-07", None),
    ("Bereits 2019 trafen sich beide.", D(2025, 2, 24), "2019", "DATE", "2019", None),
    ("Im Jänner 2020 schneite es.", D(2025, 2, 24), "Jänner 2020", "DATE", "2020-01", None),
    ("Am 3. Okt. 1990 kam die Einheit.", D(2025, 2, 24), "3. Okt. 1990", "DATE", "1990-10-03", None),
    ("Die Weisung vom 1.9.39 galt.", D(2011, 2, 16), "1.9.39", "DATE", "1939-09-01", None),
    ("Im Frühjahr 2019 begann es.", D(2025, 2, 24), "Frühjahr 2019", "DATE", "2019-SP", None),
    ("Im ersten Quartal 2024 sank der Umsatz.", D(2025, 2, 24), "ersten Quartal 2024", "DATE", "2024-Q1", None),
    ("In den 1990er Jahren wuchs die Stadt.", D(2025, 2, 24), "den 1990er Jahren", "DATE", "199", None),
    ("In den 80ern hörte man Punk.", D(2025, 2, 24), "den 80ern", "DATE", "198", None),
    ("In den zwanziger Jahren feierte man.", D(2025, 2, 24), "den zwanziger Jahren", "DATE", "192", None),
    ("Der Krieg des 20. Jahrhunderts", D(2025, 2, 24), "20. Jahrhunderts", "DATE", "19", None),
    ("Die Flotte kam 490 v. Chr. an.", D(2025, 2, 24), "490 v. Chr.", "DATE", "BC0490", None),
    ("Weihnachten 2024 war kalt.", D(2025, 2, 24), "Weihnachten 2024", "DATE", "2024-12-25", None),
    ("Ostern 2025 fiel spät.", D(2025, 2, 24), "Ostern 2025", "DATE", "2025-04-20", None),
    ("Der Angriff begann um 4:45 Uhr.", D(2025, 2, 24), "4:45 Uhr", "TIME", "2025-02-24T04:45", None),
]

MODIFIED = [
    ("Sie treffen sich voraussichtlich Ende Februar.", D(2025, 2, 24), "Ende Februar", "DATE", "2025-02", "END"),
    ("Anfang März 2019 fiel Schnee.", D(2025, 2, 24), "Anfang März 2019", "DATE", "2019-03", "START"),
    ("Das war Mitte 2019.", D(2025, 2, 24), "Mitte 2019", "DATE", "2019", "MID"),
    ("Seit 2014 führt Russland Krieg.", D(2025, 2, 24), "2014", "DATE", "2014", "AFTER"),
    ("Bis zum 3. Mai 2020 blieb es ruhig.", D(2025, 2, 24), "3. Mai 2020", "DATE", "2020-05-03", "BEFORE"),
    ("Um 1900 lebten hier wenige.", D(2025, 2, 24), "Um 1900", "DATE", "1900", "APPROX"),
    ("Gegen Ende 1967 kippte die Lage.", D(2025, 2, 24), "Gegen Ende 1967", "DATE", "1967", "END"),
    ("Das Treffen im Spätsommer 2024", D(2025, 2, 24), "Spätsommer 2024", "DATE", "2024-SU", "END"),
    ("Er blieb etwa eine Woche.", D(2025, 2, 24), "etwa eine Woche", "DURATION", "P1W", "APPROX"),
]

RELATIVE = [
    # the seeds: "vor acht Jahren" from 2025-01-21 is 2017; "im vergangenen Sommer" from 2026-01-15
    ("Nach Trumps erster Amtseinführung vor acht Jahren herrschte Euphorie.", D(2025, 1, 21),
     "vor acht Jahren", "DATE", "2017", None),
    ("Er hat ihn im vergangenen Sommer empfangen.", D(2026, 1, 15), "vergangenen Sommer", "DATE", "2025-SU", None),
    ("Am 12. Februar telefonierte Trump mit Putin.", D(2025, 2, 24), "12. Februar", "DATE", "2025-02-12", None),
    ("Am 12. Februar wird er reden.", D(2025, 12, 1), "12. Februar", "DATE", "2026-02-12", None),
    ("Im Dezember reiste er nach Moskau.", D(2025, 1, 21), "Dezember", "DATE", "2024-12", None),
    # the past reaches back up to a year: last November, not the coming one
    ("Im November hatten sich beide getroffen.", D(2015, 9, 7), "November", "DATE", "2014-11", None),
    # a preterite news verb is past, whatever a conditional clause says: that Monday itself
    ("Nordkorea drohte am Montag mit Vergeltung, sollten die Manöver stattfinden.", D(2015, 9, 7), "Montag", "DATE",
     "2015-09-07", None),
    # the day before or after the last date mentioned
    ("Am 3. September traf er Merkel, am Folgetag Hollande.", D(2015, 9, 7), "am Folgetag", "DATE", "2015-09-04",
     None),
    ("Am Vortag hatte er gesprochen.", D(2015, 9, 7), "Am Vortag", "DATE", "2015-09-06", None),
    ("Tags darauf reiste er ab.", D(2015, 9, 7), "Tags darauf", "DATE", "2015-09-08", None),
    # reported plans in the Konjunktiv are ahead
    ("Die Waffenruhe solle am Sonntag in Kraft treten.", D(2025, 1, 15), "Sonntag", "DATE", "2025-01-19", None),
    ("Gestern sagte er das.", D(2025, 2, 24), "Gestern", "DATE", "2025-02-23", None),
    ("heute", D(2025, 2, 24), "heute", "DATE", "2025-02-24", None),
    ("Er kommt morgen Abend.", D(2025, 2, 24), "morgen Abend", "TIME", "2025-02-25TEV", None),
    ("Er kommt kommende Woche.", D(2025, 2, 24), "kommende Woche", "DATE", "2025-W10", None),
    ("Im vergangenen Jahr stieg der Preis.", D(2025, 2, 24), "vergangenen Jahr", "DATE", "2024", None),
    ("Im nächsten Monat wird gewählt.", D(2025, 2, 24), "nächsten Monat", "DATE", "2025-03", None),
    ("Er kommt am kommenden Montag.", D(2025, 2, 24), "kommenden Montag", "DATE", "2025-03-03", None),
    ("Am Freitag sagte er ab.", D(2025, 2, 24), "Freitag", "DATE", "2025-02-21", None),
    ("Er will in zwei Wochen kommen.", D(2025, 2, 24), "in zwei Wochen", "DATE", "2025-03-10", None),
    ("Vor drei Tagen brannte es.", D(2025, 2, 24), "Vor drei Tagen", "DATE", "2025-02-21", None),
    ("Im Mai wurde gewählt.", D(2025, 2, 24), "Mai", "DATE", "2024-05", None),
    ("Die Meldung kam vor 18 Minuten.", D(2025, 2, 24), "vor 18 Minuten", "DATE", "2025-02-24", None),
    ("Heuer steigen die Preise.", D(2016, 5, 2), "Heuer", "DATE", "2016", None),
    ("Ende vergangenen Jahres stieg der Preis.", D(2025, 2, 24), "Ende vergangenen Jahres", "DATE", "2024", "END"),
    ("Anfang nächsten Monats wird gewählt.", D(2025, 2, 24), "Anfang nächsten Monats", "DATE", "2025-03",
     "START"),
    ("Mitte des Monats wurde gewählt.", D(2025, 2, 24), "Mitte des Monats", "DATE", "2025-02", "MID"),
    ("Vergangenen Sommer lebten hier noch Soldaten.", D(2016, 3, 1), "Vergangenen Sommer", "DATE", "2015-SU",
     None),
    ("Im Sommer dieses Jahres soll gebaut werden.", D(2016, 3, 1), "Sommer dieses Jahres", "DATE", "2016-SU",
     None),
    ("Zum Jahresende sinkt der Preis.", D(2025, 2, 24), "Jahresende", "DATE", "2025", "END"),
    ("Im Vorjahr war es anders.", D(2025, 2, 24), "Vorjahr", "DATE", "2024", None),
]

ANAPHORIC = [
    ("Im November 2018 trafen sie sich in Paris. Kurz darauf trafen sie sich erneut.", D(2025, 2, 24),
     "Kurz darauf", "DATE", "FUTURE_REF", "AFTER"),
    ("Am 3. Mai 2020 kam er an. Zwei Tage später reiste er ab.", D(2025, 2, 24),
     "Zwei Tage später", "DATE", "2020-05-05", None),
    ("Am 3. Mai 2020 kam er an. Am Abend desselben Tages reiste er ab.", D(2025, 2, 24),
     "Abend desselben Tages", "TIME", "2020-05-03TEV", None),
    ("Am 3. Mai 2020 kam er an. Am selben Tag reiste er ab.", D(2025, 2, 24),
     "Am selben Tag", "DATE", "2020-05-03", None),
    ("Im Jahr 1862 begann es. Im folgenden Jahr endete es.", D(2011, 2, 16),
     "folgenden Jahr", "DATE", "1863", None),
    ("Am 3. Mai 2020 kam er an. Am Tag darauf reiste er ab.", D(2025, 2, 24),
     "Am Tag darauf", "DATE", "2020-05-04", None),
]

DURATIONS = [
    ("Der Vertrag soll acht Jahre gelten.", D(2025, 2, 24), "acht Jahre", "DURATION", "P8Y", None),
    ("Die Belagerung dauerte drei Monate.", D(2025, 2, 24), "drei Monate", "DURATION", "P3M", None),
    ("Sie blieb anderthalb Jahre.", D(2025, 2, 24), "anderthalb Jahre", "DURATION", "P1Y6M", None),
    ("Ein Ultimatum von 48 Stunden", D(2025, 2, 24), "48 Stunden", "DURATION", "PT48H", None),
    ("Nach 154-tägiger Belagerung fiel die Stadt.", D(2025, 2, 24), "154-tägiger", "DURATION", "P154D", None),
    ("In den vergangenen Monaten hat es angegriffen.", D(2026, 1, 15),
     "den vergangenen Monaten", "DURATION", "PXM", None),
    ("In den nächsten beiden Wochen hat er viel zu tun.", D(2025, 1, 21),
     "nächsten beiden Wochen", "DURATION", "P2W", None),
    ("Seit Jahren streiten sie.", D(2025, 2, 24), "Jahren", "DURATION", "PXY", None),
]

SETS_AND_REFS = [
    # the night that ends on a weekday is dated by that day, whatever date was mentioned before
    ("Am 15. August treffen sie sich. In der Nacht zum Samstag starben drei Menschen.", D(2025, 8, 10),
     "Nacht zum Samstag", "DATE", "2025-08-09", None),
    ("In der Nacht auf Sonntag griff Russland an.", D(2025, 8, 11), "Nacht auf Sonntag", "DATE", "2025-08-10", None),
    ("Er telefoniert täglich mit ihr.", D(2025, 2, 24), "täglich", "SET", "P1D", None),
    ("Er kommt jeden Montag.", D(2025, 2, 24), "jeden Montag", "SET", "XXXX-WXX-1", None),
    ("Das ist jetzt anders.", D(2025, 2, 24), "jetzt", "DATE", "PRESENT_REF", None),
    ("Das wird bald anders.", D(2025, 2, 24), "bald", "DATE", "FUTURE_REF", None),
]


@pytest.mark.parametrize(
    ("text", "dct", "span", "kind", "value", "mod"),
    ABSOLUTE + MODIFIED + RELATIVE + ANAPHORIC + DURATIONS + SETS_AND_REFS,
)
def test_expression(text: str, dct: dt.date, span: str, kind: str, value: str, mod: str | None) -> None:
    found = {text[t.start : t.end]: t for t in tag_text(text, dct, narrative=False)}
    assert span in found, f"{span!r} not among {list(found)}"
    t = found[span]
    assert (t.type, t.value, t.mod) == (kind, value, mod)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("30.000 Soldaten und 80 Prozent der Fläche", []),
        ("Mainz 05 gewann gegen die G20-Auswahl.", []),
        ("Die Armee griff mit 1500 Panzern an.", []),
        ("Paragraf 1990 regelt das.", []),
        ("Der Preis stieg um 2000 Euro.", []),
        ("Die Krise 2008 und 1500 Menschen", ["2008"]),
        ("Die Journalistin Hanna Herbst und Josef Sommer sprachen über den Prager Frühling.", []),
    ],
)
def test_numbers_and_names_are_not_dates(text: str, expected: list[str]) -> None:
    assert _spans(text) == expected


@pytest.mark.parametrize(
    ("text", "dct", "value", "start", "end", "granularity"),
    [
        ("am 12. Februar", D(2025, 2, 24), "2025-02-12", "2025-02-12", "2025-02-12", "day"),
        ("im Juli 2017", D(2025, 2, 24), "2017-07", "2017-07-01", "2017-07-31", "month"),
        ("im Winter 2024", D(2025, 2, 24), "2024-WI", "2024-12-01", "2025-02-28", "season"),
        ("Ende Februar", D(2025, 2, 24), "2025-02", "2025-02-19", "2025-02-28", "month"),
        ("in den 1990er Jahren", D(2025, 2, 24), "199", "1990-01-01", "1999-12-31", "decade"),
        ("im zweiten Quartal 2023", D(2025, 2, 24), "2023-Q2", "2023-04-01", "2023-06-30", "quarter"),
    ],
)
def test_interval(text: str, dct: dt.date, value: str, start: str, end: str, granularity: str) -> None:
    t = _one(text, dct)
    assert t.date is not None
    assert (t.date.value, t.date.start, t.date.end, t.date.granularity) == (value, start, end, granularity)


def test_no_document_date_leaves_dates_underspecified() -> None:
    t = _one("Am 12. Februar sprach er.", None)
    assert (t.value, t.date) == ("XXXX-02-12", None)


def test_narrative_resolves_against_the_last_date() -> None:
    text = "Am 28. Januar 2017 telefonierten sie. Am 12. Februar trafen sie sich."
    assert tag_text(text, D(2025, 2, 24), narrative=True)[-1].value == "2017-02-12"
    assert tag_text(text, D(2025, 2, 24), narrative=False)[-1].value == "2025-02-12"


def test_news_take_the_year_of_the_same_sentence() -> None:
    text = "Im Juli 2017 trafen sie sich, am 12. Juli in Hamburg. Am 3. März sprach er erneut."
    assert [t.value for t in tag_text(text, D(2025, 3, 10), narrative=False)] == [
        "2017-07", "2017-07-12", "2025-03-03"]


def test_flashback_does_not_move_the_anchor() -> None:
    text = "1864\n\nIm Vorjahr war es ruhig. Im Mai begann der Feldzug."
    values = [t.value for t in tag_text(text, D(2011, 2, 16))]
    assert values == ["1864", "1863", "1864-05"]


def test_aside_year_does_not_move_the_anchor() -> None:
    text = "Im Jahr 1862 kämpften sie. Die Bande überfiel bis 1881 Banken. Im Oktober griffen sie an."
    assert tag_text(text, D(2011, 2, 16))[-1].value == "1862-10"


def test_a_finer_unit_does_not_move_a_coarse_anchor() -> None:
    text = "1864\n\nSteele brach drei Wochen später auf."
    assert [t.value for t in tag_text(text, D(2011, 2, 16))] == ["1864", "1864"]


def test_kurz_darauf_is_dated_after_the_last_date() -> None:
    t = _one("Im November 2018 trafen sie sich. Kurz darauf sprachen sie.", D(2025, 2, 24))
    assert t.date is not None
    assert (t.date.value, t.date.start, t.date.mod) == ("2018-11", "2018-11-01", "AFTER")


def test_time_stage_uses_publication_date() -> None:
    doc = Document(id="d1", source="x.txt", body="Gestern sagte er, Ende Februar komme er.",
                   published="2025-02-24T18:00")
    out = time_stage(doc)
    assert [t.value for t in out.timexes] == ["2025-02-23", "2025-02"]
    assert doc.timexes == ()


def test_time_stage_without_date() -> None:
    doc = Document(id="d1", source="x.txt", body="Am 12. Februar sprach er.")
    assert [t.value for t in time_stage(doc).timexes] == ["XXXX-02-12"]


def test_timex_json() -> None:
    text = "Seit 2014 führt Russland Krieg."
    t = _one(text, D(2025, 2, 24))
    assert timex_json(t, text) == {"start": 5, "end": 9, "text": "2014", "type": "DATE", "value": "2014",
                                   "mod": "AFTER"}


def test_offsets_point_into_the_text() -> None:
    text = "Am 1. September 1939 um 4:45 Uhr begann der Angriff; Mitte 1940 fiel Paris."
    for t in tag_text(text, D(2011, 2, 16)):
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end].strip() == text[t.start : t.end]


def test_after_a_span_counts_from_a_date_the_text_gave() -> None:
    # "nach sechs Tagen Kämpfen": the span of the fighting, not six days after publication
    (t,) = tag_text("Nach sechs Tagen Kämpfen einigten sich beide Seiten.", D(2026, 3, 7))
    assert t.type == "DURATION"
    # "nach zwei Tagen" after a date the text gave: two days later
    found = tag_text("Am 3. März wurde er festgenommen. Nach zwei Tagen kam er frei.", D(2026, 3, 7))
    assert [x.value for x in found] == ["2026-03-03", "2026-03-05"]


@pytest.mark.parametrize(("text", "value"), [
    # a participle used as an adjective after a weekday tells the past ...
    ("Die drei am Mittwoch festgenommenen Soldaten kamen frei.", "2026-03-04"),
    # "zwei Tage später" before the text gave any date is a span, no day
    ("Keine zwei Tage später warf er Russland Verstöße vor.", "P2D"),
])
def test_participles_and_spans_after_weekdays(text: str, value: str) -> None:
    assert [t.value for t in tag_text(text, D(2026, 3, 7))] == [value]


@pytest.mark.parametrize(("text", "language", "value"), [
    # the paper's own weekday is that day, told in the future as in the past (a week ahead is
    # "am kommenden Montag"; from a user trial: "would be chaos" made "on Friday" a week later)
    ("Merkel will am Montagabend in Paris mit Hollande beraten.", "de", "2015-07-13TEV"),
    ("Am Montag hat Tsipras mit Merkel telefoniert.", "de", "2015-07-13"),
    ("Parliament on Friday approved the talks after he warned that the alternative would be chaos.", "en",
     "2015-07-17"),
    # a deadline is ahead unless told in the past
    ("Athen muss bis Mittwoch erste Gesetze beschließen.", "de", "2015-07-15"),
    ("Bis Mittwoch hatte Athen Zeit gehabt.", "de", "2015-07-08"),
])
def test_weekdays_in_news(text: str, language: str, value: str) -> None:
    dct = D(2015, 7, 17) if language == "en" else D(2015, 7, 13)
    assert [t.value for t in tag_text(text, dct, narrative=False, language=language)] == [value]


@pytest.mark.parametrize(("text", "values"), [
    # a past marker keeps its separable prefix at the end of a subordinate clause, and where the
    # sentence has both tenses the weekday's own clause tells (sixth user trial: "Wie Trump am
    # Donnerstag ankündigte" in a Saturday's paper was the Thursday after publication)
    ("Wie Trump am Donnerstag ankündigte, soll der Gipfel im März stattfinden.", ["2026-02-12", "2026-03"]),
    ("Wie das Ministerium am Freitag mitteilte, werden die Gespräche fortgesetzt.", ["2026-02-13"]),
    ("Am Donnerstag soll der Gipfel beginnen, wie Trump ankündigte.", ["2026-02-19"]),
    ("Die Gespräche sollen am Dienstag beginnen.", ["2026-02-17"]),
])
def test_weekday_tense_of_its_clause(text: str, values: list[str]) -> None:
    assert [t.value for t in tag_text(text, D(2026, 2, 14), narrative=False)] == values


@pytest.mark.parametrize(("text", "value", "granularity"), [
    # a week and a half-year keep their granularity in the date (sixth user trial: null)
    ("Trump werde noch in dieser Woche mit Selenskyj telefonieren.", "2026-W07", "week"),
    ("Die Hilfe soll in der ersten Jahreshälfte 2026 kommen.", "2026-H1", "half"),
])
def test_week_and_half_year_granularity(text: str, value: str, granularity: str) -> None:
    (t,) = tag_text(text, D(2026, 2, 11), narrative=False)
    assert (t.value, t.date.granularity if t.date else None) == (value, granularity)
