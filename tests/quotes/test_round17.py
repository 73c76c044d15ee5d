"""Issue #6, round 17: constructions read on the wrong speakers of the unseen-news dev batch 3
(hand-written sentences): a closing inverted frame over a cue inside the quotation, the
addressee after "hieß es in X", a weekday in commas after "heute", a medium in the dative after
a re-naming description."""

from __future__ import annotations

import pytest
from tests.quotes.test_said_nothing_and_speakers import make_doc

from lagebild.quotes import find_quotes

NAMES = {
    "Anna Berger": ("Anna Berger", "PER"), "Thomas Keller": ("Thomas Keller", "PER"),
    "APA": ("APA", "ORG"), "Türkei": ("Türkei", "LOC"), "Lukas Weber": ("Lukas Weber", "PER"),
}


def quote(body: str, fragment: str) -> tuple[str, str | None, str | None]:
    """(text, speaker entity id, speaker name) of the first quotation that holds ``fragment``."""
    found = [(body[q.start:q.end], q.speaker, q.speaker_name) for q in find_quotes(make_doc(body, names=NAMES))
             if fragment in body[q.start:q.end]]
    assert found, fragment
    return found[0]


@pytest.mark.parametrize(("body", "fragment", "opens", "name"), [
    # a closing inverted frame reports the whole sentence before it, the cue inside included
    # ("Wenn die Türkei sagt, dass …, wäre das noch keine Lösung, sagte Faymann in der
    # Tageszeitung Österreich und weiter: …")
    ("Wenn die Türkei sagt, dass sie die Grenzen schützt, wäre das keine Lösung, sagte Anna Berger in der "
     "Zeitung und weiter: Dann müssten wir handeln.", "keine Lösung", "Wenn die Türkei sagt", "Anna Berger"),
    ("Wenn die Opposition erklärt, dass alles gut sei, irrt sie, betonte Anna Berger.", "irrt sie",
     "Wenn die Opposition", "Anna Berger"),
    # the addressee after the source of "hieß es" ("hieß es im Innenministerium zur APA")
    ("Das Heim sei voll, hieß es im Innenministerium zur APA.", "Heim sei voll", "Das Heim", "Innenministerium"),
    ("Das Heim sei voll, hieß es im Innenministerium gegenüber der APA.", "Heim sei voll", "Das Heim",
     "Innenministerium"),
    # a weekday in commas after "heute" dates the act ("Das teilte heute, Freitag, die BWB mit")
    ("Die Lage sei ernst, sagte heute, Freitag, Anna Berger.", "Lage sei ernst", "Die Lage", "Anna Berger"),
    ("Die Firmen hatten mit Lieferanten Preise abgesprochen. Das teilte heute, Freitag, die "
     "Wettbewerbsbehörde auf ihrer Homepage mit.", "Preise abgesprochen", "Die Firmen", "Wettbewerbsbehörde"),
])
def test_round17_speakers(body: str, fragment: str, opens: str, name: str) -> None:
    text, _, speaker_name = quote(body, fragment)
    assert text.startswith(opens)
    assert speaker_name is not None and name in speaker_name


@pytest.mark.parametrize(("body", "fragment", "opens", "not_name"), [
    # a frame that does not close the sentence is no inverted frame over it: "meint sie damit"
    # goes on with a clause of its own, and the dass-clause stays the report of its own cue
    ("Wenn Anna Berger sagt, dass die Proteste keine Revolution seien, meint Lukas Weber damit wohl kaum die "
     "Krawalle, die einen Tag später folgten.", "Proteste keine Revolution", "dass die Proteste", "Lukas Weber"),
    # nor one that introduces a quotation after a colon ("…, entgegnete Suttner empört: „…“")
    ("Nachdem Anna Berger gefragt wurde, was ihre Partei von den Grünen unterscheide, entgegnete Lukas Weber "
     "empört: „Wollen Sie das so stehen lassen?“", "Partei von den Grünen", "was ihre Partei", "Lukas Weber"),
])
def test_round17_not_an_inverted_frame(body: str, fragment: str, opens: str, not_name: str) -> None:
    text, _, speaker_name = quote(body, fragment)
    assert text.startswith(opens)
    assert speaker_name is None or not_name not in speaker_name


def test_a_preposition_of_no_addressee_stays_in_the_source() -> None:
    # "in einer Aussendung von X am Montag": "am" is no addressee
    assert quote("Das Heim sei voll, hieß es in einer Aussendung von Thomas Keller am Montag.",
                 "Heim sei voll")[1] == "per:thomas-keller"


def test_a_medium_in_the_dative_is_the_addressee() -> None:
    # "…, sagte der Lufthansa-Manager der Zeitung": the manager named before, speaking to the paper
    body = ("Thomas Keller leitet den Vertrieb der Lufthansa. Die Preise würden sinken, sagte Thomas Keller. "
            "Der Kunde zahle nur, was er nutze, sagte der Lufthansa-Manager der Zeitung.")
    assert quote(body, "Der Kunde zahle")[1] == "per:thomas-keller"
