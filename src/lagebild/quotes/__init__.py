"""Quotations: direct and partial quotes in quotation marks, with their speakers.

First version: paired quotation marks give the quoted words; a quote that reads as a sentence
is ``direct``, a fragment inside the reporter's sentence ``partial``; the speaker is the person
named in the same sentence (or the one before), or the speaker of the previous quotation.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from lagebild.model import Document, Mention, Quote, replace, stable_id

_PAIRS = re.compile(r"„([^“”„]{2,}?)[“”]|\"([^\"]{2,}?)\"|»([^«»]{2,}?)«|«([^«»]{2,}?)»")


@lru_cache(maxsize=1)
def cues() -> frozenset[str]:
    text = resources.files("lagebild.resources.quotes").joinpath("de_cues.txt").read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def _speaker(doc: Document, lo: int, hi: int, persons: list[Mention]) -> Mention | None:
    inside = [m for m in persons if lo <= m.start and m.end <= hi]
    return inside[-1] if inside else None


def quotes_stage(doc: Document) -> Document:
    """Stage: the document's quotations."""
    persons = [m for m in doc.mentions if m.label == "PER"]
    out: list[Quote] = []
    last: Mention | None = None
    for m in _PAIRS.finditer(doc.body):
        g = next(i for i in range(1, 5) if m.group(i) is not None)
        start, end = m.start(g), m.end(g)
        text = doc.body[start:end]
        sent = doc.sentence_at(start)
        s_lo, s_hi = (sent.start, sent.end) if sent else (start, end)
        whole = s_lo >= m.start() - 1 or text.rstrip()[-1:] in ".!?"
        kind = "direct" if whole and len(text.split()) >= 4 else "partial"
        if kind == "partial" and len(text.split()) < 3 and text[:1].isupper() and \
                not any(c in doc.body[s_lo:s_hi].split() for c in cues()):
            continue  # a title or slogan in quotation marks, not speech
        around = [w.strip(",.:;") for w in (doc.body[s_lo:m.start()] + " " + doc.body[m.end():s_hi]).split()]
        cue = next((w for w in around if w in cues()), None)
        spk = _speaker(doc, s_lo, s_hi, [p for p in persons if not (m.start() <= p.start < m.end())])
        if spk is None and cue is None and last is not None:
            spk = last  # a continuation without a new cue keeps the last speaker
        if spk is None and sent is not None:
            prev = doc.sentence_at(max(0, s_lo - 2))
            if prev is not None and prev is not sent:
                spk = _speaker(doc, prev.start, prev.end, persons)
        last = spk or last
        ent = doc.entity(spk.entity) if spk else None
        out.append(Quote(
            id=stable_id("q", doc.id, start, end), start=start, end=end, kind=kind,
            speaker=spk.entity if spk else None,
            speaker_name=ent.name if ent else (doc.body[spk.start:spk.end] if spk else None),
            speaker_start=spk.start if spk else None, speaker_end=spk.end if spk else None, cue=cue))
    return replace(doc, quotes=tuple(out))
