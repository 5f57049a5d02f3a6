"""One way to send: every message the bot sends — a morning briefing or a
chat reply, on Telegram or Slack — waits in the platform's one
:class:`~bot.pacing.Pacer` and follows one retry policy.

The policy: a failure is first classified in :mod:`bot.delivery` terms by the
adapter. Only :class:`~bot.delivery.RetryLater` (certainly not delivered: a
429, a refused connection) is ever retried, after the wait the platform
asked for (the pacer holds the chat meanwhile, so other sends to it wait
too), at most ``attempts`` times and only when that wait is at most
``max_wait``. Anything that may have arrived is never resent. A caller that
can reschedule (the first message of a briefing: the delivery ledger retries
it later) passes ``retry=False`` and gets the error at once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from typing import TypeVar

from .delivery import DeliveryError, RetryLater
from .pacing import Pacer, per_chat_limits

T = TypeVar("T")
ATTEMPTS = 3
MAX_WAIT = 60.0  # seconds; a longer flood wait is handed back to the caller


class Sender:
    def __init__(
        self,
        pacer: Pacer | None = None,
        *,
        attempts: int = ATTEMPTS,
        max_wait: float = MAX_WAIT,
    ) -> None:
        self.pacer = pacer or Pacer(per_chat_limits)
        self.attempts = attempts
        self.max_wait = max_wait

    async def send(
        self,
        chat: str,
        attempt: Callable[[], Awaitable[T]],
        classify: Callable[[Exception], DeliveryError],
        *,
        paced: bool = True,
        retry: bool = True,
    ) -> T:
        """``attempt()`` once the pacer lets a send to ``chat`` go; raises
        the classified error when it fails for good. ``paced=False``: the
        caller has already waited in the pacer for this send."""
        for number in range(1, self.attempts + 1):
            if paced or number > 1:
                await self.pacer.wait(chat)
            try:
                return await attempt()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                error = classify(exc)
                if isinstance(error, RetryLater):
                    self.pacer.hold(chat, error.retry_after)
                    if retry and number < self.attempts and error.retry_after <= self.max_wait:
                        continue
                raise error from exc
        raise AssertionError("unreachable")  # the last attempt returns or raises


def share_pacers(adapters: Mapping[str, object], pacers: Mapping[str, Pacer]) -> None:
    """Give each adapter's sender the scheduler's pacer for its platform, so
    replies and briefings spend one budget."""
    for platform, adapter in adapters.items():
        sender = getattr(adapter, "sender", None)
        if isinstance(sender, Sender) and platform in pacers:
            sender.pacer = pacers[platform]
