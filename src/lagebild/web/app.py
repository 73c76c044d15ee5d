"""The HTTP layer: a FastAPI application over one lagebild database.

Thin on purpose: each route parses its parameters, calls one function of
:mod:`lagebild.web.queries` and returns the result as JSON. The page itself is static
(``static/index.html`` with ``app.js``) and builds every element with ``textContent``, so
article text, which is untrusted, is never parsed as HTML; the Content-Security-Policy header
forbids inline and foreign scripts as a second line of defence.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Iterator
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request, Response
from fastapi.responses import FileResponse, JSONResponse
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from pydantic import AfterValidator
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.routing import Match

from lagebild import __version__
from lagebild.store import Store
from lagebild.web import queries

STATIC = Path(str(resources.files("lagebild.web").joinpath("static")))

#: What an id of a document, entity, event or quotation may look like: ``3fa2…``, ``Q159``,
#: ``per:max-bergmann``. Anything else (``../../etc/passwd``, ``a/b``) is answered with 404
#: before it reaches the database.
_ID = re.compile(r"[\w][\w:.\-]{0,199}")
_DAY = r"^\d{4}(-\d{2}(-\d{2})?)?$"

#: Scripts only from this server; styles may be inline because vis-network injects its own.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
SECURITY_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
                    "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY",
                    "Cross-Origin-Opener-Policy": "same-origin"}


def _not_found(what: str) -> HTTPException:
    return HTTPException(status_code=404, detail=f"no such {what}")


def _named(s: Store, value: str | None, what: str) -> frozenset[str] | None:
    """The entity ids a filter that names an actor stands for, refused with 404 where no entity
    goes by that name: an empty answer would pass a typo off as "no such events" (as ``lagebild
    timeline --actor`` says). The query gets the ids, so that the name is resolved once."""
    if not value:
        return None
    ids = queries.resolved(s, value)
    if not ids:
        raise HTTPException(status_code=404, detail=f"no {what} named {value!r}")
    return ids


def _checked_id(value: str, what: str) -> str:
    if not _ID.fullmatch(value) or ".." in value:
        raise _not_found(what)
    return value


def _store(request: Request) -> Iterator[Store]:
    # One connection per request: sync routes run in a thread pool, and an SQLite connection
    # must not serve two threads at once.
    s = Store(request.app.state.db, readonly=True)
    try:
        yield s
    finally:
        s.close()


S = Annotated[Store, Depends(_store)]
def _real_day(value: str | None) -> str | None:
    """A day, month or year that the calendar has: "2026-13-01" matched the pattern and then
    matched no event, an empty answer instead of the user's typo named."""
    if value is not None:
        try:
            date.fromisoformat((value + "-01-01")[:10] if len(value) < 10 else value)
        except ValueError:
            raise ValueError(f"{value!r} is no day of the calendar (YYYY, YYYY-MM or YYYY-MM-DD)") from None
    return value


Day = Annotated[str | None, Query(pattern=_DAY, description="ISO day, month or year"), AfterValidator(_real_day)]


def _unknown_parameters(app: FastAPI, request: Request) -> str | None:
    """A message naming the query parameters an API route does not take, or None."""
    if not request.url.path.startswith("/api/") or not request.query_params:
        return None
    for route in app.router.routes:
        if isinstance(route, APIRoute) and route.matches(request.scope)[0] == Match.FULL:
            known = {p.alias for p in route.dependant.query_params}
            extra = sorted(set(request.query_params) - known)
            if extra:
                return (f"unknown query parameter(s) {', '.join(extra)} for {request.url.path}; "
                        f"it takes: {', '.join(sorted(known)) or 'none'}")
            return None
    return None


def create_app(db: Path, *, allowed_hosts: list[str] | None = None) -> FastAPI:
    """The web application over the database ``db`` (which must exist).

    ``allowed_hosts`` guards against DNS rebinding: a page on another site that resolves its
    name to 127.0.0.1 must not read the local database. By default only local names pass.
    """
    Store(db, readonly=True).close()  # fail now, with the store's message, not on the first request
    # No /docs or /redoc: FastAPI's pages load Swagger UI and ReDoc from a CDN, and nothing here
    # may come from the internet. The OpenAPI description itself is at /openapi.json.
    app = FastAPI(title="lagebild", version=__version__, docs_url=None, redoc_url=None,
                  description="The sourced situational picture of a lagebild database, read-only.")
    app.state.db = db
    app.add_middleware(TrustedHostMiddleware,
                       allowed_hosts=allowed_hosts or ["127.0.0.1", "localhost", "[::1]", "testserver"])

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        unknown = _unknown_parameters(app, request)
        if unknown:
            # "?speeker=Putin" must not answer every quotation as if no filter were asked for
            return JSONResponse({"detail": unknown}, status_code=422, headers=SECURITY_HEADERS)
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        return response

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/api/meta", summary="Language, labels, counts, period and filter choices")
    def meta(s: S) -> dict[str, Any]:
        return queries.meta(s)

    @app.get("/api/events", summary="Merged events with actors and every mention")
    def events(s: S, actor: str | None = None, type: str | None = None, since: Day = None,  # noqa: A002
               until: Day = None, partner: str | None = None, sides: bool = False,
               limit: Annotated[int, Query(ge=1, le=10_000)] = 1000,
               offset: Annotated[int, Query(ge=0)] = 0) -> list[dict[str, Any]]:
        return queries.events(s, actor=_named(s, actor, "actor"), event_type=type, since=since, until=until,
                              partner=_named(s, partner, "actor"), sides=sides, limit=limit, offset=offset)

    @app.get("/api/events/{event_id}", summary="One merged event, each mention with its sentence")
    def event(s: S, event_id: str) -> dict[str, Any]:
        found = queries.event(s, _checked_id(event_id, "event"))
        if found is None:
            raise _not_found("event")
        return found

    @app.get("/api/timeline", summary="Timeline items: points for days, bands for months and longer")
    def timeline(s: S, actor: str | None = None, type: str | None = None, since: Day = None,  # noqa: A002
                 until: Day = None) -> dict[str, Any]:
        return queries.timeline(s, actor=_named(s, actor, "actor"), event_type=type, since=since, until=until)

    @app.get("/api/entities", summary="Canonical entities with counts")
    def entities(s: S, type: str | None = None, q: str | None = None) -> list[dict[str, Any]]:  # noqa: A002
        return queries.entities(s, entity_type=type, q=q)

    @app.get("/api/entities/{entity_id}", summary="An actor: roles, aliases, quotations, events, documents")
    def entity(s: S, entity_id: str) -> dict[str, Any]:
        found = queries.entity(s, _checked_id(entity_id, "entity"))
        if found is None:
            raise _not_found("entity")
        return found

    @app.get("/api/quotes", summary="Quotations with speaker and sentence")
    def quotes(s: S, speaker: str | None = None, document: str | None = None,
               limit: Annotated[int, Query(ge=1, le=10_000)] = 1000,
               offset: Annotated[int, Query(ge=0)] = 0) -> list[dict[str, Any]]:
        return queries.quotes(s, speaker=_named(s, speaker, "speaker"), document=document, limit=limit,
                              offset=offset)

    @app.get("/api/claims", summary="Numeric claims with holder, unit, hedge, outcome and sentence")
    def claims(s: S, holder: str | None = None, document: str | None = None, unit: str | None = None,
               outcome: str | None = None, limit: Annotated[int, Query(ge=1, le=10_000)] = 1000,
               offset: Annotated[int, Query(ge=0)] = 0) -> list[dict[str, Any]]:
        return queries.claims(s, holder=_named(s, holder, "holder"), document=document, unit=unit, outcome=outcome,
                              limit=limit, offset=offset)

    @app.get("/api/documents", summary="Every document's metadata and counts")
    def documents(s: S) -> list[dict[str, Any]]:
        return queries.documents(s)

    @app.get("/api/documents/{doc_id}", summary="A document: clean body in segments, every extraction")
    def document(s: S, doc_id: str, start: Annotated[int | None, Query(ge=0)] = None,
                 end: Annotated[int | None, Query(ge=0)] = None) -> dict[str, Any]:
        focus = (start, end) if start is not None and end is not None and end > start else None
        found = queries.document(s, _checked_id(doc_id, "document"), focus=focus)
        if found is None:
            raise _not_found("document")
        return found

    @app.get("/api/search", summary="Full-text search over documents, quotations and events (FTS5)")
    def search(s: S, q: Annotated[str, Query(max_length=500)],
               kind: Annotated[str | None, Query(pattern="^(document|quote|event)$")] = None,
               limit: Annotated[int, Query(ge=1, le=500)] = 50) -> dict[str, Any]:
        try:
            return queries.search(s, q, kind=kind, limit=limit)
        except queries.SearchQueryError as e:  # "Gaza OR": the user's syntax, not the server's fault
            raise HTTPException(status_code=400, detail=str(e)) from e

    @app.get("/api/relations", summary="Actor network over a period: cooperation and conflict per pair")
    def relations(s: S, since: Day = None, until: Day = None, actor: str | None = None,
                  level: Annotated[str, Query(pattern="^(sides|actors)$")] = "sides") -> dict[str, Any]:
        return queries.relations(s, since=since, until=until, actor=_named(s, actor, "actor"), level=level)

    # Only the package's own static folder; StaticFiles refuses paths that leave it.
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def serve(db: Path, host: str = "127.0.0.1", port: int = 8765) -> None:
    """Run the web UI on ``http://host:port/`` until interrupted (local only by default)."""
    import uvicorn

    hosts = ["*"] if host in ("0.0.0.0", "::") else ["127.0.0.1", "localhost", "[::1]", host]  # noqa: S104
    app = create_app(db, allowed_hosts=hosts)
    print(f"lagebild: serving {db} on http://{host}:{port}/ (Ctrl+C stops)")
    uvicorn.run(app, host=host, port=port, log_level="warning")
