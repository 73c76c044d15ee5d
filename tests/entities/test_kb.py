"""The bundled knowledge base: offices by date, look-ups, the lexicon."""

from __future__ import annotations

import pytest

from lagebild.entities.kb import fold, load_kb, load_lexicon, translit_key


@pytest.mark.parametrize(
    ("key", "of", "day", "holder"),
    [
        ("head_of_state", "Q30", "2018-07-16", "Q22686"),
        ("head_of_state", "Q30", "2023-05-10", "Q6279"),
        ("head_of_state", "Q30", "2025-01-19", "Q6279"),
        ("head_of_state", "Q30", "2025-01-20", "Q22686"),
        ("head_of_state", "Q159", "2010-01-01", "kb:dmitri-medwedew"),
        ("head_of_government", "Q159", "2010-01-01", "Q7747"),
        ("head_of_state", "Q159", "2025-01-01", "Q7747"),
        ("head_of_government", "Q183", "2019-01-01", "Q567"),
        ("head_of_government", "Q183", "2023-01-01", "kb:olaf-scholz"),
        ("head_of_government", "Q183", "2025-06-01", "kb:friedrich-merz"),
        ("foreign_minister", "Q30", "2025-03-01", "kb:marco-rubio"),
        ("foreign_minister", "Q30", "2022-03-01", "kb:antony-blinken"),
        ("foreign_minister", "Q212", "2023-03-01", "kb:dmytro-kuleba"),
        ("secretary_general", "Q7184", "2025-03-01", "kb:mark-rutte"),
        ("spokesperson", "Q159", "2025-03-01", "kb:dmitri-peskow"),
        ("head_of_state", "Q212", "2015-01-01", "kb:petro-poroschenko"),
    ],
)
def test_office_holders(key: str, of: str, day: str, holder: str) -> None:
    assert load_kb().holder(key, of, day) == holder


def test_nobody_before_the_records() -> None:
    assert load_kb().holder("foreign_minister", "Q212", "1990-01-01") is None


@pytest.mark.parametrize(
    ("surface", "entity"),
    [
        ("Putin", "Q7747"),
        ("Putins", "Q7747"),
        ("Vladimir Putin", "Q7747"),
        ("Zelenskyy", "Q3874799"),
        ("Selenskij", "Q3874799"),
        ("Lavrov", "kb:sergej-lawrow"),
        ("Peskov", "kb:dmitri-peskow"),
        ("Sacharowa", "kb:maria-sacharowa"),
        ("Ryabkov", "kb:sergei-rjabkow"),
        ("Kyjiw", "Q1899"),
        ("Weißen Hauses", "kb:weisses-haus"),
        ("Nato", "Q7184"),
        ("UNO", "Q1065"),
        ("Vereinigten Staaten", "Q30"),
    ],
)
def test_lookup(surface: str, entity: str) -> None:
    entry = load_kb().lookup(surface)
    assert entry is not None and entry.id == entity


@pytest.mark.parametrize(
    ("entity", "day", "state"),
    [("Q7747", "2025-01-01", "Q159"), ("Q6279", "2025-06-01", None), ("Q6279", None, "Q30"), ("Q649", None, "Q159")],
)
def test_state_at(entity: str, day: str | None, state: str | None) -> None:
    assert load_kb().entries[entity].state_at(day) == state


def test_types_follow_the_conventions() -> None:
    kb = load_kb()
    assert {kb.entries[i].type for i in ("Q159", "Q30", "Q649", "Q46", "Q7835")} == {"LOC"}
    assert {kb.entries[i].type for i in ("kb:kreml", "kb:weisses-haus", "Q7184", "Q458")} == {"ORG"}


def test_lexicon_inflects_role_nouns() -> None:
    lex = load_lexicon()
    assert lex.role_nouns["Präsidenten"].key == "head_of_state"
    assert lex.role_nouns["Kremlchefs"].state == "Q159"


@pytest.mark.parametrize(("a", "b"), [("Élysée", "elysee"), ("Weiße", "weisse")])
def test_fold(a: str, b: str) -> None:
    assert fold(a) == b


def test_translit_keeps_different_names_apart() -> None:
    assert translit_key("Sergej Lawrow") != translit_key("Sergei Rjabkow")
