"""Ingestion benchmark: the seeds, hand-written outlet pages and the html-de pages, as HTML and as text dumps.

Usage::

    .venv/bin/python benchmarks/bench_ingest.py [--data ../shared/data/html-de] [-v]

Prints, for the five seeds, the snippets kept/dropped and title/date/outlet/author accuracy.
Then, for the hand-written pages of ``tests/ingest/pages`` (German outlets' CMS conventions,
part of the repository) and for the html-de pages (trafilatura's German evaluation set,
``expected.json``; skipped cleanly where the data folder is absent): the share of ``with``
passages kept and ``without`` passages dropped and their F1 as trafilatura's evaluation counts
it, title/date/author accuracy, pages per second of CPU time and the word-level body F1 against
lagebild's HTML body — for lagebild on the HTML, for trafilatura with htmldate alone on the
same HTML, for lagebild and for trafilatura on a naive text dump of every visible text node of
each page (navigation and teasers included), and for the raw dump itself. ``-v`` lists every miss.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from html import escape as html_escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "html-de"
QUOTE_CHARS = "\"'«»„“”‚‘’‹›"


def norm(s: str) -> str:
    """Fold case, accents, quote marks, dashes and white space (as the reference scorer does).

    Soft hyphens (U+00AD) are removed too: three html-de passages carry them, and a clean body
    must not ("Werk\xadzeug" is "Werkzeug").
    """
    s = unicodedata.normalize("NFKD", (s or "").replace("\u00ad", ""))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.casefold().replace("ß", "ss")
    s = re.sub(f"[{QUOTE_CHARS}]", "", s)
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s)
    s = re.sub(r"\s+", " ", s)
    return s.strip(" .,;:!?")


def title_ok(got: str | None, want: str | None) -> bool:
    pt, gt = norm(got or ""), norm(want or "")
    return pt == gt or bool(gt and gt in pt and len(gt) >= 0.8 * len(pt))


def authors_ok(got: list[str] | tuple[str, ...], want: str | list[str]) -> bool:
    """The same set of names (html-de gives them as one string: "A, B und C")."""
    parts = want if isinstance(want, list) else re.split(r"\s*[;,]\s*|\s+und\s+", want or "")
    return {norm(a) for a in got} == {norm(a) for a in parts if a.strip()}


def text_dump(html: bytes) -> str:
    """Every visible text node of a page, one per line (a naive dump, junk included)."""
    from lagebild.ingest import decode
    from lagebild.ingest.html import page_text

    return page_text(decode(html, "dump", html=True))


def seeds() -> None:
    from lagebild.ingest import RawInput, to_document

    gold = json.loads((ROOT / "tests/fixtures/seeds.gold.json").read_text(encoding="utf-8"))
    kept = must = dropped = mustnot = 0
    meta = dict.fromkeys(("title", "published", "outlet", "authors"), 0)
    for g in gold["documents"]:
        path = ROOT / "examples" / "articles" / g["file"]
        doc = to_document(RawInput(str(path), path.read_bytes()))
        nb = norm(doc.body)
        must += len(g["body_must_contain"])
        kept += sum(norm(s) in nb for s in g["body_must_contain"])
        mustnot += len(g["body_must_not_contain"])
        dropped += sum(not ((s in doc.body) if "\n" in s else (norm(s) in nb)) for s in g["body_must_not_contain"])
        m = g["meta"]
        meta["title"] += title_ok(doc.title, m["title"])
        got = (doc.published or "")[:10]
        want = (m["published"] or "")[:10]
        lo, hi = m.get("published_window") or (want, want)
        meta["published"] += got == want or bool(not want and got and lo <= got <= hi)
        meta["outlet"] += norm(doc.outlet or "") == norm(m["outlet"] or "")
        meta["authors"] += {norm(a) for a in doc.authors} == {norm(a) for a in m["authors"]}
    n = len(gold["documents"])
    print(f"seeds: kept {kept}/{must}, dropped {dropped}/{mustnot}; "
          + ", ".join(f"{k} {v}/{n}" for k, v in meta.items()))


def bag_f1(got: str, want: str) -> tuple[int, int, int]:
    """Word-bag overlap counts (common, predicted, reference) for a micro-averaged F1."""
    pw, gw = Counter(norm(got).split()), Counter(norm(want).split())
    return sum((pw & gw).values()), sum(pw.values()), sum(gw.values())


def _score(name: str, pages: dict[str, dict], run: Callable[[Path], dict], data: Path, verbose: bool,
           reference: dict[str, str] | None = None) -> dict[str, str]:
    """Score one extractor on the pages; returns its bodies (a reference for the dumps).

    Body: the passages kept (``with``) and dropped (``without``), and their F1 as trafilatura's
    evaluation computes it (a kept passage a true positive, a kept junk passage a false
    positive); beside a reference, the word-bag F1 against its bodies. Speed in CPU time.
    """
    bodies: dict[str, str] = {}
    common = predicted = wanted = 0
    w_ok = w_n = wo_ok = wo_n = 0
    t_ok = t_n = d_ok = d_n = a_ok = a_n = 0
    cpu = 0.0
    for fname, exp in pages.items():
        t0 = time.process_time()
        try:
            out = run(data / fname)
        except Exception as e:  # a benchmark reports a page that fails and goes on
            out = {"body": "", "title": None, "date": None, "authors": []}
            if verbose:
                print(f"  [{name}] {fname}: {type(e).__name__}: {e}")
        cpu += time.process_time() - t0
        bodies[fname] = out["body"]
        if reference is not None:
            c, p, g = bag_f1(out["body"], reference.get(fname, ""))
            common, predicted, wanted = common + c, predicted + p, wanted + g
        nb = norm(out["body"])
        for s in exp.get("with") or []:
            w_n += 1
            if norm(s) in nb:
                w_ok += 1
            elif verbose:
                print(f"  [{name}] {fname}: missing {s!r}")
        for s in exp.get("without") or []:
            wo_n += 1
            if norm(s) not in nb:
                wo_ok += 1
            elif verbose:
                print(f"  [{name}] {fname}: junk {s!r}")
        if exp.get("title"):
            t_n += 1
            t_ok += title_ok(out["title"], exp["title"])
            if verbose and not title_ok(out["title"], exp["title"]):
                print(f"  [{name}] {fname}: title {out['title']!r}, want {exp['title']!r}")
        if exp.get("date"):
            d_n += 1
            d_ok += (out["date"] or "")[:10] == exp["date"]
            if verbose and (out["date"] or "")[:10] != exp["date"]:
                print(f"  [{name}] {fname}: date {out['date']!r}, want {exp['date']!r}")
        want_authors = exp.get("author", exp.get("authors"))
        if want_authors is not None and (want_authors or "authors" in exp):
            a_n += 1
            a_ok += authors_ok(out["authors"], want_authors)
            if verbose and not authors_ok(out["authors"], want_authors):
                print(f"  [{name}] {fname}: authors {out['authors']!r}, want {want_authors!r}")
    fp = wo_n - wo_ok
    prec = w_ok / (w_ok + fp) if w_ok + fp else 0.0
    rec = w_ok / w_n if w_n else 0.0
    snip_f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    print(f"{name:<30} with {w_ok / w_n:.3f}  without {wo_ok / wo_n:.3f}  F1 {snip_f1:.3f}  "
          f"title {t_ok / t_n:.3f}  date {d_ok / d_n:.3f}  authors {a_ok / a_n:.3f}  "
          f"{min(len(pages) / max(cpu, 1e-9), 99999):7.1f} pages/s"
          + (f"  body F1 vs lagebild-HTML {2 * common / (predicted + wanted):.3f}" if reference else ""))
    return bodies


def compare(title: str, data: Path, pages: dict[str, dict], verbose: bool) -> None:
    """lagebild and trafilatura+htmldate alone, on the HTML pages and on naive dumps of them."""
    from lagebild.ingest import RawInput, to_document

    def lagebild_html(p: Path) -> dict:
        d = to_document(RawInput(str(p), p.read_bytes()))
        return {"body": d.body, "title": d.title, "date": d.published, "authors": list(d.authors)}

    def trafilatura_alone(html: bytes | str) -> dict:
        from trafilatura import bare_extraction

        d = bare_extraction(html, with_metadata=True, include_comments=False)
        if d is None or isinstance(d, dict):
            return {"body": "", "title": None, "date": None, "authors": []}
        authors = [a.strip() for a in (d.author or "").split(";") if a.strip()]
        return {"body": d.text or "", "title": d.title, "date": d.date, "authors": authors}

    dumps = {f: text_dump((data / f).read_bytes()) for f in pages}

    def lagebild_dump(p: Path) -> dict:
        d = to_document(RawInput(str(p) + ".txt", dumps[p.name].encode("utf-8")))
        return {"body": d.body, "title": d.title, "date": d.published, "authors": list(d.authors)}

    def trafilatura_dump(p: Path) -> dict:
        # trafilatura reads HTML only: each line of the dump becomes a paragraph of a page.
        lines = "".join(f"<p>{html_escape(line)}</p>" for line in dumps[p.name].split("\n"))
        return trafilatura_alone(f"<html><body>{lines}</body></html>")

    def raw_dump(p: Path) -> dict:
        return {"body": dumps[p.name], "title": None, "date": None, "authors": []}

    print(title)
    ref = _score("lagebild (HTML)", pages, lagebild_html, data, verbose)
    _score("trafilatura+htmldate (HTML)", pages, lambda p: trafilatura_alone(p.read_bytes()), data, verbose, ref)
    _score("lagebild (text dump)", pages, lagebild_dump, data, verbose, ref)
    _score("trafilatura+htmldate (dump)", pages, trafilatura_dump, data, verbose, ref)
    _score("raw text dump", pages, raw_dump, data, verbose, ref)


def html_de(data: Path, verbose: bool) -> None:
    pages = {k: v for k, v in json.loads((data / "expected.json").read_text(encoding="utf-8")).items()
             if v.get("with") is not None}
    compare(f"html-de: {len(pages)} pages with passages ({data})", data, pages, verbose)


def outlet_pages(verbose: bool) -> None:
    """The hand-written pages of tests/ingest/pages (big outlets' CMS conventions; in the repository)."""
    data = ROOT / "tests" / "ingest" / "pages"
    pages = {k: v for k, v in json.loads((data / "expected.json").read_text(encoding="utf-8")).items()
             if not k.startswith("_")}
    compare(f"outlet pages: {len(pages)} hand-written pages (tests/ingest/pages)", data, pages, verbose)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the html-de folder")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = ap.parse_args()
    seeds()
    outlet_pages(args.verbose)
    if not (args.data / "expected.json").exists():
        print(f"html-de: skipped ({args.data} not found)")
        return 0
    html_de(args.data, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
