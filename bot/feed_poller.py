"""The running bot's background ingestion: :class:`IngestPoller` polls the
configured feeds and the corpus folder on their intervals.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from urllib.parse import urlsplit

from handlers.services import ADDED, FAILED, IngestItem

from .config import Config
from .ingester import Ingester
from .service import BackgroundService

log = logging.getLogger("briefbot.ingest")


# ------------------------------------------------------------------ poller
class IngestPoller(BackgroundService):
    """Background service for ``briefbot run``: polls the configured feeds
    every ``feed_interval`` seconds and the corpus folder every
    ``folder_interval`` seconds (the folder was synced at start), in two
    independent loops, so a slow feed never delays the folder. Feeds are
    fetched concurrently — up to ``hosts_at_once``, never two from one host
    — so one slow host delays no other. Work runs in worker threads."""

    name = "ingest-poller"

    def __init__(
        self,
        ingester: Ingester,
        *,
        feeds: Sequence[str],
        feed_interval: float,
        folder: Path | None,
        folder_interval: float,
        hosts_at_once: int = 4,
    ) -> None:
        self.ingester = ingester
        self.feeds = tuple(feeds)
        self.feed_interval = feed_interval
        self.folder = folder
        self.folder_interval = folder_interval
        self.hosts_at_once = hosts_at_once
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
        loops = []
        if self.feeds:
            loops.append(self._every(self.feed_interval, self.poll_feeds, 0.0))
        if self.folder:
            interval = self.folder_interval
            loops.append(self._every(interval, self._folder, interval))
        await asyncio.gather(*loops)  # a round in progress ends within the fetch deadline

    async def _every(
        self, interval: float, work: Callable[[], Awaitable[object]], first: float
    ) -> None:
        wait = first
        while not self._stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), timeout=max(0.0, min(wait, 3600.0)))
            if self._stop.is_set():
                return
            started = time.monotonic()
            try:
                await work()
            except Exception:
                log.exception("ingest poll failed")
            self.polls += 1
            wait = interval - (time.monotonic() - started)

    async def poll_feeds(self) -> list[IngestItem]:
        """One round over the feeds: concurrent, one at a time per host."""
        overall = asyncio.Semaphore(self.hosts_at_once)
        per_host: dict[str, asyncio.Lock] = {}

        async def one(url: str) -> list[IngestItem]:
            host = urlsplit(url).netloc
            async with overall, per_host.setdefault(host, asyncio.Lock()):
                if self._stop.is_set():
                    return []
                return await asyncio.to_thread(self.ingester.poll_feed, url)

        rounds = await asyncio.gather(*(one(url) for url in self.feeds))
        items = [item for found in rounds for item in found]
        _log_items(items)
        return items

    async def _folder(self) -> None:
        await asyncio.to_thread(self.poll_folder)

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


def background_services(config: Config, ingester: Ingester) -> list[IngestPoller]:
    return [
        IngestPoller(
            ingester,
            feeds=config.ingest.feeds,
            feed_interval=config.ingest.feed_interval,
            folder=config.corpus_path,
            folder_interval=config.ingest.folder_interval,
            hosts_at_once=config.ingest.hosts_at_once,
        )
    ]
