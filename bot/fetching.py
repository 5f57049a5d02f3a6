"""HTTP fetching for ingestion.

:class:`Fetcher` — GET with an overall deadline (not just a per-read
timeout: a server that drips one byte a second is cut off at
``ingest.timeout``), a size limit, conditional requests (``If-None-Match`` /
``If-Modified-Since``) and manners: robots.txt honoured (stdlib
:mod:`urllib.robotparser`, cached per host), a delay between requests to one
host, and a User-Agent that names the bot and where to read about it. Every
failure becomes one :class:`FetchError` line.
"""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from .config import IngestSettings

if TYPE_CHECKING:  # httpx is imported on the first fetch: `briefbot ask` never fetches
    import httpx

ROBOTS_TTL = 3600.0  # seconds a host's robots.txt is trusted


class FetchError(Exception):
    """A fetch failed; the message is one line for the user."""


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    content_type: str  # lower case, without parameters
    charset: str | None
    body: bytes
    etag: str | None
    last_modified: str | None
    status: int = 200
    reason: str = ""  # the HTTP reason phrase


class Fetcher:
    """Blocking HTTP client, safe to share between worker threads (each
    fetch runs on its own short event loop so its deadline can cancel it)."""

    def __init__(
        self, settings: IngestSettings, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        self.max_bytes = settings.max_bytes
        self.timeout = settings.timeout
        self.host_delay = settings.host_delay
        self.user_agent = settings.user_agent
        self._transport = transport
        self._lock = threading.Lock()
        self._hosts: dict[str, threading.Lock] = {}
        self._last: dict[str, float] = {}
        self._robots: dict[str, tuple[float, RobotFileParser]] = {}

    def close(self) -> None:
        pass  # nothing is kept open between fetches

    def get(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> Fetched | None:
        """The body of ``url``, or None when a conditional request answers
        304 Not Modified. Raises :class:`FetchError`."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError("not a valid http(s) URL")
        if not self.allowed(url):
            raise FetchError(f"robots.txt of {parts.hostname} does not allow fetching this page")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        fetched = self._fetch(url, headers)
        if fetched.status == 304:
            return None
        if fetched.status >= 400:
            raise FetchError(f"HTTP {fetched.status} {fetched.reason}".strip())
        return fetched

    # ------------------------------------------------------------ robots
    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            cached = self._robots.get(origin)
        if cached is None or time.monotonic() - cached[0] > ROBOTS_TTL:
            cached = (time.monotonic(), self._read_robots(origin))
            with self._lock:
                self._robots[origin] = cached
        return cached[1].can_fetch(self.user_agent, url)

    def _read_robots(self, origin: str) -> RobotFileParser:
        """robots.txt as RFC 9309 reads it: 4xx ("unavailable") → everything
        allowed; 5xx ("unreachable") → nothing allowed, as the stdlib's own
        reader also does; a network failure → everything (the page fetch
        that follows reports the real error)."""
        parser = RobotFileParser(origin + "/robots.txt")
        try:
            fetched = self._fetch(origin + "/robots.txt", {})
        except FetchError:
            parser.parse([])
            return parser
        if fetched.status >= 500:
            parser.parse(["User-agent: *", "Disallow: /"])
        elif fetched.status >= 400:
            parser.parse([])
        else:
            parser.parse(fetched.body.decode("utf-8", "replace").splitlines())
        return parser

    # ------------------------------------------------------------ fetching
    def _fetch(self, url: str, headers: dict[str, str]) -> Fetched:
        host = urlsplit(url).netloc
        with self._lock:
            turn = self._hosts.setdefault(host, threading.Lock())
        with turn:  # one request at a time per host, host_delay apart
            wait = self._last.get(host, -1e9) + self.host_delay - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            try:
                return asyncio.run(self._fetch_within_deadline(url, headers))
            finally:
                self._last[host] = time.monotonic()

    async def _fetch_within_deadline(self, url: str, headers: dict[str, str]) -> Fetched:
        import httpx

        try:
            async with asyncio.timeout(self.timeout):
                return await self._stream(url, headers)
        except FetchError:
            raise
        except (TimeoutError, httpx.TimeoutException):
            raise FetchError(f"no complete answer within {self.timeout:g} s") from None
        except httpx.TooManyRedirects:
            raise FetchError("too many redirects") from None
        except (httpx.UnsupportedProtocol, httpx.InvalidURL):
            raise FetchError("not a valid http(s) URL") from None
        except httpx.ConnectError:
            host = urlsplit(url).hostname or url
            raise FetchError(f"cannot connect to {host}") from None
        except httpx.HTTPError as exc:
            raise FetchError(f"network error: {type(exc).__name__}") from None

    async def _stream(self, url: str, headers: dict[str, str]) -> Fetched:
        import httpx

        async with (
            httpx.AsyncClient(
                timeout=self.timeout,
                follow_redirects=True,
                max_redirects=5,
                headers={"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"},
                transport=self._transport,
                trust_env=False,  # no proxies from the environment: fetch what was asked
            ) as client,
            client.stream("GET", url, headers=headers) as response,
        ):
            if response.status_code == 304 or response.status_code >= 400:
                return _status_only(response)
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self.max_bytes:
                raise FetchError(self._too_large(int(declared)))
            chunks, size = [], 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > self.max_bytes:
                    raise FetchError(self._too_large(size, at_least=True))
                chunks.append(chunk)
            content_type = response.headers.get("content-type", "")
            return Fetched(
                url=str(response.url),
                content_type=content_type.split(";")[0].strip().lower(),
                charset=response.charset_encoding,
                body=b"".join(chunks),
                etag=response.headers.get("etag"),
                last_modified=response.headers.get("last-modified"),
                status=response.status_code,
            )

    def _too_large(self, size: int, *, at_least: bool = False) -> str:
        more = "more than " if at_least else ""
        return f"too large ({more}{size:,} bytes, limit {self.max_bytes:,})"


def _status_only(response: httpx.Response) -> Fetched:
    """A 304 or an error status: no body is read."""
    return Fetched(
        url=str(response.url),
        content_type="",
        charset=None,
        body=b"",
        etag=response.headers.get("etag"),
        last_modified=response.headers.get("last-modified"),
        status=response.status_code,
        reason=response.reason_phrase,
    )
