"""Reading and writing NER data in the GermEval 2014 layout, and tagging such files.

The layout: one token per line, ``index<TAB>token[<TAB>outer-label[<TAB>inner-label]]``, ``#``
comment lines, a blank line between sentences. GermEval calls our MISC class ``OTH``; files we
write use ``OTH`` so that the GermEval scorer reads them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from lagebild.errors import InputError

if TYPE_CHECKING:
    from lagebild.entities.ner import NerTagger

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ConllSentence:
    """One sentence of a GermEval file: its comment lines, tokens and outer labels (may be empty)."""

    comments: tuple[str, ...]
    tokens: tuple[str, ...]
    labels: tuple[str, ...]


def read_conll(path: Path) -> Iterator[ConllSentence]:
    """The sentences of a GermEval-layout file, labels taken from the third column where present.

    Raises :class:`~lagebild.errors.InputError` for a token line without a token column.
    """
    comments: list[str] = []
    tokens: list[str] = []
    labels: list[str] = []
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if line.startswith("#") and not tokens:
                comments.append(line)
                continue
            if not line.strip():
                if tokens:
                    yield ConllSentence(tuple(comments), tuple(tokens), tuple(labels))
                comments, tokens, labels = [], [], []
                continue
            cols = line.split("\t")
            if len(cols) < 2:
                raise InputError(f"line {lineno}: expected index<TAB>token", source=str(path))
            tokens.append(cols[1])
            labels.append(cols[2] if len(cols) > 2 else "O")
    if tokens:
        yield ConllSentence(tuple(comments), tuple(tokens), tuple(labels))


def to_germeval_label(label: str) -> str:
    """Our label in GermEval's spelling: ``B-MISC`` -> ``B-OTH``."""
    return label[:-4] + "OTH" if label.endswith("MISC") else label


def tag_conll(in_path: Path, out_path: Path, tagger: NerTagger | None = None) -> int:
    """Tag a GermEval-layout file, writing ``index<TAB>token<TAB>label``; returns the sentence count.

    The labels are the tagger's, with the knowledge base's names it left untagged added
    (:func:`~lagebild.entities.spans.known_names`).

    Comment lines are copied through; gold labels in the input are ignored.
    """
    from lagebild.entities.ner import NerTagger
    from lagebild.entities.spans import known_names

    tagger = tagger or NerTagger.load()
    n = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for sent in read_conll(in_path):
            # the tagger, then the knowledge base's names it missed ("Fidesz", "Likud")
            labels = known_names(sent.tokens, tagger.tag_tokens(sent.tokens))
            for comment in sent.comments:
                out.write(comment + "\n")
            for i, (tok, lab) in enumerate(zip(sent.tokens, labels, strict=True), 1):
                out.write(f"{i}\t{tok}\t{to_germeval_label(lab)}\n")
            out.write("\n")
            n += 1
    log.info("tagged %d sentences from %s", n, in_path)
    return n
