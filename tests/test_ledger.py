"""Time arithmetic, the delivery state machine and the lease: pure functions
and a real SQLite store."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.delivery import (
    ChatMigrated,
    DeliveryError,
    DeliveryUnknown,
    PermanentFailure,
    RetryLater,
)
from bot.ledger import Ledger, Policy, State, transition
from bot.subscription_store import latest_occurrence, next_occurrence, occurrence
from summarizer.store import Store

SEOUL = ZoneInfo("Asia/Seoul")
NEW_YORK = ZoneInfo("America/New_York")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# ------------------------------------------------------------ time arithmetic
def test_due_times_across_zones_and_the_date_line() -> None:
    now = utc(2025, 3, 1, 23, 30)  # Seoul: Sunday 2 March 08:30; New York: Saturday 18:30
    assert latest_occurrence(time(8), SEOUL, now) == (date(2025, 3, 2), utc(2025, 3, 1, 23))
    assert latest_occurrence(time(8), NEW_YORK, now) == (date(2025, 3, 1), utc(2025, 3, 1, 13))
    assert next_occurrence(time(8), SEOUL, now) == (date(2025, 3, 3), utc(2025, 3, 2, 23))
    assert next_occurrence(time(8), NEW_YORK, now) == (date(2025, 3, 2), utc(2025, 3, 2, 13))
    # Local midnight in Seoul is 15:00 UTC the day before.
    assert latest_occurrence(time(0), SEOUL, utc(2025, 3, 1, 15)) == (
        date(2025, 3, 2),
        utc(2025, 3, 1, 15),
    )
    assert latest_occurrence(time(0), SEOUL, utc(2025, 3, 1, 14, 59)) == (
        date(2025, 3, 1),
        utc(2025, 2, 28, 15),
    )
    # The exact instant counts as due.
    assert latest_occurrence(time(8), SEOUL, utc(2025, 3, 1, 23))[1] == utc(2025, 3, 1, 23)


def test_dst_gap_and_fold() -> None:
    # 9 March 2025: New York skips 02:00–03:00. 02:30 does not exist → sent at 03:30 EDT.
    assert occurrence(date(2025, 3, 9), time(2, 30), NEW_YORK) == utc(2025, 3, 9, 7, 30)
    # 2 November 2025: 01:30 happens twice → the first one (EDT).
    assert occurrence(date(2025, 11, 2), time(1, 30), NEW_YORK) == utc(2025, 11, 2, 5, 30)
    # Across the change, 08:00 local stays 08:00 local: the gap is 23 h, then 24 h.
    day, first = next_occurrence(time(8), NEW_YORK, utc(2025, 3, 8, 14))
    _, second = next_occurrence(time(8), NEW_YORK, first)
    assert day == date(2025, 3, 9) and first - utc(2025, 3, 8, 13) == timedelta(hours=23)
    assert second - first == timedelta(hours=24)
    assert second.astimezone(NEW_YORK).hour == 8
    # One occurrence per local date even on the 25-hour day.
    day, moment = next_occurrence(time(1, 30), NEW_YORK, utc(2025, 11, 2, 5, 30))
    assert day == date(2025, 11, 3)


# ------------------------------------------------------------ state machine
POLICY = Policy(max_attempts=4, base_backoff=2.0, max_backoff=60.0, grace=timedelta(hours=3))
DUE = utc(2025, 3, 1, 23)


def test_success_and_unknown_outcomes() -> None:
    assert transition(None, 1, DUE, DUE, POLICY).state == State.SENT
    unknown = transition(DeliveryUnknown("read timeout"), 1, DUE, DUE, POLICY)
    assert unknown.state == State.UNKNOWN and unknown.not_before is None
    # Whatever else an adapter raises: it may have been delivered → never resent.
    assert transition(RuntimeError("bug"), 1, DUE, DUE, POLICY).state == State.UNKNOWN
    # Refused, certainly not delivered, no point retrying (Slack invalid_blocks).
    refused = transition(DeliveryError("slack: invalid_blocks"), 1, DUE, DUE, POLICY)
    assert refused.state == State.FAILED and not refused.deactivate


def test_retry_only_what_certainly_failed_with_bounded_backoff() -> None:
    first = transition(RetryLater("connection refused", 0.5), 1, DUE, DUE, POLICY)
    assert first.state == State.RETRY and first.not_before == DUE + timedelta(seconds=2)
    third = transition(RetryLater("502", 0.5), 3, DUE, DUE, POLICY)
    assert third.not_before == DUE + timedelta(seconds=8)
    # 429: wait at least what the platform asked.
    flood = transition(RetryLater("429", 30), 1, DUE, DUE, POLICY)
    assert flood.not_before == DUE + timedelta(seconds=30)
    # Bounded: never more than max_backoff unless the platform asks for more.
    capped = Policy(max_attempts=20, max_backoff=60.0)
    assert transition(RetryLater("5xx", 1), 12, DUE, DUE, capped).not_before == DUE + timedelta(
        seconds=60
    )
    # Out of attempts, or a wait past the grace window: failed, not retried.
    assert transition(RetryLater("5xx", 1), 4, DUE, DUE, POLICY).state == State.FAILED
    late = transition(RetryLater("429", 4 * 3600), 1, DUE, DUE, POLICY)
    assert late.state == State.FAILED and "grace" in (late.detail or "")


def test_permanent_failure_deactivates() -> None:
    change = transition(PermanentFailure("Forbidden: bot was blocked"), 1, DUE, DUE, POLICY)
    assert change.state == State.FAILED and change.deactivate
    twice = transition(ChatMigrated("again", "-1002"), 1, DUE, DUE, POLICY)
    assert twice.state == State.FAILED and not twice.deactivate


# --------------------------------------------------------- ledger and lease
@pytest.fixture()
def ledger(store_target: str) -> Ledger:
    """The ledger on SQLite, then on PostgreSQL (tests/pg_server.py)."""
    return Ledger(Store(store_target))


def claim(ledger: Ledger, holder: str, now: datetime, chat: str = "1") -> int | None:
    return ledger.claim(
        "telegram", chat, date(2025, 3, 2), holder=holder, now=now, due_at=DUE, cut=now, ttl=30
    )


def test_a_day_is_claimed_once(ledger: Ledger) -> None:
    assert claim(ledger, "a", DUE) == 1
    assert claim(ledger, "a", DUE) is None  # already claimed
    with ledger.store.transaction() as db:
        assert ledger.settle(
            db, "telegram", "1", date(2025, 3, 2), "a", transition(None, 1, DUE, DUE, POLICY), DUE
        )
    assert claim(ledger, "a", DUE + timedelta(hours=1)) is None  # sent: never again
    delivery = ledger.get("telegram", "1", date(2025, 3, 2))
    assert delivery is not None and delivery.state == State.SENT


def test_retry_is_claimed_again_only_after_its_wait(ledger: Ledger) -> None:
    assert claim(ledger, "a", DUE) == 1
    change = transition(RetryLater("429", 10), 1, DUE, DUE, POLICY)
    with ledger.store.transaction() as db:
        ledger.settle(db, "telegram", "1", date(2025, 3, 2), "a", change, DUE)
    assert claim(ledger, "a", DUE + timedelta(seconds=9)) is None
    assert claim(ledger, "a", DUE + timedelta(seconds=10)) == 2
    # A retry whose grace window closed while the bot was down fails for good.
    with ledger.store.transaction() as db:
        ledger.settle(db, "telegram", "1", date(2025, 3, 2), "a", change, DUE)
    assert ledger.expire(DUE + timedelta(hours=4), POLICY.grace) == 1
    delivery = ledger.get("telegram", "1", date(2025, 3, 2))
    assert delivery is not None and delivery.state == State.FAILED


def test_lease_excludes_a_second_sender(ledger: Ledger) -> None:
    assert ledger.acquire("a", DUE, 30)
    assert not ledger.acquire("b", DUE + timedelta(seconds=29), 30)
    assert claim(ledger, "b", DUE + timedelta(seconds=29)) is None  # claims check the lease
    assert claim(ledger, "a", DUE + timedelta(seconds=29)) == 1  # and renew it
    assert not ledger.acquire("b", DUE + timedelta(seconds=58), 30)
    assert ledger.acquire("b", DUE + timedelta(seconds=60), 30)  # expired: taken over
    assert ledger.lease_holder() == "b"
    # The new holder treats the old holder's claim as "maybe sent".
    assert ledger.recover("b", DUE + timedelta(seconds=60)) == 1
    delivery = ledger.get("telegram", "1", date(2025, 3, 2))
    assert delivery is not None and delivery.state == State.UNKNOWN
    ledger.release("b")
    assert ledger.lease_holder() is None


@pytest.mark.slow
def test_lease_of_a_dead_process_on_this_host_is_taken_at_once(ledger: Ledger) -> None:
    import socket

    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    dead = f"{socket.gethostname()}:{done.stdout.strip()}:x"
    assert ledger.acquire(dead, DUE, 30)
    assert ledger.acquire("b", DUE + timedelta(seconds=1), 30)


def test_lease_of_a_killed_unreaped_process_is_taken_at_once(ledger: Ledger) -> None:
    import signal
    import socket
    import time as proc_time

    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        assert ledger.acquire(f"{socket.gethostname()}:{proc.pid}:x", DUE, 30)
        assert not ledger.acquire("b", DUE + timedelta(seconds=1), 30)  # alive
        proc.send_signal(signal.SIGKILL)
        proc_time.sleep(0.3)  # a zombie until reaped below
        assert ledger.acquire("b", DUE + timedelta(seconds=2), 30)
    finally:
        proc.kill()
        proc.wait()


# ------------------------------------------------------------------- pacing
def test_pacer_limits() -> None:
    import asyncio

    from fake_clock import FakeClock

    from bot.pacing import Pacer, telegram_limits

    clock = FakeClock(DUE)
    pacer = Pacer(telegram_limits(25.0), monotonic=clock.monotonic, sleep=clock.sleep)
    sent: list[tuple[str, float]] = []

    async def send(chat: str) -> None:
        await pacer.wait(chat)
        sent.append((chat, clock.monotonic()))

    async def main() -> None:
        chats = [str(i) for i in range(50)] + ["7", "7", "-100", "-100", "-100"]
        await asyncio.gather(*(send(chat) for chat in chats))

    asyncio.run(main())
    times = [t for _, t in sent]
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert min(gaps) >= 0.04 - 1e-5  # 25/s overall, never a burst
    at = {chat: [t for c, t in sent if c == chat] for chat in ("7", "-100")}
    assert all(b - a >= 1.0 - 1e-5 for a, b in zip(at["7"], at["7"][1:], strict=False))
    assert all(b - a >= 3.0 - 1e-5 for a, b in zip(at["-100"], at["-100"][1:], strict=False))
    assert len(sent) == 55
