"""The language knowledge of the quotes stage, read from ``resources/quotes/<lang>.json``.

Everything a rule needs to know about a language (quotation-mark pairs, reporting verbs and
nouns, frames such as "laut X" and "X zufolge", Konjunktiv I forms, pronouns, role nouns) is
data; the code in this package only says how to use it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# "el-Baradei", "al-Assad": a name with a lower-case particle; "eBay", "iPhone": a brand with a
# capital inside; "ndr.de", "faz.net": a web address
_PARTICLE_NAME = re.compile(r"[a-zß]{1,3}-[A-ZÄÖÜ]\w+|[a-z][A-Z]\w+")
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,4}")


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Read-only word lists of one language, as sets for constant-time look-ups."""

    marks: dict[str, tuple[str, ...]]  # opening mark -> closing marks
    # German capitalises every noun; English only names, so there a role or group noun in lower
    # case ("the spokesman", "police") is a noun phrase too
    nouns_capitalised: bool
    # English "said that …", "told reporters that …": a reported clause without a comma
    clause_without_comma: bool
    # English "…, Biden said.": a closing frame with the subject before its verb
    subject_verb_frames: bool
    clause_subjects: frozenset[str]  # "said he would …": a pronoun opening a reported clause
    as_frames: frozenset[str]  # "Wie die Polizei mitteilte, …": the main clause is the report
    genders: dict[str, str]  # given name -> "f" or "m" (resources/quotes/names.json), for "er"/"sie"
    verbs: frozenset[str]  # reporting verb forms ("sagte", "erklärt")
    frame_verbs: frozenset[str]  # verbs that report only right after a quotation ("„…“, scherzte X")
    particle_verbs: dict[str, frozenset[str]]  # "teilte" -> {"mit"}: the particle must follow
    nouns: frozenset[str]  # reporting nouns ("Angaben", "Aussage")
    noun_endings: tuple[str, ...]  # compounds of reporting nouns ("Polizeiangaben")
    documents: frozenset[str]  # documents that are a statement's source but open no frame ("Pressemitteilung")
    norm_endings: tuple[str, ...]  # legal texts that open a frame after "nach" ("Nach dem Grundgesetz …")
    topic_verbs: frozenset[str]  # "Von Desinformation wird gesprochen": "von" names the topic, not the agent
    agent_nouns: frozenset[str]  # "von Seiten der Regierung", "von deutscher Seite": the agent's side
    possessives: dict[str, str | None]  # "nach seiner Meinung": the owner's gender ("m", "f", None: either)
    reportative: frozenset[str]  # "soll … haben": reported, not asserted
    reportative_end: frozenset[str]
    passive_aux: frozenset[str]  # "wird … genannt": a term, not anybody's words
    frame_before: tuple[tuple[str, ...], ...]  # "laut", "nach Angaben" as word tuples
    frame_first: frozenset[str]  # the first words of ``frame_before``
    frame_after: frozenset[str]  # "zufolge"
    quoting_verbs: frozenset[str]  # "zitierte Papandreou mit den Worten": the object speaks
    quoted_articles: frozenset[str]  # "zitiert einen Sprecher": the article of a quoted role or group
    opinion_frames: frozenset[str]  # "Für den Minister X ist die Lage „alarmierend“"
    impersonal_cues: frozenset[str]  # "heißt es in der Erklärung": the source follows a preposition
    source_cues: frozenset[str]  # "Aus EU-Kreisen verlautete": a source after a preposition opens the clause
    hearsay_cues: frozenset[str]  # "Aus Regierungskreisen war zu hören": only after "zu" and ...
    hearsay_aux: frozenset[str]  # ... a verb of being in a clause that opens with ...
    hearsay_prepositions: frozenset[str]  # ... the source after one of these
    coming_nouns: frozenset[str]  # "Kritik kam von der Opposition": what was said, with ...
    coming_verbs: frozenset[str]  # ... a verb of coming, comes from the phrase after "von"
    inscription_cues: frozenset[str]  # "Auf dem Plakat stand geschrieben": a source only with ...
    inscription_aux: frozenset[str]  # ... a verb of standing or being ("stand", "war"), not "hat er geschrieben"
    source_prepositions: frozenset[str]
    so: frozenset[str]  # ", so X" after a quotation
    reportive_adverbs: frozenset[str]  # "Demnach …" opening a sentence: goes on with the source
    reportive_relative: frozenset[str]  # "…, wonach …"
    anaphora: frozenset[str]  # "Dies erklärte X": the previous sentence is the quotation
    words_frames: tuple[str, ...]  # "„…“ Mit diesen Worten trat X vor die Presse": the sentence after names who
    complementizers: frozenset[str]  # "dass", "ob"
    konjunktiv: frozenset[str]  # Konjunktiv I forms (and II forms used for reported speech)
    konjunktiv_weak: frozenset[str]  # forms that are mostly hypothetical, not reported speech
    konjunktiv_idioms: tuple[str, ...]  # "es sei denn": a Konjunktiv that reports nothing
    first_person: frozenset[str]
    pronouns: dict[str, str]  # "er" -> "m"
    object_pronouns: dict[str, str]  # "laut ihm" -> "m": a frame's source as a pronoun
    conjunctions: frozenset[str]  # "biss den Fluggast und rief": coordinated verbs
    auxiliaries: frozenset[str]  # "Gestern hat eine Sprecherin … mitgeteilt": the subject follows
    genitive_articles: frozenset[str]  # "nach Angaben der Polizei": the source's article
    genitive_only: frozenset[str]  # "des Falls Demjanjuk": never nominative, the name is an apposition
    relative_pronouns: frozenset[str]  # "Der NDR, der … verantwortlich ist, begründete"
    nominative_pronouns: frozenset[str]  # "forderte er": a subject wherever it stands
    plural_pronouns: frozenset[str]  # "Sie gehen davon aus": with a plural verb, a group
    crowds: frozenset[str]  # "Viele skandierten", "skandierten Tausende": a quantifier for people
    roles: tuple[str, ...]  # role nouns, lower case; compounds match by their end
    offices: tuple[tuple[str, ...], ...]  # role words of one office ("Premier", "Regierungschef")
    epithets: tuple[str, ...]  # "die Grünen-Politikerin": a person named before, not a new one
    addressee_nouns: tuple[str, ...]  # "sagte der Manager der Zeitung": to whom, not whose
    addressee_prepositions: frozenset[str]  # "hieß es im Ministerium zur APA": to whom
    dated_adverbs: frozenset[str]  # "heute, Freitag,": the weekday in commas dates the clause
    weekdays: frozenset[str]
    kind_nouns: tuple[str, ...]  # "der Konzern", "die Organisation": an organisation named before
    definite: frozenset[str]  # nominative definite articles: "der Premier" is one known person
    owner_openers: frozenset[str]  # "das Büro von X", "des X": a group's owner, never a dative
    source_adverbs: frozenset[str]  # "Darin heißt es": the document named just before
    dative_articles: frozenset[str]  # "hat der Hamas vorgeworfen": the target, not the speaker
    plural: frozenset[str]  # "der beiden Politiker": several people, no one person named before
    articles: frozenset[str]
    adjective_endings: tuple[str, ...]  # inflected adjectives ("der frühere Minister")
    oblique_articles: frozenset[str]  # "bezeichnete den Besuch als …": an object follows, no subject
    indefinite: frozenset[str]  # "ein „Opfer des Terrorismus“": a predicate, words someone used
    prepositions: frozenset[str]
    function_words: frozenset[str]  # capitalised at a sentence start, never a speaker ("Wie", "Hier")
    adverb_endings: tuple[str, ...]  # "Einschlägig", "Offiziell": capitalised at a sentence start only
    title_words: frozenset[str]  # lower-case words inside titles ("Partei der Volksmacht")
    naming_words: frozenset[str]  # "nannte es „Wortbruch“", "sprach von „Wortbruch“"
    naming_verbs: frozenset[str]  # "nannte die Absage einen „Vertrauensbruch“"
    shouting_verbs: frozenset[str]  # "skandierten „Nieder mit der Regierung“": a slogan, not a title
    skip_after_cue: frozenset[str]  # "zeigte sich der Trainer", "sagte dazu der Minister"
    noun_suffixes: tuple[str, ...]  # endings of common nouns: one such word is not a surname
    subordinators: frozenset[str]  # "Während X hofft, …, deutet …": a fronted subordinate clause
    foreign_words: frozenset[str]  # "Here it goes again": small words of other languages
    demonstratives: frozenset[str]  # "gehen diese davon aus": a group named just before
    title_nouns: tuple[str, ...]  # "das Album „…“", "unter dem Motto „…“": a title follows
    term_markers: tuple[str, ...]  # "die so genannte „…“": a term, nobody's words
    inanimate_subjects: frozenset[str]  # "…, was X unterstreicht": a clause whose subject is a thing
    groups: tuple[str, ...]  # group nouns that speak without a name ("die Polizei", "Experten")
    abstract_suffixes: tuple[str, ...]  # "Verhandlungen", "Zustimmung": things, not speakers
    separable: frozenset[str]  # separable particles: they close the clause ("teilte … mit.")
    not_actors: frozenset[str]  # units and currencies, never a speaker ("5 Milliarden Dollar")
    not_speech_with_sich: frozenset[str]  # "der Kreml verspricht sich viel": expecting, not saying
    # cues that report only a clause (dass, Konjunktiv) or a quotation: bare, or with a
    # zu-infinitive, they state a stance or an act ("zeigte sich zufrieden", "vereinbarten eine
    # Waffenruhe", "agreed to a pause")
    needs_content: frozenset[str]
    phone_verbs: frozenset[str]  # "called Trump on Tuesday": a phone call, not speech (English)
    call_ends: frozenset[str]  # what may follow the called name: "on", "late", "."
    # a bare speech act that says nobody spoke: negated ("äußerte sich nicht", "kommentierte den
    # Bericht nicht") or with withheld words as its object ("lehnte einen Kommentar ab")
    negations: frozenset[str]
    withheld_speech: frozenset[str]
    question_words: frozenset[str]  # "…, was passiert sei": an indirect question, verb last
    lower_names: frozenset[str]  # names written in lower case ("taz", "dpa"): outlets and agencies
    # German: a cue-less sentence in Konjunktiv goes on reporting; English "would" is no mood of
    # reported speech on its own ("… a ceasefire that Washington had hoped would be a first step")
    mood_reports: bool
    # verbs of saying whose sentence always carries the words said, with or without a conjunction
    # ("Trump said on Thursday he would meet Putin"): never a speech act without content
    content_verbs: frozenset[str] = frozenset()
    state_bodies: tuple[str, ...] = ()  # "das armenische Verteidigungsministerium": speaks as the state
    colleagues: frozenset[str] = frozenset()  # "sein aserbaidschanischer Kollege": the same office there
    support_nouns: frozenset[str] = frozenset()  # "nahmen Diplomaten Teil": a verb's noun, never a subject's
    reason_frames: frozenset[str] = frozenset()  # "Als Begründung hieß es": the reasons of the act before
    stative_aux: frozenset[str] = frozenset()  # "ist … aufgefordert": a state passive, its subject the target
    # English: words after which a cue's -s form is a plural noun ("raised fears", "its claims")
    noun_before: frozenset[str] = frozenset()
    # English: words before a cue and its "to" that make it a hearsay passive ("is believed to",
    # "24 of them thought to be alive"): nobody's words
    hearsay_before: frozenset[str] = frozenset()
    # a person's own office ("sein Büro", "his office"): with a possessive it speaks for the person
    personal_offices: tuple[str, ...] = ()
    # a statement taken up by a definite article ("hieß es in der Erklärung") is the last speaker's
    statement_nouns: frozenset[str] = frozenset()
    anaphoric_articles: frozenset[str] = frozenset()
    # words that open a role's complement where the language has no genitive articles ("Economists at JPMorgan")
    role_complements: frozenset[str] = frozenset()
    # nouns of a view in a frame ("nach Auffassung der Kanzlerin"): the view's holder speaks, even after a cue
    opinion_nouns: frozenset[str] = frozenset()
    # English "it" as a cue's whole subject: the body that spoke just before ("…,” it said in a statement")
    neuter_pronouns: frozenset[str] = frozenset()
    # frames that name a view's holder only where they open the sentence ("Aus Sicht des Ökonomen X ist …")
    opening_frames: frozenset[tuple[str, ...]] = frozenset()

    def is_pronoun(self, word: str) -> bool:
        """Whether ``word`` is a personal or possessive pronoun ("She", "er", "ihre"): never a
        name, whatever a tagger made of it."""
        low = word.lower()
        return word in self.pronouns or low in self.pronouns or low in self.possessives \
            or low in self.clause_subjects or word in self.clause_subjects

    def trigger(self) -> frozenset[str]:
        """Every word that can make a sentence reported speech (a fast pre-check)."""
        return _trigger(self)

    def nameable(self, word: str) -> bool:
        """Whether a capitalised word can be (part of) a name or noun phrase: no function word,
        preposition, or adverb capitalised at a sentence start ("Weiterhin", "Offiziell")."""
        low = word.lower()
        if not word[:1].isupper():
            if word in self.lower_names:
                return True  # "die taz", "laut dpa": names written in lower case
            return not self.nouns_capitalised and word[:1].isalpha() and (self.is_role(word) or self.is_group(word))
        return low not in self.function_words and low not in self.prepositions \
            and not (low.endswith(self.adverb_endings) and word[1:].islower() and len(word) > 3)

    def name_like(self, word: str) -> bool:
        """Whether a word can be (part of) the name of a source: a nameable word, a name with a
        lower-case particle ("el-Baradei") or a web address ("ndr.de", "faz.net")."""
        return self.nameable(word) or bool(_PARTICLE_NAME.fullmatch(word) or _DOMAIN.fullmatch(word))

    def is_adjective(self, word: str) -> bool:
        """Whether ``word`` reads as an inflected attributive adjective ("frühere", "81-jährige")."""
        return (word[:1].islower() or (word[:1].isdigit() and "-" in word)) and word.endswith(self.adjective_endings)

    def is_report_noun(self, word: str) -> bool:
        """Whether ``word`` is a reporting noun ("Angaben", "Polizeiangaben", "HIS-Studie")."""
        return word in self.nouns or (word[:1].isupper() and word.lower().endswith(self.noun_endings)) \
            or ("-" in word and word.rsplit("-", 1)[1] in self.nouns)

    def is_norm(self, word: str) -> bool:
        """Whether ``word`` names a legal text that after "nach" is a statement's source ("Nach der
        Verfassung muss …", "Nach dem Reichsvermögensgesetz konnten …")."""
        return word[:1].isupper() and word.lower().endswith(self.norm_endings)

    def is_source_noun(self, word: str) -> bool:
        """Whether ``word`` names a report or document that a statement can come from ("Angaben",
        "Polizeiangaben", "Studie", "Pressemitteilung", "documenta-Homepage")."""
        return self.is_report_noun(word) or word in self.documents \
            or ("-" in word and word.rsplit("-", 1)[1] in self.documents)

    def is_role(self, word: str) -> bool:
        """Whether ``word`` is a role noun or a compound ending in one ("Außenpolitikexperte"),
        also inflected ("nach Angaben des Regierungssprechers")."""
        w = word.lower()
        return (word[:1].isupper() or not self.nouns_capitalised) and _inflected(w, self.roles)

    def is_group(self, word: str) -> bool:
        """Whether ``word`` names a group that can speak ("Polizei", "Landesregierung", "Experten")."""
        w = word.lower()
        return (word[:1].isupper() or not self.nouns_capitalised) and _inflected(w, self.groups)


def _inflected(word: str, stems: tuple[str, ...]) -> bool:
    """Whether a lower-case noun ends in one of ``stems``, or in one with a genitive or plural
    ending ("Regierungssprechers", "Behörden", "Tageszeitungen", "Oppositionspolitikern")."""
    return word.endswith(stems) or (word[-1:] in "sn" and word[:-1].endswith(stems)) \
        or (word[-2:] in ("en", "es") and word[:-2].endswith(stems))


@lru_cache(maxsize=4)
def _trigger(lex: Lexicon) -> frozenset[str]:
    words = set(lex.verbs) | set(lex.particle_verbs) | set(lex.konjunktiv) | set(lex.frame_after) \
        | set(lex.reportative) | {f[0] for f in lex.frame_before} | {"nach"} | set(lex.opinion_frames) \
        | set(lex.reportive_adverbs) | set(lex.reportive_relative) | set(lex.complementizers) | set(lex.hearsay_cues)
    return frozenset(words | {w[:1].upper() + w[1:] for w in words})


@lru_cache(maxsize=4)
def lexicon(lang: str = "de") -> Lexicon:
    """The lexicon of ``lang`` (German where there is none for it yet), loaded once per process."""
    folder = resources.files("lagebild.resources.quotes")
    if not folder.joinpath(f"{lang}.json").is_file():
        lang = "de"
    raw = json.loads(folder.joinpath(f"{lang}.json").read_text("utf-8"))
    names = json.loads(folder.joinpath("names.json").read_text("utf-8"))
    genders = {n: "f" for n in names["female"]} | {n: "m" for n in names["male"]}
    verbs: set[str] = set()
    particles: dict[str, set[str]] = {}
    prefixes = set(raw["separable_prefixes"])
    for v in raw["verbs"]:
        if "+" in v:
            verb, particle = v.split("+", 1)
            particles.setdefault(verb, set()).add(particle)
            if particle in prefixes:
                verbs.add(particle + verb)  # "teilte … mit" is "mitteilte" at a clause's end
        else:
            verbs.add(v)
    return Lexicon(
        marks={k: tuple(v) for k, v in raw["marks"].items() if not k.startswith("_")},
        nouns_capitalised=raw.get("nouns_capitalised", True),
        clause_without_comma=raw.get("clause_without_comma", False),
        subject_verb_frames=raw.get("subject_verb_frames", False),
        clause_subjects=frozenset(raw.get("clause_subjects", ())),
        as_frames=frozenset(raw.get("as_frames", ())),
        genders=genders,
        verbs=frozenset(verbs),
        frame_verbs=frozenset(raw.get("frame_verbs", ())),
        particle_verbs={k: frozenset(v) for k, v in particles.items()},
        nouns=frozenset(raw["nouns"]),
        noun_endings=tuple(raw["noun_endings"]),
        documents=frozenset(raw.get("documents", ())),
        norm_endings=tuple(raw.get("norm_endings", ())),
        possessives=dict(raw.get("possessives", {})),
        agent_nouns=frozenset(raw.get("agent_nouns", ())),
        topic_verbs=frozenset(raw.get("topic_verbs", ())),
        reportative=frozenset(raw["reportative"]),
        reportative_end=frozenset(raw["reportative_end"]),
        passive_aux=frozenset(raw["passive_aux"]),
        frame_before=tuple(tuple(f.split()) for f in raw["frame_before"]),
        frame_first=frozenset(f.split()[0] for f in raw["frame_before"]),
        frame_after=frozenset(raw["frame_after"]),
        quoting_verbs=frozenset(raw["quoting_verbs"]),
        quoted_articles=frozenset(raw.get("quoted_articles", ())),
        opinion_frames=frozenset(raw["opinion_frames"]),
        impersonal_cues=frozenset(raw["impersonal_cues"]),
        source_cues=frozenset(raw.get("source_cues", ())) | frozenset(raw.get("inscription_cues", ()))
        | frozenset(raw.get("hearsay_cues", ())),
        hearsay_cues=frozenset(raw.get("hearsay_cues", ())),
        hearsay_aux=frozenset(raw.get("hearsay_aux", ())),
        hearsay_prepositions=frozenset(raw.get("hearsay_prepositions", ())),
        coming_nouns=frozenset(raw.get("coming_nouns", ())),
        coming_verbs=frozenset(raw.get("coming_verbs", ())),
        inscription_cues=frozenset(raw.get("inscription_cues", ())),
        inscription_aux=frozenset(raw.get("inscription_aux", ())),
        source_prepositions=frozenset(raw["source_prepositions"]),
        so=frozenset(raw["so"]),
        reportive_adverbs=frozenset(raw["reportive_adverbs"]),
        reportive_relative=frozenset(raw["reportive_relative"]),
        anaphora=frozenset(raw["anaphora"]),
        words_frames=tuple(raw.get("words_frames", ())),
        complementizers=frozenset(raw["complementizers"]),
        konjunktiv=frozenset(raw["konjunktiv"]),
        konjunktiv_weak=frozenset(raw["konjunktiv_weak"]),
        konjunktiv_idioms=tuple(raw["konjunktiv_idioms"]),
        first_person=frozenset(raw["first_person"]),
        pronouns=dict(raw["pronouns"]),
        object_pronouns=dict(raw.get("object_pronouns", {})),
        nominative_pronouns=frozenset(raw["nominative_pronouns"]),
        plural_pronouns=frozenset(raw.get("plural_pronouns", ())),
        crowds=frozenset(raw.get("crowds", ())),
        relative_pronouns=frozenset(raw["relative_pronouns"]),
        genitive_articles=frozenset(raw["genitive_articles"]),
        genitive_only=frozenset(raw.get("genitive_only", ())),
        auxiliaries=frozenset(raw["auxiliaries"]),
        conjunctions=frozenset(raw["conjunctions"]),
        roles=tuple(raw["roles"]),
        offices=tuple(tuple(g) for g in raw.get("offices", ())),
        epithets=tuple(raw.get("epithets", ())),
        addressee_nouns=tuple(raw.get("addressee_nouns", ())),
        addressee_prepositions=frozenset(raw.get("addressee_prepositions", ())),
        dated_adverbs=frozenset(raw.get("dated_adverbs", ())),
        weekdays=frozenset(raw.get("weekdays", ())),
        kind_nouns=tuple(raw.get("kind_nouns", ())),
        definite=frozenset(raw.get("definite", ())),
        plural=frozenset(raw.get("plural", ())),
        dative_articles=frozenset(raw.get("dative_articles", ())),
        source_adverbs=frozenset(raw.get("source_adverbs", ())),
        owner_openers=frozenset(raw.get("owner_openers", ())),
        articles=frozenset(raw["articles"]),
        adjective_endings=tuple(raw["adjective_endings"]),
        oblique_articles=frozenset(raw["oblique_articles"]),
        indefinite=frozenset(raw["indefinite"]),
        prepositions=frozenset(raw["prepositions"]),
        function_words=frozenset(raw["function_words"]),
        adverb_endings=tuple(raw["adverb_endings"]),
        title_words=frozenset(raw["title_words"]),
        naming_words=frozenset(raw["naming_words"]),
        naming_verbs=frozenset(raw["naming_verbs"]),
        shouting_verbs=frozenset(raw.get("shouting_verbs", ())),
        skip_after_cue=frozenset(raw["skip_after_cue"]),
        noun_suffixes=tuple(raw["noun_suffixes"]),
        subordinators=frozenset(raw["subordinators"]),
        foreign_words=frozenset(raw["foreign_words"]),
        demonstratives=frozenset(raw["demonstratives"]),
        title_nouns=tuple(raw["title_nouns"]),
        term_markers=tuple(raw["term_markers"]),
        inanimate_subjects=frozenset(raw["inanimate_subjects"]),
        groups=tuple(raw["speaking_groups"]),
        abstract_suffixes=tuple(raw["abstract_suffixes"]),
        separable=frozenset(prefixes),
        not_actors=frozenset(raw["not_actors"]),
        not_speech_with_sich=frozenset(raw["not_speech_with_sich"]),
        needs_content=frozenset(raw.get("needs_content", ())),
        phone_verbs=frozenset(raw.get("phone_verbs", ())),
        call_ends=frozenset(raw.get("call_ends", ())),
        negations=frozenset(raw.get("negations", ())),
        withheld_speech=frozenset(raw.get("withheld_speech", ())),
        question_words=frozenset(raw.get("question_words", ())),
        lower_names=frozenset(raw.get("lower_names", ())),
        mood_reports=raw.get("mood_reports", True),
        content_verbs=frozenset(raw.get("content_verbs", ())),
        state_bodies=tuple(raw.get("state_bodies", ())),
        colleagues=frozenset(raw.get("colleagues", ())),
        support_nouns=frozenset(raw.get("support_nouns", ())),
        reason_frames=frozenset(raw.get("reason_frames", ())),
        stative_aux=frozenset(raw.get("stative_aux", ())),
        noun_before=frozenset(raw.get("noun_before", ())),
        hearsay_before=frozenset(raw.get("hearsay_before", ())),
        personal_offices=tuple(raw.get("personal_offices", ())),
        statement_nouns=frozenset(raw.get("statement_nouns", ())),
        anaphoric_articles=frozenset(raw.get("anaphoric_articles", ())),
        role_complements=frozenset(raw.get("role_complements", ())),
        opinion_nouns=frozenset(raw.get("opinion_nouns", ())),
        neuter_pronouns=frozenset(raw.get("neuter_pronouns", ())),
        opening_frames=frozenset(tuple(f.split()) for f in raw.get("opening_frames", ())),
    )
