"""The server's own time for each request, in a ``Server-Timing`` header (ASGI middleware).

Why: latency measured by a client on a shared machine mixes the server's work with the
client's and the scheduler's; the header says how long the application itself took, from the
request's arrival to its response headers, so load runs (``benchmarks/load.py``) and browsers'
developer tools can tell the two apart."""

from __future__ import annotations

import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class ServerTiming:
    """Adds ``Server-Timing: app;dur=<milliseconds>`` to every HTTP response."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()

        async def timed_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                elapsed = (time.perf_counter() - started) * 1000
                headers = [*message.get("headers", []), (b"server-timing", f"app;dur={elapsed:.1f}".encode())]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, timed_send)
