"""The lexicons of the temporal tagger, one per language, loaded once from ``resources/time/<lang>.json``."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Word lists and maps of one language; see the comments in the JSON file for each."""

    data: dict[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def get(self, key: str, default: Any = None) -> Any:
        """An entry only some languages have (``deictic_parts_of_day`` in English), else ``default``."""
        return self.data.get(key, default)

    def alt(self, *keys: str, extra: tuple[str, ...] = ()) -> str:
        """A regular-expression alternation of the words under ``keys`` (longest first)."""
        words: set[str] = set(extra)
        for key in keys:
            words.update(self.data[key])
        return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) + ")"


@cache
def load(language: str = "de") -> Lexicon:
    """The lexicon of ``language``, read from the package's resources once per process."""
    path = resources.files("lagebild").joinpath("resources", "time", f"{language}.json")
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    return Lexicon({k: v for k, v in data.items() if not k.startswith("_")})
