"""Who speaks: the subject of a reporting cue, with pronouns and role phrases resolved.

German puts one phrase before the finite verb. When that phrase is the subject, it is the
speaker ("Trump sagte: …", "Der Politologe meint …") and a pronoun after the verb is an object
("Der Geschäftsführer nannte sie „fahrlässig“"); after a quotation or an adverbial the subject
follows the verb ("…“, sagte der Politologe Alexej Naumow"; "Am Montag sagte er";
"Dies erklärte Russlands Vizeaußenminister Sergei Rjabkow"). :func:`subject` looks in that
order: the clause before the cue, the words right after it, the rest of the sentence. A
pronoun stands for the last speaker or the person last in subject position, a role phrase
("der Experte") for the person the article introduced with that role ("Experte Baev"), and
where the tagger found no name at all, the words that name the speaker are kept as its surface
form ("die Umweltschutzorganisation", "der Sportchef von Bayer 04 Leverkusen").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from lagebild.model import Entity, Mention
from lagebild.quotes.context import Context, Speaker, Word
from lagebild.quotes.lexicon import Lexicon
from lagebild.quotes.states import english_state

_CLAUSE_END = {",", ";", ":", "–", "—", ".", "!", "?"}
# How many words after the cue may stand before its subject ("sagte der russische
# Vize-Außenminister Sergei Rjabkow": five).
_AFTER_WINDOW = 7
# The longest noun phrase kept as a surface speaker ("der Sprecher des Auswärtigen Amtes").
_MAX_SURFACE = 6
# The words before a relative clause's comma searched for the document it is about.
_ANTECEDENT_WORDS = 8


def _pick(ctx: Context, mentions: list[Mention]) -> Speaker | None:
    """The likeliest subject among mentions: not after a preposition, a person first."""
    subjects = [m for m in mentions if not ctx.after_preposition(m) and not ctx.modifier(m) and not ctx.genitive(m)]
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
    """"er"/"sie": the most recent of the last speaker and the person in subject position, of
    the pronoun's gender where a given name tells it.

    The subject position is approximated by the first person of a sentence who does not follow
    a preposition, in this sentence or the two before: "Nach mehreren Besuchen verbreitete
    Witkoff die Sicht des Kreml. … seien eine „komplizierte Situation“, sagte er." is Witkoff's,
    even though Trump spoke last; "Merkel traf Trump. „…“, sagte sie." is Merkel's.
    """
    i = bisect_left(ctx.word_starts, offset)
    word = ctx.words[i].text if i < len(ctx.words) else ""
    # a possessive names a person as well ("nach seiner Meinung"), so does a pronoun after a
    # frame ("laut ihm")
    gender = ctx.lex.pronouns.get(word, ctx.lex.possessives.get(word.lower(), ctx.lex.object_pronouns.get(word)))

    def fits(spk: Speaker) -> bool:
        # a report ("ersten Angaben") is no "er" or "sie"
        return (gender is None or _gender(ctx, spk) in (None, gender)) and not is_report(ctx, spk)

    best = last if last is not None and fits(last) else None
    best_pos = best.start if best is not None and best.start is not None else -1
    sents = ctx.doc.sentences
    i = bisect_left(ctx.sentence_starts, offset + 1) - 1
    for j in range(i, max(-1, i - 3), -1):
        s = sents[j]
        first = next((m for m in ctx.mentions_in(s.start, min(s.end, offset))
                      if m.label == "PER" and not ctx.after_preposition(m) and not ctx.spoken(m)
                      and fits(ctx.speaker_of(m))), None)
        if first is not None:
            if first.start > best_pos:
                best, best_pos = ctx.speaker_of(first), first.start
            break
    if best is None:
        before = [m for m in ctx.mentions_in(0, offset) if m.label == "PER" and not ctx.spoken(m)
                  and fits(ctx.speaker_of(m))]
        best = ctx.speaker_of(before[-1]) if before else None
    if best is None and gender == "f" and ctx.lex.nouns_capitalised:
        # no woman named: "sie" stands for an institution or group ("Die Partei will die Proteste
        # ausweiten. Bis Mittwoch sagte sie … voraus"), never for a man
        best = _group_antecedent(ctx, offset)
    return best


def _gender(ctx: Context, spk: Speaker) -> str | None:
    """"f" or "m" where the speaker's given name tells it, else the role noun the text puts
    before its name ("Sprecherin Maria Huber", "Regierungschef Thomas Keller"), else None."""
    first = (spk.name or "").split()[:1]
    found = ctx.lex.genders.get(first[0]) if first else None
    if found is not None or spk.entity is None or not spk.person or not ctx.lex.nouns_capitalised:
        return found
    if spk.entity not in ctx.genders:
        ctx.genders[spk.entity] = _role_gender(ctx, spk.entity)
    return ctx.genders[spk.entity]


def _role_gender(ctx: Context, entity: str) -> str | None:
    """The gender of the role nouns right before an entity's mentions: "-in" of a role is a woman
    ("Ministerin", "Sprecherin"), another role a man ("Minister"); None where they disagree."""
    lex = ctx.lex
    seen: set[str] = set()
    for m in ctx.mentions:
        if m.entity != entity:
            continue
        w = ctx.word_before(m.start)
        if w is None or not lex.is_role(w.text):
            continue
        female = w.text.endswith("in") and lex.is_role(w.text[:-2])
        seen.add("f" if female else "m")
    return next(iter(seen)) if len(seen) == 1 else None


def resolve_demonstrative(ctx: Context, offset: int) -> Speaker | None:
    """"diese" (plural): the group or institution last named in subject position in the sentence
    before ("… betrachten die US-Geheimdienste Moskau mit Skepsis. Berichten zufolge gehen diese
    davon aus, …"); a person is "er", "sie" or "dieser"."""
    i = bisect_left(ctx.sentence_starts, offset + 1) - 1
    if i < 1:
        return None
    prev = ctx.doc.sentences[i - 1]
    groups = [m for m in ctx.mentions_in(prev.start, prev.end)
              if m.label == "ORG" and not ctx.after_preposition(m) and not ctx.modifier(m)]
    return ctx.speaker_of(groups[-1]) if groups else None


def resolve_role(ctx: Context, word: Word) -> Speaker:
    """"der Experte": the person the article introduced with that role ("Experte Baev").

    Without such an introduction the role phrase itself is the speaker's surface form
    ("der Sportchef von Bayer 04 Leverkusen"); guessing the last speaker here would be wrong
    as often as right.
    """
    low = word.text.lower()
    stem = next((r for r in ctx.lex.roles if low.endswith(r) or low[:-1].endswith(r)), low)
    i = bisect_left(ctx.word_starts, word.start)
    own = _introduced(ctx, i)
    if own:
        # the role introduces its person right here ("sagte der Koordinator für Naturkatastrophen,
        # Deftalgne Tessema, …", "Ein Sprecher der Polizei, Lars Beringer, sagte")
        return ctx.speaker_of(own[0])
    if i > 0 and (ctx.lower_words()[i - 1] in ctx.lex.indefinite or ctx.lower_words()[i - 1] in ctx.lex.plural):
        # "Ein Sprecher des Weißen Hauses": an indefinite article introduces someone new, not
        # the person the article named with that role before; "der beiden Politiker" are several
        return Speaker(None, _role_phrase(ctx, i), word.start, word.end)
    # the same role word first, then any role with the same stem: "der Bundespräsident" is not
    # "Bundestagspräsident Thierse" when the article introduced "Bundespräsident Köhler" too
    full = low[:-1] if low.endswith("s") and not low.endswith(stem) else low
    # (and a role word of the same office: "der Premier" is "Ministerpräsident Benjamin Netanjahu")
    office = _office(ctx, low)
    lower = ctx.lower_words()
    found: Speaker | None = None  # the nearest person introduced with a role of the same stem
    for j in range(min(i, len(ctx.words) - 1) - 1, -1, -1):
        w = lower[j]
        same = w.startswith(full)
        if not same and (found is not None or not (w.endswith(stem) or _office_word(w, office))):
            continue
        if _plural_role(ctx, w):
            continue  # "von den Ermittlern Demjanjuk zugeordnet": several, and the name their object
        intro = _introduced(ctx, j)
        if intro:
            found = ctx.speaker_of(intro[0])
            if same:
                break
    if found is None and _definite(ctx, i):
        found = _role_alias(ctx, low, office) or _epithet(ctx, i)
    if found is not None:
        # the person, at the place the role phrase names them
        return found if found.entity is None else Speaker(found.entity, found.name, word.start, word.end)
    if not word.text.lower().endswith(ctx.lex.roles) and word.text.endswith("s") and ctx.lex.nouns_capitalised:
        # (German only: English "Economists at JPMorgan" is a plural, trial 7)
        # a genitive ("nach Angaben des Regierungssprechers", "des Leiters der griechischen
        # Sektion"): the role in the nominative, with its complement
        rest = ctx.doc.body[word.end:_role_phrase_end(ctx, i)]
        return Speaker(None, word.text[:-1] + rest, word.start, word.end)
    return Speaker(None, _role_phrase(ctx, i), word.start, word.end)


def _plural_role(ctx: Context, low: str) -> bool:
    """Whether a lower-case role word is a plural that no one person answers to: the dative of a
    noun in "-er" ("den Ermittlern") or a plural in "-innen" ("die Sprecherinnen")."""
    return (low.endswith("ern") and low[:-1].endswith(ctx.lex.roles)) or low.endswith("innen")


def _office(ctx: Context, low: str) -> tuple[str, ...]:
    """The role words of the office that the role word ``low`` names (compounds and inflected
    forms match by their end), or none."""
    return next((g for g in ctx.lex.offices if _office_word(low, g)), ())


def _office_word(w: str, office: tuple[str, ...]) -> bool:
    """Whether the lower-case word ``w`` is a role word of ``office``, also inflected
    ("des Ministerpräsidenten")."""
    return any(w.endswith(r) or w[:-1].endswith(r) or w[:-2].endswith(r) for r in office)


def _definite(ctx: Context, i: int) -> bool:
    """Whether the role word at word ``i`` names one person the reader knows: a definite
    article in the nominative, adjectives at most between ("der israelische Premier"); not a
    plural or genitive ("nach Meinung der beiden Politiker")."""
    lower = ctx.lower_words()
    j = i - 1
    while j > 0 and lower[j].endswith("e") and lower[j] not in ctx.lex.articles and ctx.lex.is_adjective(lower[j]):
        j -= 1
    return j >= 0 and lower[j] in ctx.lex.definite


def _role_alias(ctx: Context, low: str, office: tuple[str, ...]) -> Speaker | None:
    """The one person whose aliases hold a role phrase of this role or office: the entity stage
    records the role phrases it resolves ("israelische Premier" for Netanjahu), so "der
    Premier" later in the article is that person. Two people with that role: nobody."""
    words = office or (low,)
    people = {e.id: e for e in ctx.doc.entities if e.type == "PER"
              and any(_office_word(a.split()[-1].lower(), words) for a in e.aliases if a.split())}
    if len(people) != 1:
        return None
    e = next(iter(people.values()))
    return Speaker(e.id, e.name, None, None)


def _epithet(ctx: Context, i: int) -> Speaker | None:
    """The person a definite epithet at word ``i`` describes ("Bundesaußenministerin Annalena
    Baerbock begrüßte das Abkommen. „…“, sagte die Grünen-Politikerin."): the first person in
    subject position of this sentence (before the epithet) or the two before, of the epithet's
    gender ("-in" is female)."""
    lex = ctx.lex
    low = ctx.lower_words()[i]
    # ("=anwalt": the word itself, inflected, not a compound: "der Staatsanwalt" is another person)
    ep = next((e for e in lex.epithets if (low in (e[1:], e[1:] + "s", e[1:] + "n") if e.startswith("=")
                                           else low.endswith(e) or low[:-1].endswith(e))), None)
    if ep is None:
        return None
    gender = "f" if ep.endswith("in") else None
    offset = ctx.words[i].start
    k = bisect_left(ctx.sentence_starts, offset + 1) - 1
    for j in range(k, max(-1, k - 3), -1):
        s = ctx.doc.sentences[j]
        for m in ctx.mentions_in(s.start, min(s.end, offset)):
            if m.label == "PER" and not ctx.after_preposition(m) and not ctx.genitive(m) and not ctx.spoken(m):
                spk = ctx.speaker_of(m)
                if gender is None or _gender(ctx, spk) in (None, gender):
                    return spk
    return None


def _introduced(ctx: Context, j: int) -> list[Mention]:
    """The person a role word at word ``j`` introduces: right after it ("Sprecher Lars Beringer"),
    or in an apposition after its complement ("Ein Sprecher der Polizei, Lars Beringer,";
    "A spokesman for the Pentagon, John Kirby,")."""
    lex = ctx.lex
    for k in range(j + 1, min(j + 9, len(ctx.words))):
        w = ctx.words[k]
        if k == j + 1 or ctx.words[k - 1].text == ",":
            found = [m for m in ctx.mentions_in(w.start, w.end + 60) if m.start == w.start and m.label == "PER"]
            if found:
                return found
        low = w.text.lower()
        nxt = ctx.words[k + 1].text if k + 1 < len(ctx.words) else ""
        if w.text == "," or lex.name_like(w.text) or low in lex.articles or low in lex.prepositions \
                or (lex.is_adjective(w.text) and nxt[:1].isupper()):  # "sagte" ends like an adjective
            continue
        break  # a verb or another word: no apposition ("Der Sprecher sagte, Merkel habe …")
    return []


def _role_phrase(ctx: Context, i: int) -> str:
    """The role noun at word ``i`` with its article and complement ("der Sprecher der Polizei")."""
    lo = i - 1 if i > 0 and ctx.words[i - 1].text.lower() in ctx.lex.articles else i
    return ctx.doc.body[ctx.words[lo].start:_role_phrase_end(ctx, i)]


def _role_phrase_end(ctx: Context, i: int) -> int:
    """Where the complement of the role noun at word ``i`` ends: a genitive or "von" complement
    ("des Auswärtigen Amtes", "der griechischen Sektion", "von Bayer 04 Leverkusen")."""
    lex = ctx.lex
    hi = i
    # (only a genitive article opens one: "kritisierte die Politikerin die Pläne" has an object)
    # (English: "Economists at JPMorgan", "the president of France", role_complements)
    if i + 1 < len(ctx.words) and ctx.words[i + 1].text.lower() in (lex.role_complements or lex.genitive_articles
                                                                    | {"von", "vom"}):
        hi = i + 1
        while hi + 1 < len(ctx.words) and hi - i < 5 and (
                ctx.words[hi + 1].text[:1].isupper() or ctx.words[hi + 1].text[:1].isdigit()
                or (lex.is_adjective(ctx.words[hi + 1].text) and hi + 2 < len(ctx.words)
                    and ctx.words[hi + 2].text[:1].isupper())):
            hi += 1
        if hi == i + 1:
            hi = i
        while hi > i and lex.is_adjective(ctx.words[hi].text):
            hi -= 1
    return ctx.words[hi].end


def link_surface(ctx: Context, words: list[Word]) -> Speaker:
    """A speaker named by words the tagger missed; linked where an entity ends in the same name."""
    name = " ".join(w.text for w in words)
    e = _named_entity(ctx, words[-1].text)
    if e is not None:
        return Speaker(e.id, e.name, words[0].start, words[-1].end)
    return Speaker(None, name, words[0].start, words[-1].end)


def _named_entity(ctx: Context, last: str) -> Entity | None:
    """The entity whose name ends in ``last`` or has it as an alias: a person, else an entity of
    another type whose name reads as a person's, given name and surname (the tagger typed
    "Itamar Ben-Gvir" ORG, and "sagte Ben-Gvir" is him)."""
    lex = ctx.lex
    fallback = None
    for e in ctx.doc.entities:
        if e.name.split()[-1] != last and last not in e.aliases:
            continue
        if e.type == "PER":
            return e
        parts = e.name.split()
        if fallback is None and e.type in ("ORG", "MISC") and len(parts) in (2, 3) \
                and all(p[:1].isupper() and p.lower() not in lex.title_words and not lex.is_group(p)
                        and not lex.is_role(p) and not ctx.after_article(p) for p in parts):
            fallback = e
    if fallback is not None and any(p.type == "PER" and set(p.name.split()) & set(fallback.name.split())
                                    for p in ctx.doc.entities):
        return None  # two people's names run together ("Rajoy Zapatero"): no one name
    return fallback


def _linked(ctx: Context, word: Word) -> bool:
    return _named_entity(ctx, word.text) is not None


def _name_run(ctx: Context, run: list[Word], *, bare: bool) -> Speaker | None:
    """The speaker a run of capitalised words names: a role, a name, or a noun phrase."""
    lex = ctx.lex
    if not run or (len(run) == 1 and run[0].text in lex.nouns):
        return None  # "Angaben", "Berichten": a reporting noun, nobody who speaks
    # a person's name in the genitive after its noun says whose the noun is and is no part of it
    # ("Die Äußerungen Hassemers bezeichnete Wiefelspütz als …": the phrase is the fronted object)
    run = run[:next((k for k, w in enumerate(run[1:], 1)
                     if any(ctx.genitive(m) for m in ctx.mentions_in(w.start, w.end))), len(run))]
    roles = [w for w in run if lex.is_role(w.text)]
    names = [w for w in run if not lex.is_role(w.text)]
    if roles and not names:
        return resolve_role(ctx, roles[-1])
    if roles and names[0].start > roles[0].start:
        return link_surface(ctx, names)  # "der Politologe Alexej Naumow", not tagged
    if bare and len(run) == 1 and not _linked(ctx, run[0]) and _common_noun(ctx, run[0].text) \
            and not lex.is_group(run[0].text):
        return None  # "äußerte Vorbehalte": an object, not a surname; a group speaks ("skandierten Demonstranten")
    i = bisect_left(ctx.word_starts, run[0].start)
    if len(run) == 1 and lex.is_group(run[0].text) and not _linked(ctx, run[0]) and i + 1 < len(ctx.words) \
            and ctx.lower_words()[i + 1] in lex.owner_openers:
        # a group with its owner says whose it is ("Das Büro von Benjamin Netanjahu", "das Büro des
        # Ministerpräsidenten"), as a role phrase does ("der Sprecher der Polizei"); not after
        # "der", which may as well open a dative ("hatte die Regierung der Hamas vorgeworfen")
        end = _role_phrase_end(ctx, i)
        if end > run[0].end:
            return Speaker(None, ctx.doc.body[run[0].start:end], run[0].start, end, person=False)
    return link_surface(ctx, run[:_MAX_SURFACE])


def _common_noun(ctx: Context, word: str) -> bool:
    """Whether a bare capitalised word reads as a common noun rather than a surname: it follows an
    article somewhere in the article ("die Vorbehalte"), or has a noun's ending and never follows
    a first name or role ("Dirk Kempthorne")."""
    if any(c.isupper() for c in word[1:]):
        return False  # "McClaren", "DiCaprio": a capital inside is a name's
    if _surname(ctx, word):
        return False
    if ctx.after_article(word):
        return True
    if re.search(rf"\b[A-ZÄÖÜ][\w-]+\s+{re.escape(word)}\b", ctx.doc.body):
        return False
    return word.lower().endswith(ctx.lex.noun_suffixes)


def _surname(ctx: Context, word: str) -> bool:
    """Whether a capitalised word follows a role or a given name somewhere in the article
    ("Oppositionsführer Mussawi", "Mir Hossein Mussawi"): a surname the tagger missed, even where
    an article stands before it elsewhere ("der Mussawi nahestehende Kandidat")."""
    known = ctx.surnames.get(word)
    if known is not None:
        return known
    lex = ctx.lex
    found = False
    for m in re.finditer(rf"\b([A-ZÄÖÜ][\w-]+)\s+{re.escape(word)}\b", ctx.doc.body):
        before = m.group(1)
        if lex.is_role(before) or before in lex.genders or (
                lex.nameable(before) and before.lower() not in lex.articles and not ctx.after_article(before)
                and m.start() not in ctx.sentence_starts):
            found = True
            break
    ctx.surnames[word] = found
    return found


def _after_words(ctx: Context, words: list[Word], last: Speaker | None) -> Speaker | None:
    """The subject right after the cue ("sagte der frühere Minister X", "zeigte sich der Trainer")."""
    lex = ctx.lex
    run: list[Word] = []
    bare = True
    skip = -1
    report: Word | None = None
    for k, w in enumerate(words[:_MAX_SURFACE + 2]):
        if k <= skip:
            continue
        low = w.text.lower()
        if not run and w.text in lex.pronouns and w.text.islower():
            return resolve_pronoun(ctx, w.start, last)
        if lex.nameable(w.text):
            if run and lex.is_group(run[-1].text) and not lex.is_role(run[-1].text) and _person_at(ctx, w):
                break  # "warf die Staatsanwaltschaft Ertel vor": the person is the object
            run.append(w)
        elif len(run) == 1 and lex.is_source_noun(run[0].text) and low in lex.genitive_articles:
            report = run[0]  # "so das Fazit der Betreiber": the report's owner speaks, as "nach Angaben der Polizei"
            run = []
        elif run or low in lex.oblique_articles:
            break  # "bezeichnete den Besuch als …": an object, the subject stands elsewhere
        elif low in lex.articles:
            bare = False
        elif low in lex.skip_after_cue or w.text.endswith(lex.adjective_endings) or lex.is_adjective(w.text) \
                or _adverb_of_adjective(ctx, words, k):
            continue
        else:
            skip = attribute_end(ctx, words, k)  # "schrieb die in New York City geborene Lopez"
            if skip < 0:
                break
    if not run and words:
        return ctx.quoted_name_after(words[0].start)
    if len(run) == 1 and lex.is_group(run[0].text) and not _linked(ctx, run[0]):
        # a group noun with its name in quotation marks right after it ("berichtete die russische
        # Zeitung „Kommersant“"): the name speaks, not the noun; (words with small words between
        # are what a crowd shouted: "skandierten Demonstranten „Nieder mit dem König“")
        named = ctx.quoted_name_after(run[0].end)
        if named is not None and named.start is not None and named.start - run[0].end <= 2 \
                and all(w[:1].isupper() or w[:1].isdigit() for w in (named.name or "").split()):
            return named
    found = _name_run(ctx, run, bare=bare)
    if report is not None and found is not None and found.entity is None and run:
        # an untagged owner stays with its report ("Fazit der Betreiber von Abgeordnetenwatch")
        end = max(run[-1].end, found.end or 0)
        return Speaker(None, " ".join(ctx.doc.body[report.start:end].split()), report.start, end, person=False)
    return found


def _adverb_of_adjective(ctx: Context, words: list[Word], k: int) -> bool:
    """Whether ``words[k]`` is an adverb before an attributive adjective ("das finanziell
    angeschlagene Venezuela", "die politisch verantwortliche Ministerin"): a lower-case word
    that is no small word, followed by an adjective before a noun."""
    lex = ctx.lex

    def adverb(w: Word) -> bool:
        low = w.text.lower()
        return w.text.isalpha() and w.text.islower() and low not in lex.articles and low not in lex.prepositions \
            and (low not in lex.function_words or low in lex.negations) and low not in lex.pronouns

    if not adverb(words[k]):
        return False
    # two adverbs may stand before the adjective, a negation first ("Ein nicht genannter
    # Vertreter der Firma", "ein nicht namentlich genannter Sprecher"): a phrase a news report
    # uses for a source it will not name
    j = k + 1 if k + 1 < len(words) and not lex.is_adjective(words[k + 1].text) and adverb(words[k + 1]) else k
    return j + 2 < len(words) and lex.is_adjective(words[j + 1].text) and words[j + 1].text.islower() \
        and words[j + 2].text[:1].isupper()


_AGE = re.compile(r"\d+-[Jj]ährigen?r?")


def _age_epithet(ctx: Context, words: list[Word]) -> Speaker | None:
    """The person an age stands for ("die 45-Jährige", "der 81-jährige"): the first person in
    subject position of this sentence or the two before, of the article's gender."""
    if len(words) != 2 or words[0].text.lower() not in ctx.lex.definite or not _AGE.fullmatch(words[1].text):
        return None
    gender = "f" if words[0].text.lower() == "die" else "m"
    k = bisect_left(ctx.sentence_starts, words[0].start + 1) - 1
    for j in range(k, max(-1, k - 3), -1):
        s = ctx.doc.sentences[j]
        for m in ctx.mentions_in(s.start, min(s.end, words[0].start)):
            if m.label == "PER" and not ctx.after_preposition(m) and not ctx.genitive(m):
                spk = ctx.speaker_of(m)
                if _gender(ctx, spk) in (None, gender):
                    return Speaker(spk.entity, spk.name, words[0].start, words[1].end)
    # nobody named: the age is who speaks ("Der 81-jährige Besitzer eines Hauses … sagte der
    # 81-jährige"), as the text names them
    return Speaker(None, words[1].text, words[1].start, words[1].end)


def _crowd(ctx: Context, words: list[Word]) -> Speaker | None:
    """A quantifier standing alone for people, at the edge of the cue ("Viele skandierten",
    "skandierten Tausende"): the crowd speaks; not one before its noun ("Viele Menschen")."""
    lex = ctx.lex
    # (in lower case after a comma or the verb a quantifier takes up a group just named: "Die
    # Forscher sind uneins, manche halten …"; that group speaks, by the other rules)
    if not words or words[0].text.lower() not in lex.crowds or not words[0].text[:1].isupper():
        return None
    if len(words) > 1 and (lex.nameable(words[1].text) or lex.is_adjective(words[1].text)):
        return None
    return Speaker(None, words[0].text, words[0].start, words[0].end, person=False)


def _crowd_in(ctx: Context, lo: int, hi: int) -> Speaker | None:
    """A crowd named anywhere in a stretch, not after a preposition ("Am Sonntag gingen in Kairo
    erneut Tausende auf die Straße")."""
    ws = ctx.words_in(lo, hi)
    for k in range(len(ws)):
        if k and ws[k - 1].text.lower() in ctx.lex.prepositions:
            continue
        found = _crowd(ctx, ws[k:k + 2])
        if found is not None:
            return found
    return None


def _plural_antecedent(ctx: Context, sent_lo: int, offset: int) -> Speaker | None:
    """What plural "sie" at ``offset`` stands for: the noun phrase that opens its sentence before
    it ("Die Vorsitzenden des Tierheims haben protestiert, da sie befürchten, …"), else the one
    that opens one of the two sentences before ("Wissenschafter der Aga Khan University machen
    dafür die Bedingungen verantwortlich. Sie gehen davon aus, …"); a group or several people,
    never one person's name."""
    lex = ctx.lex
    i = bisect_left(ctx.sentence_starts, offset + 1) - 1
    w = ctx.word_before(offset)
    # (its own sentence only from a subordinate clause: "…, erklärten sie" closes a reported clause)
    own = w is not None and w.start >= sent_lo and w.text.lower() in ctx.lex.subordinators
    spans = [(sent_lo, offset)] if own else []
    spans += [(ctx.doc.sentences[j].start, ctx.doc.sentences[j].end) for j in range(i - 1, max(-1, i - 3), -1)]
    for lo, hi in spans:
        if hi <= lo:
            continue
        found = opening_subject(ctx, lo, hi) or fronted_subject(ctx, lo, hi) or _crowd_in(ctx, lo, hi)
        if found is None or (found.entity is not None and found.person) or not is_actor(ctx, found) \
                or is_report(ctx, found):
            continue
        words = (found.name or "").split()
        first = words[0].lower() if words else ""
        if found.entity is None and not any(lex.is_group(w) or lex.is_role(w) for w in words) and not (
                first.endswith(("er", "en", "e")) and not first.endswith(lex.abstract_suffixes)):
            continue  # no group and no plural of people ("Ablehnung", "Bluff")
        return found
    return None


def _group_antecedent(ctx: Context, offset: int) -> Speaker | None:
    """What "sie" at ``offset`` stands for where no woman is named: the institution or group that
    opens one of the two sentences before ("Die Partei will die Proteste ausweiten. Bis Mittwoch
    sagte sie … voraus")."""
    i = bisect_left(ctx.sentence_starts, offset + 1) - 1
    for j in range(i - 1, max(-1, i - 3), -1):
        s = ctx.doc.sentences[j]
        found = opening_subject(ctx, s.start, s.end)
        if found is None or found.start is None or found.end is None or is_report(ctx, found):
            continue
        org = [m for m in ctx.mentions_in(found.start, found.end) if m.label in ("ORG", "LOC")]
        if org:
            return ctx.speaker_of(org[0])
        if found.entity is None and any(ctx.lex.is_group(w) for w in (found.name or "").split()):
            return found
    return None


def apposition_after(ctx: Context, offset: int) -> Speaker | None:
    """A person in apposition right after ``offset``: a comma, then the person's name."""
    return _apposition_after(ctx, offset)


def _apposition_after(ctx: Context, offset: int) -> Speaker | None:
    """A person in apposition right after ``offset``: a comma, then the person's name."""
    nxt = ctx.words_in(offset, offset + 80)[:2]
    if len(nxt) < 2 or nxt[0].text != "," or not _person_at(ctx, nxt[1]):
        return None
    m = next(m for m in ctx.mentions_in(nxt[1].start, nxt[1].end + 60) if m.start == nxt[1].start)
    after = ctx.words_in(m.end, m.end + 20)[:1]
    if after and after[0].text not in _CLAUSE_END:
        return None  # "…, Feldmann rechne mit …": a clause, no apposition
    return ctx.speaker_of(m)


def _coordinated_subject(ctx: Context, before: list[Word], last: Speaker | None) -> Speaker | None:
    """The subject a cue after "und" shares with the verb before it, where that verb opens its
    clause with the subject after it ("biss der Randalierer den Fluggast und rief", "Unter dem
    Motto … zogen die Demonstranten zum Rathaus und skandierten"): the noun phrase right after
    the first verb. A clause that opens with its subject ("Der Randalierer biss …") is read
    elsewhere; an object or adverb after the verb ("kritisierte den Plan und …") names nobody."""
    lex = ctx.lex
    if len(before) < 3 or before[-1].text not in lex.conjunctions:
        return None
    for k, w in enumerate(before[:-1]):
        t, low = w.text, w.text.lower()
        if not (t[:1].islower() and t.isalpha()) or low in lex.articles or low in lex.prepositions \
                or low in lex.function_words or low in lex.pronouns:
            continue
        rest = before[k + 1:-1]
        if k + 1 < len(before) - 1 and lex.is_adjective(t) and before[k + 1].text[:1].isupper():
            continue  # an adjective before its noun ("vom Frankfurter Hauptbahnhof")
        reflexive = bool(rest) and rest[0].text == "sich"
        if reflexive:
            rest = rest[1:]  # "versammelten sich Hunderte Menschen und skandierten": no object, the subject
        if not rest or rest[0].text.lower() in lex.oblique_articles:
            return None
        if rest[0].text in lex.nominative_pronouns:
            return resolve_pronoun(ctx, rest[0].start, last)
        if rest[0].text.lower() not in lex.definite and not _person_at(ctx, rest[0]) \
                and not (reflexive and lex.nameable(rest[0].text)):
            return None  # "zogen die …" and "biss der …" open a subject; "forderte eine Prüfung und …" an object
        found = _after_words(ctx, rest, last)
        return found if found is not None and is_actor(ctx, found) else None
    return None


def _own_subject_after_und(ctx: Context, before: list[Word], last: Speaker | None) -> Speaker | None:
    """The subject of a main clause coordinated with "und" that names its own subject before the
    verb ("Die Stadt erhöhte die Preise und die Gewerkschaften befürchten, dass …", "…, und die
    Fraktion der Grünen forderte …"): the noun phrase between "und" and the cue, where the words
    before "und" hold a finite verb (a lower-case word that is no article, preposition, pronoun or
    adjective before a noun). Not after a subordinate or relative clause opener, whose verb comes
    last ("eine Resolution, welche … zur Kenntnis nimmt und die Regierung auffordert"), and not
    between two noun phrases ("im Kreise der Parteivorsitzenden und der Fraktionsvorsitzenden")."""
    lex = ctx.lex
    k = max((i for i, w in enumerate(before) if w.text in lex.conjunctions), default=-1)
    phrase = before[k + 1:]
    if k < 1 or len(phrase) < 2 or phrase[0].text.lower() not in lex.definite:
        return None
    # the clause before "und", also across its comma ("…, und die Fraktion der Grünen forderte")
    e = k - 1 if before[k - 1].text == "," else k
    b = max((i + 1 for i, w in enumerate(before[:e]) if w.text in _CLAUSE_END), default=0)
    head = before[b:e]
    if len(head) < 2 or head[0].text.lower() in lex.subordinators or head[0].text in lex.relative_pronouns \
            or head[0].text.lower() in lex.as_frames or head[0].text.lower() in lex.question_words:
        return None
    j = 1
    while j < len(phrase) - 1 and lex.is_adjective(phrase[j].text):
        j += 1
    # the noun phrase and at most a genitive complement ("die Fraktion der Grünen")
    rest = phrase[j:]
    if not lex.nameable(rest[0].text) or not all(
            lex.nameable(w.text) or w.text.lower() in lex.articles or lex.is_adjective(w.text) for w in rest):
        return None
    verb = any(w.text[:1].islower() and w.text.isalpha() and w.text.lower() not in lex.articles
               and w.text.lower() not in lex.prepositions and w.text.lower() not in lex.function_words
               and w.text.lower() not in lex.pronouns
               and not (lex.is_adjective(w.text) and i + 1 < len(head) and head[i + 1].text[:1].isupper())
               for i, w in enumerate(head[1:], 1))
    if not verb:
        return None
    found = _leading_words(ctx, phrase, last)
    return found if found is not None and is_actor(ctx, found) else None


def _person_after_fronted_object(ctx: Context, fronted: Speaker | None, window: list[Word]) -> Speaker | None:
    """A person named right after the verb where the phrase before it names no one who speaks:
    the phrase is the fronted object ("Die Zahlen der Regierung bezweifelte Anna Berger"). Not
    after a role, group or crowd, which speak themselves and take a dative person ("Die
    Ministerin erklärte Anna Berger, …"), nor after a report ("Der Bericht nennt Anna Berger …")."""
    if fronted is None or fronted.entity is not None or not window or not fronted.name \
            or is_report(ctx, fronted):
        return None
    lex = ctx.lex
    words = fronted.name.split()
    if any(lex.is_role(w) or lex.is_group(w) or w.lower() in lex.crowds for w in words) \
            or _AGE.fullmatch(words[-1]) or not fronted.name[:1].isupper():
        return None
    if fronted.start is not None and fronted.end is not None and ctx.mentions_in(fronted.start, fronted.end):
        return None  # "Die Organisationen Transparency International … werfen X vor": named actors
    m = next(iter(ctx.mentions_in(window[0].start, window[-1].end)), None)
    if m is None or m.start != window[0].start or m.label != "PER" or ctx.genitive(m):
        return None
    return ctx.speaker_of(m)


def _subject_after_relative_phrase(ctx: Context, before: list[Word], last: Speaker | None) -> Speaker | None:
    """The noun phrase after a prepositional phrase with a relative pronoun that opens a clause
    after a comma ("…, in dessen Folge das Gericht", "…, bei der die Polizei"), where it can speak:
    the clause's subject. (Not a clause that opens the sentence: "In der ARD zeigt sich der
    Trainer zufrieden" has an article, no relative pronoun.)"""
    lex = ctx.lex
    if len(before) < 3 or before[0].text.lower() not in lex.prepositions \
            or before[1].text.lower() not in lex.relative_pronouns:
        return None
    k = 2
    if before[1].text.lower() in ("dessen", "deren"):
        # the relative genitive has its noun, after adjectives ("in dessen weiterer Folge")
        while k < len(before) and lex.is_adjective(before[k].text):
            k += 1
        if k >= len(before) or not lex.nameable(before[k].text) or lex.is_source_noun(before[k].text):
            return None  # ("nach dessen Angaben": the report is the source, which other rules read)
        k += 1
    rest = before[k:]
    m = next(iter(ctx.mentions_in(rest[0].start, rest[-1].end)), None) if rest else None
    if m is not None and m.start == rest[0].start and not ctx.genitive(m):
        return ctx.speaker_of(m)  # "bei dem Anna Berger erklärte": a name right after the phrase
    if not rest or rest[0].text.lower() not in lex.articles or rest[0].text.lower() in lex.oblique_articles \
            or not _opens_with_noun(ctx, rest):
        return None
    found = _leading_words(ctx, rest, last)
    return found if found is not None and is_actor(ctx, found) else None


def _person_after_oblique(ctx: Context, before: list[Word], window: list[Word]) -> Speaker | None:
    """The person right after the verb where the clause opens with a determiner that is never
    nominative ("den", "dem", "ihren", "seinem", not the genitive "des"): what stands before the
    verb is an object ("Ihren Widersacher Jonas Weber forderte Anna Berger auf", "Dem Sender sagte
    Anna Berger")."""
    lex = ctx.lex
    if not before or not window:
        return None
    low = before[0].text.lower()
    if low not in lex.oblique_articles or low in lex.genitive_articles:
        return None
    m = next(iter(ctx.mentions_in(window[0].start, window[-1].end)), None)
    if m is None or m.start != window[0].start or m.label != "PER" or ctx.genitive(m):
        return None
    return ctx.speaker_of(m)


def _passive_agent(ctx: Context, before: list[Word], after: list[Word], cue: Word) -> Speaker | None:
    """The agent of a passive reporting clause: "von X" with the auxiliary before it or right
    after the participle ("Die Forderungen wurden von Bundesverkehrsminister Manfred Stolpe als
    unrealistisch bezeichnet"; "des Krieges, der von der russischen Regierung als „…“ bezeichnet
    wird")."""
    lex = ctx.lex
    texts = [w.text for w in before]
    k = next((k for k, t in enumerate(texts) if t.lower() in ("von", "vom")), -1)
    aux_after = bool(after) and after[0].text in lex.passive_aux
    if k < 0:
        return None
    rest = before[k + 1:]
    if k == 0:
        # a fronted agent, the auxiliary after it ("Von der Opposition wurden die Umstände
        # kritisiert"); not a topic ("Von glatter Desinformation wird gesprochen")
        end = next((i for i, w in enumerate(rest) if w.text in lex.passive_aux or w.text in lex.auxiliaries), None)
        passive = aux_after or any(t in lex.passive_aux for t in texts)
        if end is None or not passive or cue.text in lex.topic_verbs:
            return None
        rest = rest[:end]
        if not all(lex.name_like(w.text) or w.text.lower() in lex.articles or lex.is_adjective(w.text) for w in rest):
            return None  # "Von Desinformation durch ATTAC wird …": no plain noun phrase before the verb
    elif not (aux_after or any(t in lex.passive_aux for t in texts[:k])):
        return None
    if len(rest) > 1 and rest[0].text in lex.agent_nouns and rest[1].text.lower() in lex.genitive_articles:
        rest = rest[1:]  # "Von Seiten der deutschen Delegation": the delegation
    ms = ctx.mentions_in(rest[0].start, rest[-1].end) if rest else []
    person = next((m for m in ms if m.label == "PER"), ms[0] if ms else None)
    if person is not None:
        return ctx.speaker_of(person)
    run: list[Word] = []
    for w in rest:
        if lex.name_like(w.text):
            run.append(w)
        elif run or not (w.text.lower() in lex.articles or lex.is_adjective(w.text)):
            break
    if not run:
        return None
    if len(run) == 1 and lex.is_role(run[0].text):
        return resolve_role(ctx, run[0])
    if len(run) == 1 and run[0].text in lex.agent_nouns and run[0] is not rest[0]:
        run = rest[:rest.index(run[0]) + 1]  # "Von deutscher Seite": the side with its adjective
    return Speaker(None, " ".join(w.text for w in run), run[0].start, run[-1].end)


def _document_before(ctx: Context, offset: int, last: Speaker | None) -> Speaker | None:
    """The report or document a pronominal adverb ("darin") points to: the last one named in
    this sentence or the one before ("… übergab eine Petition an den König. Darin wird der König
    aufgefordert, …")."""
    i = bisect_left(ctx.sentence_starts, offset + 1) - 1
    lo = ctx.sentence_starts[i - 1] if i > 0 else 0
    for w in reversed(ctx.words_in(lo, offset)):
        if ctx.lex.is_source_noun(w.text):
            return report_source(ctx, w, last)
    return None


def agentless_passive(ctx: Context, lo: int, cue: Word) -> bool:
    """Whether the reporting participle ``cue`` stands in a passive clause without agent ("wird
    … vorgeworfen", "bezeichnet wurde", "Zweifel … geäußert werden"); ``lo`` is where the clause
    opens."""
    if cue.text.endswith("en") and "ge" not in cue.text[:6]:
        return False  # "wird Trump erklären": an infinitive, a future
    ws = ctx.words_in(lo, cue.end + 40)
    clause: list[str] = []
    for k, w in enumerate(ws):
        if w.start > cue.start and (w.text.lower() in ctx.lex.complementizers or ctx.lex.clause_without_comma):
            # "leaders cautioned that the deal was fragile", "said the deal was": that passive is
            # reported (English puts the auxiliary before its participle anyway)
            break
        if w.text in _CLAUSE_END and not (w.text == "." and k and ws[k - 1].text.isdigit()):
            if w.start > cue.start:
                break
            clause = []  # a new clause; "am 18. März" is none
            continue
        clause.append(w.text)
    return bool(set(clause) & ctx.lex.passive_aux) and not {w.lower() for w in clause} & {"von", "vom"}


def _vorfeld_subjects(ctx: Context, before: list[Word], mentions: list[Mention]) -> list[Mention]:
    """The mentions before a cue that can be its subject. German has one subject: where a noun
    phrase stands before the finite auxiliary ("Das Büro von Benjamin Netanjahu hat der Hamas am
    Donnerstag vorgeworfen, …"), a phrase after the auxiliary with a dative article is the
    target, not the speaker."""
    lex = ctx.lex
    k = next((k for k, w in enumerate(before) if w.text in lex.auxiliaries), 0)
    if k == 0 or before[0].text.lower() in lex.oblique_articles or before[0].text.lower() in lex.prepositions \
            or not _opens_with_noun(ctx, before[:k]):
        return mentions
    aux = before[k].start
    head = [w.text for w in before[:k] if lex.nameable(w.text)][:1]
    # a group or role with its article before the auxiliary is the subject, and a name after the
    # auxiliary its object ("Ein Bezirksgericht in Virginia hat Twitter aufgefordert, …")
    group = before[0].text.lower() in lex.articles \
        and all(ctx.after_preposition(m) for m in ctx.mentions_in(before[0].start, aux)) \
        and bool(head) and (lex.is_group(head[0]) or lex.is_role(head[0]))

    def target(m: Mention) -> bool:
        w = ctx.word_before(m.start)
        return m.start > aux and (group or w is not None and w.text.lower() in lex.dative_articles)

    return [m for m in mentions if not target(m)]


def _antecedent(ctx: Context, lo: int, hi: int) -> Speaker | None:
    """The noun phrase that ends right before ``hi`` (the comma before a relative clause)."""
    ms = [m for m in ctx.mentions_in(lo, hi) if m.end >= hi - 1]
    if ms and not ctx.genitive(ms[-1]):
        return ctx.speaker_of(ms[-1])
    if ms:
        # a name in the genitive names whose the noun before it is: the relative clause is about
        # that noun ("Tausende Anhänger der Opposition, die … skandierten")
        article = ctx.word_before(ms[-1].start)
        hi = article.start if article is not None else hi
    run: list[Word] = []
    for w in reversed(ctx.words_in(lo, hi)):
        if not ctx.lex.nameable(w.text):
            break
        run.insert(0, w)
    while len(run) > 1 and run[-1].text in ctx.lex.support_nouns:
        run.pop()  # "nahmen auch Diplomaten Teil, die erklärten": the verb's noun, not the subject's
    if not run or len(run) > _MAX_SURFACE:
        return None
    if len(run) == 1 and ctx.lex.is_role(run[0].text):
        return resolve_role(ctx, run[0])
    return Speaker(None, " ".join(w.text for w in run), run[0].start, run[-1].end)


def _relative_source(ctx: Context, sent_lo: int, lo: int, before: list[Word],
                     last: Speaker | None) -> Speaker | None:
    """The document or body a relative clause that opens with a preposition is about, where that
    clause names no source of its own ("eine Erklärung der Behörde, in der es heißt, …", "ein
    Bericht, in dem davon berichtet wird, …"); else None."""
    if len(before) < 2 or before[1].text not in ctx.lex.relative_pronouns or lo <= sent_lo \
            or ctx.doc.body[lo - 1] != "," or ctx.mentions_in(before[0].start, before[-1].end):
        return None
    words = ctx.words_in(sent_lo, lo - 1)
    k = next((i for i in range(len(words) - 1, -1, -1) if words[i].text in _CLAUSE_END), -1)
    words = words[k + 1:][-_ANTECEDENT_WORDS:]
    noun = next((i for i, w in enumerate(words) if ctx.lex.is_source_noun(w.text)), None)
    if noun is not None:
        # the document with its owner ("eine Erklärung der türkischen Behörde für …")
        found = _source_phrase(ctx, words[noun:], last)
        if found is not None:
            return found
    return _antecedent(ctx, sent_lo, lo - 1)


def _person_at(ctx: Context, w: Word) -> bool:
    """Whether a person's mention starts at word ``w``."""
    i = bisect_left(ctx.mention_starts, w.start)
    return i < len(ctx.mentions) and ctx.mentions[i].start == w.start and ctx.mentions[i].label == "PER"


def _apposed_subject(ctx: Context, lo: int, hi: int) -> Speaker | None:
    """The subject of a stretch that is a noun phrase with its appositions or relative clauses
    ("Anja Hajduk, Haushaltspolitikerin der Grünen,"; "Der NDR, der in der ARD für den Vertrag
    verantwortlich ist,"), not a clause of its own ("Als die Polizei kam,")."""
    lex = ctx.lex
    words = ctx.words_in(lo, hi)
    if not words or not (lex.nameable(words[0].text) or words[0].text.lower() in lex.articles
                         or words[0].text in lex.pronouns):  # "Dieser Arzt, Antonio Noja,"
        return None
    relative = False
    for k, w in enumerate(words):
        low = w.text.lower()
        if w.text == ",":
            nxt = words[k + 1].text if k + 1 < len(words) else ""
            relative = nxt in lex.relative_pronouns
            continue
        if relative or not w.text[:1].islower() or low in lex.articles or low in lex.prepositions \
                or low in lex.function_words or lex.name_like(w.text):
            continue
        nxt = words[k + 1].text if k + 1 < len(words) else ""
        if not (w.text.endswith(lex.adjective_endings) and nxt[:1].isupper()):
            return None  # a verb or an adverb: a clause of its own
    # the name that opens the stretch; an untagged noun phrase before a relative clause may as
    # well be a fronted object ("Die Zahl der Menschen, die … getötet worden sein sollen,
    # bezifferte die Nachrichtenagentur mit 13")
    first_comma = next((w.start for w in words if w.text == ","), hi)
    head = [w for w in words if w.start < first_comma]
    if first_comma < hi and head and len(head) <= 3 and not ctx.mentions_in(lo, first_comma) \
            and all(w.text[:1].isupper() and lex.name_like(w.text) and not lex.is_role(w.text)
                    and not lex.is_group(w.text) and w.text.lower() not in lex.articles for w in head):
        # an untagged name before its apposition speaks, not a name inside the apposition (trial 7:
        # "Wang Wen, a professor at Renmin University, told The Associated Press that …")
        found = _name_run(ctx, head, bare=True)
        if found is not None:
            return found
    return _pick(ctx, ctx.mentions_in(lo, first_comma)) or _pick(ctx, ctx.mentions_in(lo, hi))


def _subject_head(ctx: Context, window: list[Word]) -> int:
    """Where the subject right after a cue can end: its noun phrase is the first after the verb
    ("sagte der russische Vize-Außenminister Sergei Rjabkow"); an article after a noun opens a
    genitive ("kritisierte die Pläne der Bundesregierung") and an oblique article, a preposition
    or another word an object or adverbial, none of which speaks."""
    lex = ctx.lex
    noun = False
    skip = -1
    # a name with particles is one noun ("sagte EU-Kommissionspräsidentin Ursula von der Leyen")
    names = [(m.start, m.end) for m in ctx.mentions_in(window[0].start, window[-1].end)] if window else []
    for k, w in enumerate(window):
        if k <= skip or any(a < w.start < b for a, b in names):
            continue
        low = w.text.lower()
        if noun and lex.is_group(window[k - 1].text) and not lex.is_role(window[k - 1].text) \
                and _person_at(ctx, w):
            # a group and then a name: "warf die Staatsanwaltschaft Ertel vor" has its object
            # after the subject (a role introduces its person: "der Politologe Alexej Naumow")
            return w.start
        if lex.nameable(w.text) or (w.text[:1].isdigit() and not lex.is_adjective(w.text)):
            # a Saxon genitive goes before the noun with its adjectives ("Russlands
            # stellvertretender Außenminister")
            noun = not w.text.endswith("s")
            continue
        if low in lex.skip_after_cue and not noun:
            continue
        if low in lex.articles:
            if noun or low in lex.oblique_articles:
                return w.start
            continue
        if lex.is_adjective(w.text) and not noun:
            continue  # an adjective before its noun ("der russische Vize-Außenminister")
        if not noun and _adverb_of_adjective(ctx, window, k):
            continue  # "plädierte das finanziell angeschlagene Venezuela"
        skip = attribute_end(ctx, window, k)
        if skip < 0:
            return w.start
    return window[-1].end if window else 0


def attribute_end(ctx: Context, words: list[Word], k: int) -> int:
    """Where a participial attribute that opens at word ``k`` ends: between an article and its
    noun, a preposition and its object before a participle ("die in New York City geborene
    Lopez"); the participle's index, or -1."""
    lex = ctx.lex
    if k == 0 or words[k].text.lower() not in lex.prepositions or words[k - 1].text.lower() not in lex.articles:
        return -1
    for j in range(k + 1, min(k + 7, len(words) - 1)):
        if words[j].text in _CLAUSE_END:
            return -1
        low = words[j].text.lower()
        if lex.is_adjective(words[j].text) and low not in lex.articles and low not in lex.function_words \
                and lex.nameable(words[j + 1].text):
            return j
    return -1


def _leading_words(ctx: Context, words: list[Word], last: Speaker | None) -> Speaker | None:
    """The subject that opens a clause ("Er sagte", "Die Umweltschutzorganisation hofft")."""
    lex = ctx.lex
    if words[0].text in lex.pronouns:
        return resolve_pronoun(ctx, words[0].start, last)
    runs = _noun_runs(ctx, words)
    if not runs:
        return None
    # only a phrase at the start of the clause, after small words and adjectives at most
    # ("Wie der niedersächsische Finanzminister Hartmut Möllring erklärte"): later capitalised
    # words are objects
    lead = [w for w in words if w.start < runs[0][0].start]
    if all(w.text.lower() in lex.function_words or w.text.lower() in lex.articles or lex.is_adjective(w.text)
           or _adverb_of_adjective(ctx, words, k) for k, w in enumerate(lead)):
        if len(runs[0]) == 1 and lex.is_source_noun(runs[0][0].text):
            return report_source(ctx, runs[0][0], last)  # "Der Bericht kritisiert …": the report speaks
        if runs[0][-1].text.endswith(("'s", "’s")):
            # an English genitive names whose noun phrase speaks ("Gaza's civil emergency
            # service said"): the whole phrase, not the place
            rest = words[words.index(runs[0][-1]) + 1:]
            if not rest or len(rest) > _MAX_SURFACE or not all(w.text.isalpha() for w in rest):
                return None
            return Speaker(None, ctx.doc.body[runs[0][0].start:rest[-1].end], runs[0][0].start, rest[-1].end,
                           person=False)
        rest = words[words.index(runs[0][-1]) + 1:]
        if not lex.nouns_capitalised and len(runs[0]) == 1 and rest and len(rest) < _MAX_SURFACE \
                and all(w.text.isalpha() and w.text.islower() and w.text not in lex.function_words for w in rest) \
                and english_state(runs[0][0].text) is not None:
            # English capitalises an adjective of origin: the noun phrase it opens speaks ("the
            # Ukrainian air force said"), not the adjective
            return Speaker(None, ctx.doc.body[runs[0][0].start:rest[-1].end], runs[0][0].start, rest[-1].end,
                           person=False)
        return _name_run(ctx, runs[0], bare=False)
    # after a fronted adverb the subject follows the auxiliary ("Gestern hat eine Sprecherin des
    # Gerichts mitgeteilt")
    k = next((k for k, w in enumerate(lead) if w.text in lex.auxiliaries), -1)
    if 0 < k < 3 and all(w.text.lower() in lex.articles or lex.is_adjective(w.text) for w in lead[k + 1:]):
        return _name_run(ctx, runs[0], bare=False)
    return None


def fronted_subject(ctx: Context, lo: int, hi: int) -> Speaker | None:
    """The subject right after the finite verb where an adverbial opens the clause ("Gestern hat
    die Polizei die Suche eingestellt", "Anfang November stellte die Polizei die Suche ein"): the
    noun phrase after the verb's definite article, one to three words after the clause opens."""
    lex = ctx.lex
    words = ctx.words_in(lo, hi)[:10]
    # a fronted prepositional phrase may be longer ("Nach Entdeckung der Flucht leitete die Polizei
    # die Fahndung ein")
    reach = 6 if words and words[0].text.lower() in lex.prepositions else 4
    for k, w in enumerate(words[:reach]):
        low = w.text.lower()
        if w.text == "." and k and words[k - 1].text.isdigit() and words[k - 1].end == w.start:
            continue  # an ordinal ("Am 15. Mai hat die Wahlkommission …")
        if w.text in _CLAUSE_END:
            return None
        rest = words[k + 1:]
        # (right after the verb, "das" opens the subject as well: "Langfristig strebt das neue
        # Unternehmen den Börsengang an"; the verb may be an auxiliary: "Am Montag hat die
        # Wahlkommission den Termin festgelegt")
        if k == 0 or not w.text[:1].islower() or low in lex.articles or low in lex.prepositions \
                or (low in lex.function_words and w.text not in lex.auxiliaries) \
                or not rest or rest[0].text.lower() not in lex.definite | {"das"}:
            continue
        # the finite verb ("hatte", "stellte", not an adjective: a definite article follows it):
        # the noun phrase after its article is the subject
        j = 1
        while j < len(rest) and lex.is_adjective(rest[j].text):
            j += 1
        run: list[Word] = []
        for x in rest[j:]:
            if not lex.nameable(x.text) or _in_timex(ctx, x):
                break
            run.append(x)
        return _name_run(ctx, run, bare=False) if run else None
    return None


def opening_subject(ctx: Context, lo: int, hi: int) -> Speaker | None:
    """The noun phrase that opens a stretch as its subject, tagged or not ("Die Feuerwehr hat
    nach eigenen Angaben …")."""
    words = ctx.words_in(lo, hi)
    return _leading_words(ctx, words, None) if words and _opens_with_noun(ctx, words) else None


def _opens_with_noun(ctx: Context, words: list[Word]) -> bool:
    """Whether words open with a noun, after an article and adjectives ("Der 81-jährige Besitzer")."""
    k = 1 if len(words) > 1 and words[0].text.lower() in ctx.lex.articles else 0
    while k and k + 1 < len(words) and (ctx.lex.is_adjective(words[k].text) or _adverb_of_adjective(ctx, words, k)):
        k += 1
    return ctx.lex.nameable(words[k].text) and not _in_timex(ctx, words[k])


def _noun_runs(ctx: Context, words: list[Word]) -> list[list[Word]]:
    """Runs of capitalised words that can be a subject: not after a preposition, not a date."""
    lex = ctx.lex
    runs: list[list[Word]] = []
    run: list[Word] = []
    blocked = False
    for w in [*words, Word(-1, -1, ".")]:
        low = w.text.lower()
        if lex.name_like(w.text) and not _in_timex(ctx, w):
            run.append(w)
            continue
        if run and not blocked:
            runs.append(run)
        run = []
        blocked = low in lex.prepositions or (blocked and (low in lex.articles or low.endswith(lex.adjective_endings)))
    return runs


def _in_timex(ctx: Context, w: Word) -> bool:
    return any(t.start <= w.start < t.end for t in ctx.doc.timexes)


def document_in(ctx: Context, lo: int, hi: int) -> Speaker | None:
    """The report or document a clause names as where something stands, after "in"/"im" ("Im
    Bericht werden zahlreiche Fälle aufgeführt", "Die Konflikte werden im Bericht auf … zurückgeführt"):
    the source of what the next sentence reports without a cue."""
    ws = ctx.words_in(lo, hi)
    for k, w in enumerate(ws):
        if w.text.lower() not in ("in", "im"):
            continue
        # the preposition, its article and adjectives, and the report noun
        j = k + 1
        while j < len(ws) and j - k <= 3 and not ws[j].text[:1].isupper():
            j += 1
        if j < len(ws) and j - k <= 3 and ctx.lex.is_source_noun(ws[j].text):
            found = _impersonal_source(ctx, ws[k:], None)
            if found is not None and (found.entity is not None or is_report(ctx, found)):
                return found
    return None


def _impersonal_source(ctx: Context, window: list[Word], last: Speaker | None) -> Speaker | None:
    """"heißt es in einer Erklärung der Regierung": the source after the preposition, else nobody.

    A tagged name in it is the source; else its noun phrase, with the adverbs and adjectives before
    its noun and its genitive complements ("in einer gestern verbreiteten Erklärung", "In der
    Ankündigung des ständigen Sekretärs", "Auf der documenta-Homepage"); a report alone is named
    by :func:`report_source`."""
    lex = ctx.lex
    k = next((i for i, w in enumerate(window) if w.text.lower() in lex.source_prepositions), -1)
    if k < 0:
        return None
    rest = window[k + 1:]
    # a preposition of the addressee ends the source: "hieß es im Innenministerium zur APA",
    # "heißt es in einem Schreiben an die Behörde" (round 17)
    end = next((i for i, w in enumerate(rest) if i > 0 and w.text.lower() in lex.addressee_prepositions), len(rest))
    return _source_phrase(ctx, rest[:end], last)


def _source_phrase(ctx: Context, rest: list[Word], last: Speaker | None) -> Speaker | None:
    """The source that the words ``rest`` open with (see :func:`_impersonal_source`)."""
    lex = ctx.lex
    # (not a name that only modifies a compound: "Aus EU-Kreisen verlautete" names the circles)
    ms = [m for m in ctx.mentions_in(rest[0].start, rest[-1].end) if not ctx.modifier(m)] if rest else []
    if ms:
        return ctx.speaker_of(ms[-1])
    run: list[Word] = []
    for k, w in enumerate(rest):
        low = w.text.lower()
        nxt = rest[k + 1].text if k + 1 < len(rest) else ""
        if w.text in lex.auxiliaries or w.text in lex.passive_aux or w.text in lex.verbs:
            break  # the clause's verb ("Nach einem Bericht von ndr.de werden …")
        if lex.name_like(w.text) or lex.is_source_noun(w.text):
            run.append(w)
        elif low in lex.articles or low in ("von", "vom"):
            if run:
                run.append(w)  # a complement opens ("der Ankündigung des Sekretärs")
        elif w.text[:1].islower() and not run:
            continue  # an adverb or adjective before the noun ("in einer gestern verbreiteten Erklärung")
        elif run and lex.is_adjective(w.text) and nxt[:1].isupper() and run[-1].text.lower() in lex.articles:
            run.append(w)  # an adjective in a complement ("des ständigen Sekretärs")
        else:
            break
    while run and not (lex.name_like(run[-1].text) or lex.is_source_noun(run[-1].text)):
        run = run[:-1]
    if not run:
        return None
    if len(run) == 1 and lex.is_source_noun(run[0].text):
        return report_source(ctx, run[0], last)
    if len(run) == 3 and lex.is_source_noun(run[0].text):
        found = renamed_group(ctx, run[2])  # "in einer Erklärung des Ministeriums": the ministry named before
        if found is not None:
            return found
    run = run[:_MAX_SURFACE]
    return Speaker(None, " ".join(w.text for w in run), run[0].start, run[-1].end, person=False)


def came_from(ctx: Context, lo: int, hi: int, last: Speaker | None) -> Speaker | None:
    """The source that what was said comes from, in a clause ``[lo, hi)`` with a verb of coming
    and a noun of speech: "Kritik kam von der Opposition: „…“", "Scharfe Kritik kam auch von den
    Grünen", "Von der Polizei kam die Information, …", "Auch vom Ministerium kamen Hinweise, …".
    The noun opens the clause and "von" follows the verb, or "von" opens it and the noun follows
    the verb; "Die Nachricht vom Tod des Ministers kam überraschend" names no source."""
    lex = ctx.lex
    ws = ctx.words_in(lo, hi)
    v = next((k for k, w in enumerate(ws) if w.text in lex.coming_verbs), -1)
    if v < 1 or any(w.text in _CLAUSE_END for w in ws):
        return None

    def speech(w: Word) -> bool:
        return w.text in lex.coming_nouns or lex.is_report_noun(w.text)

    first = 1 if ws[0].text.lower() in lex.function_words and ws[0].text.lower() not in ("von", "vom") else 0
    if ws[first].text.lower() in ("von", "vom") and any(speech(w) for w in ws[v + 1:v + 4]):
        rest = ws[first + 1:v]  # "Von der Polizei kam die Information"
    elif v - first <= 2 and speech(ws[v - 1]) \
            and all(lex.is_adjective(w.text.lower()) for w in ws[first:v - 1]):  # ("Scharfe Kritik kam")
        k = next((k for k in range(v + 1, min(v + 4, len(ws))) if ws[k].text.lower() in ("von", "vom")), -1)
        if k < 0 or not all(w.text.lower() in lex.function_words for w in ws[v + 1:k]):
            return None
        rest = ws[k + 1:]  # "Kritik kam (auch) von der Opposition"
    else:
        return None
    found = _source_phrase(ctx, rest, last) if rest else None
    if found is None or not (found.entity is not None or is_actor(ctx, found) or is_report(ctx, found)):
        return None
    return found


def _nearest(ctx: Context, mentions: list[Mention]) -> Speaker | None:
    """The person nearest before the cue, else the nearest mention ("X, Sprecher der Y, sagte")."""
    subjects = [m for m in mentions if not ctx.after_preposition(m) and not ctx.modifier(m)]
    person = [m for m in subjects if m.label == "PER"]
    pick = person[-1] if person else (subjects[-1] if subjects else None)
    return ctx.speaker_of(pick) if pick is not None else None


def _reasons_of(ctx: Context, sent_lo: int) -> Speaker | None:
    """The subject of the sentence before ``sent_lo``, where it can speak: at its start ("Die
    Union sowie die FDP sprechen sich … aus") or after a fronted word and the verb ("So hat die
    Stadt ihre Gebühren erhöht")."""
    i = bisect_left(ctx.sentence_starts, sent_lo)
    if i == 0:
        return None
    lo = ctx.sentence_starts[i - 1]
    found = opening_subject(ctx, lo, sent_lo) or fronted_subject(ctx, lo, sent_lo)
    if found is None:
        words = ctx.words_in(lo, sent_lo)
        found = _leading_words(ctx, words, None) if words else None
    return found if found is not None and is_actor(ctx, found) else None


def _report_after(ctx: Context, window: list[Word], last: Speaker | None) -> Speaker | None:
    """The report a cue names as its subject right after it ("…, so die Studie.", "führt der
    Bericht aus", "spricht der Gesetzentwurf von …"): the report itself, or the person a
    possessive before it stands for ("so seine Einschätzung"); None when a genitive names its
    owner ("so das Fazit der Betreiber"), which the subject after the cue gives."""
    lex = ctx.lex
    for k, w in enumerate(window[:4]):
        low = w.text.lower()
        if low in lex.articles and low not in lex.oblique_articles or low in lex.possessives \
                or lex.is_adjective(w.text):
            continue
        if not lex.is_source_noun(w.text):
            return None
        nxt = window[k + 1].text.lower() if k + 1 < len(window) else ""
        return None if nxt in lex.genitive_articles else report_source(ctx, w, last)
    return None


def is_report(ctx: Context, spk: Speaker) -> bool:
    """Whether a speaker is a report or document that a statement comes from, with no named
    owner ("ersten Angaben", "Polizeiangaben", "Studie", "Pressemitteilung"): no actor, but the
    source a reader wants to see (:func:`report_source` names it)."""
    if spk.entity is not None or not spk.name or spk.start is None:
        return False
    # the report may name an owner the tagger missed ("Erklärung des Betriebsrates")
    return any(ctx.lex.is_source_noun(w) for w in spk.name.split())


def report_source(ctx: Context, noun: Word, last: Speaker | None) -> Speaker:
    """The source of a statement that a report noun names when no owner follows it ("nach
    Angaben der Polizei" has one): the person a possessive before it stands for ("nach seiner
    Meinung", "Ihren Aussagen zufolge"), else the report itself with its adjectives as the text has
    them, without preposition, article or demonstrative ("nach ersten Angaben" -> "ersten Angaben",
    "Offiziellen chinesischen Angaben zufolge", "laut einer Studie" -> "Studie", "nach
    Polizeiangaben" -> "Polizeiangaben"). The words stay inflected: they are the surface form, as
    for every unlinked speaker."""
    lex = ctx.lex
    j = bisect_left(ctx.word_starts, noun.start)
    if last is not None and last.entity is not None and noun.text in lex.statement_nouns and j > 0 \
            and ctx.words[j - 1].text.lower() in lex.anaphoric_articles:
        # the statement just reported, taken up by a definite article (trial 7: "…, teilte sein Büro
        # mit. „Israel wird …“, hieß es in der Erklärung."): its source is the last speaker
        return last
    while j > 0:
        prev = ctx.words[j - 1]
        low = prev.text.lower()
        if low in lex.possessives:
            owner = resolve_pronoun(ctx, prev.start, last)
            if owner is not None:
                return owner
            break
        k = bisect_left(ctx.sentence_starts, prev.start)
        at_start = k < len(ctx.sentence_starts) and ctx.sentence_starts[k] == prev.start
        # an adjective before the noun, capitalised only at the start of a sentence ("Ersten Angaben")
        if low in lex.articles or low in lex.function_words or low in lex.prepositions \
                or not (lex.is_adjective(prev.text) or (at_start and lex.is_adjective(low))):
            break
        j -= 1
    start = ctx.words[j].start
    return Speaker(None, " ".join(ctx.doc.body[start:noun.end].split()), start, noun.end, person=False)


def is_actor(ctx: Context, spk: Speaker) -> bool:
    """Whether a speaker can speak: an entity or a tagged mention, a role or group noun
    ("der Sprecher der Polizei", "die Behörden"), a quoted outlet, or a noun phrase or name
    that names someone ("Der Soldat", "Die Entführer", "Bergmann").

    The rules that find a subject look at positions, not meanings, and without this check keep
    whatever stands there: "Verhandlungen", "Mehreren Berichten vom Dezember" (a report, not
    its author), "Dollar" were all speakers of indirect quotes on real articles.
    """
    lex = ctx.lex
    if spk.entity is not None:
        return (spk.name or "").lower() not in lex.not_actors  # "1,783 Milliarden Euro": a currency says nothing
    if spk.start is None or spk.end is None or not spk.name:
        return False
    i = bisect_left(ctx.mention_starts, spk.start)
    if i < len(ctx.mentions) and ctx.mentions[i].start == spk.start:
        return spk.name.lower() not in lex.not_actors
    if ctx.quote_at(spk.start) is not None:
        return True  # "schreibt die „Computerwoche“": an outlet named in quotation marks
    words = spk.name.split()
    if len(words) == 1 and _AGE.fullmatch(words[0]):
        return True  # "sagte der 81-Jährige": a person of that age
    if len(words) == 1 and words[0] in lex.agent_nouns:
        # a side speaks only with its owner or adjective ("von deutscher Seite"), or as both of
        # them ("Beide Seiten forderten …"), not on its own
        before = ctx.word_before(spk.start)
        return before is not None and before.text.lower() in lex.plural
    if any(lex.is_role(w) or lex.is_group(w) for w in words) or (len(words) == 1 and words[0].lower() in lex.crowds):
        return True
    names = [w for w in words if lex.name_like(w)]
    if not names or any(w.lower() in lex.not_actors or lex.is_report_noun(w) for w in names):
        return False
    before = ctx.word_before(spk.start)
    if before is not None and before.text[:1].isdigit() and not lex.is_adjective(before.text):
        return False  # "5 Milliarden Dollar": a quantity
    if len(words) > 1 or before is not None and before.text.lower() in lex.articles:
        return not names[-1].lower().endswith(lex.abstract_suffixes)  # "Die Verhandlungen": a thing
    # one bare word: a surname the tagger missed ("Leung", "Bergmann"), unless the article uses
    # it as a common noun elsewhere ("die Proteste") or it is an abstract noun after an adjective
    # ("eine gegenläufige Argumentation, die davon ausgeht")
    if before is not None and lex.is_adjective(before.text) and before.text[:1].islower() \
            and any(words[0].lower().endswith(x) and len(words[0]) - len(x) >= 3
                    for x in (*lex.abstract_suffixes, "ation", "ationen")):  # (not "Jungen")
        return False
    return not ctx.after_article(words[0]) or _surname(ctx, words[0])


def _adverbial_end(ctx: Context, window: list[Word]) -> int:
    """Where a short prepositional adverbial right after a verb ends ("am Montag", "am späten
    Abend", "in Berlin"), if a noun phrase or a name follows it; else 0."""
    lex = ctx.lex
    if len(window) < 3 or window[0].text.lower() not in lex.prepositions:
        return 0
    k = 1
    while k < len(window) - 1 and (window[k].text.lower() in lex.articles or lex.is_adjective(window[k].text)):
        k += 1
    if not (window[k].text[:1].isupper() or window[k].text[:1].isdigit()) or k + 1 >= len(window):
        return 0
    # (only before someone who can speak, a name or a role or group with its article: "…, kündigte
    # am Donnerstag die Bereitschaft an" has its object there, its subject before the comma)
    nxt = window[k + 1]
    if any(m.start == nxt.start for m in ctx.mentions_in(nxt.start, nxt.end + 60)):
        return k + 1
    if nxt.text.lower() not in lex.articles or nxt.text.lower() in lex.oblique_articles:
        return 0
    j = k + 2
    while j < len(window) and lex.is_adjective(window[j].text):
        j += 1
    return k + 1 if j < len(window) and (lex.is_role(window[j].text) or lex.is_group(window[j].text)) else 0


def subject(ctx: Context, sent_lo: int, sent_hi: int, cue: Word, last: Speaker | None) -> Speaker | None:
    """The speaker of the reporting cue ``cue`` in the sentence ``[sent_lo, sent_hi)``."""
    lo = clause_start(ctx, sent_lo, cue.start)
    outer = ctx.said
    if lo > sent_lo and not ctx.words_in(lo, cue.start) and ctx.doc.body[lo - 1] == ",":
        # an inverted frame after its reported clause ("…, sagte er", "…, sagte der
        # CDU-Politiker"): a pronoun or an epithet after the verb stands for someone named
        # before that clause, never for a name inside what was said
        ctx.said = (colon_frame_end(ctx, sent_lo, lo) or sent_lo, lo)
    try:
        before = ctx.words_in(lo, cue.start)
        owner = _office_owner(ctx, before, _after_window(ctx, cue.end, sent_hi), last)
        if owner is not None:
            return owner
        if [w.text for w in before] in [[p] for p in ctx.lex.neuter_pronouns] and last is not None \
                and last.start is not None:
            # English "it" right after someone named in this sentence or the two before spoke: the
            # body that spoke (trial 7: "…, his office said. “Israel will …,” it said in a statement.")
            k = bisect_left(ctx.sentence_starts, sent_lo)
            if ctx.sentence_starts[max(0, k - 2)] <= last.start < cue.start:
                return last
        return renamed(ctx, _subject(ctx, sent_lo, sent_hi, lo, cue, last), last)
    finally:
        ctx.said = outer


def colon_frame_end(ctx: Context, sent_lo: int, hi: int) -> int | None:
    """The end of a frame clause closed by a colon before ``hi``, outside quotation marks, if
    any (trial 7: "Der designierte Präsident X reklamierte den Erfolg für sich: Die Vereinbarung sei
    …, schrieb er": what was said starts after the colon, and "er" is the frame's subject X)."""
    colon = ctx.doc.body.rfind(":", sent_lo, hi)
    if colon < 0 or ctx.quote_at(colon) is not None or any(
            q.open <= colon < q.close for q in ctx.quoted):
        return None
    frame = ctx.words_in(sent_lo, colon)
    # a clause: a lower-case word beyond small words ("Trump: Die Vereinbarung …" is a label)
    if not any(w.text[:1].islower() and w.text.isalpha() and w.text not in ctx.lex.articles
               and w.text not in ctx.lex.prepositions for w in frame):
        return None
    return colon + 1


def renamed_group(ctx: Context, word: Word, *, compound: bool = True) -> Speaker | None:
    """A bare group noun with a definite article in the genitive ("in einer Erklärung des
    Ministeriums", "nach Berechnungen des Ministeriums") re-names the nearest organisation before
    it whose name ends in that noun: a tagged one ("das Bundesministerium für Wirtschaft") or a
    compound ("Außerdem setzte das Handelsministerium … Erklärung des Ministeriums": trial 7), as
    the text names it (a compound only with ``compound``: a frame's owner stays the words the text
    says, as the corpus names it: "Nach Schätzungen des Verbandes" after "Der Bundesverband der
    Hersteller …" is "Verbandes"). None without one: the noun stays as it is."""
    lex = ctx.lex
    if not lex.nouns_capitalised or not lex.is_group(word.text):
        return None
    i = bisect_left(ctx.word_starts, word.start)
    if i == 0 or ctx.lower_words()[i - 1] not in lex.genitive_only:
        return None
    low = word.text.lower()
    stem = low
    for suffix in ("es", "s"):  # the genitive ending off: "Ministeriums" -> "ministerium"
        if low.endswith(suffix) and lex.is_group(word.text[:-len(suffix)]):
            stem = low[:-len(suffix)]
            break
    for m in reversed(ctx.mentions_in(0, word.start)):
        last = ctx.doc.body[m.start:m.end].split()
        if m.label == "ORG" and any(w.lower().startswith(stem) or w.lower().endswith(stem) for w in last):
            return Speaker(ctx.speaker_of(m).entity, ctx.speaker_of(m).name, word.start, word.end, person=False)
    for w in reversed(ctx.words[:i - 1] if compound else []):
        wl = w.text.lower()
        at = wl.rfind(stem)
        if at > 0 and len(wl) - at - len(stem) <= 2 and w.text[:1].isupper() \
                and not ctx.word_quoted[bisect_left(ctx.word_starts, w.start)]:
            # the compound in the nominative: "Handelsministeriums" -> "Handelsministerium"
            return Speaker(None, w.text[:at + len(stem)], word.start, word.end, person=False)
    return None


def _office_owner(ctx: Context, before: list[Word], window: list[Word], last: Speaker | None) -> Speaker | None:
    """A person's own office as the subject, with a possessive ("teilte sein Büro mit", "“…,” his
    office said"): the person the possessive stands for speaks (trial 7: "Die Hamas habe … Zugeständnisse
    zurückgenommen, teilte sein Büro mit" after Netanjahu was named is his, not the Hamas')."""
    lex = ctx.lex
    if not lex.personal_offices:
        return None
    for pair in (before[-2:] if len(before) == 2 else [], window[:2]):
        if len(pair) == 2 and pair[0].text.lower() in lex.possessives \
                and pair[1].text.lower().endswith(lex.personal_offices):
            person = resolve_pronoun(ctx, pair[0].start, last)
            if person is not None and person.person and person.entity is not None:
                return person
    return None


def renamed(ctx: Context, spk: Speaker | None, last: Speaker | None = None) -> Speaker | None:
    """A definite description that re-names someone the article named before, linked to them
    and kept as the words the text says it with (round 16): "Die Internationale Organisation
    für Migration (IOM) erklärte … Die Organisation warnte, …" is the IOM, "…, sagte die
    Angeklagte" the woman named before, "…, vermutet die Integrationssprecherin der SPÖ" Gabi
    Sprickler-Falschlunger of the sentence before. A kind of organisation (``kind_nouns``, with
    its article: "der Konzern", "das Unternehmen") stands for the organisation in subject position
    of this sentence or the two before (the one the article names most: "Die Vienna Insurance
    Group (VIG) musste … Das Ergebnis vor Steuern (EGT) sank … teilte der Konzern mit" is the
    VIG); a role or epithet for the person of its gender in subject position there, else the last
    speaker ("…, so der Arbeitsrechtler" after quotations of Roland Gerlach), else the one person
    of that gender the article named before ("sagte die Angeklagte" in an article on Beate
    Zschäpe and two men). A role word that an indefinite article introduced earlier ("Ein
    Sprecher sagte …") is someone unnamed."""
    if spk is None or spk.entity is not None or spk.start is None or spk.end is None or not spk.name \
            or not ctx.lex.nouns_capitalised:
        return spk
    lex, lower = ctx.lex, ctx.lower_words()
    i = bisect_left(ctx.word_starts, spk.start)
    if i < len(lower) and lower[i] in lex.articles:
        i += 1
    while i < len(lower) and ctx.words[i].start < spk.end and lex.is_adjective(ctx.words[i].text):
        i += 1
    if i >= len(lower) or i == 0 or ctx.words[i].start >= spk.end or not ctx.words[i].text[:1].isupper():
        return spk
    j = i - 1
    while j > 0 and lex.is_adjective(ctx.words[j].text) and lower[j] not in lex.articles:
        j -= 1
    article, low = lower[j], lower[i]
    nxt = lower[i + 1] if i + 1 < len(lower) else ""
    if nxt in ("der", "dem") and i + 2 < len(lower) and ctx.words[i + 2].end >= spk.end \
            and lower[i + 2].endswith(lex.addressee_nouns):
        # a medium in the dative after the description is whom it was said to, not a
        # complement ("…, sagte der Lufthansa-Manager der Zeitung"; round 17)
        nxt = ""
    elif ctx.words[i].end < spk.end or nxt in lex.genitive_articles or nxt in ("von", "vom"):
        # a name or complement after the noun introduces someone new ("der Fernsehsender
        # al-Dschasira", "Der Bundesverband der Hersteller von Nährmitteln", "der Sportchef von
        # Bayer 04 Leverkusen")
        return spk
    found: Speaker | None = None
    kind = next((k for k in lex.kind_nouns if k.split()[0] == article and low.endswith(k.split()[1])), None)
    if kind is not None:
        found = _subject_before(ctx, ctx.words[i].start, ("ORG",), None, most_named=True,
                                kind=kind.split()[1])
    elif epithet_word(lex, low):
        # (an epithet, not any role: "der Bundeswahlleiter", "Der Richter" are mostly someone
        # not named before, and the person in subject position is then another)
        if article == "der" and not low.endswith("in"):
            gender = "m"
        elif article == "die" and (low.endswith("in") or low.endswith("e")):
            gender = "f"  # "die Sprecherin", "die Angeklagte"; "die Experten" are several
        else:
            return spk
        if any(lower[k] == low and k > 0 and lower[k - 1] in lex.indefinite for k in range(i)):
            return spk  # "Ein Sprecher der Polizei sagte … Der Sprecher fügte hinzu": nobody named
        found = _subject_before(ctx, ctx.words[i].start, ("PER",), gender)
        if found is None and last is not None and last.entity is not None and last.person \
                and _gender(ctx, last) in (None, gender):
            found = last
        if found is None:
            found = _only_person(ctx, ctx.words[i].start, gender)
    if found is None or found.entity is None:
        return spk
    # (at the description's place: the quotes stage adds it to the entity's aliases)
    return Speaker(found.entity, found.name, spk.start, spk.end, person=found.person)


def epithet_word(lex: Lexicon, low: str) -> bool:
    """Whether a lower-case word is one of the lexicon's epithets ("=angeklagte": the word
    itself, inflected; "politiker": also the end of a compound)."""
    return any(low in (e[1:], e[1:] + "s", e[1:] + "n") if e.startswith("=")
               else low.endswith(e) or low[:-1].endswith(e) for e in lex.epithets)


def kind_word(lex: Lexicon, low: str) -> bool:
    """Whether a lower-case word is a kind of organisation (``kind_nouns``: "konzern",
    "hilfsorganisation")."""
    return low.endswith(tuple(k.split()[1] for k in lex.kind_nouns))


def _subject_before(ctx: Context, offset: int, labels: tuple[str, ...], gender: str | None, *,
                    most_named: bool = False, kind: str | None = None) -> Speaker | None:
    """The first entity of one of ``labels`` in subject position (no preposition before it, no
    genitive, not inside the clause being reported) in the sentence of ``offset`` (before it) or
    the two before; a person of the gender asked for or of none known. ``most_named``: of those
    in subject position there, the one with the most mentions in the article. ``kind``: no
    organisation whose name ends in a group noun of another kind ("die Organisation" is not the
    "Nationale Kommission")."""
    k = bisect_left(ctx.sentence_starts, offset + 1) - 1
    found: list[Speaker] = []
    for j in range(k, max(-1, k - 3), -1):
        s = ctx.doc.sentences[j]
        for m in ctx.mentions_in(s.start, min(s.end, offset)):
            if m.label in labels and m.entity is not None and not ctx.after_preposition(m) \
                    and not ctx.genitive(m) and not ctx.spoken(m) and not ctx.modifier(m):
                spk = ctx.speaker_of(m)
                head = (spk.name or "").split()[-1:] or [""]
                if kind is not None and (ctx.lex.is_group(head[0]) or kind_word(ctx.lex, head[0].lower())) \
                        and not head[0].lower().endswith(kind):
                    continue
                if gender is None or _gender(ctx, spk) in (None, gender):
                    if not most_named:
                        return spk
                    found.append(spk)
    if not found:
        return None
    counts = Counter(m.entity for m in ctx.mentions)
    return max(found, key=lambda f: counts[f.entity])  # (the first of equals: the nearest)


def _only_person(ctx: Context, offset: int, gender: str) -> Speaker | None:
    """The one person of ``gender`` (known from the name or role) the article named before
    ``offset``; None where there are several or none."""
    people: dict[str, Speaker] = {}
    for m in ctx.mentions_in(0, offset):
        if m.label == "PER" and m.entity is not None and m.entity not in people:
            people[m.entity] = ctx.speaker_of(m)
    fits = [p for p in people.values() if _gender(ctx, p) == gender]
    return fits[0] if len(fits) == 1 else None


def _subject(ctx: Context, sent_lo: int, sent_hi: int, lo: int, cue: Word, last: Speaker | None) -> Speaker | None:
    window = _after_window(ctx, cue.end, sent_hi)
    before = ctx.words_in(lo, cue.start)
    if not before and lo > sent_lo:
        # an inverted frame has its subject after the verb, also after a short adverbial ("…,
        # sagte am Montag der Minister", "…, sagte am Abend Anna Berger"), not the clause before
        window = window[_adverbial_end(ctx, window):]
    if cue.text.lower() in ctx.lex.so and window:
        found = _report_after(ctx, window, last)
        if found is not None:
            return found  # "…, so die Studie.": the report speaks, not a noun of the sentence before
    if len(before) >= 2 and f"{before[0].text} {before[1].text}".lower() in ctx.lex.reason_frames \
            and (cue.text in ctx.lex.impersonal_cues or agentless_passive(ctx, lo, cue)):
        found = _reasons_of(ctx, sent_lo)
        if found is not None:
            # "Die Stadt hat die Gebühren erhöht. Als Begründung wurde angegeben, …": who acted
            # in the sentence before gives the reasons
            return found
    if before and before[0].text.lower() in ctx.lex.source_adverbs and (
            cue.text in ctx.lex.impersonal_cues or agentless_passive(ctx, lo, cue)):
        # "Darin heißt es", "Darin wird der König aufgefordert, …": the document named before
        found = _document_before(ctx, before[0].start, last)
        if found is not None:
            return found
    if cue.text in ctx.lex.source_cues and before and before[0].text.lower() in ctx.lex.as_frames:
        before = before[1:]  # "Wie aus Regierungskreisen verlautete, …"
    if cue.text in ctx.lex.source_cues and [w.text.lower() for w in before] in ([], ["es"]) and window \
            and window[0].text.lower() in ctx.lex.source_prepositions:
        found = _impersonal_source(ctx, window, last)  # "Es verlautete aus dem Ministerium, …"
        if found is not None:
            return found
    if cue.text in ctx.lex.source_cues and before and before[0].text.lower() in ctx.lex.source_prepositions \
            and (cue.text not in ctx.lex.inscription_cues
                 or any(w.text in ctx.lex.inscription_aux for w in [*before, *window[:1]])):
        # "Aus EU-Kreisen verlautete, …": the source opens the clause after its preposition; so
        # does what bears words written on it ("Auf einem Plakat stand „…“ geschrieben")
        if len(before) == 2 and before[1].text in ctx.lex.relative_pronouns and lo > sent_lo:
            # "ein Zettel, auf dem geschrieben stand: „…“": what the relative pronoun stands for
            found = _antecedent(ctx, sent_lo, lo - 1)
        else:
            found = _impersonal_source(ctx, before, last)
        if found is not None:
            return found
    if cue.text in ctx.lex.impersonal_cues:
        if len(before) > 2 and before[0].text.lower() in ctx.lex.as_frames and before[1].text.lower() == "es":
            before = before[2:]  # "Wie es in der Mitteilung heißt, …"
        if before and before[0].text.lower() in ctx.lex.source_prepositions:
            found = _relative_source(ctx, sent_lo, lo, before, last)
            if found is not None:
                # "eine Erklärung der Behörde, in der es heißt, …": the relative pronoun stands
                # for the document before the comma
                return found
            # "Aus Paris hieß es, …": the source opens the clause
            return _impersonal_source(ctx, before, last)
        found = _impersonal_source(ctx, window, last)
        opening = ctx.words_in(sent_lo, lo)
        if found is None and lo > sent_lo and opening and opening[0].text.lower() in ctx.lex.source_prepositions:
            # "In dieser Resolution, die vom Sicherheitsrat angenommen wurde, heißt es": the source
            # opens the sentence, before a relative clause
            k = next((i for i, w in enumerate(opening) if w.text == ","), len(opening))
            found = _impersonal_source(ctx, opening[:k], last)
        if found is None and not before and [w.text for w in window] == ["es"] and lo > sent_lo:
            # a closing "…, hieß es." that names no source goes on for the source that spoke last
            # ("Es gebe noch Hohlräume, zu denen die Helfer nicht vordringen konnten, hieß es.")
            found = last
        return found
    if cue.text in ctx.lex.quoting_verbs and window:
        # "Ein Fernsehsender zitierte Papandreou mit den Worten: …": the person quoted speaks
        quoted = [m for m in ctx.mentions_in(cue.end, window[-1].end) if m.label == "PER"]
        if quoted:
            return ctx.speaker_of(quoted[0])
        # an untagged role or group as the object ("zitiert einen Sprecher mit den Worten", "zitiert
        # die Zeitung den Innenminister"): that one speaks
        for k, w in enumerate(window[:-1]):
            if w.text.lower() not in ctx.lex.quoted_articles:
                continue
            j = k + 1
            while j < len(window) - 1 and ctx.lex.is_adjective(window[j].text):
                j += 1
            obj = window[j]
            if ctx.lex.is_role(obj.text):
                return resolve_role(ctx, obj)
            if ctx.lex.is_group(obj.text):
                return Speaker(None, obj.text, obj.start, obj.end, person=False)
    # German puts one phrase before the finite verb: when that phrase is the subject, a pronoun
    # after the verb is an object ("Der Geschäftsführer nannte sie „fahrlässig“"); when it is an
    # adverbial or the quotation, the pronoun is the subject ("Am Montag sagte er", "…“, sagte er")
    if before and before[0].text.lower() in ctx.lex.inanimate_subjects:
        # "…, was die wachsende Fähigkeit der Ukraine unterstreicht": a thing is the subject;
        # only a speaker after the cue can still be one ("was er bestritt")
        if window and window[0].text in ctx.lex.pronouns and window[0].text.islower():
            return resolve_pronoun(ctx, window[0].start, last)
        return None
    aged = _age_epithet(ctx, before) if len(before) == 2 else None
    if aged is None and window and not (len(window) > 2 and ctx.lex.nameable(window[2].text)):
        aged = _age_epithet(ctx, window[:2])
    if aged is not None:
        return aged  # "sagte die 45-Jährige": the woman of 45 named before
    crowd = _crowd(ctx, before) or _crowd(ctx, window)
    if crowd is not None:
        return crowd  # "Viele skandierten …", "Vor dem Parlament skandierten Tausende …"
    plural = ctx.lex.plural_pronouns
    pron = window[0] if window and window[0].text.lower() in plural else before[-1] \
        if before and before[-1].text.lower() in plural and len(before) <= 2 else None
    if pron is not None and cue.text.split()[0].endswith("en"):
        # "Sie gehen davon aus, dass …", "teilten sie mit": the verb is plural, so "sie" are the
        # group or people the clause or the sentence before opens with, not one woman
        found = _plural_antecedent(ctx, sent_lo, pron.start)
        if found is not None:
            return found
    if window and window[0].text in ctx.lex.nominative_pronouns:
        # "er" is only ever a subject: "Die Bürgerinnen und Bürger forderte er auf" has its
        # object fronted
        found = resolve_pronoun(ctx, window[0].start, last)
        if found is not None:
            return found
    # the agent of a passive ("Die Forderungen wurden von Minister Stolpe als unrealistisch
    # bezeichnet"); not for a quoting verb: "X wird von der Agentur Reuters mit den Worten zitiert"
    # is X's
    agent = _passive_agent(ctx, before, ctx.words_in(cue.end, sent_hi)[:1], cue) \
        if cue.text not in ctx.lex.quoting_verbs else None
    if agent is not None:
        return agent
    if before and before[0].text.lower() in ctx.lex.source_prepositions \
            and any(w.text in ctx.lex.passive_aux for w in [*before, *ctx.words_in(cue.end, sent_hi)[:1]]):
        found = _relative_source(ctx, sent_lo, lo, before, last)
        if found is not None:
            return found  # "eine Stelle aus dem Bericht, in der davon berichtet wird, dass …"
    if before and before[0].text.lower() in ctx.lex.source_prepositions \
            and any(ctx.lex.is_source_noun(w.text) for w in before) \
            and any(w.text in ctx.lex.passive_aux for w in [*before, *ctx.words_in(cue.end, sent_hi)[:1]]):
        # a passive without agent names its source in front ("In einer Presseerklärung wurde
        # verkündet, dass …", "Im Bericht der Beauftragten war festgestellt worden, dass …")
        return _impersonal_source(ctx, before, last)
    if cue.text not in ctx.lex.quoting_verbs and agentless_passive(ctx, lo, cue):
        # "Der Ex-Ministerpräsidentin wird vorgeworfen, …", "Der Plan wurde kritisiert": the
        # phrase before a passive is its target or topic; who spoke the text does not say, unless
        # a clause before a colon names who acts ("Die Staatsanwaltschaft hat Anklage erhoben:
        # Ihm wird vorgeworfen, …")
        colon = ctx.word_before(lo)
        if colon is not None and colon.text == ":" and colon.start >= sent_lo:
            found = _pick(ctx, ctx.mentions_in(sent_lo, colon.start)) or opening_subject(ctx, sent_lo, colon.start)
            return found if found is not None and is_actor(ctx, found) else None
        return None
    if before and before[0].text in ctx.lex.relative_pronouns and lo > sent_lo and ctx.doc.body[lo - 1] == "," \
            and not (len(before) > 1 and ctx.lex.nameable(before[1].text)):
        # a relative clause: its pronoun stands for the noun phrase before the comma
        # ("Demonstranten, die skandierten: „…“", "ein Kommentar, der die Entscheidung als „…“
        # bezeichnet"); a name right after the pronoun is the clause's subject ("Die Alternative,
        # die Roßberg nannte")
        found = _antecedent(ctx, sent_lo, lo - 1)
        if found is not None:
            return found
    found = _person_after_oblique(ctx, before, window)
    if found is not None:
        # "Ihren Widersacher Jeremy Corbyn forderte May auf, …": a phrase that opens with a
        # determiner never nominative is the fronted object; the person after the verb speaks
        return found
    found = _own_subject_after_und(ctx, ctx.words_in(sent_lo, cue.start), last)
    if found is not None:
        # "Die Stadt erhöhte die Preise und die Gewerkschaften befürchten, dass …": a main clause
        # after "und" with its own subject before the verb
        return found
    found = _pick(ctx, _vorfeld_subjects(ctx, before, ctx.mentions_in(lo, cue.start)))
    if found is not None:
        return found
    found = _subject_after_relative_phrase(ctx, before, last) \
        if lo > sent_lo and ctx.doc.body[lo - 1] == "," else None
    if found is not None:
        # "…, in dessen Folge das Gericht festgestellt hatte, …": a relative clause that opens
        # with a prepositional phrase has its subject after it
        return found
    if window and 0 < len(before) <= 2 and before[0].text.lower() not in ctx.lex.articles \
            and all(w.text.isalpha() and not ctx.lex.is_group(w.text) for w in before):
        # (not after a group or role that is the subject itself: "Kritiker werfen Obama vor")
        # one fronted word before the verb and a person right after it: the person is the
        # subject ("Besorgt äußerte sich Kofi Annan", "Des Weiteren verwies Steinbrück darauf")
        head = _subject_head(ctx, window)
        person = next((m for m in ctx.mentions_in(cue.end, head) if m.label == "PER"
                       and not ctx.genitive(m) and not ctx.after_preposition(m)), None)
        if person is not None:
            return ctx.speaker_of(person)
    if before and before[0].text in ctx.lex.pronouns:
        return resolve_pronoun(ctx, before[0].start, last)
    if before and _opens_with_noun(ctx, before) and before[0].text.lower() not in ctx.lex.oblique_articles:
        # (not a fronted object: "Den Börsenwert des Unternehmens beziffert der „Focus“ auf …")
        # "Der CSU-Landesgruppenvorsitzende Hans-Peter Friedrich bezeichnete den Besuch als …":
        # a clause that opens with a noun phrase has its subject there, untagged or not
        found = _leading_words(ctx, before, last)
        fronted = _person_after_fronted_object(ctx, found, window) \
            if not cue.text.split()[0].endswith("en") else None  # (a plural verb: "werfen X vor")
        if fronted is not None:
            return fronted
        if found is not None and not (found.entity is None and not is_actor(ctx, found) and not is_report(ctx, found)
                                      and window and window[0].text.lower() in ctx.lex.articles
                                      and window[0].text.lower() not in ctx.lex.oblique_articles):
            return found
        # a thing before the verb and an article after it: the thing is the fronted object and the
        # noun phrase after the verb the subject ("Die Entscheidung begründet das Gericht damit, …")
    if not before and window and window[0].text in ctx.lex.pronouns and window[0].text.islower():
        # "…, sagte sie": the pronoun after an inverted frame is its subject, not the sentence's
        # opening noun phrase (which is what was said: "Die Lage werde sich bessern, sagte sie")
        return resolve_pronoun(ctx, window[0].start, last)
    if not before and lo > sent_lo and ctx.doc.body[lo - 1] == ",":
        # "Die Haushaltspolitikerin der Grünen, Anja Hajduk, kritisierte die Pläne der
        # Bundesregierung": a name with its apposition before the verb is the subject
        found = _apposed_subject(ctx, sent_lo, lo)
        if found is not None:
            return found
    opening = ctx.words_in(sent_lo, lo)[:1]
    # (only a clause that opens the sentence or follows a fronted subordinate clause: after a main
    # clause the verbs share its subject, "Köhler möchte die Debatte versachlichen, nimmt die
    # Abgeordneten in Schutz und warnt …")
    found = _coordinated_subject(ctx, before, last) if lo == sent_lo or (
        opening and opening[0].text.lower() in ctx.lex.subordinators | ctx.lex.as_frames) else None
    if found is not None:
        # "…, biss der Randalierer den Fluggast und rief: „…“": the second verb shares the
        # subject that follows the first
        return found
    lead_in = before
    if not before and lo > sent_lo and ctx.doc.body[lo - 1] == ",":
        lead_in = ctx.words_in(clause_start(ctx, sent_lo, lo - 1), lo - 1)  # "The adviser, Hikmet Hajiyev, said"
    if not ctx.lex.nouns_capitalised and lead_in:
        # English puts the subject before the verb: an untagged name closing the clause before the
        # cue speaks ("His foreign policy adviser Hikmet Hajiyev said Baku expected …"), not the
        # subject of the reported clause after it
        k = len(lead_in)
        while k and lead_in[k - 1].text[:1].isupper() and ctx.lex.name_like(lead_in[k - 1].text) \
                and lead_in[k - 1].text.lower() not in ctx.lex.function_words \
                and lead_in[k - 1].text.lower() not in ctx.lex.pronouns:
            k -= 1
        run = lead_in[k:]
        if len(run) >= 2 or (run and k > 0 and lead_in[k - 1].text.islower()):
            found = _name_run(ctx, run, bare=False)
            if found is not None:
                return found
    if window and window[0].text in ctx.lex.pronouns and window[0].text.islower():
        found = resolve_pronoun(ctx, window[0].start, last)
        if found is not None:
            return found
    if window:
        head = _subject_head(ctx, window)
        found = (_pick(ctx, ctx.mentions_in(cue.end, head)) if head > cue.end else None) \
            or _after_words(ctx, window, last) or ctx.quoted_name_after(cue.end) \
            or _report_after(ctx, window, last)
        if found is not None and found.entity is None:
            # "sagte die Ehefrau des Ministers, Anna Berger,": the person in the apposition
            apposed = _apposition_after(ctx, window[-1].end)
            if apposed is not None:
                return apposed
        if found is not None:
            return found
    if 1 < len(before) <= 4 and lo > sent_lo and before[1].text[:1].isupper() \
            and (before[0].text.lower() in ctx.lex.as_frames or before[0].text.lower() in ctx.lex.function_words) \
            and not any(w.text in ctx.lex.conjunctions for w in before):
        # the clause names its own subject before the verb, untagged: not a name of the clause
        # before ("…, wie Menschenrechtsorganisationen betonen", "…, andere Quellen berichten, dass");
        # (not a verb of the subject before the comma: "X, Name, dankte den Menschen und ergänzte")
        found = _leading_words(ctx, before, last)
        if found is not None and (is_actor(ctx, found) or is_report(ctx, found)):
            return found
    if lo > sent_lo:
        found = _nearest(ctx, ctx.mentions_in(sent_lo, lo))
        if found is not None:
            return found
    # no tagged name: the noun phrase that opens the clause, else the sentence
    # ("Die Umweltschutzorganisation hofft, …"; "Henk Jaap Meijer, Laborleiter der …, erklärte:")
    for region_lo in (lo, sent_lo) if lo > sent_lo else (lo,):
        words = ctx.words_in(region_lo, cue.start)
        found = _leading_words(ctx, words, last) if words else None
        if found is not None:
            return found
    # the subject after the finite verb where a longer phrase opens the clause ("Aus Mangel an
    # Befunden waren die Wissenschaftler davon ausgegangen, dass …")
    # (only before the clause it reports: "hatte das Regime die Inspekteure des Landes verwiesen."
    # is no speech)
    nxt = ctx.words_in(cue.end, sent_hi)[:1]
    # (nor in a passive: "ist die Stadtverwaltung aufgefordert, …" names the target)
    found = fronted_subject(ctx, lo, cue.start) if nxt and nxt[0].text in (",", ":") and not any(
        w.text in ctx.lex.passive_aux or w.text in ctx.lex.stative_aux for w in before) else None
    if found is not None and is_actor(ctx, found):
        return found
    # a name in quotation marks before the verb ("„Muslix64“ erwähnte", "Wie die „Aktion
    # Deutschland hilft“ mitteilte")
    named = ctx.quoted_name_after(lo)
    if named is not None and named.end is not None and named.end < cue.start:
        return named
    return None
