"""Issue #6, round 13: speakers where the sentence names several people (hand-written sentences,
developed on the Wikinews training split)."""

from __future__ import annotations

import pytest
from tests.quotes.test_said_nothing_and_speakers import NAMES, found

# the genitive forms of the test names, linked to their people as the entity stage links them
GENITIVES = {**NAMES, "Bergers": ("Anna Berger", "PER"), "Webers": ("Jonas Weber", "PER"),
             "Paul Martin": ("Paul Martin", "PER")}


@pytest.mark.parametrize(("body", "speaker"), [
    # a person's name in the genitive after its noun says whose the noun is: the phrase is the
    # fronted object and the person after the verb speaks
    ("Die Äußerungen Bergers und Webers bezeichnete Paul Martin als „völlig verfehlt“.", "Paul Martin"),
    ("Die Pläne Webers kritisierte Anna Berger als „unbezahlbar“.", "Anna Berger"),
    # the name opening the clause still speaks
    ("Berger bezeichnete die Pläne Webers als „unbezahlbar“.", "Anna Berger"),
])
def test_a_genitive_name_after_its_noun_is_no_subject(body: str, speaker: str) -> None:
    assert [q[2] for q in found(body, names=GENITIVES)] == [speaker]


PLACES = {**NAMES, "Bremen": ("Bremen", "LOC"), "Lufthansa": ("Lufthansa", "ORG")}


@pytest.mark.parametrize(("body", "speaker"), [
    # a fronted prepositional phrase names no subject: the name right after the finite verb does
    ("Für Bremen hat Lufthansa ausgerechnet, dass jeder Fluggast 90 Euro in der Stadt ausgibt.", "Lufthansa"),
    ("In Bremen hat Anna Berger klargestellt, dass die Stadt die Kosten trägt.", "Anna Berger"),
    # a name opening the clause speaks
    ("Lufthansa hat für Bremen ausgerechnet, dass jeder Fluggast 90 Euro in der Stadt ausgibt.", "Lufthansa"),
])
def test_a_fronted_prepositional_phrase_names_no_subject(body: str, speaker: str) -> None:
    assert [q[2] for q in found(body, names=PLACES)] == [speaker]


@pytest.mark.parametrize("body", [
    # a second verb of the subject before the comma, with an object that cannot speak, is no
    # inverted frame: the clause before the comma is no report
    "Die Demonstranten begrüßten die Ankündigung des Ministers, fordern aber die Nennung eines genauen Datums.",
    "Die Anwohner begrüßten den Beschluss des Rates, fordern aber die Verlegung der Straße.",
])
def test_a_second_verb_with_its_object_is_no_frame(body: str) -> None:
    assert found(body) == []


def test_a_pronoun_after_the_verb_keeps_the_frame() -> None:
    # "einer" is a pronoun here, no article before an object: the clause before the comma is reported
    body = "Wir können unsere Angehörigen nicht mehr erreichen, erklärte einer von ihnen."
    assert any(q[1].startswith("Wir können unsere Angehörigen") for q in found(body))


@pytest.mark.parametrize(("body", "quote", "speaker"), [
    # an inverted frame with its subject after the verb reports the clause before it
    ("Die Lage bleibe ernst, sagte der Minister.", "Die Lage bleibe ernst", "der Minister"),
    ("Die Stadt werde die Gebühren senken, erklärte die Gewerkschaft.", "Die Stadt werde die Gebühren senken",
     "Gewerkschaft"),
])
def test_an_inverted_frame_reports_the_clause_before(body: str, quote: str, speaker: str) -> None:
    assert found(body) == [("indirect", quote, speaker)]


@pytest.mark.parametrize(("body", "quote", "speaker"), [
    # an inverted frame has its subject after the verb, also after a short adverbial
    ("Die Lage bleibe ernst, sagte am Abend Anna Berger.", "Die Lage bleibe ernst", "Anna Berger"),
    ("Die Lage bleibe ernst, sagte am späten Abend ein Sprecher der Polizei.", "Die Lage bleibe ernst",
     "ein Sprecher der Polizei"),
    ("„Die Lage ist ernst“, sagte am Montag der Minister.", "Die Lage ist ernst", "der Minister"),
    # not an object after the adverbial: the subject stands before the comma
    ("Die Ministerin, Anna Berger, kündigte am Donnerstag die Auflösung des Parlaments an, um den Weg zu Neuwahlen "
     "freizumachen.", "um den Weg zu Neuwahlen freizumachen", "Anna Berger"),
])
def test_the_subject_of_an_inverted_frame_after_an_adverbial(body: str, quote: str, speaker: str) -> None:
    assert [(q[1], q[2]) for q in found(body)] == [(quote, speaker)]


@pytest.mark.parametrize(("body", "speaker"), [
    # a Konjunktiv in a clause after the quotation's own makes no reported speech of the quoted
    # words: they are the subject's of the reporter's sentence, not the last speaker's
    ("Jonas Weber sagte, die Lage sei ernst. Auch Anna Berger will „in den kommenden Wochen alles prüfen“, ob ein "
     "Verbot nötig sei.", "Anna Berger"),
])
def test_a_konjunktiv_after_the_quotation_is_no_report_of_it(body: str, speaker: str) -> None:
    partial = [q for q in found(body) if q[0] == "partial"]
    assert [q[2] for q in partial] == [speaker]


@pytest.mark.parametrize(("body", "quote", "speaker"), [
    # a legal text after a fronted "Nach" is the source of what it lays down, like a report
    ("Nach der Verfassung muss sich die Senatorin im Jahr 2010 der Wahl stellen.",
     "muss sich die Senatorin im Jahr 2010 der Wahl stellen", "Verfassung"),
    ("Nach dem Landeswahlgesetz dürfen auch Sechzehnjährige ihre Stimme abgeben.",
     "dürfen auch Sechzehnjährige ihre Stimme abgeben", "Landeswahlgesetz"),
    ("Nach dem Gesetzesentwurf der Koalition sollen auch die Jugendämter Zugriff auf die Datenbank erhalten.",
     "sollen auch die Jugendämter Zugriff auf die Datenbank erhalten", "Koalition"),
])
def test_a_legal_text_after_nach_is_a_source(body: str, quote: str, speaker: str) -> None:
    assert found(body) == [("indirect", quote, speaker)]


@pytest.mark.parametrize("body", [
    # "nach" inside the sentence is a time or a manner, no frame
    "Zwei Monate nach dem Gesetz wurde die Behörde in der Hauptstadt gegründet.",
    "Der Bundestag hat nach dem Grundgesetz das Recht, den Kanzler zu wählen.",
])
def test_a_legal_text_inside_the_sentence_is_no_source(body: str) -> None:
    assert found(body) == []
