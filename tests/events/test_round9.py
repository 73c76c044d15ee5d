"""Issue #7, round 9 (session 8): reactions whose source is named by a preposition and whose
target owns what the subject names, found by probing lagebild with hand-written sentences of
Austrian domestic politics."""

from __future__ import annotations

import pytest
from tests.events.conftest import NAMES, make_doc

from lagebild.events import events_stage
from lagebild.model import Document

KB = {"Hans Jörg Schelling": ("per:schelling", "PER", "Q40"), "Johanna Mikl-Leitner": ("per:mikl", "PER", "Q40"),
      "Grünen": ("kb:gruene", "ORG", None), "SPÖ": ("kb:spoe", "ORG", None), "ÖVP": ("kb:oevp", "ORG", None),
      "Trump": ("Q22686", "PER", "Q30"), "Mexiko": ("Q96", "LOC", None), "Österreich": ("Q40", "LOC", None),
      "Wien": ("Q1741", "LOC", "Q40"), "Teheran": ("Q3616", "LOC", "Q794"), "Iran": ("Q794", "LOC", None),
      "Nato": ("kb:nato", "ORG", None), "Polen": ("Q36", "LOC", None), "Osteuropa": ("kb:osteuropa", "LOC", None),
      "USA": ("Q30", "LOC", None), "Kuba": ("Q241", "LOC", None), "EU": ("Q458", "ORG", None),
      "Ukraine": ("Q212", "LOC", None), "Eurogruppe": ("kb:eurogruppe", "ORG", None),
      "Griechenland": ("Q41", "LOC", None)}
_NAMES = {**NAMES, "per:schelling": "Schelling", "per:mikl": "Mikl-Leitner", "kb:gruene": "Grüne",
          "kb:spoe": "SPÖ", "kb:oevp": "ÖVP", "Q96": "Mexiko", "Q40": "Österreich", "Q794": "Iran",
          "kb:nato": "Nato", "Q36": "Polen", "Q241": "Kuba", "Q30": "USA", "Q458": "EU", "Q212": "Ukraine",
          "kb:eurogruppe": "Eurogruppe", "Q41": "Griechenland"}


def _doc(text: str) -> Document:
    return events_stage(make_doc("Wien – " + text, None, published="2015-08-04", kb=KB))


def _coded(doc: Document) -> set[tuple[str, str, str]]:
    names = {e.id: e.name for e in doc.entities}

    def name(eid: str) -> str:
        return _NAMES.get(eid) or names.get(eid, eid)
    return {(e.type, "+".join(sorted(name(a) for a in e.sources)), "+".join(sorted(name(a) for a in e.targets)))
            for e in doc.events}


@pytest.mark.parametrize(("text", "expected"), [
    # the author of what the subject names ("von", or a genitive) is whom the reaction is aimed at
    ("Der Vorschlag von Finanzminister Hans Jörg Schelling stößt bei den Grünen auf Ablehnung.",
     ("REJECT", "Grüne", "Schelling")),
    ("Die Pläne von Innenministerin Johanna Mikl-Leitner stoßen bei der SPÖ auf Kritik.",
     ("DISAPPROVE", "SPÖ", "Mikl-Leitner")),
    ("Der Vorstoß der ÖVP löste bei den Grünen heftige Kritik aus.", ("DISAPPROVE", "Grüne", "ÖVP")),
    # "sorgen für": the same reaction
    ("Die Pläne der ÖVP sorgen bei der SPÖ für Empörung.", ("DISAPPROVE", "SPÖ", "ÖVP")),
    ("Mit seinen Aussagen sorgte Trump in Mexiko für Empörung.", ("DISAPPROVE", "Mexiko", "Donald Trump")),
])
def test_a_reaction_is_aimed_at_the_author_of_the_subject(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _coded(_doc(text))


def test_a_name_in_the_subject_that_owns_nothing_is_no_target() -> None:
    # "in Wien" is where, not whose: no reaction is aimed at a place named as the scene
    coded = _coded(_doc("Der Vorschlag stieß in Wien bei den Grünen auf Kritik."))
    assert not any(t == "Österreich" for _, _, t in coded)


@pytest.mark.parametrize(("text", "expected"), [
    # taking a stand for something someone proposed endorses him
    ("Die Grünen sprachen sich für den Vorschlag der SPÖ aus.", {("SUPPORT", "Grüne", "SPÖ")}),
    ("Die SPÖ sprach sich gegen die Pläne der ÖVP aus.", {("REJECT", "SPÖ", "ÖVP")}),
    # for sanctions against a state is neither an endorsement nor a rejection of it
    ("Trump sprach sich für Sanktionen gegen Mexiko aus.", set()),
    # a state parliament ("Landtag") is a legislature
    ("Der Landtag in Wien lehnte den Antrag der ÖVP ab.", {("REJECT", "Parlament (Q40)", "ÖVP")}),
])
def test_taking_a_stand_for_or_against(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _coded(_doc(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an embassy named with its state's adjective stands for that state
    ("Demonstranten stürmten die saudische Botschaft in Teheran.",
     ("PROTEST", "Zivilgesellschaft (Q794)", "Saudi-Arabien")),
    # relations restored are cooperation
    ("Die USA und Kuba haben ihre diplomatischen Beziehungen wieder aufgenommen.", ("COOPERATE", "USA", "Kuba")),
    ("Die Nato verlegt weitere Truppen nach Polen.", ("MOBILIZE", "Nato", "Polen")),
])
def test_international_news(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _coded(_doc(text))


def test_the_troops_a_build_up_moves_are_no_target() -> None:
    # "Osteuropa" is no actor, and the troops are the Nato's own: no event rather than a wrong one
    assert _coded(_doc("Die Nato verlegt weitere Truppen nach Osteuropa.")) == set()


@pytest.mark.parametrize(("text", "expected"), [
    # aid granted, and aid named with whom it goes to
    ("Die EU hat der Ukraine Finanzhilfen in Höhe von 1,8 Milliarden Euro gewährt.", {("AID", "EU", "Ukraine")}),
    ("Die EU zahlte eine weitere Tranche der Finanzhilfe für die Ukraine aus.", {("AID", "EU", "Ukraine")}),
    # green light is an approval
    ("Die Eurogruppe gab grünes Licht für weitere Hilfen an Griechenland.",
     {("AGREE", "Eurogruppe", "Griechenland")}),
    # a court granting bail is no aid between actors
    ("Das Gericht gewährte dem Angeklagten Haftverschonung.", set()),
])
def test_aid_and_approval(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _coded(_doc(text)) == expected
