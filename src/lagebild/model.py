"""The data model of lagebild: frozen records that every stage reads and returns.

Annotations never copy text around: they point into ``Document.body`` by character offsets
(Python string indices, end exclusive), so that every item can be traced back to the sentence
it came from. A stage is a plain function ``Document -> Document`` that returns a new record
with more annotations (``dataclasses.replace``); records are never mutated.

Ids are stable: the same input bytes give the same document id, the same name gives the same
entity id, and the ids of quotes, claims and events are derived from their document and
offsets (see :func:`stable_id`).
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass
from typing import Literal

EntityType = Literal["PER", "ORG", "LOC", "MISC"]
QuoteKind = Literal["direct", "partial", "indirect", "reported"]
EventStatus = Literal["occurred", "planned", "hypothetical", "negated"]
Granularity = Literal["day", "week", "month", "season", "quarter", "half", "year", "decade"]

#: The 19 PLOVER event types and ``OTHER`` (elections, taking office, laws passed).
EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE",
    "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE",
    "ASSAULT", "FIGHT", "CRIME", "OTHER",
)

#: PLOVER's quad classes, used by the relations network.
QUAD_CLASS: dict[str, str] = {
    "AGREE": "verbal_cooperation", "CONSULT": "verbal_cooperation",
    "SUPPORT": "verbal_cooperation", "CONCEDE": "verbal_cooperation",
    "COOPERATE": "material_cooperation", "AID": "material_cooperation",
    "RETREAT": "material_cooperation", "INVESTIGATE": "material_cooperation",
    "DEMAND": "verbal_conflict", "DISAPPROVE": "verbal_conflict", "REJECT": "verbal_conflict",
    "THREATEN": "verbal_conflict", "SANCTION": "verbal_conflict",
    "PROTEST": "material_conflict", "CRIME": "material_conflict", "MOBILIZE": "material_conflict",
    "COERCE": "material_conflict", "ASSAULT": "material_conflict", "FIGHT": "material_conflict",
}


def stable_id(prefix: str, *parts: object, length: int = 16) -> str:
    """A short, deterministic id: ``prefix`` + the hex digest of the parts.

    >>> stable_id("q", "doc1", 10, 20) == stable_id("q", "doc1", 10, 20)
    True
    """
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}{h[:length]}"


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the body; ``paragraph`` counts blank-line separated blocks from 0."""

    start: int
    end: int
    paragraph: int = 0


@dataclass(frozen=True, slots=True)
class Token:
    """A token of the body (from spaCy's German tokenizer)."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date at its true granularity, with the interval of days it covers.

    ``value`` is a TIMEX3-style value (``2025-02-12``, ``2025-02``, ``2025-SU``, ``2017``);
    ``start`` and ``end`` are ISO days (inclusive) or None where the value is open.
    """

    value: str | None
    start: str | None
    end: str | None
    granularity: Granularity | None
    mod: str | None = None  # START / MID / END / BEFORE / AFTER / APPROX …


@dataclass(frozen=True, slots=True)
class TimeEx:
    """A temporal expression found in the body, normalised against the document date.

    ``type`` is DATE, TIME, DURATION or SET; ``value`` the TIMEX3 value (``2025-02-12``,
    ``P8Y``, ``PRESENT_REF``, ``XXXX-WXX-1``); ``date`` the calendar interval where the value
    denotes one (dates and times), else None.
    """

    start: int
    end: int
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str
    mod: str | None = None
    date: DateValue | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the body that names (or refers to) an entity.

    ``label`` is the NER class; ``entity`` the canonical entity id once resolved;
    ``kind`` says how it was found: ``name`` (a proper name), ``role`` ("der Kremlchef"),
    ``metonym`` ("Moskau" for the Russian leadership) or ``pronoun``; ``surname`` marks a person
    named by a surname alone that the document itself cannot link (``Document.surnames``).
    """

    start: int
    end: int
    label: EntityType
    entity: str | None = None
    kind: Literal["name", "role", "metonym", "pronoun", "surname"] = "name"


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical actor: one per real person, organisation or place.

    ``id`` is a Wikidata id (``Q22686``) where verified in the knowledge base, else a stable
    id derived from the normalised name (``per:max-bergmann``). ``stands_for`` names the
    entity this one acts for (a leader or a capital for the state: ``Q159`` for Putin),
    which lets events treat a state and its leadership as one side.
    """

    id: str
    name: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    stands_for: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation with its speaker. Offsets are those of the quoted words, without marks."""

    id: str
    start: int
    end: int
    kind: QuoteKind
    speaker: str | None = None  # entity id
    speaker_name: str | None = None  # canonical name, or the surface form where unlinked
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    #: Every further place the same words appear (a caption or pull quote repeating them):
    #: the quotation is stored once, with all its places.
    occurrences: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    """An event as one document reports it (merged across documents by :mod:`lagebild.merge`).

    ``start``/``end`` are the evidence span (usually the clause or sentence); ``trigger_*``
    the word that codes it.
    """

    id: str
    type: str
    start: int
    end: int
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    status: EventStatus = "occurred"
    mode: str | None = None
    location: str | None = None
    date: DateValue | None = None
    trigger_start: int | None = None
    trigger_end: int | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """A numeric claim: a quantity with unit and scale, and who claims it."""

    id: str
    start: int  # the sentence span that states it
    end: int
    value: float
    unit: str | None = None
    holder: str | None = None  # entity id; None: the outlet itself
    hedge: str | None = None  # rund, mehr als, bis zu …
    number_start: int | None = None
    number_end: int | None = None
    #: What happened to the counted, where the clause says: killed, injured, missing, detained,
    #: displaced ("mindestens 12 Menschen getötet" is 12 people killed). None: not a casualty count.
    outcome: str | None = None
    #: The upper bound where the text gives only an order of magnitude ("Tausende Menschen":
    #: ``value`` 1000, the lower bound, ``value_max`` 9999, ``hedge`` "tausende"). None: one number.
    value_max: float | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """One article: metadata, clean body, and the annotations the stages add."""

    id: str
    source: str
    body: str
    raw_sha256: str = ""
    title: str | None = None
    published: str | None = None  # ISO date or date-time
    published_inferred: bool = False
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    language: str = "de"
    url: str | None = None
    media_type: str = "text/plain"
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()
    timexes: tuple[TimeEx, ...] = ()
    mentions: tuple[Mention, ...] = ()
    entities: tuple[Entity, ...] = ()  # the canonical entities this document mentions
    # persons named by a surname alone that the document links to nobody ("Gysi erklärte, …" with
    # no "Gregor Gysi" in it): no entity of the document, so that no tagger error becomes one;
    # the corpus merge links each to the one person of the corpus with that surname, if one
    surnames: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()

    def text(self, start: int, end: int) -> str:
        """The body text between two offsets."""
        return self.body[start:end]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains ``offset`` (None outside every sentence)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None

    def entity(self, entity_id: str | None) -> Entity | None:
        """The document's canonical entity with this id."""
        if entity_id is None:
            return None
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def date(self) -> str | None:
        """The publication day (``YYYY-MM-DD``) or None."""
        return self.published[:10] if self.published else None


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be turned into a document, and why."""

    source: str
    reason: str
    code: str = "E000"


replace = dataclasses.replace
