"""Numeric claims: quantities with unit and scale, their hedges and who claims them.

First version: a number (digits with German grouping, or with a scale word such as
"Milliarden"), an optional hedge before it ("rund", "mehr als") and a unit after it from a
small lexicon; the holder is the speaker of a quotation that contains the number.
"""

from __future__ import annotations

import re

from lagebild.model import Claim, Document, replace, stable_id

_SCALE = {"tausend": 1e3, "million": 1e6, "millionen": 1e6, "mio": 1e6, "mio.": 1e6,
          "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "mrd.": 1e9, "billion": 1e12, "billionen": 1e12}
_UNITS = {"prozent": "percent", "%": "percent", "soldaten": "soldiers", "us-dollar": "USD",
          "dollar": "USD", "euro": "EUR", "menschen": "people", "tote": "deaths", "toten": "deaths",
          "kilometer": "km", "jahre": "years", "stunden": "hours", "tonnen": "tonnes"}
_HEDGES = ("rund", "etwa", "mehr als", "über", "fast", "knapp", "bis zu", "mindestens", "ungefähr", "ca.")
_NUM = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(?:\s+(?P<scale>"
    + "|".join(sorted((re.escape(k) for k in _SCALE), key=len, reverse=True))
    + r"))?\s*(?P<unit>%|[A-Za-zÄÖÜäöüß-]+)", re.IGNORECASE)


def claims_stage(doc: Document) -> Document:
    """Stage: the document's numeric claims."""
    out: list[Claim] = []
    for m in _NUM.finditer(doc.body):
        unit = _UNITS.get(m.group("unit").lower())
        if unit is None:
            continue
        value = float(m.group("num").replace(".", "").replace(",", "."))
        if m.group("scale"):
            value *= _SCALE[m.group("scale").lower()]
        if unit == "percent":
            value /= 100
        before = doc.body[max(0, m.start() - 12):m.start()].lower()
        hedge = next((h for h in _HEDGES if before.rstrip().endswith(h)), None)
        sent = doc.sentence_at(m.start())
        lo, hi = (sent.start, sent.end) if sent else (m.start(), m.end())
        holder = next((q.speaker for q in doc.quotes if q.start <= m.start() < q.end), None)
        out.append(Claim(id=stable_id("c", doc.id, m.start()), start=lo, end=hi, value=value, unit=unit,
                         holder=holder, hedge=hedge, number_start=m.start(), number_end=m.end()))
    return replace(doc, claims=tuple(out))
