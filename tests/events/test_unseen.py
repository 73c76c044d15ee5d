"""Rules found on unseen news (issue #7, benchmarks/bench_events.py): triggers and groups of
international politics, government nouns with their seat, replies, attributive participles."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lagebild.events import events_stage
from lagebild.model import Document, Event


@pytest.fixture()
def events(doc: Callable[..., Document]) -> Callable[..., list[Event]]:
    def run(text: str, dates: dict[str, str] | None = None) -> list[Event]:
        return list(events_stage(doc(text, dates)).events)
    return run


def _sides(e: Event, names: dict[str, str]) -> tuple[set[str], set[str]]:
    return {names.get(a, a) for a in e.sources}, {names.get(a, a) for a in e.targets}


@pytest.mark.parametrize(("text", "etype", "source", "target"), [
    ("Russland unterstellt der Ukraine, einen Angriff vorzubereiten.", "DISAPPROVE", "Russland", "Ukraine"),
    ("Polen hatte den russischen Botschafter einbestellt.", "DISAPPROVE", "Polen", "Russland"),
    ("Polen will den russischen Botschafter ins Außenministerium zitieren.", "DISAPPROVE", "Polen", "Russland"),
    ("Russland bestreitet gegenüber der Ukraine jede Beteiligung.", "REJECT", "Russland", "Ukraine"),
    ("Russland begnadigte den Bürgermeister Iwan Fedorow.", "RETREAT", "Russland", "Iwan Fedorow"),
    ("Die USA verlegten Kampfjets nach Polen.", "MOBILIZE", "USA", "Polen"),
    ("Die Ukraine hat die Krim unter ihre Kontrolle gebracht.", "COERCE", "Ukraine", "Krim"),
    ("Polen hatte einen Haftbefehl gegen Putin erlassen.", "COERCE", "Polen", "Wladimir Putin"),
    ("Polen überrannte die Stellungen der Ukraine.", "FIGHT", "Polen", "Ukraine"),
    ("Die Abschiebung von Iwan Fedorow durch Polen sorgte für Streit.", "COERCE", "Polen", "Iwan Fedorow"),
])
def test_triggers_of_international_news(events: Callable[..., list[Event]], names: dict[str, str], text: str,
                                        etype: str, source: str, target: str) -> None:
    got = [e for e in events(text) if e.type == etype]
    assert len(got) == 1
    src, tgt = _sides(got[0], names)
    assert {source, target} == src | tgt


def test_cooperation_that_states_want_is_planned(events: Callable[..., list[Event]], names: dict[str, str]) -> None:
    (e,) = events("Russland und die Ukraine wollen enger zusammenarbeiten.")
    assert e.type == "COOPERATE" and e.status == "planned"
    assert _sides(e, names) == ({"Russland"}, {"Ukraine"})


@pytest.mark.parametrize(("text", "etype", "group"), [
    # armed groups without a name are an actor of their own, the place's rebels, not the state
    ("Die Rebellen griffen Kiew an.", "FIGHT", "Q212#rebels"),
    ("Die Jihadisten haben Odessa unter ihre Kontrolle gebracht.", "COERCE", "Q212#militants"),
    ("Die Ukraine startete eine Offensive gegen die Separatisten.", "FIGHT", "Q212#rebels"),
])
def test_armed_groups_are_actors(events: Callable[..., list[Event]], text: str, etype: str, group: str) -> None:
    (e,) = events(text)
    assert e.type == etype and group in e.sources + e.targets


@pytest.mark.parametrize(("text", "source", "target"), [
    # a government noun with its seat stands for the seat's state; the place is no location then
    ("Russland kritisierte die Führung in Kiew scharf.", "Russland", "Kiew"),
    ("Die Regierung in Kiew kritisierte Russland.", "Ukraine", "Russland"),
    ("Polen kritisierte die Regierung von Präsident Putin.", "Polen", "Russland"),
    ("Die Führung der Krim kritisierte Russland.", "Krim", "Russland"),
])
def test_a_government_with_its_seat(events: Callable[..., list[Event]], names: dict[str, str], text: str,
                                    source: str, target: str) -> None:
    (e,) = events(text)
    assert e.type == "DISAPPROVE"
    assert _sides(e, names) == ({source}, {target})


def test_what_is_wanted_after_background_is_current_news(events: Callable[..., list[Event]]) -> None:
    text = ("Russland annektierte 2014 die Krim. Polen kritisierte das lange. "
            "Trotz Differenzen wollen Russland und Polen enger zusammenarbeiten.")
    got = [e for e in events(text, {"2014": "2014"}) if e.type == "COOPERATE"]
    assert len(got) == 1 and got[0].date is not None and got[0].date.value == "2025-02"


@pytest.mark.parametrize(("text", "etype", "source", "target"), [
    # a rejection without an object answers whoever addressed its source just before
    ("Die Ukraine fordert von Russland bessere Bedingungen. Moskau lehnt ab.", "REJECT", "Ukraine", "Moskau"),
    # "des Landes" after a group noun is the state the text is about
    ("Russland kritisierte Polen. Das Militär des isolierten Landes drohte der Ukraine.", "THREATEN", "Russland",
     "Ukraine"),
    # a sentence-initial "Es" before a trigger verb is the subject before
    ("Russland drohte Polen. Es warf der Ukraine Lügen vor.", "DISAPPROVE", "Russland", "Ukraine"),
    # a compound names who attacks: "US-Luftangriff"
    ("Bei einem USA-Luftangriff am Montag wurde Iwan Fedorow getötet.", "FIGHT", "USA", "Iwan Fedorow"),
    # a possessive before a noun points to the actor named last
    ("Russland unterstellt der Ukraine, durch ihre Militärübungen mit Polen einen Angriff vorzubereiten.",
     "MOBILIZE", "Ukraine", "Polen"),
])
def test_sides_from_the_context(events: Callable[..., list[Event]], names: dict[str, str], text: str, etype: str,
                                source: str, target: str) -> None:
    got = [e for e in events(text, {"Montag": "2025-02-17"} if "Montag" in text else None) if e.type == etype]
    assert len(got) == 1
    src, tgt = _sides(got[0], names)
    assert {source, target} == src | tgt


@pytest.mark.parametrize(("text", "types"), [
    # a noun with both sides of its own keeps them; the clause's subject is not its side
    ("Als Reaktion auf Militärmanöver der USA mit Polen drohte Russland der Ukraine.", {"MOBILIZE", "THREATEN"}),
    # a participle used as an adjective recalls, it reports nothing
    ("Auf der von Russland annektierten Krim fiel der Strom aus.", set()),
    ("Polen kritisierte die von Russland unterstützten Separatisten.", {"DISAPPROVE"}),
])
def test_nouns_and_participles(events: Callable[..., list[Event]], text: str, types: set[str]) -> None:
    got = events(text)
    assert {e.type for e in got} == types
    assert all(not ({"Q159"} <= set(e.sources + e.targets) and e.type == "MOBILIZE") for e in got)


def test_a_political_adjective_is_no_origin(events: Callable[..., list[Event]]) -> None:
    (e,) = events("Die EU verschärfte ihre Sanktionen gegen die kommunistische Regierung in Moskau.")
    assert e.type == "SANCTION" and e.targets == ("Q159",)


@pytest.mark.parametrize(("text", "etype", "source", "target"), [
    # a capital's adjective before an actor noun is that capital; a determiner after a noun
    # opens the object
    ("Am Freitag hatte das Moskauer Außenministerium die polnische Botschafterin einbestellt.", "DISAPPROVE",
     "Moskau", "Polen"),
    # whose act is criticised is the target: the genitive of the object of a verbal conflict
    ("Trump hat Versäumnisse der europäischen Verbündeten als Ursache bezeichnet.", "DISAPPROVE", "Donald Trump",
     "EU"),
    ("Polen kritisierte die Politik der Ukraine.", "DISAPPROVE", "Polen", "Ukraine"),
    ("Die Ukraine hat mit der EU einen Handelspakt geschlossen.", "COOPERATE", "Ukraine", "EU"),
])
def test_objects_and_their_owners(events: Callable[..., list[Event]], names: dict[str, str], text: str,
                                  etype: str, source: str, target: str) -> None:
    (e,) = events(text)
    assert e.type == etype
    assert _sides(e, names) == ({source}, {target})


def test_a_genitive_is_no_side_of_material_conflict(events: Callable[..., list[Event]]) -> None:
    assert all("Q212" not in e.sources + e.targets for e in events("Polen griff die Verbündeten der Ukraine an."))


def test_a_date_after_a_temporal_phrase_dates_that_phrase(events: Callable[..., list[Event]]) -> None:
    (e,) = events("Trump hat die Ukraine nach dem Sturz von Janukowitsch vor zehn Jahren kritisiert.",
                  {"vor zehn Jahren": "2015"})
    assert e.type == "DISAPPROVE" and e.date is not None and e.date.value == "2025-02"


@pytest.mark.parametrize(("text", "n"), [
    # "droht … zu <Verb>" is a danger, not a threat
    ("Die Krise in Polen droht zu eskalieren.", 0),
    ("Doch dabei droht nicht nur Polen in der Versenkung zu verschwinden.", 0),
    # victims of a passive without an agent are no side; a number opens a noun phrase of its own
    ("Im März wurden bei Protestaktionen 155 Ukraine-Anhänger in Kiew getötet.", 0),
    ("In Kiew wurden zwei Soldaten der Ukraine getötet.", 0),
])
def test_dangers_and_victims_are_no_events(events: Callable[..., list[Event]], text: str, n: int) -> None:
    assert len(events(text, {"Im März": "2025-03"} if "März" in text else None)) == n


def test_a_claim_of_responsibility_names_the_attacker(events: Callable[..., list[Event]],
                                                      names: dict[str, str]) -> None:
    (e,) = events("Russland bekannte sich zu dem Anschlag in Kiew.")
    assert e.type == "ASSAULT" and _sides(e, names) == ({"Russland"}, {"Kiew"})


def test_a_bare_title_is_the_person_before(events: Callable[..., list[Event]], names: dict[str, str]) -> None:
    got = [e for e in events("Putin traf Trump. Der Präsident rief die EU erneut auf, Polen zu helfen.")
           if e.type == "DEMAND"]
    assert len(got) == 1 and _sides(got[0], names) == ({"Wladimir Putin"}, {"EU"})


@pytest.mark.parametrize(("text", "etype", "source", "target"), [
    # a group noun with a named owner is that owner; a demonym on a proposal names its author
    ("Rebellen der EU haben russische Vorschläge für eine Zusammenarbeit abgelehnt.", "REJECT", "EU", "Russland"),
])
def test_owners_of_groups_and_proposals(events: Callable[..., list[Event]], names: dict[str, str], text: str,
                                        etype: str, source: str, target: str) -> None:
    (e,) = events(text)
    assert e.type == etype and _sides(e, names) == ({source}, {target})


@pytest.mark.parametrize(("text", "etype", "source", "target"), [
    # a group's short name heading a compound for its fighters is that group
    ("Polen drohte den YPG-Kämpfern mit Luftschlägen.", "THREATEN", "Polen", "YPG"),
    # "sie" right after a trigger verb is the state or organisation before
    ("Die Ukraine griff Russland an. Zugleich griff sie auch Stellungen der PKK-Kämpfer an.", "FIGHT", "Ukraine",
     "PKK"),
    # a place before a group is not its owner; a compass point of a state is that state
    ("In der Region Odessa hatten ukrainische Soldaten mehrere Separatisten getötet.", "ASSAULT", "Ukraine",
     "Rebellen (Ukraine)"),
    ("Die Rebellen hatten den Norden der Ukraine unter ihre Kontrolle gebracht.", "COERCE", "Rebellen (Ukraine)",
     "Ukraine"),
])
def test_groups_pronouns_and_places(events: Callable[..., list[Event]], doc: Callable[..., Document],
                                    names: dict[str, str], text: str, etype: str, source: str,
                                    target: str) -> None:
    out = events_stage(doc(text))
    allnames = {**names, **{e.id: e.name for e in out.entities}}
    got = [e for e in out.events if e.type == etype]
    assert got, [(e.type, e.sources, e.targets) for e in out.events]
    src, tgt = _sides(got[-1], allnames)
    assert {source, target} == src | tgt


@pytest.mark.parametrize(("text", "dates", "status"), [
    # "Verhandlungen" as a noun; a date before it is no noun it depends on; a light verb makes a
    # definite noun the clause's own event
    ("Polen hat am Montag Verhandlungen mit der Ukraine aufgenommen.", {"am Montag": "2025-02-17"}, "occurred"),
    ("Putin und Trump wollen die Verhandlungen fortsetzen.", None, "planned"),
    ("Putin und Trump wollen ihre Verhandlungen fortsetzen.", None, "planned"),
])
def test_negotiations_as_nouns(events: Callable[..., list[Event]], text: str, dates: dict[str, str] | None,
                               status: str) -> None:
    (e,) = events(text, dates)
    assert (e.type, e.status) == ("CONSULT", status)


@pytest.mark.parametrize(("text", "etype"), [
    # compounds of event nouns are triggers too
    ("Russland startete eine Militäroffensive gegen die Ukraine.", "FIGHT"),
    ("Polen verübte einen Bombenanschlag auf die Ukraine.", "ASSAULT"),
    ("Polen nahm Koalitionsgespräche mit der Ukraine auf.", "CONSULT"),
])
def test_compound_event_nouns(events: Callable[..., list[Event]], text: str, etype: str) -> None:
    assert [e.type for e in events(text)] == [etype]


def test_a_place_before_an_event_noun_is_where_not_whom(events: Callable[..., list[Event]]) -> None:
    (e,) = events("Putin will in Odessa eine Militäroffensive gegen die Ukraine überwachen.")
    assert e.type == "FIGHT" and e.targets == ("Q212",) and e.location == "Q1874"


def test_coordinated_prepositional_phrases_are_one_clause(events: Callable[..., list[Event]]) -> None:
    # "und bei …" after "bei …" joins two phrases; the victims of the passive are no side
    got = events("Russland griff Polen an. Dabei wurden bei Angriffen und bei Protesten 155 Ukrainer in Kiew getötet.")
    assert [e.type for e in got] == ["FIGHT"]


def test_the_article_state_must_dominate(doc: Callable[..., Document]) -> None:
    from lagebild.events.groups import Groups
    from lagebild.events.lexicon import load

    even = Groups(doc("Polen traf Russland. Polen kritisierte Russland."), load("de"))
    clear = Groups(doc("Polen traf Polen. Polen kritisierte Russland."), load("de"))
    assert even.home is None and clear.home == "Q36"


@pytest.mark.parametrize(("text", "n"), [
    ("Das Buch basiert auf Gesprächen zwischen Trump und Putin.", 0),
    ("Der Konzern von Trump einigte sich mit Putin auf eine Übernahme.", 0),
    ("Trump führte Gespräche mit Putin.", 1),
])
def test_private_and_commercial_talks_are_no_events(events: Callable[..., list[Event]], text: str, n: int) -> None:
    assert len(events(text)) == n


@pytest.mark.parametrize(("text", "etype", "target"), [
    # a threat's condition names whom it is aimed at
    ("Polen drohte mit der härtesten Reaktion, sollten die YPG-Kämpfer Odessa einnehmen.", "THREATEN", "YPG"),
    # "ging gegen … vor" is repression
    ("Die Polizei in Moskau ging gegen die Demonstranten vor.", "COERCE", "Zivilgesellschaft (Russland)"),
])
def test_conditions_and_repression(doc: Callable[..., Document], names: dict[str, str], text: str, etype: str,
                                   target: str) -> None:
    out = events_stage(doc(text))
    allnames = {**names, **{e.id: e.name for e in out.entities}}
    (e,) = out.events
    assert e.type == etype and target in _sides(e, allnames)[1]


def test_a_relative_clause_gives_an_event_noun_its_sides(events: Callable[..., list[Event]],
                                                         names: dict[str, str]) -> None:
    (e,) = events("Die Warnung ist die jüngste in einer Reihe von Drohungen, die Russland zuletzt gegen Polen "
                  "und die USA ausgestoßen hat.")
    assert e.type == "THREATEN" and _sides(e, names) == ({"Russland"}, {"Polen", "USA"})


@pytest.mark.parametrize(("text", "absent"), [
    # a participle's agent is no side of the clause's verb
    ("Die Truppen der von Russland unterstützten Regierung in Kiew griffen Polen an.", "Q159"),
    # a visit's "von" is not the agent of a passive arrest
    ("Während des Besuchs von Putin in Kiew wurden 50 Polen festgenommen.", "Q7747"),
    # "durch X" after another noun is that noun's agent
    ("Die Invasion von Russland in die Ukraine wird als Schritt gegen einen Umsturz durch die EU dargestellt.",
     "Q458"),
    # "schloss … aus" is no agreement
    ("Polen schloss nicht aus, Russland wegen des Abkommens zu verklagen.", "Q36"),
])
def test_attributes_are_no_sides(events: Callable[..., list[Event]], text: str, absent: str) -> None:
    # (what is only contemplated, "nicht aus, … zu verklagen", is hypothetical: no part of the timeline)
    assert all(absent not in e.sources + e.targets for e in events(text) if e.status != "hypothetical")


def test_an_attacks_agent_is_the_killer(events: Callable[..., list[Event]]) -> None:
    got = events("Bei Angriffen von Russland auf Kiew wurden 20 Menschen getötet.")
    assert got and all("Q159" in e.sources for e in got)


@pytest.mark.parametrize(("text", "n"), [
    # an event noun under "nach"/"seit"/"vor" without a date of its own is what came before
    ("Nach einem Bombenanschlag auf die Regierung in Kiew war ihm auch Putin gefolgt.", 0),
    # under "bei" it is news where it has its own sides
    ("Bei einem russischen Angriff auf Odessa wurden zwei Menschen getötet.", 1),
])
def test_event_nouns_of_what_came_before(events: Callable[..., list[Event]], text: str, n: int) -> None:
    assert len(events(text)) == n


@pytest.mark.parametrize(("text", "n"), [
    # a name in front of a compound is the actor only where the compound names an actor or an act
    ("So bezeichnete Putin den USA-Milliardär als Hochstapler.", 0),
    ("So bezeichnete Putin den USA-Präsidenten als Hochstapler.", 1),
])
def test_compounds_after_a_name(events: Callable[..., list[Event]], text: str, n: int) -> None:
    assert len(events(text)) == n


def test_a_group_with_an_unknown_owner_is_not_the_places(events: Callable[..., list[Event]]) -> None:
    # "der Schwarzmeer-Region" names an owner the entities do not know: no group of Kiew's state
    got = events("Die Regierung der Schwarzmeer-Region warf der Regierung in Kiew vor, zu lügen.")
    assert all(e.sources != e.targets for e in got)
    assert not any("Q212" in e.sources and "Q212" in e.targets for e in got)


def test_a_conflict_goes_on_only_against_an_enemy(events: Callable[..., list[Event]]) -> None:
    # "das Land" after a demand is no target: only a conflict before names the enemy
    got = events("Russland rief die USA auf, zu helfen. Russland griff das Land an.")
    assert not [e for e in got if e.type == "FIGHT"]


@pytest.mark.parametrize(("text", "n"), [
    # the subject of a clause is not the agent of a noun under a preposition
    ("Nach den Anschlägen in Kiew im Januar dachte Putin über eine Änderung nach.", 0),
    # "spricht sich gegen … aus" is a rejection (round 7), not talks
    ("Polen spricht sich klar gegen eine Koalition mit der Ukraine aus.", 1),
])
def test_circumstances_and_stands(events: Callable[..., list[Event]], text: str, n: int) -> None:
    assert len(events(text, {"im Januar": "2025-01"} if "Januar" in text else None)) == n
