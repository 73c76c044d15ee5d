"""The language knowledge of ingestion, read from ``lagebild/resources/ingest/*.json``.

Junk phrases, month names, byline and credit markers and outlet names are data, not code: the
cleaner asks a :class:`Lexicon` whether a line is navigation, a credit or a date prefix, and the
lists grow without touching control flow. German and English lists are merged, because junk must
be recognised before the language of the article is known.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

LANGUAGES = ("de", "en")


def _load(name: str) -> dict:
    path = resources.files("lagebild.resources").joinpath("ingest", name)
    return json.loads(path.read_text(encoding="utf-8"))


def _alternation(items: list[str], escape: bool) -> str:
    parts = [re.escape(i) if escape else i for i in items]
    # Longest first, so that "lesen sie auch" wins over "lesen".
    return "|".join(sorted(set(parts), key=len, reverse=True))


def _anchor(pattern: str) -> str:
    """The longest word a pattern needs (outside groups and optional parts), for a fast pre-check."""
    depth, outside = 0, []
    for c in pattern:
        depth += c == "("
        outside.append(c if depth == 0 else " ")
        depth -= c == ")"
    # "cookies?": the s is optional; "[kmg]b": a class is no word ("(pdf|docx?) ?\\| ?\\d+ ?[kmg]b"
    # needs its bar, not "kmg").
    plain = re.sub(r"\[[^\]]*\]|.[?*]", " ", "".join(outside))
    words = re.findall(r"[^\W\d_]{3,}|©", plain)
    if words:
        return max(words, key=len)
    marks = re.findall(r"\\([^\w\s])", plain)
    return marks[0] if marks else ""


def _literal(pattern: str) -> bool:
    """Is this pattern plain text (no regex syntax but spaces)?"""
    return not re.search(r"[\\.^$*+?{}\[\]|()]", pattern)


def _phrase_set(lists: list[dict], key: str) -> list[str]:
    out: list[str] = []
    for data in lists:
        out.extend(data.get(key, []))
    return out


@dataclass(frozen=True)
class Outlet:
    """A news outlet: its canonical name, the forms a page uses for it, its domains."""

    name: str
    forms: tuple[str, ...]
    domains: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    """Compiled phrase lists (all patterns case-insensitive)."""

    months: dict[str, int]
    month_re: str  # an alternation of month names, for building date patterns
    month_re_en: str  # the English month names only: "4 January 2025", "January 4, 2025"
    weekdays_en: dict[str, int]  # "monday" / "mon" -> 0 … "sunday" / "sun" -> 6, as date.weekday()
    junk_words: frozenset[str]  # whole lines that are navigation, buttons or prompts (literal)
    menu_words: frozenset[str]  # those that no other list claims: junk whatever the context
    junk_line: re.Pattern[str]  # the same, as patterns ("\\d+ kommentare", "bild \\d+ von \\d+")
    junk_contains: tuple[tuple[str, re.Pattern[str]], ...]  # (a word it needs, a boilerplate phrase)
    box_marker: re.Pattern[str]  # "Lesen Sie auch:" and the like, the head of a teaser box
    more_link: re.Pattern[str]  # "weiter lesen": the link under a teaser
    stop_marker: re.Pattern[str]  # a heading after which the article does not continue
    media: re.Pattern[str]  # media-player residue
    ago: re.Pattern[str]  # "vor 18 Minuten": the time stamp of a teaser
    credit_prefix: re.Pattern[str]  # "Foto:", "Bild:" ...
    credit_name: re.Pattern[str]  # picture agencies
    agencies: frozenset[str]
    byline: re.Pattern[str]  # "Von X", "Autor: X"
    paper_word: re.Pattern[str]  # how a newspaper's name ends: "Südwest-Bote", "Frankfurter Tagespost"
    release_mark: re.Pattern[str]  # a press release's header part: "Pressemitteilung", "FOR IMMEDIATE RELEASE"
    not_author: re.Pattern[str]  # translators, photographers
    source_prefix: re.Pattern[str]  # "Quelle: X"
    date_prefix: re.Pattern[str]
    date_words: re.Pattern[str]  # the same words inside a line: "Von X veröffentlicht am 14. Januar 2025"
    updated_prefix: re.Pattern[str]
    last_stamp: re.Pattern[str]  # "Stand:": the date of the page's state, often its last change
    places: frozenset[str]
    first_names: frozenset[str]  # given names, to know a bare name line for a byline
    name_particles: frozenset[str]  # "von", "de": lower-case parts of names
    not_name_suffixes: tuple[str, ...]  # word endings of nouns, not of names ("Aktualisierung")
    generic_authors: frozenset[str]  # words that stand for a desk or an account ("admin", "Redaktion")
    author_roles: tuple[str, ...]  # word endings of a role or desk after a name ("Korrespondentin", "ARD-Studio")
    name_joiner: re.Pattern[str]  # "Anna Berg und Jan Ott", "A, B"
    agency_tail: re.Pattern[str]  # " mit dpa", " mit Material von dpa und AFP" closing a byline
    date_filler: re.Pattern[str]  # weekdays and the small words of a date line ("am", "Uhr")
    future: re.Pattern[str]  # words that announce rather than report ("angekündigt", "soll")
    background: re.Pattern[str]  # words of a background sentence ("seit", "Auslöser")
    credit_tail: re.Pattern[str]  # a credit closing a caption ("… (Foto: picture alliance / dpa)")
    credit_slash: re.Pattern[str]  # a photographer and agency closing it ("… Peter Klaunzer / Keystone")
    junk_gate: re.Pattern[str]  # any word the phrases need: one search rules most lines out
    consent_terms: tuple[str, ...]  # words of cookie and consent banners ("personenbezogene", "Einwilligung")
    consent_address: re.Pattern[str]  # the reader addressed: "wir", "Ihre", "you"
    consent_anchors: tuple[str, ...]  # words every banner holds ("cookie", "daten"): a first cheap test
    function_words: frozenset[str]  # words a line cannot end on unless cut mid-sentence
    function_words_en: frozenset[str]  # English's alone: the small words of a title in title case
    outlet_patterns: tuple[re.Pattern[str], ...]  # "Zu weiteren Angeboten der DW springen", "© X"
    outlets: tuple[Outlet, ...]
    outlet_by_form: dict[str, Outlet]
    outlet_by_domain: dict[str, Outlet]

    def has_junk_phrase(self, text: str) -> bool:
        """Does the (folded) line hold a boilerplate phrase ("Wir verwenden Cookies")?"""
        if not self.junk_gate.search(text):  # one search, not a substring test per phrase
            return False
        return any(anchor in text and p.search(text) for anchor, p in self.junk_contains)

    def is_consent(self, text: str) -> bool:
        """Is the (folded) line a cookie or consent banner? Three of its words and the reader
        addressed: "Wir und unsere Partner speichern … Cookies … personenbezogene Daten" is one
        however long, an article on a court's ruling about cookies is not."""
        if not any(a in text for a in self.consent_anchors):
            return False  # every banner names its cookies or data: most paragraphs end here
        return (sum(t in text for t in self.consent_terms) >= 3
                and self.consent_address.search(text) is not None)

    def outlet_for(self, text: str) -> Outlet | None:
        """The outlet a name form or domain denotes (``n-tv.de`` -> ntv.de), or None."""
        key = text.strip().casefold()
        if key in self.outlet_by_form or "." not in key:  # a domain has a dot
            return self.outlet_by_form.get(key)
        host = key.removeprefix("www.")
        while host:
            if host in self.outlet_by_domain:
                return self.outlet_by_domain[host]
            host = host.partition(".")[2] if host.count(".") > 1 else ""
        return None


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The merged German and English lexicon (loaded once per process)."""
    lists = [_load(f"{lang}.json") for lang in LANGUAGES]
    months: dict[str, int] = {}
    for data in lists:
        months.update(data["months"])
    month_re = _alternation(list(months), escape=True)
    english = lists[LANGUAGES.index("en")]["months"]
    month_re_en = _alternation(list(english), escape=True)
    # the data lists Monday to Sunday, then the same seven abbreviated
    weekdays_en = {w: i % 7 for i, w in enumerate(lists[LANGUAGES.index("en")]["weekdays"])}
    flags = re.IGNORECASE

    def whole(key: str, escape: bool = False) -> re.Pattern[str]:
        return re.compile(rf"(?:{_alternation(_phrase_set(lists, key), escape)})", flags)

    prefix = r"\s*(?:[:.\-–|]\s*|\s+)"
    junk_lines = _phrase_set(lists, "junk_lines")
    credit_words = _alternation([c for c in _phrase_set(lists, "credit_prefixes") if c.isalpha()], escape=True)
    credit_names = _alternation(_phrase_set(lists, "credit_names"), escape=True)
    agencies = _alternation(_phrase_set(lists, "agencies"), escape=True)
    # One pattern each, tried only where a word it needs is in the line: searching every line
    # for every phrase was most of the cleaner's time.
    junk_contains = tuple((_anchor(p), re.compile(p, flags))
                          for p in dict.fromkeys(_phrase_set(lists, "junk_contains")))
    outlets = tuple(
        Outlet(o["name"], tuple(o["forms"]), tuple(o["domains"])) for o in _load("outlets.json")["outlets"]
    )
    by_form: dict[str, Outlet] = {}
    by_domain: dict[str, Outlet] = {}
    for o in outlets:
        for f in (o.name, *o.forms):
            by_form.setdefault(f.casefold(), o)
        for d in o.domains:
            by_domain.setdefault(d.casefold(), o)
    junk_words = frozenset(p.lower() for p in junk_lines if _literal(p))
    box_marker = re.compile(rf"(?:{_alternation(_phrase_set(lists, 'box_markers'), True)})\s*[:.!…]*", flags)
    stop_marker = re.compile(rf"(?:{_alternation(_phrase_set(lists, 'stop_markers'), False)})\s*[:.!…]*", flags)
    more_link = re.compile(rf"(?:{_alternation(_phrase_set(lists, 'more_links'), True)})", flags)
    # A junk word that is also a stop heading, a box head, a read-more link or an outlet's name
    # ("weiterlesen", "anzeige", "mehr") is classified by the full rules; the others at once.
    menu_words = frozenset(w for w in junk_words if not (stop_marker.fullmatch(w) or box_marker.match(w)
                                                        or more_link.fullmatch(w) or w in by_form))
    return Lexicon(
        months=months,
        month_re=month_re,
        month_re_en=month_re_en,
        weekdays_en=weekdays_en,
        # Literal lines are looked up in a set; a regex alternation of 200 phrases was slow.
        junk_words=junk_words,
        menu_words=menu_words,
        junk_line=re.compile(rf"(?:{_alternation([p for p in junk_lines if not _literal(p)], False)})", flags),
        junk_contains=junk_contains,
        consent_terms=tuple(dict.fromkeys(_phrase_set(lists, "consent_terms"))),
        consent_anchors=tuple(dict.fromkeys(_phrase_set(lists, "consent_anchors"))),
        consent_address=re.compile("|".join(d["consent_address"] for d in lists if "consent_address" in d), flags),
        junk_gate=re.compile(_alternation([a for a, _ in junk_contains], escape=True)),
        box_marker=box_marker,
        more_link=more_link,
        stop_marker=stop_marker,
        media=whole("media_residue"),
        ago=re.compile("|".join(f"(?:{d['ago']})" for d in lists), flags),
        credit_prefix=re.compile(
            rf"(?:{_alternation(_phrase_set(lists, 'credit_prefixes'), True)})\s*:", flags),
        credit_name=re.compile(
            rf"(?<![\w-])(?:{credit_names})(?![\w-])", flags),
        agencies=frozenset(a.casefold() for a in _phrase_set(lists, "agencies")),
        paper_word=re.compile(rf"(?:{_alternation(_phrase_set(lists, 'paper_words'), True)})$", flags),
        release_mark=re.compile(rf"(?:{_alternation(_phrase_set(lists, 'release_marks'), True)})", flags),
        byline=re.compile(
            rf"^(?:{_alternation(_phrase_set(lists, 'byline_prefixes'), True)})(?:{prefix}|$)", flags),
        # "Adaptiert aus dem Englischen von X", "Übersetzung: X", "Fotos: X" — not "Fotos zum
        # Download finden Sie hier:" (a press release's note, kept).
        not_author=re.compile(
            rf"^(?:{_alternation(_phrase_set(lists, 'not_author_prefixes'), True)})\b.{{0,25}}?(?::|\bvon\b|\bby\b)",
            flags),
        source_prefix=re.compile(
            rf"^(?:{_alternation(_phrase_set(lists, 'source_prefixes'), True)})\s*:\s*", flags),
        date_prefix=re.compile(
            rf"^(?:{_alternation(_phrase_set(lists, 'date_prefixes'), True)})\s*:?\s*", flags),
        date_words=re.compile(
            rf"\b(?:{_alternation([p for p in _phrase_set(lists, 'date_prefixes') if len(p) > 6], True)})\b", flags),
        updated_prefix=re.compile(
            rf"(?:{_alternation(_phrase_set(lists, 'updated_prefixes'), True)})\s*:?\s*", flags),
        last_stamp=re.compile(rf"(?:{_alternation(_phrase_set(lists, 'state_prefixes'), True)})\b", flags),
        places=frozenset(_phrase_set(lists, "dateline_places")),
        function_words=frozenset(_phrase_set(lists, "function_words")),
        function_words_en=frozenset(lists[LANGUAGES.index("en")]["function_words"]),
        first_names=frozenset(_load("first_names.json")["names"]),
        name_particles=frozenset(_phrase_set(lists, "name_particles")),
        not_name_suffixes=tuple(_phrase_set(lists, "not_name_suffixes")),
        generic_authors=frozenset(_phrase_set(lists, "generic_authors")),
        author_roles=tuple(_phrase_set(lists, "author_roles")),
        agency_tail=re.compile(
            rf"\s+(?:{_alternation(_phrase_set(lists, 'agency_links'), True)})\s+(?:{agencies})"
            rf"(?:\s*(?:,|/|&|\b(?:und|and)\b)\s*(?:{agencies}))*\s*$", flags),
        name_joiner=re.compile(rf"\s*(?:[,;&]|\b(?:{_alternation(_phrase_set(lists, 'name_joiners'), True)})\b)\s*",
                               flags),
        date_filler=re.compile(
            rf"\b(?:{_alternation(_phrase_set(lists, 'weekdays') + _phrase_set(lists, 'date_filler'), True)})\b\.?",
            flags),
        future=re.compile(rf"\b(?:{_alternation(_phrase_set(lists, 'future_markers'), True)})\b", flags),
        background=re.compile(rf"\b(?:{_alternation(_phrase_set(lists, 'background_markers'), True)})\b", flags),
        # "(Quelle: Oliver Berg/dpa)" closing a caption (t-online); a source in brackets without
        # an agency or a slash is prose. ``credit_slash``: a photographer with the picture agency
        # after a slash, the caption's last words: "… in Bern. Peter Klaunzer / Keystone" (NZZ).
        credit_tail=re.compile(
            rf"(?:\((?:{credit_words})(?:\s*:[^)]{{2,120}})?\)\.?|(?:{credit_words})\s*:\s*(?:[^.!?]|\.(?=\S)){{2,100}}"
            r"|©\s*(?:[^.!?]|\.(?=\S)){2,80}"
            rf"|\((?:bild)?quelle\s*:[^()]{{0,80}}(?:/|\b(?:{credit_names})\b)[^()]{{0,60}}\)\.?"
            r")\s*$", flags),
        credit_slash=re.compile(
            r"(?:^|(?<=[.!?] ))[A-ZÄÖÜ][\w.'-]+(?: [A-ZÄÖÜ][\w.'-]+){0,3}"
            rf" ?/ ?(?:{credit_names})(?: ?/ ?[\w. -]{{2,30}})?\s*$", flags),
        outlet_patterns=tuple(re.compile(p, flags) for p in dict.fromkeys(_phrase_set(lists, "outlet_patterns"))),
        outlets=outlets,
        outlet_by_form=by_form,
        outlet_by_domain=by_domain,
    )
