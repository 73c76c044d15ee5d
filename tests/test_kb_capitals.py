"""The knowledge base gives every European state and the states often in the news a capital that
stands for it (issue #4: "states with their capitals, government seats … used as metonyms")."""

from __future__ import annotations

import pytest

from lagebild.entities.kb import load_kb


@pytest.mark.parametrize(("capital", "state"), [
    ("Athen", "Griechenland"), ("Lissabon", "Portugal"), ("Dublin", "Irland"), ("Sofia", "Bulgarien"),
    ("Zagreb", "Kroatien"), ("Amman", "Jordanien"), ("Tirana", "Albanien"), ("Skopje", "Nordmazedonien"),
    ("Nikosia", "Zypern"), ("Buenos Aires", "Argentinien"), ("Reykjavik", "Island"), ("Maskat", "Oman"),
])
def test_capital_stands_for_its_state(capital: str, state: str) -> None:
    kb = load_kb()
    entry, country = kb.lookup(capital), kb.lookup(state)
    assert entry is not None and country is not None
    assert entry.stands_for == country.id


@pytest.mark.parametrize(("name", "canonical"), [
    ("M23-Rebellen", "M23"), ("Rapid Support Forces", "RSF"), ("Ansar Allah", "Huthi"),
    ("Frente Polisario", "Polisario"), ("Mara Salvatrucha", "MS-13"), ("pakistanische Taliban", "TTP"),
])
def test_armed_groups(name: str, canonical: str) -> None:
    entry = load_kb().lookup(name)
    assert entry is not None and entry.name == canonical and entry.type == "ORG"
