"""What the quote rules look up about one document: words, mentions, quoted spans, cues.

Built once per document (one pass over the body for words, one over the marks), then queried
by offsets with binary search, so that the rules stay linear in the length of the article.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from typing import NamedTuple

from lagebild.model import Document, Entity, Mention
from lagebild.quotes.lexicon import Lexicon
from lagebild.quotes.marks import Quoted, find_quoted

# Words (with inner hyphens and apostrophes) and the punctuation that bounds clauses.
_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[,;:.!?()\[\]–—]")




class Word(NamedTuple):
    """A word or clause punctuation of the body (a named tuple: built by the thousand)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who speaks: an entity where one is known, else the surface form that names the speaker."""

    entity: str | None
    name: str | None
    start: int | None
    end: int | None
    person: bool = True  # a person (PER) rather than a state, institution or group


# punctuation that ends a clause (a coordinated phrase does not reach past it)
_CLAUSE_PUNCT = frozenset({",", ";", ":", ".", "!", "?", "–", "—"})


@dataclass
class Context:
    """Look-ups over one document for the quote rules."""

    doc: Document
    lex: Lexicon
    words: list[Word] = field(default_factory=list)
    word_starts: list[int] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    mention_starts: list[int] = field(default_factory=list)
    quoted: list[Quoted] = field(default_factory=list)
    quoted_opens: list[int] = field(default_factory=list)
    word_quoted: list[bool] = field(default_factory=list)  # per word: inside quotation marks
    sentence_starts: list[int] = field(default_factory=list)
    quoted_before: list[int] = field(default_factory=list)  # per word index: quoted words before it
    _after_articles: frozenset[str] | None = None  # built on first use
    _lower: list[str] | None = None  # the words in lower case, built on first use
    surnames: dict[str, bool] = field(default_factory=dict)  # per word: a surname (speaker._surname)
    genders: dict[str, str | None] = field(default_factory=dict)  # per entity: by its role (speaker._gender)
    added: dict[str, Entity] = field(default_factory=dict)  # speakers' entities the entity stage did not list
    # the reported clause before the inverted frame whose speaker is being found ("Putin wolle
    # den Krieg beenden, fügte er hinzu"): set by speaker.subject while it searches
    said: tuple[int, int] | None = None

    @classmethod
    def build(cls, doc: Document, lex: Lexicon) -> Context:
        """Index ``doc`` for the quote rules."""
        new = tuple.__new__  # a third faster than Word(...) for thousands of words
        body = doc.body
        words = [new(Word, (s, e, body[s:e])) for s, e in [m.span() for m in _TOKEN.finditer(body)]]
        if lex.dated_adverbs:
            words = _without_day_apposition(words, lex)
        starts = [w.start for w in words]
        flags = [False] * len(words)
        quoted = find_quoted(doc.body, lex)
        for q in quoted:
            for i in range(bisect_left(starts, q.open), bisect_left(starts, q.close + 1)):
                flags[i] = True
        # a pronoun the tagger took for a name ("She" as MISC) is resolved as a pronoun, never a name
        mentions = sorted((m for m in doc.mentions if not lex.is_pronoun(body[m.start:m.end].strip())),
                          key=lambda m: (m.start, -m.end))
        return cls(doc, lex, words, starts, mentions, [m.start for m in mentions],
                   quoted, [q.open for q in quoted], flags, [s.start for s in doc.sentences],
                   [0, *accumulate(flags)])

    # -- queries -----------------------------------------------------------------------------

    def words_in(self, lo: int, hi: int, *, outside_quotes: bool = True) -> list[Word]:
        """The words between two offsets, without those inside quotation marks."""
        i, j = bisect_left(self.word_starts, lo), bisect_left(self.word_starts, hi)
        if not outside_quotes or self.quoted_before[j] == self.quoted_before[i]:
            return self.words[i:j]  # most stretches quote nothing: a slice
        return [w for w, q in zip(self.words[i:j], self.word_quoted[i:j], strict=True) if not q]

    def mentions_in(self, lo: int, hi: int, *, outside_quotes: bool = True) -> list[Mention]:
        """The mentions that lie between two offsets (outside quotation marks)."""
        ms = self.mentions[bisect_left(self.mention_starts, lo):bisect_left(self.mention_starts, hi)]
        ms = [m for m in ms if m.end <= hi]
        if outside_quotes:
            ms = [m for m in ms if self.quote_at(m.start) is None]
        return ms

    def quote_at(self, offset: int) -> Quoted | None:
        """The outer quoted span (marks included) that contains ``offset``."""
        i = bisect_right(self.quoted_opens, offset) - 1
        if i >= 0 and self.quoted[i].open <= offset <= self.quoted[i].close:
            return self.quoted[i]
        return None

    def quoted_name_after(self, offset: int) -> Speaker | None:
        """A short quoted name right after ``offset`` (``schreibt die „Computerwoche“``)."""
        i = bisect_left(self.quoted_opens, offset)
        if i >= len(self.quoted):
            return None
        q = self.quoted[i]
        gap = self.words_in(offset, q.open)
        text = " ".join(self.doc.body[q.start:q.end].split())
        # after an article and adjectives at most ("erklärte der neue „Oberste Rat …“")
        # (a web address is a name in lower case: "laut „tagesschau.de“")
        # (after "wie" opening the clause: "Wie „heise online“ berichtet")
        wie = bool(gap) and gap[0].text.lower() in self.lex.as_frames
        if wie:
            gap = gap[1:]
        # (a name in lower case right after "wie": "Wie „heise online“ berichtet")
        if all(w.text.lower() in self.lex.articles or self.lex.is_adjective(w.text) for w in gap) \
                and 0 < len(text.split()) <= 6 and (text[:1].isupper() or self.lex.name_like(text) or wie and not gap):
            return Speaker(None, text, q.start, q.end, person=False)
        return None

    def after_article(self, word: str) -> bool:
        """Whether ``word`` follows an article somewhere in the document ("die Vorbehalte"):
        a common noun, not a surname."""
        if self._after_articles is None:
            arts = self.lex.articles
            ws = self.words
            self._after_articles = frozenset(ws[i].text for i in range(1, len(ws)) if ws[i - 1].text.lower() in arts)
        return word in self._after_articles

    def lower_words(self) -> list[str]:
        """The words in lower case, index for index with ``words``."""
        if self._lower is None:
            self._lower = [w.text.lower() for w in self.words]
        return self._lower

    def spoken(self, m: Mention) -> bool:
        """Whether a mention lies in the reported clause before the frame being read: it names
        what was said, not who said it ("Putin wolle den Krieg beenden, fügte er hinzu" is not
        Putin's; "Putin zeige …, sagte der CDU-Politiker" neither)."""
        return self.said is not None and self.said[0] <= m.start and m.end <= self.said[1]

    def word_before(self, offset: int) -> Word | None:
        """The word or punctuation that ends at or before ``offset``."""
        i = bisect_left(self.word_starts, offset) - 1
        return self.words[i] if i >= 0 else None

    def speaker_of(self, m: Mention) -> Speaker:
        """The speaker a mention names: its canonical entity where linked."""
        ent = self.doc.entity(m.entity)
        name = ent.name if ent else " ".join(self.doc.body[m.start:m.end].split())
        label = ent.type if ent else m.label
        return Speaker(m.entity, name, m.start, m.end, person=label == "PER")

    def modifier(self, m: Mention) -> bool:
        """Whether a mention only modifies: a compound ("US-Delegationsleiterin") or a genitive
        place or body ("der Oberrabbiner Israels", "Russlands Vizeaußenminister")."""
        if self.doc.body[m.end:m.end + 1] == "-" or self.doc.body[m.end:m.end + 2] in ("'s", "’s"):
            return True  # a compound, or an English genitive before its noun ("Gaza's civil defence")
        if m.label == "MISC" and not self.lex.nouns_capitalised:
            # English capitalises adjectives of names: "European leaders cautioned", "Russian
            # officials said": the demonym modifies the noun after it, which is the subject
            i = bisect_left(self.word_starts, m.end)
            nxt = self.words[i].text if i < len(self.words) else ""
            lex = self.lex
            if nxt.isalpha() and nxt.islower() and nxt not in lex.verbs and nxt not in lex.particle_verbs \
                    and nxt not in lex.auxiliaries and nxt not in lex.passive_aux and nxt not in lex.konjunktiv \
                    and nxt not in lex.function_words and nxt not in lex.prepositions and nxt not in lex.conjunctions:
                return True
        if self.before_group(m):
            return True
        if m.label == "PER" and self.doc.body[m.end - 1:m.end] == "s" and self.lex.nouns_capitalised:
            # a person's Saxon genitive before a role ("Kellers Sprecherin Maria Huber sagte"),
            # adjectives between ("Putins außenpolitischer Berater Juri Uschakow"): the role's
            # holder speaks, named in apposition or not ("Putins Berater sagte"), not the
            # genitive's owner
            ent = self.doc.entity(m.entity)
            i = bisect_left(self.word_starts, m.end)
            while i < len(self.words) and self.words[i].text.islower() and self.lex.is_adjective(self.words[i].text):
                i += 1
            if ent is not None and not ent.name.endswith("s") and i < len(self.words) \
                    and self.lex.is_role(self.words[i].text):
                return True
        if m.label in ("LOC", "ORG") and self.doc.body[m.end - 1:m.end] == "s":
            ent = self.doc.entity(m.entity)
            return ent is not None and not ent.name.endswith("s")
        return False

    def before_group(self, m: Mention) -> bool:
        """Whether a place or body stands right before a group noun as its attribute ("die
        Berliner Polizei", "Die US Botschaft in Riad"): the group speaks, not the place."""
        if m.label == "PER" or not self.lex.nouns_capitalised or self.doc.body[m.end:m.end + 1] != " ":
            return False
        i = bisect_left(self.word_starts, m.end + 1)
        return i < len(self.words) and self.words[i].start == m.end + 1 and self.lex.is_group(self.words[i].text) \
            and not self.lex.is_role(self.words[i].text)

    def genitive(self, m: Mention) -> bool:
        """Whether a mention is the genitive complement of a noun before it ("eine Sprecherin
        des Kreml", "die Pläne der Bundesregierung"): it names whom the noun belongs to."""
        i = bisect_left(self.word_starts, m.start) - 1
        if i > 1 and self.words[i - 1].text in self.lex.genitive_only and self.words[i].text[:1].isupper():
            return True  # a name in apposition to a genitive noun ("nach dem Abschluss des Falls Demjanjuk")
        if self._saxon_after_noun(m, i):
            return True
        if i < 1 or self.words[i].text not in self.lex.genitive_articles:
            return False
        noun = self.words[i - 1].text
        return noun[:1].isupper() and self.lex.nameable(noun) and noun.lower() not in self.lex.articles

    def _saxon_after_noun(self, m: Mention, i: int) -> bool:
        """Whether a person's name in the genitive follows its noun without article ("die
        Äußerungen Hassemers und Papiers bezeichnete Wiefelspütz als …"): whose words, not who
        speaks. The ``-s`` must be the inflection (the entity's name lacks it), and the noun no
        role, which takes the name in apposition ("Kanzler Schröder")."""
        if m.label != "PER" or not self.lex.nouns_capitalised or self.doc.body[m.end - 1:m.end] != "s" or i < 0:
            return False
        ent = self.doc.entity(m.entity)
        if ent is None or ent.name.endswith("s"):
            return False
        if self.words[i].text in self.lex.conjunctions and i > 0:
            # the second of two coordinated names ("Hassemers und Papiers"): as the first
            first = next((x for x in self.mentions_in(self.words[i - 1].start - 60, self.words[i - 1].end)
                          if x.end == self.words[i - 1].end), None)
            return first is not None and self._saxon_after_noun(first, bisect_left(self.word_starts, first.start) - 1)
        noun = self.words[i].text
        return noun[:1].isupper() and noun.isalpha() and self.lex.nameable(noun) and not self.lex.is_role(noun) \
            and noun.lower() not in self.lex.articles \
            and not self.mentions_in(self.words[i].start, self.words[i].end)  # (no name run: "Anna Bergers")

    def after_preposition(self, m: Mention) -> bool:
        """Whether a mention follows a preposition ("in Berlin", "von Putin"): not a subject."""
        w = self.word_before(m.start)
        if w is None:
            return False
        if w.text.lower() in self.lex.prepositions:
            return True
        # "mit dem russischen Präsidenten Putin": look past an article and adjectives
        i = bisect_left(self.word_starts, m.start) - 1
        for j in range(i, max(-1, i - 4), -1):
            t = self.words[j].text
            low = t.lower()
            if low in self.lex.prepositions:
                # a title with its complement before the name is no preposition's object
                # ("Secretary of State Antony Blinken", "Minister für Arbeit Hubertus Heil")
                return not (j > 0 and self.lex.is_role(self.words[j - 1].text)
                            and all(w.text[:1].isupper() for w in self.words[j + 1:i + 1]))
            if low in self.lex.oblique_articles and j > 1 and self.words[j - 1].text in self.lex.conjunctions:
                # a phrase coordinated with one after a preposition shares it ("zwischen dem
                # Präsidenten Donald Trump und dem russischen Machthaber Wladimir Putin")
                for k in range(j - 2, max(-1, j - 10), -1):
                    t = self.words[k].text
                    if t.lower() in self.lex.prepositions:
                        return True
                    if t in _CLAUSE_PUNCT or t in self.lex.verbs or t in self.lex.auxiliaries:
                        break
                return False
            # "mit der Nachrichtenagentur Reuters": past articles, adjectives and one apposed noun
            if low in self.lex.verbs or not (low in self.lex.articles or t[:1].isupper()
                                             or (t[:1].islower() and t.endswith(self.lex.adjective_endings))):
                return False
        return False


def _without_day_apposition(words: list[Word], lex: Lexicon) -> list[Word]:
    """The words without a weekday in commas after "heute", "gestern" (round 17): Austrian
    agency style dates a speech act so ("Das teilte heute, Freitag, die Behörde mit", "…, sagte
    gestern, Montag, der Minister"), and the commas would end the reporting clause before its
    subject. The rules read "teilte heute die Behörde mit"; the offsets stay the text's."""
    out: list[Word] = []
    k = 0
    while k < len(words):
        w = words[k]
        if w.text.lower() in lex.dated_adverbs and k + 3 < len(words) and words[k + 1].text == "," \
                and words[k + 2].text in lex.weekdays and words[k + 3].text == ",":
            out.append(w)
            k += 4
            continue
        out.append(w)
        k += 1
    return out
