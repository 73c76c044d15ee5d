"""Quotation marks: pair them into quoted spans, robust to nesting and to marks left open.

The scanner walks every quotation mark of the body once, keeping a small stack of open quotes:

* a closing mark closes the innermost open quote it belongs to; inner quotes (‚…‘ inside „…“,
  or a quote in a quote) are part of the outer quotation and are not reported on their own;
* the straight mark ``"`` opens or closes depending on what stands beside it;
* a quote still open at a paragraph break continues only when the next paragraph opens with
  the same mark (the German convention for a quotation over several paragraphs); otherwise it
  is dropped, so that one missing closing mark cannot swallow the rest of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lagebild.quotes.lexicon import Lexicon

# A quote longer than this without closing is a runaway, even within one paragraph.
MAX_QUOTE_CHARS = 6000


@dataclass(frozen=True, slots=True)
class Quoted:
    """An outer quoted span: ``open``/``close`` are the offsets of the marks themselves."""

    open: int
    close: int
    mark: str

    @property
    def start(self) -> int:
        """Offset of the first quoted character."""
        return self.open + 1

    @property
    def end(self) -> int:
        """Offset after the last quoted character."""
        return self.close


@lru_cache(maxsize=4)
def _pattern(marks: tuple[str, ...]) -> re.Pattern[str]:
    chars = "".join(sorted(set(marks)))
    # a paragraph break, or one mark
    return re.compile(r"\n[ \t\r]*\n\s*|[" + re.escape(chars) + "]")


def _straight_role(body: str, i: int) -> str:
    """``open``, ``close`` or ``either`` for a straight quotation mark at ``i``."""
    before = body[i - 1] if i > 0 else " "
    after = body[i + 1] if i + 1 < len(body) else " "
    if (before.isspace() or before in "([{/–—-:") and not after.isspace():
        return "open"
    if (after.isspace() or after in ".,;:!?)]}–—-") and not before.isspace():
        return "close"
    return "either"


def find_quoted(body: str, lex: Lexicon) -> list[Quoted]:
    """The outer quoted spans of ``body``, in order; unbalanced marks are dropped."""
    closers_of = lex.marks
    stack: list[tuple[str, int]] = []  # (opening mark, offset), outermost first
    out: list[Quoted] = []
    skip_at = -1  # the repeated opening mark of a quotation that goes on in a new paragraph
    for m in _pattern(tuple(closers_of) + tuple(c for cs in closers_of.values() for c in cs)).finditer(body):
        ch, i = m.group(), m.start()
        if ch[0] == "\n":
            if stack and m.end() < len(body) and body[m.end()] == stack[0][0]:
                stack, skip_at = stack[:1], m.end()
            else:
                stack = []  # unbalanced: dropped, never run away over a paragraph
            continue
        if i == skip_at:
            continue
        if stack and i - stack[0][1] > MAX_QUOTE_CHARS:
            stack = []
        if ch == '"':
            role = _straight_role(body, i)
            depth = next((d for d in range(len(stack) - 1, -1, -1) if stack[d][0] == '"'), -1)
            if depth == len(stack) - 1 and depth >= 0 and role == "open" and body[i - 1].isspace():
                # '"foo and then "bar" baz': the first mark was never closed; start again there
                stack[depth] = (ch, i)
                continue
            if depth < 0 and role != "open" and stack and ch in closers_of.get(stack[-1][0], ()):
                depth = len(stack) - 1  # „…": a German opening mark closed by a straight one
            if depth >= 0 and role != "open":
                if depth == 0:
                    out.append(Quoted(stack[0][1], i, stack[0][0]))
                stack = stack[:depth]
            elif depth < 0 and role != "close":
                stack.append((ch, i))
            continue
        depth = next((d for d in range(len(stack) - 1, -1, -1) if ch in closers_of.get(stack[d][0], ())), -1)
        if depth >= 0:
            if depth == 0:
                out.append(Quoted(stack[0][1], i, stack[0][0]))
            stack = stack[:depth]  # closes this quote, and any inner quote left open
        elif ch in closers_of and not (ch == "“" and stack):
            # (an English opening “ inside a German quote is a stray closing mark)
            stack.append((ch, i))
    return out
