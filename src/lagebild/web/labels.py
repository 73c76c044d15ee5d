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


def actor_name(entity_id: str, name: str, language: str) -> str:
    """An actor's name in the UI language where the name is the UI's own word: a group a state's
    sector makes ("Q801#civilians") is named by the article that told it first, "Civil society
    (Palästina)" from an English one; a German page calls it "Zivilgesellschaft (Palästina)"
    (``actor_sectors`` of ``resources/ui/<lang>.json``). Any other name is the actor's own."""
    if "#" in entity_id:
        sector = entity_id.rsplit("#", 1)[1]
    elif entity_id.startswith("grp:") and entity_id.count(":") == 1 and "@" in entity_id:
        sector = entity_id[4:].split("@", 1)[0]  # "grp:police@<document>": a sector of no known state
    else:
        return name
    words = {lang: labels(lang).get("actor_sectors", {}).get(sector) for lang in UI_LANGUAGES}
    mine = words.get(ui_language(language))
    if not mine:
        return name
    for other in words.values():
        if other and other != mine and (name == other or name.startswith(other + " ")):
            return mine + name[len(other):]
    return name
