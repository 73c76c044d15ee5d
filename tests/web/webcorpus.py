"""A small hand-built corpus for the web and export tests: no NLP stage involved.

Three documents with every kind of annotation, written so that the tests can check exactly
what the UI shows: a day event and a month event (a point and a band on the timeline), a
quotation, "Riad" for search, an emoji before highlighted spans (JavaScript counts it as two
UTF-16 units, Python as one), and hostile text (``<script>``, ``<img onerror>``) in a title,
a body, a quotation and an entity name.
"""

from __future__ import annotations

import re
from pathlib import Path

from lagebild.merge import merge
from lagebild.model import Claim, DateValue, Document, Entity, Event, Mention, Quote, Sentence, TimeEx, stable_id
from lagebild.store import Store

XSS = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'

TRUMP = Entity("Q22686", "Donald Trump", "PER", ("Trump", "US-Präsident"), "Q30")
PUTIN = Entity("Q7747", "Wladimir Putin", "PER", ("Putin", "Kremlchef"), "Q159")
RIAD = Entity("Q3692", "Riad", "LOC", ("Riad",))
EVIL = Entity("org:evil", f"Evil {XSS}", "ORG", (f"Evil {XSS}",))
USA = Entity("Q30", "USA", "LOC", ("USA", "Vereinigte Staaten"))
RUSSIA = Entity("Q159", "Russland", "LOC", ("Russland",))


def _sentences(body: str) -> tuple[Sentence, ...]:
    out, para = [], 0
    for m in re.finditer(r"[^\s.!?][^.!?\n]*[.!?]?", body):
        if m.group().strip():
            para = body.count("\n\n", 0, m.start())
            out.append(Sentence(m.start(), m.end(), para))
    return tuple(out)


def _at(body: str, text: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = body.index(text, i + 1)
    return i, i + len(text)


def _mention(body: str, text: str, entity: Entity, kind: str = "name", nth: int = 0) -> Mention:
    s, e = _at(body, text, nth)
    return Mention(s, e, entity.type, entity.id, kind)  # type: ignore[arg-type]


def doc_riad() -> Document:
    """Trump and Putin talk by phone on 12 February 2025; talks in Riad are planned (no relation)."""
    body = ("🇺🇸 Donald Trump und Wladimir Putin haben am 12. Februar 2025 telefoniert. "
            "„Wir werden uns in Riad treffen“, sagte Trump nach dem Gespräch.\n\n"
            "Der Kremlchef lobte das Gespräch. Im Februar 2025 sollen Unterhändler in Riad verhandeln. "
            "Rund 30.000 Soldaten stehen laut Putin an der Grenze.")
    call = _at(body, "Donald Trump und Wladimir Putin haben am 12. Februar 2025 telefoniert.")
    talks = _at(body, "Im Februar 2025 sollen Unterhändler in Riad verhandeln.")
    quote = _at(body, "Wir werden uns in Riad treffen")
    number = _at(body, "Rund 30.000 Soldaten stehen laut Putin an der Grenze.")
    day = DateValue("2025-02-12", "2025-02-12", "2025-02-12", "day")
    month = DateValue("2025-02", "2025-02-01", "2025-02-28", "month")
    did = "docriad0000000001"
    return Document(
        id=did, source="riad.txt", body=body, title="Trump und Putin telefonieren", published="2025-02-13",
        outlet="Testpost", authors=("Anna Muster",), language="de", sentences=_sentences(body),
        mentions=(_mention(body, "Donald Trump", TRUMP), _mention(body, "Wladimir Putin", PUTIN),
                  _mention(body, "Riad", RIAD), _mention(body, "Trump", TRUMP, nth=1),
                  _mention(body, "Kremlchef", PUTIN, "role"), _mention(body, "Riad", RIAD, nth=1),
                  _mention(body, "Putin", PUTIN, nth=1)),
        entities=(TRUMP, PUTIN, RIAD),
        timexes=(TimeEx(*_at(body, "12. Februar 2025"), "DATE", "2025-02-12", date=day),
                 TimeEx(*_at(body, "Februar 2025", 1), "DATE", "2025-02", date=month)),
        quotes=(Quote(stable_id("q", did, quote[0]), quote[0], quote[1], "direct", TRUMP.id, TRUMP.name,
                      cue="sagte"),),
        events=(Event(stable_id("e", did, call[0]), "CONSULT", call[0], call[1], (TRUMP.id,), (PUTIN.id,),
                      mode="phone", date=day),
                Event(stable_id("e", did, talks[0]), "CONSULT", talks[0], talks[1], (TRUMP.id,), (PUTIN.id,),
                      status="planned", location=RIAD.id, date=month)),
        claims=(Claim(stable_id("c", did, number[0]), number[0], number[1], 30000.0, "soldiers", PUTIN.id,
                      "rund"),),
    )


def doc_sanctions() -> Document:
    """Trump threatens Russia with sanctions in March 2025; an undated dispute."""
    body = ("Trump droht Putin mit neuen Sanktionen. Das sagte er am 3. März 2025 in Washington.\n\n"
            "„Wenn es keinen Deal gibt, wird es teuer“, erklärte Trump. Die USA und Russland bleiben im Streit.")
    threat = _at(body, "Trump droht Putin mit neuen Sanktionen.")
    feud = _at(body, "Die USA und Russland bleiben im Streit.")
    quote = _at(body, "Wenn es keinen Deal gibt, wird es teuer")
    day = DateValue("2025-03-03", "2025-03-03", "2025-03-03", "day")
    did = "docsanc000000002"
    return Document(
        id=did, source="sanktionen.txt", body=body, title="Drohung mit Sanktionen", published="2025-03-04",
        outlet="Testpost", language="de", sentences=_sentences(body),
        mentions=(_mention(body, "Trump", TRUMP), _mention(body, "Putin", PUTIN),
                  _mention(body, "Trump", TRUMP, nth=1), _mention(body, "USA", USA),
                  _mention(body, "Russland", RUSSIA)),
        entities=(TRUMP, PUTIN, USA, RUSSIA),
        timexes=(TimeEx(*_at(body, "3. März 2025"), "DATE", "2025-03-03", date=day),),
        quotes=(Quote(stable_id("q", did, quote[0]), quote[0], quote[1], "direct", TRUMP.id, TRUMP.name,
                      cue="erklärte"),),
        events=(Event(stable_id("e", did, threat[0]), "THREATEN", threat[0], threat[1], (TRUMP.id,), (PUTIN.id,),
                      date=day),
                Event(stable_id("e", did, feud[0]), "DISAPPROVE", feud[0], feud[1], (USA.id,), (RUSSIA.id,))),
    )


def doc_hostile() -> Document:
    """Untrusted text everywhere the UI shows text."""
    body = (f"Die Gruppe Evil {XSS} kritisierte Putin im Jahr 2024 scharf. "
            f"„{XSS} ist unser Gruß“, sagte ein Sprecher.")
    crit = _at(body, f"Die Gruppe Evil {XSS} kritisierte Putin im Jahr 2024 scharf.")
    quote = _at(body, f"{XSS} ist unser Gruß")
    year = DateValue("2024", "2024-01-01", "2024-12-31", "year")
    did = "dochost000000003"
    return Document(
        id=did, source="hostile.html", body=body, title=f"Böse {XSS}", published="2025-01-05",
        outlet=f"Outlet {XSS}", authors=(XSS,), language="de", sentences=_sentences(body),
        mentions=(Mention(*_at(body, f"Evil {XSS}"), "ORG", EVIL.id), _mention(body, "Putin", PUTIN)),
        entities=(EVIL, PUTIN),
        timexes=(TimeEx(*_at(body, "im Jahr 2024"), "DATE", "2024", date=year),),
        quotes=(Quote(stable_id("q", did, quote[0]), quote[0], quote[1], "direct", None, f"Sprecher {XSS}",
                      cue="sagte"),),
        events=(Event(stable_id("e", did, crit[0]), "DISAPPROVE", crit[0], crit[1], (EVIL.id,), (PUTIN.id,),
                      date=year),),
    )


def build(path: Path) -> Path:
    """Write the corpus into a new database at ``path`` and merge it."""
    with Store(path) as store:
        store.add_documents([doc_riad(), doc_sanctions(), doc_hostile()])
        merge(store)
    return path
