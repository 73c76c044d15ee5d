import pytest

from lagebild.model import Document
from lagebild.segment import segment


def sentences(text: str) -> list[str]:
    doc = segment(Document(id="d", source="s", body=text))
    return [text[s.start:s.end] for s in doc.sentences]


@pytest.mark.parametrize("text, expected", [
    ("Am 12. Februar telefonierte Trump mit Putin. Dann ging er.",
     ["Am 12. Februar telefonierte Trump mit Putin.", "Dann ging er."]),
    ("Das kostet 3 Mrd. Euro bzw. mehr. Prof. Müller sagt das.",
     ["Das kostet 3 Mrd. Euro bzw. mehr.", "Prof. Müller sagt das."]),
    ("„Wir begrüßen das.“ Er erklärte es.", ["„Wir begrüßen das.“", "Er erklärte es."]),
    ("Der Vertrag stammt vom 1.1.2020. Er gilt.", ["Der Vertrag stammt vom 1.1.2020.", "Er gilt."]),
    ("Überschrift ohne Punkt\n\nEin Absatz.", ["Überschrift ohne Punkt", "Ein Absatz."]),
    ("Sie sagte: \"Nein!\" Dann ging sie.", ["Sie sagte: \"Nein!\"", "Dann ging sie."]),
    ("Der 2. Weltkrieg endete 1945. Danach kam der Frieden.",
     ["Der 2. Weltkrieg endete 1945.", "Danach kam der Frieden."]),
    # a quoted exclamation or question inside a sentence that goes on
    ("„Hört auf!“, schrieb er. Dann ging er.", ["„Hört auf!“, schrieb er.", "Dann ging er."]),
    ("„Warum?“ fragte sie. Er schwieg.", ["„Warum?“ fragte sie.", "Er schwieg."]),
    # a middle initial between two names ends no sentence; a letter after a word in lower case does
    ("Präsident George W. Bush kam. Larry A. Silverstein sagte zu.",
     ["Präsident George W. Bush kam.", "Larry A. Silverstein sagte zu."]),
    ("Sie spielten in der Gruppe B. Die Mannschaft siegte.",
     ["Sie spielten in der Gruppe B.", "Die Mannschaft siegte."]),
    # English abbreviations before a name
    ("He spoke with U.S. President Donald Trump. Mr. Putin agreed.",
     ["He spoke with U.S. President Donald Trump.", "Mr. Putin agreed."]),
    # an English month abbreviation keeps its day; the day's period after it ends the sentence
    ("Police detained the men on Oct. 10. Serbia then put its army on alert.",
     ["Police detained the men on Oct. 10.", "Serbia then put its army on alert."]),
    ("The talks began on Sept. 3 in Geneva. They ended on October 5. Both sides left.",
     ["The talks began on Sept. 3 in Geneva.", "They ended on October 5.", "Both sides left."]),
])
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_paragraph_numbers_count_blank_lines() -> None:
    doc = segment(Document(id="d", source="s", body="A eins.\n\nB zwei. B drei.\n\nC vier."))
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1, 2]


def test_tokens_are_offsets_without_whitespace() -> None:
    body = "Trump  traf\n\nPutin."
    doc = segment(Document(id="d", source="s", body=body))
    assert [body[t.start:t.end] for t in doc.tokens] == ["Trump", "traf", "Putin", "."]


def _spacy_tokens(text: str) -> list[tuple[int, int]]:
    from lagebild.segment import _tokenizer

    return [(t.idx, t.idx + len(t.text)) for t in _tokenizer()(text) if not t.is_space]


@pytest.mark.parametrize("text", [
    "Die Kosten (rund 3 Mrd. Euro) trägt der Bund, sagte Dr. Müller am 1.1.2020 in Wien.",
    "„Nein!“, rief sie. Der Nato-Gipfel, z. B. in Vilnius, und US-Präsident Trumps Pläne…",
    "Preis: 5,50 €/kg (ca. 10%); siehe http://example.org/a?b=1 oder a@b.de :-)",
    # spaCy merges "z." after splitting "(dpa)z." unless "B." follows: context matters there
    "(dpa)z. B. und (dpa)z. und (u.a. mit) sowie n.V., St.Pölten. Wie geht's? Auf'm Weg.",
    "Tab\tgetrennt\xa0und\u2009schmal\u202fund\r\nZeilen  mit   Leerraum\n\n\n",
])
def test_tokens_are_spacys(text: str) -> None:
    """The chunk cache gives spaCy's own tokens, with the cache cold and warm."""
    from lagebild.segment import tokenize

    expected = _spacy_tokens(text)
    for _ in range(2):
        assert [(t.start, t.end) for t in tokenize(text)] == expected


def test_tokens_are_spacys_on_random_text() -> None:
    """Random mixtures of abbreviations, punctuation and whitespace: the same tokens as spaCy's."""
    import random

    from lagebild.segment import tokenize

    pieces = ["z.B.", "Mrd.", "Dr.", "12.", "1.1.2020", "(dpa)", "„", "“", "»", "-", "Nato-Gipfel", "US-",
              "Putins", "3,5", "5%", "...", "…", "?!", "'s", ":)", "usw.", "u.a.", "Wien", ".", ",", "(", ")",
              "/", "2015/16", "z. B.", "auf'm", "geht's", "z.", "B.", "u.", "n.V.", "bzw.", "(ca.", "km/h"]
    spaces = [" ", " ", "", "", "\n", "\n\n", "\t", "\xa0", "  "]
    rng = random.Random(7)
    for _ in range(400):
        text = "".join(rng.choice(pieces) + rng.choice(spaces) for _ in range(rng.randint(1, 25)))
        assert [(t.start, t.end) for t in tokenize(text)] == _spacy_tokens(text), text


def test_tokenizer_snapshot_is_the_installed_spacys() -> None:
    """The rules a run tokenises with are those of the installed spaCy (after an upgrade:
    ``python -m lagebild.segment.rules``)."""
    import json

    from lagebild.segment import rules

    assert json.loads(rules._path().read_text("utf-8")) == rules.build()


def test_tokens_are_spacys_around_every_special_case() -> None:
    """Every special case of the snapshot, glued to marks, words and each other with and without
    whitespace: the matcher's merges and their overlaps as spaCy makes them."""
    import random

    from lagebild.segment import _tokenizer, tokenize

    specials = sorted(_tokenizer().rules)
    marks = list("aAzZ.,;:!?()[]'\"„“”‚‘’»«-–—/%&$€§°+=<>_#") + ["Wien", "z", "B", "s", "m", "US", "12"]
    gaps = ["", "", " ", " ", "\n", "  ", "\t", "\xa0"]
    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choice(specials if rng.random() < 0.5 else marks) + rng.choice(gaps)
                       for _ in range(rng.randint(1, 10)))
        assert [(t.start, t.end) for t in tokenize(text)] == _spacy_tokens(text), text


def test_a_run_does_not_import_spacy() -> None:
    """Tokenising reads the snapshot: spaCy's import (about 0.95 s) is no part of a run."""
    import subprocess
    import sys

    code = ("import sys; from lagebild.segment import segment; from lagebild.model import Document; "
            "segment(Document(id='d', source='s', body='(dpa)z. B. geht\\'s, sagte Dr. Müller.')); "
            "print('spacy' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip() == "False"


def test_tokens_are_spacys_on_the_example_articles() -> None:
    """Whole articles (bodies after cleaning) tokenise as spaCy tokenises them."""
    from pathlib import Path

    from lagebild.ingest import iter_inputs, to_document
    from lagebild.model import Failure
    from lagebild.segment import tokenize

    root = Path(__file__).resolve().parents[2] / "examples" / "articles"
    bodies = [to_document(raw).body for raw in iter_inputs([root]) if not isinstance(raw, Failure)]
    assert len(bodies) >= 5
    for body in bodies:
        assert [(t.start, t.end) for t in tokenize(body)] == _spacy_tokens(body)


def test_the_affix_shortcuts_never_hide_a_match() -> None:
    """Where the snapshot's quick tests say no suffix or infix can match a word, spaCy's
    patterns find none: on random words of letters, digits, marks and symbols."""
    import random

    from lagebild.segment.rules import load

    rules = load()
    assert rules.suffix_may is not None and rules.infix_may is not None  # the shortcuts are in use
    alphabet = ("abcdefghkmnrstzäöüßABGKMTÄ0123456789.,;:!?()[]{}'\"„“”‚‘’»«-–—/\\%&$€£¥§°²³+*=<>_#@~^`´|"
                "¦©®·¿¡…中ё")
    rng = random.Random(3)
    for _ in range(20000):
        word = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8)))
        if not rules.suffix_may(word):
            m = rules.suffix_search(word)
            assert m is None or m.start() == m.end(), word
        if not rules.infix_may(word):
            assert not list(rules.infix_finditer(word)), word


@pytest.mark.parametrize("text, expected", [
    # an agency's dateline is a sentence of its own, with its dash
    ("BAKU (Reuters) - Aserbaidschan hat drei Soldaten gefangen genommen. Sie schwiegen.",
     ["BAKU (Reuters) -", "Aserbaidschan hat drei Soldaten gefangen genommen.", "Sie schwiegen."]),
    ("YEREVAN, March 8 (Reuters) - A ceasefire held.", ["YEREVAN, March 8 (Reuters) -", "A ceasefire held."]),
    ("Brüssel/Eriwan (AFP) - Die EU hilft.", ["Brüssel/Eriwan (AFP) -", "Die EU hilft."]),
    ("Kiew (dpa/AFP) – „Wir kämpfen“, sagte er.", ["Kiew (dpa/AFP) –", "„Wir kämpfen“, sagte er."]),
    ("MOSKAU, 5. März (dpa) – Der Kreml schwieg.", ["MOSKAU, 5. März (dpa) –", "Der Kreml schwieg."]),
    # without a wire: a known dateline place in the first paragraphs
    ("Eriwan – Tausende Menschen demonstrierten.", ["Eriwan –", "Tausende Menschen demonstrierten."]),
    ("WIEN – Der ATX stieg.", ["WIEN –", "Der ATX stieg."]),
    # ... never a name, a bracket that is no wire, a dash inside the sentence, a place further down
    ("Trump – Der Präsident schwieg.", ["Trump – Der Präsident schwieg."]),
    ("Der Kreml (Moskau) – Putin schwieg.", ["Der Kreml (Moskau) – Putin schwieg."]),
    ("Er kam. Wien – Der ATX stieg.", ["Er kam.", "Wien – Der ATX stieg."]),
    ("A.\n\nB.\n\nC.\n\nWien – Der ATX stieg.", ["A.", "B.", "C.", "Wien – Der ATX stieg."]),
])
def test_a_dateline_is_no_part_of_the_first_sentence(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_a_dateline_stays_out_of_the_evidence_and_every_offset_points_into_the_body() -> None:
    """The trial's wire copies: the dateline is in the clean body, but no quotation, event or
    claim takes it as its text or sentence, and their offsets still point into the body."""
    from lagebild.ingest.read import RawInput
    from lagebild.pipeline import process

    text = ("Aserbaidschan nimmt drei armenische Soldaten gefangen\n\n"
            "BAKU (Reuters) - Aserbaidschan hat nach eigenen Angaben drei armenische Soldaten gefangen "
            "genommen. Die Soldaten seien auf armenischem Gebiet entführt worden, sagte Ministeriumssprecher "
            "Aram Torosjan.\n")
    doc = process(RawInput("05_reuters.txt", text.encode()))
    assert isinstance(doc, Document)
    body = doc.body
    assert "BAKU (Reuters) -" in body  # the body keeps it: provenance
    spans = [(q.start, q.end) for q in doc.quotes] + [(e.start, e.end) for e in doc.events] + \
            [(c.start, c.end) for c in doc.claims]
    assert spans and all(0 <= a < b <= len(body) for a, b in spans)
    for a, b in spans:
        assert "(Reuters)" not in body[a:b]
        sent = doc.sentence_at(a)
        assert sent is not None and "(Reuters)" not in body[sent.start:sent.end]
    (claim,) = doc.claims
    assert body[claim.start:claim.end].startswith("Aserbaidschan hat nach eigenen Angaben drei")
