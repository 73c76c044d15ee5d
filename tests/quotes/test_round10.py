"""Issue #6, round 10: speakers of coordinated clauses, fronted objects and continuations
(hand-written sentences, developed on the Wikinews training split)."""

from __future__ import annotations

import pytest
from tests.quotes.test_said_nothing_and_speakers import found


@pytest.mark.parametrize(("body", "speaker"), [
    # a main clause after "und" names its own subject before the verb
    ("Die Stadt erhöhte die Preise und die Gewerkschaften befürchten, dass die Löhne sinken.", "Gewerkschaften"),
    ("Anna Berger kritisierte den Plan, und die Gewerkschaften befürchten, dass die Löhne sinken.",
     "Gewerkschaften"),
    # a second verb without a subject still shares the first one's
    ("Anna Berger verwies auf das Wetter und sagte, die Lage sei ernst.", "Anna Berger"),
    # two noun phrases after a preposition are no clauses
    ("Im Kreise der Vorsitzenden und der Fraktionschefs betonte Anna Berger, die Lage sei ernst.", "Anna Berger"),
])
def test_a_clause_after_und_with_its_own_subject(body: str, speaker: str) -> None:
    assert found(body)[-1][2] == speaker


def test_a_relative_clause_after_und_has_no_subject_of_its_own() -> None:
    # a relative clause has its verb last: the phrase after "und" is its object
    body = ("Die Fraktion verlangt eine Resolution, welche den Bericht zur Kenntnis nimmt und die Regierung "
            "auffordert, die Zahlen zu prüfen.")
    assert [spk for _, _, spk in found(body)] == ["Fraktion"]


@pytest.mark.parametrize(("body", "speaker"), [
    # a thing before the verb and a person right after it: the thing is the fronted object
    ("Die Zahlen der Regierung bezweifelte Anna Berger am Montag.", "Anna Berger"),
    ("Die neuen Pläne für den Bahnhof kritisierte Jonas Weber als unsozial.", "Jonas Weber"),
    # a role before the verb speaks and the person after it is told
    ("Die Ministerin erklärte Anna Berger, die Lage sei ernst.", "Die Ministerin"),
    # a report speaks and the person is its object
    ("Der Bericht kritisiert Anna Berger scharf.", "Bericht"),
    # a plural verb: the phrase before it speaks, the one person after it is the object
    ("Die Organisationen der Opposition werfen Anna Berger Verzögerung vor.", "Organisationen"),
])
def test_a_person_after_a_fronted_object_speaks(body: str, speaker: str) -> None:
    assert found(body)[-1][2] == speaker


@pytest.mark.parametrize(("body", "speaker"), [
    # "Das berichten X" after a cue-less continuation names who said the sentence before
    ("Anna Berger kam am Montag. Der Mann soll das Ziel des Anschlags gewesen sein. Das berichten arabische "
     "Medien.", "Medien"),
    ("Anna Berger kam am Montag. Der Mann soll das Ziel des Anschlags gewesen sein. Dies erklärte Jonas Weber.",
     "Jonas Weber"),
])
def test_a_cue_after_a_continuation_names_its_speaker(body: str, speaker: str) -> None:
    assert found(body) == [("indirect", "Der Mann soll das Ziel des Anschlags gewesen sein", speaker)]


@pytest.mark.parametrize(("body", "speaker"), [
    # a report nobody before it speaks for is of the name, role or group that opens the next sentence
    ("Jetzt droht ein Streik. Der Lohn der Arbeiter liege derzeit weit unter dem Tarif. Die Gewerkschaft will "
     "eine Garantie.", "Gewerkschaft"),
    ("Jetzt droht ein Streik. Der Lohn der Arbeiter liege derzeit weit unter dem Tarif. Anna Berger will eine "
     "Garantie.", "Anna Berger"),
    # a thing names no source
    ("Jetzt droht ein Streik. Der Lohn der Arbeiter liege derzeit weit unter dem Tarif. Die Lage ist ernst.", None),
])
def test_a_source_named_after_a_report_without_speaker(body: str, speaker: str | None) -> None:
    assert found(body) == [("indirect", "Der Lohn der Arbeiter liege derzeit weit unter dem Tarif", speaker)]


def test_the_subject_after_a_fronted_prepositional_phrase_goes_on_speaking() -> None:
    # the sentence before reported nothing: its subject after the verb is whom the reporter now follows
    body = ("Anna Berger sagte, die Lage sei ernst. Nach Entdeckung der Flucht leitete die Polizei sofort die "
            "Fahndung ein. Ein Beamter soll den Männern geholfen haben.")
    assert found(body)[-1] == ("indirect", "Ein Beamter soll den Männern geholfen haben", "Polizei")


def test_a_capitalised_adverb_opens_no_subject_and_das_opens_one_after_the_verb() -> None:
    body = ("Anna Berger sagte, die Lage sei ernst. Langfristig strebt das neue Unternehmen den Börsengang an. "
            "Eine der Optionen sei ein Verkauf.")
    assert found(body)[-1] == ("indirect", "Eine der Optionen sei ein Verkauf", "Unternehmen")


@pytest.mark.parametrize("opening", ["Am Montag hat", "Am 15. Mai hat"])
def test_the_subject_after_a_fronted_date_and_an_auxiliary_goes_on_speaking(opening: str) -> None:
    body = (f"Anna Berger sagte, die Lage sei ernst. {opening} die Wahlkommission den Termin für die Wahl "
            "festgelegt. Mögliche Termine seien der 24. September und der 8. Oktober.")
    assert found(body)[-1] == ("indirect", "Mögliche Termine seien der 24. September und der 8. Oktober",
                               "Wahlkommission")


@pytest.mark.parametrize(("middle", "speaker"), [
    # a report the sentence before names after "in"/"im" is the source of the cue-less report after it
    ("Im Bericht werden zahlreiche Fälle von Gewalt aufgeführt.", "Bericht"),
    ("Die Konflikte werden im Bericht auf die Armut zurückgeführt.", "Bericht"),
    # a place after "im" is no source: the last speaker goes on
    ("Im Norden werden zahlreiche Fälle von Gewalt gemeldet.", "Anna Berger"),
])
def test_a_report_named_after_in_is_the_source_of_the_next_sentence(middle: str, speaker: str) -> None:
    body = f"Anna Berger sagte, die Lage sei ernst. {middle} In vielen Fällen habe die Polizei nicht reagiert."
    assert found(body)[-1] == ("indirect", "In vielen Fällen habe die Polizei nicht reagiert", speaker)


@pytest.mark.parametrize(("body", "speaker"), [
    # a clause after a comma names its own untagged subject before the verb
    ("In den Nachbarländern ist die Miliz weiter aktiv, wie Menschenrechtsorganisationen betonen.",
     "Menschenrechtsorganisationen"),
    ("Nachdem Jonas Weber gedroht hatte, wurde er festgenommen, andere Quellen berichten, dass er an einen "
     "sicheren Ort gebracht wurde.", "Quellen"),
    # a second verb of the subject before the comma shares it
    ("Einer der Offiziere, Jonas Weber, dankte den Menschen für ihre Hilfe und ergänzte, der Umsturz sei "
     "im Interesse des Landes.", "Jonas Weber"),
])
def test_a_clause_after_a_comma_names_its_own_subject(body: str, speaker: str) -> None:
    assert found(body)[-1][2] == speaker


@pytest.mark.parametrize(("body", "speaker"), [
    # a group with its article before the auxiliary is the subject, a name after it the object
    ("Ein Bezirksgericht in Virginia hat Anna Berger aufgefordert, die Daten herauszugeben.", "Bezirksgericht"),
    ("Das Gericht hat Anna Berger aufgefordert, die Daten herauszugeben.", "Gericht"),
    # a thing before the auxiliary: the name after it is the subject
    ("Am Montag hat Anna Berger die Regierung aufgefordert, die Daten herauszugeben.", "Anna Berger"),
])
def test_a_group_before_the_auxiliary_is_the_subject(body: str, speaker: str) -> None:
    assert found(body)[-1][2] == speaker


def test_a_fronted_subordinate_clause_is_no_reported_speech_and_an_adverb_opens_no_object() -> None:
    # the clause before the comma is a subordinate clause, not what the verb after it reports; the
    # subject after the verb has an adverb before its adjective
    body = ("Während die reiche Stadt nichts verändern wollte, plädierte die finanziell angeschlagene Gemeinde "
            "für eine Reduzierung der Gebühren.")
    assert found(body) == [("indirect", body.rstrip("."), "Gemeinde")]


@pytest.mark.parametrize(("middle", "speaker"), [
    # the Konjunktiv of a subordinate clause reports the actor of its main clause
    ("Anna Berger begrüßte den Schritt der Mitglieder, weil es zeige, dass die Demokratie lebe.", "Anna Berger"),
    ("Die Partei begrüßte den Schritt, sich anzuschließen, weil es zeige, dass die Demokratie lebe.", "Partei"),
    # a thing opening the main clause reports nothing: the last speaker goes on
    ("Die Lage verschlechterte sich, weil es kaum Wasser gebe.", "Jonas Weber"),
])
def test_a_konjunktiv_in_a_subordinate_clause_reports_the_main_clause_actor(middle: str, speaker: str) -> None:
    body = f"Jonas Weber sagte, die Lage sei ernst. {middle}"
    assert found(body)[-1] == ("indirect", middle.rstrip("."), speaker)


def test_a_report_without_speaker_takes_the_speaker_the_next_sentence_quotes_with_a_cue() -> None:
    body = ("Der Mann soll die Frauen belästigt haben. Er sei bisher immer schnell geflüchtet. Anna Berger bittet "
            "um Mithilfe bei der Fahndung.")
    assert ("indirect", "Er sei bisher immer schnell geflüchtet", "Anna Berger") in found(body)


def test_a_run_of_reports_without_speaker_goes_to_the_source_named_after_the_last() -> None:
    body = ("Der Mann soll die Frauen belästigt haben. Er sei bisher immer schnell geflüchtet. Die Kriminalpolizei "
            "bittet um Mithilfe bei der Fahndung.")
    assert [spk for _, _, spk in found(body)] == ["Kriminalpolizei"] * 3


@pytest.mark.parametrize(("body", "speaker"), [
    # "aussagen" (to testify) and "sich erhoffen" report
    ("Die Zeugin sagte vor Gericht aus, der Mann sei bewaffnet gewesen.", "Zeugin"),
    ("Anwohner haben gegenüber der Zeitung ausgesagt, dass der Brand nachts begonnen habe.", "Anwohner"),
    ("Der Senat hatte sich erhofft, dass die Erlöse in den Haushalt fließen würden.", "Senat"),
])
def test_testifying_and_hoping_report(body: str, speaker: str) -> None:
    assert found(body)[0][2] == speaker


@pytest.mark.parametrize(("middle", "speaker"), [
    # a "wonach" clause after a report gives that report's content
    ("Für das Jahr 2002 gibt es eine Schätzung, wonach in diesem Jahr viele Kinder ermordet wurden.", "Schätzung"),
    ("Ein Bericht der Zeitung, wonach Jonas Weber festgenommen worden sein soll, wurde dementiert.", "Bericht"),
    # after another noun the last speaker goes on
    ("Sie kehrten zur alten Version zurück, wonach die Maus schuld sein soll.", "Anna Berger"),
])
def test_a_wonach_clause_after_a_report_is_the_reports(middle: str, speaker: str) -> None:
    body = f"Anna Berger kam am Montag. {middle}"
    assert found(body)[-1] == ("indirect", middle.rstrip("."), speaker)


def test_a_subordinate_clause_with_its_main_clause_before_a_frame_is_reported() -> None:
    body = "Weil man die Balance geschafft habe, würden die Mitarbeiter mitziehen, bilanzierte Anna Berger."
    assert found(body) == [("indirect", "Weil man die Balance geschafft habe, würden die Mitarbeiter mitziehen",
                            "Anna Berger")]


@pytest.mark.parametrize(("body", "speaker"), [
    ("Anna Berger machte deutlich, dass die Regierung nicht nachgeben werde.", "Anna Berger"),
    ("Jonas Weber bestreitet, dass er von den Zahlungen gewusst habe.", "Jonas Weber"),
    ("Die Regierung signalisiert, sie sei zu Gesprächen bereit.", "Regierung"),
])
def test_further_reporting_verbs(body: str, speaker: str) -> None:
    assert found(body)[0][2] == speaker
