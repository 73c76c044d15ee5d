import pytest

from lagebild.model import Document
from lagebild.segment import segment


def sentences(text: str) -> list[str]:
    doc = segment(Document(id="d", source="s", body=text))
    return [text[s.start:s.end] for s in doc.sentences]


@pytest.mark.parametrize("text, expected", [
    ("Am 12. Februar telefonierte Trump mit Putin. Dann ging er.",
     ["Am 12. Februar telefonierte Trump mit Putin.", "Dann ging er."]),
    ("Das kostet 3 Mrd. Euro bzw. mehr. Prof. Müller sagt das.",
     ["Das kostet 3 Mrd. Euro bzw. mehr.", "Prof. Müller sagt das."]),
    ("„Wir begrüßen das.“ Er erklärte es.", ["„Wir begrüßen das.“", "Er erklärte es."]),
    ("Der Vertrag stammt vom 1.1.2020. Er gilt.", ["Der Vertrag stammt vom 1.1.2020.", "Er gilt."]),
    ("Überschrift ohne Punkt\n\nEin Absatz.", ["Überschrift ohne Punkt", "Ein Absatz."]),
    ("Sie sagte: \"Nein!\" Dann ging sie.", ["Sie sagte: \"Nein!\"", "Dann ging sie."]),
    ("Der 2. Weltkrieg endete 1945. Danach kam der Frieden.",
     ["Der 2. Weltkrieg endete 1945.", "Danach kam der Frieden."]),
])
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_paragraph_numbers_count_blank_lines() -> None:
    doc = segment(Document(id="d", source="s", body="A eins.\n\nB zwei. B drei.\n\nC vier."))
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1, 2]


def test_tokens_are_offsets_without_whitespace() -> None:
    body = "Trump  traf\n\nPutin."
    doc = segment(Document(id="d", source="s", body=body))
    assert [body[t.start:t.end] for t in doc.tokens] == ["Trump", "traf", "Putin", "."]
