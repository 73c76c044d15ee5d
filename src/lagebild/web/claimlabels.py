"""How a numeric claim reads in the interface language: "rund 400 Drohnen", "5 Mrd. Euro".

A claim stores language-neutral keys (``unit="drones"``, ``value=400.0``, ``outcome="killed"``;
see ``docs/events.md``). The sixth user trial read "rund 400 drones" and "mindestens 12 people
(getötet)" in the German UI: the keys were shown as words. The words come from the UI labels
(``resources/ui/<lang>.json``: ``claim_units`` with the singular and the plural of each unit,
``claim_rates``, ``claim_scales``, ``outcome_*``), so that a language is added as data; the web
API sends these texts beside the raw keys and the dossier writes them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lagebild import claims as claim_lexicon
from lagebild.web.labels import labels, ui_language

Claim = Mapping[str, Any]


def _plain(value: float, lang: str) -> str:
    """12.0 as "12", 1500.0 as "1.500" (German) or "1,500", 0.8 as "0,8" / "0.8"."""
    value = float(f"{value:.12g}")  # 0.8 × 100 is 80, not 80.00000000000001
    text = f"{value:,.0f}" if value == int(value) else f"{value:,}"
    return text.translate(str.maketrans(",.", ".,")) if ui_language(lang) == "de" else text


def number(value: float, lang: str) -> str:
    """A number as the interface language writes it, large ones with their scale word where that
    loses nothing: 30000 as "30.000", 5e9 as "5 Mrd." (German) or "5 billion", 1.5e6 as
    "1,5 Mio."; 1234567 keeps its digits ("1.234.567"), a rounded "1,23 Mio." would be a
    figure no source gave."""
    for scale, word in labels(ui_language(lang)).get("claim_scales", []):
        if abs(value) >= scale:
            q = float(f"{value / scale:.12g}")
            if q == round(q, 2):
                return f"{_plain(q, lang)} {word}"
            break
    return _plain(value, lang)


def _shown(c: Claim) -> float:
    """The value as the reader sees it: a percentage is stored as a fraction (80 % as 0.8)."""
    value = float(c["value"])
    return value * 100 if _base(c.get("unit")) == "percent" else value


def _base(unit: str | None) -> str | None:
    """``soldiers/month`` → ``soldiers``."""
    return unit.split("/", 1)[0] if unit else None


def _one(c: Claim) -> bool:
    """Whether a claim counts one (its unit in the singular): "1 Soldat", but "1,5 Mio. Euro"."""
    return c.get("value_max") is None and _shown(c) == 1


def hedge(word: str | None, lang: str) -> str | None:
    """A claim's hedge in the interface language: "rund" as "about" in the English interface,
    "more than" as "mehr als" in the German one (the sixth trial read German hedges beside
    English units). The hedge is stored as the article wrote it; the claims lexicons say what
    it means (``hedge_meanings``), the labels how the interface says that; a word neither knows
    is shown as written."""
    if not word:
        return word
    for source in claim_lexicon.LANGUAGES:
        meaning = claim_lexicon.load(source).hedge_meanings.get(word.lower())
        if meaning is not None:
            return str(labels(ui_language(lang)).get("claim_hedges", {}).get(meaning, word))
    return word


def figure(c: Claim, lang: str) -> str:
    """A claim's number as a reader says it, with its hedge: "mindestens 12", "rund 5 Mrd.",
    "80"; a word that gives only an order with the range it allows, never as an exact number:
    "tausende (1.000–9.999)"."""
    said = hedge(c.get("hedge"), lang)
    if c.get("value_max") is not None:
        return f'{said or ""} ({number(c["value"], lang)}–{number(c["value_max"], lang)})'.strip()
    return " ".join(x for x in (said, number(_shown(c), lang)) if x)


def unit_name(unit: str | None, lang: str, *, one: bool = False) -> str:
    """A unit key in words, in the plural unless ``one``: "Drohnen", "Drohne", "Soldaten pro
    Monat"; "" for none. A key the labels lack is shown as it is (better a "widgets" than
    nothing)."""
    if not unit:
        return ""
    lab = labels(ui_language(lang))
    base, _, rate = unit.partition("/")
    forms = lab.get("claim_units", {}).get(base)
    name = (forms[0] if one else forms[1]) if forms else base
    return f'{name} {lab.get("claim_rates", {}).get(rate, rate)}' if rate else name


def _outcome(c: Claim, lang: str) -> str | None:
    """The outcome's participle ("getötet"), unless the unit says it itself: "7 Tote", not
    "7 Tote getötet" (the claims lexicon's ``unit_outcomes``)."""
    outcome = c.get("outcome")
    if not outcome:
        return None
    if claim_lexicon.load(ui_language(lang)).unit_outcomes.get(_base(c.get("unit")) or "") == outcome:
        return None
    return str(labels(ui_language(lang)).get("outcome_" + outcome, outcome))


def heading(c: Claim, lang: str) -> str:
    """What a group of figures counts, its unit in the plural and its outcome: "Menschen
    getötet", "Drohnen", "Tote" (the head of "Menschen getötet: mindestens 12 (ZEIT ONLINE) · 14
    (tagesschau.de)")."""
    return " ".join(x for x in (unit_name(c.get("unit"), lang), _outcome(c, lang)) if x)


def label(c: Claim, lang: str) -> str:
    """A whole claim as a reader says it: "rund 400 Drohnen", "mindestens 12 Menschen getötet",
    "1 Soldat getötet", "5 Mrd. Euro", "80 Prozent", "30.000 Soldaten pro Monat"."""
    return " ".join(x for x in (figure(c, lang), unit_name(c.get("unit"), lang, one=_one(c)), _outcome(c, lang))
                    if x)


def rendered(c: Claim, lang: str) -> dict[str, str]:
    """The texts the web UI shows for a claim, beside its raw keys in the API: ``label``,
    ``figure``, ``unit_label`` (in the number the figure takes) and ``heading``."""
    return {"label": label(c, lang), "figure": figure(c, lang),
            "unit_label": unit_name(c.get("unit"), lang, one=_one(c)), "heading": heading(c, lang)}
