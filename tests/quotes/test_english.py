"""The quotes stage on hand-written English sentences: the lexicon is picked by the document's language."""

from __future__ import annotations

import re

import pytest

from lagebild.model import Document, Entity, Mention
from lagebild.quotes import find_quotes
from lagebild.quotes.lexicon import lexicon
from lagebild.segment import segment

NAMES = {
    "Joe Biden": ("Joe Biden", "PER"), "Biden": ("Joe Biden", "PER"),
    "Sergei Lavrov": ("Sergei Lavrov", "PER"), "Lavrov": ("Sergei Lavrov", "PER"),
    "John Kirby": ("John Kirby", "PER"), "Kirby": ("John Kirby", "PER"),
    "Kremlin": ("Kremlin", "ORG"), "Ukraine": ("Ukraine", "LOC"), "Moscow": ("Moscow", "LOC"),
}


def english_doc(body: str) -> Document:
    mentions: list[Mention] = []
    entities: dict[str, Entity] = {}
    for surface, (canonical, label) in NAMES.items():
        eid = f"{label.lower()}:{canonical.lower().replace(' ', '-')}"
        entities[eid] = Entity(eid, canonical, label, (surface,))  # type: ignore[arg-type]
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", body):
            if not any(x.start <= m.start() < x.end for x in mentions):
                mentions.append(Mention(m.start(), m.end(), label, eid))  # type: ignore[arg-type]
    doc = Document(id="e1", source="t.txt", body=body, language="en",
                   mentions=tuple(sorted(mentions, key=lambda m: m.start)), entities=tuple(entities.values()))
    return segment(doc)


def found(body: str) -> list[tuple[str, str, str | None]]:
    doc = english_doc(body)
    return [(q.kind, body[q.start:q.end], q.speaker_name) for q in find_quotes(doc)]


def test_the_lexicon_follows_the_language() -> None:
    assert "said" in lexicon("en").verbs and "sagte" in lexicon("de").verbs
    assert lexicon("xx").verbs == lexicon("de").verbs  # a language without a lexicon reads German


@pytest.mark.parametrize(("body", "fragment", "kind", "speaker"), [
    # the cue after the quotation, either order
    ("“We will not give up on Ukraine, not now and not ever,” said Biden.", "We will not", "direct", "Joe Biden"),
    ("“We will not give up on Ukraine, not now and not ever,” Biden said.", "We will not", "direct", "Joe Biden"),
    # the cue before it, with a colon
    ("Lavrov told reporters in Moscow: “The talks will go on as long as it takes.”", "The talks", "direct",
     "Sergei Lavrov"),
    # a pronoun for the person just named
    ("Biden spoke in Kyiv on Monday. “This war will end on Ukraine's terms,” he said.", "This war", "direct",
     "Joe Biden"),
    # a role phrase resolved to the person introduced with it
    ("Spokesman John Kirby spoke first. “We are watching this very closely every day,” the spokesman added.",
     "We are watching", "direct", "John Kirby"),
    # a role introduced in an apposition after its complement
    ("A spokesman for the Pentagon, John Kirby, spoke first. “We are concerned about the build-up,” the "
     "spokesman added.", "We are concerned", "direct", "John Kirby"),
    # a partial quotation in the reporter's sentence
    ("Lavrov called the sanctions “an act of economic war” against Russia.", "an act of economic war", "partial",
     "Sergei Lavrov"),
    # reported speech: "said that", "told … that", a closing frame, "according to"
    ("Biden said that the United States would keep supporting Ukraine.", "the United States would", "indirect",
     "Joe Biden"),
    ("Kirby told reporters that the talks had stalled again.", "the talks had stalled", "indirect", "John Kirby"),
    ("The talks had stalled again over the weekend, Lavrov said.", "The talks had stalled", "indirect",
     "Sergei Lavrov"),
    ("According to the police, three people were injured in the attack.", "three people were injured", "indirect",
     "police"),
    ("According to the Kremlin, the meeting will take place in March.", "the meeting will", "indirect", "Kremlin"),
    ("As the police reported, three people were injured in the attack.", "three people were injured", "indirect",
     "police"),
])
def test_english_quotes(body: str, fragment: str, kind: str, speaker: str) -> None:
    hits = [(k, s) for k, t, s in found(body) if fragment in t]
    assert hits, found(body)
    assert hits[0] == (kind, speaker)


@pytest.mark.parametrize("body", [
    # no cue: the reporter's own sentence
    "Biden met Lavrov in Geneva on Monday.",
    # a verb form after an article is a noun ("the remarks", "the reports")
    "Lavrov rejected the remarks at a press conference in Moscow.",
    # a title in quotation marks
    "Lavrov read the novel “War and Peace” on the flight.",
    # a title after its noun, however long
    "Biden praised the film “a quiet story about the long war” at the gala.",
])
def test_english_not_speech(body: str) -> None:
    assert found(body) == []


@pytest.mark.parametrize(("body", "text", "speaker"), [
    # the reported clause alone, after "that", without it, and before a closing frame
    ("Biden said that the United States would keep supporting Ukraine.",
     "the United States would keep supporting Ukraine", "Joe Biden"),
    ("Lavrov said he would travel to Geneva next week.", "he would travel to Geneva next week", "Sergei Lavrov"),
    ("The talks had stalled again over the weekend, Lavrov said on Monday.",
     "The talks had stalled again over the weekend", "Sergei Lavrov"),
    # the comma English puts inside the marks is no part of the quotation
    ("“We will not give up on Ukraine, not now and not ever,” said Biden.",
     "We will not give up on Ukraine, not now and not ever", "Joe Biden"),
])
def test_english_spans(body: str, text: str, speaker: str) -> None:
    assert (text, speaker) in [(t, s) for _, t, s in found(body)], found(body)
