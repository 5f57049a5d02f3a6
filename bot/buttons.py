"""Button callbacks, bound to the chat they were shown in.

A button (:class:`handlers.Action`) stands for a command. Platforms carry a
short opaque value back when it is pressed (Telegram's ``callback_data`` is at
most 64 bytes): here ``b<id>.<mac>``, where ``<id>`` is a row of
``button_actions`` (chat, command, when) and ``<mac>`` an HMAC of the id and
the chat under a per-deployment key. A value pressed in another chat, altered,
unknown or older than the lifetime resolves to nothing.

The key comes from ``BRIEFBOT_BUTTON_KEY`` or, when unset, is generated once
and kept in the store (so every process on one store agrees).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
import time

from summarizer.db import register
from summarizer.store import Store

KEY_ENV = "BRIEFBOT_BUTTON_KEY"
LIFETIME = 14 * 24 * 3600.0  # seconds a button keeps working
_SCHEMA = """
CREATE TABLE IF NOT EXISTS button_actions (
    id         INTEGER PRIMARY KEY,
    chat       TEXT NOT NULL,
    command    TEXT NOT NULL,
    created_at REAL NOT NULL,
    UNIQUE (chat, command)
)
"""
MIGRATIONS = register("button_actions", _SCHEMA)
_VALUE = re.compile(r"b(\d{1,12})\.([0-9a-f]{16})")


class Buttons:
    def __init__(self, store: Store, *, lifetime: float = LIFETIME) -> None:
        self.store = store
        self.lifetime = lifetime
        store.migrate(MIGRATIONS)
        self._key = self._load_key()

    def _load_key(self) -> bytes:
        configured = os.environ.get(KEY_ENV, "").strip()
        if configured:
            return configured.encode()
        with self.store.transaction() as db:
            row = db.execute("SELECT value FROM meta WHERE key = 'button_key'").fetchone()
            if row is None:
                key = secrets.token_hex(32)
                db.execute("INSERT INTO meta(key, value) VALUES ('button_key', ?)", (key,))
            else:
                key = str(row[0])
        return key.encode()

    def _mac(self, row_id: int, chat: str) -> str:
        digest = hmac.new(self._key, f"{row_id}\x00{chat}".encode(), hashlib.sha256)
        return digest.hexdigest()[:16]

    def value(self, chat: str, command: str) -> str:
        """The callback value for ``command`` shown in ``chat`` (≤ 32 bytes)."""
        now = time.time()
        with self.store.transaction() as db:
            db.execute(
                "INSERT INTO button_actions(chat, command, created_at) VALUES (?,?,?) "
                "ON CONFLICT(chat, command) DO UPDATE SET created_at = excluded.created_at",
                (chat, command, now),
            )
            row = db.execute(
                "SELECT id FROM button_actions WHERE chat = ? AND command = ?", (chat, command)
            ).fetchone()
            db.execute("DELETE FROM button_actions WHERE created_at < ?", (now - self.lifetime,))
        row_id = int(row[0])
        return f"b{row_id}.{self._mac(row_id, chat)}"

    def values(self, chat: str, commands: list[str]) -> list[str]:
        return [self.value(chat, command) for command in commands]

    def resolve(self, chat: str, value: str) -> str | None:
        """The command behind ``value`` pressed in ``chat``, or None (forged,
        from another chat, unknown or expired)."""
        match = _VALUE.fullmatch(value or "")
        if match is None:
            return None
        row_id = int(match.group(1))
        if not hmac.compare_digest(match.group(2), self._mac(row_id, chat)):
            return None
        rows = self.store.query(
            "SELECT chat, command, created_at FROM button_actions WHERE id = ?", (row_id,)
        )
        if not rows or rows[0][0] != chat or time.time() - float(rows[0][2]) > self.lifetime:
            return None
        return str(rows[0][1])
