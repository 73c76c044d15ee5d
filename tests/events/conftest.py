"""Hand-built documents for the event tests: text, a tiny knowledge base, explicit dates."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from lagebild.model import DateValue, Document, Entity, Mention, Quote, Sentence, TimeEx

#: surface form -> (entity id, label, stands_for); longer forms first when matching
KB: dict[str, tuple[str, str, str | None]] = {
    "Donald Trump": ("Q22686", "PER", "Q30"), "Trump": ("Q22686", "PER", "Q30"),
    "Trumps": ("Q22686", "PER", "Q30"),
    "Wladimir Putin": ("Q7747", "PER", "Q159"), "Putin": ("Q7747", "PER", "Q159"),
    "Selenskyj": ("Q3874799", "PER", "Q212"), "Iwan Fedorow": ("per:iwan-fedorow", "PER", "Q212"),
    "Russland": ("Q159", "LOC", None), "Ukraine": ("Q212", "LOC", None), "USA": ("Q30", "LOC", None),
    "Krim": ("Q7835", "LOC", None), "Kiew": ("Q1899", "LOC", "Q212"), "Moskau": ("Q649", "LOC", "Q159"),
    "EU": ("Q458", "ORG", None), "Polen": ("Q36", "LOC", None), "Deutschland": ("Q183", "LOC", None),
    "Alaska": ("Q797", "LOC", "Q30"), "Helsinki": ("Q1757", "LOC", "Q33"), "Riad": ("kb:riad", "LOC", "Q851"),
    "Paris": ("Q90", "LOC", "Q142"), "Odessa": ("Q1874", "LOC", "Q212"),
}
NAMES = {"Q22686": "Donald Trump", "Q7747": "Wladimir Putin", "Q3874799": "Wolodymyr Selenskyj",
         "per:iwan-fedorow": "Iwan Fedorow", "Q159": "Russland", "Q212": "Ukraine", "Q30": "USA", "Q7835": "Krim",
         "Q1899": "Kiew", "Q649": "Moskau", "Q458": "EU", "Q36": "Polen", "Q183": "Deutschland", "Q797": "Alaska",
         "Q1757": "Helsinki", "kb:riad": "Riad", "Q90": "Paris", "Q1874": "Odessa"}


def named_events(doc: Document, short: dict[str, str], status: str | None = None) -> set[tuple[str, str, str]]:
    """The document's events of one status (None: any) as (type, sources, targets), each side its
    short names (``short``, else the entity's name) joined with "+"."""
    names = {e.id: e.name for e in doc.entities}

    def name(eid: str) -> str:
        return short.get(eid) or names.get(eid, eid)
    return {(e.type, "+".join(sorted(name(a) for a in e.sources)), "+".join(sorted(name(a) for a in e.targets)))
            for e in doc.events if status is None or e.status == status}


def day(value: str) -> DateValue:
    """A DateValue for ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    import calendar

    parts = value.split("-")
    if len(parts) == 3:
        return DateValue(value, value, value, "day")
    if len(parts) == 2:
        last = calendar.monthrange(int(parts[0]), int(parts[1]))[1]
        return DateValue(value, f"{value}-01", f"{value}-{last:02d}", "month")
    return DateValue(value, f"{value}-01-01", f"{value}-12-31", "year")


def make_doc(text: str, dates: dict[str, str] | None = None, published: str = "2025-02-24",
             doc_id: str = "d1", *, kb: dict[str, tuple[str, str, str | None]] | None = None,
             language: str = "de") -> Document:
    """A document with sentences, KB mentions (longest match first) and the given dates.

    ``kb`` replaces the German test knowledge base (an entity's name is then its id); in German
    a number before a period is an ordinal ("am 12. Februar"), in English it ends a sentence.
    """
    kb = KB if kb is None else kb
    ordinal = r"(?<!\d)" if language == "de" else ""
    ends = [m.end() for m in re.finditer(ordinal + r"[.!?][“\"]?(?=\s+[A-ZÄÖÜ„]|\s*$)", text)]
    sentences, lo = [], 0
    for end in ends:
        while lo < end and text[lo].isspace():
            lo += 1
        sentences.append(Sentence(lo, end, 0))
        lo = end
    mentions: list[Mention] = []
    taken: set[int] = set()
    for surface in sorted(kb, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            if taken & set(range(m.start(), m.end())):
                continue
            eid, label, _ = kb[surface]
            mentions.append(Mention(m.start(), m.end(), label, eid))  # type: ignore[arg-type]
            taken |= set(range(m.start(), m.end()))
    mentions.sort(key=lambda m: m.start)
    entities = tuple(Entity(eid, NAMES.get(eid, eid), label, (), sf)  # type: ignore[arg-type]
                     for eid, label, sf in dict.fromkeys(kb.values()))
    timexes = []
    for surface, value in (dates or {}).items():
        i = text.index(surface)
        timexes.append(TimeEx(i, i + len(surface), "DATE", value, date=day(value)))
    quotes = tuple(Quote(f"q{m.start()}", m.start(1), m.end(1), "direct") for m in re.finditer("„(.+?)“", text))
    return Document(id=doc_id, source=f"{doc_id}.txt", body=text, published=published, quotes=quotes, language=language,
                    sentences=tuple(sentences), mentions=tuple(mentions), entities=entities,
                    timexes=tuple(sorted(timexes, key=lambda t: t.start)))


@pytest.fixture
def doc() -> Callable[..., Document]:
    """The document builder: ``doc(text, dates, published)``."""
    return make_doc


@pytest.fixture
def names() -> dict[str, str]:
    """Entity id -> name of the test knowledge base."""
    return NAMES
