"""The one scheduler for the daily briefing, shared by every adapter.

It runs on the event loop (not PTB's in-memory JobQueue): it reads the
subscriptions from the store, finds the briefings that are due, and calls the
``push`` of the adapter for each subscription's platform, paced to the
platform's flood limits and recorded in the delivery ledger
(:mod:`bot.ledger`). Everything that touches SQLite or builds a briefing
runs in a worker thread, so commands from other chats keep being answered
during a broadcast.

Time is injectable: ``clock()`` returns an aware UTC datetime, ``sleep``
waits (``asyncio.sleep``), ``monotonic`` paces. A briefing is due at the
chat's local time on each local date; it is sent if the scheduler sees it
within ``grace_hours`` of that time (so a briefing missed while the bot was
down is caught up on start, once), and only if the subscription's schedule
applied at that time (subscribing at 08:05 for 08:00 does not send at once).
"""

from __future__ import annotations

import asyncio
import logging
import time as _time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from handlers import Context, Reply
from handlers.briefing import BRIEFING_SCAN, daily_briefing, new_article_ids
from handlers.language import chat_language
from handlers.trend import with_week_chart
from summarizer.chat_prefs import get_topics
from summarizer.store import Store

from .adapters.base import Adapter
from .config import BriefingSettings
from .delivery import ChatMigrated, RetryLater
from .ledger import Ledger, Policy, State, Transition, new_holder, transition
from .pacing import Pacer, Sleep, per_chat_limits, slack_limits, telegram_limits
from .sending import share_pacers
from .service import BackgroundService
from .subscription_store import (
    Clock,
    Subscription,
    Subscriptions,
    SubscriptionService,
    join_chat,
    next_occurrence,
    utc_now,
)

log = logging.getLogger("briefbot.scheduler")

PUSH_TIMEOUT = 60.0  # seconds; a push that hangs longer is "unknown", not resent


@dataclass(frozen=True)
class Job:
    sub: Subscription
    day: date  # the briefing's date in the chat's zone
    due_at: datetime
    cut: datetime  # the briefing covers articles added up to this instant


def subscription_service(
    store: Store, settings: BriefingSettings, clock: Clock = utc_now
) -> SubscriptionService:
    """The object the /subscribe handlers use (``Context.subscriptions``)."""
    ledger = Ledger(store)
    return SubscriptionService(Subscriptions(store), settings, clock, delivered=ledger.settled)


def default_pacers(
    settings: BriefingSettings,
    *,
    monotonic: Callable[[], float] = _time.monotonic,
    sleep: Sleep = asyncio.sleep,
) -> dict[str, Pacer]:
    return {
        "telegram": Pacer(
            telegram_limits(settings.telegram_per_second), monotonic=monotonic, sleep=sleep
        ),
        "slack": Pacer(slack_limits(settings.slack_per_second), monotonic=monotonic, sleep=sleep),
    }


class Scheduler(BackgroundService):
    name = "briefing-scheduler"

    def __init__(
        self,
        store: Store,
        adapters: Mapping[str, Adapter],
        context: Context,
        settings: BriefingSettings,
        *,
        clock: Clock = utc_now,
        sleep: Sleep = asyncio.sleep,
        monotonic: Callable[[], float] = _time.monotonic,
        holder: str | None = None,
        workers: int = 32,
        lease_seconds: float = 30.0,
        pacers: Mapping[str, Pacer] | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.adapters = dict(adapters)
        self.context = context
        self.settings = settings
        self.clock = clock
        self.sleep = sleep
        self.holder = holder or new_holder()
        self.lease_seconds = lease_seconds
        self.subscriptions = Subscriptions(store)
        self.ledger = Ledger(store, self.adapters)
        self.policy = Policy(
            max_attempts=settings.max_attempts,
            max_backoff=settings.max_backoff_seconds,
            grace=timedelta(hours=settings.grace_hours),
        )
        pacers = dict(pacers or default_pacers(settings, monotonic=monotonic, sleep=sleep))
        self.pacers = {
            p: pacers.get(p) or Pacer(per_chat_limits, monotonic=monotonic, sleep=sleep)
            for p in self.adapters
        }
        share_pacers(self.adapters, self.pacers)  # one budget for replies and briefings
        self.counts: Counter[str] = Counter()  # outcomes since start, by ledger state
        self.holding = False
        self._workers_wanted = workers
        self._workers: list[asyncio.Task[None]] = []
        self._busy: set[asyncio.Task[object]] = set()
        self._queue: asyncio.Queue[Job] | None = None
        self._inflight: set[tuple[str, str]] = set()
        self._replies: dict[tuple[object, ...], asyncio.Task[Reply]] = {}
        self._stopping = False

    # ------------------------------------------------------------ lifecycle
    async def stop(self, timeout: float = 10.0) -> None:
        """Stop taking work; let sends already on the wire finish (up to
        ``timeout`` seconds) so they are recorded; release the lease."""
        self._stopping = True
        await super().stop()
        idle = [w for w in self._workers if w not in self._busy]
        for worker in idle:
            worker.cancel()
        busy = [w for w in self._workers if w in self._busy]
        if busy:
            await asyncio.wait(busy, timeout=timeout)
        for worker in self._workers:
            worker.cancel()
        await asyncio.gather(*self._workers, return_exceptions=True)
        self._workers.clear()
        await asyncio.to_thread(self.ledger.release, self.holder)
        self.holding = False

    async def run(self, stop: asyncio.Event) -> None:
        """Tick, then sleep until the next scheduled time, retry or lease
        renewal, until ``stop`` is set."""
        while not stop.is_set():
            try:
                await self.tick()
                now = self.clock()
                wake = await asyncio.to_thread(self._next_wake, now)
            except Exception:
                log.exception("scheduler tick failed; trying again shortly")
                now, wake = self.clock(), self.clock() + timedelta(seconds=5)
            delay = min((wake - now).total_seconds(), self.lease_seconds / 3)
            await self._wait(stop, max(0.05, delay))

    async def _wait(self, stop: asyncio.Event, seconds: float) -> None:
        sleeper = asyncio.ensure_future(self.sleep(seconds))
        stopper = asyncio.ensure_future(stop.wait())
        try:
            await asyncio.wait({sleeper, stopper}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (sleeper, stopper):
                task.cancel()
            await asyncio.gather(sleeper, stopper, return_exceptions=True)

    # --------------------------------------------------------------- ticking
    async def tick(self) -> int:
        """Take or renew the lease; if held, queue every briefing that is
        due. Returns how many were queued (they are sent in the background;
        :meth:`drain` waits for them)."""
        now = self.clock()
        held = await asyncio.to_thread(self.ledger.acquire, self.holder, now, self.lease_seconds)
        if not held:
            if self.holding:
                log.warning("lost the scheduler lease; another instance sends now")
            self.holding = False
            return 0
        if not self.holding:
            self.holding = True
            recovered = await asyncio.to_thread(self.ledger.recover, self.holder, now)
            if recovered:
                log.warning(
                    "%d briefings were being sent when the last sender stopped; "
                    "not resending them (they may have arrived)",
                    recovered,
                )
        await asyncio.to_thread(self.ledger.expire, now, self.policy.grace)
        jobs = await asyncio.to_thread(self.due, now)
        if not jobs:
            return 0
        queue = self._ensure_workers()
        if not self._inflight:
            self._replies.clear()
        for job in jobs:
            self._inflight.add(job.sub.key)
            queue.put_nowait(job)
        log.info("%d briefings due", len(jobs))
        return len(jobs)

    async def drain(self) -> None:
        """Wait until every queued briefing is settled (or dropped)."""
        if self._queue is not None:
            await self._queue.join()

    async def run_once(self) -> int:
        queued = await self.tick()
        await self.drain()
        return queued

    def due(self, now: datetime) -> list[Job]:
        """Briefings to send at ``now``: the latest occurrence of each active
        subscription (on a platform with an adapter) if within the grace
        window, not earlier than the schedule, and not in the ledger yet (or
        a retry whose wait is over). Earliest first."""
        grace = self.policy.grace
        rows = self.ledger.since((now - timedelta(days=2)).date())
        jobs = []
        for sub in self.subscriptions.active(self.adapters):
            if sub.key in self._inflight:
                continue
            try:
                day, moment = sub.latest(now)
            except (ValueError, KeyError):
                log.error("subscription %s:%s has a bad time or zone", *sub.key)
                continue
            if moment < sub.effective_from or now - moment > grace:
                continue
            row = rows.get((sub.platform, sub.chat, day))
            if row is not None and not (
                row.state == State.RETRY and (row.not_before is None or row.not_before <= now)
            ):
                continue
            jobs.append(Job(sub, day, moment, now))
        jobs.sort(key=lambda j: j.due_at)
        return jobs

    def _next_wake(self, now: datetime) -> datetime:
        wake = now + timedelta(seconds=self.lease_seconds / 3)
        for sub in self.subscriptions.active(self.adapters):
            try:
                wake = min(wake, next_occurrence(sub.local_time, sub.zone, now)[1])
            except (ValueError, KeyError):
                continue
        retry = self.ledger.next_retry(now)
        return min(wake, retry) if retry else wake

    # ------------------------------------------------------------- sending
    def _ensure_workers(self) -> asyncio.Queue[Job]:
        if self._queue is None:
            self._queue = asyncio.Queue()
        if not self._workers:
            self._workers = [
                asyncio.create_task(self._worker(), name=f"briefing-sender-{i}")
                for i in range(self._workers_wanted)
            ]
        return self._queue

    async def _worker(self) -> None:
        assert self._queue is not None
        while True:
            job = await self._queue.get()
            try:
                await self._deliver(job)
            except Exception:
                log.exception("briefing for %s:%s failed unexpectedly", *job.sub.key)
            finally:
                self._inflight.discard(job.sub.key)
                self._queue.task_done()

    async def _reply(self, job: Job) -> Reply:
        """Build (once per distinct content) the briefing for ``job``."""
        sub = job.sub
        chosen = await asyncio.to_thread(chat_language, f"{sub.platform}:{sub.chat}", self.context)
        language = chosen or sub.language or self.context.language  # /lang wins (issue 15)
        topics = tuple(get_topics(self.context.corpus.store, join_chat(sub.platform, sub.chat)))
        key = (sub.last_briefing, job.cut, job.day, language, topics)
        task = self._replies.get(key)
        if task is None:
            task = asyncio.create_task(
                asyncio.to_thread(
                    self._build, sub.last_briefing, job.cut, job.day, language, topics
                )
            )
            self._replies[key] = task
        return await asyncio.shield(task)

    def _build(
        self,
        since: datetime | None,
        cut: datetime,
        day: date,
        language: str,
        topics: tuple[str, ...] = (),
    ) -> Reply:
        ids = new_article_ids(self.context.corpus, since, BRIEFING_SCAN, until=cut)
        reply = daily_briefing(
            self.context, article_ids=ids, day=day, since=since, language=language, topics=topics
        )
        if self.settings.chart:  # issue 15: the week's chart of the top chip
            reply = with_week_chart(reply, self.context, language)
        return reply

    async def _deliver(self, job: Job) -> None:
        sub = job.sub
        adapter = self.adapters[sub.platform]
        pacer = self.pacers[sub.platform]
        reply = await self._reply(job)
        await pacer.wait(sub.chat)
        if self._stopping:
            return
        # The claim runs on the loop on purpose: with no await between the
        # claim and the push, a "claimed" row left behind by a killed process
        # means the push had started (so it is not resent), never "queued".
        attempt = self.ledger.claim(
            sub.platform,
            sub.chat,
            job.day,
            holder=self.holder,
            now=self.clock(),
            due_at=job.due_at,
            cut=job.cut,
            ttl=self.lease_seconds,
        )
        if attempt is None:
            return  # no lease any more, or settled meanwhile
        task = asyncio.current_task()
        assert task is not None
        self._busy.add(task)
        try:
            chat = sub.chat
            error = await self._push(adapter, chat, reply)
            change: Transition | None = None
            if isinstance(error, ChatMigrated):
                moved = await asyncio.to_thread(self._migrate, sub, job.day, error.new_chat)
                if not moved:
                    change = Transition(
                        State.FAILED,
                        detail=f"chat migrated to {error.new_chat}, which already has "
                        "today's briefing",
                    )
                else:
                    log.info("%s chat %s migrated to %s", sub.platform, chat, error.new_chat)
                    chat = error.new_chat
                    await pacer.wait(chat)
                    error = await self._push(adapter, chat, reply)
            if change is None:
                change = transition(error, attempt, self.clock(), job.due_at, self.policy)
            if isinstance(error, RetryLater):
                pacer.hold(chat, error.retry_after)
            await asyncio.to_thread(self._settle, sub, chat, job, change)
        finally:
            self._busy.discard(task)

    async def _push(self, adapter: Adapter, chat: str, reply: Reply) -> Exception | None:
        try:
            # asyncio.timeout, not wait_for: the push starts in this step,
            # right after the claim, not in a task scheduled later.
            async with asyncio.timeout(PUSH_TIMEOUT):
                await adapter.push(chat, reply)
        except Exception as exc:  # classified by ledger.transition
            return exc
        return None

    def _migrate(self, sub: Subscription, day: date, new_chat: str) -> bool:
        now = self.clock()
        with self.store.transaction() as db:
            if not Ledger.rekey(db, sub.platform, sub.chat, new_chat, day):
                return False
            Subscriptions.migrate(db, sub.platform, sub.chat, new_chat, now)
            return True

    def _settle(self, sub: Subscription, chat: str, job: Job, change: Transition) -> None:
        now = self.clock()
        with self.store.transaction() as db:
            recorded = self.ledger.settle(db, sub.platform, chat, job.day, self.holder, change, now)
            if recorded and change.state == State.SENT:
                Subscriptions.mark_briefed(db, sub.platform, chat, job.cut, now)
            if recorded and change.deactivate:
                Subscriptions.turn_off(db, sub.platform, chat, now)
        self.counts[change.state.value] += 1
        level = logging.DEBUG if change.state in (State.SENT, State.RETRY) else logging.WARNING
        log.log(
            level,
            "briefing %s:%s %s → %s%s",
            sub.platform,
            chat,
            job.day,
            change.state.value,
            f" ({change.detail})" if change.detail else "",
        )


def create_scheduler(
    store: Store, context: Context, settings: BriefingSettings, adapters: list[Adapter]
) -> Scheduler:
    """The scheduler for ``briefbot run``: pushes go to the adapter of each
    subscription's platform."""
    return Scheduler(store, {a.platform: a for a in adapters}, context, settings)
