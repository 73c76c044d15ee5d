"""The corpus-level merge: one event per real event across documents, dates intersected,
conflicts visible, hypothetical reports kept out of the timeline, and the relations."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from lagebild.merge import DocEvent, cluster_events, event_record, merge, relations
from lagebild.model import DateValue, Document, Entity, Event, Sentence
from lagebild.store import Store

SIDE = {"trump": "usa", "putin": "rus", "witkoff": "usa", "riad": "sau", "lawrow": "rus"}


def _date(value: str | None) -> dict[str, str | None] | None:
    if value is None:
        return None
    if len(value) == 10:
        return {"value": value, "start": value, "end": value, "granularity": "day"}
    if len(value) == 7:
        return {"value": value, "start": f"{value}-01", "end": f"{value}-28", "granularity": "month"}
    return {"value": value, "start": f"{value}-01-01", "end": f"{value}-12-31", "granularity": "year"}


def _rep(rid: str, doc: str, date: str | None, *, etype: str = "CONSULT", src: str = "trump",
         tgt: str = "putin", mode: str | None = None, status: str = "occurred", loc: str | None = None,
         start: int | None = None, copy_of: str = "") -> DocEvent:
    return DocEvent(rid, doc, etype, mode, status, _date(date), [src], [tgt], loc,
                    start if start is not None else int(rid[1:]) * 100, copy_of)


@pytest.mark.parametrize(("reports", "groups"), [
    # the 12 February call in two outlets: month-level and day-level merge to the day
    ([_rep("r1", "a", "2025-02"), _rep("r2", "b", "2025-02-12")], [{"r1", "r2"}]),
    # order of the sides does not matter for a consultation ...
    ([_rep("r1", "a", "2025-02-12"), _rep("r2", "b", "2025-02-12", src="putin", tgt="trump")], [{"r1", "r2"}]),
    # ... but it does for criticism
    ([_rep("r1", "a", "2025-02", etype="DISAPPROVE"),
      _rep("r2", "b", "2025-02", etype="DISAPPROVE", src="putin", tgt="trump")], [{"r1"}, {"r2"}]),
    # a leader and his state are one side
    ([_rep("r1", "a", "2025-02-18", src="usa", tgt="rus"), _rep("r2", "b", "2025-02", tgt="lawrow")],
     [{"r1", "r2"}]),
    # different days of the same month are two events in one document
    ([_rep("r1", "a", "2025-02-12"), _rep("r2", "a", "2025-02-18")], [{"r1"}, {"r2"}]),
    # a phone call is not a visit; Riad is not Paris
    ([_rep("r1", "a", "2025-02", mode="phone"), _rep("r2", "b", "2025-02", mode="visit")], [{"r1"}, {"r2"}]),
    ([_rep("r1", "a", "2025-02", loc="riad"), _rep("r2", "b", "2025-02", loc="Q90")], [{"r1"}, {"r2"}]),
    # planned and occurred are different events
    ([_rep("r1", "a", "2025-02", status="planned"), _rep("r2", "b", "2025-02")], [{"r1"}, {"r2"}]),
    # the same document: different named actors are different events (Witkoff's visits, Trump's summit)
    ([_rep("r1", "a", "2025"), _rep("r2", "a", "2025", src="witkoff")], [{"r1"}, {"r2"}]),
    # an undated mention joins the one event its own article dated
    ([_rep("r1", "a", "2022-02-24", etype="FIGHT", src="rus", tgt="ukr"),
      _rep("r2", "a", None, etype="FIGHT", src="rus", tgt="ukr")], [{"r1", "r2"}]),
    # two outlets a day apart: one event with a visible conflict
    ([_rep("r1", "a", "2025-02-12"), _rep("r2", "b", "2025-02-13")], [{"r1", "r2"}]),
    # ... also where they name two places for a phone call, which joins two places (sixth user
    # trial: "in Europa Besorgnis ausgelöst" and "in Kiew Empörung" made two calls)
    ([_rep("r1", "a", "2025-02-12", mode="phone", loc="Q46"), _rep("r2", "b", "2025-02-13", mode="phone", loc="Q1899"),
      _rep("r3", "c", "2025-02-12", mode="phone")], [{"r1", "r2", "r3"}]),
    # ... but a meeting in Riad is not one in Paris
    ([_rep("r1", "a", "2025-02-12", mode="visit", loc="riad"), _rep("r2", "b", "2025-02-13", mode="visit", loc="Q90")],
     [{"r1"}, {"r2"}]),
    # an attack dated to its month joins its own article's day, not another outlet's of the same
    # manner (sixth user trial: SPIEGEL's "rund 400 Drohnen" joined Reuters' drones of the 13th) ...
    ([_rep("r1", "a", "2026-02-13", etype="FIGHT", src="rus", tgt="ukr", mode="aerial"),
      _rep("r2", "b", "2026-02-16", etype="FIGHT", src="rus", tgt="ukr"),
      _rep("r3", "b", "2026-02", etype="FIGHT", src="rus", tgt="ukr", mode="aerial")], [{"r1"}, {"r2", "r3"}]),
    # ... and where its article dated none, it stays its own: attacks recur within a month ...
    ([_rep("r1", "a", "2026-02-13", etype="FIGHT", src="rus", tgt="ukr"),
      _rep("r2", "b", "2026-02", etype="FIGHT", src="rus", tgt="ukr")], [{"r1"}, {"r2"}]),
    # ... while two outlets' manoeuvres of one month are one
    ([_rep("r1", "a", "2016-03", etype="MOBILIZE", src="usa", tgt="kor"),
      _rep("r2", "b", "2016-03", etype="MOBILIZE", src="usa", tgt="kor")], [{"r1", "r2"}]),
    # praise in one outlet, an offer in another: one friendly gesture
    ([_rep("r1", "a", "2025-01", etype="SUPPORT", src="putin", tgt="trump"),
      _rep("r2", "b", "2025-01", etype="AGREE", src="putin", tgt="trump")], [{"r1", "r2"}]),
    # a reception "im vergangenen Sommer" is not the August phone call of another outlet ...
    ([_rep("r1", "a", "2025-08-08", mode="phone"), _rep("r2", "b", "2025")], [{"r1"}, {"r2"}]),
    ([_rep("r1", "a", "2025-08-08"), _rep("r2", "b", "2025", etype="AGREE")], [{"r1"}, {"r2"}]),
    # ... but a year-dated report of the same kind and manner is that event
    ([_rep("r1", "a", "2025-08-08", mode="phone"), _rep("r2", "b", "2025", mode="phone")], [{"r1", "r2"}]),
])
def test_clusters(reports: list[DocEvent], groups: list[set[str]]) -> None:
    got = [{m.id for m in c.members} for c in cluster_events(reports, SIDE)]
    assert sorted(got, key=sorted) == sorted(groups, key=sorted)


def _pub(rep: DocEvent, published: str) -> DocEvent:
    rep.published = published
    return rep


@pytest.mark.parametrize(("reports", "groups"), [
    # an attack dated only to the publication month, in an article published on another article's
    # day of that attack or a day or two later, is that day's attack (seventh user trial: BBC's
    # "Israel has carried out an air strike" of 9 September and ZDF's strike of the 9th) ...
    ([_rep("r1", "a", "2025-09-09", etype="FIGHT", src="isr", tgt="ham"),
      _pub(_rep("r2", "b", "2025-09", etype="FIGHT", src="isr", tgt="ham"), "2025-09-09T14:02")], [{"r1", "r2"}]),
    ([_rep("r1", "a", "2025-09-09", etype="FIGHT", src="isr", tgt="ham"),
      _pub(_rep("r2", "b", "2025-09", etype="FIGHT", src="isr", tgt="ham"), "2025-09-11")], [{"r1", "r2"}]),
    # ... the day it reports, not an earlier attack of the month ...
    ([_rep("r1", "a", "2025-09-05", etype="FIGHT", src="isr", tgt="ham"),
      _rep("r3", "c", "2025-09-09", etype="FIGHT", src="isr", tgt="ham"),
      _pub(_rep("r2", "b", "2025-09", etype="FIGHT", src="isr", tgt="ham"), "2025-09-09")], [{"r1"}, {"r2", "r3"}]),
    # ... not an attack days before its publication, nor one after it ...
    ([_rep("r1", "a", "2025-09-02", etype="FIGHT", src="isr", tgt="ham"),
      _pub(_rep("r2", "b", "2025-09", etype="FIGHT", src="isr", tgt="ham"), "2025-09-09")], [{"r1"}, {"r2"}]),
    ([_rep("r1", "a", "2025-09-12", etype="FIGHT", src="isr", tgt="ham"),
      _pub(_rep("r2", "b", "2025-09", etype="FIGHT", src="isr", tgt="ham"), "2025-09-09")], [{"r1"}, {"r2"}]),
    # ... and not where the month is another than the publication's ("im August" in September)
    ([_rep("r1", "a", "2025-08-30", etype="FIGHT", src="isr", tgt="ham"),
      _pub(_rep("r2", "b", "2025-08", etype="FIGHT", src="isr", tgt="ham"), "2025-09-01")], [{"r1"}, {"r2"}]),
])
def test_month_dated_news_joins_the_day_it_reports(reports: list[DocEvent], groups: list[set[str]]) -> None:
    got = [{m.id for m in c.members} for c in cluster_events(reports, SIDE)]
    assert sorted(got, key=sorted) == sorted(groups, key=sorted)


@pytest.mark.parametrize(("reports", "undated_docs", "groups"), [
    # undated reports of two articles are not one event: a 2017 meeting is not a 2025 one
    ([_rep("r1", "a", None), _rep("r2", "b", None)], frozenset(), [{"r1"}, {"r2"}]),
    # an undated report does not join another article's dated event ...
    ([_rep("r1", "a", "2025-02", etype="DISAPPROVE"), _rep("r2", "b", None, etype="DISAPPROVE")], frozenset(),
     [{"r1"}, {"r2"}]),
    # ... unless its article has no date at all and exactly one event fits, of its kind
    ([_rep("r1", "a", "2025-01", etype="SUPPORT", src="putin", tgt="trump"),
      _rep("r2", "a", "2025-02-18", src="putin", tgt="trump"),
      _rep("r3", "b", None, etype="AGREE", src="putin", tgt="trump")], frozenset({"b"}), [{"r1", "r3"}, {"r2"}]),
    ([_rep("r1", "a", "2025-01-20"), _rep("r2", "a", "2025-02-12"), _rep("r3", "b", None)], frozenset({"b"}),
     [{"r1"}, {"r2"}, {"r3"}]),
    # a near-copy's undated report is one more appearance of its source's, whatever the sentence
    ([_rep("r1", "a", None), _rep("r2", "b", None, copy_of="a"), _rep("r3", "c", None, copy_of="a")],
     frozenset(), [{"r1", "r2", "r3"}]),
    ([_rep("r1", "a", "2022-02-24", etype="FIGHT", src="rus", tgt="ukr"),
      _rep("r2", "b", None, etype="FIGHT", src="rus", tgt="ukr", copy_of="a")], frozenset(), [{"r1", "r2"}]),
])
def test_undated_reports(reports: list[DocEvent], undated_docs: frozenset[str], groups: list[set[str]]) -> None:
    got = [{m.id for m in c.members} for c in cluster_events(reports, SIDE, undated_docs)]
    assert sorted(got, key=sorted) == sorted(groups, key=sorted)
    assert all(event_record(c, SIDE)["date"]["value"] for c in cluster_events(reports, SIDE, undated_docs)
               if any(m.interval for m in c.members))


def test_dates_intersect_and_conflicts_stay_visible() -> None:
    (c,) = cluster_events([_rep("r1", "a", "2025-02"), _rep("r2", "b", "2025-02-12")], SIDE)
    rec = event_record(c)
    assert rec["date"] == {"value": "2025-02-12", "start": "2025-02-12", "end": "2025-02-12", "granularity": "day"}
    assert rec["date_conflict"] is None
    (c,) = cluster_events([_rep("r1", "a", "2025-02-12"), _rep("r2", "b", "2025-02-13")], SIDE)
    rec = event_record(c)
    assert rec["date_conflict"] is not None and {d["value"] for d in rec["date_conflict"]} == {"2025-02-12",
                                                                                               "2025-02-13"}


def test_acts_against_unnamed_groups_on_two_days_are_two_events() -> None:
    # "nahm drei Serben fest" on the 10th and "sieben Demonstranten" on the 11th: a group without
    # a name is no evidence that two reports with two days tell one act
    reports = [_rep("r1", "a", "2026-10-10", etype="COERCE", src="kosovo", tgt="serbien#civilians"),
               _rep("r2", "b", "2026-10-11", etype="COERCE", src="kosovo", tgt="serbien#civilians")]
    assert len(cluster_events(reports, SIDE)) == 2


def test_a_conflict_names_who_gives_which_date_and_leaves_out_vaguer_dates() -> None:
    # the month holds both days: it contradicts neither and is no part of the disagreement
    (c,) = cluster_events([_rep("r1", "a", "2025-02-12"), _rep("r2", "b", "2025-02-13"),
                           _rep("r3", "c", "2025-02"), _rep("r4", "d", "2025-02-12")], SIDE)
    got = {d["value"]: d["documents"] for d in event_record(c)["date_conflict"]}
    assert got == {"2025-02-12": ["a", "d"], "2025-02-13": ["b"]}


def test_relations_count_quad_classes_per_pair_of_states_and_month() -> None:
    events = [
        {"type": "CONSULT", "status": "occurred", "date": _date("2025-02-12"), "source_actors": ["trump"],
         "target_actors": ["putin"]},
        {"type": "FIGHT", "status": "occurred", "date": _date("2025-02"), "source_actors": ["rus"],
         "target_actors": ["usa"]},
        {"type": "CONSULT", "status": "planned", "date": _date("2025-02"), "source_actors": ["trump"],
         "target_actors": ["putin"]},
    ]
    assert relations(events, SIDE) == [("rus", "usa", "2025-02", 1, 0, 0, 1, -0.25)]


def _doc(doc_id: str, text: str, events: list[Event], published: str) -> Document:
    ents = (Entity("Q22686", "Donald Trump", "PER", ("Trump",), "Q30"),
            Entity("Q7747", "Wladimir Putin", "PER", ("Putin",), "Q159"),
            Entity("Q30", "USA", "LOC"), Entity("Q159", "Russland", "LOC"))
    return Document(id=doc_id, source=f"{doc_id}.txt", body=text, published=published,
                    sentences=(Sentence(0, len(text)),), entities=ents, events=tuple(events))


def _event(eid: str, text: str, date: DateValue | None, status: str = "occurred") -> Event:
    return Event(eid, "CONSULT", 0, len(text), ("Q22686",), ("Q7747",), status, "phone", None, date)  # type: ignore[arg-type]


def test_two_documents_merge_into_one_event_with_both_mentions(tmp_path: Path) -> None:
    a = "Am 12. Februar telefonierte Trump mit Putin."
    b = "Trump und Putin führten im Februar 2025 ein erstes Telefonat."
    c = "Trump könnte Putin bald wieder anrufen."
    docs = [
        _doc("da", a, [_event("ea", a, DateValue("2025-02-12", "2025-02-12", "2025-02-12", "day"))], "2025-02-24"),
        _doc("db", b + " " + c, [_event("eb", b, DateValue("2025-02", "2025-02-01", "2025-02-28", "month")),
                                 _event("ec", c, None, "hypothetical")], "2025-02-18"),
    ]
    with Store(tmp_path / "db.sqlite") as store:
        store.add_documents(docs)
        counts = merge(store)
        rows = store.query("SELECT * FROM events")
        members = store.query("SELECT id, event FROM doc_events ORDER BY id")
    assert counts["events"] == 1
    (row,) = rows
    assert (row["date_value"], row["granularity"], row["type"]) == ("2025-02-12", "day", "CONSULT")
    assert json.loads(row["source_actors"]) == ["Q22686"] and json.loads(row["target_actors"]) == ["Q7747"]
    assert {r["id"]: r["event"] for r in members} == {"ea": row["id"], "eb": row["id"], "ec": None}


def test_a_duration_value_is_no_calendar_value() -> None:
    from lagebild.merge import _date_record

    rec = _date_record({"value": "PXM", "start": "2025-10-15", "end": "2026-01-14", "granularity": None})
    assert rec["value"] is None and rec["start"] == "2025-10-15"
    assert _date_record({"value": "2025-SU", "start": "2025-06-21", "end": "2025-09-22"})["value"] == "2025-SU"


@pytest.mark.parametrize(("date", "value"), [
    # a week and a half-year are calendar values with their granularity (sixth user trial: "noch in
    # dieser Woche" was shown as "2026-02/2026-02" with granularity null)
    (DateValue("2026-W07", "2026-02-09", "2026-02-15", "week"), "2026-W07"),
    (DateValue("2026-H1", "2026-01-01", "2026-06-30", "half"), "2026-H1"),
])
def test_a_week_or_half_year_keeps_its_value_and_granularity(date: DateValue, value: str) -> None:
    rep = DocEvent("r1", "a", "CONSULT", None, "planned", {"value": date.value, "start": date.start,
                                                           "end": date.end, "granularity": date.granularity},
                   ["trump"], ["putin"], None, 0)
    (c,) = cluster_events([rep], SIDE)
    assert event_record(c)["date"] == {"value": value, "start": date.start, "end": date.end,
                                       "granularity": date.granularity}


def _corpus_level(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Everything the merge writes, in a fixed order."""
    with Store(db) as store:
        return {t: [tuple(r) for r in store.query(f"SELECT * FROM {t} ORDER BY 1, 2")]  # noqa: S608
                for t in ("entities", "events", "relations", "merge_blocks")} | {
            "members": [tuple(r) for r in store.query("SELECT id, event FROM doc_events ORDER BY id")]}


def test_incremental_merge_equals_a_merge_in_one_go(examples: Path, tmp_path: Path) -> None:
    from lagebild.pipeline import run

    files = sorted(examples.glob("*.txt"))
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    for i, f in enumerate(files):  # every other article: events reported in both halves meet
        (first if i % 2 == 0 else second).joinpath(f.name).write_bytes(f.read_bytes())
    grown = tmp_path / "grown.db"
    run([first], grown, workers=1, progress=False)
    with Store(grown) as store:
        n_first = len(store.query("SELECT id FROM doc_events"))
    run([first, second], grown, workers=1, progress=False)
    with Store(grown) as store:
        n_all = len(store.query("SELECT id FROM doc_events"))
        # nothing new: the merge reads nothing
        assert merge(store)["reclustered"] == 0
    whole = tmp_path / "whole.db"
    run([examples], whole, workers=1, progress=False)
    assert n_all > n_first > 0
    assert _corpus_level(grown) == _corpus_level(whole)
    with Store(whole) as store:  # a full merge over the same rows writes the same again
        merge(store, full=True)
    assert _corpus_level(grown) == _corpus_level(whole)


def test_incremental_merge_reclusters_only_the_blocks_of_new_reports(tmp_path: Path) -> None:
    a = "Am 12. Februar telefonierte Trump mit Putin."
    b = "Trump und Putin führten im Februar 2025 ein erstes Telefonat."
    day = DateValue("2025-02-12", "2025-02-12", "2025-02-12", "day")
    other = Event("eo", "ASSAULT", 0, len(a), ("Q159",), ("Q30",), "occurred", None, None, day)  # type: ignore[arg-type]
    with Store(tmp_path / "db.sqlite") as store:
        store.add_documents([_doc("da", a, [_event("ea", a, day), other], "2025-02-24")])
        assert merge(store)["reclustered"] == 2  # the first merge is a full one
        store.add_documents([_doc("db", b, [_event("eb", b, DateValue("2025-02", "2025-02-01", "2025-02-28",
                                                                      "month"))], "2025-02-18")])
        counts = merge(store)
        members = {r["id"]: r["event"] for r in store.query("SELECT id, event FROM doc_events")}
        rel = store.query("SELECT * FROM relations")
    assert counts["reclustered"] == 2  # eb and ea (same block), not the assault
    assert counts["events"] == 2 and members["ea"] == members["eb"] != members["eo"]
    (row,) = rel  # one pair and month: a consult and an assault
    assert (row["verbal_cooperation"], row["material_conflict"]) == (1, 1)


@pytest.mark.parametrize("incremental", [False, True])
def test_a_later_version_replaces_the_earlier_in_the_timeline(tmp_path: Path, incremental: bool) -> None:
    # sixth user trial: a tagesschau text and its update 6 hours later, stored as versions of one
    # article; the sentences they share counted twice as mentions of the call
    a = "Trump hat am Dienstag mit Putin telefoniert."
    b = a + " Am Nachmittag teilte das Weiße Haus mit, Trump werde mit Selenskyj telefonieren."
    day = DateValue("2026-02-10", "2026-02-10", "2026-02-10", "day")
    other = _doc("dx", "Trump und Putin telefonierten am Dienstag.", [_event("ex", a, day)], "2026-02-12")
    with Store(tmp_path / "db.sqlite") as store:
        store.add_documents([_doc("dold", a, [_event("eold", a, day)], "2026-02-11T09:14"), other])
        if incremental:
            merge(store)
        store.add_documents([_doc("dnew", b, [_event("enew", a, day)], "2026-02-11T15:40")], {"dnew": "dold"})
        store.supersede({"dold": "dnew"})
        merge(store)
        members = {r["id"]: r["event"] for r in store.query("SELECT id, event FROM doc_events")}
        events = store.query("SELECT id FROM events")
        grown = _corpus_level(tmp_path / "db.sqlite")
        merge(store, full=True)
    assert [r["id"] for r in events] == [members["enew"]] == [members["ex"]] and members["eold"] is None
    assert grown == _corpus_level(tmp_path / "db.sqlite")


def test_a_new_document_that_changes_what_an_actor_stands_for_merges_everything(tmp_path: Path) -> None:
    a = "Am 12. Februar telefonierte Trump mit Putin."
    day = DateValue("2025-02-12", "2025-02-12", "2025-02-12", "day")
    plain = Document(id="da", source="da.txt", body=a, published="2025-02-24", sentences=(Sentence(0, len(a)),),
                     entities=(Entity("Q22686", "Donald Trump", "PER", ("Trump",)),
                               Entity("Q7747", "Wladimir Putin", "PER", ("Putin",), "Q159")),
                     events=(_event("ea", a, day),))
    with Store(tmp_path / "db.sqlite") as store:
        store.add_documents([plain])
        merge(store)
        store.add_documents([_doc("db", a + " ", [_event("eb", a, day)], "2025-02-24")])  # Trump -> USA now
        assert merge(store)["reclustered"] == 2
        incremental = [tuple(r) for r in store.query("SELECT * FROM relations")]
        merge(store, full=True)
        assert incremental == [tuple(r) for r in store.query("SELECT * FROM relations")]
        assert store.query("SELECT a, b FROM relations")[0]["a"] in ("Q159", "Q30")


def test_the_earliest_published_report_names_the_event() -> None:
    # a later article whose document id sorts first joins the event without renaming it
    early = DocEvent("r1", "zz-early", "CONSULT", None, "occurred", _date("2025-03-18"), ["trump"], ["putin"], None,
                     100, "", "2025-03-19")
    late = DocEvent("r2", "aa-late", "CONSULT", None, "occurred", _date("2025-03-18"), ["trump"], ["putin"], None,
                    100, "", "2025-03-21")
    (alone,) = cluster_events([early], SIDE)
    (both,) = cluster_events([early, late], SIDE)
    assert event_record(both, SIDE)["id"] == event_record(alone, SIDE)["id"]


def _person(eid: str, name: str, *aliases: str, docs: tuple[str, ...] = ("d1",)) -> dict[str, object]:
    return {"id": eid, "name": name, "type": "PER", "aliases": sorted({name, *aliases}), "documents": list(docs),
            "stands_for": None}


@pytest.mark.parametrize(("persons", "surnames", "linked"), [
    # the corpus's one person of that surname: the article that names him so is his
    ([_person("per:gregor-gis", "Gregor Gysi")], [("d2", "Gysi")], {"per:gregor-gis": ["d1", "d2"]}),
    # spelt otherwise ("Schaeuble" in an English article), or in the genitive
    ([_person("kb:ws", "Wolfgang Schäuble")], [("d2", "Schaeuble")], {"kb:ws": ["d1", "d2"]}),
    ([_person("per:gregor-gis", "Gregor Gysi")], [("d2", "Gysis")], {"per:gregor-gis": ["d1", "d2"]}),
    # two persons share the surname: the article alone could say which, so neither
    ([_person("per:joe-biden", "Joe Biden"), _person("per:hunter-biden", "Hunter Biden", docs=("d3",))],
     [("d2", "Biden")], {"per:joe-biden": ["d1"], "per:hunter-biden": ["d3"]}),
    # a word the tagger took for a name that is nobody's surname joins no one
    ([_person("per:gregor-gis", "Gregor Gysi")], [("d2", "Strategic")], {"per:gregor-gis": ["d1"]}),
    # a role phrase among the aliases is no surname ("griechische Regierungschef" is not "Regierungschef")
    ([_person("kb:at", "Alexis Tsipras", "griechische Regierungschef", "Premier")], [("d2", "Regierungschef"),
                                                                                    ("d2", "Premier")],
     {"kb:at": ["d1"]}),
    # an organisation is no person, whatever its last word
    ([{**_person("org:x", "Partei Gysi"), "type": "ORG"}], [("d2", "Gysi")], {"org:x": ["d1"]}),
])
def test_a_surname_alone_joins_the_one_person_of_the_corpus_with_it(
        persons: list[dict[str, object]], surnames: list[tuple[str, str]], linked: dict[str, list[str]]) -> None:
    from lagebild.merge import link_surnames

    link_surnames(persons, surnames)  # type: ignore[arg-type]
    assert {str(p["id"]): p["documents"] for p in persons} == linked
    for p in persons:
        if len(p["documents"]) > 1:  # type: ignore[arg-type]
            assert any(s in p["aliases"] for _, s in surnames)  # type: ignore[operator]


def _named(doc_id: str, text: str, persons: list[tuple[str, str]]) -> Document:
    """A document whose persons are the ``(id, full name)`` pairs it names in full, and whose
    other tagged one-word persons are surnames it links to nobody."""
    from lagebild.model import Mention

    ents = tuple(Entity(i, n, "PER") for i, n in persons if n in text)
    full = {w for _, n in persons if n in text for w in n.split()}
    alone = tuple(Mention(m.start(), m.end(), "PER", None, "surname") for m in re.finditer(r"\b[A-Z]\w+\b", text)
                  if m.group(0) not in full and m.start() > 0)
    return Document(id=doc_id, source=f"{doc_id}.txt", body=text, published="2015-07-17",
                    sentences=(Sentence(0, len(text)),), entities=ents, surnames=alone)


def _documents_of(store: Store) -> dict[str, list[str]]:
    return {r["id"]: json.loads(r["documents"]) for r in store.query("SELECT id, documents FROM entities")}


def test_surnames_link_across_documents_in_the_store_and_incrementally(tmp_path: Path) -> None:
    gysi = ("per:gregor-gis", "Gregor Gysi")
    tagesschau = _named("da", "Fraktionschef Gregor Gysi sagte etwas.", [gysi])
    tagesspiegel = _named("db", "Die Linke lehnte ab. Gysi erklärte etwas.", [gysi])
    other = _named("dc", "Der Sänger Ulrich Gysi trat auf.", [("per:ulrich-gis", "Ulrich Gysi")])
    with Store(tmp_path / "grown.db") as store:
        store.add_documents([tagesspiegel])  # the surname first: nobody to join yet
        merge(store)
        assert "per:gregor-gis" not in _documents_of(store)
        store.add_documents([tagesschau])  # the full name arrives later: the earlier article joins
        merge(store)
        assert _documents_of(store)["per:gregor-gis"] == ["da", "db"]
        store.add_documents([other])  # a second Gysi: the surname alone says no longer which
        merge(store)
        grown = _documents_of(store)
        merge(store, full=True)
        assert _documents_of(store) == grown
    assert grown["per:gregor-gis"] == ["da"] and grown["per:ulrich-gis"] == ["dc"]


def test_a_database_without_surname_keys_gets_them_and_merges_incrementally(tmp_path: Path) -> None:
    """A database made before ``person_keys`` and the keys of ``doc_surnames`` gets both when it is
    opened for writing, and its next incremental merge links as a full merge does."""
    gysi = ("per:gregor-gis", "Gregor Gysi")
    path = tmp_path / "old.db"
    with Store(path) as store:
        store.add_documents([_named("da", "Fraktionschef Gregor Gysi traf Wagenknecht.", [gysi])])
        merge(store)
        store.conn.executescript(
            "DROP TABLE person_keys; DROP INDEX doc_surnames_key; DROP INDEX doc_surnames_stem_key;"
            "ALTER TABLE doc_surnames DROP COLUMN key; ALTER TABLE doc_surnames DROP COLUMN stem_key;")
    with Store(path) as store:
        assert [tuple(r) for r in store.query("SELECT key, entity FROM person_keys")] == [("gis", "per:gregor-gis")]
        store.add_documents([_named("db", "Die Linke lehnte ab. Gysis Antwort kam.", [gysi])])
        merge(store)
        keys = {r["surname"]: (r["key"], r["stem_key"]) for r in store.query("SELECT * FROM doc_surnames")}
        assert keys["Wagenknecht"] == ("vagenkneht", "vagenkneht") and keys["Gysis"] == ("gisis", "gis")
        assert _documents_of(store)["per:gregor-gis"] == ["da", "db"]


_STRIKE_A = ("Israel greift Hamas an\n\nDie israelische Armee hat am Dienstag Stellungen der Hamas angegriffen. "
             "Nach Angaben des Militärs wurden mehrere Ziele getroffen.")
_STRIKE_B = ("Neuer Angriff\n\nIsrael hat Stellungen der Hamas angegriffen. Die Regierung in Jerusalem sprach "
             "von einem gezielten Schlag gegen die Führung der Organisation.")


@pytest.mark.parametrize(("published_b", "events"), [
    # seventh user trial: a report in the perfect without a date, published the day after another
    # outlet's attack of Tuesday 9 September, is that attack: one event of two articles ...
    ("2025-09-10T08:00", [("2025-09-09", 2)]),
    ("2025-09-09T18:00", [("2025-09-09", 2)]),
    # ... but ten days later it may be another attack of the month, and stays its own
    ("2025-09-19T08:00", [("2025-09", 1), ("2025-09-09", 1)]),
])
def test_a_month_dated_report_joins_the_day_it_was_published_after(tmp_path: Path, published_b: str,
                                                                   events: list[tuple[str, int]]) -> None:
    from lagebild.pipeline import run

    corpus = tmp_path / "two.jsonl"
    corpus.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"title": "Angriff", "published": "2025-09-09T10:00", "outlet": "A", "text": _STRIKE_A},
        {"title": "Luftangriff", "published": published_b, "outlet": "B", "text": _STRIKE_B},
    ]) + "\n", encoding="utf-8")
    run([corpus], tmp_path / "db.sqlite", workers=1, progress=False)
    with Store(tmp_path / "db.sqlite") as store:
        rows = store.query("SELECT date_value, (SELECT COUNT(DISTINCT document) FROM doc_events d "
                           "WHERE d.event = e.id) n FROM events e WHERE type = 'FIGHT'")
    assert sorted((r["date_value"], r["n"]) for r in rows) == events


@pytest.mark.parametrize(("month_published", "status", "order"), [
    # seventh user trial: the agreement told on 15 January and dated to its month came after the
    # release of the 19th; what occurred happened by the day its earliest report was published
    ("2025-01-15", "occurred", ["month", "day"]),
    # a report published after the month still places the event at the month's end ...
    ("2025-02-03", "occurred", ["day", "month"]),
    # ... and what is planned lies ahead of its report
    ("2025-01-15", "planned", ["day", "month"]),
])
def test_a_month_dated_event_sorts_by_its_first_report(tmp_path: Path, month_published: str, status: str,
                                                       order: list[str]) -> None:
    from lagebild.export import records

    a = "Trump und Putin haben telefoniert."
    b = "Am 19. Januar kritisierte Trump Putin."
    with Store(tmp_path / "db.sqlite") as store:
        store.add_documents([
            _doc("da", a, [_event("month", a, DateValue("2025-01", "2025-01-01", "2025-01-31", "month"), status)],
                 month_published),
            _doc("db", b, [Event("day", "DISAPPROVE", 0, len(b), ("Q22686",), ("Q7747",), "occurred", None, None,
                                 DateValue("2025-01-19", "2025-01-19", "2025-01-19", "day"))], "2025-01-19")])
        merge(store)
        got = [e["mentions"][0]["document"] for e in records(store)["events"]]
    assert got == ["da" if x == "month" else "db" for x in order]
