"""The numeric claims of an event's reports beside each other, and the claims' outcome filter:
two outlets that count the dead of one attack differently both stay visible."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from lagebild.dossier import render_dossier
from lagebild.merge import merge
from lagebild.model import Claim, DateValue, Document, Entity, Event, Mention, Sentence, stable_id
from lagebild.store import Store
from lagebild.web import queries

RUSSIA = Entity("Q159", "Russland", "LOC", ("Russland",))
KYIV = Entity("Q1899", "Kiew", "LOC", ("Kiew",), "Q212")
DAY = DateValue("2025-04-24", "2025-04-24", "2025-04-24", "day")


def _report(did: str, outlet: str, published: str, attack: str, rest: str,
            numbers: list[tuple[str, float, str, str | None]]) -> Document:
    """An article whose first sentence reports Russia's attack on Kiew; ``numbers`` are its
    claims as (words in the body, value, unit, outcome)."""
    body = f"{attack} {rest}"
    split = len(attack)
    claims = []
    for words, value, unit, outcome in numbers:
        i = body.index(words)
        lo, hi = (0, split) if i < split else (split + 1, len(body))
        claims.append(Claim(stable_id("c", did, i), lo, hi, value, unit, hedge=None, number_start=i,
                            number_end=i + len(words), outcome=outcome))
    r, k = body.index("Russland"), body.index("Kiew")
    return Document(
        id=did, source=f"{did}.txt", body=body, title=attack, published=published, outlet=outlet, language="de",
        sentences=(Sentence(0, split), Sentence(split + 1, len(body))),
        mentions=(Mention(r, r + 8, "LOC", RUSSIA.id), Mention(k, k + 4, "LOC", KYIV.id)), entities=(RUSSIA, KYIV),
        events=(Event(stable_id("e", did, 0), "FIGHT", 0, split, (RUSSIA.id,), (KYIV.id,), date=DAY),),
        claims=tuple(claims))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    db = tmp_path_factory.mktemp("attack") / "db"
    with Store(db) as s:
        s.add_documents([
            _report("dzeit0000000001", "ZEIT ONLINE", "2025-04-24",
                    "Bei einem Angriff hat Russland in Kiew mindestens 12 Menschen getötet.",
                    "Russland feuerte 66 Raketen ab.", [("12 Menschen", 12, "people", "killed"),
                                                        ("66 Raketen", 66, "missiles", None)]),
            _report("dtages000000002", "tagesschau.de", "2025-04-25",
                    "Bei dem Angriff Russlands auf Kiew kamen 14 Menschen ums Leben.",
                    "Mehr als 100 Menschen wurden verletzt.", [("14 Menschen", 14, "people", "killed"),
                                                               ("100 Menschen", 100, "people", "injured")]),
        ])
        merge(s)
    return Store(db, readonly=True)


def test_an_event_lists_the_claims_of_its_reports_sentences(store: Store) -> None:
    (event,) = queries.events(store, event_type="FIGHT")
    one = queries.event(store, event["id"])
    assert one is not None
    # only the sentences that report the attack: not the missiles, not the injured of the next sentence
    assert [(c["value"], c["unit"], c["outcome"], c["outlet"]) for c in one["claims"]] == [
        (12, "people", "killed", "ZEIT ONLINE"), (14, "people", "killed", "tagesschau.de")]


@pytest.mark.parametrize(("outcome", "values"), [
    ("killed", [12, 14]), ("injured", [100]), ("missing", []), (None, [12, 66, 14, 100]),
])
def test_claims_filter_by_outcome(store: Store, outcome: str | None, values: list[float]) -> None:
    assert [c["value"] for c in queries.claims(store, outcome=outcome)] == values


def test_a_database_older_than_the_outcome_reads_without_it(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    with Store(db) as s:
        s.add_documents([_report("dold00000000003", "Test", "2025-04-24", "Russland griff Kiew an, 3 Menschen starben.",
                                 "Mehr nicht.", [("3 Menschen", 3, "people", "killed")])])
        merge(s)
    with sqlite3.connect(db) as c:
        c.execute("ALTER TABLE claims DROP COLUMN outcome")
    with Store(db, readonly=True) as s:
        assert [(c["value"], c["outcome"]) for c in queries.claims(s)] == [(3, None)]
        assert queries.claims(s, outcome="killed") == []
        (event,) = queries.events(s)
        assert [c["value"] for c in queries.event(s, event["id"])["claims"]] == [3]  # type: ignore[index]


def test_the_dossier_shows_the_figures_of_each_event(store: Store) -> None:
    html = render_dossier(store, generated="2025-04-26")
    # the units in the dossier's language, not the claims' keys ("people (getötet)": sixth trial)
    assert ("<b>Menschen getötet</b>: 12 (ZEIT ONLINE) · 14 (tagesschau.de) — die Quellen nennen abweichende Zahlen"
            in html)
    assert "people" not in html
