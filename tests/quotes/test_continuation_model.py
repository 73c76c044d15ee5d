"""Issue #6, round 15: the continuation model (``lagebild.quotes.continuation``).

Trained on the Wikinews training split, it did not beat the rules' chain in cross-validation
(docs/quotes.md, "Round 15"), so no weights are shipped and the chain decides. These tests show
the chain's decisions on hand-written sentences, the candidates the trainer records for them, and
that weights, where given, load and choose.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tests.quotes.test_said_nothing_and_speakers import found, make_doc

from lagebild.quotes import continuation, find_quotes


@pytest.fixture
def recorded() -> Iterator[list[tuple[object, int, int, str, list[tuple[continuation.Speaker, list[float]]]]]]:
    continuation.RECORDER = []
    try:
        yield continuation.RECORDER
    finally:
        continuation.RECORDER = None


def test_no_weights_are_shipped_and_the_chain_decides() -> None:
    assert continuation.weights() is None
    body = "Anna Berger sagte, die Lage sei ernst. Die Hilfe komme zu spät."
    assert found(body)[-1] == ("indirect", "Die Hilfe komme zu spät", "Anna Berger")


@pytest.mark.parametrize(("body", "speaker"), [
    # the last speaker goes on in a Konjunktiv sentence without a cue
    ("Die Polizei teilte mit, der Täter sei geflüchtet. Anna Berger sagte, sie habe nichts gesehen. "
     "Er habe eine dunkle Jacke getragen.", "Anna Berger"),
    # a report named in between takes over: the sentence before is about it
    ("Anna Berger sagte, die Lage sei ernst. Die Polizei bestätigte den Einsatz am Abend. "
     "Der Täter sei geflüchtet.", "Polizei"),
])
def test_the_chain_picks_the_speaker_of_a_cueless_sentence(body: str, speaker: str) -> None:
    assert found(body)[-1][2] == speaker


def test_a_new_person_named_without_a_cue_does_not_take_over() -> None:
    # Jonas Weber is named as an object, not as a speaker: Anna Berger goes on
    body = ("Anna Berger sagte, die Lage sei ernst. „Wir brauchen mehr Hilfe.“ "
            "„Das habe ich auch Jonas Weber gesagt.“")
    assert found(body)[-1][2] == "Anna Berger"


def test_the_trainer_records_every_candidate(recorded: list) -> None:  # type: ignore[type-arg]
    body = ("Die Polizei teilte mit, der Täter sei geflüchtet. Anna Berger sagte, sie habe nichts gesehen. "
            "Er habe eine dunkle Jacke getragen.")
    find_quotes(make_doc(body))
    (_doc, start, _end, kind, cands), = recorded
    assert body[start:].startswith("Er habe") and kind == "indirect"
    names = [spk.name for spk, _f in cands]
    assert names[0] == "Anna Berger" and "Polizei" in names  # the chain's guess first, then earlier speakers
    default = continuation.FEATURES.index("default")
    assert [f[default] for _s, f in cands] == [1.0] + [0.0] * (len(cands) - 1)
    assert all(len(f) == len(continuation.FEATURES) for _s, f in cands)
    # weights that prefer an earlier speaker without an entity choose the police
    w = [0.0] * len(continuation.FEATURES)
    w[continuation.FEATURES.index("entity")] = -1.0
    chosen = continuation.choose(cands, tuple(w))
    assert chosen is not None and chosen.name == "Polizei"
    # all-zero weights keep the chain's guess (the first of equals)
    chosen = continuation.choose(cands, (0.0,) * len(continuation.FEATURES))
    assert chosen is not None and chosen.name == "Anna Berger"


def test_weights_load_in_feature_order() -> None:
    w = continuation.load('{"weights": {"default": 1.5, "rank": -0.25, "unknown": 9}}')
    assert len(w) == len(continuation.FEATURES)
    assert w[continuation.FEATURES.index("default")] == 1.5
    assert w[continuation.FEATURES.index("rank")] == -0.25
    assert sum(w) == 1.25
