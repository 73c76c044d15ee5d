"""The command line: thin wrappers that parse arguments, call the library and print.

Subcommands (stable: later versions add, never rename): run, export, stats, evaluate, timex,
ner, train, serve, dossier, bench.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

from lagebild import __version__
from lagebild.errors import LagebildError, ServeError

if TYPE_CHECKING:
    from lagebild.pipeline import RunReport

log = logging.getLogger("lagebild")

DEFAULT_DB = "lagebild.db"


def _prog() -> str:
    """How the user called lagebild (``.venv/bin/lagebild``), for the hints we print."""
    argv0 = sys.argv[0] if sys.argv and sys.argv[0] else "lagebild"
    if os.path.basename(argv0) == "lagebild" and os.sep in argv0:
        rel = os.path.relpath(argv0)
        return rel if not rel.startswith("..") else argv0
    return "lagebild"


def _cmd_run(a: argparse.Namespace) -> int:
    if a.distributed:
        # Dask's scheduler and workers log every start and stop at INFO; only their errors matter
        # here (the variable reaches the worker processes too).
        os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "debug" if a.debug else "error")
        from lagebild.distributed import load_parquet, run_distributed

        t0 = time.perf_counter()
        out = run_distributed(a.paths, a.parquet or f"{a.db}.parquet",
                              scheduler=None if a.distributed == "local" else a.distributed,
                              n_workers=a.workers or os.cpu_count() or 1, db=a.db, progress=a.progress)
        report = load_parquet(out, a.db)
        report.seconds = time.perf_counter() - t0
    else:
        from lagebild.pipeline import run

        report = run(a.paths, a.db, workers=a.workers, progress=a.progress)
    return _report_run(a, report)


def _cmd_load_parquet(a: argparse.Namespace) -> int:
    from lagebild.distributed import load_parquet

    return _report_run(a, load_parquet(a.dir, a.db))


def _report_run(a: argparse.Namespace, report: RunReport) -> int:
    c = report.counts
    for f in report.failures:
        print(f"failed: {f.source}: {f.reason} [{f.code}]", file=sys.stderr)
    if not a.quiet:
        rate = (report.new / report.seconds) if report.seconds else 0.0
        dups = (f" ({report.duplicates} a near-copy of an earlier one" if report.duplicates == 1 else
                f" ({report.duplicates} of them near-copies of earlier ones" if report.duplicates else "")
        if report.revisions:  # the same outlet's article again, updated: the latest supersedes the others
            versions = "a version" if report.revisions == 1 else "versions"
            dups += f", {report.revisions} {versions} of the same outlet's article"
        dups += ")" if dups else ""
        print(f"{_n(report.new, 'new document')}{dups} ({report.unchanged} already stored), "
              f"{len(report.failures)} failed, in {report.seconds:.1f} s ({rate:.1f} docs/s)")
        if not c:  # nothing could be read, and the database did not exist: none was made
            print(f"database {a.db}: not created, {'no input could be read' if report.failures else 'no input found'}")
            return 1 if report.failures else 0
        print(f"database {a.db}: {_n(c['documents'], 'document')}, {_n(c['entities'], 'entity', 'entities')}, "
              f"{_n(c['quotes'], 'quote')}, {_n(c['events'], 'event')}, {_n(c['claims'], 'claim')}, "
              f"{_n(c['failures'], 'failure')}")
        undated = _undated(a.db) if c["documents"] else []
        if undated:
            # their events have no date to fall back on: the analyst should know and may give one
            shown = ", ".join(Path(s).name for s in undated[:3]) + (" …" if len(undated) > 3 else "")
            print(f"note: {_n(len(undated), 'document')} without a publication date ({shown}): their "
                  "undated events stay undated; a JSON Lines record with 'published' gives one")
        prog = _prog()
        if c["documents"]:
            print(f"next: {prog} export --db {a.db} --format jsonl out/  ·  {prog} serve --db {a.db}  ·  "
                  f"{prog} dossier --db {a.db} --out lagebild.html")
    # Scripts can tell a partial run: 0 everything read, 1 some inputs failed (the rest is stored).
    return 1 if report.failures else 0


def _undated(db: str | os.PathLike[str]) -> list[str]:
    """The sources of the stored documents without a publication date (original ones, not copies)."""
    from lagebild.store import Store

    try:
        with Store(Path(db), create=False) as store:
            return [r["source"] for r in store.query(
                "SELECT source FROM documents WHERE published IS NULL AND dup_of IS NULL ORDER BY source")]
    except (LagebildError, OSError):
        return []


def _n(count: int, singular: str, plural: str | None = None) -> str:
    return f"{count} {singular if count == 1 else (plural or singular + 's')}"


def _workers(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError("at least 1")
    return n


def _cmd_export(a: argparse.Namespace) -> int:
    from lagebild.export import export
    from lagebild.store import Store

    with Store(a.db, create=False) as store:
        paths = export(store, a.format, Path(a.dir))
        undated = store.query("SELECT COUNT(*) AS n FROM events WHERE date_value IS NULL")[0]["n"] \
            if a.format == "timelinejs" else 0
    if not a.quiet:
        print(f"wrote {_n(len(paths), 'file')} to {a.dir}: {', '.join(p.name for p in paths)}")
        if undated:
            # a timeline has no place for them: the analyst should not think them lost
            print(f"note: {_n(undated, 'undated event')} not on the timeline (TimelineJS needs a date); "
                  f"{_prog()} timeline --db {a.db} lists them")
    return 0


def _cmd_stats(a: argparse.Namespace) -> int:
    from lagebild.store import Store

    with Store(a.db, create=False) as store:
        counts = store.counts()
        failures = store.failures()
    if a.json:
        print(json.dumps(counts))
    else:
        for k, v in counts.items():
            print(f"{k:>10}: {v}")
        for f in failures:
            print(f"  failed: {f.source}: {f.reason} [{f.code}]")
    return 0


def _cmd_timeline(a: argparse.Namespace) -> int:
    from lagebild.export import records
    from lagebild.store import Store
    from lagebild.web.labels import actor_name
    from lagebild.web.queries import actor_ids, corpus_language

    with Store(a.db, readonly=True) as store:
        rec = records(store)
        entities = list(rec["entities"])
        lang = corpus_language(store)  # "Zivilgesellschaft (Israel)" in a German corpus, as in the web UI
        names = {e["id"]: actor_name(e["id"], e["name"], lang) for e in entities}
        # places that speak for their state ("Peking", "Washington", "Brüssel"): shown as the state
        cities = {e["id"]: e["stands_for"] for e in entities
                  if e["type"] == "LOC" and e.get("stands_for") and e["stands_for"] in names}
        events = list(rec["events"])
        cites = {d["id"]: _citation(d) for d in rec["documents"]} if a.verbose else {}
        wanted: set[str] | None = None
        if a.actor:
            # the actor by id, name or alias, or else every actor a name or alias of which
            # contains the words (as the web API reads it), with everyone who acts for it
            # ("Russland": Putin, Moskau, der Kreml)
            ids = actor_ids(store, a.actor)
            if not ids:
                print(f"lagebild: no actor named {a.actor!r} in {a.db}", file=sys.stderr)
                return 1
            wanted = ids | {e["id"] for e in entities if e.get("stands_for") in ids}
    shown = 0
    for e in events:
        if wanted is not None and not wanted & set(e["source_actors"] + e["target_actors"]):
            continue
        shown += 1
        src = _side_label(e["source_actors"], names, cities) or "–"
        tgt = _side_label(e["target_actors"], names, cities) or "–"
        status = "" if e["status"] == "occurred" else f" [{e['status']}]"
        d = e["date"]
        when = d["value"] or (f"{d['start'][:7]}/{d['end'][:7]}" if d["start"] and d["end"] else "(undated)")
        # how many independent articles report it (near-copies count once), and in how many sentences
        reports = _n(e["sources"], "article") + (f", {e['appearances']} mentions" if e["appearances"] > e["sources"]
                                                  else "")
        conflict = (f"; outlets differ: {', '.join(_conflict_date(c) for c in e['date_conflict'])}"
                    if e.get("date_conflict") else "")
        print(f"{when:<15} {e['type']:<10} {src} → {tgt}{status}  ({reports}{conflict})")
        if a.verbose:
            for m in e["mentions"]:
                print(f"{'':<17}“{' '.join(m['sentence'].split())}” [{cites.get(m['document'], m['document'])}]")
    if not shown:
        # an actor the documents name but no event of the timeline involves: say so, not nothing
        who = f" involving {a.actor!r}" if a.actor else ""
        print(f"lagebild: no event in the timeline{who} (its quotations are in the export and the web UI)",
              file=sys.stderr)
    return 0


def _citation(doc: dict[str, Any]) -> str:
    """A document as a reader cites it: outlet and date ("Reuters, 2025-10-10"), else its title,
    else the file's name (trial 7: "[d16191757a36f071f]" told the reader nothing)."""
    name = doc.get("outlet") or doc.get("title") or Path(doc.get("source") or doc["id"]).name
    return f"{name}, {doc['published'][:10]}" if doc.get("published") else str(name)


def _cmd_search(a: argparse.Namespace) -> int:
    from lagebild.store import Store
    from lagebild.web.queries import search

    with Store(a.db, readonly=True) as store:
        found = search(store, a.query, kind=a.kind, limit=a.limit)
        cites = {r["id"]: _citation(dict(r)) for r in store.query(
            "SELECT id, source, title, published, outlet FROM documents")}
    if a.json:
        print(json.dumps(found, ensure_ascii=False, indent=1))
        return 0
    if not found["hits"]:
        print(f"lagebild: nothing found for {a.query!r} (the syntax: lagebild search --help)", file=sys.stderr)
        return 1
    for h in found["hits"]:
        # the hit's words between » «, as the web UI marks them
        text = " ".join("".join(f"»{p['text']}«" if p["hit"] else p["text"] for p in h["snippet"]).split())
        print(f"{h['kind']:<9} [{cites.get(h['document'], h['document'])}] {text}")
    return 0


def _side_label(actors: list[str], names: dict[str, str], cities: dict[str, str]) -> str:
    """One side of an event for the reader: a city that speaks for its state is the state, with
    the city in brackets ("China (Peking) → USA", not "Peking → USA"; trial 7), or nothing more
    where the side names the state itself ("USA, Washington" is "USA"). The export keeps the ids."""
    labels: list[str] = []
    for x in actors:
        state = cities.get(x)
        if state is None:
            label = names.get(x, x)
        elif state in actors:
            continue
        else:
            label = f"{names[state]} ({names.get(x, x)})"
        if label not in labels:
            labels.append(label)
    return ", ".join(labels)


def _cmd_evaluate(a: argparse.Namespace) -> int:
    from lagebild.evaluate import evaluate_store, load_gold
    from lagebild.store import Store

    gold = load_gold(Path(a.gold))
    with Store(a.db, create=False) as store:
        result = evaluate_store(gold, store)
    if a.json:
        print(json.dumps(result.figures, ensure_ascii=False))
    else:
        for k, v in result.figures.items():
            print(f"{k}: {v}")
    if a.verbose:
        print("\n".join(result.log))
    return 0


def _cmd_timex(a: argparse.Namespace) -> int:
    from lagebild.ingest import input_text, iter_inputs
    from lagebild.model import Failure
    from lagebild.time import tag_text, timex_json

    # read as `run` reads it: any encoding, PDF and HTML too; a failure is one line, not a traceback
    if Path(a.file).is_dir():
        print(f"lagebild: {a.file}: a folder; timex reads one file", file=sys.stderr)
        return 2
    items = list(iter_inputs([a.file]))
    if len(items) != 1:
        print(f"lagebild: {a.file}: {len(items)} texts (a JSON Lines corpus); timex reads one file", file=sys.stderr)
        return 2
    if isinstance(items[0], Failure):
        print(f"lagebild: [{items[0].code}] {items[0].source}: {items[0].reason}", file=sys.stderr)
        return 2
    text = input_text(items[0])
    dct = date.fromisoformat(a.dct) if a.dct else None
    lang = a.language or _detected_language(items[0], text)
    for t in tag_text(text, dct, narrative=not a.news, language=lang):
        print(json.dumps(timex_json(t, text), ensure_ascii=False))
    return 0


def _detected_language(raw: Any, text: str) -> str:
    """The language ``run`` would give the input, for ``timex`` without ``--language`` (seventh
    user trial: an English Reuters story was tagged with the German rules and gave nothing)."""
    from lagebild.errors import InputError
    from lagebild.ingest import language, to_document

    try:
        lang = to_document(raw).language
    except InputError:  # a text run would refuse (a bare list of dates) is still tagged
        lang = language(text)
    if lang not in ("de", "en"):
        print(f"lagebild: the text reads as language {lang!r}; tagged with the German rules "
              "(--language en for English)", file=sys.stderr)
        return "de"
    return lang


def _cmd_ner(a: argparse.Namespace) -> int:
    from lagebild.entities.conll import tag_conll

    n = tag_conll(Path(a.conll), Path(a.out))
    print(f"tagged {_n(n, 'sentence')} into {a.out}", file=sys.stderr)
    return 0


def _cmd_train(a: argparse.Namespace) -> int:
    if a.what == "ner":
        from lagebild.entities.train import train_ner

        report = train_ner(Path(a.data), Path(a.out) if a.out else _default_model_dir(),
                           seed=a.seed, holdout=a.holdout)
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0
    raise SystemExit(f"unknown model: {a.what}")


def _default_model_dir() -> Path:
    from lagebild.entities.ner import MODEL_DIR

    return MODEL_DIR


def _cmd_serve(a: argparse.Namespace) -> int:
    import socket

    from lagebild.store import Store
    from lagebild.web import serve

    Store(a.db, readonly=True).close()  # a missing or foreign database: say so before serving
    with socket.socket(socket.AF_INET6 if ":" in a.host else socket.AF_INET) as probe:
        try:
            probe.bind((a.host, a.port))
        except OSError as e:
            raise ServeError(f"cannot listen on {a.host}:{a.port} ({e.strerror}); choose another --port") from e
    serve(Path(a.db), host=a.host, port=a.port)
    return 0


def _cmd_dossier(a: argparse.Namespace) -> int:
    from lagebild.dossier import write_dossier
    from lagebild.store import Store

    with Store(a.db, create=False) as store:
        write_dossier(store, Path(a.out))
    if not a.quiet:
        print(f"wrote {a.out}")
    return 0


def _conflict_date(c: dict[str, Any]) -> str:
    """One of the dates outlets disagree on, with how many articles give it: "2025-03-17 (1)"."""
    n = len(c.get("documents") or ())
    return f"{c['value'] or c['start']}" + (f" ({n})" if n else "")


def _cmd_bench(a: argparse.Namespace) -> int:
    from lagebild.bench import bench

    return bench(a.paths, workers=a.workers, limit=a.limit, json_out=a.json)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``lagebild``."""
    p = argparse.ArgumentParser(prog="lagebild", description="A sourced situational picture from news articles.")
    p.add_argument("--version", action="version", version=f"lagebild {__version__}")
    p.add_argument("-q", "--quiet", action="store_true", help="only errors")
    p.add_argument("--debug", action="store_true", help="verbose logging")
    # the same two options after the command ("lagebild export … -q"); unset there, they leave
    # the value given before it
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-q", "--quiet", action="store_true", default=argparse.SUPPRESS, help="only errors")
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="verbose logging")
    commands = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, **kw: Any) -> argparse.ArgumentParser:
        return commands.add_parser(name, parents=[common], **kw)

    r = command("run", help="ingest, analyse, merge and store files and folders")
    r.add_argument("paths", nargs="+", help="files, folders (recursively) and JSONL corpora")
    r.add_argument("--db", default=DEFAULT_DB, help=f"database file (default {DEFAULT_DB})")
    r.add_argument("--workers", type=_workers, default=None, help="processes (default: one per core)")
    r.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar (default: when stderr is a terminal)")
    r.add_argument("--distributed", nargs="?", const="local", default=None, metavar="SCHEDULER",
                   help="analyse on Dask (pip install 'lagebild[distributed]'): a local cluster of --workers "
                        "processes, or the scheduler at this address (tcp://host:8786); results go to Parquet "
                        "(--parquet) and are then loaded into --db")
    r.add_argument("--parquet", default=None, metavar="DIR",
                   help="where the distributed run writes its Parquet files (default: DB.parquet)")
    r.set_defaults(func=_cmd_run)

    lp = command("load-parquet", help="load the Parquet output of a distributed run into a database")
    lp.add_argument("dir", help="the folder of Parquet files")
    lp.add_argument("--db", default=DEFAULT_DB, help=f"database file (default {DEFAULT_DB})")
    lp.set_defaults(func=_cmd_load_parquet)

    e = command("export", help="write the database in an export format")
    e.add_argument("dir", help="output folder")
    e.add_argument("--db", default=DEFAULT_DB, help=f"database file (default {DEFAULT_DB})")
    e.add_argument("--format", default="jsonl", choices=["jsonl", "csv", "gexf", "timelinejs"],
                   help="jsonl: lagebild-export/1 (docs/export.md); csv: tables; gexf: network for Gephi; "
                        "timelinejs: Knight Lab TimelineJS (default jsonl)")
    e.set_defaults(func=_cmd_export)

    s = command("stats", help="counts of what the database holds")
    s.add_argument("--db", default=DEFAULT_DB, help=f"database file (default {DEFAULT_DB})")
    s.add_argument("--json", action="store_true", help="one JSON object instead of a table")
    s.set_defaults(func=_cmd_stats)

    tl = command("timeline", help="print the merged timeline of events")
    tl.add_argument("--db", default=DEFAULT_DB, help=f"database file (default {DEFAULT_DB})")
    tl.add_argument("--actor", help="only events with an actor whose name contains this")
    tl.add_argument("-v", "--verbose", action="store_true", help="every report's sentence under its event")
    tl.set_defaults(func=_cmd_timeline)

    se = command("search", help="full-text search over documents, quotations and events (as the web UI's)",
                 description="Words are all required, the last one also as the start of a longer word; "
                             "\"a phrase\" in quotation marks; OR, AND and NOT in capitals between two terms; "
                             "brackets group; NEAR(a b) or NEAR(a b, 5): words at most 10 (5) words apart. "
                             "A word in either German spelling finds both (Zoelle, Zölle). An actor's name "
                             "also finds its other names (Netanyahu, Netanjahu).")
    se.add_argument("query", help="what to look for")
    se.add_argument("--db", default=DEFAULT_DB, help=f"database file (default {DEFAULT_DB})")
    se.add_argument("--kind", choices=["document", "quote", "event"], help="only hits of this kind")
    se.add_argument("--limit", type=int, default=20, help="at most this many hits (default 20)")
    se.add_argument("--json", action="store_true", help="the API's answer (/api/search) as JSON")
    se.set_defaults(func=_cmd_search)

    v = command("evaluate", help="score the database against a lagebild-gold/1 annotation")
    v.add_argument("gold", help="the reference annotation (JSON)")
    v.add_argument("--db", default=DEFAULT_DB, help=f"database file (default {DEFAULT_DB})")
    v.add_argument("--json", action="store_true", help="the figures as one JSON object")
    v.add_argument("-v", "--verbose", action="store_true", help="list every miss and false hit")
    v.set_defaults(func=_cmd_evaluate)

    t = command("timex", help="tag temporal expressions in a text file (one JSON object per line)")
    t.add_argument("file", help="a text file in any encoding, an HTML page or a PDF (read as run reads it)")
    t.add_argument("--dct", help="document creation date YYYY-MM-DD (optional; without it, only dates the text "
                                 "names resolve others, and 'gestern' stays open)")
    t.add_argument("--language", choices=["de", "en"],
                   help="the text's language (default: detected as run detects it)")
    t.add_argument("--news", action="store_true",
                   help="news mode: undated days and relative words count from the document date "
                        "(default: narrative mode, from the last date mentioned)")
    t.set_defaults(func=_cmd_timex)

    n = command("ner", help="tag pre-tokenised sentences in the GermEval layout")
    n.add_argument("--conll", required=True, help="input: index<TAB>token per line")
    n.add_argument("--out", required=True, help="output: the input with the predicted label added")
    n.set_defaults(func=_cmd_ner)

    tr = command("train", help="rebuild a bundled model from the training data")
    tr.add_argument("what", choices=["ner"])
    tr.add_argument("--data", default="../shared/data",
                    help="the folder with germeval2014/, smartdata/ and 10kgnad/ (default ../shared/data; "
                         "see docs/ner.md for where to get them)")
    tr.add_argument("--out", default=None, help="model folder (default: the bundled model's)")
    tr.add_argument("--seed", type=int, default=0)
    tr.add_argument("--holdout", type=float, default=0.0, help="share of GermEval held out for a dev figure")
    tr.set_defaults(func=_cmd_train)

    sv = command("serve", help="the web UI and JSON API")
    sv.add_argument("--db", default=DEFAULT_DB, help=f"database file (default {DEFAULT_DB})")
    sv.add_argument("--host", default="127.0.0.1",
                    help="address to listen on (default 127.0.0.1: this machine only)")
    sv.add_argument("--port", type=int, default=8765, help="port (default 8765)")
    sv.set_defaults(func=_cmd_serve)

    d = command("dossier", help="one self-contained HTML file with the situational picture")
    d.add_argument("--db", default=DEFAULT_DB, help=f"database file (default {DEFAULT_DB})")
    d.add_argument("--out", required=True, help="the HTML file to write")
    d.set_defaults(func=_cmd_dossier)

    b = command("bench", help="throughput, per-stage cost and peak memory on a corpus")
    b.add_argument("paths", nargs="+")
    b.add_argument("--workers", type=_workers, default=None, help="processes (default: one per core)")
    b.add_argument("--limit", type=int, default=None, help="at most this many documents")
    b.add_argument("--json", action="store_true")
    b.set_defaults(func=_cmd_bench)
    return p


def _terminate(main_pid: int) -> Callable[[int, FrameType | None], None]:
    """A SIGTERM handler: in the main process a termination is an interruption (the pool is shut
    down, the user told what was kept); a worker forked from it dies quietly as by default."""
    def handler(signum: int, frame: FrameType | None) -> None:
        if os.getpid() != main_pid:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
            return
        raise KeyboardInterrupt
    return handler


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``lagebild`` command."""
    a = build_parser().parse_args(argv)
    level = logging.DEBUG if a.debug else logging.ERROR if a.quiet else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    # pypdf warns about every repair it makes ("EOF marker not found"); a PDF it cannot read is
    # reported once, as that input's failure
    logging.getLogger("pypdf").setLevel(logging.DEBUG if a.debug else logging.ERROR)
    if a.command == "run" and not a.debug:
        # Each failed input is printed once, in the closing report; no second warning line.
        logging.getLogger("lagebild.pipeline").setLevel(logging.ERROR)
    previous = (signal.signal(signal.SIGTERM, _terminate(os.getpid()))
                if threading.current_thread() is threading.main_thread() else None)
    try:
        return int(a.func(a))
    except LagebildError as e:
        print(f"lagebild: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("lagebild: interrupted; stored documents are kept, run again to resume", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (`lagebild stats | head -3`): nothing more to say, and Python must
        # not complain when it flushes stdout at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as e:  # an output path that is a folder, a file where a folder should be, no permission
        print(f"lagebild: {e.filename + ': ' if e.filename else ''}{e.strerror or e}", file=sys.stderr)
        return 2
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":
    sys.exit(main())
