"""Recall on unseen news, second round of issue #7 (benchmarks/bench_events.py, 14 further dev
articles): triggers of sanctions, sentences, offers and manoeuvres; attributes of an object that is
an act; relative clauses; a threat's condition; dates of planned events and of spans up to now."""

from __future__ import annotations

import pytest
from tests.events.conftest import KB, NAMES, make_doc

from lagebild.events import events_stage
from lagebild.model import Event

#: the test knowledge base with two organisations and a genitive
ORGS = {**KB, "PKK": ("kb:pkk", "ORG", None), "IS": ("kb:is", "ORG", None), "Russlands": ("Q159", "LOC", None)}


def _events(text: str, dates: dict[str, str] | None = None, kb: dict[str, tuple[str, str, str | None]] = KB,
            ) -> list[Event]:
    return list(events_stage(make_doc(text, dates, kb=kb)).events)


def _sides(e: Event) -> tuple[set[str], set[str]]:
    return {NAMES.get(a, a) for a in e.sources}, {NAMES.get(a, a) for a in e.targets}


def _one(events: list[Event], etype: str) -> Event:
    got = [e for e in events if e.type == etype]
    assert len(got) == 1, [(e.type, e.sources, e.targets) for e in events]
    return got[0]


@pytest.mark.parametrize(("text", "etype", "source", "target"), [
    ("Die USA halten Russland vor, die Ukraine angreifen zu wollen.", "DISAPPROVE", "USA", "Russland"),
    ("Polen bezichtigt Russland der Einmischung.", "DISAPPROVE", "Polen", "Russland"),
    ("Die EU hat ihre Restriktionen gegenüber Russland um ein halbes Jahr verlängert.", "SANCTION", "EU", "Russland"),
    ("Die EU verlängerte die Wirtschaftssanktionen gegen Russland.", "SANCTION", "EU", "Russland"),
    ("Russland will seine Strafmaßnahmen gegen die EU aufrechterhalten.", "SANCTION", "Russland", "EU"),
    ("Die EU und Russland sind sich über die Bedingungen der Gaslieferungen einig.", "AGREE", "EU", "Russland"),
    ("Russland sei bereit, der Ukraine mit Kampfjets zu helfen.", "AGREE", "Russland", "Ukraine"),
    ("Russland verurteilte Iwan Fedorow zu zehn Jahren Haft.", "COERCE", "Russland", "Iwan Fedorow"),
    ("Polen verurteilte Russland scharf.", "DISAPPROVE", "Polen", "Russland"),
    ("Russische Truppen nahmen ukrainische Stellungen unter Beschuss.", "FIGHT", "Russland", "Ukraine"),
    ("Polen kritisierte das Großmanöver der USA.", "DISAPPROVE", "Polen", "USA"),
])
def test_triggers(text: str, etype: str, source: str, target: str) -> None:
    e = _one(_events(text), etype)
    assert _sides(e) == ({source}, {target})


@pytest.mark.parametrize("text", [
    # a belief about someone's readiness is no offer
    "Trump geht davon aus, dass Putin im Krieg gegen die Ukraine zu einem Kompromiss bereit ist.",
    # the AID construction "stellte … bereit" is no offer either
    "Polen stellte der Ukraine Geld bereit.",
])
def test_no_offer(text: str) -> None:
    assert not [e for e in _events(text) if e.type == "AGREE"]


def test_hostages_taken() -> None:
    # (the workers are Poland's civilians: people named as the victims, not the place)
    e = _one(_events("Kämpfer des IS haben in Polen hunderte Arbeiter als Geiseln genommen.", kb=ORGS), "ASSAULT")
    assert _sides(e) == ({"kb:is"}, {"Q36#civilians"})


@pytest.mark.parametrize(("text", "etype", "source", "target"), [
    # a determiner of no genitive after an event noun opens the object: the PKK is blamed, it is
    # no attribute of the attack
    ("Die Armee der Ukraine machte für dieses Attentat die PKK verantwortlich.", "DISAPPROVE", "Ukraine", "kb:pkk"),
    # "um": the entourage is its leader's
    ("Die PKK wirft der Staatsführung um Präsident Putin Propaganda vor.", "DISAPPROVE", "kb:pkk", "Wladimir Putin"),
    # whose act a demand or a criticism is about is its target
    ("Polen forderte den Rückzug der PKK-Kämpfer aus der Ukraine.", "DEMAND", "Polen", "kb:pkk"),
    ("Polen verurteilte den Einmarsch Russlands.", "DISAPPROVE", "Polen", "Russland"),
    # positions and bases named by a compound or a genitive are their owner's
    ("Russland setzte die Luftangriffe auf mutmaßliche PKK-Stellungen fort.", "FIGHT", "Russland", "kb:pkk"),
    ("Russland griff mutmaßliche Stützpunkte der PKK an.", "FIGHT", "Russland", "kb:pkk"),
])
def test_sides(text: str, etype: str, source: str, target: str) -> None:
    e = _one(_events(text, kb=ORGS), etype)
    assert _sides(e) == ({source}, {target})


def test_sentence_initial_sie_is_the_subject_before() -> None:
    evs = _events("Die PKK wirft Russland Propaganda vor. Sie bezichtigt die Ukraine der Lüge.", kb=ORGS)
    assert {(frozenset(s), frozenset(t)) for s, t in map(_sides, evs)} == {
        (frozenset({"kb:pkk"}), frozenset({"Russland"})), (frozenset({"kb:pkk"}), frozenset({"Ukraine"}))}


def test_relative_clause_acts_for_its_antecedent() -> None:
    # "die gegen den IS kämpft" is the PKK's fight, not the Ukraine's
    evs = _events("Die Ukraine griff Stellungen der PKK an, die gegen den IS kämpft.", kb=ORGS)
    assert sorted(_sides(e) for e in evs) == sorted([({"Ukraine"}, {"kb:pkk"}), ({"kb:pkk"}, {"kb:is"})])


def test_threat_aims_at_the_condition_subject() -> None:
    e = _one(_events("Putin drohte mit Luftschlägen, sollten Kämpfer der PKK die Krim einnehmen.", kb=ORGS),
             "THREATEN")
    assert _sides(e) == ({"Wladimir Putin"}, {"kb:pkk"})


def test_planned_event_is_no_background() -> None:
    # "Bereits" marks background only for what already happened
    (e,) = _events("Bereits in den kommenden Tagen wollen Trump und Putin ihre Verhandlungen fortsetzen.")
    assert e.status == "planned" and e.date is not None and e.date.value == "2025-02"


def test_a_span_up_to_now_tells_no_past() -> None:
    evs = _events("In dem Konflikt wurden seit April 2014 viele Menschen getötet. Polen fordert von Russland "
                  "einen Rückzug.", {"April 2014": "2014-04"})
    e = _one(evs, "DEMAND")
    assert e.date is not None and e.date.value == "2025-02"


def test_then_still_refers_to_a_span_start() -> None:
    evs = _events("Russland kämpft seit 2014 gegen die Ukraine. Damals annektierte Putin die Krim.", {"2014": "2014"})
    e = _one(evs, "COERCE")
    assert e.date is not None and e.date.value == "2014"


def test_joint_manoeuvres_are_one_side_each() -> None:
    e = _one(_events("Russland reagierte auf ein Großmanöver der USA und Polens.",
                     kb={**KB, "Polens": ("Q36", "LOC", None)}), "MOBILIZE")
    assert _sides(e) in (({"USA"}, {"Polen"}), ({"Polen"}, {"USA"}))


def test_criticism_of_an_act_told_before_targets_its_actor() -> None:
    evs = _events("Die USA begannen ein Großmanöver mit Polen. Auch Russland kritisierte die Militärübung.")
    assert _sides(_one(evs, "DISAPPROVE")) == ({"Russland"}, {"USA"})


def test_a_definite_act_with_sides_told_before_is_no_new_event() -> None:
    evs = _events("Russland hatte Stellungen der Ukraine beschossen. Polen betrachte die russischen Angriffe auf "
                  "die Ukraine als Provokation.")
    assert [e.type for e in evs] == ["FIGHT", "DISAPPROVE"]
    assert _sides(evs[1]) == ({"Polen"}, {"Russland"})


def test_an_unresolved_pronoun_is_the_subject_and_the_sentence_names_it() -> None:
    # "es" is the ministry in Moscow (a ministry with its seat stands for the state), not the
    # Ukraine after the verb
    (e,) = _events("Das Außenministerium in Moskau teilte mit, es betrachte die Ukraine als Bedrohung.")
    # (the ministry, a group noun of the government, is the state itself)
    assert e.type == "DISAPPROVE" and _sides(e) in (({"Moskau"}, {"Ukraine"}), ({"Russland"}, {"Ukraine"}))


@pytest.mark.parametrize(("text", "etype", "sides"), [
    # the genitive of an annexation is what was annexed: Crimea is no annexer
    ("Die Sanktionen wurden in einer Reaktion auf die Annexion der Krim verhängt.", "COERCE", None),
    ("Polen verlangte die Freilassung Iwan Fedorows durch Russland.", "RETREAT", ({"Russland"}, {"Iwan Fedorow"})),
])
def test_patient_genitive(text: str, etype: str, sides: tuple[set[str], set[str]] | None) -> None:
    kb = {**KB, "Iwan Fedorows": ("per:iwan-fedorow", "PER", "Q212")}
    got = [e for e in _events(text, kb=kb) if e.type == etype]
    assert [_sides(e) for e in got] == ([sides] if sides else [])


def test_security_forces_of_order_are_police() -> None:
    evs = _events("Die PKK verübte einen Anschlag auf Ordnungskräfte in Russland.", kb=ORGS)
    e = _one(evs, "ASSAULT")
    assert _sides(e) == ({"kb:pkk"}, {"Russland"})


def test_speaker_is_the_next_sentences_er() -> None:
    from dataclasses import replace

    from lagebild.model import Quote

    text = "Wir werden nicht zulassen, dass Kiew fällt, sagte Putin. Er betonte bei einem Besuch in Polen, man helfe."
    doc = make_doc(text)
    start = text.index("Putin")
    quote = Quote("q1", 0, text.index(", sagte"), "indirect", speaker="Q7747", speaker_name="Wladimir Putin",
                  speaker_start=start, speaker_end=start + 5)
    (e,) = events_stage(replace(doc, quotes=(quote,))).events
    assert e.type == "CONSULT" and _sides(e) == ({"Wladimir Putin"}, {"Polen"})


@pytest.mark.parametrize(("text", "source", "target"), [
    # the accusation just before names who demands
    ("Russland warf der Ukraine vor, einen Angriff zu planen. Die Ukraine müsse sich entschuldigen.",
     "Russland", "Ukraine"),
    # another clause of the sentence names the speaker; the addressed may be an attribute of the subject
    ("Zunächst müssten die Angriffe der russischen Luftwaffe aufhören, erklärten Vertreter Polens am Samstag.",
     "Polen", "Russland"),
])
def test_demand_in_reported_speech(text: str, source: str, target: str) -> None:
    kb = {**KB, "Polens": ("Q36", "LOC", None)}
    e = _one(_events(text, kb=kb), "DEMAND")
    assert _sides(e) == ({source}, {target})


@pytest.mark.parametrize("text", [
    # a wish about someone in the passive is no demand of them
    "Putin sagte, auch Polen und die Ukraine müssten in die Suche nach einer Lösung eingebunden werden.",
    # the reporter's own "muss" is no reported speech
    "Die Ukraine muss nun entscheiden, sagte Putin.",
])
def test_no_demand_in_reported_speech(text: str) -> None:
    assert not [e for e in _events(text) if e.type == "DEMAND"]


def test_reported_demand_of_the_quotations_speaker() -> None:
    from dataclasses import replace

    from lagebild.model import Quote

    text = "Putin sagte am Montag, die Ukraine solle ihre Truppen zurückziehen."
    doc = make_doc(text)
    start = text.index("die Ukraine")
    quote = Quote("q1", start, len(text) - 1, "indirect", speaker="Q7747", speaker_name="Wladimir Putin",
                  speaker_start=0, speaker_end=5)
    (e,) = [e for e in events_stage(replace(doc, quotes=(quote,))).events if e.type == "DEMAND"]
    assert _sides(e) == ({"Wladimir Putin"}, {"Ukraine"})


@pytest.mark.parametrize(("text", "etype", "source", "target"), [
    # a repeated word between commas is no clause boundary
    ("Putin hatte Polen vergangene Woche als sehr, sehr ernsthafte Bedrohung bezeichnet.", "DISAPPROVE",
     "Wladimir Putin", "Polen"),
    # a court's sentence: the judiciary of the court's state acts (a side of its own, as the
    # opposition is, so that a court against a government stays two sides); the genitive is the sentenced
    ("Das Oberste Gericht in Moskau hat die Verurteilung Iwan Fedorows zu zehn Jahren Haft bestätigt.", "COERCE",
     "Q159#judiciary", "Iwan Fedorow"),
    # a title before a name ending in -s is no genitive: the holder acts
    ("Der polnische Außenminister Trumps hat Russland kritisiert.", "DISAPPROVE", "Polen", "Russland"),
    # a pronoun right after the verb is the subject, the name before it the fronted object
    ("Putin kritisierte die Ukraine. Trump warf er vor, den Krieg zu verlängern.", "DISAPPROVE",
     "Wladimir Putin", "Donald Trump"),
    # a bare place noun opens a phrase of its own: the IS's targets, no attribute of the shelling
    ("Russland habe als Reaktion auf den Beschuss Ziele des IS angegriffen.", "FIGHT", "Russland", "kb:is"),
])
def test_sides_2(text: str, etype: str, source: str, target: str) -> None:
    kb = {**ORGS, "Iwan Fedorows": ("per:iwan-fedorow", "PER", "Q212"), "Trumps": ("per:trumps", "PER", None)}
    got = [e for e in _events(text, kb=kb) if e.type == etype]
    src, tgt = _sides(got[-1])
    assert source in src and tgt == {target}


def test_planned_event_takes_the_date_ahead() -> None:
    # the past week dates the announcement; the stationing of US arms lies ahead
    evs = _events("In der vergangenen Woche kündigte die Regierung in Warschau für Mitte 2026 die Stationierung von "
                  "US-Waffen in Polen an.", {"In der vergangenen Woche": "2025-02-17", "Mitte 2026": "2026"},
                  kb={**KB, "Warschau": ("kb:warschau", "LOC", "Q36"), "US": ("Q30", "LOC", None)})
    e = _one(evs, "MOBILIZE")
    assert e.status == "planned" and e.date is not None and e.date.value == "2026"
    assert _sides(e) == ({"USA"}, {"Polen"})


@pytest.mark.parametrize(("text", "etype", "source", "target"), [
    # the plural of the present has the infinitive's form
    ("Die USA fordern Putins Rücktritt.", "DEMAND", "USA", "Wladimir Putin"),
    ("Polen und die USA kritisieren Russland.", "DISAPPROVE", "Polen", "Russland"),
    ("Die USA werfen Russland Aggression vor.", "DISAPPROVE", "USA", "Russland"),
    ("Die USA lehnen die Forderung Russlands ab.", "REJECT", "USA", "Russland"),
    # an aside between dashes: the clause runs on around it, its actors are no sides
    ("Am Montag hat die EU – einschließlich Polen und Deutschland – Sanktionen gegen Russland verhängt.", "SANCTION",
     "EU", "Russland"),
    # an adjective naming a bloc makes a group of its own, not the place's state
    ("Westliche Regierungen werfen Russland vor, die Ukraine anzugreifen.", "DISAPPROVE", "Westliche Regierungen",
     "Russland"),
])
def test_forms_and_phrases(text: str, etype: str, source: str, target: str) -> None:
    kb = {**ORGS, "Putins": ("Q7747", "PER", "Q159")}
    doc = make_doc(text, kb=kb)
    staged = events_stage(doc)
    names = {**NAMES, **{e.id: e.name for e in staged.entities}}
    got = [e for e in staged.events if e.type == etype]
    assert len(got) == 1
    assert source in {names.get(a, a) for a in got[0].sources}
    assert {names.get(a, a) for a in got[0].targets} == {target}


@pytest.mark.parametrize(("text", "etype", "sides"), [
    # a subject without a name that rejects answers the accusation just before: its target
    ("Russland warf der Ukraine Sabotage vor. Das Nachbarland wies die Vorwürfe zurück.", "REJECT",
     ({"Ukraine"}, {"Russland"})),
    # the accusation's author right after the noun
    ("Moskau wies die Vorwürfe aus Polen am Montag zurück.", "REJECT", ({"Moskau"}, {"Polen"})),
    # a date between the passive's subject and its agent is no noun the agent belongs to
    ("Die Ukraine wurde am Montag von Russland angegriffen.", "FIGHT", ({"Russland"}, {"Ukraine"})),
    # reciprocal accusations: one side each
    ("Kiew und Moskau warfen sich gegenseitig vor, die Waffenruhe gebrochen zu haben.", "DISAPPROVE",
     ({"Kiew"}, {"Moskau"})),
])
def test_replies_passives_reciprocals(text: str, etype: str, sides: tuple[set[str], set[str]]) -> None:
    e = _one(_events(text, {"am Montag": "2025-02-24"} if "am Montag" in text else None), etype)
    assert _sides(e) == sides


@pytest.mark.parametrize(("text", "sides"), [
    # a demand as a noun, with its author and whose act is demanded
    ("Die Forderung Polens nach einem Rückzug Russlands wurde bekannt.", ({"Polen"}, {"Russland"})),
    ("Polen erneuerte seine Forderung an Russland, die Truppen abzuziehen.", ({"Polen"}, {"Russland"})),
])
def test_demand_as_a_noun(text: str, sides: tuple[set[str], set[str]]) -> None:
    kb = {**KB, "Polens": ("Q36", "LOC", None), "Russlands": ("Q159", "LOC", None)}
    assert _sides(_one(_events(text, kb=kb), "DEMAND")) == sides


@pytest.mark.parametrize("text", [
    # demands told before, under a preposition or as an object: no new demand
    "Trotz der Forderungen der USA hält Russland an der Offensive fest.",
    "Die Ukraine lehnte die Forderung Russlands ab.",
])
def test_demand_noun_told_before(text: str) -> None:
    kb = {**KB, "Russlands": ("Q159", "LOC", None)}
    assert not [e for e in _events(text, kb=kb) if e.type == "DEMAND"]


@pytest.mark.parametrize(("text", "etype", "sides"), [
    ("Die PKK feuerte Raketen auf Russland ab.", "FIGHT", ({"kb:pkk"}, {"Russland"})),
    ("Polen warnte Russland vor einer Eskalation.", "DISAPPROVE", ({"Polen"}, {"Russland"})),
    # an aside's passive and modal are its own, not the clause's
    ("Der Chef der PKK – dem die Immunität entzogen werden soll – hatte Russland gewarnt.", "DISAPPROVE",
     ({"kb:pkk"}, {"Russland"})),
])
def test_warnings_and_rockets(text: str, etype: str, sides: tuple[set[str], set[str]]) -> None:
    e = _one(_events(text, kb=ORGS), etype)
    assert _sides(e) == sides and e.status == "occurred"


@pytest.mark.parametrize("text", [
    "Der Minister warnte vor einer humanitären Katastrophe in Polen.",  # no addressee
    "Die Kritik an Russland wächst.",  # nobody criticises
    "Nach harter Kritik an Polen entschuldigte sich Russland.",  # a criticism told before, by nobody named
])
def test_no_side_no_event(text: str) -> None:
    assert not [e for e in _events(text) if e.type == "DISAPPROVE"]


PLACES = {**ORGS, "Sirte": ("kb:sirte", "LOC", None), "Aleppo": ("kb:aleppo", "LOC", None)}


@pytest.mark.parametrize(("text", "etype", "actors"), [
    # a place epithet: the last place named that is no country and stands for none (Moscow, a
    # capital, stands for Russia)
    ("Die Gewalt in Sirte hält an. Ein Treffen fand in Moskau statt. Der IS hat die Hafenstadt im Mai unter seine "
     "Kontrolle gebracht.", "COERCE", {"kb:is", "kb:sirte"}),
    # a state epithet: the last country named, not one of this sentence
    ("Die PKK warf der Regierung in Kiew Verrat vor. Russland kritisierte die frühere Sowjetrepublik scharf.",
     "DISAPPROVE", {"Russland", "Ukraine"}),
])
def test_epithets_stand_for_a_place_told_before(text: str, etype: str, actors: set[str]) -> None:
    e = [e for e in _events(text, kb=PLACES) if e.type == etype][-1]
    src, tgt = _sides(e)
    assert src | tgt == actors


@pytest.mark.parametrize("text", [
    "Die Gewalt in Sirte hält an. Der IS hat eine Hafenstadt unter seine Kontrolle gebracht.",  # indefinite
    "Die Gewalt in Sirte hält an. Der IS hat die Stadt Aleppo unter seine Kontrolle gebracht.",  # named
])
def test_no_epithet(text: str) -> None:
    (e,) = [e for e in _events(text, kb=PLACES) if e.type == "COERCE"] or [None]
    assert e is None or "kb:sirte" not in e.targets


def test_participle_with_a_phrase_between_is_an_attribute() -> None:
    # Poland supports the rebels in an attribute: no SUPPORT, and Poland is not whose rebels they are
    evs = _events("Die von Polen seit Jahren unterstützten Separatisten griffen Kiew an.")
    assert [e.type for e in evs] == ["FIGHT"]
    assert "Q36#rebels" not in evs[0].sources
    assert not [e for e in _events("Die Ukraine kämpfte mit von Polen aus der Luft unterstützten islamischen "
                                   "Rebellen um Kiew.") if e.type == "SUPPORT"]


def test_a_statement_about_a_reported_act_targets_its_actor() -> None:
    evs = _events("Polen klagte, es habe Angriffe Russlands auf die Ukraine gegeben.", kb=ORGS)
    assert _sides(_one(evs, "DISAPPROVE")) == ({"Polen"}, {"Russland"})


def test_a_short_name_in_brackets_shares_the_names_role() -> None:
    # the IS of "(IS)" is the target the "auf" gives the name, not a subject of the passive
    evs = _events("Sie werden bei Luftangriffen auf Stellungen der Miliz Islamischer Staat (IS) in Polen eingesetzt.",
                  kb={**KB, "Islamischer Staat": ("kb:is", "ORG", None), "IS": ("kb:is", "ORG", None)})
    assert not [e for e in evs if "kb:is" in e.sources]


def test_a_coordinated_participle_shares_the_passive() -> None:
    # the PKK fighters were killed: no attackers
    evs = _events("Bei den Luftangriffen seien 260 PKK-Kämpfer getötet und 400 weitere verletzt worden.", kb=ORGS)
    assert not [e for e in evs if "kb:pkk" in e.sources]


@pytest.mark.parametrize("text", [
    "Russland griff Stellungen nahe der Stadt Charkiw an.",
    "Russland griff Stellungen nördlich von Charkiw an.",
])
def test_places_near_a_town_are_where(text: str) -> None:
    kb = {**KB, "Charkiw": ("kb:charkiw", "LOC", None)}
    # (the place attacked also names the state it lies in)
    assert _sides(_one(_events(text, kb=kb), "FIGHT")) == ({"Russland"}, {"kb:charkiw", "Ukraine"})


def test_a_town_near_the_target_is_no_attacker() -> None:
    kb = {**KB, "Dogubayazit": ("kb:dogubayazit", "LOC", None)}
    evs = _events("Das Attentat vom Sonntag galt einem Stützpunkt nahe der Stadt Dogubayazit an der polnischen Grenze.",
                  {"Sonntag": "2025-02-23"}, kb=kb)
    assert not [e for e in evs if "kb:dogubayazit" in e.sources]


@pytest.mark.parametrize(("text", "dates", "etype", "sides"), [
    # a date at the sentence's start is no bare plural subject; a determiner after a noun opens the object
    ("Vergangene Woche hatten US-Einheiten nach Pentagon-Angaben den stellvertretenden PKK-Chef getötet.",
     {"Vergangene Woche": "2025-02-17"}, "ASSAULT", ({"USA"}, {"kb:pkk"})),
])
def test_objects_after_a_source_noun(text: str, dates: dict[str, str], etype: str,
                                     sides: tuple[set[str], set[str]]) -> None:
    kb = {**ORGS, "US": ("Q30", "LOC", None)}
    assert _sides(_one(_events(text, dates, kb=kb), etype)) == sides


@pytest.mark.parametrize("text", [
    # a warning of a danger is aimed at nobody; "wie" gives an example, not a side
    "Russland hat vor einer wachsenden Gefahr durch Organisationen wie die PKK gewarnt.",
    # criticism without a target, by a party and its member
    "Der Linke Iwan Fedorow formulierte eine ähnliche Kritik.",
])
def test_no_disapproval(text: str) -> None:
    assert not [e for e in _events(text, kb={**ORGS, "Linke": ("kb:linke", "ORG", None)}) if e.type == "DISAPPROVE"]


def test_the_author_of_a_rejected_act_in_an_attribute_is_the_target() -> None:
    evs = _events("Die von Finanzminister Iwan Fedorow (PKK) erhobene Forderung stößt in Moskau auf Ablehnung.",
                  kb=ORGS)
    # (the minister and his party in brackets: both are the demand's author)
    assert _sides(_one(evs, "REJECT")) == ({"Moskau"}, {"Iwan Fedorow", "kb:pkk"})
