"""German named-entity recognition: BIO labels (PER, ORG, LOC, MISC) for tokens and documents.

The model is a linear-chain CRF (python-crfsuite) that lagebild trains itself
(:mod:`lagebild.entities.train`, ``lagebild train ner``). Its features are cheap on purpose, so
that tagging runs at tens of thousands of tokens per second on one core:

* the word itself, lowercased, its prefixes and suffixes, and its shape (``Xxxx``, ``XX-d``);
* a lexicon learnt from unlabelled news: distributional word clusters at three granularities
  (names cluster with names, towns with towns) and how often the word appears in lower case
  (German capitalises every noun, so capitalisation alone says little; a word that is also
  written in lower case, "Deutsche"/"deutsche", is rarely a name);
* gazetteer tags from hand-written lists (``resources/ner/lists/``) and from SmartData's
  annotated names: first names, countries, cities, organisation words;
* the same, more briefly, for the two words either side.

Two rules follow the CRF: :func:`split_genitives` ends a person's name at a genitive ("Trumps
Umfeld"), and :func:`find_mentions` gives repeated names in a document the same label.

Features are computed once per distinct word form and cached, which is what makes tagging fast:
most tokens of a text are words seen before.

A model directory holds ``model.crfsuite`` (the CRF) and ``lexicon.tsv`` (``word<TAB>features``),
and may hold ``frequent.bin``: the tagger's cache entries of the lexicon's frequent words,
computed in advance (:func:`write_frequent`, ``python -m lagebild.entities.ner``), so that a
fresh worker does not compute them again (see :class:`FrequentWords`).
"""

from __future__ import annotations

import array
import hashlib
import json
import logging
import re
import sys
import tempfile
import threading
import zlib
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from lagebild.errors import ModelError
from lagebild.model import Document, EntityType, Mention

log = logging.getLogger(__name__)

#: The bundled model, rebuilt by ``lagebild train ner``.
MODEL_DIR = Path(__file__).resolve().parent.parent / "resources" / "ner" / "model"

# Fallback tokenisation when a document carries no tokens: words (with inner hyphens, dots and
# apostrophes: "SPD-Chef", "z.B.", "Ku'damm") and single other marks.
_TOKEN_RE = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]", re.UNICODE)

# Context windows: the offsets whose words contribute (brief) features to a token.
_CONTEXT = (-2, -1, 1, 2)
_NO_CONTEXT: tuple[list[bytes], ...] = ([], [], [], [])  # what a position beyond the sentence adds
_SENT_END = frozenset(".!?")
# The cache of per-word features is cleared when it grows past this many word forms, which
# bounds memory on a long stream of unusual tokens (URLs, numbers).
_CACHE_LIMIT = 300_000
_SHAPE_TABLE = str.maketrans(
    {
        **{c: "X" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ"},
        **{c: "x" for c in "abcdefghijklmnopqrstuvwxyzäöüß"},
        **{c: "d" for c in "0123456789"},
    }
)


# A word's own features and its four context-feature lists each need its shape: computed once.
@lru_cache(maxsize=4096)
def word_shape(word: str) -> str:
    """The word's shape with runs collapsed: ``Scholz`` -> ``Xx``, ``SPD-Chef`` -> ``X-Xx``."""
    raw = word.translate(_SHAPE_TABLE)
    out: list[str] = []
    for ch in raw:
        if ch.isalpha() and ch not in "Xxd":
            ch = "X" if ch.isupper() else "x"
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)[:8]


def own_features(word: str, lexicon: dict[str, tuple[str, ...]]) -> list[str]:
    """Features of a word at the position being labelled."""
    lower = word.lower()
    feats = [
        "b",  # bias
        "w=" + lower,
        "sh=" + word_shape(word),
        "s2=" + lower[-2:],
        "s3=" + lower[-3:],
        "s4=" + lower[-4:],
        "s5=" + lower[-5:],
        "p2=" + lower[:2],
        "p3=" + lower[:3],
        "p4=" + lower[:4],
        "len=" + str(min(len(word), 12)),
    ]
    if word[:1].isupper():
        feats.append("cap")
        if word.isupper() and len(word) > 1:
            feats.append("allcap")
    if "-" in word:
        head, _, tail = word.rpartition("-")
        feats.append("hy")
        feats.append("hyt=" + tail.lower())
        feats.append("hyh=" + head.lower())
        feats.extend("hh" + f for f in lexicon.get(head, ()) if f[0] in "gc")
        # The last part's gazetteer tags: "Insel-Verlag", "McLaren-Mercedes" end in a word that
        # the lists know (ORGKW, ORG), which no training example may have with that first part.
        feats.extend("ht" + f for f in lexicon.get(tail, ()) if f[0] == "g")
    lex = lexicon.get(word)
    if lex is None and word[:1].isupper():
        lex = lexicon.get(word.capitalize())
    if lex is not None:
        feats.extend(lex)
        if len(word) > 3 and word[-1] == "s" and word[:1].isupper():
            # A known genitive also gets its base's gazetteer tags: "die reichste Frau
            # Frankreichs" clusters with "Merkels" and was tagged a person.
            feats.extend("gen:" + f for f in lexicon.get(word[:-1], ()) if f[0] == "g")
        return feats
    feats.append("oov")
    if len(word) > 3 and word[-1] == "s" and word[:1].isupper():
        # A genitive of a known word ("Frankreichs", "Siemens'"): its base's clusters and tags.
        base = lexicon.get(word[:-1])
        if base is not None:
            feats.extend("gen:" + f for f in base if f[0] in "gc")
    compound = compound_head(word, lexicon)
    if compound is not None:
        feats.extend("hd:" + f for f in compound if f[:2] in ("c1", "c2"))
    return feats


def compound_head(word: str, lexicon: dict[str, tuple[str, ...]]) -> tuple[str, ...] | None:
    """The lexicon entry of the longest known head of a capitalised compound, or None.

    An unknown compound is most likely a common noun with a known head
    ("Justizvollzugsanstalt" -> "Anstalt", "Schwiegersohn" -> "Sohn"): the head's clusters
    tell noun from name.
    """
    if not word[:1].isupper() or len(word) <= 7:
        return None
    for k in range(3, len(word) - 3):
        head = lexicon.get(word[k:].capitalize())
        if head is not None:
            return head
    return None


def context_features(word: str, offset: int, lexicon: dict[str, tuple[str, ...]]) -> list[str]:
    """Brief features of a neighbouring word, prefixed with its offset (``-1w=von``)."""
    return _with_offset(_context_base(word, lexicon), offset)


def context_feature_lists(word: str, lexicon: dict[str, tuple[str, ...]]) -> tuple[list[str], ...]:
    """:func:`context_features` of ``word`` at each offset of ``_CONTEXT``, in that order (the
    word's lower case, shape and lexicon tags looked up once, not once per offset)."""
    base = _context_base(word, lexicon)
    return tuple(_with_offset(base, off) for off in _CONTEXT)


def _context_base(word: str, lexicon: dict[str, tuple[str, ...]]) -> tuple[str, str, list[str]]:
    """What a neighbour contributes before its offset is prefixed: ``w=``, ``sh=``, ``s3=``, and
    its middle cluster and gazetteer tags (not everything)."""
    lower = word.lower()
    return (lower, word_shape(word), [f for f in lexicon.get(word, ()) if f.startswith(("c2=", "g"))])


def _with_offset(base: tuple[str, str, list[str]], offset: int) -> list[str]:
    lower, shape, tags = base
    p = f"{offset}"
    feats = [p + "w=" + lower, p + "sh=" + shape]
    if abs(offset) == 1:
        feats.append(p + "s3=" + lower[-3:])
    feats.extend(p + f for f in tags)
    return feats


class NerTagger:
    """Tags token sequences with BIO labels of the types PER, ORG, LOC and MISC."""

    def __init__(self, model_path: Path, lexicon: dict[str, tuple[str, ...]],
                 frequent: FrequentWords | None = None) -> None:
        import pycrfsuite

        self.model_path = model_path
        self.lexicon = lexicon
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(model_path))
        except (OSError, ValueError) as exc:
            raise ModelError(f"cannot open NER model {model_path}: {exc}") from exc
        self._own: dict[str, list[str]] = {}
        self._ctx: dict[tuple[str, int], list[str]] = {}
        # Tagging works from a second cache: per word form, its own features and its four
        # context-feature lists, UTF-8 encoded and without the attributes the model does not
        # know. CRFsuite ignores unknown attributes, so dropping them here changes no label; it
        # saves encoding and looking up about a sixth of all feature strings on every call.
        # (The frequent-word table carries the set, read faster than the model's text dump.)
        self._known = frequent.known if frequent is not None else _model_attributes(self._tagger)
        self._words: dict[str, tuple[list[bytes], tuple[list[bytes], ...]]] = {}
        # Entries computed in advance for the frequent words: read where a word is not in _words.
        self._frequent = frequent
        self._bos = {cap: self._encode(["BOS", "BOS|" + cap]) for cap in ("cap", "lc")}
        self._eos = self._encode(["EOS"])
        # pycrfsuite's Tagger holds the sentence being tagged as its state: one thread at a time.
        self._lock = threading.Lock()

    @classmethod
    def load(cls, path: Path | None = None) -> NerTagger:
        """The tagger for the model directory ``path`` (default: the bundled model), loaded once.

        Raises :class:`~lagebild.errors.ModelError` when the model is missing.
        """
        return _load_cached(Path(path) if path is not None else MODEL_DIR)

    def features(self, tokens: Sequence[str]) -> list[list[str]]:
        """The CRF's feature lists for a sentence, from this tagger's per-word caches."""
        own, ctx, lexicon = self._own, self._ctx, self.lexicon
        if len(own) > _CACHE_LIMIT:
            own.clear()
            ctx.clear()
        return sentence_features(tokens, lexicon, own, ctx)

    def tag_tokens(self, tokens: Sequence[str]) -> list[str]:
        """BIO labels (``B-PER``, ``I-ORG``, ``O`` …), one per token of one sentence."""
        if not tokens:
            return []
        xseq = self._items(tokens)
        with self._lock:
            labels = list(self._tagger.tag(xseq))
        return split_genitives(tokens, labels, self.lexicon)

    def _encode(self, feats: Iterable[str]) -> list[bytes]:
        """``feats`` as the bytes CRFsuite receives, less those the model has no weights for.

        CRFsuite looks attributes up as C strings, so it reads a feature only up to a NUL.
        """
        known = self._known
        if known is None:
            return [f.encode("utf-8") for f in feats]
        return [f.encode("utf-8") for f in feats if f in known or ("\0" in f and f.partition("\0")[0] in known)]

    def _word(self, word: str) -> tuple[list[bytes], tuple[list[bytes], ...]]:
        """The cached, encoded own and context features (offsets of ``_CONTEXT``) of a word."""
        entry = self._words.get(word)
        if entry is None:
            frequent = self._frequent
            found = frequent.entry(word) if frequent is not None else None
            entry = self._words[word] = found if found is not None else self._entry(word)
        return entry

    def _entry(self, word: str) -> tuple[list[bytes], tuple[list[bytes], ...]]:
        """A word's encoded own and context features, computed."""
        lexicon = self.lexicon
        return (self._encode(own_features(word, lexicon)),
                tuple(self._encode(feats) for feats in context_feature_lists(word, lexicon)))

    def _items(self, tokens: Sequence[str]) -> list[list[bytes]]:
        """What :func:`sentence_features` gives, encoded and filtered, in the same order."""
        if len(self._words) > _CACHE_LIMIT:
            self._words.clear()
        entries = [self._word(tok) for tok in tokens]
        n = len(tokens)
        # Sentence marks after the word's own features; then the neighbours' features in the
        # order of _CONTEXT (-2, -1, +1, +2), two empty neighbours padding either end.
        marks: list[list[bytes]] = [[]] * n
        marks[0] = self._bos["cap" if tokens[0][:1].isupper() else "lc"]
        marks[-1] = marks[-1] + self._eos
        # (the neighbours by zip, not by index: a quarter faster on the tagger's busiest line;
        # the shifted padded lists are longer than the sentence, ctx[4:] is as long)
        ctx = [_NO_CONTEXT, _NO_CONTEXT, *(c for _, c in entries), _NO_CONTEXT, _NO_CONTEXT]
        neighbours = zip(ctx, ctx[1:], ctx[3:], ctx[4:], strict=False)
        return [
            [*own, *mark, *m2[0], *m1[1], *p1[2], *p2[3]]
            for (own, _), mark, (m2, m1, p1, p2) in zip(entries, marks, neighbours, strict=True)
        ]


def split_genitives(tokens: Sequence[str], labels: list[str], lexicon: dict[str, tuple[str, ...]]) -> list[str]:
    """End a person's name at a genitive inside it: "Trumps Umfeld", "Putins Gambit".

    German puts the possessor's name before the noun with an -s ("Trumps Schwiegersohn Jared
    Kushner"); the CRF, which has seen few such phrases, sometimes runs the name on into the
    noun. A person span is cut after a word ending in -s that is not a given name ("Jens",
    "Klaus", from the gazetteer); of the rest, leading known words without a name tag are
    dropped, and a single remaining word is dropped too unless it is a known name part.
    A one-word "person" that is the genitive of a known place ("Kiews") becomes a place.
    """
    for first, stop, typ in bio_spans(labels):
        if typ == "PER" and stop - first == 1 and _genitive_of_place(tokens[first], lexicon):
            labels[first] = "B-LOC"
        if typ != "PER" or stop - first < 2:
            continue
        for k in range(first, stop - 1):
            word = tokens[k]
            if not (len(word) > 3 and word.endswith("s") and word[:1].isupper()):
                continue
            if any(f in ("gFIRST", "gGIVEN") for f in lexicon.get(word, ())):
                continue  # "Jens Spahn", "Janis Kluge": a given name in -s, no genitive
            rest = list(range(k + 1, stop))
            while rest and _common_word(tokens[rest[0]], lexicon):
                rest.pop(0)
            if len(rest) == 1 and not _name_part(tokens[rest[0]], lexicon):
                rest = []
            for j in range(k + 1, stop):
                labels[j] = "O"
            for n, j in enumerate(rest):
                labels[j] = ("B-" if n == 0 else "I-") + typ
            break
    return labels


def _genitive_of_place(word: str, lexicon: dict[str, tuple[str, ...]]) -> bool:
    """ "Kiews", "Afrikas": an unknown word in -s whose base only the place gazetteers know."""
    if word in lexicon or not word.endswith("s"):
        return False
    tags = {f for f in lexicon.get(word[:-1], ()) if f[0] == "g"}
    return bool(tags & {"gLOC", "gGEO"}) and not tags & {"gFIRST", "gSURNAME", "gsPER"}


def _common_word(word: str, lexicon: dict[str, tuple[str, ...]]) -> bool:
    """A known word, or a compound with a known head, that no gazetteer marks as a name."""
    feats = lexicon.get(word) or compound_head(word, lexicon)
    return feats is not None and not any(f[0] == "g" for f in feats)


def _name_part(word: str, lexicon: dict[str, tuple[str, ...]]) -> bool:
    """A word that a gazetteer marks as a given name, surname or person."""
    return any(f in ("gFIRST", "gSURNAME", "gsPER") for f in lexicon.get(word, ()))


def sentence_features(
    tokens: Sequence[str],
    lexicon: dict[str, tuple[str, ...]],
    own_cache: dict[str, list[str]] | None = None,
    ctx_cache: dict[tuple[str, int], list[str]] | None = None,
) -> list[list[str]]:
    """Feature lists for every token of a sentence; caches map word forms to their features."""
    own_cache = {} if own_cache is None else own_cache
    ctx_cache = {} if ctx_cache is None else ctx_cache
    n = len(tokens)
    out: list[list[str]] = []
    for i, tok in enumerate(tokens):
        feats = own_cache.get(tok)
        if feats is None:
            feats = own_cache[tok] = own_features(tok, lexicon)
        item = list(feats)
        if i == 0:
            item.append("BOS")
            # Sentence-initial capitals say nothing; let the model know it is here.
            item.append("BOS|" + ("cap" if tok[:1].isupper() else "lc"))
        if i == n - 1:
            item.append("EOS")
        for off in _CONTEXT:
            j = i + off
            if 0 <= j < n:
                key = (tokens[j], off)
                cf = ctx_cache.get(key)
                if cf is None:
                    cf = ctx_cache[key] = context_features(tokens[j], off, lexicon)
                item.extend(cf)
        out.append(item)
    return out


def read_lexicon(path: Path) -> dict[str, tuple[str, ...]]:
    """The ``word<TAB>feature feature …`` file of a model directory."""
    lexicon: dict[str, tuple[str, ...]] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            word, _, feats = line.rstrip("\n").partition("\t")
            if word:
                lexicon[word] = tuple(feats.split())
    return lexicon


def _model_attributes(tagger: Any) -> frozenset[str] | None:
    """The attribute names a CRFsuite model knows, read from its text dump; None if unsure.

    The dump lists them as ``  <id>: <name>`` lines between ``ATTRIBUTES = {`` and ``}``. Where
    the count disagrees with the header's ``num_attrs`` (a name with a newline in it), the
    caller must not filter on this set.
    """
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "model.txt"
        tagger.dump(str(path))
        lines = path.read_bytes().split(b"\n")
    try:
        num = int(next(ln for ln in lines if ln.strip().startswith(b"num_attrs:")).split(b":")[1])
        first = lines.index(b"ATTRIBUTES = {") + 1
        last = lines.index(b"}", first)
    except (StopIteration, ValueError):
        return None
    names = []
    for k, line in enumerate(lines[first:last]):
        idx, sep, name = line.partition(b": ")
        if not sep or idx.strip() != str(k).encode():
            return None
        names.append(name)
    return frozenset(n.decode("utf-8", "surrogateescape") for n in names) if len(names) == num else None


@lru_cache(maxsize=4)
def _load_cached(path: Path) -> NerTagger:
    model, lex = path / "model.crfsuite", path / "lexicon.tsv"
    if not model.is_file() or not lex.is_file():
        raise ModelError(f"no NER model in {path}; rebuild it with `lagebild train ner`")
    log.debug("loading NER model from %s", path)
    return NerTagger(model, read_lexicon(lex), FrequentWords.read(path))


# The frequent words' entries, computed in advance. A worker starts with an empty cache of
# per-word entries, and computing an entry (own features, four context lists, encoded and
# filtered) costs about 25 µs: some 2 ms per article for the first few hundred articles of a
# worker (10kGNAD: 34,000 new word forms in 516 articles). Almost two thirds of those are words
# the lexicon has seen in the unlabelled news (f >= 1, 39,177 words; the rest are names and
# numbers it never saw); their entries are stored with the model as indices into a table of
# attributes (3.2 MB, 1.1 MB compressed, read in 0.04 s) and read in about 7 µs each. The table
# names the model and lexicon it was computed from (a digest of both files): for any other model
# it is not used, and tagging computes every entry (the labels are the same either way, only
# slower).
FREQUENT = "frequent.bin"
_FREQUENT_FORMAT = "lagebild-ner-frequent/1"
_FREQUENT_MIN_F = 1  # f = log2(count + 1) in the lexicon: seen at least once


def model_digest(path: Path) -> str:
    """A digest of a model directory's CRF and lexicon: what a frequent-word table belongs to."""
    h = hashlib.blake2b(digest_size=16)
    for name in ("model.crfsuite", "lexicon.tsv"):
        h.update((path / name).read_bytes())
    return h.hexdigest()


class FrequentWords:
    """The tagger's cache entries of frequent words, read from ``frequent.bin``."""

    def __init__(self, positions: dict[str, int], attrs: list[bytes], data: array.array[int],
                 known: frozenset[str] | None) -> None:
        self._positions, self._attrs, self._data = positions, attrs, data
        #: the attribute names the model knows (:func:`_model_attributes`), or None if unsure
        self.known = known

    @classmethod
    def read(cls, path: Path) -> FrequentWords | None:
        """The table of the model directory ``path``; None where it has none, or one computed
        for another model (logged: ``python -m lagebild.entities.ner`` rebuilds it)."""
        file = path / FREQUENT
        if not file.is_file():
            return None
        raw = zlib.decompress(file.read_bytes())
        size = int.from_bytes(raw[:8], "little")
        head = json.loads(raw[8:8 + size].decode("utf-8", "surrogatepass"))
        if head.get("format") != _FREQUENT_FORMAT or head.get("model") != model_digest(path):
            log.warning("%s belongs to another NER model: not used (rebuild it with `python -m "
                        "lagebild.entities.ner %s`)", file, path)
            return None
        data = array.array(head["typecode"])
        data.frombytes(raw[8 + size:])
        if sys.byteorder != "little":
            data.byteswap()
        known = head["known"]
        return cls(dict(zip(head["words"], head["positions"], strict=True)),
                   [a.encode("utf-8") for a in head["attrs"]], data, frozenset(known) if known is not None else None)

    def entry(self, word: str) -> tuple[list[bytes], tuple[list[bytes], ...]] | None:
        """The word's entry (own features, then those of ``_CONTEXT``), or None."""
        pos = self._positions.get(word)
        if pos is None:
            return None
        data, attrs = self._data, self._attrs
        lists = []
        for _ in range(1 + len(_CONTEXT)):
            n = data[pos]
            lists.append([attrs[i] for i in data[pos + 1:pos + 1 + n]])
            pos += 1 + n
        return lists[0], tuple(lists[1:])


def frequent_words(lexicon: dict[str, tuple[str, ...]]) -> list[str]:
    """The words whose entries the table holds: those the lexicon counts often enough."""
    return sorted(w for w, feats in lexicon.items()
                  if any(f.startswith("f=") and int(f[2:]) >= _FREQUENT_MIN_F for f in feats))


def write_frequent(path: Path = MODEL_DIR) -> int:
    """Compute the frequent words' entries for the model in ``path`` and write ``frequent.bin``
    there; returns how many words it holds. Run after every training."""
    tagger = NerTagger(path / "model.crfsuite", read_lexicon(path / "lexicon.tsv"))
    words = frequent_words(tagger.lexicon)
    entries = [tagger._entry(w) for w in words]
    attrs = sorted({a for own, ctx in entries for feats in (own, *ctx) for a in feats})
    index = {a: i for i, a in enumerate(attrs)}
    data = array.array("H" if len(attrs) <= 0xFFFF else "I")
    positions = []
    for own, ctx in entries:
        positions.append(len(data))
        for feats in (own, *ctx):
            data.append(len(feats))
            data.extend(index[a] for a in feats)
    if sys.byteorder != "little":
        data.byteswap()
    head = json.dumps({"format": _FREQUENT_FORMAT, "model": model_digest(path), "typecode": data.typecode,
                       "words": words, "positions": positions, "attrs": [a.decode("utf-8") for a in attrs],
                       "known": sorted(tagger._known) if tagger._known is not None else None},
                      ensure_ascii=False).encode("utf-8", "surrogatepass")  # a name CRFsuite read as bytes
    (path / FREQUENT).write_bytes(zlib.compress(len(head).to_bytes(8, "little") + head + data.tobytes(), 9))
    _load_cached.cache_clear()
    return len(words)


def bio_spans(labels: Iterable[str]) -> list[tuple[int, int, str]]:
    """Token spans ``(first, last + 1, type)`` of a BIO sequence; a stray ``I-`` opens a span."""
    out: list[tuple[int, int, str]] = []
    start, typ = -1, ""
    for i, lab in enumerate([*labels, "O"]):
        if lab == "O" and not typ:
            continue  # outside a span and staying outside: most tokens, and nothing to do
        if lab.startswith("I-") and lab[2:] == typ:
            continue
        if typ:
            out.append((start, i, typ))
        start, typ = (i, lab[2:]) if lab[:2] in ("B-", "I-") else (-1, "")
    return out


def split_sentences(text: str, offsets: Sequence[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Group tokens into sentences: a break after . ! ? before a capital, and at every newline."""
    sents: list[list[tuple[int, int]]] = []
    cur: list[tuple[int, int]] = []
    for k, (a, b) in enumerate(offsets):
        if cur and "\n" in text[cur[-1][1] : a]:
            sents.append(cur)
            cur = []
        cur.append((a, b))
        nxt = offsets[k + 1] if k + 1 < len(offsets) else None
        if text[a:b] in _SENT_END and (nxt is None or text[nxt[0] : nxt[1]][:1].isupper()):
            sents.append(cur)
            cur = []
    if cur:
        sents.append(cur)
    return sents


def _token_offsets(doc: Document) -> list[list[tuple[int, int]]]:
    """The document's tokens grouped by sentence, as character offsets into the body."""
    tokens = [(t.start, t.end) for t in doc.tokens]
    if not tokens:
        tokens = [m.span() for m in _TOKEN_RE.finditer(doc.body)]
    if not doc.sentences:
        return split_sentences(doc.body, tokens)
    sentences = [(s.start, s.end) for s in doc.sentences]
    groups: list[list[tuple[int, int]]] = [[] for _ in sentences]
    si = 0
    for tok in tokens:
        while si < len(sentences) - 1 and tok[0] >= sentences[si][1]:
            si += 1
        groups[si].append(tok)
    return [g for g in groups if g]


def find_mentions(doc: Document, tagger: NerTagger | None = None) -> list[Mention]:
    """Proper-name mentions of the document, with character offsets into ``doc.body``.

    Runs sentence by sentence over ``doc.tokens`` and ``doc.sentences`` (where the document has
    none: a regex tokenisation and :func:`split_sentences`), then makes the labels of repeated
    names agree (:func:`_propagate`); every mention has ``entity=None`` and ``kind="name"``. Raises
    :class:`~lagebild.errors.ModelError` when no tagger is given and the bundled model is missing.
    """
    from lagebild.entities.spans import trim_names  # spans reads this module's bio_spans

    tagger = tagger or NerTagger.load()
    sentences = _token_offsets(doc)
    tagged: list[tuple[list[str], list[str]]] = []
    for sent in sentences:
        words = [doc.body[a:b] for a, b in sent]
        tagged.append((words, trim_names(words, tagger.tag_tokens(words))))
    _propagate(tagged)
    mentions: list[Mention] = []
    for sent, (_, labels) in zip(sentences, tagged, strict=True):
        for first, stop, typ in bio_spans(labels):
            label: EntityType = typ  # type: ignore[assignment]
            mentions.append(Mention(sent[first][0], sent[stop - 1][1], label))
    return mentions


def _propagate(tagged: list[tuple[list[str], list[str]]]) -> None:
    """One name, one label within a document: tag the untagged repetitions of found names.

    A news article names a person in full once ("Olaf Scholz") and then by surname ("Scholz"),
    and repeats organisations and places; the tagger, seeing one sentence at a time, misses
    some repetitions. Every untagged capitalised word sequence that equals a name found
    elsewhere in the document (or, for persons, its last word) gets that name's label: the most
    frequent one where a name was tagged differently. A single word also matches in the
    genitive ("Putins" after "Putin").
    """
    votes: dict[tuple[str, ...], dict[str, int]] = {}
    for words, labels in tagged:
        for first, stop, typ in bio_spans(labels):
            name = tuple(words[first:stop])
            if not all(w[:1].isupper() for w in name if w.isalpha()):
                continue
            votes.setdefault(name, {}).setdefault(typ, 0)
            votes[name][typ] += 1
            if typ == "PER" and stop - first > 1 and len(words[stop - 1]) > 2:
                votes.setdefault((words[stop - 1],), {}).setdefault("PER", 0)
    if not votes:
        return
    known = {name: max(v, key=lambda t: v[t]) for name, v in votes.items()}
    longest = max(len(name) for name in known)
    # Every match begins with a name's first word or, alone, is a known word's genitive.
    firsts = {name[0] for name in known}
    for words, labels in tagged:
        i = 0
        while i < len(words):
            word = words[i]
            if labels[i] != "O" or not word[:1].isupper() or (
                word not in firsts and not (word.endswith("s") and (word[:-1],) in known)
            ):
                i += 1
                continue
            for n in range(min(longest, len(words) - i), 0, -1):
                name = tuple(words[i : i + n])
                found = known.get(name)
                if found is None and n == 1 and name[0].endswith("s"):
                    found = known.get((name[0][:-1],))  # the genitive: "Putins", "Trumps"
                if found and all(lab == "O" for lab in labels[i : i + n]):
                    # Do not cut the front off a longer name that goes on after it.
                    if i + n < len(labels) and labels[i + n].startswith("I-"):
                        continue
                    labels[i : i + n] = ["B-" + found] + ["I-" + found] * (n - 1)
                    i += n - 1
                    break
            i += 1


def main(argv: list[str] | None = None) -> int:
    """``python -m lagebild.entities.ner [MODEL_DIR]``: write the frequent-word table."""
    argv = sys.argv[1:] if argv is None else argv
    path = Path(argv[0]) if argv else MODEL_DIR
    print(f"wrote {path / FREQUENT}: {write_frequent(path)} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
