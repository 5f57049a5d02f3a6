"""The briefing scheduler through the real platform adapters, against the
local fake platform servers on 127.0.0.1: 429s, permanent errors, timeouts,
5xx and (Telegram) chat migration injected at the network edge. The clock is
injected; the HTTP is real."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from fake_clock import FakeClock
from fake_slack import FakeSlack, Scripted

from bot.adapters.base import Adapter
from bot.adapters.slack_adapter import SlackAdapter
from bot.config import BriefingSettings, SlackSettings
from bot.ledger import Ledger, State
from bot.scheduler import Scheduler
from bot.subscription_store import Subscriptions, SubscriptionService, occurrence
from handlers import Context
from summarizer.corpus import Corpus
from summarizer.store import Store

DAY = datetime.now(UTC).date() + timedelta(days=3)
SLACK_TOKEN = "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy"


def at(hhmm: str, days: int = 0) -> datetime:
    from zoneinfo import ZoneInfo

    return occurrence(DAY + timedelta(days=days), time.fromisoformat(hhmm), ZoneInfo("Asia/Seoul"))


def scheduler_for(
    path: Path, corpus: Corpus, clock: FakeClock, adapter: Adapter, **settings: Any
) -> Scheduler:
    return Scheduler(
        Store(path),
        {adapter.platform: adapter},
        Context(corpus),
        BriefingSettings(**settings),
        clock=clock,
        sleep=clock.sleep,
        monotonic=clock.monotonic,
        workers=4,
    )


def subscribe(path: Path, clock: FakeClock, chat: str, hhmm: str) -> None:
    service = SubscriptionService(Subscriptions(Store(path)), BriefingSettings(), clock)
    service.subscribe(chat, hhmm, "Asia/Seoul", None)


def state(path: Path, platform: str, chat: str, days: int = 0) -> State | None:
    row = Ledger(Store(path)).get(platform, chat, DAY + timedelta(days=days))
    return row.state if row else None


def active(path: Path, platform: str, chat: str) -> bool:
    sub = Subscriptions(Store(path)).get(platform, chat)
    return sub is not None and sub.active


# ------------------------------------------------------------------- Slack
@pytest.fixture()
def slack() -> Iterator[FakeSlack]:
    with FakeSlack(token=SLACK_TOKEN) as fake:
        yield fake


def slack_adapter(fake: FakeSlack) -> SlackAdapter:
    settings = SlackSettings(port=0, host="127.0.0.1", api_url=fake.api_url, timeout=0.5)
    return SlackAdapter(settings, bot_token=SLACK_TOKEN, signing_secret="s" * 32)


def posts(fake: FakeSlack, channel: str) -> int:
    return sum(1 for c in fake.calls("chat.postMessage") if c.params["channel"] == channel)


def test_slack_faults(tmp_path: Path, bundled: Corpus, slack: FakeSlack) -> None:
    path = tmp_path / "store.sqlite3"
    clock = FakeClock(at("07:00"))
    for chat, hhmm in [("C1", "08:00"), ("C2", "08:10"), ("C3", "08:20"), ("D4", "08:30")]:
        subscribe(path, clock, f"slack:{chat}", hhmm)

    async def main() -> None:
        scheduler = scheduler_for(path, bundled, clock, slack_adapter(slack))

        async def at_time(moment: datetime) -> None:
            clock.set(moment)
            await scheduler.run_once()

        # 429 with a long Retry-After: handed back, rescheduled, sent after the wait.
        slack.rate_limit("chat.postMessage", retry_after=120)
        await at_time(at("08:00"))
        assert state(path, "slack", "C1") == State.RETRY and posts(slack, "C1") == 1
        await at_time(at("08:01"))
        assert posts(slack, "C1") == 1  # not before Slack's 120 s
        await at_time(at("08:02"))
        assert state(path, "slack", "C1") == State.SENT and posts(slack, "C1") == 2

        # A permanent error switches the subscription off.
        slack.fail("chat.postMessage", "channel_not_found")
        await at_time(at("08:10"))
        assert state(path, "slack", "C2") == State.FAILED and not active(path, "slack", "C2")

        # A read timeout: it may have been posted, so it is never resent.
        slack.slow("chat.postMessage", 3)
        await at_time(at("08:20"))
        assert state(path, "slack", "C3") == State.UNKNOWN and posts(slack, "C3") == 1
        await at_time(at("08:25"))
        assert posts(slack, "C3") == 1

        # A 5xx certainly did not post: retried after a bounded backoff.
        slack.script("chat.postMessage", Scripted(503, {"ok": False}))
        await at_time(at("08:30"))
        assert state(path, "slack", "D4") == State.RETRY
        await at_time(at("08:30") + timedelta(seconds=10))
        assert state(path, "slack", "D4") == State.SENT and posts(slack, "D4") == 2

        # The next day: everyone still subscribed gets exactly one more.
        await at_time(at("09:00", days=1))
        await scheduler.stop()

    asyncio.run(main())
    assert {ch: posts(slack, ch) for ch in ("C1", "C2", "C3", "D4")} == {
        "C1": 3,
        "C2": 1,
        "C3": 2,
        "D4": 3,
    }
    text = slack.calls("chat.postMessage")[-1].params["text"]
    assert "브리핑" in text


def test_slack_routes_the_subscription_commands() -> None:
    from bot.adapters.slack_adapter import to_command

    body = {"command": "/brief", "text": "구독 저녁 7시", "channel_id": "C1", "user_id": "U1"}
    command = to_command(body)
    assert command is not None
    assert (command.name, command.args, command.chat) == ("subscribe", "저녁 7시", "slack:C1")
    body = {"command": "/brief", "text": "subscription", "channel_id": "D9", "user_id": "U1"}
    assert to_command(body).name == "subscription"  # type: ignore[union-attr]
