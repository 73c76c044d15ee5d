"""Direct speech whose quotation marks the text lost (``lagebild.quotes.unmarked``)."""

from __future__ import annotations

import pytest

from lagebild.quotes.lexicon import lexicon
from lagebild.quotes.unmarked import unmarked_direct


@pytest.mark.parametrize(("words", "direct"), [
    ("Wir sind vorbereitet", True),
    ("Ich habe nichts damit zu tun", True),
    ("Unsere Geduld ist am Ende", True),
    ("wir seien vorbereitet", False),       # Konjunktiv: reported
    ("dass wir vorbereitet sind", False),   # a dass-clause
    ("Die Lage ist ernst", False),          # no first person: left as found
    ("Sie sind vorbereitet", False),        # "Sie" may be "they"
])
def test_unmarked_direct_speech(words: str, direct: bool) -> None:
    assert unmarked_direct(words, lexicon("de")) is direct
