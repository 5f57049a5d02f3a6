"""The base of the running bot's background services (the ingest poller, the
briefing scheduler): one task started by :meth:`start`, asked to finish by
:meth:`stop`, and an error that escapes it logged rather than lost."""

from __future__ import annotations

import asyncio
import contextlib
import logging

log = logging.getLogger("briefbot")


class BackgroundService:
    """Subclasses implement :meth:`run`, which returns soon after ``stop`` is
    set. :meth:`stop` waits for it to return."""

    name = "background-service"

    def __init__(self) -> None:
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    async def start(self) -> None:
        """Run :meth:`run` in the background until :meth:`stop`."""
        self._stop.clear()
        self._task = asyncio.create_task(self._guarded(), name=self.name)

    async def stop(self) -> None:
        """Ask :meth:`run` to finish and wait until it has."""
        self._stop.set()
        task, self._task = self._task, None
        if task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def run(self, stop: asyncio.Event) -> None:
        raise NotImplementedError

    async def _guarded(self) -> None:
        try:
            await self.run(self._stop)
        except Exception:
            log.exception("%s stopped by an error", self.name)
