"""Hand-written news pages in the manner of German CMS templates, as HTML and as naive dumps.

``pages/`` holds small pages written for these tests after the conventions of big German-language
outlets (kicker spans in the headline, the site's name in ``<title>``, bylines with a place or a
role, agency source lines, update stamps, captions with credits, teaser boxes, comment sections);
``pages/expected.json`` gives each page's headline, date and authors and passages the body must
keep and junk it must drop. Each page is read as HTML and as the text a naive dump of every
visible text node would hold, one node a line, with and without blank lines between them, and
with the nodes as they are (white space and the source's line breaks kept).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import html as lxml_html

from lagebild.evaluate import norm  # folded as the reference scorer folds
from lagebild.ingest import RawInput, to_document
from lagebild.ingest.html import page_text
from lagebild.model import Document

PAGES = Path(__file__).parent / "pages"
EXPECTED = {k: v for k, v in json.loads((PAGES / "expected.json").read_text(encoding="utf-8")).items()
            if not k.startswith("_")}




def _read(name: str, mode: str) -> Document:
    data = (PAGES / name).read_bytes()
    if mode == "html":
        return to_document(RawInput(name, data))
    dump = page_text(data.decode("utf-8"))
    if mode == "dump, blank lines":  # a dump that puts a blank line between all its text nodes
        dump = dump.replace("\n", "\n\n")
    elif mode == "dump, raw nodes":  # the text nodes as they are, source line breaks and all
        tree = lxml_html.document_fromstring(data.decode("utf-8"))
        for bad in tree.xpath("//script|//style|//noscript|//template"):
            bad.drop_tree()
        dump = "\n".join(tree.body.itertext())
    return to_document(RawInput(f"{name}.txt", dump.encode("utf-8")))


@pytest.mark.parametrize("mode", ["html", "dump", "dump, blank lines", "dump, raw nodes"])
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page(name: str, mode: str) -> None:
    exp = EXPECTED[name]
    doc = _read(name, mode)
    assert norm(doc.title or "") == norm(exp["title"])
    assert {norm(a) for a in doc.authors} == {norm(a) for a in exp["authors"]}
    body = norm(doc.body)
    for s in exp["with"]:
        assert norm(s) in body, s
    for s in exp["without"]:
        assert norm(s) not in body, s
    if mode == "html" or not exp.get("dump_date"):
        assert (doc.published or "")[:10] == exp["date"]
    else:
        assert (doc.published or "")[:10] == exp["dump_date"]
