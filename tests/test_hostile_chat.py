"""Hostile chat input and the one send budget (issue 11)."""

from __future__ import annotations

import asyncio

from bot.adapters.telegram_render import to_command
from bot.delivery import DeliveryUnknown, RetryLater
from bot.pacing import Pacer, per_chat_limits
from bot.sending import Sender, share_pacers
from handlers import Context, dispatch


def test_lone_surrogates_from_telegram_json(context: Context) -> None:
    update = {
        "update_id": 1,
        "message": {
            "message_id": 5,
            "date": 0,
            "chat": {"id": 42, "type": "private"},
            "from": {"id": 42, "is_bot": False, "first_name": "\ud800"},
            "text": "/summary \ud800엔비디아 \udfff",
        },
    }
    command = to_command(update, "briefbot")
    assert command is not None and command.name == "summary"
    assert not any(0xD800 <= ord(ch) <= 0xDFFF for ch in command.args)
    reply = dispatch(command, context)
    assert reply.ok or reply.notices  # an answer, not a crash


class _Adapter:
    def __init__(self) -> None:
        self.sender = Sender()


def test_replies_and_briefings_share_one_pacer() -> None:
    adapter = _Adapter()
    shared = Pacer(per_chat_limits)
    share_pacers({"telegram": adapter}, {"telegram": shared})
    assert adapter.sender.pacer is shared


def test_one_retry_policy() -> None:
    calls: list[str] = []
    sleeps: list[float] = []

    clock = [0.0]

    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)
        clock[0] += seconds

    pacer = Pacer(per_chat_limits, monotonic=lambda: clock[0], sleep=fake_sleep)
    sender = Sender(pacer, attempts=3, max_wait=10)
    asyncio.run(_policy_cases(sender, calls, sleeps))


async def _policy_cases(sender: Sender, calls: list[str], sleeps: list[float]) -> None:

    def failing(*errors: Exception) -> object:
        queue = list(errors)

        async def attempt() -> str:
            calls.append("try")
            if queue:
                raise queue.pop(0)
            return "sent"

        return attempt

    def classify(exc: Exception) -> RetryLater | DeliveryUnknown:
        return exc if isinstance(exc, RetryLater | DeliveryUnknown) else DeliveryUnknown("?")

    # Certainly not delivered, short wait: retried in place after the wait.
    result = await sender.send("1", failing(RetryLater("429", 2.0)), classify)
    assert result == "sent" and len(calls) == 2 and any(s >= 2.0 for s in sleeps)
    # Maybe delivered: never resent.
    calls.clear()
    try:
        await sender.send("2", failing(DeliveryUnknown("timeout")), classify)
    except DeliveryUnknown:
        pass
    assert len(calls) == 1
    # A wait beyond max_wait, or a caller that reschedules: handed back at once.
    calls.clear()
    for kwargs in ({}, {"retry": False}):
        wait = 60.0 if not kwargs else 1.0
        try:
            await sender.send("3", failing(RetryLater("429", wait)), classify, **kwargs)
        except RetryLater:
            pass
    assert len(calls) == 2
