"""Metadata from HTML markup: authors from JSON-LD, trafilatura and ``<meta>``."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from lxml import html as lxml_html

from lagebild.ingest.html import _authors, _markup_date, _title, _without_headline, strip_site

PERSON = {"@id": "https://example.org/#/schema/person/1", "@type": "Person", "name": "Tine"}


def _tree(head: str = "") -> Any:
    return lxml_html.document_fromstring(f"<html><head>{head}</head><body><p>x</p></body></html>")


@pytest.mark.parametrize(
    ("ld", "meta", "traf", "authors"),
    [
        # A Yoast graph: the author is a reference to a Person elsewhere in the graph.
        ([{"@type": "Article", "author": {"@id": PERSON["@id"]}}, PERSON], "", None, ("Tine",)),
        ([{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Anna Berg"}, "dpa"]}], "", None,
         ("Anna Berg",)),
        # An organisation is the outlet, not an author; a one-word string is no name either.
        ([{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Beispielzeitung"}}], "", None, ()),
        ([{"@type": "NewsArticle", "author": "Redaktion"}], "", None, ()),
        ([{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Von Anna Berg"}}], "", None,
         ("Anna Berg",)),
        ([], '<meta name="author" content="Von Anna Berg und Jan Ott, dpa">', None, ("Anna Berg", "Jan Ott")),
        ([], '<meta name="author" content="https://facebook.com/anna">', None, ()),
        ([], "", "Anna Berg; Beispielzeitung", ("Anna Berg",)),
        # The page's own article first: a teaser's author in a later object is not added.
        ([{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Anna Berg"}},
          {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jan Ott"}}], "", None, ("Anna Berg",)),
        # A WordPress account or a desk is no author, typed Person or not.
        ([{"@type": "Article", "author": {"@type": "Person", "name": "Admin"}}], "", None, ()),
        ([], '<meta name="author" content="Online Redaktion">', None, ()),
        ([{"@type": "LiveBlogPosting", "author": {"@type": "Person", "name": "Jan Ott"}}], "", None, ("Jan Ott",)),
        # A desk typed as a Person, or a known outlet's name, is no author.
        ([{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "FOCUS online"},
                                              {"@type": "Person", "name": "Lisa Maier"}]}], "", None, ("Lisa Maier",)),
    ],
)
def test_authors_from_markup(ld: list[dict[str, Any]], meta: str, traf: str | None,
                             authors: tuple[str, ...]) -> None:
    assert _authors(ld, _tree(meta), traf, ["Beispielzeitung"]) == authors


@pytest.mark.parametrize(
    ("h1", "titles", "title"),
    [
        # A kicker element before the headline element is dropped.
        ('<span class="kicker">Glasfaser:</span> <span>Telekom verfehlt Ausbauziel</span>',
         ["Glasfaser: Telekom verfehlt Ausbauziel - Golem.de"], "Telekom verfehlt Ausbauziel"),
        ('<span>Mietpreisbremse</span><span class="visually-hidden">: </span><span>Bundestag verlängert '
         'Mietpreisbremse</span>', ["Mietpreisbremse: Bundestag verlängert Mietpreisbremse | ZEIT ONLINE"],
         "Bundestag verlängert Mietpreisbremse"),
        ('<span class="kicker">Berlin:</span> Senat beschließt neues Schulgesetz',
         ["Berlin: Senat beschließt neues Schulgesetz - Tagesspiegel"], "Senat beschließt neues Schulgesetz"),
        # A headline set on two lines is no kicker and headline.
        ("<span>Trump droht</span><span>mit neuen Zöllen gegen Europa</span>",
         ["Trump droht mit neuen Zöllen gegen Europa | Beispielzeitung"], "Trump droht mit neuen Zöllen gegen Europa"),
        ("<span>Der Kanzler</span><span>Merz in Washington</span>", ["Der Kanzler Merz in Washington - WELT"],
         "Der Kanzler Merz in Washington"),
        # Words set apart inside a headline are no kicker.
        ("Die <em>große</em> Reform der Rente", ["Die große Reform der Rente - WELT"], "Die große Reform der Rente"),
        ("Neue Regeln ab Januar: Was sich ändert", ["Neue Regeln ab Januar: Was sich ändert"],
         "Neue Regeln ab Januar: Was sich ändert"),
        # A logo in an <h1> beside the headline's <h1>, the page title an SEO variant.
        ("Rheinische Post</h1><h1>Fensterputzen mit den Ratboys: „The Window“ live",
         ["Ratboys live mit „The Window“: Deutschland-Tour 2023 | Tickets"],
         "Fensterputzen mit den Ratboys: „The Window“ live"),
        # No confirming title: the page title without the site's name.
        ("Startseite", ["Streik bei der Bahn: GDL kündigt Ausstand an - Wirtschaft - SZ.de"],
         "Streik bei der Bahn: GDL kündigt Ausstand an"),
    ],
)
def test_title_from_markup(h1: str, titles: list[str], title: str) -> None:
    tree = lxml_html.document_fromstring(f"<html><body><h1>{h1}</h1><p>x</p></body></html>")
    assert _title(tree, titles, ["ZEIT ONLINE", "Golem.de", "SZ.de"]) == title


@pytest.mark.parametrize(
    ("title", "sites", "headline"),
    [
        ("Streik bei der Bahn: GDL kündigt Ausstand an - Wirtschaft - SZ.de", [], "Streik bei der Bahn: GDL kündigt "
         "Ausstand an"),
        ("Nationalrat beschließt Gesetz - Budget - derStandard.at › Inland", [], "Nationalrat beschließt Gesetz"),
        ("Kanzler stellt sich hinter Habeck | Politik | BILD.de", [], "Kanzler stellt sich hinter Habeck"),
        ("INDUSTRIEMAGAZIN | Luftfahrtbranche hebt ab - und FACC profitiert", ["INDUSTRIEMAGAZIN"],
         "Luftfahrtbranche hebt ab - und FACC profitiert"),  # a dash inside the headline stays
        ("Das Gipfeltreffen von Trump und Putin - eine Zäsur", [],
         "Das Gipfeltreffen von Trump und Putin - eine Zäsur"),
        ("Netzpolitik als US-Wahlkampfthema - Netz Für Alle", [], "Netzpolitik als US-Wahlkampfthema"),
        ("Kommentar: Die Schuldenbremse braucht eine Reform – Rheinland-Blog", ["Rheinland-Blog"],
         "Kommentar: Die Schuldenbremse braucht eine Reform"),
    ],
)
def test_strip_site(title: str, sites: list[str], headline: str) -> None:
    assert strip_site(title, sites) == headline


def test_headline_in_an_h2_with_its_kicker() -> None:
    tree = lxml_html.document_fromstring(
        "<html><body><h2><span>Konjunktur</span><span>Ifo-Index steigt deutlich</span></h2>"
        "<h2>Mehr zum Thema</h2><p>x</p></body></html>")
    titles = ["Konjunktur - Ifo-Index steigt deutlich - Wirtschaft - SZ.de"]
    assert _title(tree, titles, []) == "Ifo-Index steigt deutlich"


@pytest.mark.parametrize(
    ("body", "rest"),
    [
        ("BundeswehrPistorius will Wehrdienst ausbauen\n\nDer Minister will mehr.", "Der Minister will mehr."),
        ("Pistorius will Wehrdienst ausbauen\n\nDer Minister will mehr.", "Der Minister will mehr."),
        ("Der Minister will mehr.\n\nPistorius will Wehrdienst ausbauen", "Der Minister will mehr.\n\n"
         "Pistorius will Wehrdienst ausbauen"),  # only the body's head is searched
    ],
)
def test_headline_taken_in_with_the_body_is_dropped(body: str, rest: str) -> None:
    assert _without_headline(body, "Pistorius will Wehrdienst ausbauen") == rest


@pytest.mark.parametrize(
    ("head", "body", "iso"),
    [
        ('<meta property="article:published_time" content="2025-03-12T14:05:00+01:00">', "", "2025-03-12T14:05"),
        ("", '<time itemprop="datePublished" datetime="2025-03-12">12. März</time>', "2025-03-12"),
        ("", '<time class="entry-date published" datetime="2025-09-02T08:00:00+00:00">2. September</time>'
             '<time class="updated" datetime="2025-09-04T10:12:33+00:00">4. September</time>', "2025-09-02T08:00"),
        ("", '<time class="updated" datetime="2025-09-04T10:12:33+00:00">4. September</time>', None),
    ],
)
def test_markup_date(head: str, body: str, iso: str | None) -> None:
    tree = lxml_html.document_fromstring(f"<html><head>{head}</head><body>{body}<p>x</p></body></html>")
    assert _markup_date([], tree) == iso


_PARAS = ("<p>Ministerpräsident Alexis Tsipras ist am Dienstag in Brüssel mit EU-Kommissionspräsident Jean-Claude "
          "Juncker zusammengetroffen. Beide sprachen nach dem Treffen von einem offenen und ehrlichen Gespräch "
          "über die Lage des Landes.</p>")


@pytest.mark.parametrize(("html", "reason", "kept", "left"), [
    # an element left open and the page cut off (the fifth trial's broken.html): the last
    # paragraphs, without their full stop, are no article text for the cleaner; read as prose
    # after the article's text, they are put back, and the run says so
    ("<html><head><title>Tsipras in Brüssel</title><body><div>" + _PARAS
     + "<p>Juncker sagte, er sei vom griechischen Nein „betrogen“ worden <i>und enttäuscht\n"
       "<div><p>Der Gipfel soll am Sonntag stattfinden</span></td>\n",
     "Unexpected end tag : span", ["Juncker sagte", "Der Gipfel soll"], []),
    ("<html><body><article>" + _PARAS + "<p>Der Gipfel soll am Sonntag stattfinden und", "truncated",
     ["Der Gipfel soll"], []),
    # a run of names after the article is no sentence: it stays out, and the run names it
    ("<html><body><article>" + _PARAS + "<p>Mehr aus Brüssel: Tsipras Juncker Merkel Schäuble Gipfel</span>",
     "Unexpected end tag : span", [], ["Mehr aus Brüssel"]),
    # a page that is whole but for a stray tag keeps the cleaner's choice, and names what it left
    ("<html><body><article>" + _PARAS + "<p>Der Gipfel soll am Sonntag stattfinden und</span></article></body></html>",
     "Unexpected end tag : span", [], ["Der Gipfel soll"]),
    # a whole page loses nothing and is not reported, whatever its tags
    ("<html><body><nav>Start</nav><article>" + _PARAS + "</article></body></html>", None, [], []),
])
def test_broken_markup_keeps_unfinished_paragraphs_and_reports_them(
        caplog: pytest.LogCaptureFixture, html: str, reason: str | None, kept: list[str], left: list[str]) -> None:
    from lagebild.ingest.html import extract_html, markup_damage

    damage = markup_damage(html)
    assert (reason is None and damage is None) or (reason is not None and damage is not None and reason in damage)
    with caplog.at_level(logging.WARNING, logger="lagebild.ingest.html"):
        result = extract_html(html, source="bad/broken.html")
    body = result.extracted.body
    assert body.startswith("Ministerpräsident Alexis Tsipras ist am Dienstag")
    assert all(p in body for p in kept) and not any(p in body for p in left)
    assert [body.index(p) for p in kept] == sorted(body.index(p) for p in kept)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    expected = [(n, ps) for n, ps in (("unfinished paragraph(s) kept", kept), ("left out", left)) if ps]
    assert len(warnings) == len(expected)
    for message, (what, ps) in zip(warnings, expected, strict=True):
        assert message.startswith("bad/broken.html: broken HTML (") and reason is not None and reason in message
        assert what in message and f"{len(ps)} " in message and all(p in message for p in ps)


_ARTICLE = ("<h1>Zölle sinken</h1><p>Nach zwei Tagen in Genf haben sich die beiden Staaten auf eine Senkung "
            "ihrer Zölle verständigt, wie beide Seiten am Montag mitteilten.</p><p>Die Regelung gilt zunächst "
            "für 90 Tage. Danach soll weiter verhandelt werden, sagte ein Sprecher.</p>")


@pytest.mark.parametrize(
    ("title", "footer", "outlet"),
    [
        # trial 7: no site name, publisher or URL; the <title>'s site part names a known outlet ...
        ("Zollstreit: Zölle sinken – Handelsblatt", "", "Handelsblatt"),
        ("DER SPIEGEL | Zölle sinken", "", "DER SPIEGEL"),  # as the page writes it
        # ... or the holder of the copyright notice does
        ("Zölle sinken", "<footer>© Handelsblatt GmbH. Alle Rechte vorbehalten.</footer>", "Handelsblatt"),
        ("Zölle sinken", "<footer>Copyright 2025 Süddeutsche Zeitung</footer>", "Süddeutsche Zeitung"),
        # an unknown name, a section or an agency's picture credit is no outlet
        ("Zölle sinken – Wirtschaft", "<footer>© Beispielverlag GmbH</footer>", None),
        ("Zölle sinken", "<p>Foto: © dpa</p>", None),
    ],
)
def test_a_known_outlet_named_by_the_title_or_the_copyright(title: str, footer: str, outlet: str | None) -> None:
    from lagebild.ingest.html import extract_html

    page = f"<html><head><title>{title}</title></head><body>{_ARTICLE}{footer}</body></html>"
    assert extract_html(page).extracted.outlet == outlet


_P1 = ("A ceasefire took effect on Sunday morning after a delay of almost three hours, and three hostages "
       "were handed over to the Red Cross in the afternoon, the first to be freed under the deal.")
_P2 = ("The military said the three had crossed the border and were undergoing medical checks. Shortly "
       "after midnight, 90 prisoners were released from a prison near the city.")


@pytest.mark.parametrize(
    ("above", "under", "first"),
    [
        # trial 7: the Guardian's standfirst (no full stop) under the headline is the article's
        ("", "<div class='standfirst'><p>Three women handed to Red Cross after 471 days in captivity; 90 prisoners "
             "released in exchange</p></div>", "Three women handed to Red Cross"),
        # a consent layer above the headline is no lead, though it is prose
        ("<div class='consent'>Die Beispielzeitung verwendet Cookies. Sie können die Verwendung in den "
         "Einstellungen jederzeit anpassen.</div><div class='nav'>Start | Welt | Sport</div>", "", "A ceasefire"),
    ],
)
def test_what_stands_under_and_above_the_headline(above: str, under: str, first: str) -> None:
    from lagebild.ingest.html import extract_html

    page = (f"<html><head><title>Ceasefire takes effect</title></head><body>{above}"
            f"<h1>Ceasefire takes effect as first hostages are freed</h1>{under}"
            f"<address>Anna Berg in Jerusalem</address><div id='main'><p>{_P1}</p><p>{_P2}</p></div></body></html>")
    body = extract_html(page).extracted.body
    assert body.startswith(first) and body.endswith("near the city.")
