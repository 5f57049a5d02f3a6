"""Pacing pushes to the platforms' flood limits.

Each platform has a :class:`Pacer`; every send first reserves a slot. A slot
must respect several limits at once — overall, per chat, per group — each
kept as a "theoretical arrival time" in the manner of the Generic Cell Rate
Algorithm (ATM Forum TM 4.0; a token bucket with no burst): a limit of one
send per ``interval`` seconds on a key allows the next send at
``tat[key]``, and a send at ``t`` moves it to ``t + interval``.

Per-chat and per-group slots are reserved on the event loop without an
await in between, so no lock is needed; a sender then sleeps until its slot.
The overall limit (key ``"*"``) is a gate instead: senders pass it one at a
time, each at least ``interval`` after the previous one *actually* passed,
so an event loop that wakes a sleeper late never lets a burst through.
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
        self._tat: dict[str, float] = {}
        self._gate = asyncio.Lock()
        self._gate_next = 0.0

    def reserve(self, chat: str, now: float) -> float:
        """The earliest time (on the ``monotonic`` clock) the per-chat limits
        let a send to ``chat`` go out, booked. (The overall limit is the gate
        in :meth:`wait`.)"""
        keys = [(key, interval) for key, interval in self.limits(chat) if key != "*"]
        start = max([now, *(self._tat.get(key, now) for key, _ in keys)])
        for key, interval in keys:
            self._tat[key] = start + interval
        if len(self._tat) > 10_000:  # forget chats whose limits are long past
            self._tat = {k: v for k, v in self._tat.items() if v > now}
        return start

    def hold(self, chat: str, seconds: float) -> None:
        """The platform asked us to wait (429): no send to ``chat`` before then."""
        key = f"chat:{chat}"
        until = self.monotonic() + seconds
        self._tat[key] = max(self._tat.get(key, until), until)

    async def wait(self, chat: str) -> None:
        """Return when a send to ``chat`` may go out."""
        now = self.monotonic()
        start = self.reserve(chat, now)
        if start > now:
            await self.sleep(start - now)
        overall = next((i for key, i in self.limits(chat) if key == "*"), None)
        if overall is None:
            return
        async with self._gate:
            now = self.monotonic()
            if self._gate_next > now:
                await self.sleep(self._gate_next - now)
            self._gate_next = max(self.monotonic(), self._gate_next) + overall
