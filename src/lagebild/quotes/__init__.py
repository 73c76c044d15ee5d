"""Quotations: who said what, as direct, partial and indirect quotes with canonical speakers.

The stage reads the article once, sentence by sentence, and keeps the last speaker as it goes:

* **direct and partial quotes** are the spans between paired quotation marks
  (:mod:`lagebild.quotes.marks`); a quote is attributed to the subject of its cue
  (:func:`lagebild.quotes.speaker.subject`): the reporting verb right after it ("„…“, sagte X",
  "„…“, so X weiter"), else the one nearest before it ("X sagte: „…“"), else the source of a
  frame ("laut X"); without any, it continues the last speaker. Quoted words that are no speech
  (a compound's part, a title, a name, a slogan or scare quote: "America First"-Kurs, „Deal“,
  die „Partei der Volksmacht“) are left out;
* **indirect quotes** are reported clauses: the sentence around a frame ("laut X", "X zufolge",
  "nach Angaben von X"), a dass/ob, Konjunktiv or zu-infinitive clause after a reporting verb,
  a clause before its frame ("…, sagte X."), the sentence before "Dies erklärte X", a speech
  act with nothing more to report ("X forderte Y"), and a Konjunktiv, "soll … haben" or
  "Demnach …" sentence that goes on reporting the last speaker;
* a speaker is an actor (:func:`lagebild.quotes.speaker.is_actor`): an entity, a role or group
  noun, a name; never an abstract noun or a currency ("Verhandlungen", "Dollar"). A report is no
  actor but a source (:func:`lagebild.quotes.speaker.report_source`): its owner where the text
  names one ("nach Angaben der Polizei", "nach seiner Meinung"), else its own words as the
  unlinked speaker name ("nach ersten Angaben" -> "ersten Angaben", "laut einer Studie" -> "Studie");
* a quotation repeated word for word (a caption, a pull quote) is stored once, with its further
  places in ``Quote.occurrences``.

All language knowledge (marks, verbs, frames, Konjunktiv forms, pronouns, role nouns) is in
``resources/quotes/<lang>.json``; see ``docs/quotes.md``.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections.abc import Iterator
from operator import itemgetter

from lagebild.model import Document, Entity, Quote, QuoteKind, Sentence, replace, stable_id
from lagebild.quotes import continuation
from lagebild.quotes.context import Context, Speaker, Word
from lagebild.quotes.lexicon import Lexicon, lexicon
from lagebild.quotes.marks import Quoted
from lagebild.quotes.speaker import (
    agentless_passive,
    apposition_after,
    attribute_end,
    came_from,
    clause_start,
    colon_frame_end,
    document_in,
    epithet_word,
    fronted_subject,
    is_actor,
    is_report,
    kind_word,
    opening_subject,
    renamed_group,
    report_source,
    resolve_demonstrative,
    resolve_pronoun,
    resolve_role,
    subject,
)
from lagebild.quotes.states import state_speaker
from lagebild.quotes.unmarked import unmarked_direct

__all__ = ["quotes_stage", "find_quotes"]

log = logging.getLogger(__name__)

_CLAUSE_END = {",", ";", ":", "(", ")", "–", "—", ".", "!", "?"}
# a Konjunktiv main clause after a comma has its verb second: at most this many words before it
# ("…, die verdächtigen Personen seien …"; "…, in diese Falle werde man …")
_KONJ_CLAUSE_WORDS = 4
# Quoted words without any cue or Konjunktiv around them, and at most this many, are a title,
# a slogan or a scare quote ("America First", „Deal“, "militärische Sonderoperation").
_SCARE_MAX_WORDS = 3
# A speaker carries over to a cue-less quote or Konjunktiv sentence in the same or the next
# paragraph; further on, a quotation without a cue more often belongs to someone the reporter
# has introduced since (measured on the Wikinews training split: 1 beats 2 and 3).
_CARRY_PARAGRAPHS = 1
# The shortest reported clause worth a quote ("er sei bereit").
_MIN_INDIRECT_WORDS = 3
# Titles and names in quotation marks are short ("Schule ohne Rassismus – Schule mit Courage").
_TITLE_MAX_WORDS = 8
# A statement after a colon in a text that lost its marks goes on for at most this many sentences.
_COLON_SENTENCES = 2
# Conjunctions that open a second main clause with its own report ("…, doch ein Sprecher erklärte, …").
# Openers of a subordinate clause besides the lexicon's fronted ones, and prepositions before a
# relative pronoun that the lexicon's list lacks ("…, unter denen …").
_SUBORDINATE_OPENERS = frozenset({"zumal", "wobei", "wodurch", "womit", "wo"})
_RELATIVE_PREPOSITIONS = frozenset({"unter", "zwischen", "hinter", "neben", "seit", "wegen", "trotz", "ohne", "um",
                                    "bis", "gegenüber", "innerhalb", "außerhalb", "während"})
_COORDINATORS = frozenset({"doch", "aber", "jedoch", "während", "und"})
# The verbs of a judgement after an opinion frame ("Für X sei die Lage ernst").
_COPULAS = frozenset({"ist", "sind", "sei", "seien", "war", "waren", "wäre", "wären",
                      "bleibt", "bleibe", "gilt", "gelte"})
# An interview gives its speakers as labels ("Wikinews: …", "Pau: …") at this many sentences at least.
_INTERVIEW_LABELS = 3
_LABEL = re.compile(r"\W*(?:[A-ZÄÖÜ][\w.'’-]*\W{0,3}){1,3}:\s")
_WORDS = re.compile(r"\w[\w'’-]*")
_TEXT = itemgetter(2)  # a Word's text
_ZU_VERB = re.compile(r"(?:ab|an|auf|aus|bei|ein|fest|her|hin|mit|nach|vor|weg|weiter|zurück|zusammen|"
                      r"durch|über|um|unter|wieder|vorbei|heraus|hinaus|herbei|los|frei|dar|bereit)zu[a-zäöüß]{3,}en")


def quotes_stage(doc: Document) -> Document:
    """Stage: the document's quotations with their speakers; a role phrase that names a speaker
    ("der Verteidigungsminister" for Jung) becomes one of the speaker entity's aliases."""
    lex = lexicon(doc.language)
    ctx = Context.build(doc, lex)
    found = _Reader(ctx).read()
    log.debug("%s: %d quotations", doc.id, len(found))
    # (a state or office holder that a state adjective named and the entity stage did not list:
    # "das armenische Verteidigungsministerium" in an article that names Armenia only by Jerewan)
    entities = (*doc.entities, *(e for e in ctx.added.values() if doc.entity(e.id) is None))
    return replace(doc, quotes=tuple(found), entities=_with_role_aliases(replace(doc, entities=entities), found, lex))


def _with_role_aliases(doc: Document, quotes: list[Quote], lex: Lexicon) -> tuple[Entity, ...]:
    """The entities with the role phrases the quotes resolved to them as further aliases.

    The export's aliases are every surface form seen for an actor; the entity stage records the
    role phrases it resolves itself, and this adds those only the quotes stage resolved ("„…“,
    sagte der Verteidigungsminister" after "Verteidigungsminister Franz Josef Jung"), so that a
    reader searching the role finds the person.
    """
    extra: dict[str, list[str]] = {}
    for q in quotes:
        if q.speaker is None or q.speaker_start is None or q.speaker_end is None:
            continue
        surface = " ".join(doc.body[q.speaker_start:q.speaker_end].split())
        # (round 16: also an epithet or a kind of organisation the speaker rules linked, "sagte
        # die Angeklagte", "Die Organisation warnte": the corpus names such a speaker by the
        # description, and a reader searching it finds the actor)
        if any(lex.is_role(w) or (w[:1].isupper() and (epithet_word(lex, w.lower()) or kind_word(lex, w.lower())))
               for w in surface.split()):
            extra.setdefault(q.speaker, []).append(surface)
    if not extra:
        return doc.entities
    out = []
    for e in doc.entities:
        new = [a for a in dict.fromkeys(extra.get(e.id, ())) if a not in e.aliases and a != e.name]
        out.append(replace(e, aliases=(*e.aliases, *new)) if new else e)
    return tuple(out)


def find_quotes(doc: Document, lex: Lexicon | None = None) -> list[Quote]:
    """The quotations of ``doc`` in text order (direct, partial and indirect)."""
    ctx = Context.build(doc, lex or lexicon(doc.language))
    quotes = _Reader(ctx).read()
    log.debug("%s: %d quotations", doc.id, len(quotes))
    return quotes


class _Reader:
    """One pass over a document's sentences; holds the last speaker (no state beyond a call)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.lex = ctx.lex
        self.body = ctx.doc.body
        self.sentences = list(ctx.doc.sentences) or [Sentence(0, len(self.body), 0)]
        self.out: dict[tuple[int, int], Quote] = {}
        self.seen_text: dict[str, tuple[int, int]] = {}
        self.last: Speaker | None = None
        self.last_par = -10
        self.last_indirect = -10  # the sentence of the last indirect quote
        self.openers = self.lex.complementizers | self.lex.nouns  # words that can open a reported clause
        self.lost_marks = False  # direct speech without quotation marks was seen
        self.indicative: list[tuple[int, int]] = []  # indicative statements before a closing frame
        self.history: list[continuation.Said] = []  # every speaker so far, for the continuation model
        self.spans = [(s.start, s.end, s.paragraph) for s in self.sentences]

    # -- driver ------------------------------------------------------------------------------

    def read(self) -> list[Quote]:
        qi = 0
        quoted = self.ctx.quoted
        for si, sent in enumerate(self.sentences):
            while qi < len(quoted) and quoted[qi].open < sent.end:
                if quoted[qi].open >= sent.start:
                    self._direct(quoted[qi], si)
                qi += 1
            self._indirect(si)
            if not self.lost_marks and self.lex.mood_reports:
                self.lost_marks = self._bare_after_colon(sent)
        if self.lost_marks and sum(1 for s in self.sentences if _LABEL.match(self.body, s.start)) >= _INTERVIEW_LABELS:
            self.lost_marks = False  # an interview ("Wikinews: …", "Pau: …") has no marks to lose
        if self.lost_marks:
            # the text lost its quotation marks (its speakers' first person stands bare before a
            # frame): an indicative statement before ", sagte X" is direct speech as well, where
            # German reported speech would shift to the Konjunktiv ("Die Lage ist ernst, sagte er")
            for key in self.indicative:
                q = self.out.get(key)
                if q is not None and q.kind == "indirect":
                    self.out[key] = replace(q, kind="direct")
            for si in range(len(self.sentences)):
                self._after_colon(si)
        self._named_after()
        return sorted(self.out.values(), key=lambda q: (q.start, q.end))

    def _named_after(self) -> None:
        """A cue-less report that nobody before it speaks for is of the actor that opens the next
        sentence ("Der Lohn der Arbeiter liege 25 Prozent unter dem Tarif. Die IG Metall will …"):
        news often gives the statement first and its source after it; where the next sentence
        quotes someone with a cue, that speaker. Only the next sentence, in the same or the next
        paragraph."""
        filled: set[tuple[int, int]] = set()
        # (backwards, so that a run of such sentences all go to the source named after the last)
        for key, q in sorted(self.out.items(), reverse=True):
            if q.cue is not None or q.speaker_name is not None or q.kind != "indirect":
                continue
            hint = self._sentence_index(q.end - 1, 0)
            if hint + 1 >= len(self.sentences):
                continue
            nxt = self.sentences[hint + 1]
            if nxt.paragraph - self.sentences[hint].paragraph > 1:
                continue
            inside = [v for k, v in self.out.items() if k[0] < nxt.end and nxt.start < k[1]]
            if inside:
                # the next sentence quotes someone with a cue ("… Er sei schnell geflüchtet. Die
                # Kriminalpolizei bittet um Mithilfe."): that one is the source named after
                first = min(inside, key=lambda v: v.start)
                if first.start >= nxt.start and first.speaker_name is not None \
                        and (first.cue is not None or (first.start, first.end) in filled):
                    self.out[key] = replace(q, speaker=first.speaker, speaker_name=first.speaker_name,
                                            speaker_start=first.speaker_start, speaker_end=first.speaker_end)
                    filled.add(key)
                continue
            spk = opening_subject(self.ctx, nxt.start, nxt.end)
            if spk is None or spk.name is None or spk.start is None:
                continue
            named = spk.entity is not None \
                or any(m.start == spk.start for m in self.ctx.mentions_in(spk.start, nxt.end))
            if (named or any(self.lex.is_role(w) or self.lex.is_group(w) for w in spk.name.split())) \
                    and is_actor(self.ctx, spk) and not is_report(self.ctx, spk):
                # (a name, a role or a group: "Die Lage ist ernst." names no source)
                self.out[key] = replace(q, speaker=spk.entity, speaker_name=spk.name, speaker_start=spk.start,
                                        speaker_end=spk.end)
                filled.add(key)

    def _after_colon(self, si: int) -> None:
        """In a text that lost its marks, a statement after a colon is direct speech of whom the
        clause before the colon names ("Bürgermeister X sieht strukturelle Gründe: Wir haben keine
        leerstehenden Ferienheime."); followed by direct speech before its frame it is the first
        part of that quotation ("… bemüht: Wir haben … verdichtet. Wir sind vorbereitet, sagte ein
        Sprecher.")."""
        sent = self.sentences[si]
        text = self.body[sent.start:sent.end]
        i = text.find(": ")
        if i < 0 or self._marked(sent.start, sent.end):
            return
        colon = sent.start + i
        start = colon + 2
        ws = self.ctx.words_in(start, sent.end)
        if sum(1 for w in ws if w.text not in _CLAUSE_END) < _MIN_INDIRECT_WORDS \
                or ws[0].text.lower() in self.lex.complementizers or ":" in self.body[start:sent.end] \
                or (not unmarked_direct(self.body[start:sent.end], self.lex)
                    and self.konjunktiv(start, sent.end, weak=True) is not None):
            return
        inside = [k for k in self.out if k[0] < sent.end and colon < k[1]]
        if any(k[0] >= colon for k in inside):
            return  # words after the colon already quoted
        for k in inside:
            q = self.out.pop(k)
            if q.cue_start is not None and q.cue_start > colon:
                # "Die Frage …: Knapp 50 Prozent …, beschrieb X": the frame's words begin after the colon
                self.out[(start, q.end)] = replace(q, id=stable_id("q", self.ctx.doc.id, start, q.end), start=start)
                return
            if colon - q.start > 1:
                self.out[(q.start, colon)] = replace(q, end=colon)  # a quotation before the colon ends there
        end = self._trim_end(sent.end)
        for later in self.sentences[si + 1:si + 1 + _COLON_SENTENCES]:
            # the statement goes on in the paragraph's next sentences that quote nothing of their
            # own and are no reported speech ("Lega Nord: Das ist keine schöne Geschichte. Italien
            # behält die Migranten …")
            if later.paragraph != sent.paragraph or any(k[0] < later.end and later.start < k[1] for k in self.out) \
                    or self.konjunktiv(later.start, later.end, weak=True) is not None \
                    or self.cues(later.start, later.end) or self._marked(later.start, later.end):
                break
            end = self._trim_end(later.end)
        nxt = self.sentences[si + 1] if si + 1 < len(self.sentences) else None
        follow = next((k for k in self.out if nxt is not None and k[0] == nxt.start and nxt.paragraph == sent.paragraph
                       and self.out[k].kind == "direct"), None)
        if follow is not None:
            q = self.out.pop(follow)
            self.out[(start, q.end)] = replace(q, id=stable_id("q", self.ctx.doc.id, start, q.end), start=start)
            return
        cues = self.cues(sent.start, colon)
        spk = subject(self.ctx, sent.start, colon, cues[-1], self._recent(si)) if cues else None
        if spk is None:
            spk = _first_subject(self.ctx, sent.start, colon) or opening_subject(self.ctx, sent.start, colon)
        if spk is None or not is_actor(self.ctx, spk):
            return
        self.out[(start, end)] = self._quote(start, end, "direct", spk, cues[-1] if cues else None)

    def _sentence_index(self, offset: int, hint: int) -> int:
        i = hint
        while i + 1 < len(self.sentences) and self.sentences[i].end <= offset:
            i += 1
        return i

    def _continuation(self, si: int, *,
                      direct: bool) -> tuple[Speaker | None, list[tuple[Speaker, list[float]]] | None]:
        """The speaker a quotation without a cue in sentence ``si`` goes on for, and the
        candidates weighed (:mod:`lagebild.quotes.continuation`): the rules' chain (the actor
        the sentence before is about, the last speaker, the subject the sentence before
        introduced) where no weights are shipped."""
        w = continuation.weights()
        if w is None and continuation.RECORDER is None:
            # (the chain alone, each guess only where the one before found nobody)
            return self._topic(si) or self._recent(si) or self._previous_subject(si) or self.last, None
        topic, recent, previous = self._topic(si), self._recent(si), self._previous_subject(si)
        default = topic or recent or previous or self.last
        cands = continuation.candidates(self.ctx, self.history, self.spans, si, direct=direct, topic=topic,
                                        recent=recent, previous=previous, last=self.last, default=default)
        if w is None or not cands:
            return default, cands
        return continuation.choose(cands, w), cands

    def _recent(self, si: int) -> Speaker | None:
        """The last speaker, if it spoke close enough before sentence ``si`` to go on."""
        if self.last is not None and self.sentences[si].paragraph - self.last_par <= _CARRY_PARAGRAPHS:
            return self.last
        return None

    def _emit(self, start: int, end: int, kind: QuoteKind, spk: Speaker | None, cue: Word | None,
              si: int, *, named_source: bool = False, frame_after: bool = False, bare: bool = False,
              cands: list[tuple[Speaker, list[float]]] | None = None) -> None:
        body = self.body
        while start < end and (body[start].isspace() or body[start] in ",;:"):
            start += 1
        while end > start and (body[end - 1].isspace() or body[end - 1] == ","):
            end -= 1  # English puts the comma inside the quotation marks: "“We will win,” said Biden"
        if end <= start:
            return
        if spk is not None and spk.entity is not None and spk.start is not None and spk.end is not None:
            spk = self._demonym(spk)
        if spk is not None and spk.entity is None:
            spk = state_speaker(self.ctx, spk)  # "das armenische Verteidigungsministerium": Armenia
            if spk.name in self.lex.agent_nouns and spk.start is not None and spk.end is not None:
                both = self.ctx.word_before(spk.start)  # "Beide Seiten": the name says it is both
                if both is not None and both.text.lower() in self.lex.plural:
                    spk = Speaker(None, " ".join(body[both.start:spk.end].split()), both.start, spk.end, person=False)
        if spk is not None and not is_actor(self.ctx, spk) and not is_report(self.ctx, spk) \
                and not (named_source and self._source_name(spk)):
            spk = None  # "Proteste", "Dollar": no actor and no report, so nobody we know
        if kind == "indirect" and frame_after and self.lex.mood_reports and not self._marked(start, end):
            if unmarked_direct(body[start:end], self.lex):
                # "Wir sind vorbereitet, sagte ein Sprecher.": the speaker's own first person
                # before the frame, no marks: direct speech whose marks the text lost
                kind = "direct"
                self.lost_marks = True
            elif self._indicative(start, end):
                self.indicative.append((start, end))
        key = " ".join(body[start:end].casefold().split())
        if kind != "indirect" and key in self.seen_text:
            # the same words again: a caption or pull quote repeating a quotation, stored once
            # with every place it appears; a later copy supplies a speaker the first lacked
            first = self.out.get(self.seen_text[key])
            if first is not None and (start, end) != (first.start, first.end):
                if first.speaker_name is None and spk is not None:
                    first = self._quote(first.start, first.end, first.kind, spk, cue)
                self.out[self.seen_text[key]] = replace(first, occurrences=(*first.occurrences, (start, end)))
            return
        if (start, end) in self.out:
            return
        self.seen_text.setdefault(key, (start, end))
        # (a speech act without its content is stored as such, and goes on as reported speech)
        self.out[(start, end)] = self._quote(start, end, "reported" if bare else kind, spk, cue)
        if kind == "indirect":
            self.last_indirect = si
        if cands is not None and continuation.RECORDER is not None:
            continuation.RECORDER.append((self.ctx.doc, start, end, kind, cands))
        if spk is not None:
            self.last = spk
            self.last_par = self.sentences[si].paragraph
            self.history.append(continuation.Said(spk, si, self.last_par, cue is not None, cands is not None))

    def _marked(self, start: int, end: int) -> bool:
        """Whether quotation marks stand inside or around ``start``-``end``."""
        i = bisect_left(self.ctx.quoted_opens, end)
        return i > 0 and self.ctx.quoted[i - 1].close >= start

    def _bare_after_colon(self, sent: Sentence) -> bool:
        """Whether a sentence gives someone's own words after a colon without quotation marks
        ("Frühstücks Schlussfolgerung: Wir müssen …"): first person, no Konjunktiv."""
        text = self.body[sent.start:sent.end]
        colon = text.find(": ")
        if colon < 0 or self._marked(sent.start, sent.end):
            return False
        ms = self.ctx.mentions_in(sent.start, sent.start + colon)
        if ms and ms[-1].end == sent.start + colon and len(_WORDS.findall(self.body[sent.start:ms[-1].start])) <= 1:
            return False  # "Dr. Scott Snyder: Ich bin …": an interview's speaker label, no lost marks
        return unmarked_direct(text[colon + 2:], self.lex)

    def _indicative(self, start: int, end: int) -> bool:
        """Whether words before a closing frame are a statement in the indicative: no Konjunktiv
        (weak forms included), not opened by "dass"/"ob"."""
        ws = self.ctx.words_in(start, end)
        lex = self.lex
        return bool(ws) and ws[0].text.lower() not in lex.complementizers \
            and not any(w.text in lex.konjunktiv or w.text in lex.konjunktiv_weak for w in ws)

    def _quote(self, start: int, end: int, kind: QuoteKind, spk: Speaker | None, cue: Word | None) -> Quote:
        return Quote(
            id=stable_id("q", self.ctx.doc.id, start, end), start=start, end=end, kind=kind,
            speaker=spk.entity if spk else None, speaker_name=spk.name if spk else None,
            speaker_start=spk.start if spk else None, speaker_end=spk.end if spk else None,
            cue=cue.text if cue else None, cue_start=cue.start if cue else None, cue_end=cue.end if cue else None)

    # -- cues --------------------------------------------------------------------------------

    def cues(self, lo: int, hi: int) -> list[Word]:
        """Reporting verbs between two offsets, outside quotation marks ("teilte … mit" as one)."""
        lex = self.lex
        ws = self.ctx.words_in(lo, hi)
        out: list[Word] = []
        for k, w in enumerate(ws):
            if k and ws[k - 1].text == "(" and w.text in lex.verbs:
                continue  # "(Wikinews berichtete)": a cross-reference, nobody's words
            if k > 1 and ws[k - 2].text == "(" and w.text in lex.verbs and ws[k - 1].text[:1].isupper():
                continue
            if w.text in lex.not_speech_with_sich and self._reflexive(ws, k):
                continue  # "Warum der Kreml sich vom neuen US-Präsidenten viel verspricht": expecting
            if not lex.nouns_capitalised and k and ws[k - 1].text.lower() in lex.articles:
                continue  # English "rejected the remarks", "the reports": a noun, not the verb
            if k and w.text.endswith("s") and w.text in lex.verbs and (
                    ws[k - 1].text.lower() in lex.noun_before
                    or (lex.noun_before and ws[k - 1].text.islower() and ws[k - 1].text.endswith("ed"))):
                # English -s forms after a possessive, a preposition or a verb are plural nouns (trial
                # 7: "a trade war that has raised fears of a global recession" is no quotation)
                continue
            if k and k + 1 < len(ws) and ws[k + 1].text == "to" and ws[k - 1].text.lower() in lex.hearsay_before:
                continue  # "Hamas is believed to still hold 59 hostages": hearsay, nobody's words
            if w.text in lex.hearsay_cues:
                if k and ws[k - 1].text == "zu" and self._hearsay(ws, k):
                    out.append(w)  # "Aus Regierungskreisen war zu hören, …": the source follows "aus"
                continue
            if w.text in lex.verbs:
                last = self._closing_particle(ws, k)
                if last is None:
                    out.append(w)
                    continue
                if last not in lex.particle_verbs.get(w.text, ()):
                    continue  # another verb: "rief einen Tag der Trauer aus", "sagte das Treffen ab"
            if w.text in lex.particle_verbs:
                particles = lex.particle_verbs[w.text]
                if k and ws[k - 1].text in particles and (k + 1 == len(ws) or ws[k + 1].text in _CLAUSE_END):
                    # a subordinate clause puts the particle before the verb at its end ("Wie die
                    # Bank in Rom bekannt gab, soll …")
                    out.append(Word(ws[k - 1].start, w.end, f"{w.text} {ws[k - 1].text}"))
                    continue
                for j in range(k + 1, len(ws)):
                    # the particle closes the clause ("teilte … mit."); "gibt Trump Selenskyj die
                    # Schuld an dem Krieg" has a preposition, no particle
                    if ws[j].text in particles and (ws[j].text not in lex.separable or j + 1 == len(ws)
                                                    or ws[j + 1].text in _CLAUSE_END
                                                    or ws[j + 1].text in lex.complementizers):
                        out.append(Word(w.start, w.end, f"{w.text} {ws[j].text}"))
                        break
                    if ws[j].text in (".", ";", ":"):
                        break
        return out

    def _hearsay(self, ws: list[Word], k: int) -> bool:
        """Whether the infinitive at word ``k`` reports hearsay: its clause has a verb of being
        ("war … zu hören", "zu erfahren war") and opens with the source after "aus" or "von",
        also after "wie" ("Aus Regierungskreisen war zu hören, …", "Wie aus dem Ministerium zu
        erfahren war, …"); "um die Wahrheit zu erfahren" and "In dem Notruf war der Fahrer zu
        hören" (a voice heard) do not."""
        lo = k
        while lo > 0 and ws[lo - 1].text not in _CLAUSE_END:
            lo -= 1
        hi = k
        while hi + 1 < len(ws) and ws[hi + 1].text not in _CLAUSE_END:
            hi += 1
        clause = ws[lo:hi + 1]
        if clause and clause[0].text.lower() in self.lex.as_frames:
            clause = clause[1:]
        return bool(clause) and clause[0].text.lower() in self.lex.hearsay_prepositions \
            and any(w.text in self.lex.hearsay_aux for w in clause)

    def _closing_particle(self, ws: list[Word], k: int) -> str | None:
        """The separable particle that closes the clause of the verb at word ``k`` ("rief … aus."),
        if any; not a word before a quotation ("bezeichnete ihn als ein „Zeichen“")."""
        j = k + 1
        while j < len(ws) and ws[j].text not in _CLAUSE_END:
            j += 1
        last = ws[j - 1]
        if j - 1 == k or last.text not in self.lex.separable:
            return None
        i = last.end
        while i < len(self.body) and self.body[i].isspace():
            i += 1
        return None if self.ctx.quote_at(i) is not None else last.text

    def _reflexive(self, ws: list[Word], k: int) -> bool:
        """Whether "sich" stands in the clause of the verb at word ``k``."""
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(ws) and ws[j].text not in _CLAUSE_END:
                if ws[j].text == "sich":
                    return True
                j += step
        return False

    def _reported_act(self, cue: Word, ws: list[Word], si: int) -> bool:
        """Whether the speech act ``cue`` is itself reported: its own finite verb is a Konjunktiv
        right after reported speech ("Netanjahu sagte, Israel habe die Unterstützung der USA.
        Biden und Trump hätten ihm dies zugesichert." is Netanjahu's, not Biden's)."""
        if self.last_indirect != si - 1:
            return False
        k = next((k for k, w in enumerate(ws) if w.start == cue.start), 0)
        for w in reversed(ws[:k]):
            if w.text in _CLAUSE_END:
                return False
            if w.text in self.lex.konjunktiv:
                return True
        return False

    def _speech_act(self, cue: Word, ws: list[Word]) -> bool:
        """Whether ``cue`` says on its own that something was said: not a cue that reports only
        a clause ("zeigte sich skeptisch"; "äußerte sich" and "meldete sich zu Wort" only say
        that someone spoke), nor one that says nothing was said: negated ("Netanjahu äußerte
        sich zunächst nicht", "kommentierte den Bericht nicht") or with withheld words as its
        object ("lehnte einen Kommentar ab" is a refusal, an event, not a quotation)."""
        lex = self.lex
        if cue.text in lex.needs_content:
            return False
        k = next((k for k, w in enumerate(ws) if w.start == cue.start), None)
        if k is None:
            return True
        if cue.text.lower() in lex.phone_verbs and k + 1 < len(ws) and ws[k + 1].text[:1].isupper():
            # "Israel's prime minister called Trump on Tuesday": a call (the events stage's), not
            # speech; "called Putin a war criminal" names what was said
            j = k + 1
            while j < len(ws) and ws[j].text[:1].isupper():
                j += 1
            if j == len(ws) or ws[j].text.lower() in lex.call_ends:
                return False
        # the cue's own clause, up to a coordinated verb ("verwies auf das Wetter und möchte
        # keine Angaben machen" reports the first)
        clause: list[Word] = []
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(ws) and ws[j].text not in _CLAUSE_END and ws[j].text not in lex.conjunctions:
                clause.append(ws[j])
                j += step
        if f"{cue.text} sich" in lex.needs_content and any(w.text == "sich" for w in clause):
            return False
        for w in clause:
            if w.text.lower() in lex.negations:
                return False
            if w.text in lex.withheld_speech:
                # an object, not a source: "bekräftigt in einer Stellungnahme" reports
                j = ws.index(w) - 1
                while j >= 0 and (ws[j].text.lower() in lex.articles or ws[j].text.lower() in lex.possessives
                                  or lex.is_adjective(ws[j].text)):
                    j -= 1
                if j < 0 or ws[j].text.lower() not in lex.prepositions:
                    return False
        return True

    def _so_cue(self, lo: int, hi: int) -> Word | None:
        """"…“, so X (weiter)": the frame right after a quotation."""
        return self._so_frame(self.ctx.words_in(lo, hi)[:4], first=True)

    def _so_frame(self, ws: list[Word], *, first: bool = False) -> Word | None:
        """The "so" of a frame ", so X" between two offsets (with ``first``, only right at ``lo``):
        "Der Iran müsse den Prozess beenden, so Rice."; "Sein Rivale, so Obama weiter, würde …";
        "…, so der Justizminister." Not ", so dass", ", so viel": a name or an article must follow."""
        lex = self.lex
        for k in range(len(ws) - 2):
            if ws[k].text == "," and ws[k + 1].text.lower() in lex.so:
                nxt, after = ws[k + 2].text, ws[k + 3].text if k + 3 < len(ws) else ""
                if nxt in lex.verbs:
                    return ws[k + 2]  # "Tatsächlich, so betont die Polizei, ist dies …": the verb is the cue
                if nxt.isalpha() and nxt.islower() and nxt.endswith(("t", "en")) and nxt not in lex.function_words \
                        and (after.lower() in lex.definite or lex.nameable(after)) \
                        and any(w.text == "," for w in ws[k + 3:k + 7]):
                    # any verb in an inserted frame ("In zehn Jahren, so schätzen die Forscher, soll
                    # …"): a clause between commas that opens with "so" and its verb is the frame
                    return ws[k + 2]
                if lex.nameable(nxt) or ((nxt.lower() in lex.articles or nxt.lower() in lex.possessives)
                                         and (after[:1].isupper() or after.endswith(lex.adjective_endings))):
                    return ws[k + 1]
            if first:
                break
        return None

    def konjunktiv(self, lo: int, hi: int, *, weak: bool = False) -> Word | None:
        """A Konjunktiv verb between two offsets (outside quotes), not in an idiom.

        With ``weak``, also the forms that mostly mark a hypothesis (hätte, wäre).
        """
        lex = self.lex
        ws = self.ctx.words_in(lo, hi)
        text = None
        for k, w in enumerate(ws):
            if w.text in lex.konjunktiv and (weak or w.text not in lex.konjunktiv_weak):
                beside = {ws[k - 1].text if k else "", ws[k + 1].text if k + 1 < len(ws) else ""}
                if beside & lex.first_person:
                    continue  # "ich habe", "Die habe ich aufgezogen": indicative
                if text is None:
                    text = self.body[lo:hi].lower()
                if any(idiom in text for idiom in lex.konjunktiv_idioms if w.text in idiom):
                    continue
                return w
        return None

    # -- direct and partial quotes -----------------------------------------------------------

    def _direct(self, q: Quoted, si: int) -> None:
        body, ctx = self.body, self.ctx
        sent = self.sentences[si]
        close_si = self._sentence_index(q.close, si)
        glued = self._glued_frame(q, close_si)
        if (body[q.close + 1:q.close + 3].lstrip().startswith(",") or glued) and close_si + 1 < len(self.sentences) \
                and self.sentences[close_si].end <= q.close + 2:
            # "…?“, fragt Berzina.": the splitter ended the sentence inside the frame; so it did
            # where the comma is missing ("… etabliert.“ erklärte die Ministerin.")
            close_si += 1
        lo, hi = sent.start, max(self.sentences[close_si].end, q.close + 1)
        text = body[q.start:q.end]
        n_words = len(text.split())
        left = body[lo:q.open]
        right_words = ctx.words_in(q.close + 1, hi)
        cue = None
        # "„…“, sagte X." / "„…“, so X weiter.": a cue right after the quotation
        if right_words and right_words[0].text == ",":
            after = self.cues(q.close + 1, right_words[min(3, len(right_words) - 1)].end)
            cue = after[0] if after else self._so_cue(q.close + 1, hi)
            if cue is None and len(right_words) > 2 and right_words[1].text in self.lex.frame_verbs:
                # a verb that frames a quotation only right after it ("„…“, scherzte der Minister",
                # "„…“, wandte Berger ein"): no reporting verb elsewhere
                cue = right_words[1]
            if cue is None and len(right_words) > 3 and right_words[1].text in self.lex.auxiliaries:
                # "„…“, hatte Berger bei einer Kundgebung gerufen": the participle closes the frame
                end = next((k for k, w in enumerate(right_words[2:], 2) if w.text in _CLAUSE_END), len(right_words))
                last = right_words[end - 1]
                if last.text in self.lex.frame_verbs or last.text in self.lex.verbs:
                    cue = last
            if cue is not None and self._opens_clause(cue, right_words) and self.cues(lo, q.open):
                # "X schrieb: „…“, weiter hieß es, dass …": the cue after the quotation reports the
                # clause after it; the quotation is the cue's before it
                cue = None
        elif glued and right_words:
            # the comma left out: "„… etabliert.“ erklärte die Ministerin", "„…“ so das Fazit"
            after = self.cues(q.close + 1, right_words[min(2, len(right_words) - 1)].end)
            cue = after[0] if after else right_words[0] if right_words[0].text.lower() in self.lex.so else None
        if cue is None:
            # (a separable verb may close its clause after the quotation: "Die Vorwürfe wies das
            # Ministerium als „haltlos“ zurück")
            before = self.cues(lo, q.open) or [c for c in self.cues(lo, hi) if c.start < q.open and " " in c.text]
            cue = before[-1] if before else None  # the cue nearest the quotation
        if cue is None:
            after = self.cues(q.close + 1, hi)
            # ", so X" after the quotation, else before it ("„In absehbarer Zeit“, so X, wird VW
            # „…“"), but not an enumeration's "so" before a name with its words in parentheses
            # ("so Berlusconi, … Mohammed ElBaradei („…“)")
            cue = after[0] if after else self._so_frame(right_words) or (
                None if left.rstrip().endswith("(") else self._so_frame(ctx.words_in(lo, q.open)))
        konj = self.konjunktiv(lo, hi)
        stripped_left = ctx.words_in(lo, q.open)
        whole = not stripped_left or stripped_left[-1].text == ":"
        ends = text.rstrip()[-1:] in ".!?…" and text[:1].isupper()
        # a sentence of its own ("„…“, sagte X." / "X sagte: „…“"), else a fragment in the reporter's
        # sentence; three words or fewer are a fragment unless they end like a sentence ("Wir kommen.")
        kind: QuoteKind = "direct" if (whole or ends) and (n_words > _SCARE_MAX_WORDS or ends) else "partial"
        if cue is not None and kind == "partial" and self._passive(cue, lo):
            cue = None  # "wird in Russland „militärische Sonderoperation“ genannt": a term in use
        if body[q.close + 1:q.close + 2] == "-" or (q.open and body[q.open - 1] == "-"):
            return  # "America First"-Kurs: part of a compound word
        if self._labelled(q):
            return  # "unter dem Motto „…“", "sein Buch „…“", "der so genannten „…“": a name, a term
        title = self._title_like(text)
        if kind == "direct" and cue is None and (title or not right_words and not stripped_left
                                                 and n_words <= _SCARE_MAX_WORDS):
            return  # a quoted heading or name standing alone ("Cannabis - ein Problem?!")
        frame = next(iter(self._frames(si, ctx.words_in(lo, hi))), None) if cue is None else None
        if frame is not None and frame[2] is not None and frame[2].start == q.start:
            return  # "laut „tagesschau.de“": the frame's source, named in quotation marks
        if kind == "partial":
            if cue is None and konj is None and frame is None and n_words <= _SCARE_MAX_WORDS \
                    and not (text[:1].islower() and self.last_indirect >= si - 1):
                # a title, slogan or scare quote: not speech; but lower-case words right after
                # reported speech are the speaker's ("… Das Wasser sei „schwach radioaktiv“")
                return
            if title and not self._named(q) and (konj is None or self._name_like(q, text)):
                return  # "Partei der Volksmacht", „Die Zeit“: a name or title, even beside a cue
            if cue is None and any(w.lower() in self.lex.foreign_words for w in _WORDS.findall(text)):
                return  # "das erste Album „Piper at the Gates of Dawn“": a foreign title in a German sentence
        spk: Speaker | None = None
        if cue is not None:
            spk = subject(ctx, lo, hi, cue, self._recent(si))
            if spk is not None and spk.start == q.start:
                # quoted words are not their own speaker ("Wie „heise online“ berichtet" names the
                # speaker of the clause after it; whether the name itself is speech is left open:
                # the corpus counts some such words as quotations)
                spk = None
        elif whole and left.rstrip().endswith(":") and self.konjunktiv(lo, q.open) is not None \
                and (self._topic(si) or self._recent(si)) is not None:
            # reported speech before the colon goes on for its speaker, whoever it names ("Anna
            # Bligh erklärte, … Queensland sei Neuseeland zu Dank verpflichtet: „…“")
            spk = self._topic(si) or self._recent(si)
        elif whole and left.rstrip().endswith(":") \
                and came_from(ctx, lo, lo + len(left.rstrip()) - 1, self._recent(si)) is not None:
            # "Kritik kam von der Opposition: „…“": the source after "von", not the criticism
            spk = came_from(ctx, lo, lo + len(left.rstrip()) - 1, self._recent(si))
        elif (whole and left.rstrip().endswith(":")) or left.rstrip().endswith("("):
            # "Putin: „…“", "Mohammed ElBaradei („Mir fällt niemand ein …“)": the name before
            ms = ctx.mentions_in(lo, q.open)
            if left.rstrip().endswith("("):
                ms = [m for m in ms if m.end >= lo + len(left.rstrip()) - 3]  # right before the parenthesis
            # a name after a preposition is none ("… nach Zyklon Tasha zu Dank verpflichtet: „…“"),
            # but after "von" the author ("Das Fazit von Sandra Boser: „…“")
            ms = [m for m in ms if not ctx.after_preposition(m) or self._after_von(m.start)]
            # the clause's subject before a genitive or an object named later ("Pieper hatte sich
            # während einer Rede der Abgeordneten Polat … hinreißen lassen: „…“"), else the last name
            subjects = [m for m in ms if not ctx.after_preposition(m) and not ctx.genitive(m) and not ctx.modifier(m)]
            pick = subjects[0] if subjects and whole else ms[-1] if ms else None
            spk = ctx.speaker_of(pick) if pick is not None else None
            if whole and not subjects:
                # only a genitive named: a group or role opening the sentence is the subject ("Der
                # Ermittler, der als Zeuge gilt, will nach dem Abschluss des Falls Demjanjuk …: „…“")
                spk = self._opening_group(lo, q.open) or self._own_subject(lo, q.open) or spk
            if spk is None and whole:
                # no name: the group that opens the sentence ("Die Firma empfindet die Kritik als
                # ungerechtfertigt: „…“")
                spk = opening_subject(ctx, lo, q.open)
                if spk is not None and not is_actor(ctx, spk):
                    spk = None
        if spk is None and cue is None and frame is None:
            # "„Ja, es gibt Zumutungen.“ Das musste Steinbrück einräumen.": the sentence after
            spk, cue = self._anaphoric_cue(close_si)
        if spk is None and cue is None and frame is not None:
            spk, cue = frame[2], frame[3]  # "sind nach Meinung des SPD-Politikers „ein … Eingriff“"
        if konj is not None and konj.start > q.close and any(
                w.text == "," for w in ctx.words_in(q.close, konj.start)):
            # a Konjunktiv in a clause after the quotation's own ("Auch Wiefelspütz will „noch einmal
            # sorgfältig prüfen“, ob ein Verbot angestrebt werden solle") makes no reported speech of it
            konj = None
        if spk is None and cue is None and kind == "partial" and konj is None:
            # words in the reporter's own sentence are its subject's, whatever the verb ("Auch
            # Außenminister Rumsfeld attackierte den Iran als den „führenden Förderer von Terrorismus“");
            # in reported speech they go on with its speaker ("Erstmals sei die Regierung … „aller
            # Voraussicht nach“ …")
            spk = self._own_subject(lo, q.open)
        cands = None
        if spk is None and cue is None:
            # a continuation keeps the last speaker; else whoever the sentence before introduced
            # (the continuation model chooses among them and the earlier speakers)
            spk, cands = self._continuation(si, direct=True)
        self._emit(q.start, q.end, kind, spk, cue, si, cands=cands)

    def _opens_clause(self, cue: Word, words: list[Word]) -> bool:
        """Whether a dass/ob clause or a colon follows ``cue`` within its next three words."""
        after = [w for w in words if w.start >= cue.end][:4]
        k = next((i for i, w in enumerate(after) if w.text in _CLAUSE_END), None)
        if k is None:
            return False
        return after[k].text == ":" or (after[k].text == "," and k + 1 < len(after)
                                         and after[k + 1].text.lower() in self.lex.complementizers)

    def _glued_frame(self, q: Quoted, close_si: int) -> bool:
        """Whether a frame follows the closing mark without its comma, where the splitter began a
        new sentence: a lower-case reporting verb or "so" ("„… etabliert.“ erklärte die Ministerin",
        "„… zu lästig.“ so das Fazit der Betreiber")."""
        if close_si + 1 >= len(self.sentences) or self.sentences[close_si].end > q.close + 2:
            return False
        nxt = self.ctx.words_in(q.close + 1, q.close + 40)[:1]
        if not nxt or not nxt[0].text[:1].islower() or self.body[q.close + 1:nxt[0].start].strip():
            return False
        return nxt[0].text in self.lex.verbs or nxt[0].text in self.lex.particle_verbs or nxt[0].text in self.lex.so

    def _own_subject(self, lo: int, hi: int) -> Speaker | None:
        """The subject of the clause before a partial quotation: a tagged name that follows no
        preposition, or an untagged group or role opening the sentence."""
        spk = _first_subject(self.ctx, lo, hi)
        if spk is None:
            return self._opening_group(lo, hi)
        return spk if is_actor(self.ctx, spk) else None

    def _opening_group(self, lo: int, hi: int) -> Speaker | None:
        """An untagged group or role noun phrase that opens the stretch ("Der Ermittler, der …"), or
        that follows the verb after a fronted adverbial ("Gestern hat die Polizei …")."""
        # (a capitalised adverb opens no subject: "Langfristig strebt das neue Unternehmen … an")
        for spk in (opening_subject(self.ctx, lo, hi), fronted_subject(self.ctx, lo, hi)):
            words = (spk.name or "").split() if spk is not None else []
            # (the head, with its complement: "Die Regierungen von Deutschland und Frankreich")
            if spk is not None and any(self.lex.is_group(w) or self.lex.is_role(w) for w in words):
                return spk if is_actor(self.ctx, spk) else None
        return None

    def _opening_actor(self, lo: int, hi: int, *, any_noun: bool = False) -> Speaker | None:
        """The actor that opens a simple clause (no inner punctuation): a name among its first two
        words, or an untagged group or role noun phrase (``any_noun``: any noun phrase that can
        be an actor)."""
        ws = self.ctx.words_in(lo, hi)
        if not ws or any(w.text in _CLAUSE_END for w in ws):
            return None
        ms = self.ctx.mentions_in(lo, ws[min(1, len(ws) - 1)].end)
        first = ws[0].text.lower()
        if ms and first in self.lex.prepositions and self.ctx.after_preposition(ms[0]):
            # "Für Lübeck hat Ryanair ausgerechnet, dass …": a fronted prepositional phrase names
            # no subject; a name right after the finite verb is one
            k = next((k for k, w in enumerate(ws) if w.start >= ms[0].end and w.text.islower()), len(ws))
            after = self.ctx.mentions_in(ws[k + 1].start, hi) if k + 1 < len(ws) else []
            if after and after[0].start == ws[k + 1].start:
                ms = after
            elif not (first in self.lex.hearsay_prepositions or first in self.lex.frame_first or first == "nach"):
                # none there: a place after "in" names no source (trial 7: "In Europa wächst die
                # Sorge, dass …" is nobody's report, not Europe's); "Aus Hamburg wird gemeldet, dass
                # …" and "Nach Grupps Meinung werden …" name one
                ms = []
        if ms and not self.ctx.modifier(ms[0]) and not self.ctx.genitive(ms[0]):
            spk: Speaker | None = self.ctx.speaker_of(ms[0])
        else:
            spk = opening_subject(self.ctx, lo, hi)
            words = (spk.name or "").split() if spk is not None else []
            # (the head, with its complement: "Die Regierungen von Deutschland und Frankreich")
            if not any(self.lex.is_group(w) or self.lex.is_role(w) for w in words) \
                    and not (any_noun and spk is not None and self._plural_subject(spk, hi)):
                return None
        return spk if spk is not None and is_actor(self.ctx, spk) else None

    def _plural_subject(self, spk: Speaker, hi: int) -> bool:
        """Whether a noun phrase that opens its clause is a plural subject: its finite verb right
        after it is plural ("Die Alliierten hatten …", not "Die Suche sollte …")."""
        after = self.ctx.words_in(spk.end, hi) if spk.end is not None else []
        return bool(after) and (after[0].text in ("sind", "waren") or (
            after[0].text.islower() and after[0].text.endswith("en")))

    def _anaphoric_cue(self, si: int) -> tuple[Speaker | None, Word | None]:
        """The speaker and cue of a sentence after ``si`` that opens with "Das"/"Dies" and a
        reporting verb: it says who spoke the quotation just before."""
        if si + 1 >= len(self.sentences) or self.sentences[si + 1].paragraph != self.sentences[si].paragraph:
            return None, None
        nxt = self.sentences[si + 1]
        ws = self.ctx.words_in(nxt.start, nxt.end)
        i = bisect_left(self.ctx.quoted_opens, nxt.start)
        quotes_itself = i < len(self.ctx.quoted) and self.ctx.quoted[i].open < nxt.end
        if len(ws) < 3 or quotes_itself:
            return None, None
        opening = " ".join(w.text.lower() for w in ws[:3])
        if any(opening.startswith(f) for f in self.lex.words_frames):
            # "„…“ Mit diesen Worten trat die Ministerin vor die Presse.": whoever the sentence is about
            spk = self._own_subject(nxt.start, nxt.end)
            return (spk, None) if spk is not None else (None, None)
        if ws[0].text.lower() not in self.lex.anaphora:
            return None, None
        cues = self.cues(nxt.start, nxt.end)
        if not cues:
            return None, None
        spk = subject(self.ctx, nxt.start, nxt.end, cues[0], None)
        return (spk, cues[0]) if spk is not None and is_actor(self.ctx, spk) else (None, None)

    def _topic(self, si: int) -> Speaker | None:
        """The actor the sentence before is about, where that sentence reported nothing itself:
        the reporter has moved on from the last speaker ("Der Iran streitet dies ab. Sein
        Programm diene …"; "Anja Hajduk kritisierte die Pläne. Die Mittel seien …")."""
        if si == 0 or self.sentences[si].paragraph - self.sentences[si - 1].paragraph > 1:
            return None
        prev = self.sentences[si - 1]
        if any(prev.start <= k[0] < prev.end for k in self.out):
            return None  # the sentence before quoted someone: the last speaker goes on
        # a tagged name, or an untagged group or role opening the sentence ("Die New Yorker
        # Gesundheitsbehörden haben einen neuen Virusstamm entdeckt. Er soll resistent sein."),
        # after a heading's colon ("Rückschlag für die HIV-Forschung: Die … Gesundheitsbehörden …")
        colon = next((w for w in self.ctx.words_in(prev.start, prev.end)[:8] if w.text == ":"), None)
        if colon is not None:
            prev = Sentence(colon.end, prev.end, prev.paragraph)
        spk = self._own_subject(prev.start, prev.end) or self._bare_group(prev.start, prev.end) \
            or document_in(self.ctx, prev.start, prev.end)
        if spk is not None and spk.entity is not None:
            # an untagged noun phrase opening the sentence before the name is its subject, and the
            # name an object or place ("Die Proteste weiteten sich auf die Provinzen Sichuan und
            # Gansu aus"): the sentence is about no actor, and the last speaker goes on
            first = self.ctx.words_in(prev.start, prev.end)[:1]
            opening = opening_subject(self.ctx, prev.start, prev.end) \
                if first and first[0].text.lower() in self.lex.articles else None
            if opening is not None and opening.entity is None and opening.end is not None \
                    and spk.start is not None and opening.end <= spk.start \
                    and self._has_predicate(opening.end, spk.start):
                return opening if self._opening_group(prev.start, prev.end) is not None else None
        return spk

    def _bare_group(self, lo: int, hi: int) -> Speaker | None:
        """A group without article that a clause names after its verb, or as the agent of its
        fronted passive: the subject of a clause that opens with something else ("Auch auf den
        schwachen Dollar verweisen Analysten.", "…, nehmen Beobachter allgemein an.", "Von
        politischen Beobachtern wird der Schritt als wichtig gewertet."). Not after another
        preposition ("mit Experten"), nor after an article, which makes it an object as often as
        not, nor "von" inside the clause ("Behinderungen von Oppositionsparteien wurden
        registriert": whose, not by whom)."""
        lex = self.lex
        ws = self.ctx.words_in(lo, hi)
        passive = any(w.text in lex.passive_aux for w in ws)
        for k, w in enumerate(ws):
            if k == 0 or not lex.is_group(w.text) or self.ctx.mentions_in(w.start, w.end):
                continue
            j = k - 1
            while j > 0 and lex.is_adjective(ws[j].text) and ws[j - 1].text.lower() in lex.prepositions:
                j -= 1  # "von politischen Beobachtern"
            low = ws[j].text.lower()
            if low in ("von", "vom") and passive and j == 0 or (j == k - 1 and self._verb_like(ws, j)):
                return Speaker(None, w.text, w.start, w.end)
        return None

    def _verb_like(self, ws: list[Word], j: int) -> bool:
        """Whether word ``j`` can be a verb before a subject: lower-case, no article, preposition
        or small word, and no adjective after an article ("die neue Regierung")."""
        lex = self.lex
        w = ws[j].text
        low = w.lower()
        if not (w[:1].islower() and w.isalpha()) or low in lex.articles or low in lex.prepositions \
                or low in lex.function_words:
            return False
        prev = ws[j - 1].text.lower() if j else ""
        return not (lex.is_adjective(w) and (prev in lex.articles or prev in lex.prepositions
                                             or prev in lex.possessives))

    def _after_von(self, offset: int) -> bool:
        w = self.ctx.word_before(offset)
        return w is not None and w.text in ("von", "vom")

    def _previous_subject(self, si: int) -> Speaker | None:
        """The speaker the sentence before introduces ("Der Bundespräsident erklärte dazu:")."""
        if si == 0:
            return None
        prev = self.sentences[si - 1]
        cues = self.cues(prev.start, prev.end)
        if cues:
            return subject(self.ctx, prev.start, prev.end, cues[-1], None)
        return _first_subject(self.ctx, prev.start, prev.end)

    def _passive(self, cue: Word, lo: int) -> bool:
        """A passive participle without agent ("wird … genannt", "bezeichnet wird")."""
        ws = self.ctx.words_in(clause_start(self.ctx, lo, cue.start), cue.end + 12)
        texts = {w.text for w in ws}
        if not texts & self.lex.passive_aux or texts & {"von", "vom"}:
            return False
        return cue.text.startswith("ge") or cue.text.endswith("t")

    def _title_like(self, text: str) -> bool:
        """Every word capitalised but the small words of a title: a name, not speech."""
        ws = _WORDS.findall(text)
        return 0 < len(ws) <= _TITLE_MAX_WORDS and all(
            w[:1].isupper() or w[:1].isdigit() or w.lower() in self.lex.title_words for w in ws)

    def _name_like(self, q: Quoted, text: str) -> bool:
        """A proper name rather than a word someone used: an acronym ("DFB", "PLoS"), or after a
        definite article or a noun, several capitalised words ("die „Partei der Volksmacht“",
        "Agentur „Xinhua“"); after an indefinite article it is a predicate ("ein „Opfer des
        Terrorismus“")."""
        ws = _WORDS.findall(text)
        if any(sum(c.isupper() or c.isdigit() for c in part) >= 2 for w in ws for part in w.split("-")):
            return True
        prev = self.ctx.word_before(q.open)
        if prev is not None and prev.text.lower() in self.lex.indefinite:
            return False
        if sum(1 for w in ws if w[:1].isupper()) >= 2:
            return True
        return prev is not None and prev.end >= q.open - 1 and prev.text[:1].isupper() \
            and prev.text.lower() not in self.lex.function_words

    def _labelled(self, q: Quoted) -> bool:
        """Quoted words that a noun before them labels as a title or name ("das Album „…“",
        "mit dem Titel „…“", "Organisation „…“"), that "so genannt" marks as a term, or that
        stand as a short translation in parentheses ("(„gegossenes Blei“)")."""
        prev = self.ctx.word_before(q.open)
        if prev is None or prev.end < q.open - 1:
            return False
        low = prev.text.lower()
        if low == "(":
            # a short one is a translation or a name; a long one a person's words
            # ("Mohammed ElBaradei („Mir fällt niemand ein, der …“)")
            return len(self.body[q.start:q.end].split()) <= _SCARE_MAX_WORDS + 1
        if (prev.text[:1].isupper() or not self.lex.nouns_capitalised) and low.endswith(self.lex.title_nouns):
            return True
        before = self.ctx.word_before(prev.start)
        pair = f"{before.text.lower()} {low}" if before is not None else low
        return low.startswith(self.lex.term_markers) or pair.startswith(self.lex.term_markers)

    def _named(self, q: Quoted) -> bool:
        """"nannte es „Wortbruch“", "bezeichnete ihn als „Diktator ohne Wahlen“": words quoted as said."""
        words = self.ctx.words_in(max(0, q.open - 80), q.open)
        first = next((i + 1 for i in range(len(words) - 1, -1, -1) if words[i].text in _CLAUSE_END), 0)
        clause = [w for w in words[first:] if w.text.lower() not in self.lex.articles]
        # a naming verb in the clause ("nannte die Absage Hartmanns einen „Vertrauensbruch“");
        # "als" alone names titles too ("als „Schule ohne Rassismus“ ausgezeichnet")
        if any(w.text.lower() in self.lex.naming_verbs for w in clause):
            return True
        rest: list[Word] = []
        for w in self.ctx.words_in(q.close + 1, q.close + 200):
            if w.text in _CLAUSE_END:
                break
            rest.append(w)
        closed = bool(rest) and rest[-1].text in self.lex.separable
        if any(w.text in self.lex.shouting_verbs for w in clause) and not closed:
            # a verb of shouting earlier in the clause ("Dabei skandierten sie „…“"), not another
            # verb with its particle ("rief die Muslime zum „Heiligen Krieg“ auf")
            return True
        # a verb of speaking right before or after the words ("skandierten „Nieder mit der
        # Regierung“", "die „Nieder mit der Regierung“ riefen"): a slogan someone shouted
        before = self.ctx.word_before(q.open)
        after = [w for w in self.ctx.words_in(q.close + 1, q.close + 40)[:2] if w.text != ","][:1]
        return (before is not None and before.end >= q.open - 1 and before.text in self.lex.shouting_verbs) \
            or (bool(after) and after[0].text in self.lex.shouting_verbs)

    # -- indirect speech ---------------------------------------------------------------------

    def _inverted_first(self, si: int, cues: list[Word]) -> list[Word]:
        """The cues with a closing inverted frame first (round 17): in "Wenn die Türkei sagt, dass
        sie die Grenzen schützt, wäre das keine Lösung, sagte Faymann" the whole sentence before
        ", sagte Faymann" is his; the cue inside it ("die Türkei sagt") is part of what he said.
        The last cue is such a frame when a comma stands right before it and it closes the
        sentence; the cues before it must stand in subordinate clauses ("Wenn …", "Als …")."""
        if len(cues) < 2:
            return cues
        last = cues[-1]
        before = self.body[:last.start].rstrip()
        sent = self.sentences[si]
        after = self.ctx.words_in(last.end, sent.end)
        after = after[:next((k for k, w in enumerate(after) if w.text == ":"), len(after))]
        if not before.endswith(",") or len(after) > 12 \
                or any(w.text == "," or w.text.lower() in self.lex.complementizers for w in after) \
                or any(c in self.body[last.end:after[-1].end if after else last.end] for c in "„“»«\"") \
                or self.ctx.quote_at(sent.end - 1) is not None:
            # (only a frame that closes the sentence: "…, meinte er damit wohl kaum die
            # Auseinandersetzungen, die …" and "…, räumte Lopez ein, davon geträumt zu haben" go on;
            # "…, entgegnete Suttner: „…“" reports the quotation after the colon, the words up to
            # which are counted)
            return cues
        if not all(any(w.text.lower() in self.lex.subordinators
                       for w in self.ctx.words_in(clause_start(self.ctx, sent.start, c.start), c.start))
                   for c in cues[:-1]):
            # (only over cues in a subordinate clause: in "Anna Berger forderte die Bürger auf,
            # die Häuser zu verlassen, sagte sie" the main clause reports itself; round 11)
            return cues
        return [last, *cues[:-1]]

    def _indirect(self, si: int) -> None:
        sent = self.sentences[si]
        lo, hi = sent.start, sent.end
        ws = self.ctx.words_in(lo, hi)
        if self.lex.trigger().isdisjoint(map(_TEXT, ws)):
            return  # no cue, frame or Konjunktiv: most sentences end here (a set test in C)
        if sum(1 for w in ws if w.text not in _CLAUSE_END) < _MIN_INDIRECT_WORDS \
                and not self._konjunktiv_before_quoted(ws, lo, hi):
            return
        if self._frame(si, ws):
            return
        if self._so_reported(si, ws):
            return
        cues = self.cues(lo, hi)
        for cue in self._inverted_first(si, cues):
            if self._reported_clause(si, cue, ws):
                self._second_report(si, cues, ws)
                return
        # a cue that reports only a clause is no speech act on its own ("Selenskyj zeigte sich
        # skeptisch.", "… and agreed to an immediate pause")
        # (nor a cue in a relative clause: "Eine Waffenruhe, wie sie Kiew vorgeschlagen hatte,
        # lehnte Putin ab" is Putin's act)
        # (a Konjunktiv in the sentence is content: "Besorgt äußerte sich Annan über die Gewalt,
        # die … auftrete", "Die Mutter kann nicht glauben, was passiert sei")
        act = next((c for c in cues if (self._speech_act(c, ws) or self.konjunktiv(lo, hi) is not None)
                    and not self._in_relative(lo, c)), None)
        if act is not None and self.ctx.quote_at(act.start) is None and not self._has_direct(lo, hi) \
                and not self._passive_cue(act, lo) and not self._reported_act(act, ws, si):
            # reported speech: "Als Beispiel nannte der Berliner das Spiel gegen Aue."; not when
            # the sentence quotes (the quotation is what was said) or the verb is a passive
            # ("Trumps Administration wurde als an Frieden interessiert bezeichnet")
            spk = subject(self.ctx, lo, hi, act, self._recent(si))
            if spk is not None and (is_actor(self.ctx, spk) or is_report(self.ctx, spk)):
                # ("Eine aktuelle Schätzung beziffert die Schulden auf …": a report states it)
                # (kind "reported": the act without its content, unless a Konjunktiv or a verb that
                # always carries words says the sentence is what was said: "Ein Frieden, der
                # Russland belohne, werde keinen Bestand haben, sagte der Kanzler")
                bare = act.text not in self.lex.content_verbs and self.konjunktiv(lo, hi) is None
                self._emit(lo, self._trim_end(hi), "indirect", spk, act, si, bare=bare)
                return
        # a Konjunktiv sentence without a cue goes on reporting the last speaker; so do a
        # hypothetical form (hätte, wäre) right after reported speech, "soll … haben", and
        # "Demnach …" / "…, wonach …"
        weak = self.last_indirect == si - 1
        konj = self.konjunktiv(lo, hi, weak=weak) if self.lex.mood_reports else None
        if konj is None and ws and not self.openers.isdisjoint(map(_TEXT, ws)):
            # "Trump selbst hat bereits signalisiert, dass er …": an actor opening a simple main
            # clause reports the dass-clause, whatever the verb; not "wächst die Skepsis, ob …" or
            # "…, könnte es sein, dass …" (no actor opens the clause)
            comma = self._dass_clause(ws, ws[-1])
            spk = self._opening_actor(lo, comma.start) if comma is not None else None
            if comma is not None and spk is not None and self._outside_words(comma.end, hi) >= _MIN_INDIRECT_WORDS:
                self._emit(comma.end, self._trim_end(hi), "indirect", spk, None, si)
                return
        if konj is not None or self._reportative(ws) \
                or ws[0].text.lower() in self.lex.reportive_adverbs \
                or any(w.text in self.lex.reportive_relative for w in ws):
            comma = (self._dass_clause(ws, konj) or self._konjunktiv_main_clause(ws, konj, lo)) \
                if konj is not None else None
            # "Die Experten kamen zu dem Ergebnis, dass es keine Beweise gebe": a Konjunktiv clause
            # after "dass" reports the main clause's subject, whatever its verb; so does a
            # Konjunktiv main clause after the comma ("Die Ministerin erklarte indessen, es sei
            # nicht zum Wahlbetrug gekommen": a misspelt or unlisted verb)
            # ("Von der Polizei kam die Information, bei den Toten handele es sich um …": the
            # source after "von")
            spk = (came_from(self.ctx, lo, comma.start, self._recent(si)) or self._own_subject(lo, comma.start)) \
                if comma is not None else None
            if comma is not None and spk is not None:
                self._emit(comma.end, self._trim_end(hi), "indirect", spk, None, si)
                return
            spk = self._report_before_wonach(ws)
            if spk is not None:
                # "eine Schätzung, wonach …", "Ein Bericht der Zeitung, wonach …": the report is the source
                self._emit(lo, self._trim_end(hi), "indirect", spk, None, si)
                return
            sub = self._subordinate_comma(ws, konj) if konj is not None else None
            spk = self._opening_actor(lo, sub.start, any_noun=True) if sub is not None else None
            if spk is not None:
                # "Anna Berger begrüßte den Schritt, weil es zeige, dass …": the Konjunktiv of a
                # subordinate clause reports the actor of its main clause, not the last speaker
                self._emit(lo, self._trim_end(hi), "indirect", spk, None, si)
                return
            own = next((c for c in cues if c.start < konj.start and self._speech_act(c, ws)
                        and not self._in_relative(lo, c) and not self._passive_cue(c, lo)), None) \
                if konj is not None else None
            spk = subject(self.ctx, lo, hi, own, self._recent(si)) if own is not None else None
            if own is not None and spk is not None and spk.start is not None and spk.start < own.start \
                    and is_actor(self.ctx, spk):
                # a sentence with a speech act of its own before the Konjunktiv (trial 7: "US-Präsident
                # Joe Biden sprach von einem Abkommen, das „die Kämpfe in Gaza stoppen“ werde") is its
                # subject's, not a continuation of the last speaker
                self._emit(lo, self._trim_end(hi), "indirect", spk, own, si)
                return
            spk, cands = self._continuation(si, direct=False)
            self._emit(lo, self._trim_end(hi), "indirect", spk, None, si, cands=cands)

    def _konjunktiv_before_quoted(self, ws: list[Word], lo: int, hi: int) -> bool:
        """Whether a short clause in the Konjunktiv reports the quoted words it ends in ("Es drohe
        „eine dramatische Erderwärmung …“"): its verb outside the marks, the words inside count."""
        return any(w.text in self.lex.konjunktiv and w.text not in self.lex.konjunktiv_weak for w in ws) \
            and len(self.ctx.words_in(lo, hi, outside_quotes=False)) > _MIN_INDIRECT_WORDS + 2

    def _report_before_wonach(self, ws: list[Word]) -> Speaker | None:
        """The report a "wonach" clause gives the content of: the report noun, with its owner,
        among the few words before the comma that opens the clause."""
        k = next((k for k, w in enumerate(ws) if w.text in self.lex.reportive_relative), -1)
        if k < 2 or ws[k - 1].text != ",":
            return None
        for w in reversed(ws[max(0, k - 6):k - 1]):
            if w.text in _CLAUSE_END:
                return None
            if self.lex.is_source_noun(w.text) and self.lex.is_report_noun(w.text):
                spk = report_source(self.ctx, w, None)
                return spk if is_report(self.ctx, spk) or spk.entity is not None else None
        return None

    def _subordinate_comma(self, ws: list[Word], konj: Word) -> Word | None:
        """The first comma of a sentence whose Konjunktiv ``konj`` stands in a subordinate clause
        ("weil", "als") after it: the main clause before that comma names who reports
        ("Die Partei begrüßte den Schritt, sich … anzuschließen, weil es zeige, …")."""
        first: Word | None = None
        for k, w in enumerate(ws[:-1]):
            if w.start >= konj.start:
                return None
            if w.text in _CLAUSE_END and w.text != ",":
                return None
            if w.text == ",":
                first = first or w
                if ws[k + 1].text.lower() in self.lex.subordinators:
                    return first
        return None

    def _dass_clause(self, ws: list[Word], konj: Word) -> Word | None:
        """The comma before "dass"/"ob" that opens the clause holding the Konjunktiv ``konj``
        (the first such comma, before ``konj``), or the first comma after a view noun ("Einige
        vertreten die Auffassung, die Welt befände sich in der Endzeit")."""
        view = False
        for k, w in enumerate(ws):
            if w.start >= konj.start:
                break
            if w.text in self.lex.nouns:
                view = True
            if w.text == "," and k and k + 1 < len(ws) and (view or ws[k + 1].text.lower() in self.lex.complementizers):
                return w
        return None

    def _konjunktiv_main_clause(self, ws: list[Word], konj: Word, lo: int) -> Word | None:
        """The comma that opens a main clause whose finite verb is the Konjunktiv ``konj``, within
        a few words ("Die Soldaten waren davon ausgegangen, die Personen seien dabei, …"), where
        the clause before it is in the indicative (a Konjunktiv before the comma is reported
        speech going on: "Die Lage sei ernst, es gebe kaum Wasser"). A subordinate clause or
        question puts its verb last and is none ("…, weil sie gewinnen würden"); so does a
        relative clause, whose pronoun may be an article ("…, der Fahrer könne betrunken gewesen
        sein" against "…, die mit einem Sieg weiteren Auftrieb erfahren hätten")."""
        k = next((i for i, w in enumerate(ws) if w.start == konj.start), None)
        if k is None:
            return None
        comma = next((i for i in range(k - 1, max(k - _KONJ_CLAUSE_WORDS - 2, 0), -1)
                      if ws[i].text in _CLAUSE_END), None)
        if comma is None or ws[comma].text != "," or comma + 1 >= k:
            return None
        opener = ws[comma + 1].text.lower()
        lex = self.lex
        if opener in lex.subordinators or opener in lex.complementizers or opener in lex.as_frames \
                or opener in lex.question_words:
            return None
        if opener in lex.relative_pronouns and (k + 1 >= len(ws) or ws[k + 1].text in _CLAUSE_END):
            return None
        if self.konjunktiv(lo, ws[comma].start) is not None:
            return None
        return ws[comma]

    def _bare_clause(self, after: list[Word]) -> int | None:
        """Where a clause without complementizer opens right after an English cue ("Biden said the
        United States would keep …"): a subject and, within a few words, a modal or auxiliary."""
        lex = self.lex
        if not after or not (after[0].text.lower() in lex.articles or lex.nameable(after[0].text)
                             or after[0].text in lex.clause_subjects):
            return None
        for w in after[1:6]:
            if w.text in _CLAUSE_END:
                return None
            # (a reporting verb makes a clause too: "The White House said the two leaders agreed
            # that …" reports what they agreed)
            if w.text in lex.konjunktiv or w.text in lex.auxiliaries or w.text in lex.passive_aux \
                    or w.text in lex.verbs:
                return after[0].start
        return None

    def _so_reported(self, si: int, ws: list[Word]) -> bool:
        """"Der Iran müsse den Prozess beenden, so Rice.": the sentence is the speaker's, without the
        frame where it closes the sentence."""
        sent = self.sentences[si]
        text = self.body[sent.start:sent.end]
        if not any(f", {w}" in text for w in self.lex.so):
            return False  # most sentences: no ", so" at all (a substring test, not a word loop)
        so = self._so_frame(ws)
        if so is None:
            return False
        spk = subject(self.ctx, sent.start, sent.end, so, self._recent(si))
        if spk is None or not (is_actor(self.ctx, spk) or is_report(self.ctx, spk)):
            return False  # ("…, so die Studie.": a report is a source too)
        # the frame closes the sentence when no comma follows it ("…, so der Minister weiter.")
        comma = self.ctx.word_before(so.start)  # the comma that opens the frame
        closes = comma is not None and not any(w.text == "," and w.start > so.start for w in ws)
        end = comma.start if closes and comma is not None else self._trim_end(sent.end)
        self._emit(sent.start, end, "indirect", spk, so, si, frame_after=closes)
        return True

    def _has_predicate(self, lo: int, hi: int) -> bool:
        """Whether a stretch reads as a clause, not a name with its apposition ("Bill Keller, der
        Chefredakteur der „New York Times“, bekräftigt"): some lower-case word beyond small words."""
        lex = self.lex
        return any(w.text[:1].islower() and w.text.isalpha() and w.text not in lex.articles
                   and w.text not in lex.prepositions and w.text not in lex.function_words
                   for w in self.ctx.words_in(lo, hi))

    def _in_relative(self, lo: int, cue: Word) -> bool:
        """Whether ``cue`` stands in a relative or "wie" clause after a comma: the clause opens
        with the pronoun and ends with the verb ("…, wie sie Kiew vorgeschlagen hatte,"), not a
        main clause ("…, das teilte das Institut mit", "…, die Betreiber sprechen von …")."""
        lex = self.lex
        start = clause_start(self.ctx, lo, cue.start)
        first = self.ctx.words_in(start, cue.start)[:1]
        if start <= lo or not first or (first[0].text not in lex.relative_pronouns
                                        and first[0].text not in lex.as_frames
                                        # (a dass clause: "Der Sender will wissen, dass X das
                                        # Mädchen gefragt habe" reports the sender's words)
                                        and first[0].text not in lex.complementizers):
            return False
        rest = []
        for w in self.ctx.words_in(cue.end, self.sentences[-1].end):
            if w.text in _CLAUSE_END:
                break
            rest.append(w)
        return all(w.text in lex.auxiliaries or w.text in lex.passive_aux or w.text in lex.konjunktiv for w in rest)

    def _has_direct(self, lo: int, hi: int) -> bool:
        """Whether the sentence quotes: a quotation kept, or one after a colon, even where it was
        left out as a name ("sagte Trump: "Selenskyj""): then the quotation is what was said.
        A sentence that closes a quotation opened sentences before, or opens with the comma after
        one, is that quotation's frame ("„… Nachfrage“, sagte Edmon Chung"; "„Wladimir, STOP!“ |
        , schrieb Trump auf Truth Social.": the splitter broke after "!“")."""
        if any(lo <= k[0] < hi for k in self.out):
            return True
        i = bisect_left(self.ctx.quoted_opens, lo) - 1
        if i >= 0:
            close = self.ctx.quoted[i].close
            rest = self.body[lo:hi].lstrip()
            if lo <= close < hi or ((rest.startswith(",") or rest[:1].islower())
                                    and not self.body[close + 1:lo].strip()):
                # (or right after it in lower case, the comma left out: "„…“ erklärte die Ministerin.")
                return True
        i = bisect_left(self.ctx.quoted_opens, lo)
        while i < len(self.ctx.quoted) and self.ctx.quoted[i].open < hi:
            if self.body[lo:self.ctx.quoted[i].open].rstrip().endswith(":"):
                return True
            i += 1
        return False

    def _passive_cue(self, cue: Word, lo: int) -> bool:
        """A reporting participle in a passive clause without agent ("bezeichnet wurde", "wurde
        … angekündigt", "Zweifel … geäußert werden"): the subject is what was said, not who."""
        return agentless_passive(self.ctx, lo, cue)

    def _reportative(self, ws: list[Word]) -> bool:
        """"Der Täter soll das Gebäude gestürmt haben": the reporter passes on a claim."""
        lex = self.lex
        k = next((k for k, w in enumerate(ws) if w.text in lex.reportative), -1)
        return k >= 0 and any(w.text in lex.reportative_end for w in ws[k + 2:])

    def _outside_words(self, lo: int, hi: int) -> int:
        return sum(1 for w in self.ctx.words_in(lo, hi) if w.text not in _CLAUSE_END)

    def _second_report(self, si: int, cues: list[Word], ws: list[Word]) -> None:
        """A second report coordinated after the first ("X sagte, Annabi sei tot, doch ein
        Sprecher erklärte, den Tod nicht bestätigen zu können"): its cue after the first
        quotation's end reports the clause after it, for its own subject."""
        sent = self.sentences[si]
        ends = [k[1] for k in self.out if sent.start <= k[0] < sent.end]
        end = max(ends) if ends else sent.end
        later = next((c for c in cues if c.start > end), None)
        if later is None or not any(w.text in _COORDINATORS and end <= w.start < later.start for w in ws) \
                and [w.text for w in ws if end <= w.start < later.start] != [","]:
            return  # (a cue right after the comma that ended the first: "…, räumte Y ein, …")
        before = set(self.out)
        self._reported_clause(si, later, ws)
        for k in set(self.out) - before:
            if k[0] < end:
                del self.out[k]  # only what follows the second cue

    def _main_clause_before(self, ws: list[Word], lo: int, hi: int) -> int:
        """Where a clause reported inside a fronted subordinate clause ends: before the main
        clause ("Während Putin hofft, Trump könnte einen „Deal“ ermöglichen, deutet wenig darauf
        hin": the main clause opens with its verb after a later comma)."""
        lex = self.lex
        for k in (k for k, w in enumerate(ws) if w.text == "," and lo < w.start and k + 1 < len(ws)):
            if ws[k + 1].text in _COORDINATORS and any(
                    self._reported_clause_follows(ws, c) for c in self.cues(ws[k + 1].end, hi)):
                return ws[k].start  # "…, doch ein Sprecher erklärte, …": a second report
        if ws and ws[0].text.lower() in lex.subordinators:
            for k in (k for k, w in enumerate(ws) if w.text == "," and lo < w.start and k + 1 < len(ws)):
                nxt = ws[k + 1].text
                if nxt[:1].islower() and nxt not in lex.complementizers and nxt not in lex.articles \
                        and nxt not in lex.function_words and nxt not in lex.prepositions:
                    return ws[k].start  # "…, deutet wenig darauf hin": the main clause's verb
        return self._trim_end(hi)

    def _second_cue_before(self, ws: list[Word], lo: int, hi: int) -> int:
        """Where a reported clause ends before a main clause that opens with a cue of its own
        after a comma and reports a clause itself ("Während X erklärte, aufgeregt zu sein, räumte
        Y ein, davon geträumt zu haben"): at that comma; else ``hi``."""
        for k, w in enumerate(ws[:-1]):
            if w.text == "," and lo < w.start < hi and ws[k + 1].text[:1].islower():
                cue = next((c for c in self.cues(ws[k + 1].start, hi) if c.start == ws[k + 1].start), None)
                if cue is None:
                    continue
                # (its reported clause after a comma, past the subject and the particle)
                after = [x.text for x in ws if x.start >= cue.end][:6]
                if "," in after and not set(after[:after.index(",")]) & _CLAUSE_END:
                    return w.start
        return hi

    def _reported_clause_follows(self, ws: list[Word], cue: Word) -> bool:
        """Whether a comma follows ``cue`` within two words (its reported clause)."""
        after = [w for w in ws if w.start >= cue.end][:3]
        return any(w.text == "," for w in after)

    def _subject_in_frame(self, spk: Speaker | None, lo: int, cue: Word) -> bool:
        """Whether an inverted frame names its own subject ("…, sagte X", "…, ist X überzeugt",
        "…, sagte er"). Without one the verb is the second of a subject before the comma, and
        that clause is no report: "Peskow kündigte Gegenmaßnahmen an, nannte aber keine
        Details", "Selenskyj, der nicht eingeladen war, kritisierte das Treffen"."""
        if self.ctx.words_in(lo, cue.start):
            return True  # (words before the verb: "…, wie Menschenrechtsorganisationen betonen")
        if spk is not None and spk.start is not None and spk.start >= cue.end \
                and not (is_actor(self.ctx, spk) or is_report(self.ctx, spk)):
            # a thing after the verb is its object, and the verb the second of the subject before
            # the comma: "Die Gewerkschaft lobte den Vorschlag, kritisierte aber die Höhe der Gebühren"
            return False
        if spk is None:
            # no one after the verb but a noun phrase that cannot speak: its object ("Die
            # Demonstranten begrüßten die Ankündigung, fordern aber die Nennung eines Datums")
            nxt = [w for w in self.ctx.words_in(cue.end, cue.end + 60)
                   if w.text.lower() not in self.lex.skip_after_cue and w.text.lower() not in self.lex.function_words]
            # (an article before its noun, not a pronoun: "…, erklärte einer von ihnen")
            return not (len(nxt) > 1 and nxt[0].text.lower() in self.lex.articles
                        and (self.lex.nameable(nxt[1].text) or self.lex.is_adjective(nxt[1].text)))
        if spk.start is None or spk.start >= lo:
            return True
        nxt = self.ctx.words_in(cue.end, cue.end + 20)[:1]
        return bool(nxt) and nxt[0].text in self.lex.pronouns  # resolved to someone named before

    def _fronted_object(self, lo: int, hi: int) -> bool:
        """Whether the words before an inverted frame are a noun phrase with its relative clause,
        the verb's fronted object, not a clause of their own: "Eine vollständige Waffenruhe, wie
        sie Washington vorgeschlagen hatte, lehnte der Präsident ab"."""
        lex = self.lex
        ws = self.ctx.words_in(lo, hi)
        k = next((k for k, w in enumerate(ws) if w.text == ","), None)
        if not k or k + 1 >= len(ws):
            return False
        rel = ws[k + 1].text.lower()
        if rel not in lex.relative_pronouns and rel not in lex.as_frames:
            return False
        # a noun phrase: articles and adjectives, ending in its noun ("Die Preise steigen, wie
        # erwartet, sagte X" ends in a verb)
        return ws[k - 1].text[:1].isupper() and all(
            w.text.lower() in lex.articles or w.text[:1].isupper() or lex.is_adjective(w.text)
            for w in ws[:k]) and not any(w.text in lex.konjunktiv or w.text in lex.auxiliaries
                                                for w in ws[:k])

    def _trim_end(self, hi: int) -> int:
        while hi > 0 and (self.body[hi - 1].isspace() or self.body[hi - 1] in ".!?"):
            hi -= 1
        return hi

    def _frame(self, si: int, ws: list[Word]) -> bool:
        """"laut X …", "nach eigenen Angaben …", "X zufolge …": the sentence is X's report."""
        frames = list(self._frames(si, ws))
        cues = self.cues(self.sentences[si].start, frames[0][3].start) if frames else []
        if frames and all(f[2] is None or not is_actor(self.ctx, f[2]) for f in frames) and cues \
                and any(w.text in _CLAUSE_END for w in self.ctx.words_in(cues[-1].end, frames[0][3].start)):
            # "Ein Sprecher der Polizei sagte, dass nach neuesten Erkenntnissen …", "Wie die SZ
            # berichtete, soll laut der HIS-Studie …": a frame without a source that speaks inside
            # what a named speaker reports is part of the report; in the cue's own clause it is
            # the source ("Acht Tote forderte laut Behördenangaben ein Anschlag")
            return False
        if frames and frames[0][0] > 0 and self._speaker_before_frame(si, ws, frames[0][3].start):
            return False
        return any(self._emit_frame(si, ws, k, np_end, spk, cue, before_frame=after)
                   for k, np_end, spk, cue, after in frames)

    def _speaker_before_frame(self, si: int, ws: list[Word], frame_start: int) -> bool:
        """Whether a speech act with a named person as its subject opens the sentence before the
        frame (trial 7): "Xi sagte nach Angaben der Nachrichtenagentur Xinhua, China und die USA
        sollten …", "Chancellor Merz said the agreement had averted …, according to a government
        statement": the person spoke; the frame names where the report comes from, not the speaker."""
        sent = self.sentences[si]
        frame_words = self.ctx.words_in(frame_start, sent.end)
        if len(frame_words) > 1 and any(w.text in self.lex.opinion_nouns for w in frame_words[:3]):
            # a view is its holder's ("Wie Sprecher Steg mitteilte, ist die Kernkraft nach Auffassung
            # der Kanzlerin unverzichtbar" is the chancellor's)
            return False
        for cue in self.cues(sent.start, frame_start):
            if clause_start(self.ctx, sent.start, cue.start) != sent.start or not self._speech_act(cue, ws) \
                    or self._in_relative(sent.start, cue) or self._passive_cue(cue, sent.start):
                continue
            after = [w.text for w in ws if w.start > cue.start]
            if cue.text not in self.lex.content_verbs and "," not in after \
                    and not any(w in self.lex.complementizers for w in after):
                # only a clause is a report of the subject's ("Mair rief bei dem Angriff laut
                # Zeugenaussagen „Britain First“": the witnesses tell what he shouted)
                continue
            spk = subject(self.ctx, sent.start, sent.end, cue, self._recent(si))
            if spk is not None and spk.entity is not None and spk.start is not None and spk.start < cue.start \
                    and spk.person:
                return True
        return False

    def _frames(self, si: int, ws: list[Word]) -> Iterator[tuple[int, int, Speaker | None, Word, bool]]:
        """Each frame of the sentence: (word index, end of its source, source, cue, source-before-cue)."""
        lex = self.lex
        low = [w.text.lower() for w in ws]
        first = lex.frame_first
        for k in range(len(ws)):
            end_k = self._frame_before(low, ws, k) if low[k] in first or low[k] == "nach" else -1
            if end_k >= 0:
                if any(w == "eigenen" for w in low[k:end_k]):
                    # "Die Türkei hat nach eigenen Angaben 5 Milliarden Dollar investiert": the
                    # sentence's own subject, never the words after the frame
                    lo_s = self.sentences[si].start
                    spk = _first_subject(self.ctx, lo_s, ws[k].start) or opening_subject(self.ctx, lo_s, ws[k].start)
                else:
                    spk = self._frame_speaker(ws[end_k].end, ws[end_k + 1:end_k + 7], self._recent(si),
                                              report_noun=end_k > k and self._frame_noun(low, k, ws[end_k].text))
                if spk is None and end_k > k and self._frame_noun(low, k, ws[end_k].text):
                    # no owner named: the report is the source ("nach ersten Angaben", "nach
                    # Polizeiangaben"), or the person of a possessive ("nach seiner Meinung")
                    spk = report_source(self.ctx, ws[end_k], self._recent(si))
                np_end = spk.end if spk is not None and spk.end and spk.end > ws[end_k].end else ws[end_k].end
                if spk is not None and spk.entity is None and not any(w == "eigenen" for w in low[k:end_k]):
                    # the source's whole phrase is no part of what was said ("nach Angaben des
                    # Sprechers der Polizei": the role named with its genitive)
                    src = self._source_words(ws[end_k + 1:end_k + 7], report_noun=end_k > k and self._frame_noun(
                        low, k, ws[end_k].text))
                    if src and spk.start is not None and src[0].start <= spk.start < src[-1].end:
                        np_end = max(np_end, src[-1].end)
                named = self.ctx.quote_at(np_end)
                if named is not None:
                    np_end = named.close + 1  # "laut „tagesschau.de“ …": past the source's closing mark
                np_end = self._abbreviation_end(np_end)
                yield k, np_end, spk, Word(ws[k].start, ws[end_k].end, " ".join(w.text for w in ws[k:end_k + 1])), False
            if low[k] in lex.frame_after and k > 0:
                spk = self._frame_speaker_before(si, ws, k)
                if spk is None or not is_actor(self.ctx, spk):
                    # "Mehreren Berichten vom Dezember zufolge gehen diese davon aus": the report
                    # is no speaker, the demonstrative after the verb names who holds the view
                    spk = next((resolve_demonstrative(self.ctx, w.start) for w in ws[k + 1:k + 4]
                                if w.text in lex.demonstratives), spk)
                yield k, ws[k].end, spk, ws[k], True
            if k == 0 and low[0] in lex.opinion_frames:
                # "Für den Gesundheitsminister Jose Temporao ist die Lage „alarmierend“": only a
                # person's view, not "Für die Ukraine ist …"; and only words of theirs, quoted or in
                # the Konjunktiv ("Für Paschinjan steht viel auf dem Spiel" is the reporter's)
                person = next((m for m in self.ctx.mentions_in(ws[0].end, ws[min(5, len(ws) - 1)].end)
                               if m.label == "PER"), None)
                sent = self.sentences[si]
                if person is not None and self.ctx.quote_at(person.end) is None \
                        and not self._has_quoted(person.end, sent.end) \
                        and (self.konjunktiv(person.end, sent.end) is None
                             or not self._copula_after(person.end)):
                    # (without quoted words, only a judgement: "Für X sei die Lage ernst", not "Für X
                    # würde sich Moskau einsetzen", where X is whom the sentence is about)
                    person = None
                if person is not None:
                    yield 0, person.end, self.ctx.speaker_of(person), ws[0], False

    def _abbreviation_end(self, end: int) -> int:
        """Past a source's abbreviation in parentheses right after it ("nach Berechnungen des Instituts
        der deutschen Wirtschaft (IW) sinken …": "(IW)" is no part of what was said)."""
        after = self.ctx.words_in(end, end + 40, outside_quotes=False)
        if len(after) >= 3 and after[0].text == "(" and after[2].text == ")" and after[0].start - end <= 1 \
                and after[1].text[:1].isupper() and not self.body[end:after[0].start].strip():
            return after[2].end
        return end

    def _frame_before(self, low: list[str], ws: list[Word], k: int) -> int:
        """The index of the last word of a frame opening at word ``k`` ("laut", "nach Angaben"), or -1."""
        lex = self.lex
        if low[k] not in lex.frame_first and low[k] != "nach":
            return -1
        for f in lex.frame_before:
            if tuple(low[k:k + len(f)]) == f:
                if k > 0 and f in lex.opening_frames:
                    continue
                end = k + len(f) - 1
                if end + 1 >= len(ws) or ws[end + 1].text in _CLAUSE_END:
                    return -1  # no source follows: "Vorwürfe wurden laut, …" is loud, not "according to"
                return end
        if low[k] == "nach":
            # "nach Angaben", "nach eigenen Angaben", "nach ersten Erkenntnissen der Polizei"
            for j in range(k + 1, min(k + 4, len(ws))):
                if self._frame_noun(low, k, ws[j].text):
                    return j
                adjective = ws[j].text[:1].islower() and low[j].endswith(lex.adjective_endings)
                if not (low[j] in lex.articles or adjective):
                    break
        return -1

    def _frame_noun(self, low: list[str], k: int, word: str) -> bool:
        """Whether ``word`` is the report that the frame opening at word ``k`` names: a reporting
        noun, and after a "Nach" that opens the sentence a legal text too ("Nach der Verfassung
        muss sich X der Wahl stellen"; inside the sentence "nach" is a time: "Zwei Monate nach dem
        Gesetz wurde die Behörde gegründet")."""
        return self.lex.is_report_noun(word) or (k == 0 and low[0] == "nach" and self.lex.is_norm(word))

    def _emit_frame(self, si: int, ws: list[Word], k: int, np_end: int, spk: Speaker | None, cue: Word,
                    *, before_frame: bool = False) -> bool:
        """Emit the sentence a frame reports: what follows a fronted frame, else the whole sentence."""
        sent = self.sentences[si]
        if before_frame:
            lo_np = clause_start(self.ctx, sent.start, ws[k].start)
            start = ws[k].end if lo_np == sent.start else sent.start
        else:
            start = np_end if k == 0 else sent.start
        end = sent.end
        clause = None if k == 0 else self._subordinate_around(ws, k)
        if clause is not None and not (self._has_predicate(clause[0], ws[k].start)
                                       or self._has_predicate(np_end, clause[1])):
            clause = None  # no clause but a note on the source: "(Zitate aus der Klageschrift laut Spiegel)"
        if clause is not None:
            # "…, das nach Angaben eines Sprechers nicht rechtzeitig abgeschlossen werden konnte":
            # a frame inside a relative or subordinate clause reports that clause, not the sentence
            start, end = clause
            if start == ws[k].start:
                start = np_end  # the frame opens the parenthesis
        # (quoted words count where the report has a verb of its own outside them: "Nach den
        # Worten der Sprecherin fehle es „an einem Konzept“")
        if self._outside_words(start, end) < _MIN_INDIRECT_WORDS and not (
                self._outside_words(start, end) >= 1
                and len(self.ctx.words_in(start, end, outside_quotes=False)) > _MIN_INDIRECT_WORDS
                and self.konjunktiv(start, end) is not None):
            return False
        # (a frame names a source by its grammar: "laut Statistik", "laut Tagesschau" are sources
        # even where the word is a common noun elsewhere in the article)
        self._emit(start, self._trim_end(end), "indirect", spk, cue, si, named_source=True)
        return True

    def _subordinate_around(self, ws: list[Word], k: int) -> tuple[int, int] | None:
        """The relative or subordinate clause after a comma that word ``k`` stands in ("…, die nach
        dessen Angaben die Bombe enthalten sollte, …", "…, unter denen sich laut X … befinde",
        "…, zumal sich das Hochwasser den Prognosen zufolge …"), as (start, end); else None."""
        lex = self.lex
        j = next((i for i in range(k - 1, 0, -1) if ws[i].text in _CLAUSE_END), None)
        if j is not None and ws[j].text == "(":
            # "(nach anderen Angaben liegt die Stadt 46 Kilometer entfernt)": the parenthesis
            close = next((w for w in ws[k + 1:] if w.text in _CLAUSE_END), None)
            return (ws[j + 1].start, close.start) if close is not None and close.text == ")" else None
        if j is None or ws[j].text != "," or j + 2 > k:
            return None
        opener, second = ws[j + 1].text.lower(), ws[j + 2].text.lower()
        if not (opener in lex.relative_pronouns or opener in lex.subordinators or opener in _SUBORDINATE_OPENERS
                or ((opener in lex.prepositions or opener in _RELATIVE_PREPOSITIONS)
                    and second in lex.relative_pronouns)):
            return None
        # (the clause goes on through a clause of its own: "…, die gemäß X nur dann zulässig ist,
        # wenn die Strecken nicht willkürlich gewählt werden")
        end, i = ws[-1].end, k + 1
        while i < len(ws):
            if ws[i].text in _CLAUSE_END:
                nxt = ws[i + 1].text.lower() if i + 1 < len(ws) else ""
                if ws[i].text != "," or not (nxt in lex.subordinators or nxt in lex.complementizers
                                             or nxt in _SUBORDINATE_OPENERS):
                    end = ws[i].start
                    break
            i += 1
        return ws[j + 1].start, end

    def _demonym(self, spk: Speaker) -> Speaker:
        """A state's people as the speaker ("Die Kanadier sagen …", which the entity stage links to
        Canada as a metonym) keep the name the text gives them: the state acts, its people said it."""
        assert spk.start is not None and spk.end is not None
        surface = " ".join(self.body[spk.start:spk.end].split())
        acronym = len(spk.name or "") <= 3 and (spk.name or "").isupper()
        if not acronym and not surface.endswith(("er", "ern", "en")):
            return spk  # (most speakers: cheap tests first)
        before = self.ctx.word_before(spk.start)
        if before is None:
            return spk
        ent = self.ctx.doc.entity(spk.entity)
        if ent is not None and acronym and (self.lex.is_group(before.text) or self.lex.is_role(before.text)):
            # an acronym after the noun that says what it is ("Die Nachrichtenagentur AP berichtete"):
            # the name as the text gives it
            return Speaker(spk.entity, f"{before.text} {surface}", before.start, spk.end, person=spk.person)
        if ent is None or ent.type != "LOC" or surface == ent.name or surface in ent.aliases \
                or not surface.endswith(("er", "ern", "en")) or before.text.lower() != "die":
            return spk
        return Speaker(spk.entity, surface, spk.start, spk.end, person=False)

    def _copula_after(self, offset: int) -> bool:
        """Whether the finite verb after ``offset`` is a copula ("Für X sei die Lage ernst")."""
        nxt = self.ctx.words_in(offset, offset + 40)[:1]
        return bool(nxt) and nxt[0].text in _COPULAS

    def _has_quoted(self, lo: int, hi: int) -> bool:
        """Whether quoted words open between two offsets."""
        i = bisect_left(self.ctx.quoted_opens, lo)
        return i < len(self.ctx.quoted) and self.ctx.quoted[i].open < hi

    def _source_name(self, spk: Speaker) -> bool:
        """Whether a frame's source is a name or noun, not a unit or quantity ("laut Statistik", not
        "5 Milliarden Dollar")."""
        words = (spk.name or "").split()
        return bool(words) and all(self.lex.name_like(w) for w in words) \
            and not any(w.lower() in self.lex.not_actors for w in words)

    def _frame_speaker(self, end: int, window: list[Word], last: Speaker | None, *,
                       report_noun: bool = False) -> Speaker | None:
        """The source a fronted frame names ("laut Kreml", "nach Angaben der Polizei"): the noun
        phrase right after it; after a reporting noun only a genitive or "von" complement ("nach
        Polizeiangaben wurde Oliver J. festgenommen": J. is no source)."""
        ctx, lex = self.ctx, self.lex
        if not report_noun and window and window[0].text in lex.object_pronouns:
            # "laut ihm", "ihr zufolge": the person the pronoun stands for
            return resolve_pronoun(ctx, window[0].start, last)
        if report_noun and len(window) > 1 and window[0].text.lower() in lex.possessives \
                and window[0].text.lower().endswith(("es", "er")) and lex.name_like(window[1].text):
            # "nach Angaben seines Büros": the possessive's owner is the source, and the phrase
            # is no part of what was said
            if lex.is_role(window[1].text):
                return resolve_role(ctx, window[1])  # "nach Angaben seines Anwalts": the lawyer
            if not lex.is_group(window[1].text):
                # "nach Angaben seines Impresario": someone of the owner's, whom the text does not name
                return Speaker(None, window[1].text, window[1].start, window[1].end)
            owner = resolve_pronoun(ctx, window[0].start, last)
            if owner is not None:
                return Speaker(owner.entity, owner.name, window[0].start, window[1].end, person=owner.person)
        head = self._source_words(window, report_noun=report_noun)
        if not head:
            return ctx.quoted_name_after(end) if not report_noun or not window else None
        # (a mention that is only the first part of a compound is none: "eines US-Forschers")
        ends = {w.start: w.end for w in head}
        # (nor a place before a group noun: "nach Angaben der Berliner Polizei")
        ms = [m for m in ctx.mentions_in(head[0].start, head[-1].end + 1) if m.end >= ends.get(m.start, m.end + 1)
              and not ctx.before_group(m)]
        if not ms:
            # a name that goes on past the phrase's words (trial 7: "nach Einschätzung des Kieler
            # Instituts für Weltwirtschaft (IfW)": the mention "Instituts für Weltwirtschaft" starts
            # at its head noun and takes its "für" complement)
            ms = [m for m in ctx.mentions_in(head[0].start, window[-1].end) if m.start in ends
                  and m.end > head[-1].end and m.start > head[0].start and not ctx.before_group(m)][:1]
        if ms:
            return ctx.speaker_of(ms[0])
        run: list[Word] = []
        for k, w in enumerate(head):
            if lex.name_like(w.text):
                nxt = head[k + 1].text.lower() if k + 1 < len(head) else ""
                if not run and w.text in lex.nouns and (nxt in lex.genitive_articles or nxt in ("von", "vom")):
                    continue  # "laut Angaben der Feuerwehr": the source is the complement
                run.append(w)
            elif run:
                break
        if run:
            role = next((w for w in run if lex.is_role(w.text)), None)
            if role is not None and role is run[-1]:
                # "nach Angaben des Regierungssprechers"; with the person in apposition, that
                # person ("Nach den Worten der Sprecherin der Fraktion, Gisela Piltz, fehle …")
                return apposition_after(ctx, head[-1].end) or resolve_role(ctx, role)
            if len(run) == 1 and lex.is_source_noun(run[0].text):
                return report_source(ctx, run[0], last)  # "laut einer Studie", "laut Polizeiangaben"
            renamed_source = renamed_group(ctx, run[0], compound=False) if len(run) == 1 else None
            if renamed_source is not None:
                return renamed_source  # "nach Berechnungen des Ministeriums": the ministry named before
            return Speaker(None, " ".join(w.text for w in run), run[0].start, run[-1].end)
        return ctx.quoted_name_after(end)

    def _source_words(self, window: list[Word], *, report_noun: bool) -> list[Word]:
        """The words of the noun phrase that opens ``window`` (articles, adjectives, names, and
        their genitive or "von" complements), up to the first other word."""
        lex = self.lex
        if not window:
            return []
        first = window[0].text
        # a genitive: "der Polizei", "von Augenzeugen", "Moskaus", "vieler Experten", "britischer Zeitungen"
        second = window[1].text if len(window) > 1 else ""
        genitive = first.lower() in lex.genitive_articles or first.lower() in ("von", "vom", "aus") \
            or (lex.name_like(first) and first.endswith("s")) \
            or (lex.is_adjective(first) and first.endswith("er") and second[:1].isupper())
        if report_noun and not genitive:
            return []  # "nach ersten Angaben wurden …": no source named
        out: list[Word] = []
        noun = False
        skip = -1
        for k, w in enumerate(window):
            if k <= skip:
                continue
            low = w.text.lower()
            nxt = window[k + 1].text if k + 1 < len(window) else ""
            if not noun and low in lex.prepositions:
                # a participial attribute between article and noun ("nach Angaben der von der
                # Hamas kontrollierten Gesundheitsbehörde"): its object is no source
                skip = attribute_end(self.ctx, window, k)
                if skip >= 0:
                    continue
            if lex.name_like(w.text):
                noun = True
            elif low in lex.articles or low in ("von", "vom", "aus", "dieser", "diesem", "dieses"):
                noun = False  # a complement opens: "des Leiters der Sektion"
            elif noun or not (lex.is_adjective(w.text) and (nxt[:1].isupper() or lex.is_adjective(nxt))):
                # an adjective stands only before its noun ("vieler Experten"; in "Experten wurde
                # Hans …" the verb ends like one)
                break
            out.append(w)
        while out and not lex.name_like(out[-1].text):
            out.pop()
        return out

    def _frame_speaker_before(self, si: int, ws: list[Word], k: int) -> Speaker | None:
        """The source named before "zufolge" ("Berichten der Zeitung zufolge")."""
        ctx = self.ctx
        lo_np = self._phrase_before(ws, k, clause_start(ctx, self.sentences[si].start, ws[k].start))
        # (a name that is only the first part of a compound is none: "Berichten verschiedener
        # US-Medien zufolge" names the media, not the United States)
        ms = [m for m in ctx.mentions_in(lo_np, ws[k].start) if self.body[m.end:m.end + 1] != "-"]
        if ms:
            return ctx.speaker_of(ms[-1])
        np = [w for w in ws if lo_np <= w.start < ws[k].start]
        if len(np) == 1 and np[0].text.lower() in {p.lower() for p in self.lex.object_pronouns}:
            return resolve_pronoun(ctx, np[0].start, self._recent(si))  # "Ihr zufolge"
        i = bisect_left(ctx.quoted_opens, lo_np)
        if i < len(ctx.quoted) and ctx.quoted[i].close < ws[k].start:
            # an outlet named in quotation marks ("Informationen der „Süddeutschen Zeitung“ zufolge")
            named = ctx.quoted_name_after(ctx.quoted[i].open - 1)
            if named is None:
                q = ctx.quoted[i]
                text = " ".join(self.body[q.start:q.end].split())
                if 0 < len(text.split()) <= 6 and text[:1].isupper():
                    named = Speaker(None, text, q.start, q.end, person=False)
            if named is not None:
                return named
        while np and not self.lex.nameable(np[0].text):
            np = np[1:]  # "denen zufolge", "Mehreren Berichten zufolge": from the first name-like word
        lex = self.lex
        # a report after an article and adjectives at most ("Dem Bericht", "Ersten Angaben", "Seiner Darstellung")
        rep = next((i for i, w in enumerate(np) if not (w.text.lower() in lex.articles
                                                        or w.text.lower() in lex.possessives
                                                        or lex.is_adjective(w.text.lower()))), None)
        if rep is not None and lex.is_source_noun(np[rep].text) and not self._owner_follows(np[rep + 1:]):
            # no owner after the report: the report is the source ("Medienberichten zufolge",
            # "Ersten Angaben vom Mittwoch zufolge"), or a possessive's person ("Seiner Darstellung zufolge")
            return report_source(ctx, np[rep], self._recent(si))
        if np:
            np = np[-_SCARE_MAX_WORDS - 2:]
            return Speaker(None, " ".join(w.text for w in np), np[0].start, np[-1].end)
        return None

    def _phrase_before(self, ws: list[Word], k: int, lo: int) -> int:
        """Where the noun phrase right before the postposition at word ``k`` begins ("… waren dem
        Bericht zufolge", "… dürfte ersten Annahmen zufolge", "Berichten der Zeitung zufolge"),
        not before ``lo``. A frame inside its clause names its source right before it, never
        across the verb: in "Der Grund für den Ablass in der Schweiz waren dem Bericht zufolge
        technische Probleme" the report is the source, not the place. Where no such phrase
        stands before it, ``lo``."""
        lex = self.lex
        start = None
        j = k - 1
        while j >= 0 and ws[j].start >= lo:
            w = ws[j]
            low = w.text.lower()
            if w.text in _CLAUSE_END:
                break
            if lex.nameable(w.text) or low in lex.object_pronouns:
                start = j
                j -= 1
                continue
            if start is None:
                break
            if low in lex.articles or low in lex.possessives or low in ("von", "vom"):
                start = j
                j -= 1
                if low not in lex.genitive_articles and low not in ("von", "vom"):
                    break  # "dem Bericht": no complement of a noun before it
                if j < 0 or not lex.nameable(ws[j].text):
                    break  # a genitive goes on only after its noun ("Berichten der Zeitung")
                continue
            # adjectives and determiners before the noun ("ersten", "Einem ausführlichen"): only
            # where an article or the clause's start stands before them; a verb ends like one
            # ("waren", "dürfte")
            i = j
            while i >= 0 and ws[i].start >= lo and ws[i].text[:1].islower() and lex.is_adjective(ws[i].text) \
                    and ws[i].text.lower() not in lex.articles:
                i -= 1
            if i >= 0 and ws[i].start >= lo and lex.is_adjective(ws[i].text.lower()) \
                    and (i == 0 or ws[i - 1].start < lo or ws[i - 1].text in _CLAUSE_END):
                i -= 1  # one opening the clause ("Offiziellen chinesischen Angaben zufolge")
            bounded = i < 0 or ws[i].start < lo or ws[i].text in _CLAUSE_END
            if bounded or ws[i].text.lower() in lex.articles or ws[i].text.lower() in lex.possessives:
                start = i + 1 if bounded else i
            break
        return ws[start].start if start is not None else lo

    def _owner_follows(self, words: list[Word]) -> bool:
        """Whether the words after a report noun name its owner: a genitive or "von" complement
        with a name that is no date ("Berichten der Zeitung", not "Angaben vom Mittwoch")."""
        lex = self.lex
        if not words:
            return False
        first = words[0].text
        opens = first.lower() in lex.genitive_articles or first in ("von", "vom") or lex.is_adjective(first)
        return opens and any(lex.nameable(w.text) and not any(t.start <= w.start < t.end for t in self.ctx.doc.timexes)
                             for w in words[1:])

    def _reported_clause(self, si: int, cue: Word, ws: list[Word]) -> bool:
        """A clause reported by ``cue``: after it (dass/ob, Konjunktiv, zu-infinitive) or before it."""
        lex, ctx = self.lex, self.ctx
        sent = self.sentences[si]
        after = [w for w in ws if w.start >= cue.end]
        if lex.clause_without_comma:
            # English "said that …", "told reporters that …": the complementizer within a few words
            that = next((k for k, w in enumerate(after[:4]) if w.text.lower() in lex.complementizers), None)
            start = after[that].end if that is not None and all(w.text not in _CLAUSE_END for w in after[:that]) \
                else self._bare_clause(after)
            if start is not None and self._outside_words(start, sent.end) >= _MIN_INDIRECT_WORDS:
                spk = subject(ctx, sent.start, sent.end, cue, self._recent(si))
                self._emit(start, self._trim_end(sent.end), "indirect", spk, cue, si)
                return True
        # "Wie die Polizei mitteilte, wurden drei Menschen verletzt": the main clause after an
        # "as" clause is its report, Konjunktiv or not
        lead_lo = clause_start(ctx, sent.start, cue.start)
        lead_words = ctx.words_in(lead_lo, cue.start)
        if lead_words and lead_words[0].text.lower() in lex.as_frames and len(after) > 1 and after[0].text == "," \
                and self._outside_words(after[1].start, sent.end) >= _MIN_INDIRECT_WORDS:
            spk = subject(ctx, sent.start, sent.end, cue, self._recent(si))
            self._emit(after[1].start, self._trim_end(sent.end), "indirect", spk, cue, si)
            return True
        # "betonte, dass …" / "sagte, er sei …" / "forderte sie auf, die Häuser zu verlassen"
        for k, w in enumerate(after):
            if w.text in (".", ";", ":"):
                break
            if w.text == "," and k + 1 < len(after):
                nxt = after[k + 1]
                # right after the cue even "könnte", "würde" report ("hofft, Trump könnte …")
                # (also after the cue's particle and adverbs: "räumte zwar ein, es könnten …")
                right_after = all(w.text in lex.separable or w.text.lower() in lex.skip_after_cue
                                  or w.text.lower() in lex.function_words for w in after[:k])
                clause = nxt.text.lower() in lex.complementizers \
                    or self.konjunktiv(nxt.start, sent.end, weak=right_after)
                # ("vereinbarten, die Kontakte fortzusetzen": a deal, not speech)
                zu_end = None if clause or cue.text in lex.needs_content else _zu_infinitive(after[k + 1:])
                reported = clause or zu_end is not None
                if reported and self._outside_words(nxt.start, sent.end) >= _MIN_INDIRECT_WORDS:
                    spk = subject(ctx, sent.start, sent.end, cue, self._recent(si))
                    if not clause and (spk is None or not is_actor(ctx, spk)) \
                            and not agentless_passive(ctx, clause_start(ctx, sent.start, cue.start), cue):
                        # a zu-infinitive is reported only by someone ("forderte sie auf, … zu
                        # verlassen"), not "…, die befürchten, Moskau einen Vorteil zu verschaffen";
                        # or by someone unnamed ("Ihr wird vorgeworfen, … zu haben")
                        break
                    end = zu_end if zu_end is not None else self._main_clause_before(ws, nxt.start, sent.end)
                    end = self._second_cue_before(ws, nxt.start, end)
                    self._emit(nxt.start, end, "indirect", spk, cue, si)
                    return True
                break
        # "…, sagt Max Bergmann." / "…, ist Bergmann überzeugt." / "…, wie X mitteilte."
        lo = clause_start(ctx, sent.start, cue.start)
        lead = ctx.words_in(lo, cue.start)
        # the frame is inverted (", sagte X", ", ist X überzeugt", ", wie X mitteilte"): a subject
        # before the verb makes a clause of its own ("…, man hoffte auf ein Ende der Sanktionen")
        # English puts the subject first: "…, Lavrov said." (a short subject, the verb closing the clause)
        tail = [w for w in ws if w.start >= cue.end]
        closing = lex.subject_verb_frames and 0 < len(lead) <= 4 and len(tail) <= 4 \
            and not any(w.text in _CLAUSE_END for w in tail[:-1])  # "…, Lavrov said on Monday."
        inverted = closing or not lead or not (lex.nameable(lead[0].text) or lead[0].text.lower() in lex.pronouns
                                    # a dass clause is none ("Der Sender will wissen, dass X
                                    # das Mädchen gefragt habe": the cue is X's, inside it)
                                    or lead[0].text.lower() in lex.complementizers
                                    # nor a subordinate clause with its own subject (trial 7: "Trump
                                    # also said there now „seems to be no reason“ to meet Xi, though
                                    # he later told reporters …": "he" reports no clause before)
                                    or (lead[0].text.lower() in lex.subordinators and len(lead) > 1
                                        and (lex.nameable(lead[1].text) or lead[1].text in lex.pronouns
                                             or lead[1].text.lower() in lex.clause_subjects))
                                    or lead[0].text.lower() in lex.articles or lead[0].text == "man"
                                    or lead[0].text.lower() in lex.inanimate_subjects
                                    # a second verb of the clause ("…, biss er den Fluggast und rief:")
                                    or any(w.text in lex.conjunctions for w in lead))
        # quoted words count: "Russland werde „angemessen antworten“, sagte Lawrow"
        if lo > sent.start and self.body[lo - 1] == "," and inverted and not self._passive_cue(cue, sent.start) \
                and len(ctx.words_in(sent.start, lo, outside_quotes=False)) > _MIN_INDIRECT_WORDS \
                and self._has_predicate(sent.start, lo) and not self._fronted_object(sent.start, lo) \
                and not (ws[0].text.lower() in lex.subordinators
                         and not any(w.text == "," for w in ctx.words_in(sent.start, lo - 1))):
            # (a fronted subordinate clause alone is no reported speech: "Während Saudi-Arabien
            # nichts ändern wollte, plädierte Venezuela für …"; with a main clause after it, it is:
            # "Weil man die Balance geschafft habe, würden alle mitziehen, bilanzierte X")
            spk = subject(ctx, sent.start, sent.end, cue, self._recent(si))
            if self._subject_in_frame(spk, lo, cue):
                # (after a frame clause closed by a colon, what was said starts after the colon)
                start = colon_frame_end(ctx, sent.start, lo - 1) or sent.start
                while start < lo - 1 and self.body[start].isspace():
                    start += 1
                if self._outside_words(start, lo - 1) < _MIN_INDIRECT_WORDS \
                        or (self.lex.mood_reports and self.konjunktiv(start, lo - 1) is None):
                    # only a quotation after the colon, or no reported clause (no Konjunktiv:
                    # "…: möglicherweise flüssiges Wasser"): the sentence, as before
                    start = sent.start
                self._emit(start, lo - 1, "indirect", spk, cue, si, frame_after=True)
                return True
        # "Dies erklärte X": the sentence before is what X said
        if ws and ws[0].text.lower() in lex.anaphora and len(ws) > 1 and ws[1].start == cue.start and si > 0:
            prev = self.sentences[si - 1]
            if prev.paragraph == sent.paragraph and ctx.quote_at(prev.start + 1) is None:
                spk = subject(ctx, sent.start, sent.end, cue, self._recent(si))
                span = (prev.start, self._trim_end(prev.end))
                earlier = self.out.get(span)
                if earlier is not None and earlier.cue is None and spk is not None:
                    # the sentence before went on for an earlier speaker without a cue ("Er soll
                    # das Ziel gewesen sein. Das berichten arabische Medien."): this cue names its own
                    del self.out[span]
                self._emit(*span, "indirect", spk, cue, si)
                return True
            if prev.paragraph == sent.paragraph:
                # "„Ein Treffen im März ist unrealistisch.“ Das sagte Kremlsprecher Dmitri Peskow am
                # Mittwoch.": the sentence only frames the quotation before (its speaker came from
                # here, _anaphoric_cue); it says nothing itself
                return True
        return False


def _zu_infinitive(clause: list[Word]) -> int | None:
    """Where a clause that ends in a zu-infinitive ends ("die Häuser zu verlassen",
    "weiterzuleiten"): at the sentence's end, else at the first comma ("beschuldigt die Rebellen,
    Gelder aus dem Iran zu erhalten, was …"); None if it has none."""
    stop = next((i for i, w in enumerate(clause) if w.text in (".", ";", ":", "!", "?")), len(clause))
    comma = next((i for i, w in enumerate(clause[:stop]) if w.text == ","), None)
    for end in (stop, comma):
        if end is None:
            continue
        words = [w.text for w in clause[:end] if w.text not in _CLAUSE_END]
        if len(words) >= 2 and ((words[-2] == "zu" and words[-1][:1].islower()) or _ZU_VERB.fullmatch(words[-1])):
            return clause[end - 1].end
    return None


def _first_subject(ctx: Context, lo: int, hi: int) -> Speaker | None:
    """The first mention between two offsets that can be a subject, a person first."""
    ms = [m for m in ctx.mentions_in(lo, hi) if not ctx.after_preposition(m) and not ctx.modifier(m)]
    pick = next((m for m in ms if m.label == "PER"), ms[0] if ms else None)
    return ctx.speaker_of(pick) if pick is not None else None
