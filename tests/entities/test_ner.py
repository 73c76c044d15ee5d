"""Tests of the German NER model and its file format (bundled model; no shared data needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.entities.conll import read_conll, tag_conll, to_germeval_label
from lagebild.entities.ner import (
    NerTagger,
    _propagate,
    bio_spans,
    find_mentions,
    own_features,
    split_genitives,
    word_shape,
)
from lagebild.errors import ModelError
from lagebild.model import Document, Sentence, Token


@pytest.fixture(scope="module")
def tagger() -> NerTagger:
    return NerTagger.load()


def _entities(tokens: list[str], labels: list[str]) -> set[tuple[str, str]]:
    return {(" ".join(tokens[a:b]), t) for a, b, t in bio_spans(labels)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Bundeskanzler Olaf Scholz traf in Berlin den Chef von Siemens .",
            {("Olaf Scholz", "PER"), ("Berlin", "LOC"), ("Siemens", "ORG")},
        ),
        (
            "Der russische Präsident Wladimir Putin sprach in Moskau mit Vertretern der Nato .",
            {("Wladimir Putin", "PER"), ("Moskau", "LOC"), ("Nato", "ORG")},
        ),
        (
            "Die Europäische Union verhängte neue Sanktionen gegen Russland .",
            {("Europäische Union", "ORG"), ("Russland", "LOC")},
        ),
    ],
)
def test_tags_obvious_sentences(tagger: NerTagger, sentence: str, expected: set[tuple[str, str]]) -> None:
    tokens = sentence.split()
    labels = tagger.tag_tokens(tokens)
    assert len(labels) == len(tokens)
    assert expected <= _entities(tokens, labels)


def test_plain_sentence_has_no_names(tagger: NerTagger) -> None:
    tokens = ["Am", "Abend", "regnete", "es", ",", "und", "die", "Straßen", "waren", "leer", "."]
    assert tagger.tag_tokens(tokens) == ["O"] * len(tokens)


def test_empty_sentence(tagger: NerTagger) -> None:
    assert tagger.tag_tokens([]) == []


def test_labels_are_bio_of_our_types(tagger: NerTagger) -> None:
    tokens = "Der Film „ Das Boot “ lief im ZDF , sagte Anna Schmidt aus Köln .".split()  # noqa: SIM905
    for label in tagger.tag_tokens(tokens):
        assert label == "O" or (label[:2] in ("B-", "I-") and label[2:] in ("PER", "ORG", "LOC", "MISC"))


def test_missing_model_raises_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError):
        NerTagger.load(tmp_path)


@pytest.mark.parametrize(
    ("labels", "spans"),
    [
        (["O", "B-PER", "I-PER", "O"], [(1, 3, "PER")]),
        (["B-LOC", "B-LOC"], [(0, 1, "LOC"), (1, 2, "LOC")]),
        (["I-ORG", "I-ORG", "O"], [(0, 2, "ORG")]),  # a stray I- opens a span
        (["B-PER", "I-LOC"], [(0, 1, "PER"), (1, 2, "LOC")]),
        ([], []),
    ],
)
def test_bio_spans(labels: list[str], spans: list[tuple[int, int, str]]) -> None:
    assert bio_spans(labels) == spans


@pytest.mark.parametrize(
    ("word", "shape"),
    [("Scholz", "Xx"), ("SPD-Chef", "X-Xx"), ("2025", "d"), ("iPhone", "xXx"), ("Ärger", "Xx")],
)
def test_word_shape(word: str, shape: str) -> None:
    assert word_shape(word) == shape


def test_propagate_repeats_and_surnames() -> None:
    tagged = [
        (["Olaf", "Scholz", "besuchte", "Siemens", "."], ["B-PER", "I-PER", "O", "B-ORG", "O"]),
        (["Scholz", "lobte", "Siemens", "."], ["O", "O", "O", "O"]),
        (["Scholz'", "Rede", "und", "Scholzs", "Buch", "."], ["O"] * 6),
    ]
    _propagate(tagged)
    assert tagged[1][1] == ["B-PER", "O", "B-ORG", "O"]
    assert tagged[2][1][3] == "B-PER"  # the genitive


def _doc(body: str, with_tokens: bool) -> Document:
    tokens: tuple[Token, ...] = ()
    if with_tokens:
        import re

        tokens = tuple(Token(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", body))
    end = body.index(".") + 1
    return Document(
        id="d1",
        source="test",
        body=body,
        sentences=(Sentence(0, end), Sentence(end + 1, len(body))),
        tokens=tokens,
    )


@pytest.mark.parametrize("with_tokens", [True, False])
def test_find_mentions_offsets(tagger: NerTagger, with_tokens: bool) -> None:
    body = "Bundeskanzler Olaf Scholz traf in Berlin den Chef von Siemens. Später flog Scholz nach Paris."
    doc = _doc(body, with_tokens)
    mentions = find_mentions(doc, tagger)
    found = {(body[m.start : m.end], m.label) for m in mentions}
    assert {("Olaf Scholz", "PER"), ("Berlin", "LOC"), ("Siemens", "ORG"), ("Scholz", "PER")} <= found
    for m in mentions:
        assert m.entity is None and m.kind == "name"
        assert body[m.start : m.end] == body[m.start : m.end].strip()


def test_find_mentions_empty_document(tagger: NerTagger) -> None:
    assert find_mentions(Document(id="d", source="s", body=""), tagger) == []


def test_conll_round_trip(tmp_path: Path, tagger: NerTagger) -> None:
    src = tmp_path / "in.tsv"
    src.write_text(
        "#\tquelle\n1\tAngela\n2\tMerkel\n3\tbesuchte\n4\tParis\n5\t.\n\n"
        "1\tDas\tO\tO\n2\tist\tO\tO\n3\tgut\tO\tO\n4\t.\tO\tO\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.tsv"
    assert tag_conll(src, out, tagger) == 2
    sents = list(read_conll(out))
    assert [s.tokens for s in sents] == [("Angela", "Merkel", "besuchte", "Paris", "."), ("Das", "ist", "gut", ".")]
    assert sents[0].comments == ("#\tquelle",)
    assert sents[0].labels[:2] == ("B-PER", "I-PER")
    assert sents[0].labels[3] == "B-LOC"
    assert all(not lab.endswith("MISC") for s in sents for lab in s.labels)
    assert out.read_text(encoding="utf-8").splitlines()[1].split("\t") == ["1", "Angela", "B-PER"]


def test_germeval_label_spelling() -> None:
    assert to_germeval_label("B-MISC") == "B-OTH"
    assert to_germeval_label("I-PER") == "I-PER"
    assert to_germeval_label("O") == "O"


@pytest.mark.parametrize(
    ("tokens", "labels", "expected"),
    [
        (["Trumps", "Umfeld"], ["B-PER", "I-PER"], ["B-PER", "O"]),
        (["Jens", "Spahn"], ["B-PER", "I-PER"], ["B-PER", "I-PER"]),  # a given name in -s
        (["Janis", "Kluge"], ["B-PER", "I-PER"], ["B-PER", "I-PER"]),  # one from the generated lists
        (
            ["Trumps", "Umfeld", "Jared", "Kushner"],
            ["B-PER", "I-PER", "I-PER", "I-PER"],
            ["B-PER", "O", "B-PER", "I-PER"],
        ),
        (["Paris", "Hilton"], ["B-LOC", "I-LOC"], ["B-LOC", "I-LOC"]),  # persons only
    ],
)
def test_split_genitives(tokens: list[str], labels: list[str], expected: list[str]) -> None:
    lexicon = {"Jens": ("gFIRST",), "Janis": ("gGIVEN",), "Umfeld": ("c1=1",)}
    assert split_genitives(tokens, list(labels), lexicon) == expected


def test_genitive_of_a_place_is_a_place() -> None:
    lexicon = {"Kiew": ("c1=3", "gGEO", "gLOC")}
    assert split_genitives(["Kiews", "Armee"], ["B-PER", "O"], lexicon) == ["B-LOC", "O"]


def test_find_mentions_without_sentences(tagger: NerTagger) -> None:
    body = "Gestern sprach Angela Merkel in Hamburg.\nDie Polizei in München meldete nichts."
    doc = Document(id="d", source="s", body=body)
    found = {(body[m.start : m.end], m.label) for m in find_mentions(doc, tagger)}
    assert {("Angela Merkel", "PER"), ("Hamburg", "LOC"), ("München", "LOC")} <= found


@pytest.mark.parametrize(
    ("word", "present", "absent"),
    [
        ("Insel-Verlag", {"htgORGKW", "hyt=verlag"}, set()),  # the hyphen tail's gazetteer tags
        ("Frankreichs", {"gen:gLOC", "c1=7"}, {"gen:c1=3"}),  # a known genitive: its base's tags only
        ("Kiews", {"oov", "gen:gLOC", "gen:c1=3"}, set()),  # an unknown genitive: tags and clusters
        ("Verlag", {"gORGKW"}, {"oov"}),
    ],
)
def test_own_features_borrow_gazetteer_tags(word: str, present: set[str], absent: set[str]) -> None:
    lexicon = {
        "Verlag": ("c1=2", "gORGKW"),
        "Frankreich": ("c1=3", "gLOC"),
        "Frankreichs": ("c1=7",),
        "Kiew": ("c1=3", "gLOC"),
    }
    feats = set(own_features(word, lexicon))
    assert present <= feats and not absent & feats
