"""Keep a tagged name inside the words a name can have.

The CRF sees one sentence at a time and now and then runs a name on over words no name
contains: over a comma into the next item of a list ("Universität Oxford, Hunts Kommentare",
"Bruck an der Leitha, Gablitz"), over a verb into the rest of the clause ("Chan Junis erschoss
die israelische Armee nach palästinensischen Angaben"), into a link ("Gauland
pic.twitter.com/…"), or back over the word that opens a question ("Kann Woody Allen"). Such a
span becomes an entity of its own, with a name no reader would accept, so
:func:`trim_names` cuts it back before the document-level rules copy it:

* a name ends before punctuation that separates phrases (comma, semicolon, colon, brackets,
  quotation marks) and before a word with characters of links and handles (``/``, ``@``, ``#``);
* a name ends before a lower-case word that is not a particle of names ("von", "der", "al",
  "of", "und": ``resources/ner/spans.json``), and particles at its end are dropped;
* capitalised words that open sentences but never names ("In", "Kann", "Ihrem") are dropped
  from its front.

Other names ("MISC") that follow an opening quotation mark are titles of works ("„Die Welt
als Wille und Vorstellung“") and keep their lower-case words. GermEval 2014 annotates such titles
without quotation marks too, which is why the rules run in the pipeline's
:func:`~lagebild.entities.ner.find_mentions` and not in the tagger: on its held-out split the
rules leave persons, organisations and places as they are (F1 unchanged) and cost only titles.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from lagebild.entities.ner import bio_spans

if TYPE_CHECKING:
    from lagebild.entities.kb import KnowledgeBase

DATA = Path(__file__).resolve().parent.parent / "resources" / "ner" / "spans.json"

#: Punctuation that separates phrases; a name never runs over it.
_BREAKS = frozenset(",;:()[]\"„“”«»‚‘’")
_OPENING_QUOTES = frozenset("\"„“«»‚‘'")
_LINK_CHARS = frozenset("/@#")


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return frozenset(data["particles"]), frozenset(data["lead"])


def trim_names(words: Sequence[str], labels: list[str]) -> list[str]:
    """Cut each tagged span of ``labels`` (BIO) back to the words a name can have; in place, returned."""
    particles, lead = _lists()
    for first, stop, typ in bio_spans(labels):
        titled = typ == "MISC" and first > 0 and words[first - 1] in _OPENING_QUOTES
        end = stop
        for k in range(first, stop):
            word = words[k]
            if word in _BREAKS or any(c in _LINK_CHARS for c in word):
                end = k
                break
            if k > first and not titled and word[:1].islower() and word.isalpha() and word not in particles:
                end = k
                break
        start = first
        if not titled:
            while start < end and words[start] in lead:
                start += 1
        while end > start and words[end - 1] in particles:
            end -= 1
        for k in range(first, stop):
            labels[k] = "O" if not start <= k < end else ("B-" if k == start else "I-") + typ
    return labels


@lru_cache(maxsize=1)
def _known_names() -> tuple[dict[tuple[str, ...], str], int]:
    from lagebild.entities.kb import load_kb

    return _name_table(load_kb())


def _name_table(kb: KnowledgeBase) -> tuple[dict[tuple[str, ...], str], int]:
    """The knowledge base's names and aliases as token tuples (capitalised words only: no
    phrase like "russische Zentralbank"), with their actor's type; and the longest's length."""
    table: dict[tuple[str, ...], str] = {}
    for name, eid in kb.surfaces.items():  # every name and alias, with the actor that keeps it
        toks = tuple(name.split())
        if toks and all(t[:1].isupper() or not t.isalpha() for t in toks):
            table.setdefault(toks, kb.entries[eid].type)
    return table, max((len(k) for k in table), default=0)


def known_names(words: Sequence[str], labels: list[str]) -> list[str]:
    """Tag the knowledge base's names the tagger left untagged, longest first; in place, returned.

    For pre-tokenised sentences without the entity stage (``lagebild ner --conll``): in documents
    the resolution layer matches the knowledge base itself, with inflected forms. Only exact
    names and aliases are taken ("Fidesz", "Bundesverfassungsgericht", "Werchowna Rada"), and only
    where every word is untagged. On GermEval 2014's held-out split (seed 0) this raises F1 from
    0.679 to 0.688 (ORG 0.623 -> 0.646, LOC 0.727 -> 0.734).
    """
    table, longest = _known_names()
    i = 0
    while i < len(words):
        # a word right after a tagged one may be the rest of that name ("Werchowna| Rada")
        if labels[i] != "O" or not words[i][:1].isupper() or (i > 0 and labels[i - 1] != "O"):
            i += 1
            continue
        for n in range(min(longest, len(words) - i), 0, -1):
            typ = table.get(tuple(words[i : i + n]))
            if typ is not None and all(lab == "O" for lab in labels[i : i + n]):
                labels[i : i + n] = ["B-" + typ] + ["I-" + typ] * (n - 1)
                i += n - 1
                break
        i += 1
    return labels
