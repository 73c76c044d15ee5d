"""The bundled knowledge base of actors, and the German words that point into it.

The knowledge base is data (``resources/kb/*.jsonl``), one actor a line:

* ``states.jsonl``: states with their name forms, the adjectives that mark them ("russisch") and
  the prefixes of compounds ("US-Präsident");
* ``places.jsonl``: capitals, seats and regions; a capital that stands for its government
  ("Moskau") carries ``stands_for`` and ``metonym``;
* ``orgs.jsonl``: alliances, international organisations, institutions and seats of power
  ("Kreml", "Weißes Haus"), news agencies (``agency``);
* ``persons.jsonl``: people with their offices and date ranges (``roles``: key, state,
  first day, day the office passed on), so that "der US-Präsident" can be resolved at a date.

Ids are Wikidata ids only where verified; every other actor has a ``kb:`` id that never changes.
``de.json`` holds the language knowledge: role nouns, adjective endings, credit markers.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from lagebild.model import EntityType

log = logging.getLogger(__name__)

_FILES = ("states.jsonl", "places.jsonl", "orgs.jsonl", "persons.jsonl")


@dataclass(frozen=True, slots=True)
class Role:
    """An office held from ``start`` (inclusive) until ``end`` (the day a successor took over)."""

    key: str
    of: str
    start: str | None
    end: str | None

    def holds(self, day: str) -> bool:
        """Whether the office was held on the ISO day ``day``."""
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class KbEntry:
    """One actor of the knowledge base."""

    id: str
    name: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    stands_for: str | None = None
    metonym: bool = False
    agency: bool = False
    roles: tuple[Role, ...] = ()
    adjectives: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    located_in: str | None = None  # the state a place lies in, where it does not speak for it
    #: generic names several actors share ("Volkspartei", "Sozialdemokraten"): this actor only in a
    #: text that names it, and no other actor with the same descriptor, by its own name
    descriptors: tuple[str, ...] = ()

    def state_at(self, day: str | None) -> str | None:
        """What this actor acts for at ``day``: its own ``stands_for``, else the state of the office
        it holds then (Putin -> Russia); without a day, the state of its latest office."""
        if self.stands_for or not self.roles:
            return self.stands_for
        if day is None:
            return max(self.roles, key=lambda r: r.start or "").of
        for r in self.roles:
            if r.holds(day):
                return r.of
        return None


# Names recur across documents ("Putin", "Berlin"): both keys are memoised, within bounds.
@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Case- and accent-folded text: ``Élysée`` -> ``elysee``."""
    s = unicodedata.normalize("NFKD", text)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold().replace("ß", "ss")


# Transliteration folding: German, English and scholarly spellings of Slavic (and other) names
# meet in one key, so that "Selenskyj", "Zelenskyy" and "Selensky", or "Alexej Naumow" and
# "Alexei Naumov", are one person. Order matters: longer clusters first.
_TRANSLIT = (
    ("tsch", "ch"),
    ("sch", "sh"),
    ("zh", "sh"),
    ("kh", "h"),
    ("ch", "h"),
    ("x", "ks"),
    ("w", "v"),
    ("z", "s"),
    ("j", "y"),
    ("ie", "i"),
    ("ye", "e"),
    ("yi", "i"),
    ("iy", "i"),
    ("yy", "i"),
    ("y", "i"),
    ("ff", "v"),
    ("ph", "f"),
)


@lru_cache(maxsize=16384)
def translit_key(name: str) -> str:
    """A spelling-insensitive key for a name: ``Wolodymyr Selenskyj`` and ``Volodymyr Zelensky``
    give the same key."""
    s = re.sub(r"[^a-z ]+", " ", fold(name))
    for a, b in _TRANSLIT:
        s = s.replace(a, b)
    s = re.sub(r"(.)\1+", r"\1", s)  # doubled letters: "Zelenskyy", "Wittkoff"
    s = re.sub(r"i\b", "", s)  # final -i/-ij/-y: "Selenski", "Selenskij", "Zelensky"
    return " ".join(s.split())


def _joined_key(name: str) -> str:
    """The transliteration key of a name with its given names written as one word, the surname
    apart: "Abdel Fattah al-Sisi" and "Abdelfatah al-Sisi" give "abdelfatah sis"."""
    parts = name.split()
    return translit_key(" ".join(parts[:-1])).replace(" ", "") + " " + translit_key(parts[-1])


def surname_key(name: str) -> str:
    """The spelling-insensitive key of a name's last word ("Gregor Gysi", "Gysi" -> "gis"); an
    umlaut written out is the umlaut ("Schaeuble" in English news is "Schäuble")."""
    words = name.split()
    key = translit_key(words[-1]) if words else ""
    return key.replace("ae", "a").replace("oe", "o").replace("ue", "u")


def person_surnames(entity: Mapping[str, Any]) -> set[str]:
    """The surname keys of a person: of its name and of its aliases of two or more capitalised
    words ("Finance Minister Wolfgang Schaeuble"), not of role phrases ("griechische
    Regierungschef") or one-word forms, which may be roles too ("CDU-Politiker")."""
    if entity["type"] != "PER":
        return set()
    names = [entity["name"], *entity["aliases"]]
    return {k for n in names if len(n.split()) > 1 and all(w[:1].isupper() for w in n.split())
            if (k := surname_key(n))}


@dataclass(frozen=True, slots=True)
class RoleNoun:
    """A noun naming an office (``Kremlchef``) with the state it implies, if any."""

    key: str
    state: str | None
    shared: tuple[str, ...] = ()  # the states whose office the noun names ("Bundeskanzler"): ``state`` is a default
    generic: bool = False  # many bodies have it ("Präsident" of a chamber): never the article's state


@dataclass(frozen=True)
class Lexicon:
    """German words for resolution, from ``resources/kb/de.json``."""

    role_nouns: dict[str, RoleNoun]  # every inflected form -> its role
    adjective_endings: tuple[str, ...]
    role_blockers: frozenset[str]
    office_nouns: frozenset[str]  # "für das Amt des US-Präsidenten": the office, not its holder
    role_blocker_prefixes: tuple[str, ...]
    government_roles: frozenset[str]
    locative_prepositions: frozenset[str]
    credit_markers: frozenset[str]
    credit_lines: tuple[str, ...]
    agencies: frozenset[str]
    not_person: frozenset[str]
    idiom_nouns: frozenset[str]
    name_lead_words: frozenset[str]
    org_office_endings: tuple[str, ...]
    person_titles: frozenset[str]
    compound_person_heads: frozenset[str]
    person_title_endings: tuple[str, ...]
    name_adjectives: tuple[str, ...]  # short adjective stems that open names: "Weiß" (-es Haus)
    name_particles: frozenset[str]
    institutions: dict[str, str]  # every form -> the form that names the entity
    teaser_openers: tuple[str, ...]
    org_heads: frozenset[str]
    currency_words: frozenset[str] = frozenset()  # "Euro", "Dollar": no actors
    english_not_names: frozenset[str] = frozenset()  # "According", "Hundreds": English sentence openers
    english_person_nouns: frozenset[str] = frozenset()  # "professor": "Wang Wen, a professor at …"
    english_credit_patterns: tuple[str, ...] = ()  # regexes of credit lines: "reported from Bangkok."
    surname_particles: tuple[str, ...] = ()  # "az-": glued to a surname ("Aiman az-Zawahiri")
    joining_particles: frozenset[str] = frozenset()  # "bin": continues a name ("Osama| bin Laden")
    later_particles: frozenset[str] = frozenset()  # "la": only after another particle ("de la Calle")
    org_leads: frozenset[str] = frozenset()  # "Jemaah": opens an organisation's name
    name_openers: frozenset[str] = frozenset()  # "Abu": opens a person's name ("Abu Bakr al-Baghdadi")
    org_compound_heads: tuple[str, ...] = ()  # "komitee": ends a one-word body ("Nobelkomitee")
    org_hyphen_heads: frozenset[str] = frozenset()  # "Brigaden": ends a hyphenated group ("Al-Aksa-Brigaden")
    indefinite_articles: frozenset[str] = frozenset()  # "einen": a common noun follows ("einen Passus")
    article_words: frozenset[str] = frozenset()  # "der", "diese": before such a noun again ("Der Passus")
    quoted_name_nouns: frozenset[str] = frozenset()  # "Partei": a quoted name follows ("Partei „Neue Rechte“")
    language: str = "de"  # the language of the role words below (``en.json`` replaces them for "en")
    #: English role phrases in lower case, as token tuples -> their role ("prime minister")
    role_phrases: dict[tuple[str, ...], RoleNoun] = field(default_factory=dict)
    role_determiners: frozenset[str] = frozenset()  # "the": opens a role phrase without a state
    role_possessive_endings: tuple[str, ...] = ()  # "'s": "Israel's prime minister"
    role_genitive_words: frozenset[str] = frozenset()  # "of": "the president of Russia"
    role_stop_after: frozenset[str] = frozenset()  # "for": "Secretary of State for Business"


class KnowledgeBase:
    """The actors with their lookup tables: exact aliases, transliteration keys, offices."""

    def __init__(self, entries: list[KbEntry]) -> None:
        self.entries: dict[str, KbEntry] = {}
        self.surfaces: dict[str, str] = {}
        self.keys: dict[str, str] = {}
        #: a person's key without the spaces between the given names, for names of three words or
        #: more: "Abdelfatah al-Sisi" (NZZ) is "Abdel Fattah al-Sisi" (trial 7)
        self.joined_keys: dict[str, str] = {}
        self.adjectives: dict[str, str] = {}
        self.prefixes: dict[str, str] = {}
        self.genitives: dict[str, str] = {}
        self.demonyms: dict[str, str] = {}  # "Russen" -> Russia
        self._offices: dict[tuple[str, str], list[tuple[Role, str]]] = {}
        #: a person's surname (the last word of the name) -> the person; None where two share it
        self.surnames: dict[str, str | None] = {}
        #: a surname -> every known person who bears it (the title may tell them apart)
        self.surname_bearers: dict[str, tuple[str, ...]] = {}
        #: a generic name -> the actors that bear it ("Volkspartei" -> ÖVP, SVP …)
        self.descriptors: dict[str, tuple[str, ...]] = {}
        for e in entries:
            if e.id in self.entries:
                raise ValueError(f"duplicate knowledge-base id {e.id}")
            self.entries[e.id] = e
            for s in (e.name, *e.aliases):
                # the first actor listed keeps an alias that two share (data order is priority)
                self.surfaces.setdefault(s, e.id)
                if e.type == "PER" and len(s) >= 5:  # short keys would join unrelated names
                    self.keys.setdefault(translit_key(s), e.id)
                    if len(s.split()) >= 3:
                        self.joined_keys.setdefault(_joined_key(s), e.id)
            for a in e.adjectives:
                self.adjectives[a] = e.id
            for p in e.prefixes:
                self.prefixes[p] = e.id
            for d in e.demonyms:
                self.demonyms.setdefault(d, e.id)
                if d.endswith("er") and not d.endswith("ern"):
                    # the women's forms of "-er" demonyms ("Isländerin", "Ukrainerinnen")
                    self.demonyms.setdefault(d + "in", e.id)
                    self.demonyms.setdefault(d + "innen", e.id)
            if e.adjectives:  # a state: its genitive names it before a role ("Russlands Präsident")
                for s in (e.name, *e.aliases):
                    self.genitives[s if s.endswith("s") else s + "s"] = e.id
                    self.genitives.setdefault(s, e.id)
            for r in e.roles:
                self._offices.setdefault((r.key, r.of), []).append((r, e.id))
            for d in e.descriptors:
                self.descriptors[d] = (*self.descriptors.get(d, ()), e.id)
            last = e.name.split()[-1] if e.type == "PER" and " " in e.name else ""
            if len(last) >= 3 and last[:1].isupper() and last.isalpha():
                self.surnames[last] = e.id if self.surnames.get(last, e.id) == e.id else None
                self.surname_bearers[last] = (*self.surname_bearers.get(last, ()), e.id)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, entity_id: str | None) -> KbEntry | None:
        """The entry with this id."""
        return self.entries.get(entity_id or "")

    def lookup(self, surface: str, genitive_s: bool = True) -> KbEntry | None:
        """The actor a name form denotes: exactly, without a genitive ``s`` (not in English, where
        "Islands" is no genitive of "Island": ``genitive_s``), or, for a person, by its
        transliteration key (``Wolodimir Selenski``, ``Zelenskij``)."""
        s = " ".join(surface.split())
        eid = self.surfaces.get(s)
        if eid is None and len(s) > 3:
            for suffix in ("’s", "'s", "s", "’", "'") if genitive_s else ("’s", "'s", "’", "'"):
                if s.endswith(suffix) and s[: -len(suffix)] in self.surfaces:
                    eid = self.surfaces[s[: -len(suffix)]]
                    break
        if eid is None and len(s) >= 5:
            eid = self.keys.get(translit_key(s))
        if eid is None and len(s) >= 12 and len(s.split()) >= 2:
            eid = self.joined_keys.get(_joined_key(s))
        return self.entries.get(eid) if eid else None

    def holder(self, key: str, of: str, day: str) -> str | None:
        """Who held the office ``key`` of ``of`` on the ISO day ``day`` (None: nobody known)."""
        for role, eid in self._offices.get((key, of), ()):
            if role.holds(day):
                return eid
        return None


def _entry(rec: dict[str, Any], default_type: EntityType) -> KbEntry:
    return KbEntry(
        id=rec["id"],
        name=rec["name"],
        type=rec.get("type", default_type),
        aliases=tuple(rec.get("aliases", ())),
        stands_for=rec.get("stands_for"),
        metonym=bool(rec.get("metonym", False)),
        agency=bool(rec.get("agency", False)),
        roles=tuple(Role(k, of, start, end) for k, of, start, end in rec.get("roles", ())),
        adjectives=tuple(rec.get("adjectives", ())),
        prefixes=tuple(rec.get("prefixes", ())),
        demonyms=tuple(rec.get("demonyms", ())),
        located_in=rec.get("located_in"),
        descriptors=tuple(rec.get("descriptors", ())),
    )


@lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    """The bundled knowledge base, read once."""
    root = resources.files("lagebild.resources.kb")
    entries: list[KbEntry] = []
    for name in _FILES:
        default: EntityType = "PER" if name == "persons.jsonl" else "LOC"
        for n, line in enumerate(root.joinpath(name).read_text("utf-8").splitlines(), 1):
            if line.strip() and not line.startswith("#"):
                try:
                    entries.append(_entry(json.loads(line), default))
                except (ValueError, KeyError) as exc:
                    raise ValueError(f"{name}:{n}: bad knowledge-base record: {exc}") from exc
    log.debug("knowledge base: %d actors", len(entries))
    return KnowledgeBase(entries)


@dataclass(frozen=True, slots=True)
class War:
    """An armed conflict between two actors (``wars.jsonl``), from ``start`` to ``end`` (None: ongoing)."""

    sides: tuple[str, str]
    start: str
    end: str | None
    name: str

    def on(self, day: str) -> bool:
        """Whether the war went on at the ISO day ``day``."""
        return self.start <= day and (self.end is None or day <= self.end)


@lru_cache(maxsize=1)
def wars() -> tuple[War, ...]:
    """The armed conflicts the knowledge base knows, read once."""
    text = resources.files("lagebild.resources.kb").joinpath("wars.jsonl").read_text("utf-8")
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            try:
                rec = json.loads(line)
                a, b = rec["sides"]
                out.append(War((a, b), rec["start"], rec.get("end"), rec.get("name", "")))
            except (ValueError, KeyError) as exc:
                raise ValueError(f"wars.jsonl:{n}: bad record: {exc}") from exc
    return tuple(out)


def enemies(actor: str, day: str) -> frozenset[str]:
    """The actors ``actor`` was at war with on the ISO day ``day``."""
    return frozenset(w.sides[1 - w.sides.index(actor)] for w in wars() if actor in w.sides and w.on(day))


def _ner_list(name: str) -> set[str]:
    """The entries of one of the NER tagger's lists (``resources/ner/lists/``); empty where the
    list is missing."""
    path = Path(__file__).resolve().parent.parent / "resources" / "ner" / "lists" / name
    try:
        text = path.read_text("utf-8")
    except OSError:
        log.warning("no list %s", path)
        return set()
    return {w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#")}


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Given names (the tagger's ``FIRST.txt``), also without accents: the list has "René", the
    text may write "Rene"."""
    names = _ner_list("FIRST.txt")
    return frozenset(names | {unicodedata.normalize("NFKD", n).encode("ascii", "ignore").decode() for n in names})


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names of many languages (the generated ``GIVEN.txt``, without accents too): wider
    than :func:`first_names`, so used only where the shape around it says a name ("Osama bin
    Laden", "John F. Kennedy")."""
    names = _ner_list("GIVEN.txt")
    return frozenset(names | {unicodedata.normalize("NFKD", n).encode("ascii", "ignore").decode() for n in names})


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Family names (the tagger's hand-written ``SURNAME.txt`` and generated ``FAMILY.txt``)."""
    return frozenset(_ner_list("SURNAME.txt") | _ner_list("FAMILY.txt"))


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Place names (the tagger's ``GEO.txt``, from GeoNames)."""
    return frozenset(_ner_list("GEO.txt"))


@lru_cache(maxsize=4)
def load_lexicon(language: str = "de") -> Lexicon:
    """The resolution lexicon of a language, read once: ``de.json``; for English, with the keys
    of ``en.json`` (its role phrases, blockers …) in place of the German ones."""
    data = json.loads(resources.files("lagebild.resources.kb").joinpath("de.json").read_text("utf-8"))
    if language == "en":
        return _english_lexicon(load_lexicon("de"), data)
    nouns: dict[str, RoleNoun] = {}
    shared: dict[str, list[str]] = data.get("shared_role_nouns", {})
    generic = set(data.get("generic_role_nouns", ()))
    for lemma, (key, state) in data["role_nouns"].items():
        for suffix in data["role_suffixes"]:
            nouns.setdefault(lemma + suffix, RoleNoun(key, state, tuple(shared.get(lemma, ())), lemma in generic))
    return Lexicon(
        role_nouns=nouns,
        adjective_endings=tuple(data["adjective_endings"]),
        role_blockers=frozenset(data["role_blockers"]),
        office_nouns=frozenset(data.get("office_nouns", ())),
        role_blocker_prefixes=tuple(data["role_blocker_prefixes"]),
        government_roles=frozenset(data["government_roles"]),
        locative_prepositions=frozenset(w.lower() for w in data["locative_prepositions"]),
        credit_markers=frozenset(data["credit_markers"]),
        credit_lines=tuple(data["credit_lines"]),
        agencies=frozenset(data["agencies"]),
        not_person=frozenset(data["not_person"]),
        idiom_nouns=frozenset(data.get("idiom_nouns", ())),
        name_lead_words=frozenset(data.get("name_lead_words", ())),
        org_office_endings=tuple(data.get("org_office_endings", ())),
        person_titles=frozenset(data["person_titles"]),
        compound_person_heads=frozenset(data["compound_person_heads"]),
        person_title_endings=tuple(data["person_title_endings"]),
        name_adjectives=tuple(data["name_adjectives"]),
        name_particles=frozenset(data["name_particles"]),
        institutions={f: key for key, forms in data["institutions"].items() for f in (key, *forms)},
        teaser_openers=tuple(data["teaser_openers"]),
        org_heads=frozenset(data["org_heads"]),
        currency_words=frozenset(data.get("currency_words", ())),
        english_not_names=frozenset(data.get("english_not_names", ())),
        english_person_nouns=frozenset(data.get("english_person_nouns", ())),
        english_credit_patterns=tuple(data.get("english_credit_patterns", ())),
        surname_particles=tuple(data.get("surname_particles", ())),
        joining_particles=frozenset(data.get("joining_particles", {}).get("first", ())),
        later_particles=frozenset(data.get("joining_particles", {}).get("later", ())),
        org_leads=frozenset(data.get("org_leads", ())),
        name_openers=frozenset(data.get("name_openers", ())),
        org_compound_heads=tuple(data.get("org_compound_heads", ())),
        org_hyphen_heads=frozenset(data.get("org_hyphen_heads", ())),
        indefinite_articles=frozenset(data.get("indefinite_articles", ())),
        article_words=frozenset(data.get("article_words", ())),
        quoted_name_nouns=frozenset(data.get("quoted_name_nouns", ())),
    )


def _english_lexicon(german: Lexicon, de_data: dict[str, Any]) -> Lexicon:
    """The lexicon for English documents: German's, with ``en.json``'s role words. The German
    role nouns stay (other steps read them as titles before a name); role phrases are English."""
    data = json.loads(resources.files("lagebild.resources.kb").joinpath("en.json").read_text("utf-8"))
    generic = set(data.get("generic_role_nouns", ()))
    phrases = {tuple(phrase.split()): RoleNoun(key, state, (), phrase in generic)
               for phrase, (key, state) in data["role_nouns"].items()}
    return replace(
        german,
        language="en",
        role_phrases=phrases,
        role_blockers=frozenset(data["role_blockers"]),
        government_roles=frozenset(data.get("government_roles", de_data["government_roles"])),
        role_determiners=frozenset(data["role_determiners"]),
        role_possessive_endings=tuple(data["role_possessive_endings"]),
        role_genitive_words=frozenset(data["role_genitive_words"]),
        role_stop_after=frozenset(data["role_stop_after"]),
    )
