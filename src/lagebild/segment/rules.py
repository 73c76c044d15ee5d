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
            "specials": specials, "matcher": matcher}


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
                          {head: tuple(pats) for head, pats in heads.items()})


def main(argv: list[str] | None = None) -> int:
    """Write the snapshot of the installed spaCy (``python -m lagebild.segment.rules [PATH]``)."""
    argv = sys.argv[1:] if argv is None else argv
    path = Path(argv[0]) if argv else _path()
    path.write_text(json.dumps(build(), ensure_ascii=False, indent=0) + "\n", "utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
