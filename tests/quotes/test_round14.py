"""Issue #6, round 14: speakers the rules could not type or find (hand-written sentences,
developed on the Wikinews training split)."""

from __future__ import annotations

import pytest
from tests.quotes.test_said_nothing_and_speakers import found


@pytest.mark.parametrize(("body", "speaker"), [
    # a source the report will not name: adverbs before the participle stay in the subject
    ("Ein nicht genannter Vertreter der Firma bezeichnet die Investition als „strategisch“.",
     "Vertreter der Firma"),
    ("Ein nicht namentlich genannter Sprecher des Konzerns sagte, die Investition sei strategisch.",
     "Sprecher des Konzerns"),
    ("Ein bisher nicht genannter Sprecher der Behörde sagte, die Lage sei unter Kontrolle.",
     "Sprecher der Behörde"),
])
def test_adverbs_before_an_attribute_stay_in_the_subject(body: str, speaker: str) -> None:
    assert [q[2] for q in found(body)] == [speaker]


@pytest.mark.parametrize("body", [
    # a contracted preposition opens no subject ("ums eigene Leben" is no speaker)
    "Die Helfer zogen sich zurück, weil man ums eigene Leben fürchtete.",
])
def test_a_contracted_preposition_opens_no_subject(body: str) -> None:
    assert all(q[2] is None or "Leben" not in q[2] for q in found(body))


@pytest.mark.parametrize(("body", "fragment", "speaker"), [
    # hearsay: "zu hören", "zu erfahren" after a verb of being report for the source after "aus"
    ("Aus Regierungskreisen war zu hören, dass der Minister zurücktreten wolle.", "der Minister zurücktreten wolle",
     "Regierungskreisen"),
    ("Aus dem Umfeld des Ministers ist zu hören, er wolle zurücktreten.", "er wolle zurücktreten",
     "Umfeld des Ministers"),
    ("Aus der Regierung ist zu hören, ein Unternehmer habe die Filme in Auftrag gegeben.",
     "ein Unternehmer habe die Filme", "Regierung"),
])
def test_hearsay_names_its_source_after_aus(body: str, fragment: str, speaker: str) -> None:
    assert [(q[2]) for q in found(body) if fragment in q[1]] == [speaker]


@pytest.mark.parametrize("body", [
    # no hearsay: a purpose, a voice heard, nothing heard
    "Die Bürger haben ein Recht, die Wahrheit zu erfahren.",
    "In dem Notruf war der Fahrer zu hören, er rief um Hilfe.",
    "Es war nichts zu hören, als die Polizei eintraf.",
])
def test_hearing_is_no_hearsay_without_its_source(body: str) -> None:
    assert all(q[2] is None for q in found(body))


US = {"USA": ("USA", "LOC"), "US": ("USA", "LOC"), "Moskaus": ("Moskau", "LOC")}


@pytest.mark.parametrize(("body", "speaker"), [
    # a name that only opens a compound before "zufolge" is no source: the media are
    ("Berichten verschiedener US-Medien zufolge fand am Donnerstag ein Treffen statt.",
     "Berichten verschiedener US-Medien"),
    # a name in the genitive still is
    ("Berichten Moskaus zufolge wurde der Vertrag gekündigt.", "Moskau"),
])
def test_a_compound_s_first_part_before_zufolge_is_no_source(body: str, speaker: str) -> None:
    assert [q[2] for q in found(body, names=US)] == [speaker]


def test_the_author_is_a_role() -> None:
    # "der Verfasser" speaks before the colon, like "der Autor"; not the body named before
    body = ("Der Verfassungsschutz hält die Liste für unbedenklich. Später veröffentlichte der Verfasser "
            "einen Kommentar: „Wer von dieser Liste gestrichen werden möchte, hat Pech.“")
    assert found(body)[-1][2] == "der Verfasser"


@pytest.mark.parametrize(("body", "speaker"), [
    # what was said comes from the phrase after "von": not the criticism, not the speaker before
    ("Der Minister legte einen Plan vor. Scharfe Kritik kam von der Opposition: „Das ist unbezahlbar.“",
     "Opposition"),
    ("Der Minister legte einen Plan vor. Von der Opposition kam scharfe Kritik: „Das ist unbezahlbar.“",
     "Opposition"),
    ("Der Minister äußerte sich nicht. Von der Polizei kam die Information, bei den Toten handele es sich um "
     "Mitglieder eines Clans.", "Polizei"),
    ("Der Minister legte einen Plan vor. Auch vom Ministerium kamen Hinweise, der Plan sei nicht finanzierbar.",
     "Ministerium"),
])
def test_what_was_said_comes_from_its_source(body: str, speaker: str) -> None:
    assert found(body)[-1][2] == speaker


def test_news_coming_names_no_source() -> None:
    # "vom Tod des Ministers" is what the news is about
    body = "Anna Berger sprach am Abend. Die Nachricht vom Tod des Ministers kam überraschend: „Das ist ein Schock.“"
    assert found(body)[-1][2] != "Tod des Ministers"
