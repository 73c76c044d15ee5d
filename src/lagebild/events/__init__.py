"""Events: who did what to whom, when and where, coded in PLOVER.

"Am 12. Februar telefonierte Trump mit Putin" is a CONSULT (mode ``phone``) of Trump with
Putin on 2025-02-12. The stage reads each sentence clause by clause (see
:mod:`lagebild.events.extract`): a trigger from the language's lexicon
(``resources/events/<lang>_triggers.tsv``) codes the type; the clause's actors, with the role
their preposition gives them, are the sides; the clause's temporal expression the date; its
cue words the status (``occurred``, ``planned``, ``hypothetical``, ``negated``). Events whose
status is hypothetical or negated stay in the document (and the database) but are left out of
the merged timeline by :mod:`lagebild.merge`.

Two triggers of one sentence that share their sides are one event where the second clause
continues the first ("entsandte … Truppen in den Osten der Ukraine und annektierte die
Krim"): the news reports one act, in two verbs.
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
import re
from dataclasses import dataclass, field
from dataclasses import replace as _retype
from functools import lru_cache

from lagebild.events import extract as x
from lagebild.events.groups import Groups
from lagebild.events.lexicon import Lexicon, LexiconError, Trigger, load, word_trie
from lagebild.model import QUAD_CLASS, DateValue, Document, Entity, Event, Mention, Sentence, replace, stable_id

log = logging.getLogger(__name__)

__all__ = ["events_stage", "extract_events", "load"]

_ZU_INFIX = re.compile(
    r"^(?:ab|an|auf|aus|bei|ein|fest|mit|nach|vor|weg|zurück|zusammen|frei|los|her|hin|über|unter|"
    r"durch|um|teil|wieder)zu\w+en$")
_PASSIVE = frozenset({"wurde", "wurden", "worden", "werden", "wird"})
#: types whose target place also names the state it lies in (see :func:`_with_parents`)
_PLACE_STATE_TYPES = frozenset({"FIGHT", "ASSAULT"})


def events_stage(doc: Document) -> Document:
    """Stage: the document's events (every trigger that finds its sides, with status and date)."""
    try:
        lex = load(doc.language or "de")
    except LexiconError:
        log.debug("no event lexicon for language %r: no events for %s", doc.language, doc.id)
        return replace(doc, events=())
    groups = Groups(doc, lex)
    found = extract_events(doc, lex, groups)
    appeals, addressed = _appeals(doc, lex, found)
    censures = _censures(doc, lex, found + appeals)
    events = tuple(_with_parents(e, groups) for e in sorted(found + appeals + censures, key=lambda e: e.start))
    used = {a for e in events for a in (*e.sources, *e.targets, e.location) if a}
    used |= {a.split("#")[0] for a in used}
    extra = tuple(e for e in groups.entities() if e.id in used) + addressed
    return replace(doc, events=events, entities=doc.entities + extra)


def _with_parents(event: Event, groups: Groups) -> Event:
    """The event with each side's organisation followed by what it acts for (PLOVER codes an
    organ as its state or organisation): "der UN-Sicherheitsrat" also as the UN, "der Kreml" also
    as Russia, "das Pentagon" also as the USA. Persons and places stay as they are (a leader acts in
    office only at times; "Moskau" speaks for Russia where it is a metonym, which resolution knew)."""
    def side(actors: tuple[str, ...]) -> tuple[str, ...]:
        out = list(actors)
        for a in actors:
            e = groups.known.get(a) or groups.extra.get(a)
            # (not a parliament or a court: "Parlament (Rumänien)" is a side against its own
            # government; it stands for its state only in the relations, see Groups.actor)
            if e is not None and e.type == "ORG" and e.stands_for and e.stands_for not in out and "#" not in a:
                parent = groups.known_id(e.stands_for)
                if parent is not None:
                    out.append(parent)
        return tuple(out)

    sources, targets = side(event.sources), side(event.targets)
    if event.type in _PLACE_STATE_TYPES:
        # "Russische Truppen rücken im Gebiet Saporischschja vor", "griff Charkiw an": a place
        # attacked is its state's (PLOVER codes the target country); the place stays named
        for t in list(targets):
            e = groups.known.get(t) or groups.extra.get(t)
            state = groups.country_of(t) if e is not None and e.type == "LOC" and not e.stands_for else None
            if state is not None and state != t and state not in targets and state not in sources:
                known = groups.known_id(state)
                if known is not None:
                    targets = (*targets, known)
    if sources == event.sources and targets == event.targets:
        return event
    return replace(event, sources=sources, targets=tuple(t for t in targets if t not in sources))


_VOCATIVE = re.compile(r"^\s*([A-ZÄÖÜ][\w-]+)\s*,")


def _appeals(doc: Document, lex: Lexicon, events: list[Event]) -> tuple[list[Event], tuple[Entity, ...]]:
    """A direct quotation that tells a person by name to stop ("„Wladimir, STOP!“, schrieb Trump")
    is a DISAPPROVE of the speaker against him; with the entities it adds to the document.

    The vocative is a person of the document with that first name, else the person of the
    knowledge base with that first name who holds an office of the state whose attack the text
    told last (the attack the speaker reacts to; Putin, not Wladimir Klitschko), its head of state
    or government where several hold offices. Quotations are otherwise speech, no events.
    """
    stops = lex.set("stop_appeals")
    if not stops:
        return [], ()
    out: list[Event] = []
    added: dict[str, Entity] = {}
    side = _side_map(doc)
    known = {e.id for e in doc.entities}
    for q in doc.quotes:
        if q.kind != "direct" or not q.speaker:
            continue
        words = doc.body[q.start:q.end]
        m = _VOCATIVE.match(words)
        if m is None or not {w.lower() for w in re.findall(r"\w+", words)} & stops:
            continue
        first = m.group(1)
        who = next((e.id for e in doc.entities if e.type == "PER" and e.name.split()[0] == first), None)
        if who is None:
            attacks = [e for e in events if e.start < q.start and QUAD_CLASS.get(e.type) == "material_conflict"
                       and e.sources]
            if not attacks:
                continue
            state = side.get(attacks[-1].sources[0], attacks[-1].sources[0])
            from lagebild.entities.kb import load_kb  # only for a vocative the document does not name

            day = doc.published[:10] if doc.published else None
            kb = load_kb()
            fits = [k for k in kb.entries.values()
                    if k.type == "PER" and k.name.split()[0] == first and k.state_at(day) == state]
            if len(fits) > 1 and day:
                # two office holders of that state share the first name: the appeal goes to its
                # head (Putin, not the interior minister Wladimir Kolokolzew)
                heads = {kb.holder(key, state, day) for key in ("head_of_state", "head_of_government")}
                fits = [k for k in fits if k.id in heads]
            if len(fits) != 1:
                continue
            who = fits[0].id
            if who not in known:
                added[who] = Entity(who, fits[0].name, "PER", fits[0].aliases, state)
        if side.get(who, who) == side.get(q.speaker, q.speaker):
            continue
        sent = next((s for s in doc.sentences if s.start <= q.start < s.end), None)
        start, end = (sent.start, sent.end) if sent else (q.start, q.end)
        date = next((t.date for t in doc.timexes if start <= t.start < end and t.date), None) or \
            x.month_of(doc.published)
        out.append(Event(id=stable_id("e", doc.id, start, end, "DISAPPROVE", q.start), type="DISAPPROVE",
                         start=start, end=end, sources=(q.speaker,), targets=(who,), date=date,
                         trigger_start=q.start, trigger_end=q.end))
    return out, tuple(added.values())


_WORD = re.compile(r"\w[\w-]*")


def _censures(doc: Document, lex: Lexicon, events: list[Event]) -> list[Event]:
    """A quotation whose words censure an actor they name is a DISAPPROVE of its speaker against
    that actor: "Ministerpräsident Tsipras spiele mit dem Feuer, so Weber" is a rebuke, told as
    speech. The words must hold a word of censure (``censure_words``: "Fehler", "unverantwortlich",
    "Lüge", "Aggressor" …, not right after "nicht"/"kein") and name an actor of another side than
    the speaker's, not as a place ("in Syrien" is where, not whom); a quotation whose sentence
    already codes an event of its speaker is left to that event."""
    words = lex.set("censure_words")
    if not words:
        return []
    side = _side_map(doc)
    by_id = {e.id: e for e in doc.entities}
    negations = lex.set("censure_negations")
    places = lex.set("location_preps")
    seats = lex.set("seat_heads")
    out: list[Event] = []
    for q in doc.quotes:
        if not q.speaker or not is_side_actor(by_id.get(q.speaker)):
            continue
        toks = [(m.start(), m.group().lower()) for m in _WORD.finditer(doc.body, q.start, q.end)]
        # (not "kein Fehler", "nicht als Bedrohung")
        hits = [i for i, (_, w) in enumerate(toks) if w in words and
                not any(toks[j][1] in negations for j in range(max(0, i - 3), i))]
        if not hits:
            continue
        sent = next((s for s in doc.sentences if s.start <= q.start < s.end), None)
        start, end = (sent.start, sent.end) if sent else (q.start, q.end)
        mine = side.get(q.speaker, q.speaker)
        if any(e.start < end and start < e.end and mine in {side.get(a, a) for a in e.sources} for e in events):
            continue
        before = {pos: w for pos, w in toks}
        targets = []
        for m in doc.mentions:
            if not (q.start <= m.start < q.end) or not m.entity or m.label not in ("PER", "ORG", "LOC") or \
                    side.get(m.entity, m.entity) == mine or not is_side_actor(by_id.get(m.entity)):
                continue
            earlier = sorted(p for p in before if p < m.start)
            if earlier and before[earlier[-1]] in places and m.label == "LOC" and \
                    not (len(earlier) > 1 and before[earlier[-2]] in seats):
                continue  # "die Lage in Syrien sei katastrophal": where, not whom (but "die Regierung in Kiew")
            targets.append(m.entity)
        if not targets:
            continue
        date = next((t.date for t in doc.timexes if start <= t.start < end and t.date), None) or \
            x.month_of(doc.published)
        out.append(Event(id=stable_id("e", doc.id, start, end, "DISAPPROVE", q.start), type="DISAPPROVE",
                         start=start, end=end, sources=(q.speaker,), targets=(targets[0],), date=date,
                         trigger_start=q.start + toks[hits[0]][0] - q.start,
                         trigger_end=q.start + toks[hits[0]][0] - q.start + len(toks[hits[0]][1])))
    return out


def _aux_passive(toks: list[x.Tok], c: x.Clause, k: int, trig: Trigger, lex: Lexicon) -> bool:
    """English: whether the verb trigger at ``k`` is a participle right after a form of "be"
    (``passive_aux``, adverbs between): "More than 46,700 Palestinians have been killed in Gaza"
    names the victims as subject, not the attackers; "were killed by Russian forces" its agent."""
    aux = lex.set("passive_aux")
    if not aux or trig.nominal or toks[k].low.endswith("ing"):
        return False
    j = k - 1
    while j >= c.lo and toks[j].low.endswith("ly") and toks[j].low not in aux:
        j -= 1  # "was reportedly killed"
    return j >= c.lo and toks[j].low in aux


def is_side_actor(e: Entity | None) -> bool:
    """Whether an entity can be a side of an event: a person, an organisation or a place that is
    a state or speaks for one (not a city named as where)."""
    return e is not None and (e.type in ("PER", "ORG") or e.stands_for is not None or _is_state(e.id))


@lru_cache(maxsize=4096)
def _is_state(eid: str) -> bool:
    from lagebild.entities.kb import load_kb

    entry = load_kb().get(eid)
    return entry is not None and bool(entry.adjectives)


def extract_events(doc: Document, lex: Lexicon, groups: Groups | None = None) -> list[Event]:
    """The events of one document, in text order; ``groups`` codes actors without a name."""
    ments = sorted((m for m in doc.mentions if m.entity and m.label in ("PER", "ORG", "LOC")),
                   key=lambda m: m.start)
    starts = [m.start for m in ments]
    quoted = sorted((q.start, q.end) for q in doc.quotes if q.kind in ("direct", "partial"))
    side = _side_map(doc)
    disc = x.Discourse()
    disc.speakers = sorted((q.speaker_start, q.speaker) for q in doc.quotes
                           if q.speaker and q.speaker_start is not None)
    disc.timexes = sorted(doc.timexes, key=lambda t: t.start)
    disc.timex_starts = [t.start for t in disc.timexes]
    disc.titled = _titled_persons(doc, ments, lex)
    low = doc.body.lower()
    if len(low) != len(doc.body):  # "İ" lowers to two characters: offsets would shift
        low = "".join(c.lower()[:1] for c in doc.body)
    disc.low = low
    out: list[Event] = []
    for si, sent in enumerate(doc.sentences):
        disc.current = si
        lo, hi = bisect.bisect_left(starts, sent.start), bisect.bisect_left(starts, sent.end)
        kept = _sentence(doc, low, si, sent, ments[lo:hi], quoted, side, disc, lex, groups)
        out.extend(kept)
    return _one_war_act(doc, out, side)


def _one_war_act(doc: Document, events: list[Event], side: dict[str, str]) -> list[Event]:
    """Material conflict told again in the next sentence, with the same sides and date but another
    type, is the same act told in more detail: "Russland kämpft bereits seit 2014 gegen sein
    Nachbarland. Damals entsandte der Kremlchef russische Truppen in den Osten der Ukraine" is the
    war of 2014 once, not a fight and a build-up (the corpus merge joins reports of one type only)."""
    starts = [s.start for s in doc.sentences]
    kept: list[tuple[int, Event]] = []
    for e in events:
        si = bisect.bisect_right(starts, e.start) - 1
        key = (frozenset(side.get(a, a) for a in e.sources), frozenset(side.get(a, a) for a in e.targets))
        if e.date is not None and QUAD_CLASS.get(e.type) == "material_conflict" and any(
                si - psi == 1 and p.type != e.type and QUAD_CLASS.get(p.type) == "material_conflict" and
                p.status == e.status and p.date == e.date and
                (frozenset(side.get(a, a) for a in p.sources), frozenset(side.get(a, a) for a in p.targets)) == key
                for psi, p in kept):
            continue
        kept.append((si, e))
    return [e for _, e in kept]


def _titled_persons(doc: Document, ments: list[Mention], lex: Lexicon) -> dict[str, str]:
    """Title word -> the first person the text names with it ("Bundespräsident Heinz Fischer"):
    what a bare title in a headline stands for ("Bundespräsident traf Merkel und Gauck")."""
    titles = tuple(lex.set("title_nouns"))
    out: dict[str, str] = {}
    for m in ments:
        if m.label != "PER" or m.entity is None:
            continue
        before = doc.body[max(0, m.start - 60):m.start].split()
        word = before[-1] if before else ""
        if before and word.endswith(",") and len(before) >= 4 and before[-3].lower() in ("der", "des"):
            # "Der Fraktionschef der SPÖ, Andreas Schieder, …": the title before the apposition
            word = before[-4]
        if word[:1].isupper() and word.isalpha() and word.lower().endswith(titles):
            out.setdefault(word.lower(), m.entity)
    return out


def _bracketed(toks: list[x.Tok], c: x.Clause) -> dict[str, str]:
    """Actor in brackets right after a person ("Jean-Claude Juncker (Luxemburg)", "Petra Hinz
    (SPD)") -> that person."""
    by_end = {a.end_tok: a for a in c.actors if a.label == "PER"}
    return {a.entity: p.entity for a in c.actors
            if a.tok > 1 and toks[a.tok - 1].text == "(" and a.end_tok < len(toks) and toks[a.end_tok].text == ")"
            and (p := by_end.get(a.tok - 1)) is not None}


def _title_holder(titled: dict[str, str], low: str, lex: Lexicon) -> str | None:
    """The one person the text names with the compound title ``low`` ("justizminister"), or with
    a longer one ending in it ("Bundesjustizminister Heiko Maas"); None where no person or several
    have it, and for a bare title ("der Chef der EVP-Fraktion, Manfred Weber" is not the "Chef des
    Ifo Instituts, Hans-Werner Sinn" named before: derStandard dev)."""
    if low in lex.set("title_nouns"):
        return None
    found = {eid for word, eid in titled.items() if word.endswith(low)}
    return next(iter(found)) if len(found) == 1 else None


def _side_map(doc: Document) -> dict[str, str]:
    return {e.id: e.stands_for for e in doc.entities if e.stands_for}


def _in_quote(quoted: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(quoted, (pos, 1 << 60)) - 1
    return i >= 0 and quoted[i][0] <= pos < quoted[i][1]


def _pronoun_actors(toks: list[x.Tok], acts: list[x.Actor], clauses: list[x.Clause], disc: x.Discourse,
                    persons_before: list[tuple[int, str]], lex: Lexicon) -> list[x.Actor]:
    """Actors for pronouns and pair words, resolved against the discourse.

    "Zugleich hat er …": "er" is the previous sentence's subject; "und diesen … empfangen":
    "diesen" the person named last; "trafen sie sich", "der beiden Präsidenten": the last pair.
    """
    out: list[x.Actor] = []
    taken = {k for a in acts for k in range(a.tok, a.end_tok)}
    objects = lex.set("object_pronouns")
    pair_words = lex.set("pair_words")
    titles = tuple(lex.set("title_nouns"))
    epithets = tuple(lex.set("epithet_nouns"))
    pronouns: dict[str, str] = lex.words.get("subject_pronouns", {})  # "er", "he": the last subject
    reporter = _reporter(toks, acts, lex)
    for c in clauses:
        reflexive = any(toks[i].low == "sich" for i in range(c.lo, c.hi))
        for i in range(c.lo, c.hi):
            if i in taken:
                continue
            low = toks[i].low
            if reporter is not None and reporter.tok < i and (
                    (low in pronouns and toks[i - 1].low in lex.set("report_verbs") | lex.set("complementizers")) or
                    (low in lex.set("place_possessives") and i + 1 < len(toks) and
                     x.head_kind(toks[i + 1].low, lex) == "place")):
                # English: "The European Union said it would send …", "Azerbaijan's defence ministry
                # said Armenian forces had fired on its positions": the one who reports
                out.append(x.Actor(i, i + 1, reporter.entity, reporter.label))
            elif i == c.lo and low in lex.set("subject_relatives") and i >= 2 and toks[i - 1].text == "," and \
                    (ante := next((a for a in acts if a.end_tok == i - 1), None)) is not None:
                # English: "Trump, who met Putin in 2018, …": the relative pronoun is the subject
                out.append(x.Actor(i, i + 1, ante.entity, ante.label))
            elif pronouns.get(low) == "PER" and (framer := _person_of_earlier_clause(acts, clauses, c)):
                # "Am Dienstag kündigte Selenskyj an, er sei bereit, …": "er" in a later clause is the
                # person of the clause that frames it, not the subject of the sentence before
                out.append(x.Actor(i, i + 1, framer, "PER"))
            elif pronouns.get(low) == "PER" and (he := disc.he()):
                out.append(x.Actor(i, i + 1, he, "PER"))
            elif low == "sie" and _in_relative_clause(toks, c, i, lex) and _singular_last_verb(toks, c) and \
                    (framer := _person_of_earlier_clause(acts, clauses, c)):
                # "Von der deutschen Bundeskanzlerin liegt eine Stellungnahme vor, in der sie dem
                # US-Präsidenten zu dem Preis gratulierte": "sie" with a verb in the singular in a
                # relative clause is the one person of the clause it hangs on
                out.append(x.Actor(i, i + 1, framer, "PER"))
            elif low == "es" and disc.subject and disc.subject_label in ("LOC", "ORG") and \
                    not _expletive(toks, clauses, c, i, lex) and (
                    (i > 0 and toks[i - 1].low in ("hat", "hatte", "habe", "wird")) or
                    (i == 0 and len(toks) > 1 and toks[1].text[:1].islower() and lex.match(toks[1].low))):
                # "Es warf der Regierung … vor" after "Das Militär … drohte": the subject before
                # (an expletive "Es kam zu Kämpfen" has no trigger verb after it, and "habe es …
                # Angriffe gegeben" none at all: ``expletive_verbs``)
                out.append(x.Actor(i, i + 1, disc.subject, disc.subject_label))
            elif low == "sie" and disc.subject and disc.subject_label in ("LOC", "ORG") and (
                    (i > 0 and toks[i - 1].text[:1].islower() and lex.match(toks[i - 1].low) and
                     not any(a.role == "direct" and a.tok < i for a in c.actors)) or
                    (i == 0 and len(toks) > 1 and toks[1].text[:1].islower() and lex.match(toks[1].low))):
                # "Zugleich griff sie … Stützpunkte der PKK an" after "Die Türkei hatte …", "Sie
                # bezichtigt die AKP, …" after "Die HDP wirft …": the subject before
                out.append(x.Actor(i, i + 1, disc.subject, disc.subject_label))
            elif low == "sie" and disc.person and disc.current - disc.person_sentence <= 1 and \
                    disc.subject == disc.person and _singular_verb_by(toks, i, c):
                # "Angela Merkel traf Putin. Sie kritisierte dabei …": "sie" with a verb in the
                # singular is the woman who was the subject just before (not "sie kritisierten": they)
                out.append(x.Actor(i, i + 1, disc.person, "PER"))
            elif i == c.lo == 0 and disc.current == 0 and low in disc.titled:
                # a headline's bare title is the person the text names with it later
                out.append(x.Actor(i, i + 1, disc.titled[low], "PER"))
            elif i > c.lo and toks[i - 1].low in ("der", "den", "dem", "des") and toks[i].text[:1].isupper() and \
                    low.endswith(titles) and not any(a.tok == i + 1 for a in acts) and \
                    (holder := _title_holder(disc.titled, low, lex)) is not None and \
                    holder not in {a.entity for a in acts}:
                # "Gegenwärtig wirft Bundesfinanzminister Wolfgang Schäuble (CDU) dem Justizminister
                # Einmischung vor" after "Bundesjustizminister Heiko Maas": a title the text has
                # given one person (the same, or a longer compound ending in it) is that person,
                # unless a name follows ("dem Justizminister Maas" is Maas by name)
                out.append(x.Actor(i, i + 1, holder, "PER"))
            elif i > c.lo and low.endswith(titles) and toks[c.lo].low in ("der", "die") and \
                    all(x.adjective_at(toks, j, lex) for j in range(c.lo + 1, i)) and \
                    disc.person and disc.current - disc.person_sentence <= 2 and \
                    (i + 1 >= len(toks) or not toks[i + 1].text[:1].isupper()):
                # "Der Minister rief die USA erneut auf" after sentences about Lawrow (even where
                # "das russische Militär" was the subject in between), "Der Milliardär kritisierte
                # …" after Trump, "Der frühere Linkspolitiker lehnte … ab": the title is him
                out.append(x.Actor(i, i + 1, disc.person, "PER"))
            elif i > c.lo and toks[i - 1].low in ("den", "dem") and low.rpartition("-")[2].endswith(epithets) and \
                    (i + 1 >= len(toks) or not toks[i + 1].text[:1].isupper()) and \
                    (other := _other_person(acts, persons_before, toks[i].start, c)) is not None:
                # "So bezeichnete Rubio den US-Milliardär als Hochstapler": an epithet as the
                # object is the person named last who is not the clause's own subject
                out.append(x.Actor(i, i + 1, other, "PER"))
            elif low in objects and toks[i].text[:1].islower() and not (
                    i + 1 < len(toks) and toks[i + 1].text[:1].isupper() and toks[i + 1].text.isalpha()):
                # (a determiner before its noun is no pronoun: "lehnt diesen Anspruch ab")
                before = [e for pos, e in persons_before if pos < toks[i].start]
                if toks[c.lo].low in lex.set("relative_pronouns") and before:
                    # "Gauck, der ihn empfing, …": "ihn" is not the antecedent; it is the subject
                    # of the main clause after it ("… zog Fischer Bilanz"), else no one
                    antecedent = before[-1]
                    later = [a.entity for a in acts if a.tok >= c.hi and a.label == "PER" and a.entity != antecedent]
                    before = later[:1]
                if before:
                    out.append(x.Actor(i, i + 1, before[-1], "PER"))
            elif ((low == "sie" and reflexive) or low in pair_words or
                  (low in lex.set("pair_nouns") and i > 0 and toks[i - 1].low in lex.set("pair_numerals"))) and \
                    not (i + 1 < len(toks) and toks[i + 1].low in lex.set("party_nouns")):
                # "Trump und Putin führten ein Telefonat, und ein weiteres Gespräch der beiden …":
                # the two persons named before in the sentence, else the discourse's pair (but
                # "beide Seiten", "beide Länder" are the parties of a conflict, not that pair)
                here = list(dict.fromkeys(a.entity for a in acts if a.label == "PER" and a.tok < i))
                pair = (here[-2], here[-1]) if len(here) >= 2 else disc.pair
                if pair:
                    out.append(x.Actor(i, i + 1, pair[0], "PER"))
                    out.append(x.Actor(i, i + 1, pair[1], "PER"))
            elif low in lex.set("party_nouns") and toks[i].text[:1].isupper() and i > 0 and \
                    (toks[i - 1].low in pair_words or low in lex.set("conflict_party_nouns")):
                # "Beide Seiten werfen sich gegenseitig vor, …", "rief die Konfliktparteien auf":
                # the two sides of the last conflict told in the three sentences before
                parties = next(((src, tgt) for past_si, src, tgt, quad in reversed(disc.last_events)
                                if disc.current - past_si <= 3 and quad.endswith("conflict") and src and tgt), None)
                if parties is not None:
                    # (a region the attack hit is no party: "kämpfen in der Ostukraine gegen …")
                    regions = {p for _, p, country in disc.places if not country}
                    targets = [t for t in parties[1] if t not in regions] or parties[1]
                    out.append(x.Actor(i, i + 1, parties[0][0], "LOC"))
                    out.append(x.Actor(i, i + 1, targets[0], "LOC"))
    return out


def _other_person(acts: list[x.Actor], persons_before: list[tuple[int, str]], pos: int, c: x.Clause) -> str | None:
    """The person named last before ``pos`` who is not a person named in clause ``c`` before it."""
    here = {a.entity for a in acts if a.label == "PER" and c.lo <= a.tok and a.end_tok <= c.hi}
    return next((e for p, e in reversed(persons_before) if p < pos and e not in here), None)


def _person_of_earlier_clause(acts: list[x.Actor], clauses: list[x.Clause], c: x.Clause) -> str | None:
    """The one person named in the clauses before ``c`` of the sentence, where exactly one is."""
    persons = {a.entity for a in acts if a.label == "PER" and a.tok < c.lo and a.tok >= clauses[0].lo}
    return next(iter(persons)) if len(persons) == 1 else None


def _in_relative_clause(toks: list[x.Tok], c: x.Clause, i: int, lex: Lexicon) -> bool:
    """Whether the word at ``i`` follows the relative pronoun that opens clause ``c``, after a
    preposition or not ("…, in der sie …", "…, die sie …")."""
    j = c.lo + 1 if toks[c.lo].low in x.all_preps(lex) else c.lo
    return c.lo > 0 and toks[c.lo - 1].text == "," and j < i and toks[j].low in lex.set("relative_pronouns")


def _singular_last_verb(toks: list[x.Tok], c: x.Clause) -> bool:
    """Whether the verb that ends a subordinate clause is in the third person singular (see
    :func:`_singular_verb_by`): "…, in der sie Obama gratulierte"."""
    last = next((t for t in reversed(toks[c.lo:c.hi]) if t.text.isalpha()), None)
    return last is not None and last.text.islower() and not last.low.endswith("n") and last.low != "sind"


def _singular_verb_by(toks: list[x.Tok], i: int, c: x.Clause) -> bool:
    """Whether the finite verb right before or after the pronoun at ``i`` is in the third person
    singular ("kritisierte", "griff", "hat", "wird"; not "kritisierten", "griffen", "haben", "sind"):
    the plural of every tense ends in "-en" (or "-n": "wandern"), "sind" aside."""
    for j in (i - 1, i + 1):
        if c.lo <= j < c.hi and toks[j].text.isalpha() and toks[j].text.islower():
            w = toks[j].low
            return not w.endswith("n") and w != "sind"
    return False


def _reporter(toks: list[x.Tok], acts: list[x.Actor], lex: Lexicon) -> x.Actor | None:
    """The first actor before the sentence's first reporting verb (``report_verbs``; English),
    whom a pronoun after the verb stands for."""
    verbs = lex.set("report_verbs")
    at = next((i for i, t in enumerate(toks) if t.low in verbs), None) if verbs else None
    if at is None:
        return None
    return next((a for a in acts if a.tok < at), None)


def _expletive(toks: list[x.Tok], clauses: list[x.Clause], c: x.Clause, i: int, lex: Lexicon) -> bool:
    """Whether "es" at ``i`` is an expletive: an existential verb follows in its clause or in the
    main clauses joined to it ("Kurz nach dem Gespräch habe es aber erneut … Angriffe gegeben";
    not "…, sodass es zu Stromausfällen kommt": a subordinate clause's own "es")."""
    hi = c.hi
    for nxt in clauses[clauses.index(c) + 1:]:
        if toks[nxt.lo].low not in lex.set("coordinating_conjunctions"):
            break
        hi = nxt.hi
    return any(toks[j].low in lex.set("expletive_verbs") for j in range(i, hi))


def _sentence(doc: Document, low: str, si: int, sent: Sentence, ments: list[Mention],
              quoted: list[tuple[int, int]], side: dict[str, str], disc: x.Discourse, lex: Lexicon,
              groups: Groups | None = None) -> list[Event]:
    if not lex.has_trigger(low, sent.start, sent.end):
        _remember_light(disc, si, sent, doc, ments, lex, groups)  # most sentences code no event: keep it cheap
        return []
    toks = x.sentence_tokens(doc, sent, lex)
    if not toks:
        return []
    focus = None
    if groups is not None and disc.subject is not None and si - disc.subject_sentence <= 2:
        focus = groups.state_of(disc.subject) or groups.side_of(disc.subject)
    acts = x.actors(doc, toks, ments, lex, groups, focus)
    if groups is not None:
        acts = sorted(acts + _epithet_actors(toks, acts, disc, lex, groups), key=lambda a: a.tok)
    clauses = x.clauses(toks, lex, x.list_commas(toks, acts, lex))
    if len(clauses) > 1 and _dateline(toks, clauses[0]):
        clauses = clauses[1:]  # "Jerusalem/Ramallah – Israels Ministerpräsident …": the place of filing
    clauses = _join_relatives(toks, clauses, lex)
    clauses, appositions = _join_appositions(toks, clauses, acts, lex)
    persons = [(m.start, m.entity) for m in ments if m.label == "PER" and m.entity]
    persons_before = [(-1, e) for e in disc.persons] + persons  # antecedents for "diesen"
    acts = sorted(acts + _pronoun_actors(toks, acts, clauses, disc, persons_before, lex), key=lambda a: a.tok)
    triggers: dict[int, tuple[int, Trigger]] = {}
    for ci, c in enumerate(clauses):
        for k in range(c.lo, c.hi):
            if lex.match(toks[k].low) and not _in_quote(quoted, toks[k].start) and \
                    not _attributive(toks, k, acts, lex) and k not in appositions:
                trig = x.find_trigger(toks, k, c, clauses, lex)
                if trig is not None:
                    triggers[k] = (ci, trig)
    halted = _halted(toks, clauses, triggers, lex)
    nouns = {k for k, (_, t) in triggers.items() if t.nominal}
    verbs = set(triggers) - nouns
    contents = frozenset(k for k in verbs if triggers[k][1].type.lower() in lex.set("content_types"))
    # "US" in "US-Luftangriff", "IS" in "IS-Anschlag": who attacks (but "G20" in "G20-Gipfel"
    # names the summit, not a side)
    prefixes = {a.tok: a.entity for a in acts if a.tok in triggers and a.partial and
                QUAD_CLASS.get(triggers[a.tok][1].type) == "material_conflict" and triggers[a.tok][1].nominal}
    acts = [a for a in acts if a.tok not in triggers]
    time_toks = x.timex_tokens(doc, toks)
    agents = x.participle_agents(toks, acts)
    agent_ids = tuple(a.entity for a in acts if a.tok in agents)
    asides = x.dash_asides(toks) | appositions
    for c in clauses:
        c.actors = [a for a in acts if c.lo <= a.tok < c.hi]
        x.assign_roles(toks, c, c.actors, nouns, lex, time_toks)
        if c.continues and c.lo + 2 < c.hi and toks[c.lo + 1].low in lex.set("reflexive_pronouns") and \
                any(a.tok == c.lo + 2 for a in c.actors):
            # "…, während sich Maas für ein härteres Sexualstrafrecht ausgesprochen hatte": a name
            # right after the reflexive is the clause's own subject, it does not go on with the
            # subject before (Wikinews round 13 had Schäuble of the clause before endorse Maas)
            c.continues = False
        for a in c.actors:
            if a.tok in agents or a.tok in asides:
                # "der von Russland unterstützten Regierung": the attribute's agent; "der
                # UN-Sicherheitsrat – einschließlich China und Russland – verhängte": an aside
                a.role = "ignore"
    question = doc.body[sent.start:sent.end].rstrip(" \"“”»«'").endswith("?")
    subject = _sentence_subject(clauses, lex, nouns)
    # (not a dateline's: "Seoul – Ein in Nordkorea festgenommener US-Student")
    place = next((st for a in acts if a.label == "LOC" and a.tok >= clauses[0].lo and groups is not None
                  and (st := groups.country_of(a.entity)) is not None), None)
    cands: list[x.Candidate] = []
    statements: list[tuple[int, int, Trigger]] = []
    for k in sorted(triggers):
        ci, trig = triggers[k]
        ctx = _Ctx(doc, si, sent, toks, clauses, nouns, verbs, subject, question, side, disc, lex, prefixes,
                   time_toks, agents=agent_ids, halted=halted, groups=groups, place=place, contents=contents)
        cand = _candidate(ctx, ci, k, trig, cands)
        if cand is not None:
            cands.append(cand)
            if trig.type == "CONSULT":  # "…, und ein weiteres Gespräch zwischen den beiden Präsidenten"
                disc.pair, disc.pair_sentence = (cand.sources[0], cand.targets[0]), si
        elif k in verbs and QUAD_CLASS.get(trig.type) == "verbal_conflict" and ci + 1 < len(clauses):
            statements.append((k, ci, trig))
    for k, ci, trig in statements:
        # "Ban klagte, es habe Bombardierungen durch Kräfte der Regierung gegeben": a criticism
        # whose object is the clause after it is aimed at who acts there
        told = tuple(s for c in cands if c.clause > ci and QUAD_CLASS.get(c.trigger.type, "").endswith("conflict")
                     for s in c.sources)
        if told:
            ctx = _Ctx(doc, si, sent, toks, clauses, nouns, verbs, subject, question, side, disc, lex, prefixes,
                       time_toks, told, agent_ids)
            cand = _candidate(ctx, ci, k, trig, [])
            if cand is not None:
                cands.append(cand)
    kept = _collapse(sorted(cands, key=lambda c: c.tok), side, lex.words.get("quad_continues", True))
    _remember(disc, si, sent, doc, clauses, kept, persons, side, lex, ments, groups)
    return [x.make_event(doc, c, toks) for c in kept]


def _halted(toks: list[x.Tok], clauses: list[x.Clause], triggers: dict[int, tuple[int, Trigger]],
            lex: Lexicon) -> dict[int, bool]:
    """The material-conflict triggers whose act their clause stops, pauses or renounces, each with
    whether another trigger governs it (True also for any event noun the clause delays or blocks,
    ``obstruct_words``): one of its clause, or, for a zu-infinitive or a continuing
    clause, of the clause before ("Putin stimmte zu, russische Angriffe … auszusetzen"), or an
    intent verb there ("Trump und Putin hatten vereinbart, Angriffe … auszusetzen")."""
    out: dict[int, bool] = {}
    intent = lex.words.get("intent_verbs", {})
    obstruct = lex.set("obstruct_words")
    for k, (ci, trig) in triggers.items():
        c = clauses[ci]
        if trig.nominal and any(toks[i].low in obstruct for i in range(c.lo, c.hi) if i not in c.aside):
            # "Ungarn hat wiederholt Sanktionen der EU gegen Russland verzögert": delayed or blocked,
            # the sanctions are no act of Hungary's (nor, here, news of their own)
            out[k] = True
            continue
        if trig.nominal and lex.words.get("halt_before") and QUAD_CLASS.get(trig.type) != "material_conflict" and \
                any(toks[j].low in lex.set("halt_words") for j in range(max(c.lo, k - 3), k)):
            out[k] = True  # English: "the decision to suspend talks with the EU": no talks held
            continue
        if QUAD_CLASS.get(trig.type) != "material_conflict" or not _halts(toks, c, k, lex):
            continue
        scope = [c]
        if ci > 0 and (c.continues or any(_is_zu_infinitive(toks, i, c) for i in range(c.lo, c.hi))):
            scope.append(clauses[ci - 1])
        out[k] = any(j != k and s.lo <= j < s.hi and QUAD_CLASS.get(t.type) != "material_conflict"
                     for j, (_, t) in triggers.items() for s in scope) or \
            any(toks[i].low in intent for s in scope for i in range(s.lo, s.hi))
    return out


def _halts(toks: list[x.Tok], c: x.Clause, k: int, lex: Lexicon) -> bool:
    """Whether clause ``c`` stops the act of trigger ``k``: a halt word ("aussetzen", "pause"), a
    separable halt verb with its particle ("stellte … ein"), or an end with an article or a
    preposition after it ("ein Ende der Angriffe", "an end to the strikes"; not "Ende Februar")."""
    words = lex.set("halt_words")
    separable: dict[str, str] = lex.words.get("halt_separable", {})
    ends = lex.set("halt_before_det")
    after = lex.set("determiners") | x.all_preps(lex)
    w = x.last_word(toks, c)
    final = toks[w].low if w is not None else ""
    before = lex.words.get("halt_before", False)  # English: "halt strikes", not "rallied … to suspend talks"
    for i in range(c.lo, c.hi):
        low = toks[i].low
        if i == k or i in c.aside or (before and i > k):
            continue
        if low in words or (separable.get(low) == final and i != w) or \
                (low in ends and i + 1 < c.hi and toks[i + 1].low in after):
            return True
    return False


def _epithet_actors(toks: list[x.Tok], acts: list[x.Actor], disc: x.Discourse, lex: Lexicon,
                    groups: Groups) -> list[x.Actor]:
    """Descriptive stand-ins for a place or a state named shortly before: "Die Jihadisten haben
    die Hafenstadt unter ihre Kontrolle gebracht" after "… die Gewalt in Sirte" (a place
    epithet: the last place named in the last three sentences that is no country and stands for
    none), "Die frühere Sowjetrepublik" after "… der Regierung in Kiew" (a state epithet: the
    last country named there, not one of this sentence). Only a definite noun phrase without a
    name after it ("die Hafenstadt Sirte" is Sirte)."""
    place_words, state_words = lex.set("place_epithets"), lex.set("state_epithets")
    # "das kommunistische Land", "das isolierte Regime": generic words, a state only with an adjective
    described = lex.set("described_state_epithets")
    state_words = state_words | described
    taken = {k for a in acts for k in range(a.tok, a.end_tok)}
    here = {groups.state_of(a.entity) or a.entity for a in acts}
    recent = [(e, country) for si, e, country in reversed(disc.places) if disc.current - si <= 3]
    out: list[x.Actor] = []
    for i, t in enumerate(toks):
        low = t.low if t.low in place_words | state_words else t.low.rpartition("-")[2]
        if low not in place_words | state_words or not t.text[:1].isupper() or i in taken or \
                (i + 1 < len(toks) and toks[i + 1].text[:1].isupper()):
            continue  # (a name after it is the place: "die Stadt Marat Numan"; "die Schwarzmeer-Region": its tail)
        j = i - 1
        while j >= 0 and x.adjective_at(toks, j, lex):
            j -= 1
        if j < 0 or toks[j].low not in lex.set("anaphoric_determiners"):
            continue  # "eine Hafenstadt", "Hafenstädte": no place told before
        if low in described:
            if j == i - 1 or any(x.demonym(toks[m].low, lex) for m in range(j + 1, i)):
                continue  # "das Land" alone, "das russische Regime": not a stand-in
            # the country the text is about: the recent subject's, not the last one named
            focus = (groups.state_of(disc.subject) or groups.side_of(disc.subject)) \
                if disc.subject and disc.current - disc.subject_sentence <= 3 else None
            if focus is not None and focus not in here:
                out.append(x.Actor(i, i + 1, focus, "LOC"))
            continue
        state = low in state_words
        for eid, country in recent:
            if state and country and eid not in here:
                out.append(x.Actor(i, i + 1, eid, "LOC"))
                break
            if not state and not country and groups.side_of(eid) is None:
                out.append(x.Actor(i, i + 1, eid, "LOC"))
                break
    return out


def _attributive(toks: list[x.Tok], k: int, acts: list[x.Actor], lex: Lexicon) -> bool:
    """Whether the verb form at ``k`` is a participle used as an adjective: "auf der von Russland
    annektierten Halbinsel", "die getöteten Soldaten", "die vom Iran unterstützten Rebellen". Such
    an attribute recalls what the reader knows; it reports no event.

    Not "Die USA unterstützten Kiew": a finite verb before a name, and no determiner or agent before it.
    """
    t = toks[k]
    nxt = k + 1
    while nxt + 1 < len(toks) and toks[nxt].text[:1].islower() and x.adjective_like(toks[nxt].low):
        nxt += 1  # "von der Türkei aus der Luft unterstützten islamistischen Rebellen"
    if not t.text[:1].islower() or nxt >= len(toks) or not toks[nxt].text[:1].isupper() or \
            not x.PARTICIPLE_ADJ.fullmatch(t.low):
        return False
    prev = toks[k - 1] if k > 0 else None
    if prev is None:
        return False
    if prev.low in lex.set("determiners") or x.adjective_at(toks, k - 1, lex):
        return True
    if _extended_attribute(toks, k, lex):
        return True
    # "der von Russland annektierten", "von der Türkei aus der Luft unterstützten Rebellen" (a
    # phrase of determiners, prepositions and nouns between the agent and the participle)
    preps = x.all_preps(lex) | lex.set("determiners")
    agent = next((a for a in acts if k - 5 <= a.end_tok <= k and
                  all(toks[i].low in preps or toks[i].text[:1].isupper() for i in range(a.end_tok, k))), None)
    if agent is None:
        return False
    j = agent.tok - 1
    while j > 0 and toks[j].low in lex.set("determiners"):
        j -= 1
    return j >= 0 and toks[j].low in ("von", "vom", "durch")


def _extended_attribute(toks: list[x.Tok], k: int, lex: Lexicon) -> bool:
    """Whether the participle at ``k`` closes a phrase that a determiner opens with a preposition
    right after it: "stattete den in Afghanistan stationierten deutschen Truppen einen Besuch ab"
    (a visit, not troops deployed: the audit of round 12), "die im Januar gewählten Abgeordneten".
    A determiner followed by a preposition opens no noun of its own: it is the article of the noun
    after the participle, and all between is the participle's attribute phrase."""
    dets, preps = lex.set("determiners"), x.all_preps(lex)
    for j in range(k - 2, max(-1, k - 8), -1):
        low = toks[j].low
        if low in dets and toks[j + 1].low in preps:
            return True
        if not (low in preps or low in dets or toks[j].text[:1].isupper() or low.isdigit()
                or x.adjective_at(toks, j, lex)):
            return False
    return False


def _join_relatives(toks: list[x.Tok], clauses: list[x.Clause], lex: Lexicon) -> list[x.Clause]:
    """A relative clause after an event noun gives the noun its sides: "eine Reihe von Drohungen,
    die Nordkorea zuletzt gegen Südkorea und die USA ausgestoßen hat" is one clause; so is an
    example after a comma ("…, unter anderem auf ein Krankenhaus", ``elaboration_cues``)."""
    out: list[x.Clause] = []
    rel = lex.set("relative_pronouns")
    for c in clauses:
        prev = out[-1] if out else None
        last = x.last_word(toks, prev) if prev is not None else None
        if prev is not None and last is not None and toks[c.lo].low in rel and c.lo > 0 and \
                toks[c.lo - 1].text == "," and toks[last].text[:1].isupper() and \
                any(t.nominal for t in lex.match(toks[last].low)):
            prev.hi, prev.relative_at = c.hi, c.lo
            continue
        if prev is not None and c.lo > 0 and toks[c.lo - 1].text == "," and \
                " ".join(t.low for t in toks[c.lo:c.lo + 2]).startswith(tuple(lex.set("elaboration_cues"))):
            # "habe es russische Drohnenangriffe gegeben, unter anderem auf ein Krankenhaus in
            # Sumy": the example belongs to the clause before (the attack's target)
            prev.hi = c.hi
            continue
        out.append(c)
    return out


def _join_appositions(toks: list[x.Tok], clauses: list[x.Clause], acts: list[x.Actor],
                      lex: Lexicon) -> tuple[list[x.Clause], frozenset[int]]:
    """A noun phrase between commas after a name is its apposition, and the clause after it goes
    on with the name as subject: "Major Valeri Trojanow, Pilot des … abgestürzten russischen
    Kampfflugzeuges Su-27, befindet sich noch immer in Gewahrsam Litauens" is one clause whose
    subject is Trojanow (the apposition's words are no actors and no triggers of it).

    An apposition ends in a noun (capitalised), a relative clause in its verb ("Trojanow, der sich
    mit dem Schleudersitz retten konnte, wurde …" stays as it is); the clause after it must begin
    with a lower-case word that is no conjunction, preposition or article (its finite verb).
    Only where nouns are capitalised (German): an English relative clause ends in a name as
    often ("Trump, who met Putin, said …"). Returns the clauses and the apposition tokens
    (commas included).
    """
    if not lex.words.get("nouns_capitalised", True):
        return clauses, frozenset()
    ends = {a.end_tok for a in acts}
    not_verbs = lex.set("clause_conjunctions") | lex.set("determiners") | x.all_preps(lex) | \
        lex.set("relative_pronouns")
    out: list[x.Clause] = []
    inserted: set[int] = set()
    i = 0
    while i < len(clauses):
        c = clauses[i]
        if i + 2 < len(clauses):
            app, nxt = clauses[i + 1], clauses[i + 2]
            last = x.last_word(toks, app)
            if c.hi in ends and toks[c.hi].text == "," and app.lo == c.hi + 1 and \
                    app.hi < len(toks) and toks[app.hi].text == "," and nxt.lo == app.hi + 1 and \
                    not app.continues and not nxt.continues and last is not None and \
                    toks[last].text[:1].isupper() and toks[app.lo].low not in lex.set("clause_conjunctions") and \
                    toks[nxt.lo].text[:1].islower() and toks[nxt.lo].low not in not_verbs:
                span = range(c.hi, app.hi + 1)
                inserted.update(span)
                out.append(x.Clause(c.lo, nxt.hi, c.continues, -1, c.aside | nxt.aside | frozenset(span)))
                i += 3
                continue
        out.append(c)
        i += 1
    return out, frozenset(inserted)


def _dateline(toks: list[x.Tok], c: x.Clause) -> bool:
    """Whether a sentence's first clause is a dateline: capitalised place names before a dash."""
    words = toks[c.lo:c.hi]
    return c.hi < len(toks) and toks[c.hi].text in ("–", "—", "-") and len(words) <= 4 and \
        all(t.text[:1].isupper() or t.text == "/" for t in words)


def _sentence_subject(clauses: list[x.Clause], lex: Lexicon, nouns: set[int] | None = None) -> list[str]:
    """The first clause's subject: its first direct actors ("Ein Vorschlag aus Trumps Umfeld": Trump),
    not the argument of an event noun ("Während des Besuchs von Papst Franziskus … festgenommen")."""
    for c in clauses[:1]:
        found = [a for a in c.actors if a.role == "direct" or
                 (a.role == "prep" and a.prep in lex.set("source_preps") | lex.set("origin_preps") and
                  (a.prep_at - 1) not in (nouns or set()))]
        if found:
            # "Die beiden verabredeten, sich … zu treffen": a pair word is both of the pair
            return [a.entity for a in found if a.tok == found[0].tok]
    return []


def _is_zu_infinitive(toks: list[x.Tok], k: int, clause: x.Clause) -> bool:
    if toks[k].text[:1].isupper():
        return False  # "zu Gesprächen": a noun after the preposition "zu"
    if k + 2 < clause.hi and toks[k + 1].low == "zu" and toks[k + 2].low in ("haben", "sein", "werden"):
        return True  # a perfect or passive infinitive: "das Dorf beschossen zu haben"
    return (k > clause.lo and toks[k - 1].low == "zu") or bool(_ZU_INFIX.match(toks[k].low))


def _sides_of(toks: list[x.Tok], c: x.Clause, k: int, trig: Trigger, nouns: set[int],
              lex: Lexicon) -> tuple[list[str], list[str], list[str], str | None, bool]:
    """Sources, targets, direct actors, location, and whether the trigger has arguments of its own."""
    src: list[str] = []
    tgt: list[str] = []
    direct: list[x.Actor] = []
    loc = None
    own_args = False
    # "die Abschiebung von 100 Uiguren durch Thailand": with a "durch" agent, the noun's "von"
    # phrase names whom it was done to
    agent = trig.nominal and any(a.role == "prep" and a.prep == "durch" and
                                 not _of_other_noun(toks, a, k, trig, nouns, lex, c.actors) for a in c.actors)
    for a in c.actors:
        if a.role.startswith("of:"):
            if int(a.role[3:]) == k:
                # "der Einmarsch Russlands", "Treffen der beiden Präsidenten"; but "die Annexion der Krim"
                (tgt if trig.patient else src).append(a.entity)
                own_args = True
            elif _object_attribute(c, a, trig, toks, lex) or (trig.nominal and int(a.role[3:]) > k and
                                                  QUAD_CLASS.get(trig.type) == "verbal_conflict"):
                # "forderte den Rückzug der PKK-Kämpfer", "verurteilte den Angriff Russlands", "die
                # Forderung Polens nach einem Rückzug Russlands": whose act is demanded or criticised
                # is the target
                tgt.append(a.entity)
            continue
        if a.role == "direct" and trig.nominal and QUAD_CLASS.get(trig.type) == "material_conflict" and \
                _attacker_adjective(toks, a, k, lex):
            src.append(a.entity)  # "russische Drohnenangriffe": the adjective names the attacker
            own_args = True
            continue
        role = x.role_of(a, trig, trig.type, lex)
        if role in ("direct", "source", "target") and _of_later_trigger(toks, c, k, a, trig, nouns, lex):
            continue
        if role == "target" and a.prep in lex.set("reason_preps") and not trig.nominal and \
                QUAD_CLASS.get(trig.type, "").startswith("verbal") and \
                any(b.role == "direct" and k < b.tok < a.tok for b in c.actors):
            continue  # "würdigte ihn für seine Aufopferung für die Bürger Alaskas": the reason, not whom
        if trig.nominal and a.tok > k and role in ("source", "target", "both") and _verb_between(toks, k, a.tok, lex):
            continue  # "Der Angriff Russlands löste in Berlin Empörung aus": the verb's, not the noun's
        after_noun = not trig.nominal and a.role == "prep" and a.prep_at - 1 in nouns
        if (a.role == "gen" or ((a.role == "ignore" or after_noun) and a.prep in ("von", "vom") and a.label != "LOC"
                                and (a.prep_at > k or x.last_word(toks, c) == k))) and \
                _object_attribute(c, a, trig, toks, lex):
            # (the verb last too: "Russland hat die Einreise von EU-Politikern verboten")
            # (also after an event noun: "wies die Vorwürfe von Amnesty International zurück")
            # "Obama hat Versäumnisse der europäischen Verbündeten … bezeichnet", "lehnte die
            # Forderung Trumps ab", "lehnte den Antrag von Ponta ab": whose act is criticised or
            # refused is the target (an object's attribute: the subject comes before it)
            role = "target"
        if role == "source" and a.prep == "durch" and not trig.nominal and a.prep_at - 1 > k and \
                toks[a.prep_at - 1].text[:1].isupper() and any(b.role == "direct" and b.tok < a.tok for b in c.actors) \
                and not any(toks[i].low in _PASSIVE for i in range(c.lo, a.tok)) and \
                x.PARTICIPLE.match(toks[k].low) is None and not _anonymous_subject(toks, c, lex):
            # (the active only: no passive auxiliary before the agent, no participle trigger; the
            # sentence's relative clause "…, der … überwacht werden soll" is no passive of the demand)
            # (not where an unnamed subject opens the clause: "Der Konflikt hat … heraufbeschworen
            # und Polen fordert einen stärkeren Schutz durch die NATO" is read as one clause whose
            # subject is "Der Konflikt"; there the direct actor is no subject and the rule cannot tell)
            # "fordert al Huthi die Schaffung sicherer Korridore für Zivilisten durch die Vereinten
            # Nationen": in the active, "durch" after the object's noun is that noun's agent (audit
            # set 2, round 14, had the UN demand of al Huthi); whose act is demanded is the target
            role = "target" if _object_attribute(c, a, trig, toks, lex) else "ignore"
        if (agent or (trig.patient and a.tok > k and a.prep_at <= k + 2)) and a.prep in ("von", "vom") and \
                role == "source":
            role = "target"  # (and "die Festnahme von Abgeordneten": whom the act is done to)
        if role in ("source", "target", "both") and _of_other_noun(toks, a, k, trig, nouns, lex, c.actors, c):
            continue
        if trig.nominal and role == "target" and a.tok < k and a.prep in lex.set("location_preps"):
            role = "location"  # "will in Aden eine Militäroffensive gegen die Rebellen überwachen": where, not whom
        if trig.nominal and a.tok > k and role in ("target", "both", "source") and a.tok - k <= 8 and \
                not any(k < j < a.tok for j in nouns):
            own_args = True  # "Gespräche zwischen …", "Telefonat mit Putin", "Sanktionen gegen Russland"
        if role == "source":
            src.append(a.entity)
        elif role == "target":
            tgt.append(a.entity)
            if loc is None and a.label == "LOC" and a.prep in lex.set("location_preps"):
                loc = a.entity  # "Besuche in Moskau": where it happened, and whom it was with
        elif role == "both":
            if not trig.nominal and a.tok > k and any(b.role == "direct" for b in c.actors):
                # "Guterres begrüßte die Waffenruhe zwischen Armenien und Aserbaidschan": the pair of
                # the object noun is whom the verb's subject addresses
                tgt.append(a.entity)
            else:
                (tgt if src else src).append(a.entity)
        elif role == "location" and loc is None and not (trig.type == "CONSULT" and _in_topic(toks, c, a, lex)) and \
                not (trig.nominal and a.tok > k and _verb_between(toks, k, a.tok, lex)):
            # (not the topic's: "sprachen über Infrastrukturprojekte in der Türkei"; nor the verb's
            # after the noun: "Das Telefonat … hat in Europa Besorgnis ausgelöst" was not in Europe)
            loc = a.entity
        elif role == "direct" and not (not trig.nominal and a.tok < k and _subject_attribute(toks, c, a, lex)):
            direct.append(a)
    if trig.nominal:
        poss = _possessor(toks, c, k, lex)
        if poss is not None:
            src.insert(0, poss.entity)
            own_args = True
    return src, tgt, [a.entity for a in direct], loc, own_args


def _subject_attribute(toks: list[x.Tok], c: x.Clause, a: x.Actor, lex: Lexicon) -> bool:
    """Whether the name ``a`` before the verb is the genitive attribute of the actor right before
    it: "Die Demokratische Partei Thailands begrüßte den Schritt …", "Die Aktivisten der
    Opposition machen Regierungsanhänger verantwortlich" (the audit of round 12 had Thailand and
    the opposition as the targets). Only an article of the genitive, or none with a genitive "-s",
    lies between them, and the actor before opens the clause (not "hat Washington der EU mit
    Zöllen gedroht": a dative object after the subject)."""
    genitive, dets = lex.set("genitive_articles"), lex.set("determiners")
    for b in c.actors:
        if b.role != "direct" or b.tok >= a.tok or b.end_tok > a.tok or \
                not all(toks[i].low in dets or x.adjective_at(toks, i, lex) for i in range(c.lo, b.tok)):
            continue
        between = [toks[i].low for i in range(b.end_tok, a.tok)]
        if (between and all(w in genitive for w in between)) or \
                (not between and toks[a.end_tok - 1].text.endswith("s") and toks[b.end_tok - 1].text[:1].isupper()):
            return True
    return False


def _experiencer_sides(ctx: _Ctx, c: x.Clause, k: int) -> tuple[list[str], list[str], bool] | None:
    """Sides of a verb of feeling ("Die Aussagen von WKÖ-Chef Leitl empören Gewerkschaft und
    Arbeiterkammer", "Trump hat die Europäer verärgert"): the clause's first actor (the subject, or
    the owner of what the subject names) causes it and is the target; the actors named after it
    feel it and are the sources. None where either is missing or they are one side."""
    acts = sorted((a for a in c.actors if a.role != "ignore" or _owned(ctx.toks, c.lo, a.tok)), key=lambda a: a.tok)
    if not acts or acts[0].tok > k:
        return None  # (a subject after the verb: "Empört hat die Opposition …" names the feeling first)
    cause = acts[0].entity
    mine = ctx.side.get(cause, cause)
    feel = [a.entity for a in acts[1:] if a.role == "direct" and a.entity != cause and
            ctx.side.get(a.entity, a.entity) != mine]
    return (list(dict.fromkeys(feel)), [cause], False) if feel else None


def _in_topic(toks: list[x.Tok], c: x.Clause, a: x.Actor, lex: Lexicon) -> bool:
    """Whether actor ``a`` stands in the topic of talks, after a topic preposition ("über") of its clause."""
    topic = lex.set("topic_preps")
    return any(toks[j].low in topic for j in range(c.lo, a.tok))


def _of_later_trigger(toks: list[x.Tok], c: x.Clause, k: int, a: x.Actor, trig: Trigger, nouns: set[int],
                     lex: Lexicon) -> bool:
    """English: whether the actor after the verb ``k`` belongs to a later trigger of the clause,
    an infinitive or gerund after a verb of verbal conflict ("accused Ukraine of shelling
    Donetsk": Donetsk is shelled, not accused) or an event noun of another type ("demanded the
    withdrawal of Russian troops from Ukraine": the troops withdraw from Ukraine; not "held talks
    with Macron", "imposed sanctions on Iran"); not for an offer or praise (``partner_types``)."""
    markers = lex.set("infinitive_markers")
    if not markers or trig.nominal or a.tok < k or trig.type.lower() in lex.set("partner_types"):
        return False  # (an offer's partner is the offered talks' partner: "offered to hold talks with …")
    conflict = QUAD_CLASS.get(trig.type) == "verbal_conflict"
    for j in range(k + 1, min(a.tok, c.hi)):
        if not lex.match(toks[j].low):
            continue
        if j in nouns and any(t.type != trig.type for t in lex.match(toks[j].low) if t.nominal):
            return True  # (also "will meet … to discuss new sanctions against Russia": not whom they meet)
        if conflict and j not in nouns and \
                (toks[j - 1].low in markers | lex.set("of_preps") or toks[j].low.endswith("ing")):
            return True
    return False


def _verb_between(toks: list[x.Tok], k: int, j: int, lex: Lexicon) -> bool:
    """Whether a word between a noun at ``k`` and an actor at ``j`` reads as a verb: a lower-case
    word that is no determiner, preposition, adjective, conjunction, number or adverb of degree
    (``noun_phrase_adverbs``); then the actor belongs to the verb's clause, not to the noun."""
    if not lex.words.get("nouns_capitalised", True):
        return False  # (English writes nouns in lower case too: no reading of verbs by case)
    dets, preps = lex.set("determiners"), x.all_preps(lex)
    joiners = x.coordinators(lex) | x.disjunctions(lex) | lex.set("noun_phrase_adverbs")
    commas = [i for i in range(k + 1, j) if toks[i].text == ","]
    if commas and commas[-1] + 1 < j and toks[commas[-1] + 1].low in joiners:
        k = commas[-1]  # "Raketenangriffe gegeben, darunter auf Odessa": an example of the noun's
    for i in range(k + 1, j):
        t = toks[i]
        if not t.text[:1].isalpha() or not t.text[:1].islower():
            continue
        if t.low in dets or t.low in preps or t.low in joiners or x.adjective_at(toks, i, lex) or \
                x.demonym(t.low, lex) is not None or t.low in lex.set("count_words"):
            continue
        return True
    return False


def _attacker_adjective(toks: list[x.Tok], a: x.Actor, k: int, lex: Lexicon) -> bool:
    """Whether ``a`` is a demonym before the noun ``k`` with only adjectives between: "erneut
    russische Drohnenangriffe", "die schwersten russischen Luftangriffe" (not "Angriffe auf
    russische Stellungen": there it is the attribute of another noun)."""
    if a.tok >= k or toks[a.tok].text[:1].isupper() == lex.words.get("nouns_capitalised", True) or \
            x.demonym(toks[a.tok].low, lex) is None:
        return False
    return all(x.adjective_at(toks, j, lex) or x.demonym(toks[j].low, lex) is not None
               or toks[j].low in x.coordinators(lex) for j in range(a.end_tok, k))


def _object_attribute(c: x.Clause, a: x.Actor, trig: Trigger, toks: list[x.Tok] | None = None,
                      lex: Lexicon | None = None) -> bool:
    """Whether ``a``, an attribute of a noun, names the target of a verb of verbal conflict or
    cooperation: the noun is its object (the subject comes before it): "kritisierte die Politik
    Trumps", "begrüßte den Vorschlag der EU"."""
    # (and of violence against property: "verwüsteten die Parteizentrale der SPÖ", "griffen die
    # Botschaft der USA an": whose building it is suffers it; "lockerte die Blockade des
    # Gazastreifens", "froren die Konten der Zeitung ein": whose it is is the target)
    # (a noun of a construction is its verb: "erteilte den Plänen der ÖVP eine Absage")
    # (and "verboten die Einreise von EU-Politikern": whose entry is banned)
    if trig.type == "FIGHT" and toks is not None and lex is not None:
        # "Russland hat die Server des Bundestags angegriffen": a thing's owner is attacked; but
        # "Polen griff die Verbündeten der Ukraine an" attacks the allies, not Ukraine
        j = a.tok - 1
        while j > c.lo and toks[j].low in lex.set("determiners"):
            j -= 1
        if x.head_kind(toks[j].low, lex) == "actor" or toks[j].low in lex.words.get("group_nouns", {}):
            return False
    return (not trig.nominal or trig.needs is not None) and \
        (QUAD_CLASS.get(trig.type) in ("verbal_conflict", "verbal_cooperation") or
         trig.type in ("CRIME", "ASSAULT", "FIGHT", "RETREAT", "SANCTION", "COERCE")) and \
        (any(b.role == "direct" and b.tok < a.tok for b in c.actors) or
         _passive_subject_attribute(c, a, trig, toks, lex))


def _passive_subject_attribute(c: x.Clause, a: x.Actor, trig: Trigger, toks: list[x.Tok] | None,
                               lex: Lexicon | None) -> bool:
    """Whether ``a`` is the attribute of a passive verb's subject, its agent named after it: "Die
    Haltung der Hamas wurde vom Sprecher kritisiert", "Die Pläne der ÖVP wurden von der SPÖ
    abgelehnt" (whose stance or plan suffers the act, as the object's owner in the active)."""
    if toks is None or lex is None or trig.nominal or \
            not any(toks[i].low in _PASSIVE for i in range(c.lo, c.hi) if i not in c.aside):
        return False
    agents = lex.set("source_preps")
    return any(b.role == "prep" and b.prep in agents and b.tok > a.tok for b in c.actors)


def _of_other_noun(toks: list[x.Tok], a: x.Actor, k: int, trig: Trigger, nouns: set[int], lex: Lexicon,
                   actors: list[x.Actor], clause: x.Clause | None = None) -> bool:
    """Whether the preposition of ``a`` belongs to another noun than the trigger ``k``.

    * a passive verb's "von" agent, not another event noun's: "Während des Besuchs von Papst
      Franziskus in Kuba sind 50 Dissidenten festgenommen worden" (the Pope visits, he arrests nobody);
    * an event noun's agent, not a later noun's: "Die Invasion … in die Tschechoslowakei wird …
      als Schritt gegen einen Umsturz durch die Nato dargestellt" (a place or actor noun passes
      its role on).
    """
    j = a.prep_at - 1
    if a.prep in lex.set("noun_agent_preps") and k < j and toks[j].text.isalpha() and toks[j].text.islower() and \
            not toks[j].low.endswith(("ed", "ly")):
        # English nouns are written small: "The EU welcomes the decision by the United States",
        # "condemned the attack by Russia": the agent of the noun after the verb, not the
        # verb's (not a participle's: "was welcomed by", "imposed by")
        return True
    if j < 0 or j == k or not toks[j].text[:1].isupper() or any(b.tok <= j < b.end_tok for b in actors):
        return False  # (a name before the preposition: "die Abschiebung von Fedorow durch Polen")
    head = toks[j]
    if j in nouns and j < k and _before_prep(toks, j, lex) in lex.set("antecedent_preps"):
        # "Nach der Festnahme von drei Serben hat Serbien seine Armee in Alarmbereitschaft
        # versetzt": an act that came before, the cause, keeps its own sides
        return True
    if not trig.nominal:
        # (but "Bei Angriffen von Rebellen wurden 20 Menschen getötet": the attack's agent kills)
        other = next((t.type for t in lex.match(head.low) if t.nominal), None)
        if j not in nouns or other is None:
            return False
        if a.prep in lex.set("both_preps") and j < k:
            # "Reiche hat die Einigung zwischen der EU und den USA begrüßt": the pair after the
            # object noun is the agreement's, not the verb's sides at its end (seventh user trial:
            # SUPPORT EU → Reiche); the makers of the noun are whom the reaction answers
            return True
        if QUAD_CLASS.get(other) == QUAD_CLASS.get(trig.type):
            return False
        # "Nach dem Telefonat zwischen Trump und Putin hat Selenskyj dem Kreml … vorgeworfen": the
        # pair of a noun under a preposition is that circumstance's, no side of the verb (but
        # "kritisierte die Gespräche mit Putin": the object's partner may be whom it is aimed at)
        return a.prep in ("von", "vom") or (clause is not None and j < k and
                                             x.nominal_gate(toks, j, clause, lex)[0])
    if j < k and j in nouns and a.prep not in trig.src | trig.tgt:
        # "Am Jahrestag des russischen Überfalls auf die Ukraine hat die EU Sanktionen gegen
        # Russland verhängt": the phrase after another event noun before the trigger is that
        # noun's; "Das Telefonat zwischen Trump und Putin hat in Kiew Empörung ausgelöst": the pair
        # is the call's, whose makers the reaction answers (see _missing_target)
        return True
    if a.prep == "durch" and j < k and a.tok < k:
        # "Nach dem Abschuss eines russischen Kampfjets durch die Türkei hat Russland Sanktionen
        # … verhängt": an agent before the trigger noun is the agent of the noun it follows
        return True
    # (only an agent's "durch": "Verhandlungen über Zölle mit der EU" keeps its partner)
    return a.prep == "durch" and j > k and j not in nouns and x.head_kind(head.low, lex) is None


def _before_prep(toks: list[x.Tok], j: int, lex: Lexicon) -> str | None:
    """The preposition that governs the noun at ``j`` (over determiners and adjectives), or None."""
    i = j - 1
    while i >= 0 and (toks[i].low in lex.set("determiners") or x.adjective_at(toks, i, lex)):
        i -= 1
    return toks[i].low if i >= 0 and toks[i].low in x.all_preps(lex) else None


def _anonymous_subject_after(toks: list[x.Tok], c: x.Clause, k: int, lex: Lexicon) -> bool:
    """Whether a fronted phrase puts the subject after the verb at ``k`` and it names no actor:
    "In der Begründung werfen die Abgeordneten Schaunig vor, …" (Schaunig is accused)."""
    if k <= c.lo or k + 2 >= c.hi or toks[k + 1].low not in lex.set("subject_determiners") or \
            any(a.tok < k for a in c.actors if a.role == "direct"):
        return False
    i = k + 2
    while i < c.hi and x.adjective_at(toks, i, lex):
        i += 1
    # (an adjective of origin names it: "rammte ein vietnamesisches Küstenwachschiff …")
    return i < c.hi and toks[i].text[:1].isupper() and not any(k < a.tok <= i or a.tok <= i < a.end_tok
                                                                for a in c.actors) and \
        any(a.tok > i and a.role == "direct" for a in c.actors)


def _unnamed_subject_after_aux(toks: list[x.Tok], c: x.Clause, lex: Lexicon) -> bool:
    """Whether a clause with a fronted phrase has its subject right after its finite auxiliary and
    that subject names no actor: "Am 20. Juli 1944 hatte eine Verschwörergruppe um Stauffenberg …
    versucht, … Adolf Hitler zu töten" (audit set 2, round 14: the zu-infinitive took Norway, the
    subject of the sentence before, as the attacker). The clause names no direct actor at all."""
    if any(a.role == "direct" for a in c.actors):
        return False
    aux = lex.set("perfect_finite") | lex.set("modal_report")
    i = next((i for i in range(c.lo + 1, c.hi - 2) if toks[i].low in aux), None)
    if i is None or toks[i + 1].low not in lex.set("subject_determiners"):
        return False
    j = i + 2
    while j < c.hi and x.adjective_at(toks, j, lex):
        j += 1
    return j < c.hi and toks[j].text[:1].isupper() and not any(a.tok <= j < a.end_tok for a in c.actors)


def _examples(ctx: _Ctx, ci: int, k: int) -> list[str]:
    """The actors a subject without a name is exemplified by, listed after the verb at ``k``
    behind a comma and an ``example_openers`` word, in verbless clauses: "Auch weitere
    Staatsrepräsentanten gratulierten Obama, so der italienische Ministerpräsident Berlusconi, …,
    und der norwegische Ministerpräsident Jens Stoltenberg" (they are who congratulated)."""
    toks, lex, clauses = ctx.toks, ctx.lex, ctx.clauses
    openers = lex.set("example_openers")
    last = clauses[-1].hi
    at = next((i for i in range(k + 1, last) if toks[i].low in openers and toks[i - 1].text == ","), None)
    if at is None:
        return []
    plain = lex.set("determiners") | x.coordinators(lex) | x.all_preps(lex) | openers | lex.set("relative_pronouns")
    out: list[str] = []
    for c in clauses[ci:]:
        lo = max(c.lo, at)
        if lo >= c.hi:
            continue
        if any(t.text.isalpha() and t.text.islower() and t.low not in plain and not x.adjective_at(toks, i, lex)
               for i, t in enumerate(toks[lo:c.hi], start=lo)) or any(lo <= j < c.hi for j in ctx.nouns | ctx.verbs):
            break  # a verb or an act of its own: no longer the list
        out.extend(a.entity for a in c.actors if a.role == "direct" and a.tok >= lo)
    return list(dict.fromkeys(out))


def _anonymous_subject(toks: list[x.Tok], c: x.Clause, lex: Lexicon, time_toks: frozenset[int] = frozenset()) -> bool:
    """Whether the clause opens with a subject that names no actor: "Der Minister rief …",
    "Ein Leitartikel in der Washington Post forderte …". Read up to the finite verb (the first
    lower-case word that is no determiner, adjective or preposition); an actor named there, even
    as a title or adjective ("Die türkische Armee"), makes the subject known."""
    dets = lex.set("determiners")
    pronouns: dict[str, str] = lex.words.get("subject_pronouns", {})
    if toks[c.lo].low in pronouns and c.lo + 1 < c.hi and toks[c.lo + 1].text[:1].islower():
        # "…, es betrachte die türkischen Attacken als Provokation": a pronoun the discourse did
        # not resolve is the subject all the same; the actors after the verb are its objects
        return not any(a.tok == c.lo for a in c.actors)
    # (or a bare plural at the sentence's start: "Westliche Regierungen werfen Russland vor, …")
    bare = c.lo == 0 and x.adjective_like(toks[0].low) and len(toks) > 1 and toks[1].text[:1].isupper() and \
        x.demonym(toks[0].low, lex) is None and 0 not in time_toks  # (not "Vergangene Woche hatten …")
    if toks[c.lo].low not in lex.set("subject_determiners") and not bare:
        return False
    preps = x.all_preps(lex)
    in_pp = False
    awaiting = False  # a determiner waits for its noun
    for i in range(c.lo, c.hi):
        t = toks[i]
        if any(a.tok <= i < a.end_tok and not in_pp for a in c.actors):
            return False
        if awaiting and x.PARTICIPLE_ADJ.fullmatch(t.low) and i + 1 < c.hi and toks[i + 1].text[:1].isupper():
            in_pp = False  # a participle before its noun ends its own phrase: "Die von Russland unterstützten
            continue  # Separatisten griffen …": the separatists are the subject
        if t.low in dets and not in_pp:
            awaiting = True
        elif t.text[:1].isupper() and not in_pp and i > c.lo:
            awaiting = False
        if t.text[:1].isupper() or t.low in dets or x.adjective_at(toks, i, lex) or t.low.isdigit() or t.text == ",":
            continue  # (a comma the clause keeps opens an apposition: "Die Unterhändler, Witkoff und …")
        if t.low in preps:
            if t.low in lex.set("member_preps") and i > c.lo and toks[i - 1].low in lex.set("member_heads"):
                continue  # "Die Außenminister aus Deutschland und Frankreich trafen sich": whose they are
            in_pp = True  # "in der Washington Post": where the subject is, not who it is
            continue
        if t.low in lex.set("source_postpositions"):
            return False  # "Der Zeitung zufolge telefonierte Trump …": who tells, the subject follows
        return i > c.lo + 1  # the finite verb, after a noun phrase without an actor
    return False


def _possessor(toks: list[x.Tok], c: x.Clause, k: int, lex: Lexicon) -> x.Actor | None:
    """The actor right before a nominal trigger: "Trumps erste Amtseinführung", "russische Angriffe"."""
    ends = {a.end_tok - 1: a for a in c.actors}
    j = k - 1
    while j >= c.lo:
        a = ends.get(j)
        if a is not None and (toks[j].low.endswith("s") or x.demonym(toks[j].low, lex) is not None):
            return a
        if toks[j].low == "s" and j - 2 >= c.lo and toks[j - 1].text in ("'", "’") and (j - 2) in ends:
            return ends[j - 2]  # English: "Russia's invasion"
        if not (toks[j].low in lex.set("determiners") or x.adjective_at(toks, j, lex)):
            return None
        j -= 1
    return None


def _first_group(toks: list[x.Tok], direct: list[x.Actor], lex: Lexicon,
                 side: dict[str, str] | None = None) -> list[x.Actor]:
    """The first direct actors that a coordination joins: "Trump und der russische Präsident Putin"."""
    if not direct:
        return []
    group = [direct[0]]
    dets = lex.set("determiners")
    for a in direct[1:]:
        span = range(group[-1].end_tok, a.tok)
        between = [toks[i] for i in span]
        # adjacent names are subject and object ("gibt Trump Selenskyj die Schuld"); an apposition
        # or a coordination joins them ("der russische Präsident Wladimir Putin", "Trump und Putin")
        same_side = side is not None and side.get(a.entity, a.entity) == side.get(group[-1].entity,
                                                                                   group[-1].entity)
        title = group[-1].partial and not between  # "UNO-Generalsekretär Ban Ki Moon": a title
        # only determiners and numbers between are subject and object: "nahm die Polizei zwei Aktivisten fest"
        coord = x.coordinators(lex)
        linked = any(t.low in coord | {",", "("} or t.text[:1].isupper() for t in between)
        # a determiner after a noun opens the next noun phrase: "das Moskauer Außenministerium die
        # polnische Botschafterin": subject and object, not one actor
        linked = linked and not any(between[j].low in dets and between[j - 1].text[:1].isupper() and
                                    between[j - 1].low not in coord for j in range(1, len(between)))
        # (so does one right after the previous actor's noun: "befragte der Untersuchungsausschuss
        # die Ex-Finanzministerin Maria Fekter")
        linked = linked and not (between and between[0].low in dets and toks[group[-1].end_tok - 1].text[:1].isupper())
        if between and all(t.text[:1].isupper() for t in between) and (
                a.partial or (not group[-1].partial and toks[group[-1].end_tok - 1].text[:1].isupper())):
            # "kritisierte die Opposition Finanzminister Schelling": a title opens the object;
            # "haben französische Kampfjets IS-Stellungen bombardiert": so does a compound's name
            break
        # ("Berlin und Bremen sowie Abgeordnete von SPD und Grünen": the members' "von" names them)
        joined = a.tok == group[-1].tok or (not between and (same_side or title)) or (linked and all(
            toks[i].low in coord | {",", "(", ")", "r", "l"} or toks[i].low in dets or
            x.adjective_at(toks, i, lex) or toks[i].text[:1].isupper() or
            (toks[i].low in lex.set("member_preps") and toks[i - 1].low in lex.set("member_heads")) for i in span))
        if not joined:
            break
        group.append(a)
    return group


@dataclass(frozen=True, slots=True)
class _Ctx:
    """One sentence under analysis, with the document and discourse around it."""

    doc: Document
    si: int
    sent: Sentence
    toks: list[x.Tok]
    clauses: list[x.Clause]
    nouns: set[int]  # token positions of nominal triggers
    verbs: set[int]  # token positions of verbal triggers
    subject: list[str]  # the sentence's subject (first clause)
    question: bool
    side: dict[str, str]  # entity -> the state it stands for
    disc: x.Discourse
    lex: Lexicon
    prefixes: dict[int, str]  # trigger position -> the actor its compound names ("US-Luftangriff")
    time_toks: frozenset[int]  # positions of tokens inside temporal expressions
    reported: tuple[str, ...] = ()  # who acts in the clauses a statement reports
    agents: tuple[str, ...] = ()  # agents of participles used as adjectives ("die von X erhobene Forderung")
    #: conflict triggers whose act the clause stops ("Angriffe … auszusetzen") -> whether another
    #: trigger (an agreement, a demand, talks) governs them
    halted: dict[int, bool] = field(default_factory=dict)
    groups: Groups | None = None  # the document's group actors ("die Polizei" an arrest implies)
    place: str | None = None  # the state of the sentence's first place, if any
    #: positions of verbal triggers that make an act they name their content (``content_types``:
    #: "hat Angriffe auf die Ukraine angedroht", "forderte den Abzug der Truppen")
    contents: frozenset[int] = frozenset()


def _candidate(ctx: _Ctx, ci: int, k: int, trig: Trigger, before: list[x.Candidate]) -> x.Candidate | None:
    """The event that trigger ``k`` of clause ``ci`` codes, or None where it finds no two sides."""
    toks, c = ctx.toks, ctx.clauses[ci]
    if trig.type in ctx.lex.words.get("domain_types", ()) and _private(toks, c, ctx.lex):
        return None  # "Das Buch basiert auf Gesprächen zwischen Kohl und Schwan": private talks, no event
    own_dates = list(x.dated_timexes(ctx.doc, toks[c.lo].start, toks[c.hi - 1].end))
    # (a noun's date too where it bounds a span: "das zweite Telefonat … seit dem Amtsantritt des
    # US-Präsidenten im Januar" is no call in January)
    circumstance = [d for d in own_dates if _date_of_circumstance(ctx, c, k, d, since_only=trig.nominal) or
                    _since_bound(ctx, c, d)]
    own_dates = [d for d in own_dates if d not in circumstance]
    if not own_dates and _continues_relative(ctx, ci, k, trig):
        # "die im September 1999 das Land in Schutt und Asche legten, dabei … töteten": the date
        # of the relative clause it goes on (not the main clause's "Gestern traf sich …")
        p = ctx.clauses[ci - 1]
        own_dates = list(x.dated_timexes(ctx.doc, toks[p.lo].start, toks[p.hi - 1].end))
    definite = False
    governed = False
    if trig.nominal and trig.needs is None:  # "stieß auf Ablehnung" is a construction, not circumstance
        governed, definite = x.nominal_gate(toks, k, c, ctx.lex, ctx.time_toks)
    if trig.nominal and not governed and _after_a_span(ctx, k):
        return None  # "Nach sechs Tagen Kämpfen haben sich … geeinigt": the fighting is what came before
    src, tgt, direct, loc, own_args = _sides_of(toks, c, k, trig, ctx.nouns, ctx.lex)
    if not src and not trig.nominal and k == c.lo:
        src = _subject_before_relative(ctx, ci)  # "Trump, who met Putin in 2018, criticised Zelensky"
    elif not trig.nominal and k > c.lo and toks[c.lo].low in ctx.lex.set("finite_aux") and \
            (resumed := [a for a in _subject_before_relative(ctx, ci) if a not in direct]):
        # "Der Istanbuler Bürgermeister Ekrem İmamoğlu, der als … gilt, ist festgenommen worden",
        # "Maduro, der …, hat die Entsendung amerikanischer Kriegsschiffe verurteilt": the clause
        # goes on after the relative clause, its subject before it (the verb comes second; in the
        # passive the subject suffers the act)
        if any(toks[i].low in _PASSIVE for i in range(c.lo, c.hi)):
            direct = resumed + direct
        else:
            src = resumed
    if k in ctx.prefixes and ctx.prefixes[k] not in src:
        src.insert(0, ctx.prefixes[k])
        own_args = True
    owned = False
    if trig.nominal and not src:
        owner = _owner(ctx, k)
        if owner is not None:
            src, own_args, owned = [owner], True, True
    if trig.nominal and not src and _content_status(toks, c, k, ctx.lex, intent=False) is not None:
        return None  # "warned Israel against any attack", "urged a ceasefire": what is demanded, by no agent named
    if trig.nominal and _in_genitive_of(toks, k, c, ctx.lex, "anniversary_nouns"):
        return None  # "Am vierten Jahrestag des russischen Überfalls auf die Ukraine": remembered, not news
    if trig.nominal and any(toks[i].low in ctx.lex.set("commemoration_verbs") for i in range(c.lo, c.hi)):
        # "Schröder und Köhler gedachten … des versuchten Attentats auf Adolf Hitler", "jährte
        # sich zum einundsechzigsten Mal der Anschlag … auf Adolf Hitler": an act remembered is no
        # act of the clause's subject, nor news of the day (audit set 2, round 14)
        return None
    if k in ctx.halted:
        # "vereinbart, Angriffe auf Energieanlagen auszusetzen", "agreed to a pause on strikes": the
        # stopped attack is what is agreed, demanded or talked about, no attack (the governing
        # trigger codes the event); stopped by itself it is a RETREAT of its attacker, where the
        # noun names him ("Russland stellte seine Angriffe ein"; in "Trump will den Krieg beenden"
        # the subject ends a war he does not wage)
        if not ctx.halted[k] and trig.nominal and not src:
            # "Russland stellte die Angriffe auf Kiew ein": a subject at war with the attacks'
            # target (``wars.jsonl``) is their attacker
            src = _belligerent_subject(ctx, c, k, tgt)
        if ctx.halted[k] or (trig.nominal and not src):
            return None
        trig = _retype(trig, type="RETREAT", mode=None)
    light = any(toks[i].low in ctx.lex.set("light_verbs") for i in range(c.lo, c.hi))
    after_temporal = governed and _after_temporal_prep(toks, k, c, ctx.lex)
    # (but "nach einem Telefonat mit Kremlchef Putin": an indefinite consultation with its partner
    # after a temporal preposition is news of its own, as the lead tells it)
    told_before = after_temporal and not (trig.type == "CONSULT" and not definite and own_args)
    # ("bei dem russischen Angriff auf Charkiw wurden zwölf Menschen getötet": an act with its own
    # sides under "bei" is the news the clause tells, definite or not)
    during = own_args and _before_prep(toks, k, ctx.lex) in ctx.lex.set("during_preps")
    if governed and not own_dates and ((definite and not during) or not own_args or told_before) and \
            not _own_talks(toks, k, c, trig, tgt, owned, ctx.lex) and not (light and not after_temporal):
        # (but "hat mit dem Abzug seiner Truppen begonnen": a light verb makes the noun the news)
        # "nach dem Einmarsch", "zu Gesprächen", "Nach einem Bombenanschlag auf den Sitz der Regierung
        # war ihm Premier Bahah gefolgt" (what came before); but "bei einem russischen Angriff auf Odessa"
        return None
    if governed and not own_args and trig.type != "CONSULT" and not (light and not after_temporal):
        # "Im gleichen Zeitraum wurden bei Protestaktionen 155 Palästinenser getötet": a noun under
        # a preposition without sides of its own borrows none (a summit is the pair's: "beim
        # G20-Gipfel im Juli 2017", see the discourse pair)
        return None
    if definite and not own_dates and not own_args and not light:
        return None  # "Dem Telefonat folgten …": the call was already told (but "setzten die Gespräche fort")
    zu_inf = _is_zu_infinitive(toks, k, c)
    if trig.reported:
        sides = _reported_demand(ctx, ci, k)
    else:
        sides = _resolve_sides(ctx, ci, k, trig, before, src, tgt, direct, definite, zu_inf, governed)
        if sides is None and loc is not None and not tgt and trig.type.lower() in ctx.lex.set("place_target_types") \
                and ctx.groups is not None and ctx.groups.country_of(loc, located=False) == loc:
            # "Russland hat Wahlen im Bürgerkriegsland Syrien gefordert": a demand about a country
            # is made of it, where the clause names nobody else
            sides = _resolve_sides(ctx, ci, k, trig, before, src, [loc], direct, definite, zu_inf, governed)
        elif sides is None and loc is not None and not tgt and not trig.nominal and \
                trig.type.lower() in ctx.lex.set("place_goal_types") and \
                not any(a.entity == loc and a.prep in ctx.lex.set("destination_preps") for a in c.actors):
            # (not where it goes: "bevor er sich zu seiner Mutter nach Cambridge zurückzog", audit
            # set 2, round 14, had a musician withdraw from Cambridge)
            # "Die israelische Armee hat sich auf die vereinbarte Linie im Gazastreifen
            # zurückgezogen": a withdrawal without another side is from the place it names
            sides = _resolve_sides(ctx, ci, k, trig, before, src, [loc], direct, definite, zu_inf, governed)
    if sides is None:
        return None
    src, tgt, inherited = sides
    bracketed = _bracketed(ctx.toks, c)
    if tgt and all(bracketed.get(t) in src for t in tgt):
        # "erklärte der Ratspräsident Jean-Claude Juncker (Luxemburg) das Scheitern des
        # EU-Gipfels": a person's country or party in brackets says whom he belongs to, it is no
        # other side (Wikinews round 13 had Juncker meet Luxemburg)
        return None
    if trig.mode == "visit" and trig.needs is not None and trig.needs.pattern == "nach" and ctx.groups is not None and \
            not all(ctx.groups.country_of(t, located=False) or ctx.groups.side_of(t) for t in tgt):
        return None  # "reiste nach Mallorca": a trip to a place, no visit to a state
    if loc is not None and tgt == [loc] and trig.type.lower() in ctx.lex.set("victim_types"):
        # "haben im Nordosten Nigerias 40 Dorfbewohner entführt": the state named as where is
        # not whom, where the clause names the people who suffered it
        tgt = _victims(ctx, ci, src, loc) or tgt
    if trig.type == "FIGHT" and src and all(_civilian(s) for s in src):
        # "Erneut hat ein palästinensischer Angreifer eine israelische Frau angegriffen": no armed
        # force fights, a person attacks (PLOVER: ASSAULT, not conventional FIGHT)
        trig = _retype(trig, type="ASSAULT", mode=None)
    if definite and not own_dates and _told_before(ctx, trig, src, tgt):
        return None  # "Die türkische Armee hatte … beschossen. Moskau betrachte die türkischen Attacken …"
    if definite and not own_dates and trig.nominal and toks[k].low in ctx.lex.set("accusation_nouns") and \
            _accused_before(ctx, src):
        # "Spinetta weist die Vorwürfe der kanadischen Ermittler zurück" after "Die kanadischen
        # Ermittler haben … Vorwürfe gegen die Piloten erhoben": the accusation told before, not a
        # new one against whoever answers it
        return None
    before_status = _status_before(toks, ctx.clauses, ci, ctx.lex)
    if before_status and not (zu_inf or any(_is_zu_infinitive(toks, i, c) for i in range(c.lo, c.hi)) or
                              toks[c.lo].low in ctx.lex.set("subordinators")):
        before_status = None  # only a zu-infinitive (English: a that-clause) depends on the verb before
    status = x.clause_status(toks, c, k, ctx.question, before_status, ctx.lex, own_cue=not trig.act)
    if status != "negated" and (_believed(toks, ctx.clauses, ci, ctx.lex) or
                                (trig.nominal and _in_genitive_of(toks, k, c, ctx.lex, "irrealis_nouns"))):
        status = "hypothetical"
    if zu_inf and ci > 0 and toks[c.lo].low == "um" and status == "occurred":
        status = "planned"  # "reisen, um dort Putin zu treffen": the purpose lies ahead
    if status == "occurred":
        status = _content_status(toks, c, k, ctx.lex) or status
    if status == "occurred" and trig.nominal and _content_of_verb(ctx, c, k):
        # "Al-Qaida hat neue Terroranschläge auf Großbritannien angedroht", "Die USA forderten von
        # Russland den Abzug der Truppen": an act threatened or demanded has not happened (the
        # threat or demand is the clause's act; the noun had made it an attack that occurred)
        status = "hypothetical"
    if after_temporal and trig.nominal and status == "planned" and not definite and \
            _after_a_past_prep(toks, k, c, ctx.lex):
        status = "occurred"  # "hat nach einem Telefonat mit Putin Gespräche angekündigt": the call came first
    date, own = _date(ctx.doc, ctx.si, toks, ctx.sent, c, own_dates, ctx.disc, ctx.lex, status, circumstance)
    if status == "occurred" and own and date is not None and date.start is not None and ctx.doc.published and \
            date.start > ctx.doc.published[:10]:
        # what the clause dates after the day it was reported has not happened yet: "Trump, who
        # takes office on Monday" in a Wednesday's paper, "Trump trifft am 28. Mai Putin" in
        # April (seventh user trial: an inauguration ahead stood on the timeline as done)
        status = "planned"
    return x.Candidate(trig, ctx.sent, ci, k, ctx.sent.start, ctx.sent.end, src, tgt, inherited, status, date, own,
                       loc if loc not in src else None)


def _date_of_circumstance(ctx: _Ctx, c: x.Clause, k: int, date: DateValue, since_only: bool = False) -> bool:
    """Whether a date dates a circumstance, not the clause's verb: "hat … als Ursache für die Krise
    nach dem Sturz von Machthaber Gaddafi vor knapp fünf Jahren bezeichnet" (the fall, not the
    statement, lies five years back). The date follows a temporal preposition with a noun
    ("nach dem Sturz", "seit dem Ende") within a few words, and the verb is not in between;
    ``since_only``: only "seit" (``since_preps``), whose date is a bound of what follows it."""
    toks, lex = ctx.toks, ctx.lex
    preps = lex.set("since_preps") if since_only else lex.set("circumstance_preps")
    at = next((i for i in range(c.lo, c.hi) for t in ctx.doc.timexes
               if t.date == date and t.start == toks[i].start), None)
    if at is None:
        return False
    for j in range(max(c.lo, at - 9), at - 2):
        if toks[j].low in preps and toks[j + 1].low in lex.set("determiners") and \
                toks[j + 2].text[:1].isupper() and not j < k < at:
            return True
    return False


def _since_bound(ctx: _Ctx, c: x.Clause, date: DateValue) -> bool:
    """Whether a date of clause ``c`` comes right after "seit"/"since" (``since_preps``) that follows
    an event noun: "bei ihrem ersten persönlichen Treffen seit 2019", "held their first meeting
    since 2019" is a meeting now, 2019 only the bound of the span without one; it dates no trigger
    of the clause (see _date_of_circumstance)."""
    since, until = ctx.lex.set("since_preps"), ctx.lex.set("until_preps")
    if not since and not until:
        return False
    toks = ctx.toks
    for i in range(c.lo + 1, c.hi - 1):
        if ((toks[i].low in since and any(t.nominal for t in ctx.lex.match(toks[i - 1].low))) or
                toks[i].low in until) and \
                any(t.date == date and t.start == toks[i + 1].start for t in ctx.doc.timexes):
            # ("agreed to delay a planned tariff until 9 July": the end of the delay, English
            # ``until_preps``; the agreement is not dated by it)
            return True
    return False


def _private(toks: list[x.Tok], c: x.Clause, lex: Lexicon) -> bool:
    """Whether the clause makes its talks private or commercial (``nonpolitical_cues``): a cue of
    the clause itself, not of another ("Nach Gesprächen mit Merkel und Gauck, der ihn mit Ehefrau
    Margit empfing"), nor a companion ("gemeinsam mit Ehefrau Margit": a state visit's spouse)."""
    cues, companions = lex.set("nonpolitical_cues"), lex.set("companion_cues")
    return any(toks[i].low in cues and not any(toks[j].low in companions for j in range(max(c.lo, i - 3), i))
               for i in range(c.lo, c.hi))


def _civilian(eid: str) -> bool:
    """Whether an actor is civilians without a state's office (``<state>#civilians``, see
    :mod:`lagebild.events.groups`)."""
    return eid.endswith("#civilians") or eid.startswith("grp:civilians@")


def _after_temporal_prep(toks: list[x.Tok], k: int, c: x.Clause, lex: Lexicon) -> bool:
    """Whether the noun at ``k`` stands under "nach", "seit" or "vor" (over determiners and adjectives)."""
    j = k - 1
    dets = lex.set("determiners")
    while j >= c.lo and (toks[j].low in dets or x.adjective_at(toks, j, lex)):
        j -= 1
    return j >= c.lo and toks[j].low in lex.set("temporal_preps")


def _owner(ctx: _Ctx, k: int) -> str | None:
    """The actor a possessive before a nominal trigger points to: the one named last before it.

    "Nordkorea unterstellt den USA, durch ihre Militärübungen mit Südkorea …": the manoeuvres
    are the USA's, not the subject's.
    """
    toks, lex = ctx.toks, ctx.lex
    j = k - 1
    owners = lex.set("owner_determiners")
    while j >= 0 and toks[j].low not in owners and x.adjective_at(toks, j, lex):
        j -= 1
    if j < 0 or toks[j].low not in owners:
        return None
    earlier = [a for c in ctx.clauses for a in c.actors if a.tok < j and a.role == "direct"]
    if earlier:
        return earlier[-1].entity
    if ctx.clauses and ctx.clauses[0].lo <= j < ctx.clauses[0].hi:
        # a fronted phrase points forward to the subject of the main clause: "Nach seinen Gesprächen
        # mit Merkel zog Fischer Bilanz" (Fischer's talks)
        # (not a relative clause's: "…, der ihn empfing" acts for its antecedent)
        later = [a for c in ctx.clauses if not c.continues and toks[c.lo].low not in lex.set("relative_pronouns")
                 for a in c.actors if a.tok > k and a.role == "direct" and a.label == "PER"]
        return later[0].entity if later else None
    return None


def _own_talks(toks: list[x.Tok], k: int, c: x.Clause, trig: Trigger, tgt: list[str], owned: bool,
               lex: Lexicon) -> bool:
    """Whether a consultation noun under a preposition is its owner's own talks with a named
    partner: "Das sagte Fischer am Donnerstag nach seinen Gesprächen mit Merkel", "bei seinem
    Treffen mit Xi". A possessive makes the subject a party, "mit" names the other: that is news,
    not circumstance (a definite "nach dem Treffen" without them still refers back)."""
    if trig.type != "CONSULT" or not owned or not tgt:
        return False
    j = k - 1
    owners = lex.set("owner_determiners")
    while j >= c.lo and toks[j].low not in owners and x.adjective_at(toks, j, lex):
        j -= 1
    return j >= c.lo and toks[j].low in owners and \
        any(toks[i].low in lex.set("target_preps") for i in range(k + 1, min(k + 3, c.hi)))


def _resolve_sides(ctx: _Ctx, ci: int, k: int, trig: Trigger, before: list[x.Candidate], src: list[str],
                   tgt: list[str], direct: list[str], definite: bool,
                   zu_inf: bool, governed: bool = False) -> tuple[list[str], list[str], bool] | None:
    """Sources, targets and whether the source was inherited; None where there are not two sides.

    The clause's own roles come first; then the direct actors (subject first, objects after);
    then what the sentence and the discourse supply.
    """
    toks, c, side, lex = ctx.toks, ctx.clauses[ci], ctx.side, ctx.lex
    if trig.experiencer:
        return _experiencer_sides(ctx, c, k)
    own_only = trig.nominal and definite and trig.needs is None and \
        any(c.lo <= j < c.hi for j in ctx.verbs)
    if own_only:
        # "Ban Ki Moon hat den Angriff auf ein Krankenhaus verurteilt": the subject comments on
        # a known event, it is not its actor; the noun's own arguments name the sides (but
        # "Israel startete die erwartete Bodenoffensive": a light verb, its subject acts)
        direct = []
    aux_passive = _aux_passive(toks, c, k, trig, lex)
    passive = aux_passive or any(toks[i].low in _PASSIVE for i in range(c.lo, c.hi) if i not in c.aside)
    if not passive and ci + 1 < len(ctx.clauses) and x.PARTICIPLE.match(toks[k].low):
        # "seien 260 PKK-Kämpfer getötet und rund 400 weitere verletzt worden": the auxiliary of
        # the coordinated participle serves both
        nxt = ctx.clauses[ci + 1]
        passive = toks[nxt.lo].low in x.coordinators(lex) and any(toks[i].low in _PASSIVE
                                                                   for i in range(nxt.lo, nxt.hi))
    light = governed and any(toks[i].low in lex.set("light_verbs") for i in range(c.lo, c.hi)) and \
        not _after_temporal_prep(toks, k, c, lex)
    if governed and trig.nominal and not passive and trig.type != "CONSULT" and not light:
        # (but "Russland begann mit Luftangriffen": the light verb's subject acts)
        # "nach den Anschlägen in Paris im Jänner dachte Innenministerin Mikl-Leitner …": the
        # subject of the clause is not the agent of a noun under a preposition (in the passive
        # the clause's subject is its victim: "Bei einem US-Luftangriff wurde X getötet"; a
        # relative clause about the noun names its agent: "Drohungen, die Nordkorea … ausgestoßen hat")
        own_only = True
        direct = [a.entity for a in c.actors if a.role == "direct" and 0 <= c.relative_at <= a.tok]
    if direct and not src and not trig.nominal and c.lo + 1 < k and \
            toks[c.lo + 1].low in lex.set("object_articles") and (ante := _antecedent(ctx, ci)):
        # "Maduro, der den USA eine Einmischung vorwirft": a relative pronoun before an object's
        # article is the subject; the names after it are objects
        src, tgt, direct = [ante], [d for d in direct if d != ante] + tgt, []
    examples = [] if trig.nominal or passive or src else _examples(ctx, ci, k)
    if examples and not any(a.role == "direct" and a.tok < k for a in c.actors):
        # "Auch weitere Staatsrepräsentanten gratulierten Obama, so … Berlusconi, …": the subject
        # without a name is who the list after it names; the clause's own actors are objects
        src, tgt, direct = examples, [d for d in direct if d not in examples] + tgt, []
    dependent = c.continues or zu_inf
    if dependent and trig.nominal and src and QUAD_CLASS.get(trig.type) == "material_conflict":
        # "…, aber erneut russische Drohnenangriffe gegeben": an attack that names its own
        # attacker keeps him
        tgt = direct + tgt
    elif dependent and c.continues and not zu_inf and not src and ctx.subject and \
            any(side.get(d, d) in {side.get(s, s) for s in ctx.subject} for d in direct):
        # "Serbia put its army on alert and deployed 4,000 troops": the subject of the sentence
        # goes on; its own forces named here are no target
        mine = {side.get(s, s) for s in ctx.subject}
        src, tgt = list(ctx.subject), [d for d in direct + tgt if side.get(d, d) not in mine]
    elif dependent:
        # "mit der US-Regierung unter Präsident Trump zusammenzuarbeiten": the subject is the
        # clause before; every actor named here is on the other side
        tgt, src = direct + tgt + src, []
    elif passive and (src or aux_passive or (not trig.nominal and (toks[k].low.endswith("t") or
                                                  x.PARTICIPLE.match(toks[k].low) is not None or
                                                  x.INSEPARABLE_PARTICIPLE.match(toks[k].low) is not None or
                                                  _needed_participle(toks, c, k, trig)))):
        # "wurden … getötet": the subject of a passive suffers the act; without a "von"/"durch"
        # agent there is no source ("155 Palästinenser wurden getötet" names victims, no side)
        tgt = direct + tgt
    elif direct and not trig.nominal and (_anonymous_subject(toks, c, lex, ctx.time_toks) or
                                          _anonymous_subject_after(toks, c, k, lex)):
        tgt = direct + tgt  # "Der Minister rief die USA auf, …": the USA are called upon, not calling
        direct = []  # (the subject may come from the sentence: "Moskau teilte mit, es betrachte …")
    elif direct and not (trig.nominal and src and tgt):
        # (a noun with both sides of its own keeps them: "Als Reaktion auf Militärmanöver der USA
        # mit Südkorea verschärft Nordkorea …": North Korea is not a side of the manoeuvres)
        direct_actors = [a for a in c.actors if a.entity in direct and a.role == "direct"]
        pronouns = lex.words.get("subject_pronouns", {})
        inverted = [a for a in direct_actors if a.tok == k + 1 and toks[a.tok].low in pronouns]
        if inverted and direct_actors[0].tok < k:
            # "Schäuble warf er vor, …": the pronoun right after the verb is the subject, the name
            # before it the fronted object
            direct_actors = inverted + [a for a in direct_actors if a not in inverted]
        objects = lex.set("object_pronouns")
        if len(direct_actors) > 1 and toks[direct_actors[0].tok].low in objects:
            # "Dabei sicherte ihm der Kremlchef weitere Unterstützung zu": "ihm" is an object
            # wherever it stands; the subject is the next actor
            direct_actors = [a for a in direct_actors if toks[a.tok].low not in objects] + \
                [a for a in direct_actors if toks[a.tok].low in objects]
        group = list(dict.fromkeys(a.entity for a in _first_group(toks, direct_actors, lex, side)))
        rest = direct if src else [d for d in direct if d not in group]
        src = src or group
        mine = {side.get(s, s) for s in src}
        rest = [r for r in rest if side.get(r, r) not in mine]  # "der Kremlchef russische Truppen": one side
        if rest:
            tgt = rest + [t for t in tgt if t in rest]  # a direct object outranks a prepositional one
    inherited = False
    antecedent = _antecedent(ctx, ci)
    if antecedent is None and _continues_relative(ctx, ci, k, trig):
        antecedent = _antecedent(ctx, ci - 1)
    if antecedent is not None and not src and not dependent:
        # "griff Stützpunkte der PKK an, die gegen den IS kämpft": a relative clause's subject is
        # the noun before it, not the sentence's subject
        src = [antecedent] if antecedent and antecedent not in tgt else []
        own_only = True
    if not src and not own_only and (dependent or trig.nominal or not direct):
        prev = before[-1].sources if before else []
        if zu_inf and before and before[-1].clause == ci - 1 and \
                before[-1].trigger.type.lower() in lex.set("object_control_types"):
            # "warf Russland vor, die Ukraine anzugreifen", "rief die USA auf, … zu helfen": whom
            # the accusation or the call is aimed at is who would do it
            prev = [t for t in before[-1].targets if t not in tgt]
        # a noun in a later, subordinate clause is not the subject's act: "Die Polizei hat einen
        # Mann festgenommen, der verdächtigt wird, die Anschläge … finanziert zu haben"
        subject = ctx.subject if not (trig.nominal and ci > 0 and not c.continues) else []
        inherited_src = prev or [s for s in subject if s not in tgt] or \
            ([ctx.disc.subject] if dependent and ctx.disc.subject and
             not (zu_inf and ci > 0 and _unnamed_subject_after_aux(toks, ctx.clauses[ci - 1], lex)) else [])
        if inherited_src:
            src, inherited = list(inherited_src), True
    if not src and not tgt and trig.type.lower() in lex.set("reactive_types") and \
            _anonymous_subject(toks, c, lex, ctx.time_toks):
        # "Russland warf der Ukraine Sabotage vor. Das Nachbarland wies die Vorwürfe zurück": a
        # subject without a name that rejects answers the accusation or demand just before; it is
        # whom that was aimed at
        for past_si, past_src, past_tgt, past_class in reversed(ctx.disc.last_events):
            if ctx.si - past_si <= 2 and past_class == "verbal_conflict" and past_tgt:
                src, tgt = list(past_tgt), list(past_src)
                break
    reciprocal = any(toks[i].low in lex.set("reciprocal_words") for i in range(c.lo, c.hi))
    if (trig.type.lower() in lex.set("symmetric_types") or reciprocal) and not tgt and len(src) >= 2:
        # "Trump und Putin trafen sich", "Kiew und Moskau warfen sich gegenseitig vor": one side each
        first = side.get(src[0], src[0])
        src, tgt = [s for s in src if side.get(s, s) == first], [s for s in src if side.get(s, s) != first]
    if not tgt:
        tgt = _missing_target(ctx, ci, trig, src, before, k, relative=antecedent is not None)
    if not tgt and src and ctx.groups is not None and trig.type in ("COERCE", "RETREAT") and \
            any(toks[i].low in lex.set("domestic_restrictions") for i in range(c.lo, c.hi)):
        # "Die Militärjunta in Burkina Faso hob die Ausgangssperre auf", "Israel hat den
        # Ausnahmezustand verhängt": a curfew or state of emergency is on the state's own people
        state = ctx.groups.state_of(src[0]) or ctx.groups.side_of(src[0])
        civ = ctx.groups.civilians(state, "Bevölkerung") if state is not None else None
        tgt = [civ] if civ is not None else tgt
    own_side = {side.get(s, s) for s in src}
    if trig.type == "MOBILIZE" and src:
        # "Die Nato verlegt weitere Truppen nach Osteuropa": the troops moved are the source's own,
        # whatever state the group noun would otherwise be given, not whom the build-up is aimed at
        group_nouns = lex.words.get("group_nouns", {})
        moved = {a.entity for a in c.actors if a.group and
                 group_nouns.get(toks[a.end_tok - 1].low) == "military"} - \
            {a.entity for a in c.actors if not a.group}  # (but "nach Polen" names Poland itself)
        tgt = [t for t in tgt if t not in moved]
    if src and ctx.groups is not None and trig.type.lower() in lex.set("victim_types") and \
            all(_mere_place(ctx, t) or side.get(t, t) in own_side for t in tgt):
        # "haben Bewaffnete 26 Touristen erschossen", "mehr als 40 Dorfbewohner entführt": people
        # without a name suffer the act, not the place where it happened (nor the state's own
        # capital: "nahmen die Behörden in Damaskus mehrere Verdächtige fest")
        victims = _victims(ctx, ci, src, next((t for t in tgt if _mere_place(ctx, t)), None),
                           domestic=trig.type == "COERCE")
        if victims:
            tgt = victims
    disc = ctx.disc
    if not src and not tgt and trig.nominal and trig.type == "CONSULT" and disc.pair and \
            ctx.si - disc.pair_sentence <= 3:
        src, tgt = [disc.pair[0]], [disc.pair[1]]  # "Der erste telefonische Kontakt fand … statt"
    if not src and not tgt and passive and ctx.groups is not None and trig.type.lower() in lex.set("victim_types"):
        # "sind mindestens 50 Dissidenten festgenommen worden": the people named suffer it
        tgt = _victims(ctx, ci, [], None)
    if not src and tgt and passive and trig.type.lower() in lex.set("implicit_authority_types") and \
            ctx.groups is not None:
        # "İmamoğlu ist festgenommen worden", "wurden fünf Personen festgenommen": an arrest
        # without an agent is the authorities' of the place (PLOVER: the state's police); a
        # person of that state stays the target (a state against its own citizens), the place does not
        agent = _reporting_authority(ctx, ci) or \
            ctx.groups.actor(lex.words.get("implicit_authority", "polizei"), "Polizei",
                             ctx.place or _clause_state(ctx, ci, k))
        if agent is not None and agent in tgt and any(_is_person(ctx, t) for t in tgt if t != agent):
            # "Der frühere peruanische Präsident Ollanta Humala wurde … verurteilt": the state of
            # the person's adjective is the one that judges him, not a second target
            tgt = [t for t in tgt if t != agent]
        if agent is not None and agent in tgt and len(tgt) == 1 and _victims(ctx, ci, [agent], None, domestic=True):
            tgt = []  # "im kommunistischen Kuba … 50 Dissidenten festgenommen": the state is only where
        if agent is not None and agent not in tgt and not agent.startswith("grp:"):
            # (only where the state is known: "die Polizei" of no state is nobody's)
            src = [agent]
            tgt = [t for t in tgt if side.get(t, t) != agent or (ctx.groups.known.get(t) or
                                                                 ctx.groups.extra.get(t)) is None or
                   (ctx.groups.known.get(t) or ctx.groups.extra[t]).type == "PER"]
            if not tgt:
                # "sind im kommunistischen Kuba 50 Dissidenten festgenommen worden": the state was
                # only where; the people named are whom its police arrested
                tgt = _victims(ctx, ci, src, None, domestic=True)
            return (list(dict.fromkeys(src)), list(dict.fromkeys(tgt)), inherited) if tgt else None
    if not src and passive and not trig.nominal and ctx.groups is not None and \
            trig.type.lower() in lex.set("unknown_agent_types") and \
            (victims := [t for t in tgt if _is_person(ctx, t)]) and \
            all(t in victims or _is_place(ctx, t) for t in tgt) and \
            not any(lex.match(toks[i].low) for i in range(c.lo, c.hi) if i != k):
        # "Charlie Kirk ist bei einer Veranstaltung in Utah erschossen worden": an attack or a
        # crime in the passive without an agent is the act of its unknown perpetrators (the
        # document's "Täter"), against the persons it names, not the place (people without a name,
        # "In Syrien wurden 20 Menschen getötet", a state's soldiers or an attack named in the clause,
        # "bei einem US-Luftangriff", give no unknown perpetrator: war news tells the attacker)
        agent = ctx.groups.actor(lex.words.get("unknown_agent", "täter"), "Täter", None)
        if agent is not None:
            src, tgt = [agent], victims
    src = list(dict.fromkeys(src))
    mine = {side.get(s, s) for s in src}
    tgt = [t for t in dict.fromkeys(tgt) if side.get(t, t) not in mine]
    if src and not tgt:
        tgt = _protesters_here(ctx, ci, trig, src)  # (the place was the police's own state)
    if trig.self_event:
        # (the subject of "wurde … angelobt" is the one sworn in; "seit seinem Amtsantritt" is its owner's)
        who = src or (tgt if passive and not trig.nominal else [])
        # (the person of "Der griechische Finanzminister Varoufakis ist zurückgetreten", not the
        # state of his adjective)
        who = [w for w in who if _is_person(ctx, w)] or who
        return (who[:1], [], inherited) if who else None
    if not src or not tgt:
        return None
    return src, tgt, inherited


def _reporting_state(ctx: _Ctx, ci: int) -> str | None:
    """The state whose organ reports the sentence's act: a state's adjective after a source noun
    ("nach Angaben der ukrainischen Luftwaffe") or in a reporting clause after the act ("…, teilte
    die ukrainische Luftwaffe mit"); None where no state reports it."""
    toks, lex, groups = ctx.toks, ctx.lex, ctx.groups
    if groups is None:
        return None
    sources, cues = lex.set("source_nouns"), lex.set("reporting_cues")
    for k, t in enumerate(toks):
        if t.low in sources:
            window = range(k + 1, min(k + 4, len(toks)))
        elif t.low in cues and k > ctx.clauses[ci].hi:
            window = range(k + 1, min(k + 5, len(toks)))
        else:
            continue
        for j in window:
            name = x.demonym(toks[j].low, lex) if toks[j].text[:1].islower() else None
            if name is not None:
                return groups.country(name)
    return None


def _definite_object(ctx: _Ctx, ci: int, k: int) -> bool:
    """Whether a definite noun that names no actor follows the verb at ``k`` in its clause ("verurteilte
    den Test", "kritisierte diese Entscheidung"): an act the reader knows from before."""
    c, toks = ctx.clauses[ci], ctx.toks
    for j in range(k + 1, min(k + 4, c.hi - 1)):
        if toks[j].low in ctx.lex.set("definite_determiners"):
            noun = next((i for i in range(j + 1, min(j + 4, c.hi)) if toks[i].text[:1].isupper()), None)
            return noun is not None and not any(a.tok <= noun < a.end_tok for a in c.actors)
    return False


def _after_a_past_prep(toks: list[x.Tok], k: int, c: x.Clause, lex: Lexicon) -> bool:
    """Whether the noun at ``k`` follows a preposition of what came before ("nach", "seit"), within
    three words (an article and adjectives)."""
    return any(toks[j].low in lex.set("antecedent_preps") for j in range(max(c.lo, k - 3), k))


def _protesters_here(ctx: _Ctx, ci: int, trig: Trigger, src: list[str]) -> list[str]:
    """For a crackdown whose clause names a protest as a thing ("Die Polizei löste die
    Demonstration in Belgrad auf"), the civilians protesting there; empty otherwise."""
    toks, lex, c = ctx.toks, ctx.lex, ctx.clauses[ci]
    if trig.type.lower() not in lex.set("crackdown_types") or ctx.groups is None or not src or not any(
            t.type == "PROTEST" and t.nominal for i in range(c.lo, c.hi) for t in lex.match(toks[i].low)):
        return []
    state = ctx.place or ctx.groups.state_of(src[0]) or ctx.groups.side_of(src[0])
    civ = ctx.groups.civilians(state, "Demonstranten") if state is not None else None
    return [civ] if civ is not None and civ not in src else []


def _needed_participle(toks: list[x.Tok], c: x.Clause, k: int, trig: Trigger) -> bool:
    """Whether a trigger whose verb is a second word has it as a participle after it ("ist …
    schuldig gesprochen worden"): the passive's subject then suffers the act."""
    return any(trig.needed(toks[j].low) and x.PARTICIPLE.match(toks[j].low) is not None for j in range(k + 1, c.hi))


def _reporting_authority(ctx: _Ctx, ci: int) -> str | None:
    """The organisation that reports the act in a clause after it ("Gegen die frühere
    Vizekanzlerin wird … ermittelt, bestätigte die Korruptionsstaatsanwaltschaft", "…, teilte die
    Polizei mit"): who arrests or investigates without an agent named is the authority that
    tells it (an organisation, not a person, and no place)."""
    toks, cues = ctx.toks, ctx.lex.set("reporting_cues")
    for c in ctx.clauses[ci + 1:]:
        if toks[c.lo].low in cues:
            org = next((a.entity for a in c.actors if a.label == "ORG" and a.role != "ignore"), None)
            e = (ctx.groups.known.get(org) or ctx.groups.extra.get(org)) if org and ctx.groups else None
            # (an authority: an organ of a state, or named as one; not a newspaper that reports
            # the arrest of its own editors)
            authority = e is not None and e.type == "ORG" and (
                bool(e.stands_for) or "#" in e.id or e.name.lower().endswith(tuple(ctx.lex.set("authority_endings"))))
            return org if authority else None
    return None


def _is_person(ctx: _Ctx, eid: str) -> bool:
    """Whether an entity of the sentence is a person."""
    groups = ctx.groups
    e = (groups.known.get(eid) or groups.extra.get(eid)) if groups is not None else None
    return e is not None and e.type == "PER"


def _is_place(ctx: _Ctx, eid: str) -> bool:
    """Whether an entity of the sentence is a place."""
    groups = ctx.groups
    e = (groups.known.get(eid) or groups.extra.get(eid)) if groups is not None else None
    return e is not None and e.type == "LOC"


def _clause_state(ctx: _Ctx, ci: int, k: int) -> str | None:
    """The state a demonym adjective before the trigger names ("Die französische Rechtspopulistin
    Marine Le Pen ist … schuldig gesprochen worden": France; "Der Istanbuler Bürgermeister":
    the state the city lies in), where the sentence names no place and the adjective is that of a
    person's office at home (``home_office_endings``: an office holder or politician is judged
    at home, "ein kanadischer Priester" may be abroad); a clause that goes on after a relative
    clause is read from the sentence's start."""
    c, toks = ctx.clauses[ci], ctx.toks
    if ctx.groups is None:
        return None
    from lagebild.entities.kb import load_kb

    offices = tuple(ctx.lex.words.get("home_office_endings", ()))
    for i in range(ctx.clauses[0].lo if c.lo > 0 and toks[c.lo].low in ctx.lex.set("finite_aux") else c.lo, k - 1):
        t = toks[i]
        if not (toks[i + 1].low.endswith(offices) or (i + 2 < k and toks[i + 2].low.endswith(offices))):
            continue  # (a foreigner is judged abroad: "ein kanadischer Priester … verurteilt")
        name = x.demonym(t.low, ctx.lex) if t.low[:1].isalpha() and t.text.islower() else None
        if name is not None:
            return ctx.groups.country(name)
        if t.text[:1].isupper() and t.low.endswith("er") and len(t.low) > 5 and toks[i + 1].text[:1].isupper():
            # "Der Istanbuler Bürgermeister": a city's adjective names the state it lies in
            entry = load_kb().lookup(t.text[:-2])
            place = ctx.groups.known_id(entry.id) if entry is not None and entry.type == "LOC" else None
            state = ctx.groups.country_of(place) if place is not None else None
            if state is not None:
                return state
    return None


def _subject_before_relative(ctx: _Ctx, ci: int) -> list[str]:
    """The subject of a clause that opens with its verb right after a relative clause between
    commas, the relative clause's antecedent ("Trump, who met Putin in 2018, criticised Zelensky":
    Trump criticised; "İmamoğlu, der als … gilt, ist festgenommen worden"); empty for any other
    clause (``subject_relatives``, ``resumed_relatives``)."""
    if ci < 1:
        return []
    rel, toks = ctx.clauses[ci - 1], ctx.toks
    relatives = ctx.lex.set("subject_relatives") | ctx.lex.set("resumed_relatives")
    if toks[rel.lo].low not in relatives or rel.lo < 2 or toks[rel.lo - 1].text != "," or ci < 2:
        # (German keeps the relative clause in the clause of its antecedent: "Der Präsident, der
        # seit Tagen unter Druck steht" is one clause before ", kritisierte …")
        at = next((i for i in range(rel.lo + 1, rel.hi) if toks[i].low in ctx.lex.set("resumed_relatives")
                   and toks[i - 1].text == ","), None)
        return [a.entity for a in rel.actors if at is not None and a.end_tok == at - 1][:1]
    return [a.entity for a in ctx.clauses[ci - 2].actors if a.end_tok == rel.lo - 1][:1]


def _continues_relative(ctx: _Ctx, ci: int, k: int, trig: Trigger) -> bool:
    """Whether clause ``ci`` goes on the relative clause before it, with its verb ``k`` late and
    no subject of its own: "Guterres, der die Milizen anführte, die 1999 das Land in Schutt und
    Asche legten, dabei über 1.400 Menschen töteten" (the militias killed, in 1999; the audit of
    round 12 had Gusmão, the main clause's subject, kill them on the day he met Guterres)."""
    c, toks = ctx.clauses[ci], ctx.toks
    return ci > 0 and not trig.nominal and k > c.lo + 1 and toks[c.lo].text[:1].islower() and \
        not c.continues and _antecedent(ctx, ci - 1) is not None


def _antecedent(ctx: _Ctx, ci: int) -> str | None:
    """For a relative clause on its own ("…, die gegen den IS kämpft"), the actor right before it
    that the relative pronoun refers to; "" where no actor stands within four words before the
    comma (the clause then has no subject at all); None for any other clause."""
    c, toks = ctx.clauses[ci], ctx.toks
    if ci == 0 or c.continues or toks[c.lo].low not in ctx.lex.set("relative_pronouns") or \
            c.lo == 0 or toks[c.lo - 1].text != "," or (c.lo + 1 < c.hi and toks[c.lo + 1].text[:1].isupper()):
        return None  # (", die Regierung …": an article, not a relative pronoun)
    prev = ctx.clauses[ci - 1]
    near = [a for a in prev.actors if a.end_tok >= c.lo - 4]
    # (not a place named as where: "Stützpunkte der PKK im Nordirak an, die gegen den IS kämpft")
    near = [a for a in near if not (a.label == "LOC" and a.prep in ctx.lex.set("location_preps"))] or near
    return near[-1].entity if near else ""


def _content_status(toks: list[x.Tok], c: x.Clause, k: int, lex: Lexicon, intent: bool = True) -> str | None:
    """English, where an infinitive or an object noun needs no comma: the status a verb before
    the trigger in its clause gives what it names ("offered to hold talks", "agreed to a
    ceasefire": hypothetical, planned by ``intent_verbs``; "demanded the withdrawal of …",
    "threatened to strike": hypothetical, as the German zu-infinitive after the clause before);
    without ``intent`` only the latter."""
    if not lex.set("infinitive_markers"):
        return None
    intents: dict[str, str] = lex.words.get("intent_verbs", {}) if intent else {}
    content = lex.set("content_types")
    for i in range(c.lo, k):
        low = toks[i].low
        if low in intents:
            return intents[low]
        if any(t.type.lower() in content and not t.nominal for t in lex.match(low)):
            return "hypothetical"
    return None


def _content_of_verb(ctx: _Ctx, c: x.Clause, k: int) -> bool:
    """Whether the event noun at ``k`` is what a threat or demand of its clause names (a verbal
    trigger of ``content_types``): its object ("hat Angriffe angedroht", "forderte die
    Freilassung") or its phrase under a preposition of ``content_preps`` ("drohte mit Sanktionen",
    "rief zu Protesten auf"), not the genitive attribute of another noun ("forderte eine
    Untersuchung des Angriffs": the attack happened) nor a noun under another preposition ("forderte
    nach dem Anschlag …"). Only where the language lists ``content_preps`` (English reads its
    objects in :func:`_content_status`)."""
    toks, lex = ctx.toks, ctx.lex
    preps = lex.set("content_preps")
    if not preps or not any(c.lo <= v < c.hi for v in ctx.contents):
        return False
    dets, genitive = lex.set("determiners"), lex.set("genitive_articles")
    j, after_genitive = k - 1, False
    while j >= c.lo and (toks[j].low in dets or x.adjective_at(toks, j, lex) or toks[j].low.isdigit()):
        after_genitive = after_genitive or toks[j].low in genitive
        j -= 1
    if j < c.lo:
        return True
    if toks[j].low in x.all_preps(lex):
        return toks[j].low in preps
    return not (after_genitive and toks[j].text[:1].isupper() and toks[j].text.isalpha())


def _in_genitive_of(toks: list[x.Tok], k: int, c: x.Clause, lex: Lexicon, key: str) -> bool:
    """Whether the event noun at ``k`` is the genitive of a noun of the lexicon list ``key``: of
    what may be (``irrealis_nouns``: "für den Fall eines Angriffs", "die Gefahr einer Eskalation"),
    of remembrance (``anniversary_nouns``: "am Jahrestag des Überfalls")."""
    j = k - 1
    while j > c.lo and x.adjective_at(toks, j, lex):
        j -= 1
    return j > c.lo and toks[j].low in lex.set("genitive_articles") and toks[j - 1].low in lex.set(key)


def _status_before(toks: list[x.Tok], clauses: list[x.Clause], ci: int, lex: Lexicon) -> str | None:
    """The status the clause before gives a zu-infinitive: "ein Vorschlag, …" and "bot an, …"
    make it hypothetical (an offer may be declined), "verabredeten, sich … zu treffen" planned."""
    if ci == 0:
        return None
    p = clauses[ci - 1]
    intent: dict[str, str] = lex.words.get("intent_verbs", {})
    content = lex.set("content_types")
    for i in range(p.lo, p.hi):
        low = toks[i].low
        if low in lex.set("irrealis_nouns") or low in lex.set("pressure_nouns"):
            return "hypothetical"
        if low in intent and toks[i].text[:1].islower():
            return intent[low]
        if content and toks[i].text[:1].islower() and any(t.type.lower() in content for t in lex.match(low)):
            # "hatte Südafrika aufgerufen, Bashir zu verhaften", "drohte, die Stadt anzugreifen":
            # what is demanded or threatened has not happened
            return "hypothetical"
    c = clauses[ci]
    last = toks[c.hi - 1].low if toks[c.hi - 1].text[:1].isalpha() else toks[max(c.lo, c.hi - 2)].low
    if content and last.endswith("en") and \
            last not in lex.set("perfect_aux") and any(
            t.type == "DISAPPROVE" and not t.nominal for i in range(p.lo, p.hi)
            if toks[i].text[:1].islower() for t in lex.match(toks[i].low)):
        # "warf der Koalition vor, Zivilisten zu töten": conduct accused in the present is no
        # dated act (but "beschuldigte Baku, das Dorf beschossen zu haben" tells one)
        return "hypothetical"
    return None


def _believed(toks: list[x.Tok], clauses: list[x.Clause], ci: int, lex: Lexicon) -> bool:
    """Whether a dass-clause is what someone believes, fears or expects, not what happened:
    "Die Geheimdienste gehen davon aus, dass Putin die gesamte Ukraine erobern will", "Experten
    befürchten, dass Russland angreift" (``belief_words``; "davon … aus" as a pair)."""
    if ci == 0 or toks[clauses[ci].lo].low not in lex.set("complementizers"):
        return False
    p = clauses[ci - 1]
    words = {toks[i].low for i in range(p.lo, p.hi)}
    return bool(words & lex.set("belief_words")) or {"davon", "aus"} <= words


def _mere_place(ctx: _Ctx, eid: str) -> bool:
    """Whether an entity is a place that is no state and stands for none ("Kaschmir", "Graz")."""
    groups = ctx.groups
    if groups is None:
        return False
    e = groups.known.get(eid) or groups.extra.get(eid)
    return e is not None and e.type == "LOC" and not e.stands_for and groups.country_of(eid, located=False) != eid


def _victims(ctx: _Ctx, ci: int, src: list[str], where: str | None = None, domestic: bool = False) -> list[str]:
    """The people a clause names as the victims of violence ("26 Touristen", "Dorfbewohner";
    ``victim_nouns``): the civilians of the state where it happened (``where``, else the
    sentence's place unless that is the attacker's, else the article's), named as the text names them."""
    c, toks, groups = ctx.clauses[ci], ctx.toks, ctx.groups
    if groups is None:
        return []
    mine = {ctx.side.get(s, s) for s in src} | {groups.state_of(s) or groups.side_of(s) for s in src}
    state = groups.country_of(where) if where is not None else None
    if state is None and ctx.place not in mine:
        state = ctx.place
    state = state or groups.home
    if state is None and domestic:
        state = ctx.place  # "Die indonesische Polizei hat einen Mann festgenommen": a state arrests its own people
    nouns = ctx.lex.set("victim_nouns")
    tails = tuple(ctx.lex.set("victim_noun_tails"))  # compounds: "Terrorverdächtigen", "Umweltaktivisten"
    taken = {i for a in c.actors for i in range(a.tok, a.end_tok)}
    for i in range(c.lo, c.hi):
        t = toks[i]
        if (t.low in nouns or t.low.endswith(tails)) and t.text[:1].isupper() and i not in taken:
            eid = groups.civilians(state, t.text) if state is not None else \
                groups.actor("zivilisten", t.text, None)
            if eid is not None and eid not in src:
                return [eid]
    return []


#: The words that make the name after them a noun's owner: "der Vorschlag von Schelling", "die
#: Pläne der Regierung", "die Aussagen des Ministers".
_OWNER_WORDS = frozenset({"von", "vom", "des", "der"})


def _owned(toks: list[x.Tok], lo: int, i: int) -> bool:
    """Whether the actor at token ``i`` is the owner of a noun before it: "von" or a genitive
    article before it, with only titles and adjectives between ("von Finanzminister Hans Jörg
    Schelling", "der österreichischen Regierung")."""
    j = i - 1
    while j > lo and toks[j].low not in _OWNER_WORDS and (
            toks[j].text[:1].isupper() or toks[j].low.endswith(("e", "en", "er", "es", "em"))):
        j -= 1
    return j > lo and toks[j].low in _OWNER_WORDS


def _eased_sanctions(ctx: _Ctx, ci: int, trig: Trigger, src: list[str]) -> list[str]:
    """Whom an easing of sanctions told before is aimed at: the targets of the last sanctions the
    same side imposed ("Trump imposed tariffs on China. … Trump paused the tariffs for 90 days",
    "Die USA verhängten Zölle gegen China. … setzte Trump die Zölle aus"; seventh user trial: the
    pause had no other side and was no event). Only for a definite sanctions noun in the clause."""
    if trig.type != "RETREAT":
        return []
    c, toks, lex = ctx.clauses[ci], ctx.toks, ctx.lex
    mine = {ctx.side.get(s, s) for s in src}
    for j in range(c.lo, c.hi):
        # the sanctions noun: the easing verb's own ("paused the tariffs") or a sanctions trigger
        if not (trig.needs is not None and trig.needed(toks[j].low)) and \
                not any(t.type == "SANCTION" and t.nominal for t in lex.match(toks[j].low)):
            continue
        if not x.nominal_gate(toks, j, c, lex, ctx.time_toks)[1]:
            return []
        for (_, past_src, past_tgt, _), kind in zip(reversed(ctx.disc.last_events), reversed(ctx.disc.last_types),
                                                    strict=True):
            if kind == "SANCTION" and mine & set(past_src) and past_tgt:
                return list(past_tgt)
        return []
    return []


def _missing_target(ctx: _Ctx, ci: int, trig: Trigger, src: list[str], before: list[x.Candidate],
                    k: int = -1, relative: bool = False) -> list[str]:
    """A target from the context, where the clause names none.

    * "stieß in Moskau auf Ablehnung": the source came from a preposition, the target is the
      sentence's subject ("Ein Vorschlag aus Trumps Umfeld");
    * "seine Bereitschaft, mit der US-Regierung zusammenzuarbeiten": the zu-infinitive after;
    * "die USA traten aus dem INF-Vertrag aus" after "Sanktionen gegen Russland": the target
      of the sentence's previous event;
    * "Die EU will ein Sanktionspaket beschließen. Ungarn hat gedroht, es zu blockieren": a
      threat or refusal answers the subject of the sentence before (``reactive_types``);
    * "führt Russland einen Krieg gegen das gesamte Land": the target the same source had in
      the last two sentences (a conflict goes on against the same enemy).
    """
    toks, clauses, lex, side = ctx.toks, ctx.clauses, ctx.lex, ctx.side
    if trig.src and ctx.subject and not set(ctx.subject) & set(src):
        return list(ctx.subject)
    eased = _eased_sanctions(ctx, ci, trig, src)
    if eased:
        return eased
    if ci > 0 and toks[clauses[ci].lo].low in lex.set("clause_relatives") and toks[clauses[ci].lo - 1].text == "," \
            and QUAD_CLASS.get(trig.type, "").startswith("verbal"):
        # "Nordkorea hat erneut eine Rakete getestet, was Südkorea scharf verurteilte": "was" stands
        # for the clause before; the comment is aimed at its subject
        mine = {side.get(s, s) for s in src}
        answer = [s for s in ctx.subject if side.get(s, s) not in mine]
        if answer:
            return answer
    if trig.src and trig.nominal:
        # "Der Angriff Russlands löste in Berlin Empörung aus": the author of the act that is the
        # subject (a genitive of an event noun before the trigger) is whom the reaction is aimed at;
        # "Das Telefonat zwischen Trump und Putin hat in Kiew Empörung ausgelöst": both its makers
        c = clauses[ci]
        authors = [a.entity for a in c.actors if a.role.startswith("of:") and a.role[3:].isdigit() and
                   c.lo <= int(a.role[3:]) < c.hi and a.entity not in src]
        if authors:
            return authors[:1]
        makers = [a.entity for a in c.actors if a.role == "prep" and a.prep not in trig.src and
                  a.prep_at - 1 in ctx.nouns and a.prep_at - 1 < k and a.entity not in src]
        if makers:
            return list(dict.fromkeys(makers))
    if trig.src and ctx.agents and not set(ctx.agents) & set(src):
        # "Die von Finanzminister Schelling (ÖVP) erhobene Forderung stößt bei der SPÖ auf
        # Ablehnung": the subject is an act, its author the target
        return list(dict.fromkeys(ctx.agents))
    if trig.src and trig.needs is not None:
        # "Der Vorschlag von Finanzminister Schelling stößt bei der Gewerkschaft auf Ablehnung",
        # "Die Pläne der Regierung sorgen bei der Opposition für Empörung": the subject is a
        # proposal or a statement, its author (after "von" or in the genitive, before the verb
        # the reaction needs) is whom the reaction is aimed at
        c = clauses[ci]
        verb = next((i for i in range(c.lo, c.hi) if trig.needed(toks[i].low)), None)
        if verb is not None and verb < k:
            mine = {side.get(s, s) for s in src}
            authors = [a.entity for a in sorted(c.actors, key=lambda a: a.tok)
                       if c.lo < a.tok < verb and side.get(a.entity, a.entity) not in mine
                       and _owned(toks, c.lo, a.tok)]
            if authors:
                return authors[:1]
    if trig.type == "THREATEN" and ci + 1 < len(clauses) and toks[clauses[ci + 1].lo].low in lex.set("condition_cues"):
        # the condition's subject, the first actor after the cue, even as an attribute ("sollten
        # kurdische Kämpfer der YPG-Miliz die Stadt Azaz einnehmen": the YPG, not Azaz)
        found = [a.entity for a in sorted(clauses[ci + 1].actors, key=lambda a: a.tok)
                 if a.role in ("direct", "gen") and a.entity not in src]
        if found:
            return found[:1]  # "drohte mit Luftschlägen, sollten die YPG-Kämpfer Azaz einnehmen"
    if ci + 1 < len(clauses) and trig.type.lower() in lex.set("object_control_types") and \
            toks[clauses[ci + 1].lo].low in lex.set("complementizers"):
        # "die Forderung der Opposition, dass sich Erdogan … heraushält", "warf ihm vor, dass er …":
        # the subject of the dass-clause is whom the demand or the reproach is aimed at
        found = [a.entity for a in sorted(clauses[ci + 1].actors, key=lambda a: a.tok)
                 if a.role == "direct" and side.get(a.entity, a.entity) not in {side.get(s, s) for s in src}]
        if found:
            return found[:1]
    nxt_i = ci + 1
    mid = clauses[nxt_i] if nxt_i + 1 < len(clauses) else None
    last = x.last_word(toks, mid) if mid is not None else None
    if mid is not None and not any(i in ctx.verbs or i in ctx.nouns for i in range(mid.lo, mid.hi)) and \
            (not mid.actors or (trig.particle is not None and last is not None and
                                trig.particle.fullmatch(toks[last].low) is not None)):
        # "setzten … Marschflugkörper, amerikanische Raketen und Drohnen ein, um Ziele im russischen
        # Territorium zu treffen": a list cut off by commas lies between the verb and its purpose
        nxt_i += 1
    # (a meeting's partner is none of the infinitive's actors: "Die Verteidigungsminister der EU
    # haben sich auf einem Treffen nicht darauf geeinigt, Soldaten für eine Mission in der
    # Demokratischen Republik Kongo (MONUC) zur Verfügung zu stellen" met no Congo; the audit of round 12)
    if nxt_i < len(clauses) and trig.type != "CONSULT":
        nxt = clauses[nxt_i]
        if any(toks[i].low == "zu" or _ZU_INFIX.match(toks[i].low) for i in range(nxt.lo, nxt.hi)):
            found = [a.entity for a in nxt.actors if a.entity not in src and x.role_of(a, trig, trig.type, lex)
                     not in ("ignore",)]
            if not found and QUAD_CLASS.get(trig.type) == "verbal_cooperation":
                # "sagte zu, die Einfuhr von Rindfleisch aus Australien zu erlauben": a state named
                # in what is promised, even as an attribute, is whom it is promised
                found = [a.entity for a in nxt.actors if a.entity not in src and a.label == "LOC" and
                         (_is_state(a.entity) or side.get(a.entity)) and a.prep in ("aus", "nach", "in", "für")]
            if found:
                return found
    if ctx.reported:
        mine = {side.get(s, s) for s in src}
        return [t for t in dict.fromkeys(ctx.reported) if side.get(t, t) not in mine]
    prev = before[-1] if before else None
    if prev is not None and prev.clause < ci and QUAD_CLASS.get(trig.type, "").endswith("conflict") and \
            QUAD_CLASS.get(prev.trigger.type, "").endswith("conflict") and \
            toks[clauses[prev.clause].lo].low in lex.set("cause_subordinators"):
        # "Nachdem Russland die Krim annektiert hatte, verhängte die EU Sanktionen": a conflict
        # in answer to the act of a clause of cause or time before is aimed at its author
        answer = [s for s in prev.sources if side.get(s, s) not in {side.get(x, x) for x in src}]
        if answer:
            return answer
    if QUAD_CLASS.get(trig.type, "").endswith("conflict") and k >= 0:
        # "Nach dem Abschuss eines russischen Kampfjets durch die Türkei hat Russland Sanktionen
        # verhängt": a conflict in answer to an act named as its cause is aimed at that act's agent
        c, mine = clauses[ci], {side.get(s, s) for s in src}
        for j in range(c.lo, k):
            kind = next((t.type for t in lex.match(toks[j].low) if t.nominal), None)
            if j in ctx.nouns and kind is not None and QUAD_CLASS.get(kind, "").endswith("conflict") and \
                    _before_prep(toks, j, lex) in lex.set("antecedent_preps"):
                agents = [a.entity for a in c.actors if a.prep == "durch" and j < a.prep_at < k and
                          side.get(a.entity, a.entity) not in mine]
                if agents:
                    return agents[:1]
    # (not for a relative clause: what its antecedent did is no act against the clause before's
    # target: "Gusmão traf Guterres, der die Milizen anführte, die … töteten" killed no Guterres)
    rest = [t for t in before[-1].targets if t not in src] if before and not relative else []
    if rest:
        return rest
    told = _told_act(ctx, ci, trig, src) or _authored(ctx, ci, trig, src)
    if told:
        return told
    accusation = [i for i in range(c_lo(clauses, ci), clauses[ci].hi) if toks[i].low in lex.set("accusation_nouns")]
    asked = accusation or [i for i in range(c_lo(clauses, ci), clauses[ci].hi)
                           if toks[i].low in lex.set("request_nouns")]
    if trig.type.lower() in lex.set("reactive_types") and asked:
        # "Die Regierung in Warschau wies die Kritik aus Brüssel zurück", "Die Gläubiger lehnten
        # die Vorschläge aus Athen ab": the origin of the accusation or the request
        mine = {side.get(s, s) for s in src}
        origin = [a.entity for a in clauses[ci].actors if a.role == "prep" and a.prep_at == asked[0] + 1 and
                  a.prep in lex.set("origin_preps") | lex.set("of_preps") and side.get(a.entity, a.entity) not in mine]
        if origin:
            return origin[:1]
    if trig.type.lower() in lex.set("reactive_types") and accusation:
        # "Eriwan warf Baku vor, … Alijew wies die Vorwürfe zurück": the rejected accusation is
        # whoever accused the source's side in the last three sentences
        mine = {side.get(s, s) for s in src}
        for past_si, past_src, past_tgt, past_class in reversed(ctx.disc.last_events):
            if ctx.si - past_si <= 3 and past_class == "verbal_conflict" and \
                    mine & {side.get(t, t) for t in past_tgt} and not mine & set(past_src):
                # (the sides told are states: their entity records come from the knowledge base)
                return [a for a in past_src if ctx.groups is None or ctx.groups.known_id(a) is not None]
    if trig.type.lower() in lex.set("reactive_types") | lex.set("answer_types"):
        # "Die Ukraine fordert von Russland … Moskau lehnt ab": a reply to whoever addressed the
        # source in the last two sentences ("Ungarn hat die Grenze zu Serbien geschlossen. Die
        # serbische Regierung protestierte scharf": a criticism too, ``answer_types``)
        mine = {side.get(s, s) for s in src}
        reach = 2 if trig.type.lower() in lex.set("reactive_types") else 1
        for past_si, past_src, past_tgt, _ in reversed(ctx.disc.last_events):
            if ctx.si - past_si <= reach and mine & {side.get(t, t) for t in past_tgt} and not mine & set(past_src):
                return list(past_src)
    mine = {side.get(s, s) for s in src}
    if toks[clauses[0].lo].low in lex.set("additive_openers") and src:
        # "Auch der ÖVP-Wirtschaftsbund sprach sich dagegen aus" after "Die Industriellenvereinigung
        # wandte sich dagegen": the same act against the same side as just told
        recent = list(zip(ctx.disc.last_events, ctx.disc.last_types, strict=True))
        for (past_si, _, past_tgt, _), past_type in reversed(recent):
            if ctx.si - past_si <= 2 and past_tgt and not mine & {side.get(t, t) for t in past_tgt}:
                if past_si < ctx.si and past_type == trig.type:
                    return list(past_tgt)
                break
    proposer = ctx.disc.proposer
    if trig.type.lower() in lex.set("proposal_answer_types") and proposer is not None and \
            0 < ctx.si - proposer[0] <= 6 and side.get(proposer[1], proposer[1]) not in mine and src:
        # "Nachdem Sozialminister Stöger eine Arbeitszeitverkürzung ins Spiel gebracht hatte … Auch
        # die Industriellenvereinigung wandte sich entschieden dagegen": whoever proposed it
        return [proposer[1]]
    if trig.type.lower() in lex.set("answer_types") | lex.set("reactive_types") and not trig.nominal and \
            ctx.disc.subject and ctx.disc.subject_sentence == ctx.si - 1 and \
            side.get(ctx.disc.subject, ctx.disc.subject) not in mine and k >= 0 and _definite_object(ctx, ci, k) and \
            not _spoke_last(ctx, ctx.disc.subject) and not _reacted_before(ctx):
        # (not one who only spoke: "…, sagte Kremlberater Uschakow. Die EU-Kommission kritisierte die
        # Pläne für einen Gipfel": the plans are not his)
        # "Nordkorea hat einen Atomtest durchgeführt. Der UN-Sicherheitsrat verurteilte den Test":
        # a definite act condemned is the one told just before, by its subject ("Lagarde verlangte
        # einen Schuldenschnitt. Berlin lehnt einen solchen Schritt ab": one refused too)
        return [ctx.disc.subject]
    if trig.type.lower() in lex.set("answer_types") and not trig.nominal and k >= 0 and _definite_object(ctx, ci, k):
        # "Ein Gericht hat Mursi zu 20 Jahren Haft verurteilt. Die Muslimbruderschaft sprach von
        # einem politischen Urteil. Amnesty kritisierte das Verfahren als unfair": else the author
        # of the last hostile act told in the two sentences before
        for past_si, past_src, _, past_class in reversed(ctx.disc.last_events):
            if 0 < ctx.si - past_si <= 2 and past_class == "material_conflict" and past_src and \
                    not mine & {side.get(a, a) for a in past_src}:
                return list(past_src)
    if trig.type.lower() in lex.set("reactive_types") and ctx.disc.subject and ctx.disc.subject_label == "ORG" and \
            ctx.disc.subject_sentence == ctx.si - 1 and side.get(ctx.disc.subject, ctx.disc.subject) not in \
            {side.get(s, s) for s in src}:
        # "Die EU will … beschließen. Ungarn hat gedroht, … zu blockieren" (an organisation
        # only: a person named before is too often the speaker's own side, a place no addressee)
        return [ctx.disc.subject]
    mine = {side.get(s, s) for s in src}
    if trig.type.lower() in lex.set("crackdown_types") and ctx.disc.protesters is not None and \
            ctx.si - ctx.disc.protesters[0] <= 2 and not mine & set(ctx.disc.protesters[1]):
        # "In Nairobi protestierten Tausende. Die Polizei löste die Kundgebungen auf": the protesters
        return list(ctx.disc.protesters[1])
    if (protesters := _protesters_here(ctx, ci, trig, src)):
        return protesters
    if trig.type.lower() in lex.set("grievance_types") and src and \
            all("#" in s and s.rpartition("#")[2] in lex.set("grievance_sectors") for s in src):
        # "Tausende Regierungsgegner, die gegen die Abkehr vom EU-Kurs protestieren", "Sie verlangten
        # bessere Schulen": the civilians or the opposition of a state address its government
        states = [s.split("#")[0] for s in src if not s.startswith("grp:")]
        if states:
            return states[:1]
    if trig.type in ("FIGHT", "ASSAULT") and ctx.groups is not None:
        # "Nach Angaben der ukrainischen Luftwaffe griff Russland mit 120 Drohnen an", "Russland griff
        # an, teilte die ukrainische Luftwaffe mit": an attack without a target reported by the
        # other side's organs was on that side
        reporter = _reporting_state(ctx, ci)
        if reporter is not None and reporter not in mine:
            return [reporter]
    if QUAD_CLASS.get(trig.type) == "material_conflict":
        for past_si, past_src, past_tgt, past_class in reversed(ctx.disc.last_events):
            # (the enemy of a conflict: "rief die USA auf" before is no attack on the USA)
            if ctx.si - past_si <= 2 and mine & set(past_src) and past_class == "material_conflict":
                return list(past_tgt)
            if ctx.si - past_si <= 2 and past_class == "material_conflict" and trig.type == "MOBILIZE" and \
                    mine & {side.get(t, t) for t in past_tgt} and not mine & set(past_src):
                # "rammte ein vietnamesisches Schiff ein indonesisches Boot. Am Donnerstag verlegte
                # Jakarta drei weitere Kriegsschiffe in das Gebiet": a deployment answers the attacker
                # (not a defence: "Ukraine said it had shot down 85 drones" is part of the attack)
                return list(past_src)
    if src and any(toks[i].low in lex.set("retaliation_nouns") for i in range(clauses[ci].lo, clauses[ci].hi)):
        # "Kremlsprecher Peskow kündigte Gegenmaßnahmen an" after the EU's sanctions: a
        # retaliation answers the last side that acted against the source's
        mine = {side.get(s, s) for s in src}
        for m in mine:
            foes = ctx.disc.acts_against.get(m, [])
            if foes and not mine & {side.get(f, f) for f in foes}:
                return list(foes)
    if trig.type in ("FIGHT", "ASSAULT") and src and trig.nominal:
        # "Bei einem der schwersten russischen Luftangriffe seit Kriegsbeginn sind in der Ukraine
        # mindestens 20 Menschen getötet worden": an attack whose attacker the noun names hit the
        # state where the clause says its victims died
        # (a verb of violence in the clause: "Der Angriff Russlands löste in Berlin Empörung aus" is
        # no attack on Berlin)
        c, mine = clauses[ci], {side.get(s, s) for s in src}
        violent = any(c.lo <= j < c.hi and j != k and any(QUAD_CLASS.get(t.type) == "material_conflict"
                                                          for t in lex.match(toks[j].low)) for j in ctx.verbs)
        where = [a.entity for a in c.actors if a.role == "prep" and a.prep in lex.set("location_preps") and
                 a.label == "LOC" and (_is_state(a.entity) or side.get(a.entity)) and
                 side.get(a.entity, a.entity) not in mine]
        if where and violent:
            return where[:1]
    if trig.type in ("FIGHT", "ASSAULT") and src and not trig.nominal and ctx.doc.published and \
            not (k >= 0 and toks[k].low in lex.set("interception_triggers")):
        # (not a defence: "Ukraine said it had shot down 85 drones" is part of the attack)
        # "Russland griff in der Nacht erneut mit Drohnen und Raketen an": an attack without a
        # target, by a side at war, is aimed at its enemy of the day, where the article names it
        # (``wars.jsonl``; one enemy only; a verb's subject only: "Die Ukraine meldet neue
        # Angriffe" names the reporter, not the attacker)
        foe = _enemy_named(ctx, src)
        if foe is not None:
            return [foe]
    return []


def _reacted_before(ctx: _Ctx) -> bool:
    """Whether the sentence before told a reaction of an ``answer_types`` verb ("Das Auswärtige
    Amt verurteilte den Anschlag. Auch das Außenministerium der USA kritisierte den Anschlag",
    the audit of round 12): its subject condemned the act too, it is no author of it."""
    if ctx.si == 0:
        return False
    toks = x.sentence_tokens(ctx.doc, ctx.doc.sentences[ctx.si - 1], ctx.lex)
    answer = ctx.lex.set("answer_types")
    return any(t.text[:1].islower() and any(m.type.lower() in answer and not m.nominal for m in ctx.lex.match(t.low))
               for t in toks)


def _spoke_last(ctx: _Ctx, eid: str) -> bool:
    """Whether ``eid`` is the speaker of a quotation of the sentence before."""
    if ctx.si == 0:
        return False
    prev = ctx.doc.sentences[ctx.si - 1]
    return any(prev.start <= pos < prev.end and who == eid for pos, who in ctx.disc.speakers)


def _belligerent_subject(ctx: _Ctx, c: x.Clause, k: int, tgt: list[str]) -> list[str]:
    """The direct actor before trigger ``k`` that was at war, on the publication day, with the side
    of a target in ``tgt``; empty where none is."""
    from lagebild.entities.kb import enemies

    day = (ctx.doc.published or "")[:10]
    if not day:
        return []
    targets = {ctx.side.get(t, t) for t in tgt}
    for a in c.actors:
        if a.role == "direct" and a.tok < k and enemies(ctx.side.get(a.entity, a.entity), day) & targets:
            return [a.entity]
    return []


def _enemy_named(ctx: _Ctx, src: list[str]) -> str | None:
    """The one entity of the document that stands for the enemy, on the publication day, of the
    side of ``src``: the state itself where named, else its capital or leader."""
    from lagebild.entities.kb import enemies

    side = ctx.side
    day = (ctx.doc.published or "")[:10]
    foes = set().union(*(enemies(side.get(s, s), day) for s in src))
    if len(foes) != 1:
        return None
    (foe,) = foes
    standing = list(dict.fromkeys(m.entity for m in ctx.doc.mentions
                                  if m.entity and side.get(m.entity, m.entity) == foe))
    return foe if foe in standing else (standing[0] if standing else None)


def _reported_demand(ctx: _Ctx, ci: int, k: int) -> tuple[list[str], list[str], bool] | None:
    """Sources and targets of a demand in reported speech ("Südkorea müsse sich entschuldigen").

    The target is the clause's subject: its first actor, even as an attribute ("Zunächst müssten
    die Angriffe der russischen Luftwaffe aufhören": Russia). The source is the speaker: of the
    quotation around the word, else the first actor of another clause of the sentence ("…,
    erklärten Vertreter der FSA"), else the source of an accusation or demand in the sentence
    before ("Es warf Südkorea vor, … Südkorea müsse sich entschuldigen"). None in the passive
    ("müssten in die Suche eingebunden werden": a wish about them, not a demand of them).
    """
    toks, c, side = ctx.toks, ctx.clauses[ci], ctx.side
    if any(toks[i].low in _PASSIVE for i in range(c.lo, c.hi) if i not in c.aside):
        return None
    lex = ctx.lex
    if toks[c.lo].low in lex.set("cause_subordinators") | lex.set("condition_cues"):
        # "…, da 25 Prozent der Mitglieder des Bundestages für einen Antrag stimmen müssten": a
        # reason or a condition, no demand (the audit of round 12 had the opposition make one)
        return None
    if any(toks[i].low == "es" and _expletive(toks, ctx.clauses, c, i, lex) for i in (k - 1, k + 1)
           if c.lo <= i < c.hi):
        # "es müsse ein Mandat der Vereinten Nationen geben": a condition named, no one addressed
        # (the audit of round 12 had the minister make a demand of the UN)
        return None
    addressed = [a for a in sorted(c.actors, key=lambda a: a.tok) if a.role == "direct" or a.role == "gen" or
                 a.role.startswith("of:")]
    if not addressed:
        return None
    tgt = [addressed[0].entity]
    pos = toks[k].start
    speaker = next((q.speaker for q in ctx.doc.quotes if q.speaker and q.start <= pos < q.end), None)
    src: list[str] = [speaker] if speaker else []
    if not src:
        src = [a.entity for o in ctx.clauses if o is not c for a in sorted(o.actors, key=lambda a: a.tok)
               if a.role in ("direct", "gen")][:1]
    if not src:
        src = next((list(past_src) for past_si, past_src, _, past_class in reversed(ctx.disc.last_events)
                    if past_si == ctx.si - 1 and past_class == "verbal_conflict"), [])
    mine = {side.get(s, s) for s in src}
    tgt = [t for t in tgt if side.get(t, t) not in mine]
    return (src, tgt, False) if src and tgt else None


def c_lo(clauses: list[x.Clause], ci: int) -> int:
    """The first token of a clause."""
    return clauses[ci].lo


def _after_a_span(ctx: _Ctx, k: int) -> bool:
    """Whether the event noun at ``k`` follows a duration under a temporal preposition: "nach
    sechs Tagen Kämpfen", "seit Monaten Verhandlungen" (the noun is that span's, circumstance)."""
    start = ctx.toks[k].start
    for t in ctx.doc.timexes:
        if t.type == "DURATION" and t.end <= start and not ctx.doc.body[t.end:start].strip():
            return _word_before(ctx.doc, t.start) in ctx.lex.set("circumstance_preps")
    return False


def _told_before(ctx: _Ctx, trig: Trigger, src: list[str], tgt: list[str]) -> bool:
    """Whether a definite event noun with sides of its own repeats an event of the last two
    sentences: same quad class, a source state and a target state in common ("die türkischen
    Attacken auf syrischem Gebiet" after "Die türkische Armee hatte Stellungen … der syrischen
    Regierungstruppen beschossen")."""
    side = ctx.side
    mine = {side.get(s, s) for s in src}
    theirs = {side.get(t, t) for t in tgt}
    return any(ctx.si - past_si <= 2 and past_class == QUAD_CLASS.get(trig.type) and mine & set(past_src) and
               theirs & {side.get(t, t) for t in past_tgt}
               for past_si, past_src, past_tgt, past_class in ctx.disc.last_events)


def _accused_before(ctx: _Ctx, src: list[str]) -> bool:
    """Whether a side of ``src`` made an accusation (DISAPPROVE) in an earlier sentence that the
    discourse still holds."""
    mine = {ctx.side.get(s, s) for s in src}
    return any(past_si < ctx.si and past_type == "DISAPPROVE" and mine & set(past_src)
               for (past_si, past_src, _, _), past_type in zip(ctx.disc.last_events, ctx.disc.last_types, strict=True))


def _told_act(ctx: _Ctx, ci: int, trig: Trigger, src: list[str]) -> list[str]:
    """Whose act a statement is about, where its object is an act told before: "Die USA und
    Südkorea halten ein Großmanöver ab. Auch China kritisierte die Militärübung" (the USA's). The
    object is a definite event noun after the verb; the act is the last event of the same quad
    class in the last two sentences (``told_act_reach``), and its sources are the target."""
    if trig.nominal or QUAD_CLASS.get(trig.type) not in ("verbal_conflict", "verbal_cooperation"):
        return []
    c, toks, lex = ctx.clauses[ci], ctx.toks, ctx.lex
    for j in range(c.lo, c.hi):
        if j not in ctx.nouns:
            continue
        kind = next((t.type for t in lex.match(toks[j].low) if t.nominal), None)
        governed, definite = x.nominal_gate(toks, j, c, lex, ctx.time_toks)
        if kind is None or governed:
            continue
        mine = {ctx.side.get(s, s) for s in src}
        # (English wire copy tells details and quotations between the act and the reactions to it)
        reach = lex.words.get("told_act_reach", 2)
        for past_si, past_src, _, past_class in reversed(ctx.disc.last_events):
            if not definite:
                break  # ("wies Vorwürfe aus Washington zurück": no act told before, only its author below)
            if ctx.si - past_si <= reach and past_class == QUAD_CLASS.get(kind) and not mine & set(past_src):
                return list(past_src)
        # told in the same breath: "Der Kreml wies die Vorwürfe aus Washington zurück" (the noun's
        # own author, by a genitive or an origin right after it)
        origin = lex.set("origin_preps") | lex.set("source_preps")
        own = [a.entity for a in c.actors if a.role == f"of:{j}" or (a.prep in origin and a.prep_at == j + 1)]
        own = [a for a in own if ctx.side.get(a, a) not in mine]
        if own:
            return own
        pair = ctx.disc.pair
        if kind == "CONSULT" and pair and ctx.si - ctx.disc.pair_sentence <= _PAIR_REACH and \
                not mine & {ctx.side.get(p, p) for p in pair}:
            # "Selenskyj, der nicht eingeladen war, kritisierte das Treffen scharf", some sentences
            # after the summit was told: the meeting is the pair's that met last (one of the pair
            # judging it speaks of the talks, not against the other)
            return list(pair)
        earlier = ctx.disc.acts_by_type.get(kind, [])
        if definite and kind != "CONSULT" and earlier and not mine & {ctx.side.get(a, a) for a in earlier}:
            # "Die EU hat neue Sanktionen gegen Russland verhängt. … Der Kreml verurteilte die
            # Sanktionen": further back, the last act of the noun's type that the text told (a
            # meeting is its pair's, above)
            return list(earlier)
    return []


def _authored(ctx: _Ctx, ci: int, trig: Trigger, src: list[str]) -> list[str]:
    """Whose work a criticism or a rejection is about, where its object is a definite work told
    before (``artifact_nouns``): "Ein Brief von Griss an die Schulsprecher … Gnesda bezeichnet den
    Brief als problematisch" (Griss), "Das Gericht bestätigte das Urteil. Kurz nannte das Urteil
    Unrecht" (the court). The author is the one the last three sentences named with the work."""
    if trig.nominal or QUAD_CLASS.get(trig.type) not in ("verbal_conflict", "verbal_cooperation"):
        return []  # (a praise of "den Plan" too: "Die EU begrüßte den Plan")
    c, toks = ctx.clauses[ci], ctx.toks
    mine = {ctx.side.get(s, s) for s in src}
    nouns = ctx.lex.set("artifact_nouns")
    for j in range(c.lo + 1, c.hi):
        head = _artifact_head(toks[j].low, nouns) if toks[j].text[:1].isupper() else None
        told = ctx.disc.artifacts.get(head) if head is not None else None
        if told is None or toks[j - 1].low not in ctx.lex.set("artifact_determiners"):
            continue
        past_si, author = told
        # a work the text named with its author or that an act made, however far back, before the
        # subject of a later sentence that only mentioned it: "Der Oberste Gerichtshof hat die
        # Verurteilung Badawis bestätigt. … Die Grünen sprachen vom Urteil. Kurz hat das Urteil als
        # Unrecht bezeichnet" (the court's)
        author = ctx.disc.named_works.get(head or "") or (author if ctx.si - past_si <= 3 else "")
        if author and ctx.side.get(author, author) not in mine:
            return [author]
    return []


@lru_cache(maxsize=8)
def _artifact_pattern(lex: Lexicon) -> re.Pattern[str]:
    # a literal alternation over the lower-cased text is the fast test (as a trie: it is
    # searched in every sentence); the head may end a compound ("Friedensplan")
    return re.compile("(?:" + word_trie(lex.set("artifact_nouns")) + r")(?![^\W\d_])")


@lru_cache(maxsize=8192)
def _artifact_head(low: str, nouns: frozenset[str]) -> str | None:
    """The work a noun names, also as the head of a compound: "friedensplan" -> "plan"."""
    if low in nouns:
        return low
    return next((n for n in _longest_first(nouns) if low.endswith(n)), None)


@lru_cache(maxsize=8)
def _longest_first(nouns: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted((n for n in nouns if len(n) >= 4), key=len, reverse=True))


def _remember_artifacts(disc: x.Discourse, si: int, sent: Sentence, doc: Document, ments: list[Mention],
                        lex: Lexicon) -> None:
    """Remember the works a sentence names with their authors (see :func:`_authored`): the name
    right after the work's "von" or genitive ("ein Brief von Irmgard Griss", "das Urteil des
    Gerichts"), else the sentence's subject ("Das Gericht bestätigte das Urteil")."""
    nouns = lex.set("artifact_nouns")
    if not nouns or _artifact_pattern(lex).search(disc.low or doc.body.lower(), sent.start, sent.end) is None:
        return  # (the cheap test first: this runs on every sentence)
    toks = x.sentence_tokens(doc, sent, lex)
    starts = {m.start: m.entity for m in ments if m.entity}
    ctx_alias: dict[str, str] = lex.words.get("artifact_aliases", {})  # "Verurteilung" is told as "das Urteil"
    for j, t in enumerate(toks):
        if not t.text[:1].isupper():
            continue
        head = _artifact_head(t.low, nouns)
        if head is None:
            continue
        act = head in ctx_alias  # (an act noun's genitive is whom it is done to: "die Verurteilung Badawis")
        head = ctx_alias.get(head, head)
        author = None
        if not act and j + 1 < len(toks) and toks[j + 1].low in ("von", "vom", "des", "der"):
            # over a determiner, adjectives and a title: "von Präsidentschaftskandidatin Irmgard Griss"
            author = next((starts[toks[k].start] for k in range(j + 2, min(j + 6, len(toks)))
                           if toks[k].start in starts), None)
        named = author is not None or act
        if author is None and disc.subject_sentence == si and disc.subject:
            author = disc.subject
        if author is not None:
            disc.artifacts[head] = (si, author)
            if named:
                disc.named_works[head] = author


#: how many sentences back "das Treffen" may refer to the pair that met last (a summit's report
#: tells the summit, then its quotations, then the reactions: eight sentences in the trial's)
_PAIR_REACH = 10


def _date(doc: Document, si: int, toks: list[x.Tok], sent: Sentence, c: x.Clause, own_dates: list[DateValue],
          disc: x.Discourse, lex: Lexicon, status: str = "occurred",
          circumstance: list[DateValue] | None = None) -> tuple[DateValue | None, bool]:
    """The event's date, and whether the clause gave it ("am 12. Februar")."""
    if own_dates and status == "planned" and doc.published:
        # "kündigte in der vergangenen Woche für Mitte 2016 die Stationierung … an": what is
        # planned lies ahead; a past date of the clause dates the announcement
        ahead = [d for d in own_dates if d.end is not None and d.end >= doc.published[:10]]
        if ahead:
            return ahead[0], True
    if status == "occurred" and doc.published:
        # what occurred happened by the day it was reported: a start or a deadline after that day
        # ("ab dem 1. Juni", "bis zum", "from", "by": a mod) is the time of what was threatened or
        # announced ("hat der EU mit Zöllen ab dem 1. Juni gedroht" on 24 May; seventh user trial:
        # the threat stood a year early, then at 1 June). A plain later day stays: "Trump trifft am
        # 28. Mai Putin" tells a meeting ahead in the present tense.
        day = doc.published[:10]

        def bound_ahead(d: DateValue) -> bool:
            return d.start is not None and d.start > day and d.mod in _BOUND_MODS

        own_dates = [d for d in own_dates if not bound_ahead(d)]
        circumstance = [*(circumstance or []),
                        *(d for d in x.dated_timexes(doc, sent.start, toks[c.hi - 1].end) if bound_ahead(d))]
    if own_dates:
        return own_dates[0], True
    recent = x.recent_span(doc, toks[c.lo].start, toks[c.hi - 1].end, lex)
    if recent is not None:
        return recent, True  # "In den vergangenen Monaten hat es … angegriffen": up to publication
    # a date of a later clause is that clause's: "gibt Trump Selenskyj die Schuld … und übt seit
    # seinem Amtsantritt im vergangenen Jahr Druck aus" is not dated to last year
    in_sentence = [d for d in x.dated_timexes(doc, sent.start, toks[c.hi - 1].end) if d not in (circumstance or [])]
    if in_sentence:
        return in_sentence[0], False
    report = _report_date(doc, toks, c, lex)
    if report is not None and status == "occurred":
        return report, False  # "Russia attacked Kyiv overnight, officials said on Sunday"
    words = {toks[i].low for i in range(c.lo, c.hi)} | {toks[i].low for i in range(0, min(3, len(toks)))}
    if status == "occurred" and doc.published and words & lex.set("publication_day_cues"):
        # "Armenian forces had fired on its positions overnight": the night before the report
        day = doc.published[:10]
        return DateValue(day, day, day, "day"), False
    if words & lex.set("anaphoric_time") and disc.last_date is not None and \
            (disc.last_date_paragraph == sent.paragraph or disc.last_date_sentence >= si - 1):
        # "Damals entsandte der Kremlchef …" after "seit 2014" (not a date of another paragraph:
        # "Trump drohte Russland zugleich …" opens a paragraph of its own, after one about Tuesday)
        return disc.last_date, False
    background = words & lex.set("background_cues")
    if background and x.reported(toks, lex):
        background -= lex.set("backshift_cues")  # "said Armenian forces had fired": the tense moved back
    if status != "planned" and (background or _under_a_leader(doc, toks, c, lex)):
        # "Bereits in Trumps erster Amtszeit …", "unter Trump verschärften sich die Sanktionen":
        # background without a time (a leader's tenure is no date of this article's news); but
        # "Bereits in den kommenden Tagen wollen Lawrow und Kerry …" lies ahead
        return None, False
    if status != "planned" and _historical(doc, si, sent, disc):
        # (what is wanted or announced lies ahead, whatever past the sentences before told)
        return None, False  # "Ein weiteres Treffen fand am Rande des Apec-Gipfels statt" amid 2017
    last = disc.last_date
    if status == "occurred" and last is not None and last.granularity == "day" and not disc.last_date_since and \
            disc.last_date_sentence == si - 1 and disc.last_date_paragraph == sent.paragraph and \
            toks[0].low in lex.words.get("subject_pronouns", {}):
        # "Nordkorea drohte Südkorea am Samstag … Es warf der Regierung … vor": the same speaker
        # goes on, on the same day
        return last, False
    return x.month_of(doc.published), False


#: the mods of a date that is a start or a deadline, not a day of the act ("ab dem 1. Juni",
#: "bis zum 3. Juni", "from November 1", "by November 3")
_BOUND_MODS = frozenset({"AFTER", "ON_OR_AFTER", "BEFORE", "ON_OR_BEFORE"})


def _report_date(doc: Document, toks: list[x.Tok], c: x.Clause, lex: Lexicon) -> DateValue | None:
    """The date of a reporting clause after the clause ("…, officials said on Sunday"), for
    the languages that list such verbs (``dating_report_verbs``): wire copy tells the day's news
    with the day it was reported."""
    verbs = lex.set("dating_report_verbs")
    if not verbs or c.hi >= len(toks):
        return None
    at = next((i for i in range(c.hi, len(toks)) if toks[i].low in verbs), None)
    if at is None:
        return None
    return next(x.dated_timexes(doc, toks[at].start, toks[-1].end), None)


def _under_a_leader(doc: Document, toks: list[x.Tok], c: x.Clause, lex: Lexicon) -> bool:
    """Whether the clause speaks of a person's tenure: "unter Trump", "unter Präsident Obama"."""
    preps = lex.set("tenure_preps")
    for i in range(c.lo, c.hi - 1):
        if toks[i].low in preps:
            lo, hi = toks[i + 1].start, toks[min(i + 3, c.hi - 1)].end
            if any(m.label == "PER" and lo <= m.start < hi for m in doc.mentions):
                return True
    return False


#: how many sentences a date of the past keeps a paragraph narrating the past: a text without
#: paragraphs (one block, as 10kGNAD's articles) goes back to the news after a background sentence
#: ("… die sich die Kommunisten 1949 einverleibt hatten. […] wollen China und die Türkei enger
#: zusammenarbeiten" is current news)
_HISTORY_REACH = 2


def _historical(doc: Document, si: int, sent: Sentence, disc: x.Discourse) -> bool:
    """Whether the sentence stands in a paragraph that narrates the past: its last date, at most
    ``_HISTORY_REACH`` sentences before, ended more than a year before publication. Such a
    sentence's event is background, not news."""
    last = disc.last_date
    if last is None or last.end is None or disc.last_date_since or not doc.published or \
            disc.last_date_paragraph != sent.paragraph or si - disc.last_date_sentence > _HISTORY_REACH:
        return False
    try:
        pub = dt.date.fromisoformat(doc.published[:10])
        return (pub - dt.date.fromisoformat(last.end)).days > 365
    except ValueError:
        return False


def _side_key(c: x.Candidate, side: dict[str, str]) -> frozenset[frozenset[str]]:
    return frozenset({frozenset(side.get(s, s) for s in c.sources), frozenset(side.get(t, t) for t in c.targets)})


def _collapse(cands: list[x.Candidate], side: dict[str, str], quad_continues: bool = True) -> list[x.Candidate]:
    """One event per act of a sentence: a later trigger with the same sides is the same act where
    it has the same type, sits in the same clause, or continues the clause before, and so is one
    of the same quad class that continues it with other targets ("entsandte … Truppen … und
    annektierte die Krim"); without ``quad_continues`` (English) that is an act of its own
    ("agreed … to stop attacking …, after a lengthy phone call with Trump", "rejected the
    criticism and accused the opposition of …")."""
    kept: list[x.Candidate] = []
    for c in cands:
        twin = None
        for p in kept:
            same_sides = _side_key(p, side) == _side_key(c, side)
            same_targets = {side.get(t, t) for t in p.targets} == {side.get(t, t) for t in c.targets}
            same_quad = QUAD_CLASS.get(p.trigger.type) == QUAD_CLASS.get(c.trigger.type)
            same_sources = {side.get(s, s) for s in c.sources} == {side.get(s, s) for s in p.sources}
            content = next((e for e in (p, c) if e.trigger.nominal and e.status == "hypothetical"), None)
            if content is not None and same_sides and p.clause == c.clause and \
                    p.trigger.nominal != c.trigger.nominal and {p.status, c.status} == {"hypothetical", "occurred"}:
                # "Griechenland beantragte beim ESM neue Hilfskredite", "Russland hat Angriffe auf die
                # Ukraine angedroht": the act a demand or threat names is its content, no report of its own
                twin = p
                if content is p:
                    kept[kept.index(p)] = c
                break
            if p.status != c.status or (p.own_date and c.own_date and p.date != c.date):
                continue  # "ein erstes Telefonat im Februar, und ein weiteres … für den 18. März angekündigt"
            accusation = next((e for e in (p, c) if e.trigger.nominal and e.trigger.type == "DISAPPROVE"), None)
            if accusation is not None and p.trigger.type != c.trigger.type and not same_sources and \
                    {side.get(s, s) for s in p.sources} == {side.get(t, t) for t in c.targets}:
                continue  # "Peking hat Vorwürfe aus Washington dementiert": the accusation and its answer
            if p.trigger.type == "CONSULT" and not c.trigger.nominal and c.trigger.type != "CONSULT" and \
                    (p.clause == c.clause if p.trigger.nominal else c.inherited):
                # "Bei seinem Besuch in Kiew sicherte Biden der Ukraine Unterstützung zu", "Starmer
                # empfing Selenskyj in London und sicherte ihm weitere Unterstützung zu": a pledge
                # made at a meeting is an act of its own
                continue
            if (same_sides and (p.trigger.type == c.trigger.type or p.clause == c.clause or c.inherited)) or \
                    (c.inherited and same_sources and (same_targets or (same_quad and quad_continues))):
                twin = p
                break
        if twin is None:
            kept.append(c)
        elif twin not in kept:
            continue  # (the content noun gave way to the verb that names it)
        elif c.own_date and not twin.own_date:
            twin.date, twin.own_date = c.date, True
    return kept


_LAST_WORD = re.compile(r"(\w+)\W*$")


def _remember_light(disc: x.Discourse, si: int, sent: Sentence, doc: Document, ments: list[Mention],
                    lex: Lexicon, groups: Groups | None = None) -> None:
    """What a sentence without a trigger leaves for the next: its subject (the first actor not
    under a preposition), its pair of persons, its last date."""
    preps = x.all_preps(lex)
    seats = lex.set("seat_heads")
    for n, m in enumerate(ments):
        if doc.body[m.end:m.end + 1] == "-" and any(o.label == "PER" for o in ments[n + 1:n + 2]):
            continue  # "US-Außenminister John Kerry": the title's state prefix, the person is the subject
        before = _LAST_WORD.search(doc.body, max(sent.start, m.start - 30), m.start)
        seat = before is not None and before.group(1).lower() in lex.set("seat_preps") and \
            _word_before(doc, before.start(1)) in seats  # "Die Regierung in Kiew legte … vor"
        if before is None or before.group(1).lower() not in preps or seat:
            disc.set_subject(m.entity, m.label, si)
            break
    persons = [(m.start, m.entity) for m in ments if m.label == "PER" and m.entity]
    _remember(disc, si, sent, doc, [], [], persons, {}, lex, ments, groups)


def _remember_proposal(disc: x.Discourse, si: int, sent: Sentence, lex: Lexicon | None) -> None:
    """A sentence that tells a proposal ("hatte eine Arbeitszeitverkürzung ins Spiel gebracht",
    "schlug … vor"; ``proposal_cues``) leaves its subject as the proposer, whom a rejection without
    a target later answers."""
    if lex is None or disc.subject is None or disc.subject_sentence != si:
        return
    cues = _proposal_pattern(lex)
    if cues is not None and cues.search(disc.low, sent.start, sent.end) is not None:
        disc.proposer = (si, disc.subject)


@lru_cache(maxsize=8)
def _proposal_pattern(lex: Lexicon) -> re.Pattern[str] | None:
    words = lex.set("proposal_cues")  # (a trie: searched in every sentence with a subject)
    return re.compile(r"(?<!\w)(?:" + word_trie(words) + r")(?!\w)") if words else None


def _word_before(doc: Document, pos: int) -> str:
    """The word right before an offset, in lower case ("seit" before "April 2014")."""
    m = _LAST_WORD.search(doc.body, max(0, pos - 30), pos)
    return m.group(1).lower() if m else ""


def _remember(disc: x.Discourse, si: int, sent: Sentence, doc: Document, clauses: list[x.Clause],
              kept: list[x.Candidate], persons: list[tuple[int, str]], side: dict[str, str],
              lex: Lexicon | None = None, ments: list[Mention] | None = None,
              groups: Groups | None = None) -> None:
    """Carry the sentence's subject, pair, date and events over to the next sentences."""
    for c in clauses:
        first = next((a for a in c.actors if a.role == "direct"), None)
        if first is not None:
            disc.set_subject(first.entity, first.label, si)
            break
    _remember_proposal(disc, si, sent, lex)
    lo = bisect.bisect_left(disc.speakers, (sent.start, ""))
    said = {(start, who) for start, who in disc.speakers[lo:] if start < sent.end} if disc.speakers else set()
    speaker = next((m for m in (ments or []) if m.label == "PER" and (m.start, m.entity) in said), None)
    if speaker is not None:
        # "„Wir werden es nicht zulassen, dass Azaz fällt“, sagte Davutoğlu. Er betonte …": the
        # speaker is whom the next sentence's "er" means, not a name inside his words
        disc.set_subject(speaker.entity, "PER", si)
    distinct = list(dict.fromkeys(e for _, e in persons))
    if len(distinct) >= 2:
        disc.pair, disc.pair_sentence = (distinct[0], distinct[1]), si
    for ev in kept:
        if ev.status == "negated":
            continue  # "Washington wolle die Gespräche mit Moskau nicht gefährden": no act to answer
        if ev.sources and ev.trigger.type == "PROTEST":
            disc.protesters = (si, tuple(ev.sources))
        if ev.sources and ev.targets and ev.trigger.type == "CONSULT":
            disc.pair, disc.pair_sentence = (ev.sources[0], ev.targets[0]), si
        disc.last_events.append((si, [side.get(s, s) for s in ev.sources], list(ev.targets),
                                 QUAD_CLASS.get(ev.trigger.type, "")))
        if ev.sources and ev.status in ("occurred", "planned"):
            disc.acts_by_type[ev.trigger.type] = list(ev.sources)
            if QUAD_CLASS.get(ev.trigger.type, "").endswith("conflict"):
                for t in ev.targets:
                    disc.acts_against[side.get(t, t)] = list(ev.sources)
        disc.last_types.append(ev.trigger.type)
    del disc.last_events[:-6]
    del disc.last_types[:-6]
    # "In dem Konflikt wurden seit April 2014 fast 7000 Menschen getötet": a span reaching the
    # present tells no past, and the sentences after it are news again (but "Damals" refers to it)
    since = lex.set("since_preps") if lex is not None else frozenset()
    lo, hi = bisect.bisect_left(disc.timex_starts, sent.start), bisect.bisect_left(disc.timex_starts, sent.end)
    dates = [t for t in disc.timexes[lo:hi] if t.date is not None and t.date.start and t.date.end and
             t.type in ("DATE", "TIME")]
    if dates and dates[-1].date is not None:
        disc.last_date, disc.last_date_paragraph, disc.last_date_sentence = dates[-1].date, sent.paragraph, si
        disc.last_date_since = _word_before(doc, dates[-1].start) in since
    disc.persons = (disc.persons + [e for _, e in persons])[-6:]
    if lex is not None:
        _remember_artifacts(disc, si, sent, doc, ments or [], lex)
    if groups is not None:
        for m in ments or []:
            if m.label == "LOC" and m.entity:
                # (a capital stands for its state: the place it names is the country)
                country = groups.country_of(m.entity, located=False)  # (Odessa stays a place: "die Hafenstadt")
                disc.places.append((si, country or m.entity, country is not None))
        del disc.places[:-8]
