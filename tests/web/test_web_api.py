"""The JSON API over the hand-built corpus (and the seeds, for search)."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import pytest
import webcorpus

from lagebild.web import create_app, serve
from lagebild.web.queries import fts_query, segments


def get(client: Any, url: str) -> Any:
    r = client.get(url)
    assert r.status_code == 200, (url, r.status_code, r.text)
    return r.json()


def test_meta_speaks_the_corpus_language(client: Any) -> None:
    meta = get(client, "/api/meta")
    assert meta["language"] == "de"
    assert meta["labels"]["timeline"] == "Zeitleiste"
    assert meta["counts"]["documents"] == 3
    assert {a["id"] for a in meta["actors"]} >= {"Q22686", "Q7747"}
    assert [(a["id"], a["quotes"]) for a in meta["speakers"]] == [("Q22686", 2)]


def test_an_english_corpus_gets_english_labels(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from lagebild.model import replace
    from lagebild.store import Store

    with Store(tmp_path / "en.db") as store:
        store.add_documents([replace(webcorpus.doc_sanctions(), language="en")])
    meta = TestClient(create_app(tmp_path / "en.db")).get("/api/meta").json()
    assert (meta["language"], meta["labels"]["timeline"]) == ("en", "Timeline")


def test_timeline_keeps_granularity(client: Any) -> None:
    timeline = get(client, "/api/timeline")
    assert [(u["type"], u["label"]) for u in timeline["undated"]] == [("DISAPPROVE", "USA → Russland")]
    items = {i["value"]: i for i in timeline["items"]}
    day, month, year = items["2025-02-12"], items["2025-02"], items["2024"]
    assert day["point"] and day["start"] == "2025-02-12"
    # A month is a band over its days, not a day: end is exclusive.
    assert not month["point"] and (month["start"], month["end"]) == ("2025-02-01", "2025-03-01")
    assert not year["point"] and (year["start"], year["end"]) == ("2024-01-01", "2025-01-01")
    assert month["label"] == "Donald Trump → Wladimir Putin"


@pytest.mark.parametrize(("query", "types"), [
    ("", {"CONSULT", "THREATEN", "DISAPPROVE"}),
    ("?type=THREATEN", {"THREATEN"}),
    ("?actor=org:evil", {"DISAPPROVE"}),
    ("?since=2025-03-01", {"THREATEN"}),
    ("?since=2025-02-20&until=2025-02-28", {"CONSULT"}),  # only the month overlaps
    ("?until=2024-06", {"DISAPPROVE"}),
    ("?since=2025-03&until=2025-03", {"THREATEN"}),  # a month as period: all its days
    ("?since=2025&until=2025", {"CONSULT", "THREATEN"}),
    ("?actor=Q22686&partner=Q7747", {"CONSULT", "THREATEN"}),
    ("?actor=Q30&partner=Q159", {"DISAPPROVE"}),
    ("?actor=Q30&partner=Q159&sides=true", {"CONSULT", "THREATEN", "DISAPPROVE"}),  # Trump acts for the USA
    ("?type=threaten", {"THREATEN"}),  # types in any case
    ("?actor=donald%20trump&partner=Q7747", {"CONSULT", "THREATEN"}),  # an actor by name
    ("?actor=Q30&partner=Q7747", set()),  # (a pair with no event between them: none)
])
def test_event_filters(client: Any, query: str, types: set[str]) -> None:
    assert {e["type"] for e in get(client, "/api/events" + query)} == types


def test_bad_period_is_rejected(client: Any) -> None:
    assert client.get("/api/events?since=yesterday").status_code == 422


def test_event_carries_its_sentence(client: Any) -> None:
    threat = get(client, "/api/events?type=THREATEN")[0]
    one = get(client, f"/api/events/{threat['id']}")
    m = one["mentions"][0]
    assert m["excerpt"]["match"] == "Trump droht Putin mit neuen Sanktionen."
    assert m["title"] == "Drohung mit Sanktionen"
    body = webcorpus.doc_sanctions().body
    assert body[m["start"]:m["end"]] == m["excerpt"]["match"]
    # and the date this report gives, so that a reader sees who dates it how
    assert m["date"] == one["date"]["value"]


def test_actor_page(client: Any) -> None:
    putin = get(client, "/api/entities/Q7747")
    assert [r["text"] for r in putin["roles"]] == ["Kremlchef"]
    assert [(c["value"], c["unit"], c["hedge"]) for c in putin["claims"]] == [(30000.0, "soldiers", "rund")]
    assert "Putin" in putin["aliases"]
    assert {d["id"] for d in putin["documents"]} == {"docriad0000000001", "docsanc000000002", "dochost000000003"}
    assert {e["type"] for e in putin["events"]} == {"CONSULT", "THREATEN", "DISAPPROVE"}
    trump = get(client, "/api/entities/Q22686")
    assert [q["text"] for q in trump["quotes"]] == ["Wir werden uns in Riad treffen",
                                                    "Wenn es keinen Deal gibt, wird es teuer"]
    ex = trump["quotes"][0]["excerpt"]
    assert ex["match"] == "Wir werden uns in Riad treffen" and ex["after"].startswith("“, sagte Trump")
    assert {(p["a"]["id"], p["b"]["id"]) for p in trump["relations"]} == {("Q22686", "Q7747")}


def test_quotes_and_claims_by_speaker_name(client: Any) -> None:
    # a name or alias selects as the id does (the analyst types names, not ids)
    by_id = get(client, "/api/quotes?speaker=Q22686")
    assert by_id and get(client, "/api/quotes?speaker=Trump") == by_id
    assert client.get("/api/quotes?speaker=nobody-of-that-name").status_code == 404  # (a typo named)
    assert get(client, "/api/claims?holder=Trump") == get(client, "/api/claims?holder=Q22686")
    # a word of the name where no name or alias is it, as `lagebild timeline --actor` reads it
    # (the Natuna trial: "speaker=Wulandari" answered [] for Retno Wulandari's quotations)
    assert get(client, "/api/quotes?speaker=trum") == by_id


@pytest.mark.parametrize("path", [
    "/api/events?actor=Trump", "/api/events?actor=Trump&partner=Putin", "/api/timeline?actor=Trump",
    "/api/quotes?speaker=Trump", "/api/claims?holder=Trump", "/api/relations?actor=Trump",
    "/api/relations?actor=Trump&level=actors",
])
def test_a_typed_name_is_resolved_once(client: Any, monkeypatch: pytest.MonkeyPatch, path: str) -> None:
    # the API checks that the name exists (404 otherwise) and hands the ids it found to the
    # query: one scan of the entities table per name, not a second inside the query
    from lagebild.web import queries

    calls: list[str] = []
    real = queries.actor_ids

    def counted(store: Any, actor: str) -> set[str]:
        calls.append(actor)
        return real(store, actor)

    monkeypatch.setattr(queries, "actor_ids", counted)
    assert client.get(path).status_code == 200
    assert sorted(calls) == sorted(v for k, v in (p.split("=") for p in path.split("?")[1].split("&"))
                                   if k in ("actor", "partner", "speaker", "holder"))


def test_relations_of_a_name_are_those_of_its_entity(client: Any) -> None:
    # the relations filter matched the typed name against the entity ids, so a name gave none
    by_id = get(client, "/api/relations?actor=Q22686&level=actors")["edges"]
    assert by_id and get(client, "/api/relations?actor=Trump&level=actors")["edges"] == by_id


@pytest.mark.parametrize("day", ["2025-13-01", "2025-02-30", "2025-00"])
def test_a_day_the_calendar_lacks_is_refused(client: Any, day: str) -> None:
    # a typo named, not an empty list as if nothing had happened then
    r = client.get(f"/api/events?since={day}")
    assert r.status_code == 422 and "no day of the calendar" in r.text


def test_an_unknown_parameter_is_refused(client: Any) -> None:
    # a typo named, not every quotation as if no filter had been asked for (the Natuna trial);
    # a name no entity goes by is refused, not answered with an empty list (the fifth trial)
    for path in ("/api/events?actor=Nobody", "/api/quotes?speaker=Nobody", "/api/claims?holder=Nobody",
                 "/api/timeline?actor=Nobody", "/api/relations?actor=Nobody", "/api/events?partner=Nobody"):
        r = client.get(path)
        assert r.status_code == 404 and "Nobody" in r.json()["detail"], path
    r = client.get("/api/quotes?speeker=Putin")
    assert r.status_code == 422 and "speeker" in r.text and "speaker" in r.text
    assert client.get("/api/quotes?speaker=Putin").status_code == 200
    assert client.get("/api/events/unknown-id?x=1").status_code == 422


def test_quotes_by_document(client: Any) -> None:
    quotes = get(client, "/api/quotes?document=dochost000000003")
    assert len(quotes) == 1 and quotes[0]["speaker"] is None
    assert quotes[0]["text"].startswith("<script>")


def test_document_segments_rebuild_the_body_and_survive_non_bmp_text(client: Any) -> None:
    d = get(client, "/api/documents/docriad0000000001")
    body = webcorpus.doc_riad().body
    assert "".join(s["text"] for s in d["segments"]) == body
    # The flag emoji is two characters for Python and four UTF-16 units for JavaScript: the
    # segments carry the text itself, so the highlight lands on the name either way.
    names = [s["text"] for s in d["segments"] if any(d["annotations"][i]["kind"] == "mention" for i in s["marks"])]
    assert names[:2] == ["Donald Trump", "Wladimir Putin"]
    kinds = {a["kind"] for a in d["annotations"]}
    assert kinds == {"mention", "timex", "quote", "event", "claim"}


def test_document_focus(client: Any) -> None:
    body = webcorpus.doc_riad().body
    start = body.index("Im Februar")
    end = body.index("verhandeln.") + len("verhandeln.")
    d = get(client, f"/api/documents/docriad0000000001?start={start}&end={end}")
    assert "".join(s["text"] for s in d["segments"] if s["focus"]) == body[start:end]
    assert d["focus"] == {"start": start, "end": end}


def test_segments_cut_at_every_boundary() -> None:
    segs = segments("abcdef", [(1, 4), (2, 3)])
    assert [(s["text"], s["marks"]) for s in segs] == [("a", []), ("b", [0]), ("c", [0, 1]), ("d", [0]), ("ef", [])]


def test_search_finds_riad(client: Any) -> None:
    r = get(client, "/api/search?q=Riad")
    kinds = {h["kind"] for h in r["hits"]}
    assert kinds == {"document", "quote", "event"}
    quote = next(h for h in r["hits"] if h["kind"] == "quote")
    assert any(p["hit"] and p["text"] == "Riad" for p in quote["snippet"])
    assert quote["start"] is not None and quote["document"] == "docriad0000000001"
    assert [a["id"] for a in r["actors"]] == ["Q3692"]


@pytest.mark.parametrize("q", ['"', "Riad:", "*", "title:x", "'; DROP TABLE documents; --", "and or", "NEAR"])
def test_search_never_fails_on_fts_syntax(client: Any, q: str) -> None:
    """What FTS5 would read as syntax and the search syntax does not know is a word."""
    r = client.get("/api/search", params={"q": q})
    assert r.status_code == 200


@pytest.mark.parametrize(("q", "message"), [
    ("AND", "AND needs a word before it"),
    ("a OR", "OR needs a word after it"),
    ("NEAR(", "NEAR( without its closing bracket"),
    ("NEAR(Riad)", "needs two words"),
    ("(Riad", "opening bracket without its closing one"),
    ("Riad)", "closing bracket without an opening one"),
    ("Riad OR NOT Kiew", "NOT needs a word before it"),
])
def test_a_search_that_breaks_the_syntax_is_a_400_that_says_why(client: Any, q: str, message: str) -> None:
    """Trial 7: "Waffenruhe OR ceasefire" gave 0 hits because OR was a word; now it is the
    operator, and a query that misuses one is the user's to fix: 400 with what is wrong, never 500."""
    r = client.get("/api/search", params={"q": q})
    assert r.status_code == 400
    assert message in r.json()["detail"]


@pytest.mark.parametrize(("q", "fts"), [
    ('Riad: "Gespräche', '"Riad" AND ("Gespräche"* OR "gespraeche"*)'),  # an open quotation mark: words
    ('"Gespräche in Riad"', '"Gespräche in Riad"'),  # a phrase
    ("Waffenruhe OR ceasefire", '"Waffenruhe" OR "ceasefire"*'),
    ("(Gaza OR Doha) NOT Katar", '( "Gaza" OR "Doha" ) NOT "Katar"*'),
    ("gaza or doha", '"gaza" AND "or" AND "doha"*'),  # operators in capitals only, as in FTS5
    ("NEAR(Trump Xi)", 'NEAR("Trump" "Xi")'),
    ("NEAR(Trump Xi, 5) Busan", 'NEAR("Trump" "Xi", 5) AND "Busan"*'),
    # German spellings: "oe" for "ö" and back (the index folds "ö" to "o"); "Quelle", "neue" stay
    ("Zoelle", '("Zoelle"* OR "zolle"*)'),
    ("Zölle Quelle", '("Zölle" OR "zoelle") AND "Quelle"*'),
    ("Straße neue", '("Straße" OR "strasse") AND "neue"*'),
    ("  !! ", None),
])
def test_fts_query(q: str, fts: str | None) -> None:
    assert fts_query(q) == fts


def test_search_for_an_actor_finds_the_texts_that_use_its_other_names(seeds_db: Path) -> None:
    from fastapi.testclient import TestClient

    client = TestClient(create_app(seeds_db))
    plain = client.get("/api/search?q=Zelensky").json()  # the seeds write "Selenskyj"
    assert plain["actors"] and plain["hits"]
    assert any(p["hit"] and "Selensk" in p["text"] for h in plain["hits"] for p in h["snippet"])


def test_search_the_seeds_finds_riad(seeds_db: Path) -> None:
    from fastapi.testclient import TestClient

    r = TestClient(create_app(seeds_db)).get("/api/search?q=Riad").json()
    assert r["hits"], "the seeds mention Riad"


def test_relations_over_a_period(client: Any) -> None:
    all_ = get(client, "/api/relations")
    pair = next(e for e in all_["edges"] if {e["a"]["id"], e["b"]["id"]} == {"Q30", "Q159"})
    # the phone call (cooperation), the threat and the undated dispute (conflict); the planned
    # talks do not count yet
    assert (pair["cooperation"], pair["conflict"], pair["score"]) == (1, 2, -0.167)
    assert all_["months"] == ["2024-01", "2024-12", "2025-02", "2025-03"]
    feb = get(client, "/api/relations?since=2025-02&until=2025-02")
    assert [(e["cooperation"], e["conflict"], e["score"]) for e in feb["edges"]] == [(1, 0, 0.5)]
    assert {n["name"] for n in feb["nodes"]} == {"USA", "Russland"}
    # a year-dated relation (2024) lies in a period that overlaps the year
    assert {e["b"]["id"] for e in get(client, "/api/relations?since=2024-06&until=2024-07")["edges"]} == {"org:evil"}


def test_relations_between_actors(client: Any) -> None:
    r = get(client, "/api/relations?level=actors")
    pairs = {(e["a"]["id"], e["b"]["id"]): (e["cooperation"], e["conflict"]) for e in r["edges"]}
    # Trump–Putin: the call and the threat (the planned talks do not count); the undated
    # USA–Russland dispute stays between the states
    assert pairs == {("Q22686", "Q7747"): (1, 1), ("Q7747", "org:evil"): (0, 1), ("Q159", "Q30"): (0, 1)}
    march = get(client, "/api/relations?level=actors&since=2025-03&until=2025-03")
    assert [(e["a"]["id"], e["b"]["id"], e["conflict"]) for e in march["edges"]] == [("Q22686", "Q7747", 1)]
    assert client.get("/api/relations?level=planets").status_code == 422


@pytest.mark.parametrize("url", [
    "/api/documents/..%2F..%2Fetc%2Fpasswd",
    "/api/documents/../../etc/passwd",
    "/api/documents/%2e%2e",
    "/api/documents/..",
    "/api/documents/a%5Cb",
    "/api/documents/%2Fetc%2Fpasswd",
    "/api/entities/..%2Fstore.py",
    "/api/events/..%5C..%5Cwin.ini",
    "/api/documents/nope",
    "/api/entities/Q0",
    "/api/events/nope",
    "/static/../app.py",
    "/static/%2e%2e/app.py",
    "/static/..%2Fapp.py",
    "/etc/passwd",
    "/app.py",
    "/docs",  # Swagger UI would come from a CDN
    "/redoc",
])
def test_path_like_and_unknown_ids_are_404(client: Any, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 404, (url, r.status_code)
    assert "root:" not in r.text and "import" not in r.text


def test_security_headers(client: Any) -> None:
    for url in ("/", "/api/meta", "/static/app.js"):
        r = client.get(url)
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
        assert r.headers["x-content-type-options"] == "nosniff"


def test_foreign_host_header_is_refused(client: Any) -> None:
    # DNS rebinding: a foreign page whose name resolves to 127.0.0.1 must not read the data.
    assert client.get("/api/meta", headers={"Host": "evil.example"}).status_code == 400


def test_index_loads_only_local_scripts(client: Any) -> None:
    html = client.get("/").text
    assert "http://" not in html and "https://" not in html
    for path in ("/static/app.js", "/static/app.css", "/static/vendor/vis-timeline.min.js",
                 "/static/vendor/vis-network.min.js", "/static/vendor/vis-timeline.min.css"):
        assert path in html
        assert client.get(path).status_code == 200


def test_app_js_never_parses_html() -> None:
    js = (Path(__file__).resolve().parents[2] / "src/lagebild/web/static/app.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in js, sink


def test_openapi_describes_the_api(client: Any) -> None:
    paths = get(client, "/openapi.json")["paths"]
    for p in ("/api/events", "/api/entities", "/api/quotes", "/api/documents/{doc_id}", "/api/search",
              "/api/relations", "/api/timeline", "/api/entities/{entity_id}"):
        assert p in paths


def test_serve_binds_localhost_by_default() -> None:
    assert inspect.signature(serve).parameters["host"].default == "127.0.0.1"


def test_missing_database_is_an_error(tmp_path: Path) -> None:
    from lagebild.errors import StoreError

    with pytest.raises(StoreError):
        create_app(tmp_path / "missing.db")


def test_an_empty_database_answers_everywhere(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from lagebild.store import Store

    Store(tmp_path / "empty.db").close()
    c = TestClient(create_app(tmp_path / "empty.db"))
    for url in ("/", "/api/meta", "/api/events", "/api/timeline", "/api/entities", "/api/quotes", "/api/documents",
                "/api/search?q=Riad", "/api/relations", "/api/relations?level=actors&since=2025"):
        assert c.get(url).status_code == 200, url
    assert c.get("/api/meta").json()["language"] == "en"


def test_every_label_exists_in_every_language() -> None:
    import json
    import re

    from lagebild.web.queries import UI_LANGUAGES, labels

    js = (Path(__file__).resolve().parents[2] / "src/lagebild/web/static/app.js").read_text(encoding="utf-8")
    used = set(re.findall(r'\bt\("([a-zA-Z_]+)"\)', js))
    de, en = (labels(lang) for lang in UI_LANGUAGES)
    assert set(de) == set(en) and set(de["event_types"]) == set(en["event_types"])
    assert used <= set(de), used - set(de)
    assert json.dumps(labels("fr")) == json.dumps(en)  # other languages: English


def test_claims_with_holder_and_filters(client: Any) -> None:
    claims = get(client, "/api/claims")
    assert [(c["value"], c["unit"], c["holder_name"]) for c in claims] == [(30000.0, "soldiers", "Wladimir Putin")]
    assert get(client, "/api/claims?unit=USD") == []


@pytest.mark.parametrize(
    ("actor", "state"),
    [
        ("kb:peking", "China"),  # a city that speaks for its state carries it: "China (Peking)" (trial 7)
        ("Q148", None),  # the state itself
        ("kb:genf", None),  # a city that only lies in a state
        ("per:x", None),  # an id the corpus does not hold
    ],
)
def test_event_side_carries_the_state_of_a_metonym_city(actor: str, state: str | None) -> None:
    from lagebild.web.queries import _event_actor

    names = {i: {"id": i, "name": n, "type": "LOC"} for i, n in
             (("kb:peking", "Peking"), ("Q148", "China"), ("kb:genf", "Genf"))}
    row = _event_actor(names, {"kb:peking": "Q148"}, actor)
    assert row is not None and (row.get("state") or {}).get("name") == state
