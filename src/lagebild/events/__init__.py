"""Events: who did what to whom, when and where, coded in PLOVER.

First version: a trigger lexicon (data) codes the sentence; the actors are the entities named
in it (before the trigger: sources; after: targets); the date is the first dated temporal
expression of the sentence; modal and negation cues set the status.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from lagebild.model import Document, Event, replace, stable_id

_WORD = re.compile(r"\w+", re.UNICODE)


def _table(name: str) -> list[tuple[str, ...]]:
    text = resources.files("lagebild.resources.events").joinpath(name).read_text("utf-8")
    return [tuple(line.split("\t")) for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def triggers() -> list[tuple[str, str, str | None]]:
    return [(r[0], r[1], r[2] if len(r) > 2 and r[2] else None) for r in _table("de_triggers.tsv")]


@lru_cache(maxsize=1)
def status_cues() -> dict[str, str]:
    return {r[0]: r[1] for r in _table("de_status.tsv")}


def events_stage(doc: Document) -> Document:
    """Stage: the document's events."""
    out: list[Event] = []
    actors = [m for m in doc.mentions if m.entity and m.label in ("PER", "ORG", "LOC")]
    for sent in doc.sentences:
        words = [(w.group(0).lower(), w.start()) for w in _WORD.finditer(doc.body, sent.start, sent.end)]
        hit = next(((w, pos, t) for w, pos in words for t in triggers() if w.startswith(t[0])), None)
        if hit is None:
            continue
        word, pos, (_, etype, mode) = hit
        inside = [m for m in actors if sent.start <= m.start < sent.end]
        src = tuple(dict.fromkeys(m.entity for m in inside if m.start < pos and m.entity))
        tgt = tuple(dict.fromkeys(m.entity for m in inside if m.start > pos and m.entity and m.entity not in src))
        if not src and len(tgt) >= 2:
            src, tgt = tgt[:1], tgt[1:]
        if not src or not tgt:
            continue
        when = next((t.date for t in doc.timexes if sent.start <= t.start < sent.end and t.date), None)
        status = next((status_cues()[w] for w, _ in words if w in status_cues()), "occurred")
        out.append(Event(
            id=stable_id("e", doc.id, sent.start, etype), type=etype, start=sent.start, end=sent.end,
            sources=src[:2], targets=tgt[:2], status=status, mode=mode, date=when,
            trigger_start=pos, trigger_end=pos + len(word)))  # type: ignore[arg-type]
    return replace(doc, events=tuple(out))
