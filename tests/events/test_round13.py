"""Issue #7, round 13: the misses and false reports of the second Wikinews dev batch
(benchmarks/bench_events.py --set wikinews, batch 2). Each case is a hand-written sentence of the
construction the article had, with a sentence of the same shape whose outcome must differ."""

from __future__ import annotations

import pytest
from tests.events.conftest import make_doc
from tests.events.test_round12 import KB, _named

from lagebild.events import events_stage

_KB = {**KB, "Trojanow": ("per:trojanow", "PER", "Q159"), "Litauen": ("Q37", "LOC", None),
       "Litauens": ("Q37", "LOC", None), "Grupp": ("per:grupp", "PER", None),
       "Müntefering": ("per:muentefering", "PER", None), "Maas": ("per:maas", "PER", "Q183"),
       "Range": ("per:range", "PER", None), "Juncker": ("per:juncker", "PER", None),
       "Luxemburg": ("Q32", "LOC", None), "Hinz": ("per:hinz", "PER", None), "SPD": ("org:spd", "ORG", None),
       "BBC": ("org:bbc", "ORG", None)}


def _events(text: str) -> set[tuple[str, str, str]]:
    return _named(events_stage(make_doc(text, None, published="2010-12-14", kb=_KB)), None)


@pytest.mark.parametrize(("text", "expected"), [
    # custody held, not only taken: "Major Trojanow ... befindet sich noch immer in Gewahrsam Litauens"
    ("Trojanow befindet sich noch immer in Gewahrsam Litauens.", ("COERCE", "Q37", "per:trojanow")),
    ("Trojanow befindet sich in Litauen.", None),
    # "Maas ließ den Generalbundesanwalt Harald Range in den einstweiligen Ruhestand versetzen"
    ("Maas ließ Range in den einstweiligen Ruhestand versetzen.", ("OTHER", "per:maas", "per:range")),
    ("Maas versetzte Range in Erstaunen.", None),
    # "Grupp hält die Kritik von Müntefering an den Unternehmern für teilweise gerechtfertigt"
    ("Grupp hält die Kritik von Müntefering für gerechtfertigt.", ("SUPPORT", "per:grupp", "per:muentefering")),
    ("Grupp hält die Kritik von Müntefering nicht für gerechtfertigt.", None),
    ("Müntefering hält den Zeitpunkt für richtig.", None),
])
def test_round13_new_event(text: str, expected: tuple[str, str, str] | None) -> None:
    found = _events(text)
    if expected is None:
        assert found == set()
    else:
        assert expected in found


@pytest.mark.parametrize(("text", "absent", "kept"), [
    # a name right after "sich" is the clause's own subject: "…, während sich Maas für ein härteres
    # Sexualstrafrecht ausgesprochen hatte" had Schäuble of the clause before endorse Maas
    ("Die Kritik wies Maas zurück, während sich Hinz für ein härteres Strafrecht ausgesprochen hatte.",
     ("SUPPORT", "per:maas", "per:hinz"), None),
    ("Die Kritik wies Maas zurück, während sich Hinz für Juncker ausgesprochen hatte.",
     ("SUPPORT", "per:maas", "per:hinz"), ("SUPPORT", "per:hinz", "per:juncker")),
    # "aber" inside a clause is a particle: "Häufig sind aber wesentlich mehr Häftlinge inhaftiert"
    # had the BBC, which reported the sentence before, arrest the prisoners
    ("Die BBC berichtet über die Gefangenen. Häufig sind aber wesentlich mehr Häftlinge inhaftiert.",
     ("COERCE", "org:bbc", "Zivilgesellschaft"), None),
    ("Maas traf Juncker, aber Hinz kritisierte Range.", None, ("DISAPPROVE", "per:hinz", "per:range")),
    # a person's country or party in brackets is his, no second side: "erklärte der Ratspräsident
    # Jean-Claude Juncker (Luxemburg) das Scheitern des EU-Gipfels" had Juncker meet Luxemburg
    ("Juncker (Luxemburg) hat am Freitag telefoniert.", ("CONSULT", "per:juncker", "Q32"), None),
    ("Juncker hat am Freitag mit Luxemburg telefoniert.", None, ("CONSULT", "per:juncker", "Q32")),
    ("Juncker (Luxemburg) traf Maas in Berlin.", None, ("CONSULT", "Q32+per:juncker", "per:maas")),
    ("Hinz (SPD) kritisierte Maas.", None, ("DISAPPROVE", "org:spd+per:hinz", "per:maas")),
    # a title the text has given one person is that person: "Gegenwärtig wirft Bundesfinanzminister
    # Wolfgang Schäuble (CDU) dem Justizminister Einmischung … vor" after "Bundesjustizminister Heiko Maas"
    ("Bundesjustizminister Maas ließ Range in den Ruhestand versetzen. Gegenwärtig wirft Grupp dem "
     "Justizminister Einmischung vor.", None, ("DISAPPROVE", "per:grupp", "per:maas")),
    ("Bundesjustizminister Maas und Bundesfinanzminister Range trafen sich. Gegenwärtig wirft Grupp dem "
     "Minister Einmischung vor.", ("DISAPPROVE", "per:grupp", "per:maas"), None),
])
def test_round13_sides(text: str, absent: tuple[str, str, str] | None, kept: tuple[str, str, str] | None) -> None:
    found = _events(text)
    if absent is not None:
        assert absent not in found
    if kept is not None:
        assert kept in found


@pytest.mark.parametrize(("text", "expected"), [
    # a noun phrase between commas after a name is its apposition; the clause after it goes on
    # with the name: "Major Valeri Trojanow, Pilot des … abgestürzten russischen Kampfflugzeuges
    # Su-27, befindet sich noch immer in Gewahrsam Litauens"
    ("Trojanow, Pilot des über Litauen abgestürzten Flugzeuges, befindet sich in Gewahrsam Litauens.",
     {("COERCE", "Q37", "per:trojanow")}),
    ("Trojanow, der Pilot des Flugzeuges, kritisierte Litauen.", {("DISAPPROVE", "per:trojanow", "Q37")}),
    # a relative clause ends in its verb: no apposition, its own event stays
    ("Trojanow, der sich retten konnte, kritisierte Litauen.", {("DISAPPROVE", "per:trojanow", "Q37")}),
    ("Maas, der Juncker getroffen hatte, kritisierte Litauen.", {("DISAPPROVE", "per:maas", "Q37")}),
])
def test_round13_apposition(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the German courts by level are the judiciary: "Das Amtsgericht Berlin-Tiergarten hat Lohfink
    # am 22. August 2016 zu einer Geldstrafe … verurteilt" had no judge
    ("Das Amtsgericht in Berlin hat Lohfink zu einer Geldstrafe verurteilt.", "COERCE"),
    ("Das Landgericht in Berlin hat Lohfink zu einer Haftstrafe verurteilt.", "COERCE"),
    ("Das Gericht in Berlin hat Lohfink zu einer Geldstrafe verurteilt.", "COERCE"),
])
def test_round13_courts(text: str, expected: str) -> None:
    kb = {**_KB, "Lohfink": ("per:lohfink", "PER", None), "Berlin": ("Q64", "LOC", "Q183")}
    found = _named(events_stage(make_doc(text, None, published="2016-09-08", kb=kb)), None)
    assert any(t == expected and tgt == "per:lohfink" and src.startswith("Justiz") for t, src, tgt in found), found
