"""Training the NER model end to end on a tiny hand-made GermEval file (no shared data)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.entities.ner import NerTagger, read_lexicon
from lagebild.entities.train import germeval_label, read_lists, split_holdout, train_ner, write_name_lists
from lagebild.errors import InputError

_SENTENCES = [
    [("Angela", "B-PER"), ("Merkel", "I-PER"), ("besuchte", "O"), ("Paris", "B-LOC"), (".", "O")],
    [("Die", "O"), ("SPD", "B-ORG"), ("tagte", "O"), ("in", "O"), ("Berlin", "B-LOC"), (".", "O")],
    [("Der", "O"), ("deutsche", "B-LOCderiv"), ("Film", "O"), ("Das", "B-OTH"), ("Boot", "I-OTH")],
    [("Olaf", "B-PER"), ("Scholz", "I-PER"), ("sprach", "O"), ("mit", "O"), ("Siemens", "B-ORG")],
]


def _write_data(root: Path, copies: int = 10) -> Path:
    folder = root / "germeval2014"
    folder.mkdir(parents=True)
    lines = []
    for _ in range(copies):
        for sent in _SENTENCES:
            lines.append("#\tsource")
            lines += [f"{i}\t{tok}\t{lab}\tO" for i, (tok, lab) in enumerate(sent, 1)]
            lines.append("")
    (folder / "NER-de-test.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def test_train_ner_builds_a_model_that_loads(tmp_path: Path) -> None:
    data = _write_data(tmp_path / "data")
    out = tmp_path / "model"
    report = train_ner(data, out, holdout=0.25)
    assert report["germeval_sentences"] == 30 and report["dev_sentences"] == 10
    assert 0.0 <= report["dev"]["f1"] <= 1.0
    assert "LOCderiv" in (out / "dev.gold.tsv").read_text(encoding="utf-8")  # GermEval's own labels
    tagger = NerTagger(out / "model.crfsuite", read_lexicon(out / "lexicon.tsv"))
    assert tagger.tag_tokens(["Angela", "Merkel", "besuchte", "Paris", "."])[:2] == ["B-PER", "I-PER"]
    # the frequent words' table is written for the new model, so that it is not stale
    assert (out / "frequent.bin").is_file() and report["frequent_words"] > 0


def test_train_ner_is_reproducible(tmp_path: Path) -> None:
    data = _write_data(tmp_path / "data", copies=3)
    train_ner(data, tmp_path / "a")
    train_ner(data, tmp_path / "b")
    for name in ("model.crfsuite", "lexicon.tsv", "frequent.bin"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_train_ner_without_data(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        train_ner(tmp_path, tmp_path / "out")


@pytest.mark.parametrize(
    ("label", "ours"),
    [("B-OTH", "B-MISC"), ("I-PER", "I-PER"), ("B-LOCderiv", "O"), ("B-ORGpart", "O"), ("O", "O")],
)
def test_germeval_label(label: str, ours: str) -> None:
    assert germeval_label(label) == ours


def test_split_holdout_is_fixed_and_complete() -> None:
    items = list(range(100))
    train, dev = split_holdout(items, 0.15, seed=0)
    assert len(dev) == 15 and sorted(train + dev) == items
    assert split_holdout(items, 0.15, seed=0) == (train, dev)


def test_read_lists_tags_one_word_and_longer_names(tmp_path: Path) -> None:
    (tmp_path / "GIVEN.txt").write_text("# a comment\nJamal\nLea-Sophie\n", encoding="utf-8")
    (tmp_path / "LOC.txt").write_text("Jamal\nBad Homburg  # a comment\n", encoding="utf-8")
    tags = read_lists(tmp_path)
    assert tags["Jamal"] == {"gGIVEN", "gLOC"}
    assert tags["Lea-Sophie"] == {"gGIVEN"}
    assert tags["Homburg"] == {"gLOC+"}


def test_write_name_lists(tmp_path: Path) -> None:
    pytest.importorskip("faker")  # needed only to regenerate the shipped lists
    n_given, n_family = write_name_lists(tmp_path)
    given = (tmp_path / "GIVEN.txt").read_text(encoding="utf-8").splitlines()
    family = (tmp_path / "FAMILY.txt").read_text(encoding="utf-8").splitlines()
    assert n_given == len(given) - 1 > 1000 and n_family == len(family) - 1 > 1000
    assert "Jamal" in given and "Schäfer" in family
    assert all(" " not in name for name in given[1:] + family[1:])
