"""The events stage on hand-written German sentences: every PLOVER type, voice, nominal events,
status, dates, and the discourse (pronouns, pairs, continuations)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lagebild.events import events_stage, load
from lagebild.model import Document, Event

_NAMES: dict[str, str] = {}
_BUILD: list[Callable[..., Document]] = []


@pytest.fixture(autouse=True)
def _builder(doc: Callable[..., Document], names: dict[str, str]) -> None:
    _BUILD[:] = [doc]
    _NAMES.update(names)


def _events(text: str, dates: dict[str, str] | None = None, published: str = "2025-02-24") -> list[Event]:
    return list(events_stage(_BUILD[0](text, dates, published)).events)


def _sides(e: Event) -> tuple[set[str], set[str]]:
    return {_NAMES[a] for a in e.sources}, {_NAMES[a] for a in e.targets}


@pytest.mark.parametrize(("text", "etype", "source", "target"), [
    ("Russland und die Ukraine vereinbarten einen Gefangenenaustausch.", "AGREE", "Russland", "Ukraine"),
    ("Am 12. Februar telefonierte Trump mit Putin.", "CONSULT", "Donald Trump", "Wladimir Putin"),
    ("Putin gratulierte Trump zum Wahlsieg.", "SUPPORT", "Wladimir Putin", "Donald Trump"),
    ("Trump räumte gegenüber Selenskyj Fehler ein.", "CONCEDE", "Donald Trump", "Wolodymyr Selenskyj"),
    ("Die USA und die Ukraine unterzeichneten ein Rohstoffabkommen.", "COOPERATE", "USA", "Ukraine"),
    ("Deutschland lieferte der Ukraine Luftabwehrsysteme.", "AID", "Deutschland", "Ukraine"),
    ("Russland ließ zwei ukrainische Soldaten frei.", "RETREAT", "Russland", "Ukraine"),
    ("Die Ukraine ermittelt gegen Russland wegen Kriegsverbrechen.", "INVESTIGATE", "Ukraine", "Russland"),
    ("Selenskyj forderte Trump auf, mehr Waffen zu liefern.", "DEMAND", "Wolodymyr Selenskyj", "Donald Trump"),
    ("Trump kritisierte Selenskyj scharf.", "DISAPPROVE", "Donald Trump", "Wolodymyr Selenskyj"),
    ("Selenskyj lehnt Trumps Forderung ab.", "REJECT", "Wolodymyr Selenskyj", "Donald Trump"),
    ("Russland drohte der Ukraine mit neuen Angriffen.", "THREATEN", "Russland", "Ukraine"),
    ("Die EU verhängte neue Sanktionen gegen Russland.", "SANCTION", "EU", "Russland"),
    ("Polen protestierte gegen Russland.", "PROTEST", "Polen", "Russland"),
    ("Russland verlegte Truppen an die Grenze zur Ukraine.", "MOBILIZE", "Russland", "Ukraine"),
    ("Russland annektierte die Krim.", "COERCE", "Russland", "Krim"),
    ("Russland entführte den Bürgermeister Iwan Fedorow.", "ASSAULT", "Russland", "Iwan Fedorow"),
    ("Russland griff Kiew mit Drohnen an.", "FIGHT", "Russland", "Kiew"),
    ("Putin erpresste Selenskyj.", "CRIME", "Wladimir Putin", "Wolodymyr Selenskyj"),
])
def test_each_type_from_one_sentence(text: str, etype: str, source: str, target: str) -> None:
    events = _events(text)
    assert [e.type for e in events] == [etype]
    assert _sides(events[0]) == ({source}, {target})
    assert events[0].status == "occurred"


def test_taking_office_is_a_one_sided_other_event() -> None:
    (e,) = _events("Im Januar 2025 wurde Trump erneut Präsident.", {"Januar 2025": "2025-01"})
    assert (e.type, _sides(e), e.date and e.date.value) == ("OTHER", ({"Donald Trump"}, set()), "2025-01")


def test_date_from_the_clause_and_mode_from_the_trigger() -> None:
    (e,) = _events("Am 12. Februar telefonierte Trump mit Putin.", {"12. Februar": "2025-02-12"})
    assert e.date is not None and e.date.value == "2025-02-12" and e.date.granularity == "day"
    assert e.mode == "phone"
    assert e.trigger_start is not None and e.trigger_end is not None


def test_passive_voice_puts_the_agent_first() -> None:
    (e,) = _events("Putin wurde von Trump in Alaska empfangen.")
    assert (e.type, _sides(e)) == ("CONSULT", ({"Donald Trump"}, {"Wladimir Putin"}))
    assert e.location and _NAMES[e.location] == "Alaska"


@pytest.mark.parametrize(("text", "dates", "value"), [
    ("Das Telefonat zwischen Trump und Putin dauerte zwei Stunden.", {}, "2025-02"),
    ("Beim G20-Gipfel im Juli 2017 kamen Trump und Putin zusammen.", {"Juli 2017": "2017-07"}, "2017-07"),
    ("In Riad fanden am 18. Februar 2025 Gespräche zwischen Trump und Putin statt.",
     {"18. Februar 2025": "2025-02-18"}, "2025-02-18"),
])
def test_nominal_consultations(text: str, dates: dict[str, str], value: str) -> None:
    (e,) = _events(text, dates)
    assert e.type == "CONSULT" and _sides(e) == ({"Donald Trump"}, {"Wladimir Putin"})
    assert e.date is not None and e.date.value == value  # current news without a date: the publication month


def test_a_definite_noun_that_refers_back_is_no_new_event() -> None:
    events = _events("Am 12. Februar telefonierte Trump mit Putin. Das Telefonat dauerte zwei Stunden.",
                     {"12. Februar": "2025-02-12"})
    assert len(events) == 1


@pytest.mark.parametrize(("text", "status"), [
    ("Trump traf Putin am Montag nicht.", "negated"),
    ("Trump soll Putin im März treffen.", "planned"),
    ("Ein Treffen zwischen Trump und Putin wurde für den 18. März angekündigt.", "planned"),
    ("Trump und Putin werden sich Ende Februar treffen.", "planned"),
    ("Trump könnte Putin treffen.", "hypothetical"),
    ("Trifft Trump Putin?", "hypothetical"),
    ("Sollte Trump Putin treffen, wäre das ein Erfolg.", "hypothetical"),
    ("Russland soll Kiew angegriffen haben.", "occurred"),  # alleged, not planned
])
def test_status(text: str, status: str) -> None:
    events = _events(text)
    assert [e.status for e in events] == [status]


def test_coordinated_verbs_of_one_act_are_one_event() -> None:
    events = _events("Russland entsandte Truppen in die Ukraine und annektierte die Krim.")
    assert len(events) == 1 and events[0].type == "MOBILIZE"


def test_two_acts_with_own_subjects_stay_two() -> None:
    events = _events("Unter Trump verschärften sich die Sanktionen gegen Russland, die USA traten aus dem "
                     "INF-Vertrag aus.")
    assert sorted(e.type for e in events) == ["REJECT", "SANCTION"]
    assert all(_sides(e)[1] == {"Russland"} for e in events)


def test_pronoun_is_the_previous_subject() -> None:
    events = _events("Trump kritisierte Selenskyj am Montag. Danach telefonierte er mit Putin.")
    assert _sides(events[-1]) == ({"Donald Trump"}, {"Wladimir Putin"})


def test_they_and_both_presidents_are_the_last_pair() -> None:
    events = _events("Trump und Putin trafen sich 2018 in Helsinki. Kurz darauf trafen sie sich in Paris. "
                     "Ein weiteres Gespräch der beiden Präsidenten wurde angekündigt.")
    assert [_sides(e) for e in events] == [({"Donald Trump"}, {"Wladimir Putin"})] * 3
    assert events[-1].status == "planned"


def test_a_quotation_is_speech_not_an_event() -> None:
    assert _events("Selenskyj sagte: „Russland griff Kiew an.“") == []


def test_an_actor_alone_is_no_event() -> None:
    assert _events("Russland protestierte.") == []


def test_every_event_points_into_the_text() -> None:
    d = _BUILD[0]("Am 12. Februar telefonierte Trump mit Putin.")
    (e,) = events_stage(d).events
    assert d.body[e.trigger_start:e.trigger_end] == "telefonierte"  # type: ignore[misc]
    assert d.body[e.start:e.end].startswith("Am 12. Februar")


def test_a_dateline_is_no_actor() -> None:
    (e,) = _events("Moskau – Trump kritisierte Selenskyj scharf.")
    assert _sides(e) == ({"Donald Trump"}, {"Wolodymyr Selenskyj"})


def test_who_comments_on_a_known_event_is_not_its_actor() -> None:
    events = _events("Trump hat den Angriff auf Kiew verurteilt.")
    assert all(e.type != "FIGHT" or "Donald Trump" not in _sides(e)[0] for e in events)


def test_an_attack_under_a_preposition_with_its_own_sides_is_news() -> None:
    (e,) = _events("Bei einem russischen Drohnenangriff auf Odessa wurden drei Menschen getötet.")
    assert (e.type, e.mode, _sides(e)) == ("FIGHT", "aerial", ({"Russland"}, {"Odessa"}))


def test_a_known_event_under_a_preposition_is_circumstance() -> None:
    assert _events("Nach dem Einmarsch Russlands in die Ukraine sanken die Kurse.") == []


def test_whose_report_it_is_is_no_side() -> None:
    events = _events("Nach einem Bericht von Selenskyj griff Russland Kiew an.")
    assert [_sides(e) for e in events] == [({"Russland"}, {"Kiew"})]


@pytest.mark.parametrize("text", [
    "Der Minister rief die USA auf, Russland zu helfen.",
    "Ein Leitartikel in der Washington Post forderte Trump zu Härte gegenüber Russland auf.",
])
def test_an_unnamed_subject_leaves_the_named_actors_as_objects(text: str) -> None:
    # (what is called for, "Russland zu helfen", is only hypothetical: no part of the timeline)
    assert [e for e in _events(text) if e.status != "hypothetical"] == []


@pytest.mark.parametrize("text", [
    "Die Stellenkürzungen sollen vor allem Trump und Putin treffen.",  # "treffen": hit, not meet
    "Es geht um die Abwehr feindlicher Angriffe durch Russland auf die Ukraine.",  # an attribute
])
def test_no_event(text: str) -> None:
    assert [e for e in _events(text) if e.status == "occurred"] == []


def test_a_light_verb_gives_a_definite_noun_its_actor() -> None:
    (e,) = _events("Russland startete am Samstag die erwartete Offensive gegen die Ukraine.", {"Samstag": "2025-02-22"})
    assert (e.type, _sides(e)) == ("FIGHT", ({"Russland"}, {"Ukraine"}))


def test_an_invitation_plans_a_meeting() -> None:
    (e,) = _events("Trump hat Putin zu einem Treffen nach Alaska eingeladen.")
    assert (e.type, e.status, _sides(e)) == ("CONSULT", "planned", ({"Donald Trump"}, {"Wladimir Putin"}))


def test_who_reports_is_no_side() -> None:
    (e,) = _events("Nach Angaben der Ukraine griffen russische Truppen in der Nacht Kiew an.")
    assert _sides(e) == ({"Russland"}, {"Kiew"})


@pytest.mark.parametrize(("text", "etype", "source", "target"), [
    # no state in the text: the groups stay this document's own actors
    ("Die Polizei nahm 42 Demonstranten fest.", "COERCE", "grp:police@d1", "grp:civilians@d1"),
    ("Polizei nahm zwei Aktivisten fest.", "COERCE", "grp:police@d1", "grp:civilians@d1"),
    # a place names the state: the police is the state, protesters are its civilians
    ("Tausende Menschen protestierten in Moskau gegen die Regierung.", "PROTEST", "Q159#civilians", "Q159"),
    ("In Moskau nahm die Polizei zwei Aktivisten fest.", "COERCE", "Q159", "Q159#civilians"),
])
def test_groups_without_a_name_are_state_and_sector(text: str, etype: str, source: str, target: str) -> None:
    (e,) = _events(text)
    assert e.type == etype
    assert source in e.sources and target in e.targets


def test_group_entities_are_added_to_the_document(doc: Callable[..., Document]) -> None:
    out = events_stage(doc("Tausende Menschen protestierten in Moskau gegen die Regierung."))
    added = {e.id: e.name for e in out.entities if "#" in e.id}
    assert added == {"Q159#civilians": "Zivilgesellschaft (Russland)"}


@pytest.mark.parametrize(("text", "etype", "status", "source", "target"), [
    ("Polen hat der EU gedroht, das Sanktionspaket zu blockieren.", "THREATEN", "occurred", "Polen", "EU"),
    ("Putin kündigte Gegenmaßnahmen gegen die EU an.", "THREATEN", "occurred", "Wladimir Putin", "EU"),
])
def test_threats_are_events(text: str, etype: str, status: str, source: str, target: str) -> None:
    # what is threatened ("zu blockieren") is only hypothetical: never part of the timeline
    (e,) = [e for e in _events(text) if e.status != "hypothetical"]
    assert (e.type, e.status) == (etype, status)
    assert _sides(e) == ({source}, {target})


def test_an_offer_to_host_talks_makes_them_hypothetical() -> None:
    events = _events("Trump bot an, Gespräche zwischen der Ukraine und Russland auszurichten.")
    assert {(e.type, e.status) for e in events} == {("AGREE", "occurred"), ("CONSULT", "hypothetical")}


@pytest.mark.parametrize(("text", "dates", "status", "value"), [
    ("Trump hat am Dienstag Kiew besucht.", {"Dienstag": "2025-02-18"}, "occurred", "2025-02-18"),
    ("Trump traf Putin. Die beiden verabredeten, sich am 20. März in Paris zu treffen.",
     {"20. März": "2025-03-20"}, "planned", "2025-03-20"),
])
def test_visits_and_agreed_meetings(text: str, dates: dict[str, str], status: str, value: str) -> None:
    e = _events(text, dates)[-1]
    assert (e.type, e.status, e.date.value if e.date else None) == ("CONSULT", status, value)


def test_a_later_clause_keeps_its_date() -> None:
    (e, *_) = _events("Trump kritisierte Selenskyj scharf und traf im vergangenen Jahr Putin.",
                      {"im vergangenen Jahr": "2024"})
    assert e.type == "DISAPPROVE" and e.date is not None and e.date.value == "2025-02"


def test_no_mode_is_a_dash() -> None:
    assert all(t.mode != "-" for t in load("de").triggers)


@pytest.mark.parametrize(("text", "sources", "targets"), [
    ("Die USA, Russland, Polen und Deutschland einigten sich auf einen Plan.",
     {"USA", "Russland", "Polen", "Deutschland"}, set()),
    ("Die EU verhängte Sanktionen gegen Russland, Polen und die Ukraine.", {"EU"}, {"Russland", "Polen", "Ukraine"}),
])
def test_an_enumeration_keeps_every_actor(text: str, sources: set[str], targets: set[str]) -> None:
    (e,) = _events(text)
    got_src, got_tgt = _sides(e)
    assert got_src | got_tgt == sources | targets and targets <= got_tgt


@pytest.mark.parametrize(("text", "n"), [
    ("Trump traf Putin, Selenskyj kritisierte Russland.", 2),  # two clauses, two events
    # victims are no side; an unknown origin makes a group of its own, not the place's; parties are no pair
    ("Bei Angriffen in Kiew wurden zwanzig Zivilisten getötet.", 0),
    ("In Odessa haben kenianische Soldaten zwei Aktivisten festgenommen.", 1),
    ("Trump telefonierte mit Putin. Selenskyj rief am Montag beide Seiten auf, zu verhandeln.", 1),
    # idioms are no events, and whose report it is is no side
    ("Trump und Putin trafen die Entscheidung gemeinsam.", 0),
    ("In einigen Fällen einigten sich Russland und die Ukraine.", 1),
    ("Polen griff in einigen Fällen Russland an, sie einigen sich selten.", 1),
])
def test_groups_and_lists_that_are_no_sides(text: str, n: int) -> None:
    events = _events(text, {"Montag": "2025-02-17"} if "Montag" in text else None)
    assert len(events) == n
    assert all("Q212" not in e.sources for e in events)  # never the place's own people or state


def test_whose_report_zufolge_is_no_side() -> None:
    (e,) = _events("Der EU zufolge telefonierte Trump mit Putin.")
    assert _sides(e) == ({"Donald Trump"}, {"Wladimir Putin"})


@pytest.mark.parametrize(("text", "n"), [
    # a threat answers the organisation of the sentence before ...
    ("Die EU will ein neues Sanktionspaket beschließen. Polen hat gedroht, das Sanktionspaket zu blockieren.", 1),
    # ... not a person, who is too often the speaker's own side
    ("Trump sprach lange. Polen hat gedroht, das Sanktionspaket zu blockieren.", 0),
])
def test_a_threat_without_a_target_answers_the_organisation_before(text: str, n: int) -> None:
    events = [e for e in _events(text) if e.type == "THREATEN"]
    assert len(events) == n
    assert all(_sides(e) == ({"Polen"}, {"EU"}) for e in events)


@pytest.mark.parametrize(("text", "sources"), [
    # a genitive before a noun that names someone else is that person's attribute, no side
    ("Trumps Gesprächspartner Putin kritisierte die Ukraine.", {"Wladimir Putin"}),
    # but the state's own government acts for it, and the event noun's genitive is its agent
    ("Trumps Regierung kritisierte Selenskyj.", {"Donald Trump"}),
])
def test_a_saxon_genitive_before_a_named_person(text: str, sources: set[str]) -> None:
    (e,) = _events(text)
    assert _sides(e)[0] == sources


@pytest.mark.parametrize(("text", "sources"), [
    # a name in apposition between commas is the subject, not a clause of its own or the genitive's
    ("Der Gesandte der EU, Selenskyj, traf Trump.", {"Wolodymyr Selenskyj"}),
    ("Der Gesandte der EU, Selenskyj, sowie Putin trafen Trump.", {"Wolodymyr Selenskyj", "Wladimir Putin"}),
])
def test_a_named_apposition_is_the_subject(text: str, sources: set[str]) -> None:
    (e,) = _events(text)
    assert _sides(e) == (sources, {"Donald Trump"})


@pytest.mark.parametrize(("text", "dated"), [
    # a leader's tenure is no date of the article's news: without a time the event stays undated
    ("Tatsächlich verschärften sich unter Trump die Sanktionen gegen Russland.", False),
    ("Die USA verhängten Sanktionen gegen Russland.", True),  # current news: the publication month
])
def test_an_event_under_a_leader_is_background(text: str, dated: bool) -> None:
    (e,) = _events(text)
    assert (e.date is not None) == dated
