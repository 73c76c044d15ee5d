"""Who goes on speaking: the speaker of a quotation without a cue of its own.

A direct quotation with no reporting verb, or a Konjunktiv sentence that reports without one,
goes on for someone named before. The rules' chain (the actor the sentence before is about, else
the last speaker, else the subject the sentence before introduced) is one guess; this module
scores every candidate with a small conditional logistic model (one weight per feature, the
candidate with the highest score speaks) trained on the German Wikinews quotation corpus's
training split by :mod:`lagebild.quotes.train_continuation`. The weights are
``resources/quotes/continuation.json`` (see ``resources/quotes/NOTICE``); without that file the
chain's guess stands.

The candidates: the chain's guesses and the last few distinct speakers of the document. Their
features say how recently and how each spoke, whether the chain picked it, and whether another
person was named since.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from lagebild.quotes.context import Context, Speaker

__all__ = ["FEATURES", "RECORDER", "Said", "Speaker", "candidates", "choose", "key", "load", "weights"]

# the distinct earlier speakers offered besides the chain's guesses, most recent first
HISTORY = 4

FEATURES = (
    "topic", "recent", "previous_subject", "last", "default",
    "never_spoke", "sentences_since", "paragraphs_since", "rank", "quotes",
    "report", "person", "entity", "cued", "continued", "same_paragraph",
    "named_since", "named_previous", "direct", "direct_topic", "direct_last", "direct_default",
)


@dataclass
class Said:
    """One earlier quotation's speaker: where and how it was attributed."""

    speaker: Speaker
    sentence: int
    paragraph: int
    cued: bool
    continued: bool


def key(spk: Speaker) -> str:
    """The identity of a speaker across quotations: its entity, else its name."""
    return spk.entity or " ".join((spk.name or "").casefold().split())


def candidates(ctx: Context, history: list[Said], sentences: list[tuple[int, int, int]], si: int, *,
               direct: bool, topic: Speaker | None, recent: Speaker | None, previous: Speaker | None,
               last: Speaker | None, default: Speaker | None) -> list[tuple[Speaker, list[float]]]:
    """The candidates for a cue-less quotation in sentence ``si``, each with its feature vector
    (in the order of :data:`FEATURES`). ``sentences`` are (start, end, paragraph) triples."""
    found: dict[str, Speaker] = {}
    for spk in (default, topic, recent, previous, last):
        if spk is not None and spk.name and key(spk) not in found:
            found[key(spk)] = spk
    distinct = 0
    seen: set[str] = set()
    rank: dict[str, int] = {}
    latest: dict[str, Said] = {}
    count: dict[str, int] = {}
    for said in reversed(history):
        k = key(said.speaker)
        count[k] = count.get(k, 0) + 1
        if k in seen:
            continue
        seen.add(k)
        rank[k] = distinct
        latest[k] = said
        if distinct < HISTORY and k not in found and said.speaker.name:
            found[k] = said.speaker
        distinct += 1
    start, _end, par = sentences[si]
    prev_start = sentences[si - 1][0] if si else start
    out = []
    for k, spk in found.items():
        said_ = latest.get(k)
        since = si - said_.sentence if said_ is not None else 10
        pars = par - said_.paragraph if said_ is not None else 3
        lo = sentences[said_.sentence][1] if said_ is not None else prev_start
        # another person named since the candidate last spoke (or in the sentence before)
        others = [m for m in ctx.mentions_in(lo, start) if m.label == "PER" and (m.entity or "") != (spk.entity or "-")]
        named_prev = spk.entity is not None and any(m.entity == spk.entity for m in ctx.mentions_in(prev_start, start))
        is_default = default is not None and key(default) == k
        f = [
            float(topic is not None and key(topic) == k),
            float(recent is not None and key(recent) == k),
            float(previous is not None and key(previous) == k),
            float(last is not None and key(last) == k),
            float(is_default),
            float(said_ is None),
            math.log1p(min(since, 10)),
            float(min(pars, 3)),
            float(min(rank.get(k, HISTORY + 1), HISTORY + 1)),
            math.log1p(count.get(k, 0)),
            float(spk.entity is None and not spk.person),
            float(spk.person),
            float(spk.entity is not None),
            float(said_ is not None and said_.cued),
            float(said_ is not None and said_.continued),
            float(said_ is not None and pars == 0),
            float(min(len(others), 3)),
            float(named_prev),
            float(direct),
            float(direct and topic is not None and key(topic) == k),
            float(direct and last is not None and key(last) == k),
            float(direct and is_default),
        ]
        out.append((spk, f))
    return out


def load(text: str) -> tuple[float, ...]:
    """Weights from the trainer's JSON, in the order of :data:`FEATURES` (a missing one is 0)."""
    w = json.loads(text)["weights"]
    return tuple(float(w.get(name, 0.0)) for name in FEATURES)


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def weights() -> tuple[float, ...] | None:
    """The shipped weights, read once; None where the package ships none (the chain's guess stands)."""
    path = resources.files("lagebild.resources.quotes") / "continuation.json"
    return load(path.read_text(encoding="utf-8")) if path.is_file() else None


def choose(cands: list[tuple[Speaker, list[float]]], w: tuple[float, ...]) -> Speaker | None:
    """The best-scoring candidate (the first of equals: the chain's guess comes first)."""
    best: Speaker | None = None
    top = -math.inf
    for spk, f in cands:
        s = sum(a * b for a, b in zip(w, f, strict=True))
        if s > top:
            best, top = spk, s
    return best


# set to a list by the trainer: every continuation decision is appended as (document, start,
# end, kind, candidates)
RECORDER: list[tuple[object, int, int, str, list[tuple[Speaker, list[float]]]]] | None = None
