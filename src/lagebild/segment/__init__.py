"""Sentences and tokens: spaCy's German tokenizer, and sentence boundaries decided on its tokens.

spaCy's blank German pipeline tokenises without any downloaded model; it keeps ordinals
("12."), abbreviations ("Mrd.") and dates ("1.1.2020") as one token, which is exactly what a
sentence splitter for German news needs. A boundary falls after ".", "!", "?" or "…" (with the
closing quotation marks and brackets that follow), after a date or year that ends the sentence,
and always between paragraphs (a blank line in the body).

An agency's dateline at the start of a paragraph ("BAKU (Reuters) - Aserbaidschan hat …",
"Eriwan – Tausende Menschen …") is a sentence of its own, so that the first sentence of the
story, which becomes the evidence of its quotations, events and claims, starts with the story
("Aserbaidschan hat …"). The body itself is never changed: every offset still points into it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

from lagebild.model import Document, Sentence, Token, replace
from lagebild.segment.rules import TokenizerRules
from lagebild.segment.rules import load as load_rules

_END = {".", "!", "?", "…", "?!", "!?", "..."}
_CLOSERS = set("\"'“”‘’»«›‹)]")
#: Marks after which a sentence goes on, whatever ended the quotation before them.
_CONTINUERS = frozenset(",;")
_FINAL_MARKS = frozenset(".!?…")
# A token like "1.1.2020." or "2001." (a year) that carries the sentence's period with it.
_DATE_END = re.compile(r"^(\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4})\.$")


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    """spaCy's German tokenizer itself: the reference that :func:`tokenize` equals (tests) and
    the source of its rules' snapshot (:mod:`lagebild.segment.rules`). Not used in a run."""
    import spacy

    return spacy.blank("de").tokenizer


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Abbreviations after which no sentence ends (data: resources/segment/)."""
    text = resources.files("lagebild.resources.segment").joinpath("de_abbreviations.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


# Tokenising as spaCy does, from a snapshot of its rules (lagebild.segment.rules), without
# importing spaCy (about 0.95 s of CPU at the start of a run). spaCy splits text at whitespace
# and tokenises each run of other characters (a "chunk": "(dpa)", "Mrd.", "Nato-Gipfel,") on its
# own: a special case for the whole chunk, else prefixes and suffixes come off (stopping at a
# special case) and the rest is split at its infixes. Most chunks of a news article were seen
# before: their tokens, as offsets into the chunk, come from a cache. Then one step looks at the
# whole text: spaCy's matcher finds, in the split tokens, the pieces of special cases that the
# splitting did not reach ("(dpa)z." gives "(", "dpa", ")", "z", "." and "z", "." is "z.") and
# merges them, longest match first, unless a longer match of another special's pieces across the
# space overlaps it ("(dpa)z. B." keeps "z", "."). A chunk whose tokens can take part in such a
# match is marked in the cache, and only a text with one goes through that step. The cache holds
# strings and offsets of a pure function and is emptied at its limit, which keeps a long-lived
# worker's memory bounded.
_CHUNK = re.compile(r"\S+")  # \S: what str.isspace() does not match, spaCy's own separator test
_CHUNK_CACHE_LIMIT = 200_000
# chunk -> (its tokens as offsets into it, the tokens where a special case's pieces may begin)
_chunk_tokens: dict[str, tuple[tuple[tuple[int, int], ...], tuple[int, ...]]] = {}


def _split(chunk: str, rules: TokenizerRules) -> list[str]:
    """The tokens of one chunk, as spaCy's ``Tokenizer._tokenize`` (``_split_affixes`` and
    ``_attach_tokens``) makes them: prefixes off the front and suffixes off the end until neither
    rule applies or a special case is left, then the special case's tokens, or the rest split at
    its infixes. German has no ``token_match``."""
    specials, prefix_search, suffix_search = rules.specials, rules.prefix_search, rules.suffix_search
    suffix_may, infix_may = rules.suffix_may, rules.infix_may
    prefixes: list[str] = []
    suffixes: list[str] = []
    string, last = chunk, 0
    while string and len(string) != last:
        if string in specials:
            break
        last = len(string)
        m = prefix_search(string)
        pre_len = m.end() - m.start() if m is not None else 0
        if pre_len:
            minus_pre = string[pre_len:]
            if minus_pre and minus_pre in specials:
                prefixes.append(string[:pre_len])
                string = minus_pre
                break
        rest = string[pre_len:]
        # suffix_may: a quick test that tells most words from those a suffix can match
        m = suffix_search(rest) if rest and (suffix_may is None or suffix_may(rest)) else None
        suf_len = m.end() - m.start() if m is not None else 0
        if suf_len:
            minus_suf = string[:-suf_len]
            if minus_suf and minus_suf in specials:
                suffixes.append(string[-suf_len:])
                string = minus_suf
                break
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
        special = specials.get(string)
        if special is not None:
            out.extend(special)
        elif rules.url_match is not None and rules.url_match(string):
            out.append(string)
        else:
            start = 0
            for m in rules.infix_finditer(string) if infix_may is None or infix_may(string) else ():
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


def _match_starts(pieces: list[str], heads: dict[str, tuple[tuple[str, ...], ...]]) -> tuple[int, ...]:
    """The chunk's tokens where a special case's pieces match, or begin and reach the chunk's
    end (they may go on in the next chunk): the only places where spaCy's matcher can find one."""
    if not any(map(heads.__contains__, pieces)):
        return ()  # most chunks: no piece begins a special case's pieces
    n = len(pieces)
    return tuple(i for i, piece in enumerate(pieces)
                 if any(tuple(pieces[i:i + len(pat)]) == pat[:n - i] for pat in heads.get(piece, ())))


def _chunk_entry(chunk: str, rules: TokenizerRules) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...]]:
    pieces = _split(chunk, rules)
    toks, at = [], 0
    for piece in pieces:
        toks.append((at, at + len(piece)))
        at += len(piece)
    return tuple(toks), _match_starts(pieces, rules.heads)


def _merge_specials(text: str, tokens: list[Token], offset: int, starts: list[int],
                    rules: TokenizerRules) -> list[Token]:
    """spaCy's ``Tokenizer._apply_special_cases`` on the split ``tokens`` of ``text`` (their
    offsets shifted by ``offset``), where matches can begin only at the tokens ``starts``.

    Its matcher finds every sequence of tokens that equals a special case's pieces; tokens with
    whitespace other than one space between them are not adjacent (the whitespace is a token of
    its own there). Matches are taken longest first, then leftmost, skipping one whose first or
    last token an earlier one took; a match whose text is a special case becomes that special
    case's tokens ("z", "." -> "z."), the others stay as they are.
    """
    n = len(tokens)
    matches = []
    for i in starts:
        tok = tokens[i]
        for pat in rules.heads[text[tok.start - offset:tok.end - offset]]:
            end = i + len(pat)
            if end > n:
                continue
            for k in range(i + 1, end):
                b, c, d = tokens[k - 1].end - offset, tokens[k].start - offset, tokens[k].end - offset
                if (b != c and text[b:c] != " ") or text[c:d] != pat[k - i]:
                    break
            else:
                matches.append((i, end))
    if not matches:
        return tokens
    matches.sort(key=lambda m: (m[0] - m[1], m[0]))
    seen: set[int] = set()
    kept = []
    for i, end in matches:
        if i not in seen and end - 1 not in seen:
            kept.append((i, end))
        seen.update(range(i, end))
    out: list[Token] = []
    k = 0
    for i, end in sorted(kept):
        out.extend(tokens[k:i])
        start = tokens[i].start
        special = rules.specials.get(text[start - offset:tokens[end - 1].end - offset])
        if special is None:
            out.extend(tokens[i:end])
        else:
            for piece in special:
                out.append(Token(start, start + len(piece)))
                start += len(piece)
        k = end
    out.extend(tokens[k:])
    return out


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of ``text`` as offsets (shifted by ``offset``): spaCy's German tokenizer's tokens
    without whitespace."""
    rules = load_rules()
    cache = _chunk_tokens
    out: list[Token] = []
    append = out.append
    starts: list[int] = []
    for m in _CHUNK.finditer(text):
        entry = cache.get(m.group())
        if entry is None:
            if len(cache) >= _CHUNK_CACHE_LIMIT:
                cache.clear()
            entry = cache[m.group()] = _chunk_entry(m.group(), rules)
        toks, match_starts = entry
        if match_starts:
            starts.extend(len(out) + i for i in match_starts)
        at = m.start() + offset
        for a, b in toks:
            append(Token(at + a, at + b))
    return _merge_specials(text, out, offset, starts, rules) if starts else out


# English months and their abbreviations: a day number after them ends a sentence with its period.
_EN_MONTHS = frozenset({"January", "February", "March", "April", "May", "June", "July", "August", "September",
                        "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
                        "Sept", "Oct", "Nov", "Dec"})


def _ends_sentence(tok: str, nxt: str | None) -> bool:
    if nxt is not None and (nxt in _CONTINUERS or (nxt[:1].islower() and tok[-1] in "!?")):
        # the sentence goes on after a quoted exclamation or question: „Wladimir, STOP!“,
        # schrieb Trump; „Warum?“ fragte er
        return False
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
        if word == "." and i > 0 and tokens[i - 1].end == tok.start and words[i - 1] + "." in abbreviations() \
                and nxt is not None and (nxt[:1].isdigit() or words[i - 1][:1].isupper() and len(words[i - 1]) <= 4):
            # "on Oct. 10", "Gen. Milley": an abbreviation the tokenizer split from its period
            i += 1
            continue
        if len(word) == 2 and word[0].isupper() and word[0].isalpha() and word[1] == "." and i > 0 and \
                words[i - 1][:1].isupper() and words[i - 1].isalpha() and nxt is not None and nxt[:1].isupper() and \
                (i < 2 or not words[i - 2].islower()):
            # "George W. Bush", "Investor Larry A. Silverstein": a middle initial between two names
            # (but "in der Gruppe B. Die …": a letter after a word in lower case ends the sentence)
            i += 1
            continue
        english_day = word[:-1].isdigit() and word.endswith(".") and i > 0 and nxt is not None and \
            nxt[:1].isupper() and (words[i - 1].rstrip(".") in _EN_MONTHS or
                                   (words[i - 1] == "." and i > 1 and words[i - 2] in _EN_MONTHS))
        if english_day or _ends_sentence(word, nxt):
            # ("on Oct. 10. Serbia then …": an English day after its month is no ordinal)
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


#: A dateline at the start of a paragraph: one to four capitalised place names (joined by "/" or
#: spaces), perhaps a date after a comma ("YEREVAN, March 8", "MOSKAU, 5. März"), the wire in
#: brackets ("(Reuters)", "(dpa/AFP)"), then a dash and the story, which opens with a capital
#: or a quotation mark: "BAKU (Reuters) - Aserbaidschan", "Brüssel/Eriwan (AFP) - Die EU",
#: "YEREVAN, March 8 (Reuters) - A ceasefire".
_DATELINE = re.compile(
    r"(?:[A-ZÄÖÜ][\w.'-]*(?:[ /-][A-ZÄÖÜ][\w.'-]*){0,3})"
    r"(?:,\s*(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\.\s*[A-ZÄÖÜ][a-zäöü]+)(?:,\s*\d{4})?)?"
    r"(?:\s*\((?P<wire>[A-Za-z][A-Za-z/ -]{0,20})\))?"
    r"\s*[-–—]\s+(?=[A-ZÄÖÜ„“\"»«])")

#: Without a wire in brackets ("Eriwan – Tausende Menschen …", the Austrian style) a dateline is
#: one place that the ingest lexicon lists as a dateline place (or one in capitals: "WIEN –"), and
#: only in the body's first paragraphs: a paragraph further down that opens "Fazit – Die …" or
#: "Trump – Der …" is the story's own words.
_BARE_DATELINE_PARAGRAPHS = 3


def split_datelines(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """``sentences`` with the dateline at the start of a paragraph's first sentence as a
    sentence of its own ("BAKU (Reuters) -", then "Aserbaidschan hat …")."""
    from lagebild.ingest.lexicon import lexicon

    # the wire services and dateline places the ingest stage knows ("reuters", "dpa"; "Wien")
    agencies, places = lexicon().agencies, lexicon().places
    out: list[Sentence] = []
    last_para = -1
    for s in sentences:
        first, last_para = s.paragraph != last_para, s.paragraph
        m = _DATELINE.match(text, s.start, s.end) if first else None
        if m is not None and m.group("wire") is not None:
            if not all(w.strip().casefold() in agencies for w in m.group("wire").split("/")):
                m = None  # "Der Kreml (Moskau) – Putin …": no wire in the brackets
        elif m is not None:
            place = text[s.start:m.end()].split()
            if s.paragraph >= _BARE_DATELINE_PARAGRAPHS or len(place) > 2 or not (
                    place[0] in places or place[0].isupper()):
                m = None  # "Trump – Der Präsident …": a dateline without a wire names a known place
        if m is None or m.end() >= s.end:
            out.append(s)
            continue
        out.append(Sentence(s.start, m.start() + len(m.group(0).rstrip()), s.paragraph))  # with its dash
        out.append(Sentence(m.end(), s.end, s.paragraph))
    return out


def segment(doc: Document) -> Document:
    """Stage: add tokens and sentences to the document."""
    tokens = tokenize(doc.body)
    sentences = split_datelines(doc.body, split_sentences(doc.body, tokens))
    return replace(doc, tokens=tuple(tokens), sentences=tuple(sentences))
