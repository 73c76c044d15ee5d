"""From raw bytes to a document: sniffing, decoding, HTML, PDF, errors with reasons."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from lagebild.errors import BinaryInputError, EmptyInputError, InputError, ParseError
from lagebild.ingest import RawInput, sniff, to_document

P1 = ("Die Regierung hat am Dienstag ein neues Gesetz beschlossen, das die Förderung von Wärmepumpen "
      "deutlich ausweitet und zugleich die Vorgaben für Vermieter lockert.")
P2 = ("„Wir gehen einen großen Schritt“, sagte die Ministerin in Berlin. Kritiker aus der Opposition "
      "warfen ihr dagegen vor, die Kosten für Mieter zu unterschätzen.")

HTML = f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Heizungsgesetz beschlossen | Beispielzeitung</title>
<meta property="og:title" content="Heizungsgesetz beschlossen">
<meta property="og:site_name" content="Beispielzeitung">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Heizungsgesetz beschlossen",
 "datePublished": "2025-02-24T10:15:00+01:00", "author": [{{"@type": "Person", "name": "Anna Berg"}}, "dpa"]}}
</script></head><body>
<nav><ul><li><a href="/">Startseite</a></li><li><a href="/politik">Politik</a></li></ul></nav>
<article><h1>Heizungsgesetz beschlossen</h1><p>{P1}</p><p>{P2}</p>
<p>Lesen Sie auch:</p></article><footer>© 2025 Beispielzeitung</footer></body></html>"""


def test_html_page() -> None:
    doc = to_document(RawInput("page.html", HTML.encode("utf-8")))
    assert doc.media_type == "text/html"
    assert doc.title == "Heizungsgesetz beschlossen"
    assert doc.published == "2025-02-24T10:15"
    assert doc.outlet == "Beispielzeitung"
    assert doc.authors == ("Anna Berg",)  # the agency is no author
    assert doc.language == "de"
    assert P1 in doc.body and P2 in doc.body and "Startseite" not in doc.body


def test_html_in_latin1_is_detected() -> None:
    data = HTML.replace('<meta charset="utf-8">', "").encode("latin-1", "replace")
    doc = to_document(RawInput("page.html", data))
    assert "Förderung von Wärmepumpen" in doc.body


def test_plain_text_in_latin1() -> None:
    data = f"Heizung: Das Gesetz kommt\n\n{P1}\n\n{P2}\n".encode("latin-1", "replace")
    doc = to_document(RawInput("a.txt", data))
    assert "Förderung" in doc.body and doc.title == "Heizung: Das Gesetz kommt"
    assert doc.raw_sha256 and doc.id.startswith("d")


@pytest.mark.parametrize(
    ("data", "media_type"),
    [(b"%PDF-1.4\n", "application/pdf"), (HTML.encode(), "text/html"), (b"Nur Text.", "text/plain"),
     (b"<p>a</p><p>b</p><div>c</div><span>d</span><a>e</a><p>f</p><li>g</li><br><p>h</p>", "text/html")],
)
def test_sniff(data: bytes, media_type: str) -> None:
    assert sniff(RawInput("x", data)) == media_type


def _pdf(text: str | None, created: str | None = None, author: str | None = None) -> bytes:
    """A one-page PDF, with a line of text or without any, a /CreationDate (``D:20250303…``) and
    an /Author."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    w = PdfWriter()
    if created:
        w.add_metadata({"/CreationDate": created})
    if author:
        w.add_metadata({"/Author": author})
    page = w.add_blank_page(width=595, height=842)
    if text is not None:
        font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                                 NameObject("/BaseFont"): NameObject("/Helvetica")})
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject(
            {NameObject("/F1"): w._add_object(font)})})
        stream = DecodedStreamObject()
        lines = " ".join(f"({line}) Tj 0 -14 Td" for line in text.split("\n"))
        stream.set_data(f"BT /F1 11 Tf 50 800 Td {lines} ET".encode("latin-1"))
        page[NameObject("/Contents")] = w._add_object(stream)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def test_pdf_with_text() -> None:
    text = ("Heizung: Das Gesetz kommt\n\nDie Regierung hat am Dienstag ein Gesetz beschlossen, das die Verhand-\n"
            "lungen beendet und die Apec-\nGipfel-Runde lobt. Der Text geht weiter und weiter, bis er lang ist.")
    doc = to_document(RawInput("a.pdf", _pdf(text)))
    assert doc.media_type == "application/pdf"
    assert "Verhandlungen" in doc.body and "Apec-Gipfel" in doc.body


def test_a_printed_pdf_head_byline_and_author() -> None:
    # user trial 5 (a print-out made with fpdf2): the running head, flush left and flush right,
    # names the paper and the day; the byline with the authors' places stands under the headline;
    # neither is glued to the lead
    lines = ["FAZ.NET - Wirtschaft - Eurokrise          Frankfurter Allgemeine Zeitung, 01.07.2015",
             "Athen zahlt IWF-Rate nicht",
             "Von Christian Schubert, Athen, und Winand von Petersdorff, Washington",
             "Griechenland hat eine faellige Rate von knapp 1,6 Milliarden Euro an den Internationalen",
             "Waehrungsfonds nicht bezahlt. Das bestaetigte IWF-Sprecher Gerry Rice am Dienstagabend in",
             "Washington. Damit ist Griechenland das erste Industrieland, das beim IWF in Rueckstand",
             "geraet. Um Mitternacht lief zugleich das zweite Hilfsprogramm der Europaeer fuer das Land",
             "aus, ohne dass es eine Einigung ueber eine Verlaengerung gegeben haette, hiess es in Bruessel.",
             "Ministerpraesident Tsipras warb in Athen erneut fuer ein Nein bei der Volksabstimmung am",
             "Sonntag. Ein Nein bedeute nicht den Austritt aus dem Euro, sagte er im Fernsehen am Abend."]
    doc = to_document(RawInput("a.pdf", _pdf("\n".join(lines), "D:20261124101500+01'00'", "Christian Schubert")))
    assert (doc.title, doc.published, doc.outlet) == ("Athen zahlt IWF-Rate nicht", "2015-07-01",
                                                      "Frankfurter Allgemeine Zeitung")
    assert doc.authors == ("Christian Schubert", "Winand von Petersdorff")
    assert doc.body.startswith("Griechenland hat")


def test_a_pdf_author_field_names_the_author_only_where_the_text_does() -> None:
    text = "\n".join(["Athen zahlt IWF-Rate nicht", "Von Anna Berg",
                      "Griechenland hat eine Rate an den IWF nicht bezahlt, bestaetigte ein Sprecher am Abend."])
    assert to_document(RawInput("a.pdf", _pdf(text, author="jsmith"))).authors == ("Anna Berg",)
    plain = "Griechenland hat eine Rate an den IWF nicht bezahlt, bestaetigte ein Sprecher am Abend."
    assert to_document(RawInput("a.pdf", _pdf(plain, author="Microsoft Word"))).authors == ()
    assert to_document(RawInput("a.pdf", _pdf("Von Anna Berg\n" + plain, author="Anna Berg"))).authors == ("Anna Berg",)


@pytest.mark.parametrize(
    ("data", "error", "reason"),
    [
        (b"", EmptyInputError, "empty"),
        (b"   \n\n ", EmptyInputError, "empty"),
        (b"\x00\x01\x02binary\x00" * 10, BinaryInputError, "binary"),
        (b"%PDF-1.4 this is no PDF at all", ParseError, "broken PDF"),
        (None, EmptyInputError, "PDF without text"),
        (b"<html><body><script>var a = 1;</script></body></html>", EmptyInputError, "no article text"),
        # a short text is kept (a ticker item); one without a line of text is refused, saying so
        (b"Startseite\nPolitik\nSport\nImpressum", EmptyInputError,
         "the 4 word(s) of the text are navigation, captions, dates or bylines"),
        (b'{"title": "ohne Text"}', EmptyInputError, "without 'text' or 'html'"),
        (b'{"text": 123}', ParseError, "'text' holds a JSON int, not text"),
        (b'{"text": ""}', EmptyInputError, "'text' is empty"),
    ],
)
def test_errors_name_their_reason(data: bytes | None, error: type[InputError], reason: str) -> None:
    raw = RawInput("corpus.jsonl#1" if data and data.startswith(b"{") else "x", _pdf(None) if data is None else data)
    with pytest.raises(error) as exc:
        to_document(raw)
    assert reason in exc.value.reason and exc.value.code.startswith("E1")


@pytest.mark.parametrize(
    ("source", "data", "media_type", "holds"),
    [
        # trial 6: a PDF named .txt was read, an HTML page named .pdf refused as a broken PDF
        ("seite.pdf", HTML.encode(), "text/html", "an HTML page"),
        ("bericht.PDF", f"Heizung: Das Gesetz kommt\n\n{P1}\n\n{P2}".encode(), "text/plain", "plain text"),
        ("a.txt", None, "application/pdf", "a PDF"),
        ("a.html", f"Heizung: Das Gesetz kommt\n\n{P1}\n\n{P2}".encode(), "text/plain", "plain text"),
        ("a.htm", HTML.encode(), "text/html", None),
        ("artikel", HTML.encode(), "text/html", None),  # no suffix: nothing is promised
    ],
)
def test_the_content_decides_the_type_and_a_misleading_name_is_reported(
        source: str, data: bytes | None, media_type: str, holds: str | None, caplog: pytest.LogCaptureFixture) -> None:
    data = data if data is not None else _pdf("Heizung: Das Gesetz kommt\n\n" + P1)
    with caplog.at_level("WARNING", logger="lagebild.ingest.document"):
        doc = to_document(RawInput(source, data))
    assert doc.media_type == media_type and "Gesetz" in doc.body
    if holds:
        assert f"{source}: named .{source.rsplit('.', 1)[1].lower()}, but the file holds {holds}" in caplog.text
    else:
        assert "named" not in caplog.text


@pytest.mark.parametrize("source", ["leer.html", "leer.pdf", "leer.txt", "leer"])
@pytest.mark.parametrize("data", [b"", b"  \n\n\t "])
def test_an_empty_file_is_empty_without_a_word_about_its_name(source: str, data: bytes,
                                                               caplog: pytest.LogCaptureFixture) -> None:
    # trial 7: an empty .html was first "named .html, but the file holds plain text", then empty
    with caplog.at_level("WARNING", logger="lagebild.ingest.document"), pytest.raises(EmptyInputError, match="empty"):
        to_document(RawInput(source, data))
    assert "named" not in caplog.text


def test_a_file_named_pdf_that_holds_no_text_is_a_broken_pdf() -> None:
    # a truncated download, or another kind of file under a PDF's name
    with pytest.raises(ParseError, match="no PDF header"):
        to_document(RawInput("bericht.pdf", b"\x00\x01\x02\x03" * 100))


def test_a_teaser_cut_off_ends_with_the_mark_but_an_omission_inside_a_quote_is_text() -> None:
    body = ("Meldung des Tages\n\nDer erste Absatz erzählt, was geschah, und er ist lang genug für einen Artikel. "
            "Er hat zwei Sätze.\n\nZweiter Absatz: „Er war ein Beispiel […] und alle wissen es.“ So sagte es der "
            "Minister am Montag.\n\nDritter Absatz: Die Verhandlungen gehen am Dienstag in Genf weiter, hieß es.")
    doc = to_document(RawInput("x.txt", body.encode()))
    assert "ein Beispiel […] und alle wissen es" in doc.body and "Dritter Absatz" in doc.body


def test_broken_json_line() -> None:
    with pytest.raises(ParseError, match="not JSON"):
        to_document(RawInput("corpus.jsonl#7", b'{"text": "abgebrochen'))


def test_html_lead_put_back() -> None:
    from lagebild.ingest.html import with_lead

    assert with_lead(P2, f"{P1}\n\n{P2}") == f"{P1}\n\n{P2}"
    assert with_lead(P2, f"Kurz.\n\n{P2}") == P2  # only prose is put back
    assert with_lead(P1, f"{P1}\n\n{P2}") == P1
    # A lead without a full stop is put back where the page's description says the same.
    lead = "Was seit Wochen kolportiert wurde, ist von der FINA nun offiziell bestätigt worden"
    assert with_lead(P2, f"{lead}\n\n{P2}", lead) == f"{lead}\n\n{P2}"
    assert with_lead(P2, f"{lead}\n\n{P2}") == P2


CONSENT = "Die Beispielzeitung verwendet Cookies. Sie können die Verwendung in den Einstellungen anpassen."


@pytest.mark.parametrize(
    ("page", "title", "body"),
    [
        # trial 7: what stands above the headline is no lead (a consent layer, a teaser) ...
        (f"{CONSENT}\n\nHeizung: Das Gesetz kommt\n\n{P2}", "Heizung: Das Gesetz kommt", P2),
        (f"{CONSENT}\n\nHeizung: Das Gesetz kommt\n\n{P1}\n\n{P2}", "Heizung: Das Gesetz kommt", f"{P1}\n\n{P2}"),
        # ... also under a kicker run on with the headline
        (f"{CONSENT}\n\nBundestag Heizung: Das Gesetz kommt\n\n{P2}", "Heizung: Das Gesetz kommt", P2),
        # where the page's text lacks the headline, all before the article is read as before
        (f"{P1}\n\n{P2}", "Heizung: Das Gesetz kommt", f"{P1}\n\n{P2}"),
    ],
)
def test_a_lead_stands_below_the_headline(page: str, title: str, body: str) -> None:
    from lagebild.ingest.html import with_lead

    assert with_lead(P2, page, None, title) == body


def test_english_dump() -> None:
    text = ("Skip to main content\nMenu\nWorld\n\nLeaders meet in Riyadh for talks on Ukraine\n\nBy Jane Miller\n"
            "February 18, 2025\n\nSenior officials from both countries met in the Saudi capital on Tuesday for the "
            "first direct talks in three years, according to people familiar with the meeting.\n\n"
            "The talks lasted more than four hours and focused on restoring embassies and on a path towards "
            "a ceasefire, the officials said after the meeting ended.\n\nRead more\n\nSign up for our newsletter")
    doc = to_document(RawInput("en.txt", text.encode()))
    assert doc.language == "en"
    assert doc.title == "Leaders meet in Riyadh for talks on Ukraine"
    assert (doc.published, doc.authors) == ("2025-02-18", ("Jane Miller",))
    assert "Skip to" not in doc.body and "newsletter" not in doc.body and doc.body.startswith("Senior officials")


def test_single_json_file() -> None:
    doc = to_document(RawInput("article.json", b'{"text": "' + P1.encode() + b'", "title": "T"}'))
    assert doc.title == "T" and doc.body == P1


def test_a_run_records_each_broken_item_and_goes_on(tmp_path: Path) -> None:

    from lagebild.ingest import iter_inputs
    from lagebild.model import Failure

    (tmp_path / "a_good.txt").write_text(f"Heizung: Das Gesetz kommt\n\n{P1}\n\n{P2}\n", encoding="utf-8")
    (tmp_path / "b_broken.html").write_bytes(b"<html><body><div><p></div></span><script>x</script>")
    (tmp_path / "c_scan.pdf").write_bytes(_pdf(None))
    (tmp_path / "d.jsonl").write_text("\n".join(["", "{oops", json.dumps({"text": P1})]) + "\n", encoding="utf-8")
    docs, failures = [], []
    for item in iter_inputs([tmp_path]):
        if isinstance(item, Failure):
            failures.append((item.source.rsplit("/", 1)[-1], item.code))
            continue
        try:
            docs.append(to_document(item))
        except InputError as e:
            failures.append((item.source.rsplit("/", 1)[-1], e.code))
    assert [d.source.rsplit("/", 1)[-1] for d in docs] == ["a_good.txt", "d.jsonl#3"]
    assert failures == [("b_broken.html", "E101"), ("c_scan.pdf", "E101"), ("d.jsonl#2", "E106")]


def test_a_records_url_gives_the_date_its_text_lacks() -> None:
    record = {"text": P1, "url": "https://example.de/politik/2025/03/12/gesetz-beschlossen/"}
    doc = to_document(RawInput("corpus.jsonl#1", json.dumps(record).encode()))
    assert (doc.published, doc.published_inferred) == ("2025-03-12", False)


def test_given_authors_lose_agencies_and_a_given_non_date_is_reported(caplog: pytest.LogCaptureFixture) -> None:
    rec = {"text": f"{P1}\n\n{P2}", "authors": ["Anna Muster", "dpa"], "published": "not a date"}
    line = json.dumps(rec, ensure_ascii=False).encode()
    with caplog.at_level("WARNING", logger="lagebild.ingest.document"):
        doc = to_document(RawInput("corpus.jsonl#3", line, rec))
    assert doc.authors == ("Anna Muster",)
    assert "corpus.jsonl#3" in caplog.text and "no date" in caplog.text


def test_a_visible_date_takes_the_hour_of_the_same_days_markup() -> None:
    page = HTML.replace("<article><h1>Heizungsgesetz beschlossen</h1>",
                        "<article><h1>Heizungsgesetz beschlossen</h1><p>24.02.2025</p>")
    assert to_document(RawInput("page.html", page.encode("utf-8"))).published == "2025-02-24T10:15"


def test_pdf_without_a_date_in_its_text_takes_its_creation_day_as_inferred() -> None:
    text = ("Waffenruhe verlangt\n\nDie Regierung hat ein Gesetz beschlossen, das die Lage beruhigen soll"
            " und lange dauert.")
    doc = to_document(RawInput("a.pdf", _pdf(text, "D:20250303101500+01'00'")))
    assert (doc.published, doc.published_inferred) == ("2025-03-03", True)


def test_a_transliterated_month_is_a_month() -> None:
    body = f"Kiew, 3. Maerz 2025\n\n{P1}\n\n{P2}"
    assert to_document(RawInput("a.txt", body.encode())).published == "2025-03-03"


@pytest.mark.parametrize(("text", "lang", "model"), [
    # clear German and English: the function words decide, the model is not asked
    (f"{P1} {P2}", "de", False),
    ("The president said on Monday that the talks with Russia were over and that the sanctions would stay in "
     "place for the rest of the year, as the war in Ukraine had not ended.", "en", False),
    # another language: the model decides
    ("Le président français a rencontré hier le chancelier allemand à Paris pour discuter de la guerre en Ukraine "
     "et des sanctions contre la Russie.", "fr", True),
])
def test_language(text: str, lang: str, model: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    from lagebild.ingest import document

    asked = []
    real = document._identifier

    def spy() -> object:
        asked.append(True)
        return real()

    monkeypatch.setattr(document, "_identifier", spy)
    assert document.language(text) == lang
    assert bool(asked) == model


_PARA = "Der Minister sprach am Montag in Wien über die Lage an der Grenze und die Hilfe. "


@pytest.mark.parametrize(
    ("source", "data"),
    [
        # paragraphs all different (a protocol, a book): the cleaner would keep one run of them
        ("long.txt", "Ein langes Protokoll\n\nBerlin, 01.03.2026.\n\n" + "\n\n".join(
            f"Absatz {i}: {_PARA}" for i in range(40))),
        # one article pasted many times: the cleaner would keep one copy
        ("repeated.txt", ("Titel der Meldung\n\nWien, 01.03.2026.\n\n" + (_PARA * 3 + "\n\n") * 3) * 4),
        ("corpus.jsonl#2", json.dumps({"text": _PARA * 40})),
        ("page.html", HTML.replace(f"<p>{P1}</p>", "".join(f"<p>{i} {_PARA}</p>" for i in range(40)))),
    ],
)
def test_a_text_too_long_for_one_article_is_refused_before_cleaning(source: str, data: str,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # trial 6: 1.2 million characters were stored as 471 (six paragraphs), with no word said; a
    # book or a dump of many articles would be analysed for minutes with no output
    from lagebild.errors import TooLargeError
    from lagebild.ingest import read

    monkeypatch.setattr(read, "MAX_TEXT_CHARS", 2000)
    with pytest.raises(TooLargeError) as err:
        to_document(RawInput(source, data.encode()))
    assert source in str(err.value) and "E103" in str(err.value) and "split it" in str(err.value)
    monkeypatch.setattr(read, "MAX_TEXT_CHARS", 1_000_000)
    assert to_document(RawInput(source, data.encode())).body


@pytest.mark.parametrize(
    ("data", "body_has", "warned"),
    [
        # UTF-8 with two stray bytes (trial 6: read as cp932, "Prﾃ､sident"): UTF-8, one U+FFFD
        ("Kiew, 27.02.2026. Der ukrainische Präsident hat Merz für die neue Militärhilfe gedankt. ".encode()
         + b"\x81\x8d " + "Die Lieferung soll im März beginnen, sagte Selenskyj.".encode(),
         "Präsident hat Merz für die neue Militärhilfe gedankt. \ufffd Die Lieferung soll im März", "2 byte(s)"),
        # ASCII with stray bytes no single-byte code page uses
        (b"Kiew, 27.02.2026. Selenskyj dankte Merz am Freitag in Kiew. \x81\x8d Die Hilfe kommt im Maerz.",
         "Merz am Freitag in Kiew. \ufffd Die Hilfe", "2 byte(s)"),
        # a UTF-8 text with one Latin-1 umlaut pasted in: still UTF-8
        ("Der Außenminister äußerte sich über die Gespräche in Genf. Sie würden ".encode() + b"fortgef\xfchrt."
         + " Es gab Kritik aus Kiew an der Verzögerung.".encode(), "fortgef\ufffdhrt", "1 byte(s)"),
        # Latin-1 and Windows-1252: their umlauts, quotes and euro sign are no stray bytes
        ("Der ukrainische Außenminister hat Ungarn kritisiert. »Budapest ist kein Ort für Gespräche«, sagte er "
         "am Mittwoch in Kiew.".encode("latin-1"), "»Budapest ist kein Ort für Gespräche«", None),
        ("Außenminister Wadephul hat Russland kritisiert. „Moskau muss zahlen“, sagte er. Es geht um 5 € "
         "je Einwohner.".encode("cp1252"), "„Moskau muss zahlen“, sagte er. Es geht um 5 € je", None),
        ("Die Regierung in Berlin prüft die Lage. Ein Preis von 5 € gilt.".encode("cp1252"), "5 € gilt", None),
    ],
)
def test_utf8_with_a_few_stray_bytes_is_utf8_with_a_warning(data: bytes, body_has: str, warned: str | None,
                                                             caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("WARNING", logger="lagebild.ingest.document"):
        doc = to_document(RawInput("mixed.txt", data))
    assert body_has in doc.body
    if warned:
        assert "mixed.txt" in caplog.text and warned in caplog.text and "not UTF-8" in caplog.text
    else:
        assert "not UTF-8" not in caplog.text


def test_a_wire_dateline_without_year_is_dated_by_its_weekday() -> None:
    # Reuters prints no year in its dateline: "March 9" and "on Monday" after "a 2023 agreement" is 2026
    text = ("Vietnam summons Indonesian envoy\n\nJAKARTA, March 9 (Reuters) - Vietnam summoned Indonesia's "
            "ambassador in Hanoi on Monday and demanded the release of 47 fishermen. Hanoi called the "
            "seizure a serious violation of a 2023 agreement on their economic zones.\n")
    doc = to_document(RawInput("r.txt", text.encode("utf-8")))
    assert (doc.published, doc.published_inferred) == ("2026-03-09", True)


def test_a_wire_revision_mark_is_no_part_of_the_title() -> None:
    page = HTML.replace("Heizungsgesetz beschlossen", "UPDATE 2-Heizungsgesetz beschlossen")
    doc = to_document(RawInput("page.html", page.encode("utf-8")))
    assert doc.title == "Heizungsgesetz beschlossen"
