"""HTTP fetching for ingestion: :class:`Fetcher` — GET with a timeout, a size
limit, a polite User-Agent and conditional requests (``If-None-Match`` /
``If-Modified-Since``); every failure becomes one :class:`FetchError` line.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from .config import IngestSettings


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


class Fetcher:
    """Synchronous HTTP client (the callers run in worker threads)."""

    def __init__(
        self, settings: IngestSettings, transport: httpx.BaseTransport | None = None
    ) -> None:
        self.max_bytes = settings.max_bytes
        self.timeout = settings.timeout
        self._client = httpx.Client(
            timeout=settings.timeout,
            follow_redirects=True,
            max_redirects=5,
            headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"},
            transport=transport,
            trust_env=False,  # no proxies from the environment: fetch what was asked
        )

    def close(self) -> None:
        self._client.close()

    def get(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> Fetched | None:
        """The body of ``url``, or None when a conditional request answers
        304 Not Modified. Raises :class:`FetchError`."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                if response.status_code == 304:
                    return None
                if response.status_code >= 400:
                    raise FetchError(
                        f"HTTP {response.status_code} {response.reason_phrase}".strip()
                    )
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > self.max_bytes:
                    raise FetchError(self._too_large(int(declared)))
                chunks, size = [], 0
                for chunk in response.iter_bytes():
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
                )
        except FetchError:
            raise
        except httpx.TimeoutException:
            raise FetchError(f"no answer within {self.timeout:g} s") from None
        except httpx.TooManyRedirects:
            raise FetchError("too many redirects") from None
        except (httpx.UnsupportedProtocol, httpx.InvalidURL):
            raise FetchError("not a valid http(s) URL") from None
        except httpx.ConnectError:
            host = urlsplit(url).hostname or url
            raise FetchError(f"cannot connect to {host}") from None
        except httpx.HTTPError as exc:
            raise FetchError(f"network error: {type(exc).__name__}") from None

    def _too_large(self, size: int, *, at_least: bool = False) -> str:
        more = "more than " if at_least else ""
        return f"too large ({more}{size:,} bytes, limit {self.max_bytes:,})"
