"""Entities: find every person, organisation and place, and give each one canonical identity.

The stage combines two sources of names: the NER tagger (:mod:`lagebild.entities.ner`), which
finds names nobody listed, and the bundled knowledge base of actors
(:mod:`lagebild.entities.kb`), which knows heads of state, ministers, envoys, states, capitals and
organisations with their aliases, transliterations and offices. :mod:`lagebild.entities.resolve`
links every way of naming an actor to one canonical entity: "Wladimir Putin", "Putin", "Putins",
"der Kremlchef" and "der russische Präsident" (in 2025) are ``Q7747``; "Moskau" and "der Kreml"
stand for Russia (``stands_for``); "der US-Präsident" is Trump in 2018 and 2025 but Biden in 2023.
"""

from __future__ import annotations

import logging
from functools import lru_cache

from lagebild.entities.kb import KnowledgeBase, load_kb
from lagebild.entities.resolve import resolve, resolve_document, role_holder, slug
from lagebild.errors import ModelError
from lagebild.model import Document, Mention, replace

__all__ = ["entities_stage", "load_kb", "KnowledgeBase", "resolve", "role_holder", "slug"]

log = logging.getLogger(__name__)


def _tagged(doc: Document) -> list[Mention]:
    """The tagger's name spans; without a model, none (the knowledge base still resolves)."""
    from lagebild.entities.ner import find_mentions

    try:
        return find_mentions(doc)
    except ModelError as exc:
        # A missing model must not stop a batch: the knowledge base alone still finds the
        # known actors.
        _warn_once(str(exc))
        return []


@lru_cache(maxsize=8)
def _warn_once(reason: str) -> None:
    """Log a missing model once per process, not once per document."""
    log.warning("NER unavailable, resolving with the knowledge base only: %s", reason)


def entities_stage(doc: Document) -> Document:
    """Stage: the document's mentions with canonical entity ids, and its entities."""
    mentions, entities, surnames = resolve_document(doc, _tagged(doc))
    return replace(doc, mentions=mentions, entities=entities, surnames=surnames)
