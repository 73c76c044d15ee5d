"""Issue #6, round 11: reports after "so", group and role words, fronted objects that open with an
oblique determiner (hand-written sentences, developed on the Wikinews training split)."""

from __future__ import annotations

import pytest
from tests.quotes.test_said_nothing_and_speakers import found


@pytest.mark.parametrize(("body", "quote", "speaker"), [
    # a report after the closing frame's "so" is the source, not a noun of the reported clause
    ("Allerdings gebe es auch schädliche Therapien, so die Studie.", "Allerdings gebe es auch schädliche Therapien",
     "Studie"),
    ("Es gebe schädliche Therapien, die Nebenwirkungen begünstigten, so eine neue Studie.",
     "Es gebe schädliche Therapien, die Nebenwirkungen begünstigten", "neue Studie"),
    # a possessive before the report: its owner, and the frame is no part of the quotation
    ("Anna Berger kam. Die Lage sei ernst, so ihre Einschätzung.", "Die Lage sei ernst", "Anna Berger"),
    # a genitive names the owner with the report
    ("Die Lage sei ernst, so das Fazit der Betreiber.", "Die Lage sei ernst", "Fazit der Betreiber"),
    # people after "so" as before
    ("Die Lage sei ernst, so Anna Berger.", "Die Lage sei ernst", "Anna Berger"),
    ("Die Lage sei ernst, so der Minister.", "Die Lage sei ernst", "der Minister"),
])
def test_a_report_after_so_is_the_source(body: str, quote: str, speaker: str) -> None:
    assert found(body) == [("indirect", quote, speaker)]


def test_a_report_after_so_closes_a_direct_quotation() -> None:
    assert found("„Die Lage ist ernst“, so der Bericht.") == [("direct", "Die Lage ist ernst", "Bericht")]


@pytest.mark.parametrize(("body", "speaker"), [
    # a court of justice is a group that speaks ("-gerichtshof" is no "-gericht")
    ("Der dortige Kassationsgerichtshof hatte entschieden, dass Deutschland die Hinterbliebenen entschädigen "
     "müsse.", "Kassationsgerichtshof"),
    ("Der Gerichtshof hatte entschieden, dass Deutschland die Hinterbliebenen entschädigen müsse.", "Gerichtshof"),
    # a manager is a role
    ("Ein Manager des Konzerns ließ gegenüber der Zeitschrift durchblicken, dass ein neues Werk entstehen solle.",
     "Ein Manager des Konzerns"),
])
def test_courts_and_managers_speak(body: str, speaker: str) -> None:
    assert found(body)[-1][2] == speaker


@pytest.mark.parametrize(("body", "speaker"), [
    # a determiner that is never nominative opens a fronted object: the person after the verb speaks
    ("Ihren Widersacher Jonas Weber forderte Anna Berger auf, über einen Rücktritt nachzudenken.", "Anna Berger"),
    ("Den Vorsitzenden Jonas Weber forderte Anna Berger auf, über einen Rücktritt nachzudenken.", "Anna Berger"),
    ("Seinem Kollegen Jonas Weber warf Paul Martin vor, die Zahlen gefälscht zu haben.", "Paul Martin"),
    ("Dem Sender sagte Anna Berger, die Lage sei ernst.", "Anna Berger"),
    # "Des Weiteren" is a genitive adverbial, nothing fronted
    ("Des Weiteren verwies Jonas Weber darauf, dass die Lage ernst sei.", "Jonas Weber"),
])
def test_a_person_after_an_oblique_fronted_phrase_speaks(body: str, speaker: str) -> None:
    assert found(body)[0][2] == speaker


def test_the_speaker_after_an_oblique_fronted_phrase_goes_on() -> None:
    body = ("Ihren Widersacher Jonas Weber forderte Anna Berger auf, über einen Rücktritt nachzudenken. Als "
            "scheidende Ministerin habe sie ihren Abschied akzeptiert.")
    assert found(body)[-1] == ("indirect", "Als scheidende Ministerin habe sie ihren Abschied akzeptiert",
                               "Anna Berger")


@pytest.mark.parametrize(("body", "speaker"), [
    # a relative clause that opens with a prepositional phrase names its subject after it
    ("Es gab einen Skandal, in dessen Folge das Gericht festgestellt hatte, die Regierung sei berechtigt gewesen.",
     "Gericht"),
    ("Es kam zu einem Treffen, bei dem die Polizei erklärte, die Lage sei ernst.", "Polizei"),
    ("Es kam zu einem Treffen, bei dem Anna Berger erklärte, die Lage sei ernst.", "Anna Berger"),
    ("Es kam zu einem Streit, in dessen Verlauf der Anwalt erklärte, die Lage sei ernst.", "der Anwalt"),
])
def test_the_subject_after_a_relative_prepositional_phrase(body: str, speaker: str) -> None:
    assert found(body) == [("indirect", "die Lage sei ernst" if "Lage" in body
                            else "die Regierung sei berechtigt gewesen", speaker)]


def test_a_thing_after_a_relative_prepositional_phrase_is_no_speaker() -> None:
    body = "Es kam zu einem Streit, in dessen Verlauf das Dokument veröffentlicht wurde, die Lage sei ernst."
    assert [spk for _, _, spk in found(body)] == [None]


def test_an_article_after_a_preposition_at_the_start_is_no_relative_pronoun() -> None:
    body = "In der ARD zeigt sich Jonas Weber zufrieden: „Wir haben eine deutliche Steigerung gezeigt.“"
    names = {"ARD": ("ARD", "ORG"), "Jonas Weber": ("Jonas Weber", "PER")}
    assert found(body, names=names) == [("direct", "Wir haben eine deutliche Steigerung gezeigt.", "Jonas Weber")]


def test_a_second_report_after_und_ends_the_first() -> None:
    body = "Anna Berger sagte, die Lage sei ernst, und Jonas Weber erklärte, die Stadt brauche mehr Geld."
    assert found(body) == [("indirect", "die Lage sei ernst", "Anna Berger"),
                           ("indirect", "die Stadt brauche mehr Geld", "Jonas Weber")]


@pytest.mark.parametrize(("body", "speaker"), [
    # a cue inside a dass clause is no inverted frame and no speech act of the sentence: the main
    # clause's subject reports the clause
    ("Der Sender will aber wissen, dass Jonas Weber das Mädchen gefragt habe.", "Sender"),
    ("Die Zeitung will erfahren haben, dass Jonas Weber den Rücktritt angeboten habe.", "Zeitung"),
])
def test_a_cue_inside_a_dass_clause_is_reported(body: str, speaker: str) -> None:
    assert found(body) == [("indirect", body[body.index("dass"):-1], speaker)]


@pytest.mark.parametrize(("body", "quotes"), [
    # a main clause that opens with a cue of its own after a comma ends the clause reported before it
    ("Während Anna Berger erklärte, aufgeregt zu sein, räumte Paula Schmidt ein, davon geträumt zu haben.",
     [("indirect", "aufgeregt zu sein", "Anna Berger"), ("indirect", "davon geträumt zu haben", "Paula Schmidt")]),
    ("Anna Berger sagte, die Lage sei ernst, betonte aber, dass die Stadt helfen werde.",
     [("indirect", "die Lage sei ernst", "Anna Berger"), ("indirect", "dass die Stadt helfen werde", "Anna Berger")]),
    # a closing frame after the clause is no second report
    ("Anna Berger forderte die Bürger auf, die Häuser zu verlassen, sagte sie.",
     [("indirect", "die Häuser zu verlassen", "Anna Berger")]),
])
def test_a_second_cue_after_a_comma_ends_the_reported_clause(body: str, quotes: list[tuple[str, str, str]]) -> None:
    names = {"Anna Berger": ("Anna Berger", "PER"), "Paula Schmidt": ("Paula Schmidt", "PER")}
    assert found(body, names=names) == quotes


@pytest.mark.parametrize(("body", "speaker"), [
    # a report right after the cue is its subject
    ("Zum Hintergrund der Gewalt führt der Bericht aus, rund 37 Prozent der Fälle seien fremdenfeindlich.",
     "Bericht"),
    ("Den Behörden wirft der Jahresbericht vor, die Opfer zu diskriminieren.", "Jahresbericht"),
])
def test_a_report_after_the_cue_speaks(body: str, speaker: str) -> None:
    assert found(body)[-1][2] == speaker


@pytest.mark.parametrize(("body", "speaker"), [
    # the reasons given for what the sentence before reports are its subject's
    ("Die Union sowie auch die FDP sprechen sich gegen strengere Regeln aus. Als Begründung dafür heißt es, die "
     "bestehenden Gesetze seien völlig ausreichend.", "Union"),
    ("So hat die Stadt ihre Gebühren um sieben Prozent erhöht. Als Begründung wurde angegeben, die Kosten würden "
     "steigen.", "Stadt"),
    # a thing before acts for nobody
    ("Die Verhandlungen sind am Montag gescheitert. Als Begründung wurde angegeben, die Kosten würden steigen.",
     None),
])
def test_the_reasons_are_given_by_the_subject_before(body: str, speaker: str | None) -> None:
    assert found(body)[-1][2] == speaker


@pytest.mark.parametrize(("body", "quote", "speaker"), [
    # calculations, the state of knowledge and an expert opinion are reports a frame names
    ("Nach den Berechnungen der Meteorologen zog der Sturm weiter östlich als befürchtet.",
     "zog der Sturm weiter östlich als befürchtet", "Meteorologen"),
    ("Nach bisherigem Erkenntnisstand wird als Ursache eine Show des Barkeepers vermutet.",
     "wird als Ursache eine Show des Barkeepers vermutet", "bisherigem Erkenntnisstand"),
    ("Nach Expertenmeinung besteht die Gefahr einer Pandemie vor allem im Winter.",
     "besteht die Gefahr einer Pandemie vor allem im Winter", "Expertenmeinung"),
    # the role's genitive is no part of what was said
    ("Nach Angaben des Sprechers der Polizei seien drei Menschen verletzt worden.",
     "seien drei Menschen verletzt worden", "Sprecher der Polizei"),
])
def test_frames_of_reports(body: str, quote: str, speaker: str) -> None:
    assert found(body) == [("indirect", quote, speaker)]


def test_a_place_that_opens_a_compound_is_no_source() -> None:
    # "US" is tagged inside "US-Forschers": the researcher is the source, not the country
    body = "Nach Berechnungen eines US-Forschers sind nur 300 Jäger über die Beringstraße eingewandert."
    names = {"US": ("USA", "LOC")}
    assert found(body, names=names) == [("indirect", "sind nur 300 Jäger über die Beringstraße eingewandert",
                                         "eines US-Forschers")]


def test_the_person_in_apposition_to_a_frame_role_speaks_and_quoted_words_count() -> None:
    # the role's person in apposition is the source; a Konjunktiv verb before quoted words reports
    body = ("Petra Pau sagte, die Lage sei ernst. Nach den Worten der innenpolitischen Sprecherin der "
            "FDP-Bundesfraktion, Gisela Piltz, fehle es „an einem Konzept zur Bekämpfung der Gewalt“.")
    names = {"Gisela Piltz": ("Gisela Piltz", "PER"), "FDP": ("FDP", "ORG"), "Petra Pau": ("Petra Pau", "PER")}
    assert found(body, names=names)[-1] == ("indirect", "fehle es „an einem Konzept zur Bekämpfung der Gewalt“",
                                            "Gisela Piltz")


def test_a_short_konjunktiv_clause_reports_the_quoted_words_it_ends_in() -> None:
    body = "Anna Berger warnte vor dem Klimawandel. Es drohe „eine dramatische Erderwärmung von bis zu sechs Grad“."
    assert ("indirect", "Es drohe „eine dramatische Erderwärmung von bis zu sechs Grad“", "Anna Berger") in found(body)


def test_a_closing_frame_after_a_direct_quotation_stays_no_indirect_quote() -> None:
    assert found("„Die Lage ist ernst und wird schlimmer“, sagte Anna Berger.") == [
        ("direct", "Die Lage ist ernst und wird schlimmer", "Anna Berger")]


@pytest.mark.parametrize(("body", "quote", "speaker"), [
    # "davon ausgehen" in the past
    ("Die Soldaten waren fälschlicherweise davon ausgegangen, die Personen seien dabei, eine Falle zu bauen.",
     "die Personen seien dabei, eine Falle zu bauen", "Soldaten"),
    # the subject after the auxiliary where a longer phrase opens the clause
    ("Aus Mangel an Befunden waren die Wissenschaftler bisher davon ausgegangen, dass die Menschen sich von "
     "Fleisch ernährten.", "dass die Menschen sich von Fleisch ernährten", "die Wissenschaftler"),
])
def test_the_subject_after_a_fronted_phrase_and_the_auxiliary(body: str, quote: str, speaker: str) -> None:
    assert found(body) == [("indirect", quote, speaker)]


@pytest.mark.parametrize("body", [
    # a state passive names its target, and an expulsion is no speech
    "Nach dem Beschluss des Rates ist die Stadtverwaltung nun aufgefordert, den Plan zu überarbeiten.",
    "Vor zwei Jahren hatte das Regime in der Hauptstadt die Inspekteure des Landes verwiesen.",
])
def test_no_speaker_after_the_auxiliary_of_a_passive_or_without_a_clause(body: str) -> None:
    assert all(spk not in ("Stadtverwaltung", "das Regime", "Regime") for _, _, spk in found(body))


@pytest.mark.parametrize(("body", "speaker"), [
    # a place or body right before a group noun is its attribute: the group speaks
    ("Die US Botschaft in Riad teilte dem Sender mit, dass sich keine Bürger in Geiselhaft befänden.",
     "US Botschaft"),
    ("Die Berliner Polizei teilte mit, dass drei Menschen verletzt worden seien.", "Berliner Polizei"),
    ("Nach Angaben der Berliner Polizei seien drei Menschen verletzt worden.", "Berliner Polizei"),
    ("Die Lage sei ernst, sagte die Berliner Polizei.", "Berliner Polizei"),
    # a place before a role is no attribute of a group: the person named speaks as before
    ("Die Lage sei ernst, sagte Anna Berger.", "Anna Berger"),
])
def test_a_place_before_a_group_noun_is_its_attribute(body: str, speaker: str) -> None:
    names = {"US": ("USA", "LOC"), "Riad": ("Riad", "LOC"), "Berliner": ("Berlin", "LOC"),
             "Anna Berger": ("Anna Berger", "PER")}
    assert found(body, names=names)[-1][2] == speaker
