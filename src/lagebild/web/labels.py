"""The UI labels of a language (``resources/ui/<lang>.json``), shared by the web UI and the dossier."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

#: Languages the UI has labels for; every other corpus language gets English.
UI_LANGUAGES = ("de", "en")


def ui_language(language: str) -> str:
    """The language the UI speaks for a corpus language: itself where there are labels, else English."""
    return language if language in UI_LANGUAGES else "en"


@cache
def labels(language: str) -> dict[str, Any]:
    """The UI labels for a language (``resources/ui/<lang>.json``), English where there are none."""
    text = resources.files("lagebild.resources").joinpath("ui", f"{ui_language(language)}.json").read_text(
        encoding="utf-8")
    return dict(json.loads(text))
