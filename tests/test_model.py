from lagebild.model import Document, Sentence, stable_id


def test_stable_id_is_deterministic_and_distinct() -> None:
    assert stable_id("q", "d1", 1, 2) == stable_id("q", "d1", 1, 2)
    assert stable_id("q", "d1", 1, 2) != stable_id("q", "d1", 2, 1)
    assert stable_id("q", "x").startswith("q")


def test_sentence_at_finds_the_containing_sentence() -> None:
    doc = Document(id="d", source="s", body="Eins zwei. Drei vier.",
                   sentences=(Sentence(0, 10), Sentence(11, 21)))
    assert doc.sentence_at(0) == Sentence(0, 10)
    assert doc.sentence_at(12) == Sentence(11, 21)
    assert doc.sentence_at(10) is None  # the space between sentences
