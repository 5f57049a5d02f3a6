"""Subscriptions to the daily briefing, kept in the SQLite store.

One row per (platform, chat): the local time "HH:MM", the IANA zone, the
language, whether it is active (and why not), the instant from which the
schedule applies, and the cut-off of the last briefing delivered (the next
one covers articles added after it).

Also the pure time arithmetic the scheduler and ``/subscription`` share.
All datetimes are aware; the store holds UTC ISO 8601 strings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from handlers.services import SubscriptionInfo
from handlers.subscribe_commands import clock_time
from summarizer.db import Connection, register
from summarizer.store import Store

from .config import BriefingSettings

Clock = Callable[[], datetime]  # returns an aware UTC datetime

UNSUBSCRIBED = "unsubscribed"  # the chat asked to stop
PLATFORM = "platform"  # the platform refused delivery (blocked, kicked, archived)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS subscriptions (
    platform       TEXT NOT NULL,
    chat           TEXT NOT NULL,
    at             TEXT NOT NULL,
    timezone       TEXT NOT NULL,
    language       TEXT,
    active         INTEGER NOT NULL DEFAULT 1,
    off_reason     TEXT,
    effective_from TEXT NOT NULL,
    last_briefing  TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    PRIMARY KEY (platform, chat)
);
CREATE INDEX IF NOT EXISTS subscriptions_active ON subscriptions(active, platform);
"""

MIGRATIONS = register("subscriptions", _SCHEMA)


def utc_now() -> datetime:
    return datetime.now(UTC)


def ts(moment: datetime) -> str:
    """UTC ISO 8601 with microseconds: one fixed width, so strings sort as times."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def parse_ts(value: str | None) -> datetime | None:
    if value is None:
        return None
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# ------------------------------------------------------------ time arithmetic
def occurrence(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The UTC instant of local ``at`` on ``day``. A local time that does not
    exist (spring-forward gap) is read with the offset before the change, so
    02:30 on that day is sent at 03:30; one that exists twice (fall-back)
    is its first occurrence (PEP 495 ``fold=0``)."""
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


def latest_occurrence(at: time, zone: ZoneInfo, now: datetime) -> tuple[date, datetime]:
    """(local date, UTC instant) of the latest scheduled time at or before ``now``."""
    day = now.astimezone(zone).date()
    moment = occurrence(day, at, zone)
    if moment > now:
        day -= timedelta(days=1)
        moment = occurrence(day, at, zone)
    return day, moment


def next_occurrence(at: time, zone: ZoneInfo, now: datetime) -> tuple[date, datetime]:
    """(local date, UTC instant) of the first scheduled time after ``now``."""
    day = now.astimezone(zone).date()
    for offset in range(3):  # at most two steps, even around a DST change
        moment = occurrence(day + timedelta(days=offset), at, zone)
        if moment > now:
            return day + timedelta(days=offset), moment
    raise AssertionError("unreachable")


# ---------------------------------------------------------------------- rows
@dataclass(frozen=True)
class Subscription:
    platform: str
    chat: str  # the platform's own id, without the prefix
    at: str  # "HH:MM"
    timezone: str
    language: str | None
    active: bool
    off_reason: str | None
    effective_from: datetime
    last_briefing: datetime | None

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def local_time(self) -> time:
        return clock_time(self.at)

    @property
    def key(self) -> tuple[str, str]:
        return self.platform, self.chat

    def latest(self, now: datetime) -> tuple[date, datetime]:
        return latest_occurrence(self.local_time, self.zone, now)


_COLUMNS = (
    "platform, chat, at, timezone, language, active, off_reason, effective_from, last_briefing"
)


def _row(row: tuple[object, ...]) -> Subscription:
    platform, chat, at, zone, language, active, off, effective, last = row
    return Subscription(
        str(platform),
        str(chat),
        str(at),
        str(zone),
        str(language) if language else None,
        bool(active),
        str(off) if off else None,
        parse_ts(str(effective)) or utc_now(),
        parse_ts(str(last)) if last else None,
    )


def split_chat(qualified: str) -> tuple[str, str]:
    """ "telegram:123" → ("telegram", "123"); the console's "console" → ("console", "console")."""
    platform, sep, chat = qualified.partition(":")
    return (platform, chat) if sep else (qualified, qualified)


def join_chat(platform: str, chat: str) -> str:
    return platform if platform == chat else f"{platform}:{chat}"


class Subscriptions:
    """The subscriptions table."""

    def __init__(self, store: Store) -> None:
        self.store = store
        store.migrate(MIGRATIONS)

    def upsert(
        self,
        platform: str,
        chat: str,
        at: str,
        timezone: str,
        language: str | None,
        now: datetime,
    ) -> Subscription:
        """Subscribe, or update the chat's one subscription (and switch it back on)."""
        with self.store.transaction() as db:
            db.execute(
                "INSERT INTO subscriptions(platform, chat, at, timezone, language, active, "
                "off_reason, effective_from, created_at, updated_at) "
                "VALUES (?,?,?,?,?,1,NULL,?,?,?) ON CONFLICT(platform, chat) DO UPDATE SET "
                "at=excluded.at, timezone=excluded.timezone, "
                "language=coalesce(excluded.language, subscriptions.language), active=1, "
                "off_reason=NULL, effective_from=excluded.effective_from, "
                "updated_at=excluded.updated_at",
                (platform, chat, at, timezone, language, ts(now), ts(now), ts(now)),
            )
        found = self.get(platform, chat)
        assert found is not None
        return found

    def get(self, platform: str, chat: str) -> Subscription | None:
        rows = self.store.query(
            f"SELECT {_COLUMNS} FROM subscriptions WHERE platform = ? AND chat = ?",
            (platform, chat),
        )
        return _row(rows[0]) if rows else None

    def active(self, platforms: Iterable[str] | None = None) -> list[Subscription]:
        rows = self.store.query(f"SELECT {_COLUMNS} FROM subscriptions WHERE active = 1")
        wanted = set(platforms) if platforms is not None else None
        return [s for s in map(_row, rows) if wanted is None or s.platform in wanted]

    def deactivate(self, platform: str, chat: str, reason: str, now: datetime) -> bool:
        with self.store.transaction() as db:
            cursor = db.execute(
                "UPDATE subscriptions SET active = 0, off_reason = ?, updated_at = ? "
                "WHERE platform = ? AND chat = ? AND active = 1",
                (reason, ts(now), platform, chat),
            )
            return cursor.rowcount > 0

    def reactivate(self, platform: str, chat: str, now: datetime) -> bool:
        """Switch back on a subscription the platform turned off; the
        schedule applies from ``now`` (no burst of missed briefings)."""
        with self.store.transaction() as db:
            cursor = db.execute(
                "UPDATE subscriptions SET active = 1, off_reason = NULL, effective_from = ?, "
                "updated_at = ? WHERE platform = ? AND chat = ? AND active = 0 "
                "AND off_reason = ?",
                (ts(now), ts(now), platform, chat, PLATFORM),
            )
            return cursor.rowcount > 0

    @staticmethod
    def mark_briefed(
        db: Connection, platform: str, chat: str, cut: datetime, now: datetime
    ) -> None:
        """Inside the caller's transaction: the next briefing covers articles after ``cut``."""
        db.execute(
            "UPDATE subscriptions SET last_briefing = ?, updated_at = ? "
            "WHERE platform = ? AND chat = ?",
            (ts(cut), ts(now), platform, chat),
        )

    @staticmethod
    def turn_off(db: Connection, platform: str, chat: str, now: datetime) -> None:
        """Inside the caller's transaction: the platform refuses messages to
        the chat (blocked, kicked, archived). Subscribing again, or /start,
        switches it back on."""
        db.execute(
            "UPDATE subscriptions SET active = 0, off_reason = ?, updated_at = ? "
            "WHERE platform = ? AND chat = ?",
            (PLATFORM, ts(now), platform, chat),
        )

    @staticmethod
    def migrate(db: Connection, platform: str, old: str, new: str, now: datetime) -> None:
        """Inside the caller's transaction: the chat now has id ``new`` (a
        Telegram group became a supergroup). A subscription already made
        in the new chat wins."""
        exists = db.execute(
            "SELECT 1 FROM subscriptions WHERE platform = ? AND chat = ?", (platform, new)
        ).fetchone()
        if exists:
            db.execute("DELETE FROM subscriptions WHERE platform = ? AND chat = ?", (platform, old))
        else:
            db.execute(
                "UPDATE subscriptions SET chat = ?, updated_at = ? WHERE platform = ? AND chat = ?",
                (new, ts(now), platform, old),
            )


class SubscriptionService:
    """What the /subscribe handlers call (``handlers.services.SubscriptionService``)."""

    def __init__(
        self,
        subscriptions: Subscriptions,
        settings: BriefingSettings,
        clock: Clock = utc_now,
        delivered: Callable[[str, str, date], bool] | None = None,
    ) -> None:
        self.subscriptions = subscriptions
        self.settings = settings
        self.clock = clock
        # (platform, chat, local day) → the day's briefing is settled (sent,
        # unknown or failed); given by the delivery ledger.
        self.delivered = delivered or (lambda platform, chat, day: False)
        self.default_time = settings.default_time
        self.default_timezone = settings.default_timezone
        self.who_can_subscribe = settings.who_can_subscribe

    def is_private(self, chat: str) -> bool:
        platform, native = split_chat(chat)
        if platform == "telegram":
            return not native.startswith("-")  # groups and channels have negative ids
        if platform == "slack":
            return native.startswith("D")  # direct-message channel ids
        return platform == "console"

    def subscribe(
        self, chat: str, at: str, timezone: str, language: str | None
    ) -> SubscriptionInfo:
        platform, native = split_chat(chat)
        sub = self.subscriptions.upsert(platform, native, at, timezone, language, self.clock())
        return self._info(sub)

    def unsubscribe(self, chat: str) -> bool:
        platform, native = split_chat(chat)
        return self.subscriptions.deactivate(platform, native, UNSUBSCRIBED, self.clock())

    def switch_off(self, chat: str) -> bool:
        """The platform refuses messages to ``chat`` (the bot was blocked or
        removed): deactivate until the chat subscribes again or the bot is
        let back in (:meth:`reactivate`). False when it was not active."""
        platform, native = split_chat(chat)
        return self.subscriptions.deactivate(platform, native, PLATFORM, self.clock())

    def get(self, chat: str) -> SubscriptionInfo | None:
        sub = self.subscriptions.get(*split_chat(chat))
        return self._info(sub) if sub else None

    def reactivate(self, chat: str) -> bool:
        platform, native = split_chat(chat)
        return self.subscriptions.reactivate(platform, native, self.clock())

    def next_delivery(self, sub: Subscription, now: datetime) -> datetime | None:
        """When the chat's next briefing goes out, in its zone: today's time
        if still ahead; "now" when today's is due and not yet delivered
        (within the grace window); otherwise the next day's."""
        if not sub.active:
            return None
        day, moment = sub.latest(now)
        grace = timedelta(hours=self.settings.grace_hours)
        if (
            moment >= sub.effective_from
            and now - moment <= grace
            and not self.delivered(sub.platform, sub.chat, day)
        ):
            return now.astimezone(sub.zone)
        return next_occurrence(sub.local_time, sub.zone, now)[1].astimezone(sub.zone)

    def _info(self, sub: Subscription) -> SubscriptionInfo:
        return SubscriptionInfo(
            chat=join_chat(sub.platform, sub.chat),
            time=sub.at,
            timezone=sub.timezone,
            active=sub.active,
            last_briefing=sub.last_briefing,
            next_delivery=self.next_delivery(sub, self.clock()),
        )
