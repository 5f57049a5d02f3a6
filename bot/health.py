"""``GET /healthz`` for container and service probes, served by ``briefbot
run`` on ``health.listen:health.port`` while the adapters run.

200 with ``{"status": "ok", "adapters": [...], "articles": N}`` while the
store answers; 503 when it does not. Any other path is 404. Standard library
only, so it works whichever adapters are started.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Callable, Sequence

from .runtime import Runtime

log = logging.getLogger("briefbot.health")

_REASONS = {200: "OK", 404: "Not Found", 405: "Method Not Allowed", 503: "Service Unavailable"}


class HealthServer:
    """A background service (``bot.serve.Service``)."""

    def __init__(
        self, listen: str, port: int, articles: Callable[[], int], adapters: Sequence[str]
    ) -> None:
        self.listen = listen
        self.port = port
        self.articles = articles
        self.adapters = list(adapters)
        self._server: asyncio.Server | None = None

    @property
    def bound_port(self) -> int:
        if self._server is None or not self._server.sockets:
            return self.port
        return int(self._server.sockets[0].getsockname()[1])

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._handle, self.listen, self.port)
        log.info("health check on http://%s:%d/healthz", self.listen, self.bound_port)

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None

    async def status(self) -> tuple[int, dict[str, object]]:
        try:
            count = await asyncio.wait_for(asyncio.to_thread(self.articles), 10)
        except Exception as exc:  # the store is gone or locked
            return 503, {"status": "error", "error": type(exc).__name__}
        return 200, {"status": "ok", "adapters": self.adapters, "articles": count}

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request = await asyncio.wait_for(reader.readline(), 5)
            while (await asyncio.wait_for(reader.readline(), 5)) not in (b"\r\n", b"\n", b""):
                pass
            parts = request.decode("latin-1").split()
            code, body = await self._route(parts)
            payload = json.dumps(body).encode()
            head = (
                f"HTTP/1.1 {code} {_REASONS[code]}\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(payload)}\r\nConnection: close\r\n\r\n"
            )
            writer.write(head.encode() + (payload if parts[:1] != ["HEAD"] else b""))
            await writer.drain()
        except (TimeoutError, ConnectionError, IndexError):
            pass
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()

    async def _route(self, parts: list[str]) -> tuple[int, dict[str, object]]:
        if len(parts) < 2 or parts[1].split("?")[0] not in ("/healthz", "/health"):
            return 404, {"status": "not found"}
        if parts[0] not in ("GET", "HEAD"):
            return 405, {"status": "method not allowed"}
        return await self.status()


def create_health(runtime: Runtime, adapters: Sequence[str]) -> HealthServer | None:
    """The health service for ``briefbot run``, or None when ``health.port`` is 0."""
    settings = runtime.config.health
    if not settings.port:
        return None
    store = runtime.corpus.store
    return HealthServer(settings.listen, settings.port, store.article_count, adapters)
