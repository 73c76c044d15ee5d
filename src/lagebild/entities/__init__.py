"""Entities: find every person, organisation and place, and give each one canonical identity.

First version: names from the NER tagger (:mod:`lagebild.entities.ner`); within a document a
short mention ("Putin") links to the full name it abbreviates ("Wladimir Putin"); canonical ids
come from the normalised full name, so the same person is one entity across documents.
"""

from __future__ import annotations

import re
import unicodedata

from lagebild.entities.ner import find_mentions
from lagebild.model import Document, Entity, Mention, replace


def slug(name: str) -> str:
    """A stable, readable id fragment from a name: ``Wladimir Putin`` -> ``wladimir-putin``."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "x"


def entities_stage(doc: Document) -> Document:
    """Stage: mentions with canonical entity ids, and the document's entities."""
    found = sorted(find_mentions(doc), key=lambda m: (m.start, m.end))
    full: dict[str, tuple[str, str]] = {}  # last word of a multi-word name -> (full name, label)
    out: list[Mention] = []
    entities: dict[str, Entity] = {}
    for m in found:
        surface = " ".join(doc.body[m.start:m.end].split())
        words = surface.split()
        name, label = surface, m.label
        if len(words) == 1 and surface in full and full[surface][1] == m.label:
            name = full[surface][0]
        elif len(words) > 1 and m.label == "PER":
            full[words[-1]] = (surface, m.label)
        eid = f"{label.lower()}:{slug(name)}"
        out.append(replace(m, entity=eid))
        prev = entities.get(eid)
        aliases = tuple(sorted(set((prev.aliases if prev else ()) + (surface,))))
        entities[eid] = Entity(eid, name, label, aliases)
    return replace(doc, mentions=tuple(out), entities=tuple(entities.values()))
