"""An injectable clock for the scheduler tests: wall time (aware UTC), a
monotonic reading derived from it, and a sleep that moves time forward."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


class FakeClock:
    def __init__(self, start: datetime, *, real_pause: float = 0.0) -> None:
        assert start.tzinfo is not None
        self.now = start.astimezone(UTC)
        self.sleeps: list[float] = []
        # Real seconds each sleep lets pass first, so work in threads can
        # finish before fake time jumps ahead.
        self.real_pause = real_pause

    def __call__(self) -> datetime:
        return self.now

    def monotonic(self) -> float:
        return (self.now - _EPOCH).total_seconds()

    def set(self, moment: datetime) -> None:
        self.now = moment.astimezone(UTC)

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)

    async def sleep(self, seconds: float) -> None:
        """Time jumps to the end of the sleep (never backwards: concurrent
        sleepers end at the latest of their targets)."""
        target = self.now + timedelta(seconds=max(0.0, seconds))
        self.sleeps.append(seconds)
        await asyncio.sleep(self.real_pause)
        self.now = max(self.now, target)
