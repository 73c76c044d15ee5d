"""Speakers that a state's adjective names: a state body and a minister's colleague.

German news names a state's institutions by its adjective, "das aserbaidschanische
Verteidigungsministerium", "die armenische Regierung", or by its seat, "das Moskauer
Außenministerium". Such a body speaks for its state, as the events stage counts it: two ministries
of two states are two speakers, not one unlinked "Verteidigungsministerium". And after a minister
was named, "sein aserbaidschanischer Kollege" is the holder of the same office in the adjective's
state, as "der aserbaidschanische Außenminister" is for the entity stage.

The states, their adjectives and the offices with their holders come from the knowledge base of
the entity stage (``resources/kb``); the state bodies and colleague nouns from the quotes lexicon
(``state_bodies``, ``colleagues``).
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from lagebild.entities.kb import KbEntry, KnowledgeBase, load_kb, load_lexicon
from lagebild.entities.kb import Lexicon as KbLexicon
from lagebild.entities.resolve import english_demonym_state
from lagebild.model import Entity
from lagebild.quotes.context import Context, Speaker

# how far back a colleague's office may have been named (words)
_OFFICE_WINDOW = 400
_ADJECTIVE_ENDINGS = ("en", "er", "es", "em", "e")


@lru_cache(maxsize=1)
def _kb() -> tuple[KnowledgeBase, KbLexicon]:
    return load_kb(), load_lexicon()


def english_state(word: str) -> str | None:
    """The state an English adjective of origin names ("Ukrainian"), else None."""
    return english_demonym_state(word, _kb()[0])


def _adjective_state(word: str, kb: KnowledgeBase) -> str | None:
    """The state a lower-case adjective names ("aserbaidschanischer" -> Azerbaijan)."""
    if not word[:1].islower():
        return None
    for ending in _ADJECTIVE_ENDINGS:
        if word.endswith(ending):
            state = kb.adjectives.get(word[: -len(ending)])
            if state:
                return state
    return None


def _seat_state(ctx: Context, word: str, kb: KnowledgeBase) -> str | None:
    """The state a seat's adjective names ("Moskauer", "Kiewer"): a place the document or the
    knowledge base knows, which stands for a state."""
    if len(word) <= 5 or not word.endswith("er") or not word[:1].isupper():
        return None
    for e in ctx.doc.entities:
        if e.type == "LOC" and (e.name == word[:-2] or word[:-2] in e.aliases):
            return e.stands_for
    entry = kb.lookup(word[:-2])
    return entry.stands_for if entry is not None and entry.type == "LOC" else None


def _entity(entry: KbEntry, state: str | None) -> Entity:
    return Entity(entry.id, entry.name, entry.type, tuple(entry.aliases),
                  stands_for=state if entry.type == "PER" else entry.stands_for)


def state_speaker(ctx: Context, spk: Speaker) -> Speaker:
    """``spk`` as its state or office holder where a state adjective names it, else ``spk``.

    New entities (a state or a holder the entity stage did not list) go to ``ctx.added``."""
    lex = ctx.lex
    if spk.entity is not None or spk.start is None or spk.end is None \
            or (not lex.state_bodies and not lex.colleagues):
        return spk
    words = ctx.words_in(spk.start, spk.end)
    if not words:
        return spk
    head = words[-1].text
    low = head.lower()
    body = any(low.endswith(b) for b in lex.state_bodies)
    colleague = low in lex.colleagues
    if not body and not colleague:
        return spk
    kb, kblex = _kb()
    # the adjective before the head, inside the phrase or right before it ("Sein
    # aserbaidschanischer Kollege", "das armenische Verteidigungsministerium")
    i = bisect_left(ctx.word_starts, words[-1].start)
    state = None
    first = words[-1].start
    for j in range(i - 1, max(-1, i - 3), -1):
        w = ctx.words[j].text
        # (English capitalises the adjective: "the Ukrainian air force")
        state = (_adjective_state(w, kb) or _seat_state(ctx, w, kb)) if lex.nouns_capitalised \
            else english_demonym_state(w, kb)
        if state is not None:
            first = ctx.words[j].start
        if state is not None or not (w[:1].islower() and w.isalpha()):
            break
    if state is None and body and i + 1 < len(ctx.words) and lex.nouns_capitalised:
        state = kb.genitives.get(ctx.words[i + 1].text)  # "das Verteidigungsministerium Armeniens"
    if state is None:
        return spk
    if body:
        entry = kb.get(state)
        if entry is None:
            return spk
        if ctx.doc.entity(state) is None:
            ctx.added.setdefault(state, _entity(entry, None))
        # the body as the text names it, with its adjective, speaks for the state: two ministries
        # of two states stay apart in the name and in the entity ("armenische
        # Verteidigungsministerium" for Armenia)
        lo = min(first, spk.start)
        hi = max(spk.end, words[-1].end)
        return Speaker(state, " ".join(ctx.doc.body[lo:hi].split()), lo, hi, person=False)
    # a colleague: the office of the minister named last before ("Der armenische Außenminister …
    # Sein aserbaidschanischer Kollege"), in the adjective's state at the article's date
    day = ctx.doc.date()
    if day is None:
        return spk
    for j in range(i - 1, max(-1, i - _OFFICE_WINDOW), -1):
        w = ctx.words[j].text
        noun = kblex.role_nouns.get(w) or (kblex.role_nouns.get(w.rpartition("-")[2]) if "-" in w else None)
        if noun is None or noun.generic:
            continue
        holder = kb.holder(noun.key, state, day)
        if holder is None:
            return spk
        entry = kb.get(holder)
        known = ctx.doc.entity(holder)
        if entry is None and known is None:
            return spk
        if known is None and entry is not None:
            ctx.added.setdefault(holder, _entity(entry, state))
        name = known.name if known is not None else entry.name if entry is not None else None
        return Speaker(holder, name, spk.start, spk.end, person=True)
    return spk
