"""Issue #7, round 6: domestic politics (parliaments, courts, oppositions), appositions, status
adjectives and the tense around a colon, each with hand-written sentences."""

from __future__ import annotations

import pytest
from tests.events.conftest import NAMES, make_doc

from lagebild.events import events_stage
from lagebild.model import Document, Event

KB = {"Recep Tayyip Erdogan": ("Q39723", "PER", "Q43"), "Erdogan": ("Q39723", "PER", "Q43"),
      "Ponta": ("per:victor-ponta", "PER", "Q218"), "Deniz Baykal": ("per:deniz-baykal", "PER", None),
      "Türkei": ("Q43", "LOC", None), "Rumänien": ("Q218", "LOC", None), "Bukarest": ("Q19660", "LOC", "Q218"),
      "Victor Ponta": ("per:victor-ponta", "PER", "Q218"), "Dan Sova": ("per:dan-sova", "PER", None),
      "Sovas": ("per:dan-sova", "PER", None), "Syrien": ("Q858", "LOC", None), "Virginia": ("Q1370", "LOC", "Q30"),
      "Marcel Lazar": ("per:marcel-lazar", "PER", None), "Lazar": ("per:marcel-lazar", "PER", None),
      "Maria Fekter": ("per:maria-fekter", "PER", None), "Österreich": ("Q40", "LOC", None),
      "Peking": ("Q956", "LOC", "Q148"), "Washington": ("Q61", "LOC", "Q30"), "China": ("Q148", "LOC", None)}
_NAMES = {**NAMES, "Q39723": "Erdogan", "per:deniz-baykal": "Baykal", "Q218": "Rumänien", "per:victor-ponta": "Ponta",
          "per:dan-sova": "Sova", "Q858": "Syrien", "per:marcel-lazar": "Lazar", "per:maria-fekter": "Fekter",
          "Q43": "Türkei"}


def _doc(text: str, published: str = "2015-06-12") -> Document:
    return events_stage(make_doc(text, published=published, kb=KB))


def _coded(events: tuple[Event, ...] | list[Event]) -> set[tuple[str, str, frozenset[str], frozenset[str]]]:
    return {(e.type, e.status, frozenset(_NAMES.get(a, a) for a in e.sources),
             frozenset(_NAMES.get(a, a) for a in e.targets)) for e in events}


def _one(etype: str, source: str, target: str, status: str = "occurred") -> tuple[str, str, frozenset[str],
                                                                                 frozenset[str]]:
    return etype, status, frozenset({source}), frozenset({target})


@pytest.mark.parametrize(("text", "expected"), [
    # an apposition between commas renames the noun before it; the clause runs on to its particle,
    # and "künftigen" describes the person, not the meeting
    ("Erdogan traf in Ankara mit dem künftigen Alterspräsidenten des Parlaments, dem CHP-Abgeordneten "
     "Deniz Baykal, zusammen.", {_one("CONSULT", "Erdogan", "Baykal")}),
    # votes against, no-confidence motions; a dash typed as a spaced hyphen opens an aside
    ("Dan Sova ist Senator in Rumänien. Zweimal stimmte das Parlament - trotz Kritik aus dem Ausland - "
     "gegen eine Aufhebung der Immunität Sovas.", {_one("REJECT", "Q218#legislature", "Sova")}),
    ("In Rumänien stellte die Opposition einen Misstrauensantrag gegen Ponta.",
     {_one("DISAPPROVE", "Q218#opposition", "Ponta")}),
    # a guilty plea is conceded to the court; the court is its state's judiciary
    ("Lazar plädierte vor einem Gericht in Virginia auf schuldig.", {_one("CONCEDE", "Lazar", "Q30#judiciary")}),
    # questioning by a committee of inquiry (a parliament's), not by pollsters
    ("In Österreich befragte der Untersuchungsausschuss die Ex-Finanzministerin Maria Fekter.",
     {_one("INVESTIGATE", "Q40#legislature", "Fekter")}),
    ("In Österreich befragte das Institut für eine Umfrage 1000 Menschen.", set()),
    # a demonym before a sector that is no organ of force makes that sector's actor
    ("Die syrische Opposition lehnte den Vorschlag der Regierung in Syrien ab.",
     {_one("REJECT", "Q858#opposition", "Syrien")}),
    ("Das rumänische Parlament lehnte den Antrag von Ponta ab.", {_one("REJECT", "Q218#legislature", "Ponta")}),
    # a rejected accusation that names its author ("aus", "von", a genitive) is an event of its
    # own, also without an article; the rejection answers that author
    ("Peking wies Vorwürfe aus Washington zurück.",
     {_one("REJECT", "Q956", "Q61"), _one("DISAPPROVE", "Q61", "Q956")}),
    ("Das Außenministerium in Peking hat Vorwürfe aus Washington über Lieferungen dementiert.",
     {_one("REJECT", "Q148", "Q61"), _one("DISAPPROVE", "Q61", "Q148")}),
])
def test_domestic_sides(text: str, expected: set[tuple[str, str, frozenset[str], frozenset[str]]]) -> None:
    assert _coded(_doc(text).events) == expected


def test_named_sector_actors() -> None:
    doc = _doc("Die syrische Opposition lehnte den Vorschlag der Regierung in Syrien ab.")
    # (the test knowledge base names a state by its id)
    assert {e.id: e.name for e in doc.entities}["Q858#opposition"] == "Opposition (Q858)"
    doc = _doc("Lazar plädierte vor einem Gericht in Virginia auf schuldig.")
    judiciary = {e.id: e for e in doc.entities}["Q30#judiciary"]
    assert judiciary.name == "Justiz (USA)" and "Gericht" in judiciary.aliases


def test_colon_bounds_the_tense_of_a_weekday() -> None:
    # "klar: Wir … wird sich …": the quotation's future does not move the frame's Thursday ahead
    text = ("Zu Besuch in Sarajevo stellte der Außenminister Sebastian Kurz am Donnerstag klar: Wir koppeln "
            "die Hilfe an Reformen, denn anders wird sich das Land nicht entwickeln.")
    doc = make_doc(text, published="2015-06-19")
    from lagebild.time import time_stage

    doc = time_stage(doc)
    thursday = next(t for t in doc.timexes if "Donnerstag" in doc.body[t.start:t.end])
    assert thursday.value == "2015-06-18"


@pytest.mark.parametrize(("text", "expected"), [
    # perpetrators without a name are this document's actor, of no state ("Täter")
    ("Unbekannte haben in der Nacht die Parteizentrale der ÖVP in Wien verwüstet.",
     {("CRIME", "occurred", frozenset({"grp:assailants@d1"}), frozenset({"ÖVP", "Wien"}))}),
    # people named as the victims of violence are the civilians of where it happened, not the place
    ("In Syrien haben Bewaffnete 26 Touristen erschossen.", {_one("ASSAULT", "Q858#militants", "Q858#civilians")}),
    ("Russische Truppen haben in der Ukraine 20 Zivilisten getötet.", {_one("ASSAULT", "Russland", "Q212#civilians")}),
    # arrested people named in the capital of the arresting state: its civilians, not the capital
    ("In Damaskus nahmen die Behörden mehrere Verdächtige fest.", {_one("COERCE", "Syrien", "Q858#civilians")}),
    # a conflict in answer to the act of a clause of cause or time is aimed at that act's author
    ("Nachdem Russland die Krim annektiert hatte, verhängte die EU erste Sanktionen.",
     {_one("COERCE", "Russland", "Krim"), _one("SANCTION", "EU", "Russland")}),
    # a decimal comma cuts no clause; aid dropped "über" a place is for that place
    ("Nach den Überschwemmungen in Nigeria hat die EU Soforthilfe von 2,5 Millionen Euro bereitgestellt.",
     {_one("AID", "EU", "Nigeria")}),
    # an actor after the finite verb is the verb's, not the subject noun's; outrage raised "in" a
    # capital is that state's, aimed at the author of the act
    ("Der Angriff Russlands löste in Berlin Empörung aus.", {_one("DISAPPROVE", "Berlin", "Russland")}),
    # frozen aid "für" a state sanctions that state
    ("Die EU hat Finanzhilfen für Rumänien in Höhe von 150 Millionen Euro eingefroren.",
     {_one("SANCTION", "EU", "Rumänien")}),
    # reinforcing a force abroad is a MOBILIZE of its owner there (the force stands for its alliance)
    ("Die Nato hat die Schutztruppe im Kosovo um 200 Soldaten aufgestockt.", {_one("MOBILIZE", "NATO", "Kosovo")}),
    # whose blockade is lifted or whose accounts are frozen is the target
    ("Die USA froren die Konten der Hamas ein.", {_one("SANCTION", "USA", "Hamas")}),
    # a promise names whom it is made to in what is promised, even as an attribute
    ("Peking sagte zu, die Einfuhr von Rindfleisch aus Australien wieder zu erlauben.",
     {_one("AGREE", "Q956", "Australien")}),
    # (so are people nouns in -e/-en: "mehrere Hundert Serben demonstrierten")
    ("Mehrere Hundert Rumänen demonstrierten gegen Ponta.", {_one("PROTEST", "Q218#civilians", "Ponta")}),
    # counted or protesting people of a state are its civilians, not the state
    ("Hunderttausende Amerikaner demonstrierten gegen Trump.", {_one("PROTEST", "Q30#civilians", "Trump")}),
    # lifting a politician's immunity coerces him; "die Festnahme von X" is done to X; what is
    # feared has not happened
    ("Das türkische Parlament hob die Immunität des Abgeordneten Ekrem Imamoglu auf.",
     {_one("COERCE", "Q43#legislature", "Imamoglu")}),
    ("Die Polizei in Moskau meldete die Festnahme von Ekrem Imamoglu.", {_one("COERCE", "Russland", "Imamoglu")}),
    ("Die Türkei befürchtet einen Angriff Russlands.", {_one("FIGHT", "Russland", "Türkei", "hypothetical")}),
    # the name after a title shares its preposition ("von US-Präsident Trump" is the agent)
    ("Ponta ist von US-Präsident Trump zu seinem Wahlsieg beglückwünscht worden.",
     {("SUPPORT", "occurred", frozenset({"USA", "Trump"}), frozenset({"Ponta"}))}),
    # an election won against a rival, a parliament dissolved: one-sided OTHER
    ("Bei der Präsidentenwahl hat sich Ponta knapp gegen Dan Sova durchgesetzt.",
     {("OTHER", "occurred", frozenset({"Ponta"}), frozenset())}),
    ("Das Parlament in Bukarest wurde aufgelöst.",
     {("OTHER", "occurred", frozenset({"Q218#legislature"}), frozenset())}),
    # people arrested by a state's police are its people; arrested in the passive where the state
    # is named only as where, the police of that state arrested them
    ("Die rumänische Polizei hat einen Mann festgenommen.", {_one("COERCE", "Rumänien", "Q218#civilians")}),
    ("Im kommunistischen Rumänien sind 50 Dissidenten festgenommen worden.",
     {_one("COERCE", "Rumänien", "Q218#civilians")}),
    # "eine Gruppe bewaffneter Männer": an armed group of the place's state; "maskierte Männer": perpetrators
    ("Eine Gruppe bewaffneter Männer hat in Syrien zwei Menschen getötet.",
     {_one("ASSAULT", "Q858#militants", "Q858#civilians")}),
    ("Maskierte Männer haben in Bukarest zwei Touristen überfallen.",
     {_one("ASSAULT", "grp:assailants@d1", "Q218#civilians")}),
    # "seit Beginn der Kämpfe": circumstance; "nach Schätzungen des Hilfswerks UNHCR": who tells
    ("Nach Schätzungen des Flüchtlingshilfswerks UNHCR haben seit Beginn der Kämpfe 7500 Menschen "
     "ihre Dörfer in Syrien verlassen.", set()),
    # a person told only by a role after an article is a person of the document
    ("In Rumänien ermittelt die Staatsanwaltschaft gegen einen früheren Bürgermeister.",
     {_one("INVESTIGATE", "Rumänien", "grp:person:bürgermeister@d1")}),
    # "nach Erkenntnissen westlicher Geheimdienste": who tells, without an article, is no side
    ("Russland zieht nach Erkenntnissen westlicher Geheimdienste Truppen an der Grenze zur Ukraine zusammen.",
     {_one("MOBILIZE", "Russland", "Ukraine")}),
])
def test_perpetrators_victims_and_tellers(text: str,
                                          expected: set[tuple[str, str, frozenset[str], frozenset[str]]]) -> None:
    kb = {**KB, "ÖVP": ("kb:oevp", "ORG", None), "Wien": ("Q1741", "LOC", "Q40"), "Russland": ("Q159", "LOC", None),
          "Russlands": ("Q159", "LOC", None),
          "Ukraine": ("Q212", "LOC", None), "Damaskus": ("Q3766", "LOC", "Q858"), "EU": ("Q458", "ORG", None),
          "Krim": ("Q7835", "LOC", None), "Nigeria": ("Q1033", "LOC", None), "Berlin": ("Q64", "LOC", "Q183"),
          "USA": ("Q30", "LOC", None), "Hamas": ("kb:hamas", "ORG", None), "Peking": ("Q956", "LOC", "Q148"),
          "Australien": ("Q408", "LOC", None), "Amerikaner": ("Q30", "LOC", None), "Trump": ("Q22686", "PER", "Q30"),
          "Ekrem Imamoglu": ("per:imamoglu", "PER", None), "Moskau": ("Q649", "LOC", "Q159"),
          "Türkei": ("Q43", "LOC", None), "US": ("Q30", "LOC", None), "Ponta": ("per:victor-ponta", "PER", "Q218"),
          "Dan Sova": ("per:dan-sova", "PER", None), "Bukarest": ("Q19660", "LOC", "Q218"),
          "Flüchtlingshilfswerks UNHCR": ("kb:unhcr", "ORG", None), "Nato": ("Q7184", "ORG", None),
          "Kosovo": ("kb:kosovo", "LOC", None)}
    doc = events_stage(make_doc(text, published="2015-06-12", kb=kb))
    names = {**_NAMES, "kb:oevp": "ÖVP", "Q1741": "Wien", "Q159": "Russland", "Q212": "Ukraine", "Q458": "EU",
             "Q7835": "Krim", "Q1033": "Nigeria", "Q64": "Berlin", "Q30": "USA",
             "kb:hamas": "Hamas", "Q408": "Australien", "Q22686": "Trump",
             "per:imamoglu": "Imamoglu", "per:victor-ponta": "Ponta", "per:dan-sova": "Sova", "Q7184": "NATO",
             "kb:kosovo": "Kosovo"}
    assert {(e.type, e.status, frozenset(names.get(a, a) for a in e.sources),
             frozenset(names.get(a, a) for a in e.targets)) for e in doc.events} == expected


def test_many_holders_of_an_office_are_no_one_person() -> None:
    # "die europäischen Staats- und Regierungschefs" are Europe's leaders, not the article's
    # prime minister; "Regierungschefs kritisierten" is a verb after a plural, no adjective
    from tests.events.conftest import make_doc as make

    kb = {"Ukraine": ("Q212", "LOC", None), "Russland": ("Q159", "LOC", None)}
    doc = events_stage(make("Die europäischen Staats- und Regierungschefs kritisierten Russland.", kb=kb,
                            published="2015-06-12"))
    assert {(e.type, e.sources, e.targets) for e in doc.events} == {("DISAPPROVE", ("Q458",), ("Q159",))}


def test_relative_clause_after_a_place_and_zugleich() -> None:
    # "zugleich" dates the act as the sentence before; the relative clause's antecedent is the
    # group, not the place named as where
    kb = {"Türkei": ("Q43", "LOC", None), "PKK": ("kb:pkk", "ORG", None), "Nordirak": ("kb:nordirak", "LOC", "Q796"),
          "IS": ("kb:is", "ORG", None), "Syrien": ("Q858", "LOC", None)}
    text = ("Die Türkei hatte am 24. Juli Angriffe auf den IS in Syrien gestartet. Zugleich griff sie Stützpunkte "
            "der PKK im Nordirak an, die gegen den IS kämpft.")
    doc = events_stage(make_doc(text, {"am 24. Juli": "2015-07-24"}, published="2015-08-02", kb=kb))
    got = {(e.type, e.sources, e.targets, e.date.value if e.date else None) for e in doc.events}
    assert ("FIGHT", ("Q43",), ("kb:pkk",), "2015-07-24") in got
    assert all(e.sources != ("kb:nordirak",) for e in doc.events)



def test_a_continued_clause_keeps_the_subject_whose_forces_it_names() -> None:
    # "Serbia put its army on alert and deployed 4,000 troops": Serbia deploys, its troops are no target
    kb = {"Serbia": ("Q403", "LOC", None), "Kosovo": ("kb:kosovo", "LOC", None)}
    doc = events_stage(make_doc("Kosovo police detained three men. Serbia then put its army on high alert and "
                                "deployed about 4,000 troops to the border with Kosovo.", published="2026-10-12",
                                kb=kb, language="en"))
    got = {(e.type, e.sources, e.targets) for e in doc.events if e.type == "MOBILIZE"}
    assert got and all(src == ("Q403",) and "Q403" not in tgt for _, src, tgt in got)
