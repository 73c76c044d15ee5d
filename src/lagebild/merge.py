"""Corpus-level merging: one entity per real actor, one event per real event, the relations.

This step runs after the per-document stages, over what the store holds:

* entities: the documents' canonical entities, united by id (aliases and documents gathered),
  and a person an article names by a surname alone ("Gysi erklärte, …") joined to the one person
  of the corpus with that surname ("Gregor Gysi" in another article), never where two share it
  (:func:`link_surnames`);
* events: the documents' events clustered into real-world events (see :func:`compatible`),
  every mention kept, date intervals intersected ("im Februar 2025 ein erstes Telefonat" and
  "Am 12. Februar telefonierte Trump mit Putin" give 2025-02-12), and a date conflict between
  outlets kept visible (``date_conflict``) rather than averaged away. Only ``occurred`` and
  ``planned`` reports make the timeline; ``hypothetical`` and ``negated`` ones stay in
  ``doc_events`` without an event (``event`` is NULL), so they remain searchable;
* relations: per pair of sides (a leader, a capital and the government stand for their state)
  and month, the counts of PLOVER's four quad classes and a cooperation–conflict score.

It is deterministic: the same documents give the same ids whatever order they came in.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from lagebild.entities.kb import person_surnames, surname_key
from lagebild.model import QUAD_CLASS, stable_id
from lagebild.store import Store

#: Weights of the quad classes in the cooperation–conflict score (material acts weigh more
#: than words, as in the Goldstein-style scales that CAMEO users know).
QUAD_WEIGHT = {"verbal_cooperation": 1.0, "material_cooperation": 2.0,
               "verbal_conflict": -1.0, "material_conflict": -2.0}

#: Types whose two sides act together, so that "Trump called Putin" and "Putin and Trump
#: spoke" are one event; for every other type the direction matters ("Selenskyj criticised
#: Trump" is not "Trump criticised Selenskyj").
SYMMETRIC = frozenset({"CONSULT", "COOPERATE", "AGREE"})

#: Modes that describe the same kind of contact: a summit meeting is also a visit, but a phone
#: call is neither.
MODE_GROUP = {"visit": "in_person", "multilateral": "in_person", "third-party": "in_person"}

#: Quad classes of acts that recur within a month (attacks, arrests, protests): a report that
#: dates one only to its month does not say which of another article's days it is.
RECURRENT = frozenset({"material_conflict"})

#: Statuses that make the timeline.
TIMELINE_STATUS = frozenset({"occurred", "planned"})

#: Two outlets that date the same event to days this close apart report one event with a date
#: conflict ("am 12. Februar" vs "am 13. Februar"), not two events.
CONFLICT_DAYS = 2

_PRECISION = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "half": 3, "year": 4, "decade": 5}
#: the rank of a date at a granularity :data:`_PRECISION` lacks, and of no date
_VAGUE, _UNDATED = 6, 7


@dataclass
class DocEvent:
    """One document's report of an event, as stored."""

    id: str
    document: str
    type: str
    mode: str | None
    status: str
    date: dict[str, Any] | None
    sources: list[str]
    targets: list[str]
    location: str | None
    start: int
    #: the article the report belongs to as a story: its document, or the source a near-copy
    #: copies (an agency text in twenty outlets is one article with twenty appearances)
    group: str = ""
    #: the document's publication date ("" where it has none): the earliest report names the event
    published: str = ""
    #: whether a later version of the same article replaces the document (``superseded_by``): its
    #: reports stay with it, but the timeline counts the latest version's alone
    superseded: bool = False

    def __post_init__(self) -> None:
        self.group = self.group or self.document

    @property
    def interval(self) -> tuple[str, str] | None:
        """The days the report's date covers, or None where it has none."""
        if self.date and self.date.get("start") and self.date.get("end"):
            return str(self.date["start"]), str(self.date["end"])
        return None


@dataclass
class Cluster:
    """The reports of one real-world event, with what :func:`compatible` asks of them kept at hand."""

    members: list[DocEvent] = field(default_factory=list)
    lo: str | None = None  # the intersection of the members' intervals
    hi: str | None = None
    conflict: bool = False
    modes: set[str] = field(default_factory=set)  # mode groups seen
    places: set[str] = field(default_factory=set)  # locations seen, as what they stand for
    by_doc: dict[str, list[DocEvent]] = field(default_factory=dict)
    groups: set[str] = field(default_factory=set)  # the members' articles (copies as their source)
    sides: tuple[frozenset[str], frozenset[str]] | None = None  # the first member's side key

    @property
    def first(self) -> DocEvent:
        """The report that names the event (its id, its orientation): the earliest published,
        then by document and place. News arrive in the order they were published, so a later
        run's documents rarely come first and the ids of the events they join stay as they
        were; and the choice depends on the reports alone, so an incremental merge still equals
        a full one."""
        return min(self.members, key=lambda m: (m.published or "~", m.document, m.start, m.id))

    def add(self, rep: DocEvent, stands_for: dict[str, str]) -> None:
        self.members.append(rep)
        self.by_doc.setdefault(rep.document, []).append(rep)
        self.groups.add(rep.group)
        if rep.mode:
            self.modes.add(MODE_GROUP.get(rep.mode, rep.mode))
        if rep.location:
            self.places.add(stands_for.get(rep.location, rep.location))
        iv = rep.interval
        if iv is None:
            return
        if self.lo is None or self.hi is None:
            self.lo, self.hi = iv
        elif max(self.lo, iv[0]) <= min(self.hi, iv[1]):
            self.lo, self.hi = max(self.lo, iv[0]), min(self.hi, iv[1])
        else:
            self.conflict = True  # keep the narrower date already there; the record lists both


def side_key(rep: DocEvent, stands_for: dict[str, str]) -> tuple[frozenset[str], frozenset[str]]:
    """The report's two sides as the states they stand for: "Putin" and "Russland" are one side."""
    return (frozenset(stands_for.get(a, a) for a in rep.sources),
            frozenset(stands_for.get(a, a) for a in rep.targets))


def same_sides(a: DocEvent, b: DocEvent, stands_for: dict[str, str],
               sides: tuple[tuple[frozenset[str], frozenset[str]], ...] | None = None) -> bool:
    """Whether two reports have the same sides (in either order for symmetric types);
    ``sides`` may give both side keys, already computed."""
    sa, sb = sides if sides else (side_key(a, stands_for), side_key(b, stands_for))
    if sa == sb:
        return True
    return a.type in SYMMETRIC and b.type in SYMMETRIC and sa == (sb[1], sb[0])


def _overlap(a: list[str], b: list[str]) -> bool:
    return bool(set(a) & set(b)) or (not a and not b)


def compatible(rep: DocEvent, c: Cluster, stands_for: dict[str, str],
               rep_sides: tuple[frozenset[str], frozenset[str]] | None = None) -> bool:
    """Whether a report can be one more mention of the cluster's event, dates aside.

    * the same status class (planned or not) and the same sides;
    * the same PLOVER type, or two verbal-cooperation types from different documents (one
      outlet's "gratulierte" is another's "signalisierte Bereitschaft": coders disagree on the
      type of a friendly gesture more than on the gesture);
    * no contradiction in how or where: a phone call is not a visit, Paris is not Buenos Aires
      (a capital and its state agree: "Riad" and "Saudi-Arabien"; a phone call has no one place);
    * within one document, two reports are one event only where they stand in different
      sentences and share a named actor on each side: Witkoff's "Besuche in Moskau" and Trump's
      summit with Putin are two events although both sides stand for the USA and Russia.
    """
    first = c.members[0]
    if (rep.status == "planned") != (first.status == "planned"):
        return False
    if c.sides is None:
        c.sides = side_key(first, stands_for)
    if not same_sides(rep, first, stands_for, (rep_sides or side_key(rep, stands_for), c.sides)):
        return False
    same_doc = c.by_doc.get(rep.document, [])
    if rep.type != first.type and not (QUAD_CLASS.get(rep.type) == QUAD_CLASS.get(first.type) ==
                                       "verbal_cooperation" and not same_doc):
        return False
    if rep.mode and c.modes - {MODE_GROUP.get(rep.mode, rep.mode)}:
        return False
    # a phone call joins two places, and an outlet may name either or the place of a reaction
    # (sixth user trial: FAZ's call "hat in Europa Besorgnis ausgelöst" and WELT's "in Kiew Empörung"
    # were two calls with two dates instead of one call with a date conflict)
    if rep.location and c.places - {stands_for.get(rep.location, rep.location)} and \
            not (rep.mode == "phone" or "phone" in c.modes):
        return False
    for m in same_doc:
        if m.start == rep.start:
            return False  # the document's own stage kept them apart in one sentence
        straight = _overlap(m.sources, rep.sources) and _overlap(m.targets, rep.targets)
        crossed = rep.type in SYMMETRIC and _overlap(m.sources, rep.targets) and _overlap(m.targets, rep.sources)
        if not (straight or crossed):
            return False
    return True


def _days_apart(a: str, b: str) -> int:
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)


def _fits(rep: DocEvent, c: Cluster) -> str | None:
    """How the report's date fits the cluster's: "overlap", "conflict" or None (it does not)."""
    iv = rep.interval
    if iv is None or c.lo is None or c.hi is None:
        return "overlap" if iv is None and c.lo is None else None
    if max(iv[0], c.lo) <= min(iv[1], c.hi):
        return "overlap"
    day_level = iv[0] == iv[1] and c.lo == c.hi
    if day_level and rep.document not in {m.document for m in c.members} and \
            _days_apart(iv[0], c.lo) <= CONFLICT_DAYS and not _unnamed_side(rep):
        return "conflict"
    return None


def _reported_after(rep: DocEvent, c: Cluster) -> bool:
    """Whether a report dated to its article's publication month (news with no date of its own)
    stands in an article published on the day-level cluster's day or up to :data:`CONFLICT_DAYS`
    after it: then it reports that day's act, even where such acts recur within a month."""
    if len(rep.published) < 10 or c.lo is None or c.lo != c.hi or not rep.date or \
            str(rep.date.get("value")) != rep.published[:7]:
        return False
    try:
        days = (dt.date.fromisoformat(rep.published[:10]) - dt.date.fromisoformat(c.lo)).days
    except ValueError:
        return False
    return 0 <= days <= CONFLICT_DAYS


def _unnamed_side(rep: DocEvent) -> bool:
    """Whether a side of the report is a group without a name ("Zivilgesellschaft (Serbien)",
    "Täter"): two arrests of a state's people on different days are two arrests, not one
    reported with two dates (a named side on both makes a date conflict likely)."""
    return any("#" in a or a.startswith("grp:") for a in (*rep.sources, *rep.targets))


def cluster_events(reports: list[DocEvent], stands_for: dict[str, str],
                   undated_docs: frozenset[str] = frozenset()) -> list[Cluster]:
    """Group reports into real-world events.

    The most precise reports go first, so that a month-level report joins the day-level event
    it overlaps ("im Februar 2025" joins "am 12. Februar"); among several clusters it fits, one
    of its own article, then one with the same mode, then the one with the narrowest date wins.
    An act of material conflict dated only to its month joins no other article's day
    (:data:`RECURRENT`). An undated report joins the one event its
    own article dated ("hat es dabei erneut angegriffen" after "seit dem 24. Februar 2022 führt
    Russland Krieg"), else an undated event of the same sides from the same article; it does not
    join another article's event, which may lie years apart, unless its own article has no
    publication date (``undated_docs``) and exactly one dated event fits.
    """
    def precision(r: DocEvent) -> tuple[int, str, int, str]:
        g = (r.date or {}).get("granularity")
        rank = _PRECISION.get(str(g), _VAGUE) if r.interval else _UNDATED
        return rank, r.document, r.start, r.id

    clusters: list[Cluster] = []
    # per type and pair of sides: the clusters by month they cover, the undated ones, by document,
    # so that a report meets only the clusters it could join (a corpus has thousands per pair)
    Key = tuple[str, frozenset[frozenset[str]]]  # (type, or verbal cooperation; the two sides)
    by_month: dict[Key, dict[str, list[Cluster]]] = defaultdict(lambda: defaultdict(list))
    undated_of: dict[Key, list[Cluster]] = defaultdict(list)
    by_doc: dict[tuple[Key, str], list[Cluster]] = defaultdict(list)
    for rep in sorted(reports, key=precision):
        rep_sides = side_key(rep, stands_for)
        kind = "verbal_cooperation" if QUAD_CLASS.get(rep.type) == "verbal_cooperation" else rep.type
        key = (kind, frozenset(rep_sides))
        iv = rep.interval
        if iv is None:
            # an undated report stays in its own article: "Ein weiteres Treffen fand am Rande des
            # Apec-Gipfels statt" (2017) is not another outlet's undated meeting of the same pair
            # (a near-copy's article is its source's: the copy's undated report is one more
            # appearance of the source's, not an event of its own)
            own = [c for c in by_doc[(key, rep.group)] if c.lo is not None and
                   compatible(rep, c, stands_for, rep_sides)]
            undated = [c for c in undated_of[key] if c.groups == {rep.group} and
                       compatible(rep, c, stands_for, rep_sides)]
            home = undated[0] if undated else (own[0] if len(own) == 1 else None)
            if home is None and rep.document in undated_docs:
                # an article without a publication date could not date its current news; it
                # joins another article's event where exactly one fits (seed 004's congratulation)
                seen = {id(c): c for cs in by_month[key].values() for c in cs}
                fitting = [c for c in seen.values() if compatible(rep, c, stands_for, rep_sides)]
                # the same type first, then the same kind: a meeting, or a gesture (an offer is
                # no phone call)
                fitting = [c for c in fitting if c.members[0].type == rep.type] or \
                    [c for c in fitting if (c.members[0].type == "CONSULT") == (rep.type == "CONSULT")]
                home = fitting[0] if len(fitting) == 1 else None
        else:
            seen = {id(c): c for m in _months(iv[0], iv[1], CONFLICT_DAYS) for c in by_month[key].get(m, ())}
            options = [c for c in seen.values() if compatible(rep, c, stands_for, rep_sides)]
            if _PRECISION.get(str((rep.date or {}).get("granularity")), _VAGUE) > _PRECISION["month"]:
                # A report dated only to a season or a year ("im vergangenen Sommer empfangen")
                # overlaps every event of its sides in that time: it joins only an event of its
                # own type and manner (a reception is no phone call), else it stays its own.
                options = [c for c in options if c.members[0].type == rep.type and
                           c.modes == ({MODE_GROUP.get(rep.mode, rep.mode)} if rep.mode else set())]
            if iv[0] != iv[1] and QUAD_CLASS.get(rep.type) in RECURRENT:
                # An attack, an arrest, a protest dated only to its month is one of many that month
                # in a war or a wave of protest: it joins an event of its own article, not another
                # outlet's day (sixth user trial: SPIEGEL's "rund 400 Drohnen" in February, told of
                # the attack of the 16th, joined Reuters' "about 200 drones" of the 13th, and the
                # dossier saw the two figures as a disagreement). Two outlets' manoeuvres "im März"
                # stay one.
                # But a report of the publication month in an article published on the
                # cluster's day or a day or two after it tells that day's act as current news
                # (seventh user trial: BBC's "Israel has carried out an air strike on Hamas in
                # Doha", published on 9 September with no date in the sentence, is ZDF's strike
                # of the 9th, not one of many that month).
                options = [c for c in options if rep.group in c.groups or c.lo != c.hi or
                           _reported_after(rep, c)]
            fits = [(c, f) for c in options for f in [_fits(rep, c)] if f]
            overlap = [c for c, f in fits if f == "overlap"]
            pool = overlap or [c for c, f in fits if f == "conflict"]
            # the article's own event first: a vague date in it most likely tells what it dated
            # then the nearest to the article's publication, which a vague date most likely means
            home = min(pool, key=lambda c: (rep.group not in c.groups, c.members[0].mode != rep.mode,
                                            _days_apart(c.lo or "", c.hi or "") if c.lo else 99999,
                                            _days_apart(c.lo, rep.published[:10])
                                            if c.lo and len(rep.published) >= 10 else 99999,
                                            c.members[0].id)) if pool else None
        if home is None:
            home = Cluster()
            clusters.append(home)
            if iv is None:
                undated_of[key].append(home)
            else:
                for m in _months(iv[0], iv[1], 0):
                    by_month[key][m].append(home)
        if rep.group not in home.groups:
            by_doc[(key, rep.group)].append(home)
        home.add(rep, stands_for)
    return clusters


def _months(lo: str, hi: str, slack_days: int) -> list[str]:
    """The months (``YYYY-MM``) an interval touches, widened by ``slack_days`` on both sides."""
    a = dt.date.fromisoformat(lo) - dt.timedelta(days=slack_days)
    b = dt.date.fromisoformat(hi) + dt.timedelta(days=slack_days)
    out = []
    y, m = a.year, a.month
    while (y, m) <= (b.year, b.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def merged_date(c: Cluster) -> tuple[dict[str, Any], list[dict[str, Any]] | None]:
    """The cluster's date: the intersection of its members' intervals at the granularity it
    has, and where they disagree, every date seen (the conflict)."""
    dated = [m.date for m in c.members if m.interval and m.date]
    if not dated or c.lo is None or c.hi is None:
        return {"value": None, "start": None, "end": None, "granularity": None}, None
    exact = [d for d in dated if d["start"] == c.lo and d["end"] == c.hi]
    if exact:
        best = min(exact, key=lambda d: _PRECISION.get(str(d.get("granularity")), _VAGUE))
        record = _date_record(best)
    elif c.lo == c.hi:
        record = {"value": c.lo, "start": c.lo, "end": c.hi, "granularity": "day"}
    else:
        narrow = min(dated, key=lambda d: _PRECISION.get(str(d.get("granularity")), _VAGUE))
        record = {**_date_record(narrow), "start": c.lo, "end": c.hi}
    if not c.conflict:
        return record, None
    # Each date the reports give, with the documents that give it; a vaguer date that holds a
    # narrower one seen ("2025-03" beside "2025-03-18") contradicts nobody and is left out.
    docs: dict[str, set[str]] = {}
    for m in c.members:
        if m.interval and m.date:
            docs.setdefault(json.dumps(_date_record(m.date), sort_keys=True), set()).add(m.document)
    seen = {k: json.loads(k) for k in docs}

    def holds_another(k: str) -> bool:
        d = seen[k]
        return any(o != k and d["start"] <= seen[o]["start"] and seen[o]["end"] <= d["end"]
                   and (seen[o]["start"], seen[o]["end"]) != (d["start"], d["end"]) for o in seen)

    return record, [{**seen[k], "documents": sorted(docs[k])} for k in sorted(seen) if not holds_another(k)]


_CALENDAR_VALUE = re.compile(r"^\d{4}(-(\d{2}(-\d{2})?|W\d{2}|SP|SU|FA|WI|Q[1-4]|H[12]))?$")


def _date_record(d: dict[str, Any]) -> dict[str, Any]:
    """A date as the export writes it: ``value`` is a calendar value (``2025-02-12``, ``2025-W07``,
    ``2025-02``, ``2025-SU``, ``2025-H1``, ``2025``) or null where only the interval is known — a span like "in den
    vergangenen Monaten" carries the duration ``PXM`` as its TIMEX value, which is no date."""
    value = d.get("value")
    if value is not None and not _CALENDAR_VALUE.match(str(value)):
        value = None
    return {"value": value, "start": d.get("start"), "end": d.get("end"), "granularity": d.get("granularity")}


def event_record(c: Cluster, stands_for: dict[str, str] | None = None) -> dict[str, Any]:
    """The merged event as :meth:`Store.replace_corpus` writes it."""
    first = c.first
    stands_for = stands_for or {}
    date, conflict = merged_date(c)
    src_side = {stands_for.get(a, a) for a in first.sources}
    src: list[str] = []
    tgt: list[str] = []
    for m in c.members:  # "Putin und Trump" in one report, "Trump mit Putin" in another: one orientation
        crossed = m.type in SYMMETRIC and not {stands_for.get(a, a) for a in m.sources} & src_side
        src.extend(m.targets if crossed else m.sources)
        tgt.extend(m.sources if crossed else m.targets)
    src = list(dict.fromkeys(src))
    tgt = [a for a in dict.fromkeys(tgt) if a not in src]
    types = Counter(m.type for m in c.members).most_common()
    etype = min((t for t, n in types if n == types[0][1]), key=lambda t: (t != first.type, t))
    mode = Counter(m.mode for m in c.members if m.mode).most_common(1)
    loc = Counter(m.location for m in c.members if m.location).most_common(1)
    return {"id": stable_id("ev", first.id), "type": etype, "mode": mode[0][0] if mode else None,
            "status": first.status, "date": date, "date_conflict": conflict, "source_actors": src,
            "target_actors": tgt, "location": loc[0][0] if loc else None}


def _contributions(events: Iterable[dict[str, Any]], stands_for: dict[str, str]
                   ) -> Iterator[tuple[tuple[str, str, str], str]]:
    """Each ``((side a, side b, month), quad class)`` that the events add one to."""
    for e in events:
        quad = QUAD_CLASS.get(e["type"])
        if quad is None or e["status"] != "occurred":
            continue
        d = e["date"]
        fine = d["granularity"] in ("day", "week", "month") and d["start"]
        month = str(d["start"])[:7] if fine else (d["value"] or "undated")
        sides_a = {_side(a, stands_for) for a in e["source_actors"]}
        sides_b = {_side(b, stands_for) for b in e["target_actors"]}
        for a in sides_a:
            for b in sides_b - sides_a:
                x, y = sorted((a, b))
                yield (x, y, month), quad


def _side(actor: str, stands_for: dict[str, str]) -> str:
    """The side an actor counts for in the relations: the state it stands for (Putin, Moskau:
    Russia), else the state a place of the knowledge base lies in (the province Sjunik, the
    village Sotk: Armenia; shelling them is a conflict of Azerbaijan with Armenia, not with a
    province), else itself. Only the relations map places so: the timeline keeps "Sjunik" as
    the target, and two strikes on two towns stay two events."""
    if actor in stands_for:
        return stands_for[actor]
    from lagebild.entities.kb import load_kb

    entry = load_kb().get(actor)
    return entry.located_in if entry is not None and entry.type == "LOC" and entry.located_in else actor


def _relation_row(key: tuple[str, str, str], cnt: Counter[str]) -> tuple[Any, ...]:
    """A ``relations`` row; all counts zero means the row goes (see :meth:`Store.update_corpus`)."""
    total = sum(cnt.values())
    score = sum(QUAD_WEIGHT[q] * n for q, n in cnt.items()) / (2 * total) if total else 0.0
    return (*key, cnt["verbal_cooperation"], cnt["material_cooperation"], cnt["verbal_conflict"],
            cnt["material_conflict"], round(score, 4))


def relations(events: list[dict[str, Any]], stands_for: dict[str, str]) -> list[tuple[Any, ...]]:
    """Per pair of sides and month: the four quad-class counts and the cooperation–conflict score.

    Sides are states where an actor stands for one (Trump's calls count for USA–Russia); only
    events that happened count. The month is ``YYYY-MM`` for day- and month-dated events, the
    coarser value ("2025", "2025-SU") otherwise, and ``undated`` without a date. The score is
    the weighted mean of the quad classes scaled to [-1, 1]: 1 all material cooperation, -1 all
    material conflict.
    """
    rel: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    for key, quad in _contributions(events, stands_for):
        rel[key][quad] += 1
    return [_relation_row(key, cnt) for key, cnt in sorted(rel.items())]


def link_surnames(entities: list[dict[str, Any]], surnames: Iterable[tuple[str, str]]) -> None:
    """Join the persons named by a surname alone to the corpus's person of that surname, in place.

    ``surnames`` are ``(document, surname)`` pairs (``doc_surnames``); ``entities`` the united
    entities, among them every person of the corpus whose surname is one of theirs (an
    incremental merge unites only some: :func:`merge` adds the persons of those surnames). A
    surname joins a person where it is the surname of exactly one person of the corpus: the
    Tagesspiegel's "Gysi erklärte, …" is the "Gregor Gysi" of the tagesschau's article; the
    document counts among the person's and the surname among his aliases. Where two persons
    share it (Hunter and Joe Biden), it joins neither: the article alone would have to say
    which. A genitive ("Gysis") is tried without its -s where the form itself is nobody's.
    """
    owners: dict[str, set[str]] = defaultdict(set)
    by_id = {e["id"]: e for e in entities}
    for e in entities:
        for key in person_surnames(e):
            owners[key].add(e["id"])
    for doc, surname in surnames:
        key = surname_key(surname)
        if not owners.get(key) and surname.endswith("s"):
            key = surname_key(surname[:-1])
        found = owners.get(key, set())
        person = by_id.get(next(iter(found))) if len(found) == 1 else None
        if person is None:
            continue
        if doc not in person["documents"]:
            person["documents"] = sorted([*person["documents"], doc])
        if surname not in person["aliases"]:
            person["aliases"] = sorted([*person["aliases"], surname])


def _surname_rows(store: Store, keys: set[str] | None = None, docs: Sequence[str] | None = None
                  ) -> list[tuple[str, str]]:
    """``(document, surname)`` of the persons named by a surname alone: all, those of ``docs``, or
    those of ``keys`` (a genitive's key without its -s counts), in the order of the documents."""
    if docs is not None:
        rows = _rows_in(store, "SELECT document, start, surname FROM doc_surnames WHERE document IN ({})", docs)
    elif keys is not None:
        found = {(r["document"], r["start"]): r["surname"] for sql in (
            "SELECT document, start, surname FROM doc_surnames WHERE key IN ({})",
            "SELECT document, start, surname FROM doc_surnames WHERE stem_key IN ({})")
            for r in _rows_in(store, sql, sorted(keys))}
        return [(doc, found[doc, start]) for doc, start in sorted(found)]
    else:
        rows = store.query("SELECT document, start, surname FROM doc_surnames")
    return [(r["document"], r["surname"]) for r in sorted(rows, key=lambda r: (r["document"], r["start"]))]


def _entities(store: Store, ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """The canonical entities united from the documents' rows: all of them, or those of ``ids``."""
    ents: dict[str, dict[str, Any]] = {}
    names: dict[str, Counter[str]] = defaultdict(Counter)
    rows: Iterable[Any]
    if ids is None:
        rows = store.query("SELECT * FROM doc_entities ORDER BY entity, document")
    else:
        rows = sorted(_rows_in(store, "SELECT * FROM doc_entities WHERE entity IN ({})", ids),
                      key=lambda r: (r["entity"], r["document"]))
    for r in rows:
        e = ents.setdefault(r["entity"], {"id": r["entity"], "type": r["type"], "aliases": set(),
                                          "documents": [], "stands_for": r["stands_for"]})
        e["aliases"].update(json.loads(r["aliases"]))
        e["documents"].append(r["document"])
        e["stands_for"] = e["stands_for"] or r["stands_for"]
        names[r["entity"]][r["name"]] += 1
    entities = []
    for eid in sorted(ents):
        e = ents[eid]
        e["name"] = max(names[eid].items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))[0]
        e["aliases"] = sorted(e["aliases"] | {e["name"]})
        entities.append(e)
    return entities


#: How many values one ``IN (…)`` list holds (SQLite's limit on variables is 32,766; smaller
#: lists keep each statement's plan cheap).
_CHUNK = 500


def _rows_in(store: Store, sql: str, values: Iterable[Any]) -> list[Any]:
    """The rows of ``sql`` (with one ``IN ({})`` placeholder) for every value, in chunks."""
    vals = list(dict.fromkeys(values))
    out: list[Any] = []
    for i in range(0, len(vals), _CHUNK):
        part = vals[i : i + _CHUNK]
        out.extend(store.query(sql.format(",".join("?" * len(part))), part))
    return out


def _report(r: Any, docs: dict[str, tuple[str, str, bool]]) -> DocEvent:
    dup_of, published, superseded = docs.get(r["document"], ("", "", False))
    return DocEvent(r["id"], r["document"], r["type"], r["mode"], r["status"],
                    json.loads(r["date"]) if r["date"] else None, json.loads(r["sources"]),
                    json.loads(r["targets"]), r["location"], r["start"], dup_of, published, superseded)


def _doc_info(store: Store, docs: Iterable[str] | None = None) -> dict[str, tuple[str, str, bool]]:
    """Per document among ``docs`` (all where None): the source it nearly copies and its
    publication date, each "" where it has none, and whether a later version supersedes it."""
    cols = "id, dup_of, published, " + ("superseded_by" if store.has_column("documents", "superseded_by")
                                        else "NULL AS superseded_by")
    if docs is None:
        rows = store.query(f"SELECT {cols} FROM documents")  # noqa: S608 (column names only)
    else:
        rows = _rows_in(store, f"SELECT {cols} FROM documents WHERE id IN ({{}})", docs)  # noqa: S608
    return {r["id"]: (r["dup_of"] or "", r["published"] or "", r["superseded_by"] is not None) for r in rows}


def block_of(rep: DocEvent, stands_for: dict[str, str]) -> str:
    """The block a timeline report belongs to: its kind of event and its two sides (as the
    states they stand for, in either order). :func:`cluster_events` only ever compares a report
    with clusters of its own block, so blocks can be clustered one by one: the incremental
    merge reclusters just the blocks that new reports fall into."""
    kind = "verbal_cooperation" if QUAD_CLASS.get(rep.type) == "verbal_cooperation" else rep.type
    sides = sorted(sorted(side) for side in side_key(rep, stands_for))
    return stable_id("blk", json.dumps([kind, sides], ensure_ascii=False))


def _cluster(reports: list[DocEvent], stands_for: dict[str, str], undated_docs: frozenset[str]
             ) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    """The merged events of the timeline reports among ``reports`` and their members. A
    superseded version's reports make none: the latest version tells the article (its identical
    sentences are not more reports of the same events, sixth user trial)."""
    timeline = [r for r in reports if r.status in TIMELINE_STATUS and not r.superseded]
    events: list[dict[str, Any]] = []
    members: list[tuple[str, str]] = []
    for c in cluster_events(timeline, stands_for, undated_docs):
        rec = event_record(c, stands_for)
        events.append(rec)
        members.extend((rec["id"], m.id) for m in c.members)
    events.sort(key=lambda e: e["id"])
    return events, members


def merge(store: Store, *, full: bool = False) -> dict[str, int]:
    """Bring the corpus level up to date with the stored documents; returns counts.

    Incremental by default: only the documents stored since the last merge are read; the
    entities they mention are united anew, the event blocks (:func:`block_of`) their reports fall
    into are reclustered, and the relations change by the difference between the blocks' old and
    new events. The result equals a merge of everything in one go (tested), because entities are
    united per id, clusters never cross blocks and relation counts add up. A full merge runs
    where there is no earlier merge to build on (a new database, or one written by a lagebild
    without merge state), with ``full=True``, or where a new document changes which state an
    already known actor stands for (which moves reports between blocks).
    """
    state = store.merge_state()
    if full or state is None:
        return _merge_all(store)
    new_docs = [r["id"] for r in store.query("SELECT id FROM documents WHERE rowid > ? ORDER BY rowid", (state,))]
    if not new_docs:
        return _counts(store, 0)
    if store.has_column("documents", "superseded_by") and set(new_docs) & {r["superseded_by"] for r in store.query(
            "SELECT superseded_by FROM documents WHERE rowid <= ? AND superseded_by IS NOT NULL", (state,))}:
        return _merge_all(store)  # a new version replaces a merged one, whose reports leave its events
    touched_ids = sorted({r["entity"] for r in _rows_in(
        store, "SELECT DISTINCT entity FROM doc_entities WHERE document IN ({})", new_docs)})
    touched = _entities(store, touched_ids)
    # the persons whose surname a new document names alone, or shares with a new person: their
    # surname links are made anew (a link added, or dropped where a second person of it came)
    surnames = {surname_key(s.removesuffix(x)) for _, s in _surname_rows(store, docs=new_docs) for x in ("", "s")}
    surnames |= {k for e in touched for k in person_surnames(e)}
    if surnames:
        known_ids = set(touched_ids)
        more = [r["entity"] for r in _rows_in(store, "SELECT DISTINCT entity FROM person_keys WHERE key IN ({})",
                                               sorted(surnames)) if r["entity"] not in known_ids]
        if more:
            touched_ids = sorted({*touched_ids, *more})
            touched = _entities(store, touched_ids)
        link_surnames(touched, _surname_rows(store, surnames))
    stands_for = {r["id"]: r["stands_for"] for r in store.query(
        "SELECT id, stands_for FROM entities WHERE stands_for IS NOT NULL")}
    old_sf = {r["id"]: r["stands_for"] for r in _rows_in(store, "SELECT id, stands_for FROM entities WHERE id IN ({})",
                                                         touched_ids)}
    if any(e["id"] in old_sf and old_sf[e["id"]] != e["stands_for"] for e in touched):
        return _merge_all(store)
    stands_for.update({e["id"]: e["stands_for"] for e in touched if e["stands_for"]})

    fresh_rows = _rows_in(store, "SELECT * FROM doc_events WHERE document IN ({})", new_docs)
    fresh = [_report(r, {}) for r in fresh_rows]
    fresh_blocks = {r.id: block_of(r, stands_for) for r in fresh if r.status in TIMELINE_STATUS}
    blocks = sorted(set(fresh_blocks.values()))
    known = [r["report"] for r in _rows_in(store, "SELECT report FROM merge_blocks WHERE block IN ({})", blocks)]
    fresh_ids = {r.id for r in fresh}
    known_rows = [r for r in _rows_in(store, "SELECT * FROM doc_events WHERE id IN ({})", known)
                  if r["id"] not in fresh_ids]
    docs = _doc_info(store, {r["document"] for r in fresh_rows + known_rows})
    reports = [_report(r, docs) for r in fresh_rows + known_rows]
    reports.sort(key=lambda r: (r.document, r.start, r.id))
    undated_docs = frozenset(r["id"] for r in _rows_in(
        store, "SELECT id FROM documents WHERE published IS NULL AND id IN ({})", {r.document for r in reports}))
    events, members = _cluster(reports, stands_for, undated_docs)

    old_ids = sorted({r["event"] for r in _rows_in(store, "SELECT event FROM doc_events WHERE id IN ({})", known)
                      if r["event"]})
    old_events = [_event_from_row(r) for r in _rows_in(store, "SELECT * FROM events WHERE id IN ({})", old_ids)]
    delta: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    for sign, evs in ((-1, old_events), (1, events)):
        for key, quad in _contributions(evs, stands_for):
            delta[key][quad] += sign
    keys = sorted(delta)
    existing: dict[tuple[str, str, str], Any] = {}
    for i in range(0, len(keys), _CHUNK // 3):
        part = keys[i : i + _CHUNK // 3]
        existing.update({(r["a"], r["b"], r["month"]): r for r in store.query(
            "SELECT * FROM relations WHERE " + " OR ".join(["(a=? AND b=? AND month=?)"] * len(part)),
            [v for key in part for v in key])})
    rels = []
    for key in keys:
        cnt: Counter[str] = Counter({q: existing[key][q] for q in QUAD_WEIGHT} if key in existing else {})
        cnt.update(delta[key])
        rels.append(_relation_row(key, cnt))
    top = store.query("SELECT COALESCE(MAX(rowid), 0) AS top FROM documents")[0]["top"]
    store.update_corpus(touched, old_ids, events, members, rels, fresh_blocks, top)
    return _counts(store, len(reports))


def _merge_all(store: Store) -> dict[str, int]:
    """Recompute the corpus level from every stored document."""
    top = store.query("SELECT COALESCE(MAX(rowid), 0) AS top FROM documents")[0]["top"]
    entities = _entities(store)
    link_surnames(entities, _surname_rows(store))
    stands_for = {e["id"]: e["stands_for"] for e in entities if e["stands_for"]}
    docs = _doc_info(store)
    reports = [_report(r, docs) for r in store.query("SELECT * FROM doc_events ORDER BY document, start, id")]
    undated_docs = frozenset(r["id"] for r in store.query("SELECT id FROM documents WHERE published IS NULL"))
    events, members = _cluster(reports, stands_for, undated_docs)
    rels = relations(events, stands_for)
    blocks = {r.id: block_of(r, stands_for) for r in reports if r.status in TIMELINE_STATUS}
    store.replace_corpus(entities, events, members, rels, blocks, top)
    return _counts(store, len(reports))


def _counts(store: Store, reclustered: int) -> dict[str, int]:
    c = store.counts()
    n_rel = store.query("SELECT COUNT(*) AS n FROM relations")[0]["n"]
    return {"entities": c["entities"], "events": c["events"], "relations": n_rel, "reclustered": reclustered}


def _event_from_row(r: Any) -> dict[str, Any]:
    """An ``events`` row in the shape :func:`event_record` gives (the fields relations read)."""
    return {"id": r["id"], "type": r["type"], "status": r["status"],
            "date": {"value": r["date_value"], "start": r["date_start"], "end": r["date_end"],
                     "granularity": r["granularity"]},
            "source_actors": json.loads(r["source_actors"]), "target_actors": json.loads(r["target_actors"])}
