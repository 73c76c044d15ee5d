"""The NER model's table of frequent words' entries (``frequent.bin``): current, and the same
entries as computing them."""

from pathlib import Path

from lagebild.entities.ner import (
    FREQUENT,
    MODEL_DIR,
    FrequentWords,
    NerTagger,
    _model_attributes,
    frequent_words,
    model_digest,
    read_lexicon,
    write_frequent,
)


def test_the_bundled_table_belongs_to_the_bundled_model() -> None:
    """After training a model: ``python -m lagebild.entities.ner`` writes its table."""
    table = FrequentWords.read(MODEL_DIR)
    assert table is not None, f"{MODEL_DIR / FREQUENT} is missing or belongs to another model"


def test_the_table_holds_the_entries_the_tagger_computes() -> None:
    """Every word's entry read from the table equals the one computed from the feature
    functions, the lexicon and the model (so a change to the features shows here)."""
    table = FrequentWords.read(MODEL_DIR)
    assert table is not None
    tagger = NerTagger(MODEL_DIR / "model.crfsuite", read_lexicon(MODEL_DIR / "lexicon.tsv"))
    words = frequent_words(tagger.lexicon)
    assert len(words) > 10_000
    for word in words:
        assert table.entry(word) == tagger._entry(word), word
    assert table.entry("Xyzzyqwert") is None
    assert table.known is not None and table.known == _model_attributes(tagger._tagger)


def test_a_table_of_another_model_is_not_used(tmp_path: Path) -> None:
    for name in ("model.crfsuite", "lexicon.tsv"):
        (tmp_path / name).write_bytes((MODEL_DIR / name).read_bytes())
    assert write_frequent(tmp_path) > 10_000
    assert FrequentWords.read(tmp_path) is not None
    with open(tmp_path / "lexicon.tsv", "a", encoding="utf-8") as f:
        f.write("Neuwort\tf=3\n")
    assert model_digest(tmp_path) != model_digest(MODEL_DIR)
    assert FrequentWords.read(tmp_path) is None


def test_labels_are_the_same_with_and_without_the_table() -> None:
    lexicon = read_lexicon(MODEL_DIR / "lexicon.tsv")
    plain = NerTagger(MODEL_DIR / "model.crfsuite", lexicon)
    fast = NerTagger(MODEL_DIR / "model.crfsuite", lexicon, FrequentWords.read(MODEL_DIR))
    for sentence in (["Bundeskanzler", "Olaf", "Scholz", "traf", "in", "Wien", "den", "Präsidenten", "."],
                     ["Die", "Europäische", "Union", "und", "die", "Nato", "berieten", "über", "Russland", "."]):
        assert fast.tag_tokens(sentence) == plain.tag_tokens(sentence)
