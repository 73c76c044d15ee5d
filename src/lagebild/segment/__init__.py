"""Sentences and tokens: spaCy's German tokenizer, and sentence boundaries decided on its tokens.

spaCy's blank German pipeline tokenises without any downloaded model; it keeps ordinals
("12."), abbreviations ("Mrd.") and dates ("1.1.2020") as one token, which is exactly what a
sentence splitter for German news needs. A boundary falls after ".", "!", "?" or "…" (with the
closing quotation marks and brackets that follow), after a date or year that ends the sentence,
and always between paragraphs (a blank line in the body).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

from lagebild.model import Document, Sentence, Token, replace

_END = {".", "!", "?", "…", "?!", "!?", "..."}
_CLOSERS = set("\"'“”‘’»«›‹)]")
_FINAL_MARKS = frozenset(".!?…")
# A token like "1.1.2020." or "2001." (a year) that carries the sentence's period with it.
_DATE_END = re.compile(r"^(\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4})\.$")


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    import spacy
    from spacy.attrs import IS_SPACE

    tokenizer: Any = spacy.blank("de").tokenizer  # Any: spaCy's stubs lack lex_attr_getters
    # Every word the tokenizer meets for the first time becomes a lexeme, and spaCy computes
    # some twenty attributes for it (norm, shape, like_url, is_stop …): that was most of this
    # stage's time on fresh text. Tokenising needs none of them, and we read only is_space.
    getters = tokenizer.vocab.lex_attr_getters
    tokenizer.vocab.lex_attr_getters = {IS_SPACE: getters[IS_SPACE]}
    return tokenizer


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Abbreviations after which no sentence ends (data: resources/segment/)."""
    text = resources.files("lagebild.resources.segment").joinpath("de_abbreviations.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


# Tokenising with a cache of chunks. spaCy splits text at whitespace and tokenises each run of
# other characters (a "chunk": "(dpa)", "Mrd.", "Nato-Gipfel,") on its own; most chunks of a
# news article were seen before, and their tokens, as offsets into the chunk, come from this
# cache without building a spaCy Doc (that and reading its tokens back were most of this
# stage's time). One exception makes spaCy's result depend on the text around a chunk: after
# splitting, it merges a special case such as "z." that the splitting did not reach ("(dpa)z."
# gives "(", "dpa", ")", "z.") unless a longer match of another special's pieces across the
# space overlaps it ("(dpa)z. B." keeps "z", "."). A chunk where that merge can have happened
# (:func:`_context_sensitive`) is not cached, and a text with one is tokenised by spaCy whole,
# so the tokens are always spaCy's own. The cache holds strings and offsets of a pure function
# and is emptied at its limit, which keeps a long-lived worker's memory bounded.
_CHUNK = re.compile(r"\S+")  # \S: what str.isspace() does not match, spaCy's own separator test
_CHUNK_CACHE_LIMIT = 200_000
_chunk_tokens: dict[str, tuple[tuple[int, int], ...] | None] = {}  # None: context-sensitive


@lru_cache(maxsize=1)
def _bare() -> Any:
    """spaCy's German tokenizer without special cases: affix splitting alone."""
    from spacy.tokenizer import Tokenizer

    tok = _tokenizer()
    return Tokenizer(tok.vocab, rules={}, prefix_search=tok.prefix_search, suffix_search=tok.suffix_search,
                     infix_finditer=tok.infix_finditer, token_match=tok.token_match, url_match=tok.url_match)


@lru_cache(maxsize=1)
def _merged_specials() -> tuple[frozenset[str], frozenset[tuple[str, ...]], frozenset[str]]:
    """The token texts of special cases whose tokens differ from what affix splitting alone gives
    ("z." from "z" + "."): one-token ones, the sequences of the longer ones ("auf", "'m"), and
    the first tokens of those sequences."""
    from spacy.attrs import ORTH

    bare = _bare()
    merged = [tuple(d[ORTH] for d in subs) for key, subs in _tokenizer().rules.items()
              if [t.text for t in bare(key)] != [d[ORTH] for d in subs]]
    longer = frozenset(m for m in merged if len(m) > 1)
    return frozenset(m[0] for m in merged if len(m) == 1), longer, frozenset(m[0] for m in longer)


@lru_cache(maxsize=1)
def _merge_patterns() -> frozenset[tuple[str, ...]]:
    """What affix splitting alone makes of each special case whose tokens differ from that
    ("z", "."): spaCy looks for these sequences after splitting and merges them."""
    from spacy.attrs import ORTH

    bare = _bare()
    out = set()
    for key, subs in _tokenizer().rules.items():
        pieces = tuple(t.text for t in bare(key))
        if list(pieces) != [d[ORTH] for d in subs]:
            out.add(pieces)
    return frozenset(out)


def _split(chunk: str, tok: Any) -> list[str] | None:
    """spaCy's affix splitting of a chunk (``Tokenizer._split_affixes`` and ``_attach_tokens``)
    where no special case takes part; None where one does (spaCy then tokenises the chunk).

    Prefixes come off the front and suffixes off the end until neither rule applies; what is
    left is split at its infixes. The rules are spaCy's own regular expressions.
    """
    rules, prefix_search, suffix_search = tok.rules, tok.prefix_search, tok.suffix_search
    if tok.token_match is not None:
        return None
    prefixes: list[str] = []
    suffixes: list[str] = []
    string, last = chunk, 0
    while string and len(string) != last:
        if string in rules:
            return None
        last = len(string)
        m = prefix_search(string)
        pre_len = m.end() - m.start() if m is not None else 0
        if pre_len and string[pre_len:] in rules:
            return None
        m = suffix_search(string[pre_len:])
        suf_len = m.end() - m.start() if m is not None else 0
        if suf_len and string[:-suf_len] in rules:
            return None
        if pre_len and suf_len and pre_len + suf_len <= len(string):
            prefixes.append(string[:pre_len])
            suffixes.append(string[-suf_len:])
            string = string[pre_len:-suf_len]
        elif pre_len:
            prefixes.append(string[:pre_len])
            string = string[pre_len:]
        elif suf_len:
            suffixes.append(string[-suf_len:])
            string = string[:-suf_len]
    out = prefixes
    if string:
        if string in rules:
            return None
        if tok.url_match is not None and tok.url_match(string):
            out.append(string)
        else:
            start = 0
            for m in tok.infix_finditer(string):
                if m.start() == 0:  # spaCy skips an infix at the very start
                    continue
                if m.start() != start:
                    out.append(string[start:m.start()])
                if m.start() != m.end():
                    out.append(string[m.start():m.end()])
                start = m.end()
            if string[start:]:
                out.append(string[start:])
    out.extend(reversed(suffixes))
    return out


def _merges(pieces: list[str]) -> bool:
    """Whether spaCy would merge some of these split pieces into a special case ("z", "." in
    "(dpa)z."): the chunk is then context-sensitive."""
    patterns = _merge_patterns()
    n = len(pieces)
    return any(tuple(pieces[i:j]) in patterns for i in range(n) for j in range(i + 1, n + 1))


def _context_sensitive(texts: list[str]) -> bool:
    """Whether a chunk's tokens ``texts`` hold a special case inside them (not the whole chunk),
    which spaCy may have merged after splitting, depending on the neighbouring chunks."""
    if len(texts) < 2:
        return False
    single, longer, heads = _merged_specials()
    if any(t in single for t in texts):
        return True
    if not any(t in heads for t in texts):
        return False
    for seq in longer:
        n = len(seq)
        if n < len(texts) and any(tuple(texts[i:i + n]) == seq for i in range(len(texts) - n + 1)):
            return True
    return False


def _tokenize_chunks(chunks: list[str]) -> None:
    """Tokenise chunks not seen before with spaCy, in one call, into the chunk cache."""
    from spacy.attrs import IDX, LENGTH

    if len(_chunk_tokens) + len(chunks) > _CHUNK_CACHE_LIMIT:
        _chunk_tokens.clear()
    # Most new chunks are words, perhaps with a mark before or after ("Bundeskanzler", "sagte,",
    # "„Wir"): their pieces come from spaCy's own prefix, suffix and infix rules, applied as its
    # tokenizer applies them, at a fraction of the cost of building a Doc. Chunks where a
    # special case takes part go to spaCy itself.
    tok = _tokenizer()
    rest = []
    for chunk in chunks:
        pieces = _split(chunk, tok)
        if pieces is None:
            rest.append(chunk)
        elif _merges(pieces):
            _chunk_tokens[chunk] = None
        else:
            toks, at = [], 0
            for piece in pieces:
                toks.append((at, at + len(piece)))
                at += len(piece)
            _chunk_tokens[chunk] = tuple(toks)
    if not rest:
        return
    chunks = rest
    # One line per chunk: a newline is a token of its own for spaCy, so no special case can
    # match across two chunks, and each chunk is tokenised as it is on its own.
    text = "\n".join(chunks)
    ends, pos = [], 0
    for chunk in chunks:
        ends.append(pos + len(chunk))
        pos += len(chunk) + 1
    found: list[list[tuple[int, int]]] = [[] for _ in chunks]
    k, begin = 0, 0
    for start, length in tok(text).to_array([IDX, LENGTH]).tolist():
        while start >= ends[k]:  # past this chunk: the next one begins after the newline
            k += 1
            begin = ends[k - 1] + 1
        if start >= begin:  # not the newline between two chunks
            found[k].append((start - begin, start - begin + length))
    for chunk, toks in zip(chunks, found, strict=True):
        sensitive = _context_sensitive([chunk[a:b] for a, b in toks])
        _chunk_tokens[chunk] = None if sensitive else tuple(toks)


def _spacy_tokens(text: str, offset: int) -> list[Token]:
    from spacy.attrs import IDX, IS_SPACE, LENGTH

    return [Token(offset + a, offset + a + n)
            for a, n, space in _tokenizer()(text).to_array([IDX, LENGTH, IS_SPACE]).tolist() if not space]


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of ``text`` as offsets (shifted by ``offset``): spaCy's German tokenizer's tokens
    without whitespace."""
    cache = _chunk_tokens
    novel = [c for c in dict.fromkeys(_CHUNK.findall(text)) if c not in cache]
    if novel:
        _tokenize_chunks(novel)
    out: list[Token] = []
    append = out.append
    for m in _CHUNK.finditer(text):
        toks = cache.get(m.group())
        if toks is None:  # context-sensitive (or the cache was emptied just now): spaCy on the whole text
            return _spacy_tokens(text, offset)
        at = m.start() + offset
        for a, b in toks:
            append(Token(at + a, at + b))
    return out


def _ends_sentence(tok: str, nxt: str | None) -> bool:
    if tok in _END:
        return True
    if nxt is None or not nxt[:1].isupper():
        return False
    if tok.endswith((".", "!", "?")) and len(tok) > 1:
        if tok in abbreviations():
            return False
        if _DATE_END.match(tok):
            return True
        # "12. Februar", "der 2. Weltkrieg": a short number with a period is an ordinal.
        return not tok[:-1].isdigit()
    return False


def split_sentences(text: str, tokens: list[Token]) -> list[Sentence]:
    """Sentence spans over ``tokens`` of ``text``; paragraphs (blank lines) always split."""
    out: list[Sentence] = []
    para_breaks = [m.start() for m in re.finditer(r"\n\s*\n", text)]
    n_breaks = len(para_breaks)
    words = [text[t.start:t.end] for t in tokens]
    para = 0
    start: int | None = None
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        while para < n_breaks and para_breaks[para] < tok.start:
            if start is not None:
                out.append(Sentence(start, tokens[i - 1].end, para))
                start = None
            para += 1
        if start is None:
            start = tok.start
        word = words[i]
        # Only a token ending in one of these can end a sentence (every member of _END does):
        # the test below is skipped for the other nine tokens in ten.
        if word[-1] not in _FINAL_MARKS:
            i += 1
            continue
        nxt = words[i + 1] if i + 1 < n else None
        # A closing quote after the period belongs to the sentence it closes.
        if nxt is not None and nxt in _CLOSERS:
            nxt = words[i + 2] if i + 2 < n else None
        if _ends_sentence(word, nxt):
            end = tok.end
            while i + 1 < n and words[i + 1] in _CLOSERS and tokens[i + 1].start == end:
                i += 1
                end = tokens[i].end
            out.append(Sentence(start, end, para))
            start = None
        i += 1
    if start is not None and tokens:
        out.append(Sentence(start, tokens[-1].end, para))
    return out


def segment(doc: Document) -> Document:
    """Stage: add tokens and sentences to the document."""
    tokens = tokenize(doc.body)
    return replace(doc, tokens=tuple(tokens), sentences=tuple(split_sentences(doc.body, tokens)))
