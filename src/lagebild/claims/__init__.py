"""Numeric claims: quantities with unit and scale, their hedges and who claims them.

"Sie verlieren 30.000 Soldaten im Monat" (Trump in a quotation) is the claim 30000
soldiers/month held by Trump; "rund 500 Milliarden US-Dollar" is 5e11 USD hedged by "rund";
"80 Prozent der Bevölkerung" is 0.8 (percent, as a fraction). The language knowledge (units,
scale words, hedges, rates, spelled-out numbers, the cues that name a source such as "laut",
the predicates that say what happened to the counted) is data: ``resources/claims/<lang>.json``.

A number becomes a claim only with a unit or a scale word after it; numbers inside a temporal
expression ("am 12. Februar", "seit 2014", "für 20 Jahre", "mehr als vier Stunden") and
ordinals ("der 2. Weltkrieg") are never claims. The holder is the speaker of the quotation
that contains the number, else the source a cue names in the sentence ("laut Kreml", "nach
Angaben des Generalstabs", "Reuters zufolge"); without either, the outlet itself (None).

A count of people gets its *outcome*, what happened to the counted, from the predicate of its
clause ("mindestens 12 Menschen getötet" killed, "90 Menschen seien verletzt worden" injured,
"kamen 14 Menschen ums Leben" killed) or from a unit that says it ("12 Tote"). A second number
whose noun is elided takes the first's unit with its own outcome ("14 Zivilisten getötet und 52
verletzt": 52 civilians injured).
"""

from __future__ import annotations

import bisect
import json
import logging
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from lagebild.errors import LagebildError
from lagebild.model import Claim, Document, Mention, replace, stable_id

log = logging.getLogger(__name__)

#: the languages with a claims lexicon (``resources/claims/<lang>.json``)
LANGUAGES = ("de", "en")

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
    hedge_meanings: dict[str, str]  # "rund" -> about: the key the interface words in its own language
    rates: dict[str, str]
    number_words: dict[str, float]
    vague_numbers: dict[str, float]  # "tausende" -> 9999: the upper bound; the word is kept as the hedge
    holder_cues: tuple[str, ...]
    outcomes: dict[str, str]  # predicate word form -> outcome ("getötet" -> killed)
    outcome_units: frozenset[str]  # the units whose counts can have an outcome (people, soldiers …)
    unit_outcomes: dict[str, str]  # a unit that says the outcome itself ("deaths" -> killed)
    subset_cues: tuple[str, ...]  # "darunter": the clause names a part of the one before
    conjunctions: tuple[str, ...]  # "und": may join a second number with an elided noun
    count_nouns: dict[str, tuple[str, str]]  # "zahl der toten" -> (deaths, killed)
    count_noun: re.Pattern[str]  # any of ``count_nouns``
    count_link: re.Pattern[str]  # "auf", "mit" (and a hedge) right before a counted bare number, at the end
    singular: re.Pattern[str]  # "ein Soldat", "einen aserbaidschanischen Soldaten": groups 1 article, 2 noun
    singular_units: dict[str, str]  # "soldat" -> soldiers
    unit_links: frozenset[str]  # "of": may stand between a number word and its unit ("thousands of people")
    number: re.Pattern[str]
    predicate: re.Pattern[str]  # any of ``outcomes``, a whole word or phrase
    hedge_gap: re.Pattern[str]  # what may stand between a predicate and its number: a hedge
    thousands: str = "."  # digit grouping: German "30.000", English "30,000"
    decimal: str = ","  # German "1,5", English "1.5"
    reported_verbs: frozenset[str] = frozenset()  # Konjunktiv I: "belaufe", "seien" (the report goes on)
    state_organs: tuple[str, ...] = ()  # "polizei", "ministerium": a state's organ gives the state's figures
    organ_sources: tuple[str, ...] = ()  # "angaben": "Polizeiangaben" names the organ as a source
    unit_adjective: re.Pattern[str] = re.compile(r"(?!)")  # "1.350 russische Soldaten", "2,000 Palestinian prisoners"
    people_noun: re.Pattern[str] = re.compile(r"(?!)")  # "400 Palestinians": a people's plural counts people
    range_links: tuple[tuple[str, tuple[str, ...]], ...] = ()  # "auf" after "von": "von 145 auf 30 Prozent"

    def unit(self, token: str) -> str | None:
        """The unit a word after a number names: one of ``units`` ("Prozent", "soldiers"), else
        people for the plural of a people ("killed more than 400 Palestinians", "300
        Palästinenser"): ``people_noun`` or a demonym of the knowledge base, as written."""
        word = token.rstrip(".")
        unit = self.units.get(word.lower())
        if unit is not None or not word[:1].isupper():
            return unit
        from lagebild.entities.kb import load_kb

        return "people" if self.people_noun.fullmatch(word) or word in load_kb().demonyms else None

    def names_organ(self, word: str) -> bool:
        """Whether ``word`` names an organ of a state ("Innenministeriums", "Landespolizei",
        "Polizeiangaben"), not a person or thing named after one ("Militärexperte")."""
        w = word.lower()
        for organ in self.state_organs:
            if w.rstrip("s").endswith(organ) or w.endswith((organ + "es", organ + "en", organ + "n")):
                return True
            rest = w[len(organ):] if w.startswith(organ) else ""
            if rest in self.organ_sources or (rest[:1] == "s" and rest[1:] in self.organ_sources):
                return True  # "Polizeiangaben", "Regierungskreisen" (with the linking s)
        return False


@lru_cache(maxsize=8)
def load(lang: str = "de") -> ClaimLexicon:
    """The claims lexicon of ``lang`` (cached)."""
    try:
        raw = json.loads(resources.files("lagebild.resources.claims").joinpath(f"{lang}.json").read_text("utf-8"))
    except FileNotFoundError as e:
        raise ClaimLexiconError(f"no claims lexicon for language {lang!r}") from e
    words = sorted(raw["number_words"], key=len, reverse=True)
    t, d = re.escape(raw.get("thousands_separator", ".")), re.escape(raw.get("decimal_separator", ","))
    # a (thin, no-break) space groups digits in any language; a plain one only before "000" ("14 000
    # Menschen", derStandard): "im Jahr 2015 300 Menschen" are two numbers
    digits = rf"\d{{1,3}}(?:(?:{t}|[\u00a0\u202f])\d{{3}})+(?:{d}\d+)?|\d{{1,3}}(?: 000)+(?!\d)|\d+(?:{d}\d+)?"
    number = re.compile(rf"(?<![\w.,])(?:{digits}|(?:{'|'.join(map(re.escape, words))})(?!\w))", re.IGNORECASE)
    outcomes = {k.lower(): v for k, v in raw.get("outcomes", {}).items()}
    hedges = sorted((h.lower() for h in raw["hedges"]), key=len, reverse=True)
    count_nouns = {k.lower(): (v[0], v[1]) for k, v in raw.get("count_nouns", {}).items()}
    singular = {k.lower(): v for k, v in raw.get("singular_units", {}).items()}
    return ClaimLexicon(
        scales={k.lower(): float(v) for k, v in raw["scales"].items()},
        units={k.lower(): v for k, v in raw["units"].items()},
        hedges=tuple(hedges),
        hedge_meanings={k.lower(): v for k, v in raw.get("hedge_meanings", {}).items()},
        rates={k.lower(): v for k, v in raw["rates"].items()},
        number_words={k.lower(): float(v) for k, v in raw["number_words"].items()},
        vague_numbers={w.lower(): float(v) for w, v in raw.get("vague_numbers", {}).items()},
        holder_cues=tuple(c.lower() for c in raw["holder_cues"]),
        outcomes=outcomes, outcome_units=frozenset(raw.get("outcome_units", ())),
        unit_outcomes=dict(raw.get("unit_outcomes", {})),
        subset_cues=tuple(c.lower() for c in raw.get("subset_cues", ())),
        conjunctions=tuple(c.lower() for c in raw.get("conjunctions", ())),
        count_nouns=count_nouns, count_noun=_alternation(count_nouns),
        count_link=re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, raw.get('count_links', ()))) or '(?!)'})\s+"
                              rf"(?:(?:{'|'.join(map(re.escape, hedges))})\s+)?$", re.IGNORECASE),
        # the article and the noun in any case, the adjectives between as the lexicon writes them
        # (German: lower case, so that no noun passes for one: "einer Gruppe Soldaten")
        singular=re.compile(
            rf"(?<!\w)(?i:({'|'.join(map(re.escape, raw.get('one_words', ()))) or '(?!)'}))\s+"
            rf"(?:(?:{raw.get('singular_adjective', '(?!)')})\s+){{0,2}}(?i:({_alternation(singular).pattern}))"),
        singular_units=singular, unit_links=frozenset(w.lower() for w in raw.get("unit_links", ())),
        number=number, predicate=_alternation(outcomes), hedge_gap=re.compile(
            rf"\s*(?:(?:{'|'.join(map(re.escape, hedges))})\s+)?", re.IGNORECASE),
        thousands=raw.get("thousands_separator", "."), decimal=raw.get("decimal_separator", ","),
        reported_verbs=frozenset(w.lower() for w in raw.get("reported_verbs", ())),
        state_organs=tuple(w.lower() for w in raw.get("state_organs", ())),
        organ_sources=tuple(w.lower() for w in raw.get("organ_sources", ())),
        unit_adjective=re.compile(raw.get("unit_adjective") or "(?!)"),
        people_noun=re.compile(raw.get("people_noun") or "(?!)"),
        range_links=tuple(sorted(((k.lower(), tuple(o.lower() for o in v))
                                  for k, v in raw.get("range_links", {}).items()), key=lambda kv: -len(kv[0]))))


def _alternation(words: Iterable[str]) -> re.Pattern[str]:
    """Any of ``words`` as a whole word or phrase, longest first (never matches where empty)."""
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)" if alts else r"(?!)", re.IGNORECASE)




def parse_number(text: str, lex: ClaimLexicon) -> float | None:
    """A German number as a float: "30.000" -> 30000, "1,5" -> 1.5, "drei" -> 3."""
    low = text.lower()
    if low in lex.number_words:
        return lex.number_words[low]
    try:
        grouped = re.sub(r"[ \u00a0\u202f]", "", text.replace(lex.thousands, ""))
        return float(grouped.replace(lex.decimal, "."))
    except ValueError:
        return None


def claims_stage(doc: Document) -> Document:
    """Stage: the document's numeric claims."""
    try:
        lex = load(doc.language or "de")
    except ClaimLexiconError:
        log.debug("no claims lexicon for language %r: no claims for %s", doc.language, doc.id)
        return replace(doc, claims=())
    return replace(doc, claims=tuple(_reported_on(doc, extract_claims(doc, lex), lex)))


def _reported_on(doc: Document, claims: list[Claim], lex: ClaimLexicon) -> list[Claim]:
    """A claim without a holder in a sentence of reported speech ("Der Schaden belaufe sich auf
    rund 200 Millionen Dollar", Konjunktiv I: ``reported_verbs``) goes on with the source of the
    sentence before ("Nach Angaben der indonesischen Regierung …")."""
    if not lex.reported_verbs or not doc.sentences:
        return claims
    starts = [s.start for s in doc.sentences]
    out = []
    for c in claims:
        si = bisect.bisect_right(starts, c.start) - 1
        if c.holder is None and si > 0:
            sent, prev = doc.sentences[si], doc.sentences[si - 1]
            if set(re.findall(r"\w+", doc.body[sent.start:sent.end].lower())) & lex.reported_verbs:
                holder = _holder(doc, prev.start, prev.start, prev.end, lex)
                if holder is not None:
                    c = replace(c, holder=holder)
        out.append(c)
    return out


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
        if m.group(0).isalpha() and len(tokens) > i + 1 and tokens[i][0].lower() in lex.unit_links:
            i += 1  # "thousands of people", "dozens of protesters"
        unit = lex.unit(tokens[i][0]) if len(tokens) > i else None
        if unit is None and len(tokens) > i + 1 and lex.unit_adjective.fullmatch(tokens[i][0]) and \
                (u := lex.unit(tokens[i + 1][0])):
            unit, i = u, i + 1  # "1.350 russische Soldaten", "97 iranische Drohnen", "2,000 Palestinian prisoners"
        sign = body[m.start() - 1 : m.start()]
        prefixed = unit is None and bool(sign) and not sign.isalnum() and sign in lex.units
        if prefixed:
            unit = lex.units[sign]  # "$500 billion", "€3 billion", "£447bn": the currency sign before the number
        shared = None
        if unit is None and scale is None:
            shared = _range_unit(body, m.start(), m.end(), lex)
            if shared is not None:  # "von 145 auf 30 Prozent": 145 shares the unit of 30
                unit, value = shared[0], value * shared[1]
        sent = doc.sentence_at(m.start())
        lo, hi = (sent.start, sent.end) if sent else (m.start(), m.end())
        elided, counted = None, None
        if unit is None and scale is None:
            # a bare number is no quantity anyone claims, unless it shares the noun of the one
            # before, or a noun before it says what it counts ("die Zahl der Toten stieg auf sieben")
            elided = _elided(doc, m.start(), m.end(), out[-1] if out and out[-1].start == lo else None, lex)
            counted = None if elided else _counted(doc, m.start(), lo, lex)
            if elided is None and counted is None:
                continue
            unit = elided.unit if elided else counted[0] if counted else None
        if m.group(0).isalpha() and unit is None:
            continue  # "drei Millionen" alone is a figure of speech more often than a claim
        if elided is not None or counted is not None or shared is not None:  # "und 52 verletzt": the number alone
            word, end = m.group(0), m.end()
        elif prefixed:  # the span ends with the number or its scale word
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
        if unit and rate and elided is None and counted is None and shared is None:
            unit = f"{unit}/{lex.rates[rate]}"  # "30.000 Soldaten im Monat"
        if not sent:
            hi = end
        # the claim before, in this sentence or the one right before it ("Unter ihnen …")
        before = out[-1] if out and (out[-1].start == lo or not body[out[-1].end:lo].strip()) else None
        outcome = counted[1] if counted else _outcome(doc, m.start(), m.end(), end, unit, lo, hi, before, lex)
        vague = _vague(body[m.start():end], lex)
        value_max = None
        if vague is not None:  # "Tausende": 1000 to 9999, never an exact 1000
            value_max = float(f"{lex.vague_numbers[vague] * (value / lex.number_words[vague]):.12g}")
        out.append(Claim(id=stable_id("c", doc.id, m.start()), start=lo, end=hi, value=value, unit=unit,
                         holder=_holder(doc, m.start(), lo, hi, lex),
                         hedge=_hedge(body, m.start(), lex) or vague,
                         number_start=m.start(), number_end=end, outcome=outcome, value_max=value_max))
    out.extend(_singular_counts(doc, out, lex))
    out.sort(key=lambda c: (c.start, c.number_start or 0))
    return out


def _range_unit(body: str, start: int, end: int, lex: ClaimLexicon) -> tuple[str, float] | None:
    """The unit and scale a bare number shares with the number after a range link: "von 145 auf
    30 Prozent" (145 %; the English "from 145% to 30%" writes both), "zwischen 20 und 30
    Milliarden Euro" (2e10 EUR), "12 to 15 people". The link must have one of its openers right
    before the first number where the lexicon names any ("auf" after "von": "stieg 2024 auf 30
    Prozent" is no range); the second number must have a unit of its own, or a scale and a unit."""
    head = body[max(0, start - 20):start].lower().split()
    for link, openers in lex.range_links:
        m = re.compile(rf"\s+{re.escape(link)}\s+", re.IGNORECASE).match(body, end)
        if m is None or (openers and (not head or head[-1] not in openers)):
            continue
        n = lex.number.match(body, m.end())
        if n is None:
            return None
        tokens = [t.group(0) for t in _TOKEN.finditer(body, n.end(), min(len(body), n.end() + 60))][:2]
        factor = 1.0
        scale = next((w for w in (tokens[0].lower(), tokens[0].lower().rstrip(".")) if w in lex.scales), None) \
            if tokens else None
        if scale is not None:
            factor, tokens = lex.scales[scale], tokens[1:]
        unit = lex.unit(tokens[0]) if tokens else None
        return (unit, factor) if unit is not None else None
    return None


def _counted(doc: Document, start: int, lo: int, lex: ClaimLexicon) -> tuple[str, str] | None:
    """The unit and outcome of a bare number that a noun earlier in its sentence counts: "Die Zahl
    der Toten stieg nach Angaben der Regierung auf sieben", "hatte die Zahl der Vertriebenen mit
    mehr als 9000 angegeben", "the death toll had risen to nine" — a linking word ("auf", "mit",
    "to") right before the number, and no other number between the noun and it."""
    if not lex.count_link.search(doc.body, max(lo, start - 30), start):
        return None
    nouns = list(lex.count_noun.finditer(doc.body, lo, start))
    if not nouns or _numbers(doc, nouns[-1].end(), start, lex):
        return None
    return lex.count_nouns[" ".join(nouns[-1].group(0).lower().split())]


def _singular_counts(doc: Document, claims: list[Claim], lex: ClaimLexicon) -> list[Claim]:
    """One person named with the article whose clause says what happened to him: "Auf
    aserbaidschanischer Seite sei ein Soldat getötet worden" is 1 soldier killed, "ein
    Scharfschütze habe einen aserbaidschanischen Soldaten erschossen" 1 soldier killed. Without
    such a predicate ("Ein Soldat sagte …") it is no count anyone claims."""
    out: list[Claim] = []
    taken = [(c.number_start, c.number_end) for c in claims if c.number_start is not None]
    for m in lex.singular.finditer(doc.body):
        if any(s is not None and e is not None and s < m.end() and m.start() < e for s, e in taken):
            continue
        unit = lex.singular_units[" ".join(m.group(2).lower().split())]
        sent = doc.sentence_at(m.start())
        lo, hi = (sent.start, sent.end) if sent else (m.start(), m.end())
        outcome = _outcome(doc, m.start(), m.end(1), m.end(), unit, lo, hi, None, lex)
        if outcome is None:
            continue
        out.append(Claim(id=stable_id("c", doc.id, m.start()), start=lo, end=hi, value=1.0, unit=unit,
                         holder=_holder(doc, m.start(), lo, hi, lex), number_start=m.start(), number_end=m.end(),
                         outcome=outcome))
    return out


#: Where a clause ends inside a sentence: a comma that is no decimal comma ("1,5"), a semicolon,
#: colon, bracket, dash or quotation mark. The outcome of a number is read in its own clause only:
#: "Rund 90 Menschen seien verletzt worden, teilten die Rettungsdienste mit".
_CLAUSE_MARK = re.compile(r"(?<!\d),|,(?!\d)|[;:()\[\]–—„“”\"«»]|\s-\s")


def _clause(body: str, pos: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause around ``pos`` within the sentence ``lo``–``hi``."""
    start = max((m.end() for m in _CLAUSE_MARK.finditer(body, lo, pos)), default=lo)
    end = next((m.start() for m in _CLAUSE_MARK.finditer(body, pos, hi)), hi)
    return start, end


def _numbers(doc: Document, lo: int, hi: int, lex: ClaimLexicon) -> list[tuple[int, int]]:
    """The numbers between ``lo`` and ``hi`` that are no part of a temporal expression."""
    return [(m.start(), m.end()) for m in lex.number.finditer(doc.body, lo, hi)
            if not _in_timex(doc, m.start(), m.end())]


def _outcome(doc: Document, start: int, num_end: int, end: int, unit: str | None, lo: int, hi: int,
             before: Claim | None, lex: ClaimLexicon) -> str | None:
    """What happened to the counted (killed, injured …): said by the unit ("12 Tote"), else by the
    predicate of the number's clause, for units that count people only ("66 Raketen" has none).

    ``start``–``num_end`` is the number, ``end`` the end of its unit, ``lo``–``hi`` its sentence,
    ``before`` the claim before it in the sentence or the one before (whose outcome a clause that
    opens with "darunter", "unter ihnen" shares).
    """
    base = unit.split("/")[0] if unit else None
    if base is None or base in lex.unit_outcomes:
        return lex.unit_outcomes.get(base) if base else None
    if base not in lex.outcome_units:
        return None
    body = doc.body
    clo, chi = _clause(body, start, lo, hi)
    preds = [(p.start(), p.end(), lex.outcomes[" ".join(p.group(0).lower().split())])
             for p in lex.predicate.finditer(body, clo, chi)]
    nums = _numbers(doc, clo, chi, lex)
    after = next((s for s, _ in nums if s >= end), chi)
    if after < chi and body[end:after].strip().lower() in lex.conjunctions:
        # two counts joined, one predicate after both: "vier armenische Soldaten und zwei
        # Zivilisten getötet" (4 soldiers killed, as the 2 civilians)
        after = next((s for s, _ in nums if s > after), chi)
    # 1. right before the number, a hedge at most between: "killed at least 12 people", "starben 1.350"
    # 2. between the number and its unit: "12 getötete Zivilisten"
    # 3. after the unit, up to the next number unless it stands right before that one:
    #    "14 Zivilisten getötet und 52 verletzt", "killed 12 people and injured 90"
    for _, pe, outcome in preds:
        if pe <= start and lex.hedge_gap.fullmatch(body, pe, start):
            return outcome
    for ps, pe, outcome in preds:
        if num_end <= ps and pe <= end:
            return outcome
    for ps, pe, outcome in preds:
        if end <= ps and pe <= after and not (after < chi and lex.hedge_gap.fullmatch(body, pe, after)):
            return outcome
    # 4. before it, where no other number comes first in the clause: "Getötet wurden 12 Zivilisten"
    if not any(s < start for s, _ in nums):
        found = [outcome for _, pe, outcome in preds if pe <= start]
        if found:
            return found[-1]
    # 5. a clause that names a part of the claim before shares its outcome: "…, darunter sechs
    #    Kinder", "Unter den Opfern waren auch sechs Kinder."
    head = body[clo:start].strip().lower()
    if before is not None and before.outcome and any(head.startswith(c) for c in lex.subset_cues):
        return before.outcome
    return None


def _elided(doc: Document, start: int, end: int, before: Claim | None, lex: ClaimLexicon) -> Claim | None:
    """The claim before whose noun a bare number shares: "14 Zivilisten getötet und 52 verletzt",
    "killed 12 people and injured 90" — a conjunction between them, a predicate right next to the
    number, and a unit that counts people without saying their outcome (not "12 Tote und 52")."""
    if before is None or before.number_end is None or before.unit is None:
        return None
    if before.unit not in lex.outcome_units or before.unit in lex.unit_outcomes:
        return None
    gap = doc.body[before.number_end:start]
    if len(gap) > 40 or not any(re.search(rf"(?<!\w){re.escape(c)}(?!\w)", gap, re.IGNORECASE)
                                for c in lex.conjunctions):
        return None
    if _CLAUSE_MARK.search(gap) or _numbers(doc, before.number_end, start, lex):
        return None
    body = doc.body
    nxt = lex.predicate.match(body, end + 1) if body[end:end + 1] == " " else None
    prev = [p for p in lex.predicate.finditer(body, before.number_end, start)
            if lex.hedge_gap.fullmatch(body, p.end(), start)]
    return before if nxt or prev else None


def _vague(number: str, lex: ClaimLexicon) -> str | None:
    """A number word that gives only an order ("Tausende", "thousands") as the claim's hedge."""
    low = " ".join(number.lower().split())
    return next((w for w in lex.vague_numbers if low == w or low.startswith(w + " ")), None)


def _hedge(body: str, start: int, lex: ClaimLexicon) -> str | None:
    """The hedge right before the number ("rund", "mehr als"), if any."""
    before = body[max(0, start - 25):start].lower().rstrip()
    for h in lex.hedges:
        if before.endswith(h) and (len(before) == len(h) or not before[-len(h) - 1].isalnum()):
            return h
    return None


def _holder(doc: Document, pos: int, lo: int, hi: int, lex: ClaimLexicon) -> str | None:
    """Who claims the number: the quotation's speaker, else the state a speaker the entity stage
    did not link stands for, else the source a cue names, else the speaker of a quotation in the
    same sentence.

    The reporting clause is the quotation stage's: "Rund 90 Menschen seien verletzt worden,
    teilten die ukrainischen Rettungsdienste mit" is an indirect quotation whose speaker phrase
    is "ukrainischen Rettungsdienste" (the claim held by Ukraine where the document names it or a
    place that stands for it); "Wie die Militärverwaltung der Hauptstadt mitteilte, kamen …"
    has a speaker no entity stands for, and the holder stays the outlet (None).
    """
    quotes = [q for q in doc.quotes if q.start <= pos < q.end]
    quote = next((q for q in quotes if q.speaker), None)
    if quote is not None:
        return quote.speaker
    actors = [m for m in doc.mentions if lo <= m.start < hi and m.entity and m.label in ("PER", "ORG", "LOC")]
    low = doc.body[lo:hi].lower()
    # a state "known" to the document: one of its entities, or what one stands for (Kiew: Ukraine)
    known = {e.id for e in doc.entities} | {e.stands_for for e in doc.entities if e.stands_for}
    for q in quotes:
        if q.speaker_start is not None and q.speaker_end is not None:
            state = _state_of_phrase(doc.body, q.speaker_start, q.speaker_end)
            if state is not None and state in known:
                return state  # "teilten die ukrainischen Rettungsdienste mit"
            state = _organ_state(doc, q.speaker_start, q.speaker_end, lex)
            if state is not None and state in known:
                return state  # "wie das Innenministerium in Athen mitteilte", "nach Polizeiangaben"
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
            m = _ORGAN_AFTER_CUE.match(doc.body, at + len(cue))
            if cue != "zufolge" and m and (state := _organ_state(doc, m.start(1), m.end(1), lex)) in known:
                return state  # "nach Angaben der Polizei", "laut Innenministerium"
    for w in re.finditer(r"\w+", doc.body[lo:hi]):
        # a compound that is cue and organ in one word: "nach Polizeiangaben", "aus Regierungskreisen"
        rest = w.group(0).lower()
        if any(rest.endswith(src) for src in lex.organ_sources) and \
                (state := _organ_state(doc, lo + w.start(), lo + w.end(), lex)) in known:
            return state
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


#: "der ukrainischen Luftwaffe", "des russischen Verteidigungsministeriums" after a source cue.
_STATE_ORGAN = re.compile(r"\s+(?:der|des|von|vom)\s+([a-zäöü][\w-]*)\s+[A-ZÄÖÜ]")


#: The noun after a source cue, past an article and an adjective: "nach Angaben der Polizei",
#: "laut Innenministerium", "nach Angaben des zuständigen Ministeriums".
_ORGAN_AFTER_CUE = re.compile(r"\s+(?:(?:der|des|dem|den|die|von|vom)\s+)?(?:[a-zäöüß][\w-]*\s+)?([A-ZÄÖÜ][\w-]*)")


def _organ_state(doc: Document, start: int, end: int, lex: ClaimLexicon) -> str | None:
    """The state whose organ the phrase at ``[start, end)`` names, where its last word is one of
    ``state_organs`` ("das Innenministerium", "Polizeiangaben"): the state its adjective names
    ("des kosovarischen Innenministeriums"), else the state of the place it is named with ("das
    Innenministerium in Athen"), else of the places of its sentence ("In Nord-Mitrovica
    versammelten sich nach Polizeiangaben rund 3.000 Menschen"), else the one state the article
    names most. An organ says what its state counted; which state is the article's to say, so
    where the article names two as often, the holder stays open (None)."""
    words = re.findall(r"\w+", doc.body[start:end])
    if not words or not lex.names_organ(words[-1]):
        return None
    state = _state_of_phrase(doc.body, start, end)
    if state is not None:
        return state
    places = [(m, s) for m in doc.mentions if m.label == "LOC" and (s := _state_of_place(doc, m.entity))]
    after = [s for m, s in places if m.start >= end and re.fullmatch(r"\s+(?:in|aus)\s+", doc.body[end:m.start])]
    if after:
        return after[0]
    sent = doc.sentence_at(start)
    if sent is not None:
        here = {s for m, s in places if sent.start <= m.start < sent.end}
        if len(here) == 1:
            return here.pop()
    counts = Counter(s for _, s in places).most_common(2)
    if counts and (len(counts) == 1 or counts[0][1] > counts[1][1]):
        return counts[0][0]
    return None


def _state_of_place(doc: Document, entity: str | None) -> str | None:
    """The state a place mention names: a state itself, a capital that stands for it, or a town
    of the knowledge base that lies in it."""
    from lagebild.entities.kb import load_kb

    entry = load_kb().get(entity)
    if entry is not None:
        return entry.id if entry.adjectives else (entry.stands_for or entry.located_in)
    e = doc.entity(entity)
    return e.stands_for if e is not None else None


def _state_of_phrase(body: str, start: int, end: int) -> str | None:
    """The state a speaker phrase names by an adjective: before it ("die ukrainischen
    Rettungsdienste", the phrase being "Rettungsdienste") or as its first word ("ukrainischen
    Angaben")."""
    first = re.match(r"[a-zäöüß]\w*", body[start:end])
    if first is not None and (state := _state_of_adjective(first.group(0))):
        return state
    return _state_before(body, start)


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
