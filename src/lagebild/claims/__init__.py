"""Numeric claims: quantities with unit and scale, their hedges and who claims them.

"Sie verlieren 30.000 Soldaten im Monat" (Trump in a quotation) is the claim 30000
soldiers/month held by Trump; "rund 500 Milliarden US-Dollar" is 5e11 USD hedged by "rund";
"80 Prozent der Bevölkerung" is 0.8 (percent, as a fraction). The language knowledge (units,
scale words, hedges, rates, spelled-out numbers, the cues that name a source such as "laut")
is data: ``resources/claims/<lang>.json``.

A number becomes a claim only with a unit or a scale word after it; numbers inside a temporal
expression ("am 12. Februar", "seit 2014", "für 20 Jahre", "mehr als vier Stunden") and
ordinals ("der 2. Weltkrieg") are never claims. The holder is the speaker of the quotation
that contains the number, else the source a cue names in the sentence ("laut Kreml", "nach
Angaben des Generalstabs", "Reuters zufolge"); without either, the outlet itself (None).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from lagebild.errors import LagebildError
from lagebild.model import Claim, Document, Mention, replace, stable_id

log = logging.getLogger(__name__)

__all__ = ["claims_stage", "ClaimLexicon", "load", "parse_number"]

_TOKEN = re.compile(r"[%€$]|[\w][\w\-.]*\w\.?|\w", re.UNICODE)


class ClaimLexiconError(LagebildError):
    """A missing or malformed claims lexicon."""

    code = "E320"


@dataclass(frozen=True, eq=False)
class ClaimLexicon:
    """The claims knowledge of one language, with the number pattern compiled from it."""

    scales: dict[str, float]
    units: dict[str, str]
    hedges: tuple[str, ...]  # longest first
    rates: dict[str, str]
    number_words: dict[str, float]
    holder_cues: tuple[str, ...]
    number: re.Pattern[str]
    thousands: str = "."  # digit grouping: German "30.000", English "30,000"
    decimal: str = ","  # German "1,5", English "1.5"


@lru_cache(maxsize=8)
def load(lang: str = "de") -> ClaimLexicon:
    """The claims lexicon of ``lang`` (cached)."""
    try:
        raw = json.loads(resources.files("lagebild.resources.claims").joinpath(f"{lang}.json").read_text("utf-8"))
    except FileNotFoundError as e:
        raise ClaimLexiconError(f"no claims lexicon for language {lang!r}") from e
    words = sorted(raw["number_words"], key=len, reverse=True)
    t, d = re.escape(raw.get("thousands_separator", ".")), re.escape(raw.get("decimal_separator", ","))
    digits = rf"\d{{1,3}}(?:{t}\d{{3}})+(?:{d}\d+)?|\d+(?:{d}\d+)?"
    number = re.compile(rf"(?<![\w.,])(?:{digits}|(?:{'|'.join(map(re.escape, words))})(?!\w))", re.IGNORECASE)
    return ClaimLexicon(
        scales={k.lower(): float(v) for k, v in raw["scales"].items()},
        units={k.lower(): v for k, v in raw["units"].items()},
        hedges=tuple(sorted((h.lower() for h in raw["hedges"]), key=len, reverse=True)),
        rates={k.lower(): v for k, v in raw["rates"].items()},
        number_words={k.lower(): float(v) for k, v in raw["number_words"].items()},
        holder_cues=tuple(c.lower() for c in raw["holder_cues"]),
        number=number, thousands=raw.get("thousands_separator", "."), decimal=raw.get("decimal_separator", ","))


def parse_number(text: str, lex: ClaimLexicon) -> float | None:
    """A German number as a float: "30.000" -> 30000, "1,5" -> 1.5, "drei" -> 3."""
    low = text.lower()
    if low in lex.number_words:
        return lex.number_words[low]
    try:
        return float(text.replace(lex.thousands, "").replace(lex.decimal, "."))
    except ValueError:
        return None


def claims_stage(doc: Document) -> Document:
    """Stage: the document's numeric claims."""
    try:
        lex = load(doc.language or "de")
    except ClaimLexiconError:
        log.debug("no claims lexicon for language %r: no claims for %s", doc.language, doc.id)
        return replace(doc, claims=())
    return replace(doc, claims=tuple(extract_claims(doc, lex)))


def _in_timex(doc: Document, start: int, end: int) -> bool:
    return any(t.start <= start < t.end or start <= t.start < end for t in doc.timexes)


def extract_claims(doc: Document, lex: ClaimLexicon) -> list[Claim]:
    """The numeric claims of one document, in text order."""
    out: list[Claim] = []
    body = doc.body
    for m in lex.number.finditer(body):
        if _in_timex(doc, m.start(), m.end()):
            continue
        value = parse_number(m.group(0), lex)
        if value is None:
            continue
        pos = m.end()
        if body[pos:pos + 1] == "." and body[pos + 1:pos + 2] == " " and body[pos + 2:pos + 3].isalnum():
            continue  # an ordinal: "der 2. Weltkrieg", "zum 3. Mal"
        tokens = [(t.group(0), t.start(), t.end()) for t in _TOKEN.finditer(body, pos, min(len(body), pos + 80))][:5]
        i, scale = 0, None
        first = tokens[0][0].lower() if tokens else ""
        if first not in lex.scales:
            first = first.rstrip(".")  # "worth $500 billion.": the sentence's period
        if tokens and first in lex.scales:
            scale = first
            value *= lex.scales[scale]
            i = 1
        unit = lex.units.get(tokens[i][0].lower().rstrip(".")) if len(tokens) > i else None
        if unit is None and len(tokens) > i + 1 and _ADJECTIVE.match(tokens[i][0]) and \
                (u := lex.units.get(tokens[i + 1][0].lower().rstrip("."))):
            unit, i = u, i + 1  # "1.350 russische Soldaten", "97 iranische Drohnen"
        sign = body[m.start() - 1 : m.start()]
        prefixed = unit is None and bool(sign) and not sign.isalnum() and sign in lex.units
        if prefixed:
            unit = lex.units[sign]  # "$500 billion", "€3 billion": the currency sign before the number
        if unit is None and scale is None:
            continue  # a bare number: no quantity anyone claims
        if m.group(0).isalpha() and unit is None:
            continue  # "drei Millionen" alone is a figure of speech more often than a claim
        if prefixed:  # the span ends with the number or its scale word
            word, _, end = tokens[0] if scale else (m.group(0), m.start(), m.end())
        else:
            word, _, end = tokens[i] if unit else tokens[i - 1]
        if word.endswith(".") and word.lower() not in lex.units and word.lower() not in lex.scales:
            end -= 1  # the sentence's period, not an abbreviation's
        if unit == "percent":
            value /= 100
        value = float(f"{value:.12g}")  # 65,9 × 10⁹ is 65900000000, not 65900000000.00001
        rest = body[end:end + 20].lower().lstrip()
        rate = next((r for r in lex.rates if rest.startswith(r)), None)
        if unit and rate:
            unit = f"{unit}/{lex.rates[rate]}"  # "30.000 Soldaten im Monat"
        sent = doc.sentence_at(m.start())
        lo, hi = (sent.start, sent.end) if sent else (m.start(), end)
        out.append(Claim(id=stable_id("c", doc.id, m.start()), start=lo, end=hi, value=value, unit=unit,
                         holder=_holder(doc, m.start(), lo, hi, lex), hedge=_hedge(body, m.start(), lex),
                         number_start=m.start(), number_end=end))
    return out


def _hedge(body: str, start: int, lex: ClaimLexicon) -> str | None:
    """The hedge right before the number ("rund", "mehr als"), if any."""
    before = body[max(0, start - 25):start].lower().rstrip()
    for h in lex.hedges:
        if before.endswith(h) and (len(before) == len(h) or not before[-len(h) - 1].isalnum()):
            return h
    return None


def _holder(doc: Document, pos: int, lo: int, hi: int, lex: ClaimLexicon) -> str | None:
    """Who claims the number: the quotation's speaker, else the source a cue names, else the
    speaker of a quotation in the same sentence."""
    quote = next((q for q in doc.quotes if q.start <= pos < q.end and q.speaker), None)
    if quote is not None:
        return quote.speaker
    actors = [m for m in doc.mentions if lo <= m.start < hi and m.entity and m.label in ("PER", "ORG", "LOC")]
    low = doc.body[lo:hi].lower()
    known = {e.id for e in doc.entities}
    for cue in lex.holder_cues:
        for cm in re.finditer(rf"(?<!\w){re.escape(cue)}(?!\w)", low):
            at = lo + cm.start()
            # (a state only where the document names it, so that the holder is one of its entities)
            state = _state_before(doc.body, at)
            if state is not None and state in known:
                return state  # "nach ukrainischen Angaben", "russischen Schätzungen zufolge"
            named = _named_by(actors, at, at + len(cue), cue == "zufolge", doc.body)
            if named is not None:
                return named.entity
            m = _STATE_ORGAN.match(doc.body, at + len(cue))
            if cue != "zufolge" and m and (state := _state_of_adjective(m.group(1))) in known:
                return state  # "nach Angaben der ukrainischen Luftwaffe": an organ of the state
    # "Die Zölle beliefen sich auf neun Milliarden Pfund, sagte WTO-Chef Azevedo": the sentence's speaker
    speaker = next((q.speaker for q in doc.quotes if q.speaker and q.start < hi and lo < q.end), None)
    return speaker


#: What may stand between a source cue and the source it names: a genitive or "von" phrase
#: ("nach Angaben der ukrainischen Luftwaffe", "laut dem Bürgermeister von Charkiw"), never a
#: verb or another clause ("nach ukrainischen Angaben die Hafenstadt Odessa": Odessa is the target).
_SOURCE_GAP = re.compile(r"\s*(?:(?:der|des|dem|den|die|von|vom|eines|einer|einem)\s+)?(?:[a-zäöüß][\w-]*\s+){0,2}$")


def _named_by(actors: list[Mention], cue_start: int, cue_end: int, before: bool, body: str) -> Mention | None:
    """The actor a source cue names: right after "laut", "nach Angaben", right before "zufolge"."""
    if before:
        near = [m for m in actors if m.end <= cue_start and cue_start - m.end <= 3]
        return near[-1] if near else None
    near = [m for m in actors if m.start >= cue_end and m.start - cue_end <= 25 and
            _SOURCE_GAP.match(body[cue_end:m.start])]
    return near[0] if near else None


#: A declined adjective between a number and its unit (lower case, with an adjective ending).
_ADJECTIVE = re.compile(r"^[a-zäöüß][a-zäöüß-]+(?:e|en|er|es|em)$")

#: "der ukrainischen Luftwaffe", "des russischen Verteidigungsministeriums" after a source cue.
_STATE_ORGAN = re.compile(r"\s+(?:der|des|von|vom)\s+([a-zäöü][\w-]*)\s+[A-ZÄÖÜ]")


def _state_before(body: str, cue_start: int) -> str | None:
    """The state an adjective right before the cue names ("ukrainischen Angaben"), if any."""
    m = re.search(r"(\w+)\s+$", body[max(0, cue_start - 30):cue_start])
    if m is None or not m.group(1)[:1].islower():
        return None
    return _state_of_adjective(m.group(1))


def _state_of_adjective(word: str) -> str | None:
    """The state a declined adjective names ("ukrainischen" → Ukraine), from the knowledge base."""
    from lagebild.entities.kb import load_kb, load_lexicon

    kb, lex = load_kb(), load_lexicon()
    for ending in lex.adjective_endings:
        if word.endswith(ending) and (state := kb.adjectives.get(word[: -len(ending)])):
            return state
    return None
