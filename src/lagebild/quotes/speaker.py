"""Who speaks: the subject of a reporting cue, with pronouns and role phrases resolved.

German puts the subject of a reporting verb either before it ("Trump sagte: …") or, after a
quotation or a fronted phrase, right after it ("…“, sagte der Politologe Alexej Naumow";
"Dies erklärte Russlands Vizeaußenminister Sergei Rjabkow"). :func:`subject` looks in that
order: the clause before the cue, the words right after it, the rest of the sentence. A
pronoun ("sagte er") stands for the last speaker, a role phrase ("der Experte") for the person
the article introduced with that role ("Experte Baev"), and where the tagger found no name at
all, the words that name the speaker are kept as its surface form ("die Umweltorganisation").
"""

from __future__ import annotations

from bisect import bisect_left

from lagebild.model import Mention
from lagebild.quotes.context import Context, Speaker, Word

_ADJ_ENDINGS = ("e", "en", "er", "es", "em")
_CLAUSE_END = {",", ";", ":", "(", ")", "–", "—", ".", "!", "?", "[", "]"}
# How many words after the cue may stand before its subject ("sagte der russische
# Vize-Außenminister Sergei Rjabkow": five).
_AFTER_WINDOW = 7
# The longest noun phrase kept as a surface speaker ("der Sprecher des Auswärtigen Amtes").
_MAX_SURFACE = 6


def _pick(ctx: Context, mentions: list[Mention]) -> Speaker | None:
    """The likeliest subject among mentions: not after a preposition, a person first."""
    subjects = [m for m in mentions if not ctx.after_preposition(m)]
    if not subjects:
        return None
    person = next((m for m in subjects if m.label == "PER"), None)
    return ctx.speaker_of(person or subjects[0])


def clause_start(ctx: Context, lo: int, offset: int) -> int:
    """The start of the clause that contains ``offset`` (punctuation bounds it), not before ``lo``."""
    for w in reversed(ctx.words_in(lo, offset)):
        if w.text in _CLAUSE_END:
            return w.end
    return lo


def _after_window(ctx: Context, cue_end: int, hi: int) -> list[Word]:
    out: list[Word] = []
    for w in ctx.words_in(cue_end, hi):
        if w.text in _CLAUSE_END or len(out) >= _AFTER_WINDOW:
            break
        out.append(w)
    return out


def resolve_pronoun(ctx: Context, offset: int, last: Speaker | None) -> Speaker | None:
    """"er"/"sie": the most recent of the last speaker and the person in subject position.

    The subject position is approximated by the first person of a sentence who does not follow
    a preposition, in this sentence or the two before: "Nach mehreren Besuchen verbreitete
    Witkoff die Sicht des Kreml. … seien eine „komplizierte Situation“, sagte er." is Witkoff's,
    even though Trump spoke last.
    """
    best, best_pos = last, (last.start if last is not None and last.start is not None else -1)
    sents = ctx.doc.sentences
    i = bisect_left(ctx.sentence_starts, offset + 1) - 1
    for j in range(i, max(-1, i - 3), -1):
        s = sents[j]
        first = next((m for m in ctx.mentions_in(s.start, min(s.end, offset))
                      if m.label == "PER" and not ctx.after_preposition(m)), None)
        if first is not None:
            if first.start > best_pos:
                best, best_pos = ctx.speaker_of(first), first.start
            break
    if best is None:
        before = [m for m in ctx.mentions_in(0, offset) if m.label == "PER"]
        best = ctx.speaker_of(before[-1]) if before else None
    return best


def resolve_role(ctx: Context, word: Word, last: Speaker | None) -> Speaker:
    """"der Politologe": the person introduced with that role, else the last speaker."""
    stem = next((r for r in ctx.lex.roles if word.text.lower().endswith(r)), word.text.lower())
    i = bisect_left(ctx.word_starts, word.start)
    for j in range(i - 1, -1, -1):
        w = ctx.words[j]
        if w.text.lower().endswith(stem) and j + 1 < len(ctx.words):
            nxt = ctx.words[j + 1]
            intro = [m for m in ctx.mentions_in(nxt.start, nxt.end + 60) if m.start == nxt.start and m.label == "PER"]
            if intro:
                return ctx.speaker_of(intro[0])
    if last is not None and last.person:
        return last
    return Speaker(None, _np_text(ctx, word), word.start, word.end)


def _np_text(ctx: Context, word: Word) -> str:
    """The role noun with the article before it ("der Politologe")."""
    prev = ctx.word_before(word.start)
    if prev is not None and prev.text.lower() in ctx.lex.articles:
        return ctx.doc.body[prev.start:word.end]
    return word.text


def link_surface(ctx: Context, words: list[Word]) -> Speaker:
    """A speaker named by words the tagger missed; linked where an entity ends in the same name."""
    name = " ".join(w.text for w in words)
    last = words[-1].text
    for e in ctx.doc.entities:
        if e.type == "PER" and (e.name.split()[-1] == last or last in e.aliases):
            return Speaker(e.id, e.name, words[0].start, words[-1].end)
    # "Berzina" alone, where the article named "Kristine Berzina" before: the full surface name
    return Speaker(None, name, words[0].start, words[-1].end,
                   person=len(words) > 1 or not any(w.text.lower() in ctx.lex.articles for w in words))


def _from_words(ctx: Context, words: list[Word], last: Speaker | None, *, leading: bool) -> Speaker | None:
    """A pronoun, role phrase or capitalised name among ``words`` (no tagged mention there)."""
    lex = ctx.lex
    if not words:
        return None
    if leading:
        # the clause before the cue: its subject stands first ("Er sagte", "Der Experte meint"),
        # after any fronted phrase ("Am Dienstag hat die Polizei mitgeteilt")
        if words[0].text in lex.pronouns:
            return resolve_pronoun(ctx, words[0].start, last)
        runs = _noun_runs(ctx, words)
        if not runs:
            return None
        content = runs[0]
    else:
        if words[0].text in lex.pronouns and words[0].text.islower():
            return resolve_pronoun(ctx, words[0].start, last)
        content = [w for w in words if w.text.lower() not in lex.articles][:_MAX_SURFACE]
    run: list[Word] = []
    for w in content:
        if w.text[:1].isupper():
            run.append(w)
        elif run or leading or not w.text.endswith(_ADJ_ENDINGS):
            # after the cue only adjectives may precede the name ("sagte der frühere Minister X")
            break
    if not run or (len(run) == 1 and run[0].text in lex.nouns):
        return None  # "Angaben", "Berichten": a reporting noun, nobody who speaks
    roles = [w for w in run if lex.is_role(w.text)]
    names = [w for w in run if not lex.is_role(w.text)]
    if roles and not names:
        return resolve_role(ctx, roles[-1], last)
    if names and roles and names[0].start > roles[0].start:
        return link_surface(ctx, names)  # "der Politologe Alexej Naumow", not tagged
    return link_surface(ctx, run) if len(run) <= _MAX_SURFACE else None


def _noun_runs(ctx: Context, words: list[Word]) -> list[list[Word]]:
    """Runs of capitalised words that can be a subject: not after a preposition, not a date."""
    lex = ctx.lex
    runs: list[list[Word]] = []
    run: list[Word] = []
    blocked = False
    for w in [*words, Word(-1, -1, ".")]:
        low = w.text.lower()
        if w.text[:1].isupper() and low not in lex.prepositions and not _in_timex(ctx, w):
            run.append(w)
            continue
        if run and not blocked:
            runs.append(run)
        run = []
        blocked = low in lex.prepositions or (blocked and (low in lex.articles or low.endswith(_ADJ_ENDINGS)))
    return runs


def _in_timex(ctx: Context, w: Word) -> bool:
    return any(t.start <= w.start < t.end for t in ctx.doc.timexes)


def subject(ctx: Context, sent_lo: int, sent_hi: int, cue: Word, last: Speaker | None) -> Speaker | None:
    """The speaker of the reporting cue ``cue`` in the sentence ``[sent_lo, sent_hi)``."""
    lo = clause_start(ctx, sent_lo, cue.start)
    window = _after_window(ctx, cue.end, sent_hi)
    if window and window[0].text in ctx.lex.pronouns and window[0].text.islower():
        # "sagte er": a pronoun right after the verb is its subject, whatever stands before
        return resolve_pronoun(ctx, window[0].start, last)
    found = _pick(ctx, ctx.mentions_in(lo, cue.start))
    if found is not None:
        return found
    before = ctx.words_in(lo, cue.start)
    if before and before[0].text in ctx.lex.pronouns:
        return resolve_pronoun(ctx, before[0].start, last)
    if window:
        found = _pick(ctx, ctx.mentions_in(cue.end, window[-1].end))
        if found is not None:
            return found
        found = _from_words(ctx, window, last, leading=False)
        if found is not None:
            return found
    if lo > sent_lo:
        found = _pick(ctx, ctx.mentions_in(sent_lo, lo))
        if found is not None:
            return found
    if before and len(before) <= _MAX_SURFACE + 2:
        return _from_words(ctx, before, last, leading=True)
    return None
