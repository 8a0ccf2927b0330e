"""Answers of read requests kept in memory until the ledger changes.

A filing, a timeline or a page of transactions costs milliseconds of database work and
JSON encoding; asked again (a chart reloaded, a page shared, an analyst paging back) the
same URL gets the same bytes until something is written. Entries are keyed by the request
URL and stamped with the ledger's *generation* (`Ledger.generation`, bumped by every
write in any process), so a stale answer is never served: a changed generation is a miss.

The same generation is the ETag, so browsers and proxies revalidate with
``If-None-Match`` and get ``304 Not Modified`` without a body.
"""

from __future__ import annotations

import gzip
import threading
from collections import OrderedDict
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

DEFAULT_CACHE_MB = 64.0
"""Memory for kept answers per worker process (``serve --cache-mb``; 0 turns the cache off)."""


class ResponseCache:
    """A least-recently-used map of URL -> (generation, gzip'd body), bounded by stored bytes.

    Bodies are kept gzip-compressed (JSON shrinks about tenfold), so the same memory holds
    ten times the answers, and a client that accepts gzip gets the kept bytes as they are.
    """

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max(0, max_bytes)
        self._items: OrderedDict[str, tuple[int, bytes]] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: str, generation: int) -> bytes | None:
        """The gzip'd body kept for ``key`` if it was made at ``generation``; else None."""
        with self._lock:
            item = self._items.get(key)
            if item is None or item[0] != generation:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return item[1]

    def put(self, key: str, generation: int, body: bytes) -> None:
        """Keep ``body``; the least recently used answers go when the budget is spent."""
        packed = gzip.compress(body, compresslevel=1, mtime=0)
        if len(packed) > self.max_bytes // 8:  # one huge answer must not flush everything else
            return
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self._size -= len(old[1])
            self._items[key] = (generation, packed)
            self._size += len(packed)
            while self._size > self.max_bytes and self._items:
                _, (_, dropped) = self._items.popitem(last=False)
                self._size -= len(dropped)

    def stats(self) -> dict[str, int]:
        with self._lock:
            return {"entries": len(self._items), "bytes": self._size, "hits": self.hits, "misses": self.misses}


NOT_KEPT = frozenset({"/api/health"})
"""API paths always answered live (the health answer reports the cache itself)."""


class CachedReads:
    """ASGI middleware in front of the app: GETs under ``/api/`` answered from the cache.

    A hit is answered here, before routing and parameter validation, for the price of one
    generation lookup; a miss goes to the app and its 200 JSON answer is kept. Errors (404,
    422, 500) and other media (the HTML API docs) pass through and are never kept. Every kept kind of answer carries the
    generation as its ETag, with or without a cache, so clients can revalidate.
    """

    def __init__(self, app: ASGIApp, config: Any) -> None:
        self.app = app
        self.config = config

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if (
            scope["type"] != "http"
            or scope["method"] not in ("GET", "HEAD")
            or not path.startswith("/api/")
            or path in NOT_KEPT
        ):
            await self.app(scope, receive, send)
            return
        try:
            generation = self.config.ledger().generation()
        except Exception:  # no ledger yet, or it can't be opened: the route says why
            await self.app(scope, receive, send)
            return
        etag = f'"g{generation}"'.encode()
        # "no-cache": clients may keep it but must revalidate (cheap: a 304 has no body).
        extra = [(b"etag", etag), (b"cache-control", b"no-cache"), (b"vary", b"Accept-Encoding")]
        headers = dict(scope.get("headers", []))
        if etag in _etags(headers.get(b"if-none-match")):
            await _answer(send, 304, extra, b"")
            return
        cache: ResponseCache | None = self.config.cache
        query = scope.get("query_string", b"").decode("latin-1")
        key = path + ("?" + query if query else "")
        body = cache.get(key, generation) if cache is not None else None
        if body is not None:
            kind = [(b"content-type", b"application/json"), *extra]
            if b"gzip" in headers.get(b"accept-encoding", b""):
                await _answer(send, 200, [*kind, (b"content-encoding", b"gzip")], body)
            else:
                await _answer(send, 200, kind, gzip.decompress(body))
            return
        status = 0
        chunks: list[bytes] = []

        async def keep(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = message.get("headers", [])
                if status == 200 and any(
                    n == b"content-type" and v.startswith(b"application/json") for n, v in headers
                ):
                    message = {**message, "headers": [*headers, *extra]}
                else:  # an error, or not JSON (the API's HTML docs page): passed on, never kept
                    status = -1
            elif message["type"] == "http.response.body" and status == 200 and cache is not None:
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    cache.put(key, generation, b"".join(chunks))
            await send(message)

        await self.app(scope, receive, keep)


async def _answer(send: Send, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
    headers = [*headers, (b"content-length", str(len(body)).encode())] if status == 200 else headers
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _etags(header: bytes | None) -> set[bytes]:
    if not header:
        return set()
    return {tag.strip().removeprefix(b"W/") for tag in header.split(b",")}
