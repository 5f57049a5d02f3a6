"""The briefing scheduler end to end on the console adapter, with an
injectable clock: due times across zones, restarts before/during/after the
due time, a kill in the middle of a broadcast, two schedulers on one store,
a chat that refuses messages. (Telegram and Slack faults go through their
fake platform servers in test_scheduler_platforms.py.)"""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from fake_clock import FakeClock

from bot.adapters.console import ConsoleAdapter
from bot.config import BriefingSettings
from bot.ledger import Ledger, State
from bot.pacing import Pacer
from bot.scheduler import Scheduler
from bot.subscription_store import Subscriptions, SubscriptionService, occurrence
from handlers import Context
from summarizer.corpus import Corpus
from summarizer.store import Store

SEOUL = ZoneInfo("Asia/Seoul")
# A date after the bundled articles were added (real time), so briefings have content.
DAY = datetime.now(UTC).date() + timedelta(days=3)
DUE = occurrence(DAY, time(8), SEOUL)  # 08:00 in Seoul


class Inbox:
    """A console stream that records each push: (clock time, chat, text).
    ``refuse`` chats get a broken pipe, as when nobody reads any more."""

    def __init__(self, clock: FakeClock, refuse: set[str] | None = None) -> None:
        self.clock = clock
        self.refuse = refuse or set()
        self.got: list[tuple[datetime, str, str]] = []
        self.on_write: Any = None

    def write(self, text: str) -> int:
        chat = text.split("\n", 1)[0].removeprefix("── ")
        if chat in self.refuse:
            raise BrokenPipeError(32, "Broken pipe")
        self.got.append((self.clock(), chat, text))
        if self.on_write is not None:
            self.on_write(len(self.got))
        return len(text)

    def flush(self) -> None:
        pass

    def counts(self) -> Counter[str]:
        return Counter(chat for _, chat, _ in self.got)


def make(
    path: Path,
    corpus: Corpus,
    clock: FakeClock,
    inbox: Inbox,
    *,
    holder: str | None = None,
    pacer: Pacer | None = None,
    **settings: Any,
) -> Scheduler:
    """A scheduler as one process would have it: its own connection to the store."""
    return Scheduler(
        Store(path),
        {"console": ConsoleAdapter(inbox)},  # type: ignore[arg-type]
        Context(corpus),
        BriefingSettings(**settings),
        clock=clock,
        sleep=clock.sleep,
        monotonic=clock.monotonic,
        holder=holder,
        workers=8,
        pacers={"console": pacer} if pacer else None,
    )


def subscribe(
    path: Path, clock: FakeClock, chat: str, at: str = "08:00", zone: str = "Asia/Seoul"
) -> None:
    service = SubscriptionService(Subscriptions(Store(path)), BriefingSettings(), clock)
    service.subscribe(f"console:{chat}", at, zone, None)


@pytest.fixture()
def path(tmp_path: Path) -> Path:
    return tmp_path / "store.sqlite3"


def test_due_times_across_zones_and_days(path: Path, bundled: Corpus) -> None:
    start = DUE - timedelta(days=1, hours=1)
    clock = FakeClock(start)
    inbox = Inbox(clock)
    plans = {
        "seoul": ("08:00", "Asia/Seoul"),
        "kolkata": ("08:00", "Asia/Kolkata"),  # +05:30
        "utc": ("00:00", "UTC"),  # Seoul's 09:00, the previous UTC date
        "honolulu": ("20:00", "Pacific/Honolulu"),  # -10:00, the next UTC date
        "late": ("23:55", "Asia/Seoul"),
    }
    for chat, (at, zone) in plans.items():
        subscribe(path, clock, chat, at, zone)

    async def main() -> None:
        scheduler = make(path, bundled, clock, inbox)
        while clock() < start + timedelta(hours=50):
            await scheduler.run_once()
            clock.advance(5 * 60)
        await scheduler.stop()

    asyncio.run(main())
    for chat, (at, zone) in plans.items():
        got = [(moment, text) for moment, c, text in inbox.got if c == chat]
        local = ZoneInfo(zone)
        expected = []
        day = start.astimezone(local).date()
        last_tick = clock() - timedelta(minutes=5)
        while (moment := occurrence(day, time.fromisoformat(at), local)) <= last_tick:
            if moment >= start:
                expected.append(moment)
            day += timedelta(days=1)
        assert len(got) == len(expected) >= 2, chat
        for (sent, text), due in zip(got, expected, strict=True):
            # Sent on the first tick at or after the local time (ticks are 5 min apart).
            assert due <= sent < due + timedelta(minutes=5), chat
            assert text.startswith(f"── {chat}\n🗞️ ")
            assert f"{due.astimezone(local).day}일" in text.split("\n")[1]


def test_restart_before_at_and_after_the_due_time(path: Path, bundled: Corpus) -> None:
    clock = FakeClock(DUE - timedelta(minutes=1))
    inbox = Inbox(clock)
    subscribe(path, clock, "alice")
    subscribe(path, clock, "bob", "09:00")

    async def run_at(moment: datetime) -> int:
        clock.set(moment)
        scheduler = make(path, bundled, clock, inbox)
        queued = await scheduler.run_once()
        await scheduler.stop()  # a clean stop releases the lease
        return queued

    async def main() -> None:
        # Before the time: nothing; a restart at the time sends alice's once.
        assert await run_at(DUE - timedelta(minutes=1)) == 0
        assert await run_at(DUE) == 1
        assert await run_at(DUE + timedelta(seconds=30)) == 0
        # Down from 08:30 to 11:30: bob's 09:00 is caught up on start (grace 3 h), once.
        assert await run_at(DUE + timedelta(hours=3, minutes=30)) == 1
        assert await run_at(DUE + timedelta(hours=3, minutes=31)) == 0
        # Down over the next morning until past the grace window: skipped.
        assert await run_at(DUE + timedelta(days=1, hours=4, minutes=1)) == 0

    asyncio.run(main())
    assert inbox.counts() == {"alice": 1, "bob": 1}
    ledger = Ledger(Store(path))
    assert ledger.get("console", "alice", DAY).state == State.SENT  # type: ignore[union-attr]
    assert ledger.get("console", "alice", DAY + timedelta(days=1)) is None
    # The next briefing covers what came after this one.
    sub = Subscriptions(Store(path)).get("console", "alice")
    assert sub is not None and sub.last_briefing == DUE


def test_subscribing_after_the_time_waits_for_the_next_day(path: Path, bundled: Corpus) -> None:
    clock = FakeClock(DUE + timedelta(minutes=10))
    inbox = Inbox(clock)
    subscribe(path, clock, "carol")
    service = SubscriptionService(Subscriptions(Store(path)), BriefingSettings(), clock)
    info = service.get("console:carol")
    assert info is not None and info.next_delivery == (DUE + timedelta(days=1)).astimezone(SEOUL)

    async def main() -> None:
        scheduler = make(path, bundled, clock, inbox)
        assert await scheduler.run_once() == 0
        clock.set(DUE + timedelta(days=1))
        assert await scheduler.run_once() == 1
        await scheduler.stop()

    asyncio.run(main())
    assert inbox.counts() == {"carol": 1}


def test_kill_in_the_middle_of_a_broadcast(path: Path, bundled: Corpus) -> None:
    clock = FakeClock(DUE)
    chats = [f"c{i:02d}" for i in range(40)]
    for chat in chats:
        subscribe(path, clock, chat)
    clock.set(DUE)
    inbox = Inbox(clock)

    async def main() -> None:
        # Five sends a second, so the broadcast is spread over time.
        first = make(
            path,
            bundled,
            clock,
            inbox,
            holder="first",
            pacer=Pacer(lambda chat: [("*", 0.2)], monotonic=clock.monotonic, sleep=clock.sleep),
        )
        killed = asyncio.Event()

        def kill(sent: int) -> None:
            if sent == 15:
                # SIGKILL: every task of the process stops where it is and
                # its connection to the store is gone; nothing is cleaned up.
                for task in asyncio.all_tasks():
                    if task is not current:
                        task.cancel()
                first.store.close()
                killed.set()

        inbox.on_write = kill
        current = asyncio.current_task()
        await first.tick()
        await killed.wait()
        await asyncio.sleep(0.1)
        inbox.on_write = None
        assert inbox.counts().total() == 15
        # Restart: a new process waits out the dead one's lease, then sends the rest.
        second = make(path, bundled, clock, inbox, holder="second")
        assert await second.run_once() == 0  # the lease is still held
        clock.advance(31)
        await second.run_once()
        await second.stop()

    asyncio.run(main())
    counts = inbox.counts()
    rows = Ledger(Store(path)).since(DAY)
    assert set(counts) == set(chats) and set(counts.values()) == {1}
    states = Counter(row.state for row in rows.values())
    # Claims left by the killed process were "maybe sent" → unknown, never resent.
    assert states[State.SENT] + states[State.UNKNOWN] == 40
    assert states[State.UNKNOWN] <= 8


def test_two_schedulers_on_one_store(path: Path, bundled: Corpus) -> None:
    clock = FakeClock(DUE)
    chats = [f"c{i}" for i in range(20)]
    for chat in chats:
        subscribe(path, clock, chat)
    inbox_a, inbox_b = Inbox(clock), Inbox(clock)

    async def main() -> None:
        a = make(path, bundled, clock, inbox_a, holder="a")
        b = make(path, bundled, clock, inbox_b, holder="b")
        await asyncio.gather(a.run_once(), b.run_once(), a.run_once(), b.run_once())
        assert a.holding != b.holding
        # The holder stops cleanly; the other takes over the next day.
        sender, other = (a, b) if a.holding else (b, a)
        await sender.stop()
        clock.set(DUE + timedelta(days=1))
        await asyncio.gather(other.run_once(), other.run_once())
        assert other.holding
        await other.stop()

    asyncio.run(main())
    total = inbox_a.counts() + inbox_b.counts()
    assert set(total) == set(chats) and set(total.values()) == {2}
    days = {(m.astimezone(SEOUL).date(), c) for m, c, _ in inbox_a.got + inbox_b.got}
    assert len(days) == 40


def test_a_chat_that_refuses_messages_is_switched_off(path: Path, bundled: Corpus) -> None:
    clock = FakeClock(DUE)
    subscribe(path, clock, "alice")
    subscribe(path, clock, "gone")
    inbox = Inbox(clock, refuse={"gone"})

    async def main() -> None:
        scheduler = make(path, bundled, clock, inbox)
        await scheduler.run_once()
        clock.set(DUE + timedelta(days=1))
        await scheduler.run_once()
        # Subscribing again switches it back on, from the next day.
        inbox.refuse.clear()
        clock.advance(60)
        subscribe(path, clock, "gone")
        await scheduler.run_once()
        clock.set(DUE + timedelta(days=2))
        await scheduler.run_once()
        await scheduler.stop()

    asyncio.run(main())
    assert inbox.counts() == {"alice": 3, "gone": 1}
    ledger = Ledger(Store(path))
    failed = ledger.get("console", "gone", DAY)
    assert failed is not None and failed.state == State.FAILED
    assert "PermanentFailure" in (failed.detail or "")


def test_the_loop_wakes_at_the_time(path: Path, bundled: Corpus) -> None:
    clock = FakeClock(DUE - timedelta(minutes=5), real_pause=0.02)
    subscribe(path, clock, "alice")
    inbox = Inbox(clock)

    async def main() -> None:
        scheduler = make(path, bundled, clock, inbox)
        scheduler.lease_seconds = 3600.0  # fewer idle ticks in fake time
        await scheduler.start()
        end = DUE + timedelta(days=1, minutes=30)
        while clock() < end:
            await asyncio.sleep(0.005)
        await scheduler.stop()

    asyncio.run(main())
    assert [c for _, c, _ in inbox.got] == ["alice", "alice"]
    first, second = (m for m, _, _ in inbox.got)
    assert DUE <= first < DUE + timedelta(minutes=1)
    assert second.astimezone(SEOUL).date() == DAY + timedelta(days=1)
    assert second < first + timedelta(days=1, minutes=1)
    assert Ledger(Store(path)).lease_holder() is None  # released on stop


def test_dates_are_local(path: Path) -> None:
    assert DUE.astimezone(SEOUL).date() == DAY
    assert isinstance(DAY, date)
