"""Feeds an operator manages from the chat (``/feeds``): a list in the store
(``chat_feeds``), polled by ``briefbot run`` next to ``ingest.feeds`` from
the settings; the status of each comes from the ingester's feed state.
OPML in and out."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import time
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from xml.sax.saxutils import quoteattr

from handlers.services import ADDED, FeedInfo
from summarizer.db import register

from .config import Config
from .ingester import Ingester

log = logging.getLogger("briefbot.feeds")

FEEDS_TABLE = """
CREATE TABLE IF NOT EXISTS chat_feeds (
    url      TEXT PRIMARY KEY,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL
)
"""
FEEDS_MIGRATIONS = register("chat_feeds", FEEDS_TABLE)
MAX_OPML_FEEDS = 500


class FeedRegistry:
    """The ``/feeds`` service (``Context.feeds``)."""

    def __init__(self, config: Config, ingester: Ingester) -> None:
        self.configured = tuple(config.ingest.feeds)
        self.ingester = ingester
        self.store = ingester.corpus.store
        self.store.migrate(FEEDS_MIGRATIONS)

    def is_admin(self, user: str) -> bool:
        return self.ingester.is_admin(user)

    def chat_feeds(self) -> list[str]:
        rows = self.store.query("SELECT url FROM chat_feeds ORDER BY added_at, url")
        return [str(r[0]) for r in rows if str(r[0]) not in self.configured]

    def feeds(self) -> list[FeedInfo]:
        state: dict[str, tuple[str | None, str | None]] = {}
        with contextlib.suppress(sqlite3.Error):  # no feed fetched yet: no table
            for url, checked, status in self.store.query(
                "SELECT url, checked_at, status FROM ingest_feeds"
            ):
                state[str(url)] = (checked, status)
        listed = [(url, True) for url in self.configured]
        listed += [(url, False) for url in self.chat_feeds()]
        return [FeedInfo(url, conf, *state.get(url, (None, None))) for url, conf in listed]

    def add(self, url: str, user: str) -> tuple[bool, int]:
        if url in self.configured or not self._insert(url, user):
            return False, 0
        items = self.ingester.poll_feed(url)
        return True, sum(1 for item in items if item.status == ADDED)

    def _insert(self, url: str, user: str) -> bool:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.store.transaction() as db:
            cursor = db.execute(
                "INSERT OR IGNORE INTO chat_feeds(url, added_at, added_by) VALUES (?,?,?)",
                (url, now, user),
            )
            return cursor.rowcount == 1

    def remove(self, url: str) -> bool:
        with self.store.transaction() as db:
            return db.execute("DELETE FROM chat_feeds WHERE url = ?", (url,)).rowcount == 1

    def export_opml(self) -> str:
        outlines = "\n".join(
            f'    <outline type="rss" text={quoteattr(f.url)} xmlUrl={quoteattr(f.url)}/>'
            for f in self.feeds()
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">\n'
            "  <head><title>briefbot feeds</title></head>\n"
            f"  <body>\n{outlines}\n  </body>\n</opml>"
        )

    def import_opml(self, url: str, user: str) -> tuple[int, str | None]:
        from .fetching import FetchError  # the HTTP client: loaded by who fetches

        try:
            fetched = self.ingester.fetcher.get(url)
        except FetchError as exc:
            return 0, str(exc)
        if fetched is None:
            return 0, "not modified"
        try:
            urls = opml_feeds(fetched.body)
        except ValueError as exc:
            return 0, str(exc)
        return sum(
            1 for feed in urls if feed not in self.configured and self._insert(feed, user)
        ), None


def opml_feeds(data: bytes) -> list[str]:
    """The http(s) ``xmlUrl`` of every outline in an OPML document."""
    if b"<!ENTITY" in data[:4096].upper():
        raise ValueError("entity declarations are not accepted")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise ValueError(f"not OPML: {exc}") from None
    if root.tag.lower() != "opml":
        raise ValueError("not OPML: no <opml> root")
    urls = []
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if url.startswith(("http://", "https://")) and url not in urls:
            urls.append(url)
    return urls[:MAX_OPML_FEEDS]


class ChatFeedsPoller:
    """Polls the feeds added from the chat every ``ingest.feed_interval``
    seconds (the settings' feeds have their own poller), in a worker thread."""

    def __init__(self, registry: FeedRegistry, interval: float) -> None:
        self.registry = registry
        self.interval = interval
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self._stop.clear()
        self._task = asyncio.create_task(self._loop(), name="chat-feeds")

    async def stop(self) -> None:
        self._stop.set()
        if self._task is not None:
            await self._task
            self._task = None

    async def _loop(self) -> None:
        while not self._stop.is_set():
            started = time.monotonic()
            await asyncio.to_thread(self.poll)
            wait = self.interval - (time.monotonic() - started)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), timeout=max(0.0, wait))

    def poll(self) -> None:
        for url in self.registry.chat_feeds():
            if self._stop.is_set():
                return
            for item in self.registry.ingester.poll_feed(url):
                if item.status == ADDED:
                    log.info("feed %s: added [%s] %s", url, item.article_id, item.title)


def stored_feeds(config: Config) -> list[str]:
    """The feeds added from the chat, read without creating the store (doctor)."""
    if config.store.url.startswith(("postgresql://", "postgres://")):
        from summarizer.db import StoreError
        from summarizer.store import Store

        try:
            store = Store(config.store.url, migrate=False)
        except StoreError:
            return []
        try:
            if "chat_feeds" not in store.db.tables():
                return []
            return [str(r[0]) for r in store.query("SELECT url FROM chat_feeds ORDER BY 1")]
        finally:
            store.close()
    path = config.store_path
    if not path.exists():
        return []
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            rows = db.execute("SELECT url FROM chat_feeds ORDER BY added_at, url").fetchall()
        finally:
            db.close()
    except sqlite3.Error:
        return []
    return [str(r[0]) for r in rows]
