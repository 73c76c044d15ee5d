"""Issue #6, round 12: frames inside relative and subordinate clauses (hand-written sentences,
developed on the Wikinews training split)."""

from __future__ import annotations

import pytest
from tests.quotes.test_said_nothing_and_speakers import found


@pytest.mark.parametrize(("body", "quote", "speaker"), [
    # a frame inside a relative clause reports that clause, not the sentence around it
    ("Schuld war das Übergabeverfahren, das nach Angaben eines Werft-Sprechers nicht rechtzeitig abgeschlossen "
     "werden konnte.", "das nach Angaben eines Werft-Sprechers nicht rechtzeitig abgeschlossen werden konnte",
     "eines Werft-Sprechers"),
    ("Beim Untersuchen der Tasche, die nach Angaben der Polizei die Bombe enthalten sollte, wurde kein Sprengstoff "
     "gefunden.", "die nach Angaben der Polizei die Bombe enthalten sollte", "Polizei"),
    # a preposition before the relative pronoun
    ("Die beiden Jugendlichen, unter denen sich laut Polizei der Täter befinden sollte, sind entlassen worden.",
     "unter denen sich laut Polizei der Täter befinden sollte", "Polizei"),
    # a subordinate clause, with the source before "zufolge"
    ("Die Deiche wurden erneuert, zumal sich das Hochwasser den Prognosen zufolge nicht lange halten wird.",
     "zumal sich das Hochwasser den Prognosen zufolge nicht lange halten wird", "Prognosen"),
    # the clause goes on through a clause of its own
    ("Verletzt wurde das Grundrecht, das laut dem Gericht nur dann eingeschränkt werden darf, wenn die Strecken "
     "nicht willkürlich gewählt werden.", "das laut dem Gericht nur dann eingeschränkt werden darf, wenn die "
     "Strecken nicht willkürlich gewählt werden", "Gericht"),
])
def test_a_frame_in_a_relative_clause_reports_that_clause(body: str, quote: str, speaker: str) -> None:
    assert found(body) == [("indirect", quote, speaker)]


@pytest.mark.parametrize(("body", "quote"), [
    # a frame in the main clause after a relative clause reports the whole sentence
    ("Die Männer, die festgenommen wurden, sollen laut Polizei Waffen getragen haben.",
     "Die Männer, die festgenommen wurden, sollen laut Polizei Waffen getragen haben"),
    ("Laut Polizei sollen die Männer, die festgenommen wurden, Waffen getragen haben.",
     "sollen die Männer, die festgenommen wurden, Waffen getragen haben"),
])
def test_a_frame_in_the_main_clause_reports_the_sentence(body: str, quote: str) -> None:
    assert [q[1] for q in found(body)] == [quote]


@pytest.mark.parametrize(("body", "speaker"), [
    # a relative clause that opens with a preposition and names no source: the document before it
    ("Man zitiert eine Erklärung der Behörde, in der es heißt, dass eine Sperre erlassen wurde.",
     "Erklärung der Behörde"),
    ("Die Polizei veröffentlichte eine Mitteilung, in der es heißt, die Lage sei ruhig.", "Mitteilung"),
    # an agentless passive in it
    ("Reuters zitiert eine Stelle aus dem OSZE-Bericht, in der davon berichtet wird, dass ein Kandidat angegriffen "
     "wurde.", "OSZE-Bericht"),
])
def test_a_relative_clause_about_a_document_reports_for_it(body: str, speaker: str) -> None:
    assert found(body)[-1][2] == speaker


@pytest.mark.parametrize(("body", "quote", "speaker"), [
    # a frame in a parenthesis reports the parenthesis
    ("Getroffen wurde die Stadt Beerscheba, 37 Kilometer entfernt (nach anderen Angaben liegt die Stadt 46 "
     "Kilometer entfernt).", "liegt die Stadt 46 Kilometer entfernt", "anderen Angaben"),
    ("Getroffen wurde die Stadt (die laut Polizei 46 Kilometer entfernt liegt) am Abend.",
     "die laut Polizei 46 Kilometer entfernt liegt", "Polizei"),
])
def test_a_frame_in_a_parenthesis_reports_the_parenthesis(body: str, quote: str, speaker: str) -> None:
    assert found(body) == [("indirect", quote, speaker)]


def test_a_note_on_the_source_in_a_parenthesis_reports_the_sentence() -> None:
    sentence = "Die Länder erwarten Mehrkosten, die durch einen Bedarf entstünden (Zitate aus der Klage laut Spiegel)"
    assert [q[1] for q in found(sentence + ".")] == [sentence]
