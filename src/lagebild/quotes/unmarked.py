"""Direct speech whose quotation marks the text lost.

Texts copied from pages or corpora often lose their quotation marks: derStandard's articles in
the 10kGNAD corpus read "Wir sind vorbereitet, sagte ein Sprecher." The quotes stage finds such
words by their reporting clause and first takes them for indirect speech. German indirect speech
shifts person and mood ("sie seien vorbereitet"); words in the first person without a Konjunktiv
are the speaker's own: direct speech, only unmarked.
"""

from __future__ import annotations

import re

from lagebild.quotes.lexicon import Lexicon

_WORD = re.compile(r"\w+")

#: the speaker's own person: "ich", "wir" and their forms (not "Sie", which may be "they")
_FIRST_PERSON = frozenset({"ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "meines",
                           "wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer", "unseres"})

#: the forms of Konjunktiv I and II that report speech ("sei", "habe", "könne", "würde")
_SUBJUNCTIVE = frozenset({"sei", "seien", "seist", "habe", "hätte", "hätten", "werde", "würde", "würden",
                          "könne", "könnten", "müsse", "müssten", "solle", "sollten", "wolle", "dürfe",
                          "dürften", "gebe", "gäbe", "wäre", "wären", "möge", "komme", "stehe", "gehe"})


def unmarked_direct(text: str, lex: Lexicon) -> bool:
    """Whether reported words without quotation marks are direct speech: they speak in the first
    person ("Wir sind vorbereitet") and hold no Konjunktiv ("wir seien vorbereitet" is reported),
    and no "dass" or "ob" opens them."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not words or words[0] in {c.lower() for c in lex.complementizers}:
        return False
    if not any(w in _FIRST_PERSON for w in words):
        return False
    if "ich" in words:
        # "ich habe", "ich hoffe": the first person singular sounds like the Konjunktiv I of the
        # third; only forms no indicative has tell ("ich sei", "ich hätte")
        return not any(w in _UNIQUE for w in words)
    return not any(w in _SUBJUNCTIVE or w in lex.konjunktiv for w in words)


#: Konjunktiv forms that no indicative shares
_UNIQUE = frozenset({"sei", "seien", "seist", "hätte", "hätten", "würde", "würden", "könnte", "könnten",
                     "müsste", "müssten", "wäre", "wären", "gäbe", "dürfte", "dürften", "sollte", "sollten"})
