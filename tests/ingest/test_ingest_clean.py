"""The page-dump cleaner: each junk family is removed, each metadata form is read.

Every input is a small hand-written dump: a few lines of page furniture around an article of
three paragraphs (``ARTICLE``), so that the article is the longest run of prose.
"""

from __future__ import annotations

import pytest

from lagebild.ingest.clean import extract, parse_names, split_kicker
from lagebild.ingest.lexicon import lexicon

P1 = ("Die Regierung hat am Dienstag ein neues Gesetz beschlossen, das die Förderung von "
      "Wärmepumpen deutlich ausweitet und zugleich die Vorgaben für Vermieter lockert.")
P2 = ("„Wir gehen einen großen Schritt“, sagte die Ministerin in Berlin. Kritiker aus der "
      "Opposition warfen ihr dagegen vor, die Kosten für Mieter zu unterschätzen.")
P3 = ("Der Bundestag soll im Herbst über das Gesetz abstimmen. Bis dahin wollen die Verbände "
      "ihre Stellungnahmen einreichen, wie ein Sprecher des Ministeriums mitteilte.")
ARTICLE = f"{P1}\n\n{P2}\n\nNeue Regeln für Vermieter\n\n{P3}"


def _body(dump: str) -> str:
    return extract(dump).body


@pytest.mark.parametrize(
    ("name", "dump", "junk"),
    [
        ("skip links", f"1. Zum Inhalt springen\n2. Zur Hauptnavigation springen\n\n{ARTICLE}",
         ["Zum Inhalt springen", "Hauptnavigation"]),
        ("player residue", f"{P1}\n\nVideo zum Gesetz\n\n02:45\n\nThis browser does not support the video element."
         f"\n\n00:00 / 03:30\n\n{P2}\n\n{P3}", ["02:45", "This browser", "03:30", "Video zum Gesetz"]),
        ("photo credit line", f"{P1}\n\nFoto: picture alliance / dpa\n\n{P2}\n\n{P3}", ["picture alliance"]),
        ("caption with glued credit", f"{P1}\n\nDie Ministerin im Bundestag in BerlinBild: Kay Nietfeld/dpa\n\n"
         f"{P2}\n\n{P3}", ["Kay Nietfeld", "Ministerin im Bundestag in Berlin"]),
        ("caption with credit in brackets", f"{P1}\n\nDie Ministerin vor der Presse. (Foto: IMAGO / photothek)\n\n"
         f"{P2}\n\n{P3}", ["photothek", "vor der Presse"]),
        ("photo file name", f"GERMANY-BERLIN-PARLIAMENT-JANUARY-7-2026-Minister-attends-a-session\n{ARTICLE}",
         ["GERMANY-BERLIN"]),
        ("glued tag list", f"{ARTICLE}\n\nBundestagWärmepumpenMietrechtKlimaschutzGesetzgebung",
         ["BundestagWärmepumpen"]),
        ("read-also box", f"{P1}\n\nLesen Sie auch:\n\nStreit um das Heizungsgesetz\nDie Koalition ringt weiter "
         f"um einen Kompromiss.\n\n{P2}\n\n{P3}", ["Lesen Sie auch", "Streit um das Heizungsgesetz"]),
        ("more-on-the-topic footer", f"{ARTICLE}\n\nMehr zum Thema\n\nAndere Meldung mit einem langen Text, der "
         "nichts mit dem Artikel zu tun hat und trotzdem lang genug für einen Absatz ist.", ["Andere Meldung"]),
        ("newsletter and comments", f"{ARTICLE}\n\nAbonnieren Sie unseren Newsletter\n\n[3 Kommentare]\n\n"
         "Jetzt kommentieren", ["Newsletter", "Kommentare", "kommentieren"]),
        ("teaser column", f"{ARTICLE}\n\nFinanzen\nBörse im Minus\nDie Märkte gaben am Freitag deutlich nach, "
         "nachdem neue Zahlen […] (00)\nvor 18 Minuten\nFußball-WM 2026\nWashington (dpa) - Julian Nagelsmann "
         "warnte vor Ecuador und lobte die Elfenbeinküste […] (00)\nvor 2 Stunden",
         ["Börse im Minus", "Nagelsmann", "vor 18 Minuten"]),
        ("cards with read-more links", f"{ARTICLE}\n\nAnderer Titel hier\nEin Teaser für einen anderen Artikel, "
         "der auf eine andere Seite führt.\nweiter lesen", ["Anderer Titel", "Ein Teaser"]),
        ("publisher footer", f"{ARTICLE}\n\nDieser Artikel wurde von unserem Benutzer gemäß den Regeln eingereicht."
         "\n\n© 2025 Beispielverlag GmbH. Alle Rechte vorbehalten.\n\nImpressum\nDatenschutz",
         ["unserem Benutzer", "Alle Rechte", "Impressum"]),
        ("translator line", f"{ARTICLE}\n\nAdaptiert aus dem Englischen von Phoenix Hanzo.", ["Phoenix Hanzo"]),
        ("source line", f"{ARTICLE}\n\nQuelle: ntv.de, ghö/rts", ["Quelle"]),
        ("numbered comment", f"{ARTICLE}\n\n#1 Kommentar von Leserin_77\n\nDanke für diesen Artikel, er hat mir "
         "sehr geholfen, und ich freue mich schon auf die Fortsetzung im nächsten Monat.", ["Leserin", "Danke"]),
        ("comment count heading", f"{ARTICLE}\n\n3 Antworten auf „Neue Regeln für Vermieter“\n\nSehr guter "
         "Beitrag, vielen Dank dafür, ich hätte mir nur noch mehr Zahlen zu den Kosten gewünscht.", ["Antworten"]),
        ("caption with a bare label", f"{P1}\n\nWer die Äste auf die Wege zieht, ist unklar (Symbolbild).\n\n{P2}\n\n"
         f"{P3}", ["Äste"]),
        ("call to action", f"{P1}\n\nHIER KOSTENLOS ANMELDEN »\n\n{P2}\n\n{P3}", ["ANMELDEN"]),
        ("copyright line", f"{P1}\n\n| COPYRIGHT ANNA MUSTER | THIS IS A DEMO PROJECT\n\n{P2}\n\n{P3}",
         ["COPYRIGHT"]),
        ("download with file size", f"{P1}\n\nJahresbericht 2021 (PDF | 2,3 MB)\n\n{P2}\n\n{P3}", ["Jahresbericht"]),
        ("comment counter", f"{P1}\n\nKeine Kommentare\n\n{P2}\n\n{P3}", ["Keine Kommentare"]),
        ("date stamp before a paragraph", f"24. März 2025, 19:49 | {P1}\n\n{P2}\n\n{P3}", ["19:49", "2025"]),
        ("caption with a source in brackets", f"{P1}\nFeuerwehrleute pumpen einen Keller aus. (Quelle: Oliver "
         f"Berg/dpa)\n{P2}\n{P3}", ["Oliver Berg", "Feuerwehrleute"]),
        ("caption closed by photographer and agency", f"{P1}\nDer Minister vor den Medien in Bern. Peter Klaunzer "
         f"/ Keystone\n{P2}\n{P3}", ["Klaunzer", "vor den Medien"]),
        ("picture source line", f"{P1}\nÄltere Arbeitnehmer im Büro\nQuelle: Getty Images/Westend61\n{P2}\n{P3}",
         ["Westend61", "Ältere Arbeitnehmer"]),
        ("inline teaser link", f"{P1}\n{P2}\nmehr\nWas im Gesetz zur Förderung geregelt wird\n{P3}",
         ["Was im Gesetz"]),
        ("trial subscription", f"{ARTICLE}\nBestens informiert mit Plus – 4 Wochen kostenlos zur Probe lesen.",
         ["Probe lesen"]),
        ("forum counter", f"{P1}\n280 Postings\n{P2}\n{P3}", ["Postings"]),
        ("long consent banner", "Wir und unsere Partner speichern und/oder greifen auf Informationen auf einem Gerät "
         "zu, beispielsweise auf Cookies, und verarbeiten personenbezogene Daten für personalisierte Anzeigen und "
         f"Inhalte. Ihre Einwilligung können Sie jederzeit widerrufen.\nAkzeptieren\n{ARTICLE}", ["Cookies"]),
        ("empty ad slot", f"{P1}\nAnzeige\n{P2}\n{P3}", ["Anzeige"]),
        ("video with its length", f"{P1}\nVideo\nMinisterin und Opposition werfen sich Fehler vor\n01:45 min\n"
         f"{P2}\n{P3}", ["01:45", "werfen sich Fehler vor"]),
        ("inline box in a gapless dump", f"{P1}\n{P2}\nAuch interessant\nMietrecht: Das ändert sich 2026\n{P3}",
         ["Auch interessant", "Mietrecht:"]),
        ("paywall", f"{P1}\n{P2}\n{P3}\nJetzt weiterlesen mit SPIEGEL+\nSie haben bereits ein Digital-Abonnement? Hier "
         "anmelden\nAlle Artikel auf SPIEGEL.de frei zugänglich, inklusive DER SPIEGEL als E-Paper und in der App.",
         ["weiterlesen", "Abonnement", "frei zugänglich"]),
        ("broadcast note", f"{ARTICLE}\nÜber dieses Thema berichtet: BR24 im Radio am 10.07.2025 um 06:00 Uhr.",
         ["berichtet"]),
        ("broadcast note after the article", f"{ARTICLE}\nDiese Nachricht wurde am 30.07.2024 im Programm "
         "Deutschlandfunk gesendet.", ["gesendet"]),
        ("feedback prompt and update time", f"{P1}\nUpdate: 16.30 Uhr\n{P2}\n{P3}\nHat Ihnen dieser Artikel "
         "gefallen?\nBitte melden Sie sich an, um zu kommentieren.", ["Update", "gefallen", "melden"]),
        ("external content", f"{P1}\nEmpfohlener externer Inhalt\nAn dieser Stelle finden Sie einen externen Inhalt "
         "von X, der den Artikel ergänzt. Sie können ihn sich mit einem Klick anzeigen lassen und wieder ausblenden.\n"
         "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene Daten "
         f"an Drittplattformen übermittelt werden.\nExternen Inhalt anzeigen\n{P2}\n{P3}", ["extern", "Klick"]),
        ("pagination", f"{ARTICLE}\nSeite 1 von 3\nNächste Seite", ["Seite"]),
        ("author's role", f"Von Anna Berg\nBerliner Korrespondentin\n{ARTICLE}", ["Korrespondentin"]),
        ("author's role in English", f"Jessica Parker\nBerlin correspondent\n{ARTICLE}", ["correspondent"]),
        ("author box", f"{ARTICLE}\nZur Person\nMichael Kohler ist Redakteur im Ressort Kultur und schreibt vor "
         "allem über Oper und Theater.", ["Redakteur im Ressort"]),
        ("comment prompt", f"{ARTICLE}\nKommentar zu Artikel:\nSie müssen sich anmelden, um einen Kommentar zu "
         "verfassen.", ["Kommentar zu"]),
    ],
)
def test_junk_is_removed(name: str, dump: str, junk: list[str]) -> None:
    body = _body(dump)
    for j in junk:
        assert j not in body, name
    for kept in (P1, P2, P3):
        assert kept in body, name
    assert "\n\n\n" not in body and body == body.strip()


def test_subheadings_and_quotations_are_kept() -> None:
    body = _body(f"Titel des Artikels hier\n\n{ARTICLE}")
    assert "Neue Regeln für Vermieter" in body
    assert "„Wir gehen einen großen Schritt“" in body
    assert body.split("\n\n") == [P1, P2, "Neue Regeln für Vermieter", P3]


@pytest.mark.parametrize(
    ("head", "field", "value"),
    [
        ("Investmentweek\n\nHeizung: Das Gesetz kommt\n\n21. Januar 2025, 18:00 Uhr · Quelle: InvestmentWeek",
         "published", "2025-01-21T18:00"),
        ("Investmentweek\n\nHeizung: Das Gesetz kommt\n\n21. Januar 2025, 18:00 Uhr · Quelle: InvestmentWeek",
         "outlet", "InvestmentWeek"),
        ("Politik\n\nHeizung: Das Gesetz kommt\n\n15.01.2026, 09:31 Uhr", "published", "2026-01-15T09:31"),
        ("Heizung: Das Gesetz kommt\n\nJanelle Dumalaon Washington\n24. Februar 2025", "published", "2025-02-24"),
        ("Heizung: Das Gesetz kommt\n\nJanelle Dumalaon Washington\n24. Februar 2025", "authors",
         ("Janelle Dumalaon",)),
        ("Heizung: Das Gesetz kommt\n\nVon\nThomas Schmidt\n4 Minuten Lesezeit", "authors", ("Thomas Schmidt",)),
        ("Heizung: Das Gesetz kommt\n\nVon Anna Berg und Jan Ott, dpa\n12.03.2024", "authors",
         ("Anna Berg", "Jan Ott")),
        ("Heizung: Das Gesetz kommt\n\nAutor: Fritz Imhof", "authors", ("Fritz Imhof",)),
        ("Heizung: Das Gesetz kommt\nKathrin Führes\nam\nMittwoch, 26.01.2022 - 14:30", "authors", ("Kathrin Führes",)),
        ("Heizung: Das Gesetz kommt\nKathrin Führes\nam\nMittwoch, 26.01.2022 - 14:30", "published",
         "2022-01-26T14:30"),
        ("1. Zum Inhalt springen\n2. Zu weiteren Angeboten der DW springen\n\nHeizung: Das Gesetz kommt", "outlet",
         "DW"),
        ("Politik\n\n\"Ein großer Schritt\"Heizung: Das Gesetz kommt\n\n15.01.2026, 09:31 Uhr", "title",
         "Heizung: Das Gesetz kommt"),
        ("Heizung: Das Gesetz kommt\nHeizung: Das Gesetz kommt\n\nVon\nThomas Schmidt", "title",
         "Heizung: Das Gesetz kommt"),
    ],
)
def test_metadata_from_text(head: str, field: str, value: object) -> None:
    ex = extract(f"{head}\n\n{ARTICLE}")
    assert getattr(ex, field) == value


def test_metadata_at_the_end() -> None:
    ex = extract(f"Heizung: Das Gesetz kommt\n\n{ARTICLE}\n\nQuelle: ntv.de, ghö/rts")
    assert ex.outlet == "ntv.de" and ex.authors == ()


def test_no_metadata_is_invented() -> None:
    ex = extract(ARTICLE)
    assert (ex.published, ex.outlet, ex.authors) == (None, None, ())


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Anna Berg", ("Anna Berg",)),
        ("Anna Berg und Jan Ott", ("Anna Berg", "Jan Ott")),
        ("Anna Berg, AFP", ("Anna Berg",)),
        ("dpa", ()),
        ("ghö/rts", ()),
        ("Sprachregeln, Gender-Politik und «ganz normalem Deutsch»", ()),
        ("HINTERLASSEN SIE EINE ANTWORT", ()),
        ("Ursula von der Leyen", ("Ursula von der Leyen",)),
        ("Keine Kommentare", ()),  # a determiner is no name
        ("Letzte Aktualisierung", ()),  # nor is a noun ending in -ung
        ("Max Jung", ("Max Jung",)),  # a short name in -ung is
        # A place or a role after the name is no second author.
        ("Katharina Müller-Wolf, München", ("Katharina Müller-Wolf",)),
        ("Anna Berg, ARD-Studio Rio de Janeiro", ("Anna Berg",)),
        ("Markus Balser und Vivien Timmler, Berlin", ("Markus Balser", "Vivien Timmler")),
        ("Anna Berg, New York", ("Anna Berg",)),
        ("Dorothea Siems, Chefökonomin", ("Dorothea Siems",)),
        ("Dorothea Siems Chefökonomin", ("Dorothea Siems",)),
        ("Anna Berg, Jan Ott", ("Anna Berg", "Jan Ott")),
        ("FOCUS-online-Redakteurin Lisa Maier", ("Lisa Maier",)),  # a role before the name
        ("Anna Berg, MDR THÜRINGEN", ("Anna Berg",)),  # a broadcaster's desk
        # Agency tags and photographers around the names.
        ("Anna Berg mit dpa", ("Anna Berg",)),
        ("Anna Berg mit Material von dpa und Reuters", ("Anna Berg",)),
        ("Anna Berg (mit dpa)", ("Anna Berg",)),
        ("Anna Berg/AFP", ("Anna Berg",)),
        ("dpa/Anna Berg", ("Anna Berg",)),
        ("Anna Berg (Text) und Jan Ott (Fotos)", ("Anna Berg",)),
        ("Anna Berg, ARD-Hauptstadtstudio, und Jan Ott, BR", ("Anna Berg", "Jan Ott")),
        ("Anna Berg mit Jan Ott", ()),
        # names set in capitals (Bild, AP) are written as names
        ("PETER TIEDE und ANNA-LENA MÜLLER", ("Peter Tiede", "Anna-Lena Müller")),
        ("JOVANA GEC and LLAZAR SEMINI", ("Jovana Gec", "Llazar Semini")),
        # trial 7: a given name that is also a word ("will") in first place is a name ...
        ("MAX HOLT and WILL BRANDT", ("Max Holt", "Will Brandt")),
        ("Will Brandt", ("Will Brandt",)),
        ("Brandt Will", ()),  # ... elsewhere the word
        ("EINE NEUE ANTWORT", ()),
        # a particle joined to the name by a hyphen ("al-", "el-")
        ("Samir al-Masri, Dana Levi and Tom Fisher", ("Samir al-Masri", "Dana Levi", "Tom Fisher")),
        ("Omar el-Kadi", ("Omar el-Kadi",)),
        ("al-Masri berichtet", ()),
    ],
)
def test_parse_names(text: str, names: tuple[str, ...]) -> None:
    assert parse_names(text, lexicon()) == names


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ('"Bereit für einen Deal"Trump schlägt sich auf Putins Seite', "Trump schlägt sich auf Putins Seite"),
        ("„Zutiefst beleidigend“ für die Europäer", "„Zutiefst beleidigend“ für die Europäer"),
        ("Trump und Putin: Neue Gespräche", "Trump und Putin: Neue Gespräche"),
    ],
)
def test_split_kicker(title: str, headline: str) -> None:
    assert split_kicker(title) == headline


def test_dated_title_lists_and_cards_are_dropped() -> None:
    links = "\n".join(f"Andere Meldung Nummer {i} mit Titel\n0{i}.10.2023" for i in range(1, 5))
    cards = "\n".join(f"Tourtipp\nNoch ein Titel Nummer {i}\nEin kurzer Teaser zu einem anderen Artikel, der "
                      f"hier nur angerissen wird und woanders weitergeht, Nummer {i}." for i in range(1, 5))
    body = _body(f"Heizung: Das Gesetz kommt\n{P1}\n{P2}\n{links}\n{P3}\n{cards}")
    assert P1 in body and P2 in body and P3 in body  # the title list inside the article is bridged
    assert "Andere Meldung" not in body and "Noch ein Titel" not in body and "Teaser" not in body


def test_label_and_value_lines_at_the_end() -> None:
    ex = extract(f"Heizung: Das Gesetz kommt\n{ARTICLE}\nDatum:\n19.11.2021\nAutor:\nFritz Imhof\nQuelle:\nLivenet")
    assert (ex.published, ex.authors, ex.outlet) == ("2021-11-19", ("Fritz Imhof",), "Livenet")
    assert "Livenet" not in ex.body and "Imhof" not in ex.body


def test_marked_byline_wins_over_a_bare_name() -> None:
    ex = extract(f"Öffentlich\nBurkhard Meyer\nHeizung: Das Gesetz kommt in Kraft\nvon Arian Schlichenmayer\n{ARTICLE}")
    assert ex.authors == ("Arian Schlichenmayer",)
    assert ex.title == "Heizung: Das Gesetz kommt in Kraft"


def test_bare_names_under_the_article_are_no_authors() -> None:
    ex = extract(f"Heizung: Das Gesetz kommt\n\n{ARTICLE}\n\nThomas Gottschalk\nKöln (dpa) - Der Moderator geht.")
    assert ex.authors == ()


@pytest.mark.parametrize(
    ("head", "published", "updated"),
    [
        ("Aktualisiert am 15.08.2025 - 09:40 Uhr\n", "2025-08-15T09:40", True),
        ("Stand: 22.11.2025 19:44 Uhr\n", "2025-11-22T19:44", True),
        ("Veröffentlicht am 12.03.2024\n", "2024-03-12", False),
    ],
)
def test_update_stamps_are_marked(head: str, published: str, updated: bool) -> None:
    """A page that shows only its last change says so: the markup of an HTML page may know better."""
    ex = extract(f"Heizung: Das Gesetz kommt\n{head}{ARTICLE}")
    assert (ex.published, ex.updated) == (published, updated)


@pytest.mark.parametrize(
    ("head", "authors"),
    [
        ("Von Dorothea Siems\nChefökonomin\nVeröffentlicht am 10.02.2025\nLesedauer: 3 Minuten\n", ("Dorothea Siems",)),
        ("Daniel Gerny, Bern\n13.06.2025, 07.30 Uhr\n", ("Daniel Gerny",)),
        ("Von Anna Berg, ARD-Studio Rio de Janeiro\n", ("Anna Berg",)),
        ("Ein Bericht von Achim Sawall veröffentlicht am\n14. Januar 2025, 12:31 Uhr\n", ("Achim Sawall",)),
        ("Ein Artikel von\nFlorian Schillat\n08.01.2025, 05:58\n", ("Florian Schillat",)),
        ("Martin-W. Buchenau\n,\nStefan Menzel\n20.12.2024 - 19:33 Uhr\n", ("Martin-W. Buchenau", "Stefan Menzel")),
        ("Lea Senn\nFolgen\n02.04.25, 11:20\n", ("Lea Senn",)),  # a button between name and date
        ("Kate Connolly in Berlin\nWed 2 Jul 2025 18.48 CEST\n", ("Kate Connolly",)),
        ("Interview: Anna Berg\n12.03.2025\n", ("Anna Berg",)),
        ("Das Gespräch führte Jan Ott\n12.03.2025\n", ("Jan Ott",)),
    ],
)
def test_bylines_with_roles_and_places(head: str, authors: tuple[str, ...]) -> None:
    ex = extract(f"Startseite\nHeizung: Das Gesetz kommt\n{head}{ARTICLE}")
    assert ex.authors == authors and ex.title == "Heizung: Das Gesetz kommt"


def test_long_paragraph_ending_on_an_omission_is_kept() -> None:
    """"[...]" closing a long quotation leaves words out; only a short text cut so is a teaser."""
    par = ("Im Interview der Woche sagte die Ministerin: „[...] Ich war hinsichtlich des Verbots noch nie eine "
           "Anhängerin, weil ich glaube, dass selbst ein sorgfältig geprüftes Verbot, das nachher auch vom "
           "Bundesverfassungsgericht bestätigt wird, das Problem nicht löst, nämlich das Problem, dass einige "
           "in der Freizeitszene, nicht nur aber gerade in einigen Bereichen der neuen Bundesländer, sehr stark das "
           "Geschäft übernommen haben.[...]“")
    assert par in _body(f"{P1}\n{par}\n{P2}\n{P3}")


@pytest.mark.parametrize("heading", ["Haussegen hängt schief", "Netzpolitik als US-Wahlkampfthema"])
def test_a_role_at_a_words_end_by_chance_is_no_role(heading: str) -> None:
    """"schief" ends in "chief", "US-Wahlkampfthema" starts with an acronym: headings, not roles."""
    assert heading in _body(f"{P1}\n{heading}\n{P2}\n{P3}")


def test_consent_words_in_an_article_are_kept() -> None:
    """An article about cookies is no banner: it does not address the reader."""
    par = ("Der Gerichtshof entschied, dass Cookies für Tracking nur mit Einwilligung der Nutzer gesetzt werden "
           "dürfen; personenbezogene Daten seien besonders zu schützen, hieß es in dem Urteil vom Dienstag.")
    assert par in _body(f"{P1}\n{par}\n{P2}\n{P3}")


def test_signed_closing_paragraph_is_kept() -> None:
    """DER STANDARD signs the last paragraph with author and date: it is the article's."""
    last = "Der Bundesrat muss noch zustimmen. (Katharina Mittelstaedt, 18.6.2025)"
    body = _body(f"{ARTICLE}\n{last}\nWeiterlesen\nAnderer Titel hier")
    assert body.endswith(last)


@pytest.mark.parametrize(
    ("head", "title", "published"),
    [
        # A deck of two sentences between headline and byline is no headline.
        ("Warum in Deutschland kaum noch gebaut wird\nDie Zinsen sinken, die Not ist groß – und trotzdem entstehen "
         "immer weniger Wohnungen. Woran liegt das?\nVon Anna Berg\n21.02.2025, 18.00 Uhr • aus DER SPIEGEL 9/2025\n",
         "Warum in Deutschland kaum noch gebaut wird", "2025-02-21T18:00"),
        # A short question before the statement is part of the headline.
        ("Politik\nAn oder aus? So heizen Sie im Urlaub effizient\n29.11.2022\n",
         "An oder aus? So heizen Sie im Urlaub effizient", "2022-11-29"),
    ],
)
def test_headline_and_deck(head: str, title: str, published: str) -> None:
    ex = extract(f"Startseite\n{head}{ARTICLE}")
    assert (ex.title, ex.published) == (title, published)


def test_lead_between_headline_and_article_is_kept() -> None:
    lead = ("Mieter in angespannten Wohnungsmärkten bleiben vier weitere Jahre geschützt. Die Opposition hält "
            "das Gesetz für unzureichend.")
    ex = extract(f"Startseite\nMietpreisbremse\nBundestag verlängert Mietpreisbremse\n{lead}\n26. Juni 2025\n"
                 f"Quelle: ZEIT ONLINE, dpa\n112 Kommentare\n{ARTICLE}")
    assert ex.body.startswith(lead) and ex.title == "Bundestag verlängert Mietpreisbremse"


def test_caption_below_the_byline_is_no_headline() -> None:
    ex = extract(f"Rente\nRegierung plant höhere Zuverdienstgrenzen\nVon Dorothea Siems\n10.02.2025\n"
                 f"Ältere Arbeitnehmer sollen länger im Job bleiben\nFoto: Getty Images\n{ARTICLE}")
    assert ex.title == "Regierung plant höhere Zuverdienstgrenzen"


@pytest.mark.parametrize(
    "tail",
    [
        "Kommentare\nRuhrpottler\n07.05.2025, 08:12\nEndlich passiert mal was.",  # a comment's date
        "Mehr zum Thema\nAndere Meldung aus der Stadt\n07.05.2025",  # a teaser's, after a stop heading
    ],
)
def test_dates_of_comments_and_teasers_below_are_not_taken(tail: str) -> None:
    """Nor above: a list of titles with their dates may end right above the headline."""
    assert extract(f"Heizung: Das Gesetz kommt\n{ARTICLE}\n{tail}").published is None
    links = "".join(f"Andere Meldung Nummer {i} aus der Stadt\n2{i}.05.2025\n" for i in range(3))
    assert extract(f"Meistgelesen\n{links}Heizung: Das Gesetz kommt\n30. Mai 2025\n{ARTICLE}").published == "2025-05-30"


def test_update_line_is_not_the_publication_date() -> None:
    ex = extract(f"Heizung: Das Gesetz kommt\nAktualisiert am 13.03.2024\nVeröffentlicht am 12.03.2024\n{ARTICLE}")
    assert ex.published == "2024-03-12"
    ex = extract(f"Heizung: Das Gesetz kommt\nAktualisiert am 13.03.2024\n{ARTICLE}")
    assert ex.published == "2024-03-13"


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        ("Verbrauchsteuern: Alkohol, Tabakwaren und Kaffee (Fachthemen)", False),  # a link's title
        ("Weitere Informationen erhalten Sie auf den Seiten des Ministeriums:", True),  # a link's lead-in
        ("Die Polizei ermittelt.", True),  # a sentence
        ("Euer Hans", True),  # a signature
        ("- Zweiter Punkt der Liste", True),  # a list closing the article
    ],
)
def test_headings_after_the_last_paragraph(tail: str, kept: bool) -> None:
    body = extract(f"{ARTICLE}\n\n{tail}", locate=False).body
    assert (tail in body) is kept and P3 in body


@pytest.mark.parametrize(
    ("head", "tail", "authors"),
    [
        # A name beside the article's date below it: the page's closing metadata.
        ("", "Erstveröffentlichung\n31.10.2023\nLetzte Aktualisierung\n31.10.2023\nTom Arnold", ("Tom Arnold",)),
        # An author box's link under the article is a marked byline.
        ("", "Yirou Chen\nWeitere Artikel von Yirou Chen", ("Yirou Chen",)),
        # Beside the date above: a comment counter and a category are no names.
        ("24. Oktober 2018\nKeine Kommentare\n", "", ()),
        ("2. Februar 2020\nRadtouren Berlin\n", "", ()),
        ("2. Februar 2020\nKathrin Führes\n", "", ("Kathrin Führes",)),
    ],
)
def test_authors_beside_dates(head: str, tail: str, authors: tuple[str, ...]) -> None:
    ex = extract(f"Heizung: Das Gesetz kommt\n{head}{ARTICLE}\n{tail}")
    assert ex.authors == authors
    assert "Keine Kommentare" not in ex.body

HEADLINE = "Heizungswende: Förderung für Wärmepumpen und Vermieter"


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("kicker right above the headline", f"Regierung und Ministerin\n{HEADLINE}\n"),
        ("category above the date, headline below it", f"Gesetz Wärmepumpen\n24. Februar 2025\n{HEADLINE}\n"),
        ("deck below the date", f"{HEADLINE}\n24. Februar 2025\nDie Regierung hat ein neues Gesetz beschlossen, das "
                                "die Förderung von Wärmepumpen ausweitet und die Vorgaben für Vermieter lockert\n"),
        ("headline again below the date, joined with a space", f"{HEADLINE}\n24. Februar 2025\n"
                                                               f"{HEADLINE.replace(':', ' :')}\n"),
    ],
)
def test_headline_among_kickers_and_decks(name: str, head: str) -> None:
    assert extract(f"Startseite\nPolitik\n{head}{ARTICLE}").title == HEADLINE, name


EN = ("The government on Tuesday passed a new law that widens support for heat pumps and at the same "
      "time relaxes the rules for landlords, officials said.\n\n"
      "\"We are taking a big step,\" the minister told reporters in Berlin. Critics from the opposition "
      "accused her of underestimating the costs for tenants.\n\n"
      "Parliament is expected to vote on the law in the autumn, and associations will submit their "
      "statements before then, a spokesman for the ministry said.")


@pytest.mark.parametrize(
    ("name", "dump", "junk"),
    [
        ("share buttons", f"Share on Facebook\nShare on X\n{EN}", ["Share on"]),
        ("paywall prompt", EN.replace("\n\n", "\n\nSubscribe to continue reading this story.\n\n", 1),
         ["Subscribe"]),
        ("read-next footer", f"{EN}\n\nRead next\n\nAnother story with a long text that has nothing to do with "
                             "the article and is still long enough to make a paragraph.", ["Another story"]),
        ("gallery counter", EN.replace("\n\n", "\n\nImage 3 of 12\n\n", 1), ["Image 3"]),
    ],
)
def test_english_junk_is_removed(name: str, dump: str, junk: list[str]) -> None:
    body = _body(dump)
    for j in junk:
        assert j not in body, name
    assert "heat pumps" in body and "a spokesman for the ministry said." in body


def test_a_numbered_heading_is_no_comment_head() -> None:
    """"5 Antworten auf die wichtigsten Fragen" heads a section of an explainer; only a quoted
    title ("3 Antworten auf „…“") heads the comments below a blog post."""
    body = _body(f"{P1}\n\n5 Antworten auf die wichtigsten Fragen\n\n{P2}\n\n{P3}")
    assert P3 in body and "5 Antworten" in body


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        ("Die Polizei ermittelt weiter.\nTeilen\n\nMehr zum Thema", True),  # closes the article
        ("Die Polizei ermittelt weiter.\n\nAndere Meldung\nNoch eine Meldung", False),  # no stop below: unsure
    ],
)
def test_short_closing_sentence_above_a_stop_heading(tail: str, kept: bool) -> None:
    body = _body(f"Heizung: Das Gesetz kommt\n{ARTICLE}\n{tail}")
    assert ("Die Polizei ermittelt weiter." in body) is kept and "Teilen" not in body


@pytest.mark.parametrize(
    ("name", "head", "title"),
    [
        # a kicker whose words match the article better than the headline's own
        ("kicker stacked on the headline, date above",
         "tagesschau.de\nStand: 24.02.2025 06:12 Uhr\n\nGesetz für Vermieter und Wärmepumpen\n"
         "Koalition beschließt ein großes Förderprogramm für Heizungen\n\n",
         "Koalition beschließt ein großes Förderprogramm für Heizungen"),
        ("masthead with its section, kicker, headline",
         "SPIEGEL Politik\nWärmepumpen und Vermieter\nKoalition beschließt ein großes Förderprogramm für Heizungen\n\n",
         "Koalition beschließt ein großes Förderprogramm für Heizungen"),
    ],
)
def test_stacked_kicker_and_headline(name: str, head: str, title: str) -> None:
    assert extract(f"{head}{ARTICLE}").title == title, name


@pytest.mark.parametrize(
    ("name", "dump", "outlet"),
    [
        ("masthead with a section", f"SPIEGEL Politik\n\n{HEADLINE}\n\n{ARTICLE}", "SPIEGEL"),
        # an agency's copy published by an outlet is the outlet's
        ("masthead over an agency source", f"ZEIT ONLINE\n\n{HEADLINE}\n24. Februar 2025, 9:12 Uhr Quelle: dpa\n\n"
                                           f"{ARTICLE}", "ZEIT ONLINE"),
        ("agency alone", f"{HEADLINE}\n24. Februar 2025, 9:12 Uhr Quelle: dpa\n\n{ARTICLE}", "dpa"),
        ("the wire's dateline", f"{HEADLINE}\n\nBERLIN (Reuters) - {ARTICLE}", "Reuters"),
        ("an outlet's name line", f"{HEADLINE}\n\nThe Associated Press\nPublished February 24, 2025\n\n{ARTICLE}",
         "The Associated Press"),
        ("a masthead before a separator", f"Süddeutsche Zeitung · Politik\n\n{HEADLINE}\n\n{ARTICLE}",
         "Süddeutsche Zeitung"),
        ("a breadcrumb", f"DER STANDARD > International > Nahost\n\n{HEADLINE}\n\n{ARTICLE}", "DER STANDARD"),
        ("an agency's dateline", f"{HEADLINE}\n\nDoha (dpa) - {ARTICLE}", "dpa"),
        # a site the outlet list does not know: before its sections, or in its copyright line,
        # it is the outlet of the agency's copy it publishes
        ("an unknown site's breadcrumb", f"abendpost.de › Politik › Ausland\n\n{HEADLINE}\n\n"
                                         f"Brüssel (AFP) – {ARTICLE}", "abendpost.de"),
        ("an unknown site's masthead", f"Morgenblatt Online – Nachrichten\n\n{HEADLINE}\n"
                                       f"24.02.2025, 08:15 Uhr | Quelle: dpa\n\n{ARTICLE}", "Morgenblatt Online"),
        ("an unknown site's copyright", f"{HEADLINE}\n\nBelgrad (dpa) – {ARTICLE}\n\n"
                                        f"© Südwest Rundschau 2026 | Impressum | Datenschutz", "Südwest Rundschau"),
        ("a picture's copyright is no site", f"{HEADLINE}\n\nBelgrad (dpa) – {ARTICLE}\n\n© Getty Images",
         "dpa"),
        # trial 7: the company behind a known outlet, its notice ending in a sentence
        ("a known outlet's company", f"{HEADLINE}\n\n{ARTICLE}\n\n© Handelsblatt GmbH. Alle Rechte vorbehalten.",
         "Handelsblatt"),
        ("a known outlet's company over an agency", f"{HEADLINE}\n\nBelgrad (dpa) – {ARTICLE}\n\n"
                                                    "© Neue Zürcher Zeitung AG. Alle Rechte vorbehalten.",
         "Neue Zürcher Zeitung"),
        ("a domain's full stop is no end", f"{HEADLINE}\n\n{ARTICLE}\n\n© 2025 t-online.de", "t-online.de"),
    ],
)
def test_outlet_lines(name: str, dump: str, outlet: str) -> None:
    assert extract(dump).outlet == outlet, name


def test_date_line_with_a_list_of_sources() -> None:
    got = extract(f"{HEADLINE}\n\n21. März 2025, 14:05 Uhr Quelle: ZEIT ONLINE, dpa, AFP, ale\n\n{ARTICLE}")
    assert (got.published, got.body.split("\n\n")[0]) == ("2025-03-21T14:05", P1)


def test_a_page_footer_with_the_publisher_is_dropped() -> None:
    dump = f"{HEADLINE}\n\n{P1}\n\nSeite 1 von 3                      Stiftung Wissenschaft und Politik\n\n{P2}\n\n{P3}"
    body = extract(dump).body
    assert "Seite 1 von 3" not in body and P2 in body


def test_a_printed_page_keeps_its_running_head_byline_and_foot_apart() -> None:
    # a PDF print-out, hard-wrapped: the paper and the day in the running head, the
    # headline, "Von …", the article, and the foot; none of them joins the article's first sentence
    page = ("FRANKFURTER TAGEBLATT  ·  Samstag, 17. Oktober 2026  ·  Politik  ·  Seite 5\n"
            "Wadephul wirbt in Belgrad und Pristina für Deeskalation\n"
            "Von Tobias Renner\n"
            "Belgrad/Pristina – Bundesaußenminister Johann Wadephul hat bei einem Besuch in Belgrad\n"
            "und Pristina zur Deeskalation im Grenzstreit zwischen Serbien und dem Kosovo aufgerufen.\n"
            "Am Freitag traf Wadephul in Belgrad den serbischen Präsidenten, am Nachmittag reiste er\n"
            "weiter nach Pristina zu den Gesprächen mit dem Ministerpräsidenten des Kosovo.\n"
            "Frankfurter Tageblatt – Ausgabe vom 17.10.2026 – Seite 5 – Nur für den persönlichen Gebrauch\n")
    got = extract(page)
    assert got.title == "Wadephul wirbt in Belgrad und Pristina für Deeskalation"
    assert (got.outlet, got.published, got.authors) == ("Frankfurter Tageblatt", "2026-10-17", ("Tobias Renner",))
    assert got.body.startswith("Belgrad/Pristina – Bundesaußenminister") and "Seite 5" not in got.body


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        # the page number before the paper, the section after it, wide spaces as separators
        ("Seite 6            Frankfurter Tagespost · Samstag, 14. März 2026            Politik",
         "Frankfurter Tagespost"),
        ("Südwest-Bote · Dienstag, 17. März 2026", "Südwest-Bote"),
        ("Berlin · Samstag, 14. März 2026", None),  # a place, no paper's name
    ],
)
def test_a_printed_head_names_its_paper(head: str, outlet: str | None) -> None:
    page = (f"{head}\n\nKampf um die Fische der Natuna-See\n\n"
            "Seit einer Woche belauern sich Kriegsschiffe aus Indonesien und Vietnam im Süden des\n"
            "Südchinesischen Meeres. Jetzt will die Asean vermitteln. Von Jonas Reinecke\n\n"
            "SINGAPUR. Der Streit zwischen Indonesien und Vietnam um die Fischgründe vor den Natuna-Inseln\n"
            "ist in dieser Woche so heftig eskaliert wie seit Jahren nicht. Am Mittwoch rammte ein viet-\n"
            "namesisches Küstenwachschiff ein Patrouillenboot der indonesischen Marine, zwei Matrosen\n"
            "wurden verletzt. Am Donnerstag verlegte Jakarta drei weitere Kriegsschiffe in das Gebiet.\n")
    got = extract(page)
    assert (got.outlet, got.published) == (outlet, "2026-03-14" if "14." in head else "2026-03-17")
    # the byline closing the standfirst is the author's, not the article's words
    assert got.authors == ("Jonas Reinecke",) and "Reinecke" not in got.body
    assert got.body.startswith("Seit einer Woche") and "Jetzt will die Asean vermitteln." in got.body


@pytest.mark.parametrize("tagline", ["Llewellyn reported from Medan, Indonesia.",
                                     "Associated Press writer Jon Gambrell in Dubai contributed to this report.",
                                     # trial 7: AP's credits run on in one paragraph
                                     "Llewellyn reported from Medan. AP researcher Ana Lim contributed.",
                                     "Llewellyn reported from Medan, Indonesia. Associated Press video journalist "
                                     "Ana Lim contributed from Jakarta."])
def test_a_wire_storys_closing_tagline_is_dropped(tagline: str) -> None:
    story = ("HANOI, Vietnam (AP) — A Vietnamese coast guard ship rammed an Indonesian navy patrol boat near "
             "the Natuna Islands on Wednesday, injuring two Indonesian sailors, Indonesia's military said.\n\n"
             "Vietnam's defense ministry rejected the account and said the Indonesian boat had cut across "
             "the bow of the coast guard ship.\n\n" + tagline + "\n")
    assert "reported from" not in extract(story).body and "contributed" not in extract(story).body


@pytest.mark.parametrize("paragraph", [
    # a paragraph of news whose sentences merely look like credits stays
    "The minister reported from the summit that talks had stalled. Other countries contributed little.",
    "Llewellyn reported from Medan. The navy denied the account.",
])
def test_a_paragraph_of_news_is_no_credit(paragraph: str) -> None:
    story = ("HANOI, Vietnam (AP) — A Vietnamese coast guard ship rammed an Indonesian navy patrol boat near "
             "the Natuna Islands on Wednesday, injuring two Indonesian sailors, Indonesia's military said.\n\n"
             + paragraph + "\n\nVietnam's defense ministry rejected the account and said the Indonesian boat "
             "had cut across the bow of the coast guard ship.\n")
    assert paragraph in extract(story).body


@pytest.mark.parametrize(
    ("head", "published", "authors"),
    [
        # trial 6 (Handelsblatt): the dateline and the byline on one line lost the date
        ("Düsseldorf, 24.02.2026. Von Carsten Volkery", "2026-02-24", ("Carsten Volkery",)),
        ("Düsseldorf, 24.02.2026\nVon Carsten Volkery", "2026-02-24", ("Carsten Volkery",)),
        ("Düsseldorf, 24.02.2026 · Von Carsten Volkery", "2026-02-24", ("Carsten Volkery",)),
        ("Frankfurt am Main, 24.02.2026, von Carsten Volkery", "2026-02-24", ("Carsten Volkery",)),
        ("Kiew, 24. Februar 2026.", "2026-02-24", ()),
        ("24.02.2026 · Von Carsten Volkery", "2026-02-24", ("Carsten Volkery",)),
    ],
)
def test_a_dateline_with_the_byline_on_its_line(head: str, published: str, authors: tuple[str, ...]) -> None:
    got = extract(f"Handelsblatt\n\n{HEADLINE}\n\n{head}\n\n{ARTICLE}")
    assert (got.published, got.authors, got.title) == (published, authors, HEADLINE)
    assert got.body.startswith(P1)


def test_a_sentence_ending_on_its_date_is_no_dateline() -> None:
    got = extract(f"{HEADLINE}\n\nDie Wahl ist am 24.02.2026.\n\n{ARTICLE}")
    assert got.published is None


@pytest.mark.parametrize(
    ("text", "body", "title"),
    [
        # trial 6: a ticker item of one line was taken for a headline and refused as "no article text"
        ("Kiew, 27.02.2026. Selenskyj dankte Merz. Die Lieferung folgt",
         "Kiew, 27.02.2026. Selenskyj dankte Merz. Die Lieferung folgt", None),
        ("+++ Trump droht der EU mit Zöllen +++", "+++ Trump droht der EU mit Zöllen +++",
         "+++ Trump droht der EU mit Zöllen +++"),
        ("Selenskyj dankte Merz für die Militärhilfe.", "Selenskyj dankte Merz für die Militärhilfe.", None),
        ("Eilmeldung\n\nSelenskyj dankte Merz. Die Lieferung beginnt im März.",
         "Selenskyj dankte Merz. Die Lieferung beginnt im März.", None),
        ("Startseite\nPolitik\nSport\nImpressum", "", None),  # no line of text: nothing to keep
    ],
)
def test_a_short_text_is_its_own_article(text: str, body: str, title: str | None) -> None:
    got = extract(text)
    assert (got.body, got.title) == (body, title)


@pytest.mark.parametrize(
    ("head", "outlet", "authors"),
    [
        # trial 6 (an NZZ print-out): the head line was glued to the lead's first sentence
        ("Neue Zürcher Zeitung · 20.02.2026 · Von Markus Ackeret, Moskau", "Neue Zürcher Zeitung",
         ("Markus Ackeret",)),
        ("Frankfurter Tageblatt | 20.02.2026 | Von Anna Berg", "Frankfurter Tageblatt", ("Anna Berg",)),
        ("Neue Zürcher Zeitung · 20.02.2026", "Neue Zürcher Zeitung", ()),
    ],
)
def test_a_printed_head_with_the_byline_is_metadata(head: str, outlet: str, authors: tuple[str, ...]) -> None:
    page = ("Witkoff in Moskau: Kreml stellt Bedingungen\n" + head + "\n"
            "Der amerikanische Sondergesandte Steve Witkoff ist am Freitag erneut in Moskau von Präsident\n"
            "Wladimir Putin empfangen worden. Das Treffen im Kreml dauerte nach russischen Angaben knapp\n"
            "fünf Stunden.\n"
            "Putins außenpolitischer Berater Juri Uschakow sagte anschliessend, man habe „konkrete\n"
            "Fortschritte“ erzielt. Russland bestehe aber darauf, dass die Ukraine auf einen Nato-Beitritt\n"
            "verzichte und ihre Truppen aus dem Donbass abziehe.\n"
            "Witkoff äusserte sich nach dem Treffen nicht. Das Weisse Haus teilte mit, Präsident Trump werde\n"
            "über die nächsten Schritte entscheiden.\n")
    got = extract(page)
    assert (got.title, got.outlet, got.published, got.authors) == (
        "Witkoff in Moskau: Kreml stellt Bedingungen", outlet, "2026-02-20", authors)
    assert got.body.startswith("Der amerikanische Sondergesandte")


_PRINTED_RELEASE = (
    "{header}\n{title1}\n{title2}\nBerlin, 28.07.2025\n"
    "Die Bundesministerin hat die Einigung zwischen der Europäischen Union und den Vereinigten Staaten\n"
    "im Handelsstreit begrüßt. Die Vereinbarung verhindere eine Eskalation, bei der höhere Zölle gedroht\n"
    "hätten. Die Ministerin kündigte an, sich in Brüssel für weitere Ausnahmen einzusetzen, etwa für den\n"
    "Maschinenbau. Die Bundesregierung werde die betroffenen Branchen eng begleiten und beraten, hieß es.\n"
    "Nach Berechnungen des Ministeriums könnten die Zölle die Exporte deutscher Unternehmen in die USA\n"
    "deutlich verringern. Die deutsche Industrie exportierte im vergangenen Jahr viele Waren dorthin.\n"
    "{foot}\n")


@pytest.mark.parametrize(
    ("header", "title1", "title2", "foot", "title", "outlet"),
    [
        # trial 7: the header is the issuer's (the outlet), not the headline's; a headline on two
        # printed lines is whole; a postal address under the text is no part of it
        ("Bundesamt für Beispiele - Pressemitteilung", "Einigung im Zollstreit schafft Sicherheit –",
         "Sorgen bleiben in der Industrie", "Bundesamt für Beispiele, Musterstraße 34-37, 10115 Berlin",
         "Einigung im Zollstreit schafft Sicherheit – Sorgen bleiben in der Industrie", "Bundesamt für Beispiele"),
        ("THE EXAMPLE OFFICE - Office of the Press Secretary - FOR IMMEDIATE RELEASE",
         "President Anna B. Example's Plan to End the", "Border Conflict",
         "The Example Office, 1600 Example Ave NW, Washington, DC 20500",
         "President Anna B. Example's Plan to End the Border Conflict", "The Example Office"),
    ],
)
def test_a_printed_press_release(header: str, title1: str, title2: str, foot: str, title: str, outlet: str) -> None:
    ex = extract(_PRINTED_RELEASE.format(header=header, title1=title1, title2=title2, foot=foot))
    assert (ex.title, ex.outlet, ex.published) == (title, outlet, "2025-07-28")
    assert ex.body.startswith("Die Bundesministerin") and ex.body.endswith("viele Waren dorthin.")


_STANDFIRST_PAGE = (
    "Startseite\nNachrichten\nWelt\n\n"
    "Ceasefire takes effect as first hostages are freed\n\n{under}\n\n"
    "Anna Berg in Jerusalem\n\nSun 19 Jan 2025 18.32 GMT\n\n"
    "A ceasefire took effect on Sunday morning after a delay of almost three hours, and three hostages "
    "were handed over to the Red Cross in the afternoon, the first to be freed under the deal.\n\n"
    "The military said the three had crossed the border and were undergoing medical checks. Shortly "
    "after midnight, 90 prisoners were released from a prison near the city.\n")


@pytest.mark.parametrize(
    ("under", "kept"),
    [
        # trial 7: the Guardian's standfirst has no full stop; it is the article's all the same
        ("Three women handed to Red Cross after 471 days in captivity; 90 prisoners released in exchange", True),
        # a short line is a kicker or a label, a menu is a menu
        ("Live reports from the region", False),
        ("News | Opinion | Sport | Culture | Lifestyle | World | Europe | Middle East | Africa | Americas", False),
    ],
)
def test_a_standfirst_without_a_full_stop_is_kept(under: str, kept: bool) -> None:
    got = extract(_STANDFIRST_PAGE.format(under=under))
    assert got.title == "Ceasefire takes effect as first hostages are freed"
    assert (under in got.body) is kept and got.body.rstrip().endswith("near the city.")
