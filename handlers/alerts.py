"""Story alerts (optional, off by default): ``/topics alert N`` pushes a new
story about one of the chat's topics as soon as N or more outlets tell it;
``/topics alert off`` stops. At most one alert per chat per ``ALERT_GAP``,
never the same story twice. The running bot's alert service
(:mod:`bot.alerts`) calls :func:`due_alerts` and sends what it returns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from summarizer.store import Store
from summarizer.story_view import Period, Story, recent_stories

from .reply import Reply
from .stories import story_refs, story_section
from .story_messages import story_message

if TYPE_CHECKING:
    from .context import Context

ALERT_GAP = timedelta(hours=1)
MIN_OUTLETS, MAX_OUTLETS = 2, 20
_SCHEMA = """
CREATE TABLE IF NOT EXISTS chat_alerts (
    chat        TEXT PRIMARY KEY,
    min_outlets INTEGER NOT NULL,
    last_alert  TEXT
);
CREATE TABLE IF NOT EXISTS story_alerts (
    chat  TEXT NOT NULL,
    story INTEGER NOT NULL,
    at    TEXT NOT NULL,
    PRIMARY KEY (chat, story)
)
"""


def alert_setting(store: Store, chat: str) -> int:
    """The chat's alert threshold in outlets; 0 when alerts are off."""
    store.ensure_schema(_SCHEMA)
    rows = store.query("SELECT min_outlets FROM chat_alerts WHERE chat = ?", (chat,))
    return int(rows[0][0]) if rows else 0


def set_alert(store: Store, chat: str, min_outlets: int) -> None:
    store.ensure_schema(_SCHEMA)
    with store.transaction() as db:
        db.execute(
            "INSERT INTO chat_alerts(chat, min_outlets) VALUES (?, ?) "
            "ON CONFLICT(chat) DO UPDATE SET min_outlets = excluded.min_outlets",
            (chat, min_outlets),
        )


def parse_alert(words: Sequence[str]) -> int | None:
    """``off`` → 0, ``N`` → N outlets (2–20); None when unreadable."""
    if not words:
        return 3
    word = words[0].casefold().rstrip("곳개")
    if word in ("off", "끄기", "끔", "0"):
        return 0
    if word.isdigit() and MIN_OUTLETS <= int(word) <= MAX_OUTLETS:
        return int(word)
    return None


def due_alerts(
    context: Context, topics_of: Callable[[str], list[str]], now: datetime
) -> list[tuple[str, Reply]]:
    """(chat, reply) for every chat whose alert is due: the most important
    story about its topics told by enough outlets and not yet alerted."""
    store = context.corpus.store
    store.ensure_schema(_SCHEMA)
    out = []
    for chat, min_outlets, last in store.query(
        "SELECT chat, min_outlets, last_alert FROM chat_alerts WHERE min_outlets > 0"
    ):
        topics = topics_of(str(chat))
        if not topics or (last and now - datetime.fromisoformat(str(last)) < ALERT_GAP):
            continue
        found = _story_to_alert(context, str(chat), int(min_outlets), topics)
        if found is not None:
            _record(store, str(chat), found.id, now)
            out.append((str(chat), _reply(found, context.language)))
    return out


def _story_to_alert(
    context: Context, chat: str, min_outlets: int, topics: Sequence[str]
) -> Story | None:
    rows = context.corpus.store.query("SELECT story FROM story_alerts WHERE chat = ?", (chat,))
    sent = {int(r[0]) for r in rows}

    def wanted(story: Story) -> bool:
        return story.topic > 0 and len(story.outlets) >= min_outlets and story.id not in sent

    found = recent_stories(
        context.corpus, Period(), topics=topics, window_days=1.0, keep=wanted, limit=1
    )
    return found[0] if found else None


def _record(store: Store, chat: str, story: int, now: datetime) -> None:
    stamp = now.astimezone(UTC).isoformat()
    with store.transaction() as db:
        db.execute(
            "INSERT OR IGNORE INTO story_alerts(chat, story, at) VALUES (?,?,?)",
            (chat, story, stamp),
        )
        db.execute("UPDATE chat_alerts SET last_alert = ? WHERE chat = ?", (stamp, chat))


def _reply(story: Story, language: str) -> Reply:
    return Reply(
        "alert",
        title=story_message(language, "alert.title"),
        sections=(story_section(story, 1, language),),
        sources=story_refs([story]),
        data={"stories": [story.as_json()]},
    )
