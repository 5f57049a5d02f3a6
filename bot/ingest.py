"""Ingestion: article files, folders, article URLs and RSS/Atom feeds.

* :class:`Fetcher` — HTTP GET with a timeout, a size limit, a polite
  User-Agent and conditional requests (``If-None-Match`` /
  ``If-Modified-Since``); every failure becomes one :class:`FetchError` line.
* :class:`Ingester` — turns a path or URL into stored articles through
  :meth:`summarizer.corpus.Corpus.add_text`; it is also the chat's
  ``/ingest`` service (``Context.ingest``).
* :class:`IngestPoller` — the running bot's background service: polls the
  configured feeds and the corpus folder on their intervals.
* :func:`run_cli` — ``briefbot ingest PATH_OR_URL...``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any
from urllib.parse import urldefrag, urlsplit

import httpx

from handlers import Context
from handlers.services import ADDED, DUPLICATE, FAILED, UNCHANGED, IngestItem
from summarizer.batch import Added, NewArticle
from summarizer.corpus import ARTICLE_SUFFIXES, Corpus
from summarizer.extract import (
    HTML_SUFFIXES,
    NoArticleError,
    decode_html,
    extract_article,
    looks_like_html,
)
from summarizer.text import DecodeError, decode_bytes, normalize

from .config import Config, IngestSettings
from .progress import Progress
from .service import BackgroundService

log = logging.getLogger("briefbot.ingest")

FILE_SUFFIXES = (*ARTICLE_SUFFIXES, *HTML_SUFFIXES)
_FEED_TYPES = ("rss", "atom", "xml", "rdf")
_PAGE_TYPES = ("text/html", "application/xhtml")
_FEED_PATHS = (".rss", ".xml", ".atom", "/feed", "/rss", "/atom", "/feed/", "/rss/", "/atom/")
_FEED_TABLE = """
CREATE TABLE IF NOT EXISTS ingest_feeds (
    url           TEXT PRIMARY KEY,
    etag          TEXT,
    last_modified TEXT,
    checked_at    TEXT NOT NULL,
    status        TEXT NOT NULL
)
"""


_NO_FILES = "no .txt, .md or .html files in folder"
_NO_TARGET = "no such file or folder, and not a URL"


@dataclass(frozen=True)
class _Pending:
    """A file or page read and waiting to be added with its batch."""

    target: str
    article: NewArticle


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


class Ingester:
    """Adds files, pages and feeds to the corpus. Safe to share between the
    poller and chat handlers: one ingest runs at a time."""

    def __init__(
        self,
        corpus: Corpus,
        settings: IngestSettings,
        *,
        corpus_root: Path | None = None,
        fetcher: Fetcher | None = None,
    ) -> None:
        self.corpus = corpus
        self.settings = settings
        self.corpus_root = corpus_root.resolve() if corpus_root else None
        self.fetcher = fetcher or Fetcher(settings)
        self._lock = threading.RLock()
        # hears of every item as soon as it is done (briefbot ingest's progress)
        self.progress: Progress | None = None
        corpus.store.ensure_schema(_FEED_TABLE)

    def close(self) -> None:
        self.fetcher.close()

    # -------------------------------------------------- the chat service
    def is_admin(self, user: str) -> bool:
        return user in self.settings.admins

    def ingest_url(self, url: str) -> list[IngestItem]:
        try:
            return self._url(url)
        except Exception:  # a handler's service never raises
            log.exception("ingest of %s failed", url)
            return [IngestItem(url, FAILED, reason="internal error (see the log)")]

    # ------------------------------------------------------ entry points
    def ingest(self, target: str) -> list[IngestItem]:
        """A path (file or folder) or an http(s) URL (article page or feed)."""
        if "://" in target:
            return self.ingest_url(target)
        path = Path(target).expanduser()
        if path.is_dir():
            files = sorted(_folder_files(path))
            if not files:
                return self._add_all([IngestItem(target, FAILED, reason=_NO_FILES)])
            if self.progress is not None:
                self.progress.expect(len(files))
            return self._add_all(self._read_file(f) for f in files)  # read as Kiwi needs them
        if path.is_file():
            return [self.ingest_file(path)]
        return self._add_all([IngestItem(target, FAILED, reason=_NO_TARGET)])

    def ingest_file(self, path: Path) -> IngestItem:
        return self._add_all([self._read_file(path)])[0]

    def _read_file(self, path: Path) -> IngestItem | _Pending:
        name = str(path)
        try:
            size = path.stat().st_size
            if size > self.settings.max_bytes:
                return IngestItem(
                    name,
                    FAILED,
                    reason=f"too large ({size:,} bytes, limit {self.settings.max_bytes:,})",
                )
            data = path.read_bytes()
            if path.suffix.lower() in HTML_SUFFIXES:
                page = extract_article(decode_html(data))
                text, overrides = page.text, page.overrides()
            else:
                text, overrides = decode_bytes(data), {}
                if looks_like_html(text):
                    page = extract_article(decode_html(data))
                    text, overrides = page.text, page.overrides()
        except OSError as exc:
            return IngestItem(name, FAILED, reason=exc.strerror or "cannot read")
        except DecodeError as exc:
            return IngestItem(name, FAILED, reason=f"cannot decode: {exc}")
        except NoArticleError as exc:
            return IngestItem(name, FAILED, reason=str(exc))
        if not normalize(text).strip():
            return IngestItem(name, FAILED, reason="empty file")
        return self._add(name, text, file=self._corpus_name(path), overrides=overrides)

    def poll_feed(self, url: str) -> list[IngestItem]:
        """One poll of a configured feed, with a conditional request."""
        try:
            with self._lock:
                rows = self.corpus.store.query(
                    "SELECT etag, last_modified FROM ingest_feeds WHERE url = ?", (url,)
                )
            etag, modified = rows[0] if rows else (None, None)
            try:
                fetched = self.fetcher.get(url, etag=etag, last_modified=modified)
            except FetchError as exc:
                self._remember_feed(url, None, f"failed: {exc}")
                return [IngestItem(url, FAILED, reason=str(exc))]
            if fetched is None:
                self._remember_feed(url, None, "unchanged")
                return [IngestItem(url, UNCHANGED)]
            return self._feed(url, fetched)
        except Exception:
            log.exception("poll of %s failed", url)
            return [IngestItem(url, FAILED, reason="internal error (see the log)")]

    # ------------------------------------------------------------ pages
    def _url(self, url: str) -> list[IngestItem]:
        url = urldefrag(url.strip())[0]
        stored = self.corpus.store.article_by_url(url)
        if stored is not None:  # same URL: not even fetched again
            return [IngestItem(url, DUPLICATE, stored.id, stored.title)]
        try:
            fetched = self.fetcher.get(url)
        except FetchError as exc:
            return [IngestItem(url, FAILED, reason=str(exc))]
        assert fetched is not None  # no conditional headers were sent
        if _is_feed(url, fetched):
            return self._feed(url, fetched)
        return self._add_all([self._page(url, fetched, {})])

    def _page(
        self, url: str, fetched: Fetched, fallback: dict[str, str | None]
    ) -> IngestItem | _Pending:
        kind = fetched.content_type
        try:
            if kind.startswith(_PAGE_TYPES) or (not kind and looks_like_html(_peek(fetched))):
                page = extract_article(decode_html(fetched.body, fetched.charset), fetched.url)
                text = page.text
                overrides = {k: v or fallback.get(k) for k, v in page.overrides().items()}
            elif kind.startswith("text/"):
                text = decode_bytes(fetched.body)
                overrides = {**fallback, "url": fetched.url}
            else:
                return IngestItem(url, FAILED, reason=f"not a web page or text ({kind})")
        except DecodeError as exc:
            return IngestItem(url, FAILED, reason=f"cannot decode: {exc}")
        except NoArticleError as exc:
            return IngestItem(url, FAILED, reason=str(exc))
        overrides["url"] = urldefrag(fetched.url)[0]
        return self._add(url, text, file=None, overrides=overrides, url=url)

    def _add(
        self,
        target: str,
        text: str,
        *,
        file: str | None,
        overrides: dict[str, str | None],
        url: str | None = None,
    ) -> _Pending:
        """An article to add with the others of its batch (:meth:`_add_all`)."""
        address = url or overrides.get("url")
        return _Pending(target, NewArticle(text, file=file, url=address, overrides=overrides))

    def _add_all(self, entries: Iterable[IngestItem | _Pending]) -> list[IngestItem]:
        """Store the pending articles among ``entries`` in batches
        (:meth:`summarizer.corpus.Corpus.add_articles`); one item each, in
        order, each reported to :attr:`progress` as soon as it is done."""
        results: list[IngestItem | None] = []
        slots: dict[int, tuple[int, str]] = {}  # id(article) -> (slot, target)

        def articles() -> Iterator[NewArticle]:
            for entry in entries:
                if isinstance(entry, IngestItem):
                    results.append(entry)
                    self._report(entry)
                    continue
                slots[id(entry.article)] = (len(results), entry.target)
                results.append(None)
                yield entry.article

        def done(article: NewArticle, added: Added) -> None:
            slot, target = slots[id(article)]
            results[slot] = self._item(target, added)
            self._report(results[slot])

        with self._lock:
            self.corpus.add_articles(articles(), done=done)
        return [item for item in results if item is not None]

    def _item(self, target: str, added: Added) -> IngestItem:
        source = self.corpus.source(added.article_id)
        title = source.title if source else None
        if not added.added:
            return IngestItem(target, DUPLICATE, added.article_id, title)
        story = tuple(i for i in self.corpus.story_of(added.article_id) if i != added.article_id)
        log.info("added [%d] %s from %s", added.article_id, title, target)
        return IngestItem(target, ADDED, added.article_id, title, story=story)

    def _report(self, item: IngestItem | None) -> None:
        if item is not None and self.progress is not None:
            self.progress(item)

    def _corpus_name(self, path: Path) -> str | None:
        """The file's name relative to the corpus folder, if it is inside it
        (files elsewhere are stored without a file name, like URLs)."""
        if self.corpus_root is None:
            return None
        try:
            return path.resolve().relative_to(self.corpus_root).as_posix()
        except ValueError:
            return None

    # ------------------------------------------------------------ feeds
    def _feed(self, url: str, fetched: Fetched) -> list[IngestItem]:
        import feedparser

        parsed: Any = feedparser.parse(
            fetched.body,
            response_headers={
                "content-location": fetched.url,
                "content-type": fetched.content_type or "application/xml",
            },
            sanitize_html=False,
            resolve_relative_uris=False,
        )
        if not parsed.entries and (parsed.bozo or not parsed.get("version")):
            self._remember_feed(url, fetched, "failed: not a feed")
            return [IngestItem(url, FAILED, reason="not an RSS/Atom feed (not valid XML)")]
        publisher = _text(parsed.feed.get("title"))
        items: list[IngestItem | _Pending] = []
        for entry in parsed.entries[: self.settings.max_items]:
            link = _text(entry.get("link"))
            if not link:
                continue
            link = urldefrag(httpx.URL(fetched.url).join(link).__str__())[0]
            fallback = {
                "title": _text(entry.get("title")),
                "author": _text(entry.get("author")),
                "published": _entry_date(entry),
                "publisher": publisher,
            }
            stored = self.corpus.store.article_by_url(link)
            if stored is not None:
                items.append(IngestItem(link, DUPLICATE, stored.id, stored.title))
                continue
            try:
                page = self.fetcher.get(link)
            except FetchError as exc:
                items.append(IngestItem(link, FAILED, reason=str(exc)))
                continue
            assert page is not None
            items.append(self._page(link, page, fallback))
        if not items:
            items.append(IngestItem(url, UNCHANGED))
        added = self._add_all(items)
        self._remember_feed(url, fetched, "ok")
        return added

    def _remember_feed(self, url: str, fetched: Fetched | None, status: str) -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self._lock, self.corpus.store.transaction() as db:
            if fetched is None:  # keep the validators we had
                db.execute(
                    "INSERT INTO ingest_feeds(url, checked_at, status) VALUES (?,?,?) "
                    "ON CONFLICT(url) DO UPDATE SET checked_at = excluded.checked_at, "
                    "status = excluded.status",
                    (url, now, status),
                )
            else:
                db.execute(
                    "INSERT OR REPLACE INTO ingest_feeds(url, etag, last_modified, checked_at, "
                    "status) VALUES (?,?,?,?,?)",
                    (url, fetched.etag, fetched.last_modified, now, status),
                )


def _is_feed(url: str, fetched: Fetched) -> bool:
    kind = fetched.content_type
    if any(t in kind for t in _FEED_TYPES) and not kind.startswith(_PAGE_TYPES):
        return True
    head = _peek(fetched).lstrip().lower()
    if head.startswith("<?xml") and any(t in head for t in ("<rss", "<feed", "<rdf")):
        return True
    if head.startswith(("<rss", "<feed")):
        return True
    # A URL that names a feed but serves something else is a broken feed,
    # not an article page.
    return urlsplit(url).path.lower().endswith(_FEED_PATHS) and not kind.startswith(_PAGE_TYPES)


def _peek(fetched: Fetched) -> str:
    return fetched.body[:1024].decode("latin-1")


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(normalize(value).split())
    return value or None


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            with contextlib.suppress(TypeError, ValueError):
                return time.strftime("%Y-%m-%d", parsed)
    return None


def _folder_files(root: Path) -> Iterator[Path]:
    for path in root.rglob("*"):
        if (
            path.is_file()
            and path.suffix.lower() in FILE_SUFFIXES
            and not any(part.startswith(".") for part in path.relative_to(root).parts)
        ):
            yield path


# ------------------------------------------------------------------ poller
class IngestPoller(BackgroundService):
    """Background service for ``briefbot run``: polls the configured feeds
    every ``feed_interval`` seconds and the corpus folder every
    ``folder_interval`` seconds (the folder was synced at start). The work
    runs in a worker thread; the event loop only waits."""

    name = "ingest-poller"

    def __init__(
        self,
        ingester: Ingester,
        *,
        feeds: Sequence[str],
        feed_interval: float,
        folder: Path | None,
        folder_interval: float,
    ) -> None:
        self.ingester = ingester
        self.feeds = tuple(feeds)
        self.feed_interval = feed_interval
        self.folder = folder
        self.folder_interval = folder_interval
        self.polls = 0  # completed rounds, for tests and logs
        super().__init__()

    async def start(self) -> None:
        await super().start()
        log.info(
            "ingest poller started: %d feeds every %g s, folder every %g s",
            len(self.feeds),
            self.feed_interval,
            self.folder_interval,
        )

    async def run(self, stop: asyncio.Event) -> None:  # stop is self._stop
        now = time.monotonic()
        next_feeds = now if self.feeds else float("inf")
        next_folder = now + self.folder_interval if self.folder else float("inf")
        while not self._stop.is_set():
            now = time.monotonic()
            if now >= next_feeds:
                await asyncio.to_thread(self.poll_feeds)
                next_feeds = time.monotonic() + self.feed_interval
            if now >= next_folder:
                await asyncio.to_thread(self.poll_folder)
                next_folder = time.monotonic() + self.folder_interval
            self.polls += 1
            wait = min(next_feeds, next_folder) - time.monotonic()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), timeout=max(0.0, min(wait, 3600.0)))

    def poll_feeds(self) -> list[IngestItem]:
        items: list[IngestItem] = []
        for url in self.feeds:
            if self._stop.is_set():
                break
            items.extend(self.ingester.poll_feed(url))
        _log_items(items)
        return items

    def poll_folder(self) -> None:
        if self.folder is None or not self.folder.exists():
            return
        try:
            with self.ingester._lock:
                report = self.ingester.corpus.sync_folder(self.folder)
        except Exception:
            log.exception("corpus folder %s could not be read", self.folder)
            return
        for name in report.added + report.updated:
            log.info("corpus folder: analysed %s", name)
        for name in report.removed:
            log.info("corpus folder: %s removed", name)


def _log_items(items: Sequence[IngestItem]) -> None:
    for item in items:
        if item.status == FAILED:
            log.warning("ingest failed: %s: %s", item.target, item.reason)
        elif item.status == ADDED:
            log.info("ingested [%s] %s", item.article_id, item.title)


# ---------------------------------------------------------------- wiring
def install(config: Config, corpus: Corpus, context: Context) -> Ingester:
    """Create the ingester and offer it to handlers as the ``/ingest`` service."""
    ingester = Ingester(corpus, config.ingest, corpus_root=config.corpus_path)
    context.ingest = ingester
    return ingester


def background_services(config: Config, ingester: Ingester) -> list[IngestPoller]:
    return [
        IngestPoller(
            ingester,
            feeds=config.ingest.feeds,
            feed_interval=config.ingest.feed_interval,
            folder=config.corpus_path,
            folder_interval=config.ingest.folder_interval,
        )
    ]


def run_cli(ingester: Ingester, targets: Sequence[str], out: IO[str], err: IO[str]) -> int:
    """``briefbot ingest``: one line per file, page or feed item as soon as
    it is done (with a progress bar on a terminal), then a count. Exit status
    1 only when nothing at all could be ingested."""
    progress = Progress(out, err)
    ingester.progress = progress
    try:
        for target in targets:
            progress.settle(ingester.ingest(target))
    finally:
        progress.close()
        ingester.progress = None
    print(progress.summary(), file=out)
    ok = any(i.status != FAILED for i in progress.items)
    return 0 if ok else 1
