"""Issue #6, round 9: speakers of German reporting constructions the rules misread (hand-written
sentences, developed on the Wikinews training split)."""

from __future__ import annotations

import pytest
from tests.quotes.test_said_nothing_and_speakers import NAMES, found

PLACES = {**NAMES, "Schweiz": ("Schweiz", "LOC"), "Halle": ("Halle", "LOC"),
          "Xinhua": ("Xinhua", "ORG"), "Zeitung": ("Zeitung", "ORG")}


@pytest.mark.parametrize(("body", "speaker"), [
    # a frame inside its clause names its source right before it, never across the verb
    ("Der Grund für den Umweg über die Schweiz waren dem Bericht zufolge technische Probleme an Bord.",
     "Bericht"),
    ("Ursache des Einsturzes der Halle dürfte ersten Annahmen zufolge der schwere Schnee gewesen sein.",
     "Annahmen"),
    ("Das Team um Anna Berger kam der Meldung zufolge zu dem Schluss, dass die Infektionen zunehmen.",
     "Meldung"),
    # a genitive after the report is its owner, wherever the frame stands
    ("Jonas Weber hat Berichten der chinesischen Nachrichtenagentur Xinhua zufolge die Stadt verlassen.",
     "Xinhua"),
    ("Berichten der Zeitung zufolge ist die Lage in der Stadt ernst.", "Zeitung"),
])
def test_a_source_before_zufolge_is_the_phrase_right_before_it(body: str, speaker: str) -> None:
    assert found(body, names=PLACES)[-1][2] == speaker


@pytest.mark.parametrize(("body", "speaker"), [
    # a group after the verb of the sentence before is its subject, and goes on as the speaker
    ("Der Ölpreis stieg am Montag. Auch auf den schwachen Dollar verweisen Analysten. Das Preisniveau sei "
     "jedoch zu hoch.", "Analysten"),
    ("Es wird eine klare Mehrheit geben, nehmen Beobachter allgemein an. Die Opposition werde geschlossen "
     "mit Nein stimmen.", "Beobachter"),
    # the agent of a fronted passive
    ("Von politischen Beobachtern wird der Schritt als wichtig gewertet. So könne die Partei bei der "
     "nächsten Wahl gewinnen.", "Beobachtern"),
])
def test_a_bare_group_after_the_verb_before_goes_on_speaking(body: str, speaker: str) -> None:
    assert found(body)[-1] == ("indirect", body.rsplit(". ", 1)[1].rstrip("."), speaker)


@pytest.mark.parametrize(("body", "speaker"), [
    # an adjective after an article is no verb: the group is an object
    ("Schon lange wurden Vorwürfe gegen die neue Regierung laut. Die Lage sei ernst geworden.", None),
    # "von" inside the clause says whose, not by whom
    ("Dabei wurden Behinderungen von Oppositionsparteien registriert. Die Lage sei ernst geworden.", None),
    # after another preposition the group is no subject: the sentence's own subject is
    ("Der Minister sprach am Montag mit Experten. Die Lage sei ernst geworden.", "Der Minister"),
])
def test_a_group_that_is_no_subject_does_not_go_on_speaking(body: str, speaker: str | None) -> None:
    assert found(body)[-1][2] == speaker


def test_a_cue_after_the_quotation_that_opens_a_clause_of_its_own_is_not_its_frame() -> None:
    # "weiter hieß es, dass …" reports what follows; the quotation is Berger's, named before it
    body = ("Anna Berger schrieb am Abend: „Das sind furchtbare Nachrichten aus der Stadt“, weiter hieß es, "
            "dass man mit den Familien trauere.")
    assert ("direct", "Das sind furchtbare Nachrichten aus der Stadt", "Anna Berger") in found(body)


def test_an_outlet_in_lower_case_after_wie_is_the_source() -> None:
    body = "Wie „heise online“ berichtet, sperrten die Behörden den Zugang zu der Seite."
    assert found(body)[-1] == ("indirect", "sperrten die Behörden den Zugang zu der Seite", "heise online")
