"""Actors without a name: "die Polizei", "42 Demonstranten", "die Regierung", "die Opposition".

PLOVER codes such an actor as a state and a sector ("GEO GOV", "GEO CVL"). lagebild does the
same with the entities it has:

* the **state** is the one the sentence's place stands for ("in Tiflis": Georgien), else the
  state the article names most often; a state sector (police, government, military) *is* that
  state's entity, as a leader or a capital is (``resources/events/<lang>_words.json``,
  ``state_sectors``);
* any other sector (civilians, opposition) is an actor of its own, ``<state>#<sector>``
  ("Zivilgesellschaft (Georgien)"), so that "15.000 Menschen protestierten gegen die Regierung"
  keeps two sides; a parliament or a court (``state_organ_sectors``: "Parlament (Rumänien)",
  "Justiz (USA)") is one too, standing for its state only in the relations between states;
* perpetrators without a name ("Unbekannte", "der Täter", "Bewaffnete" is a militant group) are
  an actor of the document only (``local_sectors``: "Täter"), whatever state the story is in;
* without any state in the article the group stays an actor of this document only
  (``grp:<sector>@<document>``): the police of one story is not the police of another; so does
  a group whose adjective of origin the demonym list lacks ("kenianische Soldaten").

A country that a demonym names ("seinen österreichischen Amtskollegen") but the entity stage did
not link is taken from the knowledge base in the same way. The entities made here are added to
the document, so that every event side has its record.
"""

from __future__ import annotations

import re
from collections import Counter

from lagebild.events.lexicon import Lexicon
from lagebild.model import Document, Entity

#: a compass part before a country's name ("Nordisrael", "Süd-Libanon")
_COMPASS_NAME = re.compile(r"(?:Nordost|Nordwest|Südost|Südwest|Nord|Süd|Ost|West|Zentral)-?(?=[A-ZÄÖÜ])")


class Groups:
    """The group actors of one document, and the entities they need."""

    def __init__(self, doc: Document, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.known = {e.id: e for e in doc.entities}
        self.extra: dict[str, Entity] = {}
        self.persons: dict[str, str] = {}  # person noun -> the civilians actor told with it last
        self._countries: dict[tuple[str, bool], str | None] = {}  # country_of's answers (asked for every place)
        states: Counter[str] = Counter()
        dateline = _dateline_end(doc.body)
        for m in doc.mentions:
            if m.label == "LOC" and m.entity:
                state = self.country_of(m.entity)
                if state is not None:
                    # (the place of filing counts twice: "Kairo – … Das Außenministerium in
                    # Washington forderte …" is a story about Egypt)
                    states[state] += 2 if m.end <= dateline else 1
        # the article's state only where it clearly dominates: an article about France and
        # Burundi has no state for "5.000 Soldaten" of an African Union force
        top = states.most_common(2)
        self.home = top[0][0] if top and (len(top) == 1 or top[0][1] >= 2 * top[1][1]) else None

    def state_of(self, eid: str) -> str | None:
        """The state a place stands for, or the place itself where it is a state."""
        e = self.known.get(eid) or self.extra.get(eid)
        if e is None or e.type != "LOC":
            return None
        return e.stands_for or e.id

    def country_of(self, eid: str, located: bool = True) -> str | None:
        """The state a place belongs to where that is known: the state it stands for, the place
        itself where it is a country (the knowledge base gives it an adjective: "jemenitisch"), or,
        with ``located``, the state it lies in ("Odessa", "die Ostukraine": Ukraine; the knowledge
        base's ``located_in``). "Aden", "das Mittelmeer", "Gaza" without a state on record are no
        state of a group: "in Aden … gegen die Rebellen" is Yemen's rebels, not "Rebellen (Aden)"."""
        key = (eid, located)
        if key in self._countries:
            return self._countries[key]
        e = self.known.get(eid) or self.extra.get(eid)
        if e is None or e.type != "LOC":
            return None
        from lagebild.entities.kb import load_kb

        if e.stands_for:
            owner = load_kb().get(e.stands_for)
            seat = load_kb().get(eid)
            if located and owner is not None and owner.type == "ORG" and seat is not None and seat.located_in:
                # "Die Polizei hat in Brüssel … festgenommen": Belgium's police, though "Brüssel"
                # stands for the EU in "Kritik aus Brüssel"
                seat_state = self._known(seat.located_in) or seat.located_in
                self._countries[key] = seat_state
                return seat_state
            return e.stands_for
        entry = load_kb().get(eid) or load_kb().lookup(e.name)
        found = None
        if entry is not None:
            found = eid if entry.adjectives else (entry.located_in if located else None)
        elif located and (part := _COMPASS_NAME.match(e.name)) is not None:
            # "Nordisrael", "Südlibanon", "Ost-Ukraine": a part of a country the knowledge base names
            whole = load_kb().lookup(e.name[part.end():])
            if whole is not None and whole.type == "LOC" and whole.adjectives:
                found = self._known(whole.id)
        self._countries[key] = found
        return found

    def side_of(self, eid: str) -> str | None:
        """The state a person or an organisation acts for (a leader, a ministry), if known."""
        e = self.known.get(eid) or self.extra.get(eid)
        return e.stands_for if e is not None else None

    def country(self, name: str) -> str | None:
        """The entity of a country by name: the document's, else the knowledge base's (added)."""
        from lagebild.entities.kb import load_kb  # the knowledge base: loaded once, only when needed

        entry = load_kb().lookup(name)
        return self._known(entry.id) if entry is not None else None

    def known_id(self, eid: str) -> str | None:
        """``eid`` with its entity record at hand (the document's, else the knowledge base's), or None."""
        return self._known(eid)

    def _known(self, eid: str) -> str | None:
        """``eid`` with its entity record at hand: the document's, else the knowledge base's."""
        from lagebild.entities.kb import load_kb

        if eid in self.known or eid in self.extra:
            return eid
        entry = load_kb().get(eid)
        if entry is None:
            return None
        self.extra[eid] = Entity(entry.id, entry.name, entry.type, entry.aliases, entry.stands_for)
        return eid

    def actor(self, noun: str, surface: str, state: str | None, origin: str | None = None) -> str | None:
        """The entity for a group noun (lower case) in a sentence whose place is ``state``; an
        ``origin`` adjective the demonyms do not know ("kenianische") makes a group of its own."""
        sector = self.lex.words.get("group_nouns", {}).get(noun)
        if sector is None:
            return None
        if origin is not None:
            eid = f"grp:{sector}:{origin.lower()}@{self.doc.id}"
            self.extra[eid] = Entity(eid, f"{origin} {surface}", "ORG", (f"{origin} {surface}",), None)
            return eid
        # "Unbekannte", "der Täter": whoever did it in this story, of no state
        state = None if sector in self.lex.set("local_sectors") else state or self.home
        if state is not None:
            state = self._known(state) or state
        if state is not None and sector in self.lex.set("state_sectors"):
            return state
        label = self.lex.words.get("sector_names", {}).get(sector, sector)
        if state is not None:
            eid = f"{state}#{sector}"
            owner = self.known.get(state) or self.extra.get(state)
            owner_name = owner.name if owner else state
            # ("Gläubiger von Griechenland": a sector with a template of its own is the state's
            # counterpart, not a part of it)
            template = self.lex.words.get("sector_templates", {}).get(sector, "{label} ({state})")
            name = template.format(label=label, state=owner_name)
        else:
            eid, name = f"grp:{sector}@{self.doc.id}", label
        old = self.extra.get(eid)
        # (the sector's own name too: "Opposition (Rumänien)" is "die Opposition" in any text)
        aliases = tuple(dict.fromkeys((*(old.aliases if old else ()), surface, label)))
        # a parliament or a court is an organ of its state (PLOVER's GOV LEG, JUD): it stands for
        # the state in the relations between states, and stays a side of its own against the
        # government at home ("Das Parlament stimmte gegen die Regierung")
        organ = state if state is not None and sector in self.lex.set("state_organ_sectors") else None
        self.extra[eid] = Entity(eid, name, "ORG", aliases, organ)
        return eid

    def civilians(self, state: str, surface: str) -> str | None:
        """The civilians of ``state`` (an entity id): a person or people told only by their origin
        ("ein palästinensischer Angreifer", "Tausende Isländer"), with ``surface`` as an alias."""
        nouns = self.lex.words.get("group_nouns", {})
        eid = self.actor("zivilisten" if "zivilisten" in nouns else "civilians", surface, state)
        if eid is not None:
            self.persons[surface.lower()] = eid
        return eid

    def unnamed_person(self, surface: str) -> str:
        """A person of this document told only by a role ("früheren Verfassungsschützer"), one
        entity per role noun in the document, named as the text first names him."""
        head = surface.rpartition(" ")[2].lower()
        eid = f"grp:person:{head}@{self.doc.id}"
        if eid not in self.extra:
            self.extra[eid] = Entity(eid, surface, "PER", (surface, surface.rpartition(" ")[2]), None)
        return eid

    def person(self, noun: str) -> str | None:
        """The civilians actor last told with this person noun (lower case): what "der Angreifer"
        refers to after "ein palästinensischer Angreifer"."""
        return self.persons.get(noun)

    def named(self, short: str) -> str:
        """The entity for a group's short name ("PKK", "YPG"): the document's, else one of its own,
        ``grp:name:<short>``, the same in every document (the YPG is one group everywhere)."""
        for e in self.known.values():
            if e.name == short or short in e.aliases:
                return e.id
        eid = f"grp:name:{short.lower()}"
        self.extra.setdefault(eid, Entity(eid, short, "ORG", (short,), None))
        return eid

    def entities(self) -> tuple[Entity, ...]:
        """The entities this document's group actors need that it did not have."""
        return tuple(self.extra[k] for k in sorted(self.extra))


_DATELINE = re.compile(r"[A-ZÄÖÜ][\w.\-]*(?:[ /][A-ZÄÖÜ][\w.\-]*){0,3} [–—-] ")


def _dateline_end(body: str) -> int:
    """Where a dateline ("Kairo – ", "Moskau/Ankara – ") at the start of the body ends; 0 without one."""
    m = _DATELINE.match(body)
    return m.end() if m else 0
