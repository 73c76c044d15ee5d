"""German named-entity recognition: BIO labels (PER, ORG, LOC, MISC) for tokens and documents.

Provisional version: a capitalisation heuristic stands in for the trained model so that other
stages can integrate against the public API (:class:`NerTagger`, :func:`find_mentions`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from lagebild.model import Document, EntityType, Mention

log = logging.getLogger(__name__)

# Fallback tokenisation when a document carries no tokens: words (with inner hyphens and
# apostrophes) and single punctuation marks.
_TOKEN_RE = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]", re.UNICODE)


class NerTagger:
    """Tags token sequences with BIO labels of the types PER, ORG, LOC and MISC."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path

    @classmethod
    def load(cls, path: Path | None = None) -> NerTagger:
        """The tagger for the model at ``path`` (default: the bundled model), loaded once."""
        return _load_cached(path)

    def tag_tokens(self, tokens: Sequence[str]) -> list[str]:
        """BIO labels (``B-PER``, ``I-ORG``, ``O`` …), one per token."""
        labels: list[str] = []
        prev_entity = False
        for i, tok in enumerate(tokens):
            is_name = i > 0 and tok[:1].isupper() and tok[1:].islower()
            if is_name:
                labels.append("I-PER" if prev_entity else "B-PER")
            else:
                labels.append("O")
            prev_entity = is_name
        return labels


@lru_cache(maxsize=4)
def _load_cached(path: Path | None) -> NerTagger:
    return NerTagger(path)


def _spans(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """Token spans ``(first, last + 1, type)`` of a BIO sequence; a stray I- opens a span."""
    out: list[tuple[int, int, str]] = []
    start, typ = -1, ""
    for i, lab in enumerate([*labels, "O"]):
        if lab.startswith("I-") and lab[2:] == typ:
            continue
        if typ:
            out.append((start, i, typ))
        start, typ = (i, lab[2:]) if lab[:2] in ("B-", "I-") else (-1, "")
    return out


def _token_offsets(doc: Document) -> list[list[tuple[int, int]]]:
    """The document's tokens grouped by sentence, as character offsets into the body."""
    tokens = [(t.start, t.end) for t in doc.tokens]
    if not tokens:
        tokens = [m.span() for m in _TOKEN_RE.finditer(doc.body)]
    sentences = [(s.start, s.end) for s in doc.sentences] or [(0, len(doc.body))]
    groups: list[list[tuple[int, int]]] = [[] for _ in sentences]
    si = 0
    for tok in tokens:
        while si < len(sentences) - 1 and tok[0] >= sentences[si][1]:
            si += 1
        groups[si].append(tok)
    return [g for g in groups if g]


def find_mentions(doc: Document, tagger: NerTagger | None = None) -> list[Mention]:
    """Proper-name mentions of the document, with character offsets into ``doc.body``.

    Runs sentence by sentence over ``doc.tokens`` (a regex tokenisation where the document has
    none); every mention has ``entity=None`` and ``kind="name"``.
    """
    tagger = tagger or NerTagger.load()
    mentions: list[Mention] = []
    for sent in _token_offsets(doc):
        labels = tagger.tag_tokens([doc.body[a:b] for a, b in sent])
        for first, stop, typ in _spans(labels):
            label: EntityType = typ  # type: ignore[assignment]
            mentions.append(Mention(sent[first][0], sent[stop - 1][1], label))
    return mentions
