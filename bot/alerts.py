"""The story alert service (optional, off by default): every
``stories.alert_interval`` seconds, the chats whose alert is due get the new
story about their topics (:func:`handlers.alerts.due_alerts`), through the
adapter of their platform. A failed push is logged and not retried (the
story is recorded as alerted: an alert is news only once)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from datetime import UTC, datetime

from handlers import Context
from handlers.alerts import due_alerts
from summarizer.chat_prefs import get_topics

from .adapters.base import Adapter
from .service import BackgroundService
from .subscription_store import split_chat

log = logging.getLogger("briefbot.alerts")


class AlertService(BackgroundService):
    name = "story-alerts"

    def __init__(self, context: Context, adapters: Sequence[Adapter], interval: float) -> None:
        super().__init__()
        self.context = context
        self.adapters = {a.platform: a for a in adapters}
        self.interval = interval

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            await self.check()
            try:
                await asyncio.wait_for(stop.wait(), timeout=self.interval)
            except TimeoutError:
                pass

    async def check(self, now: datetime | None = None) -> int:
        """Send the alerts due now; returns how many were sent."""
        store = self.context.corpus.store
        due = await asyncio.to_thread(
            due_alerts, self.context, lambda chat: get_topics(store, chat), now or datetime.now(UTC)
        )
        sent = 0
        for qualified, reply in due:
            platform, chat = split_chat(qualified)
            adapter = self.adapters.get(platform)
            if adapter is None:
                continue
            try:
                await adapter.push(chat, reply)
                sent += 1
            except Exception as exc:  # one chat's failure never stops the others
                log.warning("alert to %s failed: %s", qualified, type(exc).__name__)
        return sent
