"""Daily briefing broadcast: N Telegram subscribers due at once, delivered by
the scheduler through the real Telegram adapter (PTB over HTTP) to the tests'
fake Bot API on 127.0.0.1, while other chats send commands.

    uv run python benchmarks/bench_broadcast.py [--subscribers 5000] [--groups 500]

Reports the time to deliver every briefing, the peak send rate (most
briefings in any 1-second window, and in any 60-second window), the ledger's
final states, and the latency of /help from other chats during the broadcast
(one every 0.5 s: from the update being queued at the fake server to the
bot's answer arriving there; it includes the long-polling round trip).
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from fake_telegram import FakeBotAPI  # noqa: E402

from bot.adapters.telegram_adapter import TelegramAdapter  # noqa: E402
from bot.config import load_config  # noqa: E402
from bot.runtime import start_runtime  # noqa: E402
from bot.scheduler import create_scheduler  # noqa: E402
from bot.serve import make_dispatch  # noqa: E402
from bot.subscription_store import ts  # noqa: E402
from summarizer.store import Store  # noqa: E402

PROBE_BASE = 900_000


def _peak(times: list[float], window: float) -> int:
    times = sorted(times)
    return max(
        (bisect.bisect_right(times, t + window - 1e-9) - i for i, t in enumerate(times)),
        default=0,
    )


def _subscribe_everyone(store: Store, subscribers: int, groups: int) -> list[str]:
    """Everyone subscribed yesterday for the minute that just began."""
    now = datetime.now(UTC)
    at = f"{(now - timedelta(minutes=1)).astimezone(ZoneInfo('Asia/Seoul')):%H:%M}"
    chats = [str(10_000 + i) for i in range(subscribers - groups)]
    chats += [str(-1_000_000_000_000 - i) for i in range(groups)]
    since = ts(now - timedelta(days=1))
    with store.transaction() as db:
        db.executemany(
            "INSERT INTO subscriptions(platform, chat, at, timezone, language, active, "
            "effective_from, created_at, updated_at) VALUES "
            "('telegram', ?, ?, 'Asia/Seoul', NULL, 1, ?, ?, ?)",
            [(chat, at, since, since, since) for chat in chats],
        )
    return chats


async def _probe(fake: FakeBotAPI, done: asyncio.Event, latencies: list[float]) -> None:
    """/help from a new chat every half second; how long each answer takes."""
    k = 0
    while not done.is_set():
        chat = PROBE_BASE + k
        k += 1
        start = time.monotonic()
        fake.send_text("/help", chat_id=chat)
        while not fake.messages_to(chat):
            await asyncio.sleep(0.005)
        answer = [c.at for c in fake.calls_of("sendMessage") if c.params.get("chat_id") == chat]
        latencies.append(answer[0] - start)
        await asyncio.sleep(0.5)


def _report(
    subscribers: int,
    groups: int,
    sends: list[float],
    start: float,
    states: list[tuple[Any, ...]],
    latencies: list[float],
) -> None:
    elapsed = max(sends) - start
    lat = sorted(latencies)
    p95 = lat[min(len(lat) - 1, int(len(lat) * 0.95))]
    print(f"subscribers: {subscribers} ({groups} groups), all due at once")
    print(f"delivered:   {len(sends)} in {elapsed:.1f} s ({len(sends) / elapsed:.1f}/s average)")
    print(f"peak rate:   {_peak(sends, 1.0)} in any 1 s, {_peak(sends, 60.0)} in any 60 s")
    print(f"ledger:      {dict(states)}")
    median, worst = statistics.median(lat) * 1000, lat[-1] * 1000
    print(
        f"commands during the broadcast: {len(lat)} × /help, median {median:.0f} ms, "
        f"p95 {p95 * 1000:.0f} ms, max {worst:.0f} ms"
    )


async def main(subscribers: int, groups: int) -> None:
    with tempfile.TemporaryDirectory() as tmp, FakeBotAPI() as fake:
        config = load_config(
            env={
                "BRIEFBOT_STORE_PATH": str(Path(tmp) / "store.sqlite3"),
                "BRIEFBOT_TELEGRAM_BASE_URL": fake.url,
                "BRIEFBOT_TELEGRAM_POLL_TIMEOUT": "1",
                "BRIEFBOT_BOT_LOG_LEVEL": "WARNING",
            }
        )
        runtime = start_runtime(config)
        store = runtime.corpus.store
        wanted = {int(c) for c in _subscribe_everyone(store, subscribers, groups)}
        adapter = TelegramAdapter(fake.token, config.telegram)
        await adapter.start(make_dispatch(runtime))
        scheduler = create_scheduler(store, runtime.context, config.briefing, [adapter])

        def delivered() -> list[float]:
            return [c.at for c in fake.calls_of("sendMessage") if c.params.get("chat_id") in wanted]

        latencies: list[float] = []
        done = asyncio.Event()
        start = time.monotonic()
        await scheduler.start()
        prober = asyncio.create_task(_probe(fake, done, latencies))
        try:
            while len(delivered()) < subscribers:
                await asyncio.sleep(0.25)
            done.set()
            await prober
        finally:
            await scheduler.stop()
            await adapter.stop()
        sends = delivered()
        states = store.query("SELECT state, count(*) FROM deliveries GROUP BY state")
        runtime.close()
    _report(subscribers, groups, sends, start, states, latencies)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--subscribers", type=int, default=5000)
    parser.add_argument("--groups", type=int, default=500)
    args = parser.parse_args()
    asyncio.run(main(args.subscribers, args.groups))
