"""Issue #6, round 7: speakers of quotations that reported speech before them names, of clauses
whose subject stands after a genitive, and of cues the lexicon lacked."""

from __future__ import annotations

import pytest
from tests.quotes.test_said_nothing_and_speakers import NAMES, found

PLACES = {**NAMES, "Bayern": ("Bayern", "LOC"), "Union": ("Europäische Union", "ORG")}


@pytest.mark.parametrize(("body", "speaker"), [
    # reported speech before the colon goes on for its speaker, not the names in it
    ("Anna Berger sagte am Montag, die Hilfe komme rechtzeitig. Die Stadt sei den Helfern aus Bayern "
     "zu Dank verpflichtet: „Sie haben uns sehr geholfen.“", "Anna Berger"),
    ("Jonas Weber bekräftigte das Engagement der Kommission. Die Pflichten der Union seien klar "
     "festgelegt: „Daraus ergibt sich alles Weitere.“", "Jonas Weber"),
])
def test_konjunktiv_before_a_colon_goes_on_for_the_reported_speaker(body: str, speaker: str) -> None:
    quotes = found(body, names=PLACES)
    assert quotes[-1][0] == "direct"
    assert quotes[-1][2] == speaker


def test_indicative_before_a_colon_names_its_subject() -> None:
    body = "Jonas Weber sagte, die Lage sei ernst. Anna Berger sieht das anders: „Wir kommen zurecht.“"
    assert found(body)[-1][2] == "Anna Berger"


def test_a_name_after_a_genitive_noun_and_a_plural_role_name_no_speaker() -> None:
    # "des Falls Weber" is an apposition in the genitive, and "den Ermittlern Weber" introduces no
    # investigator: the role phrase that opens the sentence speaks
    body = ("Die Akte wurde von den Ermittlern Jonas Weber zugeordnet. Der Ermittler, der als Zeuge gilt, "
            "will nach dem Abschluss des Falls Weber aufhören: „Mehr kommt nicht nach!“")
    assert found(body)[-1] == ("direct", "Mehr kommt nicht nach!", "Der Ermittler")


def test_a_place_after_the_verb_of_a_sentence_about_no_actor_is_no_new_speaker() -> None:
    # the sentence before is about the protests; Bayern is where they spread, and the report goes on
    body = ("Anna Berger sagte, die Lage sei ernst. Die Proteste weiteten sich am Abend auf die Provinz Bayern aus. "
            "In der Hauptstadt seien Hunderte auf der Straße.")
    assert found(body, names=PLACES)[-1][2] == "Anna Berger"


def test_the_sentence_before_names_its_subject_and_the_report_goes_to_it() -> None:
    body = ("Anna Berger sagte, die Lage sei ernst. Die Polizei sperrte die Straße nach Bayern. "
            "Es gebe keine Verletzten.")
    assert found(body, names=PLACES)[-1][2] == "Polizei"


def test_an_untagged_surname_with_an_article_elsewhere_is_a_name_after_a_given_name() -> None:
    # "der Mussawi nahestehende Sender" puts an article before it, but "Mir Hossein Mussawi" shows the name
    body = ("Anhänger von Mir Hossein Mussawi protestierten. Der Mussawi nahestehende Sender berichtete live. "
            "Auf seiner Website schrieb Mussawi, er werde trotz des Verbots erscheinen.")
    assert ("indirect", "er werde trotz des Verbots erscheinen", "Mussawi") in found(body)


def test_a_common_noun_after_an_article_is_no_surname() -> None:
    body = "Die Proteste gingen weiter. Am Abend kritisierte Proteste, er werde nicht nachgeben."
    assert all(q[2] != "Proteste" for q in found(body))


@pytest.mark.parametrize(("body", "speaker"), [
    # reporting verbs the lexicon lacked
    ("Die Wissenschaftler fordern, die Kontrolle der Infektionen müsse verbessert werden.", "Die Wissenschaftler"),
    ("Anna Berger bedauerte, dass die Regierung sich einseitig festgelegt habe.", "Anna Berger"),
    ("Jonas Weber bekundete, dass die Daten leicht zugänglich gewesen seien.", "Jonas Weber"),
    # Konjunktiv forms the lexicon lacked
    ("Anna Berger äußerte sich besorgt über die Gewalt, die besonders häufig in der Region auftrete.", "Anna Berger"),
])
def test_lexicon_gaps(body: str, speaker: str) -> None:
    quotes = found(body)
    assert quotes and quotes[0][0] == "indirect" and quotes[0][2] == speaker


@pytest.mark.parametrize(("body", "speaker"), [
    # a second verb after "und" shares the subject that follows the first verb
    ("Als ein Fluggast zu Hilfe eilte, biss der Randalierer den Mann und rief: „Lasst mich raus!“", "Randalierer"),
    ("Unter dem Motto „Freiheit statt Angst“ zogen die Demonstranten zum Rathaus und skandierten "
     "„Überwachung ist teuer und dumm“.", "Demonstranten"),
    # after a main clause the verbs share its subject; the noun phrase after the verb is an object
    ("Jonas Weber möchte die Debatte versachlichen, nimmt die Abgeordneten in Schutz und warnt vor "
     "einer pauschalen Verurteilung.", "Jonas Weber"),
])
def test_coordinated_verbs_share_their_subject(body: str, speaker: str) -> None:
    assert found(body)[-1][2] == speaker


def test_a_closing_heisst_es_goes_on_for_the_last_source() -> None:
    # (in the indicative: no Konjunktiv carries the source on)
    body = "Nach Angaben der Polizei wurden drei Menschen verletzt. Zwei Menschen werden noch vermisst, hieß es."
    quotes = found(body)
    assert quotes[-1][1].startswith("Zwei Menschen werden noch vermisst")
    assert quotes[-1][2] == "Polizei"


def test_heissen_as_a_name_is_no_frame() -> None:
    body = "Nach Angaben der Polizei wurden drei Menschen verletzt. Damals hieß das Lokal noch „Zur Hütte“."
    assert [q for q in found(body) if q[1].startswith("Damals")] == []


@pytest.mark.parametrize(("body", "speaker"), [
    # "sie" with a plural verb: the group the sentence before opens with
    ("Forscher der Universität machen die Hygiene verantwortlich. Sie gehen davon aus, dass viele Infektionen "
     "vermeidbar seien.", "Forscher"),
    ("Die Vorsitzenden des Tierheims haben protestiert, da sie befürchten, dass viele Halter aufgeben würden.",
     "Vorsitzenden"),
    # with a singular verb, "sie" is one woman
    ("Anna Berger traf die Minister. Sie sagte, die Gespräche seien gut verlaufen.", "Anna Berger"),
])
def test_plural_sie(body: str, speaker: str) -> None:
    assert speaker in (found(body)[-1][2] or "")


def test_laut_without_a_source_is_loud() -> None:
    # "laut" closing its clause is an adjective ("Kritik wurde laut"), no frame; "wurde laut" reports
    quotes = found("Erneut wurde Kritik laut, die Regierung habe zu spät gehandelt.")
    assert quotes and all(q[2] != "Regierung" for q in quotes)
    assert any(q[1].startswith("die Regierung habe") for q in quotes)


@pytest.mark.parametrize(("body", "speaker"), [
    ("Aus Regierungskreisen verlautete, die Gespräche seien gescheitert.", "Regierungskreisen"),
    # a name that only modifies the compound is no source
    ("Aus EU-Kreisen verlautete, dies sei nur Spekulation.", "EU-Kreisen"),
])
def test_a_source_after_a_preposition_opens_the_clause(body: str, speaker: str) -> None:
    assert found(body, names={**NAMES, "EU": ("Europäische Union", "ORG")})[-1][2] == speaker


@pytest.mark.parametrize(("body", "speaker"), [
    # names written in lower case
    ("Die taz vermutet, dass der automatisierte Zugriff schon heute üblich ist.", "taz"),
    ("Am Dienstag wurden laut dpa drei Menschen verletzt.", "dpa"),
])
def test_lower_case_names(body: str, speaker: str) -> None:
    assert found(body)[-1][2] == speaker


def test_a_report_frame_in_the_cues_own_clause_is_the_source() -> None:
    body = ("Acht Tote forderte am Morgen laut Behördenangaben ein Anschlag auf einen Bus. "
            "Viele der Verletzten sollen Studenten sein.")
    assert [q[2] for q in found(body)] == ["Behördenangaben", "Behördenangaben"]


def test_a_report_frame_inside_a_reported_clause_stays_the_speakers() -> None:
    body = "Jonas Weber sagte, dass nach neuesten Erkenntnissen niemand verletzt worden sei."
    assert found(body)[0][2] == "Jonas Weber"


@pytest.mark.parametrize(("body", "quote", "speaker"), [
    # capitalised like a title, but shouted: a slogan, the words of who shouted it
    ("Die Demonstranten skandierten „Nieder mit der Regierung“.", "Nieder mit der Regierung", "Demonstranten"),
    # a relative clause after a name in the genitive is about the noun before it
    ("Am Abend versammelten sich Tausende Anhänger der Opposition, die „Nieder mit der Regierung“ skandierten.",
     "Nieder mit der Regierung", "Tausende Anhänger"),
])
def test_shouted_slogans(body: str, quote: str, speaker: str) -> None:
    assert ("partial", quote, speaker) in found(body, names={**NAMES, "Opposition": ("Opposition", "ORG")})


def test_a_title_after_a_noun_stays_a_title() -> None:
    assert found("Die Band spielte ihren Song „Nieder mit der Regierung“ am Abend.") == []


@pytest.mark.parametrize(("body", "speaker"), [
    ("Die Schüler klagten über zu viel Stress und zu wenig Freizeit.", "Schüler"),
    ("Die Polizei beteuerte, ständig rund um den Bahnhof auf Streife zu sein.", "Polizei"),
    ("Jonas Weber bemängelte, dass es keinerlei Konsequenzen gegeben habe.", "Jonas Weber"),
])
def test_plural_and_further_reporting_verbs(body: str, speaker: str) -> None:
    assert speaker in (found(body)[0][2] or "")


@pytest.mark.parametrize(("body", "quote", "speaker"), [
    # the frame after a quotation without its comma, which the splitter made a sentence of its own
    ("Jonas Weber lobte die Schulen. „Die Schule hat sich etabliert.“ erklärte Anna Berger am Montag.",
     "Die Schule hat sich etabliert.", "Anna Berger"),
    ("Jonas Weber lobte die Schulen. „Bürgeranfragen sind offenbar zu lästig.“ so das Fazit der Betreiber von "
     "Abgeordnetenwatch.", "Bürgeranfragen sind offenbar zu lästig.", "Fazit der Betreiber von Abgeordnetenwatch"),
])
def test_a_frame_without_its_comma(body: str, quote: str, speaker: str) -> None:
    quotes = found(body)
    assert ("direct", quote, speaker) in quotes
    assert not any(q[1].startswith(("erklärte", "so das")) for q in quotes)  # the frame is no quotation


def test_fragen_sich_after_a_question() -> None:
    body = "Jonas Weber lobte die Schulen. „Wozu sollte die Organisation existieren?“ fragen sich Experten."
    assert ("direct", "Wozu sollte die Organisation existieren?", "Experten") in found(body)


@pytest.mark.parametrize(("body", "speaker"), [
    # after a reflexive verb the noun phrase is its subject, shared with the verb after "und"
    ("Vor dem Rathaus versammelten sich Hunderte Menschen und skandierten „Wir sind das Volk“.", "Hunderte Menschen"),
    # what bears written words is their source
    ("Auf einem Plakat stand „Wir sind das Volk“ geschrieben.", "Plakat"),
    ("Auf Transparenten war „Wir sind das Volk“ geschrieben.", "Transparenten"),
    # "hat … geschrieben" has its subject
    ("In einem Brief hat Jonas Weber geschrieben, die Lage sei ernst.", "Jonas Weber"),
])
def test_reflexive_subjects_and_inscriptions(body: str, speaker: str) -> None:
    assert found(body)[-1][2] == speaker


def test_sei_es_in_a_clause_reports() -> None:
    # "sei es gewesen" is Konjunktiv; only ", sei es A, sei es B" (whether A or B) is an idiom
    body = "Anna Berger lobte das Ergebnis. Ziel der Delegation sei es gewesen, den Bericht zu stärken."
    assert ("indirect", "Ziel der Delegation sei es gewesen, den Bericht zu stärken", "Anna Berger") in found(body)


def test_konjunktiv_ii_right_after_reported_speech_goes_on() -> None:
    body = ("Die Fluggesellschaft teilte mit, man habe alle Passagiere kontrolliert. "
            "Gegen die beiden Verdächtigen läge jedoch nichts vor.")
    assert found(body)[-1] == ("indirect", "Gegen die beiden Verdächtigen läge jedoch nichts vor", "Fluggesellschaft")


def test_a_report_far_from_anyone_goes_to_the_last_speaker() -> None:
    body = "Jonas Weber sagte, die Lage sei ernst.\n\nDer Regen hält an.\n\nDie Straßen seien gesperrt."
    assert found(body)[-1] == ("indirect", "Die Straßen seien gesperrt", "Jonas Weber")


@pytest.mark.parametrize("first", [
    "Gestern stellte die Polizei die Suche ein.",
    "Am Montag hatte die Polizei die Suche eingestellt.",
])
def test_the_subject_after_a_fronted_adverbial_is_the_sentence_topic(first: str) -> None:
    body = f"Jonas Weber sagte, die Lage sei ernst. {first} Die Suche solle erneut aufgenommen werden."
    assert found(body)[-1] == ("indirect", "Die Suche solle erneut aufgenommen werden", "Polizei")


@pytest.mark.parametrize("source", ["Statistik", "Tagesschau"])
def test_a_frame_names_its_source_even_a_common_noun(source: str) -> None:
    body = f"Die {source} ist neu. Am Dienstag wurden laut {source} drei Menschen verletzt."
    assert found(body)[-1][2] == source


def test_a_frame_names_no_quantity() -> None:
    assert all(q[2] is None for q in found("Die Kosten stiegen laut 5 Milliarden Dollar."))


@pytest.mark.parametrize(("body", "speaker"), [
    ("Wie aus Regierungskreisen verlautete, sei die Lage ernst.", "Regierungskreisen"),
    ("Es verlautete aus dem Ministerium, die Lage sei ernst.", "Ministerium"),
    ("„Die Lage ist ernst“, verlautete aus dem Ministerium.", "Ministerium"),
])
def test_verlautete_names_its_source_wherever_it_stands(body: str, speaker: str) -> None:
    assert found(body)[-1][2] == speaker


@pytest.mark.parametrize(("body", "speaker"), [
    # a report's source after "aus"
    ("Nach Angaben aus Regierungskreisen ist der Plan gescheitert.", "Regierungskreisen"),
    # a thing before the verb is its fronted object, the noun phrase after the verb the subject
    ("Die Entscheidung begründet das Gericht damit, dass die Kosten steigen.", "Gericht"),
    ("Die Regierung begründet die Entscheidung damit, dass die Kosten steigen.", "Regierung"),
])
def test_sources_after_aus_and_fronted_objects(body: str, speaker: str) -> None:
    assert found(body)[-1][2] == speaker


@pytest.mark.parametrize(("body", "speaker"), [
    # a verb of shouting earlier in the clause makes the words a slogan, said by "sie"
    ("Tausende Menschen zogen durch die Innenstadt. Dabei skandierten sie „Nieder mit der Regierung“.",
     "Tausende Menschen"),
    # "sie" after a sentence that opens with an adverbial: the noun phrase after its verb
    ("Am Samstag zogen die Demonstranten durch Berlin. Sie skandierten „Nieder mit der Regierung“.", "Demonstranten"),
])
def test_slogans_after_shouting_verbs(body: str, speaker: str) -> None:
    assert ("partial", "Nieder mit der Regierung", speaker) in found(body)


def test_a_verb_with_its_particle_is_no_shouting() -> None:
    body = "Der Prediger rief die Muslime zum „Heiligen Krieg“ gegen den Westen auf."
    assert all(q[1] != "Heiligen Krieg" for q in found(body))


@pytest.mark.parametrize(("body", "speaker"), [
    ("Die Polizei war vor Ort. Viele skandierten „Nieder mit der Regierung“.", "Viele"),
    ("Die Polizei war vor Ort. Vor dem Parlament skandierten Tausende „Nieder mit der Regierung“.", "Tausende"),
    # before its noun the quantifier is none
    ("Die Polizei war vor Ort. Viele Menschen skandierten „Nieder mit der Regierung“.", "Menschen"),
])
def test_a_crowd_speaks(body: str, speaker: str) -> None:
    assert ("partial", "Nieder mit der Regierung", speaker) in found(body)


@pytest.mark.parametrize("second", ["Sie skandierten „Nieder mit Mubarak“.", "„Nieder mit Mubarak“, skandierten sie."])
def test_plural_sie_after_a_crowd(second: str) -> None:
    body = "Am Sonntag gingen in Kairo erneut Tausende auf die Straße. " + second
    assert ("partial", "Nieder mit Mubarak", "Tausende") in found(body)


def test_a_bare_group_after_the_verb_speaks() -> None:
    body = "Die Polizei war vor Ort. Auch in Kairo skandierten Demonstranten „Nieder mit dem König“."
    assert ("partial", "Nieder mit dem König", "Demonstranten") in found(body)


@pytest.mark.parametrize("frame", ["scherzte Anna Berger", "wandte Anna Berger ein", "widersprach Anna Berger"])
def test_verbs_that_frame_only_after_a_quotation(frame: str) -> None:
    body = f"Jonas Weber sagte, die Lage sei ernst. „Wir lösen das Problem gemeinsam“, {frame}."
    assert found(body)[-1] == ("direct", "Wir lösen das Problem gemeinsam", "Anna Berger")


def test_a_frame_verb_elsewhere_reports_nothing() -> None:
    assert found("Anna Berger begrüßte die Gäste am Eingang.") == []


@pytest.mark.parametrize(("body", "speaker"), [
    ("Die Zeitung zitiert einen Sprecher mit den Worten: „Wir werden das lösen.“", "einen Sprecher"),
    ("„Wir werden das lösen“, zitiert die Zeitung einen Diplomaten.", "einen Diplomaten"),
    # a report quoted is no role or group
    ("Die Zeitung zitiert den Bericht der Regierung: „Wir werden das lösen.“", "Zeitung"),
])
def test_a_quoted_role_speaks(body: str, speaker: str) -> None:
    assert found(body)[-1][2] == speaker


def test_laut_with_a_pronoun() -> None:
    body = "Anna Berger war vor Ort. Laut ihr herrschte „blankes Chaos“."
    assert found(body)[-1] == ("partial", "blankes Chaos", "Anna Berger")


def test_mit_diesen_worten_names_who_spoke_before() -> None:
    body = ("Jonas Weber sagte, die Lage sei ernst. „Wir werden das Problem lösen.“ "
            "Mit diesen Worten trat Anna Berger vor die Presse.")
    assert ("direct", "Wir werden das Problem lösen.", "Anna Berger") in found(body)


def test_the_sentence_before_a_paragraph_break_names_the_topic() -> None:
    body = "Jonas Weber sagte, die Lage sei ernst. Anna Berger sieht das anders.\n\nDas Problem sei lösbar."
    assert found(body)[-1] == ("indirect", "Das Problem sei lösbar", "Anna Berger")


@pytest.mark.parametrize(("body", "speaker"), [
    # a person in apposition after the phrase behind the cue
    ("Jonas Weber sprach zuerst. „Wir lösen das“, sagte die Ehefrau des Ministers, Anna Berger.", "Anna Berger"),
    # an age stands for the person of its gender named just before
    ("Anna Berger kam später. „Wir lösen das“, sagte die 45-Jährige.", "Anna Berger"),
    ("Anna Berger kam später. Die 45-Jährige sagte: „Wir lösen das.“", "Anna Berger"),
])
def test_appositions_and_ages(body: str, speaker: str) -> None:
    assert found(body)[-1][2] == speaker


def test_a_clause_after_the_comma_is_no_apposition() -> None:
    body = "Jonas Weber sprach zuerst. Am Abend meldete die Zeitung, Anna Berger rechne mit einer Einigung."
    assert found(body)[-1][2] == "Zeitung"


def test_a_separable_verb_closing_after_the_quotation_is_its_cue() -> None:
    body = "Jonas Weber kritisierte die Regierung. Das Ministerium wies die Vorwürfe als „haltlos“ zurück."
    assert found(body)[-1] == ("partial", "haltlos", "Ministerium")


@pytest.mark.parametrize(("body", "speaker"), [
    ("Informationen der „Süddeutschen Zeitung“ zufolge kamen 5000 Menschen.", "Süddeutschen Zeitung"),
    ("Anna Berger kam später. Ihr zufolge kamen 5000 Menschen.", "Anna Berger"),
    ("Wie es in einer Mitteilung der Polizei hieß, kamen 5000 Menschen.", "Mitteilung der Polizei"),
])
def test_report_sources_in_quotation_marks_pronouns_and_wie_es(body: str, speaker: str) -> None:
    assert found(body)[-1][2] == speaker
