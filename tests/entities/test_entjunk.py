"""Objects and ordinary nouns the tagger took for organisations or places, and a party it missed
(branch entjunk, from the events' second precision audit). Hand-written inputs; the tagger's
spans are given, so that the rules are tested alone."""

from __future__ import annotations

import pytest

from lagebild.entities.resolve import resolve
from lagebild.model import Document, Mention


def resolved(body: str, tagged: tuple[tuple[str, str], ...]) -> dict[str, tuple[str, str | None]]:
    """Surface -> (label, entity id) of every mention, with the tagger's spans at every
    occurrence of each ``(surface, label)``."""
    doc = Document(id="d1", source="t.txt", body=body, published="2008-09-10", language="de")
    spans = []
    for s, label in tagged:
        at = body.find(s)
        while at >= 0:
            spans.append(Mention(at, at + len(s), label))  # type: ignore[arg-type]
            at = body.find(s, at + 1)
    spans.sort(key=lambda m: m.start)
    mentions, _ = resolve(doc, spans)
    return {body[m.start : m.end]: (m.label, m.entity) for m in mentions}


@pytest.mark.parametrize(
    ("body", "tagged", "junk"),
    [
        # a thing named by its owner's genitive
        ("Das Parlament forderte die Aushändigung der in Wien befindlichen „Krone Montezumas“.",
         (("Krone Montezumas", "ORG"),), "Krone Montezumas"),
        ("Experten haben die „Federkrone Montezumas“ untersucht.", (("Federkrone Montezumas", "ORG"),),
         "Federkrone Montezumas"),
        ("Das Museum zeigt das Schwert Karls.", (("Schwert Karls", "MISC"),), "Schwert Karls"),
        # an adjective and a noun the text also writes with the adjective in lower case
        ("Die Initiative fordert, dass der „Rote Löwe“ zur Flagge wird. Die Fahne zeigt einen roten Löwen.",
         (("Rote Löwe", "ORG"),), "Rote Löwe"),
        # a word the text writes after an indefinite article, there and after an article
        ("Er protestierte gegen einen Passus aus der Hauptsatzung. Der Passus war neu.",
         (("Passus", "LOC"),), "Passus"),
        ("Sie fand einen Paragrafen. Dieser Paragraf gilt, und keine Klausel hilft. Die Klausel fällt.",
         (("Klausel", "ORG"),), "Klausel"),
    ],
)
def test_no_actor(body: str, tagged: tuple[tuple[str, str], ...], junk: str) -> None:
    assert junk not in resolved(body, tagged)


@pytest.mark.parametrize(
    ("body", "tagged", "name", "label"),
    [
        # a place's genitive can name a body: the radio station "Echo Moskaus"; a place the
        # knowledge base does not list (GeoNames' "Kasans")
        ("Das meldete das Echo Kasans.", (("Echo Kasans", "ORG"),), "Echo Kasans", "ORG"),
        # an organisation word before the genitive: a body
        ("Die Kirche Kasans protestierte.", (("Kirche Kasans", "ORG"),), "Kirche Kasans", "ORG"),
        ("Die Stiftung Warentests prüfte.", (("Stiftung Warentests", "ORG"),), "Stiftung Warentests", "ORG"),
        # a name without an article stays a name, though the text writes it after "einem" too
        ("Er flog in einem Airbus nach Paris. Airbus teilte mit, es sei alles in Ordnung.",
         (("Airbus", "ORG"),), "Airbus", "ORG"),
        # a body's word after the adjective: a name, though the text writes "deutschen Banken"
        ("Der Chef der Deutschen Bank sprach über die Lage der deutschen Banken.",
         (("Deutschen Bank", "ORG"),), "Deutschen Bank", "ORG"),
        # a name never written after an indefinite article stays
        ("Die Lufthansa streicht Flüge. Die Lufthansa teilte das mit.", (("Lufthansa", "ORG"),), "Lufthansa", "ORG"),
    ],
)
def test_name_kept(body: str, tagged: tuple[tuple[str, str], ...], name: str, label: str) -> None:
    found = resolved(body, tagged)
    assert name in found and found[name][0] == label, found


@pytest.mark.parametrize(
    ("body", "name", "count"),
    [
        # a quoted name after an organisation noun, and wherever the text repeats it
        ("Die konservative georgische Partei „Neue Rechte“ ist ausgeschert. Nun fordert die „Neue Rechte“ "
         "den Rücktritt des Präsidenten.", "Neue Rechte", 2),
        ("Die Bürgerinitiative „Rettet den Wald“ klagt.", None, 0),
        ("Die Bewegung „Fünf Sterne“ gewann. Die Fünf Sterne regieren.", "Fünf Sterne", 2),
    ],
)
def test_quoted_organisation(body: str, name: str | None, count: int) -> None:
    doc = Document(id="d1", source="t.txt", body=body, published="2008-09-10", language="de")
    mentions, _ = resolve(doc, [])
    orgs = [body[m.start : m.end] for m in mentions if m.label == "ORG" and m.entity and m.entity.startswith("org:")]
    assert orgs == [name] * count, orgs
