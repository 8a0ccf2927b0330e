"""The web app: the ledger served as HTML pages and a JSON API (FastAPI on Uvicorn).

`create_app()` is a factory so tests, the CLI and benchmarks each build their own app
against their own database. Reads are open; writes (saving an upload, corrections)
need the token given here or in ``$SECTION16_TOKEN``. No token configured means
writes are refused, so a server started carelessly can't be written to.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import HTTPException, RequestValidationError
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from section16 import __version__
from section16.codes import describe_code
from section16.errors import Section16Error
from section16.web.cache import DEFAULT_CACHE_MB, CachedReads, ResponseCache
from section16.web.jsonresp import JSONResponse
from section16.web.service import show_value

HERE = Path(__file__).resolve().parent
log = logging.getLogger("section16.web")
DEFAULT_MAX_UPLOAD = 10 * 1024 * 1024
"""Request bodies over this many bytes get 413 before anything is parsed."""


class WebConfig:
    """What one app instance serves: the database, the write token, the upload cap."""

    def __init__(self, db_url: str | None, token: str | None, max_upload_bytes: int, cache_mb: float = 0.0) -> None:
        self.db_url = db_url
        self.token = token or None
        self.max_upload_bytes = max_upload_bytes
        self.cache = ResponseCache(int(cache_mb * 1024 * 1024)) if cache_mb > 0 else None
        self._ledger: Any = None
        self._lock = threading.Lock()

    def ledger(self) -> Any:
        """The app's one `Ledger`, opened on first use (so the app starts without a DB)."""
        if self._ledger is None:
            with self._lock:
                if self._ledger is None:
                    try:
                        from section16.ledger import Ledger
                    except ImportError as exc:  # pragma: no cover - the ledger ships with the package
                        raise HTTPException(503, f"the ledger is not available ({exc})") from exc
                    self._ledger = Ledger(self.db_url)
        return self._ledger

    def close(self) -> None:
        """Release the database connections (server shutdown, tests)."""
        if self._ledger is not None:
            self._ledger.close()
            self._ledger = None


class BodySizeLimit:
    """Refuse request bodies over the cap with 413, whether or not Content-Length is sent.

    Counting as the body streams in means a chunked upload can't slip past the cap.
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > self.limit:
                await self._refuse(scope, receive, send)
                return
        seen = 0
        too_large = False
        started = False

        async def counted_receive() -> Message:
            nonlocal seen, too_large
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    too_large = True
                    raise _TooLarge()
            return message

        async def guarded_send(message: Message) -> None:
            # A framework may turn the aborted read into its own 400; answer 413 instead.
            nonlocal started
            if too_large:
                if message["type"] == "http.response.start" and not started:
                    started = True
                    await self._refuse(scope, receive, send)
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted_receive, guarded_send)
        except _TooLarge:
            if not started:
                await self._refuse(scope, receive, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        mb = self.limit / (1024 * 1024)
        resp = JSONResponse({"error": f"upload is over the {mb:g} MB limit"}, status_code=413)
        await resp(scope, receive, send)


class _TooLarge(Exception):
    pass


def format_number(value: object) -> str:
    """Numbers as people read them: thousands separated, no float noise, no trailing zeros."""
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return str(value)
    if not number.is_finite():
        return str(value)
    number = round(number, 4).normalize()
    if number == number.to_integral_value():
        return f"{int(number):,}"
    return f"{number:,f}"


def schema_type(schema: dict[str, object] | None) -> str:
    """A parameter's JSON-schema type in a few words (``string``, ``integer ≥ 1``, ``date or null``)."""
    if not schema:
        return ""
    options = schema.get("anyOf")
    if isinstance(options, list):
        return " or ".join(schema_type(o) for o in options if isinstance(o, dict))
    kind = str(schema.get("format") or schema.get("type") or "")
    if kind == "null":
        return "null"
    bounds = [f"{sign} {schema[key]}" for key, sign in (("minimum", "≥"), ("maximum", "≤")) if key in schema]
    return " ".join([kind, *bounds])


def _warm_up() -> None:
    """Load the checks' calendars and the templates once at start, not on a user's first click."""
    from section16.model import OwnershipDocument

    try:
        from section16.checks import check_document

        check_document(OwnershipDocument())
    except ImportError:  # pragma: no cover - checks ship with the package
        pass


def create_app(
    db_url: str | None = None,
    token: str | None = None,
    *,
    max_upload_bytes: int | None = None,
    cache_mb: float | None = None,
) -> FastAPI:
    """Build the app. ``db_url`` None means the ledger's default ($SECTION16_DATABASE_URL
    or ./section16.db); ``token`` None means ``$SECTION16_TOKEN`` (unset: read-only);
    ``max_upload_bytes`` None means ``$SECTION16_MAX_UPLOAD_BYTES`` or 10 MB; ``cache_mb``
    None means ``$SECTION16_CACHE_MB`` or 64 MB of kept API answers per process (0: none).

    Called without arguments it is configured from the environment alone, which is how
    each worker process of ``section16 serve --workers N`` builds its copy.
    """
    from section16.web import api, pages

    if max_upload_bytes is None:
        raw = os.environ.get("SECTION16_MAX_UPLOAD_BYTES", "")
        max_upload_bytes = int(raw) if raw.isdigit() else DEFAULT_MAX_UPLOAD

    if token is None:
        token = os.environ.get("SECTION16_TOKEN")
    if cache_mb is None:
        try:
            cache_mb = float(os.environ.get("SECTION16_CACHE_MB", DEFAULT_CACHE_MB))
        except ValueError:
            cache_mb = DEFAULT_CACHE_MB
    config = WebConfig(db_url, token, max_upload_bytes, cache_mb)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        _warm_up()
        yield
        config.close()

    app = FastAPI(
        lifespan=lifespan,
        title="section16",
        version=__version__,
        description="SEC Section 16 insider filings (Forms 3, 4, 5): search, filings, transactions, "
        "holdings, timelines, gaps and check findings. Reads are open; writes need a bearer token.",
        default_response_class=JSONResponse,
        docs_url=None,  # FastAPI's Swagger page loads from a CDN; ours (pages.api_docs) works offline
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.config = config
    app.state.templates = Jinja2Templates(directory=str(HERE / "templates"))
    app.state.templates.env.globals["version"] = __version__
    app.state.templates.env.globals["writes_enabled"] = config.token is not None
    app.state.templates.env.filters["num"] = format_number
    app.state.templates.env.filters["shown"] = show_value
    app.state.templates.env.filters["code_description"] = lambda code: describe_code(code) if code else ""
    app.state.templates.env.filters["schema_type"] = schema_type
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.add_middleware(BodySizeLimit, limit=max_upload_bytes)
    app.add_middleware(CachedReads, config=config)  # outermost: a kept answer skips everything below

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        """JSON errors under /api/, a readable page elsewhere: one line naming the problem."""
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return request.app.state.templates.TemplateResponse(
            request,
            "error.html.j2",
            {"status": exc.status_code, "message": exc.detail},
            status_code=exc.status_code,
        )

    @app.exception_handler(Section16Error)
    async def _bad_input(request: Request, exc: Section16Error) -> Response:
        """A query the ledger refuses (bad date, unknown field) is the caller's mistake: 422."""
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": str(exc)}, status_code=422)
        return request.app.state.templates.TemplateResponse(
            request, "error.html.j2", {"status": 422, "message": str(exc)}, status_code=422
        )

    @app.exception_handler(RequestValidationError)
    async def _bad_request(request: Request, exc: RequestValidationError) -> Response:
        """Bad query parameters as one line per problem instead of a nested structure."""
        problems = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "body", "path"))
            problems.append(f"{where}: {err.get('msg')}" if where else str(err.get("msg")))
        return JSONResponse({"error": "; ".join(problems)}, status_code=422)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Response:
        """A bug still answers in the API's shape (and is logged with its traceback)."""
        log.error("%s %s failed", request.method, request.url.path, exc_info=exc)
        message = f"internal error ({type(exc).__name__}); the server log has the details"
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": message}, status_code=500)
        return request.app.state.templates.TemplateResponse(
            request, "error.html.j2", {"status": 500, "message": message}, status_code=500
        )

    return app
