"""The API application: read endpoints open by default (or behind a read token), ingest behind
an ingest token. Every error is JSON; no traceback ever reaches a client."""

from __future__ import annotations

import datetime as dt
import json
import logging
import secrets
from pathlib import PurePath
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field
from starlette.datastructures import Headers

from .. import __version__
from ..model import Reading, Relation
from ..store import DocumentFilter, Store, open_store
from ._responses import REFUSED, TOKEN_RESPONSES
from .claims import claim_routers
from .graph import provenance_graph
from .limits import MAX_BODY_BYTES, Refusal, RefuseEarly
from .timing import ServerTiming
from .worker import Budget, BudgetExceeded, shared_pool

log = logging.getLogger("sourcetrace.api")
_bearer = HTTPBearer(auto_error=False)
Bearer = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
Limit = Annotated[int, Query(ge=1, le=500, description="page size")]
#: past this no store has rows, and SQL integers end at 2^63 (a larger offset was a 500)
MAX_OFFSET = 1_000_000_000
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="items to skip")]


class NewDocument(BaseModel):
    """A document to ingest: ``text`` or ``html`` plus optional metadata."""

    model_config = ConfigDict(extra="forbid")
    text: str | None = Field(default=None, max_length=2_000_000)
    html: str | None = Field(default=None, max_length=10_000_000)
    url: str | None = None
    published: dt.date | None = None
    source: str | None = None
    title: str | None = None
    author: str | None = None
    language: str | None = Field(default=None, max_length=8)


class Created(BaseModel):
    id: str
    created: bool


def _same(given: HTTPAuthorizationCredentials | None, expected: str) -> bool:
    return given is not None and secrets.compare_digest(
        given.credentials.encode(), expected.encode()
    )


def public_origin(origin: str | None) -> str | None:
    """What a reader is shown of where a document came from: a URL, ``stdin`` or ``api`` as
    they are, a file as its name (with ``:line`` or ``#message``), never the server's folders."""
    if not origin or "://" in origin or ("/" not in origin and "\\" not in origin):
        return origin
    return PurePath(origin.replace("\\", "/")).name


def _validation_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    """Validation errors without the input they were about (a 10 MB text was echoed back)."""
    return [
        {"loc": list(error.get("loc", ())), "msg": error.get("msg", ""), "type": error.get("type", "")}
        for error in exc.errors()
    ]


def create_app(
    db_url: str | None = None,
    token: str | None = None,
    read_token: str | None = None,
    store: Store | None = None,
    budget: Budget | None = None,
) -> FastAPI:
    """The API on the store at ``db_url`` (path or URL; migrated on open).

    ``token`` enables ``POST /api/documents``; ``read_token``, if set, is needed to read;
    ``budget`` bounds the time and memory one posted document may take to read."""
    store = store or open_store(db_url)
    app = FastAPI(
        title="sourcetrace",
        version=__version__,
        description="Quotes, speakers, sourcing chains, figures and hedges read from war reporting.",
        docs_url=None,  # served by the web reader from vendored assets: /docs works offline
    )
    app.state.store = store
    readers = shared_pool(budget or Budget())

    def refuse_unauthorised(method: str, path: str, headers: Headers) -> Refusal:
        """The ingest token, checked from the headers before the body is read."""
        if not (method == "POST" and path.rstrip("/") == "/api/documents"):
            return None
        if not token:
            return 403, "ingest over the API is off: start the server with --token", {}
        scheme, _, given = headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not secrets.compare_digest(
            given.strip().encode(), token.encode()
        ):
            return 401, "a valid ingest token is needed", {"WWW-Authenticate": "Bearer"}
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
            return 413, f"request body too large: the limit is {MAX_BODY_BYTES} bytes", {}
        return None

    app.add_middleware(RefuseEarly, check=refuse_unauthorised)
    app.add_middleware(ServerTiming)  # outermost: the whole time the server spent

    # The token checks and /api/health are ``async``: they do no I/O, and a plain ``def`` costs
    # a hop through the thread pool per request (two hops for every read under load).
    async def can_read(creds: Bearer) -> None:
        if read_token and not (_same(creds, read_token) or (token and _same(creds, token))):
            raise HTTPException(
                401, "a read token is needed", headers={"WWW-Authenticate": "Bearer"}
            )

    async def can_ingest(creds: Bearer) -> None:
        if not token:
            raise HTTPException(403, "ingest over the API is off: start the server with --token")
        if not _same(creds, token):
            raise HTTPException(
                401, "a valid ingest token is needed", headers={"WWW-Authenticate": "Bearer"}
            )

    reader = [Depends(can_read)]

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> JSONResponse:
        log.exception("error on %s %s", request.method, request.url.path)
        return JSONResponse({"detail": "internal error"}, status_code=500)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": _validation_errors(exc)}, status_code=422)

    @app.get("/api/documents", dependencies=reader, tags=["documents"])
    def documents(
        q: str | None = None,
        language: str | None = None,
        outlet: str | None = None,
        speaker: str | None = None,
        relation: Relation | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Documents, newest first; ``q`` is full-text search over title and text."""
        f = DocumentFilter(q, language, outlet, speaker, relation, date_from, date_to)
        page = store.documents(f, limit, offset).as_dict()
        for item in page.get("items", []):
            if isinstance(item, dict) and "origin" in item:
                item["origin"] = public_origin(item["origin"])
        return page

    @app.get(
        "/api/documents/{doc_id}",
        dependencies=reader,
        tags=["documents"],
        response_model=Reading,
        responses={404: {"description": "no such document"}},
    )
    def document(doc_id: str) -> Response:
        """The whole reading of one document, as the analysis produced it."""
        raw = store.reading_json(doc_id)
        if raw is None:
            raise HTTPException(404, f"no document {doc_id}")
        reading = json.loads(raw)
        document = reading.get("document") or {}
        if document.get("origin") != public_origin(document.get("origin")):
            document["origin"] = public_origin(document["origin"])
            raw = json.dumps(reading, ensure_ascii=False)
        return Response(raw, media_type="application/json")

    @app.get(
        "/api/documents/{doc_id}/provenance",
        dependencies=reader,
        tags=["documents"],
        responses={404: {"description": "no such document"}},
    )
    def provenance(doc_id: str) -> dict[str, Any]:
        """The document's sourcing chain as nodes and edges."""
        reading = store.reading(doc_id)
        if reading is None:
            raise HTTPException(404, f"no document {doc_id}")
        return provenance_graph(reading)

    @app.post(
        "/api/documents",
        status_code=201,
        response_model=Created,
        tags=["documents"],
        dependencies=[Depends(can_ingest)],
        max_body_size=MAX_BODY_BYTES,  # Starlette's, counted as a streamed body arrives
        responses={
            200: {"description": "the same text is stored already", "model": Created},
            400: {"description": "the body is not JSON"},
            401: {"description": "no or a wrong ingest token (checked before the body is read)"},
            403: {"description": "ingest over the API is off"},
            413: {"description": "body over the size limit, or the reading over the memory budget"},
            422: {"description": "bad input, or the reading over the time budget"},
            503: {"description": "every reader is busy; retry after the Retry-After seconds"},
        },
    )
    async def ingest(body: NewDocument, response: Response) -> dict[str, Any]:
        """Analyse and store a document (same text again: stored already, ``created`` false).

        The reading runs in a worker process with a time and memory budget, so other requests
        are served meanwhile; over budget: 413 (memory) or 422 (time), all workers busy: 503."""
        from ..ingest import InputError
        from ..ingest.records import record_doc
        from ..store.repo import content_id

        if (body.text is None) == (body.html is None):
            raise HTTPException(422, "give exactly one of 'text' or 'html'")
        try:
            record = body.model_dump(mode="json", exclude_none=True)
            source = await run_in_threadpool(record_doc, record, "api")  # HTML parsing is work
            doc_id = content_id(source.text)
            if await run_in_threadpool(store.stored_version, doc_id) is not None:
                response.status_code = 200
                return {"id": doc_id, "created": False}
            reading = await readers.read(source)
        except InputError as exc:
            raise HTTPException(422, str(exc)) from None
        except BudgetExceeded as exc:
            headers = {"Retry-After": "10"} if exc.status == 503 else None
            raise HTTPException(exc.status, exc.message, headers=headers) from None
        status = await run_in_threadpool(store.save, reading)
        if status == "exists":
            response.status_code = 200
        return {"id": reading.document.id, "created": status == "created"}

    @app.get("/api/speakers", dependencies=reader, tags=["speakers"])
    def speakers(
        q: str | None = None, kind: str | None = None, limit: Limit = 50, offset: Offset = 0
    ) -> dict[str, Any]:
        """Speakers and sources across the corpus, most quoted first."""
        return store.speakers(q, kind, limit, offset).as_dict()

    @app.get(
        "/api/speakers/{name:path}/quotes",
        dependencies=reader,
        tags=["speakers"],
        responses={404: {"description": "no route for a name the path cannot carry"}},
    )
    def speaker_quotes(name: str, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        """Everything one speaker is quoted as saying, with the document it is in."""
        return store.quotes(speaker=name, limit=limit, offset=offset).as_dict()

    @app.get("/api/quotes", dependencies=reader, tags=["records"])
    def quotes(
        speaker: str | None = None,
        document_id: str | None = None,
        q: str | None = None,
        kind: Literal["direct", "indirect"] | None = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        return store.quotes(speaker, document_id, q, kind, limit, offset).as_dict()

    @app.get("/api/attributions", dependencies=reader, tags=["records"])
    def attributions(
        relation: Relation | None = None,
        source: str | None = None,
        document_id: str | None = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        return store.attributions(relation, source, document_id, limit, offset).as_dict()

    @app.get("/api/figures", dependencies=reader, tags=["records"])
    def figures(
        claimant: str | None = None,
        counts: str | None = None,
        document_id: str | None = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        return store.figures(claimant, counts, document_id, limit, offset).as_dict()

    @app.get("/api/search", dependencies=reader, tags=["search"])
    def search(
        q: Annotated[str, Query(min_length=1, max_length=500)],
        limit: Limit = 20,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Full-text search: every word must occur; ``word*`` matches a prefix."""
        return store.search(q, limit, offset).as_dict()

    from .export import router as export_router

    app.include_router(export_router, dependencies=reader)
    from .corrections import editors as correction_editors
    from .corrections import readers as correction_readers

    app.include_router(correction_readers, dependencies=reader)
    app.include_router(
        correction_editors,
        dependencies=[Depends(can_ingest)],
        responses={404: {"description": "no such document"}, **TOKEN_RESPONSES, **REFUSED},
    )
    for router in claim_routers(store, reader, [Depends(can_ingest)]):
        app.include_router(router)

    @app.get("/api/health", tags=["meta"])
    async def health() -> dict[str, Any]:
        return {"status": "ok", "version": __version__, "database": store.dialect}

    try:
        from ..web import mount
    except ImportError:

        @app.get("/", include_in_schema=False)
        def index() -> dict[str, str]:
            return {"name": "sourcetrace", "api": "/api/documents", "docs": "/docs"}
    else:
        mount(app)
    return app
