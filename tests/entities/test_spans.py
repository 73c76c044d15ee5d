"""Tagged names are cut back to the words a name can have (lagebild.entities.spans)."""

from __future__ import annotations

import pytest

from lagebild.entities.ner import bio_spans
from lagebild.entities.spans import known_names, trim_names


def _labels(words: list[str], spans: list[tuple[int, int, str]]) -> list[str]:
    labels = ["O"] * len(words)
    for first, stop, typ in spans:
        labels[first:stop] = ["B-" + typ] + ["I-" + typ] * (stop - first - 1)
    return labels


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        # a list item after a comma is not part of the name
        ("an der Universität Oxford , Hunts Kommentare", [(2, 7, "ORG")], [(2, 4, "ORG")]),
        # a verb ends the name
        ("östlich von Chan Junis erschoss die israelische Armee", [(2, 8, "MISC")], [(2, 4, "MISC")]),
        # particles stay inside, at the end they go
        ("Ursula von der Leyen sagte", [(0, 4, "PER")], [(0, 4, "PER")]),
        ("Frankfurt am Main", [(0, 3, "LOC")], [(0, 3, "LOC")]),
        ("Bosnien und Herzegowina", [(0, 3, "LOC")], [(0, 3, "LOC")]),
        ("Bank of", [(0, 2, "ORG")], [(0, 1, "ORG")]),
        # a word that opens a question is not part of the name
        ("Kann Woody Allen es ernst meinen", [(0, 3, "PER")], [(1, 3, "PER")]),
        ("In Ihrem jüngsten Buch", [(0, 4, "MISC")], []),
        # a link or handle ends the name
        ("Gauland pic.twitter.com/vRR4ubIRiQ Gauland", [(0, 3, "ORG")], [(0, 1, "ORG")]),
        # a title in quotation marks keeps its lower-case words
        ("„ Die Welt als Wille und Vorstellung “", [(1, 7, "MISC")], [(1, 7, "MISC")]),
        # names that begin in lower case are names
        ("das neue iPhone", [(2, 3, "MISC")], [(2, 3, "MISC")]),
        ("Trump und Putin", [(0, 1, "PER"), (2, 3, "PER")], [(0, 1, "PER"), (2, 3, "PER")]),
    ],
)
def test_trim_names(text: str, tagged: list[tuple[int, int, str]], expected: list[tuple[int, int, str]]) -> None:
    words = text.split()
    assert bio_spans(trim_names(words, _labels(words, tagged))) == expected


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        # the knowledge base's names the tagger missed
        ("Die Fidesz und die Werchowna Rada stimmten zu .", [], [(1, 2, "ORG"), (4, 6, "ORG")]),
        # a tagged word is never overwritten, nor a name cut in part
        ("Die Werchowna Rada tagte .", [(1, 2, "LOC")], [(1, 2, "LOC")]),
        # lower-case words are no names
        ("die russische Zentralbank", [], []),
    ],
)
def test_known_names(text: str, tagged: list[tuple[int, int, str]], expected: list[tuple[int, int, str]]) -> None:
    words = text.split()
    assert bio_spans(known_names(words, _labels(words, tagged))) == expected
