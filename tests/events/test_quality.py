"""Quality floors of the events on the seed articles: raised as the stage improves, never lowered."""

from __future__ import annotations

from pathlib import Path

from lagebild.evaluate import evaluate_store, figure, load_gold
from lagebild.store import Store

#: the seeds' timeline after the merge (`score.py` measures the same): 0.857 strict and lenient on 2026-11-24
FLOORS = {"timeline_f1_strict": 0.85, "timeline_f1_lenient": 0.85}


def test_seed_timeline_meets_the_floors(seeds_db: Path, gold_file: Path) -> None:
    with Store(seeds_db, create=False) as store:
        result = evaluate_store(load_gold(gold_file), store)
    for name, floor in FLOORS.items():
        assert figure(result, name) >= floor, (name, result.figures[name])
