"""The running bot's background ingestion: :class:`IngestPoller` polls the
configured feeds and the corpus folder on their intervals.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Sequence
from pathlib import Path

from handlers.ingest import ADDED, FAILED, IngestItem

from .config import Config
from .ingester import Ingester

log = logging.getLogger("briefbot.ingest")


# ------------------------------------------------------------------ poller
class IngestPoller:
    """Background service for ``briefbot run``: polls the configured feeds
    every ``feed_interval`` seconds and the corpus folder every
    ``folder_interval`` seconds (the folder was synced at start). The work
    runs in a worker thread; the event loop only waits."""

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
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self._stop.clear()
        self._task = asyncio.create_task(self._loop(), name="ingest-poller")
        log.info(
            "ingest poller started: %d feeds every %g s, folder every %g s",
            len(self.feeds),
            self.feed_interval,
            self.folder_interval,
        )

    async def stop(self) -> None:
        self._stop.set()
        if self._task is not None:
            await self._task  # a round in progress ends within the fetch timeout
            self._task = None

    async def _loop(self) -> None:
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
