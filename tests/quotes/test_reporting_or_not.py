"""What reports and what only describes (round 4, from a user trial on news about one story):
pronouns and demonyms a tagger took for names, cues that report only a clause, the frame of a
quotation split off by the sentence splitter, verbs that are other verbs with their particle,
frames without a subject of their own."""

from __future__ import annotations

import re

import pytest

from lagebild.model import Document, Entity, Mention
from lagebild.quotes import find_quotes
from lagebild.segment import segment

# surface -> (canonical name, type); "She", "He", "European" and "Canadian" are what a tagger
# makes of English pronouns and demonyms (MISC)
NAMES = {
    "Dana Miller": ("Dana Miller", "PER"), "Tom Reed": ("Tom Reed", "PER"), "Joe Biden": ("Joe Biden", "PER"),
    "She": ("She", "MISC"), "He": ("He", "MISC"), "European": ("European", "MISC"), "Canadian": ("Canadian", "MISC"),
    "Anna Berger": ("Anna Berger", "PER"), "Berger": ("Anna Berger", "PER"), "Jonas Weber": ("Jonas Weber", "PER"),
    "Hans Vogt": ("Hans Vogt", "PER"), "Paul Martin": ("Paul Martin", "PER"),
}


def make_doc(body: str, language: str) -> Document:
    mentions: list[Mention] = []
    entities: dict[str, Entity] = {}
    for surface, (canonical, label) in NAMES.items():
        eid = f"{label.lower()}:{canonical.lower().replace(' ', '-')}"
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", body):
            entities[eid] = Entity(eid, canonical, label, (surface,))  # type: ignore[arg-type]
            if not any(x.start <= m.start() < x.end for x in mentions):
                mentions.append(Mention(m.start(), m.end(), label, eid))  # type: ignore[arg-type]
    doc = Document(id="r4", source="t.txt", body=body, language=language,
                   mentions=tuple(sorted(mentions, key=lambda m: m.start)), entities=tuple(entities.values()))
    return segment(doc)


def found(body: str, language: str = "de") -> list[tuple[str, str, str | None, str | None]]:
    """(kind, text, speaker name, cue) of every quote in ``body``."""
    return [(q.kind, body[q.start:q.end], q.speaker_name, q.cue) for q in find_quotes(make_doc(body, language))]


@pytest.mark.parametrize(("body", "fragment", "speaker"), [
    # a pronoun the tagger took for a name resolves like "er"/"sie"
    ("Press secretary Dana Miller spoke on Monday. She said the talks had produced a framework for a truce.",
     "the talks had produced", "Dana Miller"),
    ("Senator Tom Reed left the chamber early. He said the bill would fail in the House.",
     "the bill would fail", "Tom Reed"),
    # a role phrase resolves to the person introduced with it
    ("Spokeswoman Dana Miller opened the briefing. The spokeswoman said the convoy would leave on Friday.",
     "the convoy would leave", "Dana Miller"),
    ("President Joe Biden met the envoy in Rome. The president said the sanctions would stay in place.",
     "the sanctions would stay", "Joe Biden"),
    # a demonym modifies the noun after it, which speaks
    ("European leaders cautioned that the deal was fragile at best.", "the deal was fragile", "European leaders"),
    ("Canadian officials warned that the old pipeline could leak again.", "the old pipeline could leak",
     "Canadian officials"),
    # a reporting verb makes the clause after "said" without "that"
    ("Dana Miller said the two delegations agreed that the talks would resume in May.",
     "the two delegations agreed that the talks", "Dana Miller"),
])
def test_english_speakers(body: str, fragment: str, speaker: str) -> None:
    quotes = found(body, "en")
    hits = [spk for _, text, spk, _ in quotes if fragment in text]
    assert hits == [speaker], quotes
    assert not any(spk in ("She", "He", "European", "Canadian") for _, _, spk, _ in quotes)


@pytest.mark.parametrize(("body", "language"), [
    # a stance, not speech
    ("Die Bürgermeisterin Anna Berger zeigte sich mit dem Ergebnis der Verhandlungen zufrieden.", "de"),
    # a deal, not speech, bare or with a zu-infinitive
    ("Eine Feuerpause vereinbarten die beiden Regierungschefs am Abend jedoch nicht.", "de"),
    ("Anna Berger und ihr Amtskollege vereinbarten, die Gespräche im Herbst fortzusetzen.", "de"),
    ("Both governments agreed to an immediate pause in the fighting along the border.", "en"),
    # English "would" without a cue is no reported speech
    ("Tom Reed visited the plant. The new line would be the first of its kind in the state.", "en"),
    # a verb with another verb's particle: "ausrufen", "absagen"
    ("Der Bürgermeister Hans Vogt rief für Sonntag einen Tag der Trauer in der Stadt aus.", "de"),
    ("Die Ministerin Anna Berger sagte das geplante Treffen mit den Gewerkschaften ab.", "de"),
])
def test_not_speech(body: str, language: str) -> None:
    assert found(body, language) == []


@pytest.mark.parametrize(("body", "fragment", "speaker", "cue"), [
    # with a clause, a stance reports
    ("Anna Berger zeigte sich überzeugt, dass die Brücke bis zum Sommer fertig werde.",
     "die Brücke bis zum Sommer fertig werde", "Anna Berger", "zeigte sich"),
    # (an untagged plural with a number is no speaker the rules name)
    ("The two ministers agreed that the talks would resume in May.", "the talks would resume", None, "agreed"),
    # a particle that belongs to the verb ("einschätzen") and one that is none: a quotation
    # closes the clause ("bezeichnete ihn als ein „…“")
    ("Anna Berger schätzte die Lage an der Grenze als ernst ein.", "Anna Berger schätzte", "Anna Berger",
     "schätzte ein"),
    ("Anna Berger bezeichnete den Beschluss als ein „fatales Signal“.", "fatales Signal", "Anna Berger",
     "bezeichnete"),
    # Konjunktiv II after the cue's particle and an adverb ("räumte zwar ein, es könnten")
    ("Anna Berger räumte zwar ein, es könnten Stellen verloren gehen.", "es könnten Stellen verloren gehen",
     "Anna Berger", "räumte ein"),
    # a phrase coordinated after a preposition is no subject: the subject follows the auxiliary
    ("Nach dem Treffen zwischen der Kanzlerin Anna Berger und dem französischen Präsidenten Paul Martin hat "
     "der Oppositionsführer Jonas Weber der Regierung Untätigkeit vorgeworfen.", "Untätigkeit", "Jonas Weber",
     "vorgeworfen"),
])
def test_reports(body: str, fragment: str, speaker: str | None, cue: str) -> None:
    quotes = found(body, "en" if body.startswith("The ") else "de")
    hits = [(spk, c) for _, text, spk, c in quotes if fragment in text]
    assert hits[:1] == [(speaker, cue)], quotes


def test_frame_split_off_a_quotation_is_no_report() -> None:
    # the splitter may end a sentence after "!“": the frame after it is the quotation's, not a
    # speech act of its own
    quotes = found("Anna Berger reagierte scharf. „Hört sofort auf!“, schrieb Berger auf ihrer Plattform.")
    assert [(kind, text, spk) for kind, text, spk, _ in quotes] == [("direct", "Hört sofort auf!", "Anna Berger")]


@pytest.mark.parametrize(("body", "not_a_report"), [
    # a second verb of the subject before the comma, no inverted frame
    ("Der Sprecher Jonas Weber kündigte Gegenmaßnahmen an, nannte aber keine Einzelheiten.",
     "Der Sprecher Jonas Weber kündigte Gegenmaßnahmen an"),
    # the subject with its relative clause
    ("Die Bürgermeisterin Anna Berger, die nicht eingeladen war, kritisierte das Treffen scharf.",
     "Die Bürgermeisterin Anna Berger, die nicht eingeladen war"),
    # the verb's fronted object with its relative clause
    ("Einen sofortigen Abzug, wie ihn die Opposition gefordert hatte, lehnte die Regierung jedoch ab.",
     "Einen sofortigen Abzug, wie ihn die Opposition gefordert hatte"),
])
def test_clause_before_a_verb_without_its_own_subject_is_not_reported(body: str, not_a_report: str) -> None:
    quotes = found(body)
    assert all(text != not_a_report for _, text, _, _ in quotes), quotes
    assert all(cue not in ("nannte", "gefordert") for _, _, _, cue in quotes), quotes


def test_frame_of_a_quotation_over_sentences_is_no_report() -> None:
    # the sentence that closes a quotation opened a sentence before is its frame
    body = "„Der Winter wird hart. Wir brauchen jede Hilfe, die wir kriegen können“, sagte Anna Berger im Rathaus."
    assert [(kind, spk) for kind, _, spk, _ in found(body)] == [("direct", "Anna Berger")]
