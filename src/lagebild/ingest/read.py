"""Reading inputs: files, folders and JSON Lines corpora, as :class:`RawInput` items.

Reading does no interpretation beyond splitting a corpus into its lines: every item keeps the
exact bytes it was read from (a JSON line's own bytes), so that its id is stable and its text can
be analysed again without the source. A corpus is read line by line and never held in memory.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import logging
import os
import re
import stat
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lagebild.errors import EmptyInputError, InputError, ParseError, TooLargeError, UnreadableError
from lagebild.model import Failure

log = logging.getLogger(__name__)

#: One document above this size is refused: no news article is that long, and the stages'
#: cost grows with it (a 50 MB file is a dump or a mistake, not an article).
MAX_BYTES = 20 * 1024 * 1024

#: The longest text analysed as one article (about 150,000 words; a news article has a few
#: thousand characters): a book or a dump of many articles, whose analysis would take minutes
#: with no output (about 30 s per million characters). It is counted on the text as extracted,
#: before any cleaning, repeated paragraphs included: the cleaner keeps one article's run of
#: paragraphs, so a longer text would lose all the rest silently (the sixth trial: 1.2 million
#: characters of a protocol were stored as 471, a file of one article pasted a thousand times as
#: one copy, both without a word).
MAX_TEXT_CHARS = 1_000_000


def check_length(text: str, source: str) -> None:
    """Refuse a text too long for one article (``E103``, with the advice to split it)."""
    if len(text) > MAX_TEXT_CHARS:
        raise TooLargeError(f"{len(text):,} characters of text, over the {MAX_TEXT_CHARS:,} for one article; "
                            "split it into articles (one file each, or a JSON Lines corpus)", source=source)

#: File names read as JSON Lines corpora, one article per line.
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")


@dataclass(frozen=True)
class RawInput:
    """One item as read: where it came from, its bytes, and metadata given alongside it.

    For a JSON line, ``data`` is the line's bytes and ``fields`` the parsed object.
    """

    source: str
    data: bytes
    fields: Mapping[str, Any] = field(default_factory=dict)

    @property
    def sha256(self) -> str:
        """The hex SHA-256 of the raw bytes (kept on the document to trace it back)."""
        return hashlib.sha256(self.data).hexdigest()


def document_id(data: bytes) -> str:
    """The stable id of a document: a digest of its raw bytes."""
    return "d" + hashlib.sha256(data).hexdigest()[:16]


def is_jsonl(path: Path) -> bool:
    """Is this file a JSON Lines corpus (by its name)?"""
    name = path.name.lower()
    return name.endswith(JSONL_SUFFIXES)


def _files(path: Path) -> list[Path]:
    if path.is_dir():
        # Not only regular files: a broken link or a special file must be reported, not skipped.
        return sorted(f for f in path.rglob("*")
                      if not f.is_dir() and not any(p.startswith(".") for p in f.relative_to(path).parts))
    return [path]


#: The first bytes of every SQLite database file.
_SQLITE_MAGIC = b"SQLite format 3\x00"
#: Files SQLite keeps beside a database while it is open or after a crash.
_SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def _journal_file(f: Path) -> bool:
    """Is ``f`` a journal file beside an SQLite database ("lagebild.db-wal")?"""
    return any(f.name.endswith(x) and f.with_name(f.name[: -len(x)]).is_file() for x in _SQLITE_SIDE_FILES)


#: the mark of a page lagebild wrote itself (the dossier's head)
_GENERATED = re.compile(rb'<meta\s+name="generator"\s+content="lagebild', re.IGNORECASE)


def _export_folders(root: Path) -> set[Path]:
    """Folders below ``root`` that hold a lagebild export (its ``manifest.json`` names the format):
    the output of ``lagebild export``, not articles."""
    found = set()
    for manifest in root.rglob("manifest.json"):
        try:
            head = manifest.read_text(encoding="utf-8", errors="replace")[:400]
        except OSError:
            continue
        if '"lagebild-export' in head:
            found.add(manifest.parent)
    return found


def _failure(err: InputError) -> Failure:
    return Failure(err.source or "", err.reason, err.code)


def iter_inputs(paths: Iterable[str | os.PathLike[str]]) -> Iterator[RawInput | Failure]:
    """Yield every input below ``paths`` in a stable order (files sorted by path).

    A JSON Lines corpus yields one item per line (``source`` = ``path#lineno``). An item that
    cannot be read becomes a :class:`~lagebild.model.Failure` and the walk goes on.
    """
    for p in paths:
        path = Path(p)
        if not path.exists():
            yield _failure(UnreadableError("no such file or folder", source=str(path)))
            continue
        walked = path.is_dir()
        exports = _export_folders(path) if walked else set()
        for f in _files(path):
            if walked and _journal_file(f):
                log.info("%s: skipped, the journal of an SQLite database", f)
                continue
            if exports and any(parent in exports for parent in f.parents):
                log.info("%s: skipped, part of a lagebild export", f)
                continue
            if is_jsonl(f):
                yield from _iter_jsonl(f)
                continue
            try:
                st = f.stat()
                if not stat.S_ISREG(st.st_mode):
                    raise UnreadableError("not a regular file (a device, pipe or socket)", source=str(f))
                size = st.st_size
                if size > MAX_BYTES:
                    raise TooLargeError(f"{size / 2**20:.1f} MiB is over the {MAX_BYTES / 2**20:.0f} MiB limit "
                                        "for one document", source=str(f))
                data = f.read_bytes()
                if walked and data.startswith(_SQLITE_MAGIC):
                    # "lagebild run ." in the folder that holds lagebild.db: the database is the
                    # run's output, not an input to report as a failure
                    log.info("%s: skipped, an SQLite database", f)
                    continue
                if walked and _GENERATED.search(data[:4096]):
                    log.info("%s: skipped, a dossier lagebild wrote", f)  # "lagebild dossier --out lagebild.html"
                    continue
            except InputError as e:
                yield _failure(e)
                continue
            except OSError as e:
                yield _failure(UnreadableError(e.strerror or str(e), source=str(f)))
                continue
            yield RawInput(str(f), data)


def _open(path: Path) -> gzip.GzipFile | io.BufferedReader:
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")


def _iter_jsonl(path: Path) -> Iterator[RawInput | Failure]:
    """One item per line; an over-long line is skipped without being held whole."""
    try:
        f = _open(path)
    except OSError as e:
        yield _failure(UnreadableError(e.strerror or str(e), source=str(path)))
        return
    with f:
        lineno = 0
        try:
            while True:
                line = f.readline(MAX_BYTES + 1)
                if not line:
                    break
                lineno += 1
                source = f"{path}#{lineno}"
                if len(line) > MAX_BYTES and not line.endswith(b"\n"):
                    while chunk := f.readline(1 << 20):  # skip the rest of the line
                        if chunk.endswith(b"\n"):
                            break
                    yield _failure(TooLargeError(f"line over the {MAX_BYTES / 2**20:.0f} MiB limit for one "
                                                 "document", source=source))
                    continue
                if not line.strip():
                    continue  # a blank line (often the last) holds no article and is no error
                item = _parse_line(line.rstrip(b"\r\n"), source)
                yield _failure(item) if isinstance(item, InputError) else item
        except (OSError, EOFError, gzip.BadGzipFile) as e:
            yield _failure(UnreadableError(f"corpus unreadable after line {lineno}: {e}", source=str(path)))


def _parse_line(line: bytes, source: str) -> RawInput | InputError:
    if not line.strip():
        return EmptyInputError("empty JSONL line", source=source)
    try:
        obj = json.loads(line)
    except ValueError as e:
        return ParseError(f"JSONL line is not JSON: {e}", source=source)
    if not isinstance(obj, dict):
        return ParseError(f"JSONL line is a JSON {type(obj).__name__}, not an object", source=source)
    return RawInput(source, line, obj)
