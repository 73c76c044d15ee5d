"""Names the German tagger misses or cuts (names10, from the Wikinews events' dev half): middle
initials, name particles, foreign and compound organisation names, mononyms with an apposition.
Hand-written inputs; the tagger's spans are given, so that the rules are tested alone."""

from __future__ import annotations

import pytest

from lagebild.entities.kb import load_lexicon
from lagebild.entities.resolve import _glued_surname, _looks_like_name, resolve
from lagebild.model import Document, Mention


def resolved(body: str, tagged: tuple[tuple[str, str], ...]) -> dict[str, tuple[str, str | None]]:
    """Surface -> (label, entity id) of every mention, with the tagger's spans at the first
    occurrence of each ``(surface, label)``."""
    doc = Document(id="d1", source="t.txt", body=body, published="2010-03-10", language="de")
    spans = [Mention(body.find(s), body.find(s) + len(s), label) for s, label in tagged]  # type: ignore[arg-type]
    mentions, _ = resolve(doc, spans)
    return {body[m.start : m.end]: (m.label, m.entity) for m in mentions}


@pytest.mark.parametrize(
    ("body", "tagged", "person"),
    [
        # a middle initial inside a tagged name (its full stop had made it no name)
        ("Der Investor Larry A. Silverstein sagte zu.", (("Larry A. Silverstein", "PER"),), "Larry A. Silverstein"),
        # … and where the surname is also a town ("Kennedy" is one in GeoNames)
        ("John F. Kennedy wurde 1963 erschossen.", (("John F. Kennedy", "PER"),), "John F. Kennedy"),
        # the tagger cut the name before the initial, or took the surname only
        ("Gestern sagte John F. Kennedy zu.", (("John", "PER"),), "John F. Kennedy"),
        ("Gestern sprach John F. Kennedy in Berlin.", (("Kennedy", "PER"),), "John F. Kennedy"),
        # an initial first
        ("Der Regisseur F. Gary Gray drehte.", (("F. Gary Gray", "PER"),), "F. Gary Gray"),
        # joining particles after a tagged given name
        ("Gestern lobte Osama bin Laden den Anschlag.", (("Osama", "PER"),), "Osama bin Laden"),
        ("Gestern sprach Javier de la Calle in Madrid.", (("Javier", "PER"),), "Javier de la Calle"),
        # a glued surname after a tagged given name
        ("Gestern sprach Aiman az-Zawahiri auf Band.", (("Aiman", "PER"),), "Aiman az-Zawahiri"),
        # untagged: a glued surname after a title and a given name, or after a title alone
        ("Das Band, das Al-Qaida-Vizechef Aiman az-Zawahiri zugeschrieben wird, ist echt.", (), "Aiman az-Zawahiri"),
        ("Der Terroristenführer al-Sarkawi ist tot.", (), "al-Sarkawi"),
        # untagged: a given name of the lists before a particle or an initial
        ("Gestern lobte Osama bin Laden den Anschlag.", (), "Osama bin Laden"),
        ("Gestern sprach John F. Kennedy in Berlin.", (), "John F. Kennedy"),
        # a mononym with an apposition after it, or after an article and a title
        ("Dulmatin, einer der mutmaßlichen Bombenleger von Bali, wurde getötet.", (), "Dulmatin"),
        ("Dulmatin, ein mutmaßlicher Bombenbauer, wurde getötet.", (), "Dulmatin"),
        ("Die Polizei fasste den Terroristen Hambali in Thailand. Hambali schwieg.", (), "Hambali"),
        # a tagged place after an article and a title is a person
        ("Die Polizei fasste den Terroristen Hambali in Thailand.", (("Hambali", "LOC"),), "Hambali"),
        ("Der norwegische Komiteechef Thorbjørn Jagland sagte das.", (("Thorbjørn Jagland", "LOC"),),
         "Thorbjørn Jagland"),
        # a name opener before a glued surname
        ("Gestern sprach Abu Bakr al-Baghdadi in Mossul.", (), "Abu Bakr al-Baghdadi"),
    ],
)
def test_person_found(body: str, tagged: tuple[tuple[str, str], ...], person: str) -> None:
    found = resolved(body, tagged)
    assert person in found and found[person][0] == "PER", found


@pytest.mark.parametrize(
    ("body", "tagged", "later", "first"),
    [
        # a mononym links its later mentions
        ("Dulmatin, ein mutmaßlicher Bombenbauer, wurde getötet. Dulmatin war gesucht.", (), "war", "Dulmatin"),
        # a glued surname alone, in another spelling, is the person named before
        ("Al-Qaida-Vizechef Aiman az-Zawahiri sprach. Die Stimme, die al-Sawahiri gehören soll, drohte.",
         (), "al-Sawahiri", "Aiman az-Zawahiri"),
    ],
)
def test_later_mention_links(body: str, tagged: tuple[tuple[str, str], ...], later: str, first: str) -> None:
    found = resolved(body, tagged)
    if later == "war":  # the second "Dulmatin": both spans resolve to one id
        doc = Document(id="d1", source="t.txt", body=body, published="2010-03-10", language="de")
        mentions, _ = resolve(doc, [])
        ids = {m.entity for m in mentions if body[m.start : m.end] == first}
        assert len([m for m in mentions if body[m.start : m.end] == first]) == 2 and len(ids) == 1
    else:
        assert found[later][1] == found[first][1]


@pytest.mark.parametrize(
    ("body", "tagged", "not_person"),
    [
        # no mononym without an apposition or title; none where the text writes it in lower case
        ("Dulmatin wurde getötet.", (), "Dulmatin"),
        ("Die Anschläge, eine der schlimmsten Serien, trafen Bali.", (), "Anschläge"),
        # a joining particle needs a capitalised word after it ("von", "zu" do not join)
        ("Gestern sprach Osama bin in Berlin.", (("Osama", "PER"),), "Osama bin"),
        ("Gestern sprach Angela Merkel von der CDU.", (("Angela Merkel", "PER"),), "Angela Merkel von der CDU"),
        # a person noun before a noun named once, or after an article elsewhere
        ("Die Sozialdemokraten werfen dem Finanzminister Zynismus vor.", (), "Zynismus"),
        ("Bei der Lufthansa-Tochter Cargo. Die Cargo streikte.", (), "Cargo"),
        # an apposition naming an office of a state or army
        ("Versuche, eine solche Armee aufzubauen, scheiterten.", (), "Versuche"),
        # a suspect shortened to an initial: the noun after it is no surname
        ("Gegen Rabah N. Anklage erhoben.", (("Rabah", "PER"),), "Rabah N. Anklage"),
        # a noun of place before a glued name
        ("Kämpfe in der Region Sahl al-Ghab dauern an.", (), "Region Sahl al-Ghab"),
        ("Kämpfe in der Region Sahl al-Ghab dauern an.", (), "Sahl al-Ghab"),
        # a tagged place inside the name's continuation ends it
        ("Im Collegio Teutonico di Santa Maria wohnt er.", (("Collegio Teutonico", "PER"), ("Santa Maria", "LOC")),
         "Collegio Teutonico di Santa"),
        # an initial after three words is no person's ("Istituto Statale Superiore E. Balducci")
        ("Die Schule Istituto Statale Superiore E. Balducci lud ein.",
         (("Istituto Statale Superiore E. Balducci", "PER"),), "Istituto Statale Superiore E. Balducci"),
        # a tagged organisation after a title-like compound stays an organisation
        ("Die Alphabet-Tochter Google verlor.", (("Google", "ORG"),), "Google"),
    ],
)
def test_no_person(body: str, tagged: tuple[tuple[str, str], ...], not_person: str) -> None:
    found = resolved(body, tagged)
    assert found.get(not_person, ("-", None))[0] != "PER", found


@pytest.mark.parametrize(
    ("body", "tagged", "org"),
    [
        # a foreign group word opens or ends the name: no person
        ("Die Gruppe Jemaah Islamiyah bekannte sich.", (("Jemaah Islamiyah", "PER"),), "Jemaah Islamiyah"),
        ("Die Gruppe Jemaah Islamiyah bekannte sich.", (), "Jemaah Islamiyah"),
        ("Die Moro Islamic Liberation Front griff an.", (("Moro Islamic Liberation Front", "PER"),),
         "Moro Islamic Liberation Front"),
        ("Kämpfer der Kassam Brigaden feuerten.", (), "Kassam Brigaden"),
        ("Das Schiff der Bremerhavener Lloyd Werft lief aus.", (), "Bremerhavener Lloyd Werft"),
        # a tagged place ending in an organisation word
        ("Die Kassam Brigaden schossen.", (("Kassam Brigaden", "LOC"),), "Kassam Brigaden"),
        # a hyphenated group or body after an article
        ("Kämpfer der Al-Aksa-Brigaden griffen an.", (), "Al-Aksa-Brigaden"),
        ("Die Griss-Kommission legte den Bericht vor.", (), "Griss-Kommission"),
        # one word ending in a body's noun, after an article
        ("Das Nobelkomitee im norwegischen Oslo würdigte ihn.", (), "Nobelkomitee"),
        ("Ein Sprecher des Untersuchungsausschusses sagte das.", (), "Untersuchungsausschusses"),
        ("Seiner Meinung nach hätte die Flughafenaufsicht reagieren müssen.", (), "Flughafenaufsicht"),
    ],
)
def test_organisation_found(body: str, tagged: tuple[tuple[str, str], ...], org: str) -> None:
    found = resolved(body, tagged)
    assert org in found and found[org][0] == "ORG", found


def test_compound_body_is_named_without_genitive() -> None:
    found = resolved("Ein Sprecher des Untersuchungsausschusses sagte das.", ())
    assert found["Untersuchungsausschusses"][1] == "org:untersuchungsausschuss"


@pytest.mark.parametrize(
    ("body", "not_org"),
    [
        # the head noun alone is no name ("die Kommission" is the descriptor step's)
        ("Die Kommission tagte.", "Kommission"),
        # not without an article: a compound in a heading or after an adjective
        ("Internationale Wahlkommission tagte.", "Wahlkommission"),
        # a hyphenated description with an organisation word that names no group
        ("Der IT-Konzern wuchs.", "IT-Konzern"),
        ("Das Social-Media-Team schrieb.", "Social-Media-Team"),
        # "die Front" alone, at the front
        ("Die Soldaten an der Front warten.", "Front"),
    ],
)
def test_no_organisation(body: str, not_org: str) -> None:
    assert not_org not in resolved(body, ())


@pytest.mark.parametrize(
    ("word", "glued"),
    [("az-Zawahiri", True), ("al-Bashir", True), ("el-Sisi", True), ("Al-Qaida", False), ("ab-Hof", False),
     ("az-zawahiri", False)],
)
def test_glued_surname(word: str, glued: bool) -> None:
    assert _glued_surname(word) is glued


@pytest.mark.parametrize(
    ("words", "name"),
    [
        (["Larry", "A", ".", "Silverstein"], True),
        (["F", ".", "Gary", "Gray"], True),
        (["Larry", "A", "."], False),  # an initial must have a surname after it
        (["Osama", "bin", "Laden"], True),
        (["Aiman", "az-Zawahiri"], True),
    ],
)
def test_looks_like_name(words: list[str], name: bool) -> None:
    assert _looks_like_name(words, load_lexicon()) is name
