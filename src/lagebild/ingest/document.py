"""From one raw input to a :class:`~lagebild.model.Document`: sniff, decode, extract, identify.

Pure: :func:`to_document` gets bytes (and fields given alongside them) and does no I/O.
"""

from __future__ import annotations

import io
import json
import logging
import re
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from pathlib import PurePath
from typing import Any

from lagebild.errors import BinaryInputError, EmptyInputError, EncodingError, ParseError
from lagebild.ingest.clean import Extracted, extract, parse_names
from lagebild.ingest.dates import dateline_date, infer_published, iso_date, url_date
from lagebild.ingest.html import extract_html
from lagebild.ingest.lexicon import lexicon
from lagebild.ingest.read import RawInput, check_length, document_id
from lagebild.model import Document

log = logging.getLogger(__name__)

#: A wire's revision mark before a headline ("UPDATE 2-", "UPDATE –", "Update:", "AKTUALISIERT:"):
#: not the headline's words (the document's revision is told by its text and time).
_UPDATE_PREFIX = re.compile(r"^\s*(?:UPDATE|Update|AKTUALISIERT|Aktualisiert|KORREKTUR|CORRECTED)(?:\s*\d+)?"
                            r"\s*[-–—:]\s*")
_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
                         re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(r"</?(?:p|div|span|a|br|h[1-6]|li|ul|article|section|table|td|img)\b[^>]*>", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_JSONL_SOURCE = re.compile(r"#\d+$")


def decode(data: bytes, source: str, html: bool = False) -> str:
    """Text from bytes: a BOM or a declared HTML charset, else UTF-8, else detection.

    Refuses empty input, binary data and bytes that are text in no encoding. Latin-1 and
    Windows-1252 files are common among saved pages and exported texts; they are detected,
    never assumed.
    """
    if not data.strip():
        raise EmptyInputError("the input is empty", source=source)
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as e:
                raise EncodingError(f"broken {enc} text: {e.reason}", source=source) from e
    if b"\x00" in data[:4096]:
        raise BinaryInputError("binary data (NUL bytes), not text, HTML, PDF or JSON", source=source)
    if html and (m := _META_CHARSET.search(data[:4096])):
        enc = m.group(1).decode("ascii", "replace")
        try:
            return data.decode(enc)
        except (LookupError, UnicodeDecodeError):
            log.debug("%s: declared charset %s does not fit, detecting", source, enc)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if (text := _utf8_with_stray_bytes(data, source)) is not None:
        return text
    from charset_normalizer import from_bytes
    from charset_normalizer.utils import is_multi_byte_encoding

    best = from_bytes(data[: 1 << 16]).best()
    if best is None or best.encoding is None:
        raise EncodingError("the bytes are not text in any known encoding", source=source)
    if is_multi_byte_encoding(best.encoding) and _ascii_share(data) >= 0.9:
        # A text nine tenths ASCII is in a Latin script: an East Asian code page would pair each
        # high byte with the letter after it ("Prﾃ､sident" in cp932 for "Präsident").
        log.debug("%s: %s detected for a mostly ASCII text, read as Windows-1252", source, best.encoding)
        return data.decode("cp1252", "replace")
    try:
        text = data.decode(best.encoding)
    except UnicodeDecodeError as e:
        raise EncodingError(f"not decodable as {best.encoding}: {e.reason}", source=source) from e
    controls = sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\n\r\t\f")
    if controls > 0.05 * min(len(text), 4096):
        raise BinaryInputError("binary data (control characters), not text", source=source)
    return text


#: undecodable bytes in UTF-8 (one lone surrogate each, as ``surrogateescape`` maps them)
_STRAY = re.compile("[\udc80-\udcff]+")
#: the bytes Windows-1252 leaves undefined: a text in a single-byte code page does not hold them
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
_ASCII = bytes(range(0x80))
_NON_ASCII = re.compile("[^\x00-\x7f]")


def _ascii_share(data: bytes) -> float:
    return 1 - len(data.translate(None, _ASCII)) / max(1, len(data))


def _utf8_with_stray_bytes(data: bytes, source: str) -> str | None:
    """The text as UTF-8, each run of undecodable bytes one U+FFFD, where it is UTF-8 with a few
    stray bytes (a copy and paste from a broken page, a file cut and joined); else None.

    It is UTF-8 where the undecodable bytes are few (at most eight, or one in a hundred) and the
    text holds at least as many well-formed multi-byte characters as bytes that Windows-1252
    would read as characters: a Latin-1 or Windows-1252 text's umlauts are such bytes and almost
    never form a UTF-8 sequence, while a UTF-8 text's umlauts are UTF-8 (the sixth trial:
    "Militärhilfe gedankt. \\x81\\x8d Die Lieferung soll im März …" was read as cp932, every umlaut
    turned to "ﾃ､", and stored without a word). The user is told how many bytes were replaced.
    """
    text = data.decode("utf-8", "surrogateescape")
    stray = [ord(c) - 0xDC00 for run in _STRAY.findall(text) for c in run]
    if len(stray) > max(8, len(data) // 100):
        return None
    well_formed = len(_NON_ASCII.findall(text)) - len(stray)
    if well_formed < sum(1 for b in stray if b not in _CP1252_UNDEFINED):
        return None
    log.warning("%s: %d byte(s) that are not UTF-8 replaced by U+FFFD (the rest of the text is UTF-8)",
                source, len(stray))
    return _STRAY.sub("\ufffd", text)


#: what a file's name says it holds, and the names of the types in messages
_SUFFIX_TYPES = {".pdf": "application/pdf", ".html": "text/html", ".htm": "text/html", ".xhtml": "text/html",
                 ".txt": "text/plain", ".text": "text/plain", ".md": "text/plain"}
_TYPE_NAMES = {"application/pdf": "a PDF", "text/html": "an HTML page", "text/plain": "plain text",
               "application/json": "a JSON record"}


def _suffix(source: str) -> str:
    """A file's suffix (``.pdf``), lower case; none for a JSON Lines record (``corpus.jsonl#3``)."""
    return "" if _JSONL_SOURCE.search(source) else PurePath(source).suffix.lower()


def sniff(raw: RawInput) -> str:
    """The media type of an input: ``application/pdf``, ``application/json``, ``text/html`` or
    ``text/plain``."""
    head = raw.data[:2048].lstrip()
    if head.startswith(b"%PDF"):
        return "application/pdf"
    if raw.fields or (head.startswith(b"{") and (_JSONL_SOURCE.search(raw.source)
                                                 or raw.source.lower().endswith(".json"))):
        return "application/json"
    if _HTML_START.match(raw.data[:4096]):
        return "text/html"
    sample = raw.data[:8192].decode("utf-8", "replace")
    if len(_HTML_TAG.findall(sample)) >= 8:
        return "text/html"
    return "text/plain"


#: a line whose parts stand far apart, flush left and flush right: a printed page's running head
#: ("FAZ.NET - Wirtschaft - Eurokrise          Frankfurter Allgemeine Zeitung, 01.07.2015")
_SPREAD_LINE = re.compile(r"^(?=.*\S {6,}\S).*$", re.MULTILINE)


def pdf_text(data: bytes, source: str) -> tuple[str, str | None, str | None, str | None]:
    """The text of a PDF (pages joined by a blank line), its metadata title, the day its
    metadata says it was created (ISO) — only a hint: a print-out is made after the article
    appeared — and its metadata author.

    A running head whose parts stand flush left and flush right is set apart by blank lines, so
    that the repair of hard-wrapped lines does not join it to the headline and the lead."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")
        pages = [p.extract_text() or "" for p in reader.pages]
        meta_title = reader.metadata.title if reader.metadata else None
        meta_author = reader.metadata.author if reader.metadata else None
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError, NotImplementedError) as e:
        raise ParseError(f"broken PDF: {e}", source=source) from e
    created: str | None = None
    try:
        when = reader.metadata.creation_date if reader.metadata else None
        created = when.date().isoformat() if when is not None else None
    except (ValueError, TypeError, AttributeError):  # a malformed /CreationDate says nothing
        created = None
    # (the wide gap becomes a separator: "FAZ.NET - Wirtschaft - Eurokrise · Frankfurter Allgemeine …")
    text = _SPREAD_LINE.sub(lambda m: "\n" + re.sub(r" {6,}", " · ", m.group(0)) + "\n", "\n\n".join(pages))
    if not text.strip():
        raise EmptyInputError("PDF without text (scanned pages? no text layer to read)", source=source)
    title = meta_title.strip() if isinstance(meta_title, str) and meta_title.strip() else None
    author = meta_author.strip() if isinstance(meta_author, str) and meta_author.strip() else None
    return text, title, created, author


def _names_an_author(name: str, text: str) -> bool:
    """Whether a PDF's author field is a person named in the first lines of its text: two to four
    capitalised words, found in the first 600 characters."""
    words = name.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha()
                                        for w in words) and name in " ".join(text[:600].split())


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)


@lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset[str]]:
    """German and English function words (the ingest lexicons' lists), each without the words
    the other language shares ("in", "will")."""
    lists = {lang: frozenset(json.loads(resources.files("lagebild.resources.ingest").joinpath(f"{lang}.json")
                                        .read_text("utf-8"))["function_words"]) for lang in ("de", "en")}
    return {"de": lists["de"] - lists["en"], "en": lists["en"] - lists["de"]}


_WORDS = re.compile(r"[^\W\d_]+")


def language(text: str, default: str = "de") -> str:
    """The ISO 639-1 code of the text's language (py3langid's bundled model, offline).

    Where the function words leave no doubt (ten or more of German's or English's, from at
    least four different words, and five times as many as the other's), that language is
    taken without the model, whose loading is half a second of every run's start; any other
    text (another language, a mixed or very short one) goes to py3langid."""
    sample = text[:600]  # enough for German or English; the cost grows with the length
    if len(sample) < 20:
        return default
    words = [w.lower() for w in _WORDS.findall(sample)]
    fw = _function_words()
    for lang, other in (("de", "en"), ("en", "de")):
        hits = [w for w in words if w in fw[lang]]
        if len(hits) >= 10 and len(set(hits)) >= 4 and len(hits) >= 5 * sum(w in fw[other] for w in words):
            return lang
    lang, _ = _identifier().classify(sample)
    return str(lang)


def _record(raw: RawInput) -> Mapping[str, Any]:
    if raw.fields:
        return raw.fields
    try:
        obj = json.loads(raw.data)
    except ValueError as e:
        raise ParseError(f"JSON line is not JSON: {e}", source=raw.source) from e
    if not isinstance(obj, dict):
        raise ParseError("JSON line is not an object", source=raw.source)
    return obj


def _given_authors(value: Any) -> tuple[str, ...] | None:
    if isinstance(value, str):
        return parse_names(value, lexicon()) or tuple(a.strip() for a in re.split(r"[;,]", value) if a.strip())
    if isinstance(value, list):
        # a corpus's author field holds what the outlet printed: "dpa" beside the writer is an
        # agency, not a person (export.md: "no agencies")
        agencies = lexicon().agencies
        return tuple(a for x in value if (a := str(x).strip()) and a.casefold() not in agencies)
    return None


def _given_date(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return iso_date(value)


def _given_text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def to_document(raw: RawInput) -> Document:
    """A document from one raw input: clean body and metadata, or an InputError with the reason."""
    media_type = sniff(raw)
    suffix = _suffix(raw.source)
    named = _SUFFIX_TYPES.get(suffix) if not raw.fields else None
    if not raw.fields and not raw.data.strip():
        # an empty file is empty, whatever its name: not first "named .html, but the file holds
        # plain text" (the seventh trial's empty_page.html got both messages)
        raise EmptyInputError("the input is empty", source=raw.source)
    if named and named != media_type:
        # The content decides, whatever the name says (the sixth user trial: a PDF named .txt
        # and text named .html were read, an HTML page named .pdf refused as a broken PDF);
        # the user learns that the name misleads.
        log.warning("%s: named %s, but the file holds %s; read as such", raw.source, suffix, _TYPE_NAMES[media_type])
    url: str | None = None
    declared_lang: str | None = None
    fields: Mapping[str, Any] = {}
    created: str | None = None
    text: str | None = None  # the text as read, where the input is text (not an HTML page)
    if media_type == "application/pdf":
        text, meta_title, created, meta_author = pdf_text(raw.data, raw.source)
        check_length(text, raw.source)
        ex = extract(text)
        if ex.title is None and meta_title:
            ex = Extracted(ex.body, meta_title, ex.published, ex.outlet, ex.authors)
        if not ex.authors and meta_author and _names_an_author(meta_author, text):
            # the document's author field, where it is a person the print-out names at its head
            # (not the program or the account that made the file: "Microsoft Word", "jsmith")
            ex = Extracted(ex.body, ex.title, ex.published, ex.outlet, (meta_author,))
    elif media_type == "application/json":
        fields = _record(raw)
        url = _given_text(fields.get("url"))
        if isinstance(fields.get("html"), str) and fields["html"].strip():
            res = extract_html(fields["html"], url=url, source=raw.source)
            ex, url, declared_lang, media_type = res.extracted, res.url, res.language, "text/html"
        elif isinstance(fields.get("text"), str) and fields["text"].strip():
            text = fields["text"]
            check_length(text, raw.source)
            ex, media_type = extract(text), "text/plain"
        else:
            given = {k: type(fields[k]).__name__ for k in ("text", "html")
                     if k in fields and fields[k] is not None and not isinstance(fields[k], str)}
            if given:  # {"text": 123}: the field is there, but holds no text
                what = ", ".join(f"'{k}' holds a JSON {t}, not text" for k, t in given.items())
                raise ParseError(f"JSON record's {what}", source=raw.source)
            empty = [k for k in ("text", "html") if isinstance(fields.get(k), str)]
            if empty:  # {"text": ""}: the field is there, but empty
                raise EmptyInputError(f"JSON record's '{empty[0]}' is empty", source=raw.source)
            raise EmptyInputError("JSON record without 'text' or 'html'", source=raw.source)
    elif media_type == "text/html":
        res = extract_html(decode(raw.data, raw.source, html=True), source=raw.source)
        ex, url, declared_lang = res.extracted, res.url, res.language
    else:
        try:
            text = decode(raw.data, raw.source)
        except BinaryInputError as e:
            if named != "application/pdf":
                raise
            # a truncated download or a file of another kind under a PDF's name
            raise ParseError("broken PDF: the file is named .pdf but has no PDF header (%PDF) and holds no text",
                             source=raw.source) from e
        check_length(text, raw.source)
        ex = extract(text)
    if not ex.body.strip():
        # A short text is kept (a ticker item of one line is an article); what is left out is
        # only what holds no line of text, and the user learns how much that was.
        what = (f": the {len(text.split())} word(s) of the text are navigation, captions, dates or bylines"
                if text else "")
        raise EmptyInputError(f"no article text after cleaning{what}", source=raw.source)

    if fields.get("published") and _given_date(fields.get("published")) is None:
        # the run goes on with the date read from the text, but the user learns why
        log.warning("%s: the given published %r is no date; read from the text instead", raw.source,
                    fields.get("published"))
    title = _given_text(fields.get("title")) or ex.title
    if title and (m := _UPDATE_PREFIX.match(title)) and m.end() < len(title):
        title = title[m.end():]  # "UPDATE 2-Indonesia …", "UPDATE – …": the wire's revision mark
    # A record's URL may hold the date its text does not show ("…/2025/03/12/…").
    published = _given_date(fields.get("published")) or ex.published or (
        url_date(url) if media_type == "text/plain" else None)
    inferred = False
    if published is None and "published" not in fields:
        # a wire dateline's day with the year its weekday gives ("March 9 (Reuters)" … "on
        # Monday"); else the latest date the text reports as past; else the day a PDF was made
        # (no earlier than the article, so at best a near guess): all marked as inferred
        published = dateline_date(ex.body) or infer_published(ex.body) or created
        inferred = published is not None
    outlet = _given_text(fields.get("outlet")) or ex.outlet
    authors = _given_authors(fields.get("authors"))
    lang = _given_text(fields.get("language"))
    return Document(
        id=document_id(raw.data),
        source=raw.source,
        body=ex.body,
        raw_sha256=raw.sha256,
        title=title,
        published=published,
        published_inferred=inferred,
        outlet=outlet,
        authors=authors if authors is not None else ex.authors,
        language=lang or language(ex.body, default=declared_lang or "de"),
        url=url,
        media_type=media_type,
    )


def input_text(raw: RawInput) -> str:
    """The text of one input as a command that tags text reads it (``lagebild timex``).

    Plain text is decoded as :func:`to_document` decodes it (BOM, UTF-8 with stray bytes,
    Latin-1 …) but not cleaned, so that offsets point into the file's own text (a history text,
    WikiWarsDE's, is tagged whole); a PDF, an HTML page or a JSON record gives the article text
    that ``run`` stores. Errors are the same :class:`~lagebild.errors.InputError` as ``run``'s.
    """
    if sniff(raw) == "text/plain":
        text = decode(raw.data, raw.source)
        check_length(text, raw.source)
        return text
    return to_document(raw).body
