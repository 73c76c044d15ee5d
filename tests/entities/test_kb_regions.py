"""The knowledge base's regions and provinces: each lies in its state (``located_in``), under
the names the German and English press give it; contested territories lie in none."""

from __future__ import annotations

import pytest

from lagebild.entities.kb import load_kb
from lagebild.entities.resolve import resolve
from lagebild.merge import relations
from lagebild.model import Document


@pytest.mark.parametrize(("surface", "state"), [
    # Armenia's provinces and the places of its border with Azerbaijan (the trial's story)
    ("Sjunik", "Q399"), ("Syunik", "Q399"), ("Provinz Sjunik", "Q399"), ("Tawusch", "Q399"), ("Gegharkunik", "Q399"),
    ("Kapan", "Q399"), ("Goris", "Q399"), ("Sotk", "Q399"),
    ("Latschin", "Q227"), ("Lachin", "Q227"), ("Kelbadschar", "Q227"), ("Kalbajar", "Q227"), ("Nachitschewan", "Q227"),
    # the Ukrainian oblasts beside their cities of the same name, Russia's border regions
    ("Gebiet Donezk", "Q212"), ("Oblast Saporischschja", "Q212"), ("Region Cherson", "Q212"),
    ("Kharkiv Oblast", "Q212"),
    ("Gebiet Dnipropetrowsk", "Q212"), ("Odesa region", "Q212"), ("Donezk", "Q212"), ("Sumy", "Q212"),
    ("Gebiet Kursk", "Q159"), ("Oblast Belgorod", "Q159"), ("Region Brjansk", "Q159"), ("Dagestan", "Q159"),
    # the Middle East, Africa, Asia, the Balkans
    ("Idlib", "Q858"), ("Deir ez-Zor", "Q858"), ("Raqqa", "Q858"), ("Mossul", "Q796"), ("Erbil", "Q796"),
    ("Gazastreifen", "kb:palaestina"), ("Westjordanland", "kb:palaestina"),
    ("Chan Junis", "kb:palaestina"), ("Tel Aviv", "Q801"), ("Südlibanon", "kb:libanon"), ("Hudaida", "kb:jemen"),
    ("Misrata", "kb:libyen"), ("Darfur", "kb:sudan"), ("El Fasher", "kb:sudan"), ("Jammu und Kaschmir", "Q668"),
    ("Azad Kashmir", "Q843"), ("Kinmen", "Q865"), ("Nordkosovo", "kb:kosovo"),
    ("Republika Srpska", "kb:bosnien-und-herzegowina"),
    ("Xinjiang", "Q148"), ("Tibet", "Q148"), ("Hongkong", "Q148"), ("Hong Kong", "Q148"),
])
def test_a_region_lies_in_its_state(surface: str, state: str) -> None:
    entry = load_kb().lookup(surface)
    assert entry is not None and entry.type == "LOC" and entry.located_in == state, entry


@pytest.mark.parametrize("surface", ["Krim", "Sewastopol", "Abchasien", "Südossetien", "Bergkarabach", "Transnistrien",
                                     "Kaschmir", "Ostjerusalem"])
def test_a_contested_territory_lies_in_no_state(surface: str) -> None:
    """Where another state than the one it belongs to holds it, and that is the story, a place
    stands for neither: Ukraine's drones on Crimea would count as Ukraine against Ukraine,
    Russia's as an act inside Ukraine or inside Russia, whichever the record took sides for."""
    entry = load_kb().lookup(surface)
    assert entry is not None and entry.located_in is None and entry.stands_for is None


@pytest.mark.parametrize(("surface", "state"), [
    ("Georgia", "Q230"),  # the country (the US state is no region of the knowledge base)
    ("Odessa", "Q212"),  # the Ukrainian city, not the Texan one
])
def test_ambiguous_names_keep_their_reading(surface: str, state: str) -> None:
    entry = load_kb().lookup(surface)
    assert entry is not None and state in (entry.id, entry.located_in)


@pytest.mark.parametrize("word", ["Lori", "Ararat", "Tyre", "Saida", "Engels", "Orel", "Zod", "Barka"])
def test_a_name_or_word_is_no_region(word: str) -> None:
    # a given name, a mountain in another state, an English word, a surname: only a longer form links
    assert load_kb().lookup(word) is None


def test_every_region_lies_in_a_state_of_the_knowledge_base() -> None:
    kb = load_kb()
    located = [e for e in kb.entries.values() if e.located_in]
    assert len(located) > 250
    # a state is an entry with adjectives ("armenisch")
    assert [e.id for e in located if not getattr(kb.get(e.located_in), "adjectives", None)] == []


def test_a_province_in_a_sentence_links_to_its_entry() -> None:
    body = ("Aserbaidschanische Truppen hätten Stellungen und Dörfer in der südarmenischen Provinz Sjunik "
            "beschossen. Die Männer seien bei Latschin festgenommen worden.")
    mentions, _ = resolve(Document(id="d", source="t.txt", body=body, published="2026-03-02"), [])
    linked = {body[m.start:m.end]: m.entity for m in mentions}
    assert "kb:sjunik" in (linked.get("Sjunik"), linked.get("Provinz Sjunik"))
    assert linked.get("Latschin") == "kb:latschin"


def test_a_strike_on_a_province_is_a_conflict_with_its_state() -> None:
    """The relations network counts a place for the state it lies in: Azerbaijan shelling Sjunik
    is Azerbaijan against Armenia."""
    event = {"type": "FIGHT", "status": "occurred", "source_actors": ["Q227"], "target_actors": ["kb:sjunik"],
             "date": {"value": "2026-03-02", "start": "2026-03-02", "end": "2026-03-02", "granularity": "day"}}
    ((a, b, month, *counts),) = relations([event], {})
    assert (a, b, month) == ("Q227", "Q399", "2026-03") and counts[3] == 1
