"""Metadata from HTML markup: authors from JSON-LD, trafilatura and ``<meta>``."""

from __future__ import annotations

from typing import Any

import pytest
from lxml import html as lxml_html

from lagebild.ingest.html import _authors

PERSON = {"@id": "https://example.org/#/schema/person/1", "@type": "Person", "name": "Tine"}


def _tree(head: str = "") -> Any:
    return lxml_html.document_fromstring(f"<html><head>{head}</head><body><p>x</p></body></html>")


@pytest.mark.parametrize(
    ("ld", "meta", "traf", "authors"),
    [
        # A Yoast graph: the author is a reference to a Person elsewhere in the graph.
        ([{"@type": "Article", "author": {"@id": PERSON["@id"]}}, PERSON], "", None, ("Tine",)),
        ([{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Anna Berg"}, "dpa"]}], "", None,
         ("Anna Berg",)),
        # An organisation is the outlet, not an author; a one-word string is no name either.
        ([{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Beispielzeitung"}}], "", None, ()),
        ([{"@type": "NewsArticle", "author": "Redaktion"}], "", None, ()),
        ([{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Von Anna Berg"}}], "", None,
         ("Anna Berg",)),
        ([], '<meta name="author" content="Von Anna Berg und Jan Ott, dpa">', None, ("Anna Berg", "Jan Ott")),
        ([], '<meta name="author" content="https://facebook.com/anna">', None, ()),
        ([], "", "Anna Berg; Beispielzeitung", ("Anna Berg",)),
        # The page's own article first: a teaser's author in a later object is not added.
        ([{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Anna Berg"}},
          {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jan Ott"}}], "", None, ("Anna Berg",)),
        # A WordPress account or a desk is no author, typed Person or not.
        ([{"@type": "Article", "author": {"@type": "Person", "name": "Admin"}}], "", None, ()),
        ([], '<meta name="author" content="Online Redaktion">', None, ()),
        ([{"@type": "LiveBlogPosting", "author": {"@type": "Person", "name": "Jan Ott"}}], "", None, ("Jan Ott",)),
    ],
)
def test_authors_from_markup(ld: list[dict[str, Any]], meta: str, traf: str | None,
                             authors: tuple[str, ...]) -> None:
    assert _authors(ld, _tree(meta), traf, ["Beispielzeitung"]) == authors
