"""A simulated-clock soak of the daily briefing (issue 11): the real
scheduler, delivery ledger and SQLite store; two fake platforms that record
every message that arrives and inject faults at random (429 with
retry_after, 5xx, a timeout after the request went out, 403, group
migration); the bot killed (SIGKILL-like) at random points of a broadcast
and restarted; two instances on one store. Time is a FakeClock, so 30 days
take seconds. Used by tests/test_soak.py (bounded) and benchmarks/soak.py.
"""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from fake_clock import FakeClock

from bot.config import BriefingSettings
from bot.delivery import ChatMigrated, DeliveryUnknown, PermanentFailure, RetryLater
from bot.ledger import Ledger
from bot.scheduler import Scheduler
from bot.subscription_store import Subscriptions, SubscriptionService, occurrence
from handlers import Context, Reply
from summarizer.corpus import Corpus
from summarizer.store import Store

ZONES = ("Asia/Seoul", "Europe/London", "America/New_York", "Australia/Sydney", "Asia/Kolkata")
START = datetime(2031, 3, 1, 0, 0, tzinfo=UTC)


@dataclass
class Faults:
    """Probabilities per push (the rest arrive)."""

    rate_limited: float = 0.03  # 429 with a Retry-After of 1–120 s
    server_error: float = 0.02  # 5xx: certainly not posted
    timeout_after_send: float = 0.02  # arrived, but the answer was lost
    forbidden: float = 0.0015  # 403: the bot was blocked / removed, for good
    migrate: float = 0.01  # Telegram groups only, once per group


@dataclass
class Tally:
    expected: int = 0
    delivered: int = 0
    twice: int = 0
    lost: int = 0
    refused: int = 0
    faults: Counter[str] = field(default_factory=Counter)
    kills: int = 0
    runs: int = 0

    def line(self) -> str:
        faults = ", ".join(f"{k} {v}" for k, v in sorted(self.faults.items()))
        return (
            f"expected {self.expected}, delivered {self.delivered}, lost {self.lost}, "
            f"twice {self.twice}, refused for good {self.refused}; kills {self.kills}, "
            f"scheduler runs {self.runs}; faults: {faults}"
        )


class SimPlatform:
    """A fake platform behind the adapter interface: what arrives is recorded
    (the moment the request reaches it, before anything can interrupt)."""

    def __init__(self, name: str, sim: Soak) -> None:
        self.platform = name
        self.sim = sim
        self.refusing: set[str] = set()

    async def start(self, dispatch: object) -> None:
        pass

    async def stop(self) -> None:
        pass

    async def push(self, chat: str, reply: Reply) -> None:
        sim = self.sim
        roll = sim.rng.random()
        f = sim.faults
        if chat in self.refusing:
            raise PermanentFailure("403 Forbidden")
        if roll < f.rate_limited:
            sim.tally.faults["429"] += 1
            raise RetryLater("429", retry_after=sim.rng.choice((1, 5, 30, 120)))
        roll -= f.rate_limited
        if roll < f.server_error:
            sim.tally.faults["5xx"] += 1
            raise RetryLater("502", retry_after=5.0)
        roll -= f.server_error
        if roll < f.forbidden:
            sim.tally.faults["403"] += 1
            self.refusing.add(chat)
            sim.refused_at[sim.owner(self.platform, chat)] = sim.clock()
            raise PermanentFailure("403 Forbidden")
        roll -= f.forbidden
        if self.platform == "telegram" and chat.startswith("-") and roll < f.migrate:
            if chat not in sim.migrated_from:
                sim.tally.faults["migration"] += 1
                new = f"-100{chat.lstrip('-')}"
                sim.migrated_from[new] = chat
                raise ChatMigrated("group upgraded", new_chat=new)
        sim.arrive(self.platform, chat)
        if sim.rng.random() < f.timeout_after_send:
            sim.tally.faults["timeout"] += 1
            raise DeliveryUnknown("read timeout after the request went out")


class Soak:
    def __init__(
        self,
        path: Path,
        corpus: Corpus,
        *,
        days: int = 30,
        subscribers: int = 200,
        seed: int = 11,
        faults: Faults | None = None,
        kills: int = 4,
        twin_days: int = 5,
    ) -> None:
        self.path, self.corpus, self.days = path, corpus, days
        self.rng = random.Random(seed)
        self.faults = faults or Faults()
        self.clock = FakeClock(START)
        self.settings = BriefingSettings(max_attempts=8, max_backoff_seconds=300.0)
        self.tally = Tally()
        self.arrived: Counter[tuple[str, str, object]] = Counter()
        self.refused_at: dict[tuple[str, str], datetime] = {}
        self.migrated_from: dict[str, str] = {}
        self.subs: dict[tuple[str, str], tuple[str, str]] = {}  # (platform, chat) → (at, zone)
        self.platforms = {p: SimPlatform(p, self) for p in ("telegram", "slack")}
        self._subscribe(subscribers)
        end = START + timedelta(days=days)
        self.kill_at = sorted(START + (end - START) * self.rng.random() for _ in range(kills))
        self.twin_from = end - timedelta(days=twin_days)
        self.generation = 0

    # ------------------------------------------------------------ set-up
    def _subscribe(self, count: int) -> None:
        service = SubscriptionService(Subscriptions(Store(self.path)), self.settings, self.clock)
        for n in range(count):
            platform = "telegram" if n % 2 == 0 else "slack"
            if platform == "telegram":
                chat = f"-{4000 + n}" if n % 4 == 0 else str(1000 + n)
            else:
                chat = f"C{n:05d}"
            at = f"{self.rng.randrange(6, 20):02d}:{self.rng.choice((0, 30)):02d}"
            zone = ZONES[n % len(ZONES)]
            service.subscribe(f"{platform}:{chat}", at, zone, None)
            self.subs[(platform, chat)] = (at, zone)

    def owner(self, platform: str, chat: str) -> tuple[str, str]:
        while chat in self.migrated_from:
            chat = self.migrated_from[chat]
        return platform, chat

    def arrive(self, platform: str, chat: str) -> None:
        key = self.owner(platform, chat)
        at, zone = self.subs[key]
        day = self.clock().astimezone(ZoneInfo(zone)).date()
        self.arrived[(*key, day)] += 1

    def scheduler(self, holder: str) -> Scheduler:
        return Scheduler(
            Store(self.path),
            self.platforms,  # type: ignore[arg-type]
            Context(self.corpus),
            self.settings,
            clock=self.clock,
            sleep=self.clock.sleep,
            monotonic=self.clock.monotonic,
            holder=holder,
            workers=16,
        )

    # ------------------------------------------------------------ running
    async def run(self) -> Tally:
        end = START + timedelta(days=self.days)
        main = self.scheduler("g0")
        twin: Scheduler | None = None
        while self.clock() < end:
            if self.kill_at and self.clock() >= self.kill_at[0]:
                self.kill_at.pop(0)
                main = await self._kill_and_restart(main)
            if twin is None and self.clock() >= self.twin_from:
                twin = self.scheduler("twin")
            runs = [main.run_once()] + ([twin.run_once()] if twin else [])
            await asyncio.gather(*runs)
            self.tally.runs += len(runs)
            self.clock.set(self._next_wake(main, end))
        for scheduler in (main, twin):
            if scheduler is not None:
                await scheduler.stop()
        return self.count()

    async def _kill_and_restart(self, victim: Scheduler) -> Scheduler:
        """SIGKILL in the middle of a broadcast: its tasks stop where they
        are, its store connection is gone; a new process starts a while later."""
        self.tally.kills += 1
        task = asyncio.create_task(victim.run_once())
        for _ in range(self.rng.randrange(1, 40)):
            await asyncio.sleep(0)
        # Only the victim's tasks die: a twin instance (another process) lives on.
        doomed = [task, *victim._workers, *victim._replies.values()]
        for other in doomed:
            other.cancel()
        await asyncio.gather(*doomed, return_exceptions=True)
        await asyncio.sleep(0.01)
        victim.store.close()
        self.clock.advance(self.rng.choice((40, 600, 3600)))  # down for a while
        self.generation += 1
        return self.scheduler(f"g{self.generation}")

    def _next_wake(self, scheduler: Scheduler, end: datetime) -> datetime:
        now = self.clock()
        wake = now + timedelta(hours=1)
        for at, zone in self.subs.values():
            hour, minute = map(int, at.split(":"))
            for offset in (0, 1):
                local = now.astimezone(ZoneInfo(zone)).date() + timedelta(days=offset)
                moment = datetime.combine(local, datetime.min.time()).replace(
                    hour=hour, minute=minute, tzinfo=ZoneInfo(zone)
                )
                if moment > now:
                    wake = min(wake, moment.astimezone(UTC))
                    break
        retry = Ledger(scheduler.store).next_retry(now)
        if retry is not None and retry > now:
            wake = min(wake, retry)
        wake = max(wake, now + timedelta(seconds=31))  # past any dead lease
        return min(wake, end)

    # ------------------------------------------------------------ counting
    def count(self) -> Tally:
        tally = self.tally
        end = START + timedelta(days=self.days)
        grace = timedelta(hours=self.settings.grace_hours)
        for key, (at, zone) in self.subs.items():
            refused = self.refused_at.get(key)
            first = START.astimezone(ZoneInfo(zone)).date()
            for n in range(self.days + 1):
                day = first + timedelta(days=n)
                due = occurrence(day, datetime.strptime(at, "%H:%M").time(), ZoneInfo(zone))
                if due <= START or due + grace > end:
                    continue
                got = self.arrived[(*key, day)]
                if refused is not None and refused < due + grace and got == 0:
                    tally.refused += 1
                    continue
                tally.expected += 1
                tally.delivered += min(got, 1)
                tally.twice += max(0, got - 1)
                tally.lost += 1 if got == 0 else 0
        return tally


def run_soak(path: Path, corpus: Corpus, **options: object) -> Tally:
    sim = Soak(path, corpus, **options)  # type: ignore[arg-type]
    return asyncio.run(sim.run())
