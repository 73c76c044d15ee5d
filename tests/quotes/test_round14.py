"""Issue #6, round 14: speakers the rules could not type or find (hand-written sentences,
developed on the Wikinews training split)."""

from __future__ import annotations

import pytest
from tests.quotes.test_said_nothing_and_speakers import found


@pytest.mark.parametrize(("body", "speaker"), [
    # a source the report will not name: adverbs before the participle stay in the subject
    ("Ein nicht genannter Vertreter der Firma bezeichnet die Investition als „strategisch“.",
     "Vertreter der Firma"),
    ("Ein nicht namentlich genannter Sprecher des Konzerns sagte, die Investition sei strategisch.",
     "Sprecher des Konzerns"),
    ("Ein bisher nicht genannter Sprecher der Behörde sagte, die Lage sei unter Kontrolle.",
     "Sprecher der Behörde"),
])
def test_adverbs_before_an_attribute_stay_in_the_subject(body: str, speaker: str) -> None:
    assert [q[2] for q in found(body)] == [speaker]


@pytest.mark.parametrize("body", [
    # a contracted preposition opens no subject ("ums eigene Leben" is no speaker)
    "Die Helfer zogen sich zurück, weil man ums eigene Leben fürchtete.",
])
def test_a_contracted_preposition_opens_no_subject(body: str) -> None:
    assert all(q[2] is None or "Leben" not in q[2] for q in found(body))
