"""Ingestion: turn files, folders and JSON Lines corpora into :class:`~lagebild.model.Document`.

The contract every later stage relies on:

* :func:`iter_inputs` walks paths (files, folders recursively, JSONL corpora line by line) and
  yields a :class:`RawInput` per item, or a :class:`~lagebild.model.Failure` for an item that
  cannot even be read. It never holds the corpus in memory.
* :func:`to_document` turns one raw input (plain text, HTML, PDF or a JSON record) into a
  document with clean body and metadata, or raises an :class:`~lagebild.errors.InputError` that
  names the reason. It does no I/O.

The document id is derived from the raw bytes alone, so the same input always gets the same id;
``raw_sha256`` keeps the digest of the whole input to trace a document back to its source.

Modules: :mod:`.read` (walking and reading), :mod:`.document` (sniffing, decoding, assembling),
:mod:`.repair` (line breaks, hyphenation), :mod:`.clean` (the page-dump cleaner and the metadata
read from text), :mod:`.html` (trafilatura, htmldate, JSON-LD, OpenGraph), :mod:`.dates`,
:mod:`.lexicon` (the phrase lists in ``resources/ingest``).
"""

from __future__ import annotations

from lagebild.ingest.clean import Extracted, extract
from lagebild.ingest.document import decode, input_text, language, sniff, to_document
from lagebild.ingest.read import MAX_BYTES, MAX_TEXT_CHARS, RawInput, document_id, iter_inputs

__all__ = [
    "MAX_BYTES",
    "MAX_TEXT_CHARS",
    "Extracted",
    "RawInput",
    "decode",
    "document_id",
    "extract",
    "input_text",
    "iter_inputs",
    "language",
    "sniff",
    "to_document",
]
