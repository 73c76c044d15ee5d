"""The plain-text cleaner: from a page dump (or any extracted text) to the article and its metadata.

A dump holds the article among navigation, teaser columns, player residue, credits and footers.
The cleaner works on :class:`~lagebild.ingest.repair.Unit` lines in three passes:

1. **classify** every unit by what it is (prose, short line, navigation, media residue, credit,
   date line, byline, source line, teaser, box head, stop heading ...), from block features and
   the phrase lists in ``resources/ingest``;
2. **locate** the article as the run of units with the highest prose weight (a maximum-sum
   segment: prose counts by its length, teasers and box heads against it, a stop heading such
   as "Mehr zum Thema" ends it), the way trafilatura looks for the densest text block;
3. **read** the metadata from the units around the run's head — the headline is the short
   line that best shares the article's words and stands by its date/byline cluster — and keep
   only prose and headings inside the run.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from lagebild.ingest.dates import DateHit, find_dates
from lagebild.ingest.lexicon import Lexicon, lexicon
from lagebild.ingest.repair import Unit, ends_sentence, release_issuer, units


class Kind(Enum):
    """What a unit of a page dump is."""

    PROSE = "prose"  # a paragraph of the article (or of something else)
    SHORT = "short"  # a heading, a label, a title: kept inside the article run
    JUNK = "junk"  # navigation, buttons, prompts, URLs, tag lists, file names
    MEDIA = "media"  # player residue: durations, "This browser does not support …"
    CREDIT = "credit"  # photo credits and captions, translator lines
    TEASER = "teaser"  # a teaser for another article ("[…] (00)", "vor 18 Minuten")
    LINKS = "links"  # a list of other articles' titles with their dates
    BOX = "box"  # the head of a teaser box: "Lesen Sie auch:"
    STOP = "stop"  # a heading after which the article does not go on: "Mehr zum Thema"
    DATE = "date"  # a date line, possibly with source and time
    BYLINE = "byline"  # "Von X", an author over a place line
    SOURCE = "source"  # "Quelle: ntv.de, ghö/rts"
    OUTLET = "outlet"  # a line that is only the site's name

_META = {Kind.DATE, Kind.BYLINE, Kind.SOURCE, Kind.OUTLET}
_NAMED = {Kind.BYLINE, Kind.DATE}  # lines that may name the authors
_DROPPED = {Kind.JUNK, Kind.MEDIA, Kind.CREDIT, Kind.TEASER, Kind.LINKS, Kind.BOX, Kind.STOP} | _META

#: Weights of the article search. Prose counts by its length; a heading between paragraphs
#: costs a little, so that headings inside an article are bridged; a teaser costs more than it
#: would give, so that a teaser column ends the run (seed 000: ten teasers after the article).
_W_SHORT = -12
_W_LABEL = -25  # a one-word line: a menu item far more often than a heading
_W_JUNK = -15  # navigation: runs of it separate the article from footers and sidebars
_W_DROPPED = -4  # credits, player residue, date lines: they stand inside articles too
_W_TEASER_EXTRA = 150
_W_BOX = -40  # the box is cut out anyway; its head must not split the article
_W_STOP = -5000
_CARD_TEXT = 300  # the longest text of a teaser card
_HEAD_REACH = 10  # how far above the article its date/byline cluster may stand
_TAIL_REACH = 12  # how far below it an author line ("Autor: Fritz Imhof") may stand
_STOP_REACH = 4  # how many lines a stop heading may stand below the run's end and still close it
_SHORT_TEXT = 15  # units: a text this short without prose is kept whole
_HEADLINE_WORDS = 12  # the most words of a headline; a longer line is a deck or a lead
_CONSENT_TEXT = 2000  # the longest consent banner: a whole article in one line has words of its own
_MIN_ARTICLE = 300  # characters of prose that make a run an article rather than a teaser

_BULLET = re.compile(r"^(?:[-•*–·▪►▶→|]+|\d{1,2}[.)])\s+")
_LINK_LINE = re.compile(r"^(?:>>+|»»|→|►|▶|⇒|➤)\s*\S")
_URL = re.compile(r"^(?:https?://|www\.)\S+$|^\S+\.(?:html?|php|aspx?)$", re.IGNORECASE)
#: Photo file names that dumps keep from image titles:
#: "RUSSIA-MOSCOW-REGION-JANUARY-7-2026-Vladimir-Putin-R-President-of-Russia-…" (seed 001).
_FILENAME = re.compile(r"^[\w.]+(?:[-_][\w.]+){3,}$")
#: Teaser residue: an ellipsis in brackets, a comment counter "(00)" after it.
_CUT_OFF = re.compile(r"\[(?:…|\.\.\.)\]\W{0,3}(?:\(\d{1,3}\))?\s*$")
_TEASER_MARK = re.compile(r"\[(?:…|\.\.\.)\]|(?:…|\.\.\.)\s*\(\d+\)\s*$|\(\d\d\)\s*$")
#: Tag lists glued into one line: "RusslandWolodymyr SelenskyjFriedensgespräche…" (seed 001).
_GLUED = re.compile(r"[a-zäöüß][A-ZÄÖÜ]")
#: An institution's acronym before a hyphen: "ARD-Studio", "SWR-Korrespondentin", "dpa-Büro".
#: Not a name in capitals ("ANNA-LENA MÜLLER", as Bild prints bylines): the acronym's word is not.
_ACRONYM_HYPHEN = re.compile(r"^(?:[A-ZÄÖÜ]{2,6}|dpa|afp|epd|kna)-[A-ZÄÖÜ]?[a-zäöüß]")
_NAME_TOKEN = re.compile(r"^(?:[A-ZÄÖÜÉÁÀÓŠŽČ][\w'’-]*\.?|[A-ZÄÖÜ]\.)$")
#: A kicker glued to the headline: '"Bereit für einen Deal"Trump schlägt sich …' (seed 001).
_KICKER_QUOTED = re.compile(r"^[\"„“»«‚'](?P<k>[^\"„“»«]{2,80})[\"“”«»‘'](?P<t>[A-ZÄÖÜ].{8,})$")
#: A signature with a date closing the last paragraph: "… was als Formsache gilt. (Katharina
#: Mittelstaedt, 18.6.2025)", "(APA, 12.3.2025)" (DER STANDARD and other Austrian papers).
_SIGNATURE = re.compile(r"\s*\([^()]{2,60}\d{4}\)$")
#: A sentence ending inside a line: a deck of two sentences rather than a headline.
_INNER_SENTENCE = re.compile(r"\w[.!?] [A-ZÄÖÜ]")
#: A bracket closing a byline's part: "Anna Berg (Text)", "Jan Ott (Fotos)", "(mit dpa)".
_BRACKET = re.compile(r"\s*\(([^()]{1,30})\)\s*$")
#: A bullet after a date, before a note of its own: "21.02.2025, 18.00 Uhr • aus DER SPIEGEL 9/2025".
_AFTER_DATE = re.compile(r"\s[•·|]\s")
#: A dateline's place before its date: "Düsseldorf, ", "Frankfurt am Main, ", "KIEW/MOSKAU, ".
_DATELINE_PLACE = re.compile(r"^[A-ZÄÖÜ][\w.-]*(?:(?: |/| am | an der )[A-ZÄÖÜ][\w.-]*){0,2},\s*$")
#: The place an author writes from: "Kate Connolly in Berlin".
_IN_PLACE = re.compile(r"(?<=\w) in (?:[A-ZÄÖÜ][\w-]+ ?){1,2}$")
#: What closes a byline whose date stands on the next line: "… veröffentlicht am", "… ·".
_OPEN_TAIL = re.compile(r"(?:\s+(?:am|on|vom|um)|\s*[,|·/–—-])+\s*$")
#: What may follow a date that stamps a paragraph: a time, then a bar or a dot as separator
#: ("24. März 2004, 19:49 | Genesis Kapitel 121 ist nun auch online …", a news archive).
_STAMP_TAIL = re.compile(r"\s*(?:,?\s*(?:um\s+)?\d{1,2}[:.]\d{2}(?:\s*uhr)?)?\s*[|·•]\s*", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Extracted:
    """The article and the metadata read from the text itself."""

    body: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    #: The date read is that of the last change ("Aktualisiert am …", "Stand: …"): a page's
    #: markup may know the first publication.
    updated: bool = False
    #: The standfirst without a full stop kept under the headline, where there is one: the HTML
    #: reader puts it back where its extractor left it out.
    standfirst: str | None = None


@dataclass(slots=True)
class _Item:
    unit: Unit
    kind: Kind
    dates: list[DateHit]
    names: tuple[str, ...] = ()
    outlet: str | None = None
    alt: bool = False  # a short line taken for an image's alt text (it may be the headline)
    explicit: bool = False  # a byline with its marker ("Von", "Autor:"), not a bare name
    dated: bool = False  # a bare name beside a date line: metadata, not a teaser's title

    @property
    def text(self) -> str:
        return self.unit.text


def key(text: str) -> str:
    """A line folded for phrase matching: lower case, no bullets or list numbers, no end marks."""
    text = text.strip()
    if not text[:1].isalpha():  # only a line that starts with a mark or a digit has a bullet
        text = _BULLET.sub("", text)
    return text.strip(" :.!?»«>›‹<-–|").lower()


def parse_names(text: str, lex: Lexicon) -> tuple[str, ...]:
    """Person names in a byline rest ("Anna Schmidt und Peter Müller, dpa"); agencies dropped.

    Returns () when any part is not a plausible name, so that "Von Sprachregeln, Gender-Politik
    und …" (a headline) is not read as a byline.
    """
    text = re.split(r"\s+[|·•]\s+|\s+[-–—]\s+", text.strip())[0]
    text = lex.agency_tail.sub("", text)  # "Anna Berg mit dpa", "… mit Material von dpa und AFP"
    names: list[str] = []
    for part in lex.name_joiner.split(text):
        part = part.strip(" .")
        if (bracket := _BRACKET.search(part)) is not None:
            # "Anna Berg (Text) und Jan Ott (Fotos)": the photographer is no author.
            if lex.not_author.match(bracket.group(1) + ":"):
                continue
            part = part[: bracket.start()].strip()
        if "/" in part:
            # "Anna Berg/AFP", "dpa/Anna Berg": the agency beside the name goes.
            part = "/".join(p for p in part.split("/") if p.strip().casefold() not in lex.agencies).strip()
        if not part or part.casefold() in lex.agencies or "/" in part and len(part) <= 12:
            continue
        if names and _affiliation(part, lex):
            continue
        if not names and (fused := _fused_role(part, lex)):
            part = fused
        # A role before the name: "FOCUS-online-Redakteurin Lisa Maier", "Korrespondent Jan Ott".
        while len(part.split()) > 2 and _is_role(part.split()[0], lex):
            part = part.split(" ", 1)[1]
        tokens = part.split()
        content = [t for t in tokens if t.casefold() not in lex.name_particles]
        if not 2 <= len(tokens) <= 5 or len(content) < 2:
            return ()
        if not all(_name_token(t, lex) for t in content) or any(c.isdigit() for c in part):
            return ()
        # "HINTERLASSEN SIE EINE ANTWORT" and "Main Menu" are buttons, not names.
        # "Letzte Aktualisierung" beside a date line is a label: nouns end where names do not.
        # A given name in first place is a name though it is also a word: "WILL WEISSERT" (AP).
        if (any((t.casefold() in lex.function_words and not (i == 0 and t.capitalize() in lex.first_names))
                or t.lower() in lex.junk_words
                or t.casefold() in lex.generic_authors or t.lower().endswith(lex.not_name_suffixes)
                for i, t in enumerate(content))
                or len(content) > 4):
            return ()
        if part.isupper() and all(len(t) > 1 for t in content):
            # "By JOVANA GEC and LLAZAR SEMINI" (AP): a name set in capitals, written as a name
            part = " ".join(t.lower() if t.casefold() in lex.name_particles else
                            "-".join(w.capitalize() for w in t.split("-")) for t in part.split())
        names.append(part)
    return tuple(names)


def _name_token(token: str, lex: Lexicon) -> bool:
    """A capitalised word of a name, or a name with its particle joined by a hyphen: "al-Mughrabi",
    "el-Sisi", "ben-Gvir" ("By Nidal al-Mughrabi and Maayan Lubell", Reuters)."""
    if _NAME_TOKEN.match(token):
        return True
    particle, _, rest = token.partition("-")
    return bool(rest) and particle.casefold() in lex.name_particles and bool(_NAME_TOKEN.match(rest))


def _is_role(token: str, lex: Lexicon) -> bool:
    """A role, desk or studio word: "Chefökonomin", "Korrespondent", "ARD-Studio", "dpa-Büro"."""
    return _role_word(token, lex) or bool(_ACRONYM_HYPHEN.match(token))


def _role_word(token: str, lex: Lexicon) -> bool:
    """A role word itself, or a compound ending in a long one ("Wirtschaftsredakteurin"): a
    short role in a word's end is chance ("schief" ends in "chief", "Wahlkampfthema" is no desk)."""
    t = token.casefold()
    return any(t == r or len(r) >= 6 and t.endswith(r) for r in lex.author_roles)


def _affiliation(part: str, lex: Lexicon) -> bool:
    """Is this part of a byline, after a name, the author's place or role rather than a second name?

    Bylines name where the author writes from and in what role: "Von Katharina Müller-Wolf,
    München" (FAZ), "Von Anna Berg, ARD-Studio Rio de Janeiro" (tagesschau), "Daniel Gerny,
    Bern" (NZZ), "Dorothea Siems, Chefökonomin" (WELT). One word cannot be a name, so it is a
    place; so is a known place of several words ("New York"); a part with a role word is a role.
    """
    tokens = part.split()
    return (len(tokens) == 1 or part in lex.places or part.split(" /")[0] in lex.places
            or any(_is_role(t, lex) for t in tokens)
            # A broadcaster's desk in capitals: "von Anna Berg, MDR THÜRINGEN" (mdr.de).
            or any(t.isupper() and len(t) >= 2 and lex.outlet_for(t) is not None for t in tokens))


def _fused_role(part: str, lex: Lexicon) -> str | None:
    """A name with its role or place run on without a comma, where text nodes were joined:
    "Dorothea Siems Chefökonomin" -> "Dorothea Siems"; None where nothing follows the name."""
    tokens = part.split()
    if len(tokens) >= 3 and _is_role(tokens[-1], lex) and not _is_role(tokens[-2], lex):
        return " ".join(tokens[:-1])
    return None


def _byline_rest(text: str, lex: Lexicon) -> str:
    """The names of a byline without its marker and a date's words after them: "Ein Bericht von
    Achim Sawall veröffentlicht am" (golem.de; the date is the next text node) -> "Achim Sawall"."""
    return _OPEN_TAIL.sub("", lex.date_words.sub(" ", lex.byline.sub("", text, 1)))


def _looks_like_name_line(text: str, lex: Lexicon) -> tuple[str, ...]:
    """An author over a place line: "Janelle Dumalaon Washington" (seed 003, above the date), or
    with the place after a comma: "Daniel Gerny, Bern" (NZZ)."""
    if "," in text.rstrip(" ,"):
        return parse_names(text, lex)
    # "Kate Connolly in Berlin": the author with the place written from.
    text = _IN_PLACE.sub("", text)
    tokens = _OPEN_TAIL.sub("", text).split()
    if not 2 <= len(tokens) <= 5 or not all(_NAME_TOKEN.match(t) for t in tokens):
        return ()
    if any(len(t) > 3 and t.isupper() for t in tokens):  # "FINA Weltmeisterschaften VERSCHOBEN"
        return ()
    for n in (2, 1):
        place = " ".join(tokens[-n:])
        if len(tokens) - n >= 2 and place in lex.places:
            return parse_names(" ".join(tokens[:-n]), lex)
    # Without a known given name, only two words make a name ("Kathrin Führes"), and not
    # where the second is a place: "Radtouren Berlin" is a category (unterwegsinberlin.de).
    if (len(tokens) == 2 and (tokens[0] in lex.first_names or tokens[1] not in lex.places)
            or len(tokens) == 3 and tokens[0] in lex.first_names):
        return parse_names(text, lex)
    return ()


def _date_line(text: str, hits: list[DateHit], lex: Lexicon) -> str | None:
    """What a date line ("21. Januar 2025, 18:00 Uhr · Quelle: InvestmentWeek") holds beside its
    dates and their words (a name, a source), or None where the line is no date line."""
    if not hits or len(text) > 140:
        return None
    if hits[0].start == 0 and (sep := _AFTER_DATE.search(text, hits[0].end)):
        # What follows the date behind a bullet is a note of its own: "21.02.2025, 18.00 Uhr •
        # aus DER SPIEGEL 9/2025" (the print issue), "… · Quelle: InvestmentWeek".
        text = text[: sep.start()]
    if hits[0].start == 0 and (src := re.search(lex.source_prefix.pattern.lstrip("^"), text[hits[0].end:], re.I)):
        # The sources after the date are a list of their own: "21. März 2025, 14:05 Uhr Quelle:
        # ZEIT ONLINE, dpa, AFP, ale" (their number is no sign of a sentence).
        text = text[: hits[0].end + src.start()]
    rest = text
    if hits[0].start and (place := text[:hits[0].start].strip(" ,")) and (place in lex.places
                                                                           or place.title() in lex.places):
        # a dateline's known place is no name: "Frankfurt am Main, 24.02.2026, von Carsten Volkery"
        rest = " " * hits[0].start + text[hits[0].start:]
    for h in reversed(hits):
        rest = rest[: h.start] + " " + rest[h.end :]
    rest = lex.source_prefix.sub(" ", rest)
    rest = lex.updated_prefix.sub(" ", rest)
    rest = lex.date_prefix.sub(" ", rest.strip())
    rest = lex.date_words.sub(" ", rest)
    rest = lex.date_filler.sub(" ", re.sub(r"[\[\]()|·•,:/–—-]", " ", rest))
    words = rest.split()
    # A byline's marker is no word of the date line: "Ein Bericht von Achim Sawall veröffentlicht
    # am 14. Januar 2025, 12:31 Uhr" (golem.de) is a date line with a byline.
    named = len(lex.byline.sub("", rest.strip(), 1).split()) if lex.byline.match(rest.strip()) else len(words)
    tail = text[hits[-1].end:]
    # A dateline closes with a full stop where the lead or the byline followed it on its line
    # ("Düsseldorf, 24.02.2026. Von Carsten Volkery", the byline set apart by _bylines_apart);
    # any other line ending a sentence after its date is a sentence ("Die Wahl ist am 24.02.2026.").
    dateline = tail.strip() == "." and _DATELINE_PLACE.match(text[:hits[0].start]) is not None
    return " ".join(words) if named <= 4 and (dateline or not ends_sentence(tail or "x")) else None


#: A byline after other parts of a head line: "… · Von Markus Ackeret, Moskau", "…, von Anna Berg".
_INNER_BYLINE = re.compile(r"(?:[·|•–—-]|,)\s+((?:[Vv]on|By)\s+[A-ZÄÖÜ].*)$")


def _inner_byline(text: str, lex: Lexicon) -> tuple[str, ...]:
    """The names of a byline that closes a date line or a page head after a separator, or ()."""
    m = _INNER_BYLINE.search(text)
    return parse_names(_byline_rest(m.group(1), lex), lex) if m and lex.byline.match(m.group(1)) else ()


def _credit_tail(text: str, lex: Lexicon) -> bool:
    """Does a credit close the line? Searched from its last colon, "©" or closing bracket only: a
    search over the whole line was the cleaner's most expensive step. A caption may end with a
    bare label: "Wer die Äste auf die Wege zieht, ist unklar (Symbolbild)." (jagdleben.de)."""
    tail = text[-140:]
    closed = tail.rstrip(" .").endswith(")")
    if not closed and ends_sentence(tail):
        # Only a bracket may close a credit after a sentence's end: the other forms take no full
        # stop at their end (most paragraphs are ruled out so, before the costly search).
        return False
    bracket = tail.rfind("(") if closed else -1
    marks = [i for i in (tail.rfind(":"), tail.rfind("©"), bracket) if i >= 0]
    if marks and lex.credit_tail.search(tail, max(0, min(marks) - 30)) is not None:
        return True
    slash = tail.find("/", -40)
    return slash >= 0 and lex.credit_slash.search(tail, max(0, slash - 45)) is not None


def _without_stamp(u: Unit) -> Unit:
    """A paragraph without the date and time stamped before it ("24. März 2004, 19:49 | …"):
    the stamp is metadata, the text after it the article's."""
    text = u.text
    if len(text) <= 140 or not text[:1].isdigit():  # a shorter line is a date line, if anything
        return u
    hits = find_dates(text[:40])
    if not hits or hits[0].start:
        return u
    m = _STAMP_TAIL.match(text, hits[0].end)
    return Unit(text[m.end():], u.gap) if m else u


def _is_prose(text: str) -> bool:
    """A paragraph: a long line that ends a sentence, or a longer one with commas or sentences
    (a run of menu items has neither)."""
    n = len(text)
    return (n >= 80 and ends_sentence(text) and text.rstrip("\"“”»«')")[-1:] in ".…") or (
        n >= 160 and ("," in text or ". " in text))


def _signed(text: str) -> bool:
    """A paragraph closed by a signature with a date: prose however short, since it ends the
    article ("Der Bundesrat muss noch zustimmen. (Katharina Mittelstaedt, 18.6.2025)")."""
    m = _SIGNATURE.search(text)
    return m is not None and m.start() >= 20 and ends_sentence(text[: m.start()])


#: the end of a sentence inside a folded line: "… reported from bangkok. ap researcher …"
_FOLDED_SENTENCE_END = re.compile(r"(?<=[\w)’'])[.!?] +(?=\w)")


def _junk_sentences(k: str, lex: Lexicon) -> bool:
    """A line of two or more sentences, each a whole junk line: AP's credits run on in one
    paragraph ("Kurtenbach reported from Bangkok. AP researcher Yu Bing contributed.", trial 7)."""
    parts = _FOLDED_SENTENCE_END.split(k)
    return len(parts) >= 2 and all(p in lex.junk_words or lex.junk_line.fullmatch(p.rstrip(".!? ")) for p in parts)


def _classify(u: Unit, lex: Lexicon) -> _Item:
    u = _without_stamp(u)
    text = u.text
    k = key(text)
    if k in lex.menu_words:  # the commonest line of a page dump, looked up first
        return _Item(u, Kind.JUNK, [])
    n = len(text)
    hits = find_dates(text) if n <= 300 else []
    item = _Item(u, Kind.SHORT, hits)
    if not k:
        item.kind = Kind.JUNK
    elif n <= 120 and lex.stop_marker.fullmatch(k):
        item.kind = Kind.STOP
    elif n <= 120 and lex.box_marker.fullmatch(k):
        item.kind = Kind.BOX
    elif n <= 200 and (_LINK_LINE.match(text) or ":" in text[:40] and lex.box_marker.match(k)):
        # A link to another article inside the text: ">>> Zulieferer FACC profitiert …"
        # (industriemagazin.at), "Lesen Sie auch: Streit um das Heizungsgesetz".
        item.kind = Kind.JUNK
    elif n <= 200 and lex.source_prefix.match(text):
        item.kind = Kind.SOURCE
        first = lex.source_prefix.sub("", text).split(",")[0].strip()
        if (lex.credit_name.search(first) and first.casefold() not in lex.agencies
                and lex.outlet_for(first) is None):
            # A picture's source, not the article's: "Quelle: Getty Images/Westend61" (WELT
            # credits its photos so, under the caption).
            item.kind = Kind.CREDIT
        elif first and first.casefold() not in lex.agencies and "/" not in first:
            item.outlet = first
    elif n <= 160 and not hits and (issuer := release_issuer(text, lex)) is not None:
        # a press release's header: the issuer is the outlet ("European Commission - Press release")
        item.kind = Kind.OUTLET
        item.outlet = issuer
    elif n <= 60 and not hits and (masthead := _masthead(text, lex)) is not None:
        item.kind = Kind.OUTLET
        item.outlet = masthead
    elif hits and n <= 140 and (_PRINT_HEAD.search(text) or (paper := _paper_name(text, lex))):
        # a printed page's running head: "FRANKFURTER TAGEBLATT · Samstag, 17. Oktober 2026 ·
        # Politik · Seite 5": the paper and the day of the issue; a paper's name is also known by
        # its last word where the page number comes first or not at all ("Seite 6 Frankfurter
        # Tagespost · Samstag, 14. März 2026 Politik", "Südwest-Bote · Dienstag, 17. März 2026")
        item.kind = Kind.DATE
        head = _SECTION_SEPARATOR.split(text.strip(), maxsplit=1)[0].strip()
        if paper := _paper_name(text, lex):
            item.outlet = paper
        elif 1 <= len(head.split()) <= 4 and not any(ch.isdigit() for ch in head):
            item.outlet = head.title() if head.isupper() else head
        # and the byline beside them: "Neue Zürcher Zeitung · 20.02.2026 · Von Markus Ackeret, Moskau"
        if names := _inner_byline(text, lex):
            item.names, item.explicit = names, True
    elif (rest := _date_line(text, hits, lex)) is not None:
        item.kind = Kind.DATE
        m = re.search(r"\[([^\]]{2,40})\]", text)
        if m:
            item.outlet = m.group(1)
        elif src := re.search(lex.source_prefix.pattern.lstrip("^"), text, re.I):
            item.outlet = text[src.end():].split(",")[0].split("·")[0].strip() or None
        elif names := _inner_byline(text, lex):
            # A dateline and the byline after it: "Düsseldorf, 24.02.2026 · Von Carsten Volkery"
            # (not "Düsseldorf Von Carsten Volkery" for a name).
            item.names, item.explicit = names, True
        elif rest:
            # A byline on the date line: "Kathrin Führes am Mittwoch, 26.01.2022 - 14:30",
            # "Von Anna Berg, 12.03.2024".
            item.explicit = bool(lex.byline.match(rest))
            item.names = parse_names(lex.byline.sub("", rest, 1) if item.explicit else rest, lex)
    elif n <= 400 and (k in lex.junk_words or lex.junk_line.fullmatch(k) or (n <= 250 or not ends_sentence(text))
                       and lex.has_junk_phrase(k) or _junk_sentences(k, lex)):
        item.kind = Kind.JUNK
    elif 120 < n <= _CONSENT_TEXT and lex.is_consent(k):
        item.kind = Kind.JUNK  # a cookie banner, however long (waz.de: 600 characters of consent)
    elif n <= 120 and lex.media.fullmatch(k):
        item.kind = Kind.MEDIA
    elif _URL.match(text) or (" " not in text and n >= 25 and _FILENAME.match(text)):
        item.kind = Kind.JUNK
    # A teaser is cut off with "[…]" at its end ("… Den Druck dafür mindern […] (01)"); inside a
    # paragraph "[…]" marks words left out of a quotation and says nothing about the paragraph.
    # A long paragraph ending on "[...]“" leaves words out of a quotation (Wikinews: Künast's
    # 600-character interview answer); a teaser is short.
    elif (lex.ago.fullmatch(k) or "]" in text and n <= _CARD_TEXT + 100 and _CUT_OFF.search(text)
          or text.rstrip()[-1:] in ")]" and _TEASER_MARK.search(text[-40:])):
        item.kind = Kind.TEASER
    # A credit glued to or closing a caption: "… Desinformationsblase"Bild: Tetiana Dzhafarova/POOL/AFP"
    # (seed 003), "(Foto: picture alliance / ZUMAPRESS.com)" (seed 001).
    elif n <= 300 and (lex.credit_prefix.match(_BULLET.sub("", text)) or _credit_tail(text, lex)
                       or lex.not_author.match(text) and n <= 150):
        item.kind = Kind.CREDIT
    elif n <= 150 and lex.byline.match(text) and (names := parse_names(_byline_rest(text, lex), lex)):
        item.kind = Kind.BYLINE
        item.names = names
        item.explicit = True
    elif n <= 40 and " " in text and text.count(" ") <= 2 and _role_word(text.rsplit(" ", 1)[1], lex):
        # An author's role under the byline: "Berlin correspondent" (BBC), "Berliner Korrespondentin".
        item.kind = Kind.JUNK
    elif (not ends_sentence(text) and (glued := len(_GLUED.findall(text))) >= 3
          and glued >= 0.15 * text.count(" ")):
        item.kind = Kind.JUNK
    elif _is_prose(text) or text.endswith(")") and _signed(text):
        item.kind = Kind.PROSE
    return item


def _merge_labels(items: list[_Item], lex: Lexicon) -> None:
    """Join a byline prefix on its own line with the name below ("Von" / "Thomas Schmidt", seed 004),
    and a source label with its value ("Quelle:" / "Livenet")."""
    for i, it in enumerate(items[:-1]):
        nxt = items[i + 1]
        if it.kind is Kind.SOURCE and it.outlet is None and nxt.kind is Kind.SHORT and len(nxt.text) <= 60:
            # "Quelle:" / "Livenet" (livenet.ch lists its metadata as label and value)
            nxt.kind, nxt.outlet = Kind.SOURCE, nxt.text.split(",")[0].strip()
            continue
        if it.kind is Kind.SHORT and lex.byline.fullmatch(it.text.strip()):
            names = parse_names(nxt.text, lex)
            if names:
                it.kind = Kind.JUNK
                nxt.kind, nxt.names, nxt.explicit = Kind.BYLINE, names, True


def _mark_neighbours(items: list[_Item], lex: Lexicon) -> None:
    """Reclassify short lines by their neighbours.

    A short line right before a caption is the image's alt text ("Trump (rechts) und Putin (links)
    sitzend", seed 003); a short line right before player residue is the video's title
    ("Telefonat mit Putin: Lässt Trump die Ukraine fallen?" / "02:45"); a name line next to a date
    line, or one that starts with a given name, is a byline.
    """
    for i, it in enumerate(items):
        if it.kind is not Kind.SHORT:
            continue
        tokens = it.text.split()
        if (2 <= len(tokens) <= 4 and tokens[0] in lex.first_names and len(it.text) <= 40
                and (names := _looks_like_name_line(it.text, lex))):
            # A bare name line is a byline when it starts with a given name: "Christoph Hein"
            # over "Chefredakteur" (angelmagazin.de); "Technischer Support" is no name.
            it.kind = Kind.BYLINE
            it.names = names
        nxt = items[i + 1] if i + 1 < len(items) else None
        if it.kind is Kind.BYLINE:
            it.dated = _beside_date(items, i)
            continue
        if nxt is not None and nxt.kind in (Kind.CREDIT, Kind.MEDIA) and not nxt.unit.gap:
            it.kind = nxt.kind
            it.alt = nxt.kind is Kind.CREDIT
        elif nxt is not None and nxt.kind is Kind.MEDIA:
            it.kind = Kind.MEDIA
        elif len(tokens) <= 8 and _beside_date(items, i):  # a name line is short
            names = _looks_like_name_line(it.text, lex)
            if names:
                it.kind = Kind.BYLINE
                it.names = names
                it.dated = True


def _beside_date(items: list[_Item], i: int) -> bool:
    """Is the nearest line above or below, buttons apart, a date line? "Lea Senn" / "Folgen" /
    "02.04.25, 11:20" (watson.ch: a follow button between author and date)."""
    for step in (1, -1):
        j = i + step
        while 0 <= j < len(items) and abs(j - i) <= 2 and items[j].kind in (Kind.JUNK, Kind.MEDIA):
            j += step
        if 0 <= j < len(items) and items[j].kind is Kind.DATE:
            return True
    return False


def _mark_teasers(items: list[_Item], lex: Lexicon) -> None:
    """Mark the teasers of other articles that carry no explicit marker: a text followed by a
    "weiter lesen" link (and its title and date above it), and lists of dated titles."""
    for i, it in enumerate(items):
        if (len(it.text) <= 40 and lex.more_link.fullmatch(key(it.text) or it.text.strip())
                and i and items[i - 1].kind in (Kind.PROSE, Kind.SHORT)):
            nxt = items[i + 1] if i + 1 < len(items) else None
            if (i >= 2 and items[i - 2].kind is Kind.PROSE and nxt is not None and nxt.kind is Kind.SHORT
                    and not ends_sentence(nxt.text)):
                # Between two paragraphs, the link heads the teaser below it: "mehr" / "Was auf
                # der Klimakonferenz verhandelt wird" inside a tagesschau.de article. It is
                # dropped, but weighs no more than navigation: the article goes on around it.
                it.kind = nxt.kind = Kind.JUNK
                continue
            it.kind = Kind.TEASER
            items[i - 1].kind = Kind.TEASER
            j = i - 2
            while j >= 0 and i - j <= 3 and items[j].kind in (Kind.SHORT, Kind.DATE):
                items[j].kind = Kind.TEASER
                j -= 1
    # Titles with a date each, three or more in a row, are a list of other articles
    # ("Was passiert, wenn die Ukraine kein Gas mehr …" / "31.10.2023", industriemagazin.at).
    # They are dropped but weigh little, since such a box often stands inside the article.
    run: list[int] = []
    for i, it in enumerate(items + [_Item(Unit("", False), Kind.PROSE, [])]):
        if it.kind is Kind.SHORT and i + 1 < len(items) and items[i + 1].kind is Kind.DATE:
            run.append(i)
        elif it.kind is not Kind.DATE and not (it.kind is Kind.SHORT and " " not in it.text):
            if (run and it.kind is Kind.PROSE and i == run[-1] + 2 and i < len(items)
                    and (run[0] == 0 or items[run[0] - 1].kind is not Kind.PROSE)):
                # The last title and date right above a paragraph are the article's own
                # headline and date line, under a list of other articles' ("Meistgelesen");
                # a list between two paragraphs is a box inside the article.
                run.pop()
            if len(run) >= 3:
                for j in run:
                    items[j].kind = Kind.LINKS
            run = []


def _card_text(it: _Item) -> bool:
    """A card's text: a short paragraph, or a sentence or question under its title (macwelt.de:
    "Das iPad Air geht in die vierte Generation. Kann es den Pro-Modellen das Wasser reichen?")."""
    if it.kind is Kind.PROSE:
        return len(it.text) <= _CARD_TEXT
    return it.kind is Kind.SHORT and len(it.text.split()) >= 6 and ends_sentence(it.text)


def _cards(items: list[_Item]) -> list[int]:
    """Indices of the texts of teaser cards: runs of three or more (title, short text) pairs."""
    found: list[int] = []
    cards: list[int] = []
    i = 0
    while i < len(items) - 1:
        it, nxt = items[i], items[i + 1]
        if (it.kind is Kind.SHORT and len(it.text.split()) >= 3 and _card_text(nxt)
                and (i + 2 >= len(items) or items[i + 2].kind is not Kind.PROSE)):
            cards.append(i + 1)
            i += 2
            continue
        # Between cards stand credits, dates and one-word labels ("Tourtipp", "Anzeige").
        if it.kind not in (Kind.CREDIT, Kind.JUNK, Kind.DATE, Kind.MEDIA, Kind.TEASER, Kind.BOX) and (
                it.kind is not Kind.SHORT or " " in it.text):
            found.extend(cards if len(cards) >= 3 else [])
            cards = []
        i += 1
    found.extend(cards if len(cards) >= 3 else [])
    return found


def _weight(it: _Item) -> int:
    if it.kind is Kind.PROSE:
        return min(len(it.text), 1500)
    if it.kind is Kind.SHORT:
        return _W_SHORT if " " in it.text else _W_LABEL
    if it.kind in (Kind.JUNK, Kind.LINKS):
        return _W_JUNK
    if it.kind is Kind.TEASER:
        return -len(it.text) - _W_TEASER_EXTRA
    if it.kind is Kind.BOX:
        return _W_BOX
    if it.kind is Kind.STOP:
        return _W_STOP
    return _W_DROPPED


def _best_run(items: list[_Item]) -> tuple[int, int]:
    """The article: the maximum-sum segment [start, end) of unit weights (Kadane).

    Where a stop heading ("Das könnte Sie auch interessieren:") follows a good run of prose,
    the article is searched before it only: a long teaser list below a short article must not
    win over the article (jagdleben.de: four paragraphs, then eight teasers).
    """
    prose = 0
    for i, it in enumerate(items):
        if it.kind is Kind.PROSE:
            prose += len(it.text)
        elif it.kind is Kind.STOP and prose >= _MIN_ARTICLE:
            span, weight = _kadane(items[:i])
            if weight >= _MIN_ARTICLE:
                return span
            break
    return _kadane(items)[0]


def _to_stop(items: list[_Item], end: int) -> int:
    """The article's end moved over its last short sentences to a stop heading right below.

    A short closing sentence weighs less than nothing and falls out of the run
    (jovelstefan.de: "Gut investierte 20 Cent, wenn auch das Bilt kein Meisterwerk war!" above
    "Tags:"); where a stop heading follows within a few lines, they belong to the article.
    """
    j = end
    while j < len(items) and j - end < _STOP_REACH and items[j].kind in (Kind.SHORT, Kind.JUNK, Kind.CREDIT,
                                                                           Kind.MEDIA):
        j += 1
    if (j < len(items) and items[j].kind is Kind.STOP
            and any(items[i].kind is Kind.SHORT and ends_sentence(items[i].text) for i in range(end, j))):
        return j
    # The same at the end of the input: a short last paragraph that is a sentence ("Die
    # Verhandlungen gehen am Dienstag in Genf weiter, hieß es.") closes the article.
    if j == len(items) and j > end and all(
            items[i].kind is Kind.SHORT and ends_sentence(items[i].text) and len(items[i].text.split()) >= 5
            for i in range(end, j)):
        return j
    return end


def _kadane(items: list[_Item]) -> tuple[tuple[int, int], int]:
    best, best_span = 0, (0, 0)
    cur, cur_start = 0, 0
    for i, it in enumerate(items):
        w = _weight(it)
        if cur <= 0:
            cur, cur_start = w, i
        else:
            cur += w
        if cur > best:
            best, best_span = cur, (cur_start, i + 1)
    return best_span, best


#: The most words of a kicker (Dachzeile) above a headline: "Telefonat zwischen Trump und Putin".
_KICKER_WORDS = 6


def _is_title_candidate(it: _Item, lex: Lexicon) -> bool:
    if it.kind is not Kind.SHORT and not it.alt:
        return False
    words = it.text.split()
    if lex.byline.match(it.text) and len(words) <= 4:  # "Von Redaktion"
        return False
    # A headline does not end with a full stop or a colon ("Das Passwort wird dir zugemailt.").
    return 2 <= len(words) <= 40 and 12 <= len(it.text) <= 300 and not it.text.endswith((":", "."))


_STEM = re.compile(r"\w{4,}")


def _stems(text: str) -> set[str]:
    return {w[:5] for w in _STEM.findall(text.lower())}


def _pick_title(items: list[_Item], start: int, end: int, cluster: int, lex: Lexicon) -> int | None:
    """The headline among the short lines above the article.

    A page puts its headline next to the article's date and byline, before them (seeds 000, 001,
    003, 004) or after them (proplanta.de: date, category, headline, lead), among menu items,
    slogans and the teasers of other articles. The headline is the candidate that shares the
    most words with the article's opening, favoured where it stands above the date/byline
    cluster or twice on the page (breadcrumb and headline), and near the article.
    """
    # A stem counts where it stands anywhere in the opening, inside compounds too: "Regierung
    # plant höhere Zuverdienstgrenzen" for an article on "Bundesregierung" and "hinzuverdienen".
    opening_text = " ".join(it.text for it in items[start:end] if it.kind is Kind.PROSE)[:3000].lower()
    lo = max(0, min(cluster, start) - _HEAD_REACH)
    # Text nodes joined with a space: "Frauen im THW : Vergangenheit …" is the headline again.
    texts = ["".join(it.text.split()) for it in items[lo:start]]
    candidates = [i for i in range(lo, start) if _is_title_candidate(items[i], lex)]
    words = {i: len(items[i].text.split()) for i in candidates}
    opening = _stems(opening_text)
    overlap = {i: sum((w in opening) + (w in opening_text) for w in st) / (2 * len(st))
               if (st := _stems(items[i].text)) else 0.0 for i in candidates}
    above = next((i for i in reversed(candidates) if i < cluster), None)
    # A headline-sized line between the date and the article that shares as many words is the
    # headline, and the line above the date a category or kicker (datev-magazin.de: "DATEV
    # Anwalt classic" / "15. Februar 2022" / "Sichere und digitale Mandantenkommunikation").
    if above is not None and any(i > cluster and not items[i].alt and words[i] <= _HEADLINE_WORDS
                                 and overlap[i] >= overlap[above]
                                 and texts[i - lo] != texts[above - lo] for i in candidates):
        above = None
    best, best_score = None, 0.0
    for i in candidates:
        it = items[i]
        score = 2 * overlap[i] - 0.04 * (start - i)
        if it.alt:
            # An image's alt text or caption; below the date and byline it is the lead image's,
            # not the headline (WELT: headline, byline, date, then the photo's caption).
            score -= 0.8 if above is not None and i > cluster else 0.3
        if cluster < start and i == above:  # right above the date and byline
            score += 0.5
        if texts.count(texts[i - lo]) > 1:
            score += 0.3
        if words[i] < 3:
            score -= 0.5
        elif words[i] > _HEADLINE_WORDS:  # a deck or a lead sentence rather than a headline
            score -= 0.15 * (words[i] - _HEADLINE_WORDS)
        if (m := _INNER_SENTENCE.search(it.text)) and it.text.count(" ", 0, m.start()) >= 5:
            # Two sentences, the first a long one, make a deck: "Die Zinsen sinken, die Not ist
            # groß – und trotzdem entstehen immer weniger Wohnungen. Woran liegt das?" under a
            # SPIEGEL headline; "An oder aus? So heizen Sie …" (dvg.de) is a headline.
            score -= 0.4
        # A shorter line right above a headline-sized one is its kicker (livenet.ch:
        # "Bestseller-Autorin Birgit Kelle im Talk" / "Von Sprachregeln, Gender-Politik und …");
        # a longer line below a headline is its deck, which the rule above handles.
        # Stacked without a blank line, the two are one heading block, and the block's short
        # line is its kicker all the more (SPIEGEL, tagesschau.de: "Telefonat zwischen Trump und
        # Putin" / "Moskau stimmt begrenzter Feuerpause zu"): a kicker's few words match the
        # opening as well as the headline's many do, so the overlap alone cannot tell them apart.
        if i + 1 in words and words[i] < words[i + 1] <= _HEADLINE_WORDS:
            score -= 0.5 if items[i + 1].unit.gap else 1.0
        if best is None or score > best_score:
            best, best_score = i, score
    # A short line stacked right on a longer headline-sized one is its kicker, however well its
    # few words match the article (tagesschau.de: "Telefonat zwischen Trump und Putin" /
    # "Moskau stimmt begrenzter Feuerpause für Energieanlagen zu"; the kicker names the topic,
    # the headline says the news in other words than the lead).
    if (best is not None and best + 1 in words and not items[best + 1].unit.gap and not items[best + 1].alt
            and words[best] <= _KICKER_WORDS and words[best] < words[best + 1] <= _HEADLINE_WORDS
            and overlap[best + 1] >= 0.2):
        best += 1
    return best


def _trailing_heading(text: str) -> bool:
    """Is a line below the article's last paragraph a heading (a link's title)? Not a sentence,
    not a signature ("Euer Hans": two words), not the lead-in to a link ("… erhalten Sie auf
    den Seiten von e.Consult:", datev-magazin.de), not a list item ("- Erster Punkt")."""
    return (3 <= len(text.split()) <= 12 and not ends_sentence(text) and not text.endswith(":")
            and not _BULLET.match(text))  # a list closing the article stays


def split_kicker(title: str) -> str:
    """The headline without a kicker glued to it by a closing quote (seed 001)."""
    m = _KICKER_QUOTED.match(title)
    return m.group("t").strip() if m else title


#: A byline closing a printed standfirst: "… Jetzt will die Asean vermitteln. Von Jonas Reinecke".
_TRAILING_BYLINE = re.compile(r"(?<=[.!?“\"])\s+((?:Von|By)\s+\S+(?:\s+\S+){1,3})$")


def _bylines_apart(us: list[Unit], lex: Lexicon) -> list[Unit]:
    """The head's units with a byline that closes a paragraph set on a line of its own.

    Papers print the author after the standfirst, on its last line; a hard-wrapped print-out
    joins it to the paragraph (FAZ-style: "… Jetzt will die Asean vermitteln. Von Jonas
    Reinecke"). Only in the first units, and only where the words are a name ("… Von Berlin aus"
    is none).
    """
    out: list[Unit] = []
    for i, u in enumerate(us):
        m = _TRAILING_BYLINE.search(u.text) if i < 6 else None
        if m and parse_names(_byline_rest(m.group(1), lex), lex):
            out += [Unit(u.text[:m.start()], u.gap), Unit(m.group(1), False)]
        else:
            out.append(u)
    return out


def extract(text: str, locate: bool = True) -> Extracted:
    """Clean a plain-text page dump: the article's body, headline, date, outlet and authors.

    With ``locate=False`` the text is taken to be the article already (an HTML extractor's
    output): junk lines are dropped and a stop heading ends it, but no run is searched and no
    headline is taken from it.
    """
    lex = lexicon()
    items = [_classify(u, lex) for u in _bylines_apart(units(text), lex)]
    _merge_labels(items, lex)
    _mark_neighbours(items, lex)
    if locate:
        _mark_teasers(items, lex)
        start, end = _best_run(items)
        short_text = start == end and len(items) <= _SHORT_TEXT
        if short_text:
            # No paragraph of prose anywhere: a short text (a notice, a ticker item, a JSON
            # record's few lines) is kept whole, less its junk; a long page of menus has no article.
            start, end = 0, len(items)
        # A column of cards — three or more pairs of a title and a short text, with only
        # credits, dates or labels between them — is a teaser list when it makes up most of
        # the run found (cdu-fraktion-erfurt.de: a list of press releases above the one
        # shown); inside an article it is a list of short sections and stays.
        # So is one that closes the run (kulturnews.de: four cards under a short article).
        cards = [c for c in _cards(items) if start <= c < end]
        run_prose = sum(len(it.text) for it in items[start:end] if it.kind is Kind.PROSE)
        closing = bool(cards) and all(it.kind is not Kind.PROSE or i in cards
                                      for i, it in enumerate(items[cards[0]:end], cards[0]))
        card_prose = sum(len(items[c].text) for c in cards if items[c].kind is Kind.PROSE)
        if cards and (closing or card_prose >= 0.5 * run_prose):
            for c in cards:
                items[c].kind = items[c - 1].kind = Kind.TEASER
            start, end = _best_run(items)
        end = _to_stop(items, end)
    else:
        start, end, short_text = 0, len(items), False
        for i, it in enumerate(items):
            if it.kind is Kind.STOP and any(x.kind is Kind.PROSE for x in items[:i]):
                end = i
                break

    # The cluster of date and byline lines that precedes the article.
    # It must stand close to the article: a date at the top of the page, above the
    # menu, is today's date (swim.de: "Freitag, 4. Februar 2022" seventeen lines up).
    cluster = start
    for i in range(start - 1, max(-1, start - 1 - _HEAD_REACH), -1):
        if items[i].kind in _META:
            cluster = _cluster_top(items, i, lex)
            break
    title_idx = _pick_title(items, start, end, cluster, lex) if locate else None
    if title_idx is None and locate and start < len(items) and _is_title_candidate(items[start], lex):
        title_idx = start
    title = items[title_idx].text if title_idx is not None else None

    # Between headline and article stand bylines, dates, share buttons and author boxes; only
    # the subheadings right above the first paragraph are kept (seed 004: "Russlands
    # überraschende Annäherung an Trump: Ein Wendepunkt für die globale Macht?").
    head_from = start
    while (head_from > start - 2 and head_from > (title_idx if title_idx is not None else -1) + 1
           and items[head_from - 1].kind is Kind.SHORT and len(items[head_from - 1].text.split()) >= 3):
        head_from -= 1
    # A teaser box ("Lesen Sie auch:" + title + teaser) runs to the next blank line; in a text
    # without blank lines, only its title line is known to belong to it.
    has_gaps = any(it.unit.gap for it in items)
    # The lead between headline and article, set apart by the date, the byline or a comment
    # counter, is the article's (ZEIT ONLINE: headline, lead, date, source, "112 Kommentare").
    # So is a standfirst without a full stop right under the headline, longer than a headline
    # (the Guardian: "Romi Gonen, Emily Damari and Doron Steinbrecher handed to Red Cross after
    # 471 days in captivity; 90 Palestinian prisoners released"; trial 7).
    standfirst = items[title_idx + 1].text if title_idx is not None and title_idx + 1 < head_from and \
        _standfirst(items[title_idx + 1]) else None
    body_units = [items[i].text for i in range(title_idx + 1, head_from)
                  if items[i].kind is Kind.PROSE or items[i].text == standfirst][-2:] \
        if title_idx is not None else []
    last_prose = len(body_units)
    in_box = 0
    for i in range(head_from, end):
        it = items[i]
        if it.kind is Kind.BOX:
            in_box = 3 if has_gaps else 1
            continue
        if in_box:
            first = items[i - 1].kind is Kind.BOX
            if first or not it.unit.gap:
                in_box -= 1
                continue
            in_box = 0
        # A single word without a sentence around it is a button or a label ("Vergrößern").
        if it.kind is Kind.PROSE or (it.kind is Kind.SHORT and it.text != title and " " in it.text):
            body_units.append(it.text)
            last_prose = len(body_units) if it.kind is Kind.PROSE else last_prose
    # Headings close no article: headings after the last paragraph are the titles of links to
    # other pages (zoll.de: "Verbrauchsteuern: Alkohol, Tabakwaren und Kaffee (Fachthemen)").
    while len(body_units) > last_prose > 0 and _trailing_heading(body_units[-1]):
        body_units.pop()

    if not body_units and short_text and title_idx is not None:
        # A short text whose one line of text was taken for its headline: a ticker item is its
        # own article ("Kiew, 27.02.2026. Selenskyj dankte Merz. …" was refused in the sixth
        # user trial as having no article text). A line that holds a sentence is no headline.
        body_units = [items[title_idx].text]
        if _INNER_SENTENCE.search(title or "") or ends_sentence(title or ""):
            title = None
    near = range(max(0, (title_idx if title_idx is not None else start) - 1), min(len(items), end + _TAIL_REACH))
    # Below the article, a date after a stop heading ("Kommentare", "Mehr zum Thema") is a
    # comment's or another article's, not this one's.
    date_end = next((i for i in range(end, near.stop) if items[i].kind is Kind.STOP), near.stop)
    dated_near = range(near.start, date_end)
    published, updated = _published(items, dated_near, min(cluster, title_idx if title_idx is not None else cluster),
                                    range(start, min(start + 6, end)))
    return Extracted(
        body="\n\n".join(body_units),
        title=split_kicker(title) if title else None,
        published=published,
        outlet=_outlet(items, lex),
        authors=_authors(items, range(max(0, min(cluster, start) - 2), min(start + 6, end)), near),
        updated=updated,
        standfirst=standfirst if standfirst in body_units else None,
    )


def _standfirst(it: _Item) -> bool:
    """A line that reads as a standfirst without its full stop: longer than any headline, not a
    caption or an image's text, no date or byline in it."""
    return (it.kind is Kind.SHORT and not it.alt and not it.dates and len(it.text.split()) > _HEADLINE_WORDS
            and not it.text.endswith(":") and not _AFTER_DATE.search(it.text) and " > " not in it.text)


def _teaser_date(items: list[_Item], i: int) -> bool:
    """Is the date line ``i`` that of a teaser or of a listed title next to it?"""
    return any(items[j].kind in (Kind.LINKS, Kind.TEASER) for j in (i - 1, i + 1) if 0 <= j < len(items))


def _cluster_top(items: list[_Item], i: int, lex: Lexicon) -> int:
    """The first line of the date/byline cluster whose lowest metadata line is ``i``.

    The cluster runs up over dropped lines (credits, share buttons, other metadata) and over a
    label that is no headline between two metadata lines: a byline's role ("Von Dorothea
    Siems" / "Chefökonomin" / "Veröffentlicht am 10.02.2025", WELT).
    """
    top = i
    while top > 0:
        if items[top - 1].kind in _DROPPED - {Kind.STOP, Kind.BOX}:
            top -= 1
        elif (top > 1 and items[top - 2].kind in _META and items[top - 1].kind is Kind.SHORT
              and not _is_title_candidate(items[top - 1], lex)):
            top -= 2
        else:
            break
    return top


def _published(items: list[_Item], near: Sequence[int], head: int, opening: range) -> tuple[str | None, bool]:
    """The date of the first date line in the article's head (from a little above the headline
    or the date/byline cluster down to the article, or the first lines of the article: a byline
    and date under the lead, as on swim.de), else the first one near the article; and whether
    it is the date of an update ("Aktualisiert am …", "Stand: …") rather than of publication."""
    lex = lexicon()
    # A date beside another article's title is that article's: a list of titles with their
    # dates may end right above the headline (wiwo.de: "Meistgelesen").
    for rng in (range(max(0, head - 4), opening.start), opening, near):
        dated = [items[i] for i in rng if items[i].kind is Kind.DATE and items[i].dates and not _teaser_date(items, i)]
        # "Aktualisiert am 13.03.2024" above "Veröffentlicht am 12.03.2024": the first
        # publication is the date, the update only where nothing else is given.
        first = [it for it in dated if not lex.updated_prefix.match(key(it.text))]
        if first:
            return first[0].dates[0].iso, bool(lex.last_stamp.match(key(first[0].text)))
        if dated:
            return dated[0].dates[0].iso, True
    return None, False


_SECTION_SEPARATOR = re.compile(r"\s+[·|>»›/–—-]\s+")


def _masthead(text: str, lex: Lexicon) -> str | None:
    """The outlet a line names alone, or before a section ("SPIEGEL Ausland", "ZEIT ONLINE
    Politik"), as the line writes it; None for any other line."""
    if lex.outlet_for(key(text)) is not None:
        return text.strip()
    # a breadcrumb or section after a separator: "Süddeutsche Zeitung · Politik", "DER
    # STANDARD > International > Nahost"
    head = _SECTION_SEPARATOR.split(text.strip(), maxsplit=1)[0]
    if head != text.strip() and lex.outlet_for(key(head)) is not None:
        return head
    words = text.split()
    for n in range(len(words) - 1, max(0, len(words) - 3), -1):  # one or two section words
        head, section = " ".join(words[:n]), words[n:]
        if lex.outlet_for(key(head)) is not None and all(w[:1].isupper() and w.isalpha() for w in section):
            return head
    # a site the list does not know, named before its sections: "abendpost.de › Politik ›
    # Ausland", "Nordkurier Digital > Welt", "Morgenblatt Online – Nachrichten"
    parts = [p.strip() for p in _SECTION_SEPARATOR.split(text.strip()) if p.strip()]
    if len(parts) >= 2:
        head, rest = parts[0], " ".join(parts[1:]).casefold().split()
        head_words = head.split()
        if any(w in _SECTION_WORDS for w in rest) and head.casefold() not in _SECTION_WORDS and \
                1 <= len(head_words) <= 4 and all(w[:1].isupper() or "." in w for w in head_words) and \
                head.casefold() not in lex.agencies:
            return head
    return None


#: A page number before a paper's name in a running head: "Seite 6 Frankfurter Tagespost".
_PAGE_NUMBER = re.compile(r"^\s*(?:Seite|S\.|Page)\s+\d{1,3}\s+")


def _paper_name(text: str, lex: Lexicon) -> str | None:
    """The newspaper a dated head or foot line of a printed page names before its date, known by
    how its name ends ("Südwest-Bote", "Frankfurter Tagespost": ``paper_words``), or None.

    The name is one to four capitalised words without digits and stands before the separator
    that precedes the date ("Berlin · 3. März 2025" is a place: "Berlin" is no paper's word).
    """
    parts = _SECTION_SEPARATOR.split(text.strip())
    # (or the part right before the date, after a breadcrumb: "FAZ.NET - Wirtschaft - Eurokrise ·
    # Frankfurter Allgemeine Zeitung, 01.07.2015", a PDF print-out's running head)
    for part in (parts[0], _DATE_TAIL.sub("", parts[-1])):
        head = _PAGE_NUMBER.sub("", part).strip()
        words = head.split()
        if not 1 <= len(words) <= 4 or any(ch.isdigit() for ch in head) or not all(w[:1].isupper() for w in words):
            continue
        if lex.paper_word.search(words[-1]):
            return head.title() if head.isupper() else head
    return None


#: a date closing a head line, with the comma before it: ", 01.07.2015", ", 1. Juli 2015"
_DATE_TAIL = re.compile(r",?\s*(?:\d{1,2}\.\s*(?:\d{1,2}\.|[A-ZÄÖÜ][a-zäöü]+\.?)\s*\d{4}|\d{4}-\d{2}-\d{2})\s*$")


#: A printed page's running head: "· Politik · Seite 5".
_PRINT_HEAD = re.compile(r"[·|–-]\s*Seite\s+\d{1,3}\s*$")

#: Section names of news sites: what follows a site's name in its masthead or breadcrumb.
_SECTION_WORDS = frozenset({"politik", "ausland", "inland", "welt", "international", "nachrichten", "news",
                            "wirtschaft", "home", "startseite", "panorama", "meinung", "world", "politics"})


def _outlet(items: list[_Item], lex: Lexicon) -> str | None:
    """The outlet: a source line first, then "[X] · date", page furniture, a site-name line;
    an agency only where the page names no other ("Quelle: dpa" under ZEIT ONLINE's masthead is
    a dpa copy that ZEIT ONLINE published), and last an agency's dateline ("WASHINGTON
    (Reuters) -": the wire's own copy)."""
    found: list[tuple[int, str]] = []
    for i, it in enumerate(items):
        if it.outlet and it.kind is Kind.SOURCE:
            found.append((0, it.outlet))
        elif it.outlet and it.kind is Kind.DATE:
            found.append((1, it.outlet))
        elif it.outlet:
            found.append((3 if i > 3 else 2, it.outlet))
        elif len(it.text) <= 120:
            for pat in lex.outlet_patterns:
                m = pat.search(it.text)
                if m and lex.outlet_for(m.group("o")) is not None:
                    found.append((2, m.group("o")))
                elif m and (known := known_outlet(m.group("o"), lex)):
                    # the company behind a known outlet: "© Handelsblatt GmbH. Alle Rechte
                    # vorbehalten." (trial 7)
                    found.append((2, known))
                elif m and it.text.lstrip().startswith("©") and _site_name(m.group("o"), lex):
                    # "© Süddeutsche Rundschau 2026 | Impressum": a site's own name in its footer,
                    # known or not, before an agency's (not a picture's credit: "© Getty Images")
                    found.append((4, m.group("o")))
    found = [(rank + 10 if f.strip().casefold() in lex.agencies else rank, f) for rank, f in found]
    if not found:
        first = next((it.text for it in items if it.kind is Kind.PROSE), "")
        m = _WIRE_DATELINE.match(first)
        if m and m.group("o").casefold() in lex.agencies and lex.outlet_for(m.group("o")) is not None:
            found.append((20, lex.outlet_for(m.group("o")).name))  # type: ignore[union-attr]
    if not found:
        return None
    return min(found, key=lambda f: f[0])[1].strip()


def known_outlet(name: str, lex: Lexicon) -> str | None:
    """The known outlet (not an agency) that ``name`` or its first words name, as they write it:
    "Handelsblatt GmbH" -> "Handelsblatt", "Neue Zürcher Zeitung AG" -> "Neue Zürcher Zeitung";
    else None."""
    words = name.split()
    for n in range(len(words), 0, -1):
        if (o := lex.outlet_for(head := " ".join(words[:n]))) is not None and o.name.casefold() not in lex.agencies:
            return head
    return None


def _site_name(name: str, lex: Lexicon) -> bool:
    """Whether a copyright line's name can be the site's: one to five capitalised words, no
    agency and no picture agency."""
    words = name.split()
    return 1 <= len(words) <= 5 and all(w[:1].isupper() or w[:1].isdigit() for w in words) and \
        name.strip().casefold() not in lex.agencies and not lex.credit_name.search(name)


#: "WASHINGTON/MOSCOW (Reuters) - …", "Kiew (dpa) – …": the place and the wire service.
_WIRE_DATELINE = re.compile(r"^[^\s()]+(?:[ /][^\s()]+){0,3}\s*\((?P<o>[A-Za-z]{2,12})\)\s*[-–—]")


def _authors(items: list[_Item], head: range, near: range) -> tuple[str, ...]:
    """The names of the first byline in the article's head, else of the first marked one
    ("Autor: Fritz Imhof") near it: a bare name under the article is a teaser's title (seed 000:
    "Thomas Gottschalk")."""
    for explicit in (True, False):  # "von Arian Schlichenmayer" before a bare name (a photographer's?)
        for i in head:
            if items[i].kind in _NAMED and items[i].names and (items[i].explicit or not explicit):
                return items[i].names
    # Below the article only a marked byline counts, or a name beside a date line: pages
    # close the article with its date, update and author (industriemagazin.at: "31.10.2023" /
    # "Letzte Aktualisierung" / "31.10.2023" / "Tom Arnold").
    for i in near:
        if items[i].kind in _NAMED and items[i].names and (items[i].explicit or items[i].dated):
            return items[i].names
    return ()
