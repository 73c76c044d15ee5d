"""The machinery of the event extractor: clauses, actors and their roles, dates and status.

A sentence is cut into *clauses* at punctuation and at a conjunction that starts a new verb
phrase ("… telefonierte Trump mit Putin | und beendete damit …"). Each trigger (from the
lexicon) codes one candidate event in its clause; its actors are the clause's actor mentions
(names, and demonyms with an actor head: "russische Truppen"), each with a *role* read from
the preposition that governs it ("mit Putin": target; "von Trump": source; "zwischen A und B":
both). Where the clause names no actor, the discourse supplies one: a clause that continues
the previous one ("und annektierte die Krim") keeps its subject, "er" is the previous
sentence's subject, "sie … sich" and "die beiden Präsidenten" are the last pair of actors.

The date is the clause's (else the sentence's) temporal expression; an anaphoric "damals"
takes the last date seen; news without a date of its own is dated to the publication month,
background ("bereits", "einst") stays undated. The status comes from cue words of the clause.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from lagebild.events.groups import Groups
from lagebild.events.lexicon import Lexicon, Trigger
from lagebild.model import QUAD_CLASS, DateValue, Document, Entity, Event, Mention, Sentence, TimeEx, stable_id

_TOKEN = re.compile(r"\w[\w\-]*|[^\w\s]", re.UNICODE)
#: where the language writes no genitive "'s" of its own: an apostrophe inside a word joins it
#: ("Moody's", "geht's"), so that a name with one is one token as its entity mention is one span
_TOKEN_APOSTROPHE = re.compile(r"\w[\w\-]*(?:['’]\w+)*|[^\w\s]", re.UNICODE)
_PUNCT_BOUNDARY = frozenset({",", ";", ":", "–", "—", "-"})
_ADJ_END = ("e", "en", "er", "es", "em")


class Tok(NamedTuple):
    """A token of one sentence: offsets, text and its lower-case form (a tuple: made by the thousand)."""

    start: int
    end: int
    text: str
    low: str


@dataclass(slots=True)
class Actor:
    """An actor candidate in a clause: one entity at one token position, with its role."""

    tok: int  # index of its first token in the sentence
    end_tok: int  # index after its last token
    entity: str
    label: str
    role: str = "direct"  # direct / source / target / both / location / of:<tok> / ignore
    prep: str | None = None
    prep_at: int = -1  # the position of that preposition
    place: bool = False  # a demonym with a place head ("die ukrainische Energieinfrastruktur")
    partial: bool = False  # the name is part of a word: "UNO" in "UNO-Generalsekretär", a title
    group: bool = False  # a group noun without a name ("die Polizei"), see lagebild.events.groups
    genitive: bool = False  # a person's name with a genitive -s its own name lacks ("Wladimir Putins")


@dataclass(slots=True)
class Clause:
    """A clause: a token range of the sentence and what the extractor knows about it."""

    lo: int
    hi: int
    continues: bool = False  # starts with "und"/"oder" + a lower-case word: shares the subject
    relative_at: int = -1  # where a joined relative clause about the clause's event noun starts
    aside: frozenset[int] = frozenset()  # tokens of an insertion between dashes: no cue words of the clause
    actors: list[Actor] = field(default_factory=list)


@dataclass(slots=True)
class Candidate:
    """An event candidate before the document-level clean-up."""

    trigger: Trigger
    sent: Sentence
    clause: int
    tok: int
    start: int
    end: int
    sources: list[str]
    targets: list[str]
    inherited: bool  # the source came from the clause before (a continuation, a zu-infinitive)
    status: str
    date: DateValue | None
    own_date: bool
    location: str | None


@dataclass(slots=True)
class Discourse:
    """What the previous sentences leave for the next one: subject, pair of actors, last date."""

    subject: str | None = None
    subject_label: str | None = None
    subject_sentence: int = -99
    protesters: tuple[int, tuple[str, ...]] | None = None  # (sentence, sources) of the last protest told
    proposer: tuple[int, str] | None = None  # (sentence, subject) of the last proposal told
    low: str = ""  # the document's body in lower case (same offsets)
    person: str | None = None  # the last subject that was a person: "er" after "Europa hat beschlossen …"
    person_sentence: int = -99
    pair: tuple[str, str] | None = None
    pair_sentence: int = -99
    last_date: DateValue | None = None
    last_date_paragraph: int = -1
    last_date_sentence: int = -99
    last_date_since: bool = False  # the last date opens a span up to now ("seit April 2014"): no past told
    current: int = 0  # the sentence under analysis
    last_events: list[tuple[int, list[str], list[str], str]] = field(default_factory=list)  # with the quad class
    last_types: list[str] = field(default_factory=list)  # the type of each of last_events
    persons: list[str] = field(default_factory=list)  # persons named last: antecedents of "diesen"
    places: list[tuple[int, str, bool]] = field(default_factory=list)  # (sentence, place, is a country), last last
    speakers: list[tuple[int, str]] = field(default_factory=list)  # (offset, entity) of every quotation's speaker
    timexes: list[TimeEx] = field(default_factory=list)  # the document's temporal expressions by offset
    timex_starts: list[int] = field(default_factory=list)
    titled: dict[str, str] = field(default_factory=dict)  # title word -> the person named with it first
    artifacts: dict[str, tuple[int, str]] = field(default_factory=dict)  # a work -> (sentence, its author)
    #: a work whose author the text names with it or that an act made ("die Verurteilung Badawis"
    #: by the court): "das Urteil" refers to it however far back
    named_works: dict[str, str] = field(default_factory=dict)
    #: the type of each act told so far (not denied nor supposed) -> the sources of its last one
    acts_by_type: dict[str, list[str]] = field(default_factory=dict)
    #: a side -> the sources of the last conflict told against it ("Gegenmaßnahmen" answer them)
    acts_against: dict[str, list[str]] = field(default_factory=dict)


    def set_subject(self, entity: str | None, label: str | None, sentence: int) -> None:
        """The subject a sentence leaves for the next (and, where a person, for a later "er")."""
        self.subject, self.subject_label, self.subject_sentence = entity, label, sentence
        if label == "PER" and entity:
            self.person, self.person_sentence = entity, sentence

    def he(self) -> str | None:
        """Whom a subject "er" stands for: the subject before, where a person, else the person who
        was the subject up to two sentences back ("Die Schuld gab Varoufakis den Geldgebern. Europa
        hat beschlossen, uns zu erpressen. Schäuble warf er vor, …")."""
        if self.subject and self.subject_label == "PER":
            return self.subject
        if self.person and self.current - self.person_sentence <= 2:
            return self.person
        return None


# -- tokens and clauses ------------------------------------------------------------------------

def sentence_tokens(doc: Document, sent: Sentence, lex: Lexicon | None = None) -> list[Tok]:
    """The tokens of one sentence: words (with inner hyphens; with inner apostrophes where the
    lexicon says ``apostrophe_words``) and single punctuation marks."""
    out = []
    pattern = _TOKEN_APOSTROPHE if lex is not None and lex.words.get("apostrophe_words") else _TOKEN
    for m in pattern.finditer(doc.body, sent.start, sent.end):  # pos/endpos: no copy of the sentence
        w = m.group()
        out.append(Tok(m.start(), m.end(), w, w.lower()))
    return out


def adjective_like(low: str) -> bool:
    """Whether a lower-case word is inflected like an adjective ("westliche", "neuen")."""
    # (a compound of two adjectives too: "islamisch-konservativen", "russisch-ukrainischen")
    return (low.isalpha() or (low.replace("-", "").isalpha() and not low.startswith("-") and "--" not in low)) \
        and low.islower() and low.endswith(_ADJ_END) and len(low) > 3


def adjective_at(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """Whether token ``k`` reads as an attributive adjective: inflected like one, and after a
    determiner, a preposition, another adjective or a short adverb ("der neu vereidigten").

    "Im November 2018 nahmen Trump und Putin …": "nahmen" ends like an adjective but follows a
    year, so the reading back from "Trump" stops there instead of reaching "Im".
    """
    if not (adjective_like(toks[k].low) and toks[k].text[:1].islower()):
        return False
    if k == 0:
        return True
    prev = toks[k - 1].low
    if toks[k - 1].text[:1].isupper() and prev.endswith("s") and k + 1 < len(toks) and \
            toks[k + 1].text[:1].isupper() and toks[k].low not in _FINITE_AUX and \
            not any(not t.nominal for t in lex.match(toks[k].low)):
        # "Trumps erster Amtseinführung" (but not "des Militärs griffen Truppen", "Kaschmirs
        # haben Bewaffnete", "Regierungschefs kritisierten Russland": no auxiliary, no event verb)
        return True
    # (the word before is an adjective only where it is written in lower case: "Trotz Differenzen
    # wollen Russland …" has a noun and a verb before the name, no adjectives)
    return prev in lex.set("determiners") or prev in all_preps(lex) or \
        (adjective_like(prev) and toks[k - 1].text[:1].islower()) or \
        demonym(prev, lex) is not None or (toks[k - 1].text.isalpha() and toks[k - 1].text.islower()
                                            and len(prev) <= 4)


@lru_cache(maxsize=8)
def all_preps(lex: Lexicon) -> frozenset[str]:
    """Every preposition the lexicon knows, whatever role it gives."""
    return lex.set("source_preps") | lex.set("target_preps") | lex.set("both_preps") | \
        lex.set("location_preps") | lex.set("other_preps")


@lru_cache(maxsize=8)
def coordinators(lex: Lexicon) -> frozenset[str]:
    """The words that join two actors into one side: "und", "sowie" (German by default)."""
    return lex.set("coordinators") or frozenset({"und", "sowie"})


@lru_cache(maxsize=8)
def disjunctions(lex: Lexicon) -> frozenset[str]:
    """"oder", "or": they join actors in a list, not into one side."""
    return lex.set("disjunctions") or frozenset({"oder"})


_DASHES = frozenset({"–", "—"})


def dash_asides(toks: list[Tok]) -> frozenset[int]:
    """The tokens of a short insertion between two dashes, the dashes with them: "der
    UN-Sicherheitsrat – einschließlich China und Russland – verhängte …". The clause runs on
    around it, and the actors inside are no sides. Not a dateline's dash ("Seoul – Ein …")."""
    # (a hyphen with a space on both sides is a dash typed on a plain keyboard: "das Parlament -
    # trotz Kritik aus dem In- und Ausland - gegen")
    dashes = [i for i, t in enumerate(toks) if t.text in _DASHES or (
        t.text == "-" and 0 < i < len(toks) - 1 and toks[i - 1].end < t.start and t.end < toks[i + 1].start)]
    out: set[int] = set()
    for a, b in zip(dashes, dashes[1:], strict=False):
        if a >= 2 and toks[a - 1].text[:1].isalnum() and 1 < b - a <= 9 and \
                not any(toks[i].text in _PUNCT_BOUNDARY for i in range(a + 1, b)):
            out.update(range(a, b + 1))
    return frozenset(out)


def clauses(toks: list[Tok], lex: Lexicon, list_commas: frozenset[int] = frozenset()) -> list[Clause]:
    """Cut a sentence into clauses at punctuation and at a conjunction before a lower-case word.

    "rasche und kalkulierte Antwort" and "US-amerikanischen und russischen Regierungsbeamten"
    are coordinated adjectives, not clauses: both sides end alike, so no cut there; nor are the
    commas of an enumeration (``list_commas``, see :func:`list_commas`).
    """
    conj = lex.set("clause_conjunctions")
    subordinators = lex.set("subordinators")
    # "Häufig sind aber wesentlich mehr Häftlinge inhaftiert": inside a clause (no comma before it,
    # a comma ends the clause) "aber" is a modal particle, not a conjunction of clauses
    particles = lex.set("particle_conjunctions")
    report = lex.set("report_verbs")
    asides = dash_asides(toks)
    out: list[Clause] = []
    lo = 0
    for i, t in enumerate(toks):
        cut_before = False
        if i in list_commas or (i in asides and (t.text in _DASHES or t.text == "-")):
            continue
        if t.text == "," and 0 < i < len(toks) - 1 and toks[i - 1].low == toks[i + 1].low and \
                toks[i - 1].text.isalpha():
            continue  # "als sehr, sehr ernsthafte Bedrohung": a repeated word, no clause boundary
        if t.text == "," and 0 < i < len(toks) - 1 and toks[i - 1].end == t.start and t.end == toks[i + 1].start \
                and toks[i - 1].text[-1:].isdigit() and toks[i + 1].text[:1].isdigit():
            continue  # "2,5 Millionen Euro": a decimal comma ("3,000 troops": a thousands separator)
        if t.text in _PUNCT_BOUNDARY and (t.text != "-" or (i > 0 and toks[i - 1].end < t.start)):
            if i > lo:
                out.append(Clause(lo, i))
            lo = i + 1
            continue
        if t.low in conj and i + 1 < len(toks) and i > lo and t.low not in particles:
            cut_before = _starts_verb_phrase(toks, i, lex)
        elif t.low in subordinators and i > lo and i + 1 < len(toks) and \
                (toks[i - 1].text.islower() or (i - 1 > lo and toks[i - 1].text[:1].isupper())) and \
                (toks[i + 1].text[:1].isupper() or toks[i + 1].low in lex.set("determiners") or
                 toks[i + 1].low in lex.words.get("subject_pronouns", {}) or
                 toks[i - 1].low in lex.words.get("intent_verbs", {}) or toks[i - 1].low in report):
            # English: "a ceasefire that Washington had hoped would …", "agreed that negotiations
            # would begin": a clause with a subject of its own (not "condemned that attack"); so
            # after a name ("warned Hamas that the gates of hell will open": the warning occurred)
            cut_before = True
        if cut_before:
            out.append(Clause(lo, i))
            lo = i
        elif t.low in report and t.text[:1].islower() and i + 1 < len(toks) and toks[i + 1].text[:1].isalnum():
            # "Zelensky said Russia attacked Kharkiv": English reports without a comma; the
            # reported clause has its own subject (German "sagte, Russland habe …" has the comma)
            out.append(Clause(lo, i + 1))
            lo = i + 1
    if lo < len(toks):
        out.append(Clause(lo, len(toks)))
    for c in out:
        c.aside = frozenset(i for i in asides if c.lo <= i < c.hi)
        first = toks[c.lo]
        c.continues = first.low in conj and c.hi > c.lo + 1 and _starts_verb_phrase(toks, c.lo, lex)
        if c.continues and lex.words.get("conjunctions_not_preps") and \
                (toks[c.lo + 1].text[:1].isupper() or toks[c.lo + 1].low in lex.set("determiners") or
                 toks[c.lo + 1].low in lex.set("count_words")):
            c.continues = False  # English: "after Russia attacked Kyiv" has a subject of its own
    return [c for c in out if any(toks[k].text[:1].isalnum() for k in range(c.lo, c.hi))]


def list_commas(toks: list[Tok], acts: list[Actor], lex: Lexicon) -> frozenset[int]:
    """The commas of an enumeration of actors: "Die USA, Russland, China und Deutschland
    einigten sich" is one clause with four sources. A comma counts where an actor ends right
    before it and the next actor (after a determiner) is followed by another comma or a
    coordination; "Trump traf Putin, Selenskyj kritisierte ihn" stays two clauses."""
    ends = {a.end_tok: a for a in acts}
    starts = {a.tok: a for a in acts}
    dets = lex.set("determiners")
    out = set()
    # English sets a fronted phrase off by a comma: "At the summit in Geneva, Trump and Putin
    # discussed …" is no list of Geneva, Trump and Putin (``fronted_phrase_comma``)
    fronted = next((i for i, t in enumerate(toks) if t.text == ","), None) \
        if lex.words.get("fronted_phrase_comma") and toks and toks[0].low in all_preps(lex) else None
    for i, t in enumerate(toks):
        if t.text != "," or i not in ends or i == fronted:
            continue
        j = i + 1
        while j < len(toks) and toks[j].low in dets:
            j += 1
        nxt = starts.get(j)
        if nxt is not None and nxt.end_tok < len(toks) and toks[nxt.end_tok].low in \
                coordinators(lex) | disjunctions(lex) | {","}:
            out.add(i)
        elif j < len(toks) and toks[j].low in phrase_coordinators(lex):
            # "Der Sondergesandte …, Steve Witkoff, sowie Trumps Schwiegersohn Jared Kushner sollen
            # reisen": the comma closes an apposition, "sowie" joins another actor to the subject
            out.add(i)
        elif ends[i].tok - 1 in out and toks[ends[i].tok - 2].text[:1].isupper():
            # "Der Gesandte der EU, Selenskyj, traf Trump": the comma that closes an apposition
            # opened by an enumeration-like comma after a noun phrase
            out.add(i)
    for i, t in enumerate(toks):
        if t.text == "," and i not in out and i > 0 and toks[i - 1].text[:1].isupper():
            close = _apposition_end(toks, i, starts, lex)
            if close is not None:
                # "traf … mit dem künftigen Alterspräsidenten des Parlaments, dem CHP-Abgeordneten
                # Deniz Baykal, zusammen": a determiner, nouns and a name between commas rename
                # the noun before them; the clause goes on
                out.add(i)
                if close < len(toks) and toks[close].text == ",":
                    out.add(close)
    return frozenset(out)


def _apposition_end(toks: list[Tok], i: int, starts: dict[int, Actor], lex: Lexicon) -> int | None:
    """Where an apposition that opens with the comma at ``i`` ends (its closing comma or the end
    of the sentence), or None: a determiner, then only adjectives and capitalised words with a
    named actor among them, up to a comma or the sentence's end; or names alone, joined by a
    coordination, up to a closing comma."""
    j = i + 1
    if j < len(toks) and toks[j].low not in lex.set("determiners"):
        # "Zuvor sollen sich die Außenminister beider Länder, Marco Rubio und Sergej Lawrow, … treffen":
        # names only, joined by a coordination, up to a closing comma
        named = False
        while j < len(toks) and toks[j].text != ",":
            a = starts.get(j)
            if a is not None and not a.partial:
                j, named = a.end_tok, True
            elif toks[j].low in coordinators(lex) and named:
                j += 1
            else:
                return None
        return j if named and j < len(toks) else None
    if j >= len(toks):
        return None
    j += 1
    named = False
    while j < len(toks) and toks[j].text != "," and toks[j].text not in ".!?":
        t = toks[j]
        if not t.text[:1].isalpha() or not (t.text[:1].isupper() or adjective_at(toks, j, lex)):
            return None
        named = named or (j in starts and not starts[j].partial)
        j += 1
    if not named or j - i > 9:
        return None
    return j


@lru_cache(maxsize=8)
def phrase_coordinators(lex: Lexicon) -> frozenset[str]:
    """Coordinators that join noun phrases, hardly ever clauses ("sowie"; "as well as" is no one word)."""
    return lex.set("phrase_coordinators") or frozenset({"sowie"})


def _starts_verb_phrase(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """Whether the conjunction at ``i`` starts a new verb phrase rather than joining noun phrases.

    "und annektierte die Krim", "und diesen im Sommer empfangen": a new clause;
    "zwischen Russland und der Ukraine", "US-amerikanischen und russischen Regierungsbeamten",
    "rasche und kalkulierte Antwort": a coordination inside one noun phrase. English (lower-case
    nouns) asks for a verb trigger after a conjunction with a subject of its own.
    """
    dets = lex.set("determiners")
    preps = all_preps(lex)
    if i + 1 < len(toks) and toks[i + 1].low in preps and any(toks[j].low in preps for j in range(max(0, i - 4), i)):
        return False  # "bei diesen Zwischenfällen und bei Protestaktionen": two prepositional phrases
    if lex.words.get("nouns_capitalised", True) and i > 0 and i + 2 <= len(toks) and \
            _participle(toks[i - 1]) and _participle(toks[i + 1]) and \
            (i + 2 == len(toks) or not toks[i + 2].text[:1].isalnum()):
        return False  # "wurde von einer Anti-Terroreinheit gestellt und getötet.": one passive, two participles
    if not lex.words.get("nouns_capitalised", True) and i + 1 < len(toks):
        after = toks[i + 1]
        joins = toks[i].low in coordinators(lex) | disjunctions(lex)
        opens = after.low in dets or after.low.isdigit() or after.low in lex.set("count_words")
        if joins and opens and not _verb_before(toks, i, lex):
            return False  # "Ukraine and the United States signed": two subjects
        if toks[i].low in lex.set("verb_subordinators") or (joins and opens) or \
                (not joins and (after.text[:1].isupper() or after.low in lex.set("count_words"))):
            # English: "launched 140 drones and several missiles at Ukraine", "sworn in as
            # chancellor" join phrases; a clause needs a verb ("and the army attacked Odesa", "as
            # thousands of protesters rallied", "after Russia attacked Kyiv"; "Russia and Ukraine
            # met" stays one clause, and "after a phone call with Trump" is cut, as in German)
            return any(not e.nominal and e.needs is None and e.next is None
                       for j in range(i + 1, min(i + 5, len(toks))) for e in lex.match(toks[j].low))
    j = i + 1
    while j < len(toks):
        t = toks[j]
        if t.text[:1].isupper() or not t.text[:1].isalpha():
            return False
        nxt = toks[j + 1].text if j + 1 < len(toks) else ""
        # ("Singapur, Malaysia und anderen betroffenen Regionen kamen zusammen": a quantifier
        # opens a noun phrase whatever follows it)
        if t.low in dets or t.low in lex.set("phrase_quantifiers") or demonym(t.low, lex) or \
                (adjective_like(t.low) and nxt[:1].isupper()):
            j += 1
            continue
        return True
    return False


def _participle(t: Tok) -> bool:
    """Whether a lower-case word reads as a past participle ("gestellt", "getötet", "verhaftet")."""
    return t.text.islower() and (PARTICIPLE.match(t.low) is not None or INSEPARABLE_PARTICIPLE.match(t.low) is not None)


def _verb_before(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """Whether a verb trigger stands before ``i`` since the last punctuation mark."""
    for j in range(i - 1, -1, -1):
        if not toks[j].text[:1].isalnum():
            return False
        if any(not e.nominal for e in lex.match(toks[j].low)):
            return True
    return False


def last_word(toks: list[Tok], c: Clause) -> int | None:
    """Index of the clause's last word (punctuation skipped)."""
    for k in range(c.hi - 1, c.lo - 1, -1):
        if toks[k].text[:1].isalnum():
            return k
    return None


# -- actors ------------------------------------------------------------------------------------

def _country(doc: Document, name: str, lex: Lexicon) -> str | None:
    """The document's entity for a country name (by name or alias), if the text names it."""
    names = {n.lower() for n in lex.words.get("country_aliases", {}).get(name, [name])} | {name.lower()}
    for e in doc.entities:
        if e.name.lower() in names or any(a.lower() in names for a in e.aliases):
            return e.id
    return None


@lru_cache(maxsize=65536)
def demonym(low: str, lex: Lexicon) -> str | None:
    """The country a demonym adjective names: "russischen" -> "Russland" (the lexicon's list,
    then the knowledge base's adjectives: "kenianischen" -> "Kenia" where it knows Kenya)."""
    stems: dict[str, str] = lex.words.get("demonyms", {})
    kb = _kb_adjectives()
    for suffix in ("en", "er", "es", "em", "e", ""):
        if suffix and not low.endswith(suffix):
            continue
        stem = low[: len(low) - len(suffix)] if suffix else low
        if stem in stems:
            return stems[stem]
        if stem in kb:
            return kb[stem]
    # "nordafghanisch", "ostukrainisch", "südsyrisch": a part of the country is the country
    part = _COMPASS.match(low)
    if part is not None and len(low) - part.end() > 4:
        return demonym(low[part.end():], lex)
    return None


_COMPASS = re.compile(r"(?:nordost|nordwest|südost|südwest|nord|süd|ost|west|zentral|mittel)-?")


@lru_cache(maxsize=1)
def _kb_adjectives() -> dict[str, str]:
    """Adjective -> country name from the bundled knowledge base (countries only)."""
    from lagebild.entities.kb import load_kb  # loaded once, and only where a word may be one

    out: dict[str, str] = {}
    for e in load_kb().entries.values():
        if e.type == "LOC" and e.stands_for is None:
            for a in e.adjectives:
                out.setdefault(a.lower(), e.name)
    return out


@lru_cache(maxsize=65536)
def _compound_actor(low: str, lex: Lexicon) -> bool:
    """Whether a compound with a name in front names an actor of that name: its last part is an
    actor noun ("US-Präsident", "Nato-Truppen", "IS-Chef"), a group or an event noun ("US-Luftangriff")."""
    tail = low.rpartition("-")[2]
    return not tail or head_kind(tail, lex) == "actor" or tail in lex.words.get("group_nouns", {}) or \
        tail in lex.set("fighter_tails") or tail in lex.set("compound_actor_tails") or \
        any(t.nominal for t in lex.match(tail)) or tail in lex.set("goods_heads")
    # ("Gegenzölle auf US-Waren": the goods' state, as "auf chinesische Waren")


@lru_cache(maxsize=65536)
def head_kind(low: str, lex: Lexicon) -> str | None:
    """Whether a noun heads an actor ("Regierung", "Truppen") or a place ("Stadt", "Stellungen")."""
    for kind, key in (("actor", "actor_heads"), ("place", "place_heads")):
        heads = lex.set(key)
        if low in heads or any(low.endswith(h) and len(h) >= 5 for h in heads):
            return kind
        if kind == "actor" and low.endswith("chefs") and low[:-1] in heads:
            return kind  # "die europäischen Regierungschefs": the plural of a head in -chef
    return None


def _genitive_name(e: Entity | None, last: str) -> bool:
    """Whether a person's name ends in a genitive -s that none of the entity's names has: "Wladimir
    Putins", not "Alexis Tsipras" (whose title before it is then no genitive noun)."""
    if not last.endswith(("s", "'")):
        return False
    if e is None:
        return True  # (as before: a word in -s after a noun reads as a genitive)
    stem = last[:-1]
    words = {n.rpartition(" ")[2] for n in (e.name, *e.aliases)}
    return stem in words and last not in words


def actors(doc: Document, toks: list[Tok], mentions: list[Mention], lex: Lexicon,
           groups: Groups | None = None, focus: str | None = None) -> list[Actor]:
    """The actor candidates of a sentence: linked name mentions, demonym phrases and, with
    ``groups``, group nouns ("die Polizei", "42 Demonstranten"; see :mod:`lagebild.events.groups`);
    ``focus`` is the state the text is about (the previous subject's), for "des Landes"."""
    out: list[Actor] = []
    # (the document's entities by id: the groups keep that map; tests call without groups)
    by_id = groups.known if groups is not None else {e.id: e for e in doc.entities}
    things = tuple(lex.set("thing_heads"))
    starts = {t.start: i for i, t in enumerate(toks)}
    ends = {t.end: i for i, t in enumerate(toks)}
    for m in mentions:
        i = starts.get(m.start)
        if i is None:  # a mention that does not start on a token boundary ("Trumps" vs "Trump")
            i = next((k for k, t in enumerate(toks) if t.start <= m.start < t.end), None)
        j = ends.get(m.end)
        if j is None:
            j = next((k for k, t in enumerate(toks) if t.start < m.end <= t.end), i)
        if i is None or m.entity is None or j is None:
            continue
        if toks[j].low.endswith(things):
            continue  # "Storm Shadow-Marschflugkörper" tagged as a name is a weapon, not a side
        partial = m.end < toks[j].end
        if partial and not _compound_actor(toks[j].low, lex):
            continue  # "US-Bürger", "US-Milliardär", "EU-Armee": a person or thing from there, not the state
        if groups is not None and m.label == "LOC" and i == j and _counted_people(toks, i, lex):
            # "Hunderttausende Amerikaner demonstrierten", "Tausende Isländer": the people of a
            # state, counted or protesting, are its civilians, not the state
            state = groups.state_of(m.entity) or m.entity
            civ = groups.civilians(state, toks[i].text)
            if civ is not None:
                out.append(Actor(i, j + 1, civ, "ORG", group=True))
                continue
        out.append(Actor(i, j + 1, m.entity, m.label, partial=partial,
                         genitive=m.label == "PER" and _genitive_name(by_id.get(m.entity), toks[j].text)))
    taken = {k for a in out for k in range(a.tok, a.end_tok)}
    # German capitalises nouns and writes demonyms in lower case; English the other way round
    # ("Russian forces"): the lexicon says which (``nouns_capitalised``, default true)
    nouns_cap = lex.words.get("nouns_capitalised", True)
    for i, t in enumerate(toks):
        if i in taken or not (t.text[:1].islower() or t.low.startswith("us-") or i == 0 or not nouns_cap):
            continue  # demonyms are lower case, except "US-amerikanischen" and at the sentence start
        country = demonym(t.low, lex)
        if country is None:
            continue
        # the head noun may come after a coordination: "US-amerikanischen und russischen Regierungsbeamten"
        kind = None
        for k in range(i + 1, min(i + 5, len(toks))):
            low = toks[k].low
            if not nouns_cap:
                # "Russian and American officials", "Russian armed forces": demonyms, coordination
                # and lower-case adjectives up to the head
                if demonym(low, lex) or low in coordinators(lex) | {","}:
                    continue
                kind = head_kind(low, lex)
                if kind is None and (any(t.nominal for t in lex.match(low)) or low in lex.set("irrealis_nouns") or
                                     low in lex.set("accusation_nouns")):
                    kind = "actor"  # "the Russian strike": Russia strikes; "the European proposal"
                elif kind is None and (low in lex.set("person_heads") or low in lex.set("victim_nouns")):
                    kind = "person"  # "20 of the 47 Vietnamese fishermen": that state's people
                elif kind is None and low in lex.set("goods_heads"):
                    kind = "actor"  # "raised tariffs on Chinese goods": the goods' state is hit
                if kind is not None or not (toks[k].text.isalpha() and toks[k].text.islower()):
                    break
                continue
            if toks[k].text[:1].isupper() and toks[k].text.endswith("-") and k + 1 < len(toks) and \
                    toks[k + 1].low in coordinators(lex):
                continue  # "die europäischen Staats- und Regierungschefs": the head comes after
            if toks[k].text[:1].isupper():
                kind = head_kind(low, lex)
                if kind is None and (any(t.nominal for t in lex.match(low)) or low in lex.set("irrealis_nouns")):
                    kind = "actor"  # "ein russischer Drohnenangriff": Russia attacks; "russische Vorschläge"
                elif kind is None and (low in lex.set("person_heads") or low in lex.set("victim_nouns")):
                    kind = "person"  # "ein palästinensischer Angreifer", "eine israelische Frau"
                elif kind is None and low.endswith(tuple(lex.set("goods_heads"))):
                    kind = "actor"  # "Strafzölle auf europäische Produkte": the goods' state is hit
                sector = lex.words.get("group_nouns", {}).get(low)
                if kind != "person" and sector is not None and sector not in lex.set("state_sectors"):
                    # "die syrische Opposition", "das rumänische Parlament"; perpetrators of a
                    # state are its people, as a person is ("nordkoreanische Hacker")
                    kind = "person" if sector in lex.set("local_sectors") else "group"
                elif kind is None and sector is not None:
                    kind = "actor"  # "die indonesische Küstenwache", "die ägyptische Militärjunta": the state
                break
            if not (demonym(low, lex) or low in coordinators(lex) | {","} or adjective_like(low)):
                break
        if kind is None:
            continue
        eid = _country(doc, country, lex) or (groups.country(country) if groups is not None else None)
        if eid is not None and kind == "person":
            # a person told only by origin acts for no state: that state's civilians (PLOVER's
            # state + sector), named with the noun ("Zivilgesellschaft (Israel)", alias "Frau")
            if groups is not None:
                civ = groups.civilians(eid, toks[k].text)
                if civ is not None:
                    out.append(Actor(i, k + 1, civ, "ORG", group=True))
                    taken.update(range(i, k + 1))
        elif eid is not None and kind == "group":
            # a sector that is no state's organ of force acts as itself: "Opposition (Syrien)"
            gid = groups.actor(toks[k].low, toks[k].text, eid) if groups is not None else None
            if gid is not None:
                out.append(Actor(i, k + 1, gid, "ORG", group=True))
                taken.update(range(i, k + 1))
        elif eid is not None:
            out.append(Actor(i, i + 1, eid, "LOC", place=kind == "place"))
    if groups is not None:
        out.extend(_demonym_nouns(doc, toks, taken, groups, lex))
        # "der Angreifer wurde von Wachleuten angeschossen" after "ein palästinensischer Angreifer":
        # a definite person noun is the person told with it before
        for i in range(1, len(toks)):
            if i not in taken and toks[i - 1].low in _DEFINITE and toks[i].text[:1].isupper():
                known = groups.person(toks[i].low)
                if known is not None and not any(a.tok <= i < a.end_tok for a in out):
                    out.append(Actor(i, i + 1, known, "ORG", group=True))
    out.extend(_city_adjectives(doc, toks, out, lex))
    if groups is not None:
        out.extend(_fighter_compounds(toks, out, groups, lex))
    if groups is not None:
        out.extend(_group_actors(toks, out, groups, lex, focus))
        out.extend(_unnamed_persons(toks, out, groups, lex))
    out.sort(key=lambda a: a.tok)
    return out


def _unnamed_persons(toks: list[Tok], named: list[Actor], groups: Groups, lex: Lexicon) -> list[Actor]:
    """A person told only by a role after an article, with no name after it ("gegen einen
    früheren Verfassungsschützer", "dem Ex-Bürgermeister von Irpin"; ``unnamed_person_nouns``):
    a person of this document, named as the text names him."""
    nouns = lex.set("unnamed_person_nouns")
    if not nouns:
        return []
    taken = {k for a in named for k in range(a.tok, a.end_tok)}
    dets = lex.set("determiners")
    out = []
    for i, t in enumerate(toks):
        low = t.low.rpartition("-")[2] if "-" in t.low else t.low
        if i in taken or low not in nouns or not t.text[:1].isupper() or i + 1 in taken:
            continue
        j = i - 1
        while j >= 0 and toks[j].low not in dets and adjective_at(toks, j, lex) and demonym(toks[j].low, lex) is None:
            j -= 1
        if j < 0 or toks[j].low not in dets or j in taken:
            continue  # (an article first; a demonym makes it that state's: "ein russischer Diplomat")
        surface = " ".join(x.text for x in toks[j + 1:i + 1])
        eid = groups.unnamed_person(surface)
        out.append(Actor(i, i + 1, eid, "PER"))
    return out


_ACRONYM = re.compile(r"[A-ZÄÖÜ]{2,6}")
# finite auxiliaries and modals that end like adjectives
_FINITE_AUX = frozenset({"haben", "hatten", "waren", "werden", "wurden", "wollen", "wollten", "sollen", "sollten",
                         "können", "konnten", "müssen", "mussten", "dürfen", "durften", "hatte", "wurde", "wollte",
                         "sollte", "konnte", "musste", "durfte", "habe", "werde", "wäre", "hätte", "würde"})
_DEFINITE = frozenset({"der", "die", "den", "dem", "des"})


def _demonym_nouns(doc: Document, toks: list[Tok], taken: set[int], groups: Groups, lex: Lexicon) -> list[Actor]:
    """Nouns for the people of a country, read from its adjective: "Isländer" (isländisch),
    "Palästinenser", "Israelin", "Israelis" (israelisch): that state's civilians, like "eine
    israelische Frau" ("Tausende Isländer protestierten gegen ihn")."""
    out = []
    counts = lex.set("count_words")
    protest_verb: bool | None = None
    for i, t in enumerate(toks):
        if i in taken or not t.text[:1].isupper() or len(t.low) < 6:
            continue
        country = _demonym_noun(t.low, lex)
        if country is None:
            continue
        if protest_verb is None:
            protest_verb = any(e.type == "PROTEST" and not e.nominal for t in toks for e in lex.match(t.low))
        if i > 0 and (toks[i - 1].low.replace(".", "").isdigit() or toks[i - 1].low in counts) and not protest_verb:
            continue  # "wurden bei Protesten 155 Ukrainer getötet": counted victims, as "Menschen" (people_nouns)
        state = _country(doc, country, lex) or groups.country(country)
        civ = groups.civilians(state, t.text) if state is not None else None
        if civ is not None:
            out.append(Actor(i, i + 1, civ, "ORG", group=True))
    return out


def _counted_people(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """Whether token ``i`` is a noun for a country's people ("Amerikaner", "Isländer") after a
    number or a count word ("Hunderttausende Amerikaner"), or in a sentence with a protest verb."""
    if not toks[i].text[:1].isupper() or _demonym_noun(toks[i].low, lex) is None:
        return False
    if i > 0 and (toks[i - 1].low.replace(".", "").isdigit() or toks[i - 1].low in lex.set("count_words")):
        return True
    return any(e.type == "PROTEST" and not e.nominal for t in toks for e in lex.match(t.low))


@lru_cache(maxsize=65536)
def _demonym_noun(low: str, lex: Lexicon) -> str | None:
    """The country a noun for its people names ("isländer" -> "Island"), or None."""
    for suffix in lex.words.get("demonym_noun_suffixes", []):
        if low.endswith(suffix) and len(low) - len(suffix) >= 4:
            country = demonym(low[: len(low) - len(suffix)] + "isch", lex)
            if country is not None:
                return country
    return None


def _fighter_compounds(toks: list[Tok], named: list[Actor], groups: Groups, lex: Lexicon) -> list[Actor]:
    """A group's short name as the head of a compound for its fighters: "drohte den YPG-Kämpfern",
    "Stützpunkte von PKK-Kämpfern"; the named group is the actor (where the entity stage did not
    tag the short name)."""
    tails = lex.set("fighter_tails")
    out = []
    for i, t in enumerate(toks):
        if "-" not in t.text:
            continue
        head, _, tail = t.text.rpartition("-")
        if tail.lower() in tails and _ACRONYM.fullmatch(head) and not any(a.tok <= i < a.end_tok for a in named):
            out.append(Actor(i, i + 1, groups.named(head), "ORG"))
    return out


#: a participle inflected as an adjective: "annektierten", "unterstützten", "gewählte"
PARTICIPLE_ADJ = re.compile(r"\w+(?:t|en)(?:e|en|er|es|em)$")


#: finite forms of auxiliaries and modals that look like an inflected participle ("hatte")
_FINITE = frozenset({"hatte", "hatten", "sollte", "sollten", "wollte", "wollten", "konnte", "konnten", "musste",
                     "mussten", "durfte", "durften", "mochte", "mochten", "möchte", "möchten"})


#: articles, also capitalised at a sentence's start ("Die von Polen unterstützten Separatisten")
_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen"})


def participle_agents(toks: list[Tok], acts: list[Actor]) -> set[int]:
    """Positions of actors that are the agent of a participle used as an adjective: "die Truppen
    der von Russland unterstützten Regierung" (Russia supports, it does not attack; it is no side
    of the clause's verb)."""
    out = set()
    for a in acts:
        e = a.end_tok
        # (a phrase may stand between: "von der Türkei aus der Luft unterstützten Rebellen", "von
        # Russland seit Jahren unterstützten Separatisten")
        while e < len(toks) and e < a.end_tok + 4 and (toks[e].text[:1].isupper() or toks[e].text in "()" or
                                                       (toks[e].low.isalpha() and len(toks[e].low) <= 4 and
                                                        not PARTICIPLE_ADJ.fullmatch(toks[e].low))):
            e += 1
        j = a.tok - 1
        while j > 0 and toks[j].low in ("der", "die", "den", "dem", "des"):
            j -= 1
        before = []
        if j >= 0 and toks[j].text == "(":  # "von Finanzminister Schelling (ÖVP) erhobene": the name's agent
            before = [b for b in acts if b.end_tok == j]
            if before:
                j = before[0].tok - 1
                while j > 0 and (toks[j].low in ("der", "die", "den", "dem", "des") or toks[j].text[:1].isupper()):
                    j -= 1
        participle = e + 1 < len(toks) and toks[e].text[:1].islower() and toks[e].low not in _FINITE and \
            PARTICIPLE_ADJ.fullmatch(toks[e].low) is not None
        # (the phrase opens after a determiner or a preposition, "der von Russland unterstützten
        # Regierung", "mit von der Türkei … unterstützten Rebellen"; after a noun it is that noun's:
        # "Die Festnahme des Journalisten durch die Türkei löste Proteste aus")
        opens = j == 0 or toks[j - 1].text[:1].islower() or not toks[j - 1].text[:1].isalpha() or \
            toks[j - 1].low in _ARTICLES
        if j >= 0 and toks[j].low in ("von", "vom", "durch") and participle and opens and \
                (toks[e + 1].text[:1].isupper() or (adjective_like(toks[e + 1].low) and toks[e + 1].text.islower())):
            if toks[e].low in _LEADING and toks[e + 1].text[:1].isupper():
                continue  # "der von den USA geführten Koalition": the leader stands for the coalition
            out.add(a.tok)
            out.update(b.tok for b in before)  # (the named person too, not only his party in brackets)
    return out


_LEADING = frozenset({"geführte", "geführten", "geführter", "angeführte", "angeführten", "angeführter"})


def _city_adjectives(doc: Document, toks: list[Tok], named: list[Actor], lex: Lexicon) -> list[Actor]:
    """A capital's adjective before an actor noun is that place: "das Moskauer Außenministerium",
    "die Kiewer Führung" (the place must be one the document names, so "Wiener Schnitzel" is no actor)."""
    out = []
    places: dict[str, str] | None = None
    for i in range(len(toks) - 1):
        w = toks[i].text
        if w[-2:] != "er" or len(w) <= 5 or not w[0].isupper() or head_kind(toks[i + 1].low, lex) != "actor":
            continue  # (the cheap tests first: this runs on every sentence with a trigger)
        if places is None:
            places = {e.name: e.id for e in doc.entities if e.type == "LOC"}
        eid = places.get(w[:-2])
        if eid is not None and not any(a.tok <= i < a.end_tok for a in named):
            out.append(Actor(i, i + 1, eid, "LOC"))
    return out


@lru_cache(maxsize=8)
def _nationality(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(lex.words.get("nationality_adjective", "(?!)"))


def _group_actors(toks: list[Tok], named: list[Actor], groups: Groups, lex: Lexicon,
                  focus: str | None = None) -> list[Actor]:
    """Group nouns as actors: "Die Polizei nahm 42 Demonstranten fest".

    Not where a demonym or a name already says whose group it is ("die georgische Polizei",
    "die Regierung Trump"); a noun for anyone at all ("Menschen") only with a protest.
    """
    nouns: dict[str, str] = lex.words.get("group_nouns", {})
    armed: dict[str, str] = lex.words.get("armed_adjectives", {})
    out = []
    taken = {k for a in named for k in range(a.tok, a.end_tok)}
    for i in range(1, len(toks)):
        # "eine Gruppe bewaffneter Männer", "maskierte Männer": people of no name described by
        # how they are armed or hidden are a group of that kind ("Jihadisten", "Täter")
        stem = toks[i - 1].low.rstrip("nmrs").rstrip("e")
        if stem in armed and toks[i].low in lex.set("person_heads") and i not in taken and i - 1 not in taken:
            eid = groups.actor(armed[stem], toks[i].text, None)
            if eid is not None:
                out.append(Actor(i - 1, i + 1, eid, "ORG", group=True))
                taken.update((i - 1, i))
    nouns_cap = lex.words.get("nouns_capitalised", True)
    if not any(_group_noun(t.low, nouns, nouns_cap) for t in toks):
        return out
    # the sentence's place, not a dateline's ("Paris – Bei Raketenangriffen im Norden Syriens …"),
    # nor a participle's agent ("die Truppen der von Russland unterstützten Regierung")
    agents = participle_agents(toks, named)
    # (nor a partner: "Das Parlament ratifizierte den Vertrag mit Russland" is not Russia's parliament)
    partner = lex.set("partner_preps")
    place = next((s for a in named if a.label == "LOC" and not a.place and a.tok not in agents and
                  not (a.end_tok < len(toks) and toks[a.end_tok].text in ("–", "—", "/")) and
                  not any(toks[j].low in partner for j in range(max(0, a.tok - 3), a.tok)) and
                  not _noun_origin(toks, a.tok, lex)
                  for s in [groups.country_of(a.entity)] if s), None)
    nationality = _nationality(lex)
    protest = any(e.type == "PROTEST" for t in toks for e in lex.match(t.low))
    for i, t in enumerate(toks):
        low = _group_noun(t.low, nouns, nouns_cap)
        if low is None or (nouns_cap and not t.text[:1].isupper()) or i in taken or (i + 1) in taken:
            continue  # (English writes them in lower case: "the police", "protesters")
        j = i - 1
        # (adjectives before the noun, not a verb: "Kaschmirs haben Bewaffnete" has no owner)
        while j >= 0 and adjective_at(toks, j, lex) and demonym(toks[j].low, lex) is None and \
                not nationality.fullmatch(toks[j].low):
            j -= 1
        owner = next((a for a in named if a.tok <= j < a.end_tok), None) if j >= 0 and j in taken else None
        sector = nouns[low]
        if owner is not None and owner.label == "LOC" and owner.end_tok == j + 1 and toks[j].low.endswith("s") and \
                sector not in lex.set("state_sectors") | lex.set("local_sectors") and \
                (state := groups.country_of(owner.entity)) is not None and \
                (eid := groups.actor(low, t.text, state)) is not None:
            # "Kenias Opposition", "Georgiens Parlament": a state's sector that is no organ of
            # force acts as itself, as after a demonym ("die kenianische Opposition")
            named.remove(owner)
            out.append(Actor(owner.tok, i + 1, eid, "ORG", group=True))
            continue
        if j >= 0 and (demonym(toks[j].low, lex) is not None or (j in taken and toks[j].low.endswith("s"))):
            continue  # "die georgische Polizei", "Putins Armee": the demonym or the name decides
            # (but "in der Region Sikasso mehrere Jihadisten": a place before, the group's own phrase)
        if low in lex.set("people_nouns") and not protest:
            continue
        if _named_owner(toks, i, named, lex):
            continue  # "Rebellen der FSA", "Kämpfer von Boko Haram": the named group is the actor
        seat = _seat_state(toks, i, named, groups, lex, focus)
        if seat is None and i + 1 < len(toks) and toks[i + 1].low in ("der", "des"):
            # "die Truppen der von Russland unterstützten Regierung", "die Regierung der
            # Schwarzmeer-Region": an owner the text names but the entities do not know is not the
            # sentence's place
            continue
        # "kenianische Soldaten", an origin the demonyms do not know: that group, not the place's
        stem = toks[j].low.rstrip("nmrs").rstrip("e") if j >= 0 else ""
        # "Westliche Regierungen", "ausländischer Regierungen": a bloc of states, not the place's
        bloc = stem in lex.set("bloc_adjectives")
        origin = toks[j].text if j >= 0 and (bloc or (nationality.fullmatch(toks[j].low) and
                                                      stem not in lex.set("not_origin"))) else None
        eid = groups.actor(low, t.text, seat or place, origin)
        if eid is not None:
            out.append(Actor(i, i + 1, eid, "ORG", group=True))
    return out


def _noun_origin(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """Whether the name at ``i`` is the origin of the noun before it, under a preposition of
    origin ("Gelder aus dem Iran", "Flüchtlinge aus Syrien"): what a thing comes from, not the
    sentence's place. Round 14's audit: "Die Regierung beschuldigt die Huthi-Rebellen …, Gelder aus
    dem Iran zu erhalten" made the Yemeni government Iran's. Not after a verb or a pronoun ("zog
    sich aus Aleppo zurück": the place left)."""
    origin = lex.set("origin_preps")
    for j in range(max(1, i - 3), i):
        if toks[j].low in origin:
            before = toks[j - 1]
            return before.text[:1].isupper() and before.low not in lex.set("determiners") and \
                all(adjective_at(toks, m, lex) or toks[m].low in lex.set("determiners") for m in range(j + 1, i))
    return False


def _group_noun(low: str, nouns: dict[str, str], genitive: bool) -> str | None:
    """The group noun a word is, in the genitive too where the language has one ("des Ministeriums")."""
    if low in nouns:
        return low
    if genitive and low.endswith("es") and low[:-2] in nouns:
        return low[:-2]
    if genitive and low.endswith("s") and low[:-1] in nouns:
        return low[:-1]
    return None


def _named_owner(toks: list[Tok], i: int, named: list[Actor], lex: Lexicon) -> bool:
    """Whether an organisation or a person follows the group noun at ``i`` as its genitive or
    "von" attribute ("Rebellen der FSA"): then that name, not a group, is the actor."""
    k = i + 1
    if k >= len(toks) or toks[k].low not in ("der", "des", "von", "vom"):
        return False
    k += 1
    while k < len(toks) and k <= i + 5 and (toks[k].low in lex.set("determiners") or toks[k].text.islower()):
        k += 1
    return any(a.tok == k and a.label in ("ORG", "PER") for a in named)


def _seat_state(toks: list[Tok], i: int, named: list[Actor], groups: Groups, lex: Lexicon,
                focus: str | None = None) -> str | None:
    """The state of the place right after a group noun: "die Regierung in Libyen", "die Armee des
    Sudan", "die Regierung von Präsidentin Park"; ``focus`` for "das Militär des isolierten
    Landes"; None where no place follows."""
    k = i + 1
    if k < len(toks) and (_seat_of(toks[i].low, toks[k].low, lex) or toks[k].low in ("des", "der")):
        k += 1
        starts = {a.tok for a in named}
        dets, preps = lex.set("determiners"), all_preps(lex)
        while k < len(toks) and k <= i + 6 and k not in starts and (
                toks[k].low in dets or (toks[k].text.islower() and toks[k].low not in preps) or
                (toks[k].text[:1].isupper() and head_kind(toks[k].low, lex) == "actor")):
            k += 1  # "die Regierung von Präsident Putin", "des international isolierten Landes"
        if k < len(toks) and toks[k].low in lex.set("country_anaphors") and toks[i + 1].low == "des":
            return focus
        a = next((a for a in named if a.tok == k), None)
        if a is not None:
            return groups.state_of(a.entity) or groups.side_of(a.entity)
    return None


def _goods_prep(toks: list[Tok], k: int, lo: int, lex: Lexicon) -> int | None:
    """Where the state of "on imports from China", "on imports of all U.S. products" is a side:
    the preposition ``k`` ("from", "of") follows a noun for goods (``goods_heads``); the state is
    then the goods', and the preposition before the goods ("on") gives its role, as the adjective
    does in "on Chinese imports". None where ``k`` is no such preposition."""
    if toks[k].low not in lex.set("origin_preps") | lex.set("attribute_preps") or k - 1 <= lo or \
            toks[k - 1].low not in lex.set("goods_heads"):
        return None
    j = k - 2
    dets = lex.set("determiners")
    while j >= lo and (toks[j].low in dets or adjective_at(toks, j, lex) or toks[j].text[:1].isdigit()):
        j -= 1  # "on all imports", "on the imports"
    return j if j >= lo and toks[j].low in lex.set("target_preps") else None


def _noun_adjunct(toks: list[Tok], clause: Clause, a: Actor, lex: Lexicon) -> bool:
    """Whether a name under a place preposition only qualifies the noun after it (English, where
    such nouns are not joined into one word): "a key mediator in the Gaza ceasefire talks" (the
    seventh user trial's Doha strike had Gaza as a second target), "in the Ukraine war". Not
    where that noun is a place ("in the Kharkiv region")."""
    dets = lex.set("adjunct_determiners")
    i, j = a.tok - 1, a.end_tok
    if not dets or i - 1 < clause.lo or j >= clause.hi or toks[i].low not in dets or \
            toks[i - 1].low not in lex.set("location_preps"):
        return False
    noun = toks[j]
    return noun.text.isalpha() and noun.text.islower() and noun.low not in lex.set("adjunct_breakers") and \
        head_kind(noun.low, lex) != "place"


def assign_roles(toks: list[Tok], clause: Clause, acts: list[Actor], trigger_toks: set[int],
                 lex: Lexicon, time_toks: frozenset[int] = frozenset()) -> None:
    """Give each actor of the clause the role its governing preposition marks.

    Reading back from the actor over determiners and adjectives, the first preposition decides;
    a capitalised noun in between makes the actor a genitive attribute of that noun ("in den
    Osten der Ukraine": the preposition of "Osten" decides; "am Überfall Russlands": it belongs
    to the trigger noun "Überfall"). "und" passes the role of the actor before it on. A temporal
    expression ends the reading ("hat am Dienstag Kiew besucht": Kiew is no attribute of
    "Dienstag", and "am" gives it no role).
    """
    preps = all_preps(lex)
    dets = lex.set("determiners")
    by_end = {a.end_tok - 1: a for a in acts}
    for a in acts:
        if a.end_tok < clause.hi and toks[a.end_tok].low in lex.set("source_postpositions"):
            a.role = "ignore"  # "Der Zeitung Haaretz zufolge": who tells, not a side
            continue
        if _noun_adjunct(toks, clause, a, lex):
            # "a key mediator in the Gaza ceasefire talks": the talks are where, not Gaza; an event
            # noun it qualifies has it as its argument ("in the Gaza attack")
            a.role = f"of:{a.end_tok}" if a.end_tok in trigger_toks else "ignore"
            continue
        k = a.tok - 1
        if k >= clause.lo and toks[a.tok].text.islower() and toks[a.tok].low in lex.words.get("subject_pronouns", {}) \
                and toks[k].low in lex.set("relative_pronouns"):
            continue  # "…, in der sie Obama gratulierte": the pronoun after a relative is the subject
        noun_seen = False
        genitive_det = False  # "die Sicht des Kreml": an attribute of another noun, not a side
        plain_det = False  # "dieses Attentat die PKK": a determiner of no genitive opens a phrase of its own
        genitive = False
        while k >= clause.lo:
            t = toks[k]
            if k in time_toks:
                break
            if t.low in coordinators(lex) | disjunctions(lex) | {","} and (k - 1) in by_end and not genitive:
                # "zwischen Trump und dem russischen Außenminister Lawrow": the role of the first
                prev = by_end[k - 1]
                if t.text == "," and prev.role == "ignore" and prev.group and k + 1 < len(toks) and \
                        toks[k + 1].low in dets:
                    # "mit dem Alterspräsidenten des Parlaments, dem CHP-Abgeordneten Deniz Baykal,":
                    # the apposition renames the noun whose attribute the group before the comma
                    # is; read on before that attribute
                    k = prev.tok - 1
                    while k >= clause.lo and (toks[k].low in dets or adjective_at(toks, k, lex)):
                        k -= 1
                    noun_seen = genitive_det = plain_det = genitive = False
                    continue
                if t.text == "," and prev.role == "gen":
                    break  # "Der Sondergesandte des Weißen Hauses, Steve Witkoff,": the envoy, named
                a.role, a.prep, a.prep_at = prev.role, prev.prep, prev.prep_at
                break
            if t.low in coordinators(lex) and not noun_seen:
                k -= 1  # "der Ukraine und Europas": a coordination inside the phrase; keep looking
                continue
            if t.low in lex.set("member_preps") and k - 1 >= clause.lo and a.label in ("ORG", "LOC") and \
                    toks[k - 1].low in lex.set("member_heads") and k - 1 not in trigger_toks and \
                    (k - 1 not in by_end or by_end[k - 1].group or by_end[k - 1].entity.startswith("grp:")):
                if k - 1 in by_end:
                    by_end[k - 1].role = "ignore"  # "Die Abgeordneten von SPD und Grünen": named by whose they are
                # "Bundestagsabgeordnete von SPD und Grünen reichten Klage ein", "Die Außenminister
                # aus Deutschland und Frankreich trafen sich": members of a named body or envoys of
                # a state stand for it, as in the genitive ("Mitglieder der Hamas"); the member
                # noun's own place in the clause decides
                k -= 2
                while k >= clause.lo and (toks[k].low in dets or adjective_at(toks, k, lex)):
                    k -= 1
                noun_seen = genitive_det = plain_det = genitive = False
                continue
            if t.low in preps and k - 1 >= clause.lo and k - 1 not in trigger_toks and \
                    toks[k - 1].text[:1].isupper() and _seat_of(toks[k - 1].low, t.low, lex):
                if (k - 1) in by_end:
                    if t.low in lex.set("of_preps") and not by_end[k - 1].group:
                        # "ist die Bundesregierung von Polen kritisiert worden": a named government
                        # has its state; "von" after it is the agent
                        a.prep, a.prep_at, a.role = t.low, k, "prep"
                        break
                    a.role = "ignore"  # "die Regierung in Kiew" as a group actor: the group stands for it
                    break
                # "der Kreml kritisierte die Führung in Kiew": the government of the place is the
                # actor; the preposition before the government noun decides the role
                k -= 2
                noun_seen = genitive_det = False
                continue
            if k == clause.lo and k > 0 and t.low in lex.set("clause_conjunctions") and \
                    lex.words.get("conjunctions_not_preps"):
                break  # English: "as thousands of protesters rallied", "after Russia attacked Kyiv": a subject
            if t.low in lex.set("count_of_preps") and k > clause.lo and toks[k - 1].low in lex.set("count_words"):
                k -= 2  # "thousands of people": the count is no noun the people belong to
                continue
            if t.low in lex.set("noun_of_preps") and k - 1 in trigger_toks:
                a.role = f"of:{k - 1}"  # "the withdrawal of Russian troops": the noun's argument
                break
            if t.low in lex.set("source_preps") and k - 1 > clause.lo and \
                    toks[k - 1].low in lex.set("third_party_participles") and \
                    not any(toks[j].low in lex.set("passive_aux") for j in range(max(clause.lo, k - 4), k - 1)):
                # "A ceasefire between Armenia and Azerbaijan brokered by the European Union": the
                # mediator of an attribute, no side (but "was brokered by": the passive's agent)
                a.role = "ignore"
                break
            if t.low in lex.set("partitive_preps") and k > clause.lo and (toks[k - 1].low.isdigit() or
                                                                        toks[k - 1].low in lex.set("count_words")):
                k -= 1  # "released 20 of the 47 Vietnamese fishermen": a part of the object, no preposition
                continue
            if t.low in preps:
                a.prep, a.prep_at = t.low, k
                goods = _goods_prep(toks, k, clause.lo, lex)
                if goods is not None:
                    a.prep_at = goods
                    a.prep, a.role = toks[goods].low, "prep"
                    break
                if t.low in ("von", "vom") and a.label == "ORG" and k - 1 in by_end and by_end[k - 1].label == "PER":
                    # "Oppositionsführer Antonis Samaras von der Nea Dimokratia": his party, no side
                    a.role = "ignore"
                    break
                if t.low in lex.set("of_preps") and k > clause.lo and toks[k - 1].low in lex.set("location_preps"):
                    a.prep = toks[k - 1].low  # "nördlich von Aleppo": a place, not an agent
                a.role = "prep"
                if genitive and t.low in lex.set("circumstance_attribute_preps"):
                    # "unter Vermittlung der EU", "mit Unterstützung der USA": the attribute of a
                    # circumstance, a third party, not the preposition's actor
                    a.role = "ignore"
                    break
                if t.low == "mit" and k > clause.lo and toks[k - 1].low in lex.set("companion_cues"):
                    # "empfing ihn gemeinsam mit Ehefrau Margit", "griff zusammen mit Belarus an": a
                    # companion of the subject, not the partner or the target
                    a.role = "ignore"
                    break
                if (t.low in lex.set("attribute_preps") or a.group) and k > clause.lo and \
                        k - 1 not in trigger_toks and toks[k - 1].text[:1].isupper() and \
                        ((k - 1) not in by_end or ((by_end[k - 1].group or by_end[k - 1].entity.startswith("grp:")) and
                                                   a.label == "LOC")) and \
                        toks[k - 1].low not in dets and toks[k - 1].low not in lex.set("agent_nouns") and \
                        k - 1 not in time_toks and \
                        not (a.group and toks[k - 1].low.endswith(tuple(lex.set("given_things")))):
                    # (not a date: "wurde am Montag von Russland angegriffen"; nor a thing given to
                    # a group: "lieferten Waffen an die kurdischen Kämpfer")
                    # "nach einem Bericht von Spiegel online": the report's, not a side; "die
                    # Aggression gegen Feuerwehr und Polizei": a group after a noun is that noun's;
                    # "den Bürgermeister von Köln": a place after a person without a name is his
                    a.role = "ignore"
                break
            if t.low.isdigit() and k > clause.lo and toks[k - 1].text[:1].isupper():
                break  # "bei Protestaktionen 155 Palästinenser": a number opens a noun phrase of its own
            if not noun_seen and k > clause.lo and t.low.endswith("er") and adjective_like(t.low) and \
                    toks[k - 1].low in lex.set("source_nouns"):
                # "nach Erkenntnissen westlicher Geheimdienste", "nach Angaben örtlicher Behörden":
                # a genitive without an article; who tells, not a side
                a.role = "ignore"
                break
            if t.low in dets or adjective_at(toks, k, lex) or t.low.isdigit() or t.text in ("(", ")") or \
                    demonym(t.low, lex) is not None or (t.low in lex.set("name_quantifiers") and k + 1 == a.tok):
                # ("in ganz Deutschland": where, not whom; the audit of round 12 had the civil
                # protection office's phone warnings aimed at Germany)
                genitive_det = genitive_det or (not noun_seen and t.low in _GENITIVE_DETS)
                plain_det = plain_det or (not noun_seen and t.low in dets and t.low not in _GENITIVE_DETS)
                k -= 1
                continue
            if t.low in lex.set("clause_adverbs"):
                break  # "Auch der ÖVP-Wirtschaftsbund sprach sich …": an adverb, no noun to be the genitive of
            if t.text[:1].isupper() and (t.text.isalpha() or "-" in t.text):
                if not noun_seen and plain_det and not genitive_det:
                    # a determiner of no genitive opened the actor's own phrase: "machte für dieses
                    # Attentat die PKK verantwortlich", "nach Pentagon-Angaben den IS-Chef … getötet"
                    break
                if k in trigger_toks:
                    a.role = f"of:{k}"
                    break
                if k in by_end:  # apposition: "der russische Präsident Wladimir Putin" is one actor
                    prev = by_end[k]
                    if noun_seen and a.label == "LOC" and prev.label == "PER" and prev.tok > clause.lo and \
                            (prev.genitive or toks[k].text.endswith("s")) and toks[prev.tok - 1].low in preps:
                        # "nach einem Treffen in Trumps Golfresort Turnberry": a place named after
                        # its owner's noun; the preposition before the owner decides (where, no side)
                        k = prev.tok - 1
                        continue
                    if toks[k + 1].text == "(" or (prev.partial and k == a.tok - 1 and prev.role == "prep") or \
                            (k == a.tok - 1 and prev.entity == a.entity):
                        # (and a name right after its own description: "des UN-Flüchtlingshilfswerks UNHCR")
                        # "Islamischer Staat (IS)": the short name shares the role; so does the
                        # name after a title ("von US-Präsident Trump beglückwünscht")
                        a.role, a.prep, a.prep_at = prev.role, prev.prep, prev.prep_at
                    break
                if not noun_seen and not genitive_det and k == a.tok - 1 and a.label == "PER" and \
                        head_kind(t.low, lex) == "actor":
                    # "Der griechische Finanzminister Yanis Varoufakis": a title before its holder,
                    # no genitive ("Yanis" ends in -s); what precedes the title decides
                    noun_seen = True
                    k -= 1
                    continue
                # (not a name's own apostrophe: "Die Ratingagentur Moody's hat …" is an apposition)
                ends_in_s = a.genitive if a.label == "PER" else \
                    toks[a.end_tok - 1].low.endswith("s") and not toks[a.end_tok - 1].low.endswith(("'s", "’s"))
                if not noun_seen and (genitive_det or (k == a.tok - 1 and ends_in_s)):
                    # (a genitive name ends in -s, "die Truppen Wladimir Putins"; a person's name
                    # in -s of its own does not make one: "Klubchef Andreas Schieder", "Premier
                    # Alexis Tsipras" are a title and its holder)
                    if t.low in lex.set("source_nouns"):
                        a.role = "ignore"  # "nach Angaben des ukrainischen Militärs": who tells, not a side
                        break
                    if head_kind(t.low, lex) == "place" or t.low in lex.set("seat_heads") or \
                            (t.low in lex.words.get("group_nouns", {}) and a.label in ("ORG", "PER")) or \
                            (t.low in lex.set("fighter_tails") and a.label == "ORG") or \
                            (t.low in lex.set("member_heads") and a.label in ("ORG", "LOC") and
                             not (a.end_tok + 1 < len(toks) and toks[a.end_tok].text == "," and
                                  toks[a.end_tok + 1].text[:1].isupper())):
                        # (and its members and envoys: "Vertreter der EU", "den Anführer der M23")
                        # "überrannten die Stellungen der Ukraine", "die Führung der Krim forderte",
                        # "Kämpfer des IS": the state's place or government, a group's fighters stand
                        # for it; its own preposition decides (not "der Sondergesandte des Weißen
                        # Hauses, Steve Witkoff": the envoy is named)
                        # (a bare place noun opens its own phrase: "auf den Beschuss Ziele des IS"
                        # are no attribute of the shelling)
                        genitive_det, plain_det = False, True
                        k -= 1
                        continue
                    genitive = True
                noun_seen = True
                k -= 1
                continue
            break
        if genitive and a.role == "direct":
            a.role = "gen"  # an attribute of another noun: a side only where the trigger says so
        elif a.role == "direct" and _saxon_genitive(toks, a, clause, trigger_toks, by_end, lex):
            a.role = "gen"  # "Trumps Schwiegersohn Jared Kushner": Kushner acts, not Trump


#: determiners a genitive attribute can open ("der Einmarsch des Militärs", "ein Treffen der beiden")
_GENITIVE_DETS = frozenset({"des", "der", "eines", "einer"})


def _saxon_genitive(toks: list[Tok], a: Actor, clause: Clause, trigger_toks: set[int], by_end: dict[int, Actor],
               lex: Lexicon) -> bool:
    """Whether the actor is a genitive before a noun that names someone else ("Trumps
    Schwiegersohn Jared Kushner", "Putins Sprecher Peskow"). Not where the noun is the event
    ("Russlands Angriff": Russia attacks) or the actor's own government or place ("Trumps
    Regierung", "Russlands Armee" act for the state)."""
    k = a.end_tok
    if k >= clause.hi or not toks[a.end_tok - 1].text.endswith("s") or k in trigger_toks:
        return False
    noun = toks[k]
    if not noun.text[:1].isupper() or not noun.text.isalpha() or any(b.tok == k for b in by_end.values()):
        return False
    if head_kind(noun.low, lex) == "place" or noun.low in lex.set("seat_heads") or \
            noun.low in lex.words.get("group_nouns", {}):
        return False
    # the possessed noun is a person named right after it: an apposition
    return k + 1 < clause.hi and any(b.tok == k + 1 for b in by_end.values())


def _seat_of(head: str, prep: str, lex: Lexicon) -> bool:
    """Whether ``head prep X`` names X's government: "die Führung in Kiew", "die Regierung von Präsidentin Park"."""
    if prep in lex.set("seat_preps"):
        return head in lex.set("seat_heads")
    return prep in lex.set("of_preps") and (head in lex.set("seat_heads") or head_kind(head, lex) == "actor" or
                                            head in lex.words.get("group_nouns", {}))


def role_of(a: Actor, trig: Trigger, etype: str, lex: Lexicon) -> str:
    """The role an actor plays for one trigger: source, target, both, location or ignore."""
    if a.role == "gen":
        return "ignore"  # see _sides_of: the object's attribute of a verbal conflict
    if a.role != "prep" or a.prep is None:
        return a.role
    p = a.prep
    if p in trig.src:
        return "source"
    if p in trig.tgt:
        return "target"
    if p in lex.set("both_preps"):
        return "both"
    if p in lex.set("source_preps"):
        return "source"
    if p in lex.set("target_preps"):
        return "target"
    if p in lex.set("location_preps"):
        # "Angriffe in der Ukraine", "Truppen in den Osten der Ukraine": the place is the target;
        # not of a protest ("Anhänger Saddam Husseins protestierten in seiner Heimatstadt Tikrit
        # gegen den Prozess": where they protested, not whom; audit set 2, round 14)
        if QUAD_CLASS.get(etype) == "material_conflict" and etype.lower() not in lex.set("place_is_where_types"):
            return "target"
        return "location" if a.label == "LOC" else "ignore"
    return "ignore"


# -- matching triggers -------------------------------------------------------------------------

def find_trigger(toks: list[Tok], k: int, clause: Clause, sent_clauses: list[Clause],
                 lex: Lexicon) -> Trigger | None:
    """The lexicon entry that token ``k`` of ``clause`` triggers, if its conditions hold."""
    t = toks[k]
    entries = lex.match(t.low)
    if not entries:
        return None
    others = [toks[i].low for i in range(sent_clauses[0].lo, sent_clauses[-1].hi) if i != k]
    finals = [toks[w].low for c in sent_clauses if c.hi > k
              for w in [last_word(toks, c)] if w is not None and w != k]
    nouns_cap = lex.words.get("nouns_capitalised", True)
    for e in entries:
        if nouns_cap and e.nominal != t.text[:1].isupper() and not (k == 0 and not e.nominal):
            continue  # nouns are capitalised; a verb only where it opens the sentence ("Trifft Trump …?")
        if not nouns_cap and t.text[:1].isupper() and k > 0:
            continue  # English: a capitalised word inside the sentence is a name ("Operation Strike")
        if not nouns_cap and not e.nominal and _noun_context(toks, k, clause, lex):
            continue  # English: "the attack", "a Russian strike", "its call" are nouns, not verbs
        if e.final and last_word(toks, clause) != k:
            continue
        if e.next is not None and not (k + 1 < len(toks) and e.next.fullmatch(toks[k + 1].low)):
            continue  # "called on NATO" (not "called Putin on Wednesday")
        if e.particle is not None and not any(e.particle.fullmatch(w) for w in finals):
            continue
        if e.needs is not None and not any(e.needed(w) for w in others):
            continue
        if e.unless is not None and any(e.unless.fullmatch(toks[i].low) for i in range(clause.lo, clause.hi)):
            continue  # "trafen die Entscheidung", "in einigen Fällen": an idiom, not the event
        return e
    return None


def _noun_context(toks: list[Tok], k: int, clause: Clause, lex: Lexicon) -> bool:
    """English, where a word is a noun or a verb alike ("attack", "strike", "call", "visit"):
    whether token ``k`` is a noun by the word before it, a determiner, a possessive, a
    preposition, a demonym or the "'s" of a genitive ("the attack", "Russia's strike"), or a
    determiner and a modifier (``noun_modifiers``, a hyphenated word: "a two-day visit"); not
    after the infinitive's "to" ("to meet"), nor an -ing form with its object ("after meeting
    Putin")."""
    if k <= clause.lo:
        return False
    prev = toks[k - 1].low
    if toks[k].low.endswith("ing") and k + 1 < len(toks) and \
            (toks[k + 1].text[:1].isupper() or toks[k + 1].low in lex.set("determiners")):
        return False  # a gerund with its object: "after meeting Putin", "of attacking the pipeline"
    if k - 2 >= clause.lo and toks[k - 2].low in lex.set("determiners") and toks[k - 1].text.islower() and \
            ("-" in toks[k - 1].text or prev in lex.set("noun_modifiers")):
        return True  # "a two-day visit", "the phone call", "a new offensive" (not "both leaders agreed")
    return prev in lex.set("determiners") or prev in lex.set("owner_determiners") or \
        (prev in all_preps(lex) and prev not in lex.set("infinitive_markers")) or \
        prev == "'" or (prev == "s" and k >= 2 and toks[k - 2].text in ("'", "’")) or demonym(prev, lex) is not None


def nominal_gate(toks: list[Tok], k: int, clause: Clause, lex: Lexicon,
                 time_toks: frozenset[int] = frozenset()) -> tuple[bool, bool]:
    """(governed by a preposition, definite) for a nominal trigger at ``k``.

    "am Rande des Gipfels", "nach dem Einmarsch": a noun under a preposition is circumstance,
    not news; "das Telefonat", "diese Angriffe": a definite noun points back to an event already
    told. Both only count as events where the clause gives them their own date or actors.
    """
    preps = all_preps(lex)
    dets = lex.set("determiners")
    definite = lex.set("anaphoric_determiners")
    is_definite = False
    seen_det = False
    j = k - 1
    while j >= clause.lo:
        low = toks[j].low
        if j in time_toks:
            break  # "hat am Montag Verhandlungen aufgenommen": the date is no noun the trigger depends on
        if low in preps:
            return True, is_definite or low in lex.set("definite_preps")  # "am Überfall", "beim Gipfel"
        if low in dets:
            is_definite = is_definite or low in definite
            seen_det = True
            j -= 1
            continue
        if adjective_at(toks, j, lex) or low.isdigit() or toks[j].text in ("„", "“", "\""):
            j -= 1
            continue
        if low.endswith("s") and toks[j].text[:1].isupper():  # "Trumps erste Amtseinführung"
            j -= 1
            continue
        if not lex.words.get("nouns_capitalised", True):
            if toks[j].text[:1].isupper() or (not seen_det and j >= k - 2 and toks[j].text.isalpha()):
                j -= 1  # English: a name, a demonym or a plain modifier before the noun ("the Russian
                continue  # attack", "the phone call", "heavy fighting"): read on to its determiner
            break
        if not seen_det and toks[j].text[:1].isupper() and toks[j].text.isalpha():
            return True, True  # "der Abwehr feindlicher Angriffe": an attribute of another noun, generic
        if seen_det and low in lex.set("frame_nouns") and j > clause.lo and toks[j - 1].low in preps:
            return True, True  # "seit Beginn der Kämpfe": the genitive of a frame noun under a preposition
        if j == k - 1 and low.endswith("er") and adjective_like(low) and j > clause.lo and \
                toks[j - 1].text[:1].isupper() and toks[j - 1].text.isalpha() and not toks[j - 1].low.endswith("s"):
            return True, True  # a genitive after a noun: "die Abwehr feindlicher Angriffe"
        break
    return False, is_definite


# -- status and date ---------------------------------------------------------------------------

def clause_status(toks: list[Tok], clause: Clause, k: int, sentence_question: bool, prev_status: str | None,
                  lex: Lexicon, own_cue: bool = True) -> str:
    """The status the clause's cue words give: negated, planned, hypothetical or occurred.

    ``prev_status`` is what the clause before gives a zu-infinitive ("bot an, Gespräche …
    auszurichten": hypothetical); without ``own_cue`` the trigger word is no cue of its own
    ("kündigte Gegenmaßnahmen an" is a threat made, not one planned).
    """
    if sentence_question:
        return "hypothetical"
    w = last_word(toks, clause)
    last = toks[w].low if w is not None else ""
    found = []
    for i in range(clause.lo, clause.hi):
        if i in clause.aside:
            continue  # "– dem die Immunität entzogen werden soll –": the aside's own mood
        low = toks[i].low
        cue = lex.status.get(low) if own_cue or i != k else None
        if cue is None and i + 1 < clause.hi:
            cue = lex.status.get(f"{low} {toks[i + 1].low}")  # two words: "set to" (not "set fire")
        named = any(a.tok <= i < a.end_tok for a in clause.actors)
        if cue and toks[i].text[:1].isupper() and (i != clause.lo or named):
            continue  # "Nie Haisheng": a name, not "nie"
        if cue == "negated" and i + 1 < len(toks) and toks[i + 1].low in ("nur", "mehr", "zuletzt"):
            continue  # "nicht nur", "nicht zuletzt": no negation of the event
        if cue == "negated" and i + 1 < len(toks) and (toks[i + 1].low.isdigit() or
                                                        toks[i + 1].low in lex.set("count_words")):
            continue  # "Keine zwei Tage nach Inkrafttreten …": a short span, no negation
        if cue == "negated" and i > k + 3 and toks[k].text[:1].isupper():
            continue  # "das Treffen führte nicht zu Ergebnissen": the noun's event is not denied
        if cue == "planned" and low in lex.set("modal_report") and last in lex.set("perfect_aux"):
            continue  # "sollen … ermordet haben": what is alleged happened, it is not planned
        if cue == "planned" and low in lex.set("modal_infinitives") and i == k + 1 and \
                any(toks[j].low in lex.set("perfect_finite") for j in range(clause.lo, k)):
            cue = "hypothetical"  # "habe … mehr als 100 Menschen töten wollen": an intention, no act
        if cue == "planned" and low in lex.set("modal_report") and \
                (i == clause.lo or toks[clause.lo].low in lex.set("condition_cues")):
            # "Sollte Trump gewählt werden, …": a condition; so is "Wenn Saddam Hussein in diesem
            # Prozess verurteilt werden sollte, droht ihm die Todesstrafe" (audit set 2, round 14)
            cue = "hypothetical"
        if cue and low in lex.set("past_intent_modals") and toks[k].text[:1].isupper() and \
                nominal_gate(toks, k, clause, lex)[0]:
            continue  # "Nach seinem Besuch in Washington wollte Xi … weiterreisen": the visit is past
        if cue and i > k + 1 and (low in lex.set("object_status_nouns") or
                                  (lex.set("object_status_nouns") and toks[i - 1].low in lex.set("determiners"))):
            # "agreed on Thursday to the first phase of Trump's plan": the plan is the object;
            # "agreed to delay a planned 50% tariff": the adjective after its article is the noun's
            continue
        if cue and i != k and _describes_other_noun(toks, clause, i, k, lex):
            continue  # "traf … mit dem künftigen Alterspräsidenten zusammen": the person is future
        if cue == "hypothetical" and low in lex.set("reported_future") and reported(toks, lex):
            cue = "planned"  # "Ein Sprecher sagte, Trump und Putin würden sich im Mai treffen"
        if cue == "hypothetical" and low in lex.set("reported_past") and (
                PARTICIPLE.match(last) or INSEPARABLE_PARTICIPLE.match(last) or last == "worden") \
                and reported(toks, lex):
            # "Die beiden hätten über den Krieg gesprochen, teilte ein Sprecher mit", "Truppen hätten
            # Dörfer beschossen, teilte das Ministerium mit": what was said to have happened
            continue
        if cue:
            found.append(cue)
    if not found and _future(toks, clause, lex):
        found.append("planned")  # "werden sich … Ende Februar treffen", "nicht zu Ergebnissen führen wird"
    if prev_status and not found:
        found.append(prev_status)  # "ein Vorschlag, … Friedenstruppen zu entsenden"
    return lex.strongest(found)


def _describes_other_noun(toks: list[Tok], clause: Clause, i: int, k: int, lex: Lexicon) -> bool:
    """Whether the cue at ``i`` is an inflected attributive adjective ("dem künftigen", "die
    geplante") whose noun is another than the trigger at ``k`` (not "könnte" before a name)."""
    if not adjective_at(toks, i, lex) or i + 1 >= clause.hi:
        return False
    j = i + 1
    while j < clause.hi and toks[j].text[:1].islower() and adjective_like(toks[j].low):
        j += 1
    return j < clause.hi and toks[j].text[:1].isupper() and j != k


def reported(toks: list[Tok], lex: Lexicon) -> bool:
    """Whether the sentence is reported speech without a condition: a reporting verb
    (``reporting_cues``: "sagte", "hieß es") and no "wenn", "falls", "ob" (``conditional_words``).
    There "würden" is the subjunctive of what was announced, not of what might be."""
    words = {t.low for t in toks}
    return bool(words & lex.set("reporting_cues")) and not words & lex.set("conditional_words")


#: a participle of a verb with an inseparable prefix ("beschossen", "verletzt", "zerstört", "entführt")
INSEPARABLE_PARTICIPLE = re.compile(r"^(?:be|er|ver|zer|ent|emp|miss|über|unter|hinter|wider)\w{3,}(?:en|t)$")

PARTICIPLE = re.compile(r"^(?:ab|an|auf|aus|bei|ein|fest|mit|nach|vor|weg|zu|zurück|zusammen)?ge\w+(?:en|t)$")


def _future(toks: list[Tok], clause: Clause, lex: Lexicon) -> bool:
    """A future tense: "werden" with an infinitive (not a participle: "wird … aufgenommen")."""
    if not any(toks[i].low in lex.set("future_aux") for i in range(clause.lo, clause.hi) if i not in clause.aside):
        return False
    words = [toks[i] for i in range(clause.lo, clause.hi) if toks[i].text[:1].isalpha() and i not in clause.aside]
    last, final = words[-1] if words else None, None
    for t in reversed(words):
        if t.low not in lex.set("future_aux"):
            final = t
            break
    verb = final if last is not None and last.low in lex.set("future_aux") else last
    return verb is not None and verb.text[:1].islower() and verb.low.endswith("en") and \
        not PARTICIPLE.match(verb.low)


def month_of(published: str | None) -> DateValue | None:
    """The publication month as a date: the date of news the article gives no date of its own."""
    if not published or len(published) < 7:
        return None
    y, m = int(published[:4]), int(published[5:7])
    last = calendar.monthrange(y, m)[1]
    return DateValue(f"{y:04d}-{m:02d}", f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{last:02d}", "month")


def dated_timexes(doc: Document, lo: int, hi: int) -> Iterator[DateValue]:
    """The calendar dates of the DATE/TIME expressions between two offsets, in text order."""
    for t in doc.timexes:
        if lo <= t.start < hi and t.date is not None and t.date.start and t.date.end and \
                t.type in ("DATE", "TIME"):
            yield t.date


def make_event(doc: Document, c: Candidate, toks: list[Tok]) -> Event:
    """The :class:`Event` record for a candidate."""
    t = toks[c.tok]
    return Event(id=stable_id("e", doc.id, c.start, c.end, c.trigger.type, t.start), type=c.trigger.type,
                 start=c.start, end=c.end, sources=tuple(c.sources), targets=tuple(c.targets),
                 status=c.status,  # type: ignore[arg-type]
                 mode=c.trigger.mode, location=c.location, date=c.date, trigger_start=t.start, trigger_end=t.end)


def timex_tokens(doc: Document, toks: list[Tok]) -> frozenset[int]:
    """The positions of the sentence's tokens that lie inside a temporal expression."""
    if not toks:
        return frozenset()
    lo, hi = toks[0].start, toks[-1].end
    spans = [(t.start, t.end) for t in doc.timexes if t.start < hi and t.end > lo]
    if not spans:
        return frozenset()
    return frozenset(i for a, b in spans for i, t in enumerate(toks) if a <= t.start < b)


_DURATION = re.compile(r"^P(\d+|X)([YMWD])$")
_UNIT_DAYS = {"Y": 365, "M": 30, "W": 7, "D": 1}


def recent_span(doc: Document, lo: int, hi: int, lex: Lexicon) -> DateValue | None:
    """The days a recent duration covers, up to publication: "in den vergangenen Monaten" in an
    article of 15 January 2026 is mid-July to December 2025 (an unspecified count is
    ``recent_default`` of the unit). None without such a duration or a publication date."""
    if not doc.published:
        return None
    cues = lex.set("recent_cues")
    for t in doc.timexes:
        m = _DURATION.match(t.value) if t.type == "DURATION" and lo <= t.start < hi else None
        if m is None or not cues & set(doc.body[t.start:t.end].lower().split()):
            continue
        n = int(m.group(1)) if m.group(1) != "X" else int(lex.words.get("recent_default", {}).get(m.group(2), 3))
        try:
            end = dt.date.fromisoformat(doc.published[:10])
        except ValueError:
            return None
        start = end - dt.timedelta(days=n * _UNIT_DAYS[m.group(2)])
        if m.group(2) in "YM":  # "in den vergangenen Monaten": the months before this one
            end = end.replace(day=1) - dt.timedelta(days=1)
            start = min(start, end.replace(day=1))
        return DateValue(t.value, start.isoformat(), end.isoformat(), "month" if m.group(2) in "YM" else "day",
                         "BEFORE")
    return None
