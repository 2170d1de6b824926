"""Requests refused from their headers, before a byte of their body is read (ASGI middleware).

Why not a FastAPI dependency: FastAPI reads and parses the whole body before it runs a route's
dependencies, so a 200 MB POST without a token was read in full before its 401. The size limit
itself is Starlette's (``FastAPI(max_body_size=...)``: 413 from ``Content-Length`` or as soon as
the streamed body passes it); this middleware adds the token check in front of it.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

#: Largest request body: the largest document (``html`` up to 10 M characters, which JSON
#: escaping can make longer) with its metadata.
MAX_BODY_BYTES = 24_000_000

#: ``(status, message, headers)`` refusing a request from its method, path and headers, or None.
Refusal = tuple[int, str, dict[str, str]] | None


class RefuseEarly:
    """Answers a request that carries a body with ``check``'s refusal, if any, unread."""

    def __init__(self, app: ASGIApp, check: Callable[[str, str, Headers], Refusal]):
        self.app = app
        self.check = check

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] not in ("GET", "HEAD", "OPTIONS"):
            refusal = self.check(scope["method"], scope["path"], Headers(scope=scope))
            if refusal is not None:
                status, detail, extra = refusal
                body = json.dumps({"detail": detail}).encode()
                headers = [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),  # the body stays unread
                ] + [(k.lower().encode(), v.encode()) for k, v in extra.items()]
                await send({"type": "http.response.start", "status": status, "headers": headers})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)
