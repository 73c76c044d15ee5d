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
