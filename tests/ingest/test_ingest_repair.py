"""Text repair: white space, hard line breaks, hyphenation, paragraphs split by blank lines."""

from __future__ import annotations

import pytest

from lagebild.ingest.repair import join_lines, normalise, units


@pytest.mark.parametrize(
    ("a", "b", "joined"),
    [
        ("Verhand-", "lungen", "Verhandlungen"),  # soft hyphen: lower-case continuation
        ("Apec-", "Gipfels", "Apec-Gipfels"),  # real hyphen: a capital follows
        ("Ukraine-", "Konflikt", "Ukraine-Konflikt"),
        ("Raketen-", "und Drohnenangriffe", "Raketen-und Drohnenangriffe"),  # elliptic compound stays
        ("der", "Text", "der Text"),
        ("Ende -", "und", "Ende - und"),  # a dash is a word
    ],
)
def test_join_lines(a: str, b: str, joined: str) -> None:
    assert join_lines(a, b) == joined


def test_normalise_spaces_and_invisibles() -> None:
    assert normalise("a\u00a0 b\u200b c \r\n\td\u00ade") == "a b c\nde"


PDF = """Titel

Riad - US-Präsident Donald Trump und der
russische Präsident stehen seit 2017 im
Austausch. Ein Treffen fand am Rande des Apec-
Gipfels statt, wo beide die Verhand-
lungen lobten und über den Ukraine-
Konflikt sprachen. Der erste Gipfel fand statt, wo



über die bilateralen Beziehungen diskutiert wurde. Das
war im Juli 2018 in Helsinki, wie alle wissen.

Diplomatische Bemühungen und
Friedensverhandlungen

Im Januar 2025 wurde Trump erneut Präsident und
sprach mit Putin über die Lage in der Ukraine.
"""


def test_pdf_lines_are_joined() -> None:
    texts = [u.text for u in units(PDF)]
    assert texts[0] == "Titel"
    assert "am Rande des Apec-Gipfels statt, wo beide die Verhandlungen lobten" in texts[1]
    assert "über den Ukraine-Konflikt sprachen" in texts[1]
    # a paragraph cut by a run of blank lines goes on in lower case: joined
    assert "Der erste Gipfel fand statt, wo über die bilateralen Beziehungen" in texts[1]
    assert "Diplomatische Bemühungen und Friedensverhandlungen" in texts
    assert all("\n" not in t for t in texts)


def test_page_lines_stay_apart() -> None:
    dump = "Politik\n\nTrump trifft Putin\n15.01.2026, 09:31 Uhr\nDer Text beginnt hier. Er ist lang genug.\n"
    assert [u.text for u in units(dump)] == [
        "Politik", "Trump trifft Putin", "15.01.2026, 09:31 Uhr", "Der Text beginnt hier. Er ist lang genug."]


def test_dump_fragments_cut_by_links_are_joined() -> None:
    dump = "Mitte September 2021 hat\nApple\ndie neue Generation vorgestellt, sagte ein Sprecher.\nTeilen\n"
    assert [u.text for u in units(dump)] == [
        "Mitte September 2021 hat Apple die neue Generation vorgestellt, sagte ein Sprecher.", "Teilen"]


def test_headline_ending_on_an_auxiliary_is_not_joined() -> None:
    """A link cuts a sentence for a few words; a headline ending on "wird" stands above a paragraph."""
    para = "Bundesumweltminister Carsten Schneider zeigte sich enttäuscht, sagte der SPD-Politiker am Abend."
    dump = f"Was auf der Klimakonferenz verhandelt wird\n{para}\n"
    assert [u.text for u in units(dump)] == ["Was auf der Klimakonferenz verhandelt wird", para]


def test_headline_ending_on_a_particle_is_not_joined_with_the_author() -> None:
    dump = "SBB kündigt grösste Fahrplanänderung seit Jahren an\nLea Senn\nVon\nAnna Berg\n"
    assert [u.text for u in units(dump)] == [
        "SBB kündigt grösste Fahrplanänderung seit Jahren an", "Lea Senn", "Von Anna Berg"]


def test_blank_lines_between_all_text_nodes_say_nothing() -> None:
    """A dump with a blank line after every text node: the blanks mark no paragraphs."""
    nodes = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Von", "Anna Berg", "und", "Jan Ott",
             "12.03.2025", "Teilen", "Drucken"] * 2
    texts = [u.text for u in units("\n\n".join(nodes))]
    assert "Von Anna Berg und Jan Ott" in texts and not any(u.gap for u in units("\n\n".join(nodes)))
    # An article with blank lines between its paragraphs keeps them.
    para = "Der Absatz Nummer {} ist ein ganzer Satz mit genug Wörtern für einen Absatz."
    article = "\n\n".join(para.format(i) for i in range(25))
    assert all(u.gap for u in units(article)[1:])


def test_compound_cut_after_an_abbreviation_is_joined() -> None:
    dump = "Sie ist THW\n-Helferin und erzählt aus ihrem Alltag.\n- Erster Punkt der Liste\n"
    assert [u.text for u in units(dump)] == ["Sie ist THW-Helferin und erzählt aus ihrem Alltag.",
                                             "- Erster Punkt der Liste"]


def test_bylines_stay_apart_and_name_lists_are_joined() -> None:
    dump = "Preise steigen langsamer als erwartet\n\nvon\nJulian Heißler und\nJannik Deters\n"
    assert [u.text for u in units(dump)] == ["Preise steigen langsamer als erwartet",
                                             "von Julian Heißler und Jannik Deters"]


def test_a_short_print_out_is_wrapped_and_its_short_lines_end_paragraphs() -> None:
    # a one-page PDF (pypdf's text, one line per printed line): a line cut after "erklärte," goes
    # on; a short line that ends a sentence ends its paragraph however long the paragraph is
    page = ("Südwest-Bote · Dienstag, 17. März 2026\n"
            "Vietnam droht Indonesien mit Konsequenzen\n"
            "Von Mareike Thalheim\n"
            "HANOI. Trotz der Gespräche in Kuala Lumpur verschärft Vietnam den Ton gegenüber Indonesien.\n"
            "Der vietnamesische Premierminister Pham Minh Chinh warf der Regierung in Jakarta am Dienstag\n"
            "vor, die Fischer als Druckmittel zu benutzen. „Wer Fischer als Geiseln nimmt, kann kein Partner\n"
            "sein“, sagte Pham Minh Chinh vor dem Parlament in Hanoi.\n"
            "Zugleich kündigte Vietnam an, den Import von indonesischem Palmöl zu überprüfen. Vietnam\n"
            "importierte im vergangenen Jahr Palmöl im Wert von rund 850 Millionen Dollar aus Indonesien. Ein\n"
            "Importstopp würde vor allem Plantagen auf Sumatra treffen.\n"
            "Die indonesische Regierung reagierte gelassen. Außenministerin Retno Wulandari erklärte,\n"
            "Indonesien halte sich an die Vereinbarungen von Kuala Lumpur. Die übrigen 27 Fischer würden\n"
            "wie zugesagt bis Freitag freigelassen.\n"
            "Die Vereinigten Staaten und China riefen beide Seiten zur Mäßigung auf. Peking hatte am Montag\n"
            "erklärt, der Streit dürfe nicht von Drittstaaten ausgenutzt werden.\n")
    texts = [u.text for u in units(page)]
    assert any("Retno Wulandari erklärte, Indonesien halte sich" in t for t in texts)
    assert any(t.endswith("bis Freitag freigelassen.") for t in texts)
    assert any(t.startswith("Die Vereinigten Staaten") for t in texts)


_RELEASE_BODY = (
    "Die Bundesministerin hat die Einigung zwischen der Europäischen Union und den Vereinigten Staaten\n"
    "im Handelsstreit begrüßt. Die Vereinbarung verhindere eine Eskalation, bei der höhere Zölle gedroht\n"
    "hätten. Die Ministerin kündigte an, sich in Brüssel für weitere Ausnahmen einzusetzen, etwa für den\n"
    "Maschinenbau. Die Bundesregierung werde die betroffenen Branchen eng begleiten und beraten, hieß es.\n"
    "Nach Berechnungen des Ministeriums könnten die Zölle die Exporte deutscher Unternehmen in die USA\n"
    "deutlich verringern. Die deutsche Industrie exportierte im vergangenen Jahr Waren in die Staaten.\n")


@pytest.mark.parametrize(
    ("head", "foot", "lines"),
    [
        # trial 7: a press release's header stays apart from the headline, and a headline broken
        # after its dash is one line
        ("Bundesamt für Beispiele - Pressemitteilung\nZollstreit: Einigung schafft Sicherheit –\n"
         "Sorgen bleiben in der Industrie\nBerlin, 28.07.2025\n", "",
         ["Bundesamt für Beispiele - Pressemitteilung",
          "Zollstreit: Einigung schafft Sicherheit – Sorgen bleiben in der Industrie", "Berlin, 28.07.2025"]),
        # an English headline in title case on two lines is one
        ("EXAMPLE AGENCY - Office of the Press Secretary - FOR IMMEDIATE RELEASE\n"
         "Joint Statement on a New Framework\nAgreement on Fair and Balanced Trade\nBrussels, 21 August 2025\n", "",
         ["EXAMPLE AGENCY - Office of the Press Secretary - FOR IMMEDIATE RELEASE",
          "Joint Statement on a New Framework Agreement on Fair and Balanced Trade", "Brussels, 21 August 2025"]),
        # a postal address under the text is a line of its own
        ("Titel der Meldung\n", "Beispielamt, 1600 Example Avenue NW, Washington, DC 20500\n",
         ["Titel der Meldung", "Beispielamt, 1600 Example Avenue NW, Washington, DC 20500"]),
        ("Titel der Meldung\n", "Beispielamt, Musterstraße 34-37, 10115 Berlin\n",
         ["Titel der Meldung", "Beispielamt, Musterstraße 34-37, 10115 Berlin"]),
        # German lines in capitals and function words are no English title; a line that merely
        # names a year and a city is no address
        ("Bundesamt für Beispiele und Muster\nReferat für Presse und Öffentlichkeit\n", "",
         ["Bundesamt für Beispiele und Muster", "Referat für Presse und Öffentlichkeit"]),
    ],
)
def test_a_press_release_head_and_foot_stay_apart(head: str, foot: str, lines: list[str]) -> None:
    texts = [u.text for u in units(head + _RELEASE_BODY + foot)]
    for line in lines:
        assert line in texts, (line, texts)


@pytest.mark.parametrize(
    ("line", "issuer"),
    [
        ("Bundesministerium für Wirtschaft und Energie - Pressemitteilung",
         "Bundesministerium für Wirtschaft und Energie"),
        ("THE WHITE HOUSE - Office of the Press Secretary - FOR IMMEDIATE RELEASE", "The White House"),
        ("European Commission - Press release", "European Commission"),
        ("Pressemitteilung", None),  # no issuer
        ("Die Pressemitteilung - ein Genre im Wandel", None),  # the mark must be a part of its own
        ("Zollstreit - Pressemitteilung des Ministeriums", None),
        ("Kanzler Merz - Statement", None),  # a video's label, not a release's header
    ],
)
def test_release_issuer(line: str, issuer: str | None) -> None:
    from lagebild.ingest.lexicon import lexicon
    from lagebild.ingest.repair import release_issuer

    assert release_issuer(line, lexicon()) == issuer
