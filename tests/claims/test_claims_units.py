"""Units a claim shares or finds past a word (trial 7): a range's first number takes the unit of
the second ("von 145 auf 30 Prozent"), a people's adjective may stand between a number and its
unit ("33 israelische Geiseln", "2,000 Palestinian prisoners"), and a people's plural counts
people ("killed more than 400 Palestinians")."""

from __future__ import annotations

import pytest

from lagebild.claims import claims_stage
from lagebild.model import Document, Sentence
from lagebild.time import time_stage


def _claims(text: str, lang: str) -> list[tuple[str, float, str | None, str | None, str | None]]:
    doc = Document(id="u", source="u.txt", body=text, sentences=(Sentence(0, len(text)),), language=lang,
                   published="2025-04-10")
    return [(text[c.number_start or 0:c.number_end], c.value, c.unit, c.hedge, c.outcome)
            for c in claims_stage(time_stage(doc)).claims]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # a change or range: the first number has no unit of its own, it shares the second's (and its scale)
    ("Die Abgaben sinken von 120 auf 25 Prozent.", "de",
     [("120", 1.2, "percent", None, None), ("25 Prozent", 0.25, "percent", None, None)]),
    ("Die Quote fiel von zwölf auf acht Prozent.", "de",
     [("zwölf", 0.12, "percent", None, None), ("acht Prozent", 0.08, "percent", None, None)]),
    ("Der Schaden liegt zwischen 15 und 18 Milliarden Euro.", "de",
     [("15", 1.5e10, "EUR", None, None), ("18 Milliarden Euro", 1.8e10, "EUR", None, None)]),
    ("Die Quote lag bei 40 bis 45 Prozent.", "de",
     [("40", 0.4, "percent", None, None), ("45 Prozent", 0.45, "percent", None, None)]),
    ("Levies fell from 60 to 15 percent.", "en",
     [("60", 0.6, "percent", None, None), ("15 percent", 0.15, "percent", None, None)]),
    # "auf" without "von" is no range: the number before it is a year or counts something else
    ("Der Anteil stieg 2023 auf 30 Prozent.", "de", [("30 Prozent", 0.3, "percent", None, None)]),
    ("Die Partei kam mit 12 auf 30 Prozent.", "de", [("30 Prozent", 0.3, "percent", None, None)]),
    ("Between 2019 and 40 percent of them.", "en", [("40 percent", 0.4, "percent", None, None)]),
    # a people's adjective between the number and its unit
    ("Die Miliz hält noch 27 israelische Geiseln fest.", "de",
     [("27 israelische Geiseln", 27, "hostages", None, None)]),
    ("Im Gegenzug kommen knapp 1.500 palästinensische Häftlinge frei.", "de",
     [("1.500 palästinensische Häftlinge", 1500, "prisoners", "knapp", None)]),
    ("Israel freed about 1,800 Palestinian prisoners.", "en",
     [("1,800 Palestinian prisoners", 1800, "prisoners", "about", None)]),
    ("Twelve civilians died and 90 were wounded.", "en",
     [("Twelve civilians", 12, "civilians", None, "killed"), ("90 were wounded", 90, "injured", None, "injured")]),
    # a people's plural counts people, and takes the outcome of its clause
    ("Airstrikes killed more than 300 Syrians on Monday.", "en",
     [("300 Syrians", 300, "people", "more than", "killed")]),
    ("More than 12,500 Afghans have been killed.", "en",
     [("12,500 Afghans", 12500, "people", "more than", "killed")]),
    ("Rund 200 Ukrainer wurden verletzt.", "de", [("200 Ukrainer", 200, "people", "rund", "injured")]),
    ("Three Iraqis and 12 Pakistanis were detained.", "en",
     [("Three Iraqis", 3, "people", None, "detained"), ("12 Pakistanis", 12, "people", None, "detained")]),
    ("Flights to 2 Paris airports and 3 Davis Cup ties were cancelled.", "en", []),  # no people's plural
    # other units of the trial: hostages, vehicles, trucks, the pound sign
    ("The group still holds 24 hostages.", "en", [("24 hostages", 24, "hostages", None, None)]),
    ("Rund 300.000 Fahrzeuge wurden verschifft.", "de", [("300.000 Fahrzeuge", 300000, "vehicles", "rund", None)]),
    ("Some 500 trucks crossed.", "en", [("500 trucks", 500, "trucks", "some", None)]),
    ("It would cost £12bn a year.", "en", [("12bn", 1.2e10, "GBP/year", None, None)]),
])
def test_units(text: str, lang: str, expected: list[tuple[str, float, str | None, str | None, str | None]]) -> None:
    got = _claims(text, lang)
    assert [(w, pytest.approx(v), u, h, o) for w, v, u, h, o in got] == expected
