"""The services handlers call but do not own, as Protocols: the runtime
(``bot``) provides objects that satisfy them in :class:`~handlers.context.Context`,
so handlers never import ``bot``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class SubscriptionInfo:
    """One chat's subscription as the handlers show it."""

    chat: str  # platform-qualified, e.g. "telegram:123"
    time: str  # "HH:MM", local to ``timezone``
    timezone: str  # IANA name
    active: bool
    last_briefing: datetime | None  # aware
    next_delivery: datetime | None  # aware, in the chat's zone; None when inactive


class SubscriptionService(Protocol):
    """What the subscription handlers need from the runtime."""

    default_time: str
    default_timezone: str
    who_can_subscribe: str  # "anyone" or "admins"

    def is_private(self, chat: str) -> bool:
        """Whether the platform-qualified ``chat`` is a one-to-one chat."""

    def subscribe(
        self, chat: str, at: str, timezone: str, language: str | None
    ) -> SubscriptionInfo:
        """Create or update (never duplicate) the chat's subscription; reactivates it."""

    def unsubscribe(self, chat: str) -> bool:
        """Deactivate; False when the chat had no active subscription."""

    def get(self, chat: str) -> SubscriptionInfo | None: ...

    def reactivate(self, chat: str) -> bool:
        """Turn back on a subscription the platform had switched off (the
        user blocked the bot, then pressed /start); never one the chat
        cancelled itself. True when it was reactivated."""


# ------------------------------------------------------------ /ingest
ADDED = "added"
DUPLICATE = "duplicate"  # the same URL or the same text is already stored
UNCHANGED = "unchanged"  # a feed answered 304 Not Modified
FAILED = "failed"


@dataclass(frozen=True)
class IngestItem:
    """What became of one file, page or feed item."""

    target: str  # the path or URL as given, or a feed item's link
    status: str  # ADDED, DUPLICATE, UNCHANGED or FAILED
    article_id: int | None = None
    title: str | None = None
    reason: str | None = None  # one line: why it failed
    story: tuple[int, ...] = ()  # other stored articles telling the same story


class IngestService(Protocol):
    def is_admin(self, user: str) -> bool:
        """``user`` is platform-qualified ("telegram:123", "slack:U123")."""

    def ingest_url(self, url: str) -> list[IngestItem]:
        """Fetch an article page or a feed and add what is new. Never raises."""


# ------------------------------------------------------------- /feeds
@dataclass(frozen=True)
class FeedInfo:
    url: str
    configured: bool  # from the settings file (removed there, not from the chat)
    checked_at: str | None  # ISO time of the last fetch
    status: str | None  # "ok", "unchanged", "failed: …"


class FeedsService(Protocol):
    def is_admin(self, user: str) -> bool: ...

    def feeds(self) -> list[FeedInfo]: ...

    def add(self, url: str, user: str) -> tuple[bool, int]:
        """(newly added, articles added by fetching it now)."""

    def remove(self, url: str) -> bool: ...

    def export_opml(self) -> str: ...

    def import_opml(self, url: str, user: str) -> tuple[int, str | None]:
        """(feeds added, error)."""


# -------------------------------------------------------------- /lang
class ChatLanguageStore(Protocol):
    """Each chat's ``/lang`` choice (``handlers.language.ChatLanguages``,
    stored by ``summarizer.chat_prefs``)."""

    def get(self, chat: str) -> str | None: ...

    def set(self, chat: str, language: str, user: str) -> None: ...
