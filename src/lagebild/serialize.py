"""Documents to plain JSON-able dicts and back: the form the store, the process pool and the
distributed engine exchange. Field names are those of :mod:`lagebild.model`."""

from __future__ import annotations

import dataclasses
from typing import Any

from lagebild.model import (
    Claim,
    DateValue,
    Document,
    Entity,
    Event,
    Mention,
    Quote,
    Sentence,
    TimeEx,
    Token,
)

_LISTS: dict[str, type] = {
    "sentences": Sentence, "tokens": Token, "timexes": TimeEx, "mentions": Mention, "surnames": Mention,
    "entities": Entity, "quotes": Quote, "events": Event, "claims": Claim,
}


_FIELDS: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    # dataclasses.fields() builds its answer anew on every call; a document has thousands of
    # annotations, so the names are looked up once per class.
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def to_dict(obj: Any) -> Any:
    """A dataclass tree as dicts, lists and scalars."""
    if isinstance(obj, (list, tuple)):
        return [to_dict(x) for x in obj]
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {name: to_dict(getattr(obj, name)) for name in _field_names(type(obj))}
    return obj


def _date(d: dict[str, Any] | None) -> DateValue | None:
    return DateValue(**d) if d else None


def _item(cls: type, d: dict[str, Any]) -> Any:
    d = dict(d)
    if cls is TimeEx or cls is Event:
        d["date"] = _date(d.get("date"))
    if cls is Entity:
        d["aliases"] = tuple(d.get("aliases", ()))
    if cls is Quote:
        d["occurrences"] = tuple(tuple(o) for o in d.get("occurrences", ()))
    if cls is Event:
        d["sources"] = tuple(d.get("sources", ()))
        d["targets"] = tuple(d.get("targets", ()))
    return cls(**d)


def document_from_dict(d: dict[str, Any]) -> Document:
    """The inverse of ``to_dict(document)``."""
    d = dict(d)
    for name, cls in _LISTS.items():
        d[name] = tuple(_item(cls, x) for x in d.get(name, ()))
    d["authors"] = tuple(d.get("authors", ()))
    return Document(**d)
