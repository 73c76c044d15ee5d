"""The event extractor's language knowledge, read from ``resources/events/<lang>_*``.

* ``<lang>_triggers.tsv``: trigger patterns with their PLOVER type, mode and conditions;
* ``<lang>_status.tsv``: words that make an event planned, hypothetical or negated;
* ``<lang>_words.json``: word classes (prepositions and the role they give an actor,
  determiners, pronouns, demonyms, background and anaphoric time cues …).

Everything is loaded once per language and cached read-only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from lagebild.errors import LagebildError

_WORDS = re.compile(r"\w[\w-]*")
_STATUS_RANK = {"negated": 3, "planned": 2, "hypothetical": 1}


class LexiconError(LagebildError):
    """A missing or malformed event lexicon file."""

    code = "E310"


@dataclass(frozen=True, slots=True)
class Trigger:
    """One trigger entry: a whole-token pattern and the conditions under which it codes an event."""

    pattern: re.Pattern[str]
    type: str
    mode: str | None
    nominal: bool = False
    particle: re.Pattern[str] | None = None  # a separable verb's clause-final particle
    needs: re.Pattern[str] | None = None  # another word of the clause that must be there
    unless: re.Pattern[str] | None = None  # a word of the clause that makes it an idiom instead
    final: bool = False  # the trigger must end the clause
    src: frozenset[str] = frozenset()  # prepositions that mark the source for this trigger
    tgt: frozenset[str] = frozenset()  # prepositions that mark the target for this trigger
    self_event: bool = False  # one-sided (taking office): the actor is both sides
    act: bool = False  # the word is the act itself, no status cue ("kündigte … an" a threat made)
    patient: bool = False  # a nominal trigger's genitive is whom it is done to ("die Annexion der Krim")
    reported: bool = False  # a demand in reported speech: the clause's subject is addressed, the speaker demands
    #: a verb of feeling whose object feels it: "Die Aussagen von Leitl empören die Gewerkschaft" (the
    #: union disapproves of Leitl)
    experiencer: bool = False
    next: re.Pattern[str] | None = None  # the word right after the trigger ("called on", "fired at")

    def needed(self, word: str) -> bool:
        """Whether ``word`` is the word this trigger needs, alone or as the head of a hyphenated
        compound ("wies einen US-Diplomaten aus": ``diplomat\\w*`` is there)."""
        needs = self.needs
        return needs is not None and (needs.fullmatch(word) is not None or
                                      ("-" in word and needs.fullmatch(word.rpartition("-")[2]) is not None))


@dataclass(frozen=True, eq=False)  # hashed by identity: the caches below key on it
class Lexicon:
    """All the event extractor knows about one language."""

    triggers: tuple[Trigger, ...]
    status: dict[str, str]
    words: dict[str, Any]
    #: word -> the entries it matches: filled as words come, never changes an answer
    cache: dict[str, tuple[Trigger, ...]] = field(default_factory=dict)
    #: word class -> its set: filled on first use (a plain dict: asked some 400 times per article)
    sets: dict[str, frozenset[str]] = field(default_factory=dict)

    def set(self, key: str) -> frozenset[str]:
        """A word class from ``<lang>_words.json`` as a set of lower-case words."""
        found = self.sets.get(key)
        if found is None:
            found = self.sets[key] = _as_set(self, key)
        return found

    def has_trigger(self, low: str, start: int = 0, end: int | None = None) -> bool:
        """Whether a word of the lower-cased ``low[start:end]`` may trigger an event (its pattern
        matches, and the word and particle it needs occur too): a cheap test before the analysis."""
        words = _WORDS.findall(low, start, len(low) if end is None else end)
        cache = self.cache
        for w in words:
            entries = cache.get(w)
            if entries is None:
                entries = cache[w] = _match(self, w)
            for t in entries:
                if (t.needs is None or any(t.needed(o) for o in words)) and \
                        (t.particle is None or any(t.particle.fullmatch(o) for o in words)):
                    return True
        return False

    def match(self, word: str) -> tuple[Trigger, ...]:
        """The trigger entries whose pattern matches the whole ``word`` (lower case)."""
        entries = self.cache.get(word)
        if entries is None:
            entries = self.cache[word] = _match(self, word)
        return entries

    @staticmethod
    def strongest(statuses: list[str]) -> str:
        """The status that wins among the cues of one clause (negated > planned > hypothetical)."""
        return max(statuses, key=lambda s: _STATUS_RANK.get(s, 0), default="occurred")


@lru_cache(maxsize=256)
def _as_set(lex: Lexicon, key: str) -> frozenset[str]:
    value = lex.words.get(key, ())
    return frozenset(str(w).lower() for w in value)


_LITERALS = re.compile(r"(?:\(\?:)?([^\W\d_]+(?:\|[^\W\d_]+)*)\)?")


def _literals(pattern: str) -> list[str] | None:
    """The words a pattern that only lists words matches ("(?:lobte|lobten)", "einbestellt",
    a joined particle "(?:ab)(?:zu)?(?:(?:lehnte|lehnen))"), or None for any other pattern."""
    parts = re.fullmatch(r"\(\?:([^()]+)\)\(\?:zu\)\?\(\?:(.+)\)", pattern)
    if parts is not None:
        head, tail = _literals(f"(?:{parts.group(1)})"), _literals(parts.group(2))
        if head is None or tail is None:
            return None
        return [h + z + t for h in head for z in ("", "zu") for t in tail]
    m = _LITERALS.fullmatch(pattern)
    if m is None or (pattern.startswith("(?:") != pattern.endswith(")")):
        return None
    return m.group(1).split("|")


@lru_cache(maxsize=8)
def _index(lex: Lexicon) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...], re.Pattern[str] | None]:
    """The triggers by the words they list (most of them: a dictionary lookup), the positions of
    the others (real patterns such as a compound "…angriff"), and those in one pattern that tells at once
    whether any of them matches."""
    words: dict[str, list[int]] = {}
    other: list[int] = []
    for i, t in enumerate(lex.triggers):
        listed = _literals(t.pattern.pattern)
        if listed is None:
            other.append(i)
            continue
        for w in listed:
            words.setdefault(w.lower(), []).append(i)
    rest = re.compile("|".join(f"(?:{lex.triggers[i].pattern.pattern})" for i in other), re.IGNORECASE) \
        if other else None
    return {w: tuple(ix) for w, ix in words.items()}, tuple(other), rest


def _match(lex: Lexicon, word: str) -> tuple[Trigger, ...]:
    found = _match_ids(lex, word)
    if lex.words.get("nouns_capitalised", True) and len(word) > 5 and word.endswith("s") and \
            not any(lex.triggers[i].nominal for i in found):
        # the genitive of a noun the lexicon lists in the nominative: "des russischen Überfalls",
        # "des Angriffes" (German only: an English "-s" is a plural or a verb)
        for stem in (word[:-1], word[:-2] if word.endswith("es") else ""):
            if stem:
                found |= {i for i in _match_ids(lex, stem) if lex.triggers[i].nominal}
    return tuple(lex.triggers[i] for i in sorted(found))  # file order decides ties


def _match_ids(lex: Lexicon, word: str) -> set[int]:
    listed, other, rest = _index(lex)
    found = set(listed.get(word, ()))
    if rest is not None and rest.fullmatch(word) is not None:
        found.update(i for i in other if lex.triggers[i].pattern.fullmatch(word))
    return found


_Trie = dict[str, "_Trie"]  # character -> the rest of the words; "" -> {} where a word ends


def word_trie(words: Iterable[str]) -> str:
    """A regular expression that matches exactly ``words`` (literal strings), written as a trie:
    "plan|plans|pläne" -> "pl(?:an(?:s)?|äne)". It matches what the plain alternation with the
    longest word first matches, at the same places, but tests each character once, where the
    plain alternation tries every word at every position of a text it searches (2-3 times
    slower on the sentence tests that run on every sentence)."""
    root: _Trie = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def emit(node: _Trie) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body  # greedy: the longer word first

    return emit(root) if root else "(?!)"


def _read(lang: str, suffix: str) -> str:
    try:
        return resources.files("lagebild.resources.events").joinpath(f"{lang}_{suffix}").read_text("utf-8")
    except FileNotFoundError as e:
        raise LexiconError(f"no event lexicon {lang}_{suffix} for language {lang!r}") from e


def _rows(text: str) -> list[list[str]]:
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _trigger(row: list[str], lineno: int) -> Trigger:
    if len(row) != 4:
        raise LexiconError(f"trigger line {lineno}: want 4 tab-separated fields, got {len(row)}: {row!r}")
    pattern, etype, mode, flags = row
    opts: dict[str, str] = {}
    for flag in flags.split(","):
        if flag and flag != "-":
            key, _, value = flag.partition("=")
            opts[key.strip()] = value.strip()
    try:
        return Trigger(
            pattern=re.compile(pattern, re.IGNORECASE), type=etype, mode=None if mode == "-" else mode,
            nominal="N" in opts, final="final" in opts, self_event="self" in opts,
            act="act" in opts, patient="patient" in opts, reported="reported" in opts,
            experiencer="experiencer" in opts,
            particle=re.compile(opts["particle"], re.IGNORECASE) if "particle" in opts else None,
            needs=re.compile(opts["needs"], re.IGNORECASE) if "needs" in opts else None,
            unless=re.compile(opts["unless"], re.IGNORECASE) if "unless" in opts else None,
            next=re.compile(opts["next"], re.IGNORECASE) if "next" in opts else None,
            src=frozenset(opts.get("src", "").split("|")) - {""},
            tgt=frozenset(opts.get("tgt", "").split("|")) - {""})
    except re.error as e:
        raise LexiconError(f"trigger line {lineno}: bad pattern: {e}") from e


_LITERAL_PARTICLES = re.compile(r"[^\W\d_]+(?:\|[^\W\d_]+)*")


def _joined(t: Trigger) -> Trigger | None:
    """The same entry for the particle joined to the verb, as a subordinate clause or a
    zu-infinitive writes a separable verb: "wies … zurück" -> "nachdem Moskau den Plan
    zurückwies", "lehnte … ab" -> "abzulehnen"; only for particles given as plain words."""
    if t.particle is None or not _LITERAL_PARTICLES.fullmatch(t.particle.pattern):
        return None
    pattern = re.compile(f"(?:{t.particle.pattern})(?:zu)?(?:{t.pattern.pattern})", re.IGNORECASE)
    return replace(t, pattern=pattern, particle=None)


def _infinitive(t: Trigger) -> Trigger | None:
    """The same entry for the infinitive and present plural of a weak verb that is listed only
    in its past and third person ("lieferte|lieferten|liefert" -> "liefern": "Die USA liefern
    der Ukraine …", "kündigte an, … zu liefern"); only for patterns that list plain words."""
    forms = _literals(t.pattern.pattern)
    if not forms:
        return None
    listed = {f.lower() for f in forms}
    new = []
    for form in listed:
        stem = form[:-2]
        if form.endswith("te") and len(stem) >= 3 and {stem + "ten", stem + "t"} <= listed and \
                not stem.endswith(("ann", "and", "ach")):  # (mixed verbs: "nannte", "sandte", "brachte")
            if stem.endswith("e"):
                inf = stem + "n"  # "tötete" -> "töten", "bezeichnete" -> "bezeichnen"
            elif stem.endswith(("er", "el")) and not stem.endswith("ier"):
                inf = stem + "n"  # "lieferte" -> "liefern"
            else:
                inf = stem + "en"  # "protestierte" -> "protestieren"
            if inf not in listed:
                new.append(inf)
    if not new:
        return None
    return replace(t, pattern=re.compile("(?:" + "|".join(sorted(new)) + ")", re.IGNORECASE))


@lru_cache(maxsize=8)
def load(lang: str = "de") -> Lexicon:
    """The event lexicon of ``lang`` (cached). Every entry of a separable verb also comes joined
    to its particle (:func:`_joined`), and a weak verb listed without its infinitive gets it
    (:func:`_infinitive`, German only), after all written entries, so that those win ties."""
    written = tuple(_trigger(r, i) for i, r in enumerate(_rows(_read(lang, "triggers.tsv")), 1))
    if lang == "de":
        written += tuple(f for t in written if (f := _infinitive(t)) is not None)
    triggers = written + tuple(j for t in written if (j := _joined(t)) is not None)
    status = {r[0].strip().lower(): r[1].strip() for r in _rows(_read(lang, "status.tsv"))}
    words = json.loads(_read(lang, "words.json"))
    return Lexicon(triggers, status, words)
