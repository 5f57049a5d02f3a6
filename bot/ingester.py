"""Ingestion: article files, folders, article URLs and RSS/Atom feeds.

:class:`Ingester` turns a path or URL into stored articles through
:meth:`summarizer.corpus.Corpus.add_articles` (a folder's files and a feed's
pages in batches); it is also the chat's ``/ingest``
service (``Context.ingest``, offered by :func:`install`).
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urldefrag, urlsplit

from handlers import Context
from handlers.services import ADDED, DUPLICATE, FAILED, UNCHANGED, IngestItem
from summarizer.corpus import ARTICLE_SUFFIXES, Corpus
from summarizer.db import register
from summarizer.text import HTML_SUFFIXES, DecodeError, decode_bytes, normalize

from .config import Config, IngestSettings

if TYPE_CHECKING:
    from summarizer.batch import Added, NewArticle

    from .fetching import Fetched, Fetcher
    from .progress import Progress

# The pipeline (summarizer.batch), the page extractor and the HTTP client are
# imported by the methods that ingest: a process that only answers commands
# (`briefbot ask`, which offers /ingest) never loads them.

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
FEED_MIGRATIONS = register("ingest_feeds", _FEED_TABLE)


_NO_FILES = "no .txt, .md or .html files in folder"
_NO_TARGET = "no such file or folder, and not a URL"


@dataclass(frozen=True)
class _Pending:
    """A file or page read and waiting to be added with its batch."""

    target: str
    article: NewArticle


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
        self._fetcher = fetcher
        self._lock = threading.RLock()
        self.progress: Progress | None = None  # hears of every item as soon as it is done
        corpus.store.migrate(FEED_MIGRATIONS)

    @property
    def fetcher(self) -> Fetcher:
        """The HTTP client, made on first use."""
        if self._fetcher is None:
            from .fetching import Fetcher

            self._fetcher = Fetcher(self.settings)
        return self._fetcher

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()

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
        from summarizer.extract import NoArticleError, decode_html, extract_article, looks_like_html

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
                text, overrides = page.ingest_text, page.overrides()
            else:
                text, overrides = decode_bytes(data), {}
                if looks_like_html(text):
                    page = extract_article(decode_html(data))
                    text, overrides = page.ingest_text, page.overrides()
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
        from .fetching import FetchError

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
        from .fetching import FetchError

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
        from summarizer.extract import NoArticleError, decode_html, extract_article, looks_like_html

        kind = fetched.content_type
        try:
            if kind.startswith(_PAGE_TYPES) or (not kind and looks_like_html(_peek(fetched))):
                page = extract_article(decode_html(fetched.body, fetched.charset), fetched.url)
                text = page.ingest_text
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
        from summarizer.batch import NewArticle

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

    def _corpus_name(self, path: Path) -> str:
        """The file's name relative to the corpus folder when it is inside it;
        for a file elsewhere its absolute path, as the contract asks ("the
        ingested path"). Folder syncing only ever looks at relative names, so
        an article ingested from elsewhere is never dropped by a sync."""
        resolved = path.resolve()
        if self.corpus_root is not None:
            try:
                return resolved.relative_to(self.corpus_root).as_posix()
            except ValueError:
                pass
        return resolved.as_posix()

    # ------------------------------------------------------------ feeds
    def _feed(self, url: str, fetched: Fetched) -> list[IngestItem]:
        import feedparser

        from .fetching import FetchError

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
            return self._broken_feed(url, "not an RSS/Atom feed (not valid XML)")
        publisher = _text(parsed.feed.get("title"))
        items: list[IngestItem | _Pending] = []
        entries = parsed.entries[: self.settings.max_items]
        for entry in entries:
            link = _link(fetched.url, entry)
            if link is None:
                continue
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
        if entries and not items:
            return self._broken_feed(url, "no item of the feed has a usable http(s) link")
        if not items:
            items.append(IngestItem(url, UNCHANGED))
        added = self._add_all(items)  # the feed's pages in one batch
        self._remember_feed(url, fetched, "ok")
        return added

    def _broken_feed(self, url: str, reason: str) -> list[IngestItem]:
        """A feed that is not one, or that links nowhere: an error, recorded
        as such (without validators, so the next poll fetches it again)."""
        self._remember_feed(url, None, f"failed: {reason}")
        return [IngestItem(url, FAILED, reason=f"broken feed: {reason}")]

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


def _link(base: str, entry: Any) -> str | None:
    """The item's article address, absolute and without fragment; None when
    it has none that could be fetched (missing, ``javascript:``, ``mailto:``)."""
    link = _text(entry.get("link"))
    if not link:
        return None
    import httpx  # on first use: `briefbot ask` never fetches

    try:
        absolute = str(httpx.URL(base).join(link))
    except (httpx.InvalidURL, ValueError):
        return None
    if urlsplit(absolute).scheme not in ("http", "https") or not urlsplit(absolute).hostname:
        return None
    return urldefrag(absolute)[0]


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


def install(config: Config, corpus: Corpus, context: Context) -> Ingester:
    """Create the ingester and offer it to handlers as the ``/ingest`` service."""
    ingester = Ingester(corpus, config.ingest, corpus_root=config.corpus_path)
    context.ingest = ingester
    return ingester
