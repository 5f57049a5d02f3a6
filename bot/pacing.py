"""Pacing pushes to the platforms' flood limits.

Each platform has a :class:`Pacer`; every send first waits in
:meth:`Pacer.wait`. A send must respect several limits at once — overall
(key ``"*"``), per chat, per group — each "one send per ``interval``
seconds on a key", measured from the previous send's *actual* time (a token
bucket with no burst, in the manner of the Generic Cell Rate Algorithm, ATM
Forum TM 4.0).

Senders pass one gate at a time, so the limits are checked and the send
times recorded together. A sender whose chat must still wait leaves the gate
and sleeps outside it, so one slow chat never holds back the others; an
event loop that wakes a sleeper late never lets a burst through.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

# chat → the (key, interval in seconds) limits a send to it must respect
Limits = Callable[[str], list[tuple[str, float]]]
Sleep = Callable[[float], Awaitable[None]]


def telegram_limits(per_second: float) -> Limits:
    """About 25/s overall, 1/s per chat, 20/min per group (negative ids)."""
    overall = 1.0 / per_second

    def limits(chat: str) -> list[tuple[str, float]]:
        keys = [("*", overall), (f"chat:{chat}", 1.0)]
        if chat.startswith("-"):
            keys.append((f"group:{chat}", 3.0))
        return keys

    return limits


def slack_limits(per_second: float) -> Limits:
    """chat.postMessage: about 1/s per channel."""
    overall = 1.0 / per_second

    def limits(chat: str) -> list[tuple[str, float]]:
        return [("*", overall), (f"chat:{chat}", 1.0)]

    return limits


def per_chat_limits(chat: str) -> list[tuple[str, float]]:
    return [(f"chat:{chat}", 1.0)]


class Pacer:
    def __init__(
        self,
        limits: Limits,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.limits = limits
        self.monotonic = monotonic
        self.sleep = sleep
        self._next: dict[str, float] = {}  # key → earliest time of its next send
        self._gate = asyncio.Lock()

    def ready_at(self, chat: str) -> float:
        """When the per-chat and per-group limits let a send to ``chat`` go."""
        return max(
            (self._next.get(key, 0.0) for key, _ in self.limits(chat) if key != "*"),
            default=0.0,
        )

    def hold(self, chat: str, seconds: float) -> None:
        """The platform asked us to wait (429): no send to ``chat`` before then."""
        key = f"chat:{chat}"
        self._next[key] = max(self._next.get(key, 0.0), self.monotonic() + seconds)

    async def wait(self, chat: str) -> None:
        """Return when a send to ``chat`` may go out (and count it as sent)."""
        while True:
            early = self.ready_at(chat) - self.monotonic()
            if early > 0:
                await self.sleep(early)
            async with self._gate:
                if self.ready_at(chat) > self.monotonic():
                    continue  # another send to this chat passed meanwhile
                overall = self._next.get("*", 0.0) - self.monotonic()
                if overall > 0:
                    await self.sleep(overall)
                now = self.monotonic()
                for key, interval in self.limits(chat):
                    self._next[key] = now + interval
                if len(self._next) > 10_000:  # forget chats whose limits are long past
                    self._next = {k: v for k, v in self._next.items() if v > now}
                return
