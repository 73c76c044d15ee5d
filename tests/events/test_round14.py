"""Issue #7, round 14: a second precision audit on unseen German Wikinews (benchmarks/audit_events.py
--set 2). Each case is a hand-written sentence of the construction a false report of the audit had,
with a sentence of the same shape whose event must stay."""

from __future__ import annotations

import pytest
from tests.events.conftest import make_doc
from tests.events.test_round12 import KB, _named

from lagebild.events import events_stage

_KB = {**{k: v for k, v in KB.items() if k != "Regierung"},  # the government as a group noun
       "Tikrit": ("kb:tikrit", "LOC", None), "Saddam Husseins": ("per:saddam", "PER", None),
       "Saddam Hussein": ("per:saddam", "PER", None), "Syrien": ("Q858", "LOC", None),
       "Iran": ("Q794", "LOC", None), "Huthi-Rebellen": ("org:huthi", "ORG", None),
       "Huthi": ("org:huthi", "ORG", None)}


def _events(text: str) -> set[tuple[str, str, str]]:
    return _named(events_stage(make_doc(text, None, published="2009-09-18", kb=_KB)), None)


@pytest.mark.parametrize(("text", "absent", "kept"), [
    # a protest's place is where, not whom: "Einige Anhänger Saddam Husseins protestierten in
    # seiner Heimatstadt Tikrit gegen den Prozess" had Tikrit as the target
    ("Anhänger Saddam Husseins protestierten in Tikrit gegen den Prozess.",
     ("PROTEST", "per:saddam", "kb:tikrit"), None),
    ("Anhänger Saddam Husseins protestierten in Tikrit gegen Putin.",
     ("PROTEST", "per:saddam", "kb:tikrit"), ("PROTEST", "per:saddam", "Wladimir Putin")),
    # (an attack's place stays its target: "Angriffe in der Ukraine")
    ("Russland hat Angriffe in der Ukraine verübt.", None, ("FIGHT", "Russland", "Ukraine")),
    # a place after a noun and "aus" is the thing's origin, not the sentence's place: "Die Regierung
    # beschuldigt die Huthi-Rebellen …, Gelder aus dem Iran zu erhalten" made the Yemeni government Iran's
    ("In Syrien kämpft die Armee gegen die Huthi. Die Regierung beschuldigt die Huthi-Rebellen, "
     "Gelder aus dem Iran zu erhalten.", ("DISAPPROVE", "Q794", "org:huthi"), None),
    ("In Syrien kämpft die Armee gegen die Huthi. Die Regierung beschuldigt die Huthi-Rebellen, "
     "Gelder aus dem Iran zu erhalten.", None, ("DISAPPROVE", "Regierung", "org:huthi")),
    # (a place under "aus" after a verb is where: "Die Armee zog sich aus Aleppo zurück")
    ("Die Regierung im Iran beschuldigt die Huthi-Rebellen.", None, ("DISAPPROVE", "Q794", "org:huthi")),
])
def test_round14_sides(text: str, absent: tuple[str, str, str] | None, kept: tuple[str, str, str] | None) -> None:
    found = _events(text)
    if absent is not None:
        assert absent not in found, found
    if kept is not None:
        assert kept in found, found


_KB2 = {**_KB, "Adolf Hitler": ("per:hitler", "PER", None), "Stauffenberg": ("per:stauffenberg", "PER", None),
        "Schröder": ("per:schroeder", "PER", "Q183"), "Georgien": ("Q230", "LOC", None),
        "Soleimani": ("per:soleimani", "PER", None), "Revolutionsgarden": ("org:irgc", "ORG", None)}


def _events2(text: str, status: str | None = None) -> set[tuple[str, str, str]]:
    return _named(events_stage(make_doc(text, None, published="2005-07-22", kb=_KB2)), status)


@pytest.mark.parametrize(("text", "absent", "kept"), [
    # an act remembered is no act of the subject, nor news: "Schröder und Köhler gedachten … des
    # versuchten Attentats auf Adolf Hitler", "jährte sich zum einundsechzigsten Mal der Anschlag …
    # auf Adolf Hitler" (dated 2005, with the commemorators as attackers)
    ("Schröder gedachte des Attentats auf Adolf Hitler.", ("ASSAULT", "per:schroeder", "per:hitler"), None),
    ("Am Mittwoch jährte sich der Anschlag von Stauffenberg auf Adolf Hitler.",
     ("ASSAULT", "per:stauffenberg", "per:hitler"), None),
    ("Am Mittwoch verübte Stauffenberg einen Anschlag auf Adolf Hitler.", None,
     ("ASSAULT", "per:stauffenberg", "per:hitler")),
    # praise is no disapproval: "die US-Regierung Georgien … als „junge couragierte Demokratie“
    # bezeichnet hat", "Die Iranischen Revolutionsgarden sprachen … von Soleimani als „Märtyrer“"
    ("Die USA haben Georgien als couragierte Demokratie bezeichnet.", ("DISAPPROVE", "USA", "Q230"), None),
    ("Die Revolutionsgarden sprachen von Soleimani als Märtyrer.", ("DISAPPROVE", "org:irgc", "per:soleimani"), None),
    ("Die USA haben Georgien als Diktatur bezeichnet.", None, ("DISAPPROVE", "USA", "Q230")),
    ("Die Revolutionsgarden sprachen von Soleimani als Verräter.", None,
     ("DISAPPROVE", "org:irgc", "per:soleimani")),
])
def test_round14_not_news(text: str, absent: tuple[str, str, str] | None, kept: tuple[str, str, str] | None) -> None:
    found = _events2(text)
    if absent is not None:
        assert absent not in found, found
    if kept is not None:
        assert kept in found, found


@pytest.mark.parametrize(("text", "event", "status"), [
    # a "sollte" in a clause opened by a condition is a condition, not a plan: "Wenn Saddam Hussein in
    # diesem Prozess verurteilt werden sollte, droht ihm die Todesstrafe" was a planned sentence
    ("Wenn Russland die Ukraine angreifen sollte, droht eine Krise.", ("FIGHT", "Russland", "Ukraine"), "hypothetical"),
    ("Sollte Russland die Ukraine angreifen, droht eine Krise.", ("FIGHT", "Russland", "Ukraine"), "hypothetical"),
    ("Russland sollte die Ukraine angreifen.", ("FIGHT", "Russland", "Ukraine"), "planned"),
])
def test_round14_condition(text: str, event: tuple[str, str, str], status: str) -> None:
    assert event in _events2(text, status)


@pytest.mark.parametrize(("text", "absent", "kept"), [
    # a subject without a name right after the auxiliary is the zu-infinitive's agent, not the
    # subject of the sentence before: "Am 20. Juli 1944 hatte eine Verschwörergruppe um Stauffenberg
    # … versucht, … Adolf Hitler zu töten" had Norway (a guest named before) as the attacker
    ("Putin sprach in Moskau. Am 20. Juli 1944 hatte eine Verschwörergruppe versucht, Adolf Hitler zu töten.",
     ("ASSAULT", "Wladimir Putin", "per:hitler"), None),
    ("Putin sprach in Moskau. Am Montag hatte er versucht, die Ukraine anzugreifen.", None,
     ("FIGHT", "Wladimir Putin", "Ukraine")),
    # holding an act justified with "befand … als gerechtfertigt" endorses it: "befand der israelische
    # Premierminister Benjamin Netanyahu den US-Luftangriff als gerechtfertigt" had been a FIGHT of the
    # USA against Israel
    ("Putin befand den Angriff der USA als gerechtfertigt.", ("FIGHT", "USA", "Wladimir Putin"),
     ("SUPPORT", "Wladimir Putin", "USA")),
    ("Putin befand sich in Moskau.", ("SUPPORT", "Wladimir Putin", "Moskau"), None),
    # in the active, "durch" after the object's noun is that noun's agent, not the verb's: "fordert al
    # Huthi die Schaffung sicherer Korridore für Zivilisten durch die Vereinten Nationen" had the UN
    # demand of al Huthi
    ("Polen fordert die Schaffung sicherer Korridore durch die EU.", ("DEMAND", "EU", "Polen"),
     ("DEMAND", "Polen", "EU")),
    ("Die Ukraine wurde durch Russland angegriffen.", None, ("FIGHT", "Russland", "Ukraine")),
])
def test_round14_whose_act(text: str, absent: tuple[str, str, str] | None, kept: tuple[str, str, str] | None) -> None:
    found = _events2(text)
    if absent is not None:
        assert absent not in found, found
    if kept is not None:
        assert kept in found, found


_KB3 = {**_KB2, "Ertel": ("per:ertel", "PER", None), "Bad Dürkheim": ("kb:bad-duerkheim", "LOC", "Q183"),
        "Barrett": ("per:barrett", "PER", None), "Cambridge": ("kb:cambridge", "LOC", "Q145"),
        "Cherson": ("kb:cherson", "LOC", "Q212")}


@pytest.mark.parametrize(("text", "absent", "kept"), [
    # a withdrawal goes to the place after "nach", it does not leave it: "bevor er sich zu seiner
    # Mutter nach Cambridge zurückzog" had been a RETREAT from Cambridge
    ("Danach zog sich Barrett nach Cambridge zurück.", ("RETREAT", "per:barrett", "kb:cambridge"), None),
    ("Danach zog sich Russland aus Cherson zurück.", None, ("RETREAT", "Russland", "kb:cherson")),
    # a candidacy withdrawn is no retreat: "zog Ertel seine Kandidatur für den Posten eines
    # Beigeordneten im Landkreis Bad Dürkheim zurück"
    ("Danach zog Ertel seine Kandidatur im Landkreis Bad Dürkheim zurück.",
     ("RETREAT", "per:ertel", "kb:bad-duerkheim"), None),
    ("Die Ukraine hat ihre Klage gegen Russland zurückgezogen.", ("RETREAT", "Ukraine", "Russland"), None),
    ("Russland hat seine Truppen aus der Ukraine zurückgezogen.", None, ("RETREAT", "Russland", "Ukraine")),
])
def test_round14_retreat(text: str, absent: tuple[str, str, str] | None, kept: tuple[str, str, str] | None) -> None:
    found = _named(events_stage(make_doc(text, None, published="2017-10-22", kb=_KB3)), None)
    if absent is not None:
        assert absent not in found, found
    if kept is not None:
        assert kept in found, found
