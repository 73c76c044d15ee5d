"""Issue #6, round 6: a Konjunktiv clause without a cue reports the subject of its own sentence
where a main clause in the indicative opens it, not the last speaker."""

from __future__ import annotations

import pytest
from tests.quotes.test_said_nothing_and_speakers import found

BEFORE = "Jonas Weber sagte, die Lage sei ernst. "


@pytest.mark.parametrize(("sentence", "clause", "speaker"), [
    # a Konjunktiv main clause after the comma, whatever the verb before it (unlisted, misspelt)
    ("Anna Berger erklarte indessen, es sei nicht zum Betrug gekommen.",
     "es sei nicht zum Betrug gekommen", "Anna Berger"),
    ("Die Polizei hegt den Verdacht, der Fahrer könne betrunken gewesen sein.",
     "der Fahrer könne betrunken gewesen sein", "Polizei"),
    ("Die Demonstranten beabsichtigten, die Regierung zu provozieren, in diese Falle werde man nicht gehen.",
     "in diese Falle werde man nicht gehen", "Demonstranten"),
])
def test_konjunktiv_main_clause_reports_the_subject_before_it(sentence: str, clause: str, speaker: str) -> None:
    quotes = found(BEFORE + sentence)
    assert ("indirect", clause, speaker) in quotes


@pytest.mark.parametrize(("sentence", "speaker"), [
    # Konjunktiv before the comma: reported speech going on, for the last speaker
    ("Die Lage sei ernst, es gebe kaum Wasser.", "Jonas Weber"),
    # a relative clause puts its verb last: no main clause of its own
    ("Die Helfer kamen aus Städten, die kaum Wasser hätten.", "Jonas Weber"),
    # an indirect question, verb last
    ("Die Polizei weiß nicht, was passiert sei.", "Jonas Weber"),
])
def test_no_konjunktiv_main_clause(sentence: str, speaker: str) -> None:
    quotes = found(BEFORE + sentence)
    assert quotes[-1][2] == speaker
    assert quotes[-1][1].startswith(sentence.split(",")[0][:10])
