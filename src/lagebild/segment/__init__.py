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


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of ``text`` as offsets (shifted by ``offset``)."""
    return [Token(offset + t.idx, offset + t.idx + len(t.text)) for t in _tokenizer()(text) if not t.is_space]


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
    para = 0
    start: int | None = None
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        while para < len(para_breaks) and para_breaks[para] < tok.start:
            if start is not None:
                out.append(Sentence(start, tokens[i - 1].end, para))
                start = None
            para += 1
        if start is None:
            start = tok.start
        word = text[tok.start:tok.end]
        nxt = text[tokens[i + 1].start:tokens[i + 1].end] if i + 1 < n else None
        # A closing quote after the period belongs to the sentence it closes.
        if _ends_sentence(word, nxt if nxt is None or nxt not in _CLOSERS else
                          (text[tokens[i + 2].start:tokens[i + 2].end] if i + 2 < n else None)):
            end = tok.end
            while i + 1 < n and text[tokens[i + 1].start:tokens[i + 1].end] in _CLOSERS \
                    and tokens[i + 1].start == end:
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
