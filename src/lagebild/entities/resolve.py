"""Resolution: from name spans to canonical actors, within one document.

The steps (:class:`_Resolver`, one method each), each cheap: one tokenisation, dictionary
look-ups, no regex alternation over the knowledge base:

1. **Junk zones**: picture credits ("Bild: Tetiana Dzhafarova/POOL/AFP/Getty Images"),
   translator and author lines, slash-separated agency lists and slug lines are marked; nothing
   found inside them becomes an actor of the article.
2. **Gazetteer**: every alias of the knowledge base is matched over the tokens (longest first,
   genitive ``s`` allowed: "Putins", "Russlands", "des Kremls"; compound heads: "Nato-Gipfel");
   a tagged person's name can correct it ("Hunter Biden" is not Joe Biden).
3. **Role phrases**: "US-Präsident", "der russische Präsident", "Russlands Außenminister",
   "Kremlchef" resolve through the knowledge base at the reference date (the article's date, else
   the latest date in its text); "die russische Regierung" stands for the state itself; so do
   demonyms ("die Russen"), and "US-Geheimdienste" is an organisation acting for the USA.
4. **Tagger mentions** (NER) that the knowledge base does not know become their own actors after
   checks (a person's name is capitalised words; titles are stripped; words that name no person
   are refused); a later surname ("Naumow", "Naumows") links to the full name seen before, and an
   appositive noun ("der Politologe Alexej Naumow" … "der Politologe") does as well.
5. **Organisations the tagger missed**, by their last word ("Brookings Institution").

Ids: the knowledge base's id where it knows the actor, else ``per:``/``org:``/``loc:`` and a slug
of the name (for persons, of its transliteration key, so that "Alexej Naumow" and "Alexei Naumov"
are one person across documents).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from lagebild.entities.kb import (
    KbEntry,
    KnowledgeBase,
    Lexicon,
    _ner_list,
    first_names,
    fold,
    given_names,
    load_kb,
    load_lexicon,
    place_names,
    surnames,
    translit_key,
)
from lagebild.model import Document, Entity, EntityType, Mention

# Words with inner hyphens, dots and apostrophes ("Saudi-Arabien", "D.C", "Trump’s"), and
# single other marks; aliases are tokenised the same way, so both sides meet.
_TOKEN_RE = re.compile(r"\w+(?:[-’'.]\w+)*|[^\w\s]")
# A token glued from two words by a lost separator ("RusslandWolodymyr" in a tag list,
# "ArchivbildBild" in a caption): text from navigation or credits, not from the article.
_GLUED_RE = re.compile(r"[a-zäöüß]{3}[A-ZÄÖÜ][a-zäöüß]{2}")
# An acronym introduced in brackets after a name: "Center for Strategic and International
# Studies (CSIS)".
_ACRONYM_RE = re.compile(r"\s*\(([A-ZÄÖÜ][A-Za-z0-9ÄÖÜ&]{1,9})\)")
# Up to four words (none ending a sentence or a label: "lächelte.", "Bild:") on each side of
# slashes: "Tetiana Dzhafarova/POOL/AFP/Getty Images", "picture alliance / ZUMAPRESS.com".
_CHAIN_WORD = r"[^\s/()„“\"]*[^\s/()„“\".,:;!?]"
_SLASH_CHAIN_RE = re.compile(rf"{_CHAIN_WORD}(?: {_CHAIN_WORD}){{0,3}}(?: ?/ ?{_CHAIN_WORD}(?: {_CHAIN_WORD}){{0,3}})+")
_BRACKET_RE = re.compile(r"\(([^()\n]{1,40})\)")
_SLUG_RE = re.compile(r"\b\w++(?:-\w++){4,}")
_CREDIT_SIGN_RE = re.compile(r"[:©]")
_MARKER_BEFORE_RE = re.compile(r"([A-ZÄÖÜ][a-zäöü]+)\s*$")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}$")
_GENITIVE = ("’s", "'s", "s", "’", "'")


def slug(name: str) -> str:
    """A stable, readable id fragment from a name: ``Wladimir Putin`` -> ``wladimir-putin``."""
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "x"


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, text)`` of every token of ``text``."""
    return [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text)]


# --- the gazetteer -------------------------------------------------------------------------


@dataclass(frozen=True)
class Gazetteer:
    """The knowledge base's aliases as token sequences, indexed by their first token."""

    first: dict[str, list[tuple[tuple[str, ...], str]]]

    @classmethod
    def build(cls, kb: KnowledgeBase) -> Gazetteer:
        """Index every name and alias of ``kb``."""
        first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        seen: dict[tuple[str, ...], str] = {}
        for surface, eid in kb.surfaces.items():
            toks = tuple(t for _, _, t in tokenize(surface))
            if toks:
                seen[toks] = eid
        for toks, eid in list(seen.items()):
            for variant in _declined(toks):
                seen.setdefault(variant, eid)  # a listed form of another actor wins
        for toks, eid in seen.items():
            first.setdefault(toks[0], []).append((toks, eid))
        for cands in first.values():
            cands.sort(key=lambda c: -len(c[0]))
        return cls(first)

    def single(self, word: str) -> str | None:
        """The entity of a one-word alias, or None."""
        for alias, eid in self.first.get(word, ()):
            if len(alias) == 1:
                return eid
        return None

    def match(self, toks: Sequence[str], i: int) -> tuple[int, str, int | None] | None:
        """The longest alias starting at token ``i``: ``(end token index, entity id, chars)``;
        ``chars`` is the length of the alias where it is only the head of a compound."""
        tok = toks[i]
        cands = self.first.get(tok)
        if cands is None:
            for suffix in _GENITIVE:  # "Putins", "Kremls": only one-word aliases inflect here
                if tok.endswith(suffix) and len(tok) > len(suffix) + 1:
                    eid = self.single(tok[: -len(suffix)])
                    if eid:
                        return i + 1, eid, None
            if "-" in tok:
                # the first part of a compound names the actor too: "Nato-Mitgliedschaft",
                # "G20-Gipfel", "US-Geheimdienste" (longest known head first: "Saudi-Arabien-Reise")
                parts = tok.split("-")
                for k in range(len(parts) - 1, 0, -1):
                    head = "-".join(parts[:k])
                    eid = self.single(head)
                    if eid:
                        return i + 1, eid, len(head)
            return None
        for alias, eid in cands:
            n = len(alias)
            if i + n > len(toks):
                continue
            if all(toks[i + k] == alias[k] for k in range(n - 1)) and _inflected(toks[i + n - 1], alias[-1]):
                return i + n, eid, None
        return None


#: A capitalised adjective inside a name ("Internationaler Strafgerichtshof", "Arabische Liga"):
#: its ending changes with case and article.
# Adjectives by their ending, and the short ones names open with (`name_adjectives` in the
# lexicon): "das Weiße Haus" for the listed "Weißes Haus", "im Schwarzen Meer".
@lru_cache(maxsize=1)
def _name_adjective() -> re.Pattern[str]:
    short = "|".join(map(re.escape, load_lexicon().name_adjectives))
    return re.compile(rf"^([A-ZÄÖÜ][a-zäöüß]+(?:isch|al|ig|lich|är|ell)|{short})(e|er|en|es|em)$")
_ADJECTIVE_ENDINGS = ("e", "er", "en", "es", "em")


def _declined(toks: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The other case forms of a name that opens with declined adjectives: "Der Internationale
    Strafgerichtshof", "der Arabischen Liga" for the listed "Internationaler Strafgerichtshof",
    "Arabische Liga" (the head noun's own genitive is :func:`_inflected`'s)."""
    k = 0
    stems = []
    adjective = _name_adjective()
    while k < len(toks) - 1 and (m := adjective.match(toks[k])):
        stems.append(m.group(1))
        k += 1
    if not stems:
        return []
    out = []
    for ending in _ADJECTIVE_ENDINGS:  # one ending for every adjective: they agree
        variant = tuple(stem + ending for stem in stems) + toks[k:]
        if variant != toks:
            out.append(variant)
    return out


def _inflected(tok: str, base: str) -> bool:
    return tok == base or (tok.startswith(base) and tok[len(base) :] in _GENITIVE)


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The gazetteer of the bundled knowledge base, built once."""
    return Gazetteer.build(load_kb())


# --- junk zones ----------------------------------------------------------------------------


def junk_zones(body: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Spans of ``body`` that credit pictures, translators or authors, or are slug lines.

    Motivated by captions such as ``(Foto: picture alliance / ZUMAPRESS.com)``,
    ``…Bild: Tetiana Dzhafarova/POOL/AFP/Getty Images`` and ``Adaptiert aus dem Englischen von
    Phoenix Hanzo.``: the people named there took the picture or translated the text.
    """
    zones: list[tuple[int, int]] = []
    # the marker may be glued to the caption before it ("ArchivbildBild:"), so it is read
    # backwards from each colon or © sign (few in a text) rather than searched word by word
    for m in _CREDIT_SIGN_RE.finditer(body):
        head = _MARKER_BEFORE_RE.search(body, max(0, m.start() - 24), m.start())
        if m.group() != "©" and not (head and head.group(1) in lex.credit_markers):
            continue
        begin = head.start() if head else m.start()
        stop = body.find("\n", m.end())
        stop = len(body) if stop < 0 else stop
        bracket = body.find(")", m.end(), stop)
        zones.append((begin, min(bracket if bracket >= 0 else stop, m.end() + 200)))
    # lines that credit the makers: "Übersetzt von …", a line "Von" and the author's line after it
    lines = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\n]+", body)]
    for k, (a, b, line) in enumerate(lines):
        text = line.strip()
        for opener in lex.credit_lines:
            if not text.startswith(opener) or len(text) > 120:
                continue
            rest = text[len(opener) :].strip()
            if opener[-1].isalpha() and " " not in opener and not _names_only(rest, lex):
                continue  # "Von der Leyen warnt …" is a sentence, not a byline
            zones.append((a, b))
            if not rest and k + 1 < len(lines) and len(lines[k + 1][2].strip()) <= 60:
                zones.append(lines[k + 1][:2])
            break
    # slash-separated credits: "Shealah Craighead/White House/IMAGO"
    # (the pattern is tried only in a window around each slash: most text has none)
    at, seen_to = body.find("/"), -1
    while at >= 0:
        if at > seen_to:
            for m in _SLASH_CHAIN_RE.finditer(body, max(0, at - 120), at + 120):
                if m.start() <= at < m.end():
                    seen_to = m.end()
                    parts = [fold(p).strip(" .,;:") for p in m.group().split("/")]
                    if any(p in lex.agencies or p.split(" ")[-1] in lex.agencies for p in parts):
                        zones.append(m.span())
                    break
        at = body.find("/", at + 1)
    # agencies in brackets credit the text ("Berlin (dpa) -", "(AFP/Reuters)"): not actors
    for m in _BRACKET_RE.finditer(body):
        parts = [fold(p).strip() for p in re.split(r"[/,;]| und ", m.group(1))]
        if parts and all(p in lex.agencies for p in parts):
            zones.append(m.span())
    # teasers for other articles, where ingestion left them: "Lesen Sie auch: …" and the paragraph
    # after it, and teaser columns ("… Satellitendaten […] (01) vor 15 Stunden Thomas Gottschalk …")
    paragraphs = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", body)]
    for k, (a, b, para) in enumerate(paragraphs):
        if para.count("[…]") + para.count("[...]") >= 2:
            zones.append((a, b))
        elif para.lstrip().startswith(lex.teaser_openers) and len(para) < 200:
            zones.append((a, b))
            if k + 1 < len(paragraphs) and len(paragraphs[k + 1][2]) < 400:
                zones.append(paragraphs[k + 1][:2])
    # slug lines of picture services: "RUSSIA-MOSCOW-REGION-…-Credit-Image-Vyacheslav-Prokofyev-TASS"
    zones.extend(m.span() for m in _SLUG_RE.finditer(body))
    return zones


def _names_only(rest: str, lex: Lexicon) -> bool:
    words = rest.replace(",", " ").split()
    return all(w[:1].isupper() or w in ("und", "&") or w in lex.name_particles for w in words)


def _inside(zones: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in zones)


# --- role phrases --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RolePhrase:
    """A phrase naming an office, resolved: the person (or, for a government, the state)."""

    start: int
    end: int
    first: int  # token indices
    last: int
    entity: str
    government: bool
    key: str | None = None  # the office
    implicit: bool = False  # the state is the role noun's default, not named ("der Bundeskanzler")
    shared: tuple[str, ...] = ()  # the states whose office the noun names, where several ("Bundespräsident")


def reference_day(doc: Document) -> str | None:
    """The day at which offices are resolved: the article's date, else the latest day its text
    names, else None (role phrases then stay unresolved)."""
    day = doc.date()
    if day and _ISO_DAY.match(day):
        return day
    days = [
        t.date.start[:10]
        for t in doc.timexes
        if t.type == "DATE" and t.date and t.date.start and _ISO_DAY.match(t.date.start[:10])
    ]
    return max(days) if days else None


def _adjective_state(tok: str, kb: KnowledgeBase, lex: Lexicon) -> str | None:
    low = tok[:1].lower() + tok[1:]
    for ending in lex.adjective_endings:
        if low.endswith(ending):
            state = kb.adjectives.get(low[: -len(ending)])
            if state:
                return state
    return None


_SENTENCE_ENDS = frozenset({".", "!", "?", ":", "„", "\"", "–", "-"})


def _most_named_state(places: list[KbEntry]) -> str | None:
    """The state most of ``places`` name (a state itself, or the state a capital or city stands
    for or lies in), where no other is named as often; None otherwise."""
    counts: Counter[str] = Counter()
    for x in places:
        state = x.id if x.adjectives else (x.stands_for or x.located_in)
        if state:
            counts[state] += 1
    top = counts.most_common(2)
    if not top or (len(top) > 1 and top[0][1] <= top[1][1]):
        return None
    return top[0][0]


def _blocks(tok: str, lex: Lexicon) -> bool:
    if tok in lex.role_blockers:
        return True
    low = tok.lower()
    return any(low.endswith(e) and low[: -len(e)] in lex.role_blockers for e in lex.adjective_endings)


def find_roles(
    toks: Sequence[tuple[int, int, str]], day: str | None, kb: KnowledgeBase, lex: Lexicon,
    home: str | None = None,
) -> list[RolePhrase]:
    """Role phrases whose holder at ``day`` the knowledge base knows. A role noun that names no
    state ("der Bundeskanzler", "der Innenminister") is the ``home`` state's office where that
    state has a holder (the state the article is about), else the noun's own default."""
    out: list[RolePhrase] = []
    words = [t for _, _, t in toks]
    for i, tok in enumerate(words):
        noun = lex.role_nouns.get(tok)
        state: str | None = None
        if noun is None and "-" in tok:
            head, _, tail = tok.rpartition("-")
            noun = lex.role_nouns.get(tail)
            if noun is None:
                continue
            if any(head.startswith(p.rstrip("-")) for p in lex.role_blocker_prefixes):
                continue  # "Ex-US-Präsident"
            state = kb.prefixes.get(head) or _person_state(kb.lookup(head))
            if state is None:
                continue  # an unknown compound: "Bezirks-Präsident"
        if noun is None:
            continue
        first = i
        if i >= 4 and words[i - 1] in ("und", "oder") and words[i - 2] == "-":
            first = i - 3  # "der russische Staats- und Regierungschef": the phrase starts before
        if first > 0 and state is None:
            prev = words[first - 1]
            # "russische", "Russlands", and the invariant adjective that is also the people's
            # name: "der Schweizer Bundespräsident" is Switzerland's, not Germany's
            state = _adjective_state(prev, kb, lex) or kb.genitives.get(prev) or (
                kb.demonyms.get(prev) if prev.endswith("er") else None)
            if state is not None and prev[:1].isupper() and first > 1 and words[first - 2] not in _SENTENCE_ENDS and \
                    prev not in kb.genitives and not prev.endswith("er"):
                continue  # a capitalised adjective inside a sentence begins a name: "der Freien Syrischen Armee"
            if state is not None:
                first -= 1
        # a blocker just before the phrase: "der ehemalige US-Präsident", "ein russischer Präsident"
        if any(_blocks(words[j], lex) for j in range(max(0, first - 2), first)):
            continue
        if first >= 2 and words[first - 1] in ("des", "der") and words[first - 2] in lex.office_nouns:
            continue  # the office: "Kandidat für das Amt des US-Präsidenten", "die Wahl des Bundespräsidenten"
        if noun.key not in lex.government_roles and (
                (i + 1 < len(words) and words[i + 1] in _PLURAL_AFTER) or
                (first > 0 and words[first - 1] in ("die", "Die") and not tok.endswith(("in", "innen")))):
            continue  # many holders: "die Außenminister beider Länder", "die EU-Außenminister"

        if state is None and i + 1 < len(words):
            nxt = words[i + 1]  # "Präsident Russlands", "Außenminister der Ukraine"
            if nxt in kb.genitives:
                state = kb.genitives[nxt]
            elif nxt in ("der", "des"):
                # a state's name of several words too: "der Präsident der Vereinigten Staaten"
                state = next((kb.genitives[name] for n in (3, 2, 1) if i + 1 + n < len(words)
                              and (name := " ".join(words[i + 2:i + 2 + n])) in kb.genitives), None)
        # the state is left to the article where the phrase names none and the noun is no one
        # state's ("der Innenminister", "der Bundeskanzler"; not "der Kremlchef", nor a phrase
        # with a genitive or "von" after it: "der Sondergesandte des Weißen Hauses")
        # ("der Bundespräsident" in an article about the USA is still Germany's)
        here = None if noun.shared and home not in noun.shared else home
        implicit = state is None and not noun.generic and (noun.state is None or bool(noun.shared)) and not (
            i + 1 < len(words) and words[i + 1] in ("des", "der", "von", "vom")) and not (
            # "auf Ebene der Außenminister", "ein Treffen der Innenminister": the ministers of many states
            first >= 2 and words[first - 1] == "der" and words[first - 2][:1].isupper() and
            words[first - 2].isalpha() and (first < 3 or words[first - 3] not in _SENTENCE_ENDS))
        state = state or noun.state or (here if implicit else None)
        if state is None:
            continue
        if noun.key in lex.government_roles:
            if first == i and "-" not in tok:
                continue  # "die Regierung" alone names no state
            out.append(RolePhrase(toks[first][0], toks[i][1], first, i, state, True))
            continue
        if day is None:
            continue
        holder = kb.holder(noun.key, state, day)
        if implicit and here and here != state and kb.holder(noun.key, here, day) is not None:
            holder = kb.holder(noun.key, here, day)  # "der Bundeskanzler" in an Austrian article
        if holder is not None:
            out.append(RolePhrase(toks[first][0], toks[i][1], first, i, holder, False, noun.key, implicit,
                                  noun.shared))
    return out


@dataclass(frozen=True, slots=True)
class EnglishRole:
    """An English role phrase ("the US president", "Israel's prime minister", "the Kremlin
    spokesman"), before its holder is known: the office and the state it names, if any."""

    start: int
    end: int
    first: int  # token indices of the phrase, its possessor included
    last: int
    key: str
    state: str | None  # named in the text (possessor, "of Russia") or the phrase's own ("secretary of state")
    explicit: bool  # the text names the state
    titled: bool  # a name follows: "Prime Minister Benjamin Netanyahu" (the name carries the office)
    government: bool  # "the Israeli government": the state itself
    generic: bool  # many bodies have it ("president"): no article's state


def english_role_phrases(
    toks: Sequence[tuple[int, int, str]], kb: KnowledgeBase, lex: Lexicon, day: str | None,
) -> list[EnglishRole]:
    """The English role phrases of a text (``lex.role_phrases``, longest first, any case), with
    the state their possessor names ("Chinese", "U.S.", "Israel's", "the EU's", "the Kremlin",
    "Trump's": the state he acts for) or a genitive after them ("the president of Russia").
    Left out: a blocker before them ("a former prime minister", "the deputy foreign minister"),
    a phrase with neither a state nor "the" ("was elected president"), one followed by "of"
    without a state ("the president of the football club") or by "for" ("Secretary of State for
    Business"), and one inside a name ("the Premier League")."""
    out: list[EnglishRole] = []
    if not lex.role_phrases:
        return out
    words = [t for _, _, t in toks]
    low = [w.lower() for w in words]
    longest = max(len(p) for p in lex.role_phrases)
    i = 0
    while i < len(words):
        hit = next(((n, noun) for n in range(min(longest, len(words) - i), 0, -1)
                    if (noun := lex.role_phrases.get(tuple(low[i:i + n]))) is not None), None)
        if hit is None or not words[i][:1].isalpha():
            i += 1
            continue
        n, noun = hit
        first, last = i, i + n - 1
        i = last + 1
        nxt = words[last + 1] if last + 1 < len(words) else "."
        if nxt.lower() in lex.role_stop_after:
            continue
        # a capitalised word after it (not a day: "the president Monday said") is a name it titles
        titled = nxt[:1].isupper() and nxt.replace("-", "").isalpha() and nxt not in _english_words()[1]
        # the possessor before the phrase: "Chinese", "U.S.", "Israel's", "the EU's", "the Kremlin"
        state, owner = None, first
        for size in (3, 2, 1):
            lo = first - size
            if lo < 0:
                continue
            text = " ".join(words[lo:first])
            if words[first - 1] == "." and lo >= 1 and toks[first - 2][1] == toks[first - 1][0]:
                text = " ".join(words[lo - 1:first - 1]) + "."  # "U.S. president": "U.S" and "."
                lo -= 1
            state = _english_possessor(text, kb, lex, day, government=noun.key in lex.government_roles)
            if state is not None:
                owner = lo
                break
        if any(w in lex.role_blockers for w in words[max(0, owner - 2):first]):
            continue  # "a former Israeli prime minister", "the late president"
        explicit = state is not None
        if nxt in lex.role_genitive_words:
            k = last + 2 + (last + 2 < len(words) and low[last + 2] == "the")
            state = next((s for size in (4, 3, 2, 1) if k + size <= len(words)
                          and (s := _english_possessor(" ".join(words[k:k + size]), kb, lex, day, possessive=False))),
                         None) if not explicit else state
            if state is None:
                continue  # "the president of the football club"
            explicit = True
        if not explicit and not titled and (first == 0 or words[first - 1] not in lex.role_determiners):
            continue  # "was elected president", "club president"
        out.append(EnglishRole(toks[owner][0], toks[last][1], owner, last, noun.key, state or noun.state, explicit,
                               titled, noun.key in lex.government_roles, noun.generic))
    return out


def _english_possessor(text: str, kb: KnowledgeBase, lex: Lexicon, day: str | None,
                       possessive: bool = True, government: bool = False) -> str | None:
    """The state (or organisation with offices) an English possessor names: "Chinese", "U.S.",
    "Israel's", "EU’s", "Kremlin" (the state it stands for), "Trump's" and "Trump envoy" (the
    state he acts for at ``day``; "the Biden administration": the state of his latest office)."""
    bare = text
    for ending in lex.role_possessive_endings if possessive else ():
        if text.endswith(ending) and len(text) > len(ending) + 1:
            bare = text[: -len(ending)]
            break
    if " " not in bare and (state := english_demonym_state(bare, kb) or kb.demonyms.get(bare)) is not None:
        return state  # "Chinese", "Saudi" (a people's name that is its adjective too)
    entry = kb.lookup(bare, genitive_s=False)
    if entry is None:
        return None
    if entry.type == "LOC" and entry.adjectives:
        return entry.id
    if entry.stands_for:
        return entry.stands_for
    if entry.type == "ORG":
        return entry.id
    if entry.type == "PER" and possessive:
        return entry.state_at(None if government else day)
    return None


def role_holder(phrase: str, day: str, kb: KnowledgeBase | None = None, lex: Lexicon | None = None) -> str | None:
    """Who a role phrase names at ``day``: ``role_holder("der US-Präsident", "2023-05-01")`` is
    Biden's id. For a later step that knows an event's own date (the stage resolves at the
    article's date)."""
    found = find_roles(tokenize(phrase), day, kb or load_kb(), lex or load_lexicon())
    return found[-1].entity if found else None


def _person_state(entry: KbEntry | None) -> str | None:
    """The state a person's compound names, by the person's latest office: "die Biden-Regierung"
    is the US government even in an article written after his term."""
    if entry is None or entry.type != "PER":
        return None
    return entry.state_at(None)


# --- resolution ----------------------------------------------------------------------------


@dataclass
class _Actor:
    id: str
    type: EntityType
    name: str
    kb: KbEntry | None = None
    surfaces: dict[str, int] = field(default_factory=dict)
    # role phrases said of it ("US-Präsident", "der Bundestrainer"): aliases, never names, so
    # they link no later short form ("Präsident" is nobody's surname)
    roles: set[str] = field(default_factory=set)
    stands_for: str | None = None


def _capitalised(word: str) -> bool:
    """A word written as a name is: capitalised, or a surname behind a small particle
    ("al-Bashir", "el-Sisi")."""
    if word[:1].isupper():
        return True
    return _glued_surname(word)


def _glued_surname(word: str) -> bool:
    """A surname glued to a particle, written in lower case: "az-Zawahiri", "al-Bashir",
    "el-Sisi" (``surname_particles`` in ``de.json``)."""
    head, dash, rest = word.partition("-")
    return bool(dash) and head[:1].islower() and f"{head}-" in _surname_particles() and rest[:1].isupper()


@lru_cache(maxsize=1)
def _surname_particles() -> tuple[str, ...]:
    """The particles glued to a surname, in lower and upper case ("al-", "Al-")."""
    particles = load_lexicon().surname_particles
    return tuple(dict.fromkeys((*particles, *(p[:1].upper() + p[1:] for p in particles))))


def _initial(words: Sequence[str], k: int) -> bool:
    """Whether token ``k`` is a middle initial: one capital letter and its full stop ("George
    W. Bush", "Larry A. Silverstein")."""
    return (
        len(words[k]) == 1 and words[k].isupper() and words[k].isalpha()
        and k + 1 < len(words) and words[k + 1] == "."
    )


def _strip_person(words: list[str], lex: Lexicon, kb: KnowledgeBase) -> tuple[int, int]:
    """The token range of a tagged person span that is the name: titles and role nouns before it
    ("Präsident Trump", "Politologe Alexej Naumow") and refused words after it are cut."""

    def title(w: str) -> bool:
        return w in lex.not_person or _adjective_state(w, kb, lex) is not None or _is_title(w, lex)

    a, b = 0, len(words)
    while a < b and (title(words[a]) or not _capitalised(words[a])):
        a += 1
    # after the name: refused words, and a lone initial cut off by the tokenizer ("Karl L.")
    while b > a and (
        words[b - 1] in lex.not_person
        or words[b - 1] in lex.person_titles
        or not _capitalised(words[b - 1])
        or len(words[b - 1]) == 1
    ):
        b -= 1
    # a title inside: the tagger ran two spans together ("Carsten Rehder Kanzlerin Merkel",
    # "Gernot Kirch Von Gernot Kirch"); the name after the last title is the one meant
    for k in range(b - 1, a, -1):
        if title(words[k]) or words[k] in lex.credit_lines:
            a = k + 1
            break
    # a name written twice in a row ("Daniel Eckert Daniel Eckert Biografie", from a byline box)
    for half in range(2, (b - a) // 2 + 1):
        if words[a : a + half] == words[a + half : a + 2 * half]:
            b = a + half
            break
    # after a full name: a dateline, a credit word or a town ("Herbert Rude FRANKFURT",
    # "Stephan Mayer Foto", "Guillermo Granja Quito")
    # (not a surname after a middle initial: "John F. Kennedy", Kennedy being a town too)
    while b - a >= 3 and not (b - a >= 4 and _initial(words, b - 3)) and (
        (words[b - 1].isupper() and len(words[b - 1]) > 1)
        or words[b - 1] in lex.credit_markers
        or words[b - 1] in place_names()
    ):
        b -= 1
    return a, b


@lru_cache(maxsize=1)
def _english_words() -> tuple[frozenset[str], frozenset[str]]:
    """English function words (the ingest lexicon's) and month and weekday names (the time
    lexicon's)."""
    import json
    from importlib import resources

    ingest = json.loads(resources.files("lagebild.resources.ingest").joinpath("en.json").read_text("utf-8"))
    time = json.loads(resources.files("lagebild.resources.time").joinpath("en.json").read_text("utf-8"))
    quotes = json.loads(resources.files("lagebild.resources.quotes").joinpath("en.json").read_text("utf-8"))
    calendar = {w for key in ("months", "month_abbreviations", "weekdays") for w in time.get(key, {})}
    # pronouns the tagger reads as names at a sentence's start ("She said …")
    pronouns = {w.lower() for key in ("pronouns", "nominative_pronouns", "first_person") for w in quotes.get(key, ())}
    return frozenset(ingest["function_words"]) | frozenset(pronouns), frozenset(calendar)


def _english_name(words: Sequence[str], lex: Lexicon) -> bool:
    """Whether an untagged-by-the-KB span of an English text can be a name: no lower-case word
    but function words inside it ("Bank of England", not "The two leaders last"), not opened by
    a function word before a lower-case one, not a month or weekday ("July")."""
    function, calendar = _english_words()
    if len(words) == 1 and (words[0] in calendar or words[0].lower() in function):
        return False  # "July", "She"
    if words[0] in lex.english_not_names and (len(words) == 1 or words[1][:1].islower()):
        return False  # a sentence's opener: "According", "Under", "Hundreds of Palestinians", "It"
    if len(words) == 1 and words[0] in lex.person_titles:
        return False  # "European leaders", "Russian President …": an adjective or a title alone
    if any(w in calendar or w.rstrip(".") in calendar for w in words):
        return False  # a date: "Feb 4", "Jan 16 (Reuters)"
    if len(words) > 1 and all(w.isupper() for w in words if w.isalpha()):
        return False  # a phrase in capitals: "HAVE A DEAL", "RELEASED SHORTLY" (known names are found before)
    if any(w[:1].islower() and w not in function for w in words):
        return False
    return not (len(words) > 1 and words[0].lower() in function and words[1][:1].islower())


def _looks_like_name(words: Sequence[str], lex: Lexicon) -> bool:
    """Whether tokens read as a person's name: capitalised words (particles allowed), none a word
    that names no person, no digits, not all capitals."""
    if not words:
        return False
    for n, w in enumerate(words):
        if w in lex.name_particles or w in lex.joining_particles:
            continue
        if w == "." and 0 < n <= 3 and _initial(words, n - 1) and n + 1 < len(words):
            # the full stop of an initial: "Larry A. Silverstein", "F. Gary Gray" (names10); after
            # two given names at most ("Istituto Statale Superiore E. Balducci" is a school)
            continue
        if not _capitalised(w) or any(c.isdigit() for c in w) or w in lex.not_person or w in lex.person_titles:
            return False
        if _GLUED_RE.search(w):
            return False
    return not all(w.isupper() for w in words)


_Span = tuple[int, int, KbEntry]  # characters of a knowledge-base name, and its actor


def resolve(
    doc: Document,
    ner: Iterable[Mention],
    kb: KnowledgeBase | None = None,
    lex: Lexicon | None = None,
    gazetteer: Gazetteer | None = None,
) -> tuple[tuple[Mention, ...], tuple[Entity, ...]]:
    """The document's resolved mentions and canonical entities, from the tagger's ``ner`` spans
    and the knowledge base (default: the bundled one)."""
    mentions, entities, _ = resolve_document(doc, ner, kb, lex, gazetteer)
    return mentions, entities


def resolve_document(
    doc: Document,
    ner: Iterable[Mention],
    kb: KnowledgeBase | None = None,
    lex: Lexicon | None = None,
    gazetteer: Gazetteer | None = None,
) -> tuple[tuple[Mention, ...], tuple[Entity, ...], tuple[Mention, ...]]:
    """:func:`resolve`, and the persons the tagger named by a surname alone that the document
    links to nobody (``Document.surnames``: the corpus merge links them)."""
    from lagebild.entities.kb import load_lexicon

    kb = kb or load_kb()
    lex = lex or load_lexicon(doc.language)
    gaz = gazetteer or (default_gazetteer() if kb is load_kb() else Gazetteer.build(kb))
    r = _Resolver(doc, kb, lex, gaz)
    mentions, entities = r.run(sorted(ner, key=lambda m: (m.start, -(m.end - m.start))))
    # a later step may have linked the word after all ("Gysi … Fraktionschef Gregor Gysi")
    surnames = tuple(m for m in r.surnames if not any(r.taken[m.start:m.end]))
    return mentions, entities, surnames


class _Resolver:
    """The working state of resolving one document: its tokens, the characters already claimed
    by a mention, and the actors found so far. Each step is one method; :meth:`run` orders them."""

    def __init__(self, doc: Document, kb: KnowledgeBase, lex: Lexicon, gaz: Gazetteer) -> None:
        self.doc, self.kb, self.lex, self.gaz = doc, kb, lex, gaz
        self.body = doc.body
        self.toks = tokenize(self.body)
        self.words = [t for _, _, t in self.toks]
        self.starts = [a for a, _, _ in self.toks]
        self.ends = [b for _, b, _ in self.toks]
        self.zones = junk_zones(self.body, lex)
        self.day = reference_day(doc)
        self.authors = {fold(a) for a in doc.authors} | {fold(a.split()[-1]) for a in doc.authors if a.split()}
        self.given = first_names()
        self.actors: dict[str, _Actor] = {}
        self.found: list[Mention] = []
        self.taken = bytearray(len(self.body) + 1)  # characters already inside a mention
        self.local: dict[str, str | None] = {}  # surname or acronym -> actor id (None: ambiguous)
        # "Politologe" -> the person it introduced, and where (it refers back only after that)
        self.appositions: dict[str, tuple[str, int]] = {}
        self.full_names: set[str] = set()  # unknown persons' full names the tagger found
        self.family_first: dict[str, str | None] = {}  # "Park" -> Park Geun-hye; None: two persons
        self.surnames: list[Mention] = []  # tagged one-word persons linked to nobody here
        self.tag_starts: set[int] = set()  # tokens where a tagged place, organisation … begins
        self.person_starts: set[int] = set()  # tokens where a tagged person begins
        self._lower: frozenset[str] | None = None  # the lower-case words of the text (English common words)
        self._indefinite: frozenset[str] | None = None  # capitalised words after "ein", "einen" … (common nouns)

    def run(self, ner: list[Mention]) -> tuple[tuple[Mention, ...], tuple[Entity, ...]]:
        spans = self.overrule(self.kb_names(), ner)
        self.roles(spans, ner)  # before the names, so that "Kreml-Chef" is a role, not the Kreml
        self.demonyms(spans)
        self.institutions(spans)
        self.names(spans)
        self.tagged(ner)
        if self.doc.language == "en":
            self.english_names()
        self.name_shapes()
        self.titled_surnames()
        self.mononyms()
        self.short_mentions()
        self.descriptors()
        self.compound_heads()
        self.organisations()
        self.office_holders()
        self.english_roles_again()
        self.titles_again()
        self.demonym_persons()
        self.found.sort(key=lambda m: (m.start, m.end))
        used = {m.entity for m in self.found}
        entities = tuple(_entity(self.actors[eid], self.day) for eid in sorted(self.actors) if eid in used)
        return tuple(self.found), entities

    # --- bookkeeping -----------------------------------------------------------------------

    def token_span(self, start: int, end: int) -> tuple[int, int] | None:
        """The first and last token of a character span that begins and ends on token bounds."""
        k0, k1 = bisect_left(self.starts, start), bisect_left(self.ends, end)
        if k0 < len(self.toks) and k1 < len(self.toks) and self.starts[k0] == start and self.ends[k1] == end:
            return k0, k1
        return None

    def claim(self, start: int, end: int) -> bool:
        """Reserve characters for a mention; False where they overlap one or lie in junk."""
        if any(self.taken[start:end]) or _inside(self.zones, start, end):
            return False
        self.taken[start:end] = b"\x01" * (end - start)
        return True

    def add(
        self,
        start: int,
        end: int,
        eid: str,
        typ: EntityType,
        name: str,
        entry: KbEntry | None,
        kind: str = "name",
        label: EntityType | None = None,
        alias: bool = True,
        role: bool = False,
    ) -> None:
        """Record a mention of the actor ``eid`` (created on first sight). ``alias``: the
        surface is a name of it; ``role``: a role phrase said of it."""
        a = self.actors.get(eid)
        if a is None:
            a = self.actors[eid] = _Actor(eid, typ, name, entry)
        # Every surface form seen for an actor is one of its aliases (the export's contract), role
        # phrases included: "US-Präsident" said of Trump in 2025 is how this corpus names him, and
        # a reader (or a scorer) matching "der Bundestrainer" to its person needs that form. Only
        # demonyms stay out ("die Russen" act for Russia but are no name of it).
        if alias or role:
            surface = " ".join(self.body[start:end].split())
            if alias:
                a.surfaces[surface] = a.surfaces.get(surface, 0) + 1
            else:
                a.roles.add(surface)
        self.found.append(Mention(start, end, label or typ, eid, kind))  # type: ignore[arg-type]

    def add_entry(self, start: int, end: int, entry: KbEntry, kind: str = "name", alias: bool = True) -> None:
        """Record a mention of a knowledge-base actor."""
        self.add(start, end, entry.id, entry.type, entry.name, entry, kind, alias=alias)

    # --- the steps -------------------------------------------------------------------------

    def kb_names(self) -> list[_Span]:
        """Every knowledge-base name in the text, longest first, left to right."""
        words, toks, first = self.words, self.toks, self.gaz.first
        spans: list[_Span] = []
        # most tokens start no alias: the cheap conditions pick the few to match in full
        candidates = [
            i for i, w in enumerate(words) if w in first or ((w[-1] in "s’'" or "-" in w) and w[:1].isupper())
        ]
        after = 0  # the first token not inside the last match
        english = self.doc.language == "en"
        for i in candidates:
            if i < after:
                continue
            hit = self.gaz.match(words, i)
            if hit is not None and english and hit[2] is None and words[i] not in first and \
                    words[i].endswith("s") and not words[i].endswith(("'s", "’s")):
                continue  # English has no genitive in -s: "the Natuna Islands" are not Iceland ("Island")
            if hit is not None:
                j, eid, head = hit
                spans.append((toks[i][0], toks[i][0] + head if head else toks[j - 1][1], self.kb.entries[eid]))
                after = j
        return spans

    def overrule(self, spans: list[_Span], ner: list[Mention]) -> list[_Span]:
        """Knowledge-base names that a tagged person's name corrects: an unlisted spelling of the
        known person widens the match ("Wolodimir Selenskij"); a known surname inside another
        person's name is that person's ("Hunter Biden", "Jill Biden")."""
        overruled: list[tuple[int, int]] = []
        widened: list[_Span] = []
        for m in ner:
            span = self.token_span(m.start, m.end) if m.label == "PER" else None
            if span is None:
                continue
            k0, k1 = span
            a, b = _strip_person(self.words[k0 : k1 + 1], self.lex, self.kb)
            if b - a < 2 or not _looks_like_name(self.words[k0 + a : k0 + b], self.lex):
                continue
            s, e = self.toks[k0 + a][0], self.toks[k0 + b - 1][1]
            inner = [x for x in spans if s <= x[0] and x[1] <= e and (x[0], x[1]) != (s, e)]
            whole = self.kb.lookup(" ".join(self.body[s:e].split()))
            if inner and whole is not None and whole.type == "PER":
                overruled.append((s, e))
                widened.append((s, e, whole))
            elif len(inner) == 1 and inner[0][2].type == "PER" and inner[0][1] == e and inner[0][0] > s:
                known = inner[0][2]
                overruled.append((s, e))
                if set(self.words[k0 + a : k0 + b]) <= {w for n in (known.name, *known.aliases) for w in n.split()}:
                    widened.append((s, e, known))  # part of the known full name: "Tayyip Erdoğan"
                # else the known name is the surname of the tagged one: someone else ("Hunter
                # Biden"), unlike "Putins Hoffen" or "Trump Selenskyj", where the tagger overreached
        for s, e in overruled:
            spans = [x for x in spans if not (s <= x[0] and x[1] <= e)]
        spans = sorted(spans + widened, key=lambda x: x[0])
        return [x for x in spans if not self.other_bearer(x)]

    def other_bearer(self, span: _Span) -> bool:
        """Whether a known person's surname alone follows a given name that is not among the
        known person's names ("Robert Biden" is not Joe Biden)."""
        s, e, entry = span
        if entry.type != "PER" or " " in self.body[s:e]:
            return False
        return self.after_other_given(bisect_left(self.starts, s), (entry.name, *entry.aliases))

    def after_other_given(self, k: int, names: Iterable[str]) -> bool:
        """Whether token ``k`` follows a given name that none of ``names`` starts with."""
        prev = self.words[k - 1] if k > 0 else ""
        return prev in self.given and not any(a.startswith(prev + " ") for a in names)

    def roles(self, spans: list[_Span], ner: list[Mention]) -> None:
        """Role phrases ("US-Präsident", "der russische Präsident"), unless a name follows them:
        "US-Präsident Donald Trump" is found by the name."""
        # every token inside a tagged or known person's name (a tagged span may begin before
        # the role: "Carsten Rehder Kanzler Olof Scholl")
        person = [(m.start, m.end) for m in ner if m.label == "PER"] + [(s, e) for s, e, x in spans if x.type == "PER"]
        in_person = {k for s, e in person for k in range(bisect_left(self.starts, s), bisect_left(self.starts, e))}
        home = self.home_state(spans)
        if self.lex.language == "en":
            self.english_roles(in_person)
            return
        named = [x for s, _, x in spans if x.type == "PER"]
        for r in find_roles(self.toks, self.day, self.kb, self.lex, home):
            if r.last + 1 in in_person:
                continue
            if r.last + 1 < len(self.words) and self.kb.surnames.get(self.words[r.last + 1]):
                continue  # "Kanzler Kern": a known person's surname, found by titled_surnames
            nxt = self.words[r.last + 1 : r.last + 3]
            # (a first name opens it, not a particle: "der Präsident der Vereinigten Staaten")
            if len(nxt) == 2 and nxt[0][:1].isupper() and _looks_like_name(nxt, self.lex) and \
                    not self.kb.lookup(nxt[0]) and not self.kb.lookup(" ".join(nxt)):
                # "Die indonesische Außenministerin Retno Wulandari": a first and a last name after
                # the role, though neither tagger nor knowledge base knows them, are its holder
                continue
            if r.implicit and r.key and self.day:
                # "Bundeskanzler Werner Faymann … Der Bundeskanzler sagte": the holder of that office
                # the article named (of any state) before the office's default holder
                before = [x for s, _, x in spans if x.type == "PER" and s < r.start]
                holding = [x for x in reversed(before or named)
                           if any(role.key == r.key and role.holds(self.day) and (not r.shared or role.of in r.shared)
                                  for role in x.roles)]  # (Köhler, not Bush, is "der Bundespräsident")
                if holding:
                    r = replace(r, entity=holding[0].id)
            entry = self.kb.entries.get(r.entity)
            if entry is not None and self.claim(r.start, r.end):
                self.add(
                    r.start,
                    r.end,
                    entry.id,
                    entry.type,
                    entry.name,
                    entry,
                    "metonym" if r.government else "role",
                    entry.type,
                    alias=False,
                    role=True,
                )

    def english_roles(self, in_person: set[int]) -> None:
        """English role phrases whose state the text names, or whose office one state has
        ("the US president", "Israel's prime minister", "the Kremlin spokesman", "the secretary of
        state"): the knowledge base's holder at the reference day, claimed before the names (so
        that "the US president" is Trump, not the USA). "the Israeli government" is Israel (a
        metonym). The others wait for :meth:`english_roles_again`."""
        for r in english_role_phrases(self.toks, self.kb, self.lex, self.day):
            if r.titled or r.last + 1 in in_person or r.state is None:
                continue
            if r.government:
                entry = self.kb.entries.get(r.state)
                if r.explicit and entry is not None and self.claim(r.start, r.end):
                    self.add(r.start, r.end, entry.id, entry.type, entry.name, entry, "metonym", alias=False,
                             role=True)
                continue
            holder = self.kb.holder(r.key, r.state, self.day) if self.day else None
            entry = self.kb.entries.get(holder or "")
            if entry is not None and self.claim(r.start, r.end):
                self.add_role(r.start, r.end, entry.id)

    def add_role(self, start: int, end: int, eid: str) -> None:
        """Record a role phrase said of the actor ``eid`` (a knowledge-base actor or one found)."""
        entry = self.kb.entries.get(eid)
        if entry is not None:
            self.add(start, end, entry.id, entry.type, entry.name, entry, "role", entry.type, alias=False, role=True)
        else:
            a = self.actors[eid]
            self.add(start, end, a.id, a.type, a.name, a.kb, "role", alias=False, role=True)

    def english_roles_again(self) -> None:
        """English role phrases used again without a name, after the article named the holder
        ("President Donald Trump … the president said", "Chinese Vice Premier He Lifeng … the
        Chinese vice premier"), as German ``titles_again`` does: the latest person named before
        it with the same office, by the knowledge base's offices at the reference day or by the
        title written before the name; of the phrase's state where it names one. A phrase of an
        office no state holds alone (not "president") falls back to the state the article names
        most. Nobody where the article named no such person (seventh user trial: "the
        president" stayed a string as a quote's speaker)."""
        if self.lex.language != "en":
            return
        persons = sorted((m.start, m.entity) for m in self.found if m.label == "PER" and m.entity
                         and m.entity in self.actors)
        at = {s: eid for s, eid in persons}
        titled: dict[int, tuple[str, str | None]] = {}  # start of the name -> the office written before it
        phrases = english_role_phrases(self.toks, self.kb, self.lex, self.day)
        for r in phrases:
            if r.titled and r.last + 1 < len(self.toks) and self.toks[r.last + 1][0] in at:
                titled[self.toks[r.last + 1][0]] = (r.key, r.state)
        for r in phrases:
            if r.titled or r.government or any(self.taken[self.starts[r.first + (r.first < r.last)]:r.end]):
                continue  # (a possessor may be claimed as a name: "Israel's| prime minister")
            # the holders named before: where several are, the one named most often ("U.S.
            # President Donald Trump … The US president later met Xi Jinping … the president
            # told reporters" is Trump); where two are named as often, nobody ("Putin met Xi.
            # The president said …")
            counts: dict[str, int] = {}
            for s, eid in persons:
                if s >= r.start:
                    break
                counts[eid] = counts.get(eid, 0) + 1
            holding = []
            for eid in counts:
                entry = self.kb.entries.get(eid)
                if any(o[0] == r.key and (not r.explicit or o[1] in (None, r.state))
                       for s, o in titled.items() if s < r.start and at[s] == eid) or (
                        entry is not None and self.day and any(
                            role.key == r.key and role.holds(self.day) and (not r.explicit or role.of == r.state)
                            for role in entry.roles)):
                    holding.append(eid)
            best = max((counts[eid] for eid in holding), default=0)
            top = [eid for eid in holding if counts[eid] == best]
            holder = top[0] if len(top) == 1 else None
            if holder is None and r.state is None and not r.generic and self.day:
                home = self.home_state_found()
                holder = self.kb.holder(r.key, home, self.day) if home else None
            if holder is None:
                continue
            self.found = [m for m in self.found if not (r.start <= m.start and m.end <= r.end)]
            self.taken[r.start:r.end] = b"\x00" * (r.end - r.start)
            if self.claim(r.start, r.end):
                if holder not in self.actors:
                    entry = self.kb.entries[holder]
                    self.add_role(r.start, r.end, entry.id)
                else:
                    self.add_role(r.start, r.end, holder)

    def home_state_found(self) -> str | None:
        """The state the article names most among the places found (:meth:`home_state` over the mentions)."""
        places = []
        for m in self.found:
            a = self.actors.get(m.entity or "")
            if a is not None and a.kb is not None and a.type == "LOC" and m.kind != "role":
                places.append(a.kb)
        return _most_named_state(places)

    def home_state(self, spans: list[_Span]) -> str | None:
        """The state the article is about: the one its known places and states name most often
        (a capital or a city counts for its state), where no other is named as often."""
        return _most_named_state([x for _, _, x in spans if x.type == "LOC"])

    def demonyms(self, spans: list[_Span]) -> None:
        """The people of a state act for it ("die Russen rücken vor", "was wird er mit den
        Japanern tun"): a metonym, but no alias of the state's name. A longer knowledge-base
        name the word begins goes first ("Schweizer Nationalbank")."""
        dem = self.kb.demonyms
        for k, w in enumerate(self.words):
            # "Palästinenserführung", "Kurdenmiliz": a people's noun and a body of theirs is the state
            if w not in dem and w[:1].isupper() and w.endswith(_PEOPLE_BODIES) and \
                    (head := w[: len(w) - len(next(b for b in _PEOPLE_BODIES if w.endswith(b)))]) in dem:
                s, e = self.toks[k][0], self.toks[k][1]
                if self.claim(s, e):
                    self.add_entry(s, e, self.kb.entries[dem[head]], "metonym", alias=False)
        for k in [k for k, w in enumerate(self.words) if w in dem]:
            state = dem[self.words[k]]
            s, e = self.toks[k][0], self.toks[k][1]
            if any(a <= s and e <= b and b - a > e - s for a, b, _ in spans):
                continue
            if self.claim(s, e):
                self.add_entry(self.toks[k][0], self.toks[k][1], self.kb.entries[state], "metonym", alias=False)

    def institutions(self, spans: list[_Span]) -> None:
        """A state's institution named by a compound: "US-Geheimdienste" acts for the USA."""
        body = self.body
        for s, e, entry in spans:
            tok_end = self.toks[bisect_left(self.starts, s)][1]
            institution = self.lex.institutions.get(body[e + 1 : tok_end]) if body[e : e + 1] == "-" else None
            if institution and (entry.adjectives or entry.prefixes) and self.claim(s, tok_end):
                name = f"{body[s:e]}-{institution}"
                self.add(s, tok_end, "org:" + slug(name), "ORG", name, None)
                self.actors["org:" + slug(name)].stands_for = entry.id

    def names(self, spans: list[_Span]) -> None:
        """The knowledge-base names; a capital or seat not after a locative preposition is a
        metonym ("Moskau reagierte", not "in Moskau")."""
        for s, e, entry in spans:
            if not self.claim(s, e):
                continue
            kind = "name"
            if entry.metonym:
                k = bisect_left(self.starts, s)
                prev = self.words[k - 1].lower() if k > 0 else ""
                kind = "name" if prev in self.lex.locative_prepositions else "metonym"
            self.add_entry(s, e, entry, kind)
            if entry.type == "PER":
                # "Emir Tamim …" / "Staatschef Xi Jinping": the title before the name refers
                # back to the person later ("Der Emir lobte …")
                k = bisect_left(self.starts, s)
                if k > 0 and _is_title(self.words[k - 1], self.lex):
                    self.appositions.setdefault(self.words[k - 1], (entry.id, s))
        # surnames of the known persons named in full link later short forms
        for eid, a in list(self.actors.items()):
            if a.kb is not None and a.type == "PER":
                for surface in a.surfaces:
                    if " " in surface:
                        _register(self.local, surface.split()[-1], eid)
                        self._family_first(surface.split(), eid)

    def tagged(self, ner: list[Mention]) -> None:
        """The tagger's spans that no step before claimed: known actors by spelling, the rest as
        new actors; persons with full names first, so that surnames can link to them."""
        words, toks, lex = self.words, self.toks, self.lex
        pending: list[tuple[int, int, str, EntityType, bool]] = []
        # where the tagger's other names begin: a name the tagger cut goes on up to them, not
        # into them ("Collegio Teutonico| di Santa Maria", a place)
        self.person_starts = {bisect_left(self.starts, m.start) for m in ner if m.label == "PER"}
        self.tag_starts = {bisect_left(self.starts, m.start) for m in ner if m.label != "PER"}
        for m in ner:
            cut = self.body.find("\n", m.start, m.end)
            if cut > m.start and len(self.body[m.start : cut].split()) >= 2:
                # a name of two words or more ends at a line's end: "Foto: Archiv Norbert J.
                # Leven\nFilder - …", "Ströer Content Group\nFahrzeugbau" (names10); a line
                # wrapped after one word goes on ("Deutsche-Börse-Chef Werner\nSeifert")
                m = Mention(m.start, len(self.body[:cut].rstrip()), m.label)
            span = self.token_span(m.start, m.end)
            if span is None or _inside(self.zones, m.start, m.end):
                continue
            k0, k1 = span
            titled = False
            label = m.label
            n = _role_phrase_at(words, k0, k1, lex)
            if n and 0 <= k1 - (k0 + n) <= 2 and _looks_like_name(words[k0 + n : k1 + 1], lex):
                # English: an office the tagger took into the name ("Vice Premier He Lifeng" tagged
                # MISC had become the person "Premier He Lifeng"): the name after it is a person
                k0, label, titled = k0 + n, "PER", True
            if label in ("ORG", "MISC") and k1 + 1 < len(words) and words[k1 + 1] in lex.org_heads:
                k1, label = k1 + 1, "ORG"  # the tagger stopped before the head: "German Marshall| Fund"
            if (
                label != "PER"
                and 1 <= k1 - k0 <= 2
                and _is_title(words[k0], lex)
                and _looks_like_name(words[k0 + 1 : k1 + 1], lex)
                and words[k1] not in lex.org_heads
            ):
                label = "PER"  # "Soziologin Schröck": a title before the name says it is a person
            elif (
                label == "LOC"
                and k1 - k0 <= 1
                and k0 >= 2
                and _is_title(words[k0 - 1], lex)
                and (words[k0 - 2] in _ARTICLES or words[k0 - 2][:1].islower())
                and _looks_like_name(words[k0 : k1 + 1], lex)
                and " ".join(words[k0 : k1 + 1]) not in place_names()
                and self.kb.lookup(" ".join(words[k0 : k1 + 1])) is None
                and (k1 + 1 >= len(words) or not words[k1 + 1][:1].isupper())
            ):
                # "der Terrorist Hambali", "Der norwegische Komiteechef Thorbjørn Jagland", tagged
                # a place: the title says a person (names10)
                label = "PER"
            elif (label in ("PER", "MISC") or (label == "LOC" and " ".join(words[k0 : k1 + 1]) not in place_names())) \
                    and k1 > k0 and (words[k1] in lex.org_heads or words[k0] in lex.org_leads):
                # "Acerta Pharma", "Welcome Center": a tagged person that is a company; "Commerce
                # Ministry" tagged MISC here and ORG there is one organisation (trial 7); a foreign
                # group word: "Jemaah Islamiyah" had been a person, "Kassam Brigaden" a place (names10)
                label = "ORG"
            elif label == "PER" and k1 > k0 and " ".join(words[k0 : k1 + 1]) in place_names():
                label = "LOC"  # "Phnom Penh", "Republika Srpska": a tagged person that is a place
            if label == "PER" and self.doc.language == "en" and _english_demonym(words[k0], self.kb) and \
                    k1 + 1 < len(words) and words[k1 + 1] in lex.person_titles:
                continue  # "Greek Finance| Minister Yanis Varoufakis": an origin and an office, no person
            if label == "PER":
                a, b = _strip_person(words[k0 : k1 + 1], lex, self.kb)
                if a >= b:
                    continue
                k0, k1 = self.extend_name(k0 + a, k0 + b - 1)
                # a title just before the name says it is a person: "Politologe Müller"
                before = words[k0 - 1] if k0 > 0 else ""
                titled = _is_title(before, lex)
                if k0 == k1 and k0 > 0 and _ascii(words[k0 - 1]) in self.given:
                    k0 -= 1  # the tagger missed the given name: "Néstor Kirchner"
                elif (
                    k0 > 1
                    and words[k0 - 1].isalpha()
                    and words[k0 - 1][:1].isupper()
                    and _is_title(words[k0 - 2], lex)
                    and not _is_title(words[k0 - 1], lex)
                ):
                    # a given name the lists do not know, between a title and the tagged
                    # surname: "HDP-Chef Selahattin Demirtas", "Asean-Generalsekretär Kao Kim Hourn"
                    k0, titled = k0 - 1, True
            s, e = toks[k0][0], toks[k1][1]
            if any(self.taken[s:e]) or any(_GLUED_RE.search(w) for w in words[k0 : k1 + 1]):
                continue
            surface = " ".join(self.body[s:e].split())
            entry = self.kb.lookup(surface, genitive_s=self.doc.language != "en")
            if entry is None and surface.isupper() and len(surface) > 3:
                # a dateline in capitals: "WASHINGTON/MOSCOW (Reuters) -", "KIEW (dpa) -"
                entry = self.kb.lookup(" ".join(w.capitalize() for w in surface.split()))
                if entry is None and self.dateline(k0, k1):
                    # a place the knowledge base does not know: "TURNBERRY, Scotland (AP) —" is the
                    # "Turnberry" of the text and of other articles, not an organisation (trial 7)
                    surface, label = " ".join(w.capitalize() for w in surface.split()), "LOC"
            if entry is not None:
                if self.claim(s, e):
                    self.add_entry(s, e, entry)
                continue
            pending.append((k0, k1, surface, label, titled))
        pending.sort(key=lambda p: (p[3] != "PER" or p[1] == p[0], p[0]))
        # full names also written in the genitive ("David Schalkos Serie") are one person
        self.full_names = {p[2] for p in pending if p[3] == "PER" and p[1] > p[0]}
        for k0, k1, surface, label, titled in pending:
            if label == "PER":
                self.person(k0, k1, titled)
            else:
                while k0 < k1 and self.words[k0] in self.lex.name_lead_words:
                    # "Der Zeitung Haaretz zufolge": the tagger took the article and the kind of
                    # outlet into the name
                    k0 += 1
                    surface = " ".join(self.body[self.toks[k0][0] : self.toks[k1][1]].split())
                self.other(k0, k1, surface, label)

    def name_word(self, k: int) -> bool:
        """Whether token ``k`` can go on with a person's name: capitalised (or a glued surname,
        "az-Zawahiri"), no title, no word that names no person, not claimed."""
        w = self.words[k]
        return (
            _capitalised(w) and w.replace("-", "").isalpha() and w not in self.lex.not_person
            and not _is_title(w, self.lex) and not self.taken[self.toks[k][0]] and k not in self.tag_starts
        )

    def extend_name(self, k0: int, k1: int) -> tuple[int, int]:
        """A tagged person's name with the parts the tagger cut off (names10, from German
        Wikinews): a middle initial and what follows ("Larry| A. Silverstein"; before the span:
        "John F.| Kennedy"), a joining particle and the surname ("Osama| bin Laden", "Charles| de
        Gaulle"), a glued surname ("Aiman| az-Zawahiri")."""
        words, lex, n = self.words, self.lex, len(self.words)
        while True:
            j = k1 + 1
            if j + 2 < n and _initial(words, j) and self.name_word(j + 2) and (
                words[j + 2] in surnames() or j + 2 in self.person_starts
                or (j + 3 < n and words[j + 3] in (",", "(", ";", "–", ":"))
            ):
                # (a listed or tagged surname, or one the clause ends after: German news shortens
                # a suspect's name to an initial, "Rabah N. Anklage erhoben", "Brahim A. Der
                # Franzose …"; "Joseph L.| Mankiewicz (1949/50)", "Larry| A. Silverstein, zugesagt")
                k1 = j + 2
                continue
            if j < n and words[j] in lex.joining_particles:
                j += 1
                while j < n and (words[j] in lex.later_particles or words[j] in lex.joining_particles):
                    j += 1
                if j < n and words[j][:1].isupper() and self.name_word(j):
                    k1 = j
                    continue
                break
            if j < n and _glued_surname(words[j]) and self.name_word(j):
                k1 = j
                continue
            break
        if k0 >= 3 and words[k0 - 1] == "." and _initial(words, k0 - 2) and self.name_word(k0 - 3) \
                and not _is_sentence_start(words, k0 - 3):
            k0 -= 3
        return k0, k1

    def person(self, k0: int, k1: int, titled: bool) -> None:
        """A tagged person the knowledge base does not know."""
        lex, local = self.lex, self.local
        names = self.words[k0 : k1 + 1]
        # "Baev von der Brookings": a known surname, then where he works
        cut = next((n for n, w in enumerate(names) if w in lex.name_particles), None)
        if cut and local.get(_base(names[cut - 1], local) or ""):
            k1, names = k0 + cut - 1, names[:cut]
        s, e = self.toks[k0][0], self.toks[k1][1]
        if names[-1].endswith(("'s", "’s")):  # "Helene Fischer's": the name without the ending
            names, e = [*names[:-1], names[-1][:-2]], e - 2
        surface = " ".join(self.body[s:e].split())
        if not _looks_like_name(names, lex) or fold(surface) in self.authors:
            return
        if self.doc.language == "en" and self.byline(s):
            return  # a reporter of the byline: "By Andrew Mills, Nidal al-Mughrabi and Maayan Lubell"
        if len(names) == 1:
            base = _base(surface, local)
            family = self.family_first.get(surface) if base is None else None
            if family is not None and self.claim(s, e):
                a = self.actors[family]  # "Park" after "Park Geun-hye"
                self.add(s, e, a.id, "PER", a.name, a.kb)
            elif base is not None:
                linked = local[base]
                if linked is not None and linked in self.actors and self.claim(s, e):
                    a = self.actors[linked]
                    self.add(s, e, linked, "PER", a.name, a.kb)
            # a person named by one word only: the tagger errs most here ("Strategic",
            # "Gambit"), so only with a title before it ("Politologe Müller")
            elif titled and self.claim(s, e):
                self.add(s, e, "per:" + slug(translit_key(surface) or surface), "PER", surface, None)
            elif not titled and not any(self.taken[s:e]) and surface not in self.given:
                # (a given name alone is nobody's surname: "Jan" must not join "Lin Jian" across
            # the corpus by its spelling key, trial 7)
            # without one, the word is kept aside: "Gysi erklärte, …" in an article that never
                # names Gregor Gysi in full is him where the corpus knows one person of that
                # surname (the corpus merge decides; a tagger error matches nobody's surname)
                self.surnames.append(Mention(s, e, "PER", None, "surname"))
            return
        genitive = surface.endswith("s") and (surface[:-1] in self.full_names or self.genitive_name(k0, k1))
        key = surface[:-1] if genitive else surface
        eid = "per:" + slug(translit_key(key) or key)
        if not self.claim(s, e):
            return
        self.add(s, e, eid, "PER", key, None)
        _register(local, names[-1][:-1] if genitive else names[-1], eid)
        self._family_first(names, eid)
        # "der Politologe Alexej Naumow", "den amtierenden Premier Victor Ponta", "Staatschef Klaus
        # Johannis": the noun before the name refers back to him later
        w = self.words
        if k0 >= 1 and w[k0 - 1][:1].isupper():
            j = k0 - 2
            while j >= 0 and w[j][:1].islower() and w[j].isalpha() and w[j] not in _ARTICLES and \
                    w[j].endswith(("e", "en", "er", "es", "em")):
                j -= 1  # adjectives between the article and the title
            if (j >= 0 and w[j] in ("der", "die", "den", "dem", "des", "Der", "Die", "Den", "Dem")) or \
                    _is_title(w[k0 - 1], self.lex):
                self.appositions.setdefault(w[k0 - 1], (eid, self.toks[k0][0]))

    def _family_first(self, names: Sequence[str], eid: str) -> None:
        """East Asian names put the family name first ("Park Geun-hye", "Moon Jae-in", "Li
        Qiang"), and the text goes on with it ("Park"): a first word that is no given name is
        kept for tagged single-word persons only, never for untagged words ("im Park")."""
        if len(names) == 2 and names[0] not in self.given and "-" not in names[0]:
            first = names[0]
            self.family_first[first] = eid if self.family_first.get(first, eid) == eid else None

    def genitive_name(self, k0: int, k1: int) -> bool:
        """Whether the full name at tokens ``k0..k1``, ending in -s, is the genitive before a noun.

        German puts a possessor's name before the noun without an article: "Steven Spielbergs
        Kalter-Krieg-Thriller", "Janusz Kaminskis Kamera", "Steven Spielbergs „Bridge of Spies“".
        A name written only so must not be canonical with its ending. Surnames that end in -s
        themselves ("Evans", "Sanders", from the name lists) and names after an article ("des
        Thomas Peters") are left as they are.
        """
        words = self.words
        last = words[k1]
        if len(last) < 4 or last.endswith("ss") or last in surnames() or k1 + 1 >= len(words):
            return False
        if k0 > 0 and words[k0 - 1] in _ARTICLES:
            return False
        after = words[k1 + 1]
        return after in _OPENING_QUOTES or (after[:1].isupper() and after not in self.lex.not_person)

    def other(self, k0: int, k1: int, surface: str, label: EntityType) -> None:
        """A tagged organisation, place or other name the knowledge base does not know."""
        if not surface[:1].isupper() and not surface[:1].isdigit():
            return  # "ukrainischen", "russische": adjectives the tagger took for names
        if k0 == k1 and surface.isupper() and k1 + 1 < len(self.words) and self.words[k1 + 1] == "!":
            return  # a word shouted in capitals, no acronym: „Wladimir, STOP!“
        if self.quoted(k0, k1):
            return  # a quotation, no name: „EPISCHE“, "We are advancing in the right direction" (trial 7)
        if k0 == k1 and self.shouted(k0):
            return  # a word of a phrase in capitals: "CHINA PLAYED IT WRONG, THEY PANICKED" (trial 7)
        if k0 == k1 and surface in self.lex.currency_words:
            return  # "750 Milliarden Dollar", "against the Euro": a currency is no actor (trial 7)
        if self.doc.language != "en" and label != "PER" and (
                self.owned_thing(k0, k1) or self.common_noun(k0, k1)
                or (label == "ORG" and self.common_phrase(k0, k1))):
            return  # a thing, an ordinary noun or phrase: no actor (branch entjunk, audit 2)
        if surface in self.full_names:
            # the tagger took a person named elsewhere in the text for an organisation here
            # ("Itamar Ben-Gvir"): one person, not a person and an organisation
            self.person(k0, k1, False)
            return
        if self.doc.language == "en":
            if k0 == k1 and _english_demonym(surface, self.kb):
                return  # "Indonesian coast guard ships": an adjective of origin, no name
            if k0 == k1 and surface.endswith("s") and _english_demonym(surface[:-1], self.kb):
                # "killed more than 400 Palestinians": people of a state, no place (trial 7: it was
                # a place "Palestinians"); not the state either, they are victims as often as actors
                return
            titles = 0
            while k0 + titles < k1 and self.words[k0 + titles] in self.lex.person_titles:
                titles += 1
            if titles and _looks_like_name(self.words[k0 + titles : k1 + 1], self.lex):
                # "Foreign Minister Retno Wulandari" tagged as a whole: the person after the titles
                self.person(k0 + titles, k1, True)
                return
        if self.doc.language == "en" and not _english_name(self.words[k0 : k1 + 1], self.lex):
            return  # the German tagger reads capitals as names: "The two leaders last", "July"
        if self.doc.language == "en" and (self.english_common(k0, k1) or self.byline(self.toks[k0][0])):
            return
        if self.doc.language == "en":
            while k0 > 0 and self.name_word_before(k0):
                # the tagger took the last word only: "at Goldman| Sachs" (trial 7)
                k0 -= 1
                surface = " ".join(self.body[self.toks[k0][0] : self.toks[k1][1]].split())
        if k0 == k1 and k0 > 0 and self.words[k0 - 1].lower() in ("in", "im", "unter", "außer", "zur", "zum") \
                and surface in self.lex.idiom_nouns:
            return  # "nahm die Aktivisten in Gewahrsam", "ist in Aufruhr": an idiom, no place
        s, e = self.toks[k0][0], self.toks[k1][1]
        eid = self.local.get(surface) or f"{label.lower()}:{slug(surface)}"
        if not self.claim(s, e):
            return
        a = self.actors.get(eid)
        self.add(s, e, eid, a.type if a else label, a.name if a else surface, a.kb if a else None)
        acro = _ACRONYM_RE.match(self.body, e)  # "Center for Strategic … Studies (CSIS)"
        if acro:
            _register(self.local, acro.group(1), eid)
            if self.claim(acro.start(1), acro.end(1)):
                a = self.actors[eid]
                self.add(acro.start(1), acro.end(1), eid, a.type, a.name, None)

    def owned_thing(self, k0: int, k1: int) -> bool:
        """Whether tokens ``k0..k1`` are a thing named by its owner's genitive, no organisation:
        a capitalised noun that is no organisation word and the genitive of a name that is no
        known place ("die „Krone Montezumas“", "die „Federkrone Montezumas“", tagged as
        organisations, had become the sides of a demand and an investigation; audit 2). A place's
        genitive can name a body ("Stimme Russlands", "Echo Moskaus"), so it stays."""
        if k1 != k0 + 1:
            return False
        noun, owner = self.words[k0], self.words[k1]
        lex = self.lex
        if not (noun.isalpha() and noun[:1].isupper() and owner.isalpha() and owner[:1].isupper()):
            return False
        if noun.isupper() or noun in lex.org_heads or noun in lex.org_leads or noun in lex.institutions or \
                noun in lex.quoted_name_nouns or noun.lower().endswith(lex.org_compound_heads) or \
                _is_title(noun, lex) or noun in _name_list_words() or _ascii(noun) in self.given or \
                self.kb.lookup(noun) is not None:
            return False  # "Kirche Schwedens", "Premier Tsipras", "Echo Kasans", "German Pellets": a name
        stem = owner[:-1]
        if not owner.endswith("s") or len(stem) < 3 or stem.isupper() or stem in place_names():
            return False
        entry = self.kb.lookup(stem)
        if entry is not None:
            return entry.type == "PER"
        # the genitive of a name: a given name or surname of the lists ("Schwert Karls"), or a
        # name ending in -a ("Montezumas"). An -s after another ending is mostly an English
        # plural, a Latin, Greek or Portuguese name ("Electronic Arts", "Spirit Tracks", "Saturnmond
        # Enceladus", "Moip Pagamentos", "Flughafen Eleftherios Venizelos": 70 such spans on 400
        # SmartData articles, and 14 with "-os")
        return stem[-1] == "a" or _ascii(stem) in self.given or stem in surnames()

    def common_noun(self, k0: int, k1: int) -> bool:
        """Whether a one-word tagged name is an ordinary noun: the text writes it after an
        indefinite article ("gegen einen Passus aus der Hauptsatzung", tagged a place: GeoNames
        knows a "Passus"; audit 2), and here it stands after that or another article ("Der Passus
        war eingeführt"). Without an article it stays a name ("einem Airbus" … "Airbus teilte
        mit")."""
        if k0 != k1 or k0 == 0 or self.words[k0 - 1] not in self.lex.indefinite_articles | self.lex.article_words:
            return False
        if k1 + 1 < len(self.words) and (self.words[k1 + 1][:1].isupper() or self.words[k1 + 1][:1].isdigit()):
            return False  # a name of several words goes on: "einen Nintendo 3DS", "der Bundesstraße 198"
        if self._indefinite is None:
            arts = self.lex.indefinite_articles
            self._indefinite = frozenset(
                w for k, w in enumerate(self.words) if k > 0 and self.words[k - 1] in arts and w[:1].isupper())
        word = self.words[k0]
        # a brand or a given name is written after "ein" for its product or its bearer ("ein Audi
        # fuhr", "einen Oscar", "einen Nintendo 3DS") and is a name there too: the tagger's lists
        # of organisations, names and given names know them (not its places: GeoNames lists "Passus")
        return word in self._indefinite and word not in _name_list_words(("ORG.txt", "MISC.txt", "ORGKW.txt")) \
            and _ascii(word) not in self.given

    def common_phrase(self, k0: int, k1: int) -> bool:
        """Whether a tagged adjective and noun are an ordinary phrase the text also writes with the
        adjective in lower case: der „Rote Löwe“ … „Diese Fahne zeigt einen roten Löwen“ (an
        emblem, tagged an organisation, had become the side of a demand; audit 2)."""
        if k1 != k0 + 1:
            return False
        adj, noun = self.words[k0], self.words[k1]
        if not (adj.isalpha() and noun.isalpha() and adj[:1].isupper() and not adj.isupper()) or len(adj) < 4:
            return False
        if noun in self.lex.org_heads or noun in _name_list_words(("ORG.txt", "ORGKW.txt")):
            return False  # "der Deutschen Bank" beside "deutschen Banken", "Der Bayerische Rundfunk": bodies
        a, n = adj[:-1].lower(), noun[: max(3, len(noun) - 1)]
        return any(w.startswith(a) and w.islower() and len(w) - len(a) <= 3 and self.words[k + 1].startswith(n)
                   for k, w in enumerate(self.words[:-1]) if k != k0)

    def english_names(self) -> None:
        """Persons of two capitalised words that the German tagger misses in English text, by
        the shape around them (trial 7): right after an English title ("Chinese Vice Premier He
        Lifeng agreed", "Hostage Romi Gonen") or opening a sentence before ", a professor at"
        ("Wang Wen, a professor at Renmin University, told …"; the nouns: `english_person_nouns`).
        Only where no other mention holds the words and no third capitalised word follows."""
        words, lex = self.words, self.lex
        n = len(words)

        def name_word(k: int) -> bool:
            w = words[k]
            return (w[:1].isupper() and w.replace("-", "").isalpha() and not w.isupper()
                    and w not in lex.person_titles and w not in lex.org_heads and not _english_demonym(w, self.kb))

        def free(k0: int, k1: int) -> bool:
            return not any(self.taken[self.toks[k0][0] : self.toks[k1][1]])

        for k in range(n - 2):
            if not (name_word(k) and name_word(k + 1)) or not free(k, k + 1):
                continue
            if k + 2 < n and words[k + 2][:1].isupper() and words[k + 2].isalpha():
                continue  # three capitalised words: not this shape
            before = words[k - 1] if k > 0 else ""
            titled = k > 0 and (
                # (an adjective of origin is no title here: "the European Central Bank")
                (before[:1].isupper() and _is_title(before, lex) and not _is_sentence_start(words, k - 1)
                 and not _english_demonym(before, self.kb))
                or before in lex.english_person_nouns  # "ministry spokesman Lin Jian said"
            )
            described = (
                _is_sentence_start(words, k) and words[k + 2] == ","
                and k + 3 < n and words[k + 3] in ("a", "an")
                and any(w in lex.english_person_nouns for w in words[k + 4 : k + 8])
            )
            # an age in commas after the name: "Romi Gonen, 24, Emily Damari, 28, and …"
            aged = (k + 4 < n and words[k + 2] == "," and words[k + 3].isdigit() and int(words[k + 3]) < 120
                    and words[k + 4] in (",", ".", ")"))
            if (titled or described or aged) and words[k + 1].lower() not in _english_words()[0] \
                    and not self.byline(self.toks[k][0]):
                self.person(k, k + 1, True)

    def name_shapes(self) -> None:
        """Persons the tagger missed whose shape says they are names (names10, from German
        Wikinews): a glued surname after a given name or a title ("Al-Qaida-Vizechef Aiman
        az-Zawahiri", "Terroristenführer al-Sarkawi"), a given name of the lists before a
        joining particle ("Osama bin Laden") or before a middle initial ("John F. Kennedy")."""
        words, n = self.words, len(self.words)
        wide = given_names()

        def given(word: str) -> bool:
            return word in self.given or word in wide or _ascii(word) in wide

        # the candidates first, by a cheap test (this runs over every word): a glued word, or a
        # word before a particle or a single letter
        joining = self.lex.joining_particles
        marks = self.indices(_shape_marks_re(joining))
        candidates = sorted(
            {k for k in marks if "-" in words[k]}
            | {k - 1 for k in marks if 0 < k < n - 1 and (len(words[k]) == 1 or words[k] in joining)}
        )
        done = -1
        for k in candidates:
            if k <= done:
                continue
            w = words[k]
            k0 = k1 = -1
            if _glued_surname(w) and self.name_word(k):
                k0 = k1 = k
                # the given names before it, up to three, where the first is a listed given name
                # or a name opener ("Abu Bakr al-Baghdadi") or follows a title ("Vizechef Aiman
                # az-Zawahiri"); not a noun of place: "die Region Sahl al-Ghab", "Kleinstadt al-Bab"
                j = k
                while j > 0 and k - j < 3 and self.name_word(j - 1) and not _is_sentence_start(words, j - 1):
                    j -= 1
                while j > 0 and k - j < 3 and self.name_word(j - 1) and given(words[j - 1]):
                    j -= 1  # a given name opening a sentence: "Aiman az-Zawahiri sagte"
                for start in range(j, k):
                    if given(words[start]) or words[start] in self.lex.name_openers or (
                        start > 0 and _is_title(words[start - 1], self.lex)
                    ):
                        k0 = start
                        break
                if words[k0] in self.lex.org_leads:
                    done = k1  # "Ahrar al-Sham": a group, for the organisation steps
                    continue
                if k0 == k1 and not (k0 > 0 and _is_title(words[k0 - 1], self.lex)):
                    # a glued word alone: a person only after a title, or the surname of a person
                    # named before in another spelling ("Aiman az-Zawahiri" … "die al-Sawahiri
                    # gehören soll")
                    self.glued_again(k)
                    k0 = k1 = -1
            elif k + 2 < n and (
                (words[k + 1] in self.lex.joining_particles and words[k + 1] not in _ARTICLES)
                or _initial(words, k + 1)
            ) and given(w) and self.name_word(k):
                k0, k1 = self.extend_name(k, k)
                if k1 == k:
                    k0 = k1 = -1
            if k0 >= 0:
                s, e = self.toks[k0][0], self.toks[k1][1]
                if not any(self.taken[s:e]) and not _inside(self.zones, s, e):
                    titled = k0 > 0 and _is_title(words[k0 - 1], self.lex)
                    self.person(k0, k1, titled)
                done = k1

    def glued_again(self, k: int) -> None:
        """A glued surname alone ("al-Sawahiri") that is, by its transliteration key without the
        particle, the surname of the one person named before with another glued surname."""
        key = translit_key(self.words[k].partition("-")[2])
        found = {
            eid for eid, a in self.actors.items() if a.type == "PER"
            for surface in a.surfaces if " " in surface and _glued_surname(surface.split()[-1])
            and translit_key(surface.split()[-1].partition("-")[2]) == key
        }
        s, e = self.toks[k][0], self.toks[k][1]
        if key and len(found) == 1 and self.claim(s, e):
            a = self.actors[found.pop()]
            self.add(s, e, a.id, "PER", a.name, a.kb)

    def mononyms(self) -> None:
        """A person named by one word that the tagger missed, where an apposition says it is a
        person (names10: "Dulmatin, einer der mutmaßlichen Bombenleger der Terroranschläge von
        Bali", "Dulmatin, ein mutmaßlicher Bombenbauer"; "der Terrorist Dulmatin"). The word must
        be capitalised, unclaimed, no word of the lists (title, place, given name alone) and
        not written in lower case in the text; the name then links its later mentions."""
        words, lex, n = self.words, self.lex, len(self.words)
        articles = ("der", "die", "den", "dem", "des")
        # the candidates first, by a cheap test (this runs over every word): before a comma and an
        # indefinite article, or two words after an article
        candidates = sorted(
            {k - 1 for k in self.indices(_APPOSITION_RE)}
            | {k + 2 for k, x in enumerate(words) if x in _ARTICLES and k + 2 < n}
        )
        for k in candidates:
            w = words[k]
            if k < 0 or not (w[:1].isupper() and w.isalpha() and len(w) >= 3) or self.taken[self.toks[k][0]]:
                continue
            named = False
            # "W, einer der mutmaßlichen Bombenleger": the apposition after it
            if k + 3 < n and words[k + 1] == "," and words[k + 2].lower() in _APPOSITION_OPENERS and \
                    (k == 0 or words[k - 1] not in _ARTICLES):
                j = k + 3
                if words[j].lower() in ("der", "des", "dieser"):
                    j += 1
                while j < n and words[j][:1].islower() and words[j].isalpha():
                    j += 1  # adjectives: "mutmaßlichen"
                named = j < n and self.person_noun(words[j])
            # "der Terrorist W": a person noun after an article, no name going on after the word,
            # and the word named again elsewhere, never after an article or a determiner (a noun
            # would be: "werfen dem Finanzminister Zynismus vor", "bei der Lufthansa-Tochter Cargo")
            if not named and k >= 2 and words[k - 2].lower() in articles and words[k - 1][:1].isupper() and \
                    (k + 1 >= n or not words[k + 1][:1].isupper()) and self.person_noun(words[k - 1]):
                uses = [i for i, x in enumerate(words) if x == w]
                named = (
                    not any(i > 0 and words[i - 1].lower() in _DETERMINERS for i in uses)
                    and any(i > 0 and not _is_title(words[i - 1], lex) for i in uses)
                )
            if not named:
                continue
            # then the lists: no word of a title, a place, a given name alone, a known actor
            if w.lower() in self.lower_words() or w in lex.not_person or _is_title(w, lex) or \
                    w in place_names() or _ascii(w) in self.given or self.kb.lookup(w) is not None or \
                    w in lex.org_heads:
                continue
            s, e = self.toks[k][0], self.toks[k][1]
            if _inside(self.zones, s, e):
                continue
            if named and self.claim(s, e):
                eid = "per:" + slug(translit_key(w) or w)
                self.add(s, e, eid, "PER", w, None)
                _register(self.local, w, eid)

    def indices(self, pattern: re.Pattern[str], end: bool = False) -> list[int]:
        """The tokens where ``pattern`` matches the body (a regular expression finds candidates
        faster than a loop over every word); with ``end``, the tokens the match ends."""
        bounds = self.ends if end else self.starts
        out = []
        for m in pattern.finditer(self.body):
            at = m.end() if end else m.start()
            k = bisect_left(bounds, at)
            if k < len(bounds) and bounds[k] == at:
                out.append(k)
        return out

    def person_noun(self, word: str) -> bool:
        """A title that says a person: not an office standing for a government or an army
        ("die Regierung", "eine solche Armee"), not a company's relative ("Billig-Tochter")."""
        noun = self.lex.role_nouns.get(word)
        if noun is not None and noun.key in self.lex.government_roles:
            return False
        return _is_title(word, self.lex) and word.rpartition("-")[2] not in _COMPANY_KIN

    def lower_words(self) -> frozenset[str]:
        """The words the text writes in lower case."""
        if self._lower is None:
            self._lower = frozenset(w for w in self.words if w.islower())
        return self._lower

    def byline(self, at: int) -> bool:
        """Whether character ``at`` lies on an English byline or credit line: a line that opens with
        "By " and holds names only, with commas and "and" ("By Andrew Mills, Nidal al-Mughrabi and
        Maayan Lubell": trial 7, where ingestion kept it as body text), or a short line that credits
        reporters (`english_credit_patterns`: "… reported from Bangkok. … contributed."). Its names
        are credits."""
        a = self.body.rfind("\n", 0, at) + 1
        b = self.body.find("\n", at)
        line = self.body[a : b if b >= 0 else len(self.body)].strip()
        if len(line) <= 160 and any(re.search(p, line) for p in self.lex.english_credit_patterns):
            return True  # "Kurtenbach reported from Bangkok. AP researcher Yu Bing contributed."
        if not line.startswith(("By ", "BY ")) or len(line) > 160:
            return False
        return all(w in ("and", "AND") or not w[:1].islower() or w in self.lex.name_particles or "-" in w
                   for w in re.findall(r"[^\W\d_][\w'’-]*", line[3:]))

    def dateline(self, k0: int, k1: int) -> bool:
        """Whether tokens ``k0..k1`` open the text or a line and a comma or a bracket follows:
        the place of a dateline ("TURNBERRY, Scotland (AP) —")."""
        s = self.toks[k0][0]
        return (s == 0 or "\n" in self.body[max(0, s - 2) : s] or not self.body[:s].strip()) and \
            k1 + 1 < len(self.words) and self.words[k1 + 1] in (",", "(", "/")

    def quoted(self, k0: int, k1: int) -> bool:
        """Whether tokens ``k0..k1`` are the whole of a quotation rather than a name: between
        quotation marks, and either three lower-case words or more (a sentence: "We are
        advancing in the right direction") or one word in capitals of six letters or more (an
        emphasis, no acronym: „EPISCHE“ Vereinbarung)."""
        s, e = self.toks[k0][0], self.toks[k1][1]
        body = self.body
        if s == 0 or e >= len(body) or body[s - 1] not in _QUOTE_MARKS or body[e] not in _QUOTE_MARKS:
            return False
        words = [w for w in self.words[k0 : k1 + 1] if w.isalpha()]
        if sum(w.islower() for w in words) >= 3:
            return True
        return len(words) == 1 and words[0].isupper() and len(words[0]) >= 6

    def shouted(self, k: int) -> bool:
        """Whether token ``k`` is one of three or more words in capitals in a row (punctuation
        between them aside): a phrase shouted, not an acronym ("CHINA PLAYED IT WRONG, THEY
        PANICKED", trial 7)."""
        words = self.words

        def caps(w: str) -> bool:
            return len(w) > 1 and w.isalpha() and w.isupper()

        if not caps(words[k]):
            return False
        run = 1
        for step in (-1, 1):
            j = k + step
            # (a slash joins the places of a dateline, "MAINZ/STUTTGART/MAGDEBURG -": no phrase)
            while 0 <= j < len(words) and (caps(words[j]) or (not words[j].isalnum() and words[j] not in ".!?/")):
                run += caps(words[j])
                j += step
        return run >= 3

    def english_common(self, k0: int, k1: int) -> bool:
        """Whether an English one-word span opening a sentence is a common word: the article
        writes it in lower case elsewhere ("Hundreds of Palestinians fled" beside "killed hundreds
        of people"; "Writing on Truth Social" beside "writing"; trial 7). A name is not written
        in lower case."""
        if k0 != k1 or not _is_sentence_start(self.words, k0):
            return False
        return self.words[k0].lower() in self.lower_words()

    def name_word_before(self, k0: int) -> bool:
        """Whether the word before a tagged English name is part of it: capitalised inside the
        sentence, not a function word, title, adjective of origin or date, not taken by another
        mention ("Goldman" of "Goldman Sachs", trial 7)."""
        w = self.words[k0 - 1]
        s, e, _ = self.toks[k0 - 1]
        function, calendar = _english_words()
        return (
            w[:1].isupper() and w.isalpha() and not w.isupper()
            and not _is_sentence_start(self.words, k0 - 1)
            and w.lower() not in function and w not in calendar
            and w not in self.lex.english_not_names and w not in self.lex.person_titles
            and not _english_demonym(w, self.kb) and not any(self.taken[s:e])
        )

    def organisations(self) -> None:
        """Organisations the tagger missed, by their last word: capitalised words before an
        organisation word ("an der Brookings Institution", "der HALO Trust")."""
        words, lex = self.words, self.lex
        for k in [k for k, w in enumerate(words) if w in lex.org_heads and k > 0]:
            first = k
            while (
                first > 0
                and k - first < 4
                and words[first - 1][:1].isupper()
                and words[first - 1] not in lex.not_person
                and words[first - 1] not in lex.person_titles
                and words[first - 1] not in lex.org_heads  # "die Gruppe| Jemaah Islamiyah" (names10)
                and not _is_sentence_start(words, first - 1)
            ):
                first -= 1
            s, e = self.toks[first][0], self.toks[k][1]
            if first == k or any(self.taken[s:e]):
                continue
            name = " ".join(words[first : k + 1])
            eid = self.local.get(name) or "org:" + slug(name)
            if self.claim(s, e):
                self.add(s, e, eid, "ORG", name, None)
        # one word that ends in a body's noun, after an article: "Das Nobelkomitee im norwegischen
        # Oslo würdigte …", "des Untersuchungsausschusses" (names10); its name without the genitive
        heads = lex.org_compound_heads
        endings = (*heads, *(h + "es" for h in heads), *(h + "s" for h in heads))
        found = self.indices(_compound_heads_re(heads), end=True)
        for k in [k for k in found if k > 0 and words[k].lower().endswith(endings)]:
            w = words[k]
            if words[k - 1] not in _ARTICLES or not w[:1].isupper() or not w.isalpha():
                continue
            low = w.lower()
            base = next((w[: len(w) - len(g)] for g in ("", "es", "s")
                         if low[: len(low) - len(g)].endswith(lex.org_compound_heads)), None)
            head = next((h for h in lex.org_compound_heads if base and base.lower().endswith(h)), "")
            if base is None or len(base) < len(head) + 3:
                continue  # "die Kommission" alone is the descriptor step's, not a name
            s, e = self.toks[k][0], self.toks[k][1]
            if any(self.taken[s:e]) or _inside(self.zones, s, e):
                continue
            eid = self.local.get(base) or "org:" + slug(base)
            if self.claim(s, e):
                self.add(s, e, eid, "ORG", base, None)
        # a hyphenated name whose last part is a group's or body's word, after an article: "Kämpfer
        # der Al-Aksa-Brigaden", "die Kassam-Brigaden" (names10); known first parts were matched
        # before ("die Wagner-Gruppe", "Hisbollah-Miliz"). Not every organisation word: "der
        # IT-Konzern", "das Social-Media-Team", "die Rebellen-Gruppe" describe, they name nobody
        hyphen_heads = lex.org_hyphen_heads
        for k in [k for k, w in enumerate(words) if k > 0 and "-" in w and w.rpartition("-")[2] in hyphen_heads]:
            w = words[k]
            parts = w.split("-")
            if words[k - 1] not in _ARTICLES or not all(p[:1].isupper() for p in parts):
                continue
            s, e = self.toks[k][0], self.toks[k][1]
            if any(self.taken[s:e]) or _inside(self.zones, s, e):
                continue
            eid = self.local.get(w) or "org:" + slug(w)
            if self.claim(s, e):
                self.add(s, e, eid, "ORG", w, None)

        self.quoted_names()

    def quoted_names(self) -> None:
        """An organisation named in quotation marks after an organisation noun ("die konservative
        georgische Partei „Neue Rechte“", which the tagger missed; audit 2: its demand had gone to
        the opposition of the clause before): the capitalised words between the marks name it,
        there and wherever the text repeats them ("fordert die „Neue Rechte“ den Rücktritt")."""
        words, lex, n = self.words, self.lex, len(self.words)
        names: list[tuple[str, ...]] = []
        for k in [k for k, w in enumerate(words) if w in lex.quoted_name_nouns and k + 2 < n]:
            if words[k + 1] not in _OPENING_QUOTES:
                continue
            end = next((j for j in range(k + 2, min(k + 7, n)) if words[j] in _QUOTE_MARKS), None)
            name = tuple(words[k + 2 : end]) if end is not None else ()
            if not name or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in name):
                continue  # a quotation, no name: die Partei „hat versagt“
            if name not in names:
                names.append(name)
        for name in names:
            surface = " ".join(name)
            eid = self.local.get(surface) or "org:" + slug(surface)
            m = len(name)
            for k in range(n - m + 1):
                if tuple(words[k : k + m]) != name or (k + m < n and words[k + m][:1].isupper()):
                    continue
                s, e = self.toks[k][0], self.toks[k + m - 1][1]
                if any(self.taken[s:e]) or _inside(self.zones, s, e):
                    continue
                if self.claim(s, e):
                    self.add(s, e, eid, "ORG", surface, None)

    def titles_again(self) -> None:
        """A compound title used again without a name ("sagte der Syriza-Chef", "die
        CDU-Vorsitzende") is the person the article named with it before ("Syriza-Chef Alexis
        Tsipras"); its inflected forms too ("des Syriza-Chefs"). Any compound right before a
        person's name is such a title for that person ("der CDU-Politiker Johann Wadephul" …
        "sagte der CDU-Politiker", the sixth trial); only an office of an organisation goes, without
        that, to the one person named just before."""
        persons = {m.start: m.entity for m in self.found if m.label == "PER" and m.entity}
        holders: dict[str, str] = {}
        for k, (s, e, w) in enumerate(self.toks):
            head, _, tail = w.rpartition("-")
            if not head or not w[:1].isupper() or not tail[:1].isupper():
                continue
            office = tail.lower().rstrip("sn").endswith(self.lex.org_office_endings)
            key = w.lower()
            named = persons.get(self.toks[k + 1][0]) if k + 1 < len(self.toks) else None
            if named is not None:
                holders.setdefault(key, named)
                continue
            if k == 0 or self.words[k - 1] not in _ARTICLES:
                continue
            holder = holders.get(key) or holders.get(key.rstrip("sn"))
            if holder is None and not office:
                continue
            if holder is None and head not in self.kb.prefixes:
                # (a state's office, "der US-Präsident", is the knowledge base's holder at the
                # article's date, not the person named just before: "Der Kremlchef und der
                # US-Präsident wollen sich treffen")
                holder = self.only_person_before(k)
            if holder is None:
                continue
            # (the organisation's name inside the title stays no mention of its own: the person is meant)
            self.found = [m for m in self.found if not (s <= m.start and m.end <= e)]
            self.taken[s:e] = b"\x00" * (e - s)
            if self.claim(s, e):
                a = self.actors[holder]
                self.add(s, e, a.id, a.type, a.name, a.kb, "role", alias=False, role=True)

    def demonym_persons(self) -> None:
        """A people's noun in the singular after a verb or at a sentence's start ("sagte der
        Niederländer", "Der Grieche betonte") is a person, not the state: the one person named in
        the sentence before, or no one (user trial 5: Dijsselbloem's quotation went to the
        Netherlands)."""
        for m in [m for m in self.found if m.kind == "metonym" and m.label == "LOC"]:
            k = bisect_left(self.starts, m.start)
            if k == 0 or self.words[k - 1] not in ("der", "Der") or self.body[m.start:m.end] not in self.kb.demonyms:
                continue
            before = self.words[k - 2] if k >= 2 else "."
            if not (before in (".", "!", "?", ",", "„", "“") or before[:1].islower()) or before in _ARTICLES:
                continue  # "die Haltung der Niederländer": the people's, a genitive plural
            self.found.remove(m)
            holder = self.only_person_before(k)
            if holder is not None:
                a = self.actors[holder]
                self.add(m.start, m.end, a.id, a.type, a.name, a.kb, "role", alias=False, role=True)

    def only_person_before(self, k: int) -> str | None:
        """The one person named in the sentence before token ``k`` and in its own sentence up to
        it: whom a varied title stands for ("Ministerpräsident Alexis Tsipras sprach … „…“, sagte
        der Syriza-Chef"); None where none or several are named there."""
        ends = [j for j in range(k - 1, -1, -1) if self.words[j] in (".", "!", "?")][:2]
        lo = self.toks[ends[1] + 1][0] if len(ends) == 2 else 0
        hi = self.toks[k][0]
        named = {m.entity for m in self.found if m.label == "PER" and m.entity and lo <= m.start < hi}
        return named.pop() if len(named) == 1 else None

    def office_holders(self) -> None:
        """A person the knowledge base does not know, named after an office of a state ("der
        kosovarische Ministerpräsident Ilir Dervishi", "Serbiens Verteidigungsminister Milan
        Novak", "US-Botschafter John Doe"), acts for that state, as a known office holder does."""
        for m in self.found:
            a = self.actors.get(m.entity or "")
            if a is None or a.kb is not None or a.type != "PER" or a.stands_for is not None:
                continue
            k = bisect_left(self.starts, m.start)
            if k == 0 or self.starts[k] != m.start:
                continue
            title = self.words[k - 1]
            noun = self.lex.role_nouns.get(title)
            state = None
            head, _, tail = title.rpartition("-")
            org = self.kb.lookup(head) if head and tail.lower().endswith(self.lex.org_office_endings) else None
            if org is not None and org.type == "ORG":
                # "Asean-Generalsekretär Kao Kim Hourn", "Nato-Sprecher X": acts for the organisation
                a.stands_for = org.id
                continue
            if noun is None and "-" in title:
                head, _, tail = title.rpartition("-")
                noun = self.lex.role_nouns.get(tail)
                state = self.kb.prefixes.get(head) if noun is not None else None
            if self.doc.language == "en" and state is None and (noun is not None or title in self.lex.person_titles):
                # English: an adjective of origin before the titles ("Chinese Vice Premier He Lifeng",
                # trial 7: he acts for China, as a known vice premier would)
                j = k - 1
                while j > 0 and (self.words[j] in self.lex.person_titles or self.words[j] in self.lex.role_nouns) \
                        and not _english_demonym(self.words[j], self.kb):
                    j -= 1
                state = english_demonym_state(self.words[j], self.kb) if j < k - 1 else None
                if state is not None:
                    a.stands_for = state
                continue
            if noun is None:
                continue
            if state is None and k >= 2:
                prev = self.words[k - 2]
                state = _adjective_state(prev, self.kb, self.lex) or self.kb.genitives.get(prev)
            if state is not None and any(_blocks(self.words[j], self.lex) for j in range(max(0, k - 4), k - 1)):
                continue  # "der frühere serbische Präsident X" no longer acts for the state
            if state is not None:
                a.stands_for = state

    def titled_surnames(self) -> None:
        """A known person's surname after a title, where the tagger saw no name: "Finanzminister
        Schelling", "Kanzler Kern". Only a surname no other known person has, and not where a
        capitalised word follows that could go on with the name."""
        words, kb = self.words, self.kb
        for k in range(1, len(words)):
            w = words[k]
            eid = kb.surnames.get(w)
            if eid is None and w in kb.surname_bearers:
                eid = self._office_bearer(words[k - 1], kb.surname_bearers[w])
            if eid is None or not _is_title(words[k - 1], self.lex):
                continue
            if k + 1 < len(words) and words[k + 1][:1].isupper() and words[k + 1].isalpha() and \
                    _ascii(words[k + 1]) in self.given:
                continue
            if k + 1 < len(words) and _REGNAL.fullmatch(words[k + 1]):
                continue  # "König Ludwig II.": a ruler's name and number, not the mayor called Ludwig
            entry = kb.entries[eid]
            s, e, _ = self.toks[k]
            if self.claim(s, e):
                self.add_entry(s, e, entry)
                _register(self.local, w, eid)

    def _office_bearer(self, title: str, bearers: tuple[str, ...]) -> str | None:
        """Of several known persons with one surname, the one whose office the title names at the
        article's date ("Außenminister Raab" in 2020: Dominic Raab, not Susanne Raab)."""
        noun = self.lex.role_nouns.get(title) or self.lex.role_nouns.get(title.rpartition("-")[2])
        if noun is None or self.day is None:
            return None
        day = self.day
        holding = [b for b in bearers if any(r.key == noun.key and r.holds(day) for r in self.kb.entries[b].roles)]
        return holding[0] if len(holding) == 1 else None

    def short_mentions(self) -> None:
        """Later short mentions the tagger missed: surnames of persons named in full, acronyms,
        and appositive nouns used again ("… so der Politologe")."""
        words, local = self.words, self.local
        forms = {key + suffix: key for key in local for suffix in ("", *_GENITIVE)}
        for k in [k for k, w in enumerate(words) if w in forms or w in self.appositions
                  or (not w.isascii() and _ascii(w) in forms)]:
            s, e, w = self.toks[k]
            if self.taken[s] or not w[:1].isupper():
                continue
            base = forms.get(w) or forms.get(_ascii(w))
            eid = local.get(base) if base else None
            if eid is not None and eid in self.actors:
                a = self.actors[eid]
                if not self.after_other_given(k, a.surfaces) and self.claim(s, e):
                    self.add(s, e, eid, a.type, a.name, a.kb)
                continue
            if (
                w in self.appositions
                # (only after the person was introduced with it: "Der Präsident der Vereinigten
                # Staaten …" is not the "französische Präsident Emmanuel Macron" named later)
                and self.appositions[w][1] < s
                and k > 0
                and words[k - 1] in ("der", "die", "des", "dem", "den", "Der", "Die")
                and (k + 1 >= len(words) or not words[k + 1][:1].isupper())
                and self.claim(s, e)
            ):
                a = self.actors[self.appositions[w][0]]
                self.add(s, e, a.id, a.type, a.name, a.kb, "role", alias=False, role=True)


    def descriptors(self) -> None:
        """Generic names the text uses for an actor it names ("die Volkspartei" after "ÖVP", "die
        Sozialdemokraten" after "SPÖ"): linked where exactly one actor bearing the descriptor is
        named in the text; otherwise left alone ("die Volkspartei" of an article naming both the
        ÖVP and the SVP, or neither, is nobody's)."""
        named = {m.entity for m in self.found}
        table = self.kb.descriptors
        for k, w in enumerate(self.words):
            base = w if w in table else (w[:-1] if w[-1:] in ("n", "s") and w[:-1] in table else None)
            if base is None or k == 0 or self.words[k - 1].lower() not in _ARTICLES:
                continue  # (with its article: "Volkspartei" in a party's own name is part of it)
            here = [eid for eid in table[base] if eid in named]
            if len(here) != 1:
                continue
            s, e, _ = self.toks[k]
            if self.claim(s, e):
                self.add_entry(s, e, self.kb.entries[here[0]], alias=False)


    def compound_heads(self) -> None:
        """The head of a known organisation's hyphenated name, used again with its article: "die
        Kommission" after "EU-Kommission", or after an office of it ("EU-Kommissionspräsidentin
        Ursula von der Leyen", the sixth trial: "Die Kommission schätzt …" had no holder). Where
        two organisations of the text share the head, it is neither's."""
        heads: dict[str, str | None] = {}

        def named(surface: str, eid: str) -> None:
            head = surface.rpartition("-")[2]
            # (a known organisation only: "das Krankenhaus" after "Al-Kuds-Krankenhaus" is a building)
            if "-" in surface and len(head) >= 5 and head[:1].isupper() and head.isalpha():
                heads[head] = eid if heads.get(head, eid) == eid else None

        for m in self.found:
            a = self.actors.get(m.entity or "")
            if a is not None and a.type == "ORG" and a.kb is not None:
                named(self.body[m.start:m.end], a.id)
        for _, _, w in self.toks:
            ending = next((x for x in self.lex.org_office_endings if w.lower().endswith(x)), None) if "-" in w else None
            stem = w[: len(w) - len(ending)] if ending else ""
            for org_name in (stem, stem.removesuffix("s")):  # with its linking s: "Kommission|s|präsidentin"
                org = self.kb.lookup(org_name, genitive_s=False) if "-" in org_name else None
                if org is not None and org.type == "ORG":
                    named(org_name, org.id)
                    break
        for k, w in enumerate(self.words):
            eid = heads.get(w)
            if eid is None or k == 0 or self.words[k - 1].lower() not in _ARTICLES:
                continue
            if k + 1 < len(self.words) and self.words[k + 1][:1].isupper():
                continue  # "die Kommission Juncker", "die Behörde Frontex": a name follows
            s, e, _ = self.toks[k]
            if not self.claim(s, e):
                continue
            a = self.actors.get(eid)
            if a is not None:
                self.add(s, e, a.id, a.type, a.name, a.kb, alias=False)
            else:  # named only inside an office's compound
                self.add_entry(s, e, self.kb.entries[eid], alias=False)


#: a regnal number after a name ("Ludwig II.", "Elisabeth II")
_REGNAL = re.compile(r"[IVXL]{1,5}\.?")

#: words after a role noun that make it plural: "die Außenminister beider Länder"
_PLURAL_AFTER = frozenset({"beider", "beiden", "aller", "mehrerer", "zahlreicher", "vieler"})

#: articles before a descriptor ("die Volkspartei", "der Sozialdemokraten")
_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des"})

#: the bodies a people's noun joins in one word for its state ("Palästinenserführung")
_PEOPLE_BODIES = ("führung", "regierung", "präsident", "präsidentin", "behörden", "armee", "polizei")

#: English adjectives of origin no ending rule finds: a small closed class
# English adjectives of origin that are not the country's name with an ending: the country
_IRREGULAR_EN_DEMONYMS = {"Greek": "Greece", "French": "France", "Dutch": "Netherlands", "Swiss": "Switzerland",
                          "Thai": "Thailand", "Czech": "Czechia", "Welsh": "Wales", "Cypriot": "Cyprus",
                          "British": "Britain", "German": "Germany", "Polish": "Poland", "Turkish": "Turkey",
                          "Spanish": "Spain", "Swedish": "Sweden", "Danish": "Denmark", "Finnish": "Finland"}


@lru_cache(maxsize=4)
def _name_list_words(
    lists: tuple[str, ...] = ("ORG.txt", "LOC.txt", "MISC.txt", "GEO.txt", "ORGKW.txt", "GIVEN.txt", "FIRST.txt"),
) -> frozenset[str]:
    """Every word of the tagger's lists of organisations, places and other names ("Echo",
    "Kirche", "Haus"): a noun among them may open a name, not only a thing."""
    words: set[str] = set()
    for name in lists:
        for entry in _ner_list(name):
            words.update(entry.split())
    return frozenset(words)


def _english_demonym(word: str, kb: KnowledgeBase) -> bool:
    """Whether an English word is a state's adjective of origin ("Indonesian", "Vietnamese",
    "Iranian", "Israeli", "Chinese"): the country's English name before its ending."""
    return word in _IRREGULAR_EN_DEMONYMS or english_demonym_state(word, kb) is not None


def english_demonym_state(word: str, kb: KnowledgeBase) -> str | None:
    """The state an English adjective of origin names ("Ukrainian" -> Ukraine's id), else None."""
    if word in _IRREGULAR_EN_DEMONYMS:
        entry = kb.lookup(_IRREGULAR_EN_DEMONYMS[word], genitive_s=False)
        return entry.id if entry is not None and entry.type == "LOC" and entry.adjectives else None
    if not word.isalpha() or not word[:1].isupper() or not word.endswith(("an", "ese", "i", "ish")):
        return None
    for cut in (1, 2, 3, 4):
        for add in ("", "a", "e"):
            entry = kb.lookup(word[:-cut] + add, genitive_s=False) if len(word) - cut >= 3 else None
            if entry is not None and entry.type == "LOC" and entry.adjectives:
                return entry.id
    return None


def _role_phrase_at(words: Sequence[str], k0: int, k1: int, lex: Lexicon) -> int:
    """The length of the longest English role phrase (``lex.role_phrases``) at token ``k0`` that
    ends before ``k1``; 0 where none ("Vice Premier| He Lifeng": 2)."""
    for n in range(min(4, k1 - k0), 0, -1):
        if tuple(w.lower() for w in words[k0 : k0 + n]) in lex.role_phrases:
            return n
    return 0


def _is_sentence_start(words: Sequence[str], k: int) -> bool:
    """Whether token ``k`` opens a sentence (its capital says nothing about a name)."""
    return k == 0 or words[k - 1] in (".", "!", "?", ":", "„", '"', "«", "»")


def _is_title(word: str, lex: Lexicon) -> bool:
    """A title or role noun before a person's name: "Politologe", "Kanzlerin", "HDP-Chef", "IHS-Mann"."""
    if word in lex.person_titles or word in lex.role_nouns:
        return True
    if len(word) >= 7 and word[:1].isupper() and word.lower().endswith(lex.person_title_endings):
        return True  # "Soziologin", "Konfliktforscher", "Osteuropa-Experte" (not "Loge")
    tail = word.rpartition("-")[2]
    return tail in lex.role_nouns or ("-" in word and (tail in lex.person_titles or tail in lex.compound_person_heads))


def _is_role_noun(word: str, lex: Lexicon) -> bool:
    """A role noun, alone or as the tail of a compound ("Kreml-Sprecher", "US-Präsident")."""
    return word in lex.role_nouns or word.rpartition("-")[2] in lex.role_nouns


def _ascii(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


#: Words that open an apposition saying what a name's bearer is: "Dulmatin, einer der …", "…, ein
#: mutmaßlicher Bombenbauer".
_APPOSITION_OPENERS = frozenset(("ein", "eine", "einer", "eines"))

#: Candidates of the names10 mononyms, found by regular expression: a comma before an indefinite
#: article.
_APPOSITION_RE = re.compile(r",(?=\s*(?:ein|eine|einer|eines)\b)")


@lru_cache(maxsize=4)
def _shape_marks_re(joining: frozenset[str]) -> re.Pattern[str]:
    """A word glued to a lower-case particle, a joining particle, or a capital before a full stop
    ("az-Zawahiri", "bin", "F.")."""
    words = "|".join(sorted(map(re.escape, joining), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:[a-z]{{1,4}}-(?=[A-ZÄÖÜ])|(?:{words})\b|[A-Z](?=\.))")


@lru_cache(maxsize=4)
def _compound_heads_re(heads: tuple[str, ...]) -> re.Pattern[str]:
    """Words that end in one of ``heads`` (lower case) or its genitive."""
    return re.compile(r"\B(?:" + "|".join(map(re.escape, heads)) + r")(?:es|s)?\b")


#: Words before a noun that a name does not take: "die Nummer", "einen Versuch".
_DETERMINERS = frozenset((
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine",
    "dieser", "diese", "dieses", "jeder", "jede", "jedes",
))
#: Heads of a compound title that name a company's relation, not a person ("Lufthansa-Tochter Cargo").
_COMPANY_KIN = frozenset(("Tochter", "Mutter", "Schwester", "Töchter"))

#: Articles before a name in the genitive ("des Thomas Peters"), and quotation marks that open a title.
_ARTICLES = frozenset(("der", "die", "das", "des", "dem", "den", "Der", "Die", "Das", "Des", "Dem", "Den"))
_OPENING_QUOTES = frozenset(('"', "„", "“", "«", "»", "‚"))
_QUOTE_MARKS = frozenset('"„“”«»‚‘’\'')

#: Particles joined to an Arabic surname: "Omar al-Bashir" is later "Bashir", "al-Sisi" "Sisi".


def _register(local: dict[str, str | None], key: str, eid: str) -> None:
    """Let the short form ``key`` (a surname) link to ``eid``; a surname two persons share
    links neither."""
    for particle in _surname_particles():
        if key.startswith(particle) and len(key) > len(particle) + 2:
            _register(local, key[len(particle) :], eid)
            break
    # and without diacritics: "Davutoglu" in one sentence, "Davutoğlu" in the next
    for form in {key, _ascii(key)} if not key.isascii() else (key,):
        if form in local and local[form] != eid:
            local[form] = None  # two persons share the surname: link neither
        else:
            local[form] = eid


def _base(word: str, local: dict[str, str | None]) -> str | None:
    """``word`` or its form without a genitive ending, whichever is a known short name."""
    for form in (word, _ascii(word)) if not word.isascii() else (word,):
        if form in local:
            return form
        for suffix in _GENITIVE:
            if form.endswith(suffix) and form[: -len(suffix)] in local:
                return form[: -len(suffix)]
    return None


def _entity(a: _Actor, day: str | None) -> Entity:
    """The canonical record: the knowledge base's name and aliases, and every surface seen."""
    names = set(a.surfaces) | a.roles
    if a.kb is not None:
        names |= set(a.kb.aliases)
        name, stands_for = a.kb.name, a.kb.state_at(day)
    else:
        # the fullest name, not a genitive form of another ("David Schalkos" of "David Schalko")
        # and the name it was given, which for a name seen only in the genitive is the base form
        forms = {a.name: 0, **a.surfaces}
        plain = [x for x in forms if not any(x == y + g for y in forms for g in _GENITIVE)]
        name = max(plain, key=lambda x: (len(x.split()), forms[x], len(x))) if plain else a.name
        stands_for = a.stands_for
    names.discard(name)
    # every form the text used is an alias, the genitive included ("Russlands", "Putins"): a
    # reader matching the words of a quotation's frame to its speaker needs them
    aliases = tuple(sorted(names))
    return Entity(a.id, name, a.type, aliases, stands_for)
