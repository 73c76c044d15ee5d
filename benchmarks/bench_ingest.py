"""Ingestion benchmark: seeds, and the html-de pages as HTML and as naive text dumps.

Usage::

    .venv/bin/python benchmarks/bench_ingest.py [--data ../shared/data/html-de] [-v]

Prints, for the five seeds, the snippets kept/dropped and title/date/outlet/author accuracy;
for the html-de pages (trafilatura's German evaluation set, ``expected.json``) the share of
``with`` passages kept and ``without`` passages dropped, title/date/author accuracy and pages
per second — for lagebild on the HTML, for trafilatura with htmldate run alone on the same
HTML, and for lagebild on a naive text dump of every visible text node of each page
(navigation and teasers included), beside the raw dump itself. Skips cleanly when the data
folder is absent (the pages are not part of the repository).
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


def authors_ok(got: list[str] | tuple[str, ...], want: str) -> bool:
    wanted = {norm(a) for a in re.split(r"\s*[;,]\s*|\s+und\s+", want or "") if a.strip()}
    return {norm(a) for a in got} == wanted


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
    """Score one extractor on the pages; returns its bodies (a reference for the dumps)."""
    bodies: dict[str, str] = {}
    common = predicted = wanted = 0
    w_ok = w_n = wo_ok = wo_n = 0
    t_ok = t_n = d_ok = d_n = a_ok = a_n = 0
    t0 = time.perf_counter()
    for fname, exp in pages.items():
        try:
            out = run(data / fname)
        except Exception as e:  # a benchmark reports a page that fails and goes on
            out = {"body": "", "title": None, "date": None, "authors": []}
            if verbose:
                print(f"  [{name}] {fname}: {type(e).__name__}: {e}")
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
        if exp.get("author"):
            a_n += 1
            a_ok += authors_ok(out["authors"], exp["author"])
            if verbose and not authors_ok(out["authors"], exp["author"]):
                print(f"  [{name}] {fname}: authors {out['authors']!r}, want {exp['author']!r}")
    dt = time.perf_counter() - t0
    print(f"{name:<28} with {w_ok / w_n:.3f} ({w_ok}/{w_n})  without {wo_ok / wo_n:.3f} ({wo_ok}/{wo_n})  "
          f"title {t_ok / t_n:.3f}  date {d_ok / d_n:.3f}  authors {a_ok / a_n:.3f}  "
          f"{len(pages) / dt:.1f} pages/s"
          + (f"  body F1 vs lagebild-HTML {2 * common / (predicted + wanted):.3f}" if reference else ""))
    return bodies


def html_de(data: Path, verbose: bool) -> None:
    from lagebild.ingest import RawInput, to_document

    pages = {k: v for k, v in json.loads((data / "expected.json").read_text(encoding="utf-8")).items()
             if v.get("with") is not None}

    def lagebild_html(p: Path) -> dict:
        d = to_document(RawInput(str(p), p.read_bytes()))
        return {"body": d.body, "title": d.title, "date": d.published, "authors": list(d.authors)}

    def trafilatura_alone(p: Path) -> dict:
        from trafilatura import bare_extraction

        d = bare_extraction(p.read_bytes(), with_metadata=True, include_comments=False)
        authors = [a.strip() for a in (d.author or "").split(";") if a.strip()] if d else []
        return {"body": d.text if d else "", "title": d.title if d else None, "date": d.date if d else None,
                "authors": authors}

    dumps = {f: text_dump((data / f).read_bytes()).encode("utf-8") for f in pages}

    def lagebild_dump(p: Path) -> dict:
        d = to_document(RawInput(str(p) + ".txt", dumps[p.name]))
        return {"body": d.body, "title": d.title, "date": d.published, "authors": list(d.authors)}

    def raw_dump(p: Path) -> dict:
        return {"body": dumps[p.name].decode("utf-8"), "title": None, "date": None, "authors": []}

    print(f"html-de: {len(pages)} pages with passages ({data})")
    ref = _score("lagebild (HTML)", pages, lagebild_html, data, verbose)
    _score("trafilatura+htmldate alone", pages, trafilatura_alone, data, verbose, ref)
    _score("lagebild (text dump)", pages, lagebild_dump, data, verbose, ref)
    _score("raw text dump", pages, raw_dump, data, verbose, ref)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the html-de folder")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = ap.parse_args()
    seeds()
    if not (args.data / "expected.json").exists():
        print(f"html-de: skipped ({args.data} not found)")
        return 0
    html_de(args.data, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
