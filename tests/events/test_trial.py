"""The analyst's trial of issue #7 (Trump, Putin and the war in Ukraine): events that reversed
what happened. Each rule with hand-written sentences (not the trial's texts)."""

from __future__ import annotations

import pytest
from tests.events.conftest import KB, NAMES, make_doc

from lagebild.events import events_stage
from lagebild.model import Event

#: the test knowledge base with the Kremlin, an envoy, Hungary and English names
TRIAL_KB = {**KB, "Kreml": ("kb:kreml", "ORG", "Q159"), "Witkoff": ("kb:witkoff", "PER", "Q30"),
            "Ungarn": ("Q28", "LOC", None), "Charkiw": ("kb:charkiw", "LOC", "Q212"),
            "Budapest": ("Q1781", "LOC", "Q28"), "Russia": ("Q159", "LOC", None),
            "Kyiv": ("Q1899", "LOC", "Q212")}


def _events(text: str, dates: dict[str, str] | None = None, language: str = "de",
            published: str = "2025-03-19") -> list[Event]:
    doc = make_doc(text, dates, published=published, kb=TRIAL_KB, language=language)
    return list(events_stage(doc).events)


def _coded(events: list[Event]) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    return {(e.type, frozenset(NAMES.get(a, a) for a in e.sources), frozenset(NAMES.get(a, a) for a in e.targets))
            for e in events}


def _one(etype: str, source: str, target: str) -> tuple[str, frozenset[str], frozenset[str]]:
    return etype, frozenset({source}), frozenset({target})


@pytest.mark.parametrize(("text", "language", "expected"), [
    # an agreement to stop attacks is the agreement, the attacks are its content
    ("Trump und Putin einigten sich darauf, alle Angriffe auf Häfen eine Woche lang auszusetzen.", "de",
     {_one("AGREE", "Donald Trump", "Wladimir Putin")}),
    ("Putin und Trump haben vereinbart, die Luftangriffe auf Kraftwerke einzustellen.", "de",
     {_one("AGREE", "Wladimir Putin", "Donald Trump")}),
    ("Putin stimmte zu, russische Drohnenangriffe auf die Ukraine zu stoppen.", "de",
     {_one("AGREE", "Wladimir Putin", "Ukraine")}),
    ("Putin erklärte sich bereit, auf Raketenangriffe gegen die Ukraine zu verzichten.", "de",
     {_one("AGREE", "Wladimir Putin", "Ukraine")}),
    ("Putin agreed to halt attacks on Ukraine.", "en", {_one("AGREE", "Wladimir Putin", "Ukraine")}),
    ("Trump and Putin agreed to a short pause in strikes on ports in the war in Ukraine.", "en",
     {_one("AGREE", "Donald Trump", "Wladimir Putin")}),
    # a demand to stop them is a demand
    ("Selenskyj forderte von Russland ein Ende der Angriffe auf Kiew.", "de",
     {_one("DEMAND", "Wolodymyr Selenskyj", "Russland")}),
    # stopped without an agreement: a RETREAT of the attacker the noun names
    ("Russland stellte seine Angriffe auf die Ukraine ein.", "de", {_one("RETREAT", "Russland", "Ukraine")}),
    ("Russland setzte die russischen Luftangriffe auf Charkiw aus.", "de", {_one("RETREAT", "Russland", "kb:charkiw")}),
    ("Russia suspended its attacks on Kyiv.", "en", {_one("RETREAT", "Russland", "Kiew")}),
    # whoever ends a war he does not wage retreats from nothing
    ("Trump will den Krieg gegen die Ukraine beenden.", "de", set()),
    # no halt: the attack stands ("Ende Februar" is a date, "ein" an article)
    ("Russland griff Ende Februar die Ukraine an.", "de", {_one("FIGHT", "Russland", "Ukraine")}),
    ("Russland stellte ein Ultimatum und griff die Ukraine an.", "de", {_one("FIGHT", "Russland", "Ukraine")}),
    ("Russia attacked Kyiv again.", "en", {_one("FIGHT", "Russland", "Kiew")}),
])
def test_a_stopped_attack_is_no_attack(text: str, language: str,
                                       expected: set[tuple[str, frozenset[str], frozenset[str]]]) -> None:
    assert _coded(_events(text, language=language)) == expected


@pytest.mark.parametrize(("text", "etype", "expected"), [
    # the pair of a circumstance noun is no side of the verb after it
    ("Nach dem Treffen zwischen Trump und Putin in Riad hat Selenskyj Russland Verzögerung vorgeworfen.",
     "DISAPPROVE", {_one("DISAPPROVE", "Wolodymyr Selenskyj", "Russland")}),
    ("Bei dem Telefonat von Trump mit Putin am Montag hat Selenskyj dem Kreml Lügen vorgeworfen.",
     "DISAPPROVE", {("DISAPPROVE", frozenset({"Wolodymyr Selenskyj"}), frozenset({"kb:kreml", "Russland"}))}),
    # (the object's partner is whom a criticism aims at)
    ("Selenskyj kritisierte die Gespräche mit Putin.", "DISAPPROVE",
     {_one("DISAPPROVE", "Wolodymyr Selenskyj", "Wladimir Putin")}),
    # the adjective names the attacker, an expletive "es … gegeben" nobody, and an example after a
    # comma the target
    ("Die Ukraine sei zu Gesprächen bereit. Danach habe es aber erneut russische Raketenangriffe gegeben, "
     "darunter auf Odessa.", "FIGHT", {_one("FIGHT", "Russland", "Odessa")}),
    ("In der Nacht gab es schwere russische Luftangriffe auf Kiew.", "FIGHT", {_one("FIGHT", "Russland", "Kiew")}),
    # (a demonym of the target is the target's)
    ("Russland flog Angriffe auf ukrainische Stellungen.", "FIGHT", {_one("FIGHT", "Russland", "Ukraine")}),
    # delayed or blocked sanctions are no sanction of whoever delays them
    ("Ungarn hat die Sanktionen der EU gegen Russland mehrfach verzögert.", "SANCTION", set()),
    ("Polen blockierte neue Sanktionen gegen Russland.", "SANCTION", set()),
    ("Die EU verhängte trotz der Verzögerung neue Sanktionen gegen Russland.", "SANCTION",
     {_one("SANCTION", "EU", "Russland")}),
    # a positive evaluation is no disapproval
    ("Moskau bezeichnete die Gespräche mit Witkoff als „sehr konstruktiv“.", "DISAPPROVE", set()),
    ("Der Kreml bezeichnete das Telefonat als offen und nützlich.", "DISAPPROVE", set()),
    ("Putin bezeichnete Selenskyj als Verräter.", "DISAPPROVE",
     {_one("DISAPPROVE", "Wladimir Putin", "Wolodymyr Selenskyj")}),
])
def test_who_did_it(text: str, etype: str, expected: set[tuple[str, frozenset[str], frozenset[str]]]) -> None:
    assert {e for e in _coded(_events(text)) if e[0] == etype} == expected


@pytest.mark.parametrize(("text", "dates", "status"), [
    # the Konjunktiv I of reported speech announces: planned, as the indicative "soll" does
    ("Ein Termin stehe noch nicht fest, das Gipfeltreffen von Trump und Putin solle aber im Juni stattfinden.",
     {"im Juni": "2025-06"}, "planned"),
    ("Das Gipfeltreffen von Trump und Putin soll im Juni stattfinden.", {"im Juni": "2025-06"}, "planned"),
    ("Trump und Putin werden sich im Juni in Budapest treffen, sagte ein Sprecher.", {"im Juni": "2025-06"},
     "planned"),
    # "würden" after a reporting verb is what was announced, under a condition what might be
    ("Ein Sprecher erklärte, Trump und Putin würden sich im Juni in Budapest treffen.", {"im Juni": "2025-06"},
     "planned"),
    ("Ein Sprecher erklärte, Trump und Putin würden sich treffen, wenn Kiew zustimme.", None, "hypothetical"),
    ("Trump und Putin würden sich gern in Budapest treffen.", None, "hypothetical"),
])
def test_reported_plans(text: str, dates: dict[str, str] | None, status: str) -> None:
    (e,) = [e for e in _events(text, dates) if e.type == "CONSULT"]
    assert e.status == status


def test_a_phone_call_for_days_is_no_demand() -> None:
    text = "Putin agreed to spare Kyiv for 30 days after a long phone call with Trump."
    assert not [e for e in _events(text, language="en") if e.type == "DEMAND"]


@pytest.mark.parametrize(("text", "dates", "date"), [
    # the date of a "seit" phrase bounds the span, it does not date the call: the call told before
    ("Am Montag telefonierte Trump mit Putin. Es war das dritte Telefonat zwischen Trump und Putin seit dem "
     "Amtsantritt des US-Präsidenten im Januar.", {"Am Montag": "2025-03-17", "im Januar": "2025-01"}, "2025-03-17"),
    # (alone, it is the article's news)
    ("Es war das dritte Telefonat zwischen Trump und Putin seit dem Amtsantritt des US-Präsidenten im Januar.",
     {"im Januar": "2025-01"}, "2025-03"),
    # a noun's own date still dates it
    ("Das Telefonat zwischen Trump und Putin im Januar dauerte zwei Stunden.", {"im Januar": "2025-01"}, "2025-01"),
])
def test_a_since_date_is_a_bound(text: str, dates: dict[str, str], date: str) -> None:
    (e,) = [e for e in _events(text, dates) if e.type == "CONSULT"]
    assert e.date is not None and e.date.value == date


_SUMMIT = ("Trump und Putin sind am Freitag in Budapest zusammengekommen. Es regnete. Die Gespräche dauerten lange. "
           "Es gab ein Mittagessen. Die Presse wartete draußen. ")


@pytest.mark.parametrize(("text", "expected"), [
    # a criticism of "das Treffen" some sentences after the summit aims at the pair that met
    (_SUMMIT + "Selenskyj, der nicht eingeladen war, kritisierte das Treffen scharf.",
     {("DISAPPROVE", frozenset({"Wolodymyr Selenskyj"}), frozenset({"Donald Trump", "Wladimir Putin"}))}),
    # (one of the pair judging it is no criticism of the other)
    (_SUMMIT + "Putin kritisierte das Treffen.", set()),
])
def test_criticism_of_the_summit(text: str, expected: set[tuple[str, frozenset[str], frozenset[str]]]) -> None:
    assert {e for e in _coded(_events(text, {"am Freitag": "2025-05-16"})) if e[0] == "DISAPPROVE"} == expected


def _quoted(text: str, speaker: str, kb: dict[str, tuple[str, str, str | None]]) -> list[Event]:
    """The events of ``text`` whose one direct quotation ``speaker`` (an entity id) said."""
    from dataclasses import replace

    doc = make_doc(text, published="2025-04-24", kb=kb)
    quotes = tuple(replace(q, speaker=speaker) for q in doc.quotes)
    return list(events_stage(replace(doc, quotes=quotes)).events)


_NO_PUTIN = {k: v for k, v in TRIAL_KB.items() if v[0] != "Q7747"}


@pytest.mark.parametrize(("text", "kb", "expected"), [
    # a person of the document by the first name
    ("Putin ließ Kiew angreifen. „Wladimir, Stopp!“, schrieb Trump.", TRIAL_KB,
     {_one("DISAPPROVE", "Donald Trump", "Wladimir Putin")}),
    # not named in the document: the knowledge base's person of that first name who leads the
    # state whose attack was told (Putin, not another Wladimir)
    ("Russland hat Kiew in der Nacht schwer angegriffen. „Wladimir, STOP!“, schrieb Trump.", _NO_PUTIN,
     {_one("DISAPPROVE", "Donald Trump", "Wladimir Putin")}),
    # no appeal to stop, or no one addressed: speech, no event
    ("Russland hat Kiew angegriffen. „Wladimir, danke!“, schrieb Trump.", _NO_PUTIN, set()),
    ("Russland hat Kiew angegriffen. „Stopp!“, schrieb Trump.", _NO_PUTIN, set()),
])
def test_a_named_appeal_to_stop(text: str, kb: dict[str, tuple[str, str, str | None]],
                                expected: set[tuple[str, frozenset[str], frozenset[str]]]) -> None:
    assert {e for e in _coded(_quoted(text, "Q22686", kb)) if e[0] == "DISAPPROVE"} == expected
