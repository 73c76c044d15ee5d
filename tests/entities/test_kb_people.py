"""The politicians of Austria, Germany and Switzerland added for the frequent names of German-language
news: their bare surnames link, surnames that are words or shared do not, their offices by date."""

from __future__ import annotations

import pytest

from lagebild.entities.kb import load_kb
from lagebild.entities.resolve import resolve
from lagebild.model import Document


def _linked(body: str, day: str = "2016-06-01") -> dict[str, str | None]:
    """Surface -> entity id of every mention that resolution without a tagger finds in ``body``."""
    doc = Document(id="d", source="t.txt", body=body, published=day)
    mentions, _ = resolve(doc, [])
    return {body[m.start : m.end]: m.entity for m in mentions}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Strache attackierte Faymann.", {"Strache": "kb:heinz-christian-strache", "Faymann": "kb:werner-faymann"}),
        ("Häupl und Mitterlehner einigten sich.",
         {"Häupl": "kb:michael-haeupl", "Mitterlehner": "kb:reinhold-mitterlehner"}),
        ("Kogler kritisierte Kickl.", {"Kogler": "kb:werner-kogler", "Kickl": "kb:herbert-kickl"}),
        ("Babler und Meinl-Reisinger verhandelten.",
         {"Babler": "kb:andreas-babler", "Meinl-Reisinger": "kb:beate-meinl-reisinger"}),
        ("Lauterbach widersprach Özdemir.", {"Lauterbach": "kb:karl-lauterbach", "Özdemir": "kb:cem-oezdemir"}),
        ("Laschet, Söder und Kretschmann trafen sich.",
         {"Laschet": "kb:armin-laschet", "Söder": "kb:markus-soeder", "Kretschmann": "kb:winfried-kretschmann"}),
        ("Leitl und Katzian einigten sich mit Anderl.",
         {"Leitl": "kb:christoph-leitl", "Katzian": "kb:wolfgang-katzian", "Anderl": "kb:renate-anderl"}),
    ],
)
def test_bare_surnames_of_added_politicians_link(body: str, expected: dict[str, str]) -> None:
    got = _linked(body)
    for surface, entity in expected.items():
        assert got.get(surface) == entity, (surface, got)


# Surnames that are German words or that several persons of the file share: a bare one names nobody
# (after a title or the full name in the same text they still link).
_NOT_BARE = ("Kaiser", "Hofer", "Pröll", "Maurer", "Raab", "Rauch", "Kocher", "Heil", "Weil", "Kraft", "Lang",
             "Rhein", "Reiche", "Frei", "Scheuer", "Griss", "Nepp", "Bas", "Borne", "Pilz", "Ludwig", "Stronach")


@pytest.mark.parametrize("word", _NOT_BARE)
def test_word_and_shared_surnames_name_nobody(word: str) -> None:
    entry = load_kb().lookup(word)
    assert entry is None or entry.type != "PER", entry


def test_a_common_word_surname_alone_links_no_person() -> None:
    kb = load_kb()
    got = _linked("Der Kaiser kam nach Wien. Kaiser sagte nichts, Rauch stieg auf.")
    assert [e for e in got.values() if e and kb.entries[e].type == "PER"] == []


@pytest.mark.parametrize(
    ("key", "of", "day", "holder"),
    [
        ("finance_minister", "Q40", "2012-06-01", "kb:maria-fekter"),
        ("interior_minister", "Q40", "2010-06-01", "kb:maria-fekter"),
        ("interior_minister", "Q40", "2023-06-01", "kb:gerhard-karner"),
        ("foreign_minister", "Q40", "2021-11-01", "kb:michael-linhart"),
        ("finance_minister", "Q40", "2025-06-01", "kb:markus-marterbauer"),
        ("head_of_government", "Q40", "2005-06-01", "kb:wolfgang-schuessel"),
        ("head_of_state", "Q40", "2000-06-01", "kb:thomas-klestil"),
        ("interior_minister", "Q183", "2025-06-01", "kb:alexander-dobrindt"),
        ("finance_minister", "Q183", "2025-01-15", "kb:joerg-kukies"),
        ("defence_minister", "Q183", "2010-06-01", "kb:karl-theodor-zu-guttenberg"),
        ("head_of_state", "Q183", "2008-06-01", "kb:horst-koehler"),
        ("head_of_state", "Q39", "2011-06-01", "kb:micheline-calmy-rey"),
        ("head_of_state", "Q39", "2012-06-01", "kb:eveline-widmer-schlumpf"),
        ("defence_minister", "Q39", "2025-06-01", "kb:martin-pfister"),
        ("head_of_government", "Q142", "2024-03-01", "kb:gabriel-attal"),
        ("interior_minister", "Q145", "2023-06-01", "kb:suella-braverman"),
    ],
)
def test_offices_of_added_politicians(key: str, of: str, day: str, holder: str) -> None:
    assert load_kb().holder(key, of, day) == holder


def test_titled_surname_of_an_added_minister_links() -> None:
    got = _linked("Innenminister Karner und Vizekanzler Babler sprachen.", day="2025-06-01")
    assert got.get("Karner") == "kb:gerhard-karner"
    assert got.get("Babler") == "kb:andreas-babler"
