"""The events stage on hand-written English sentences with ``resources/events/en_*``.

Each document gets sentences, mentions from a tiny English knowledge base and its temporal
expressions from the English time rules, so the dates are the tagger's. ``test_english_syntax``
holds constructions whose words the lexicon gives to code that was German first: coordination
("and"), the subject pronoun ("he"), the clause cut after a reporting verb (see docs/english.md).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lagebild.events import events_stage, load
from lagebild.model import Document
from lagebild.time import time_stage

#: surface -> (entity id, label, stands_for); longer surfaces are matched first
KB: dict[str, tuple[str, str, str | None]] = {
    "Donald Trump": ("trump", "PER", "usa"), "Trump": ("trump", "PER", "usa"),
    "Vladimir Putin": ("putin", "PER", "russia"), "Putin": ("putin", "PER", "russia"),
    "Zelensky": ("zelensky", "PER", "ukraine"), "Macron": ("macron", "PER", "france"),
    "Starmer": ("starmer", "PER", "uk"), "Gershkovich": ("gershkovich", "PER", "usa"),
    "Russia": ("russia", "LOC", None), "Ukraine": ("ukraine", "LOC", None), "United States": ("usa", "LOC", None),
    "Britain": ("uk", "LOC", None), "France": ("france", "LOC", None), "Iran": ("iran", "LOC", None),
    "Israel": ("israel", "LOC", None), "Poland": ("poland", "LOC", None), "NATO": ("nato", "ORG", None),
    "European Union": ("eu", "ORG", None), "Kyiv": ("kyiv", "LOC", "ukraine"), "Kharkiv": ("kharkiv", "LOC", "ukraine"),
    "Moscow": ("moscow", "LOC", "russia"), "Helsinki": ("helsinki", "LOC", "finland"),
    "Washington": ("washington", "LOC", "usa"), "Paris": ("paris", "LOC", "france"),
}


_BUILD: list[Callable[..., Document]] = []


@pytest.fixture(autouse=True)
def _builder(doc: Callable[..., Document]) -> None:
    _BUILD[:] = [doc]  # the events tests' document builder (conftest.make_doc), with this KB


def _doc(text: str, published: str = "2025-02-14") -> Document:
    return time_stage(_BUILD[0](text, None, published, "e1", kb=KB, language="en"))


def _events(text: str) -> list[tuple[str, str | None, tuple[str, ...], tuple[str, ...], str, str | None]]:
    return [(e.type, e.mode, e.sources, e.targets, e.status, e.date.value if e.date else None)
            for e in events_stage(_doc(text)).events]


# (text, type, mode, sources, targets, date): one occurred event each.
OCCURRED = [
    ("Donald Trump spoke by phone with Vladimir Putin on Wednesday.", "CONSULT", "phone", ("trump",), ("putin",),
     "2025-02-12"),
    ("Trump called Putin on Wednesday.", "CONSULT", "phone", ("trump",), ("putin",), "2025-02-12"),
    ("Trump spoke to Putin for 90 minutes.", "CONSULT", None, ("trump",), ("putin",), "2025-02"),
    ("Trump met Zelensky in Paris on Saturday.", "CONSULT", "visit", ("trump",), ("zelensky",), "2025-02-08"),
    ("Trump met with Zelensky.", "CONSULT", "visit", ("trump",), ("zelensky",), "2025-02"),
    ("Trump and Putin met in Helsinki in July 2018.", "CONSULT", "visit", ("trump",), ("putin",), "2018-07"),
    ("Zelensky visited Washington last week.", "CONSULT", "visit", ("zelensky",), ("washington",), "2025-W06"),
    ("Russia and Ukraine agreed on a prisoner exchange.", "AGREE", None, ("russia",), ("ukraine",), "2025-02"),
    ("Ukraine and the United States signed a minerals deal.", "COOPERATE", None, ("ukraine",), ("usa",), "2025-02"),
    ("Zelensky criticized Trump on Thursday.", "DISAPPROVE", None, ("zelensky",), ("trump",), "2025-02-13"),
    ("The European Union condemned Russia.", "DISAPPROVE", None, ("eu",), ("russia",), "2025-02"),
    ("Russia accused Ukraine of attacking a pipeline.", "DISAPPROVE", None, ("russia",), ("ukraine",), "2025-02"),
    ("Putin threatened NATO with nuclear weapons.", "THREATEN", None, ("putin",), ("nato",), "2025-02"),
    ("Zelensky demanded security guarantees from the United States.", "DEMAND", None, ("zelensky",), ("usa",),
     "2025-02"),
    ("The European Union imposed sanctions on Russia.", "SANCTION", None, ("eu",), ("russia",), "2025-02"),
    ("Russia attacked Kyiv with drones on Monday.", "FIGHT", None, ("russia",), ("kyiv",), "2025-02-10"),
    ("Russia launched drones at Ukraine overnight.", "FIGHT", "aerial", ("russia",), ("ukraine",), "2025-02"),
    ("Russia shelled Kharkiv on Sunday.", "FIGHT", "artillery", ("russia",), ("kharkiv",), "2025-02-09"),
    ("Russia invaded Ukraine in February 2022.", "FIGHT", None, ("russia",), ("ukraine",), "2022-02"),
    ("Kyiv was attacked by Russia on Sunday.", "FIGHT", None, ("russia",), ("kyiv",), "2025-02-09"),
    ("Ukraine was invaded by Russia in 2022.", "FIGHT", None, ("russia",), ("ukraine",), "2022"),
    ("Russia arrested Gershkovich in Moscow.", "COERCE", None, ("russia",), ("gershkovich",), "2025-02"),
]


@pytest.mark.parametrize(("text", "etype", "mode", "sources", "targets", "date"), OCCURRED)
def test_occurred(text: str, etype: str, mode: str | None, sources: tuple[str, ...], targets: tuple[str, ...],
                  date: str) -> None:
    assert _events(text) == [(etype, mode, sources, targets, "occurred", date)]


@pytest.mark.parametrize(("text", "etype", "status"), [
    ("Trump will meet Putin in Helsinki.", "CONSULT", "planned"),
    ("Putin is expected to meet Trump next month.", "CONSULT", "planned"),
    ("Trump plans to visit Moscow.", "CONSULT", "planned"),
    ("Russia could attack Poland.", "FIGHT", "hypothetical"),
    ("Russia might invade Poland.", "FIGHT", "hypothetical"),
    ("Trump did not meet Putin.", "CONSULT", "negated"),
    ("Trump didn't meet Putin.", "CONSULT", "negated"),
])
def test_status(text: str, etype: str, status: str) -> None:
    ((t, _, _, _, s, _),) = _events(text)
    assert (t, s) == (etype, status)


@pytest.mark.parametrize(("text", "sources"), [
    ("Trump was elected president in November 2024.", ("trump",)),
    ("Trump took office on January 20.", ("trump",)),
])
def test_one_sided(text: str, sources: tuple[str, ...]) -> None:
    ((t, _, src, tgt, _, _),) = _events(text)
    assert (t, src, tgt) == ("OTHER", sources, ())


def test_two_clauses() -> None:
    text = "The United States imposed sanctions on Iran, and Iran threatened Israel."
    assert [(t, s, g) for t, _, s, g, _, _ in _events(text)] == [
        ("SANCTION", ("usa",), ("iran",)), ("THREATEN", ("iran",), ("israel",))]


@pytest.mark.parametrize("text", [
    "Trump called for a ceasefire.",  # a demand without a second side
    "Russia refused to sign the agreement.",  # one side only
    "Trump met reporters at the White House.",  # no actor on the other side
])
def test_no_event(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Britain and France condemned Russia.", [("DISAPPROVE", ("uk", "france"), ("russia",))]),
    pytest.param("Zelensky spoke with Macron and Starmer.", [("CONSULT", ("zelensky",), ("macron", "starmer"))]),
    pytest.param("Trump met Putin. He also called Zelensky.",
                 [("CONSULT", ("trump",), ("putin",)), ("CONSULT", ("trump",), ("zelensky",))]),
    pytest.param("Zelensky said Russia attacked Kharkiv.", [("FIGHT", ("russia",), ("kharkiv",))]),
    # demonyms are capitalised in English, their heads are not
    pytest.param("Russian forces shelled Kharkiv.", [("FIGHT", ("Q159",), ("kharkiv",))]),
])
def test_english_syntax(text: str, expected: list[tuple[str, tuple[str, ...], tuple[str, ...]]]) -> None:
    assert [(t, s, g) for t, _, s, g, _, _ in _events(text)] == expected


def test_lexicon_loads() -> None:
    lex = load("en")
    assert lex.status["will"] == "planned" and lex.status["not"] == "negated"
    assert any(t.type == "SANCTION" for t in lex.match("imposed"))
