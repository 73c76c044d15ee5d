"""Issue #7, round 4: general causes of misses in unseen news (the third dev batch), each rule with
hand-written sentences of our own (not the batch's texts)."""

from __future__ import annotations

import pytest
from tests.events.conftest import KB, NAMES, make_doc

from lagebild.events import events_stage
from lagebild.model import Event

#: the test knowledge base with a group, a country without a leader here, and a capital
ROUND4_KB = {**KB, "IS": ("kb:is", "ORG", None), "Island": ("kb:island", "LOC", None),
             "Reykjavík": ("Q1764", "LOC", "kb:island")}


def _events(text: str, dates: dict[str, str] | None = None) -> list[Event]:
    doc = make_doc(text, dates, published="2016-04-06", kb=ROUND4_KB)
    return list(events_stage(doc).events)


_NAMES = {**NAMES, "kb:island": "Island", "Q1764": "Reykjavík"}


def _side(ids: tuple[str, ...]) -> frozenset[str]:
    # a state's civilians are "<state>#civilians": shown as "civilians:<state name>"
    return frozenset(f"civilians:{_NAMES.get(a.partition('#')[0], a.partition('#')[0])}" if a.endswith("#civilians")
                     else _NAMES.get(a, a) for a in ids)


def _coded(events: list[Event]) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    return {(e.type, _side(e.sources), _side(e.targets)) for e in events}


def _one(etype: str, source: str, target: str) -> tuple[str, frozenset[str], frozenset[str]]:
    return etype, frozenset({source}), frozenset({target})


@pytest.mark.parametrize(("text", "expected"), [
    # a person told only by the adjective of a country is that country's civilians; a soldier is the state
    ("Am Montag hat ein russischer Soldat einen ukrainischen Journalisten in Kiew erschossen.",
     {_one("ASSAULT", "Russland", "civilians:Ukraine")}),
    ("Ein isländischer Historiker nannte das Verhalten Trumps absurd.",
     {_one("DISAPPROVE", "civilians:Island", "Donald Trump")}),
    # a noun for the people of a country, read from its adjective ("Isländer": isländisch)
    # (round 14: the protest's place is where, not whom; the government is Iceland)
    ("Tausende Isländer protestierten in Reykjavík gegen die Regierung.",
     {("PROTEST", frozenset({"civilians:Island"}), frozenset({"Island"}))}),
    # civilians attack: PLOVER's ASSAULT, not the FIGHT of armed forces
    ("Erneut hat ein ukrainischer Angreifer eine russische Frau angegriffen.",
     {_one("ASSAULT", "civilians:Ukraine", "civilians:Russland")}),
    # a killing as a noun: its genitive is the victim
    ("Der IS hat die Tötung einer polnischen Geisel bekanntgegeben.",
     {_one("ASSAULT", "kb:is", "civilians:Polen")}),
    # a protest told as going onto the street
    ("In Reykjavík gingen am Montag 12.000 Demonstranten gegen die Regierung auf die Straße.",
     {("PROTEST", frozenset({"civilians:Island"}), frozenset({"Island"}))}),
    # naming an act with a word of praise, or without censure, is no disapproval
    ("Ein isländischer Historiker nannte das Verhalten Trumps klug.", set()),
    ("Die Gespräche gingen über die Straße von Hormus.", set()),
])
def test_sides_by_origin_and_triggers(text: str, expected: set[tuple[str, frozenset[str], frozenset[str]]]) -> None:
    assert _coded(_events(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a consultation noun under a preposition is its owner's own talks where a possessive names
    # the owner and "mit" the partner: news, not circumstance
    ("Das sagte Trump am Donnerstag nach seinen Gesprächen mit Putin.",
     {_one("CONSULT", "Donald Trump", "Wladimir Putin")}),
    ("Nach seinen Gesprächen mit Putin zog Trump am Donnerstag Bilanz.",
     {_one("CONSULT", "Donald Trump", "Wladimir Putin")}),
    ("Trump sagte nach seinem Gespräch mit Putin, die Ukraine müsse verhandeln.",
     {_one("CONSULT", "Donald Trump", "Wladimir Putin"), _one("DEMAND", "Donald Trump", "Ukraine")}),
    # a definite noun without a possessive still refers back
    ("Nach dem Treffen mit Putin zog Trump Bilanz.", set()),
    # a companion is no side, and a spouse beside the host makes no visit private
    ("Putin empfing Trump gemeinsam mit seiner Ehefrau.", {_one("CONSULT", "Wladimir Putin", "Donald Trump")}),
    ("Russland griff zusammen mit Polen die Ukraine an.", {_one("FIGHT", "Russland", "Ukraine")}),
    # in a relative clause "ihn" is not the antecedent but the main clause's subject
    ("Nach seinen Gesprächen mit Selenskyj, der ihn in Kiew empfing, zog Trump Bilanz.",
     {_one("CONSULT", "Donald Trump", "Wolodymyr Selenskyj")}),
    # a headline's bare title is the person the text names with it
    ("Präsident traf Putin – Gespräche über die Ukraine. Das sagte Präsident Donald Trump am Montag.",
     {_one("CONSULT", "Donald Trump", "Wladimir Putin")}),
])
def test_own_talks_companions_and_titles(text: str, expected: set[tuple[str, frozenset[str], frozenset[str]]]) -> None:
    assert _coded(_events(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # forced entry
    # (the parliament of the place is a side of its own)
    ("Die russische Polizei war in das Parlament in Kiew eingedrungen.",
     {_one("COERCE", "Russland", "Q212#legislature")}),
    ("Russische Soldaten drangen in ein Dorf in der Ukraine ein.", {_one("COERCE", "Russland", "Ukraine")}),
    # a definite person noun is the person told with it before; guards are the place's police,
    # and the passive's "von" is the agent
    ("Ein ukrainischer Angreifer hat in Moskau eine russische Frau angegriffen. "
     "Der Angreifer wurde von Wachleuten in Moskau angeschossen.",
     {_one("ASSAULT", "civilians:Ukraine", "civilians:Russland"), _one("ASSAULT", "Russland", "civilians:Ukraine")}),
    # without one told before, "der Angreifer" is the perpetrator of this document (of no state)
    ("Der Angreifer wurde von Wachleuten in Moskau angeschossen.", {_one("ASSAULT", "Russland", "grp:assailants@d1")}),
])
def test_entry_guards_and_persons_told_before(text: str,
                                              expected: set[tuple[str, frozenset[str], frozenset[str]]]) -> None:
    assert _coded(_events(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a criticism of a work told before aims at its author: the name after its "von", else the
    # subject of the sentence that told it
    ("Ein Brief von Wladimir Putin erreichte Kiew. Selenskyj bezeichnete den Brief als Provokation.",
     {_one("DISAPPROVE", "Wolodymyr Selenskyj", "Wladimir Putin")}),
    ("Trump schrieb einen Brief an Putin. Selenskyj bezeichnete den Brief als gefährlich.",
     {_one("DISAPPROVE", "Wolodymyr Selenskyj", "Donald Trump")}),
    # a work nobody was named with is no one's
    ("Selenskyj bezeichnete den Brief als Provokation.", set()),
])
def test_criticism_of_a_work_aims_at_its_author(text: str,
                                               expected: set[tuple[str, frozenset[str], frozenset[str]]]) -> None:
    assert _coded(_events(text)) == expected
