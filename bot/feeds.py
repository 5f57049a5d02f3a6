"""Feeds an operator manages from the chat (``/feeds``): a list in the store,
polled by ``briefbot run`` next to ``ingest.feeds`` from the settings."""

from __future__ import annotations

import sqlite3

from .config import Config

FEEDS_TABLE = """
CREATE TABLE IF NOT EXISTS chat_feeds (
    url      TEXT PRIMARY KEY,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL
)
"""


def stored_feeds(config: Config) -> list[str]:
    """The feeds added from the chat, read without creating the store."""
    path = config.store_path
    if not path.exists():
        return []
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            rows = db.execute("SELECT url FROM chat_feeds ORDER BY added_at, url").fetchall()
        finally:
            db.close()
    except sqlite3.Error:
        return []
    return [str(r[0]) for r in rows]
