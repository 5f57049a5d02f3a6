"""Per-chat preferences in the store: the chat's topics, its optional alert
threshold and the stories it was alerted to (issue 12), and its ``/lang``
reply language (issue 15). Chats are platform-qualified ids
("telegram:123"). The SQL lives here, not in the handlers."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime

from .db import register
from .store import Store

MAX_TOPICS = 20
_SCHEMA = """
CREATE TABLE IF NOT EXISTS chat_topics (
    chat       TEXT PRIMARY KEY,
    topics     TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
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


MIGRATIONS = register("chat_prefs", _SCHEMA)
LANGUAGE_MIGRATIONS = register(
    "chat_languages",
    """
CREATE TABLE IF NOT EXISTS chat_languages (
    chat     TEXT PRIMARY KEY,
    language TEXT NOT NULL,
    set_by   TEXT NOT NULL,
    set_at   TEXT NOT NULL
)
""",
)


def get_language(store: Store, chat: str) -> str | None:
    store.migrate(LANGUAGE_MIGRATIONS)
    rows = store.query("SELECT language FROM chat_languages WHERE chat = ?", (chat,))
    return str(rows[0][0]) if rows else None


def set_language(store: Store, chat: str, language: str, user: str) -> None:
    store.migrate(LANGUAGE_MIGRATIONS)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with store.transaction() as db:
        db.execute(
            "INSERT INTO chat_languages(chat, language, set_by, set_at) VALUES (?,?,?,?) "
            "ON CONFLICT(chat) DO UPDATE SET language = excluded.language, "
            "set_by = excluded.set_by, set_at = excluded.set_at",
            (chat, language, user, now),
        )


def get_topics(store: Store, chat: str) -> list[str]:
    store.migrate(MIGRATIONS)
    rows = store.query("SELECT topics FROM chat_topics WHERE chat = ?", (chat,))
    return [str(t) for t in json.loads(rows[0][0])] if rows else []


def set_topics(store: Store, chat: str, topics: Sequence[str]) -> None:
    store.migrate(MIGRATIONS)
    unique = list(dict.fromkeys(t for t in topics if t))[:MAX_TOPICS]
    with store.transaction() as db:
        db.execute(
            "INSERT INTO chat_topics(chat, topics, updated_at) VALUES (?,?,?) "
            "ON CONFLICT(chat) DO UPDATE SET topics = excluded.topics, "
            "updated_at = excluded.updated_at",
            (chat, json.dumps(unique, ensure_ascii=False), datetime.now(UTC).isoformat()),
        )


def alert_setting(store: Store, chat: str) -> int:
    """The chat's alert threshold in outlets; 0 when alerts are off."""
    store.migrate(MIGRATIONS)
    rows = store.query("SELECT min_outlets FROM chat_alerts WHERE chat = ?", (chat,))
    return int(rows[0][0]) if rows else 0


def set_alert(store: Store, chat: str, min_outlets: int) -> None:
    store.migrate(MIGRATIONS)
    with store.transaction() as db:
        db.execute(
            "INSERT INTO chat_alerts(chat, min_outlets) VALUES (?, ?) "
            "ON CONFLICT(chat) DO UPDATE SET min_outlets = excluded.min_outlets",
            (chat, min_outlets),
        )


def alert_chats(store: Store) -> list[tuple[str, int, datetime | None]]:
    """(chat, threshold, last alert) of every chat with alerts on."""
    store.migrate(MIGRATIONS)
    rows = store.query(
        "SELECT chat, min_outlets, last_alert FROM chat_alerts WHERE min_outlets > 0"
    )
    return [
        (str(c), int(n), datetime.fromisoformat(str(last)) if last else None) for c, n, last in rows
    ]


def alerted_stories(store: Store, chat: str) -> set[int]:
    store.migrate(MIGRATIONS)
    return {
        int(r[0]) for r in store.query("SELECT story FROM story_alerts WHERE chat = ?", (chat,))
    }


def record_alert(store: Store, chat: str, story: int, now: datetime) -> None:
    stamp = now.astimezone(UTC).isoformat()
    with store.transaction() as db:
        db.execute(
            "INSERT OR IGNORE INTO story_alerts(chat, story, at) VALUES (?,?,?)",
            (chat, story, stamp),
        )
        db.execute("UPDATE chat_alerts SET last_alert = ? WHERE chat = ?", (stamp, chat))
