"""Text repair: white space, hard line breaks, soft hyphens, paragraphs split by blank lines.

The input is text as a user has it (copied from a page, extracted from a PDF, produced by an
HTML extractor); the output is a list of :class:`Unit` — one paragraph, heading or page line each —
that the cleaner classifies. Nothing is removed here, only joined and normalised.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from lagebild.ingest.lexicon import Lexicon, lexicon

#: Characters that end a sentence (looked at after closing quotes and brackets are stripped).
SENTENCE_END = ".!?…"
_CLOSERS = "\"'“”„«»‘’‚‹›)]"
_WS_CHARS = "\t\u00a0\u2000-\u200a\u202f\u205f\u3000"
#: Runs of white space other than a single plain space (replacing each of a text's thousand
#: single spaces with itself was most of the time spent normalising it).
_SPACES = re.compile(rf"[{_WS_CHARS}][ {_WS_CHARS}]*| [ {_WS_CHARS}]+")
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_DUMP_MIN_LINES = 20  # lines of a text before its blank lines are judged to say nothing
_LINK_WORDS = 8  # the most words of a link that cuts a sentence in a page dump
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")


@dataclass(frozen=True, slots=True)
class Unit:
    """One line of the repaired text; ``gap`` is True where a blank line preceded it."""

    text: str
    gap: bool


def normalise(text: str) -> str:
    """NFC, unified line ends, no invisible characters, single spaces, no trailing blanks."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\f", "\n\n")
    text = _SPACES.sub(" ", _INVISIBLE.sub("", text))
    return "\n".join(line.strip() for line in text.split("\n"))


def ends_sentence(s: str) -> bool:
    """Does ``s`` end like a sentence ("… statt.", "… sein?“")?"""
    s = s.rstrip().rstrip(_CLOSERS)
    return bool(s) and s[-1] in SENTENCE_END


def _starts_lower(s: str) -> bool:
    return bool(s) and s[0].islower()


def join_lines(a: str, b: str) -> str:
    """Join a line broken inside a paragraph, repairing hyphenation.

    "Verhand-" + "lungen" -> "Verhandlungen" (soft hyphen: the continuation is lower case);
    "Apec-" + "Gipfels" -> "Apec-Gipfels" (a real hyphen: the continuation is a capital, as in
    German compounds with names); "und -" + "Text" keeps the dash as a word.
    """
    if b[:1] == "-" and b[1:2].isalpha() and a[-1:].isalnum():
        return a + b  # "THW" + "-Helferin" (an <abbr> element cut the compound)
    if len(a) >= 2 and a[-1] in "-\u00ad" and a[-2].isalpha():
        if _starts_lower(b) and not b.startswith(("und ", "oder ", "bzw", "sowie ", "and ", "or ")):
            return a[:-1] + b
        return a + b
    return f"{a} {b}"


def _is_wrapped(lines: list[str]) -> bool:
    """Is this text hard-wrapped (PDF, e-mail) rather than one paragraph per line?

    In a wrapped text most long lines have about the same width and end without sentence
    punctuation; in a page dump a paragraph is one line of any length. Seed 002 (a PDF) has
    lines of 55-70 characters, three in four ending in the middle of a sentence.
    """
    long = [ln for ln in lines if len(ln) >= 30]
    if len(long) < 5 or len(long) < 0.5 * sum(1 for ln in lines if ln):
        return False
    widths = sorted(len(ln) for ln in long)
    p90 = widths[int(0.9 * (len(widths) - 1))]
    # Most long lines fill the column or end a paragraph: a menu of items of every width is no
    # wrapped text. A paragraph's last line is short, and in a short print-out the last lines
    # are many (a one-page PDF of six paragraphs: 8 of 14 lines fill the column, 4 end one).
    if p90 > 110 or sum(1 for ln in long if len(ln) >= 0.75 * p90 or ends_sentence(ln)) < 0.6 * len(long):
        return False
    open_ends = sum(1 for ln in long if not ends_sentence(ln))
    return open_ends >= 0.5 * len(long)


def units(text: str) -> list[Unit]:
    """Split normalised text into units, joining wrapped lines and split paragraphs."""
    lex = lexicon()
    lines = _without_uniform_gaps(normalise(text).split("\n"))
    wrapped = _is_wrapped(lines)
    width = 0
    if wrapped:
        widths = sorted(len(ln) for ln in lines if len(ln) >= 30)
        width = widths[int(0.9 * (len(widths) - 1))]
    out: list[Unit] = []
    gap, last_line = False, ""
    for line in lines:
        if not line:
            gap = True
            continue
        if out:
            prev = out[-1].text
            if _continues(prev, line, gap, wrapped, width, lex, last_line):
                out[-1] = Unit(join_lines(prev, line), out[-1].gap)
                gap, last_line = False, line
                continue
        out.append(Unit(line, gap))
        gap, last_line = False, line
    return out


def _without_uniform_gaps(lines: list[str]) -> list[str]:
    """The lines without their blank lines where a dump puts one between all its text nodes.

    Such blanks mark no paragraphs: "Von" / "" / "Anna Berg" / "" / "und" / "" / "Jonas
    Keller" is one byline. A page dump is told from an article with blank lines between its
    paragraphs by its many short lines (menus, buttons, labels).
    """
    kept = [ln for ln in lines if ln]
    if len(kept) < _DUMP_MIN_LINES:
        return lines
    gapped = sum(1 for i in range(1, len(lines)) if lines[i] and not lines[i - 1])
    short = sum(1 for ln in kept if len(ln) <= 40)
    if gapped >= 0.9 * (len(kept) - 1) and short >= 0.5 * len(kept):
        return kept
    return lines


def _continues(prev: str, line: str, gap: bool, wrapped: bool, width: int, lex: Lexicon,
               last_line: str = "") -> bool:
    """Does ``line`` continue the paragraph ``prev``, whose last line was ``last_line``?"""
    if (ends_sentence(prev) and not wrapped) or _URL.match(prev) or _URL.match(line):
        return False
    if _PAGE_LINE.search(prev) or _PAGE_LINE.search(line):
        # a printed page's running head or foot ("FRANKFURTER TAGEBLATT · Samstag, 17. Oktober
        # 2026 · Politik · Seite 5", "… – Ausgabe vom 17.10.2026 – Seite 5 –"): a line of its own
        return False
    if release_issuer(prev, lex) or release_issuer(line, lex) or is_address(line):
        # a press release's header, a line of its own above the headline; a postal address under
        # the text ("The White House, 1600 Pennsylvania Ave NW, Washington, DC 20500": trial 7)
        return False
    open_end = not ends_sentence(prev) and not prev.endswith(":")
    if wrapped and (_printed_byline(line, lex) or (prev == last_line and _printed_byline(prev, lex))):
        # "Von Tobias Renner" under a printed headline: a byline of its own, no sentence's end
        # (also with the places the authors write from: "Von Christian Schubert, Athen, und
        # Winand von Petersdorff, Washington"), and the lead after it starts a paragraph
        return False
    if not wrapped and lex.byline.match(line) and len(line.split()) <= 5:
        # "Sportzentrum … erweitert" / "von Arian Schlichenmayer": a byline under a page's
        # headline (in a hard-wrapped text, "von Russland abgelehnt." goes on a sentence).
        return False
    if gap:
        # A paragraph cut by a run of blank lines (PDF page or column breaks): the previous
        # block stops mid-sentence and the next goes on in lower case ("… statt, wo" /
        # "über die bilateralen Beziehungen", seed 002).
        return open_end and (prev[-1].isalnum() or prev[-1] in ",;-") and _starts_lower(line)
    if not wrapped:
        # A page dump with one text node per line breaks a paragraph at every link or
        # emphasis: "Laut einem Bericht der" / "Süddeutschen Zeitung" / "hat die Regierung …".
        # The break shows where the line before stops mid-sentence on a lower-case word, or
        # where the next fragment goes on in lower case or with punctuation.
        if not open_end:
            return False
        if len(prev) >= 2 and prev[-1] == "-" and prev[-2].isalpha():
            return True  # a word cut at the line end ("Apec-" / "Gipfels")
        if line[0] == "-" and line[1:2].isalpha() and prev[-1].isalnum():
            return True  # a compound cut after an abbreviation's element ("THW" / "-Helferin")
        if line[0] in ",.;:!?)]»“”" or line.split(" ", 1)[0].islower():
            return True
        # A list of links cut at its commas: "Martin-W. Buchenau ," / "Stefan Menzel" (bylines).
        if prev.endswith(",") and line.count(" ") < _LINK_WORDS:
            return True
        # "Mitte September 2021 hat" / "Apple": a line does not end on a function word
        # unless a link or an emphasis cut it (a headline ends on a noun or a verb). The link
        # is a few words; a headline ending on an auxiliary ("Was auf der Klimakonferenz
        # verhandelt wird") stands above a paragraph of its own.
        last = prev.rsplit(" ", 1)[-1].casefold()
        # A line of digits is a duration, a date or a count: "… werfen sich Verstöße vor" /
        # "01:45 min" (a video's title and length) is not one sentence.
        return (last in lex.function_words and not _is_list_item(line) and not line[0].isdigit()
                and line.count(" ") < _LINK_WORDS and not _headline_over_name(prev, line, lex))
    if _starts_lower(line) and open_end:
        return True
    if _DASH_END.search(prev) or _title_case_pair(prev, line, lex):
        # a headline broken over two lines of a print-out: after its dash ("Reiche: Einigung im
        # Zollstreit schafft Planungssicherheit –" / "Wermutstropfen für die Industrie"), or an
        # English headline in title case on both ("Joint Statement on a United States-European
        # Union" / "Framework Agreement on Reciprocal, Fair and Balanced Trade"; trial 7, where
        # only the second line was the title)
        return True
    # A full-width line goes on in the next one; a short line ends its paragraph or heading,
    # unless it stops on a lower-case word ("Diplomatische Bemühungen und" / "Friedensverhandlungen").
    # (the paragraph's last line, not the paragraph: "wie zugesagt bis Freitag freigelassen." ends
    # one however long it is)
    if len(last_line or prev) >= 0.6 * width and not _is_list_item(line):
        return True
    last = prev.rsplit(" ", 1)[-1]
    return open_end and last[:1].islower() and len(prev) >= 25


#: the separators between a header line's parts: "European Commission - Press release"
_HEADER_PARTS = re.compile(r"\s+[·|–—-]\s+")


def release_issuer(line: str, lex: Lexicon) -> str | None:
    """The issuer a press release's header line names before its genre mark, or None for any
    other line: "Bundesministerium für Wirtschaft und Energie - Pressemitteilung", "THE WHITE
    HOUSE - Office of the Press Secretary - FOR IMMEDIATE RELEASE" (-> "The White House"; trial 7,
    where the header was glued to the headline). A part after the first must be a genre mark
    (``release_marks``) as a whole, and the issuer one to eight words without digits."""
    parts = [p.strip() for p in _HEADER_PARTS.split(line.strip())]
    if len(parts) < 2 or not any(lex.release_mark.fullmatch(p) for p in parts[1:]):
        return None
    issuer = parts[0]
    if not 1 <= len(issuer.split()) <= 8 or not issuer[:1].isupper() or any(c.isdigit() for c in issuer) \
            or ends_sentence(issuer):
        return None
    return issuer.title() if issuer.isupper() else issuer


#: a postal code before a city ("10115 Berlin", "1049 Brussels") or a US state and ZIP code
#: ("Washington, DC 20500"), in a line of comma-separated parts
_POSTCODE = re.compile(r"(?:^|,\s*)(?:[A-Z]-)?\d{4,5}\s+[A-ZÄÖÜ][a-zäöüßéè]+|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\s*$")


def is_address(line: str) -> bool:
    """A postal address on a line of its own: comma-separated parts, a postcode with its city or a
    state with its ZIP code, a house number, no sentence end, at most fifteen words."""
    return ("," in line and len(line.split()) <= 15 and not ends_sentence(line)
            and _POSTCODE.search(line) is not None and len(re.findall(r"\d+", line)) >= 2)


#: a line that ends on a dash between words: "… schafft Planungssicherheit –"
_DASH_END = re.compile(r"\w\s+[–—-]$")
_TITLE_WORD = re.compile(r"^[\"'“„‘(]*[A-Z]")


def _title_case(line: str, lex: Lexicon) -> bool:
    """An English line in title case: four or more words, every word capitalised but English
    function words ("on", "a", "and"), at least one of which it has; no digits, no sentence end."""
    words = line.split()
    small = [w for w in words if not _TITLE_WORD.match(w)]
    return (len(words) >= 4 and bool(small) and all(w.strip(",;") in lex.function_words_en for w in small)
            and not any(c.isdigit() for c in line) and not ends_sentence(line) and lex.byline.match(line) is None)


def _title_case_pair(prev: str, line: str, lex: Lexicon) -> bool:
    return _title_case(prev, lex) and _title_case(line, lex)


def _printed_byline(line: str, lex: Lexicon) -> bool:
    """A line of a hard-wrapped text that is a byline: "Von" and a few names (with places), also
    closing a head line after a bullet ("Neue Zürcher Zeitung · 20.02.2026 · Von Markus Ackeret,
    Moskau", the sixth user trial's PDF: glued to the lead, it made one sentence of both)."""
    line = _HEAD_PARTS.split(line)[-1]
    n = len(line.split())
    return line[:4] == "Von " and lex.byline.match(line) is not None and not ends_sentence(line) and \
        (n <= 5 or (n <= 12 and "," in line))


#: the separators between a head line's parts: "Outlet · date · Von Author"
_HEAD_PARTS = re.compile(r"\s[·|•]\s")
#: A printed page's running head or foot: "· Seite 5", "Seite 5 –", "– Ausgabe vom 17.10.2026".
_PAGE_LINE = re.compile(r"(?:[·|–-]\s*Seite\s+\d{1,3}\b|\bSeite\s+\d{1,3}\s*[·|–-]|Ausgabe vom\s+\d)")


def _headline_over_name(prev: str, line: str, lex: Lexicon) -> bool:
    """A headline ending on a verb particle above the author's name: "SBB kündigt grösste
    Fahrplanänderung seit Jahren an" / "Lea Senn" (watson.ch) is no sentence cut by a link."""
    tokens = line.split()
    return (2 <= len(tokens) <= 3 and tokens[0] in lex.first_names and all(t[:1].isupper() for t in tokens)
            and prev.count(" ") < 12 and "," not in prev and not lex.byline.match(prev)
            and not lex.name_joiner.search(prev[-6:]))  # "Julian Heißler und" / "Jannik Deters"


def _is_list_item(line: str) -> bool:
    return bool(re.match(r"(?:[-•*–·▪]|\d{1,2}[.)])\s", line))
