"""The briefing scheduler through the real Telegram adapter (PTB over HTTP)
against the fake Bot API on 127.0.0.1: 429, 403 (and /start to come back),
5xx, a read timeout, and a group's migration to a supergroup. Then
``briefbot run telegram`` as a process: the briefing arrives once, the bot
is SIGKILLed and restarted, and no second one comes that day."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import time as time_module
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from fake_clock import FakeClock
from fake_telegram import FakeBotAPI

from bot.adapters.telegram_adapter import TelegramAdapter
from bot.config import BriefingSettings, TelegramSettings
from bot.ledger import Ledger, State
from bot.scheduler import Scheduler, subscription_service
from bot.subscription_store import Subscriptions, occurrence
from handlers import Command, Context, Reply, dispatch
from summarizer.corpus import Corpus
from summarizer.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEOUL = ZoneInfo("Asia/Seoul")
DAY = datetime.now(UTC).date() + timedelta(days=3)


def at(hhmm: str, days: int = 0) -> datetime:
    return occurrence(DAY + timedelta(days=days), time.fromisoformat(hhmm), SEOUL)


@pytest.fixture()
def fake() -> Iterator[FakeBotAPI]:
    with FakeBotAPI() as server:
        yield server


def state(path: Path, chat: str, days: int = 0) -> State | None:
    row = Ledger(Store(path)).get("telegram", chat, DAY + timedelta(days=days))
    return row.state if row else None


def briefings_to(fake: FakeBotAPI, chat_id: int) -> list[str]:
    return [m["plain"] for m in fake.messages_to(chat_id) if m["plain"].startswith("🗞")]


@dataclass
class Harness:
    """The scheduler and the fake Bot API at one moment of the day."""

    path: Path
    clock: FakeClock
    fake: FakeBotAPI
    scheduler: Scheduler

    async def at_time(self, moment: datetime) -> None:
        self.clock.set(moment)
        await self.scheduler.run_once()

    def state(self, chat: str) -> State | None:
        return state(self.path, chat)


async def flood_then_send(h: Harness) -> None:
    """429: wait what Telegram asked, then send."""
    h.fake.flood(30)
    await h.at_time(at("08:00"))
    assert h.state("101") == State.RETRY and not briefings_to(h.fake, 101)
    await h.at_time(at("08:00") + timedelta(seconds=31))
    assert h.state("101") == State.SENT and len(briefings_to(h.fake, 101)) == 1


async def blocked_then_start(h: Harness) -> None:
    """403: blocked → subscription off; /start brings it back."""
    h.fake.forbid(102)
    await h.at_time(at("08:10"))
    assert h.state("102") == State.FAILED
    assert not Subscriptions(Store(h.path)).get("telegram", "102").active  # type: ignore[union-attr]
    h.fake.send_text("/start", chat_id=102)
    await h.fake.await_for(lambda f: f.messages_to(102))
    assert "다시 보내 드립니다" in h.fake.messages_to(102)[0]["plain"]
    assert Subscriptions(Store(h.path)).get("telegram", "102").active  # type: ignore[union-attr]


async def read_timeout(h: Harness) -> None:
    """Read timeout: maybe delivered → unknown, never resent."""
    h.fake.delay("sendMessage", 3)
    await h.at_time(at("08:20"))
    assert h.state("103") == State.UNKNOWN
    await h.at_time(at("08:25"))
    sends = [c for c in h.fake.calls_of("sendMessage") if c.params.get("chat_id") == 103]
    assert len(sends) == 1


async def migrated_group(h: Harness) -> None:
    """The group became a supergroup: new id stored, resent once there."""
    h.fake.migrate(-104, -1001234)
    await h.at_time(at("08:30"))
    assert len(briefings_to(h.fake, -1001234)) == 1 and not briefings_to(h.fake, -104)
    assert h.state("-1001234") == State.SENT
    subs = Subscriptions(Store(h.path))
    assert subs.get("telegram", "-104") is None
    assert subs.get("telegram", "-1001234") is not None


async def server_error(h: Harness) -> None:
    """5xx: certainly not delivered → retried after the backoff."""
    h.fake.fail("sendMessage", 502, "Bad Gateway", chat_id=105)
    await h.at_time(at("08:40"))
    assert h.state("105") == State.RETRY
    await h.at_time(at("08:40") + timedelta(seconds=10))
    assert h.state("105") == State.SENT


def test_telegram_faults(tmp_path: Path, bundled: Corpus, fake: FakeBotAPI) -> None:
    path = tmp_path / "store.sqlite3"
    clock = FakeClock(at("07:00"))
    context = Context(bundled)
    service = subscription_service(Store(path), BriefingSettings(), clock)
    context.subscriptions = service
    plans = {"101": "08:00", "102": "08:10", "103": "08:20", "-104": "08:30", "105": "08:40"}
    for chat, hhmm in plans.items():
        service.subscribe(f"telegram:{chat}", hhmm, "Asia/Seoul", None)

    async def run_command(command: Command) -> Reply:
        return await asyncio.to_thread(dispatch, command, context)

    async def main() -> None:
        settings = TelegramSettings(base_url=fake.base_url, timeout=1.0, poll_timeout=1)
        adapter = TelegramAdapter(fake.token, settings)
        await adapter.start(run_command)
        scheduler = Scheduler(
            Store(path),
            {"telegram": adapter},
            context,
            BriefingSettings(),
            clock=clock,
            sleep=clock.sleep,
            monotonic=clock.monotonic,
            workers=4,
        )
        h = Harness(path, clock, fake, scheduler)
        try:
            steps = (
                flood_then_send,
                blocked_then_start,
                read_timeout,
                migrated_group,
                server_error,
            )
            for step in steps:
                await step(h)
            # The next day: one each, to the supergroup's new id, nothing to 103 twice.
            await h.at_time(at("09:00", days=1))
        finally:
            await scheduler.stop()
            await adapter.stop()

    asyncio.run(main())
    assert {c: len(briefings_to(fake, c)) for c in (101, 102, 103, -104, -1001234, 105)} == {
        101: 2,
        102: 1,
        103: 1,
        -104: 0,
        -1001234: 2,
        105: 2,
    }
    # 103 received the first (slow) send and the next day's.
    assert len([c for c in fake.calls_of("sendMessage") if c.params.get("chat_id") == 103]) == 2


def _env(tmp_path: Path, fake: FakeBotAPI) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("BRIEFBOT_", "TELEGRAM_", "SLACK_"))
    }
    env.update(
        XDG_STATE_HOME=str(tmp_path / "state"),
        TELEGRAM_BOT_TOKEN=fake.token,
        BRIEFBOT_TELEGRAM_BASE_URL=fake.url,
        BRIEFBOT_TELEGRAM_POLL_TIMEOUT="1",
    )
    return env


def start_bot(store: Path, log_path: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    with log_path.open("ab") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "run", "telegram", "--store", str(store)],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )


def ledger_state(store: Path) -> str | None:
    with contextlib.closing(sqlite3.connect(store)) as db:
        row = db.execute(
            "SELECT state FROM deliveries WHERE platform = 'telegram' AND chat = '555'"
        ).fetchone()
    return str(row[0]) if row else None


def wait_until_recorded(store: Path) -> None:
    # Killed between the send and its record, the row would be "unknown"
    # (maybe sent) and equally not resent; here the kill comes after it.
    deadline = time_module.monotonic() + 60
    while ledger_state(store) != "sent":
        assert time_module.monotonic() < deadline, ledger_state(store)
        time_module.sleep(0.05)


@pytest.mark.slow
def test_run_sigkill_and_restart_sends_one_briefing(
    tmp_path: Path, bundled: Corpus, fake: FakeBotAPI
) -> None:
    store = tmp_path / "s.db"
    with sqlite3.connect(bundled.store.path) as src, sqlite3.connect(store) as dst:
        src.backup(dst)
    # Chat 555 subscribed ten minutes ago for the minute that just began.
    now = datetime.now(UTC)
    local = (now - timedelta(minutes=1)).astimezone(SEOUL)
    subs = Subscriptions(Store(store))
    subs.upsert(
        "telegram", "555", f"{local:%H:%M}", "Asia/Seoul", None, now - timedelta(minutes=10)
    )
    log_path = tmp_path / "bot.log"

    def start() -> subprocess.Popen[bytes]:
        return start_bot(store, log_path, _env(tmp_path, fake))

    proc = start()
    try:
        fake.wait_for(lambda f: briefings_to(f, 555), timeout=120)
        wait_until_recorded(store)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc = start()
        fake.send_text("/subscription", chat_id=555)
        fake.wait_for(lambda f: len(f.messages_to(555)) >= 2, timeout=120)
        fake.send_text("/구독정보", chat_id=555)
        fake.wait_for(lambda f: len(f.messages_to(555)) >= 3, timeout=60)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    output = log_path.read_text("utf-8", "replace")
    assert "Traceback" not in output and fake.token.split(":")[1] not in output
    texts = [m["plain"] for m in fake.messages_to(555)]
    assert len(briefings_to(fake, 555)) == 1, texts
    assert texts[1].startswith("📬") and f"{local:%H:%M}" in texts[1]
    assert texts[2] == texts[1]
    assert Ledger(Store(store)).get("telegram", "555", local.date()).state == State.SENT  # type: ignore[union-attr]
