"""Trial 6: speakers that went to a name the sentence mentions but that did not speak (hand-written
sentences after the user trial's findings)."""

from __future__ import annotations

import pytest
from tests.quotes.test_english import english_doc
from tests.quotes.test_said_nothing_and_speakers import NAMES, found

from lagebild.quotes import find_quotes

PEOPLE = {**NAMES, "Thomas Keller": ("Thomas Keller", "PER"), "Kellers": ("Thomas Keller", "PER"),
          "Keller": ("Thomas Keller", "PER"), "Lena Brandt": ("Lena Brandt", "PER"),
          "Maria von der Heide": ("Maria von der Heide", "PER"), "Jan de Vries": ("Jan de Vries", "PER")}


@pytest.mark.parametrize(("body", "speaker"), [
    # a person's genitive before a role with adjectives, and the name after the role: the name speaks
    ("Kellers außenpolitische Beraterin Lena Brandt sagte am Abend, man habe Fortschritte erzielt.", "Lena Brandt"),
    ("Kellers langjähriger enger Berater Jonas Weber erklärte, die Gespräche seien nicht beendet.", "Jonas Weber"),
    # no name after the role: the role with its owner, not the owner
    ("Kellers Berater sagte am Abend, man sei mit dem Ergebnis zufrieden.", "Kellers Berater"),
])
def test_a_genitive_owner_before_a_role_does_not_speak(body: str, speaker: str) -> None:
    assert [q[2] for q in found(body, names=PEOPLE) if q[0] == "indirect"] == [speaker]


@pytest.mark.parametrize(("body", "fragment", "speaker"), [
    # "er" after an inverted frame is not the subject of the clause it frames
    ("„Das war ein gutes Gespräch“, sagte Jonas Weber am Abend. Keller wolle die Reform nun rasch umsetzen, "
     "fügte er hinzu.", "Keller wolle", "Jonas Weber"),
    ("Jonas Weber traf am Montag die Gewerkschaften. Keller habe keinen Plan, sagte er danach.", "Keller habe",
     "Jonas Weber"),
    # nor is an epithet after the verb
    ("Bundesminister Jonas Weber verurteilte den Beschluss scharf. Keller zeige erneut, dass er keinen Kompromiss "
     "wolle, sagte der SPD-Politiker in Berlin.", "Keller zeige", "Jonas Weber"),
])
def test_a_frame_after_its_clause_is_not_spoken_by_a_name_in_it(body: str, fragment: str, speaker: str) -> None:
    assert [q[2] for q in found(body, names=PEOPLE) if q[1].startswith(fragment)] == [speaker]


def test_the_pronoun_of_an_inverted_frame_still_finds_the_subject_of_its_own_clause() -> None:
    # a pronoun that opens its own clause before the verb is the sentence's subject, as before
    body = "Thomas Keller traf Jonas Weber am Montag in Berlin. Er sagte, die Gespräche seien gut verlaufen."
    assert [q[2] for q in found(body, names=PEOPLE)] == ["Thomas Keller"]


@pytest.mark.parametrize(("body", "speaker"), [
    # a name with particles is one name after the cue ("von der", "de")
    ("„Jede Sanktion wirkt“, sagte EU-Kommissarin Maria von der Heide in Brüssel.", "Maria von der Heide"),
    ("„Wir sind bereit“, sagte Außenminister Jan de Vries am Montag.", "Jan de Vries"),
])
def test_a_name_with_particles_after_the_cue_speaks_whole(body: str, speaker: str) -> None:
    assert [q[2] for q in found(body, names=PEOPLE)] == [speaker]


@pytest.mark.parametrize(("body", "speaker"), [
    # a group noun with its name in quotation marks: the name speaks
    ("Die Regierung habe den Plan gebilligt, berichtete die Zeitung „Morgenpost“ unter Berufung auf Kreise.",
     "Morgenpost"),
    ("Der Minister sei zurückgetreten, meldete der Sender „Radio Nord“ am Abend.", "Radio Nord"),
])
def test_a_group_noun_before_its_quoted_name(body: str, speaker: str) -> None:
    assert [q[2] for q in found(body, names=PEOPLE) if q[0] == "indirect"] == [speaker]


@pytest.mark.parametrize("body", [
    # a sentence that only frames the quotation before it ("Das sagte X") reports nothing itself
    "„Ein Treffen im März ist unrealistisch.“ Das sagte Jonas Weber am Mittwoch in Berlin.",
    "„Wir werden nicht nachgeben.“ Dies erklärte Anna Berger am Abend vor Journalisten.",
])
def test_a_frame_sentence_after_a_quotation_is_no_quotation_of_its_own(body: str) -> None:
    quotes = found(body, names=PEOPLE)
    assert [q[0] for q in quotes] == ["direct"]
    assert quotes[0][2] in ("Jonas Weber", "Anna Berger")


@pytest.mark.parametrize(("body", "entity", "name"), [
    # English capitalises an adjective of origin: the body it opens speaks, for its state
    ("Russia launched about 100 drones overnight, the Ukrainian air force said.", "Q212", "Ukrainian air force"),
    ("Two ports were hit, the Russian defence ministry said on Monday.", "Q159", "Russian defence ministry"),
])
def test_an_english_state_body_speaks_for_its_state(body: str, entity: str, name: str) -> None:
    quotes = find_quotes(english_doc(body))
    assert [(q.speaker, q.speaker_name) for q in quotes] == [(entity, name)]


def test_a_people_adjective_alone_is_no_english_speaker() -> None:
    # "Ukrainian officials" name no body of the state: the phrase speaks, not "Ukrainian"
    quotes = find_quotes(english_doc("Two people were killed, Ukrainian officials said."))
    assert [(q.speaker, q.speaker_name) for q in quotes] == [(None, "Ukrainian officials")]



@pytest.mark.parametrize(("body", "kind"), [
    # a speech act without its content is kept apart from reported speech with content
    ("Jonas Weber kritisierte den Kurs der Regierung.", "reported"),
    ("Anna Berger lehnte die Forderung der Opposition ab.", "reported"),
    ("Jonas Weber kritisierte, die Regierung habe versagt.", "indirect"),
    ("Die Regierung habe versagt, kritisierte Jonas Weber.", "indirect"),
])
def test_a_speech_act_without_content_is_reported_not_indirect(body: str, kind: str) -> None:
    assert [q[0] for q in found(body, names=PEOPLE)] == [kind]


def test_a_sentence_with_its_konjunktiv_content_is_indirect_not_reported() -> None:
    # the whole sentence read as one speech act still says what was said
    body = "Ein Frieden, der die Täter belohne, werde keinen Bestand haben, sagte Jonas Weber."
    assert [q[0] for q in found(body, names=PEOPLE)] == ["indirect"]


def test_an_english_verb_of_saying_always_carries_content() -> None:
    quotes = find_quotes(english_doc("Joe Biden said on Thursday he would meet Sergei Lavrov in Geneva."))
    assert [q.kind for q in quotes] == ["indirect"]
