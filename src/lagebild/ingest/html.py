"""HTML pages: main text by trafilatura, date by htmldate, metadata from JSON-LD and OpenGraph.

The libraries do the heavy lifting; lagebild adds what they leave: the headline without the
site's name or a kicker (``<title>`` "Einheit der Woche | Lagen-Pyramide mit GA2 - SWIM.DE" ->
the ``<h1>`` "Lagen-Pyramide mit GA2"), author names without agencies, its own text repair and
junk filter over trafilatura's text, and a second reading of the page as a reader sees it (the
plain-text cleaner over the visible text): the date line beside the headline, a byline no markup
names, a lead trafilatura skipped, and the article where trafilatura finds none.
"""

from __future__ import annotations

import json
import logging
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from lxml import html as lxml_html

from lagebild.errors import EmptyInputError, ParseError
from lagebild.ingest.clean import Extracted, extract, known_outlet, parse_names
from lagebild.ingest.dates import iso_date
from lagebild.ingest.lexicon import lexicon
from lagebild.ingest.read import check_length
from lagebild.ingest.repair import ends_sentence

log = logging.getLogger(__name__)

_SITE_SEP = re.compile(r"\s+[|–—·•:»›-]\s+|\s+::\s+")
_SITE_SEP_KEEP = re.compile(r"(\s+[|–—·•:»›-]\s+|\s+::\s+)")
_DOMAIN = re.compile(r"\w\.(?:de|at|ch|com|net|org|eu|info)$", re.IGNORECASE)
_WS = re.compile(r"\s+")
_ONE_NAME = re.compile(r"^[A-ZÄÖÜ][\w'’-]{1,30}$")
_VISIBLE_TEXT = ("//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template"
                 " or ancestor::svg)]")


@dataclass(frozen=True, slots=True)
class HtmlResult:
    """What an HTML page yields: the cleaned article and metadata, its URL and declared language."""

    extracted: Extracted
    url: str | None
    language: str | None


def _text(el: Any) -> str:
    # Text nodes joined by a space: "<span>Einheit der Woche</span>Lagen-Pyramide" is two phrases.
    return _WS.sub(" ", " ".join(el.itertext())).strip()


def _visible(tree: Any) -> str:
    return "\n".join(" ".join(t.split()) for t in tree.xpath(_VISIBLE_TEXT) if t.strip())


def page_text(html: str) -> str:
    """Every visible text node of an HTML page on its own line, navigation and teasers included:
    what a naive dump of the page holds (the benchmark's and the tests' text-dump input)."""
    tree = lxml_html.document_fromstring(html)
    return _visible(tree)


def _jsonld(tree: Any) -> list[dict[str, Any]]:
    """Every JSON-LD object of the page (flattened ``@graph`` lists)."""
    out: list[dict[str, Any]] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content().strip() or "null", strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack:
            d = stack.pop()
            if isinstance(d, list):
                stack.extend(d)
            elif isinstance(d, dict):
                out.append(d)
                if isinstance(d.get("@graph"), list):
                    stack.extend(d["@graph"])
    return out


def _is_article(d: dict[str, Any]) -> bool:
    t = d.get("@type")
    types = t if isinstance(t, list) else [t]
    return any(isinstance(x, str) and ("Article" in x or x in ("BlogPosting", "LiveBlogPosting", "Report", "WebPage"))
               for x in types)


def _names(value: Any) -> list[str]:
    """Names from a JSON-LD field (a string, an object, a list of either)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def _people(value: Any, by_id: dict[str, dict[str, Any]]) -> list[tuple[str, bool]]:
    """The names of a JSON-LD ``author`` field, each with whether markup calls it a person.

    Authors are often references into the ``@graph`` (Yoast SEO on WordPress sites:
    ``"author": {"@id": "…/#/schema/person/…"}`` and the Person elsewhere), so a reference is
    resolved first. An ``Organization`` is the outlet, no author.
    """
    if isinstance(value, list):
        return [p for v in value for p in _people(v, by_id)]
    if isinstance(value, str):
        return [(value, False)]
    if not isinstance(value, dict):
        return []
    if "name" not in value and isinstance(value.get("@id"), str):
        value = by_id.get(value["@id"], value)
    t = value.get("@type")
    types = {x for x in (t if isinstance(t, list) else [t]) if isinstance(x, str)}
    if types & {"Organization", "NewsMediaOrganization", "Corporation", "WebSite"}:
        return []
    return [(n, "Person" in types) for n in _names(value.get("name"))]


def _meta(tree: Any, *keys: str) -> str | None:
    for k in keys:
        for attr in ("property", "name", "itemprop"):
            v = tree.xpath(f'//meta[@{attr}="{k}"]/@content')
            if v and v[0].strip():
                return _WS.sub(" ", v[0]).strip()
    return None


def strip_site(title: str, site_names: list[str]) -> str:
    """A page title without the site's name and the sections beside it.

    "Streik bei der Bahn: GDL kündigt Ausstand an - Wirtschaft - SZ.de" -> "Streik bei der Bahn:
    GDL kündigt Ausstand an"; "INDUSTRIEMAGAZIN | Luftfahrtbranche hebt nach Corona ab - und FACC
    profitiert" -> "Luftfahrtbranche hebt nach Corona ab - und FACC profitiert": only the site's
    part and the one- or two-word section names next to it are cut, a dash inside the headline
    stays.
    """
    pieces = _SITE_SEP_KEEP.split(title.strip())
    parts, seps = [p.strip() for p in pieces[::2]], pieces[1::2]
    if len(parts) < 2:
        return title.strip()
    sites = {s.casefold() for s in site_names if s}
    lex = lexicon()

    def is_site(p: str) -> bool:
        f = p.casefold()
        return (f in sites or any(s in f for s in sites) or lex.outlet_for(p) is not None
                or bool(_DOMAIN.search(p)))

    def is_section(p: str) -> bool:
        return len(p.split()) <= 2 and p[:1].isupper() and not ends_sentence(p)

    lo, hi = 0, len(parts)
    # The site's part, with only sections after it: "… - derStandard.at › Inland".
    right = len(parts) - 1
    while right > 0 and not is_site(parts[right]) and is_section(parts[right]):
        right -= 1
    if right > 0 and is_site(parts[right]):
        hi = right
        while hi - lo > 1 and (is_section(parts[hi - 1]) or is_site(parts[hi - 1])):
            hi -= 1
    if hi - lo > 1 and is_site(parts[0]):
        lo += 1
        while hi - lo > 1 and is_site(parts[lo]):
            lo += 1
    if (lo, hi) == (0, len(parts)):
        # No part names the site. A short capitalised last part is an unknown site's name
        # ("Netzpolitik als US-Wahlkampfthema - Netz Für Alle"); a part in lower case goes on
        # with the headline ("Das Gipfeltreffen von Trump und Putin - eine Zäsur").
        last = parts[-1]
        if len(last.split()) <= 3 and last[:1].isupper() and len(last) < len(" ".join(parts[:-1])):
            hi -= 1
        else:
            return title.strip()
    out = parts[lo]
    for i in range(lo + 1, hi):
        out += seps[i - 1] + parts[i]
    return out.strip()


def _kicker_span(h1: Any, titles: Sequence[str] = ()) -> str | None:
    """The headline of an ``<h1>`` made of a kicker element and a headline element, or None.

    News CMSs mark the kicker up as the heading's first element: ``<h1><span>Glasfaser:</span>
    <span>Telekom verfehlt Ausbauziel für 2024</span></h1>`` (golem.de; so Spiegel, Zeit, SZ,
    tagesschau.de, Bild, SRF). The kicker is short; the headline is the rest. A headline set on
    two lines is no kicker and headline: the second goes on in lower case (``<span>Trump
    droht</span><span>mit neuen Zöllen</span>``), or a page title reads both as one.
    """
    if (h1.text or "").strip():
        return None
    # Each element's text, and the text after it: "<span>Berlin:</span> Senat beschließt …".
    parts = [p for c in h1 if isinstance(c.tag, str) for p in (_text(c), _WS.sub(" ", c.tail or "").strip())]
    parts = [p for p in parts if p.strip(" :|–-")]
    if len(parts) < 2 or len(parts[0].split()) > 5 or len(parts[0]) > 50:
        return None
    rest = " ".join(parts[1:]).strip(" :|–-")
    whole = f"{parts[0]} {rest}".casefold()
    if len(rest.split()) < 2 or rest[:1].islower():
        return None
    if not parts[0].endswith(":") and any(t.casefold().startswith(whole) for t in titles):
        return None
    return rest


def _title(tree: Any, candidates: list[str], site_names: list[str]) -> str | None:
    """The headline: the ``<h1>`` that the page's titles confirm, else the cleaned page title."""
    h1s = [(t, h) for h in tree.xpath("//h1") if 3 <= len(t := _text(h)) <= 300 and "<" not in t]
    folded = [c.casefold() for c in candidates if c]
    for h, el in h1s:
        hf = h.casefold()
        # "Zoll" (a logo in an <h1>) is in every title of zoll.de; a headline is longer.
        if any(hf in c and len(hf) >= 0.4 * len(c) or c in hf for c in folded):
            return _kicker_span(el, candidates) or _without_kicker(h, candidates)
    if not h1s:
        # Some templates set the headline in an <h2> with its kicker (SZ, Spiegel); an <h2> is
        # taken only with a kicker element and where a page title holds its headline.
        for el in tree.xpath("//h2"):
            head = _kicker_span(el, candidates)
            if head and any(head.casefold() in c for c in folded):
                return head
    stripped = [strip_site(c, site_names) for c in candidates if c]
    # A site's logo set as a heading is no headline: "<h1>Rheinische Post</h1>" beside the article's.
    sites = {s.casefold() for s in site_names}
    heads = [(h, el) for h, el in h1s if h.casefold() not in sites and lexicon().outlet_for(h) is None]
    if len(heads) == 1 and (not stripped or len(heads[0][0].split()) >= 3):
        return _kicker_span(heads[0][1], candidates) or heads[0][0]
    return stripped[0] if stripped else (h1s[0][0] if h1s else None)


def _without_kicker(h1: str, candidates: list[str]) -> str:
    """An ``<h1>`` that is a kicker and the headline run together ("Einheit der Woche
    Lagen-Pyramide mit GA2"), where a page title has both as parts ("Einheit der Woche |
    Lagen-Pyramide mit GA2 - SWIM.DE"), is cut to the headline."""
    for c in candidates:
        parts = [p.strip() for p in _SITE_SEP.split(c or "") if p.strip()]
        for a, b in zip(parts, parts[1:], strict=False):
            if h1 == f"{a} {b}":
                return b
        # "Auftragshoch bei FACC : Luftfahrtbranche hebt nach Corona ab - und FACC profitiert",
        # where the page title has the headline after the site's name only.
        for part in re.split(r"\s+[|]\s+", c or ""):
            part = part.strip()
            if len(part) >= 0.5 * len(h1) and part != h1 and h1.endswith(part):
                return part
    return h1


def _markup_date(ld: list[dict[str, Any]], tree: Any) -> str | None:
    """JSON-LD ``datePublished`` (with time), then ``article:published_time`` and its kin."""
    for d in ld:
        if _is_article(d):
            for k in ("datePublished", "dateCreated"):
                v = d.get(k)
                if isinstance(v, str) and (iso := iso_date(v)):
                    return iso
    v = _meta(tree, "article:published_time", "og:published_time", "date", "dc.date", "DC.date.issued",
              "pubdate", "publishdate", "datePublished")
    if v and (iso := iso_date(v)):
        return iso
    # Microdata and the themes' <time> elements: <time itemprop="datePublished" datetime="…">,
    # WordPress's <time class="entry-date published" datetime="…"> (not its "updated" one).
    for v in tree.xpath('//*[@itemprop="datePublished"]/@datetime|//*[@itemprop="datePublished"]/@content'
                        '|//time[contains(concat(" ", normalize-space(@class), " "), " published ")]/@datetime'):
        if iso := iso_date(v):
            return iso
    return None


def _htmldate(tree: Any, url: str | None) -> str | None:
    """htmldate's guess at the first publication (from the URL, ``<time>``, the text)."""
    from htmldate import find_date

    try:
        return find_date(tree, url=url, original_date=True, extensive_search=True)
    except Exception as e:  # htmldate raises on odd trees; a page without a date is no error
        log.debug("htmldate failed: %s", e)
        return None


def _date(page: Extracted, ld: list[dict[str, Any]], tree: Any, url: str | None) -> str | None:
    """The publication date: the one a reader sees beside the headline, else the markup's.

    The visible date wins over markup, which often carries the date of a first draft (jagdleben.de:
    JSON-LD says the 25th, the page the 26th), even weeks apart (angelmagazin.de: the markup says
    2021-11-29, the page and the reference 2022-01-12; a rule that trusted the markup when the
    two were days apart lost that page). Where the page shows only its last change ("Aktualisiert
    am 15.08.2025 - 09:40 Uhr", t-online; "Stand: …"), an earlier date in the markup is the first
    publication. htmldate is asked last.
    """
    if page.published and not page.updated:
        if len(page.published) == 10 and (m := _markup_date(ld, tree)) and m[:10] == page.published:
            return m  # the same day, and the markup knows the hour: keep it ("2025-08-10T09:15")
        return page.published
    markup = _markup_date(ld, tree) or _htmldate(tree, url)
    if markup and (not page.published or markup[:10] <= page.published[:10]):
        return markup
    return page.published


def _authors(ld: list[dict[str, Any]], tree: Any, traf_author: str | None,
             site_names: Sequence[str] = ()) -> tuple[str, ...]:
    """Person names from JSON-LD ``author``, else trafilatura's author, else ``<meta name=author>``.

    Each source may hold a byline rather than a name ("Von Anna Berg", "Anna Berg, dpa"); agencies
    and the site's own name are dropped. A one-word name is kept only where JSON-LD types it as a
    ``Person`` (unterwegsinberlin.de: the blogger "Tine"): elsewhere one word is a desk or a brand.
    """
    lex = lexicon()
    by_id = {d["@id"]: d for d in ld if isinstance(d.get("@id"), str)}
    raw: list[tuple[str, bool]] = []
    for d in ld:
        if _is_article(d) and (raw := _people(d.get("author"), by_id)):
            break  # the page's own article comes first; later ones are teasers' (ItemList)
    if not raw and traf_author:
        raw = [(a, False) for a in re.split(r"\s*[;|]\s*", traf_author)]
    if not raw:
        meta = _meta(tree, "author", "article:author", "dc.creator")
        raw = [(meta, False)] if meta and not meta.startswith("http") else []
    sites = {s.casefold() for s in site_names}
    out: list[str] = []
    for r, person in raw:
        r = lex.byline.sub("", _WS.sub(" ", r).strip(), 1)
        names = list(parse_names(r, lex))
        if (not names and person and _ONE_NAME.match(r)
                and r.casefold() not in lex.agencies | lex.generic_authors | sites):
            names = [r]
        for n in names:
            # A desk typed as a Person is no author: "FOCUS online", "RND", "tagesschau.de".
            if n not in out and n.casefold() not in sites and lex.outlet_for(n) is None:
                out.append(n)
    return tuple(out)


#: a copyright notice and the holder's name after it: "© Handelsblatt GmbH", "Copyright 2025 The Guardian"
_COPYRIGHT = re.compile(r"(?:©|\(c\)|\bCopyright\b)\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*)?"
                        r"(?P<n>[A-ZÄÖÜ][\w.&’'-]*(?:\s+[A-ZÄÖÜ][\w.&’'-]*){0,4})")


def _known_outlet_named(title_tag: str | None, visible: str) -> str | None:
    """A known outlet the page names as itself, where its markup does not: the site's part of
    the ``<title>`` ("Zollstreit: … – Handelsblatt"), else the holder of the page's last
    copyright notice ("© Handelsblatt GmbH. Alle Rechte vorbehalten."; the trial-7 page had no
    site name, publisher or URL). Only outlets of the lexicon count, and no agency: an unknown
    name there may be a section or a photographer, and "© dpa" under a picture is the picture's
    credit, not the page's publisher."""
    lex = lexicon()

    def known(name: str) -> str | None:
        return known_outlet(name, lex)  # "Handelsblatt GmbH" -> "Handelsblatt"

    parts = [p.strip() for p in _SITE_SEP_KEEP.split(title_tag or "")[::2]]
    if len(parts) >= 2:
        for part in (parts[-1], parts[0]):
            if len(part.split()) <= 3 and (name := known(part)):
                return name
    notices = list(_COPYRIGHT.finditer(visible))
    return known(notices[-1].group("n")) if notices else None


def _outlet(ld: list[dict[str, Any]], tree: Any, url: str | None, sitename: str | None,
            title_tag: str | None = None, visible: str = "") -> str | None:
    """``og:site_name``, JSON-LD ``publisher``, a known outlet's domain, trafilatura's site name,
    a known outlet named in the ``<title>`` or a copyright notice."""
    lex = lexicon()
    for cand in (_meta(tree, "og:site_name"), *(_names(d.get("publisher")) for d in ld if _is_article(d))):
        if isinstance(cand, list):
            cand = cand[0] if cand else None
        if cand:
            return cand
    if url:
        host = re.sub(r"^https?://(?:www\.)?", "", url).split("/")[0]
        known = lex.outlet_for(host)
        if known:
            return known.name
    return sitename or _known_outlet_named(title_tag, visible)


def _without_headline(body: str, title: str) -> str:
    """The body without the headline trafilatura took in with the article: the heading itself,
    or run together with its kicker ("BundeswehrPistorius will Wehrdienst schneller ausbauen",
    the kicker's and the headline's elements joined without a space)."""
    folded = "".join(title.split()).casefold()
    paras = body.split("\n\n")
    while len(paras) > 1 and len(paras[0]) <= len(title) + 60 and (
            "".join(paras[0].split()).casefold().endswith(folded)):
        paras.pop(0)
    out = "\n\n".join(paras)
    return out[len(title):].lstrip() if out.startswith(title) else out


def with_lead(body: str, page_body: str, description: str | None = None, title: str | None = None,
              standfirst: str | None = None) -> str:
    """The body with the lead paragraph put back where the extractor left it out.

    trafilatura often skips a lead set apart from the article's text (spdfraktion.de: "Die
    SPD-Abgeordnete Aydan Özoğuz ist zur stellvertretenden Präsidentin … gewählt worden"). The
    plain-text cleaner over the page finds it right above the first paragraph both share; up
    to two such paragraphs of prose are put in front, and a lead without a full stop where the
    page's description says the same (schwimmverband.at: "Was seit Wochen kolportiert wurde, ist
    von der FINA nun offiziell bestätigt worden").

    A lead stands below the headline: where the page's text holds the ``title``, only what
    follows it is a lead (the seventh trial: "Die NZZ verwendet Cookies. Sie können …", a consent
    layer above the headline, was put in front of the article as its lead). A ``standfirst``
    without a full stop that the cleaner found under the page's headline is put back too.
    """
    paras = body.split("\n\n")
    first = paras[0][:80]
    page_paras = page_body.split("\n\n")
    k = next((i for i, p in enumerate(page_paras[:4]) if p[:80] == first), None)
    if not k:
        return body
    folded = _WS.sub(" ", title or "").strip().casefold()
    top = next((i + 1 for i in range(k - 1, -1, -1) if folded and _WS.sub(" ", page_paras[i]).strip().casefold()
                .endswith(folded)), 0)
    said = _WS.sub(" ", description or "").strip().casefold()[:60]
    lead = [p for i, p in enumerate(page_paras[top:k], top) if p not in body and (
        # a standfirst without a full stop that the cleaner of the page found under its headline,
        # right above the article (the Guardian's; trial 7)
        i == k - 1 and p == standfirst or
        len(p) >= 80 and ends_sentence(p) or len(said) >= 40 and p.casefold().startswith(said))][-2:]
    return "\n\n".join([*lead, body]) if lead else body


#: Parser errors that say the markup is broken, not merely unusual (HTML5 tags libxml2 does not
#: know, "Tag nav invalid", are no damage): an end tag that closes nothing open, a tag cut off.
_DAMAGE = frozenset({"ERR_TAG_NAME_MISMATCH", "ERR_TAG_NOT_FINISHED", "ERR_GT_REQUIRED", "ERR_LTSLASH_REQUIRED",
                     "ERR_DOCUMENT_END"})
_CLOSED = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)


def markup_damage(html: str) -> str | None:
    """Why the page's markup is broken, or None: the parser's first complaint ("line 4: Unexpected
    end tag : span"), or a page that ends before its ``</body>`` and ``</html>`` (a truncated
    download). The parser repairs both, but not always as the author meant: an element left
    open swallows what follows, so that text may end up where the extractor drops it."""
    from lxml import etree

    parser = etree.HTMLParser(recover=True)
    etree.fromstring(html.encode("utf-8", "replace"), parser)
    errors = [e for e in parser.error_log if e.type_name in _DAMAGE]
    if errors:
        return f"line {errors[0].line}: {errors[0].message.strip()}"
    if _truncated(html):
        return "the page ends before </body></html> (truncated?)"
    return None


def _truncated(html: str) -> bool:
    """Whether a page ends before its ``</body>`` and ``</html>`` (a download cut off)."""
    return "<" in html and not _CLOSED.search(html[-2000:])


def _lost(extracted: str, body: str, title: str | None) -> list[str]:
    """The paragraphs of the extractor's text (of four words or more) that the article lacks."""
    flat = " ".join(body.split())
    out = []
    for p in extracted.split("\n"):
        p = " ".join(p.split())
        if len(p.split()) >= 4 and p[:40] not in flat and p != title:
            out.append(p)
    return out


def _prose(paragraph: str) -> bool:
    """Whether a paragraph reads as a sentence, not as a teaser or a list of links: a third of its
    words or more begin in lower case ("Xi sagte, China stehe für Dialog")."""
    words = paragraph.split()
    return sum(w[:1].islower() for w in words) * 3 >= len(words)


def _restored(extracted: str, body: str, lost: list[str]) -> tuple[str, list[str]]:
    """``body`` with the ``lost`` paragraphs that read as prose put back after the article's
    paragraph they follow in the extractor's text, and the paragraphs put back. A paragraph
    before the article's first one stays out (a teaser above the article)."""
    paras = body.split("\n\n")
    flat = [" ".join(p.split()) for p in paras]
    after: dict[int, list[str]] = defaultdict(list)
    anchor = None
    for p in extracted.split("\n"):
        p = " ".join(p.split())
        if p in lost:
            if anchor is not None and _prose(p):
                after[anchor].append(p)
            continue
        found = next((i for i, f in enumerate(flat) if p[:40] and p[:40] in f), None)
        anchor = found if found is not None else anchor
    out = [q for i, p in enumerate(paras) for q in (p, *after.get(i, ()))]
    return "\n\n".join(out), [p for ps in after.values() for p in ps]


def extract_html(text: str, url: str | None = None, source: str | None = None) -> HtmlResult:
    """The article of an HTML page, cleaned, with its metadata."""
    from trafilatura import bare_extraction, load_html

    try:
        tree = load_html(text)
    except (ValueError, lxml_html.etree.ParserError) as e:
        raise ParseError(f"broken HTML: {e}", source=source) from e
    if tree is None:
        raise ParseError("broken HTML: no document tree could be built", source=source)
    ld = _jsonld(tree)
    canonical = tree.xpath('//link[@rel="canonical"]/@href')
    url = url or _meta(tree, "og:url") or (canonical[0] if canonical else None)
    lang = (tree.get("lang") or tree.xpath("string(//html/@lang)") or "")[:2].lower() or None

    # What a reader sees, kept before trafilatura prunes the tree: bylines and date lines that
    # no markup names are read from it by the plain-text cleaner.
    visible = _visible(tree)
    check_length(visible, source or "page")  # before the cleaner keeps one article's run of it
    doc = bare_extraction(tree, url=url, with_metadata=True, include_comments=False, include_tables=True,
                          favor_precision=False)
    page = extract(visible)
    if doc is None or isinstance(doc, dict) or not (doc.text or "").strip():
        # trafilatura found nothing; the plain-text cleaner over what a reader sees may.
        if not page.body:
            raise EmptyInputError("no article text in the HTML page", source=source)
        log.debug("%s: trafilatura found no text, using the page text", source)
        return HtmlResult(Extracted(page.body, page.title, _date(page, ld, tree, url),
                                    page.outlet, _authors(ld, tree, None) or page.authors), url, lang)
    site_names = [s for s in (doc.sitename, doc.hostname, _meta(tree, "og:site_name")) if s]
    title_tag = _text(tree.find(".//title")) if tree.find(".//title") is not None else None
    candidates = [c for c in (*(d.get("headline") for d in ld if _is_article(d)), _meta(tree, "og:title"),
                              doc.title, title_tag)
                  if isinstance(c, str) and c.strip()]
    title = _title(tree, candidates, site_names) or page.title
    if title and "<" in title and ">" in title:  # markup shown as text (archived pages)
        title = None
    cleaned = extract(doc.text or "", locate=False)
    body = cleaned.body
    if title:
        body = _without_headline(body, title)
    body = with_lead(body, page.body, _meta(tree, "og:description", "description"), title, page.standfirst)
    damage = markup_damage(text)
    lost = _lost(doc.text or "", body, title) if damage else []
    if lost:
        # A broken page must not lose text (the fifth trial: "<p>Juncker sagte, … <i>und
        # enttäuscht" left open, then the page cut off; both paragraphs vanished without a word;
        # the sixth: "Xi sagte, China stehe für Dialog" was only named in a warning). The cleaner
        # drops them for want of a full stop, as it drops teasers; in a page that is cut off
        # that is what a paragraph looks like, so there those that follow the article's text and
        # read as prose are put back, and the reader is told which, and which stay out. A page
        # that is whole but for a stray tag keeps its cleaner's choice: what the cleaner dropped
        # there is mostly boilerplate ("Klicken Sie auf den unteren Button …" in html-de, whose
        # body F1 fell from 0.970 to 0.962 when those were put back too).
        body, kept = _restored(doc.text or "", body, lost) if _truncated(text) else (body, [])
        left = [p for p in lost if p not in kept]

        def listed(ps: list[str]) -> str:
            return "; ".join(f"„{p[:70]}{'…' if len(p) > 70 else ''}“" for p in ps)

        if kept:
            log.warning("%s: broken HTML (%s): %d unfinished paragraph(s) kept in the article: %s",
                        source, damage, len(kept), listed(kept))
        if left:
            log.warning("%s: broken HTML (%s): %d paragraph(s) of the page left out of the article: %s",
                        source, damage, len(left), listed(left))
    authors = _authors(ld, tree, doc.author, site_names)
    result = Extracted(
        body=body,
        title=title,
        published=_date(page, ld, tree, url),
        outlet=_outlet(ld, tree, url, doc.sitename, title_tag, visible) or cleaned.outlet,
        authors=authors or cleaned.authors or page.authors,
    )
    return HtmlResult(result, url, lang)
