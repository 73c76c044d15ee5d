"""Numeric claims on hand-built sentences: units, scales, hedges, rates, holders, and the
numbers that are not claims (dates, durations, ordinals, bare numbers)."""

from __future__ import annotations

import re

import pytest

from lagebild.claims import claims_stage, load, parse_number
from lagebild.model import DateValue, Document, Entity, Mention, Quote, Sentence, TimeEx, replace


def _doc(text: str, quotes: tuple[Quote, ...] = (), timexes: tuple[TimeEx, ...] = ()) -> Document:
    mentions = tuple(Mention(m.start(), m.end(), "ORG" if m.group(0) == "Kreml" else "PER", m.group(0).lower())
                     for m in re.finditer(r"Trump|Kreml|Reuters", text))
    ents = tuple(Entity(n.lower(), n, "PER") for n in ("Trump", "Kreml", "Reuters"))
    return Document(id="d", source="d.txt", body=text, sentences=(Sentence(0, len(text)),), mentions=mentions,
                    entities=ents, quotes=quotes, timexes=timexes)


@pytest.mark.parametrize(("text", "value", "unit", "hedge"), [
    ("Sie verlieren 30.000 Soldaten im Monat.", 30000, "soldiers/month", None),
    ("In Russland unterstützen 80 Prozent der Bevölkerung den Krieg.", 0.8, "percent", None),
    ("Erden im Wert von rund 500 Milliarden US-Dollar.", 5e11, "USD", "rund"),
    ("Mehr als 1,5 Millionen Menschen flohen.", 1.5e6, "people", "mehr als"),
    ("Die Ukraine erhielt bis zu drei Milliarden Euro.", 3e9, "EUR", "bis zu"),
    ("Die Inflation liegt bei 9,5 %.", 0.095, "percent", None),
    # a word that gives only an order is the lower bound, and says so as the hedge
    ("Tausende Menschen demonstrierten in Tel Aviv.", 1000, "people", "tausende"),
])
def test_quantities(text: str, value: float, unit: str, hedge: str | None) -> None:
    (c,) = claims_stage(_doc(text)).claims
    assert c.value == pytest.approx(value)
    assert (c.unit, c.hedge) == (unit, hedge)


@pytest.mark.parametrize(("text", "low", "high", "hedge"), [
    ("Tausende Menschen demonstrierten in Eriwan.", 1000, 9999, "tausende"),
    ("Hunderte Soldaten wurden verlegt.", 100, 999, "hunderte"),
    ("Dutzende Demonstranten wurden festgenommen.", 24, 99, "dutzende"),
    ("Zehntausende Menschen flohen.", 10000, 99999, "zehntausende"),
    ("Es ging um Hunderte Millionen Euro.", 1e8, 9.99e8, "hunderte"),
    ("Rund 3000 Menschen flohen.", 3000, None, "rund"),  # a number is one number
])
def test_a_vague_number_is_a_range_not_an_exact_value(text: str, low: float, high: float | None,
                                                       hedge: str) -> None:
    """"Tausende" is no exact 1000: the claim keeps the word as its hedge, ``value`` the least and
    ``value_max`` the most it can mean (the export's ``value_max``)."""
    (c,) = claims_stage(_doc(text)).claims
    assert (c.value, c.value_max, c.hedge) == (pytest.approx(low), pytest.approx(high) if high else None, hedge)


@pytest.mark.parametrize(("text", "timex"), [
    ("Am 12. Februar telefonierte Trump mit Putin.", "12. Februar"),
    ("Russland kämpft seit 2014 gegen die Ukraine.", "2014"),
    ("Die Mitgliedschaft soll für 20 Jahre ausgesetzt werden.", "20 Jahre"),
    ("Der 2. Weltkrieg endete.", None),
    ("Trump nannte 17 Gründe.", None),
])
def test_not_claims(text: str, timex: str | None) -> None:
    tx = ()
    if timex:
        i = text.index(timex)
        tx = (TimeEx(i, i + len(timex), "DATE", "X", date=DateValue("2014", "2014-01-01", "2014-12-31", "year")),)
    assert claims_stage(_doc(text, timexes=tx)).claims == ()


def test_holder_is_the_speaker_of_the_sentence() -> None:
    text = "Die Zölle beliefen sich auf neun Milliarden Pfund, sagte Trump."
    q = Quote("q1", 0, text.index(","), "indirect", speaker="trump")
    (c,) = claims_stage(_doc(text, quotes=(q,))).claims
    assert (c.holder, c.unit, c.value) == ("trump", "GBP", 9e9)


def test_holder_is_the_speaker_of_the_quotation() -> None:
    text = 'Trump sagte: "Sie verlieren 30.000 Soldaten im Monat."'
    q = Quote("q1", text.index("Sie"), len(text) - 1, "direct", speaker="trump")
    (c,) = claims_stage(_doc(text, quotes=(q,))).claims
    assert c.holder == "trump"


@pytest.mark.parametrize(("text", "holder"), [
    ("Laut Kreml starben 500 Soldaten.", "kreml"),
    ("Reuters zufolge starben 500 Soldaten.", "reuters"),
    ("Es starben 500 Soldaten.", None),
])
def test_holder_named_by_a_source_cue(text: str, holder: str | None) -> None:
    (c,) = claims_stage(_doc(text)).claims
    assert c.holder == holder


def _with_states(text: str) -> Document:
    """The sentence with Ukraine (Q212) and Odessa (Q1874) among its entities."""
    doc = _doc(text)
    mentions = tuple(Mention(m.start(), m.end(), "LOC", {"Ukraine": "Q212", "Odessa": "Q1874"}[m.group(0)])
                     for m in re.finditer(r"Ukraine|Odessa", text))
    return Document(id=doc.id, source=doc.source, body=text, sentences=doc.sentences, mentions=mentions,
                    entities=(Entity("Q212", "Ukraine", "LOC"), Entity("Q1874", "Odessa", "LOC")))


@pytest.mark.parametrize(("text", "holder"), [
    # a state's adjective before the cue, or its organ after it, names the source ...
    ("Die Ukraine meldet: Russland griff nach ukrainischen Angaben mit 45 Drohnen an.", "Q212"),
    ("Die Ukraine meldet: Nach Angaben der ukrainischen Luftwaffe feuerte Russland 97 Drohnen ab.", "Q212"),
    # ... and a place after the cue that is no genitive or "von" phrase is the target, not the source
    ("Russland hat nach eigenen Angaben die Hafenstadt Odessa mit 45 Drohnen angegriffen.", None),
])
def test_holder_of_a_report(text: str, holder: str | None) -> None:
    (c,) = claims_stage(_with_states(text)).claims
    assert c.holder == holder


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Dabei starben 1.350 russische Soldaten.", 1350, "soldiers"),  # an adjective before the unit
    ("Die Schäden belaufen sich auf 65,9 Milliarden Dollar.", 65_900_000_000, "USD"),  # no float residue
])
def test_quantities_exactly(text: str, value: float, unit: str) -> None:
    (c,) = claims_stage(_doc(text)).claims
    assert (c.value, c.unit) == (value, unit)


def test_numbers_parse_the_german_way() -> None:
    lex = load("de")
    assert [parse_number(s, lex) for s in ("30.000", "1,5", "drei", "1.234,5")] == [30000, 1.5, 3, 1234.5]


def test_claim_offsets_point_at_the_number_and_the_sentence() -> None:
    text = "Es geht um rund 500 Milliarden US-Dollar."
    d = claims_stage(_doc(text))
    (c,) = d.claims
    assert text[c.number_start:c.number_end] == "500 Milliarden US-Dollar"  # type: ignore[misc]
    assert (c.start, c.end) == (0, len(text))


@pytest.mark.parametrize(("text", "expected"), [
    # the predicate of the clause, after the number ...
    ("Bei dem Angriff sind mindestens 12 Menschen getötet worden.", [(12, "people", "killed")]),
    ("Rund 90 Menschen seien verletzt worden, teilten die Rettungsdienste mit.", [(90, "people", "injured")]),
    ("Mehr als 1,5 Millionen Menschen flohen.", [(1.5e6, "people", "displaced")]),
    ("In der Stadt werden noch 20 Menschen vermisst.", [(20, "people", "missing")]),
    # two counts joined by "und" share the predicate after both
    ("Die Polizei hat 300 Demonstranten und 12 Menschen festgenommen.",
     [(300, "protesters", "detained"), (12, "people", "detained")]),
    ("Dabei seien vier armenische Soldaten und zwei Zivilisten getötet worden, elf weitere Menschen seien verletzt.",
     [(4, "soldiers", "killed"), (2, "civilians", "killed"), (11, "people", "injured")]),
    ("Nach Angaben des Innenministeriums wurden 43 Personen festgenommen, zwölf Polizisten seien verletzt worden.",
     [(43, "people", "detained"), (12, "police", "injured")]),
    ("Nach den Protesten sitzen noch immer 17 Demonstranten in Untersuchungshaft.", [(17, "protesters", "detained")]),
    ("Rund 1200 Bewohner mussten in Sicherheit gebracht werden.", [(1200, "people", "displaced")]),
    # a noun earlier in the sentence says what a bare number counts
    ("Die Zahl der Toten auf armenischer Seite stieg nach Angaben der Regierung auf sieben, darunter drei Zivilisten.",
     [(7, "deaths", "killed"), (3, "civilians", "killed")]),
    ("Die Regierung hatte die Zahl der Vertriebenen am Wochenende mit mehr als 9000 angegeben.",
     [(9000, "people", "displaced")]),
    ("Die Zahl der Toten stieg, 40 Häuser brannten.", []),  # no link word: not what the noun counts
    # one person with the article, where the clause says what happened to him; else no count
    ("Auf aserbaidschanischer Seite sei ein Soldat getötet worden.", [(1, "soldiers", "killed")]),
    ("Ein Scharfschütze habe in der Nacht einen aserbaidschanischen Soldaten erschossen.",
     [(1, "soldiers", "killed")]),
    ("Nach armenischen Angaben wurde ein weiterer Soldat verletzt.", [(1, "soldiers", "injured")]),
    ("Ein Soldat sagte, die Lage sei ruhig.", []),
    ("Der Angriff einer Gruppe Soldaten wurde abgewehrt, getötet wurde niemand.", []),
    # ... around it (a separable verb), before it, or between number and unit
    ("Wie die Militärverwaltung mitteilte, kamen bei dem Angriff 14 Menschen ums Leben.", [(14, "people", "killed")]),
    ("Dabei starben 1.350 russische Soldaten.", [(1350, "soldiers", "killed")]),
    ("Getötet wurden nach Angaben der Behörden 12 Zivilisten.", [(12, "civilians", "killed")]),
    ("Unter den Trümmern lagen 12 getötete Zivilisten.", [(12, "civilians", "killed")]),
    ("Der Fahrer fuhr in einen Schanigarten, wo er acht Menschen verletzte.", [(8, "people", "injured")]),
    ("Seit April sind mehr als 400 Menschen der Gewalt zum Opfer gefallen.", [(400, "people", "killed")]),
    ("87 Menschen sind im Mittelmeer ertrunken.", [(87, "people", "killed")]),
    # a unit that says the outcome itself; a unit that counts no people has none
    ("Es gab mindestens 12 Tote und 90 Verletzte.", [(12, "deaths", "killed"), (90, "injured", "injured")]),
    ("Russland feuerte 66 Raketen ab, 12 Menschen wurden getötet.", [(66, "missiles", None), (12, "people", "killed")]),
    # the clause bounds the predicate: the reporting clause's verb is no outcome
    ("Tausende Menschen demonstrierten, nachdem die Polizei Aktivisten festgenommen hatte.", [(1000, "people", None)]),
    # a part of the clause before shares its outcome
    ("Mehr als 100 Menschen wurden verletzt, darunter sechs Kinder.",
     [(100, "people", "injured"), (6, "children", "injured")]),
    # a second number with an elided noun: the first's unit, its own outcome
    ("Dabei wurden 14 Zivilisten getötet und 52 verletzt.",
     [(14, "civilians", "killed"), (52, "civilians", "injured")]),
    ("Es starben 14 Soldaten, 52 Soldaten wurden verwundet.",
     [(14, "soldiers", "killed"), (52, "soldiers", "injured")]),
    # ... but never a bare number without a predicate, nor after a unit that says its outcome
    ("Es wurden 14 Zivilisten getötet und 52 Häuser zerstört.", [(14, "civilians", "killed")]),
    ("Es gab 14 Tote und 52 verletzt.", [(14, "deaths", "killed")]),
    ("Die Ukraine zählte 14 Zivilisten und 52 Jahre später nichts.", [(14, "civilians", None)]),
])
def test_outcome(text: str, expected: list[tuple[float, str, str | None]]) -> None:
    got = [(c.value, c.unit, c.outcome) for c in claims_stage(_doc(text)).claims]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Vier Menschen starben. Unter ihnen waren auch drei Kinder.",
     [(4, "people", "killed"), (3, "children", "killed")]),
    ("49 Flüchtlinge sind ertrunken. Unter den Opfern waren 31 Kinder.",
     [(49, "refugees", "killed"), (31, "children", "killed")]),
    ("Vier Menschen starben. Am Ufer warteten 30 Kinder.", [(4, "people", "killed"), (30, "children", None)]),
])
def test_outcome_of_a_part_named_in_the_next_sentence(text: str, expected: list[tuple[float, str, str | None]]) -> None:
    cut = text.index(". ") + 1
    doc = replace(_doc(text), sentences=(Sentence(0, cut), Sentence(cut + 1, len(text))))
    assert [(c.value, c.unit, c.outcome) for c in claims_stage(doc).claims] == expected


@pytest.mark.parametrize(("text", "value"), [
    ("Seit 2009 wurden mindestens 14 000 Menschen getötet.", 14000),  # a plain space before "000"
    ("Es starben 1\u202f350 Soldaten.", 1350),  # a thin space
    ("Im Jahr 2015 300 Menschen getötet.", 300),  # a plain space before other digits groups nothing
])
def test_digits_grouped_by_spaces(text: str, value: float) -> None:
    (c,) = claims_stage(_doc(text)).claims
    assert c.value == value


def test_an_elided_claim_points_at_its_number() -> None:
    text = "Dabei wurden 14 Zivilisten getötet und mehr als 52 verletzt."
    _, c = claims_stage(_doc(text)).claims
    assert (text[c.number_start:c.number_end], c.hedge) == ("52", "mehr als")  # type: ignore[misc]


def _with_kyiv(text: str) -> Document:
    """The sentence in a document that names Kiew (Q1899, standing for Ukraine, Q212) and no Ukraine."""
    i = text.find("Kiew")
    mentions = (Mention(i, i + 4, "LOC", "Q1899"),) if i >= 0 else ()
    return Document(id="d", source="d.txt", body=text, sentences=(Sentence(0, len(text)),), mentions=mentions,
                    entities=(Entity("Q1899", "Kiew", "LOC", stands_for="Q212"),))


@pytest.mark.parametrize(("text", "speaker", "holder"), [
    # the quotation stage's speaker that no entity stands for: a state's adjective names the state ...
    ("In Kiew seien 90 Menschen verletzt worden, teilten die ukrainischen Rettungsdienste mit.",
     "Rettungsdienste", "Q212"),
    ("In Kiew seien 90 Menschen verletzt worden, teilten die russischen Rettungsdienste mit.",
     "Rettungsdienste", None),  # a state the document does not name
    # ... an institution without one stays the outlet's
    ("Wie die Militärverwaltung mitteilte, kamen in Kiew 14 Menschen ums Leben.", "Militärverwaltung", None),
])
def test_holder_of_a_reporting_clause(text: str, speaker: str, holder: str | None) -> None:
    doc = _with_kyiv(text)
    s = text.index(speaker)
    reported = (0, text.index(",")) if text.startswith("In") else (text.index(",") + 2, len(text) - 1)
    q = Quote("q", *reported, "indirect", speaker_name=speaker, speaker_start=s, speaker_end=s + len(speaker))
    (c,) = claims_stage(replace(doc, quotes=(q,))).claims
    assert c.holder == holder


def test_reported_speech_goes_on_with_the_source_before() -> None:
    # a claim in Konjunktiv I without a source of its own is the source of the sentence before's
    text = "Laut Kreml wurden Boote beschlagnahmt. Der Schaden belaufe sich auf rund 200 Millionen Dollar."
    doc = _doc(text)
    doc = Document(id=doc.id, source=doc.source, body=text, mentions=doc.mentions, entities=doc.entities,
                   sentences=(Sentence(0, 38), Sentence(39, len(text))))
    (c,) = claims_stage(doc).claims
    assert c.holder == "kreml"
    # not in the indicative: the outlet's own statement
    text = "Laut Kreml wurden Boote beschlagnahmt. Der Schaden beträgt 200 Millionen Dollar."
    doc = Document(id=doc.id, source=doc.source, body=text, mentions=doc.mentions, entities=doc.entities,
                   sentences=(Sentence(0, 38), Sentence(39, len(text))))
    (c,) = claims_stage(doc).claims
    assert c.holder is None


def _with_places(text: str) -> Document:
    """The text, one sentence per full stop, with its places linked: Kiew (Q1899, standing for
    Ukraine, Q212) and Moskau (Q649, for Russia, Q159)."""
    ids = {"Kiew": "Q1899", "Moskau": "Q649"}
    mentions = tuple(Mention(m.start(), m.end(), "LOC", ids[m.group(0)]) for m in re.finditer(r"Kiew|Moskau", text))
    sentences = tuple(Sentence(m.start(), m.end()) for m in re.finditer(r"[^.]+\.\s*", text))
    return Document(id="d", source="d.txt", body=text, sentences=sentences, mentions=mentions,
                    entities=(Entity("Q1899", "Kiew", "LOC", stands_for="Q212"),
                              Entity("Q649", "Moskau", "LOC", stands_for="Q159")))


@pytest.mark.parametrize(("text", "holder"), [
    # an organ of a state with no adjective gives its state's figure: the state of the place of
    # its sentence (the fifth trial: "nach Polizeiangaben", "nach Angaben des Innenministeriums") ...
    ("Nach Angaben der Polizei wurden in Kiew 14 Menschen verletzt.", "Q212"),
    ("Laut Innenministerium wurden in Kiew 14 Menschen verletzt.", "Q212"),
    ("In Kiew demonstrierten nach Polizeiangaben rund 3.000 Menschen.", "Q212"),
    ("In Kiew demonstrierten nach Angaben der örtlichen Polizei rund 3.000 Menschen.", "Q212"),
    # ... else of the one state the article names most ...
    ("Kiew meldet Angriffe. Nach Angaben der Polizei wurden 14 Menschen verletzt.", "Q212"),
    # ... and none where the article names two as often, or where no organ speaks
    ("Kiew und Moskau verhandeln. Nach Angaben der Polizei wurden 14 Menschen verletzt.", None),
    ("Nach Angaben eines Militärexperten wurden in Kiew 14 Menschen verletzt.", None),
    ("Die Polizei nahm in Kiew 50 Menschen fest.", None),  # the police acts here, it is no source
])
def test_holder_is_the_state_of_an_organ(text: str, holder: str | None) -> None:
    (c,) = claims_stage(_with_places(text)).claims
    assert c.holder == holder


@pytest.mark.parametrize(("text", "speaker", "holder"), [
    # the quotation stage's speaker phrase is an organ: the place it is named with is its state's
    ("61,3 Prozent stimmten mit Nein, wie das Innenministerium in Kiew mitteilte.", "Innenministerium", "Q212"),
    ("Moskau protestiert. 61,3 Prozent stimmten mit Nein, wie das Innenministerium in Kiew mitteilte.",
     "Innenministerium", "Q212"),
    ("61,3 Prozent stimmten mit Nein, wie der Politologe in Kiew mitteilte.", "Politologe", None),
])
def test_holder_of_an_organ_that_speaks(text: str, speaker: str, holder: str | None) -> None:
    doc = _with_places(text)
    s = text.index(speaker)
    lo = text.index("61,3")
    q = Quote("q", lo, text.index(",", lo + 5), "indirect", speaker_name=speaker, speaker_start=s,
              speaker_end=s + len(speaker))
    (c,) = claims_stage(replace(doc, quotes=(q,))).claims
    assert c.holder == holder


@pytest.mark.parametrize(("word", "organ"), [
    ("Polizei", True), ("Landespolizei", True), ("Innenministeriums", True), ("Behörden", True),
    ("Polizeiangaben", True), ("Regierungskreisen", True), ("Armeesprecher", True),
    ("Militärexperte", False), ("Regierungschef", False), ("Innenminister", False), ("Politologe", False),
])
def test_which_words_name_an_organ(word: str, organ: bool) -> None:
    assert load("de").names_organ(word) is organ
