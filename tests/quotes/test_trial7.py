"""Trial 7: wrong speakers (hand-written sentences after the user trial's findings, German and English)."""

from __future__ import annotations

import pytest
from tests.quotes.test_said_nothing_and_speakers import NAMES, found

PEOPLE = {**NAMES, "Wladimir Putin": ("Wladimir Putin", "PER"), "Putin": ("Wladimir Putin", "PER"),
          "Tass": ("Tass", "ORG"), "Emmanuel Macron": ("Emmanuel Macron", "PER"),
          "Macron": ("Emmanuel Macron", "PER"), "Reuters": ("Reuters", "ORG")}


@pytest.mark.parametrize(("body", "language", "fragment", "speaker"), [
    # a person's speech act before the frame: the person speaks, the agency is where the report comes from
    ("Putin sagte nach Angaben der staatlichen Nachrichtenagentur Tass, Russland und China sollten enge "
     "Verbündete bleiben.", "de", "Russland und China", "Wladimir Putin"),
    ("Anna Berger erklärte laut einem Bericht der Zeitung, die Reform werde verschoben.", "de", "die Reform",
     "Anna Berger"),
    ("French President Emmanuel Macron said the deal had averted a crisis, according to a government statement.",
     "en", "the deal", "Emmanuel Macron"),
    ("Macron told reporters the talks would go on, according to Reuters.", "en", "the talks", "Emmanuel Macron"),
])
def test_a_speech_act_before_a_frame_is_the_subjects(body: str, language: str, fragment: str,
                                                     speaker: str) -> None:
    assert [q[2] for q in found(body, language, names=PEOPLE) if fragment in q[1]] == [speaker]


@pytest.mark.parametrize(("body", "speaker"), [
    # the frame opens the sentence or there is no clause of the subject's: the frame's source, as before
    ("Nach Angaben der Nachrichtenagentur Tass sollen Russland und China enge Verbündete bleiben.", "Tass"),
    ("Jonas Weber rief bei der Kundgebung laut Zeugenaussagen „Nieder mit der Regierung“.", "Zeugenaussagen"),
])
def test_a_frame_without_a_speech_act_before_it_names_the_source(body: str, speaker: str) -> None:
    assert [q[2] for q in found(body, names=PEOPLE) if q[0] == "indirect"] == [speaker]
