"""A group a state's sector makes is named in the UI language, whatever article named it first
(seventh user trial: "Civil society (Palästina)" in a German UI and dossier)."""

from __future__ import annotations

import json

import pytest

from lagebild.web.labels import UI_LANGUAGES, actor_name, labels


@pytest.mark.parametrize(("entity_id", "name", "lang", "shown"), [
    ("kb:palaestina#civilians", "Civil society (Palästina)", "de", "Zivilgesellschaft (Palästina)"),
    ("Q801#civilians", "Zivilgesellschaft (Israel)", "en", "Civil society (Israel)"),
    ("Q801#civilians", "Zivilgesellschaft (Israel)", "de", "Zivilgesellschaft (Israel)"),
    ("Q218#opposition", "Opposition (Rumänien)", "de", "Opposition (Rumänien)"),  # one word in both
    ("Q37#military", "Armed forces (Litauen)", "de", "Streitkräfte (Litauen)"),
    ("grp:police@d1", "Police", "de", "Polizei"),  # a sector of no known state
    ("grp:person:frau@d1", "Frau", "en", "Frau"),  # a person named as the text names her
    ("Q801", "Civil society", "de", "Civil society"),  # an actor's own name is never translated
    ("Q801#creditors", "Gläubiger von Griechenland", "en", "Gläubiger von Griechenland"),  # no UI word: as stored
])
def test_actor_name(entity_id: str, name: str, lang: str, shown: str) -> None:
    assert actor_name(entity_id, name, lang) == shown


def test_every_sector_both_event_lexicons_name_has_ui_words() -> None:
    """A sector that an English and a German article both name a group by (``sector_names`` of
    ``resources/events/<lang>_words.json``) has its UI word in every UI language, or a page shows
    one language's word in the other's."""
    from importlib import resources

    def sectors(lang: str) -> set[str]:
        path = resources.files("lagebild.resources").joinpath("events", f"{lang}_words.json")
        return set(json.loads(path.read_text(encoding="utf-8")).get("sector_names", {}))

    both = sectors("de") & sectors("en")
    assert "civilians" in both
    for lang in UI_LANGUAGES:
        assert both <= set(labels(lang)["actor_sectors"]), both - set(labels(lang)["actor_sectors"])
