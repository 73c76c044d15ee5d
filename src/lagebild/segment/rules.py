"""spaCy's German tokenizer rules as data: a snapshot read without importing spaCy.

Importing spaCy and building its blank German pipeline cost about 0.95 s of CPU, serial, at the
start of every run, for three regular expressions and a table of special cases. The snapshot
(``resources/segment/de_tokenizer.json``) holds exactly those: the prefix, suffix and infix
patterns, the URL pattern, every special case with its tokens, and the patterns spaCy's
special-case matcher looks for after splitting. :mod:`lagebild.segment` applies them as spaCy's
tokenizer does, so the tokens stay spaCy's own (``tests/segment`` compares them with spaCy's on
random text and on whole articles, and checks that the snapshot is that of the installed spaCy).

Rebuild it after upgrading spaCy: ``python -m lagebild.segment.rules``.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

SNAPSHOT = "de_tokenizer.json"
FORMAT = "lagebild-tokenizer/1"


@dataclass(frozen=True)
class TokenizerRules:
    """What spaCy's tokenizer applies to a text, as compiled patterns and tables."""

    prefix_search: Callable[[str], re.Match[str] | None]
    suffix_search: Callable[[str], re.Match[str] | None]
    infix_finditer: Callable[[str], Any]
    url_match: Callable[[str], re.Match[str] | None] | None
    #: special case -> its tokens ("z.B." -> "z.B."; "geht's" -> "geht", "'s")
    specials: dict[str, tuple[str, ...]]
    #: whether a suffix can match a word (False: suffix_search finds none), or None (no test)
    suffix_may: Callable[[str], bool] | None
    #: whether an infix can match a word (False: infix_finditer finds none), or None (no test)
    infix_may: Callable[[str], bool] | None
    #: the matcher's patterns by their first token: what affix splitting alone makes of a
    #: special case ("z", "."), which spaCy finds in the split text and merges back
    heads: dict[str, tuple[tuple[str, ...], ...]]


def snapshot(tokenizer: Any) -> dict[str, Any]:
    """The snapshot of a spaCy tokenizer (``spacy.blank("de").tokenizer``) as JSON data."""
    import spacy
    from spacy.attrs import ORTH
    from spacy.tokenizer import Tokenizer

    if tokenizer.token_match is not None:
        # German has none; a language with one needs its test in the tokenizer's splitting loop
        raise ValueError("a tokenizer with token_match is not supported")

    def pattern(fn: Any) -> dict[str, Any] | None:
        if fn is None:
            return None
        compiled = fn.__self__
        return {"pattern": compiled.pattern, "flags": int(compiled.flags)}

    bare = Tokenizer(tokenizer.vocab, rules={}, prefix_search=tokenizer.prefix_search,
                     suffix_search=tokenizer.suffix_search, infix_finditer=tokenizer.infix_finditer,
                     token_match=tokenizer.token_match, url_match=tokenizer.url_match)
    specials = {key: [d[ORTH] for d in subs] for key, subs in sorted(tokenizer.rules.items())}
    # spaCy's Tokenizer.add_special_case: with faster_heuristics, only a special case that its
    # affix rules would split (or that holds a space) goes into the matcher; the pattern is the
    # special case tokenised without special cases.
    matcher = [[key, [t.text for t in bare(key)]] for key in specials
               if not tokenizer.faster_heuristics or tokenizer.find_prefix(key) or tokenizer.find_infix(key)
               or tokenizer.find_suffix(key) or " " in key]
    return {"format": FORMAT, "spacy": spacy.__version__, "language": "de",
            "prefix": pattern(tokenizer.prefix_search), "suffix": pattern(tokenizer.suffix_search),
            "infix": pattern(tokenizer.infix_finditer), "url": pattern(tokenizer.url_match),
            "suffix_shortcut": _shortcut(tokenizer.suffix_search.__self__, suffix=True),
            "infix_shortcut": _shortcut(tokenizer.infix_finditer.__self__, suffix=False),
            "specials": specials, "matcher": matcher}


# Two shortcuts, derived from the patterns when the snapshot is built. Most words are letters
# only, and spaCy's suffix and infix patterns, long alternations tried at every position, take
# some 6 µs each on a ten-letter word to find nothing. A suffix match ends at the end of the word
# and an infix match takes at least one character, so each alternative of a pattern needs the
# word's last character (suffix) or one of its characters (infix) to be one it can end or begin
# with; an alternative that begins with a lookbehind of one character class ("(?<=[0-9])km$")
# also needs one of that class somewhere in the word. Where no alternative has what it needs,
# there is no match, and the pattern is not tried. The character classes come from the parsed
# patterns (re's own parser); where a pattern has a form the analysis does not follow, there is
# no shortcut (None), never a wrong one.
_Ranges = list[tuple[int, int]]


def _shortcut(pattern: re.Pattern[str], *, suffix: bool) -> list[list[str | None]] | None:
    """``[edge class, required class or None]`` per group of alternatives of ``pattern``: the
    characters a non-empty match can end with (``suffix``; every match must end at the end of the
    string) or begin with (every match must take a character), and a character that must occur
    before it; None where that cannot be told from the pattern's form."""
    import importlib

    c: Any = importlib.import_module("re._constants")  # re's own parser: the patterns as re reads them
    sre: Any = importlib.import_module("re._parser")

    if pattern.flags & (re.IGNORECASE | re.MULTILINE | re.VERBOSE):
        return None

    def seq(items: list[Any]) -> tuple[_Ranges | None, bool]:
        """(the characters a match of the sequence can take first (or last), whether it can be empty)"""
        out: _Ranges = []
        for op, av in (reversed(items) if suffix else items):
            chars, empty = item(op, av)
            if chars is None:
                return None, False
            out += chars
            if not empty:
                return out, False
        return out, True

    def char_class(op: Any, av: Any) -> _Ranges | None:
        if op is c.LITERAL:
            return [(av, av)]
        if op is not c.IN:
            return None
        ranges: _Ranges = []
        for kind, value in av:
            if kind is c.LITERAL:
                ranges.append((value, value))
            elif kind is c.RANGE:
                ranges.append(value)
            else:  # a negation or a category (\w, \d): not followed
                return None
        return ranges

    def item(op: Any, av: Any) -> tuple[_Ranges | None, bool]:
        if op in (c.LITERAL, c.IN):
            return char_class(op, av), False
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return [], True  # zero width
        if op is c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            return (None, False) if add_flags or del_flags else seq(list(sub))
        if op is c.BRANCH:
            ranges: _Ranges = []
            empty = False
            for sub in av[1]:
                chars, sub_empty = seq(list(sub))
                if chars is None:
                    return None, False
                ranges += chars
                empty = empty or sub_empty
            return ranges, empty
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            lo, _hi, sub = av
            chars, empty = seq(list(sub))
            return chars, empty or lo == 0
        return None, False  # ANY, back-references, atomic groups …: not followed

    def ends_at_end(items: list[Any]) -> bool:
        if not items:
            return False
        op, av = items[-1]
        if op is c.AT:
            return av is c.AT_END
        if op is c.SUBPATTERN:
            return not av[1] and not av[2] and ends_at_end(list(av[3]))
        if op is c.BRANCH:
            return all(ends_at_end(list(sub)) for sub in av[1])
        return False

    def guard(items: list[Any]) -> str | None:
        """The class of a leading one-character lookbehind: a character the string must hold."""
        if items and items[0][0] is c.ASSERT and items[0][1][0] == -1 and len(items[0][1][1]) == 1:
            (op, av), = list(items[0][1][1])
            ranges = char_class(op, av)
            return _char_class(sorted(set(ranges))) if ranges is not None else None
        return None

    parsed = list(sre.parse(pattern.pattern, pattern.flags))
    alternatives = [list(sub) for sub in parsed[0][1][1]] if len(parsed) == 1 and parsed[0][0] is c.BRANCH \
        else [parsed]
    groups: dict[str | None, _Ranges] = {}
    for alt in alternatives:
        chars, empty = seq(alt)
        if chars is None or empty or (suffix and not ends_at_end(alt)):
            return None
        groups.setdefault(guard(alt), []).extend(chars)
    return [[_char_class(sorted(set(ranges))), required] for required, ranges in groups.items()]


def _char_class(ranges: _Ranges) -> str:
    """A character class matching exactly ``ranges`` (code points)."""
    return "[" + "".join(f"\\U{lo:08x}" if lo == hi else f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in ranges) + "]"


def build() -> dict[str, Any]:
    """The snapshot of the installed spaCy's blank German tokenizer."""
    import spacy

    return snapshot(spacy.blank("de").tokenizer)


def _path() -> Path:
    return Path(str(resources.files("lagebild.resources.segment").joinpath(SNAPSHOT)))


@lru_cache(maxsize=1)
def load() -> TokenizerRules:
    """The bundled snapshot, compiled (once per process)."""
    data = json.loads(_path().read_text("utf-8"))
    if data.get("format") != FORMAT:
        raise ValueError(f"{_path()} is not a {FORMAT} file: rebuild it with `python -m lagebild.segment.rules`")

    def compiled(key: str) -> re.Pattern[str] | None:
        spec = data[key]
        return re.compile(spec["pattern"], spec["flags"]) if spec else None

    prefix, suffix, infix, url = compiled("prefix"), compiled("suffix"), compiled("infix"), compiled("url")
    assert prefix is not None and suffix is not None and infix is not None
    specials = {key: tuple(toks) for key, toks in data["specials"].items()}
    heads: dict[str, list[tuple[str, ...]]] = {}
    for key, pieces in data["matcher"]:
        pat = tuple(pieces)
        if any(p.isspace() for p in pat):
            if not all(p.isspace() for p in pat):
                # the matcher below sees whitespace only as a gap between words
                raise ValueError(f"{_path()}: a special case of words and whitespace ({key!r}) is not supported")
            continue  # whitespace (" "): matched only on whitespace tokens, which hold no word
        if len(pat) == 1 and specials[key] == pat:
            # a match would change no token and could block only itself
            continue
        heads.setdefault(pat[0], []).append(pat)
    return TokenizerRules(prefix.search, suffix.search, infix.finditer, url.match if url else None, specials,
                          _may(data["suffix_shortcut"], suffix=True), _may(data["infix_shortcut"], suffix=False),
                          {head: tuple(pats) for head, pats in heads.items()})


def _ranges(char_class: str) -> _Ranges:
    """The code point ranges of a class that :func:`_char_class` wrote."""
    return [(int(lo, 16), int(hi or lo, 16))
            for lo, hi in re.findall(r"\\U([0-9a-f]{8})(?:-\\U([0-9a-f]{8}))?", char_class)]


def _may(shortcut: list[list[str | None]] | None, *, suffix: bool) -> Callable[[str], bool] | None:
    """The test of :func:`_shortcut`'s groups: whether some group's edge character (the word's
    last, for a suffix; any of its characters, for an infix) and required character are there."""
    if shortcut is None:
        return None
    groups = [(re.compile(edge), re.compile(required).search if required else None)
              for edge, required in shortcut if edge]
    if not suffix:
        # First, whether the word has any edge character at all (most words have none): a set
        # of the characters, as a search with the classes costs more, they reach beyond the BMP.
        edges = frozenset(chr(c) for edge, _ in shortcut if edge for lo, hi in _ranges(edge) for c in range(lo, hi + 1))

        def may_infix(word: str) -> bool:
            return not edges.isdisjoint(word) and any(
                edge.search(word) and (required is None or required(word)) for edge, required in groups)

        return may_infix
    # For a suffix, what the last character asks for: nothing more (None), no suffix (an empty
    # tuple), or one of the required characters; decided once per character.
    by_last: dict[str, tuple[Callable[[str], re.Match[str] | None], ...] | None] = {}

    def may_suffix(word: str) -> bool:
        last = word[-1]
        if last not in by_last:
            found = [required for edge, required in groups if edge.match(last)]
            by_last[last] = None if None in found else tuple(r for r in found if r is not None)
        needs = by_last[last]
        return needs is None or any(required(word) for required in needs)

    return may_suffix


def main(argv: list[str] | None = None) -> int:
    """Write the snapshot of the installed spaCy (``python -m lagebild.segment.rules [PATH]``)."""
    argv = sys.argv[1:] if argv is None else argv
    path = Path(argv[0]) if argv else _path()
    path.write_text(json.dumps(build(), ensure_ascii=False, indent=0) + "\n", "utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
