"""The delivery ledger and the sender lease, in the SQLite store.

Neither Telegram nor Slack takes an idempotency key, so exactly-once is not
on offer; the ledger gives *at most once* per (platform, chat, local date),
and retries only what certainly did not arrive.

States of a day's briefing for a chat::

    (no row) ──claim──▶ claimed ──push ok──────────────▶ sent
                          │  ├──timeout / unknown error─▶ unknown   (never resent)
                          │  ├──403, permanent error────▶ failed    (subscription off)
                          │  └──RetryLater──▶ retry ──claim (after not_before)──▶ claimed …
                          └──process died while claimed─▶ unknown   (the request may be out)

A row is claimed immediately before the request goes out, so a claimed row
left by a dead process means "maybe sent". ``retry`` rows that run out of
attempts or of grace window become ``failed``.

The lease (one row in ``leases``) names the one process allowed to claim:
claims check and renew it in the same transaction, so two instances on one
store never both send.
"""

from __future__ import annotations

import os
import secrets
import socket
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path

from summarizer.db import Connection, register
from summarizer.store import Store

from .delivery import ChatMigrated, DeliveryError, DeliveryUnknown, PermanentFailure, RetryLater
from .subscription_store import parse_ts, ts

LEASE = "scheduler"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS deliveries (
    platform   TEXT NOT NULL,
    chat       TEXT NOT NULL,
    day        TEXT NOT NULL,
    state      TEXT NOT NULL CHECK (state IN ('claimed','retry','sent','unknown','failed')),
    holder     TEXT,
    attempts   INTEGER NOT NULL DEFAULT 0,
    due_at     TEXT NOT NULL,
    cut        TEXT,
    not_before TEXT,
    detail     TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (platform, chat, day)
);
CREATE INDEX IF NOT EXISTS deliveries_state ON deliveries(state, not_before);
CREATE INDEX IF NOT EXISTS deliveries_day ON deliveries(day);
CREATE TABLE IF NOT EXISTS leases (
    name       TEXT PRIMARY KEY,
    holder     TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
"""

MIGRATIONS = register("ledger", _SCHEMA)


class State(StrEnum):
    CLAIMED = "claimed"
    RETRY = "retry"
    SENT = "sent"
    UNKNOWN = "unknown"
    FAILED = "failed"


SETTLED = frozenset({State.SENT, State.UNKNOWN, State.FAILED})


@dataclass(frozen=True)
class Delivery:
    platform: str
    chat: str
    day: date
    state: State
    holder: str | None
    attempts: int
    due_at: datetime
    not_before: datetime | None
    detail: str | None


@dataclass(frozen=True)
class Policy:
    max_attempts: int = 5
    base_backoff: float = 2.0  # seconds before the second attempt; doubles after
    max_backoff: float = 300.0
    grace: timedelta = timedelta(hours=3)


@dataclass(frozen=True)
class Transition:
    state: State
    not_before: datetime | None = None
    detail: str | None = None
    deactivate: bool = False  # switch the subscription off (the chat refuses messages)


def transition(
    error: BaseException | None, attempts: int, now: datetime, due_at: datetime, policy: Policy
) -> Transition:
    """Where a claimed delivery goes after a push: ``error`` is None on
    success, else what the push raised; ``attempts`` counts this one.
    (ChatMigrated is handled by the caller, which resends once; a second
    migration lands here as a failure.)"""
    if error is None:
        return Transition(State.SENT)
    detail = f"{type(error).__name__}: {error}"[:300]
    if isinstance(error, RetryLater):
        wait = max(
            error.retry_after, min(policy.max_backoff, policy.base_backoff * 2 ** (attempts - 1))
        )
        when = now + timedelta(seconds=wait)
        if attempts >= policy.max_attempts:
            return Transition(State.FAILED, detail=f"gave up after {attempts} attempts: {detail}")
        if when > due_at + policy.grace:
            return Transition(State.FAILED, detail=f"retry would miss the grace window: {detail}")
        return Transition(State.RETRY, not_before=when, detail=detail)
    if isinstance(error, PermanentFailure):
        return Transition(State.FAILED, detail=detail, deactivate=True)
    if isinstance(error, ChatMigrated):
        return Transition(State.FAILED, detail=f"migrated twice: {detail}")
    if isinstance(error, DeliveryUnknown):
        return Transition(State.UNKNOWN, detail=detail)
    if type(error) is DeliveryError:
        # The platform refused this message (e.g. Slack invalid_blocks): not
        # delivered, but neither worth a retry nor a reason to unsubscribe.
        return Transition(State.FAILED, detail=detail)
    # An unexpected error: whether the message went out is not known.
    return Transition(State.UNKNOWN, detail=detail)


def new_holder() -> str:
    """This process's lease holder id: host, pid and a random tag."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"


def _holder_is_dead(holder: str) -> bool:
    """A holder on this host whose process is gone can be replaced at once
    (a SIGKILLed bot restarting); anything else waits for the lease to expire."""
    host, _, rest = holder.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit() or int(pid_text) == os.getpid():
        return False
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return _zombie(int(pid_text))


def _zombie(pid: int) -> bool:
    """Killed but not yet reaped by its parent (Linux): as good as gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[:1] == ["Z"]


def _delivery(row: tuple[object, ...]) -> Delivery:
    platform, chat, day, state, holder, attempts, due_at, not_before, detail = row
    return Delivery(
        str(platform),
        str(chat),
        date.fromisoformat(str(day)),
        State(str(state)),
        str(holder) if holder else None,
        int(str(attempts)),
        parse_ts(str(due_at)) or datetime.fromisoformat(str(due_at)),
        parse_ts(str(not_before)) if not_before else None,
        str(detail) if detail else None,
    )


_DELIVERY_COLUMNS = "platform, chat, day, state, holder, attempts, due_at, not_before, detail"


class Ledger:
    def __init__(self, store: Store, platforms: Collection[str] = ()) -> None:
        """``platforms``: those this process sends to. Each set of platforms
        has its own lease, so a Telegram process and a Slack process on one
        shared store both send; two processes with the same set take turns."""
        self.store = store
        self.platforms = tuple(sorted(platforms))
        self.lease = f"{LEASE}:{'+'.join(self.platforms)}" if self.platforms else LEASE
        store.migrate(MIGRATIONS)

    # --------------------------------------------------------------- lease
    def acquire(self, holder: str, now: datetime, ttl: float) -> bool:
        """Take or renew the lease; False while another live holder has it."""
        with self.store.transaction() as db:
            return self._hold(db, holder, now, ttl)

    def _hold(self, db: Connection, holder: str, now: datetime, ttl: float) -> bool:
        row = db.execute(
            "SELECT holder, expires_at FROM leases WHERE name = ?", (self.lease,)
        ).fetchone()
        if row is not None and row[0] != holder:
            expires = parse_ts(str(row[1]))
            if expires is not None and expires > now and not _holder_is_dead(str(row[0])):
                return False
        db.execute(
            "INSERT INTO leases(name, holder, expires_at) VALUES (?,?,?) "
            "ON CONFLICT(name) DO UPDATE SET holder = excluded.holder, "
            "expires_at = excluded.expires_at",
            (self.lease, holder, ts(now + timedelta(seconds=ttl))),
        )
        return True

    def release(self, holder: str) -> None:
        with self.store.transaction() as db:
            db.execute("DELETE FROM leases WHERE name = ? AND holder = ?", (self.lease, holder))

    def lease_holder(self) -> str | None:
        rows = self.store.query("SELECT holder FROM leases WHERE name = ?", (self.lease,))
        return str(rows[0][0]) if rows else None

    # ---------------------------------------------------------- deliveries
    def recover(self, holder: str, now: datetime) -> int:
        """Claims left by another (dead or replaced) holder: the request may
        have gone out, so they become ``unknown``. Call after acquiring.
        (Claims of a holder with a live lease for other platforms are its own.)"""
        with self.store.transaction() as db:
            cursor = db.execute(
                "UPDATE deliveries SET state = 'unknown', updated_at = ?, "
                "detail = 'interrupted: the sender stopped during the send' "
                "WHERE state = 'claimed' AND (holder IS NULL OR holder != ?) "
                "AND (holder IS NULL OR holder NOT IN "
                "(SELECT holder FROM leases WHERE name != ? AND expires_at > ?))",
                (ts(now), holder, self.lease, ts(now)),
            )
            return cursor.rowcount

    def claim(
        self,
        platform: str,
        chat: str,
        day: date,
        *,
        holder: str,
        now: datetime,
        due_at: datetime,
        cut: datetime,
        ttl: float,
    ) -> int | None:
        """Claim the day's briefing for the chat right before sending it.
        Returns the attempt number, or None when this process may not send
        it (no lease, already settled, claimed, or a retry not yet due)."""
        with self.store.transaction() as db:
            if not self._hold(db, holder, now, ttl):
                return None
            row = db.execute(
                "SELECT state, attempts, not_before FROM deliveries "
                "WHERE platform = ? AND chat = ? AND day = ?",
                (platform, chat, day.isoformat()),
            ).fetchone()
            if row is None:
                db.execute(
                    "INSERT INTO deliveries(platform, chat, day, state, holder, attempts, "
                    "due_at, cut, updated_at) VALUES (?,?,?,'claimed',?,1,?,?,?)",
                    (platform, chat, day.isoformat(), holder, ts(due_at), ts(cut), ts(now)),
                )
                return 1
            state, attempts, not_before = row
            retry_at = parse_ts(not_before)
            if state != State.RETRY or (retry_at is not None and retry_at > now):
                return None
            db.execute(
                "UPDATE deliveries SET state = 'claimed', holder = ?, attempts = attempts + 1, "
                "cut = ?, updated_at = ? WHERE platform = ? AND chat = ? AND day = ?",
                (holder, ts(cut), ts(now), platform, chat, day.isoformat()),
            )
            return int(attempts) + 1

    def settle(
        self,
        db: Connection,
        platform: str,
        chat: str,
        day: date,
        holder: str,
        change: Transition,
        now: datetime,
    ) -> bool:
        """Inside the caller's transaction: record the outcome of this
        holder's claim. (A claim another instance already marked unknown
        may still be corrected to what really happened.)"""
        cursor = db.execute(
            "UPDATE deliveries SET state = ?, not_before = ?, detail = ?, updated_at = ? "
            "WHERE platform = ? AND chat = ? AND day = ? AND holder = ? "
            "AND state IN ('claimed', 'unknown')",
            (
                change.state.value,
                ts(change.not_before) if change.not_before else None,
                change.detail,
                ts(now),
                platform,
                chat,
                day.isoformat(),
                holder,
            ),
        )
        return cursor.rowcount > 0

    @staticmethod
    def rekey(db: Connection, platform: str, old: str, new: str, day: date) -> bool:
        """Inside the caller's transaction: move the day's row to the
        migrated chat id. False when the new chat already has one (it was
        served or is being served: do not send again)."""
        taken = db.execute(
            "SELECT 1 FROM deliveries WHERE platform = ? AND chat = ? AND day = ?",
            (platform, new, day.isoformat()),
        ).fetchone()
        if taken:
            return False
        db.execute(
            "UPDATE deliveries SET chat = ? WHERE platform = ? AND chat = ? AND day = ?",
            (new, platform, old, day.isoformat()),
        )
        return True

    def get(self, platform: str, chat: str, day: date) -> Delivery | None:
        rows = self.store.query(
            f"SELECT {_DELIVERY_COLUMNS} FROM deliveries "
            "WHERE platform = ? AND chat = ? AND day = ?",
            (platform, chat, day.isoformat()),
        )
        return _delivery(rows[0]) if rows else None

    def since(self, first_day: date) -> dict[tuple[str, str, date], Delivery]:
        """Every row for ``first_day`` and later, by key."""
        rows = self.store.query(
            f"SELECT {_DELIVERY_COLUMNS} FROM deliveries WHERE day >= ?",
            (first_day.isoformat(),),
        )
        out = {}
        for row in rows:
            delivery = _delivery(row)
            out[delivery.platform, delivery.chat, delivery.day] = delivery
        return out

    def settled(self, platform: str, chat: str, day: date) -> bool:
        """The day's briefing for the chat was sent, or may have been, or failed for good."""
        delivery = self.get(platform, chat, day)
        return delivery is not None and delivery.state in (*SETTLED, State.CLAIMED)

    def next_retry(self, now: datetime) -> datetime | None:
        """The earliest retry still ahead."""
        rows = self.store.query(
            "SELECT min(not_before) FROM deliveries WHERE state = 'retry' AND not_before > ?",
            (ts(now),),
        )
        return parse_ts(rows[0][0]) if rows and rows[0][0] else None

    def expire(self, now: datetime, grace: timedelta) -> int:
        """Retries whose grace window closed (the bot was down) fail for good."""
        with self.store.transaction() as db:
            cursor = db.execute(
                "UPDATE deliveries SET state = 'failed', updated_at = ?, "
                "detail = coalesce(detail, '') || ' (grace window closed)' "
                "WHERE state = 'retry' AND due_at < ?",
                (ts(now), ts(now - grace)),
            )
            return cursor.rowcount
