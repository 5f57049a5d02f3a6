"""The store's database layer: SQLite (embedded default) or PostgreSQL (shared).

:func:`open_database` picks the backend from the target: a path or
``sqlite:///…`` opens SQLite, ``postgresql://…`` a PostgreSQL pool. Both run
the same SQL (SQLite dialect, ``?`` placeholders; see :mod:`.translate`).
"""

from __future__ import annotations

from .base import (
    Connection,
    Cursor,
    Database,
    Row,
    StoreError,
    is_postgres_url,
    redact,
    sqlite_path,
)
from .migrations import Migration, apply, pending, register, registered

__all__ = [
    "Connection",
    "Cursor",
    "Database",
    "Migration",
    "Row",
    "StoreError",
    "apply",
    "is_postgres_url",
    "open_database",
    "pending",
    "redact",
    "register",
    "registered",
]


def open_database(target: str) -> Database:
    if is_postgres_url(target):
        from .postgres import PostgresDatabase

        return PostgresDatabase(target)
    from .sqlite import SqliteDatabase

    return SqliteDatabase(sqlite_path(target))
